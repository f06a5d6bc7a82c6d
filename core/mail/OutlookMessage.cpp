#include "mail/OutlookMessage.h"

#include "mail/MailParts.h"
#include "mail/OutlookParts.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <utility>

using namespace Qt::StringLiterals;

namespace pd {

using namespace mail::outlook;
using mail::detail::appendNested;
using mail::detail::htmlAllText;
using mail::detail::htmlToText;
using mail::detail::isTextPart;
using mail::detail::nameEndsWith;
using mail::detail::normaliseText;
using mail::detail::safeFileName;

// A MailMessage and a MailScan of an Outlook message's MAPI properties (MS-OXMSG, MS-OXPROPS);
// the compound file is read by OutlookFile.cpp, the texts by OutlookText.cpp and OutlookRtf.cpp.

namespace {

// MS-OXPROPS property ids.
enum : quint16 {
    TagSubject = 0x0037,
    TagClientSubmitTime = 0x0039,
    TagSentRepresentingName = 0x0042,
    TagSentRepresentingAddressType = 0x0064,
    TagSentRepresentingEmailAddress = 0x0065,
    TagTransportMessageHeaders = 0x007D,
    TagSenderName = 0x0C1A,
    TagSenderAddressType = 0x0C1E,
    TagSenderEmailAddress = 0x0C1F,
    TagRecipientType = 0x0C15,
    TagDisplayTo = 0x0E04,
    TagMessageDeliveryTime = 0x0E06,
    TagBody = 0x1000,
    TagRtfCompressed = 0x1009,
    TagHtml = 0x1013,
    TagInternetMessageId = 0x1035,
    TagDisplayName = 0x3001,
    TagAddressType = 0x3002,
    TagEmailAddress = 0x3003,
    TagAttachDataBinary = 0x3701,
    TagAttachFilename = 0x3704,
    TagAttachLongFilename = 0x3707,
    TagAttachMimeTag = 0x370E,
    TagSmtpAddress = 0x39FE,
    TagInternetCodepage = 0x3FDE,
    TagMessageCodepage = 0x3FFD,
    TagSenderSmtpAddress = 0x5D01,
    TagSentRepresentingSmtpAddress = 0x5D02,
};

// The code page of the message's 8-bit strings; an embedded message without one has its parent's.
int codePageOf(const MapiObject &message, int inherited)
{
    for (const quint16 tag : { TagMessageCodepage, TagInternetCodepage }) {
        if (const auto codePage = message.integer(tag); codePage && *codePage > 0)
            return int(*codePage);
    }
    return inherited;
}

// A FILETIME (100 ns since 1601-01-01 UTC) as a moment; invalid when absent or absurd.
QDateTime systime(const MapiObject &object, quint16 tag)
{
    const Property *property = object.find(tag);
    if (!property || property->type != PtSystime || property->fixed == 0)
        return {};
    constexpr qint64 unixEpochMs = 11644473600000LL;
    const qint64 ms = qint64(property->fixed / 10000) - unixEpochMs;
    const QDateTime moment = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    if (!moment.isValid() || moment.date().year() < 1980 || moment.date().year() > 9999)
        return {};
    return moment;
}

bool isSmtp(const QString &address)
{
    return address.contains(u'@') && !address.startsWith(u'/');
}

// The message's texts as read from it.
struct Texts
{
    QString body;
    QString html; // the HTML source: of PidTagHtml, or encapsulated in the RTF
    QString htmlText;
    QString rtfText; // the RTF as text, when it does not encapsulate HTML
};

class MessageReader final
{
public:
    explicit MessageReader(qsizetype maxBytes)
        : m_maxBytes(maxBytes)
    { }

    MailMessage message(const MapiObject &object, int inheritedCodePage);
    Texts texts(const MapiObject &object, int codePage, bool all) const;
    static MailAddress sender(const MapiObject &object, int codePage);
    static QString attachmentName(const MapiObject &attachment, int codePage);

private:
    qsizetype m_maxBytes;
};

MailAddress MessageReader::sender(const MapiObject &object, int codePage)
{
    MailAddress from;
    from.name = object.string(TagSenderName, codePage).trimmed();
    if (from.name.isEmpty())
        from.name = object.string(TagSentRepresentingName, codePage).trimmed();
    const QString type = object.string(TagSenderAddressType, codePage).trimmed();
    const QString address = object.string(TagSenderEmailAddress, codePage).trimmed();
    if (type.compare(u"EX"_s, Qt::CaseInsensitive) != 0 && isSmtp(address)) {
        from.address = address;
        return from;
    }
    // Exchange stored an X.500 address: the SMTP address is in another property.
    for (const quint16 tag : { TagSenderSmtpAddress, TagSentRepresentingSmtpAddress }) {
        if (const QString smtp = object.string(tag, codePage).trimmed(); isSmtp(smtp)) {
            from.address = smtp;
            return from;
        }
    }
    if (object.string(TagSentRepresentingAddressType, codePage)
            .compare(u"EX"_s, Qt::CaseInsensitive)
        != 0) {
        if (const QString smtp = object.string(TagSentRepresentingEmailAddress, codePage).trimmed();
            isSmtp(smtp)) {
            from.address = smtp;
            return from;
        }
    }
    // Else the From line of the Internet headers the message arrived with.
    const QString headers = object.string(TagTransportMessageHeaders, codePage);
    if (!headers.isEmpty()) {
        const mail::detail::HeaderBlock block = mail::detail::readHeaders(headers.toUtf8());
        const MailAddress internet = mail::parseAddresses(block.value("from")).value(0);
        if (isSmtp(internet.address)) {
            from.address = internet.address;
            if (from.name.isEmpty())
                from.name = internet.name;
        }
    }
    return from;
}

QString MessageReader::attachmentName(const MapiObject &attachment, int codePage)
{
    for (const quint16 tag : { TagAttachLongFilename, TagAttachFilename, TagDisplayName }) {
        if (QString name = safeFileName(attachment.string(tag, codePage)); !name.isEmpty())
            return name;
    }
    return {};
}

Texts MessageReader::texts(const MapiObject &object, int codePage, bool all) const
{
    Texts texts;
    texts.body = normaliseText(object.string(TagBody, codePage));
    if (!all && !texts.body.trimmed().isEmpty())
        return texts;
    if (const Property *html = object.find(TagHtml)) {
        if (html->type == PtUnicode) {
            texts.html = object.string(TagHtml, codePage);
        } else {
            const auto internet = object.integer(TagInternetCodepage);
            texts.html = decodeCodePage(html->bytes,
                                        internet && *internet > 0 ? int(*internet) : codePage);
        }
        texts.htmlText = htmlToText(texts.html);
    }
    if (!all && !texts.htmlText.trimmed().isEmpty())
        return texts;
    if (const QByteArray compressed = object.binary(TagRtfCompressed); !compressed.isEmpty()) {
        if (const auto rtf = decompressRtf(compressed, m_maxBytes)) {
            QString html;
            const QString text = rtfToText(*rtf, &html);
            if (!html.isEmpty() && texts.html.isEmpty()) {
                texts.html = html;
                texts.htmlText = text;
            } else if (html.isEmpty()) {
                texts.rtfText = text;
            }
        }
    }
    return texts;
}

MailMessage MessageReader::message(const MapiObject &object, int inheritedCodePage)
{
    const int codePage = codePageOf(object, inheritedCodePage);
    MailMessage mail;
    mail.subject = object.string(TagSubject, codePage).trimmed();
    mail.from = sender(object, codePage);
    for (const MapiObject &recipient : object.recipients) {
        const auto type = recipient.integer(TagRecipientType);
        if (type && (*type & 0xF) != 1)
            continue; // Cc, Bcc
        MailAddress to;
        to.name = recipient.string(TagDisplayName, codePage).trimmed();
        to.address = recipient.string(TagSmtpAddress, codePage).trimmed();
        if (to.address.isEmpty()
            && recipient.string(TagAddressType, codePage).compare(u"EX"_s, Qt::CaseInsensitive)
                != 0)
            to.address = recipient.string(TagEmailAddress, codePage).trimmed();
        if (!to.name.isEmpty() || !to.address.isEmpty())
            mail.to << to;
    }
    if (mail.to.isEmpty()) {
        const QStringList names
            = object.string(TagDisplayTo, codePage).split(u';', Qt::SkipEmptyParts);
        for (const QString &name : names)
            mail.to << MailAddress { name.trimmed(), QString() };
    }
    mail.date = systime(object, TagMessageDeliveryTime);
    if (!mail.date.isValid())
        mail.date = systime(object, TagClientSubmitTime);
    QString messageId = object.string(TagInternetMessageId, codePage).trimmed();
    if (messageId.startsWith(u'<') && messageId.endsWith(u'>'))
        messageId = messageId.sliced(1, messageId.size() - 2);
    mail.messageId = messageId;

    const Texts texts = this->texts(object, codePage, false);
    if (!texts.body.trimmed().isEmpty()) {
        mail.text = texts.body;
    } else if (!texts.htmlText.trimmed().isEmpty()) {
        mail.text = texts.htmlText;
        mail.textFromHtml = true;
    } else {
        mail.text = texts.rtfText;
    }

    for (const MapiObject &attachment : object.attachments) {
        MailAttachment part;
        part.fileName = attachmentName(attachment, codePage);
        if (!attachment.embedded.empty()) {
            const MapiObject &embedded = attachment.embedded.front();
            const int innerCodePage = codePageOf(embedded, codePage);
            // Named after its subject, as Outlook saves it.
            const QString subject = safeFileName(embedded.string(TagSubject, innerCodePage));
            part.fileName = safeFileName((subject.isEmpty() ? u"bericht"_s : subject) + u".msg"_s);
            part.contentType = u"application/vnd.ms-outlook"_s;
            part.content = embedded.file;
        } else {
            part.contentType = attachment.string(TagAttachMimeTag, codePage).trimmed().toLower();
            if (part.contentType.isEmpty())
                part.contentType = u"application/octet-stream"_s;
            part.content = attachment.binary(TagAttachDataBinary);
        }
        mail.attachments << std::move(part);
    }
    return mail;
}

// Everything readable, level by level, for MailScan.
class Scanner final : public mail::detail::ScanCollector
{
public:
    void message(const MapiObject &object, int level, int depth, int inheritedCodePage);

private:
    void attachment(const MapiObject &attachment, int level, int depth, int codePage,
                    const QString &subject);
};

void Scanner::message(const MapiObject &object, int level, int depth, int inheritedCodePage)
{
    const int codePage = codePageOf(object, inheritedCodePage);
    const QString subject = object.string(TagSubject, codePage);
    add(MailReadable::Kind::Subject, level, subject, {}, subject);
    const Texts texts = MessageReader(mail::maxScanBytes).texts(object, codePage, true);
    add(MailReadable::Kind::Text, level, subject, {}, texts.body);
    add(MailReadable::Kind::Text, level, subject, {}, texts.htmlText);
    add(MailReadable::Kind::Text, level, subject, {}, htmlAllText(texts.html));
    add(MailReadable::Kind::Text, level, subject, {}, texts.rtfText);
    for (const MapiObject &attachment : object.attachments)
        this->attachment(attachment, level, depth, codePage, subject);
}

void Scanner::attachment(const MapiObject &attachment, int level, int depth, int codePage,
                         const QString &subject)
{
    // Every name it has: the long and the short one and the one shown.
    QStringList names;
    for (const quint16 tag : { TagAttachLongFilename, TagAttachFilename, TagDisplayName }) {
        const QString name = safeFileName(attachment.string(tag, codePage));
        if (!name.isEmpty() && !names.contains(name)) {
            names << name;
            add(MailReadable::Kind::FileName, level, subject, name, name);
        }
    }
    for (const MapiObject &embedded : attachment.embedded)
        message(embedded, level + 1, depth + 1, codePage);
    const QByteArray data = attachment.binary(TagAttachDataBinary);
    if (data.isEmpty())
        return;
    const QString name = names.value(0);
    if (hasCompoundMagic(data) || nameEndsWith(name, { u".eml" })
        || MailMessage::looksLikeMail(name, data.first(std::min<qsizetype>(data.size(), 4096)))) {
        // An attached message saved as a file (.msg or .eml): read as one, a level deeper.
        if (depth + 1 > mail::maxScanDepth) {
            result.complete = false;
            return;
        }
        if (hasCompoundMagic(data)) {
            if (isOutlookFile(data))
                appendNested(&result, scanOutlook(data, depth + 1), level + 1);
            // else an Office document: only its name is read
        } else if (spend(data.size())) {
            appendNested(&result, mail::detail::scanRfc5322(data, depth + 1), level + 1);
        }
        return;
    }
    const bool html = nameEndsWith(name, { u".htm", u".html" });
    if (!html && !isTextPart(name, attachment.string(TagAttachMimeTag, codePage).toLower()))
        return; // a file that is not text: only its name is read
    if (!spend(data.size()))
        return;
    QString text = mail::decodeCharset(data, {});
    if (html) {
        add(MailReadable::Kind::Text, level, subject, name, htmlToText(text));
        add(MailReadable::Kind::Text, level, subject, name, htmlAllText(text));
    } else {
        add(MailReadable::Kind::Text, level, subject, name, normaliseText(std::move(text)));
    }
}

std::optional<MailMessage> refuse(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return std::nullopt;
}

} // namespace

std::optional<MailMessage> OutlookMessage::parse(QByteArrayView raw, QString *error)
{
    if (raw.isEmpty())
        //: Dutch: "Het bestand is leeg."
        return refuse(error,
                      QCoreApplication::translate("pd::OutlookMessage", "The file is empty."));
    const ReadResult read
        = readOutlookFile(raw, { mail::maxDepth, mail::maxParts, raw.size(), true });
    if (!read.message)
        //: %1 says why. Dutch: "Het Outlook-bericht kan niet worden gelezen: %1"
        return refuse(error,
                      QCoreApplication::translate("pd::OutlookMessage",
                                                  "The Outlook message cannot be read: %1")
                          .arg(read.problem));
    MailMessage mail = MessageReader(mail::maxScanBytes).message(*read.message, 1252);
    if (error)
        error->clear();
    return mail;
}

MailScan OutlookMessage::scan(QByteArrayView raw)
{
    return scanOutlook(raw, 0);
}

MailScan mail::outlook::scanOutlook(QByteArrayView raw, int depth)
{
    const ReadResult read = readOutlookFile(
        raw, { mail::maxScanDepth - depth, mail::maxScanParts, mail::maxScanBytes, false });
    Scanner scanner;
    if (!read.message) {
        scanner.result.complete = false;
        scanner.result.problem = read.problem;
        return std::move(scanner.result);
    }
    scanner.message(*read.message, 0, depth, 1252);
    scanner.result.complete = scanner.result.complete && read.complete;
    return std::move(scanner.result);
}

bool OutlookMessage::isOutlookMessage(QByteArrayView raw)
{
    return isOutlookFile(raw);
}

} // namespace pd
