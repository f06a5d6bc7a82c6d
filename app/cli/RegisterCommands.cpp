// privacydesk-cli register …: the register of processing activities (art. 30 AVG).

#include "CliContext.h"
#include "documents/ProcessingRegisterExport.h"
#include "organisation/OrganisationSettings.h"
#include "registers/ProcessingRegister.h"
#include "util/Clock.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace pd::cli {

// Static members so that lupdate sees every tr() in one context.
class RegisterCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::RegisterCommands)
public:
    static int runList(CliContext &context)
    {
        const auto store = context.openStore();
        if (!store)
            return Failure;
        ServiceError readError;
        const QList<ProcessingActivity> activities = ProcessingRegister(*store).list(&readError);
        if (readError.isError())
            return CliContext::readFailure(readError);
        if (context.parser().isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const ProcessingActivity &a : activities)
                array.append(ProcessingRegister::toJson(a));
            CliContext::printJson(QJsonDocument(array));
            return Success;
        }
        for (const ProcessingActivity &a : activities)
            CliContext::printLine(QStringLiteral("%1  %2  (%3)")
                                      .arg(a.subCode.leftJustified(5), a.name,
                                           a.legalBases.join(QStringLiteral(", "))));
        return Success;
    }

    // "medische gegevens [gezondheid, overlast]" → the category with its special flags.
    static PersonalDataCategory dataCategory(const QString &text)
    {
        static const QRegularExpression pattern(QStringLiteral("^(.*?)\\s*\\[([^\\]]*)\\]\\s*$"));
        const auto match = pattern.match(text);
        if (!match.hasMatch())
            return { text.trimmed(), {} };
        QStringList special;
        for (const QString &code : match.captured(2).split(u',', Qt::SkipEmptyParts))
            special << code.trimmed();
        return { match.captured(1).trimmed(), special };
    }

    static int runAdd(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const auto value = [&p](const char *name) {
            return p.value(QLatin1StringView(name));
        };
        const auto values = [&p](const char *name) {
            return p.values(QLatin1StringView(name));
        };
        ProcessingActivity a;
        a.purposeCode = value("purpose-code");
        a.purpose = value("purpose");
        a.subCode = value("sub-code");
        a.subPurpose = value("sub-purpose");
        a.name = value("name");
        a.description = value("description");
        for (const QString &basis : values("basis"))
            a.legalBases += basis.split(u',', Qt::SkipEmptyParts);
        a.legalBasisText = value("basis-text");
        a.subjects = values("subject");
        for (const QString &data : values("data"))
            a.dataCategories << dataCategory(data);
        a.sources = values("source");
        a.recipients = values("recipient");
        a.processors = values("processor");
        a.specialException = value("art9-exception");
        a.criminalBasis = value("criminal-basis");
        a.outsideEu = p.isSet(QStringLiteral("outside-eu"));
        a.transferCountry = value("outside-eu");
        a.transferSafeguard = value("safeguard");
        a.retention = value("retention");
        a.security = value("security");
        // The same sentences the form shows, before the store is opened (the password costs a
        // second); the service checks again with the store.
        if (const QStringList problems = ProcessingRegister::validate(a); !problems.isEmpty())
            return CliContext::usage(problems.join(u' '));

        const auto store = context.openStore();
        if (!store)
            return Failure;
        ServiceError error;
        const auto added
            = ProcessingRegister(*store).add(a, p.isSet(QStringLiteral("confirm-not-bsn")), &error);
        if (!added)
            return CliContext::fail(error);
        if (p.isSet(QStringLiteral("json")))
            CliContext::printJson(QJsonDocument(ProcessingRegister::toJson(*added)));
        else
            CliContext::printLine(added->subCode);
        return Success;
    }

    static int runExport(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const QString csv = p.value(QStringLiteral("csv"));
        const QString pdf = p.value(QStringLiteral("pdf"));
        if (csv.isEmpty() && pdf.isEmpty())
            return CliContext::usage(tr("register export needs --csv FILE or --pdf FILE."));
        const auto store = context.openStore();
        if (!store)
            return Failure;
        ServiceError readError;
        const QList<ProcessingActivity> activities = ProcessingRegister(*store).list(&readError);
        if (readError.isError())
            return CliContext::readFailure(readError);
        QString error;
        const OrganisationDetails organisation = OrganisationSettings(*store).details();
        const bool overwrite = p.isSet(QStringLiteral("overwrite"));
        if (!csv.isEmpty()
            && !ProcessingRegisterExport::writeCsv(
                activities, organisation, OutputTarget(csv, overwrite, store->directory()), &error))
            return CliContext::fail(error);
        if (!pdf.isEmpty()) {
            if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
                return CliContext::fail(tr("A PDF needs fonts, which this program did not load."));
            if (!ProcessingRegisterExport::writePdf(
                    activities, organisation, systemClock().today(),
                    PrintedDocument::marking(*store),
                    OutputTarget(pdf, overwrite, store->directory()), &error))
                return CliContext::fail(error);
        }
        return Success;
    }
};

namespace {

// Reading and adding processing activities.
QList<Command> registerEntryCommands()
{
    using R = RegisterCommands;
    return {
        command("register list",
                QT_TRANSLATE_NOOP("pd::cli", "List the processing activities (art. 30)."), nullptr,
                R::runList),
        command(
            "register add",
            QT_TRANSLATE_NOOP("pd::cli", "Add a processing activity; prints its number."),
            [](QCommandLineParser &p) {
                p.addOptions({
                    option(QStringLiteral("purpose-code"),
                           QT_TRANSLATE_NOOP("pd::cli", "Code of the main purpose, e.g. A."),
                           QT_TRANSLATE_NOOP("pd::cli", "code")),
                    option(QStringLiteral("purpose"),
                           QT_TRANSLATE_NOOP("pd::cli", "Name of the main purpose."),
                           QT_TRANSLATE_NOOP("pd::cli", "text")),
                    option(QStringLiteral("sub-code"),
                           QT_TRANSLATE_NOOP("pd::cli",
                                             "Number of the sub-purpose, e.g. A.3 "
                                             "(default: the next free number)."),
                           QT_TRANSLATE_NOOP("pd::cli", "code")),
                    option(QStringLiteral("sub-purpose"),
                           QT_TRANSLATE_NOOP("pd::cli", "The sub-purpose."),
                           QT_TRANSLATE_NOOP("pd::cli", "text")),
                    option(QStringLiteral("name"),
                           QT_TRANSLATE_NOOP("pd::cli", "Name of the processing activity."),
                           QT_TRANSLATE_NOOP("pd::cli", "text")),
                    option(QStringLiteral("description"),
                           QT_TRANSLATE_NOOP("pd::cli", "Description."),
                           QT_TRANSLATE_NOOP("pd::cli", "text")),
                    option(QStringLiteral("basis"),
                           QT_TRANSLATE_NOOP("pd::cli",
                                             "Legal basis, art. 6(1) letters a-f "
                                             "(comma-separated)."),
                           QT_TRANSLATE_NOOP("pd::cli", "letters")),
                    option(QStringLiteral("basis-text"),
                           QT_TRANSLATE_NOOP("pd::cli", "The statute or covenant."),
                           QT_TRANSLATE_NOOP("pd::cli", "text")),
                    option(QStringLiteral("subject"),
                           QT_TRANSLATE_NOOP("pd::cli", "Category of data subjects (repeatable)."),
                           QT_TRANSLATE_NOOP("pd::cli", "text")),
                    option(QStringLiteral("data"),
                           QT_TRANSLATE_NOOP("pd::cli",
                                             "Category of personal data, what it is in "
                                             "brackets: a special category (art. 9), "
                                             "strafrechtelijk (art. 10) or overlast (neither): "
                                             "\"medische gegevens [gezondheid]\" "
                                             "(repeatable)."),
                           QT_TRANSLATE_NOOP("pd::cli", "text")),
                    option(QStringLiteral("source"),
                           QT_TRANSLATE_NOOP("pd::cli", "Source of the data (repeatable)."),
                           QT_TRANSLATE_NOOP("pd::cli", "text")),
                    option(QStringLiteral("recipient"),
                           QT_TRANSLATE_NOOP("pd::cli", "Recipient category code (repeatable)."),
                           QT_TRANSLATE_NOOP("pd::cli", "code")),
                    option(QStringLiteral("processor"),
                           QT_TRANSLATE_NOOP("pd::cli", "Processor (repeatable)."),
                           QT_TRANSLATE_NOOP("pd::cli", "name")),
                    option(QStringLiteral("art9-exception"),
                           QT_TRANSLATE_NOOP("pd::cli",
                                             "The exception of art. 9 lid 2 AVG (a-j) for "
                                             "special categories of personal data."),
                           QT_TRANSLATE_NOOP("pd::cli", "letter")),
                    option(QStringLiteral("criminal-basis"),
                           QT_TRANSLATE_NOOP("pd::cli",
                                             "The basis of art. 10 AVG for criminal data, "
                                             "e.g. art. 33 UAVG."),
                           QT_TRANSLATE_NOOP("pd::cli", "text")),
                    option(
                        QStringLiteral("outside-eu"),
                        QT_TRANSLATE_NOOP("pd::cli", "Data go outside the EEA, to this country."),
                        QT_TRANSLATE_NOOP("pd::cli", "country")),
                    option(
                        QStringLiteral("safeguard"),
                        QT_TRANSLATE_NOOP("pd::cli", "Safeguard for the transfer outside the EEA."),
                        QT_TRANSLATE_NOOP("pd::cli", "text")),
                    option(QStringLiteral("retention"),
                           QT_TRANSLATE_NOOP("pd::cli", "Retention rule."),
                           QT_TRANSLATE_NOOP("pd::cli", "text")),
                    option(QStringLiteral("security"),
                           QT_TRANSLATE_NOOP("pd::cli", "Security measures."),
                           QT_TRANSLATE_NOOP("pd::cli", "text")),
                    option(QStringLiteral("confirm-not-bsn"),
                           QT_TRANSLATE_NOOP("pd::cli",
                                             "Confirm that a number the BSN guard stops is "
                                             "not a BSN (logged).")),
                });
            },
            R::runAdd),
    };
}

// The register as a document.
QList<Command> registerExportCommands()
{
    using R = RegisterCommands;
    return {
        command(
            "register export",
            QT_TRANSLATE_NOOP("pd::cli", "Export the processing register as CSV and/or PDF."),
            [](QCommandLineParser &p) {
                p.addOptions({
                    option(
                        QStringLiteral("csv"),
                        QT_TRANSLATE_NOOP("pd::cli", "Write a CSV for Excel (UTF-8, ';') to FILE."),
                        QT_TRANSLATE_NOOP("pd::cli", "FILE")),
                    option(QStringLiteral("pdf"),
                           QT_TRANSLATE_NOOP("pd::cli", "Write a printable PDF to FILE."),
                           QT_TRANSLATE_NOOP("pd::cli", "FILE")),
                    option(QStringLiteral("overwrite"),
                           QT_TRANSLATE_NOOP("pd::cli", "Replace existing files.")),
                });
            },
            R::runExport),
    };
}

} // namespace

QList<Command> registerCommands()
{
    return registerEntryCommands() + registerExportCommands();
}

} // namespace pd::cli
