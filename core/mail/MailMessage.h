#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pd {

// One address of a header (From, To, Reply-To): the display name RFC 2047-decoded and unquoted,
// the address as written (lower-cased domain is not applied: kept as the sender typed it).
struct MailAddress
{
    QString name;
    QString address;
};

// A part of the message that is not its text: a file the sender attached (or an inline image, a
// forwarded message, a signature). The bytes are decoded (base64 / quoted-printable); the file
// name RFC 2047/2231-decoded, without any directory part or control characters, empty when the
// sender gave none (a forwarded message/rfc822 without one is named "<its subject>.eml").
struct MailAttachment
{
    QString fileName;
    QString contentType; // lower case, "application/pdf"
    QByteArray content;
};

// One thing a reader of the message sees, for the checks that must see all of it (the BSN
// guard, the names that suggest an identity document): see MailMessage::scan().
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

// What MailMessage::scan() read. complete is false when a limit was reached (too deep, too many
// parts, too many bytes to decode): then some parts were not read, and a check that must see
// everything has to refuse the message rather than pass it.
struct MailScan
{
    QList<MailReadable> items;
    bool complete = true;
    QString problem; // !complete: why, when the file could not be read at all (a damaged .msg)
};

// An e-mail as saved from a mail program (.eml, RFC 5322 with MIME, RFC 2045-2049): what the
// intake needs from it. Parsing never throws and never reads more than the given bytes; a
// message that is not an e-mail at all (no header block with From/Date/Subject) is refused
// with a reason. The original bytes are what Privacydesk stores; this is only a reading of them.
struct MailMessage
{
    // Reads raw .eml bytes (LF or CRLF; a UTF-8 BOM and an mbox "From " line are skipped).
    // Header lines are unfolded; encoded words (=?charset?B|Q?...?=) are decoded in every
    // header; the text is the readable body, decoded from its transfer encoding and charset:
    // of a multipart/alternative the text/plain part (the text/html part as plain text when
    // the plain one is blank or missing); of the other multiparts (mixed, related, signed) the
    // inline text parts in order. A text part with a file name or "attachment" disposition is
    // an attachment, as is every other part. At most maxParts MIME parts and maxDepth nested
    // multiparts are read (hostile input); deeper parts are left out, not refused. Refuses an
    // empty file and one whose first line is not a header field or whose header block has
    // none of From, Date and Subject. Not read: S/MIME or PGP encrypted content (kept as an
    // attachment), TNEF (winmail.dat, kept as an attachment), uuencode, format=flowed, an HTML
    // part's <meta> charset, and CR-only line ends.
    static std::optional<MailMessage> parse(QByteArrayView raw, QString *error = nullptr);

    // Everything readable in raw, unlike parse() not one chosen text: the Subject, every text
    // part (text/* in any disposition, and parts named *.txt, *.csv, *.htm, *.html; decoded
    // from base64 or quoted-printable and from their charset; an HTML part as text and as its
    // source), and every part's file name (RFC 2231 and RFC 2047), recursively through nested
    // multiparts and forwarded messages (message/rfc822, message/global, parts named *.eml;
    // Outlook messages attached as application/vnd.ms-outlook or *.msg, OutlookMessage::scan()),
    // each marked with its level. Reads any bytes: a file without a header block is one text.
    // Bounded for hostile input: at most mail::maxScanDepth nested entities, mail::maxScanParts
    // parts and mail::maxScanBytes decoded bytes in all; past a limit complete is false.
    // Also the header fields a mail program shows (From with its display name, Sender,
    // Reply-To, To, Cc, Bcc, Date, Organization, Comments, Keywords, the Resent- fields, ...), and
    // a line of the header block folded without its leading white space.
    // Not read: the other header fields (Received, X-..., DKIM-Signature: what no mail program
    // shows), the content of other attachments (PDF, images, Office).
    static MailScan scan(QByteArrayView raw);

    // True when the name ends in .eml, or the first bytes look like RFC 5322 headers (a
    // "From:" or "Received:" or "Return-Path:" or "MIME-Version:" line before the first empty
    // line).
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
// MailMessage::scan(): multiparts and forwarded messages nested together, parts of all levels,
// and the bytes decoded (text parts and encoded forwarded messages) in all.
static constexpr int maxScanDepth = 2 * maxDepth;
static constexpr int maxScanParts = 1000;
static constexpr qsizetype maxScanBytes = 64LL * 1024 * 1024;

// RFC 2047: decodes every encoded word in a header value; whitespace between two adjacent
// encoded words is dropped. Unknown charsets leave the word as written.
QString decodeHeader(QByteArrayView value);
// RFC 2045 quoted-printable (soft line breaks, =XX); header: '_' is a space (RFC 2047 Q).
QByteArray decodeQuotedPrintable(QByteArrayView data, bool header = false);
// Bytes in a charset named by MIME ("utf-8", "iso-8859-1", "windows-1252", "us-ascii", ...).
// An unknown charset is read as UTF-8 if valid, else as windows-1252; so are us-ascii and no
// charset (mislabelled 8-bit text). ISO-8859-1 is read as windows-1252, as browsers do.
QString decodeCharset(QByteArrayView bytes, QByteArrayView charset);
// The Date header (RFC 5322 3.3, also the obsolete forms: two-digit years, zone names such as
// GMT/UT/EST and CET/CEST, missing day of week, seconds optional, asctime order). A missing or
// unknown zone name counts as UTC. Invalid when unreadable.
QDateTime parseDate(QByteArrayView value);
// "Name <address>", "address", "\"Last, First\" <address>", groups; encoded words decoded.
QList<MailAddress> parseAddresses(QByteArrayView value);

} // namespace mail

} // namespace pd
