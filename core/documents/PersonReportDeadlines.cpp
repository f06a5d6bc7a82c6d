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
    if (base.amount > 0 && base.unit != PeriodUnit::Months && days <= 31)
        //: Dutch: "Wij antwoorden binnen %1, en nooit later dan één maand nadat wij uw verzoek
        //: hebben ontvangen."
        return tr("We answer within %1, and never later than one month after we received your "
                  "request.")
            .arg(periodText(base));
    //: Dutch: "Wij antwoorden binnen één maand."
    return tr("We answer within one month.");
}

QString PersonReportDocument::mayExtend(const DeadlinePolicy &policy)
{
    // Art. 12(3): the month may be extended by two, the person told within the first with the
    // reasons. Without it, "never later than one month" would be a promise the organisation's
    // own extension breaks (seed 001 reading, issue 38).
    if (policy.extension.amount <= 0)
        return {};
    //: Dutch: "Is er meer tijd nodig, bijvoorbeeld omdat een verzoek ingewikkeld is? Dan laten
    //: wij u dat binnen die termijn weten, met de reden (artikel 12 lid 3 AVG)."
    return tr("If we need more time, for instance because a request is complex, we tell you so "
              "within that time, with the reason (article 12(3) GDPR).");
}

} // namespace pd
