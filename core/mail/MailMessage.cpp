#include "mail/MailMessage.h"

#include "mail/MailChars.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>
#include <QTime>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <utility>

using namespace Qt::StringLiterals;

namespace pd {

using namespace mail::chars;

namespace {

// Everything below reads the input with indices and bounded look-ahead: a hostile .eml must cost
// time linear in its size (times maxDepth for nested multiparts), never quadratic.

constexpr qsizetype maxCharsetName = 40;
constexpr qsizetype maxBoundary = 200;
constexpr qsizetype maxFileName = 255;
constexpr qsizetype maxCarriedName = 256;

QByteArray lowerTrimmed(QByteArrayView value)
{
    return value.trimmed().toByteArray().toLower();
}

// One line from pos: its text without the line end (LF or CRLF) and where the next line begins.
struct Line
{
    QByteArrayView text;
    qsizetype next = 0;
};

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

// The name of a header field line ("Subject: ..." -> "Subject"; RFC 5322 2.2: printable ASCII
// but ':', obsolete white space before the colon allowed), and where its colon is; -1 when the
// line is not a header field.
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

// Where the header block of a saved message begins: after a UTF-8 BOM and an mbox "From " line.
qsizetype headerStart(QByteArrayView data)
{
    qsizetype start = startsWithBom(data) ? 3 : 0;
    if (data.sliced(start).startsWith("From "))
        start = lineAt(data, start).next;
    return start;
}

struct HeaderField
{
    QByteArray name; // lower case
    QByteArray value; // unfolded, trimmed, not decoded
};

// The header block of a message or MIME part. It ends at the first empty line, or at the first
// line that is neither a header field nor a continuation (senders that forget the empty line).
struct HeaderBlock
{
    QList<HeaderField> fields;
    qsizetype bodyStart = 0;
    bool startsWithField = false;

    QByteArray value(QByteArrayView lowerName) const
    {
        for (const HeaderField &field : fields) {
            if (field.name == lowerName)
                return field.value;
        }
        return {};
    }
    bool contains(QByteArrayView lowerName) const
    {
        for (const HeaderField &field : fields) {
            if (field.name == lowerName)
                return true;
        }
        return false;
    }
};

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

// A structured header: "text/plain; charset=utf-8" or "attachment; filename=\"a.pdf\"".
struct Parameter
{
    QByteArray name; // lower case
    QByteArray value; // unquoted, not decoded
};

struct Structured
{
    QByteArray token; // lower case
    QList<Parameter> parameters;
};

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

// A parameter value decoded: RFC 2231 (name*=, name*0*=, name*1= ...) first, else the plain value
// with RFC 2047 encoded words decoded (not allowed there, but what Outlook and Gmail write).
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

QByteArray decodeBase64(QByteArrayView text)
{
    QByteArray clean;
    clean.reserve(text.size());
    for (const char c : text) {
        if (isAlpha(c) || isDigit(c) || c == '+' || c == '/' || c == '=')
            clean += c;
    }
    return QByteArray::fromBase64(clean);
}

QByteArray decodeTransfer(QByteArrayView body, QByteArrayView encoding)
{
    if (encoding == "base64")
        return decodeBase64(body);
    if (encoding == "quoted-printable")
        return mail::decodeQuotedPrintable(body);
    return body.toByteArray(); // 7bit, 8bit, binary, and what we cannot read (x-uuencode)
}

QString fromWindows1252(QByteArrayView bytes)
{
    QStringDecoder decoder("windows-1252");
    if (decoder.isValid())
        return decoder.decode(bytes);
    return QString::fromLatin1(bytes);
}

QString utf8OrWindows1252(QByteArrayView bytes)
{
    return bytes.isValidUtf8() ? QString::fromUtf8(bytes) : fromWindows1252(bytes);
}

// The charset name as MIME writes it, lower case, or empty when it is no name at all.
QByteArray charsetName(QByteArrayView charset)
{
    QByteArray name = lowerTrimmed(charset);
    if (name.size() >= 2 && name.startsWith('"') && name.endsWith('"'))
        name = name.sliced(1, name.size() - 2).trimmed();
    if (name.size() > maxCharsetName)
        return {};
    for (const char c : name) {
        if (!isAlpha(c) && !isDigit(c) && c != '-' && c != '_' && c != '.' && c != ':')
            return {};
    }
    return name;
}

bool isUtf8Name(QByteArrayView name)
{
    return name == "utf-8" || name == "utf8";
}

// ISO-8859-1 is read as its superset windows-1252, as browsers do: mail programs label
// windows-1252 text (curly quotes, the euro sign) as ISO-8859-1.
bool isWindows1252Name(QByteArrayView name)
{
    return name == "iso-8859-1" || name == "iso8859-1" || name == "iso_8859-1" || name == "latin1"
        || name == "l1" || name == "windows-1252" || name == "cp1252" || name == "x-cp1252";
}

bool isAsciiName(QByteArrayView name)
{
    return name.isEmpty() || name == "us-ascii" || name == "ascii" || name == "unknown-8bit"
        || name == "x-unknown";
}

bool isKnownCharset(QByteArrayView charset)
{
    const QByteArray name = charsetName(charset);
    if (name.isEmpty())
        return false;
    if (isUtf8Name(name) || isWindows1252Name(name) || isAsciiName(name))
        return true;
    return QStringDecoder(name.constData()).isValid();
}

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

// Line ends as \n, and no NUL characters (they cut strings short in places).
QString normaliseText(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    text.replace(QChar(u'\0'), QChar(u'\xFFFD'));
    return text;
}

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

// Readable text from an HTML part: tags removed, head/script/style/comments skipped, block
// elements and <br> as line ends, white space collapsed as a browser does (but in <pre>),
// character references decoded. One pass; a tag that never closes ends tag reading.
QString htmlToText(QStringView html)
{
    QString out;
    out.reserve(html.size());
    bool pendingSpace = false;
    int pre = 0;
    bool tags = true;
    bool headUnclosed = false; // searched once: no later <head> can close either
    const auto atLineStart = [&] {
        return out.isEmpty() || out.endsWith(u'\n');
    };
    const auto append = [&](QStringView text) {
        if (pendingSpace && !atLineStart())
            out += u' ';
        pendingSpace = false;
        out += text;
    };
    const auto blockBreak = [&] {
        if (!atLineStart())
            out += u'\n';
        pendingSpace = false;
    };

    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html.at(i);
        if (c == u'<' && tags && i + 1 < n) {
            if (html.sliced(i).startsWith(u"<!--")) {
                const qsizetype end = html.indexOf(u"-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            const QChar next = html.at(i + 1);
            const bool closing = next == u'/';
            if (!isAsciiLetter(next) && !closing && next != u'!' && next != u'?') {
                append(QStringView(&c, 1));
                ++i;
                continue;
            }
            const qsizetype nameStart = i + (closing ? 2 : 1);
            qsizetype nameEnd = nameStart;
            while (nameEnd < n && isAsciiAlnum(html.at(nameEnd)))
                ++nameEnd;
            // Quotes count only where an attribute value begins: <p title=it's> has none.
            qsizetype end = nameEnd;
            QChar quote;
            QChar previous;
            while (end < n) {
                const QChar d = html.at(end);
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
            if (end >= n) {
                tags = false; // an unclosed tag: the rest is text as written
                continue;
            }
            const QString name = html.sliced(nameStart, nameEnd - nameStart).toString().toLower();
            i = end + 1;
            if (!closing && isOneOf(name, { u"head", u"script", u"style", u"title" })) {
                const bool head = name == u"head";
                const qsizetype close = head && headUnclosed
                    ? -1
                    : html.indexOf(QString(u"</"_s + name), i, Qt::CaseInsensitive);
                if (close >= 0) {
                    const qsizetype closeEnd = html.indexOf(u'>', close);
                    i = closeEnd < 0 ? n : closeEnd + 1;
                } else if (head) {
                    headUnclosed = true; // read what follows it as the body
                } else {
                    i = n;
                }
            } else if (name == u"br") {
                out += u'\n';
                pendingSpace = false;
            } else if (name == u"li") {
                blockBreak();
                if (!closing)
                    out += u"- "_s;
            } else if (name == u"pre") {
                blockBreak();
                pre = closing ? std::max(0, pre - 1) : pre + 1;
            } else if (isOneOf(name, { u"p",      u"div",     u"tr",      u"table",   u"ul",
                                       u"ol",     u"dl",      u"dt",      u"dd",      u"blockquote",
                                       u"h1",     u"h2",      u"h3",      u"h4",      u"h5",
                                       u"h6",     u"hr",      u"section", u"article", u"header",
                                       u"footer", u"address", u"center",  u"body" })) {
                blockBreak();
            } else if (!closing && (name == u"td" || name == u"th")) {
                pendingSpace = true;
            }
            continue;
        }
        if (c == u'&') {
            QString text;
            qsizetype length = 0;
            if (readEntity(html, i, &text, &length)) {
                if (text.size() == 1 && text.front().unicode() == 0xA0)
                    text = u" "_s; // a space that does not collapse
                append(text);
                i += length;
                continue;
            }
        }
        if (isHtmlSpace(c)) {
            if (pre > 0) {
                if (c == u'\r' && i + 1 < n && html.at(i + 1) == u'\n')
                    ++i;
                out += (c == u'\r' || c == u'\n') ? u'\n' : u' ';
            } else {
                pendingSpace = true;
            }
            ++i;
            continue;
        }
        append(QStringView(&c, 1));
        ++i;
    }

    // Tidy: no spaces at line ends, at most one empty line in a row, none at the start or end.
    QString text;
    text.reserve(out.size());
    int newlines = 0;
    for (const QChar c : std::as_const(out)) {
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
    return normaliseText(text);
}

// A file name as the sender gave it, without any directory part or control characters.
QString safeFileName(QString name)
{
    const qsizetype slash = std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\'));
    if (slash >= 0)
        name = name.sliced(slash + 1);
    name.removeIf([](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7F; });
    name = name.trimmed();
    if (name == u"."_s || name == u".."_s)
        return {};
    if (name.size() > maxFileName)
        name = name.right(maxFileName); // keeps the extension
    return name;
}

// The parts of a multipart body: what lies between the "--boundary" lines, without the line end
// before each; the preamble and the epilogue are not parts. A body whose closing "--boundary--"
// never comes ends its last part at its end. At most limit parts.
QList<QByteArrayView> splitMultipart(QByteArrayView body, QByteArrayView boundary, qsizetype limit)
{
    QList<QByteArrayView> parts;
    qsizetype partStart = -1;
    qsizetype pos = 0;
    while (pos < body.size() && parts.size() < limit) {
        const Line line = lineAt(body, pos);
        if (line.text.startsWith("--") && line.text.sliced(2).startsWith(boundary)) {
            const QByteArrayView rest = line.text.sliced(2 + boundary.size());
            const bool closing = rest.startsWith("--");
            if (closing || rest.trimmed().isEmpty()) {
                if (partStart >= 0) {
                    qsizetype end = pos;
                    if (end > partStart && body.at(end - 1) == '\n')
                        --end;
                    if (end > partStart && body.at(end - 1) == '\r')
                        --end;
                    parts.append(body.sliced(partStart, end - partStart));
                }
                if (closing)
                    return parts;
                partStart = line.next;
            }
        }
        pos = line.next;
    }
    if (partStart >= 0 && parts.size() < limit)
        parts.append(body.sliced(partStart));
    return parts;
}

// The readable text of one MIME entity.
struct Rendered
{
    QString text;
    bool fromHtml = false;
    bool present = false;

    bool isBlank() const { return text.trimmed().isEmpty(); }
};

// Walks the MIME tree: text parts become the text (one alternative of a multipart/alternative,
// all inline text parts of the other multiparts in order), every other part an attachment.
class EntityReader final
{
public:
    Rendered read(const HeaderBlock &headers, QByteArrayView body, int depth, bool inDigest);
    QList<MailAttachment> attachments;

private:
    Rendered readMultipart(QByteArrayView subtype, QByteArrayView boundary, QByteArrayView body,
                           int depth);
    int m_parts = 0;
};

Rendered EntityReader::read(const HeaderBlock &headers, QByteArrayView body, int depth,
                            bool inDigest)
{
    if (m_parts >= mail::maxParts)
        return {};
    ++m_parts;
    Structured type = parseStructured(headers.value("content-type"));
    if (!type.token.contains('/'))
        type.token = inDigest ? "message/rfc822" : "text/plain";
    if (type.token.startsWith("multipart/")) {
        const QByteArray boundary = rawParameter(type, "boundary");
        if (!boundary.isEmpty() && boundary.size() <= maxBoundary) {
            if (depth >= mail::maxDepth)
                return {};
            return readMultipart(type.token, boundary, body, depth + 1);
        }
        type.token = "text/plain"; // a multipart without a boundary: read it as text
    }

    const Structured disposition = parseStructured(headers.value("content-disposition"));
    QString fileName = parameter(disposition, "filename");
    if (fileName.isEmpty())
        fileName = parameter(type, "name");
    fileName = safeFileName(fileName);
    const QByteArray encoding = lowerTrimmed(headers.value("content-transfer-encoding"));

    const bool html = type.token == "text/html";
    if ((html || type.token == "text/plain") && disposition.token != "attachment"
        && fileName.isEmpty()) {
        const QString text
            = mail::decodeCharset(decodeTransfer(body, encoding), rawParameter(type, "charset"));
        if (html)
            return { htmlToText(text), true, true };
        return { normaliseText(text), false, true };
    }

    MailAttachment attachment;
    attachment.contentType = QString::fromLatin1(type.token);
    attachment.content = decodeTransfer(body, encoding);
    if (fileName.isEmpty() && type.token == "message/rfc822") {
        // A forwarded message: named after its subject, as mail programs save it.
        const HeaderBlock inner = readHeaders(attachment.content);
        const QString subject = safeFileName(mail::decodeHeader(inner.value("subject")));
        if (!subject.isEmpty())
            fileName = safeFileName(subject + u".eml"_s);
    }
    attachment.fileName = fileName;
    attachments.append(std::move(attachment));
    return {};
}

Rendered EntityReader::readMultipart(QByteArrayView subtype, QByteArrayView boundary,
                                     QByteArrayView body, int depth)
{
    const QList<QByteArrayView> parts = splitMultipart(body, boundary, mail::maxParts - m_parts);
    QList<Rendered> pieces;
    for (const QByteArrayView part : parts) {
        const HeaderBlock headers = readHeaders(part);
        pieces.append(
            read(headers, part.sliced(headers.bodyStart), depth, subtype == "multipart/digest"));
    }
    if (subtype == "multipart/alternative") {
        // Plain text if it says something, else HTML, else whatever there is.
        for (const Rendered &piece : std::as_const(pieces)) {
            if (piece.present && !piece.fromHtml && !piece.isBlank())
                return piece;
        }
        for (const Rendered &piece : std::as_const(pieces)) {
            if (piece.present && !piece.isBlank())
                return piece;
        }
        for (const Rendered &piece : std::as_const(pieces)) {
            if (piece.present)
                return piece;
        }
        return {};
    }
    Rendered joined;
    for (const Rendered &piece : std::as_const(pieces)) {
        if (!piece.present)
            continue;
        if (!joined.text.isEmpty() && !joined.text.endsWith(u'\n'))
            joined.text += u'\n';
        joined.text += piece.text;
        joined.fromHtml = joined.fromHtml || piece.fromHtml;
        joined.present = true;
    }
    return joined;
}

// Walks every entity for MailMessage::scan(): unlike EntityReader it keeps every text part and
// every name, and goes into forwarded messages. Costs time linear in the input times the
// nesting depth, and holds at most one decoded copy per level of forwarded message.
class ContentScanner final
{
public:
    void message(QByteArrayView raw, int depth, int level);
    MailScan result;

private:
    void entity(const HeaderBlock &headers, QByteArrayView body, int depth, int level,
                const QString &subject, bool inDigest);
    void add(MailReadable::Kind kind, int level, const QString &subject, const QString &fileName,
             QString text)
    {
        if (!text.trimmed().isEmpty())
            result.items.append(
                { kind, level, level > 0 ? subject : QString(), fileName, std::move(text) });
    }
    // Whether bytes more may still be decoded; false (and incomplete) past the budget.
    bool spend(qsizetype bytes)
    {
        if (bytes > mail::maxScanBytes - m_spent) {
            result.complete = false;
            return false;
        }
        m_spent += bytes;
        return true;
    }

    int m_parts = 0;
    qsizetype m_spent = 0;
};

bool nameEndsWith(const QString &name, std::initializer_list<const char16_t *> suffixes)
{
    for (const char16_t *suffix : suffixes) {
        if (name.endsWith(QStringView(suffix), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void ContentScanner::message(QByteArrayView raw, int depth, int level)
{
    const QByteArrayView message = raw.sliced(headerStart(raw));
    const HeaderBlock headers = readHeaders(message);
    const QString subject = mail::decodeHeader(headers.value("subject"));
    add(MailReadable::Kind::Subject, level, subject, {}, subject);
    entity(headers, message.sliced(headers.bodyStart), depth, level, subject, false);
}

void ContentScanner::entity(const HeaderBlock &headers, QByteArrayView body, int depth, int level,
                            const QString &subject, bool inDigest)
{
    if (!result.complete)
        return;
    if (++m_parts > mail::maxScanParts) {
        result.complete = false;
        return;
    }
    Structured type = parseStructured(headers.value("content-type"));
    if (!type.token.contains('/'))
        type.token = inDigest ? "message/rfc822" : "text/plain";
    if (type.token.startsWith("multipart/")) {
        const QByteArray boundary = rawParameter(type, "boundary");
        if (!boundary.isEmpty() && boundary.size() <= maxBoundary) {
            if (depth + 1 > mail::maxScanDepth) {
                result.complete = false;
                return;
            }
            // One part more than may still be read: then the limit is known to be passed.
            const QList<QByteArrayView> parts
                = splitMultipart(body, boundary, mail::maxScanParts - m_parts + 1);
            for (const QByteArrayView part : parts) {
                const HeaderBlock partHeaders = readHeaders(part);
                entity(partHeaders, part.sliced(partHeaders.bodyStart), depth + 1, level, subject,
                       type.token == "multipart/digest");
                if (!result.complete)
                    return;
            }
            return;
        }
        type.token = "text/plain"; // as EntityReader reads it
    }

    const Structured disposition = parseStructured(headers.value("content-disposition"));
    QString fileName = parameter(disposition, "filename");
    if (fileName.isEmpty())
        fileName = parameter(type, "name");
    fileName = safeFileName(fileName);
    add(MailReadable::Kind::FileName, level, subject, fileName, fileName);
    const QByteArray encoding = lowerTrimmed(headers.value("content-transfer-encoding"));
    const bool encoded = encoding == "base64" || encoding == "quoted-printable";

    if (type.token == "message/rfc822" || type.token == "message/global"
        || nameEndsWith(fileName, { u".eml" })) {
        if (depth + 1 > mail::maxScanDepth) {
            result.complete = false;
            return;
        }
        if (!encoded) {
            message(body, depth + 1, level + 1);
            return;
        }
        if (!spend(body.size()))
            return;
        const QByteArray decoded = decodeTransfer(body, encoding);
        message(decoded, depth + 1, level + 1);
        return;
    }

    const bool html = type.token == "text/html" || nameEndsWith(fileName, { u".htm", u".html" });
    if (!html && !type.token.startsWith("text/") && !nameEndsWith(fileName, { u".txt", u".csv" }))
        return; // a file that is not text: only its name is read
    if (!spend(body.size()))
        return;
    QString text
        = mail::decodeCharset(decodeTransfer(body, encoding), rawParameter(type, "charset"));
    if (html) {
        // The text as shown (digits split by tags joined, entities decoded) and the source (a
        // number in an attribute or a comment).
        add(MailReadable::Kind::Text, level, subject, fileName, htmlToText(text));
        add(MailReadable::Kind::Text, level, subject, fileName, normaliseText(std::move(text)));
    } else {
        add(MailReadable::Kind::Text, level, subject, fileName, normaliseText(std::move(text)));
    }
}

} // namespace

namespace mail {

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

QByteArray decodeQuotedPrintable(QByteArrayView data, bool header)
{
    QByteArray out;
    out.reserve(data.size());
    qsizetype spaceStart = -1; // where literal white space at the end of out begins
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = data.at(i);
        if (c == '=') {
            qsizetype j = i + 1;
            while (j < n && isWsp(data.at(j)))
                ++j;
            if (j == n || data.at(j) == '\n'
                || (data.at(j) == '\r' && j + 1 < n && data.at(j + 1) == '\n')) {
                // A soft line break (trailing white space after '=' is transport padding).
                i = j == n ? n : (data.at(j) == '\n' ? j + 1 : j + 2);
                spaceStart = -1;
                continue;
            }
            if (i + 2 < n && hexValue(data.at(i + 1)) >= 0 && hexValue(data.at(i + 2)) >= 0) {
                out += char(hexValue(data.at(i + 1)) * 16 + hexValue(data.at(i + 2)));
                i += 3;
            } else {
                out += '='; // not an escape: kept as written
                ++i;
            }
            spaceStart = -1;
            continue;
        }
        if (header && c == '_') {
            out += ' ';
            ++i;
            spaceStart = -1;
            continue;
        }
        const bool crlf = c == '\r' && i + 1 < n && data.at(i + 1) == '\n';
        if (c == '\n' || crlf) {
            if (spaceStart >= 0)
                out.truncate(spaceStart); // RFC 2045 6.7 (3): trailing white space is padding
            spaceStart = -1;
            out += crlf ? "\r\n" : "\n";
            i += crlf ? 2 : 1;
            continue;
        }
        if (isWsp(c)) {
            if (spaceStart < 0)
                spaceStart = out.size();
        } else {
            spaceStart = -1;
        }
        out += c;
        ++i;
    }
    return out;
}

QString decodeCharset(QByteArrayView bytes, QByteArrayView charset)
{
    const QByteArray name = charsetName(charset);
    if (isUtf8Name(name))
        return QString::fromUtf8(bytes);
    if (isWindows1252Name(name))
        return fromWindows1252(bytes);
    if (!isAsciiName(name)) {
        QStringDecoder decoder(name.constData());
        if (decoder.isValid())
            return decoder.decode(bytes);
    }
    return utf8OrWindows1252(bytes); // unlabelled 8-bit text, or a charset we do not know
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
    return result;
}

} // namespace mail

std::optional<MailMessage> MailMessage::parse(QByteArrayView raw, QString *error)
{
    const auto refuse = [error](const QString &reason) -> std::optional<MailMessage> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (raw.isEmpty())
        return refuse(QCoreApplication::translate("pd::MailMessage", "The file is empty."));

    const QByteArrayView message = raw.sliced(headerStart(raw));
    const HeaderBlock headers = readHeaders(message);
    if (!headers.startsWithField
        || (!headers.contains("from") && !headers.contains("date") && !headers.contains("subject")))
        return refuse(QCoreApplication::translate(
            "pd::MailMessage",
            "This file is not an e-mail: it does not begin with a header block holding From, "
            "Date or Subject."));

    MailMessage result;
    result.subject = mail::decodeHeader(headers.value("subject"));
    result.from = mail::parseAddresses(headers.value("from")).value(0);
    result.to = mail::parseAddresses(headers.value("to"));
    result.date = mail::parseDate(headers.value("date"));
    QByteArray messageId = headers.value("message-id");
    if (const qsizetype open = messageId.indexOf('<'); open >= 0) {
        const qsizetype close = messageId.indexOf('>', open);
        messageId = messageId.sliced(open + 1, (close < 0 ? messageId.size() : close) - open - 1);
    }
    result.messageId = QString::fromUtf8(messageId.trimmed());

    EntityReader reader;
    const Rendered text = reader.read(headers, message.sliced(headers.bodyStart), 0, false);
    result.text = text.text;
    result.textFromHtml = text.fromHtml;
    result.attachments = std::move(reader.attachments);
    if (error)
        error->clear();
    return result;
}

MailScan MailMessage::scan(QByteArrayView raw)
{
    ContentScanner scanner;
    scanner.message(raw, 0, 0);
    return std::move(scanner.result);
}

bool MailMessage::looksLikeMail(const QString &fileName, QByteArrayView head)
{
    if (fileName.endsWith(u".eml"_s, Qt::CaseInsensitive))
        return true;
    const QByteArrayView message = head.sliced(headerStart(head));
    qsizetype pos = 0;
    while (pos < message.size()) {
        const Line line = lineAt(message, pos);
        if (line.text.isEmpty())
            return false; // the header block ended without one
        if (isWsp(line.text.front())) {
            if (pos == 0)
                return false;
        } else {
            QByteArrayView name;
            if (fieldColon(line.text, &name) < 0)
                return false;
            if (equalsNoCase(name, "from") || equalsNoCase(name, "received")
                || equalsNoCase(name, "return-path") || equalsNoCase(name, "mime-version"))
                return true;
        }
        pos = line.next;
    }
    return false;
}

} // namespace pd
