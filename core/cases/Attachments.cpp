#include "cases/Attachments.h"

#include "cases/AttachmentRepository.h"
#include "cases/AttachmentText.h"
#include "cases/CaseRepository.h"
#include "mail/MailFile.h"
#include "mail/MailMessage.h"
#include "organisation/OrganisationSettings.h"
#include "reading/ReaderProcess.h"
#include "session/Access.h"
#include "session/Session.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/OutputFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

using support::invalid;

const QString caseEntity = QStringLiteral("case");

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// The case's id, or 0 with *error set (NotFound, or the statement's failure).
qint64 caseIdOf(const QSqlDatabase &db, const QString &number, ServiceError *error)
{
    const std::optional<qint64> id = CaseRepository::idByNumber(db, number, error);
    if (!id)
        return 0;
    if (*id == 0)
        *error = { ServiceError::Code::NotFound,
                   AttachmentService::tr("There is no request with number %1.").arg(number),
                   {} };
    return *id;
}

QString fileNameOnly(const QString &name)
{
    return FileReading::fileNameOnly(name);
}

// A subject or file name to show in a refusal: every number that passes the BSN 11-proef
// replaced by its masked form, and not endless.
QString shown(const QString &text)
{
    constexpr qsizetype maxShown = 80;
    QString out = maskBsnNumbers(text.simplified());
    if (out.size() > maxShown)
        out = out.left(maxShown - 1) + u'…';
    return out;
}

// Where in an e-mail a piece of it is, as the refusal names it.
QString whereInMail(const MailReadable &item)
{
    const bool forwarded = item.level > 0;
    const QString message = shown(item.messageSubject);
    switch (item.kind) {
    case MailReadable::Kind::Subject:
        if (!forwarded)
            //: Dutch: "in het onderwerp van het e-mailbericht"
            return AttachmentService::tr("in the subject of the e-mail");
        //: Dutch: "in het onderwerp van het doorgestuurde bericht"
        return AttachmentService::tr("in the subject of the forwarded message");
    case MailReadable::Kind::Header: {
        // The field's name as mail programs print it: "From", "Reply-To".
        QString field = item.fileName;
        for (qsizetype k = 0; k < field.size(); ++k) {
            if (k == 0 || field.at(k - 1) == u'-')
                field[k] = field.at(k).toUpper();
        }
        if (!forwarded)
            //: %1 is a header field's name, e.g. "From". Dutch: "in het kopveld %1 van het
            //: e-mailbericht"
            return AttachmentService::tr("in the header field %1 of the e-mail").arg(field);
        //: Dutch: "in het kopveld %1 van het doorgestuurde bericht"
        return AttachmentService::tr("in the header field %1 of the forwarded message").arg(field);
    }
    case MailReadable::Kind::FileName:
        if (!forwarded)
            //: %1 is the file name, numbers in it masked.
            //: Dutch: "in de naam van bijlage “%1”"
            return AttachmentService::tr("in the name of attachment “%1”").arg(shown(item.text));
        //: %1 is the file name, %2 the subject of the forwarded message it is attached to.
        //: Dutch: "in de naam van bijlage “%1” van het doorgestuurde bericht “%2”"
        return AttachmentService::tr("in the name of attachment “%1” of the forwarded message “%2”")
            .arg(shown(item.text), message);
    case MailReadable::Kind::Text:
        if (!item.fileName.isEmpty()) {
            if (!forwarded)
                //: %1 is the name of a text file attached to the e-mail.
                //: Dutch: "in de tekst van bijlage “%1”"
                return AttachmentService::tr("in the text of attachment “%1”")
                    .arg(shown(item.fileName));
            //: Dutch: "in de tekst van bijlage “%1” van het doorgestuurde bericht “%2”"
            return AttachmentService::tr(
                       "in the text of attachment “%1” of the forwarded message “%2”")
                .arg(shown(item.fileName), message);
        }
        if (!forwarded)
            //: Dutch: "in de tekst van het e-mailbericht"
            return AttachmentService::tr("in the text of the e-mail");
        if (message.isEmpty())
            //: Dutch: "in de tekst van het doorgestuurde bericht"
            return AttachmentService::tr("in the text of the forwarded message");
        //: %1 is the subject of the forwarded message, numbers in it masked.
        //: Dutch: "in de tekst van het doorgestuurde bericht “%1”"
        return AttachmentService::tr("in the text of the forwarded message “%1”").arg(message);
    }
    return {};
}

// What the reader process read of file (core/reading): never the desk itself.
ReaderProcess::Result readingOf(const NewAttachment &file)
{
    return ReaderProcess::read(fileNameOnly(file.name), file.content);
}

// The scan of the e-mail that was read, with the text of the PDFs attached to it; nullopt for
// a file that is no e-mail.
std::optional<MailScan> scanOf(const FileReading &reading)
{
    std::optional<MailScan> scan = reading.scan;
    if (scan)
        AttachmentText::addToScan(reading.pdfs, &*scan);
    return scan;
}

// A word or line that suggests an identity document in a file's text: a PDF's pages, the text
// parts attached to an e-mail (its PDFs among them). *where says where, for the refusal.
QString identityHintInText(const QList<AttachmentText::Pdf> &pdfs,
                           const std::optional<MailScan> &scan, QString *where)
{
    QString hint;
    for (const AttachmentText::Pdf &pdf : pdfs) {
        if (!pdf.fileName.isEmpty())
            continue;
        if (hint = AttachmentText::identityHintIn(pdf.text, where); !hint.isEmpty())
            return hint;
    }
    if (!scan)
        return {};
    for (const MailReadable &item : scan->items) {
        if (item.kind != MailReadable::Kind::Text || item.fileName.isEmpty())
            continue;
        if (hint = AttachmentText::identityHint(item.text); !hint.isEmpty()) {
            *where = whereInMail(item);
            return hint;
        }
    }
    return {};
}

// Why file is refused for a number that passes the BSN 11-proef in its PDF text layer, or
// Code::None.
// Why a PDF that could not be read in full is not kept, or empty: one with a password, one
// that no reader opens, one past the limits of what is read. What cannot be read cannot be
// checked for a BSN or an identity document, so it is refused rather than kept unread. A scan
// (pages without text) is kept: the officer looks at the pictures.
QString unreadPdfRefusal(const PdfText &text, const QString &name)
{
    switch (AttachmentText::layerOf(text)) {
    case AttachmentText::Layer::Locked:
        //: Dutch: "De PDF %1 is beveiligd met een wachtwoord en kan dus niet worden
        //: gecontroleerd op een burgerservicenummer (BSN) en een identiteitsbewijs; hij wordt
        //: niet bewaard. Vraag de afzender om een versie zonder wachtwoord."
        return AttachmentService::tr(
                   "The PDF %1 is protected by a password and so cannot be checked for a citizen "
                   "service number (BSN) or an identity document; it is not kept. Ask the "
                   "sender for a version without a password.")
            .arg(name);
    case AttachmentText::Layer::Unreadable:
        //: Dutch: "De PDF %1 kan niet worden gelezen (hij is beschadigd of geen echte PDF) en
        //: dus niet worden gecontroleerd op een burgerservicenummer (BSN) en een
        //: identiteitsbewijs; hij wordt niet bewaard. Vraag de afzender om een ander bestand."
        return AttachmentService::tr(
                   "The PDF %1 cannot be read (it is damaged or no real PDF) and so cannot be "
                   "checked for a citizen service number (BSN) or an identity document; it is "
                   "not kept. Ask the sender for another file.")
            .arg(name);
    case AttachmentText::Layer::Partial:
        //: %n is the most pages read. Dutch: "De PDF %1 is te lang om helemaal te controleren
        //: op een burgerservicenummer (BSN) en een identiteitsbewijs (er worden ten hoogste %n
        //: pagina's gelezen) en wordt daarom niet bewaard. Bewaar de delen die ertoe doen als
        //: losse bestanden."
        return AttachmentService::tr(
                   "The PDF %1 is too long to be checked in full for a citizen service number "
                   "(BSN) or an identity document (at most %n page(s) are read), and is "
                   "therefore not kept. Keep the parts that matter as separate files.",
                   nullptr, pdf::maxPages)
            .arg(name);
    case AttachmentText::Layer::Read:
    case AttachmentText::Layer::None:
    case AttachmentText::Layer::NotApplicable:
        break;
    }
    return AttachmentText::unreadPartRefusal(text, name);
}

// The first PDF of the file (itself, or attached to the e-mail) that could not be read in full.
ServiceError unreadPdfsRefusal(const NewAttachment &file, const QList<AttachmentText::Pdf> &pdfs)
{
    for (const AttachmentText::Pdf &pdf : pdfs) {
        if (pdf.fileName.isEmpty()) {
            if (QString why = unreadPdfRefusal(pdf.text, shown(fileNameOnly(file.name)));
                !why.isEmpty())
                return invalid(why);
        } else if (QString why = unreadPdfRefusal(pdf.text, shown(pdf.fileName)); !why.isEmpty()) {
            //: %1 is the e-mail's file name, %2 why a PDF attached to it is not kept.
            //: Dutch: "Het e-mailbericht %1 wordt niet bewaard: %2"
            return invalid(AttachmentService::tr("The e-mail %1 is not kept: %2")
                               .arg(shown(fileNameOnly(file.name)), why));
        }
    }
    return {};
}

ServiceError pdfRefusalIn(const NewAttachment &file, const QList<AttachmentText::Pdf> &pdfs)
{
    if (pdfs.isEmpty() || !pdfs.first().fileName.isEmpty())
        return {};
    QStringList places;
    const QList<BsnFinding> findings = AttachmentText::bsnFindings(pdfs.first().text, &places);
    if (findings.isEmpty())
        return {};
    const QString why = findings.size() == 1
        //: %1 is the file name, %2 where with the masked number: "op pagina 2 (*****6782)".
        //: Dutch: "De PDF %1 wordt niet bewaard: er staat een nummer in dat voldoet aan de
        //: elfproef voor een burgerservicenummer (BSN), %2. Een woningcorporatie mag geen BSN
        //: vastleggen (art. 46 UAVG). Bewaar een kopie waarin het nummer ook uit de tekst is
        //: weggelakt."
        ? AttachmentService::tr("The PDF %1 is not kept: it contains a number that passes the "
                                "11-test for a citizen service number (BSN), %2. A housing "
                                "corporation may not record a BSN (art. 46 UAVG). Keep a copy "
                                "in which the number is blacked out in the text as well.")
        //: Dutch: "De PDF %1 wordt niet bewaard: er staan nummers in die voldoen aan de
        //: elfproef voor een burgerservicenummer (BSN), %2. Een woningcorporatie mag geen BSN
        //: vastleggen (art. 46 UAVG). Bewaar een kopie waarin de nummers ook uit de tekst
        //: zijn weggelakt."
        : AttachmentService::tr("The PDF %1 is not kept: it contains numbers that pass the "
                                "11-test for a citizen service number (BSN), %2. A housing "
                                "corporation may not record a BSN (art. 46 UAVG). Keep a copy "
                                "in which the numbers are blacked out in the text as well.");
    return { ServiceError::Code::BsnRefused,
             why.arg(shown(fileNameOnly(file.name)), places.join(QStringLiteral("; "))), findings };
}

// The first name that suggests an identity document: the file's, one inside the e-mail, or
// one in an archive or a PDF inside the file (FileReading::innerNames).
QString identityHintIn(const NewAttachment &file, const std::optional<MailScan> &scan,
                       const QStringList &innerNames, QString *partName)
{
    partName->clear();
    if (QString hint = AttachmentService::identityDocumentHint(file.name); !hint.isEmpty())
        return hint;
    QStringList names;
    for (const MailReadable &item : scan ? scan->items : QList<MailReadable>()) {
        if (item.kind == MailReadable::Kind::FileName)
            names << item.text;
    }
    names << innerNames;
    for (const QString &name : std::as_const(names)) {
        if (QString hint = AttachmentService::identityDocumentHint(name); !hint.isEmpty()) {
            *partName = name;
            return hint;
        }
    }
    return {};
}

QString identityRefusalIn(const NewAttachment &file, const std::optional<MailScan> &scan,
                          const QList<AttachmentText::Pdf> &pdfs, const FileReading *reading)
{
    const QString why = AttachmentService::tr(
        "Privacydesk never keeps a copy of an identity document: it carries "
        "the citizen service number (BSN), which the organisation may not "
        "record (art. 46 UAVG). Record that and how identity was checked on "
        "the Identification tab instead.");
    if (file.identityDocument)
        return AttachmentService::tr("%1 is a copy of an identity document. %2")
            .arg(fileNameOnly(file.name), why);
    if (reading && !reading->namesComplete)
        return AttachmentText::unreadArchiveRefusal(fileNameOnly(file.name),
                                                    reading->unreadArchive);
    if (file.confirmedNotIdentityDocument)
        return {};
    QString partName;
    const QString hint
        = identityHintIn(file, scan, reading ? reading->innerNames : QStringList(), &partName);
    if (QString where; hint.isEmpty()) {
        const QString inText = identityHintInText(pdfs, scan, &where);
        if (inText.isEmpty())
            return {};
        //: %1 is the file name, %2 what suggests it, %3 where ("op pagina 1"), %4 why.
        //: Dutch: "De tekst van %1 wijst op een kopie van een identiteitsbewijs (‘%2’, %3). %4
        //: Is het er geen, bevestig dat dan voordat u het bestand bewaart."
        return AttachmentService::tr("The text of %1 suggests a copy of an identity document "
                                     "(\"%2\", %3). %4 If it is not one, confirm that before "
                                     "keeping it.")
            .arg(fileNameOnly(file.name), inText, where, why);
    }
    return AttachmentService::tr("The name %1 suggests a copy of an identity document (\"%2\"). "
                                 "%3 If it is not one, confirm that before keeping it.")
        .arg(partName.isEmpty() ? fileNameOnly(file.name) : shown(partName), hint, why);
}

ServiceError mailRefusalIn(const NewAttachment &file, const std::optional<MailScan> &scan)
{
    if (!scan)
        return {};
    const QString name = shown(fileNameOnly(file.name));
    if (!scan->problem.isEmpty())
        //: %1 is the file name, %2 why it cannot be read.
        //: Dutch: "Het e-mailbericht %1 kan niet worden gelezen en dus niet worden gecontroleerd
        //: op een burgerservicenummer (BSN) en kopieën van identiteitsbewijzen; het wordt niet
        //: bewaard. %2"
        return invalid(AttachmentService::tr(
                           "The e-mail %1 cannot be read, and so cannot be checked for a citizen "
                           "service number (BSN) and copies of identity documents; it is not "
                           "kept. %2")
                           .arg(name, scan->problem));
    if (!scan->complete)
        //: %1 is the file name.
        //: Dutch: "Het e-mailbericht %1 is te diep genest of te groot om helemaal te controleren
        //: op een burgerservicenummer (BSN) en kopieën van identiteitsbewijzen, en wordt daarom
        //: niet bewaard. Bewaar de delen die ertoe doen als losse bestanden."
        return invalid(AttachmentService::tr(
                           "The e-mail %1 is too deeply nested or too large to be checked in full "
                           "for a citizen service number (BSN) and copies of identity documents, "
                           "and is therefore not kept. Keep the parts that matter as separate "
                           "files.")
                           .arg(name));
    QList<BsnFinding> findings;
    QStringList places;
    for (const MailReadable &item : scan->items) {
        const QList<BsnFinding> found = findBsnNumbers(item.text);
        if (found.isEmpty())
            continue;
        const QString where = whereInMail(item);
        for (BsnFinding finding : found) {
            finding.field = where;
            const QString place = QStringLiteral("%1 (%2)").arg(where, finding.masked);
            if (places.contains(place))
                continue; // an HTML part's text and source, or the same number twice
            places << place;
            findings << finding;
        }
    }
    if (findings.isEmpty())
        return {};
    const QString why = findings.size() == 1
        //: %1 is the file name, %2 where in the e-mail with the masked number, e.g. "in de
        //: tekst van het doorgestuurde bericht “Fwd: verzoek” (*****6782)".
        //: Dutch: "Het e-mailbericht %1 wordt niet bewaard: het bevat een nummer dat voldoet
        //: aan de elfproef voor een burgerservicenummer (BSN), %2. Een woningcorporatie mag
        //: geen BSN vastleggen (art. 46 UAVG). Bewaar in plaats daarvan een kopie zonder het
        //: nummer, bijvoorbeeld een PDF waarin het is weggelakt."
        ? AttachmentService::tr("The e-mail %1 is not kept: it contains a number that passes the "
                                "11-test for a citizen service number (BSN), %2. A housing "
                                "corporation may not record a BSN (art. 46 UAVG). Keep a copy "
                                "without the number instead, for example a PDF in which it is "
                                "blacked out.")
        //: %2 lists the places, each with its masked number, separated by semicolons.
        //: Dutch: "Het e-mailbericht %1 wordt niet bewaard: het bevat nummers die voldoen aan
        //: de elfproef voor een burgerservicenummer (BSN), %2. Een woningcorporatie mag geen
        //: BSN vastleggen (art. 46 UAVG). Bewaar in plaats daarvan een kopie zonder de
        //: nummers, bijvoorbeeld een PDF waarin ze zijn weggelakt."
        : AttachmentService::tr("The e-mail %1 is not kept: it contains numbers that pass the "
                                "11-test for a citizen service number (BSN), %2. A housing "
                                "corporation may not record a BSN (art. 46 UAVG). Keep a copy "
                                "without the numbers instead, for example a PDF in which they "
                                "are blacked out.");
    return { ServiceError::Code::BsnRefused, why.arg(name, places.join(QStringLiteral("; "))),
             findings };
}

} // namespace

AttachmentService::AttachmentService(const Session &session)
    : m_session(session)
{ }

QString AttachmentService::mediaTypeOf(const QString &name, QByteArrayView content)
{
    const QString type = FileReading::mediaTypeOf(fileNameOnly(name), content);
    // Whether a compound file is an Outlook item by another name is in its directory: the
    // reader reads that, not the desk. One it cannot read stays a compound file of no known
    // kind (and is refused when it is kept: readingOf()).
    if (type != QLatin1String("application/x-ole-storage"))
        return type;
    const ReaderProcess::Result read = ReaderProcess::read(fileNameOnly(name), content);
    return read.reading ? read.reading->mediaType : type;
}

bool AttachmentService::isMail(const QString &name, QByteArrayView content)
{
    const QString type = mediaTypeOf(name, content);
    return type == QLatin1String("message/rfc822")
        || type == QLatin1String("application/vnd.ms-outlook");
}

std::optional<NewAttachment> AttachmentService::readFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists()) {
        *error = tr("%1 does not exist.").arg(path);
        return std::nullopt;
    }
    if (!info.isFile()) {
        *error = tr("%1 is not an ordinary file.").arg(name);
        return std::nullopt;
    }
    // The size first: a file over the limit is never read.
    if (QString why = checkFile(name, info.size()); !why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 could not be read: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    NewAttachment read;
    read.name = name;
    // One byte more than allowed: a file that grew since it was measured is still refused.
    read.content = file.read(maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = tr("%1 could not be read: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    if (QString why = checkFile(name, read.content.size()); !why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    return read;
}

QString AttachmentService::checkFile(const QString &name, qint64 bytes)
{
    if (fileNameOnly(name).isEmpty())
        return tr("The file has no name.");
    if (bytes <= 0)
        return tr("%1 is empty.").arg(fileNameOnly(name));
    if (bytes > maxFileBytes)
        return tr("%1 is %2; a file kept with a request may be at most %3.")
            .arg(fileNameOnly(name), size(bytes), size(maxFileBytes));
    return {};
}

QString AttachmentService::identityDocumentRefusal(const NewAttachment &file)
{
    const ReaderProcess::Result read = readingOf(file);
    if (!read.reading)
        return read.refusal;
    return identityRefusalIn(file, scanOf(*read.reading), read.reading->pdfs, &*read.reading);
}

QString AttachmentService::identityDocumentTextHint(const NewAttachment &file, QString *where)
{
    const ReaderProcess::Result read = readingOf(file);
    if (!read.reading)
        return {}; // refused by mailContentRefusal() and at the insert
    return identityHintInText(read.reading->pdfs, scanOf(*read.reading), where);
}

QString AttachmentService::textLayerNotice(const QString &name, QByteArrayView content)
{
    const ReaderProcess::Result read = ReaderProcess::read(fileNameOnly(name), content);
    if (!read.reading)
        return read.refusal;
    return AttachmentText::notice(fileNameOnly(name), read.reading->mediaType, read.reading->pdfs);
}

QString AttachmentService::identityDocumentHint(const NewAttachment &file, QString *partName)
{
    const ReaderProcess::Result read = readingOf(file);
    return identityHintIn(file, read.reading ? read.reading->scan : std::nullopt,
                          read.reading ? read.reading->innerNames : QStringList(), partName);
}

ServiceError AttachmentService::mailContentRefusal(const NewAttachment &file)
{
    const ReaderProcess::Result read = readingOf(file);
    if (!read.reading)
        return invalid(read.refusal);
    if (ServiceError refused = pdfRefusalIn(file, read.reading->pdfs); refused.isError())
        return refused;
    if (ServiceError refused = mailRefusalIn(file, scanOf(*read.reading)); refused.isError())
        return refused;
    return unreadPdfsRefusal(file, read.reading->pdfs);
}

std::optional<MailMessage> AttachmentService::readMail(const QString &name, QByteArrayView content,
                                                       QString *why)
{
    const ReaderProcess::Result read = ReaderProcess::read(fileNameOnly(name), content);
    if (!read.reading) {
        *why = read.refusal;
        return std::nullopt;
    }
    if (!read.reading->message)
        *why = read.reading->messageError;
    return read.reading->message;
}

qint64 AttachmentService::storeLimitBytes() const
{
    return qint64(OrganisationSettings(m_session).security().attachmentStoreLimitMb) * 1024 * 1024;
}

std::optional<Attachment> AttachmentService::insert(UnitOfWork::Write &write, const Clock &clock,
                                                    qint64 caseId, const QString &caseNumber,
                                                    const NewAttachment &file, qint64 storeLimit,
                                                    ServiceError *error)
{
    const QString name = fileNameOnly(file.name);
    QString why = checkFile(name, file.content.size());
    // A file is read once, by the reader process, for all that is checked in it: the names
    // inside an e-mail, its texts, a PDF's text layer and those of the PDFs attached to an
    // e-mail. What the reader could not read is refused.
    const ReaderProcess::Result read = why.isEmpty() ? readingOf(file) : ReaderProcess::Result {};
    if (why.isEmpty() && !read.reading)
        why = read.refusal;
    const QList<AttachmentText::Pdf> pdfs
        = read.reading ? read.reading->pdfs : QList<AttachmentText::Pdf>();
    const std::optional<MailScan> scan = read.reading ? scanOf(*read.reading) : std::nullopt;
    if (why.isEmpty())
        why = identityRefusalIn(file, scan, pdfs, read.reading ? &*read.reading : nullptr);
    if (why.isEmpty()) {
        // A file name is stored text like any other: no BSN in it, no override. Refused the way
        // CaseService refuses a BSN, with the masked findings.
        const BsnGuard::GuardResult guarded
            = BsnGuard::check(name, tr("File name"), BsnCheck::Refuse);
        if (!guarded.allowed) {
            *error = { ServiceError::Code::BsnRefused, guarded.message, guarded.findings };
            return std::nullopt;
        }
        // So is what the e-mail says, at every level: refused, not masked (the original is
        // kept byte for byte or not at all).
        if (ServiceError refused = pdfRefusalIn(file, pdfs); refused.isError()) {
            *error = std::move(refused);
            return std::nullopt;
        }
        if (ServiceError refused = mailRefusalIn(file, scan); refused.isError()) {
            *error = std::move(refused);
            return std::nullopt;
        }
        // A BSN found is said first; then what could not be read at all.
        if (ServiceError refused = unreadPdfsRefusal(file, pdfs); refused.isError()) {
            *error = std::move(refused);
            return std::nullopt;
        }
    }
    if (!why.isEmpty()) {
        *error = invalid(why);
        return std::nullopt;
    }
    QJsonObject payload;
    QString where;
    if (file.confirmedNotIdentityDocument
        && (!identityDocumentHint(name).isEmpty()
            || !identityHintInText(pdfs, scan, &where).isEmpty()))
        payload.insert(QStringLiteral("confirmed_not_identity_document"), true);
    // What could be read of its text: "none" for a scan or a picture, which the
    // officer checks by eye.
    if (const QString layer
        = AttachmentText::code(AttachmentText::layerOf(read.reading->mediaType, pdfs));
        !layer.isEmpty())
        payload.insert(QStringLiteral("text_layer"), layer);
    NewAttachment named = file;
    named.name = name;
    return keep(write, clock, caseId, caseNumber, named, read.reading->mediaType, storeLimit,
                payload, error);
}

std::optional<Attachment> AttachmentService::insertOwn(UnitOfWork::Write &write, const Clock &clock,
                                                       qint64 caseId, const QString &caseNumber,
                                                       const NewAttachment &file,
                                                       const QString &mediaType, qint64 storeLimit,
                                                       ServiceError *error)
{
    return keep(write, clock, caseId, caseNumber, file, mediaType, storeLimit,
                { { QStringLiteral("made_by_privacydesk"), true } }, error);
}

bool AttachmentService::fits(const QSqlDatabase &db, qint64 storeLimit, const QString &name,
                             qint64 bytes, ServiceError *error)
{
    const auto used = AttachmentRepository::usedBytes(db, error);
    if (!used)
        return false;
    if (*used + bytes > storeLimit) {
        *error = invalid(tr("The store holds %1 of files and may hold at most %2: %3 (%4) does "
                            "not fit. The beheerder can raise the limit under Settings → "
                            "Security.")
                             .arg(size(*used), size(storeLimit), name, size(bytes)));
        return false;
    }
    return true;
}

std::optional<Attachment> AttachmentService::keep(UnitOfWork::Write &write, const Clock &clock,
                                                  qint64 caseId, const QString &caseNumber,
                                                  const NewAttachment &file,
                                                  const QString &mediaType, qint64 storeLimit,
                                                  QJsonObject payload, ServiceError *error)
{
    const QSqlDatabase db = write.session().store().database();
    const QString &name = file.name;
    if (!fits(db, storeLimit, name, file.content.size(), error))
        return std::nullopt;
    Attachment a;
    a.caseNumber = caseNumber;
    a.name = name;
    a.kind = file.kind;
    a.mediaType = mediaType;
    a.size = file.content.size();
    a.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(file.content, QCryptographicHash::Sha256).toHex());
    a.addedBy = write.session().userName();
    a.addedAt = clock.now();
    const std::optional<qint64> id
        = AttachmentRepository::insert(db, caseId, a, kindCode(a.kind), file.content, error);
    if (!id)
        return std::nullopt;
    a.id = *id;
    payload.insert(QStringLiteral("attachment"), QString::number(a.id));
    payload.insert(QStringLiteral("name"), a.name);
    payload.insert(QStringLiteral("kind"), kindCode(a.kind));
    payload.insert(QStringLiteral("media_type"), a.mediaType);
    payload.insert(QStringLiteral("size"), a.size);
    payload.insert(QStringLiteral("sha256"), a.sha256);
    write.record(caseEntity, caseNumber, QStringLiteral("case.attachment_added"), payload);
    return a;
}

std::optional<Attachment> AttachmentService::add(const QString &caseNumber,
                                                 const NewAttachment &file, ServiceError *error)
{
    const Session &session = m_session;
    UnitOfWork unit(session, Permission::EditCases, QStringLiteral("case.attachment_added"),
                    caseNumber);
    if (!unit.permit(error))
        return std::nullopt;
    const qint64 limit = storeLimitBytes();
    std::optional<Attachment> added;
    const bool written = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            const qint64 caseId = caseIdOf(m_session.store().database(), caseNumber, failure);
            if (caseId == 0)
                return false;
            added = insert(write, m_session.clock(), caseId, caseNumber, file, limit, failure);
            return added.has_value();
        },
        error);
    if (!written)
        return std::nullopt;
    return added;
}

std::optional<QList<Attachment>> AttachmentService::list(const QString &caseNumber,
                                                         ServiceError *error) const
{
    ServiceError ignored;
    ServiceError *err = error ? error : &ignored;
    if (!m_session.permitRead(Permission::ViewAllCases, QStringLiteral("case.attachments"),
                              caseNumber, err))
        return std::nullopt;
    *err = {};
    const QSqlDatabase db = m_session.store().database();
    if (caseIdOf(db, caseNumber, err) == 0)
        return std::nullopt;
    return AttachmentRepository::ofRequest(db, caseNumber, &AttachmentService::kind, err);
}

std::optional<QByteArray> AttachmentService::content(const QString &caseNumber, qint64 id,
                                                     ServiceError *error) const
{
    if (!m_session.permitRead(Permission::ViewAllCases, QStringLiteral("case.attachments"),
                              caseNumber, error))
        return std::nullopt;
    *error = {};
    std::optional<StoredAttachment> stored;
    if (!AttachmentRepository::content(m_session.store().database(), caseNumber, id, &stored,
                                       error))
        return std::nullopt;
    if (!stored) {
        *error = { ServiceError::Code::NotFound,
                   tr("Request %1 has no file %2.").arg(caseNumber).arg(id),
                   {} };
        return std::nullopt;
    }
    if (!stored->destroyedAt.isEmpty()) {
        *error = { ServiceError::Code::NotFound,
                   tr("This file was destroyed on %1 under the retention rules.")
                       .arg(QLocale().toString(organisationDay(QDateTime::fromString(
                                                   stored->destroyedAt, Qt::ISODateWithMs)),
                                               QLocale::ShortFormat)),
                   {} };
        return std::nullopt;
    }
    const QByteArray &bytes = stored->content;
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (sha != stored->sha256) {
        *error = { ServiceError::Code::Storage,
                   tr("The file %1 no longer matches its fingerprint: it was damaged in the "
                      "store.")
                       .arg(stored->name),
                   {} };
        return std::nullopt;
    }
    return bytes;
}

bool AttachmentService::saveCopy(const QString &caseNumber, qint64 id, const QString &path,
                                 bool overwrite, ServiceError *error)
{
    const QString refusal = OutputFile::refusal(path, overwrite, m_session.store().directory());
    if (!refusal.isEmpty()) {
        *error = invalid(refusal);
        return false;
    }
    const auto bytes = content(caseNumber, id, error);
    if (!bytes)
        return false;
    const bool existed = QFileInfo::exists(path);
    QString writeError;
    if (!OutputFile::write(path, *bytes, overwrite, m_session.store().directory(), &writeError)) {
        *error = { ServiceError::Code::Storage, writeError, {} };
        return false;
    }
    // Written: now recorded. If the record fails, the copy it would vouch for goes too.
    const auto undo = [&] {
        if (!existed)
            QFile::remove(path);
    };
    const Session &session = m_session;
    UnitOfWork unit(session, Permission::ViewAllCases, QStringLiteral("case.attachment_saved"),
                    caseNumber);
    const bool recorded = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *) {
            write.record(
                caseEntity, caseNumber, QStringLiteral("case.attachment_saved"),
                { { QStringLiteral("attachment"), QString::number(id) },
                  { QStringLiteral("sha256"),
                    QString::fromLatin1(
                        QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex()) } });
            return true;
        },
        error);
    if (!recorded)
        undo();
    return recorded;
}

} // namespace pd
