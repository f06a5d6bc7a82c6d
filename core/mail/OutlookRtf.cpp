#include "mail/MailChars.h"
#include "mail/MailParts.h"
#include "mail/OutlookParts.h"

#include <QList>

#include <algorithm>
#include <array>

// RTF as plain text for the intake and the checks: the text of the document without its
// formatting, font and colour tables, pictures or objects; of RTF that encapsulates HTML
// (\fromhtml1, MS-OXRTFEX, what Outlook writes for an HTML mail) the HTML, made text as an HTML
// part is. One pass over the bytes; groups nested deeper than maxGroups are read as one.

using namespace Qt::StringLiterals;

namespace pd::mail::outlook {

namespace {

constexpr int maxGroups = 200;
constexpr qsizetype maxWord = 32;

// The destinations whose content is not text: skipped with their whole group.
constexpr std::array<QByteArrayView, 24> skippedDestinations {
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "pict",
    "object",
    "header",
    "footer",
    "headerl",
    "headerr",
    "footerl",
    "footerr",
    "themedata",
    "datastore",
    "listtable",
    "rsidtbl",
    "generator",
    "xmlnstbl",
    "fldinst",
    "filetbl",
    "revtbl",
    "latentstyles",
    "listoverridetable",
    "mmathPr",
};

struct Group
{
    bool skip = false;
    bool htmlTag = false; // \*\htmltag: HTML source in encapsulated HTML
    bool htmlRtf = false; // \htmlrtf: RTF-only content, not part of the HTML
    int unicodeSkip = 1; // \ucN
};

class RtfReader final
{
public:
    explicit RtfReader(QByteArrayView rtf)
        : m_rtf(rtf)
    { }
    void read();
    bool fromHtml = false;
    QString text;
    QString html;

private:
    void controlWord(QByteArrayView word, bool hasParameter, int parameter);
    void append(const QString &piece);
    void appendByte(char byte) { m_pending.append(byte); }
    void flush();
    bool emitting() const { return !m_groups.last().skip; }

    QByteArrayView m_rtf;
    qsizetype m_pos = 0;
    QList<Group> m_groups { Group() };
    int m_deeper = 0; // groups past maxGroups, read as part of the last
    QByteArray m_pending; // 8-bit text (\'hh and plain characters) not yet decoded
    int m_codePage = 1252;
    int m_skipChars = 0; // characters still to skip after a \uN
    bool m_destinationNext = false; // a \* was read: an unknown destination is skipped
};

void RtfReader::flush()
{
    if (m_pending.isEmpty())
        return;
    const QString decoded = decodeCodePage(m_pending, m_codePage);
    m_pending.clear();
    append(decoded);
}

void RtfReader::append(const QString &piece)
{
    const Group &group = m_groups.last();
    if (group.skip)
        return;
    if (fromHtml) {
        if (group.htmlTag || !group.htmlRtf)
            html += piece;
        if (!group.htmlRtf && !group.htmlTag)
            text += piece;
        return;
    }
    text += piece;
}

void RtfReader::controlWord(QByteArrayView word, bool hasParameter, int parameter)
{
    Group &group = m_groups.last();
    const bool destination = m_destinationNext;
    m_destinationNext = false;
    if (word == "fromhtml") {
        fromHtml = true;
        return;
    }
    if (word == "ansicpg" && hasParameter) {
        flush();
        m_codePage = parameter;
        return;
    }
    if (word == "htmltag") {
        flush();
        group.htmlTag = true;
        group.skip = false;
        return;
    }
    if (word == "htmlrtf") {
        flush();
        group.htmlRtf = !hasParameter || parameter != 0;
        return;
    }
    if (word == "bin") {
        // \binN: N bytes of binary data (a picture), which may hold any character.
        flush();
        m_pos += std::min<qsizetype>(std::max(parameter, 0), m_rtf.size() - m_pos);
        return;
    }
    if (word == "uc" && hasParameter) {
        group.unicodeSkip = std::clamp(parameter, 0, 10);
        return;
    }
    if (word == "u" && hasParameter) {
        flush();
        append(QString(QChar(char16_t(parameter < 0 ? parameter + 65536 : parameter))));
        m_skipChars = group.unicodeSkip;
        return;
    }
    if (destination
        || std::find(skippedDestinations.begin(), skippedDestinations.end(), word)
            != skippedDestinations.end()) {
        flush();
        group.skip = true;
        return;
    }
    QString piece;
    if (word == "par" || word == "line" || word == "row" || word == "sect" || word == "page")
        piece = u"\n"_s;
    else if (word == "tab" || word == "cell")
        piece = u"\t"_s;
    else if (word == "emdash")
        piece = QString(QChar(u'\u2014'));
    else if (word == "endash")
        piece = QString(QChar(u'\u2013'));
    else if (word == "lquote" || word == "rquote")
        piece = QString(QChar(word == "lquote" ? u'\u2018' : u'\u2019'));
    else if (word == "ldblquote" || word == "rdblquote")
        piece = QString(QChar(word == "ldblquote" ? u'\u201C' : u'\u201D'));
    else if (word == "bullet")
        piece = QString(QChar(u'\u2022'));
    if (piece.isEmpty())
        return;
    flush();
    // In encapsulated HTML a \par outside \htmlrtf is a line end of the HTML source.
    append(fromHtml && word == "par" ? u"\r\n"_s : piece);
}

void RtfReader::read()
{
    while (m_pos < m_rtf.size()) {
        const char c = m_rtf[m_pos++];
        if (c == '{') {
            flush();
            if (m_groups.size() >= maxGroups)
                ++m_deeper;
            else
                m_groups.append(m_groups.last());
            m_groups.last().htmlTag = false;
            continue;
        }
        if (c == '}') {
            flush();
            if (m_deeper > 0)
                --m_deeper;
            else if (m_groups.size() > 1)
                m_groups.removeLast();
            m_skipChars = 0;
            continue;
        }
        if (c == '\r' || c == '\n')
            continue;
        if (c != '\\') {
            if (m_skipChars > 0) {
                --m_skipChars;
                continue;
            }
            if (emitting())
                appendByte(c);
            continue;
        }
        if (m_pos >= m_rtf.size())
            break;
        const char next = m_rtf[m_pos];
        if (next == '\'') {
            // \'hh: one byte of text in the code page.
            const QByteArrayView hex
                = m_rtf.sliced(m_pos + 1, std::min<qsizetype>(2, m_rtf.size() - m_pos - 1));
            m_pos += 1 + hex.size();
            bool ok = false;
            const int value = hex.toByteArray().toInt(&ok, 16);
            if (m_skipChars > 0) {
                --m_skipChars;
                continue;
            }
            if (ok && emitting())
                appendByte(char(value));
            continue;
        }
        if (!chars::isAlpha(next)) {
            ++m_pos;
            if (next == '*') {
                m_destinationNext = true;
                continue;
            }
            m_destinationNext = false;
            if (next == '{' || next == '}' || next == '\\') {
                if (m_skipChars > 0) {
                    --m_skipChars;
                    continue;
                }
                if (emitting())
                    appendByte(next);
            } else if (next == '~') {
                flush();
                append(QString(QChar(u'\u00A0')));
            } else if (next == '\n' || next == '\r') {
                flush();
                append(fromHtml ? u"\r\n"_s : u"\n"_s);
            }
            continue;
        }
        const qsizetype wordStart = m_pos;
        while (m_pos < m_rtf.size() && chars::isAlpha(m_rtf[m_pos]) && m_pos - wordStart < maxWord)
            ++m_pos;
        const QByteArrayView word = m_rtf.sliced(wordStart, m_pos - wordStart);
        bool hasParameter = false;
        qint64 parameter = 0;
        bool negative = false;
        if (m_pos < m_rtf.size() && m_rtf[m_pos] == '-') {
            negative = true;
            ++m_pos;
        }
        while (m_pos < m_rtf.size() && chars::isDigit(m_rtf[m_pos])) {
            if (parameter < 1000000)
                parameter = parameter * 10 + (m_rtf[m_pos] - '0');
            hasParameter = true;
            ++m_pos;
        }
        if (m_pos < m_rtf.size() && m_rtf[m_pos] == ' ')
            ++m_pos; // the delimiter belongs to the control word
        m_skipChars = 0;
        controlWord(word, hasParameter, int(negative ? -parameter : parameter));
    }
    flush();
}

} // namespace

QString rtfToText(QByteArrayView rtf, QString *html)
{
    RtfReader reader(rtf);
    reader.read();
    if (reader.fromHtml) {
        if (html)
            *html = reader.html;
        return detail::htmlToText(reader.html);
    }
    if (html)
        html->clear();
    return detail::normaliseText(reader.text);
}

} // namespace pd::mail::outlook
