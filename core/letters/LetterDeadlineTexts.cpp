// The sentences of a request's letter about its deadline (LetterTemplates::values): the
// extension the law and the policy allow, what waiting for the identification or the mandate
// does to it, the extension notice. Plain Dutch (B1) whatever the interface language.
#include "letters/LetterDeadlineTexts.h"

#include "letters/LetterWords.h"

namespace pd::letterdeadlines {

using namespace letterwords;

namespace {

// Whether waiting for what is asked stops the clock: only when it is asked at most the policy's
// days after receipt (DeadlineCalendar: identificationLate, mandateLate). requested: the day
// recorded, else the letter's date, the day it goes out at the earliest.
bool pauseCounts(const LetterContext &context, QDate requested)
{
    const QDate received = context.request.receivedDate;
    const QDate asked = requested.isValid() ? requested : context.date;
    return !received.isValid() || !asked.isValid()
        || received.daysTo(asked) <= context.policy.identificationRequestWithinDays;
}

// The clock keeps running when it was asked late: the letter says so, never that it waits
// (found reading a Mijande letter made 16 days after receipt, seed 001).
QString pauseLateSentence()
{
    return QStringLiteral("De termijn voor ons antwoord loopt wel door. Wij vragen dit namelijk "
                          "later dan %1 dagen nadat wij uw verzoek hebben ontvangen.");
}

} // namespace

// "30 dagen", "vier weken", "één maand": a policy's period as a letter says it.
QString dutchPeriod(Period period)
{
    static const char *const words[] = { "nul",   "één",  "twee",  "drie", "vier", "vijf",  "zes",
                                         "zeven", "acht", "negen", "tien", "elf",  "twaalf" };
    const QString amount = period.amount >= 0 && period.amount <= 12
        ? QString::fromUtf8(words[period.amount])
        : QString::number(period.amount);
    const bool one = period.amount == 1;
    switch (period.unit) {
    case PeriodUnit::Days:
        return amount + (one ? QStringLiteral(" dag") : QStringLiteral(" dagen"));
    case PeriodUnit::Weeks:
        return amount + (one ? QStringLiteral(" week") : QStringLiteral(" weken"));
    case PeriodUnit::Months:
        return amount + (one ? QStringLiteral(" maand") : QStringLiteral(" maanden"));
    }
    return amount;
}

// {{termijn.verlenging}} (issue 14): what the law allows (art. 12 lid 3 AVG: one month, two
// more where necessary) and what the organisation does, so that the acknowledgement never
// promises an extension its own policy does not have, nor hides the one it has. Plain Dutch in
// short sentences (issue 18).
QString extensionSentence(const LetterContext &context)
{
    const Case &c = context.request;
    const Deadlines &d = context.deadlines.all;
    const QString month
        = QStringLiteral("De wet geeft ons hiervoor één maand (artikel 12 lid 3 AVG).");
    if (c.extended && !context.deadlines.extensionLegallyLate)
        return month
            + QStringLiteral(" Op %1 hebben wij u laten weten dat wij meer tijd nodig hebben, en "
                             "waarom. De datum hierboven houdt daar al rekening mee.")
                  .arg(dutchDate(c.extensionNotified));
    // The date above is the organisation's own when its term ends before the law's month (four
    // weeks; 30 days in a month of 31 days): the sentence names that term and the month as the
    // most the law allows, so that the date and the sentence agree (seed 003: "uiterlijk op
    // 29 oktober … De wet geeft ons hiervoor één maand").
    const bool ownBinds = context.policy.base.unit != PeriodUnit::Months
        && context.deadlines.currentBinding == Binding::Policy && d.policy.isValid()
        && d.policy < d.legal && context.deadlines.current == d.policy;
    const QString law = ownBinds
        ? QStringLiteral("Dat is onze eigen termijn van %1. De wet geeft ons hiervoor ten hoogste "
                         "één maand (artikel 12 lid 3 AVG).")
              .arg(dutchPeriod(context.policy.base))
        : month;
    const QString mayExtend
        = QStringLiteral(" Soms is meer tijd nodig, bijvoorbeeld als een verzoek ingewikkeld is of "
                         "als wij veel verzoeken krijgen. De wet staat dan toe dat de termijn met "
                         "ten hoogste twee maanden wordt verlengd.");
    if (context.policy.extension.amount > 0)
        return law + mayExtend
            + QStringLiteral(" Wij verlengen alleen als dat echt nodig is. U krijgt ons antwoord "
                             "dan uiterlijk op %1. Als wij verlengen, laten wij u dat uiterlijk op "
                             "%2 weten, en waarom.")
                  .arg(dutchDate(d.effectiveExtended), dutchDate(d.legal));
    // No extension of its own ("binnen vier weken"): an extension would move only the legal
    // deadline, never the date promised above.
    if (d.policy.isValid() && d.policy <= d.legal)
        return law + mayExtend
            + QStringLiteral(" Wij verlengen niet: wij houden ons aan onze eigen termijn van %1.")
                  .arg(dutchPeriod(context.policy.base));
    return law + mayExtend + QStringLiteral(" Wij verlengen niet.");
}

// {{identificatie.termijn}} (issue 18): what an identification request does to the deadline,
// as the organisation's policy has it (Settings → Deadlines → Identification), and only when
// it is asked in time.
QString identificationPauseSentence(const LetterContext &context)
{
    if (!pauseCounts(context, context.request.identification.requested))
        return pauseLateSentence().arg(context.policy.identificationRequestWithinDays);
    switch (context.policy.identificationModel) {
    case IdentificationModel::Pause:
        return QStringLiteral("Zolang wij niet weten wie u bent, staat de termijn voor ons "
                              "antwoord stil.");
    case IdentificationModel::Restart:
        return QStringLiteral("De termijn voor ons antwoord begint dan opnieuw op de dag dat wij "
                              "weten wie u bent.");
    }
    return {};
}

// {{machtiging.termijn}} (issue 38): what waiting for the mandate does to the deadline: it
// waits, when asked in time.
QString mandatePauseSentence(const LetterContext &context)
{
    if (!pauseCounts(context, context.request.mandate.requested))
        return pauseLateSentence().arg(context.policy.identificationRequestWithinDays);
    return QStringLiteral("Zolang wij de machtiging niet hebben, staat de termijn voor ons "
                          "antwoord stil.");
}

// {{verlenging.bericht}} (issue 18): a notice made on the day the extension is told announces
// it; made later, it confirms in writing what was told then (a letter dated after the first
// month must never read as a late extension).
QString extensionNoticeSentence(const LetterContext &context)
{
    const Case &c = context.request;
    if (c.extensionNotified.isValid() && c.extensionNotified < context.date)
        return QStringLiteral("Op %1 hebben wij u laten weten dat wij meer tijd nodig hebben en de "
                              "termijn verlengen. Met deze brief bevestigen wij dat.")
            .arg(dutchDate(c.extensionNotified));
    return QStringLiteral("Wij hebben meer tijd nodig om uw verzoek zorgvuldig af te handelen. "
                          "Daarom verlengen wij de termijn.");
}

// {{verlenging.pauze}} (issue 38): why the dates of the extension notice lie later than one
// month (three months) after receipt when waiting for the identification moved them; empty
// when it did not. Plain Dutch in short sentences.
QString identificationPauseNote(const LetterContext &context)
{
    const Deadlines &d = context.deadlines.all;
    const Identification &id = context.request.identification;
    if (!d.pauseApplied || !id.requested.isValid() || !id.received.isValid())
        return {};
    const QString asked = QStringLiteral("Op %1 hebben wij u gevraagd te laten zien wie u bent. "
                                         "Op %2 wisten wij dat.")
                              .arg(dutchDate(id.requested), dutchDate(id.received));
    if (d.pauseDays > 0)
        return asked
            + QStringLiteral(" De %1 daartussen tellen niet mee voor de termijn. Daarom liggen "
                             "de datums in deze brief %1 later.")
                  .arg(d.pauseDays == 1 ? QStringLiteral("1 dag")
                                        : QStringLiteral("%1 dagen").arg(d.pauseDays));
    return asked
        + QStringLiteral(" De termijn begon op die dag opnieuw. Daarom liggen de datums in deze "
                         "brief later.");
}

// {{besluit.te_laat}} (issue 38, seed 000): an answer sent after its deadline says so. Measured
// on the day of the answer (the letter's date while none is recorded), against the law's clock
// first: a tenant who waited past the legal month must not read the decision as if nothing
// happened (art. 12 lid 3 AVG). Late only against the organisation's own, shorter promise, the
// letter says that promise.
QString lateAnswerHtml(const LetterContext &context)
{
    const Case &c = context.request;
    const QDate day = c.answeredOn.isValid() ? c.answeredOn : context.date;
    const Lateness late = Lateness::of(c, context.deadlines, day);
    if (late.legalDays > 0)
        return QStringLiteral("<p>Wij hebben u later geantwoord dan de wet toestaat (artikel 12 "
                              "lid 3 AVG). Wij hadden uiterlijk op %1 moeten antwoorden. Dat "
                              "spijt ons.</p>")
            .arg(dutchDate(late.legalDeadline));
    if (late.policyDays > 0)
        return QStringLiteral("<p>Wij hebben u later geantwoord dan wij beloven. Wij hadden "
                              "uiterlijk op %1 moeten antwoorden. Dat spijt ons.</p>")
            .arg(dutchDate(late.policyDeadline));
    return {};
}

} // namespace pd::letterdeadlines
