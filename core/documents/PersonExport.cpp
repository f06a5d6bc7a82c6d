#include "documents/PersonExport.h"

#include "documents/PersonPortability.h"
#include "documents/PersonReportDocument.h"
#include "print/PrintedDocument.h"
#include "registers/Disclosures.h"
#include "registers/Recipients.h"
#include "session/Session.h"
#include "session/UnitOfWork.h"
#include "store/Store.h"
#include "util/Csv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>
#include <memory>
#include <optional>

namespace pd {

QStringList PersonExportTargets::files(const PersonReport &report) const
{
    QStringList result;
    if (!pdfPath.isEmpty())
        result << pdfPath;
    if (!jsonPath.isEmpty())
        result << jsonPath;
    if (!csvDirectory.isEmpty()) {
        const QDir dir(csvDirectory);
        for (const QString &name : PersonPortability::csvFileNames(report))
            result << dir.filePath(name);
    }
    return result;
}

QStringList PersonExportTargets::existingFiles(const PersonReport &report) const
{
    QStringList result;
    for (const QString &file : files(report)) {
        if (QFileInfo::exists(file))
            result << file;
    }
    return result;
}

PersonExport::PersonExport(const Session &session)
    : m_session(session)
{ }

namespace {

// Why the outputs cannot be written as chosen: the code the CLI reports and a translated
// sentence; nullopt when they can.
struct Refusal
{
    const char *code = nullptr;
    QString message;
};

std::optional<Refusal> targetsRefusal(const PersonExportTargets &targets,
                                      const PersonReport &report, const QStringList &paths)
{
    if (targets.isEmpty())
        return Refusal { "no-output",
                         PersonExport::tr("Choose at least one output: a PDF, a JSON file or a "
                                          "folder for the CSV files.") };
    QSet<QString> unique;
    for (const QString &path : paths)
        unique << QFileInfo(path).absoluteFilePath();
    if (unique.size() != paths.size())
        return Refusal { "no-output", PersonExport::tr("Give each output a file of its own.") };
    if (!targets.overwrite) {
        const QStringList existing = targets.existingFiles(report);
        if (!existing.isEmpty())
            return Refusal { "exists",
                             PersonExport::tr("%n file(s) exist already and were not "
                                              "overwritten: %1.",
                                              nullptr, static_cast<int>(existing.size()))
                                 .arg(existing.join(QStringLiteral(", "))) };
    }
    if (targets.encrypt && targets.pdfPath.isEmpty())
        //: Dutch: "Een versleuteld antwoord is een PDF: kies het PDF-bestand."
        return Refusal { "no-output",
                         PersonExport::tr("An encrypted answer is a PDF: choose the PDF file.") };
    if (targets.encrypt && (!targets.jsonPath.isEmpty() || !targets.csvDirectory.isEmpty()))
        //: Dutch: "Een versleuteld antwoord heeft de JSON- en CSV-bestanden in de PDF: laat het
        //: losse JSON-bestand en de CSV-map weg."
        return Refusal { "no-output",
                         PersonExport::tr("An encrypted answer carries the JSON and CSV files "
                                          "inside the PDF: leave out the separate JSON file and "
                                          "CSV folder.") };
    if (!targets.pdfPath.isEmpty()
        && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Refusal { "no-fonts",
                         PersonExport::tr("A PDF needs fonts, which this program did not load.") };
    if (!targets.csvDirectory.isEmpty() && !QDir().mkpath(targets.csvDirectory))
        return Refusal {
            "write",
            PersonExport::tr("The folder %1 could not be created.").arg(targets.csvDirectory)
        };
    return std::nullopt;
}

// The findings the officer chose to redact: how many, and in which fields.
struct Redactions
{
    int chosen = 0;
    QStringList fields;
    // The chosen findings' ids: hashes, never the text. The complaint dossier finds the same
    // findings again by them and keeps those fragments from the complainant too.
    QStringList ids;
};

Redactions chosenRedactions(const QList<ReviewFinding> &findings, const QSet<QString> &redactIds)
{
    Redactions result;
    for (const ReviewFinding &f : findings) {
        if (!redactIds.contains(f.id))
            continue;
        ++result.chosen;
        result.ids << f.id;
        if (!result.fields.contains(f.field))
            result.fields << f.field;
    }
    return result;
}

// What the JSON and CSV files leave out of the person's data (art. 20 covers only what is
// processed on consent or for a contract): the parts' codes for the audit event, their labels
// for the result.
struct LeftOut
{
    QStringList codes;
    QStringList labels;
    // Some part holds the person's data: else the files hold none of it, which the letters
    // must not hide.
    bool holdsData = false;
};

LeftOut portabilityLeftOut(const PersonReport &report)
{
    LeftOut result;
    for (const PortabilityPart &part : PersonPortability::scope(report)) {
        if (!part.included) {
            result.codes << part.code;
            result.labels << part.label;
        }
    }
    result.holdsData = PersonPortability::holdsData(report);
    return result;
}

// How many outputs the targets name: the PDF, the JSON file and the CSV folder.
int outputCount(const PersonExportTargets &targets)
{
    return static_cast<int>(!targets.pdfPath.isEmpty())
        + static_cast<int>(!targets.jsonPath.isEmpty())
        + static_cast<int>(!targets.csvDirectory.isEmpty());
}

// The person.exported event's payload: the formats written, the findings and what was redacted,
// the disclosures withheld and, for a portability export, the parts it left out (leftOut; null
// without one). Never the redacted text or the file names.
QJsonObject exportedPayload(const QStringList &formats, int findings, const Redactions &redactions,
                            int markers, int withheldDisclosures, const LeftOut *leftOut)
{
    QJsonObject payload {
        { QStringLiteral("formats"), QJsonArray::fromStringList(formats) },
        { QStringLiteral("findings"), findings },
        { QStringLiteral("redacted_findings"), redactions.chosen },
        { QStringLiteral("kept_findings"), findings - redactions.chosen },
        { QStringLiteral("redactions"), markers },
        { QStringLiteral("redacted_fields"), QJsonArray::fromStringList(redactions.fields) },
        { QStringLiteral("redacted_ids"), QJsonArray::fromStringList(redactions.ids) },
        { QStringLiteral("withheld_disclosures"), withheldDisclosures },
    };
    if (leftOut)
        payload.insert(QStringLiteral("portability_left_out"),
                       QJsonArray::fromStringList(leftOut->codes));
    return payload;
}

// A file of the export as written: where, its format ("pdf", "json", "csv") and SHA-256.
struct WrittenFile
{
    QString path;
    QString format;
    QString sha256;
};

// The outputs of one export, written but not committed until the export is recorded: a failure
// before the commit leaves no file; one during it removes the files already committed.
class PendingFiles final
{
public:
    QSaveFile *open(const QString &path, QString *error)
    {
        auto file = std::make_unique<QSaveFile>(path);
        if (!file->open(QIODevice::WriteOnly)) {
            *error = PersonExport::tr("Could not write %1: %2").arg(path, file->errorString());
            return nullptr;
        }
        m_files.push_back(std::move(file));
        return m_files.back().get();
    }

    bool write(const QString &path, const QByteArray &bytes, QString *error)
    {
        QSaveFile *file = open(path, error);
        if (!file)
            return false;
        if (file->write(bytes) != bytes.size()) {
            *error = PersonExport::tr("Could not write %1: %2").arg(path, file->errorString());
            return false;
        }
        m_written.append(
            { path, QFileInfo(path).suffix().toLower(),
              QString::fromLatin1(
                  QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) });
        return true;
    }

    // Every file written so far, in order.
    const QList<WrittenFile> &written() const { return m_written; }

    bool commit(QString *error)
    {
        for (const auto &file : m_files) {
            if (!file->commit()) {
                *error = PersonExport::tr("Could not write %1: %2")
                             .arg(file->fileName(), file->errorString());
                removeCommitted();
                return false;
            }
            m_committed << file->fileName();
        }
        return true;
    }

    void removeCommitted() const
    {
        for (const QString &path : m_committed)
            QFile::remove(path);
    }

private:
    std::vector<std::unique_ptr<QSaveFile>> m_files;
    QStringList m_committed;
    QList<WrittenFile> m_written;
};

// The portability export's files as the attachments of an encrypted answer: the
// JSON file and the CSV folder's files, byte for byte what a plain export writes.
QList<EmbeddedFile> embeddedExport(const PersonReport &redacted, const QDateTime &now)
{
    QList<EmbeddedFile> result { { QLatin1StringView(PersonExportTargets::embeddedJsonName),
                                   QStringLiteral("application/json"),
                                   PersonPortability::jsonFile(redacted, now) } };
    for (const auto &[name, bytes] : PersonPortability::csvFiles(redacted, now))
        result.append({ name,
                        name.endsWith(QLatin1StringView(".csv")) ? QStringLiteral("text/csv")
                                                                 : QStringLiteral("text/plain"),
                        bytes });
    return result;
}

// The inzage report as an A4 PDF among the pending files: the pages painted, 0 when it could
// not be written (*error says why). Made in memory first, so that its SHA-256 is that of the
// file written. With embedded it is sealed in memory with those files inside and
// *password set to the generated password: only the encrypted PDF is written.
int writeReportPdf(PendingFiles &files, const QString &path, const PersonReport &redacted,
                   PrintedDocument::Marking marking, const QList<EmbeddedFile> *embedded,
                   QString *password, QString *error)
{
    const QString title = PersonReportDocument::title();
    int pages = 0;
    QTextDocument document;
    PersonReportDocument::fillDocument(&document, redacted);
    QByteArray bytes = PrintedDocument::pdf(&document, title, marking, {}, &pages);
    if (pages == 0 || bytes.isEmpty()) {
        *error = PersonExport::tr("Could not write %1.").arg(path);
        return 0;
    }
    if (embedded) {
        bytes = EncryptedPdf::seal(bytes, *embedded, password, error);
        if (bytes.isEmpty())
            return 0;
    }
    if (!files.write(path, bytes, error))
        return 0;
    return pages;
}

// A file's entry in case.transmitted: its format, its name (empty: none) and SHA-256.
QJsonObject fingerprint(const QString &format, const QString &file, const QByteArray &bytes)
{
    QJsonObject entry {
        { QStringLiteral("format"), format },
        { QStringLiteral("sha256"),
          QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) }
    };
    if (!file.isEmpty())
        entry.insert(QStringLiteral("file"), file);
    return entry;
}

// What the trail records of an encrypted answer: that it went encrypted, how the
// password went, and each embedded file's name, format and SHA-256; never the password.
void addEncryption(QJsonObject *payload, const PersonExportTargets &targets,
                   const QList<EmbeddedFile> &embedded)
{
    if (!targets.encrypt)
        return;
    QJsonArray attachments;
    for (const EmbeddedFile &file : embedded) {
        QJsonObject entry = fingerprint(QFileInfo(file.name).suffix().toLower(), {}, file.bytes);
        entry.insert(QStringLiteral("name"), file.name);
        attachments.append(entry);
    }
    payload->insert(QStringLiteral("encrypted"), true);
    payload->insert(QStringLiteral("password_by"), EncryptedPdf::deliveryCode(targets.passwordBy));
    payload->insert(QStringLiteral("attachments"), attachments);
}

// The case.report_exported event's payload: the day, and each file's name (without
// its folder), format and SHA-256, so that the request's dossier can show which report was sent.
QJsonObject requestPayload(QDate day, const QList<WrittenFile> &written, int pdfPages)
{
    QJsonArray files;
    for (const WrittenFile &file : written)
        files.append(QJsonObject { { QStringLiteral("name"), QFileInfo(file.path).fileName() },
                                   { QStringLiteral("format"), file.format },
                                   { QStringLiteral("sha256"), file.sha256 } });
    return { { QStringLiteral("date"), day.toString(Qt::ISODate) },
             { QStringLiteral("files"), files },
             { QStringLiteral("pages"), pdfPages } };
}

bool isRequestOf(const PersonReport &report, const QString &number)
{
    return std::any_of(report.requests.cbegin(), report.requests.cend(),
                       [&number](const ReportRequest &r) { return r.request.number == number; });
}

// Why an export cannot be made for the request it names, or for the other controller it goes
// to (art. 20 lid 2): only a portability export (JSON or CSV) of a request goes there.
std::optional<Refusal> requestRefusal(const PersonExportTargets &targets,
                                      const PersonReport &report)
{
    if (!targets.forRequest.isEmpty() && !isRequestOf(report, targets.forRequest))
        return Refusal {
            "no-output",
            PersonExport::tr("%1 is not a request of this data subject.").arg(targets.forRequest)
        };
    // The export answers the request: a representative gets nothing without the mandate (or
    // the court's decision) recorded as received, as CaseWorkflow::checkComplete refuses a grant.
    for (const ReportRequest &r : report.requests) {
        if (r.request.number == targets.forRequest && r.request.awaitsMandate())
            //: Dutch: "%1 is gedaan door %2 als gemachtigde, en de machtiging (of de beschikking
            //: van de rechter) is niet als ontvangen vastgelegd: er gaat niets naar de
            //: gemachtigde. Leg eerst vast dat die binnen is."
            return Refusal { "mandate",
                             PersonExport::tr("%1 was made by %2 as a representative, and the "
                                              "mandate (or the court's decision) is not recorded "
                                              "as received: nothing goes to the representative. "
                                              "Record its receipt first.")
                                 .arg(targets.forRequest, r.request.representative.trimmed()) };
    }
    if (!targets.transmission.to.isEmpty()
        && (targets.transmission.requestNumber.isEmpty()
            || (targets.jsonPath.isEmpty() && targets.csvDirectory.isEmpty())))
        //: Dutch: "Een export voor een andere organisatie is een export voor overdraagbaarheid
        //: (JSON of CSV) bij een verzoek."
        return Refusal { "no-output",
                         PersonExport::tr("An export for another controller is a portability "
                                          "export (JSON or CSV) for a request.") };
    return std::nullopt;
}

// Why this export cannot be made, or nullopt: the role, the targets, the request it is made
// for, and a BSN in a file's name (the names are kept on the request's trail).
std::optional<Refusal> exportRefusal(UnitOfWork &unit, const PersonReport &report,
                                     const PersonExportTargets &targets, const QStringList &paths)
{
    if (ServiceError denied; !unit.permit(&denied))
        return Refusal { "denied", denied.message };
    if (std::optional<Refusal> refused = targetsRefusal(targets, report, paths))
        return refused;
    if (std::optional<Refusal> refused = requestRefusal(targets, report))
        return refused;
    if (!targets.forRequest.isEmpty()) {
        QList<std::pair<QString, QString>> names;
        for (const QString &path : paths)
            names.append({ PersonExport::tr("File name"), QFileInfo(path).fileName() });
        if (ServiceError guarded; !unit.guard(names, BsnCheck::Refuse, &guarded))
            return Refusal { "bsn", guarded.message };
    }
    return std::nullopt;
}

// The portability files (JSON, and the CSV folder's files), written uncommitted, each with its
// format in formats and its fingerprint for the other controller: the CSV folder's fixed names,
// never the name chosen for the JSON file.
bool writePortabilityFiles(PendingFiles &files, const PersonExportTargets &targets,
                           const PersonReport &redacted, const QDateTime &now,
                           const PersonPortability::Transmission *to, QJsonArray *fingerprints,
                           QStringList *formats, const std::function<void()> &step, QString *error)
{
    if (!targets.jsonPath.isEmpty()) {
        const QByteArray json = PersonPortability::jsonFile(redacted, now, to);
        if (!files.write(targets.jsonPath, json, error))
            return false;
        fingerprints->append(fingerprint(QStringLiteral("json"), {}, json));
        *formats << QStringLiteral("json");
        step();
    }
    if (!targets.csvDirectory.isEmpty()) {
        const QDir dir(targets.csvDirectory);
        for (const auto &[name, bytes] : PersonPortability::csvFiles(redacted, now, to)) {
            if (!files.write(dir.filePath(name), bytes, error))
                return false;
            fingerprints->append(fingerprint(QStringLiteral("csv"), name, bytes));
        }
        *formats << QStringLiteral("csv");
        step();
    }
    return true;
}

// The two events of an export: person.exported on the person's trail, case.report_exported on
// the request's (what the letters read: the files, whether the portability files hold the
// person's data, whether others' data were left out), and what the portability files leave out.
struct ExportRecord
{
    LeftOut leftOut;
    QJsonObject person;
    QJsonObject request;
};

ExportRecord exportRecord(const PersonReport &report, const PersonReport &redacted, int findings,
                          const Redactions &redactions, const PersonExportTargets &targets,
                          const QList<EmbeddedFile> &embedded, const QStringList &formats,
                          const QList<WrittenFile> &written, int pdfPages, QDate day)
{
    ExportRecord record;
    const bool portability
        = targets.encrypt || !targets.jsonPath.isEmpty() || !targets.csvDirectory.isEmpty();
    if (portability)
        record.leftOut = portabilityLeftOut(report);
    record.person
        = exportedPayload(formats, findings, redactions, redacted.redactions,
                          report.withheldDisclosures, portability ? &record.leftOut : nullptr);
    record.person.insert(QStringLiteral("withheld_notes"), report.withheldNotes);
    addEncryption(&record.person, targets, embedded);
    record.request = requestPayload(day, written, pdfPages);
    // Made for another controller, not for the data subject.
    if (!targets.transmission.to.isEmpty())
        record.request.insert(QStringLiteral("transmitted_to"), targets.transmission.to.name);
    addEncryption(&record.request, targets, embedded);
    if (portability) {
        record.request.insert(QStringLiteral("portable_data"), record.leftOut.holdsData);
        // What the files held, so that the decision names it and promises nothing more.
        record.request.insert(QStringLiteral("portable_fields"),
                              QJsonArray::fromStringList(PersonPortability::heldFields(redacted)));
    }
    // Whether other people's data were left out: the cover letter says so only then.
    record.request.insert(QStringLiteral("redactions"), redacted.redactions);
    return record;
}

// The export's events in the unit: person.exported on the person's trail, case.report_exported on
// the request's when made for one.
void recordExport(UnitOfWork::Write &write, const PersonReport &report,
                  const PersonExportTargets &targets, const ExportRecord &record)
{
    write.record(QStringLiteral("person"), QString::number(report.person.id),
                 QLatin1StringView(PersonExport::auditAction), record.person);
    if (!targets.forRequest.isEmpty())
        write.record(QStringLiteral("case"), targets.forRequest,
                     QLatin1StringView(PersonExport::requestAction), record.request);
}

// The data categories the portability files hold of the person: none when their details are
// left out (PersonPortability::scope).
QList<DataCategory> exportedData(const PersonReport &report)
{
    const QList<PortabilityPart> parts = PersonPortability::scope(report);
    const bool details = std::any_of(parts.cbegin(), parts.cend(), [](const PortabilityPart &p) {
        return p.code == QLatin1StringView("person") && p.included;
    });
    if (!details)
        return {};
    QList<DataCategory> data { DataCategory::Naw };
    if (!report.person.klantnummer.trimmed().isEmpty())
        data << DataCategory::Klantnummer;
    if (!report.person.phone.trimmed().isEmpty())
        data << DataCategory::Telefoonnummer;
    if (!report.person.email.trimmed().isEmpty())
        data << DataCategory::Emailadres;
    return data;
}

// The direct transmission as a disclosure to the receiving controller (ieder1): the
// next inzage names it among the recipients (art. 15(1)(c)). The controller is the catalogue's
// recipient of that name, or is added to it (category overig, its address as the contact).
// Made at the person's request (art. 20(2)), so the person knows of it that day.
bool recordTransmission(const Session &session, const PersonReport &report,
                        const PersonPortability::Transmission &to, ServiceError *error)
{
    RecipientService recipients(session);
    ServiceError lookup;
    std::optional<Recipient> recipient = recipients.findByName(to.to.name, &lookup);
    if (!recipient && lookup.code != ServiceError::Code::NotFound) {
        *error = lookup;
        return false;
    }
    if (!recipient) {
        Recipient added;
        added.name = to.to.name.simplified();
        added.category = RecipientCategory::Overig;
        added.role = RecipientRole::Ontvanger;
        added.contact = to.to.address.simplified();
        recipient = recipients.add(added, BsnCheck::Refuse, error);
        if (!recipient)
            return false;
    }
    Disclosure d;
    d.date = organisationDay(session.clock().now());
    d.recipientId = recipient->id;
    d.persons = { { report.person.id, {}, {} } };
    d.data = exportedData(report);
    // Stored texts are Dutch, as the officer types them in the register.
    d.dataText = QStringLiteral("Gegevensexport voor overdraagbaarheid (JSON/CSV) uit "
                                "Privacydesk; gegevens uit andere systemen zitten er niet in.");
    d.purpose = QStringLiteral("Rechtstreekse overdracht aan een andere "
                               "verwerkingsverantwoordelijke op verzoek van betrokkene");
    d.basis = LegalBasis::LegalObligation;
    d.basisText = QStringLiteral("Artikel 20 lid 2 AVG (recht op overdraagbaarheid)");
    d.requestedBy = QStringLiteral("Betrokkene (verzoek %1)").arg(to.requestNumber);
    d.caseNumber = to.requestNumber;
    d.informed = InformedStatus::Informed;
    d.informedOn = d.date;
    return DisclosureService(session).add(d, BsnCheck::Refuse, error).has_value();
}

// case.transmitted on the request's trail with the files' fingerprints, and after the unit's
// events the disclosure to that controller (ieder1).
void recordTransmitted(UnitOfWork::Write &write, const Session &session,
                       const PersonReport &redacted, const PersonPortability::Transmission &to,
                       const QJsonArray &fingerprints)
{
    write.record(QStringLiteral("case"), to.requestNumber, QStringLiteral("case.transmitted"),
                 { { QStringLiteral("to"), to.to.name },
                   { QStringLiteral("address"), to.to.address },
                   { QStringLiteral("files"), fingerprints } });
    write.then([session, &redacted, &to](ServiceError *error) {
        return recordTransmission(session, redacted, to, error);
    });
}

} // namespace

QString PersonExport::answeredRequest(const PersonReport &report, bool *several)
{
    QStringList open;
    for (const ReportRequest &r : report.requests) {
        const QList<RequestType> &types = r.request.types;
        if (isOpen(r.request.state)
            && (types.contains(RequestType::Inzage)
                || types.contains(RequestType::Overdraagbaarheid)))
            open << r.request.number;
    }
    if (several)
        *several = open.size() > 1;
    return open.size() == 1 ? open.constFirst() : QString();
}

PersonExportResult PersonExport::write(const PersonReport &report,
                                       const QList<ReviewFinding> &findings,
                                       const QSet<QString> &redactIds,
                                       const PersonExportTargets &targets,
                                       const std::function<void(int, int)> &progress)
{
    PersonExportResult result;
    const auto fail = [&result](const char *code, const QString &message) {
        result.errorCode = QLatin1StringView(code);
        result.error = message;
        result.written.clear();
        result.pdfPages = 0;
        result.password.clear();
        return result;
    };
    UnitOfWork unit(m_session, Permission::ProduceDocuments, QStringLiteral("person.export"),
                    QString::number(report.person.id));
    const QStringList paths = targets.files(report);
    if (const std::optional<Refusal> refused = exportRefusal(unit, report, targets, paths))
        return fail(refused->code, refused->message);
    const PersonPortability::Transmission *to
        = targets.transmission.to.isEmpty() ? nullptr : &targets.transmission;
    QJsonArray fingerprints;
    const PersonReport redacted = PersonReview::redact(report, findings, redactIds);
    const Redactions redactions = chosenRedactions(findings, redactIds);
    const int total = outputCount(targets) + 1;
    int done = 0;
    const auto step = [&] {
        if (progress)
            progress(++done, total);
    };

    // Everything is written, uncommitted, before anything is recorded.
    PendingFiles files;
    QStringList formats;
    QString error;
    const QList<EmbeddedFile> embedded = targets.encrypt
        ? embeddedExport(redacted, m_session.clock().now())
        : QList<EmbeddedFile> {};
    if (!targets.pdfPath.isEmpty()) {
        result.pdfPages = writeReportPdf(
            files, targets.pdfPath, redacted, PrintedDocument::marking(m_session.store()),
            targets.encrypt ? &embedded : nullptr, &result.password, &error);
        if (result.pdfPages == 0)
            return fail("write", error);
        formats << QStringLiteral("pdf");
        if (targets.encrypt)
            formats << QStringLiteral("json") << QStringLiteral("csv");
        step();
    }
    if (!writePortabilityFiles(files, targets, redacted, m_session.clock().now(), to, &fingerprints,
                               &formats, step, &error))
        return fail("write", error);

    // Recorded with the person, and the files committed inside the same unit: a failure of
    // either undoes both.
    const ExportRecord record = exportRecord(
        report, redacted, static_cast<int>(findings.size()), redactions, targets, embedded, formats,
        files.written(), result.pdfPages, organisationDay(m_session.clock().now()));
    bool filesCommitted = false;
    QString writeError;
    ServiceError failure;
    const bool recorded = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *why) {
            if (to)
                recordTransmitted(write, m_session, redacted, *to, fingerprints);
            recordExport(write, report, targets, record);
            if (!files.commit(&writeError)) {
                *why = { ServiceError::Code::Storage, writeError };
                return false;
            }
            filesCommitted = true;
            return true;
        },
        &failure);
    if (!recorded) {
        if (filesCommitted)
            files.removeCommitted();
        return writeError.isEmpty() ? fail("audit", failure.message) : fail("write", writeError);
    }
    step();
    result.written = paths;
    result.leftOut = record.leftOut.labels;
    result.redactions = redacted.redactions;
    result.findings = static_cast<int>(findings.size());
    result.redactedFindings = redactions.chosen;
    for (const EmbeddedFile &file : embedded)
        result.embedded << file.name;
    return result;
}

bool PersonExport::record(const PersonReport &report, const PersonExportTargets &targets,
                          const QList<std::pair<QString, QByteArray>> &files, int pdfPages,
                          ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::ProduceDocuments, QStringLiteral("person.export"),
                    QString::number(report.person.id));
    if (!unit.permit(error))
        return false;
    if (const std::optional<Refusal> refused = requestRefusal(targets, report)) {
        *error = { ServiceError::Code::Invalid, refused->message };
        return false;
    }
    QList<WrittenFile> written;
    QStringList formats;
    for (const auto &[name, bytes] : files) {
        const QString format = QFileInfo(name).suffix().toLower();
        written.append(
            { name, format,
              QString::fromLatin1(
                  QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) });
        if (!formats.contains(format))
            formats << format;
    }
    const ExportRecord record = exportRecord(report, report, 0, {}, targets, {}, formats, written,
                                             pdfPages, organisationDay(m_session.clock().now()));
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *) {
            recordExport(write, report, targets, record);
            return true;
        },
        error);
}

} // namespace pd
