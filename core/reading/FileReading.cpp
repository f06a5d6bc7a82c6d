#include "reading/FileReading.h"

#include "mail/MailFile.h"

#include <QFileInfo>

namespace pd {

namespace {

bool isMailPart(const MailAttachment &part)
{
    return part.contentType == QLatin1String("message/rfc822")
        || part.contentType == QLatin1String("message/global")
        || part.fileName.endsWith(QLatin1String(".eml"), Qt::CaseInsensitive)
        || MailFile::isOutlook(part.fileName, part.content);
}

// The PDFs attached to an e-mail (.eml or Outlook .msg) and to the messages forwarded or
// embedded in it, up to mail::maxDepth. message is raw already parsed.
void collectPdfs(const MailMessage &message, int level, const QString &subject,
                 QList<ReadPdf> *pdfs)
{
    for (const MailAttachment &part : message.attachments) {
        // A message first: the directory of an Outlook file may hold "%PDF-" in its first
        // 1024 bytes when a PDF is attached to it.
        if (isMailPart(part)) {
            if (level >= mail::maxDepth)
                continue;
            if (const std::optional<MailMessage> inner = MailFile::parse(part.content))
                collectPdfs(*inner, level + 1, inner->subject, pdfs);
        } else if (part.contentType == QLatin1String("application/pdf")
                   || FileReading::mediaTypeOf(part.fileName, part.content)
                       == QLatin1String("application/pdf")) {
            pdfs->append({ part.fileName, level, subject, PdfText::read(part.content) });
        }
    }
}

} // namespace

FileReading FileReading::readHere(const QString &name, QByteArrayView content)
{
    FileReading reading;
    reading.mediaType = mediaTypeOf(name, content);
    reading.isMail = reading.mediaType == QLatin1String("message/rfc822")
        || reading.mediaType == QLatin1String("application/vnd.ms-outlook");
    if (reading.isMail) {
        reading.scan = MailFile::scan(content);
        reading.message = MailFile::parse(content, &reading.messageError);
        if (reading.message)
            collectPdfs(*reading.message, 0, {}, &reading.pdfs);
    } else if (reading.mediaType == QLatin1String("application/pdf")) {
        reading.pdfs.append({ {}, 0, {}, PdfText::read(content) });
    }
    return reading;
}

QString FileReading::mediaTypeOf(const QString &name, QByteArrayView content)
{
    const QByteArrayView head = content.first(std::min<qsizetype>(content.size(), 4096));
    const QString suffix = QFileInfo(fileNameOnly(name)).suffix().toLower();
    if (head.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (head.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (head.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    if (head.startsWith("II*\0") || head.startsWith("MM\0*"))
        return QStringLiteral("image/tiff");
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return MailFile::isOutlook(name, content) ? QStringLiteral("application/vnd.ms-outlook")
                                                  : QStringLiteral("application/x-ole-storage");
    if (MailMessage::looksLikeMail(name, head))
        return QStringLiteral("message/rfc822");
    // "%PDF-" after a newline or junk: a PDF reader still opens it, so it is read as a PDF.
    if (PdfText::isPdf(head))
        return QStringLiteral("application/pdf");
    if (suffix == QLatin1String("txt"))
        return QStringLiteral("text/plain");
    if (suffix == QLatin1String("docx"))
        return QStringLiteral(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    return QStringLiteral("application/octet-stream");
}

QString FileReading::fileNameOnly(const QString &name)
{
    QString base = name;
    base.replace(u'\\', u'/');
    return base.section(u'/', -1).trimmed();
}

// In namespace pd itself, not an anonymous one: QDataStream's templates for QList find them
// by argument-dependent lookup, which does not see a using-directive.
static QDataStream &operator<<(QDataStream &out, const MailReadable &item)
{
    return out << quint8(item.kind) << qint32(item.level) << item.messageSubject << item.fileName
               << item.text;
}

static QDataStream &operator>>(QDataStream &in, MailReadable &item)
{
    quint8 kind = 0;
    qint32 level = 0;
    in >> kind >> level >> item.messageSubject >> item.fileName >> item.text;
    if (kind > quint8(MailReadable::Kind::Header))
        in.setStatus(QDataStream::ReadCorruptData);
    item.kind = MailReadable::Kind(kind);
    item.level = level;
    return in;
}

static QDataStream &operator<<(QDataStream &out, const MailScan &scan)
{
    return out << scan.items << scan.complete << scan.problem;
}

static QDataStream &operator>>(QDataStream &in, MailScan &scan)
{
    return in >> scan.items >> scan.complete >> scan.problem;
}

static QDataStream &operator<<(QDataStream &out, const MailAddress &address)
{
    return out << address.name << address.address;
}

static QDataStream &operator>>(QDataStream &in, MailAddress &address)
{
    return in >> address.name >> address.address;
}

static QDataStream &operator<<(QDataStream &out, const MailAttachment &part)
{
    return out << part.fileName << part.contentType << part.content;
}

static QDataStream &operator>>(QDataStream &in, MailAttachment &part)
{
    return in >> part.fileName >> part.contentType >> part.content;
}

static QDataStream &operator<<(QDataStream &out, const MailMessage &message)
{
    return out << message.subject << message.from << message.to << message.date << message.messageId
               << message.text << message.textFromHtml << message.attachments;
}

static QDataStream &operator>>(QDataStream &in, MailMessage &message)
{
    return in >> message.subject >> message.from >> message.to >> message.date >> message.messageId
        >> message.text >> message.textFromHtml >> message.attachments;
}

static QDataStream &operator<<(QDataStream &out, const ReadPdf &pdf)
{
    return out << pdf.fileName << qint32(pdf.level) << pdf.messageSubject << quint8(pdf.text.status)
               << qint32(pdf.text.pageCount) << pdf.text.pages << pdf.text.complete;
}

static QDataStream &operator>>(QDataStream &in, ReadPdf &pdf)
{
    qint32 level = 0;
    quint8 status = 0;
    qint32 pageCount = 0;
    in >> pdf.fileName >> level >> pdf.messageSubject >> status >> pageCount >> pdf.text.pages
        >> pdf.text.complete;
    if (status > quint8(PdfText::Status::Unreadable))
        in.setStatus(QDataStream::ReadCorruptData);
    pdf.level = level;
    pdf.text.status = PdfText::Status(status);
    pdf.text.pageCount = pageCount;
    return in;
}

namespace {

template<typename T> void writeOptional(QDataStream &out, const std::optional<T> &value)
{
    out << value.has_value();
    if (value)
        out << *value;
}

template<typename T> void readOptional(QDataStream &in, std::optional<T> *value)
{
    bool has = false;
    in >> has;
    value->reset();
    if (has) {
        T read;
        in >> read;
        *value = std::move(read);
    }
}

} // namespace

QDataStream &operator<<(QDataStream &out, const FileReading &reading)
{
    out << reading.mediaType << reading.isMail;
    writeOptional(out, reading.scan);
    writeOptional(out, reading.message);
    return out << reading.messageError << reading.pdfs;
}

QDataStream &operator>>(QDataStream &in, FileReading &reading)
{
    in >> reading.mediaType >> reading.isMail;
    readOptional(in, &reading.scan);
    readOptional(in, &reading.message);
    return in >> reading.messageError >> reading.pdfs;
}

} // namespace pd
