// privacydesk-cli breach …: the data-breach register for scripts and tests. The
// command names and options are fixed (scripts depend on them). `breach report` (the AP
// notification as PDF and text) lives with the documents and joins this list through
// breachDocumentCommands() when it is built.

#include "BreachOptions.h"
#include "CliContext.h"
#include "breaches/BreachService.h"
#include "cases/PersonQuery.h"
#include "registers/Disclosures.h"
#include "retention/HoldsAtClose.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pd::cli {

// Static members so that lupdate sees every tr() in one context.
class BreachCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::BreachCommands)
public:
    template<typename T> static QString codesOf(const QList<T> &values)
    {
        QStringList codes;
        for (T value : values)
            codes << codes::code(value);
        return codes.join(QStringLiteral(", "));
    }

    // A comma list of codes through parse; false (usage printed) on an unknown one.
    template<typename T, typename Parse>
    static bool codeList(const QCommandLineParser &p, const QString &name, Parse parse,
                         const QString &known, QList<T> *values)
    {
        for (const QString &code : p.value(name).split(u',', Qt::SkipEmptyParts)) {
            const std::optional<T> value = parse(code.trimmed());
            if (!value) {
                CliContext::usage(
                    tr("Unknown code '%1' for --%2 (%3).").arg(code.trimmed(), name, known));
                return false;
            }
            *values << *value;
        }
        return true;
    }

    static std::optional<int> countOption(const QCommandLineParser &p, const QString &name,
                                          bool *ok)
    {
        if (!p.isSet(name))
            return std::nullopt;
        bool number = false;
        const int value = p.value(name).toInt(&number);
        if (!number || value < 0) {
            CliContext::usage(tr("--%1 needs a whole number of 0 or more.").arg(name));
            *ok = false;
            return std::nullopt;
        }
        return value;
    }

    // The delay against the 72 hours exactly, in hours and minutes (never "1 hour" for 30
    // minutes); the time left in whole hours, rounded down.
    static QString hoursText(const Breach &b, const QDateTime &now)
    {
        if (!b.clockRunning()) {
            if (b.apNotifiedAt.isValid())
                //: Dutch: "%1 te laat gemeld"
                return b.apNotifiedLate()
                    ? tr("notified %1 late")
                          .arg(BreachCodes::delayText(b.apDeadline().secsTo(b.apNotifiedAt)))
                    : tr("notified");
            return tr("no notification due");
        }
        const int hours = b.hoursLeft(now);
        if (hours >= 0)
            return tr("%n hour(s) left", nullptr, hours);
        //: Dutch: "%1 te laat"
        return tr("%1 late").arg(BreachCodes::delayText(b.apDeadline().secsTo(now)));
    }

    static int runAdd(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        bool ok = true;
        Breach b;
        b.title = p.value(QStringLiteral("title"));
        if (b.title.trimmed().isEmpty())
            return CliContext::usage(tr("breach add needs --title."));
        if (!p.isSet(QStringLiteral("discovered")))
            return CliContext::usage(
                tr("breach add needs --discovered YYYY-MM-DDTHH:MM (Dutch time)."));
        b.discoveredAt = BreachOptions::moment(p, QStringLiteral("discovered"), &ok);
        b.occurredAt = BreachOptions::moment(p, QStringLiteral("occurred"), &ok);
        b.persons = countOption(p, QStringLiteral("persons"), &ok);
        b.records = countOption(p, QStringLiteral("records"), &ok);
        BreachProcessorReport report;
        ok = BreachOptions::readProcessorReport(p, &report) && ok;
        if (!ok)
            return UsageError;
        b.processorName = report.processor.value_or(QString());
        b.processorToldAt = report.toldAt.value_or(QDateTime());
        b.processorToldReason = report.reason.value_or(QString());
        b.personsEstimate = p.isSet(QStringLiteral("persons-estimate"));
        b.recordsEstimate = p.isSet(QStringLiteral("records-estimate"));
        b.description = p.value(QStringLiteral("description"));
        b.groupText = p.value(QStringLiteral("group"));
        b.measuresTaken = p.value(QStringLiteral("measures"));
        b.measuresBefore = p.value(QStringLiteral("measures-before"));
        b.consequences = p.value(QStringLiteral("consequences"));
        b.subjectsDescription = p.value(QStringLiteral("subjects-description"));
        b.subjectsConsequences = p.value(QStringLiteral("subjects-consequences"));
        b.subjectsMeasures = p.value(QStringLiteral("subjects-measures"));
        b.international = p.value(QStringLiteral("international"));
        b.dataText = p.value(QStringLiteral("data-text"));
        QStringList dataCodes;
        for (DataCategory c : codes::all<DataCategory>())
            dataCodes << codes::code(c);
        if (!codeList<DataCategory>(p, QStringLiteral("data"), &codes::from<DataCategory>,
                                    dataCodes.join(QStringLiteral(", ")), &b.data)
            || !codeList<BreachNature>(p, QStringLiteral("nature"), &codes::from<BreachNature>,
                                       codesOf(codes::all<BreachNature>()), &b.natures))
            return UsageError;

        // A processor's report before the discovery starts the 72 hours (art. 33(2)) unless a
        // reason says why not; it is said, and taken as the discovery when asked.
        if (const std::optional<QDateTime> earlier = b.earlierAwareness()) {
            if (p.isSet(QStringLiteral("discovery-from-processor")))
                b.discoveredAt = *earlier;
            else
                //: Dutch: "Let op: %1"
                CliContext::printError(tr("Note: %1").arg(BreachService::awarenessWarning(b)));
        }
        const auto added = context.made([&](const Session &session, ServiceError *error) {
            return BreachService(session).add(b, CliContext::bsnCheck(p), error);
        });
        if (!added)
            return Failure;
        return context.show(breachToJson(*added, systemClock().now()), added->number);
    }

    static int runAssess(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const auto number = BreachOptions::number(p, "breach assess");
        if (!number)
            return UsageError;
        const auto risk = codes::from<BreachRisk>(p.value(QStringLiteral("risk")));
        if (!risk)
            return CliContext::usage(
                tr("breach assess needs --risk (%1).").arg(codesOf(codes::all<BreachRisk>())));
        BreachAssessment assessment;
        assessment.risk = *risk;
        assessment.reasoning = p.value(QStringLiteral("reasoning"));
        if (assessment.reasoning.trimmed().isEmpty())
            return CliContext::usage(tr("breach assess needs --reasoning."));
        if (!codeList<BreachCriterion>(p, QStringLiteral("criteria"), &codes::from<BreachCriterion>,
                                       codesOf(codes::all<BreachCriterion>()),
                                       &assessment.criteria))
            return UsageError;
        const auto decision = [&p](const QString &name, std::optional<bool> *value) {
            if (!p.isSet(name))
                return true;
            const QString text = p.value(name);
            if (text == QLatin1StringView("ja") || text == QLatin1StringView("yes"))
                *value = true;
            else if (text == QLatin1StringView("nee") || text == QLatin1StringView("no"))
                *value = false;
            else
                return false;
            return true;
        };
        std::optional<bool> notifyAp;
        std::optional<bool> informSubjects;
        if (!decision(QStringLiteral("notify-ap"), &notifyAp)
            || !decision(QStringLiteral("inform-subjects"), &informSubjects))
            return CliContext::usage(tr("--notify-ap and --inform-subjects take ja or nee."));
        // When the assessment was made and the decisions taken, not when they are typed in.
        bool ok = true;
        const QDateTime at = BreachOptions::moment(p, QStringLiteral("at"), &ok);
        if (!ok)
            return UsageError;

        const Session *session = context.openSession();
        if (!session)
            return Failure;
        BreachService service(*session);
        ServiceError error;
        if (!service.assess(*number, assessment, CliContext::bsnCheck(p), &error, at))
            return CliContext::fail(error);
        // Decisions other than the risk's defaults, each with its reason.
        const QString reason = p.value(QStringLiteral("decision-reason"));
        if (notifyAp && *notifyAp != Breach::defaultApDecision(*risk)
            && !service.recordApDecision(*number, *notifyAp, reason, CliContext::bsnCheck(p),
                                         &error, at))
            return CliContext::fail(error);
        if (informSubjects && *informSubjects != Breach::defaultSubjectsDecision(*risk)
            && !service.recordSubjectsDecision(*number, *informSubjects, reason,
                                               CliContext::bsnCheck(p), &error, at))
            return CliContext::fail(error);
        return Success;
    }

    static int runNotifyAp(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const auto number = BreachOptions::number(p, "breach notify-ap");
        if (!number)
            return UsageError;
        bool ok = true;
        if (!p.isSet(QStringLiteral("at")))
            return CliContext::usage(tr("breach notify-ap needs --at YYYY-MM-DDTHH:MM."));
        const QDateTime at = BreachOptions::moment(p, QStringLiteral("at"), &ok);
        if (!ok)
            return UsageError;
        if (p.value(QStringLiteral("reference")).trimmed().isEmpty())
            return CliContext::usage(
                tr("breach notify-ap needs --reference (the AP's meldnummer)."));
        return context.act([&](const Session &session, ServiceError *error) {
            return BreachService(session).notifyAp(
                *number, at, p.value(QStringLiteral("reference")),
                p.value(QStringLiteral("late-reason")), CliContext::bsnCheck(p), error);
        });
    }

    static int runNotifySubjects(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const auto number = BreachOptions::number(p, "breach notify-subjects");
        if (!number)
            return UsageError;
        bool ok = true;
        BreachSubjectsNotice notice;
        if (!p.isSet(QStringLiteral("at")))
            return CliContext::usage(tr("breach notify-subjects needs --at YYYY-MM-DD."));
        notice.on = dateOption(p, QStringLiteral("at"), &ok);
        notice.count = countOption(p, QStringLiteral("count"), &ok);
        if (!ok)
            return UsageError;
        notice.how = p.value(QStringLiteral("how"));
        if (notice.how.trimmed().isEmpty())
            return CliContext::usage(tr("breach notify-subjects needs --how."));
        if (p.isSet(QStringLiteral("public-notice"))) {
            notice.publicNotice = true;
            notice.publicNoticeReason = p.value(QStringLiteral("public-notice"));
        }
        return context.act([&](const Session &session, ServiceError *error) {
            return BreachService(session).notifySubjects(*number, notice, CliContext::bsnCheck(p),
                                                         error);
        });
    }

    static int runFollowUp(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const auto number = BreachOptions::number(p, "breach follow-up");
        if (!number)
            return UsageError;
        BreachFollowUp followUp;
        const auto kind = codes::from<BreachFollowUpKind>(p.value(QStringLiteral("kind")));
        if (!kind)
            return CliContext::usage(tr("breach follow-up needs --kind (%1).")
                                         .arg(codesOf(codes::all<BreachFollowUpKind>())));
        followUp.kind = *kind;
        bool ok = true;
        if (!p.isSet(QStringLiteral("at")))
            return CliContext::usage(tr("breach follow-up needs --at YYYY-MM-DDTHH:MM."));
        followUp.at = BreachOptions::moment(p, QStringLiteral("at"), &ok);
        if (!ok)
            return UsageError;
        followUp.reference = p.value(QStringLiteral("reference"));
        followUp.text = p.value(QStringLiteral("text"));
        return context.act([&](const Session &session, ServiceError *error) {
            return BreachService(session).addFollowUp(*number, followUp, CliContext::bsnCheck(p),
                                                      error);
        });
    }

    static int runClose(CliContext &context)
    {
        const auto number = BreachOptions::number(context.parser(), "breach close");
        HoldsAtClose holds; // The holds still held
        if (!number || !readHoldsAtClose(context.parser(), &holds))
            return UsageError;
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        if (const int held = holdsAtCloseRefusal(*session, false, *number, holds); held != Success)
            return held;
        ServiceError error;
        BreachService breaches(*session);
        if (!HoldsClosing(*session).closeBreach(breaches, *number, holds, &error))
            return CliContext::fail(error);
        return Success;
    }

    // The persons concerned, by customer number; replaces the breach's list (the dates on
    // which those who stay were informed are kept).
    static int runLink(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const auto number = BreachOptions::number(p, "breach link");
        if (!number)
            return UsageError;
        if (!p.isSet(QStringLiteral("person")))
            return CliContext::usage(
                tr("breach link needs --person with the customer numbers (comma-separated; an "
                   "empty value unlinks everybody)."));
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        QList<qint64> ids;
        const PersonQuery persons(*session);
        for (const QString &klantnummer :
             p.value(QStringLiteral("person")).split(u',', Qt::SkipEmptyParts)) {
            ServiceError readError;
            const QList<PersonMatch> found
                = persons.byKlantnummer(klantnummer.trimmed(), &readError);
            if (readError.isError())
                return CliContext::readFailure(readError, false); // never "no such person"
            if (found.isEmpty())
                return CliContext::fail(
                    tr("No person with customer number %1.").arg(klantnummer.trimmed()));
            ids << found.first().person.id;
        }
        ServiceError error;
        if (!BreachService(*session).linkPersons(*number, ids, &error))
            return CliContext::fail(error);
        return Success;
    }

    static int runList(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        BreachFilter filter;
        filter.openOnly = p.isSet(QStringLiteral("open"));
        if (p.isSet(QStringLiteral("year"))) {
            bool number = false;
            filter.year = p.value(QStringLiteral("year")).toInt(&number);
            if (!number || filter.year < 1990)
                return CliContext::usage(tr("--year needs a year such as 2026."));
        }
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        ServiceError error;
        const QList<Breach> breaches = BreachService(*session).list(filter, &error);
        if (error.isError())
            return CliContext::readFailure(error);
        const QDateTime now = systemClock().now();
        if (p.isSet(QStringLiteral("json"))) {
            printJsonArray(breaches, [&](const Breach &b) { return breachToJson(b, now); });
            return Success;
        }
        for (const Breach &b : breaches)
            CliContext::printLine(QStringLiteral("%1  %2  %3  %4  %5  %6")
                                      .arg(b.number, BreachOptions::momentText(b.discoveredAt),
                                           b.risk ? codes::code(*b.risk) : QStringLiteral("-"),
                                           codes::code(b.state), hoursText(b, now), b.title));
        return Success;
    }

    static int runShow(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const auto number = BreachOptions::number(p, "breach show");
        if (!number)
            return UsageError;
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        ServiceError error;
        const auto b = BreachService(*session).get(*number, &error);
        if (!b)
            return CliContext::readFailure(error, false);
        const QDateTime now = systemClock().now();
        if (p.isSet(QStringLiteral("json"))) {
            CliContext::printJson(QJsonDocument(breachToJson(*b, now)));
            return Success;
        }
        const auto line = [](const QString &label, const QString &value) {
            CliContext::printLine(label + QStringLiteral(": ")
                                  + (value.isEmpty() ? QStringLiteral("-") : value));
        };
        line(tr("Number"), b->number);
        line(tr("Title"), b->title);
        line(tr("State"), codes::label(b->state));
        if (b->isDestroyed())
            line(tr("Destroyed"),
                 tr("on %1 by %2, under the retention rule; what stays is the register's "
                    "skeleton")
                     .arg(CliContext::dateText(b->destroyedOn), b->destroyedBy));
        line(tr("Discovered"), BreachOptions::momentText(b->discoveredAt));
        if (b->earlierAwareness())
            line(tr("Processor told us"), BreachOptions::momentText(b->processorToldAt));
        //: Dutch: "72 uur vanaf"
        line(tr("72 hours from"),
             b->clockFromProcessor()
                 //: Dutch: "%1 (de melding van de verwerker, artikel 33 lid 2 AVG)"
                 ? tr("%1 (the processor's report, art. 33(2) GDPR)")
                       .arg(BreachOptions::momentText(b->clockStart()))
                 : BreachOptions::momentText(b->clockStart()));
        if (b->earlierAwareness() && !b->clockFromProcessor())
            line(BreachService::processorToldReasonLabel(), b->processorToldReason.trimmed());
        line(tr("AP deadline"),
             BreachOptions::momentText(b->apDeadline()) + QStringLiteral(" (") + hoursText(*b, now)
                 + u')');
        line(tr("Risk"), b->risk ? codes::label(*b->risk) : tr("not assessed"));
        line(tr("Notified to the AP"),
             b->apNotifiedAt.isValid() ? BreachOptions::momentText(b->apNotifiedAt)
                     + QStringLiteral(" (") + b->apReference + u')'
                                       : QString());
        line(tr("People informed"), CliContext::dateText(b->subjectsNotifiedOn));
        return Success;
    }
};

namespace {

// The art. 34 letter's own texts for the people concerned, in plain words.
QList<QCommandLineOption> peopleTextOptions()
{
    return { option(QStringLiteral("subjects-description"),
                    QT_TRANSLATE_NOOP("pd::cli",
                                      "What happened, in plain words for the people "
                                      "concerned: the letter to them (art. 34) says "
                                      "it."),
                    textValue),
             option(QStringLiteral("subjects-consequences"),
                    QT_TRANSLATE_NOOP("pd::cli",
                                      "What the breach can mean for the people "
                                      "concerned, in plain words for their letter."),
                    textValue),
             option(QStringLiteral("subjects-measures"),
                    QT_TRANSLATE_NOOP("pd::cli",
                                      "What we did about it, in plain words for the "
                                      "people's letter."),
                    textValue) };
}

// A breach recorded.
QList<Command> breachRecordCommands()
{
    return {
        command(
            "breach add",
            QT_TRANSLATE_NOOP("pd::cli",
                              "Register a data breach; prints its number (DL-YYYY-NNNN). Moments "
                              "are Dutch time."),
            QList<QCommandLineOption> {
                option(QStringLiteral("title"),
                       QT_TRANSLATE_NOOP("pd::cli", "A short title (required)."), textValue),
                option(QStringLiteral("discovered"),
                       QT_TRANSLATE_NOOP("pd::cli",
                                         "When the breach was discovered (required): "
                                         "the 72-hour clock starts then."),
                       momentValue),
                option(QStringLiteral("occurred"),
                       QT_TRANSLATE_NOOP("pd::cli", "When the breach happened."), momentValue),
                option(QStringLiteral("description"),
                       QT_TRANSLATE_NOOP("pd::cli", "What happened."), textValue),
                option(QStringLiteral("persons"),
                       QT_TRANSLATE_NOOP("pd::cli", "Number of people concerned."),
                       QT_TRANSLATE_NOOP("pd::cli", "N")),
                option(QStringLiteral("persons-estimate"),
                       QT_TRANSLATE_NOOP("pd::cli", "The number of people is an estimate.")),
                option(QStringLiteral("records"),
                       QT_TRANSLATE_NOOP("pd::cli", "Number of records concerned."),
                       QT_TRANSLATE_NOOP("pd::cli", "N")),
                option(QStringLiteral("records-estimate"),
                       QT_TRANSLATE_NOOP("pd::cli", "The number of records is an estimate.")),
                option(QStringLiteral("data"),
                       QT_TRANSLATE_NOOP("pd::cli",
                                         "Kinds of personal data, comma-separated (naw, "
                                         "naam, adres, "
                                         "telefoonnummer, emailadres, contact (both), "
                                         "klantnummer, huurgegevens, "
                                         "betaalgegevens, rekeningnummer, inkomen, "
                                         "huishouden, overlast, gezondheid, "
                                         "strafrechtelijk, overig)."),
                       QT_TRANSLATE_NOOP("pd::cli", "codes")),
                option(QStringLiteral("data-text"),
                       QT_TRANSLATE_NOOP("pd::cli",
                                         "What the other data are (with --data overig), "
                                         "for the AP and the people's letter."),
                       textValue),
                option(QStringLiteral("nature"),
                       QT_TRANSLATE_NOOP("pd::cli",
                                         "Nature, comma-separated (vertrouwelijkheid, "
                                         "integriteit, beschikbaarheid)."),
                       QT_TRANSLATE_NOOP("pd::cli", "codes")),
                option(QStringLiteral("group"),
                       QT_TRANSLATE_NOOP("pd::cli", "The group of people (e.g. huurders)."),
                       textValue),
                option(QStringLiteral("measures-before"),
                       QT_TRANSLATE_NOOP("pd::cli",
                                         "The security measures in place before the "
                                         "breach."),
                       textValue),
                option(QStringLiteral("consequences"),
                       QT_TRANSLATE_NOOP("pd::cli", "The likely consequences for the people."),
                       textValue),
                option(QStringLiteral("international"),
                       QT_TRANSLATE_NOOP("pd::cli",
                                         "Cross-border aspects (people or processors in "
                                         "other countries)."),
                       textValue),
                option(QStringLiteral("measures"), QT_TRANSLATE_NOOP("pd::cli", "Measures taken."),
                       textValue),
                option(QStringLiteral("discovery-from-processor"),
                       QT_TRANSLATE_NOOP("pd::cli",
                                         "When the processor told us before --discovered: "
                                         "take that moment as the discovery too.")),
                confirmNotBsnOption() }
                + peopleTextOptions() + BreachOptions::processorReportOptions(),
            BreachCommands::runAdd),
    };
}

// A breach assessed.
QList<Command> breachAssessmentCommands()
{
    return {
        command(
            "breach assess",
            QT_TRANSLATE_NOOP("pd::cli",
                              "Record the assessment of the risk; the decisions to notify the AP "
                              "and to inform the people follow from it unless given otherwise."),
            "NUMBER",
            { option(QStringLiteral("risk"),
                     QT_TRANSLATE_NOOP("pd::cli", "geen, risico or hoog-risico."), codeValue),
              option(QStringLiteral("reasoning"), QT_TRANSLATE_NOOP("pd::cli", "Why (required)."),
                     textValue),
              option(QStringLiteral("criteria"),
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "The AP's criteria that apply, comma-separated "
                                       "(soort-en-omvang, identificeerbaarheid, "
                                       "ernst-gevolgen, kwetsbare-groepen, "
                                       "bijzondere-gegevens, groot-aantal)."),
                     QT_TRANSLATE_NOOP("pd::cli", "codes")),
              option(QStringLiteral("notify-ap"),
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "Decide otherwise than the risk suggests: ja or "
                                       "nee (with --decision-reason)."),
                     QT_TRANSLATE_NOOP("pd::cli", "ja|nee")),
              option(QStringLiteral("inform-subjects"),
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "Decide otherwise than the risk suggests: ja or "
                                       "nee (with --decision-reason)."),
                     QT_TRANSLATE_NOOP("pd::cli", "ja|nee")),
              option(QStringLiteral("decision-reason"),
                     QT_TRANSLATE_NOOP("pd::cli", "Why the decision differs."), textValue),
              option(QStringLiteral("at"),
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "When the risk was assessed and the decisions "
                                       "taken (default: now); not in the future, not "
                                       "before the discovery."),
                     momentValue),
              confirmNotBsnOption() },
            BreachCommands::runAssess),
    };
}

// The notifications: to the AP, to the data subjects, and the follow-up.
QList<Command> breachNotificationCommands()
{
    return {
        command("breach notify-ap",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Record the notification to the AP; after the 72 hours only with "
                                  "--late-reason."),
                "NUMBER",
                { option(QStringLiteral("at"),
                         QT_TRANSLATE_NOOP("pd::cli", "When the AP was notified."), momentValue),
                  option(QStringLiteral("reference"),
                         QT_TRANSLATE_NOOP("pd::cli", "The AP's meldnummer."),
                         QT_TRANSLATE_NOOP("pd::cli", "reference")),
                  option(QStringLiteral("late-reason"),
                         QT_TRANSLATE_NOOP("pd::cli", "The reasons for a late notification."),
                         textValue),
                  confirmNotBsnOption() },
                BreachCommands::runNotifyAp),
        command("breach notify-subjects",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Record that the people concerned were informed (art. 34 GDPR)."),
                "NUMBER",
                { option(QStringLiteral("at"),
                         QT_TRANSLATE_NOOP("pd::cli", "The day they were informed."), dateValue),
                  option(QStringLiteral("how"), QT_TRANSLATE_NOOP("pd::cli", "How (required)."),
                         textValue),
                  option(QStringLiteral("count"),
                         QT_TRANSLATE_NOOP("pd::cli", "How many people were informed."),
                         QT_TRANSLATE_NOOP("pd::cli", "N")),
                  option(QStringLiteral("public-notice"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "A public notice instead, with the reason "
                                           "(disproportionate effort)."),
                         QT_TRANSLATE_NOOP("pd::cli", "reason")),
                  confirmNotBsnOption() },
                BreachCommands::runNotifySubjects),
        command("breach follow-up",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Record a follow-up notification to the AP (aanvullen or "
                                  "intrekken)."),
                "NUMBER",
                { option(QStringLiteral("kind"),
                         QT_TRANSLATE_NOOP("pd::cli", "aanvullen or intrekken."), codeValue),
                  option(QStringLiteral("at"),
                         QT_TRANSLATE_NOOP("pd::cli", "When it was sent to the AP."), momentValue),
                  option(QStringLiteral("reference"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "The AP's meldnummer (default: the first "
                                           "notification's)."),
                         QT_TRANSLATE_NOOP("pd::cli", "reference")),
                  option(QStringLiteral("text"),
                         QT_TRANSLATE_NOOP("pd::cli", "What was added, or why it is withdrawn."),
                         textValue),
                  confirmNotBsnOption() },
                BreachCommands::runFollowUp),
    };
}

// Links to requests, closing, and reading the register.
QList<Command> breachRegisterCommands()
{
    return {
        command("breach link",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Link the persons concerned to a data breach, where they are "
                                  "known (replaces the list)."),
                "NUMBER",
                { option(QStringLiteral("person"),
                         QT_TRANSLATE_NOOP("pd::cli", "Customer numbers, comma-separated."),
                         QT_TRANSLATE_NOOP("pd::cli", "numbers")) },
                BreachCommands::runLink),
        command("breach close",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Close a data breach once it is assessed and the notifications "
                                  "it needs are recorded."),
                "NUMBER", holdsAtCloseOptions(), BreachCommands::runClose),
        command("breach list",
                QT_TRANSLATE_NOOP("pd::cli", "The data-breach register, newest discovery first."),
                { option(QStringLiteral("open"),
                         QT_TRANSLATE_NOOP("pd::cli", "Only open data breaches.")),
                  option(QStringLiteral("year"),
                         QT_TRANSLATE_NOOP("pd::cli", "Only those discovered in year."),
                         QT_TRANSLATE_NOOP("pd::cli", "year")) },
                BreachCommands::runList),
        command("breach show",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "One data breach (with --json: number, title, discovered_at, "
                                  "ap_deadline, hours_left, risk, ap_notified_at, "
                                  "ap_notified_late, ap_reference, subjects_notified_at, state, "
                                  "...)."),
                "NUMBER", {}, BreachCommands::runShow),
    };
}

} // namespace

QList<Command> breachCommands()
{
    return breachRecordCommands() + breachAssessmentCommands() + breachNotificationCommands()
        + breachRegisterCommands() + breachDocumentCommands() + breachUpdateCommands();
}

} // namespace pd::cli
