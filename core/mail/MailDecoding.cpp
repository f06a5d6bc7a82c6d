#include "mail/MailMessage.h"
#include "mail/MailParts.h"

#include <QStringDecoder>

// Decoding a part's bytes: the transfer encoding (base64, quoted-printable) and the charset.

using namespace Qt::StringLiterals;

namespace pd::mail {

using namespace chars;
using namespace detail;

namespace {

QString fromWindows1252(QByteArrayView bytes)
{
    QStringDecoder decoder("windows-1252");
    if (decoder.isValid())
        return decoder.decode(bytes);
    return QString::fromLatin1(bytes);
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

} // namespace

namespace detail {

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

QString utf8OrWindows1252(QByteArrayView bytes)
{
    return bytes.isValidUtf8() ? QString::fromUtf8(bytes) : fromWindows1252(bytes);
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

QString normaliseText(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    text.replace(QChar(u'\0'), QChar(u'\xFFFD'));
    return text;
}

} // namespace detail

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

} // namespace pd::mail
