#include "reports/YearReportSections.h"

#include "breaches/Breach.h"
#include "cases/CaseCodes.h"
#include "reports/YearReportRepository.h"
#include "store/Store.h"

#include <QLocale>

// The sections of the year report: each a function over YearSources, its tables
// the dashboards' figures for the year with the sentence that defines them.
namespace pd {

YearFigure YearSections::count(const QString &code, const QString &label, int value)
{
    return { code, label, double(value), YearFigure::Kind::Count };
}

// "1 januari 2026", "31 December 2026": in the desk's language.
QString YearSections::dayText(QDate day)
{
    return QLocale().toString(day, QStringLiteral("d MMMM yyyy"));
}

namespace {

// part of whole as a percentage; none without a whole.
YearFigure percent(const QString &code, const QString &label, int part, int whole)
{
    YearFigure f { code, label, std::nullopt, YearFigure::Kind::Percent };
    if (whole > 0)
        f.value = 100.0 * part / whole;
    return f;
}

// One figure per series (its total over the year's months) and a total.
QList<YearFigure> seriesTotals(const MonthlyBreakdown &breakdown)
{
    QList<YearFigure> figures;
    for (const MonthlyBreakdown::Series &series : breakdown.series) {
        int sum = 0;
        for (int c : series.counts)
            sum += c;
        figures << YearSections::count(series.code, series.label, sum);
    }
    return figures;
}

// Codes and labels with their counts from a map; a code outside the list is added as itself.
template<typename Value>
QList<YearFigure> codeFigures(const QList<Value> &values, QHash<QString, int> counts)
{
    QList<YearFigure> figures;
    for (const Value value : values)
        figures << YearSections::count(codes::code(value), codes::label(value),
                                       counts.take(codes::code(value)));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        figures << YearSections::count(
            it.key().isEmpty() ? QStringLiteral("none") : it.key(),
            it.key().isEmpty()
                //: Dutch: "Zonder uitkomst"
                ? QCoreApplication::translate("pd::YearSections", "Without an outcome")
                : it.key(),
            it.value());
    return figures;
}

} // namespace

bool YearSections::requests(YearSources &s, YearSection *section, ServiceError *error)
{
    const DeadlineFigures *d = s.deadlines(error);
    if (!d)
        return false;
    QHash<QString, int> channels;
    QHash<QString, int> outcomes;
    const QSqlDatabase db = s.session().store().database();
    if (!YearReportRepository::channels(db, s.from(), s.until(), &channels, error)
        || !YearReportRepository::outcomes(db, s.from(), s.until(), &outcomes, error))
        return false;
    const QString from = dayText(s.from());
    const QString until = dayText(s.until());
    section->code = QStringLiteral("requests");
    //: Dutch: "Verzoeken van betrokkenen"
    section->title = tr("Requests of data subjects");

    YearTable kinds { QStringLiteral("received_by_kind"),
                      //: Dutch: "Ontvangen, per soort"
                      tr("Received, by kind"),
                      //: Dutch: "Verzoeken ontvangen van %1 tot en met %2 (datum van ontvangst).
                      //: Een verzoek van meer soorten telt bij elke soort; het totaal telt elk
                      //: verzoek één keer."
                      tr("Requests received from %1 up to and including %2 (date of receipt). A "
                         "request of several kinds counts under each kind; the total counts each "
                         "request once.")
                          .arg(from, until),
                      seriesTotals(d->intakeByType) };
    //: Dutch: "Totaal ontvangen"
    kinds.figures << count(QStringLiteral("total"), tr("Total received"), d->intake);

    QList<YearFigure> channelFigures = codeFigures(codes::all<Channel>(), channels);
    //: Dutch: "Totaal"
    channelFigures << count(QStringLiteral("total"), tr("Total"), d->intake);
    const YearTable byChannel {
        QStringLiteral("received_by_channel"),
        //: Dutch: "Ontvangen, per kanaal"
        tr("Received, by channel"),
        //: Dutch: "Dezelfde verzoeken naar het kanaal waarlangs ze binnenkwamen."
        tr("The same requests by the channel they came in through."), channelFigures
    };

    QList<YearFigure> outcomeFigures = codeFigures(codes::all<Outcome>(), outcomes);
    //: Dutch: "Totaal afgerond"
    outcomeFigures << count(QStringLiteral("total"), tr("Total completed"), d->answered);
    const YearTable byOutcome {
        QStringLiteral("handled_by_outcome"),
        //: Dutch: "Afgerond, per uitkomst"
        tr("Completed, by outcome"),
        //: Dutch: "Verzoeken beantwoord of afgesloten van %1 tot en met %2 (ook als ze eerder
        //: ontvangen zijn), naar de uitkomst die bij het afronden is vastgelegd."
        tr("Requests answered or closed from %1 up to and including %2 (also when received "
           "earlier), by the outcome recorded on completion.")
            .arg(from, until),
        outcomeFigures
    };
    section->tables = { kinds, byChannel, byOutcome };
    return true;
}

bool YearSections::deadlines(YearSources &s, YearSection *section, ServiceError *error)
{
    const DeadlineFigures *d = s.deadlines(error);
    if (!d)
        return false;
    const QString from = dayText(s.from());
    const QString until = dayText(s.until());
    section->code = QStringLiteral("deadlines");
    //: Dutch: "Termijnen"
    section->title = tr("Deadlines");
    const int withinLegal = d->answered - d->answeredLateLegal;
    const int withinBoth = withinLegal - d->answeredLatePolicyOnly;
    const YearTable onTime {
        QStringLiteral("on_time"),
        //: Dutch: "Op tijd, per termijn"
        tr("On time, by deadline"),
        //: Dutch: "Verzoeken beantwoord of afgesloten van %1 tot en met %2. De wettelijke
        //: termijn is een maand na ontvangst, na verlenging drie maanden (art. 12 lid 3 AVG),
        //: op een weekend- of feestdag de eerstvolgende werkdag. De eigen termijn is die van het
        //: beleid van de organisatie (Instellingen). Een verzoek dat te laat is, telt bij één
        //: termijn: de wettelijke als die voorbij was, anders de eigen."
        tr("Requests answered or closed from %1 up to and including %2. The legal deadline is one "
           "month after receipt, three months when extended (art. 12(3) GDPR), moved to the next "
           "working day from a weekend or public holiday. The own deadline is the organisation's "
           "policy (Settings). A late request counts under one deadline: the legal one when it "
           "had passed, otherwise the own one.")
            .arg(from, until),
        {
            //: Dutch: "Afgerond"
            count(QStringLiteral("answered"), tr("Completed"), d->answered),
            //: Dutch: "Binnen de wettelijke termijn"
            count(QStringLiteral("within_legal"), tr("Within the legal deadline"), withinLegal),
            //: Dutch: "Binnen de wettelijke termijn (%)"
            percent(QStringLiteral("within_legal_share"), tr("Within the legal deadline (%)"),
                    withinLegal, d->answered),
            //: Dutch: "Binnen de eigen én de wettelijke termijn"
            count(QStringLiteral("within_both"), tr("Within the own and the legal deadline"),
                  withinBoth),
            //: Dutch: "Binnen de eigen én de wettelijke termijn (%)"
            percent(QStringLiteral("within_both_share"),
                    tr("Within the own and the legal deadline (%)"), withinBoth, d->answered),
            //: Dutch: "Te laat: wettelijke termijn voorbij"
            count(QStringLiteral("late_legal"), tr("Late: legal deadline passed"),
                  d->answeredLateLegal),
            //: Dutch: "Te laat: alleen de eigen termijn voorbij"
            count(QStringLiteral("late_policy_only"), tr("Late: only the own deadline passed"),
                  d->answeredLatePolicyOnly),
        }
    };
    const YearTable handling {
        QStringLiteral("handling_time"),
        //: Dutch: "Behandelduur"
        tr("Handling time"),
        //: Dutch: "Kalenderdagen van ontvangst tot antwoord van dezelfde verzoeken: de middelste
        //: waarde (bij een even aantal het gemiddelde van de twee middelste)."
        tr("Calendar days from receipt to answer of the same requests: the middle value (with an "
           "even number, the mean of the two middle ones)."),
        { YearFigure { QStringLiteral("median_days"),
                       //: Dutch: "Mediaan (dagen)"
                       tr("Median (days)"), d->medianHandlingDays, YearFigure::Kind::Days } }
    };
    const YearTable extensions {
        QStringLiteral("extensions"),
        //: Dutch: "Verlengingen"
        tr("Extensions"),
        //: Dutch: "Verzoeken ontvangen van %1 tot en met %2 die zijn verlengd en waarover de
        //: betrokkene is geïnformeerd (art. 12 lid 3 AVG). Te laat geïnformeerd: na de
        //: wettelijke termijn van een maand; de termijn blijft dan een maand."
        tr("Requests received from %1 up to and including %2 that were extended, with the data "
           "subject informed of it (art. 12(3) GDPR). Informed late: after the legal deadline of "
           "one month; the deadline then stays one month.")
            .arg(from, until),
        {
            //: Dutch: "Verlengd"
            count(QStringLiteral("extended"), tr("Extended"), d->extended),
            //: Dutch: "Waarvan te laat geïnformeerd"
            count(QStringLiteral("extended_late"), tr("Of which informed late"), d->extendedLate),
        }
    };
    section->tables = { onTime, handling, extensions };
    return true;
}

bool YearSections::breaches(YearSources &s, YearSection *section, ServiceError *error)
{
    const BreachFigures *b = s.breaches(error);
    if (!b)
        return false;
    YearReportRepository::BreachNotices notices;
    const auto moment = [](QDate day) {
        return BreachCodes::storedMoment(day.startOfDay(organisationTimeZone()).toUTC());
    };
    if (!YearReportRepository::breachNotices(s.session().store().database(), moment(s.from()),
                                             moment(s.until().addDays(1)), s.from(), s.until(),
                                             &notices, error))
        return false;
    int discovered = 0;
    for (int total : b->totalByMonth)
        discovered += total;
    const QString from = dayText(s.from());
    const QString until = dayText(s.until());
    section->code = QStringLiteral("breaches");
    //: Dutch: "Datalekken"
    section->title = tr("Data breaches");
    const YearTable register_ {
        QStringLiteral("register"),
        //: Dutch: "Register en meldingen"
        tr("Register and notifications"),
        //: Dutch: "Ontdekt: datalekken ontdekt van %1 tot en met %2 (Nederlandse tijd). Gemeld:
        //: meldingen aan de AP in die periode, ook van een datalek uit een eerder jaar; te laat:
        //: later dan 72 uur na de ontdekking (art. 33 lid 1 AVG). Betrokkenen geïnformeerd:
        //: datalekken waarvan de betrokkenen in die periode zijn geïnformeerd (art. 34 AVG)."
        tr("Discovered: data breaches discovered from %1 up to and including %2 (Dutch time). "
           "Notified: notifications to the AP in that period, also of a breach from an earlier "
           "year; late: more than 72 hours after discovery (art. 33(1) GDPR). Data subjects "
           "informed: breaches whose data subjects were informed in that period (art. 34 GDPR).")
            .arg(from, until),
        {
            //: Dutch: "Ontdekt"
            count(QStringLiteral("discovered"), tr("Discovered"), discovered),
            //: Dutch: "Gemeld aan de AP"
            count(QStringLiteral("notified"), tr("Notified to the AP"), notices.notifiedToAp),
            //: Dutch: "Waarvan te laat (na 72 uur)"
            count(QStringLiteral("notified_late"), tr("Of which late (after 72 hours)"),
                  b->notifiedLateThisYear),
            //: Dutch: "Betrokkenen geïnformeerd"
            count(QStringLiteral("subjects_informed"), tr("Data subjects informed"),
                  notices.subjectsInformed),
        }
    };
    YearTable natures {
        QStringLiteral("by_nature"),
        //: Dutch: "Ontdekt, per soort inbreuk"
        tr("Discovered, by nature"),
        //: Dutch: "Dezelfde ontdekte datalekken naar de soort inbreuk (vertrouwelijkheid,
        //: integriteit, beschikbaarheid); een datalek van meer soorten telt bij elke soort."
        tr("The same discovered breaches by nature (confidentiality, integrity, availability); a "
           "breach of several natures counts under each."),
        {}
    };
    const QList<BreachNature> kinds = codes::all<BreachNature>();
    for (qsizetype n = 0; n < kinds.size(); ++n) {
        int sum = 0;
        for (const QList<int> &month : b->byMonthAndNature)
            sum += month.value(n);
        natures.figures << count(codes::code(kinds.at(n)), codes::label(kinds.at(n)), sum);
    }
    section->tables = { register_, natures };
    return true;
}

bool YearSections::disclosures(YearSources &s, YearSection *section, ServiceError *error)
{
    const DisclosureFigures *x = s.disclosures(error);
    if (!x)
        return false;
    section->code = QStringLiteral("disclosures");
    //: Dutch: "Verstrekkingen aan derden"
    section->title = tr("Disclosures to third parties");
    YearTable byCategory {
        QStringLiteral("by_category"),
        //: Dutch: "Per soort ontvanger"
        tr("By kind of recipient"),
        //: Dutch: "Verstrekkingen in het register met een datum van %1 tot en met %2, naar de
        //: categorie van de ontvanger. Een verstrekking over meer personen telt één keer."
        tr("Disclosures in the register dated from %1 up to and including %2, by the recipient's "
           "category. A disclosure about several persons counts once.")
            .arg(dayText(s.from()), dayText(s.until())),
        seriesTotals(x->byCategory)
    };
    //: Dutch: "Totaal"
    byCategory.figures << count(QStringLiteral("total"), tr("Total"), x->total);
    YearTable byBasis { QStringLiteral("by_basis"),
                        //: Dutch: "Per grondslag"
                        tr("By legal basis"),
                        //: Dutch: "Dezelfde verstrekkingen naar hun grondslag (art. 6 lid 1 AVG)."
                        tr("The same disclosures by their legal basis (art. 6(1) GDPR)."),
                        {} };
    for (const CodeCount &basis : x->byLegalBasis)
        byBasis.figures << count(basis.code, basis.label, basis.count);
    section->tables = { byCategory, byBasis };
    return true;
}

bool YearSections::destructions(YearSources &s, YearSection *section, ServiceError *error)
{
    const RetentionFigures *r = s.retention(error);
    if (!r)
        return false;
    section->code = QStringLiteral("destructions");
    //: Dutch: "Vernietigingen"
    section->title = tr("Destructions");
    YearTable byKind {
        QStringLiteral("by_kind"),
        //: Dutch: "Vernietigd, per soort"
        tr("Destroyed, by kind"),
        //: Dutch: "Vernietigingen na afloop van de bewaartermijn, vastgelegd met een datum van
        //: %1 tot en met %2: verzoekdossiers van een persoon, overige gegevens (uit het register
        //: van bewaartermijnen) en datalekken."
        tr("Destructions after the retention period, recorded with a date from %1 up to and "
           "including %2: a person's request files, other data (from the retention register) and "
           "data breaches.")
            .arg(dayText(s.from()), dayText(s.until())),
        seriesTotals(r->destructionsByMonth)
    };
    //: Dutch: "Totaal"
    byKind.figures << count(QStringLiteral("total"), tr("Total"), r->destructionsByMonth.total());
    section->tables = { byKind };
    return true;
}

} // namespace pd
