#include "mail/MailMessage.h"
#include "mail/MailParts.h"

#include <algorithm>
#include <array>
#include <utility>

// Reading the header block of a message or MIME part: its fields, structured values with their
// parameters (RFC 2045, RFC 2231), encoded words (RFC 2047) and address lists (RFC 5322).

using namespace Qt::StringLiterals;

namespace pd::mail {

using namespace chars;
using namespace detail;

namespace {

constexpr qsizetype maxCarriedName = 256;

// RFC 2047 decoding state: plain bytes and encoded-word bytes are collected separately, so that
// adjacent words in one charset are decoded together (senders split UTF-8 characters across
// words).
class HeaderDecoder final
{
public:
    void addRaw(QByteArrayView bytes)
    {
        flushWord();
        m_raw += bytes;
    }
    void addWord(QByteArrayView charset, const QByteArray &bytes)
    {
        flushRaw();
        if (m_haveWord && charset != m_charset)
            flushWord();
        m_haveWord = true;
        m_charset = charset.toByteArray();
        m_word += bytes;
    }
    QString finish()
    {
        flushRaw();
        flushWord();
        for (QChar &c : m_out) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                c = u' ';
        }
        return m_out;
    }

private:
    void flushRaw()
    {
        if (!m_raw.isEmpty())
            m_out += utf8OrWindows1252(m_raw);
        m_raw.clear();
    }
    void flushWord()
    {
        if (m_haveWord)
            m_out += mail::decodeCharset(m_word, m_charset);
        m_haveWord = false;
        m_word.clear();
        m_charset.clear();
    }

    QString m_out;
    QByteArray m_raw;
    QByteArray m_word;
    QByteArray m_charset;
    bool m_haveWord = false;
};

struct EncodedWord
{
    QByteArrayView charset;
    QByteArray bytes;
    qsizetype end = 0;
};

enum class WordResult { Decoded, Malformed, Unclosed };

// The encoded word =?charset?B|Q?text?= at token[at].
WordResult readEncodedWord(QByteArrayView token, qsizetype at, EncodedWord *word)
{
    qsizetype question = at + 2;
    while (question < token.size() && token.at(question) != '?'
           && question - at - 2 <= maxCharsetName)
        ++question;
    if (question >= token.size() || token.at(question) != '?' || question == at + 2)
        return WordResult::Malformed;
    if (question + 2 >= token.size() || token.at(question + 2) != '?')
        return WordResult::Malformed;
    const char encoding = token.at(question + 1);
    if (encoding != 'B' && encoding != 'b' && encoding != 'Q' && encoding != 'q')
        return WordResult::Malformed;
    const qsizetype textStart = question + 3;
    const qsizetype close = token.indexOf("?=", textStart);
    if (close < 0)
        return WordResult::Unclosed;
    QByteArrayView charset = token.sliced(at + 2, question - at - 2);
    if (const qsizetype language = charset.indexOf('*'); language >= 0)
        charset = charset.first(language); // RFC 2231 section 5: charset*language
    const QByteArrayView text = token.sliced(textStart, close - textStart);
    word->charset = charset;
    word->bytes = (encoding == 'B' || encoding == 'b') ? decodeBase64(text)
                                                       : mail::decodeQuotedPrintable(text, true);
    word->end = close + 2;
    return WordResult::Decoded;
}

QByteArray percentDecode(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '%' && i + 2 < text.size() && hexValue(text.at(i + 1)) >= 0
            && hexValue(text.at(i + 2)) >= 0) {
            out += char(hexValue(text.at(i + 1)) * 16 + hexValue(text.at(i + 2)));
            i += 2;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

// RFC 2231 "charset'language'percent-encoded": the charset, and the rest from after the second
// quote (the whole text when the quotes are missing).
QByteArrayView splitCharset(QByteArrayView extended, QByteArrayView *charset)
{
    const qsizetype first = extended.indexOf('\'');
    const qsizetype second = first < 0 ? -1 : extended.indexOf('\'', first + 1);
    if (second < 0)
        return extended;
    *charset = extended.first(first);
    return extended.sliced(second + 1);
}

} // namespace

namespace detail {

QByteArray lowerTrimmed(QByteArrayView value)
{
    return value.trimmed().toByteArray().toLower();
}

Line lineAt(QByteArrayView data, qsizetype pos)
{
    qsizetype end = data.indexOf('\n', pos);
    qsizetype next = end + 1;
    if (end < 0) {
        end = data.size();
        next = data.size();
    }
    QByteArrayView text = data.sliced(pos, end - pos);
    if (text.endsWith('\r'))
        text.chop(1);
    return { text, next };
}

qsizetype fieldColon(QByteArrayView line, QByteArrayView *name)
{
    qsizetype i = 0;
    while (i < line.size()) {
        const auto c = static_cast<unsigned char>(line.at(i));
        if (c == ':' || c <= 32 || c >= 127)
            break;
        ++i;
    }
    if (i == 0)
        return -1;
    const qsizetype nameEnd = i;
    while (i < line.size() && isWsp(line.at(i)))
        ++i;
    if (i >= line.size() || line.at(i) != ':')
        return -1;
    if (name)
        *name = line.first(nameEnd);
    return i;
}

bool startsWithBom(QByteArrayView data)
{
    return data.startsWith("\xEF\xBB\xBF");
}

qsizetype headerStart(QByteArrayView data)
{
    qsizetype start = startsWithBom(data) ? 3 : 0;
    if (data.sliced(start).startsWith("From "))
        start = lineAt(data, start).next;
    return start;
}

QByteArray HeaderBlock::value(QByteArrayView lowerName) const
{
    for (const HeaderField &field : fields) {
        if (field.name == lowerName)
            return field.value;
    }
    return {};
}

bool HeaderBlock::contains(QByteArrayView lowerName) const
{
    for (const HeaderField &field : fields) {
        if (field.name == lowerName)
            return true;
    }
    return false;
}

namespace {

// A header field follows within the next few lines, before the empty line that ends a header
// block: the line before it was a mis-folded part of the header, not the body's start.
bool fieldFollows(QByteArrayView data, qsizetype pos)
{
    for (int lines = 0; lines < 8 && pos < data.size(); ++lines) {
        const Line line = lineAt(data, pos);
        if (line.text.isEmpty())
            return false;
        if (!isWsp(line.text.front()) && fieldColon(line.text, nullptr) >= 0)
            return true;
        pos = line.next;
    }
    return false;
}

} // namespace

HeaderBlock readHeaders(QByteArrayView data)
{
    HeaderBlock block;
    qsizetype pos = 0;
    while (pos < data.size()) {
        const Line line = lineAt(data, pos);
        if (line.text.isEmpty()) {
            block.bodyStart = line.next;
            break;
        }
        QByteArrayView name;
        if (isWsp(line.text.front())) {
            if (block.fields.isEmpty()) {
                block.bodyStart = pos;
                break;
            }
            block.fields.last().value += line.text; // unfolding keeps the white space
        } else if (const qsizetype colon = fieldColon(line.text, &name); colon >= 0) {
            if (block.fields.isEmpty() && pos == 0)
                block.startsWithField = true;
            block.fields.append(
                { name.toByteArray().toLower(), line.text.sliced(colon + 1).toByteArray() });
        } else if (!block.fields.isEmpty() && fieldFollows(data, line.next)) {
            // A line folded without its leading white space (as some gateways write an encoded
            // word), with more fields after it: a mail program reads on, and so does the guard.
            block.fields.last().value += ' ' + line.text.toByteArray();
            block.strayLines.append(line.text.toByteArray());
        } else {
            block.bodyStart = pos;
            break;
        }
        pos = line.next;
        block.bodyStart = pos;
    }
    for (HeaderField &field : block.fields)
        field.value = field.value.trimmed();
    return block;
}

Structured parseStructured(QByteArrayView value)
{
    Structured result;
    const qsizetype n = value.size();
    qsizetype i = value.indexOf(';');
    if (i < 0)
        i = n;
    result.token = lowerTrimmed(value.first(i));
    while (i < n) {
        while (i < n && (isSpace(value.at(i)) || value.at(i) == ';'))
            ++i;
        const qsizetype nameStart = i;
        while (i < n && value.at(i) != '=' && value.at(i) != ';')
            ++i;
        if (i >= n || value.at(i) == ';')
            continue; // an attribute without a value
        QByteArray name = lowerTrimmed(value.sliced(nameStart, i - nameStart));
        ++i; // '='
        while (i < n && isSpace(value.at(i)))
            ++i;
        QByteArray parameterValue;
        if (i < n && value.at(i) == '"') {
            ++i;
            while (i < n && value.at(i) != '"') {
                // Only \" and \\ are escapes: Windows senders write unescaped paths.
                if (value.at(i) == '\\' && i + 1 < n
                    && (value.at(i + 1) == '"' || value.at(i + 1) == '\\'))
                    ++i;
                parameterValue += value.at(i);
                ++i;
            }
            while (i < n && value.at(i) != ';')
                ++i;
        } else {
            const qsizetype valueStart = i;
            while (i < n && value.at(i) != ';')
                ++i;
            parameterValue = value.sliced(valueStart, i - valueStart).trimmed().toByteArray();
        }
        if (!name.isEmpty())
            result.parameters.append({ std::move(name), std::move(parameterValue) });
    }
    return result;
}

QByteArray rawParameter(const Structured &header, QByteArrayView name)
{
    for (const Parameter &parameter : header.parameters) {
        if (parameter.name == name)
            return parameter.value;
    }
    return {};
}

QString parameter(const Structured &header, QByteArrayView name)
{
    QByteArray extendedName = name.toByteArray() + '*';
    QList<std::pair<int, const Parameter *>> sections;
    for (const Parameter &candidate : header.parameters) {
        if (candidate.name == extendedName) {
            QByteArrayView charset;
            const QByteArrayView text = splitCharset(candidate.value, &charset);
            return mail::decodeCharset(percentDecode(text), charset);
        }
        if (!candidate.name.startsWith(extendedName))
            continue;
        QByteArrayView rest = QByteArrayView(candidate.name).sliced(extendedName.size());
        if (rest.endsWith('*'))
            rest.chop(1);
        if (rest.isEmpty() || rest.size() > 3)
            continue;
        int number = 0;
        bool digits = true;
        for (const char c : rest) {
            digits = digits && isDigit(c);
            number = number * 10 + (c - '0');
        }
        if (digits)
            sections.append({ number, &candidate });
    }
    if (!sections.isEmpty()) {
        std::sort(sections.begin(), sections.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        QByteArray bytes;
        QByteArrayView charset;
        bool extended = false;
        for (qsizetype i = 0; i < sections.size() && sections.at(i).first == i; ++i) {
            const Parameter &section = *sections.at(i).second;
            if (section.name.endsWith('*')) {
                extended = true;
                QByteArrayView text = section.value;
                if (i == 0)
                    text = splitCharset(text, &charset);
                bytes += percentDecode(text);
            } else {
                bytes += section.value;
            }
        }
        return extended ? mail::decodeCharset(bytes, charset) : mail::decodeHeader(bytes);
    }
    for (const Parameter &candidate : header.parameters) {
        if (candidate.name == name)
            return mail::decodeHeader(candidate.value);
    }
    return {};
}

void ScanCollector::addShownHeaders(const HeaderBlock &headers, int level, const QString &subject)
{
    // What Thunderbird, Outlook and webmail show of a message, in full or on a click: the
    // Subject is read apart. Transport and machine fields (Received, X-..., DKIM-Signature,
    // ARC-..., Authentication-Results, Message-ID) are shown by none of them.
    static constexpr std::array shown { "from",
                                        "sender",
                                        "reply-to",
                                        "to",
                                        "cc",
                                        "bcc",
                                        "date",
                                        "organization",
                                        "organisation",
                                        "comments",
                                        "keywords",
                                        "newsgroups",
                                        "followup-to",
                                        "disposition-notification-to",
                                        "return-receipt-to",
                                        "resent-from",
                                        "resent-sender",
                                        "resent-to",
                                        "resent-cc",
                                        "resent-bcc",
                                        "resent-date",
                                        "resent-reply-to" };
    for (const HeaderField &field : headers.fields) {
        if (std::none_of(shown.begin(), shown.end(),
                         [&field](const char *name) { return field.name == name; }))
            continue;
        add(MailReadable::Kind::Header, level, subject, QString::fromLatin1(field.name),
            mail::decodeHeader(field.value));
    }
    for (const QByteArray &line : headers.strayLines)
        add(MailReadable::Kind::Text, level, subject, {}, mail::decodeHeader(line));
}

} // namespace detail

QString decodeHeader(QByteArrayView value)
{
    HeaderDecoder decoder;
    bool lastWasWord = false;
    const qsizetype n = value.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype spaceStart = i;
        while (i < n && isSpace(value.at(i)))
            ++i;
        const QByteArrayView space = value.sliced(spaceStart, i - spaceStart);
        if (i == n) {
            decoder.addRaw(space);
            break;
        }
        const qsizetype tokenStart = i;
        while (i < n && !isSpace(value.at(i)))
            ++i;
        const QByteArrayView token = value.sliced(tokenStart, i - tokenStart);

        bool spaceDone = false;
        const auto emitSpace = [&](bool beforeWord) {
            if (spaceDone)
                return;
            spaceDone = true;
            if (!(beforeWord && lastWasWord))
                decoder.addRaw(space);
        };
        qsizetype rawStart = 0;
        qsizetype search = 0;
        while (true) {
            const qsizetype at = token.indexOf("=?", search);
            if (at < 0)
                break;
            EncodedWord word;
            const WordResult result = readEncodedWord(token, at, &word);
            if (result == WordResult::Unclosed)
                break; // no later word in this token can close either
            if (result == WordResult::Malformed) {
                search = at + 1;
                continue;
            }
            if (at > rawStart) {
                emitSpace(false);
                decoder.addRaw(token.sliced(rawStart, at - rawStart));
                lastWasWord = false;
            }
            emitSpace(true);
            if (isKnownCharset(word.charset)) {
                decoder.addWord(word.charset, word.bytes);
                lastWasWord = true;
            } else {
                decoder.addRaw(token.sliced(at, word.end - at));
                lastWasWord = false;
            }
            rawStart = search = word.end;
        }
        if (rawStart < token.size()) {
            emitSpace(false);
            decoder.addRaw(token.sliced(rawStart));
            lastWasWord = false;
        }
    }
    return decoder.finish();
}

QList<MailAddress> parseAddresses(QByteArrayView value)
{
    QList<MailAddress> result;
    QByteArray phrase; // display name, or a bare address; quotes and escapes removed
    QByteArray angle;
    bool haveAngle = false;
    QByteArray comment; // "j@example.nl (Jan Jansen)": the name in the old style
    QByteArray carried; // an unquoted "Jansen, J." split at its comma

    const auto finish = [&] {
        const QByteArray words = phrase.simplified();
        if (haveAngle) {
            QByteArray name = carried.isEmpty() ? words : carried + ", " + words;
            QByteArray address = angle.trimmed();
            if (address.startsWith('@') && address.contains(':'))
                address = address.sliced(address.indexOf(':') + 1); // obsolete route
            if (!address.isEmpty() || !name.isEmpty())
                result.append({ decodeHeader(name.trimmed()), QString::fromUtf8(address) });
            carried.clear();
        } else if (words.contains('@') && !words.contains(' ') && !words.contains('<')) {
            const QByteArray name = comment.isEmpty() ? carried : comment.simplified();
            result.append({ decodeHeader(name), QString::fromUtf8(words) });
            carried.clear();
        } else if (!words.isEmpty()) {
            carried = carried.isEmpty() ? words : carried + ", " + words;
            if (carried.size() > maxCarriedName)
                carried.clear();
        }
        phrase.clear();
        angle.clear();
        haveAngle = false;
        comment.clear();
    };

    const qsizetype n = value.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = value.at(i);
        if (c == '"') {
            ++i;
            while (i < n && value.at(i) != '"') {
                if (value.at(i) == '\\' && i + 1 < n)
                    ++i;
                phrase += value.at(i);
                ++i;
            }
            ++i;
        } else if (c == '(') {
            int depth = 1;
            QByteArray text;
            ++i;
            while (i < n && depth > 0) {
                const char d = value.at(i);
                if (d == '\\' && i + 1 < n) {
                    text += value.at(i + 1);
                    i += 2;
                    continue;
                }
                if (d == '(')
                    ++depth;
                else if (d == ')')
                    --depth;
                if (depth > 0)
                    text += d;
                ++i;
            }
            comment = text;
            phrase += ' ';
        } else if (c == '<') {
            qsizetype close = value.indexOf('>', i + 1);
            if (close < 0)
                close = n;
            angle = value.sliced(i + 1, close - i - 1).toByteArray();
            haveAngle = true;
            i = close + 1;
        } else if (c == ',') {
            finish();
            ++i;
        } else if (c == ':' && !haveAngle) {
            phrase.clear(); // a group's name ("Team: a@example.nl, b@example.nl;")
            carried.clear();
            ++i;
        } else if (c == ';') {
            finish();
            carried.clear();
            ++i;
        } else {
            phrase += c;
            ++i;
        }
    }
    finish();
    // A header that names someone without any address ("From: Wilhelmina Oosterhof", as some
    // exports and forwarding tools write it) still says who: the name, with no address.
    if (result.isEmpty() && !carried.isEmpty() && !carried.contains('@') && !carried.contains('<'))
        result.append({ decodeHeader(carried), QString() });
    return result;
}

} // namespace pd::mail
