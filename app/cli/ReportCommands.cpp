// privacydesk-cli report …: the dashboards' figures, the same numbers the windows show.

#include "CliContext.h"
#include "organisation/OrganisationSettings.h"
#include "print/PrintedDocument.h"
#include "reports/DashboardService.h"
#include "reports/Today.h"
#include "reports/YearReport.h"
#include "util/Clock.h"
#include "util/OutputFile.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonObject>
#include <QLocale>

namespace pd::cli {

// Static members so that lupdate sees every tr() in one context.
class ReportCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::ReportCommands)
public:
    static QString percentage(int part, int whole)
    {
        if (whole <= 0)
            return QStringLiteral("-");
        return QLocale().toString(100.0 * part / whole, 'f', 0) + u'%';
    }

    static void printSummary(const DeadlineFigures &d, const RetentionFigures &r,
                             const DisclosureFigures &x)
    {
        const QLocale locale;
        const auto date = [&locale](QDate day) {
            return day.isValid() ? locale.toString(day, QLocale::ShortFormat) : QStringLiteral("-");
        };
        QStringList states;
        for (const CodeCount &state : d.openByState)
            states << QStringLiteral("%1 %2").arg(state.label).arg(state.count);
        int onTime = 0;
        for (const MonthShare &share : d.onTimeByMonth)
            onTime += share.onTime;

        CliContext::printLine(tr("Deadlines on %1").arg(date(d.on)));
        CliContext::printLine(
            tr("  Open: %1 (%2)").arg(d.open).arg(states.join(QStringLiteral(", "))));
        CliContext::printLine(tr("  Overdue: %1; due today: %2; due within 7 days: %3")
                                  .arg(d.overdue)
                                  .arg(d.dueToday)
                                  .arg(d.dueWithin7Days));
        CliContext::printLine(tr("  Last 12 months: %1 received, %2 answered, %3 on time")
                                  .arg(d.intake)
                                  .arg(d.answered)
                                  .arg(percentage(onTime, d.answered)));
        CliContext::printLine(tr("  Median handling time: %1")
                                  .arg(d.medianHandlingDays
                                           ? tr("%n day(s)", nullptr, qRound(*d.medianHandlingDays))
                                           : QStringLiteral("-")));
        CliContext::printLine(tr("  Extensions: %1, of which notified after the legal deadline: %2")
                                  .arg(d.extended)
                                  .arg(d.extendedLate));

        CliContext::printLine(tr("Retention on %1").arg(date(r.on)));
        CliContext::printLine(tr("  Overdue for destruction: %1 (oldest expired %2)")
                                  .arg(r.expired)
                                  .arg(date(r.oldestExpired)));
        CliContext::printLine(
            tr("  Legal holds: %1, keeping %n expired item(s)", nullptr, r.heldItems)
                .arg(r.onHold));
        CliContext::printLine(tr("  Expiring in the next 12 months: %1; destroyed in the last 12 "
                                 "months: %2")
                                  .arg(r.expiringByCategory.total())
                                  .arg(r.destructionsByMonth.total()));

        CliContext::printLine(tr("Disclosures on %1").arg(date(x.on)));
        CliContext::printLine(tr("  Last 12 months: %1").arg(x.total));
        CliContext::printLine(tr("  Data subjects still to be informed: %1 (%n disclosure(s)); "
                                 "informing prohibited: %2",
                                 nullptr, x.toInform)
                                  .arg(x.toInformPersons)
                                  .arg(x.prohibited));
        for (const DisclosureFigures::TopRecipient &top : x.topRecipients)
            CliContext::printLine(QStringLiteral("    %1  %2 (%3)")
                                      .arg(top.count, 5)
                                      .arg(top.name, top.categoryLabel));
        CliContext::printLine(
            tr("  Processing agreements due for review: %1").arg(x.reviewsOverdue.size()));
        for (const DisclosureFigures::Review &review : x.reviewsOverdue)
            CliContext::printLine(
                QStringLiteral("    %1  %2")
                    .arg(review.review.isValid() ? date(review.review) : tr("no agreement"),
                         review.name));
    }

    static int runDashboard(CliContext &context)
    {
        bool ok = true;
        QDate on = dateOption(context.parser(), QStringLiteral("on"), &ok);
        if (!ok)
            return UsageError;
        if (!on.isValid())
            on = systemClock().today();
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        const DashboardService service(*session);
        ServiceError error;
        // Figures that could not be read are exit 1, never zeros.
        const DeadlineFigures deadlines = service.deadlines(on, &error);
        if (error.isError())
            return CliContext::readFailure(error, false);
        const RetentionFigures retention = service.retention(on, &error);
        if (error.isError())
            return CliContext::readFailure(error, false);
        const DisclosureFigures disclosures = service.disclosures(on, &error);
        if (error.isError())
            return CliContext::readFailure(error, false);
        // The register as it stands now; the months and "this year" of the reference date.
        const QDateTime now = DashboardService::breachMoment(on, systemClock().now());
        const BreachFigures breaches = service.breaches(now, &error);
        if (error.isError())
            return CliContext::readFailure(error, false);
        if (context.parser().isSet(QStringLiteral("json"))) {
            QJsonObject json = DashboardService::toJson(deadlines, retention, disclosures);
            json.insert(QStringLiteral("breaches"), DashboardService::breachesToJson(breaches));
            if (session->store().isDemo())
                json.insert(QStringLiteral("demo"), true); // as `info --json` says it
            CliContext::printJson(QJsonDocument(json));
        } else {
            printSummary(deadlines, retention, disclosures);
            CliContext::printLine(tr("Data breaches"));
            CliContext::printLine(tr("  Open: %1; 72-hour clocks running: %2; notified late this "
                                     "year: %3")
                                      .arg(breaches.open)
                                      .arg(breaches.clockRunning)
                                      .arg(breaches.notifiedLateThisYear));
        }
        return Success;
    }
};

// `today`: what needs attention today, as the desk's "Vandaag" strip shows it.
class TodayCommand final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::TodayCommand)
public:
    static int run(CliContext &context)
    {
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        ServiceError error;
        const TodayFigures f = TodayService(*session).read(&error);
        // Figures that could not be read are exit 1, never "nothing urgent".
        if (error.isError())
            return CliContext::readFailure(error, false);
        if (context.parser().isSet(QStringLiteral("json"))) {
            CliContext::printJson(QJsonDocument(TodayService::toJson(f)));
            return Success;
        }
        //: Dutch: "Vandaag, %1"
        CliContext::printLine(
            tr("Today, %1").arg(QLocale().toString(f.today, QLocale::ShortFormat)));
        if (f.nothingUrgent()) {
            //: Dutch: "  Niets dringends."
            CliContext::printLine(tr("  Nothing urgent."));
            return Success;
        }
        for (const BreachClock &c : f.breachClocks)
            CliContext::printLine(
                c.hoursLeft >= 0
                    //: Dutch: "  Datalek %1: nog %n uur om te melden aan de AP"
                    ? tr("  Data breach %1: %n hour(s) left to notify the AP", nullptr, c.hoursLeft)
                          .arg(c.number)
                    //: Dutch: "  Datalek %1: melding aan de AP %2 te laat"
                    : tr("  Data breach %1: notification to the AP %2 late")
                          .arg(c.number, BreachCodes::delayText(c.deadline.secsTo(f.now))));
        for (const BreachClock &c : f.breachSubjects)
            //: Dutch: "  Datalek %1: betrokkenen nog informeren (art. 34 AVG)"
            CliContext::printLine(
                tr("  Data breach %1: inform the people concerned (art. 34 GDPR)").arg(c.number));
        const QList<QPair<int, QString>> lines {
            //: Dutch: "  Te laat (wettelijke termijn): %1"
            { f.lateLegal, tr("  Late (legal deadline): %1") },
            //: Dutch: "  Te laat (alleen eigen termijn): %1"
            { f.latePolicyOnly, tr("  Late (own deadline only): %1") },
            //: Dutch: "  Uiterste datum vandaag: %1"
            { f.dueToday, tr("  Due today: %1") },
            //: Dutch: "  Uiterste datum binnen 7 dagen: %1"
            { f.dueWithin7Days, tr("  Due within 7 days: %1") },
            //: Dutch: "  Wachten op identificatie of machtiging: %1"
            { f.awaitingIdentity, tr("  Awaiting identification or a mandate: %1") },
            //: Dutch: "  Te vernietigen (bewaartermijn voorbij): %1"
            { f.retentionDue, tr("  To destroy (retention period passed): %1") },
            //: Dutch: "  Ontvangers nog informeren (art. 19 AVG), verzoeken: %1"
            { static_cast<int>(f.art19Requests.size()),
              tr("  Recipients still to be told (art. 19 GDPR), requests: %1") },
            //: Dutch: "  Convenanten te evalueren: %1"
            { static_cast<int>(f.covenantReviews.size()), tr("  Covenants to review: %1") },
            //: Dutch: "  Bewaringen buiten Privacydesk voorbij ‘vastgelegd tot’: %1"
            { static_cast<int>(f.holdsExpired.size()),
              tr("  Holds on outside data past ‘kept until’: %1") },
            //: Dutch: "  Bewaringen buiten Privacydesk na afronding zonder einddatum: %1"
            { static_cast<int>(f.holdsWithoutEnd.size()),
              tr("  Holds on outside data without an end date after closing: %1") },
        };
        for (const auto &[count, line] : lines) {
            if (count > 0)
                CliContext::printLine(line.arg(count));
        }
        return Success;
    }
};

// `report year YEAR [--pdf FILE] [--csv FILE]`: the year's report to the board.
class YearReportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::YearReportCommand)
public:
    static void printText(const YearReport &report)
    {
        CliContext::printLine(YearReportService::documentTitle(report.year));
        CliContext::printLine(YearReportService::periodText(report));
        for (const YearSection &section : report.sections) {
            CliContext::printLine(QString());
            CliContext::printLine(section.title);
            for (const YearTable &table : section.tables) {
                CliContext::printLine(QStringLiteral("  ") + table.title);
                for (const YearFigure &figure : table.figures)
                    CliContext::printLine(QStringLiteral("    %1  %2")
                                              .arg(YearReportService::valueText(figure), 6)
                                              .arg(figure.label));
            }
        }
    }

    static int run(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const QStringList arguments = p.positionalArguments();
        bool isNumber = false;
        const int year = arguments.size() == 1 ? arguments.first().toInt(&isNumber) : 0;
        if (!isNumber)
            //: Dutch: "report year heeft één jaartal nodig, bijvoorbeeld: report year 2026."
            return CliContext::usage(tr("report year needs one year, e.g. report year 2026."));
        const QString pdf = p.value(QStringLiteral("pdf"));
        const QString csv = p.value(QStringLiteral("csv"));
        if (!pdf.isEmpty()
            && QFileInfo(pdf).absoluteFilePath() == QFileInfo(csv).absoluteFilePath())
            //: Dutch: "Geef --pdf en --csv elk een eigen bestand."
            return CliContext::usage(tr("Give --pdf and --csv a file each."));
        if (!pdf.isEmpty() && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return CliContext::fail(tr("A PDF needs fonts, which this program did not load."));
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        // Both files are checked before either is written: never one of the two.
        const bool overwrite = p.isSet(QStringLiteral("overwrite"));
        for (const QString &path : { pdf, csv }) {
            if (path.isEmpty())
                continue;
            if (const QString refused
                = OutputFile::refusal(path, overwrite, session->store().directory());
                !refused.isEmpty())
                return CliContext::fail(refused);
        }
        ServiceError error;
        const std::optional<YearReport> report = YearReportService(*session).report(year, &error);
        if (!report)
            return error.code == ServiceError::Code::Storage ? CliContext::readFailure(error, false)
                                                             : CliContext::fail(error);
        QString failure;
        if (!csv.isEmpty()
            && !YearReportService::writeCsv(
                *report, OutputTarget(csv, overwrite, session->store().directory()), &failure))
            return CliContext::fail(failure);
        if (!pdf.isEmpty()
            && !YearReportService::writePdf(
                *report, OrganisationSettings(*session).details().name,
                PrintedDocument::marking(session->store()),
                OutputTarget(pdf, overwrite, session->store().directory()), &failure))
            return CliContext::fail(failure);
        if (p.isSet(QStringLiteral("json")))
            CliContext::printJson(QJsonDocument(YearReportService::toJson(*report)));
        else if (pdf.isEmpty() && csv.isEmpty())
            printText(*report);
        return Success;
    }
};

QList<Command> reportCommands()
{
    return {
        command("today",
                QT_TRANSLATE_NOOP(
                    "pd::cli",
                    "What needs attention today, as the desk's \"Today\" strip "
                    "shows it: the running AP clocks of data breaches, requests due "
                    "today and within 7 days, late against each clock, awaiting "
                    "identification, retention periods passed, art. 19 notices to do (with --json: "
                    "\"breach_clocks\", \"breach_subjects\", \"due_today\", "
                    "\"due_within_7_days\", \"late_legal\", "
                    "\"late_policy_only\", \"awaiting_identity\", "
                    "\"retention_due\", \"art19_pending\")."),
                {}, TodayCommand::run),
        command("report dashboard",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "The dashboards' figures as of a reference date: deadlines, "
                                  "retention, disclosures and data breaches (with --json: "
                                  "\"deadlines\", \"retention\", \"disclosures\", \"breaches\")."),
                { referenceDateOption() }, ReportCommands::runDashboard),
        command("report year",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "The year's report to the board for a calendar year: requests by "
                                  "kind, channel and outcome, on time by deadline, extensions, "
                                  "median handling time, data breaches, disclosures and "
                                  "destructions, each table with its definition; the dashboards' "
                                  "figures at 31 December. Without --pdf or --csv it is printed "
                                  "(with --json: \"year\", \"from\", \"until\", \"complete\", "
                                  "\"sections\")."),
                "YEAR",
                { option(QStringLiteral("pdf"),
                         QT_TRANSLATE_NOOP("pd::cli", "Write the report as an A4 PDF."),
                         QT_TRANSLATE_NOOP("pd::cli", "FILE")),
                  option(QStringLiteral("csv"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "Write the figures as CSV: one row per figure "
                                           "(section, figure, value, definition)."),
                         QT_TRANSLATE_NOOP("pd::cli", "FILE")),
                  overwriteFilesOption() },
                YearReportCommand::run),
    };
}

} // namespace pd::cli
