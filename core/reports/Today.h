#pragma once

#include "breaches/BreachService.h"
#include "cases/CaseQuery.h"
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

class Store;

// "Vandaag": what asks for the user's attention today, on the first screen and the
// deadlines dashboard. Each figure is the count of a list the desk can show (the filters below),
// counted in SQL by the list's owner: the requests through CaseQuery (so within the acting user's
// CaseScope), the breaches through BreachService (their own 72-hour clock, Breach::hoursLeft),
// the retention register through RetentionService.
struct TodayFigures
{
    QDateTime now; // UTC
    QDate today; // the organisation's day of now
    // Whether the role reads the registers (breaches, retention). A KCC employee does not: their
    // figures are the requests they logged only, and never a breach.
    bool registers = false;
    // Open breaches whose AP clock runs (Breach::clockRunning), soonest deadline first: past ones
    // first, with hoursLeft negative.
    QList<BreachClock> breachClocks;
    // Open breaches whose people are to be informed (art. 34: decided "yes") and were not yet;
    // number and title (deadline and hoursLeft unused), newest discovery first.
    QList<BreachClock> breachSubjects;
    int dueToday = 0; // open requests whose effective deadline is today
    int dueWithin7Days = 0; // ... today up to today + 7 (today's included)
    int lateLegal = 0; // open and past the legal deadline (LateClock::Legal)
    int latePolicyOnly = 0; // open and past only the organisation's own deadline
    // Open and waiting for the person: identification, or a representative's mandate (KCC: the
    // requests in identification among their own).
    int awaitingIdentity = 0;
    int retentionDue = 0; // retention periods expired, not destroyed, not on hold
    // Completed rectifications, erasures and restrictions with a recipient still to be told
    // (art. 19; DisclosureService::art19Pending), by id.
    QList<qint64> art19Requests;
    // Holds on data outside Privacydesk still to be secured whose system overwrites
    // the data within 7 days or did already (ExternalHold::toSecure), the soonest first; and
    // those held past the day they were to be kept until (ExternalHold::keptExpired).
    QList<ExternalHold> holdsToSecure;
    QList<ExternalHold> holdsExpired;
    // Held after their request was completed or their breach closed, with
    // no day they are kept until (ExternalHold::closedWithoutEnd): nothing else ends them.
    QList<ExternalHold> holdsWithoutEnd;
    // DPIAs whose review date has come (DpiaRegister::dueForReview).
    int dpiaReviewsDue = 0;
    // Covenants whose review date has come while they run (Covenant::reviewDue), by
    // id, soonest review first.
    QList<qint64> covenantReviews;
    // Processors without a signed agreement or whose agreement's review date has passed
    // (Recipient::agreementOverdue, as the dashboard's tile counts them), by id.
    QList<qint64> agreementReviews;

    // Nothing to show: every figure 0.
    bool nothingUrgent() const;
};

class TodayService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::TodayService)
public:
    explicit TodayService(const Session &session);

    // The figures as of the clock's now. A read that fails sets *error (Storage) and returns
    // what was read before it: the caller says the figures could not be read, never "nothing
    // urgent". The role decides what is read; a figure the role may not read stays 0
    // and leaves no refusal behind.
    TodayFigures read(ServiceError *error = nullptr) const;

    // The lists behind the figures (the drill-downs), as of today.
    static CaseListFilter dueTodayCases(QDate today);
    static CaseListFilter dueWithin7DaysCases(QDate today);
    static CaseListFilter lateCases(QDate today, LateClock clock);
    // intakeOnly (a KCC employee): their requests in identification; the mandate is not theirs
    // to read.
    static CaseListFilter awaitingIdentityCases(QDate today, bool intakeOnly);
    static DueQuery retentionDue(QDate today);
    static CaseListFilter art19Cases(QDate today, const QList<qint64> &requests);

    // `privacydesk-cli today --json`: {"now", "today", "registers", "breach_clocks": [{"number",
    // "title", "ap_deadline", "hours_left"}], "breach_subjects": [{"number", "title"}],
    // "due_today", "due_within_7_days", "late_legal", "late_policy_only", "awaiting_identity",
    // "retention_due", "art19_pending", "external_holds_to_secure": [{"id", "case" or "breach",
    // "system", "secure_before"}], "external_holds_expired", "dpia_reviews_due",
    // "covenants_review_due", "processor_agreements_review_due"}; the register's keys only when
    // registers is true.
    static QJsonObject toJson(const TodayFigures &figures);

private:
    bool readCases(TodayFigures *figures, ServiceError *error) const;
    bool readBreaches(TodayFigures *figures, ServiceError *error) const;
    bool readHolds(TodayFigures *figures, ServiceError *error) const;
    Session m_session;
};

} // namespace pd
