// The inzage report's sentences about how soon a request is answered (section 7, the rights):
// the organisation's own period, capped by the law's month, and that it may take longer
// (art. 12(3) AVG).
#include "documents/PersonReportDocument.h"

namespace pd {

QString PersonReportDocument::periodText(Period period)
{
    switch (period.unit) {
    case PeriodUnit::Days:
        //: Dutch: "%n dag(en)"
        return tr("%n day(s)", nullptr, period.amount);
    case PeriodUnit::Weeks:
        //: Dutch: "%n week/weken"
        return tr("%n week(s)", nullptr, period.amount);
    case PeriodUnit::Months:
        //: Dutch: "%n maand(en)"
        return tr("%n month(s)", nullptr, period.amount);
    }
    return {};
}

QString PersonReportDocument::answerWithin(const DeadlinePolicy &policy)
{
    // The law's month has 28 to 31 days: a shorter promise always binds, a longer one never.
    const Period base = policy.base;
    const int days = base.unit == PeriodUnit::Weeks ? base.amount * 7 : base.amount;
    if (base.amount > 0 && base.unit != PeriodUnit::Months && days <= 28)
        //: Dutch: "Wij antwoorden binnen %1."
        return tr("We answer within %1.").arg(periodText(base));
    // Not "never later than one month" (ieder1): an extended request is answered
    // later, and the report then says when (extendedAnswers).
    if (base.amount > 0 && base.unit != PeriodUnit::Months && days <= 31)
        //: Dutch: "Wij antwoorden binnen %1. Is één maand na ontvangst van uw verzoek eerder
        //: voorbij? Dan antwoorden wij binnen die maand."
        return tr("We answer within %1. If one month after we received your request ends "
                  "sooner, we answer within that month.")
            .arg(periodText(base));
    //: Dutch: "Wij antwoorden binnen één maand."
    return tr("We answer within one month.");
}

QString PersonReportDocument::mayExtend(const DeadlinePolicy &policy)
{
    // Art. 12(3): the month may be extended by two, the person told within the first with the
    // reasons. Without it, "never later than one month" would be a promise the organisation's
    // own extension breaks (seed 001 reading).
    if (policy.extension.amount <= 0)
        return {};
    //: Dutch: "Is er meer tijd nodig, bijvoorbeeld omdat een verzoek ingewikkeld is? Dan laten
    //: wij u dat binnen die termijn weten, met de reden (artikel 12 lid 3 AVG)."
    return tr("If we need more time, for instance because a request is complex, we tell you so "
              "within that time, with the reason (article 12(3) GDPR).");
}

QString PersonReportDocument::extendedAnswers(const PersonReport &report)
{
    // The person's open requests whose deadline was extended in time (art. 12(3)): the date their
    // extension notice gave ({{termijn.verlengd}}), never the month the sentence before names.
    QStringList sentences;
    for (const ReportRequest &r : report.requests) {
        const Case &c = r.request;
        if (!isOpen(c.state) || !c.extended || r.deadlines.extensionLegallyLate
            || !r.deadlines.all.effectiveExtended.isValid())
            continue;
        const QDate due = r.deadlines.all.effectiveExtended;
        if (report.printedOn.isValid() && due < report.printedOn) {
            //: Dutch: "Voor uw verzoek %1 hebben wij de termijn verlengd. Dat hebben wij u op %2
            //: laten weten. Wij hadden uiterlijk op %3 moeten antwoorden."
            sentences << tr("We extended the deadline for your request %1. We told you so on %2. "
                            "We should have answered by %3 at the latest.")
                             .arg(c.number, longDate(c.extensionNotified), longDate(due));
            continue;
        }
        //: Dutch: "Voor uw verzoek %1 hebben wij de termijn verlengd. Dat hebben wij u op %2
        //: laten weten. U krijgt ons antwoord uiterlijk op %3."
        sentences << tr("We extended the deadline for your request %1. We told you so on %2. You "
                        "will receive our answer by %3 at the latest.")
                         .arg(c.number, longDate(c.extensionNotified), longDate(due));
    }
    return sentences.join(u' ');
}

} // namespace pd
