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

// "1 dag", "7 dagen".
QString dutchDays(int days)
{
    return days == 1 ? QStringLiteral("1 dag") : QStringLiteral("%1 dagen").arg(days);
}

// That the days waited do not count: "De 7 dagen daartussen tellen niet mee voor de termijn.",
// "De dag daartussen telt …"; part: only some of them ("Daarvan tellen nog 3 dagen niet mee").
QString notCounted(int days, bool part = false)
{
    if (part)
        return days == 1
            ? QStringLiteral("Daarvan telt nog 1 dag niet mee voor de termijn.")
            : QStringLiteral("Daarvan tellen nog %1 dagen niet mee voor de termijn.").arg(days);
    return days == 1
        ? QStringLiteral("De dag daartussen telt niet mee voor de termijn.")
        : QStringLiteral("De %1 dagen daartussen tellen niet mee voor de termijn.").arg(days);
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

// {{termijn.verlenging}}: what the law allows (art. 12 lid 3 AVG: one month, two
// more where necessary) and what the organisation does, so that the acknowledgement never
// promises an extension its own policy does not have, nor hides the one it has. Plain Dutch in
// short sentences.
QString extensionSentence(const LetterContext &context)
{
    const Case &c = context.request;
    const Deadlines &d = context.deadlines.all;
    // The date above lies later than the term when waiting for the identification or the
    // mandate moved it: the sentence after the term says why (ieder1: six weeks as "één maand").
    const QString pause = pauseNote(context);
    const QString month
        = QStringLiteral("De wet geeft ons hiervoor één maand (artikel 12 lid 3 AVG).")
        + (pause.isEmpty() ? QString() : u' ' + pause);
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
            + (pause.isEmpty() ? QString() : u' ' + pause)
        : month;
    const QString mayExtend
        = QStringLiteral(" Soms is meer tijd nodig, bijvoorbeeld als een verzoek ingewikkeld is of "
                         "als wij veel verzoeken krijgen. De wet staat dan toe dat de termijn met "
                         "ten hoogste twee maanden wordt verlengd.");
    // The notice comes before the answer it would postpone: by the own deadline when that ends
    // before the law's month (a notice after it extends the own term no more).
    const QDate noticeBy = d.effective;
    if (context.policy.extension.amount > 0)
        return law + mayExtend
            + QStringLiteral(" Wij verlengen alleen als dat echt nodig is. U krijgt ons antwoord "
                             "dan uiterlijk op %1. Als wij verlengen, laten wij u dat uiterlijk op "
                             "%2 weten, en waarom.")
                  .arg(dutchDate(d.effectiveExtended), dutchDate(noticeBy));
    // No extension of its own ("binnen vier weken"): the law's extension stays available, and
    // would mean the own term is not met (art. 12 lid 3 AVG).
    return law + mayExtend
        + QStringLiteral(" Onze eigen termijn van %1 verlengen wij niet. Lukt het ons echt niet "
                         "om op tijd te antwoorden, dan mogen wij volgens de wet toch verlengen. "
                         "Dan laten wij u dat uiterlijk op %2 weten, en waarom. U krijgt ons "
                         "antwoord dan uiterlijk op %3.")
              .arg(dutchPeriod(context.policy.base), dutchDate(noticeBy),
                   dutchDate(d.legalExtended));
}

// {{identificatie.termijn}}: what an identification request does to the deadline,
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

// {{identificatie.aankondiging}} of the person's own request (ieder1: "Misschien
// vragen wij u te laten zien wie u bent" to a tenant who had logged in to the portal).
QString identificationAnnouncementHtml(const LetterContext &context, const QString &whatWeDo)
{
    const Identification &id = context.request.identification;
    if (id.received.isValid() && id.succeeded.value_or(true))
        return QStringLiteral("<p><b>U heeft laten zien wie u bent</b><br>Op %1 hebben wij "
                              "gecontroleerd dat het verzoek van u komt.%2 U hoeft dit niet nog "
                              "een keer te doen.</p>")
            .arg(dutchDate(id.received),
                 id.method
                     ? QStringLiteral(" Zo hebben wij dat gecontroleerd: %1.")
                           .arg(escaped(dutchMethod(*id.method, context.organisation.portalText())))
                     : QString());
    if (id.requested.isValid())
        return QStringLiteral("<p><b>Wij vragen u te laten zien wie u bent</b><br>Wij willen "
                              "zeker weten dat het verzoek van u komt. Pas dan %1. Daarom hebben "
                              "wij u op %2 gevraagd te laten zien wie u bent. %3</p>")
            .arg(whatWeDo, dutchDate(id.requested), identificationPauseSentence(context));
    return QStringLiteral("<p><b>Misschien vragen wij u te laten zien wie u bent</b><br>Wij "
                          "willen zeker weten dat het verzoek van u komt. Pas dan %1. Daarom kan "
                          "het zijn dat wij u nog vragen om te laten zien wie u bent. %2</p>")
        .arg(whatWeDo, identificationPauseSentence(context));
}

// {{machtiging.termijn}}: what waiting for the mandate does to the deadline: it
// waits, when asked in time.
QString mandatePauseSentence(const LetterContext &context)
{
    if (!pauseCounts(context, context.request.mandate.requested))
        return pauseLateSentence().arg(context.policy.identificationRequestWithinDays);
    return QStringLiteral("Zolang wij %1 niet hebben, staat de termijn voor ons antwoord stil.")
        .arg(MandateProof::of(context.request).proof);
}

// {{verlenging.bericht}}: a notice made on the day the extension is told announces
// it; made later, it confirms in writing what was told then (a letter dated after the first
// month must never read as a late extension).
// Told after the organisation's own deadline (ieder1: "Ook in dat geval zullen wij u
// tijdig op de hoogte stellen"), it says so in one sentence: the own term was not met.
QString extensionNoticeSentence(const LetterContext &context)
{
    const Case &c = context.request;
    const bool confirms = c.extensionNotified.isValid() && c.extensionNotified < context.date;
    const QString late = !context.deadlines.extensionAfterOwnDeadline
        ? QString()
        : (confirms ? QStringLiteral(" Dat bericht kwam later dan wij beloven: onze eigen "
                                     "termijn van %1 liep al af op %2.")
                    : QStringLiteral(" Wij laten u dit later weten dan wij beloven: onze eigen "
                                     "termijn van %1 liep al af op %2."))
              .arg(dutchPeriod(context.policy.base), dutchDate(context.deadlines.all.policy));
    // A policy without an extension of its own: the law's extension all the same, and the own
    // term is not met; the reasons follow in the letter ({{verlenging.redenen}}).
    const QString beyond = !context.deadlines.extensionBeyondOwnPolicy
        ? QString()
        : QStringLiteral(" Wij beloven u te antwoorden binnen onze eigen termijn van %1, dus "
                         "uiterlijk op %2. Die termijn halen wij nu niet, om de redenen hieronder. "
                         "Onze eigen regels kennen geen verlenging. De wet staat een verlenging "
                         "wel toe (artikel 12 lid 3 AVG). Daarom verlengen wij toch.")
              .arg(dutchPeriod(context.policy.base), dutchDate(context.deadlines.all.policy));
    if (confirms)
        return QStringLiteral("Op %1 hebben wij u laten weten dat wij meer tijd nodig hebben en de "
                              "termijn verlengen. Met deze brief bevestigen wij dat.")
                   .arg(dutchDate(c.extensionNotified))
            + late + beyond;
    return QStringLiteral("Wij hebben meer tijd nodig om uw verzoek zorgvuldig af te handelen. "
                          "Daarom verlengen wij de termijn.")
        + late + beyond;
}

// {{verlenging.pauze}}, and in {{termijn.verlenging}} (ieder1: a representative's
// acknowledgement gave a date six weeks out beside "De wet geeft ons hiervoor één maand"): why
// the letter's dates lie later than one month (three months) after receipt when waiting for the
// identification or the mandate moved them; empty when nothing did. Plain Dutch, short sentences.
QString pauseNote(const LetterContext &context)
{
    const Deadlines &d = context.deadlines.all;
    const Identification &id = context.request.identification;
    const Mandate &mandate = context.request.mandate;
    QStringList said;
    if (d.pauseApplied && id.requested.isValid() && id.received.isValid()) {
        said << QStringLiteral("Op %1 hebben wij u gevraagd te laten zien wie u bent. Op %2 "
                               "wisten wij dat.")
                    .arg(dutchDate(id.requested), dutchDate(id.received));
        said << (d.pauseDays > 0 ? notCounted(d.pauseDays)
                                 : QStringLiteral("De termijn begon op die dag opnieuw."));
    }
    if (d.mandatePauseDays > 0 && mandate.requested.isValid() && mandate.received.isValid()) {
        // What was asked for: a mandate, or a court's decision or custody extract.
        said << QStringLiteral("Op %1 hebben wij u om %2 gevraagd. Op %3 hebben wij die "
                               "ontvangen.")
                    .arg(dutchDate(mandate.requested), MandateProof::of(context.request).proof,
                         dutchDate(mandate.received));
        // Days the identification's wait already stopped the clock count once (DeadlineCalendar).
        said << notCounted(d.mandatePauseDays,
                           mandate.requested.daysTo(mandate.received) != d.mandatePauseDays);
    }
    if (said.isEmpty())
        return {};
    const int days = d.pauseDays + d.mandatePauseDays;
    const bool restarted = d.pauseApplied && d.pauseDays == 0;
    said << (restarted || days <= 0
                 ? QStringLiteral("Daarom liggen de datums in deze brief later.")
                 : QStringLiteral("Daarom liggen de datums in deze brief %1 later.")
                       .arg(dutchDays(days)));
    return said.join(u' ');
}

namespace {

// {{besluit.te_laat}} after an extension told after the organisation's own deadline (
// ieder1): the own term was missed, but the tenant was last told the notice's date
// ({{termijn.verlengd}}). Only an answer after that date apologises; one before it says plainly
// that it came after the own term and within the term told. day: the day of the answer.
QString lateAfterOwnDeadlineHtml(const LetterContext &context, QDate day)
{
    const Deadlines &d = context.deadlines.all;
    const QDate told = d.effectiveExtended;
    if (told.isValid() && day > told)
        return QStringLiteral("<p>Wij hebben u later geantwoord dan wij u hadden laten weten. Wij "
                              "hadden uiterlijk op %1 moeten antwoorden. Dat spijt ons.</p>")
            .arg(dutchDate(told));
    return QStringLiteral("<p>Onze eigen termijn van %1 liep af op %2. Wij hebben u dus later "
                          "geantwoord dan wij beloven. Op %3 hebben wij u laten weten dat u ons "
                          "antwoord uiterlijk op %4 krijgt. Die datum hebben wij gehaald. Hij "
                          "valt binnen de termijn die de wet toestaat (artikel 12 lid 3 AVG).</p>")
        .arg(dutchPeriod(context.policy.base), dutchDate(d.policy),
             dutchDate(context.request.extensionNotified), dutchDate(told));
}

} // namespace

// {{besluit.te_laat}} (seed 000): an answer sent after its deadline says so. Measured
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
    if (late.policyDays > 0
        && (context.deadlines.extensionAfterOwnDeadline
            || context.deadlines.extensionBeyondOwnPolicy))
        return lateAfterOwnDeadlineHtml(context, day);
    if (late.policyDays > 0)
        return QStringLiteral("<p>Wij hebben u later geantwoord dan wij beloven. Wij hadden "
                              "uiterlijk op %1 moeten antwoorden. Dat spijt ons.</p>")
            .arg(dutchDate(late.policyDeadline));
    return {};
}

void whoAsksValues(const LetterContext &context, QHash<QString, QString> *v)
{
    const Case &c = context.request;
    const QString portal = context.organisation.portalText();
    v->insert(QStringLiteral("identificatie.termijn"), identificationPauseSentence(context));
    v->insert(QStringLiteral("machtiging.termijn"), mandatePauseSentence(context));
    const MandateProof mandate = MandateProof::of(c);
    v->insert(QStringLiteral("machtiging.stuk"), mandate.asked);
    v->insert(QStringLiteral("machtiging.bewijs"), mandate.proof);
    v->insert(QStringLiteral("machtiging.vraag"), mandate.item);
    v->insert(QStringLiteral("machtiging.aanvulling"), mandate.extra);
    v->insert(QStringLiteral("identificatie.ontvangen"), dutchDate(c.identification.received));
    v->insert(QStringLiteral("identificatie.methode"),
              c.identification.method ? escaped(dutchMethod(*c.identification.method, portal))
                                      : QString());
    // The portal as the organisation calls it (ieder1: "mijn ieder1").
    v->insert(QStringLiteral("identificatie.portaal"), escaped(portal));
    // Only a portal tenants log in to shows who they are; a contact form shows nobody.
    v->insert(QStringLiteral("identificatie.portaalroute"),
              context.organisation.portalOffered()
                  ? QStringLiteral("<li><b>Via %1.</b> Log in op %1 en bevestig daar uw verzoek. "
                                   "Dan weten wij dat het van u komt.</li>")
                        .arg(escaped(portal))
                  : QString());
}

} // namespace pd::letterdeadlines
