#include "reading/FileReading.h"

#include "mail/MailFile.h"
#include "reading/ArchiveNames.h"

#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <utility>

namespace pd {

namespace {

bool isMailPart(const MailAttachment &part)
{
    return part.contentType == QLatin1String("message/rfc822")
        || part.contentType == QLatin1String("message/global")
        || part.fileName.endsWith(QLatin1String(".eml"), Qt::CaseInsensitive)
        || MailFile::isOutlook(part.fileName, part.content);
}

// What the files embedded in a PDF (and in the files embedded in those) may take in all, as
// text read from them: past it an embedded file is not read whole, and so refused. With the
// names found inside the file on the way, at every level.
struct Budget
{
    qsizetype bytes = pdf::maxEmbeddedBytes;
    qsizetype chars = pdf::maxChars;
    QStringList names;
    bool namesComplete = true;
    QString unreadArchive;
};

// The names in a zip archive or a TNEF stream named name, if content is one.
void listNames(const QString &name, QByteArrayView content, Budget *budget)
{
    std::optional<QStringList> names;
    if (reading::isZip(content))
        names = reading::zipNames(content);
    else if (reading::isTnef(content))
        names = reading::tnefNames(content);
    else
        return;
    if (names) {
        budget->names << *names;
    } else if (budget->namesComplete) {
        budget->namesComplete = false;
        budget->unreadArchive = name;
    }
}

FileReading readAt(const QString &name, QByteArrayView content, int depth, Budget *budget);

// The text of a PDF: its pages and its parts (an embedded file's as read).
QStringList textsOf(const PdfText &text)
{
    QStringList texts = text.pages;
    for (const PdfPart &part : text.parts)
        texts << part.text;
    return texts;
}

bool wholeText(const PdfText &text)
{
    if (text.status != PdfText::Status::Read || !text.complete)
        return false;
    return std::all_of(text.parts.cbegin(), text.parts.cend(),
                       [](const PdfPart &part) { return part.read; });
}

// A file that is neither mail nor PDF nor picture: its text when it is one (UTF-8, or a text
// file's Latin-1), else nothing to read, as with such a file attached to an e-mail.
QString plainTextOf(const QString &name, QByteArrayView content)
{
    if (content.contains('\0'))
        return {};
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(content);
    if (!utf8.hasError())
        return text;
    static const QStringList textSuffixes { QStringLiteral("txt"),  QStringLiteral("csv"),
                                            QStringLiteral("json"), QStringLiteral("xml"),
                                            QStringLiteral("htm"),  QStringLiteral("html") };
    if (textSuffixes.contains(QFileInfo(name).suffix().toLower()))
        return QString::fromLatin1(content);
    return {};
}

// All that was read of an embedded file, as one text; *whole false when some of it could not
// be read.
QString textOf(const QString &name, QByteArrayView content, const FileReading &reading, bool *whole)
{
    QStringList texts;
    *whole = true;
    if (reading.isMail) {
        *whole = reading.scan && reading.scan->complete && reading.scan->problem.isEmpty();
        if (reading.scan) {
            for (const MailReadable &item : reading.scan->items)
                texts << item.text;
        }
    } else if (!reading.mediaType.startsWith(QLatin1String("image/"))
               && reading.mediaType != QLatin1String("application/pdf")) {
        texts << plainTextOf(name, content);
    }
    for (const ReadPdf &pdf : reading.pdfs) {
        texts << textsOf(pdf.text);
        *whole = *whole && wholeText(pdf.text);
    }
    texts.removeAll(QString());
    return texts.join(u'\n');
}

// A PDF read with the files it carries, each read as a file in its own right, to
// pdf::maxEmbedDepth deep. The bytes stay in the reader.
PdfText readPdf(QByteArrayView content, int depth, Budget *budget)
{
    PdfText text = PdfText::read(content);
    for (PdfPart &part : text.parts) {
        if (part.kind != PdfPart::Kind::EmbeddedFile)
            continue;
        const QByteArray bytes = std::exchange(part.content, {});
        if (!part.read)
            continue;
        if (depth + 1 > pdf::maxEmbedDepth || bytes.size() > budget->bytes) {
            part.read = false;
            continue;
        }
        budget->bytes -= bytes.size();
        budget->names << part.name;
        const FileReading inner = readAt(part.name, bytes, depth + 1, budget);
        part.text = textOf(part.name, bytes, inner, &part.read);
        if (part.text.size() > budget->chars) {
            part.text.clear();
            part.read = false;
        }
        budget->chars -= part.text.size();
    }
    return text;
}

// The PDFs attached to an e-mail (.eml or Outlook .msg) and to the messages forwarded or
// embedded in it, up to mail::maxDepth, and the names in the archives attached. message is raw
// already parsed.
void collectPdfs(const MailMessage &message, int level, const QString &subject, int depth,
                 Budget *budget, QList<ReadPdf> *pdfs)
{
    for (const MailAttachment &part : message.attachments) {
        // A message first: the directory of an Outlook file may hold "%PDF-" in its first
        // 1024 bytes when a PDF is attached to it.
        if (isMailPart(part)) {
            if (level >= mail::maxDepth)
                continue;
            if (const std::optional<MailMessage> inner = MailFile::parse(part.content))
                collectPdfs(*inner, level + 1, inner->subject, depth, budget, pdfs);
        } else if (part.contentType == QLatin1String("application/pdf")
                   || FileReading::mediaTypeOf(part.fileName, part.content)
                       == QLatin1String("application/pdf")) {
            pdfs->append({ part.fileName, level, subject, readPdf(part.content, depth, budget) });
        } else {
            listNames(part.fileName, part.content, budget);
        }
    }
}

// mediaTypeOf(), and in the reader only: a compound file that holds MAPI property streams is an
// Outlook item whatever its name.
QString readerMediaType(const QString &name, QByteArrayView content)
{
    const QString type = FileReading::mediaTypeOf(name, content);
    if (type == QLatin1String("application/x-ole-storage") && MailFile::isOutlook(name, content))
        return QStringLiteral("application/vnd.ms-outlook");
    return type;
}

// depth: how deep in PDFs the file is embedded (0: the file itself or an e-mail's attachment).
FileReading readAt(const QString &name, QByteArrayView content, int depth, Budget *budget)
{
    FileReading reading;
    reading.mediaType = readerMediaType(name, content);
    reading.isMail = reading.mediaType == QLatin1String("message/rfc822")
        || reading.mediaType == QLatin1String("application/vnd.ms-outlook");
    if (reading.isMail) {
        reading.scan = MailFile::scan(content);
        reading.message = MailFile::parse(content, &reading.messageError);
        if (reading.message)
            collectPdfs(*reading.message, 0, {}, depth, budget, &reading.pdfs);
    } else if (reading.mediaType == QLatin1String("application/pdf")) {
        reading.pdfs.append({ {}, 0, {}, readPdf(content, depth, budget) });
    } else {
        listNames(depth == 0 ? QString() : name, content, budget);
    }
    return reading;
}

} // namespace

FileReading FileReading::readHere(const QString &name, QByteArrayView content)
{
    Budget budget;
    FileReading reading = readAt(name, content, 0, &budget);
    reading.innerNames = std::move(budget.names);
    reading.namesComplete = budget.namesComplete;
    reading.unreadArchive = std::move(budget.unreadArchive);
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
    // A compound file's directory is not read here: the desk calls this too, and must not parse
    // an untrusted compound file. The reader tells a .msg by its directory (readerMediaType).
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return suffix == QLatin1String("msg") ? QStringLiteral("application/vnd.ms-outlook")
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

// Without its bytes: those stay in the reader.
static QDataStream &operator<<(QDataStream &out, const PdfPart &part)
{
    return out << quint8(part.kind) << qint32(part.page) << part.name << part.text << part.read;
}

static QDataStream &operator>>(QDataStream &in, PdfPart &part)
{
    quint8 kind = 0;
    qint32 page = 0;
    in >> kind >> page >> part.name >> part.text >> part.read;
    if (kind > quint8(PdfPart::Kind::EmbeddedFile))
        in.setStatus(QDataStream::ReadCorruptData);
    part.kind = PdfPart::Kind(kind);
    part.page = page;
    return in;
}

static QDataStream &operator<<(QDataStream &out, const ReadPdf &pdf)
{
    return out << pdf.fileName << qint32(pdf.level) << pdf.messageSubject << quint8(pdf.text.status)
               << qint32(pdf.text.pageCount) << pdf.text.pages << pdf.text.complete
               << pdf.text.parts;
}

static QDataStream &operator>>(QDataStream &in, ReadPdf &pdf)
{
    qint32 level = 0;
    quint8 status = 0;
    qint32 pageCount = 0;
    in >> pdf.fileName >> level >> pdf.messageSubject >> status >> pageCount >> pdf.text.pages
        >> pdf.text.complete >> pdf.text.parts;
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
    return out << reading.messageError << reading.pdfs << reading.innerNames
               << reading.namesComplete << reading.unreadArchive;
}

QDataStream &operator>>(QDataStream &in, FileReading &reading)
{
    in >> reading.mediaType >> reading.isMail;
    readOptional(in, &reading.scan);
    readOptional(in, &reading.message);
    return in >> reading.messageError >> reading.pdfs >> reading.innerNames >> reading.namesComplete
        >> reading.unreadArchive;
}

} // namespace pd
