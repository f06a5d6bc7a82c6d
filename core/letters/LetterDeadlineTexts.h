#pragma once

#include "domain/DeadlineCalendar.h"
#include "letters/Letters.h"

#include <QString>

namespace pd::letterdeadlines {

QString dutchPeriod(Period period);
QString extensionSentence(const LetterContext &context);
QString identificationPauseSentence(const LetterContext &context);
// whatWeDo: what follows once the identity is known, escaped.
QString identificationAnnouncementHtml(const LetterContext &context, const QString &whatWeDo);
void whoAsksValues(const LetterContext &context, QHash<QString, QString> *v);
QString mandatePauseSentence(const LetterContext &context);
QString extensionNoticeSentence(const LetterContext &context);
// {{verlenging.pauze}}; empty when no wait moved the letter's dates.
QString pauseNote(const LetterContext &context);
// {{besluit.te_laat}}; empty when the answer came in time.
QString lateAnswerHtml(const LetterContext &context);

} // namespace pd::letterdeadlines
