#pragma once

// The sentences of a request's letter about its deadline, for LetterTemplates::values
// (LetterValues.cpp). Letters are Dutch whatever the interface language.
#include "domain/DeadlineCalendar.h"
#include "letters/Letters.h"

#include <QString>

namespace pd::letterdeadlines {

// "30 dagen", "vier weken", "één maand": a policy's period as a letter says it.
QString dutchPeriod(Period period);
// {{termijn.verlenging}}: what the law allows and what the organisation does.
QString extensionSentence(const LetterContext &context);
// {{identificatie.termijn}}: what an identification request does to the deadline.
QString identificationPauseSentence(const LetterContext &context);
// {{identificatie.aankondiging}} of the person's own request (ieder1): what the
// acknowledgement says about showing who they are, as the request stands: already checked (how
// and when: nothing more to do), asked for on a day (the clock waits, as the policy says), or
// not yet asked ("misschien"). whatWeDo: what follows once the identity is known, escaped.
QString identificationAnnouncementHtml(const LetterContext &context, const QString &whatWeDo);
// {{identificatie.*}} and {{machtiging.*}}: what the letters say about showing who asks: what
// waiting does to the deadline, what a representative sends (MandateProof), when and how the
// identity was checked, the portal by the organisation's own name.
void whoAsksValues(const LetterContext &context, QHash<QString, QString> *v);
// {{machtiging.termijn}}: what waiting for the mandate does to the deadline.
QString mandatePauseSentence(const LetterContext &context);
// {{verlenging.bericht}}: the extension announced, or confirmed in writing; told after the
// organisation's own deadline, that it came later than promised.
QString extensionNoticeSentence(const LetterContext &context);
// {{verlenging.pauze}}: why the letter's dates lie later than one month after receipt (the wait
// for the identification or the mandate moved them); empty when they do not.
QString pauseNote(const LetterContext &context);
// {{besluit.te_laat}}: that the answer came later than the law, or than the organisation's own
// promise, allows, with the day it was due and an apology; empty when it came in time. After an
// extension told after the own deadline the apology is for an answer after the date the notice
// gave; before it, the letter says plainly that the own term was missed.
QString lateAnswerHtml(const LetterContext &context);

} // namespace pd::letterdeadlines
