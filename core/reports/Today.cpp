#include "reports/Today.h"

#include "outbox/OutboxRepository.h"
#include "registers/Covenants.h"
#include "registers/Disclosures.h"
#include "registers/Dpia.h"
#include "registers/Recipients.h"
#include "reports/DashboardService.h"
#include "retention/ExternalHolds.h"
#include "store/Store.h"
#include "vera/VeraWriteBack.h"

#include <QJsonArray>

#include <algorithm>

namespace pd {

bool TodayFigures::nothingUrgent() const
{
    return breachClocks.isEmpty() && breachSubjects.isEmpty() && dueToday == 0
        && dueWithin7Days == 0 && lateLegal == 0 && latePolicyOnly == 0 && awaitingIdentity == 0
        && retentionDue == 0 && art19Requests.isEmpty() && holdsToSecure.isEmpty()
        && holdsExpired.isEmpty() && holdsWithoutEnd.isEmpty() && dpiaReviewsDue == 0
        && covenantReviews.isEmpty() && agreementReviews.isEmpty() && marksOpen.isEmpty()
        && mailsOpen.isEmpty();
}

TodayService::TodayService(const Session &session)
    : m_session(session)
{ }

TodayFigures TodayService::read(ServiceError *error) const
{
    ServiceError ignored;
    ServiceError *failure = error ? error : &ignored;
    *failure = {};
    TodayFigures f;
    f.now = m_session.clock().now().toUTC();
    f.today = m_session.clock().today();
    f.registers = m_session.may(Permission::ViewRegisters);
    if (!readCases(&f, failure))
        return f;
    if (!f.registers)
        return f;
    if (!readBreaches(&f, failure))
        return f;
    f.retentionDue = RetentionService(m_session).countDue(retentionDue(f.today), failure);
    if (failure->isError())
        return f;
    f.art19Requests = DisclosureService(m_session).art19Pending(failure);
    if (failure->isError())
        return f;
    if (!readHolds(&f, failure))
        return f;
    const auto reviews = DpiaRegister(m_session).dueForReview(failure);
    f.dpiaReviewsDue = reviews ? static_cast<int>(reviews->size()) : 0;
    if (failure->isError())
        return f;
    for (const Covenant &c : CovenantService(m_session).reviewDue(failure))
        f.covenantReviews << c.id;
    if (failure->isError())
        return f;
    for (const Recipient &r : RecipientService(m_session).list(false, failure))
        if (r.agreementOverdue(f.today))
            f.agreementReviews << r.id;
    if (failure->isError())
        return f;
    f.marksOpen = VeraWriteBack(m_session).open(failure).value_or(QList<OutboxItem> {});
    if (failure->isError())
        return f;
    // The messages themselves are not the list's: not read.
    f.mailsOpen = OutboxRepository::open(m_session.store().database(), OutboxItem::mailChannel(),
                                         failure, OutboxRepository::Bodies::Without)
                      .value_or(QList<OutboxItem> {});
    return f;
}

// The holds still held, read once (ExternalHoldService::held, the earliest overwrite first).
bool TodayService::readHolds(TodayFigures *f, ServiceError *error) const
{
    const std::optional<QList<ExternalHold>> held = ExternalHoldService(m_session).held(error);
    if (!held)
        return false;
    for (const ExternalHold &h : *held) {
        if (h.toSecure() && h.overwrittenOn <= f->today.addDays(7))
            f->holdsToSecure << h;
        if (h.keptExpired(f->today))
            f->holdsExpired << h;
        if (h.closedWithoutEnd())
            f->holdsWithoutEnd << h;
    }
    return true;
}

// Every figure a count of the list behind it, each a statement (the late ones judge in C++ only
// the requests SQL finds past their stored deadline, as the list and the dashboard do).
bool TodayService::readCases(TodayFigures *f, ServiceError *error) const
{
    const CaseQuery query(m_session, m_session.userName());
    const bool intakeOnly = !m_session.may(Permission::ViewAllCases);
    const auto count = [&](const CaseListFilter &filter, int *into) {
        *into = query.count(filter, error);
        return !error->isError();
    };
    if (!count(awaitingIdentityCases(f->today, intakeOnly), &f->awaitingIdentity))
        return false;
    // The deadlines and both clocks are not a KCC employee's to read (Case::intakeOnly).
    if (intakeOnly)
        return true;
    return count(dueTodayCases(f->today), &f->dueToday)
        && count(dueWithin7DaysCases(f->today), &f->dueWithin7Days)
        && count(lateCases(f->today, LateClock::Legal), &f->lateLegal)
        && count(lateCases(f->today, LateClock::PolicyOnly), &f->latePolicyOnly);
}

// The open breaches, read whole once (the register is small): the clock is the register's own
// (Breach::clockRunning, hoursLeft), as the breaches page and the dashboard show it.
bool TodayService::readBreaches(TodayFigures *f, ServiceError *error) const
{
    BreachFilter open;
    open.openOnly = true;
    const QList<Breach> breaches = BreachService(m_session).list(open, error);
    if (error->isError())
        return false;
    for (const Breach &b : breaches) {
        if (b.clockRunning())
            f->breachClocks << BreachClock { b.number, b.title, b.apDeadline(),
                                             b.hoursLeft(f->now) };
        if (b.subjectsDecision.yes && !b.subjectsNotifiedOn.isValid())
            f->breachSubjects << BreachClock { b.number, b.title, {}, 0 };
    }
    std::sort(f->breachClocks.begin(), f->breachClocks.end(),
              [](const BreachClock &a, const BreachClock &b) {
                  return a.deadline != b.deadline ? a.deadline < b.deadline : a.number < b.number;
              });
    return true;
}

CaseListFilter TodayService::dueTodayCases(QDate today)
{
    return DashboardService::dueTodayCases(today);
}

CaseListFilter TodayService::dueWithin7DaysCases(QDate today)
{
    return DashboardService::dueWithin7DaysCases(today);
}

CaseListFilter TodayService::lateCases(QDate today, LateClock clock)
{
    return DashboardService::lateCases(today, clock);
}

CaseListFilter TodayService::awaitingIdentityCases(QDate today, bool intakeOnly)
{
    CaseListFilter filter;
    filter.today = today;
    if (intakeOnly)
        filter.states = { CaseState::Identificatie };
    else
        filter.awaitingIdentity = true;
    return filter;
}

DueQuery TodayService::retentionDue(QDate today)
{
    return DashboardService::expiredOn(today);
}

CaseListFilter TodayService::art19Cases(QDate today, const QList<qint64> &requests)
{
    CaseListFilter filter;
    filter.today = today;
    filter.ids = requests;
    return filter;
}

QJsonObject TodayService::toJson(const TodayFigures &f)
{
    QJsonObject json { { QStringLiteral("now"), BreachCodes::isoLocal(f.now) },
                       { QStringLiteral("today"), f.today.toString(Qt::ISODate) },
                       { QStringLiteral("registers"), f.registers },
                       { QStringLiteral("due_today"), f.dueToday },
                       { QStringLiteral("due_within_7_days"), f.dueWithin7Days },
                       { QStringLiteral("late_legal"), f.lateLegal },
                       { QStringLiteral("late_policy_only"), f.latePolicyOnly },
                       { QStringLiteral("awaiting_identity"), f.awaitingIdentity } };
    if (!f.registers)
        return json;
    QJsonArray subjects;
    for (const BreachClock &c : f.breachSubjects)
        subjects.append(QJsonObject { { QStringLiteral("number"), c.number },
                                      { QStringLiteral("title"), c.title } });
    json.insert(QStringLiteral("breach_clocks"),
                DashboardService::breachClocksToJson(f.breachClocks));
    json.insert(QStringLiteral("breach_subjects"), subjects);
    json.insert(QStringLiteral("retention_due"), f.retentionDue);
    json.insert(QStringLiteral("art19_pending"), static_cast<int>(f.art19Requests.size()));
    QJsonArray holds;
    for (const ExternalHold &h : f.holdsToSecure)
        holds.append(QJsonObject {
            { QStringLiteral("id"), h.id },
            { h.caseNumber.isEmpty() ? QStringLiteral("breach") : QStringLiteral("case"),
              h.caseNumber.isEmpty() ? h.breachNumber : h.caseNumber },
            { QStringLiteral("system"), h.system },
            { QStringLiteral("secure_before"), h.overwrittenOn.toString(Qt::ISODate) } });
    json.insert(QStringLiteral("external_holds_to_secure"), holds);
    json.insert(QStringLiteral("external_holds_expired"), static_cast<int>(f.holdsExpired.size()));
    json.insert(QStringLiteral("external_holds_without_end"),
                static_cast<int>(f.holdsWithoutEnd.size()));
    json.insert(QStringLiteral("dpia_reviews_due"), f.dpiaReviewsDue);
    json.insert(QStringLiteral("covenants_review_due"), static_cast<int>(f.covenantReviews.size()));
    json.insert(QStringLiteral("processor_agreements_review_due"),
                static_cast<int>(f.agreementReviews.size()));
    QJsonArray marks;
    for (const OutboxItem &m : f.marksOpen)
        marks.append(VeraWriteBack::toJson(m));
    json.insert(QStringLiteral("vera_marks_open"), marks);
    QJsonArray mails;
    for (const OutboxItem &m : f.mailsOpen)
        mails.append(
            QJsonObject { { QStringLiteral("case"), m.caseNumber },
                          { QStringLiteral("to"), m.address },
                          { QStringLiteral("letter"), m.letterId() },
                          { QStringLiteral("state"), codes::code(m.state) },
                          { QStringLiteral("attempts"), m.attempts },
                          { QStringLiteral("error"), m.error },
                          { QStringLiteral("planned"), m.plannedAt.toString(Qt::ISODate) } });
    json.insert(QStringLiteral("mails_open"), mails);
    return json;
}

} // namespace pd
