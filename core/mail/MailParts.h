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

// The readers the mail files share (not part of the mail API): the header block and its
// structured values (MailHeaders.cpp), transfer and charset decoding (MailDecoding.cpp), HTML as
// text (MailHtml.cpp). MailMessage.cpp walks the MIME tree with them. Each reads with indices and
// bounded look-ahead: a hostile .eml must cost time linear in its size, never quadratic.
namespace pd::mail::detail {

constexpr qsizetype maxCharsetName = 40;

QByteArray lowerTrimmed(QByteArrayView value);

// One line from pos: its text without the line end (LF or CRLF) and where the next line begins.
struct Line
{
    QByteArrayView text;
    qsizetype next = 0;
};

Line lineAt(QByteArrayView data, qsizetype pos);

// The name of a header field line ("Subject: ..." -> "Subject"; RFC 5322 2.2: printable ASCII
// but ':', obsolete white space before the colon allowed), and where its colon is; -1 when the
// line is not a header field.
qsizetype fieldColon(QByteArrayView line, QByteArrayView *name);

// Where the header block of a saved message begins: after a UTF-8 BOM and an mbox "From " line.
qsizetype headerStart(QByteArrayView data);

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
    // Lines folded without their leading white space, joined to the field before them: read as
    // text by the scan too, whatever field took them.
    QList<QByteArray> strayLines;

    QByteArray value(QByteArrayView lowerName) const;
    bool contains(QByteArrayView lowerName) const;
};

HeaderBlock readHeaders(QByteArrayView data);

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

Structured parseStructured(QByteArrayView value);
QByteArray rawParameter(const Structured &header, QByteArrayView name);
// A parameter value decoded: RFC 2231 (name*=, name*0*=, name*1= ...) first, else the plain value
// with RFC 2047 encoded words decoded (not allowed there, but what Outlook and Gmail write).
QString parameter(const Structured &header, QByteArrayView name);

QByteArray decodeBase64(QByteArrayView text);
// The body decoded from its Content-Transfer-Encoding (lower case).
QByteArray decodeTransfer(QByteArrayView body, QByteArrayView encoding);
QString utf8OrWindows1252(QByteArrayView bytes);
bool isKnownCharset(QByteArrayView charset);
// Line ends as \n, and no NUL characters (they cut strings short in places).
QString normaliseText(QString text);

// Readable text from an HTML part: tags removed, head/script/style/comments skipped, block
// elements and <br> as line ends, white space collapsed as a browser does (but in <pre>),
// character references decoded. One pass; a tag that never closes ends tag reading.
QString htmlToText(QStringView html);
// What an HTML part holds without showing it, for the checks that must see all of it: its
// text with the hidden elements (display:none, visibility:hidden, the attribute hidden), then
// its comments and the values of its attributes (never the style attribute or a style or
// script element: CSS and code are markup, not text a person reads).
QString htmlAllText(QStringView html);

// What MailMessage::scan() and OutlookMessage::scan() collect: the readable items, and the bytes
// decoded in all within mail::maxScanBytes.
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
    // The header fields a mail program shows, each decoded (RFC 2047), and the block's stray
    // lines as text: what a person reads at the top of the message.
    void addShownHeaders(const HeaderBlock &headers, int level, const QString &subject);
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

private:
    qsizetype m_spent = 0;
};

// Whether a file name ends in one of the suffixes (".eml"), in any case.
bool nameEndsWith(const QString &name, std::initializer_list<const char16_t *> suffixes);
// A part whose bytes are text a person reads, by its media type (lower case, "text/plain") or
// its name: text/*, JSON and XML of any kind, a CSV, a vCard, a calendar item, a log.
bool isTextPart(const QString &fileName, QStringView mediaType);

// MailMessage::scan() of a message found depth levels down in another (an .eml attached to an
// Outlook message), so that the limits count from the outermost file.
MailScan scanRfc5322(QByteArrayView raw, int depth);
// The items of inner, the scan of a message attached level levels down, added to into: the
// levels shifted, the items of its own level marked with its subject; incomplete if it is.
void appendNested(MailScan *into, const MailScan &inner, int level);

// A file name as the sender gave it, without any directory part or control characters; empty
// for "." and "..", at most 255 characters (the end kept, with the extension).
QString safeFileName(QString name);

} // namespace pd::mail::detail
