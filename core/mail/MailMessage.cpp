#include "mail/MailMessage.h"

#include "mail/MailParts.h"
#include "mail/OutlookParts.h"

#include <QCoreApplication>
#include <QTime>

#include <algorithm>
#include <initializer_list>
#include <utility>

using namespace Qt::StringLiterals;

namespace pd {

using namespace mail::chars;
using namespace mail::detail;

// Reading the MIME tree of a message: parse() the text and the attachments, scan() everything
// readable. The header fields, the decoding and HTML are read by MailHeaders.cpp,
// MailDecoding.cpp and MailHtml.cpp.

namespace {

// Everything below reads the input with indices and bounded look-ahead: a hostile .eml must cost
// time linear in its size (times maxDepth for nested multiparts), never quadratic.

constexpr qsizetype maxBoundary = 200;

} // namespace

// A file name as the sender gave it, without any directory part or control characters.
QString mail::detail::safeFileName(QString name)
{
    constexpr qsizetype maxFileName = 255;
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

namespace {

// An entity's content type as both readers take it: text/plain without one (message/rfc822 in a
// digest). *boundary is the boundary of a multipart; a multipart without a usable one is read as
// text/plain.
Structured contentType(const HeaderBlock &headers, bool inDigest, QByteArray *boundary)
{
    Structured type = parseStructured(headers.value("content-type"));
    if (!type.token.contains('/'))
        type.token = inDigest ? "message/rfc822" : "text/plain";
    boundary->clear();
    if (type.token.startsWith("multipart/")) {
        const QByteArray found = rawParameter(type, "boundary");
        if (!found.isEmpty() && found.size() <= maxBoundary)
            *boundary = found;
        else
            type.token = "text/plain";
    }
    return type;
}

// The file name an entity gives: its disposition's, else its content type's, made safe.
QString fileNameOf(const Structured &disposition, const Structured &type)
{
    const QString given = parameter(disposition, "filename");
    return safeFileName(given.isEmpty() ? parameter(type, "name") : given);
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
    QByteArray boundary;
    const Structured type = contentType(headers, inDigest, &boundary);
    if (!boundary.isEmpty()) {
        if (depth >= mail::maxDepth)
            return {};
        return readMultipart(type.token, boundary, body, depth + 1);
    }

    const Structured disposition = parseStructured(headers.value("content-disposition"));
    QString fileName = fileNameOf(disposition, type);
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
class ContentScanner final : public ScanCollector
{
public:
    void message(QByteArrayView raw, int depth, int level);

private:
    void entity(const HeaderBlock &headers, QByteArrayView body, int depth, int level,
                const QString &subject, bool inDigest);

    int m_parts = 0;
};

void ContentScanner::message(QByteArrayView raw, int depth, int level)
{
    const QByteArrayView message = raw.sliced(headerStart(raw));
    const HeaderBlock headers = readHeaders(message);
    const QString subject = mail::decodeHeader(headers.value("subject"));
    add(MailReadable::Kind::Subject, level, subject, {}, subject);
    addShownHeaders(headers, level, subject);
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
    QByteArray boundary;
    const Structured type = contentType(headers, inDigest, &boundary);
    if (!boundary.isEmpty()) {
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

    const Structured disposition = parseStructured(headers.value("content-disposition"));
    const QString fileName = fileNameOf(disposition, type);
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

    if (type.token == "application/vnd.ms-outlook" || nameEndsWith(fileName, { u".msg" })) {
        // An Outlook message attached: read as one, a level deeper (a file that only has the
        // name, a Word document say, is only a name).
        if (depth + 1 > mail::maxScanDepth) {
            result.complete = false;
            return;
        }
        if (!spend(body.size()))
            return;
        const QByteArray decoded = decodeTransfer(body, encoding);
        if (mail::outlook::isOutlookFile(decoded))
            appendNested(&result, mail::outlook::scanOutlook(decoded, depth + 1), level + 1);
        return;
    }

    const bool html = type.token == "text/html" || nameEndsWith(fileName, { u".htm", u".html" });
    if (!html && !isTextPart(fileName, QString::fromLatin1(type.token)))
        return; // a file that is not text: only its name is read
    if (!spend(body.size()))
        return;
    QString text
        = mail::decodeCharset(decodeTransfer(body, encoding), rawParameter(type, "charset"));
    if (html) {
        // The text as shown (digits split by tags joined, entities decoded, hidden elements
        // left out) and what the part holds unshown (a number in a hidden element, an
        // attribute or a comment). Never the source itself: CSS and markup are no text.
        add(MailReadable::Kind::Text, level, subject, fileName, htmlToText(text));
        add(MailReadable::Kind::Text, level, subject, fileName, htmlAllText(text));
    } else {
        add(MailReadable::Kind::Text, level, subject, fileName, normaliseText(std::move(text)));
    }
}

} // namespace

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

bool mail::detail::isTextPart(const QString &fileName, QStringView mediaType)
{
    if (mediaType.startsWith(u"text/") || mediaType == u"application/json"
        || mediaType == u"application/xml" || mediaType == u"application/x-ndjson"
        || mediaType == u"application/csv" || mediaType == u"application/javascript"
        || mediaType.endsWith(u"+json") || mediaType.endsWith(u"+xml"))
        return true;
    return nameEndsWith(fileName,
                        { u".txt", u".csv", u".tsv", u".json", u".ndjson", u".xml", u".vcf",
                          u".ics", u".log", u".md", u".yaml", u".yml" });
}

bool mail::detail::nameEndsWith(const QString &name,
                                std::initializer_list<const char16_t *> suffixes)
{
    for (const char16_t *suffix : suffixes) {
        if (name.endsWith(QStringView(suffix), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

MailScan MailMessage::scan(QByteArrayView raw)
{
    return scanRfc5322(raw, 0);
}

MailScan mail::detail::scanRfc5322(QByteArrayView raw, int depth)
{
    ContentScanner scanner;
    scanner.message(raw, depth, 0);
    return std::move(scanner.result);
}

void mail::detail::appendNested(MailScan *into, const MailScan &inner, int level)
{
    QString innerSubject;
    for (MailReadable item : inner.items) {
        if (item.level == 0 && item.kind == MailReadable::Kind::Subject)
            innerSubject = item.text;
        if (item.level == 0)
            item.messageSubject = innerSubject;
        item.level += level;
        into->items.append(std::move(item));
    }
    into->complete = into->complete && inner.complete;
    if (into->problem.isEmpty())
        into->problem = inner.problem;
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
