#pragma once

#include "breaches/BreachService.h"
#include "cases/CaseQuery.h"
#include "outbox/Outbox.h"
#include "retention/ExternalHold.h"
#include "retention/Retention.h"
#include "session/Session.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace pd {

// "Vandaag": what asks for the user's attention today. Each figure is the count of a list the desk
// can show, counted in SQL by the list's owner (the requests within the acting user's CaseScope).
struct TodayFigures
{
    QDateTime now; // UTC
    QDate today; // the organisation's day of now
    // A KCC employee does not: their figures are their own requests only, never a breach.
    bool registers = false;
    // Past deadlines first, with hoursLeft negative.
    QList<BreachClock> breachClocks;
    // Decided "yes" under art. 34 and not yet informed; deadline and hoursLeft unused.
    QList<BreachClock> breachSubjects;
    int dueToday = 0; // open requests whose effective deadline is today
    int dueWithin7Days = 0; // ... today up to today + 7 (today's included)
    int lateLegal = 0; // open and past the legal deadline (LateClock::Legal)
    int latePolicyOnly = 0; // open and past only the organisation's own deadline
    int awaitingIdentity = 0;
    int retentionDue = 0; // retention periods expired, not destroyed, not on hold
    QList<qint64> art19Requests;
    QList<ExternalHold> holdsToSecure;
    QList<ExternalHold> holdsExpired;
    // Held after their request or breach ended, with no day they are kept until: nothing else ends
    // them.
    QList<ExternalHold> holdsWithoutEnd;
    int dpiaReviewsDue = 0;
    QList<qint64> covenantReviews;
    QList<qint64> agreementReviews;
    // Marks in the organisation's systems not yet done (VeraWriteBack), oldest first.
    QList<OutboxItem> marksOpen;
    // Letters of requests sent by e-mail whose message the mail server has not (yet) taken.
    QList<OutboxItem> mailsOpen;

    bool nothingUrgent() const;
};

class TodayService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::TodayService)
public:
    explicit TodayService(const Session &session);

    // A read that fails sets *error and returns what was read before it: the caller says so, never
    // "nothing urgent". A figure the role may not read stays 0 and leaves no refusal.
    TodayFigures read(ServiceError *error = nullptr) const;

    static CaseListFilter dueTodayCases(QDate today);
    static CaseListFilter dueWithin7DaysCases(QDate today);
    static CaseListFilter lateCases(QDate today, LateClock clock);
    // The mandate is not a KCC employee's to read.
    static CaseListFilter awaitingIdentityCases(QDate today, bool intakeOnly);
    static DueQuery retentionDue(QDate today);
    static CaseListFilter art19Cases(QDate today, const QList<qint64> &requests);

    // `privacydesk-cli today --json`; the registers' keys only when registers is true.
    static QJsonObject toJson(const TodayFigures &figures);

private:
    bool readCases(TodayFigures *figures, ServiceError *error) const;
    bool readBreaches(TodayFigures *figures, ServiceError *error) const;
    bool readHolds(TodayFigures *figures, ServiceError *error) const;
    Session m_session;
};

} // namespace pd
