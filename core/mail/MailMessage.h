#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pd {

// The address as the sender wrote it (the domain's case kept).
struct MailAddress
{
    QString name;
    QString address;
};

// The file name without directory part or control characters; empty when the sender gave none.
struct MailAttachment
{
    QString fileName;
    QString contentType; // lower case, "application/pdf"
    QByteArray content;
};

// One thing a reader of the message sees, for the checks that must see all of it (the BSN guard).
struct MailReadable
{
    enum class Kind {
        Subject, // the Subject header of the message or of a forwarded message
        Text, // a text part: its decoded text (of an HTML part the text and the source apart)
        FileName, // the file name of a part
        Header, // a header field a mail program shows (From, To, Cc, ...): fileName its name
    };
    Kind kind = Kind::Text;
    int level = 0; // 0: the message itself; 1: a message forwarded in it; 2: one in that; ...
    QString messageSubject; // level > 0: the subject of the forwarded message it is in
    QString fileName; // Text: the name of the attached text file it is, empty for the body
    QString text;
};

// complete false: a limit was reached and some parts were not read; a check that must see
// everything refuses the message rather than pass it.
struct MailScan
{
    QList<MailReadable> items;
    bool complete = true;
    QString problem; // !complete: why, when the file could not be read at all (a damaged .msg)
};

// What the intake reads of an .eml; the original bytes are what is stored. Never throws, never
// reads past the given bytes.
struct MailMessage
{
    // At most maxParts parts, maxDepth deep, against hostile input: deeper parts are left out, not
    // refused. Not read: S/MIME, PGP and TNEF content (kept as attachments), uuencode,
    // format=flowed.
    static std::optional<MailMessage> parse(QByteArrayView raw, QString *error = nullptr);

    // Everything a reader could see, unlike parse()'s one chosen text, through forwarded and
    // attached messages; past a mail::maxScan* limit complete is false. Header fields no mail
    // program shows (Received, X-..., DKIM) and non-text attachments are not read.
    static MailScan scan(QByteArrayView raw);

    static bool looksLikeMail(const QString &fileName, QByteArrayView head);

    QString subject;
    MailAddress from;
    QList<MailAddress> to;
    QDateTime date; // the Date header with its own offset; invalid when absent or unreadable
    QString messageId; // without the angle brackets
    QString text; // the readable body, line ends as \n
    bool textFromHtml = false; // text was taken from an HTML part (tags removed)
    QList<MailAttachment> attachments;
};

namespace mail {

static constexpr int maxParts = 200;
static constexpr int maxDepth = 10;
static constexpr int maxScanDepth = 2 * maxDepth;
static constexpr int maxScanParts = 1000;
static constexpr qsizetype maxScanBytes = 64LL * 1024 * 1024;

// Unknown charsets leave the word as written.
QString decodeHeader(QByteArrayView value);
QByteArray decodeQuotedPrintable(QByteArrayView data, bool header = false);
// An unknown or missing charset is read as UTF-8 when valid, else windows-1252; ISO-8859-1 as
// windows-1252, as browsers do.
QString decodeCharset(QByteArrayView bytes, QByteArrayView charset);
// A missing or unknown zone counts as UTC.
QDateTime parseDate(QByteArrayView value);
QList<MailAddress> parseAddresses(QByteArrayView value);

} // namespace mail

} // namespace pd
