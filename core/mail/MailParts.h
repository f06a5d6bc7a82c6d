#pragma once

#include "mail/MailChars.h"
#include "mail/MailMessage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <initializer_list>
#include <utility>

// Shared by the mail readers, not part of the mail API. Each reads with indices and bounded
// look-ahead: a hostile .eml must cost time linear in its size, never quadratic.
namespace pd::mail::detail {

constexpr qsizetype maxCharsetName = 40;

QByteArray lowerTrimmed(QByteArrayView value);

struct Line
{
    QByteArrayView text;
    qsizetype next = 0;
};

Line lineAt(QByteArrayView data, qsizetype pos);

// -1 when the line is not a header field.
qsizetype fieldColon(QByteArrayView line, QByteArrayView *name);

qsizetype headerStart(QByteArrayView data);

struct HeaderField
{
    QByteArray name; // lower case
    QByteArray value; // unfolded, trimmed, not decoded
};

// Ends at the first empty line, or at the first line that is neither a field nor a continuation
// (senders forget the empty line).
struct HeaderBlock
{
    QList<HeaderField> fields;
    qsizetype bodyStart = 0;
    bool startsWithField = false;
    // Read as text by the scan too, whatever field took them.
    QList<QByteArray> strayLines;

    QByteArray value(QByteArrayView lowerName) const;
    bool contains(QByteArrayView lowerName) const;
};

HeaderBlock readHeaders(QByteArrayView data);

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

Structured parseStructured(QByteArrayView value);
QByteArray rawParameter(const Structured &header, QByteArrayView name);
// RFC 2047 words are decoded too: not allowed there, but Outlook and Gmail write them.
QString parameter(const Structured &header, QByteArrayView name);

QByteArray decodeBase64(QByteArrayView text);
QByteArray decodeTransfer(QByteArrayView body, QByteArrayView encoding);
QString utf8OrWindows1252(QByteArrayView bytes);
bool isKnownCharset(QByteArrayView charset);
// No NUL characters: they cut strings short in places.
QString normaliseText(QString text);

QString htmlToText(QStringView html);
// Hidden text, comments and attribute values too, for the checks; never CSS or script.
QString htmlAllText(QStringView html);

class ScanCollector
{
public:
    MailScan result;

protected:
    void add(MailReadable::Kind kind, int level, const QString &subject, const QString &fileName,
             QString text)
    {
        if (!text.trimmed().isEmpty())
            result.items.append(
                { kind, level, level > 0 ? subject : QString(), fileName, std::move(text) });
    }
    void addShownHeaders(const HeaderBlock &headers, int level, const QString &subject);
    bool spend(qsizetype bytes)
    {
        if (bytes > mail::maxScanBytes - m_spent) {
            result.complete = false;
            return false;
        }
        m_spent += bytes;
        return true;
    }

private:
    qsizetype m_spent = 0;
};

bool nameEndsWith(const QString &name, std::initializer_list<const char16_t *> suffixes);
bool isTextPart(const QString &fileName, QStringView mediaType);

// So that the limits count from the outermost file.
MailScan scanRfc5322(QByteArrayView raw, int depth);
void appendNested(MailScan *into, const MailScan &inner, int level);

QString safeFileName(QString name);

} // namespace pd::mail::detail
