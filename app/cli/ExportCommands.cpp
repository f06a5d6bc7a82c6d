// privacydesk-cli export person …: the inzage report (PDF) and the portability export (JSON,
// CSV) of one data subject, after the officer decided on every fragment of other people's data.

#include "CliContext.h"
#include "cases/CaseService.h"
#include "documents/PersonExport.h"
#include "documents/PersonReport.h"
#include "documents/PersonReview.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace pd::cli {

// Static members so that lupdate sees every tr() in one context.
class ExportCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::ExportCommands)
public:
    // --json is the common "print JSON" switch; for an export it names the JSON file, so the
    // file is the argument that follows it on the command line.
    static QString jsonFileArgument(const QStringList &positional)
    {
        const QStringList raw = QCoreApplication::arguments();
        for (qsizetype i = 1; i + 1 < raw.size(); ++i) {
            if (raw.at(i) == QLatin1StringView("--json") && !raw.at(i + 1).startsWith(u'-')
                && positional.contains(raw.at(i + 1)))
                return raw.at(i + 1);
        }
        return {};
    }

    static void printFindings(const QList<ReviewFinding> &findings, bool json)
    {
        if (json) {
            printJsonArray(findings, [&](const ReviewFinding &f) {
                return QJsonObject { { QStringLiteral("id"), f.id },
                                     { QStringLiteral("kind"), ReviewFinding::code(f.kind) },
                                     { QStringLiteral("field"), f.field },
                                     { QStringLiteral("field_label"), f.fieldLabel },
                                     { QStringLiteral("text"), f.text },
                                     { QStringLiteral("context"), f.context } };
            });
            return;
        }
        if (findings.isEmpty()) {
            CliContext::printLine(tr("No data of other people found."));
            return;
        }
        for (const ReviewFinding &f : findings) {
            CliContext::printLine(
                QStringLiteral("%1  %2: %3  (%4)")
                    .arg(f.id, ReviewFinding::label(f.kind), f.text, f.fieldLabel));
            CliContext::printLine(QStringLiteral("           ") + f.context);
        }
    }

    // What export person was asked: whose data, where to, and the officer's decisions on the
    // findings (at most one of redactIds, redactAll, keepAll).
    struct PersonRequest
    {
        QString subject; // a customer number or request number
        bool listFindings = false;
        bool json = false; // with listFindings: the findings as JSON
        PersonExportTargets targets;
        QStringList redactIds;
        bool redactAll = false;
        bool keepAll = false;
        int decisions = 0;
        bool transmit = false; // for the controller the request names (art. 20(2) GDPR)
    };

    // --encrypt and --password-by into the targets: Success, or the usage error.
    static int readEncryption(const QCommandLineParser &p, PersonRequest *request)
    {
        PersonExportTargets &targets = request->targets;
        const auto delivery = passwordDelivery(p, &targets.encrypt);
        if (!delivery)
            return UsageError;
        if (!targets.encrypt)
            return Success;
        if (targets.pdfPath.isEmpty())
            //: Dutch: "--encrypt maakt één versleutelde PDF: geef --pdf BESTAND."
            return CliContext::usage(tr("--encrypt makes one encrypted PDF: give --pdf FILE."));
        if (!targets.jsonPath.isEmpty() || !targets.csvDirectory.isEmpty() || request->transmit)
            //: Dutch: "--encrypt zet de JSON- en CSV-bestanden in de PDF: laat --json, --csv-dir
            //: en --transmit weg."
            return CliContext::usage(tr("--encrypt puts the JSON and CSV files inside the PDF: "
                                        "leave out --json, --csv-dir and --transmit."));
        targets.passwordBy = *delivery;
        return Success;
    }

    // The command line read into *request: Success, or the usage error printed.
    static int readPersonRequest(const QCommandLineParser &p, PersonRequest *request)
    {
        request->listFindings = p.isSet(QStringLiteral("findings"));
        request->json = p.isSet(QStringLiteral("json"));
        QStringList arguments = p.positionalArguments();
        QString jsonPath;
        if (!request->listFindings && p.isSet(QStringLiteral("json"))) {
            jsonPath = jsonFileArgument(arguments);
            if (jsonPath.isEmpty())
                return CliContext::usage(tr("--json needs the name of the JSON file to write."));
            arguments.removeOne(jsonPath);
        }
        if (arguments.size() != 1)
            return CliContext::usage(
                tr("export person needs one customer number (or request number)."));
        request->subject = arguments.first();
        const QString pdfPath = p.value(QStringLiteral("pdf"));
        const QString csvDirectory = p.value(QStringLiteral("csv-dir"));
        for (const QString &value : p.values(QStringLiteral("redact")))
            request->redactIds += value.split(u',', Qt::SkipEmptyParts);
        for (QString &id : request->redactIds)
            id = id.trimmed();
        request->redactAll = p.isSet(QStringLiteral("redact-all"));
        request->keepAll = p.isSet(QStringLiteral("keep-all"));
        const int decisions = static_cast<int>(p.isSet(QStringLiteral("redact")))
            + static_cast<int>(request->redactAll) + static_cast<int>(request->keepAll);
        request->decisions = decisions;
        if (decisions > 1)
            return CliContext::usage(tr("Choose one of --redact ID,ID, --redact-all and "
                                        "--keep-all."));
        if (request->listFindings
            && (!pdfPath.isEmpty() || !csvDirectory.isEmpty() || decisions > 0))
            return CliContext::usage(tr("--findings only lists the findings; leave out the "
                                        "outputs and the decisions."));
        if (!request->listFindings && pdfPath.isEmpty() && jsonPath.isEmpty()
            && csvDirectory.isEmpty())
            return CliContext::usage(
                tr("export person needs --pdf FILE, --json FILE or --csv-dir FOLDER."));
        request->targets.pdfPath = pdfPath;
        request->targets.jsonPath = jsonPath;
        request->targets.csvDirectory = csvDirectory;
        request->targets.overwrite = p.isSet(QStringLiteral("overwrite"));
        request->transmit = p.isSet(QStringLiteral("transmit"));
        if (const int code = readEncryption(p, request); code != Success)
            return code;
        if (request->transmit && jsonPath.isEmpty() && csvDirectory.isEmpty())
            //: Dutch: "--transmit maakt de export voor overdraagbaarheid: geef --json BESTAND of
            //: --csv-dir MAP."
            return CliContext::usage(tr("--transmit makes the data export: give --json FILE or "
                                        "--csv-dir FOLDER."));
        return Success;
    }

    static int runPerson(CliContext &context)
    {
        PersonRequest request;
        if (const int code = readPersonRequest(context.parser(), &request); code != Success)
            return code;

        const Session *session = context.openSession();
        if (!session)
            return Failure;
        const PersonReportLoader loader(*session);
        ServiceError error;
        const auto personId = loader.findPerson(request.subject, &error);
        if (error.isError())
            return CliContext::readFailure(error, false);
        if (!personId)
            return CliContext::fail(
                tr("No data subject with customer number or request number %1. [not-found]")
                    .arg(request.subject));
        if (request.transmit) {
            if (const int code = transmission(*session, *personId, &request); code != Success)
                return code;
        }
        const auto report = loader.load(*personId, &error);
        if (!report)
            return error.code == ServiceError::Code::Storage
                ? CliContext::readFailure(error, false)
                : CliContext::fail(error.message + QStringLiteral(" [not-found]"));
        const auto found = PersonReview(*session).findings(*report, &error);
        if (!found)
            return CliContext::readFailure(error, false);
        if (request.listFindings) {
            printFindings(*found, request.json);
            return Success;
        }
        return writePerson(*session, *report, *found, request);
    }

    // --transmit: the request (the subject given) names the controller its export goes to
    // directly (art. 20(2) GDPR; case transmit); the export is made for it.
    static int transmission(const Session &session, qint64 personId, PersonRequest *request)
    {
        ServiceError error;
        const auto c = CaseService(session).find(request->subject.trimmed().toUpper(), &error);
        if (!c && error.code != ServiceError::Code::NotFound)
            return CliContext::readFailure(error, false);
        if (!c || c->person.id != personId)
            //: Dutch: "--transmit hoort bij het nummer van een verzoek om overdraagbaarheid,
            //: niet bij een klantnummer."
            return CliContext::usage(tr("--transmit goes with the number of a portability "
                                        "request, not with a customer number."));
        if (c->transmitTo.isEmpty())
            //: Dutch: "Verzoek %1 noemt geen ontvangende organisatie: leg die eerst vast met
            //: case transmit."
            return CliContext::fail(tr("Request %1 names no receiving controller: record it first "
                                       "with case transmit. [no-recipient]")
                                        .arg(c->number));
        request->targets.transmission = { c->transmitTo, c->number };
        return Success;
    }

    // The export written with the officer's decisions on the findings, and what it holds said.
    static int writePerson(const Session &session, const PersonReport &report,
                           const QList<ReviewFinding> &findings, const PersonRequest &request)
    {
        if (!findings.isEmpty() && request.decisions == 0)
            return CliContext::fail(
                tr("The notes and texts of this data subject hold %n fragment(s) that may be "
                   "other people's data. Review them first with: export person %1 --findings; "
                   "then choose --redact ID,ID, --redact-all or --keep-all. [review-needed]",
                   nullptr, static_cast<int>(findings.size()))
                    .arg(request.subject));
        if (const QStringList unknown = PersonReview::unknownIds(findings, request.redactIds);
            !unknown.isEmpty())
            return CliContext::fail(tr("Unknown finding(s) %1: the texts may have changed; list "
                                       "the findings again with --findings. [unknown-finding]",
                                       nullptr, static_cast<int>(unknown.size()))
                                        .arg(unknown.join(QStringLiteral(", "))));
        QSet<QString> chosen;
        if (request.redactAll) {
            for (const ReviewFinding &f : findings)
                chosen << f.id;
        } else if (!request.keepAll) {
            chosen = QSet<QString>(request.redactIds.cbegin(), request.redactIds.cend());
        }
        // Named by a request number, the export is made for that request and recorded on its
        // trail too.
        PersonExportTargets targets = request.targets;
        const QString number = request.subject.trimmed().toUpper();
        bool several = false;
        if (std::any_of(report.requests.cbegin(), report.requests.cend(),
                        [&number](const ReportRequest &r) { return r.request.number == number; }))
            targets.forRequest = number;
        else if (targets.transmission.to.isEmpty())
            // Named by the customer number: made for the person's one open access or
            // portability request, so that its AP dossier shows what was sent.
            targets.forRequest = PersonExport::answeredRequest(report, &several);
        const PersonExportResult result
            = PersonExport(session).write(report, findings, chosen, targets);
        if (!result.ok())
            return CliContext::fail(result.error + QStringLiteral(" [%1]").arg(result.errorCode));
        for (const QString &file : result.written)
            CliContext::printLine(file);
        if (!result.password.isEmpty()) {
            //: Dutch: "In de PDF: %1."
            CliContext::printLine(
                tr("Inside the PDF: %1.").arg(result.embedded.join(QStringLiteral(", "))));
            printAnswerPassword(result.password, targets.passwordBy);
        }
        if (!targets.forRequest.isEmpty() && targets.forRequest != number)
            //: Dutch: "Vastgelegd bij verzoek %1."
            CliContext::printLine(tr("Recorded on request %1.").arg(targets.forRequest));
        else if (several)
            //: Dutch: "Let op: niet bij een verzoek vastgelegd, want deze betrokkene heeft meer dan
            //: één open verzoek om inzage of overdraagbaarheid. Noem het verzoek: export person
            //: AVG-JJJJ-NNNN."
            CliContext::printError(
                tr("Note: not recorded on a request, because this data subject has more than one "
                   "open request for access or portability. Name the request: export person "
                   "AVG-YYYY-NNNN."));
        CliContext::printLine(tr("%n of %1 finding(s) redacted.", nullptr, result.redactedFindings)
                                  .arg(result.findings));
        if (!result.leftOut.isEmpty())
            CliContext::printLine(tr("Left out of the data export (not on consent or contract, "
                                     "article 20 GDPR): %1.")
                                      .arg(result.leftOut.join(QStringLiteral("; "))));
        if (report.withheldDisclosures > 0)
            CliContext::printError(
                tr("Note: %n disclosure(s) are not in the export, because the law forbids "
                   "telling the data subject about them.",
                   nullptr, report.withheldDisclosures));
        return Success;
    }
};

QList<Command> exportCommands()
{
    return {
        command("export person",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Write the access report (--pdf FILE) and the data export "
                                  "(--json FILE, --csv-dir FOLDER) of a data subject; list other "
                                  "people's data in it first with --findings."),
                "KLANTNUMMER",
                QList<QCommandLineOption> {
                    option(QStringLiteral("pdf"),
                           QT_TRANSLATE_NOOP("pd::cli", "Write the access report as PDF to FILE."),
                           QT_TRANSLATE_NOOP("pd::cli", "FILE")),
                    option(QStringLiteral("csv-dir"),
                           QT_TRANSLATE_NOOP("pd::cli",
                                             "Write the data export (article 20 GDPR: only what "
                                             "is processed on consent or contract) to FOLDER: "
                                             "persons.csv and LEESMIJ.txt, which says what is "
                                             "left out and why."),
                           QT_TRANSLATE_NOOP("pd::cli", "FOLDER")),
                    option(QStringLiteral("findings"),
                           QT_TRANSLATE_NOOP("pd::cli",
                                             "Only list the fragments that may be other "
                                             "people's data, with their ids (--json: as "
                                             "JSON).")),
                    option(QStringLiteral("redact"),
                           QT_TRANSLATE_NOOP("pd::cli",
                                             "Redact these findings (comma-separated ids); "
                                             "keep the others."),
                           QT_TRANSLATE_NOOP("pd::cli", "ids")),
                    option(QStringLiteral("redact-all"),
                           QT_TRANSLATE_NOOP("pd::cli", "Redact every finding.")),
                    option(QStringLiteral("keep-all"),
                           QT_TRANSLATE_NOOP("pd::cli", "Keep every finding as it is.")),
                    overwriteFilesOption(),
                    option(QStringLiteral("transmit"),
                           QT_TRANSLATE_NOOP("pd::cli",
                                             "Make the data export for the controller the "
                                             "request names (case transmit; art. 20(2) "
                                             "GDPR): give the request's number; its SHA-256 is "
                                             "recorded on the request (case.transmitted).")) }
                    + encryptOptions(QT_TRANSLATE_NOOP(
                        "pd::cli",
                        "Write the answer as one encrypted PDF (--pdf FILE; PDF 2.0, AES-256) with "
                        "the JSON and CSV files inside as attachments, instead of --json and "
                        "--csv-dir; the generated password is printed once on stderr and kept "
                        "nowhere.")),
                ExportCommands::runPerson),
    };
}

} // namespace pd::cli
