#include "mail/MailMessage.h"
#include "mail/MailParts.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <utility>

// An HTML part as readable text (MailMessage's text of an HTML-only message, and what
// MailMessage::scan() gives the checks).

using namespace Qt::StringLiterals;

namespace pd::mail {

using namespace chars;

namespace {

// The HTML character references a mail program writes: all of Latin-1 (U+00A0..U+00FF, in
// order) and the common typographic ones.
constexpr std::array<const char *, 96> latin1Entities {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",
    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn",
    "sup2",   "sup3",   "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",
    "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde",
    "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave",
    "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde",
    "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",
    "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",   "eth",
    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml",
};

struct NamedEntity
{
    const char *name;
    char16_t character;
};

constexpr std::array<NamedEntity, 46> otherEntities { {
    { "quot", 0x22 },     { "amp", 0x26 },      { "apos", 0x27 },    { "lt", 0x3C },
    { "gt", 0x3E },       { "OElig", 0x152 },   { "oelig", 0x153 },  { "Scaron", 0x160 },
    { "scaron", 0x161 },  { "Yuml", 0x178 },    { "fnof", 0x192 },   { "circ", 0x2C6 },
    { "tilde", 0x2DC },   { "ensp", 0x2002 },   { "emsp", 0x2003 },  { "thinsp", 0x2009 },
    { "zwnj", 0x200C },   { "zwj", 0x200D },    { "lrm", 0x200E },   { "rlm", 0x200F },
    { "ndash", 0x2013 },  { "mdash", 0x2014 },  { "lsquo", 0x2018 }, { "rsquo", 0x2019 },
    { "sbquo", 0x201A },  { "ldquo", 0x201C },  { "rdquo", 0x201D }, { "bdquo", 0x201E },
    { "dagger", 0x2020 }, { "Dagger", 0x2021 }, { "bull", 0x2022 },  { "hellip", 0x2026 },
    { "permil", 0x2030 }, { "prime", 0x2032 },  { "Prime", 0x2033 }, { "lsaquo", 0x2039 },
    { "rsaquo", 0x203A }, { "euro", 0x20AC },   { "trade", 0x2122 }, { "larr", 0x2190 },
    { "uarr", 0x2191 },   { "rarr", 0x2192 },   { "darr", 0x2193 },  { "minus", 0x2212 },
    { "le", 0x2264 },     { "ge", 0x2265 },
} };

// Windows-1252 0x80-0x9F: what &#128;..&#159; mean in HTML (0 where windows-1252 has nothing).
constexpr std::array<char16_t, 32> cp1252High {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

const QHash<QString, char16_t> &entityTable()
{
    static const QHash<QString, char16_t> table = [] {
        QHash<QString, char16_t> entities;
        for (std::size_t i = 0; i < latin1Entities.size(); ++i)
            entities.insert(QString::fromLatin1(latin1Entities[i]), char16_t(0xA0 + i));
        for (const NamedEntity &entity : otherEntities)
            entities.insert(QString::fromLatin1(entity.name), entity.character);
        return entities;
    }();
    return table;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9');
}

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// The character reference at html[at] ('&'): what it stands for and its length; false when it is
// none (a literal '&').
bool readEntity(QStringView html, qsizetype at, QString *text, qsizetype *length)
{
    qsizetype i = at + 1;
    if (i < html.size() && html.at(i) == u'#') {
        ++i;
        int base = 10;
        if (i < html.size() && (html.at(i) == u'x' || html.at(i) == u'X')) {
            base = 16;
            ++i;
        }
        const qsizetype digitsStart = i;
        char32_t code = 0;
        while (i < html.size() && i - digitsStart < 8) {
            const int digit = hexValue(html.at(i).toLatin1());
            if (digit < 0 || digit >= base || html.at(i).unicode() > 0x7F)
                break;
            code = code * char32_t(base) + char32_t(digit);
            ++i;
        }
        if (i == digitsStart || i >= html.size() || html.at(i) != u';')
            return false;
        if (code >= 0x80 && code <= 0x9F && cp1252High[code - 0x80] != 0)
            code = cp1252High[code - 0x80];
        if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)
            || (code >= 0x80 && code <= 0x9F))
            code = 0xFFFD;
        *text = QString::fromUcs4(&code, 1);
        *length = i + 1 - at;
        return true;
    }
    const qsizetype nameStart = i;
    while (i < html.size() && i - nameStart < 32 && isAsciiAlnum(html.at(i)))
        ++i;
    if (i == nameStart || i >= html.size() || html.at(i) != u';')
        return false;
    const auto found = entityTable().constFind(html.sliced(nameStart, i - nameStart).toString());
    if (found == entityTable().constEnd())
        return false;
    *text = QString(QChar(found.value()));
    *length = i + 1 - at;
    return true;
}

bool isOneOf(QStringView name, std::initializer_list<const char16_t *> names)
{
    for (const char16_t *candidate : names) {
        if (name == QStringView(candidate))
            return true;
    }
    return false;
}

// An element hidden from the reader: the attribute hidden, or a style attribute with
// display:none or visibility:hidden (any case, any white space around the colon).
bool isHiddenElement(QStringView attributes)
{
    static const QRegularExpression hidden(
        QStringLiteral("(?:^|[\\s\"'])hidden(?:[\\s=/>]|$)"
                       "|display\\s*:\\s*none|visibility\\s*:\\s*hidden"),
        QRegularExpression::CaseInsensitiveOption);
    return hidden.match(attributes.toString()).hasMatch();
}

// Elements that have no content and no closing tag: never hide what follows them.
bool isVoidElement(QStringView name)
{
    return isOneOf(name,
                   { u"area", u"base", u"br", u"col", u"embed", u"hr", u"img", u"input", u"link",
                     u"meta", u"source", u"track", u"wbr" });
}

// The text of an HTML part as a browser shows it, written one piece at a time: white space
// collapsed (but in <pre>), block elements on lines of their own, head/script/style skipped, and
// (Shown) what is hidden skipped too. Everything: also the hidden elements, the comments and
// the attribute values (not style, which is markup): what is in the part without being shown.
class HtmlTextWriter final
{
public:
    enum class Reading { Shown, Everything };
    HtmlTextWriter(QStringView html, Reading reading)
        : m_html(html)
        , m_reading(reading)
    {
        m_out.reserve(html.size());
    }

    // The text, untidied: spaces at line ends and empty lines as the elements left them.
    QString read();

private:
    bool atLineStart() const { return m_out.isEmpty() || m_out.endsWith(u'\n'); }
    void append(QStringView text);
    void blockBreak();
    // The tag (or comment) at i, a '<': applied; returns where reading goes on.
    qsizetype readTag(qsizetype i);
    // Where the tag whose name ends at from closes ('>'); the size of the input when it never does.
    qsizetype tagEnd(qsizetype from) const;
    // What the element name does to the text; i is just past its tag. Returns where reading goes
    // on.
    qsizetype element(const QString &name, bool closing, qsizetype i);
    // Hidden elements (Shown): their names, innermost last, while inside one.
    bool hiding() const { return !m_hidden.isEmpty(); }
    void attributeValues(QStringView attributes);
    // The character (or character reference) at i, not a tag; returns where reading goes on.
    qsizetype readText(qsizetype i);

    const QStringView m_html;
    QString m_out;
    bool m_pendingSpace = false;
    int m_pre = 0;
    bool m_tags = true;
    bool m_headUnclosed = false; // searched once: no later <head> can close either
    const Reading m_reading;
    QStringList m_hidden;
    QString m_unseen; // Everything: comments and attribute values, one per line
};

void HtmlTextWriter::append(QStringView text)
{
    if (hiding())
        return;
    if (m_pendingSpace && !atLineStart())
        m_out += u' ';
    m_pendingSpace = false;
    m_out += text;
}

void HtmlTextWriter::blockBreak()
{
    if (hiding())
        return;
    if (!atLineStart())
        m_out += u'\n';
    m_pendingSpace = false;
}

QString HtmlTextWriter::read()
{
    const qsizetype n = m_html.size();
    qsizetype i = 0;
    while (i < n) {
        if (m_html.at(i) == u'<' && m_tags && i + 1 < n)
            i = readTag(i);
        else
            i = readText(i);
    }
    if (!m_unseen.isEmpty())
        m_out += u'\n' + m_unseen;
    return m_out;
}

void HtmlTextWriter::attributeValues(QStringView attributes)
{
    // name=value, name="value", name='value'; the style attribute is CSS, not text.
    static const QRegularExpression attribute(QStringLiteral(
        "([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))"));
    const QString text = attributes.toString();
    for (auto it = attribute.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedView(1).compare(u"style", Qt::CaseInsensitive) == 0)
            continue;
        QString value = match.captured(2) + match.captured(3) + match.captured(4);
        QString decoded;
        for (qsizetype k = 0; k < value.size();) {
            QString entity;
            qsizetype length = 0;
            if (value.at(k) == u'&' && readEntity(value, k, &entity, &length)) {
                decoded += entity;
                k += length;
            } else {
                decoded += value.at(k++);
            }
        }
        m_unseen += decoded + u'\n';
    }
}

qsizetype HtmlTextWriter::readTag(qsizetype i)
{
    const QStringView html = m_html;
    const qsizetype n = html.size();
    const QChar c = html.at(i);
    if (html.sliced(i).startsWith(u"<!--")) {
        const qsizetype end = html.indexOf(u"-->", i + 4);
        if (m_reading == Reading::Everything)
            m_unseen += html.sliced(i + 4, (end < 0 ? n : end) - (i + 4)) + u'\n';
        return end < 0 ? n : end + 3;
    }
    const QChar next = html.at(i + 1);
    const bool closing = next == u'/';
    if (!isAsciiLetter(next) && !closing && next != u'!' && next != u'?') {
        append(QStringView(&c, 1));
        return i + 1;
    }
    const qsizetype nameStart = i + (closing ? 2 : 1);
    qsizetype nameEnd = nameStart;
    while (nameEnd < n && isAsciiAlnum(html.at(nameEnd)))
        ++nameEnd;
    const qsizetype end = tagEnd(nameEnd);
    if (end >= n) {
        m_tags = false; // an unclosed tag: the rest is text as written
        return i;
    }
    const QString name = html.sliced(nameStart, nameEnd - nameStart).toString().toLower();
    const QStringView attributes = html.sliced(nameEnd, end - nameEnd);
    if (m_reading == Reading::Everything) {
        if (!closing)
            attributeValues(attributes);
    } else if (hiding()) {
        // Inside a hidden element: only its own kind nests and closes it.
        if (name == m_hidden.last()) {
            if (closing)
                m_hidden.removeLast();
            else if (!attributes.endsWith(u'/'))
                m_hidden.append(name);
        }
        return end + 1;
    } else if (!closing && !isVoidElement(name) && !attributes.endsWith(u'/')
               && isHiddenElement(attributes)) {
        m_hidden.append(name);
        return end + 1;
    }
    return element(name, closing, end + 1);
}

qsizetype HtmlTextWriter::tagEnd(qsizetype from) const
{
    const qsizetype n = m_html.size();
    // Quotes count only where an attribute value begins: <p title=it's> has none.
    qsizetype end = from;
    QChar quote;
    QChar previous;
    while (end < n) {
        const QChar d = m_html.at(end);
        if (quote.isNull()) {
            if (d == u'>')
                break;
            if ((d == u'"' || d == u'\'') && previous == u'=')
                quote = d;
            if (!isHtmlSpace(d))
                previous = d;
        } else if (d == quote) {
            quote = QChar();
            previous = d;
        }
        ++end;
    }
    return end;
}

qsizetype HtmlTextWriter::element(const QString &name, bool closing, qsizetype i)
{
    if (!closing && isOneOf(name, { u"head", u"script", u"style", u"title" })) {
        const bool head = name == u"head";
        const qsizetype close = head && m_headUnclosed
            ? -1
            : m_html.indexOf(QString(u"</"_s + name), i, Qt::CaseInsensitive);
        if (close >= 0) {
            const qsizetype closeEnd = m_html.indexOf(u'>', close);
            return closeEnd < 0 ? m_html.size() : closeEnd + 1;
        }
        if (head)
            m_headUnclosed = true; // read what follows it as the body
        else
            i = m_html.size();
    } else if (name == u"br") {
        m_out += u'\n';
        m_pendingSpace = false;
    } else if (name == u"li") {
        blockBreak();
        if (!closing)
            m_out += u"- "_s;
    } else if (name == u"pre") {
        blockBreak();
        m_pre = closing ? std::max(0, m_pre - 1) : m_pre + 1;
    } else if (isOneOf(name,
                       { u"p",       u"div",    u"tr",     u"table",      u"ul",     u"ol",
                         u"dl",      u"dt",     u"dd",     u"blockquote", u"h1",     u"h2",
                         u"h3",      u"h4",     u"h5",     u"h6",         u"hr",     u"section",
                         u"article", u"header", u"footer", u"address",    u"center", u"body" })) {
        blockBreak();
    } else if (!closing && (name == u"td" || name == u"th")) {
        m_pendingSpace = true;
    }
    return i;
}

qsizetype HtmlTextWriter::readText(qsizetype i)
{
    const QChar c = m_html.at(i);
    if (c == u'&') {
        QString text;
        qsizetype length = 0;
        if (readEntity(m_html, i, &text, &length)) {
            if (text.size() == 1 && text.front().unicode() == 0xA0)
                text = u" "_s; // a space that does not collapse
            append(text);
            return i + length;
        }
    }
    if (isHtmlSpace(c)) {
        if (m_pre > 0) {
            if (c == u'\r' && i + 1 < m_html.size() && m_html.at(i + 1) == u'\n')
                ++i;
            m_out += (c == u'\r' || c == u'\n') ? u'\n' : u' ';
        } else {
            m_pendingSpace = true;
        }
        return i + 1;
    }
    append(QStringView(&c, 1));
    return i + 1;
}

// No spaces at line ends, at most one empty line in a row, none at the start or end.
QString tidy(const QString &out)
{
    QString text;
    text.reserve(out.size());
    int newlines = 0;
    for (const QChar c : out) {
        if (c == u'\n') {
            while (text.endsWith(u' '))
                text.chop(1);
            ++newlines;
            continue;
        }
        if (newlines > 0 && !text.isEmpty())
            text += newlines >= 2 ? u"\n\n"_s : u"\n"_s;
        newlines = 0;
        if (c == u' ' && text.isEmpty())
            continue;
        text += c;
    }
    while (text.endsWith(u' '))
        text.chop(1);
    return text;
}
} // namespace

namespace detail {

QString htmlToText(QStringView html)
{
    return normaliseText(tidy(HtmlTextWriter(html, HtmlTextWriter::Reading::Shown).read()));
}

QString htmlAllText(QStringView html)
{
    return normaliseText(tidy(HtmlTextWriter(html, HtmlTextWriter::Reading::Everything).read()));
}

} // namespace detail

} // namespace pd::mail
