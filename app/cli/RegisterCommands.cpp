// privacydesk-cli register …: the register of processing activities (art. 30 AVG).

#include "CliContext.h"
#include "documents/ProcessingRegisterExport.h"
#include "organisation/OrganisationSettings.h"
#include "registers/DataSubjects.h"
#include "registers/ProcessingRegister.h"
#include "retention/Retention.h"
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
    // register list and register export read the whole register; null after saying why.
    static const Session *openWithActivities(CliContext &context,
                                             QList<ProcessingActivity> *activities)
    {
        const Session *session = context.openSession();
        if (!session)
            return nullptr;
        ServiceError error;
        *activities = ProcessingRegister(*session).list(&error);
        if (error.isError()) {
            CliContext::readFailure(error);
            return nullptr;
        }
        return session;
    }

    static int runList(CliContext &context)
    {
        QList<ProcessingActivity> activities;
        const Session *session = openWithActivities(context, &activities);
        if (!session)
            return Failure;
        if (context.parser().isSet(QStringLiteral("json"))) {
            printJsonArray(activities, [](const ProcessingActivity &a) {
                QJsonObject json = ProcessingRegister::toJson(a);
                json.insert(QStringLiteral("dpia"),
                            a.dpia ? QJsonValue(DpiaRegister::toJson(*a.dpia)) : QJsonValue());
                return json;
            });
            return Success;
        }
        for (const ProcessingActivity &a : activities)
            CliContext::printLine(QStringLiteral("%1  %2  (%3)  %4")
                                      .arg(a.subCode.leftJustified(5), a.name,
                                           a.legalBases.join(QStringLiteral(", ")),
                                           DpiaRegister::status(a.dpia)));
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

    // The options given, over *a (register add: over an empty activity; register set: over the
    // stored one, so that only what is given changes). False after printing the usage error of
    // a value the tool does not know.
    static bool readActivity(const QCommandLineParser &p, ProcessingActivity *activity)
    {
        ProcessingActivity &a = *activity;
        const auto text = [&p](const char *name, QString *into) {
            if (p.isSet(QLatin1StringView(name)))
                *into = p.value(QLatin1StringView(name));
        };
        const auto list = [&p](const char *name, QStringList *into) {
            if (p.isSet(QLatin1StringView(name)))
                *into = p.values(QLatin1StringView(name));
        };
        text("purpose-code", &a.purposeCode);
        text("purpose", &a.purpose);
        text("sub-code", &a.subCode);
        text("sub-purpose", &a.subPurpose);
        text("name", &a.name);
        text("description", &a.description);
        if (p.isSet(QStringLiteral("basis"))) {
            a.legalBases.clear();
            for (const QString &basis : p.values(QStringLiteral("basis")))
                a.legalBases += basis.split(u',', Qt::SkipEmptyParts);
        }
        text("basis-text", &a.legalBasisText);
        list("subject", &a.subjects);
        if (p.isSet(QStringLiteral("data"))) {
            a.dataCategories.clear();
            for (const QString &data : p.values(QStringLiteral("data")))
                a.dataCategories << dataCategory(data);
        }
        list("source", &a.sources);
        list("recipient", &a.recipients);
        list("processor", &a.processors);
        list("system", &a.systems);
        text("art9-exception", &a.specialException);
        text("criminal-basis", &a.criminalBasis);
        if (p.isSet(QStringLiteral("outside-eu"))) {
            a.outsideEu = true;
            a.transferCountry = p.value(QStringLiteral("outside-eu"));
        }
        text("safeguard", &a.transferSafeguard);
        text("retention", &a.retention);
        text("security", &a.security);
        return readAnonymous(p, &a);
    }

    // --anonymous ja|nee: the answers (of a survey) are processed anonymously.
    static bool readAnonymous(const QCommandLineParser &p, ProcessingActivity *a)
    {
        if (!p.isSet(QStringLiteral("anonymous")))
            return true;
        const QString value = p.value(QStringLiteral("anonymous")).trimmed().toLower();
        if (value == QLatin1StringView("ja") || value == QLatin1StringView("yes")) {
            a->anonymous = true;
            return true;
        }
        if (value == QLatin1StringView("nee") || value == QLatin1StringView("no")) {
            a->anonymous = false;
            return true;
        }
        //: Dutch: "--anonymous neemt ja of nee."
        CliContext::usage(tr("--anonymous takes ja or nee."));
        return false;
    }

    // Data subjects that name no relation ("bezoekers") reach no tenant's inzage report nor the
    // systems of their requests: said on stderr, the activity is stored.
    static void warnSubjects(const ProcessingActivity &a)
    {
        const QString warning = DataSubjects::warning(DataSubjects::withoutRelation(a.subjects));
        if (!warning.isEmpty())
            //: Dutch: "Waarschuwing: %1"
            CliContext::printError(tr("Warning: %1").arg(warning));
    }

    // register set CODE: the activity with the options given changed.
    static int runSet(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const QStringList args = p.positionalArguments();
        if (args.size() != 1)
            //: Dutch: "register set heeft het nummer van de verwerking nodig, bijvoorbeeld A.3."
            return CliContext::usage(tr("register set needs the activity's number, e.g. A.3."));
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        ProcessingRegister processing(*session);
        ServiceError error;
        auto a = processing.findByCode(args.first().trimmed(), &error);
        if (!a)
            return CliContext::fail(error);
        if (!readActivity(p, &*a))
            return UsageError;
        if (!processing.update(*a, CliContext::bsnCheck(p), &error))
            return CliContext::fail(error);
        warnSubjects(*a);
        if (p.isSet(QStringLiteral("json"))) {
            const auto changed = processing.find(a->id, &error);
            if (!changed)
                return CliContext::readFailure(error, false);
            CliContext::printJson(QJsonDocument(ProcessingRegister::toJson(*changed)));
        }
        return Success;
    }

    static int runAdd(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        ProcessingActivity a;
        if (!readActivity(p, &a))
            return UsageError;
        // The same sentences the form shows, before the store is opened (the password costs a
        // second); the service checks again with the store.
        if (const QStringList problems = ProcessingRegister::validate(a); !problems.isEmpty())
            return CliContext::usage(problems.join(u' '));

        const auto added = context.made([&](const Session &session, ServiceError *error) {
            return ProcessingRegister(session).add(a, CliContext::bsnCheck(p), error);
        });
        if (!added)
            return Failure;
        warnSubjects(*added);
        return context.show(ProcessingRegister::toJson(*added), added->subCode);
    }

    static int runExport(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const QString csv = p.value(QStringLiteral("csv"));
        const QString pdf = p.value(QStringLiteral("pdf"));
        if (csv.isEmpty() && pdf.isEmpty())
            return CliContext::usage(tr("register export needs --csv FILE or --pdf FILE."));
        QList<ProcessingActivity> activities;
        const Session *session = openWithActivities(context, &activities);
        if (!session)
            return Failure;
        QString error;
        const OrganisationDetails organisation = OrganisationSettings(*session).details();
        const bool overwrite = p.isSet(QStringLiteral("overwrite"));
        if (!csv.isEmpty()
            && !ProcessingRegisterExport::writeCsv(
                activities, organisation,
                OutputTarget(csv, overwrite, session->store().directory()), &error))
            return CliContext::fail(error);
        if (!pdf.isEmpty()) {
            if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
                return CliContext::fail(tr("A PDF needs fonts, which this program did not load."));
            // With the retention rules (art. 30 lid 1 sub f AVG), the organisation's own too.
            ServiceError readError;
            const QList<RetentionRule> rules = RetentionService(*session).rules(&readError);
            if (readError.isError())
                return CliContext::readFailure(readError);
            if (!ProcessingRegisterExport::writePdf(
                    activities, organisation, systemClock().today(),
                    PrintedDocument::marking(session->store()),
                    OutputTarget(pdf, overwrite, session->store().directory()), &error, rules))
                return CliContext::fail(error);
        }
        return Success;
    }
};

namespace {

// The options of register add and register set.
QList<QCommandLineOption> activityOptions()
{
    return {
        option(QStringLiteral("purpose-code"),
               QT_TRANSLATE_NOOP("pd::cli", "Code of the main purpose, e.g. A."), codeValue),
        option(QStringLiteral("purpose"), QT_TRANSLATE_NOOP("pd::cli", "Name of the main purpose."),
               textValue),
        option(QStringLiteral("sub-code"),
               QT_TRANSLATE_NOOP("pd::cli",
                                 "Number of the sub-purpose, e.g. A.3 "
                                 "(default: the next free number)."),
               codeValue),
        option(QStringLiteral("sub-purpose"), QT_TRANSLATE_NOOP("pd::cli", "The sub-purpose."),
               textValue),
        option(QStringLiteral("name"),
               QT_TRANSLATE_NOOP("pd::cli", "Name of the processing activity."), textValue),
        option(QStringLiteral("description"), QT_TRANSLATE_NOOP("pd::cli", "Description."),
               textValue),
        option(QStringLiteral("basis"),
               QT_TRANSLATE_NOOP("pd::cli",
                                 "Legal basis, art. 6(1) letters a-f "
                                 "(comma-separated)."),
               QT_TRANSLATE_NOOP("pd::cli", "letters")),
        option(QStringLiteral("basis-text"),
               QT_TRANSLATE_NOOP("pd::cli", "The statute or covenant."), textValue),
        option(QStringLiteral("subject"),
               QT_TRANSLATE_NOOP("pd::cli", "Category of data subjects (repeatable)."), textValue),
        option(QStringLiteral("data"),
               QT_TRANSLATE_NOOP("pd::cli",
                                 "Category of personal data, what it is in "
                                 "brackets: a special category (art. 9), "
                                 "strafrechtelijk (art. 10) or overlast (neither): "
                                 "\"medische gegevens [gezondheid]\" "
                                 "(repeatable)."),
               textValue),
        option(QStringLiteral("source"),
               QT_TRANSLATE_NOOP("pd::cli", "Source of the data (repeatable)."), textValue),
        option(QStringLiteral("recipient"),
               QT_TRANSLATE_NOOP("pd::cli", "Recipient category code (repeatable)."), codeValue),
        option(QStringLiteral("processor"), QT_TRANSLATE_NOOP("pd::cli", "Processor (repeatable)."),
               nameValue),
        option(QStringLiteral("system"),
               QT_TRANSLATE_NOOP("pd::cli",
                                 "A system that holds the data, e.g. ERP or "
                                 "mailbox (repeatable): a request searches it."),
               nameValue),
        option(QStringLiteral("art9-exception"),
               QT_TRANSLATE_NOOP("pd::cli",
                                 "The exception of art. 9(2) GDPR (a-j) for "
                                 "special categories of personal data."),
               QT_TRANSLATE_NOOP("pd::cli", "letter")),
        option(QStringLiteral("criminal-basis"),
               QT_TRANSLATE_NOOP("pd::cli",
                                 "The basis of art. 10 GDPR for criminal data, "
                                 "e.g. art. 33 UAVG."),
               textValue),
        option(QStringLiteral("outside-eu"),
               QT_TRANSLATE_NOOP("pd::cli", "Data go outside the EEA, to this country."),
               QT_TRANSLATE_NOOP("pd::cli", "country")),
        option(QStringLiteral("safeguard"),
               QT_TRANSLATE_NOOP("pd::cli", "Safeguard for the transfer outside the EEA."),
               textValue),
        option(QStringLiteral("retention"), QT_TRANSLATE_NOOP("pd::cli", "Retention rule."),
               textValue),
        option(QStringLiteral("security"), QT_TRANSLATE_NOOP("pd::cli", "Security measures."),
               textValue),
        option(QStringLiteral("anonymous"),
               QT_TRANSLATE_NOOP("pd::cli",
                                 "The answers (of a survey) are processed anonymously, not "
                                 "traceable to a person: ja or nee."),
               QT_TRANSLATE_NOOP("pd::cli", "ja|nee")),
        confirmNotBsnOption(),
    };
}

// Reading, adding and changing processing activities.
QList<Command> registerEntryCommands()
{
    using R = RegisterCommands;
    return {
        command("register list",
                QT_TRANSLATE_NOOP("pd::cli", "List the processing activities (art. 30)."), {},
                R::runList),
        command("register add",
                QT_TRANSLATE_NOOP("pd::cli", "Add a processing activity; prints its number."),
                activityOptions(), R::runAdd),
        command("register set",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Change a processing activity: only the options given change "
                                  "(a repeatable option replaces its whole list)."),
                "CODE", activityOptions(), R::runSet),
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
            { option(QStringLiteral("csv"),
                     QT_TRANSLATE_NOOP("pd::cli", "Write a CSV for Excel (UTF-8, ';') to FILE."),
                     QT_TRANSLATE_NOOP("pd::cli", "FILE")),
              option(QStringLiteral("pdf"),
                     QT_TRANSLATE_NOOP("pd::cli", "Write a printable PDF to FILE."),
                     QT_TRANSLATE_NOOP("pd::cli", "FILE")),
              option(QStringLiteral("overwrite"),
                     QT_TRANSLATE_NOOP("pd::cli", "Replace existing files.")) },
            R::runExport),
    };
}

} // namespace

QList<Command> registerCommands()
{
    return registerEntryCommands() + registerExportCommands();
}

} // namespace pd::cli
