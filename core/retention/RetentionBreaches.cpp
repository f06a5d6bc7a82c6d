// The retention planner: the data-breach register under its rule "datalekkenregister".
// Its items are computed from the closed breaches, as the request files are from the closed
// requests; destroying one keeps the register's skeleton (RetentionService, see Retention.h).

#include "breaches/Breach.h"
#include "breaches/BreachRepository.h"
#include "breaches/BreachService.h"
#include "letters/LetterRepository.h"
#include "outbox/OutboxRepository.h"
#include "retention/Retention.h"
#include "retention/RetentionBreachRepository.h"
#include "retention/RetentionDestructionText.h"
#include "retention/RetentionShared.h"
#include "session/Access.h"
#include "session/Session.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"
#include "terms/RetentionRepository.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QLocale>

namespace pd {

using namespace retention;

namespace {

const QString breachEntity = QStringLiteral("breach");

// The counts of a breach's destruction in plain Dutch words, as logged (no personal data).
QString breachCountsInWords(const QJsonObject &counts)
{
    return stepsInWords(
        counts,
        { { "free_texts", "titel en %1 vrije tekst vernietigd",
            "titel en %1 vrije teksten vernietigd", true },
          { "linked_persons", "%1 gekoppelde betrokkene ontkoppeld",
            "%1 gekoppelde betrokkenen ontkoppeld" },
          { "letters", "%1 brief vernietigd", "%1 brieven vernietigd" },
          { "follow_up_texts", "tekst van %1 vervolgmelding vernietigd",
            "tekst van %1 vervolgmeldingen vernietigd" },
          { "audit_payloads", "%1 auditdetails vernietigd", "%1 auditdetails vernietigd", true } });
}

} // namespace

namespace retention {

bool dueBreaches(const QSqlDatabase &db, const DueQuery &q, const RetentionRule &rule,
                 qint64 wanted, QList<RetentionItem> *items, ServiceError *error)
{
    const auto due = RetentionBreachRepository::dueBreaches(db, q, rule.period, wanted, error);
    if (!due)
        return false;
    for (const RetentionBreachRepository::DueBreach &breach : *due) {
        RetentionItem item;
        item.breachNumber = breach.number;
        item.name = breach.title;
        item.rule = rule;
        item.trigger = organisationDay(BreachCodes::momentFromStored(breach.closedAt));
        item.expires = RetentionCalendar::expiry(item.trigger, rule.period);
        item.state = RetentionService::stateOn(item.expires, q.on, q.withinDays, false, false);
        *items << item;
    }
    return true;
}

std::optional<int> countDueBreaches(const QSqlDatabase &db, const DueQuery &q,
                                    const RetentionRule &rule, ServiceError *error)
{
    return RetentionBreachRepository::countDueBreaches(db, q, rule.period, error);
}

} // namespace retention

QString BreachDestructionPlan::keptText()
{
    return RetentionService::tr(
        "What stays is the register's skeleton: the number, the moments (happened, discovered, "
        "the AP's deadline, notified, closed), the nature, the data categories, the numbers of "
        "people and records, the risk, the decisions and the AP's reference.");
}

QString BreachDestructionPlan::description(bool withKept) const
{
    QStringList sentences;
    sentences << RetentionService::tr("The title and %n free text(s) of data breach %1 are "
                                      "destroyed (what happened, the group of people, the "
                                      "measures, the consequences, the reasoning and the "
                                      "reasons).",
                                      nullptr, freeTexts)
                     .arg(number);
    if (linkedPersons > 0)
        sentences << RetentionService::tr("The link to %n person(s) concerned is removed.", nullptr,
                                          linkedPersons);
    if (letters > 0)
        sentences << RetentionService::tr("%n letter(s) to the people concerned are destroyed.",
                                          nullptr, letters);
    if (followUps > 0)
        sentences << RetentionService::tr("The text of %n follow-up(s) to the AP is destroyed; "
                                          "their moment and reference stay.",
                                          nullptr, followUps);
    sentences << RetentionService::tr(
        "The details of %n audit event(s) of the data breach are destroyed (the events "
        "themselves stay, so the audit trail still verifies).",
        nullptr, auditEvents);
    sentences << RetentionService::tr("This cannot be undone.");
    if (withKept)
        sentences << keptText();
    return sentences.join(u' ');
}

BreachDestructionPlan RetentionService::planBreachDestruction(const QString &number) const
{
    BreachDestructionPlan plan;
    plan.number = number.trimmed().toUpper();
    if (ServiceError denied; !m_session.permitRead(Permission::ViewRegisters,
                                                   QStringLiteral("retention.read"), {}, &denied)) {
        plan.blocker = denied.message;
        return plan;
    }
    const QSqlDatabase db = m_session.store().database();
    // A failed read blocks: nothing is destroyed on a plan that could not be made.
    const auto readFailed = [&plan](const ServiceError &failed) {
        plan.failure = failed;
        plan.blocker = plan.failure.message;
        return plan;
    };
    ServiceError failed;
    std::optional<BreachRepository::DestructionState> state;
    if (!BreachRepository::destructionState(db, plan.number, &state, &failed))
        return readFailed(failed);
    if (!state) {
        plan.blocker = tr("There is no data breach %1.").arg(plan.number);
        return plan;
    }
    const auto letters = LetterRepository::breachLetterCount(db, plan.number, &failed);
    if (!letters)
        return readFailed(failed);
    const auto auditEvents
        = RetentionBreachRepository::auditDetailsCount(db, breachEntity, plan.number, &failed);
    if (!auditEvents)
        return readFailed(failed);
    plan.title = state->title;
    const bool open = state->open;
    const QDateTime closedAt = state->closedAt;
    const QDate destroyedOn = state->destroyedOn;
    plan.freeTexts = state->freeTexts;
    plan.linkedPersons = state->linkedPersons;
    plan.letters = *letters;
    plan.followUps = state->followUpTexts;
    plan.auditEvents = *auditEvents;
    if (destroyedOn.isValid()) {
        plan.blocker = tr("Data breach %1 has already been destroyed (on %2).")
                           .arg(plan.number, QLocale().toString(destroyedOn, QLocale::ShortFormat));
        return plan;
    }
    if (open || !closedAt.isValid()) {
        plan.blocker = tr("Data breach %1 is still open: its retention period runs from the day "
                          "it is closed.")
                           .arg(plan.number);
        if (!m_replay || !closedAt.isValid()) // a replay needs the whole plan (destroyBreach)
            return plan;
    }
    ServiceError failure;
    const auto breaches = rule(QLatin1StringView(RetentionRule::breachRegisterCode), &failure);
    if (failure.isError()) {
        plan.failure = failure;
        plan.blocker = failure.message;
        return plan;
    }
    if (!breaches) {
        plan.blocker = tr("There is no retention rule for the data-breach register.");
        return plan;
    }
    plan.closedOn = organisationDay(closedAt);
    plan.expires = RetentionCalendar::expiry(plan.closedOn, breaches->period);
    if (plan.expires > m_session.clock().today())
        plan.blocker
            = tr("The retention period of data breach %1 runs until %2.")
                  .arg(plan.number, QLocale().toString(plan.expires, QLocale::ShortFormat));
    return plan;
}

std::optional<DestructionRecord> RetentionService::destroyBreach(const QString &number,
                                                                 const QString &method,
                                                                 BsnCheck bsnCheck,
                                                                 ServiceError *error)
{
    const QString wanted = number.trimmed().toUpper();
    const Session &session = m_session;
    UnitOfWork unit(session, Permission::EditRegisters, QStringLiteral("breach.destroyed"), wanted);
    if (!unit.permit(error))
        return std::nullopt;
    const QString how = method.trimmed().isEmpty()
        ? QStringLiteral("persoonsgegevens en vrije teksten vernietigd in Privacydesk")
        : method.trimmed();
    if (!guard(unit, { { tr("Method"), how } }, bsnCheck, error))
        return std::nullopt;
    DestructionRecord record;
    const bool destroyed = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            return destroyBreachIn(write, wanted, how, &record, failure);
        },
        error);
    if (!destroyed)
        return std::nullopt;
    // No old page of the destroyed texts may linger in the write-ahead log (see
    // destroyRequestFiles).
    if (!emptyWriteAheadLog(m_session.store().database()))
        record.walWarning = walWarningText();
    return record;
}

bool RetentionService::destroyBreachIn(UnitOfWork::Write &write, const QString &wanted,
                                       const QString &how, DestructionRecord *record,
                                       ServiceError *error)
{
    // Planned inside the transaction: what is destroyed is what was counted.
    const BreachDestructionPlan plan = planBreachDestruction(wanted);
    if (blocked(plan.blocker, plan.failure, error))
        return false;
    ServiceError readError;
    const auto breaches = rule(QLatin1StringView(RetentionRule::breachRegisterCode), &readError);
    if (readError.isError() || !breaches) {
        *error = readError.isError() ? readError : invalid(plan.blocker);
        return false;
    }
    const QSqlDatabase db = m_session.store().database();
    const QString now = m_session.clock().now().toString(Qt::ISODateWithMs);
    const QDate today = m_session.clock().today();
    // The title says that it was destroyed. The letters to the people name them (their text,
    // and the row its person): they go whole, as the links to the persons do; that and when
    // the people were informed stays in the breach itself.
    // The letters sent by e-mail: the outbox's messages and addresses go, the facts stay.
    const std::optional<Breach> breach = BreachService(m_session).get(wanted, error);
    if (!breach || !OutboxRepository::eraseMailOfBreach(db, breach->id, error))
        return false;
    if (!BreachRepository::purge(db, wanted, destroyedMark, today, m_session.store().userName(),
                                 now, error)
        || !LetterRepository::purgeBreachLetters(db, wanted, error))
        return false;
    AuditLog log = support::auditLog(m_session.store(), m_session.clock());
    QString auditError;
    const int payloads = log.destroyPayloads(breachEntity, wanted, &auditError);
    if (payloads < 0) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return false;
    }
    const QJsonObject counts { { QStringLiteral("free_texts"), plan.freeTexts },
                               { QStringLiteral("linked_persons"), plan.linkedPersons },
                               { QStringLiteral("letters"), plan.letters },
                               { QStringLiteral("follow_up_texts"), plan.followUps },
                               { QStringLiteral("audit_payloads"), payloads } };
    const QString what = QStringLiteral("datalek: ") + breachCountsInWords(counts)
        + QStringLiteral("; bewaard: nummer, tijdstippen, aard, soorten gegevens, aantallen, "
                         "risico, besluiten en meldnummer AP");
    write.record(breachEntity, wanted, QStringLiteral("breach.destroyed"),
                 { { QStringLiteral("rule"), breaches->code },
                   { QStringLiteral("method"), how },
                   { QStringLiteral("closed_on"), isoDate(plan.closedOn) },
                   { QStringLiteral("expired_on"), isoDate(plan.expires) },
                   { QStringLiteral("counts"), counts } });
    record->destroyedAt = m_session.clock().now();
    record->destroyedOn = today;
    record->destroyedBy = m_session.store().userName();
    record->method = how;
    record->kind = QStringLiteral("datalek");
    record->ruleText = ruleTextOf(*breaches);
    record->subjectRef = wanted;
    record->expiredOn = plan.expires;
    record->what = what;
    record->counts = counts;
    // The log's entry repeats the audit trail's head: written after the events.
    const qint64 ruleId = breaches->id;
    write.then([this, ruleId, record](ServiceError *failure) {
        return logDestruction(m_session.store().database(), ruleId, record, failure);
    });
    return true;
}

} // namespace pd
