// The retention planner: the data-breach register under its rule "datalekkenregister" (issue 20).
// Its items are computed from the closed breaches, as the request files are from the closed
// requests; destroying one keeps the register's skeleton (RetentionService, see Retention.h).

#include "breaches/Breach.h"
#include "registers/Retention.h"
#include "registers/RetentionShared.h"
#include "session/Access.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace pd {

using namespace retention;

namespace {

const QString breachEntity = QStringLiteral("breach");

// The first moment of a day in Europe/Amsterdam as stored (UTC text): closed_at before it is
// closed on an earlier day there, so that a range of closing days is a range of stored text.
QString startOfLocalDay(QDate day)
{
    return BreachCodes::storedMoment(day.startOfDay(organisationTimeZone()).toUTC());
}

// " WHERE ..." over breaches b for the closed breaches whose period under `period` ends in the
// range of the query (the trigger is the closing day in Amsterdam), with its values. As the
// request files: closed and not destroyed now, or (asOfOn) closed by `on` and not destroyed by
// then. A breach that was reopened is open: its earlier closing no longer counts.
QString dueWhere(const DueQuery &q, const RetentionPeriod &period, QVariantList *values)
{
    const QDate until = q.on.addDays(std::max(0, q.withinDays));
    // Closed on or before `latest` (Amsterdam): before the start of the next day there.
    const auto closedBy = [&period](QDate expiringBy) {
        return startOfLocalDay(
            RetentionCalendar::latestTriggerExpiringBy(expiringBy, period).addDays(1));
    };
    QString where = QStringLiteral(" WHERE b.state = 'gesloten' AND b.closed_at IS NOT NULL");
    if (q.asOfOn) {
        where += QStringLiteral(" AND (b.destroyed_on IS NULL OR b.destroyed_on > ?) AND "
                                "b.closed_at < ?");
        *values << isoDate(q.on) << startOfLocalDay(q.on.addDays(1));
    } else {
        where += QStringLiteral(" AND b.destroyed_on IS NULL");
    }
    where += QStringLiteral(" AND b.closed_at < ?");
    *values << closedBy(until);
    if (!q.includeExpired) {
        where += QStringLiteral(" AND b.closed_at >= ?");
        *values << closedBy(q.on);
    }
    if (q.from.isValid()) {
        where += QStringLiteral(" AND b.closed_at >= ?");
        *values << closedBy(q.from.addDays(-1));
    }
    return where;
}

// The free texts of a breach that destruction removes (besides the title, replaced).
const QStringList freeTextColumns {
    QStringLiteral("description"),
    QStringLiteral("group_text"),
    QStringLiteral("measures_before"),
    QStringLiteral("measures_taken"),
    QStringLiteral("consequences"),
    QStringLiteral("international"),
    QStringLiteral("reasoning"),
    QStringLiteral("ap_decision_reason"),
    QStringLiteral("subjects_decision_reason"),
    QStringLiteral("ap_late_reason"),
    QStringLiteral("subjects_how"),
    QStringLiteral("public_notice_reason"),
};

// The counts of a breach's destruction in plain Dutch words, as logged (no personal data).
QString breachCountsInWords(const QJsonObject &counts)
{
    const auto n = [&counts](const char *key) {
        return counts.value(QLatin1StringView(key)).toInt();
    };
    QStringList words;
    const auto add = [&](const char *key, const char *one, const char *more, bool always = false) {
        if (always || n(key) > 0)
            words << QString::fromUtf8(n(key) == 1 ? one : more).arg(n(key));
    };
    add("free_texts", "titel en %1 vrije tekst vernietigd", "titel en %1 vrije teksten vernietigd",
        true);
    add("linked_persons", "%1 gekoppelde betrokkene ontkoppeld",
        "%1 gekoppelde betrokkenen ontkoppeld");
    add("letters", "%1 brief vernietigd", "%1 brieven vernietigd");
    add("follow_up_texts", "tekst van %1 vervolgmelding vernietigd",
        "tekst van %1 vervolgmeldingen vernietigd");
    add("audit_payloads", "%1 auditdetails vernietigd", "%1 auditdetails vernietigd", true);
    return words.join(QStringLiteral("; "));
}

} // namespace

namespace retention {

bool dueBreaches(const QSqlDatabase &db, const DueQuery &q, const RetentionRule &rule,
                 qint64 wanted, QList<RetentionItem> *items, ServiceError *error)
{
    QVariantList values;
    const QString where = dueWhere(q, rule.period, &values);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT b.number, b.title, b.closed_at FROM breaches b") + where
                  + QStringLiteral(" ORDER BY b.closed_at, b.id")
                  + (wanted < 0 ? QString() : QStringLiteral(" LIMIT %1").arg(wanted)));
    bindAll(query, values);
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    while (query.next()) {
        RetentionItem item;
        item.breachNumber = query.value(0).toString();
        item.name = query.value(1).toString();
        item.rule = rule;
        item.trigger = organisationDay(BreachCodes::momentFromStored(query.value(2).toString()));
        item.expires = RetentionCalendar::expiry(item.trigger, rule.period);
        item.state = RetentionService::stateOn(item.expires, q.on, q.withinDays, false, false);
        *items << item;
    }
    if (query.lastError().isValid()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    return true;
}

std::optional<int> countDueBreaches(const QSqlDatabase &db, const DueQuery &q,
                                    const RetentionRule &rule, ServiceError *error)
{
    QVariantList values;
    const QString where = dueWhere(q, rule.period, &values);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM breaches b") + where);
    bindAll(query, values);
    if (!query.exec() || !query.next()) {
        *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    return query.value(0).toInt();
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
    if (ServiceError denied; !readable(m_store, m_clock, Permission::ViewRegisters,
                                       QStringLiteral("retention.read"), {}, &denied)) {
        plan.blocker = denied.message;
        return plan;
    }
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    // A failed read blocks: nothing is destroyed on a plan that could not be made.
    const auto readFailed = [&plan](const QSqlQuery &failed) {
        plan.failure = ServiceError::fromSql(failed.lastError());
        plan.blocker = plan.failure.message;
        return plan;
    };
    QStringList filled;
    for (const QString &column : freeTextColumns)
        filled << QStringLiteral("(CASE WHEN b.%1 IS NULL OR b.%1 = '' THEN 0 ELSE 1 END)")
                      .arg(column);
    query.prepare(
        QStringLiteral("SELECT b.id, b.title, b.state, b.closed_at, b.destroyed_on, ")
        + filled.join(QStringLiteral(" + "))
        + QStringLiteral(", (SELECT count(*) FROM breach_persons p WHERE p.breach_id = b.id), "
                         "(SELECT count(*) FROM breach_letters l WHERE l.breach_id = b.id), "
                         "(SELECT count(*) FROM breach_follow_ups f WHERE f.breach_id = b.id "
                         "AND f.text IS NOT NULL), (SELECT count(*) FROM audit_events a WHERE "
                         "a.entity_type = ? AND a.entity_id = b.number AND a.payload IS NOT "
                         "NULL) FROM breaches b WHERE b.number = ?"));
    query.addBindValue(breachEntity);
    query.addBindValue(plan.number);
    if (!query.exec())
        return readFailed(query);
    if (!query.next()) {
        if (query.lastError().isValid())
            return readFailed(query);
        plan.blocker = tr("There is no data breach %1.").arg(plan.number);
        return plan;
    }
    plan.title = query.value(1).toString();
    const bool open = query.value(2).toString() != QLatin1StringView("gesloten");
    const QDateTime closedAt = BreachCodes::momentFromStored(query.value(3).toString());
    const QDate destroyedOn = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    plan.freeTexts = query.value(5).toInt();
    plan.linkedPersons = query.value(6).toInt();
    plan.letters = query.value(7).toInt();
    plan.followUps = query.value(8).toInt();
    plan.auditEvents = query.value(9).toInt();
    query.finish();
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
    if (plan.expires > m_clock.today())
        plan.blocker
            = tr("The retention period of data breach %1 runs until %2.")
                  .arg(plan.number, QLocale().toString(plan.expires, QLocale::ShortFormat));
    return plan;
}

std::optional<DestructionRecord> RetentionService::destroyBreach(const QString &number,
                                                                 const QString &method,
                                                                 bool bsnOverride,
                                                                 ServiceError *error)
{
    const QString wanted = number.trimmed().toUpper();
    if (!permitted(m_store, m_clock, Permission::EditRegisters, QStringLiteral("breach.destroyed"),
                   wanted, error))
        return std::nullopt;
    const QString how = method.trimmed().isEmpty()
        ? QStringLiteral("persoonsgegevens en vrije teksten vernietigd in Privacydesk")
        : method.trimmed();
    if (!guard({ { tr("Method"), how } }, bsnOverride, error))
        return std::nullopt;
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return std::nullopt;
    }
    // Planned inside the transaction: what is destroyed is what was counted.
    const BreachDestructionPlan plan = planBreachDestruction(wanted);
    // A replay is not blocked by what the older copy still shows (see destroyRequestFiles).
    if (!plan.blocker.isEmpty() && (!m_replay || plan.failure.isError())) {
        *error = plan.failure.isError() ? plan.failure : invalid(plan.blocker);
        return std::nullopt;
    }
    ServiceError readError;
    const auto breaches = rule(QLatin1StringView(RetentionRule::breachRegisterCode), &readError);
    if (readError.isError() || !breaches) {
        *error = readError.isError() ? readError : invalid(plan.blocker);
        return std::nullopt;
    }
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    const QDate today = m_clock.today();
    QSqlQuery query(db);
    const auto run = [&](const QString &sql, const QVariantList &values) {
        query.prepare(sql);
        bindAll(query, values);
        if (query.exec())
            return true;
        *error = ServiceError::fromSql(query.lastError());
        return false;
    };
    // The breach's id, by its number (read in this transaction).
    const QString ofBreach = QStringLiteral("(SELECT id FROM breaches WHERE number = ?)");
    QStringList cleared;
    for (const QString &column : freeTextColumns) {
        // A public notice must keep a reason (a CHECK of schema 23): it says it was destroyed.
        if (column == QLatin1StringView("public_notice_reason"))
            cleared << QStringLiteral("public_notice_reason = CASE WHEN public_notice = 1 THEN "
                                      "'%1' ELSE NULL END")
                           .arg(destroyedMark);
        else
            cleared << column + QStringLiteral(" = NULL");
    }
    // The title is NOT NULL: it says that it was destroyed. The letters to the people name
    // them (their text, and the row its person): they go whole, as the links to the persons
    // do; that and when the people were informed stays in the breach itself.
    if (!run(QStringLiteral("UPDATE breaches SET title = ?, ") + cleared.join(QStringLiteral(", "))
                 + QStringLiteral(", destroyed_on = ?, destroyed_by = ?, updated_at = ? WHERE "
                                  "number = ? AND destroyed_on IS NULL"),
             { destroyedMark, isoDate(today), m_store.userName(), now, wanted })
        || !run(QStringLiteral("UPDATE breach_follow_ups SET text = NULL WHERE breach_id = ")
                    + ofBreach,
                { wanted })
        || !run(QStringLiteral("DELETE FROM breach_persons WHERE breach_id = ") + ofBreach,
                { wanted })
        || !run(QStringLiteral("DELETE FROM breach_letters WHERE breach_id = ") + ofBreach,
                { wanted }))
        return std::nullopt;
    AuditLog log = audit();
    QString auditError;
    const int payloads = log.destroyPayloads(breachEntity, wanted, &auditError);
    if (payloads < 0) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return std::nullopt;
    }
    const QJsonObject counts { { QStringLiteral("free_texts"), plan.freeTexts },
                               { QStringLiteral("linked_persons"), plan.linkedPersons },
                               { QStringLiteral("letters"), plan.letters },
                               { QStringLiteral("follow_up_texts"), plan.followUps },
                               { QStringLiteral("audit_payloads"), payloads } };
    const QString what = QStringLiteral("datalek: ") + breachCountsInWords(counts)
        + QStringLiteral("; bewaard: nummer, tijdstippen, aard, soorten gegevens, aantallen, "
                         "risico, besluiten en meldnummer AP");
    if (!log.append(m_store.userName(), breachEntity, wanted, QStringLiteral("breach.destroyed"),
                    { { QStringLiteral("rule"), breaches->code },
                      { QStringLiteral("method"), how },
                      { QStringLiteral("closed_on"), isoDate(plan.closedOn) },
                      { QStringLiteral("expired_on"), isoDate(plan.expires) },
                      { QStringLiteral("counts"), counts } },
                    &auditError)) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return std::nullopt;
    }
    if (!flushOverrides(log, breachEntity, wanted, error))
        return std::nullopt;
    DestructionRecord record;
    record.destroyedAt = m_clock.now();
    record.destroyedOn = today;
    record.destroyedBy = m_store.userName();
    record.method = how;
    record.kind = QStringLiteral("datalek");
    record.ruleText = ruleTextOf(*breaches);
    record.subjectRef = wanted;
    record.expiredOn = plan.expires;
    record.what = what;
    record.counts = counts;
    if (!logDestruction(db, breaches->id, &record, error))
        return std::nullopt;
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return std::nullopt;
    }
    // No old page of the destroyed texts may linger in the write-ahead log (see
    // destroyRequestFiles).
    QString checkpointFailure;
    if (!truncateWriteAheadLog(db, &checkpointFailure)) {
        qWarning("retention: WAL not emptied after destruction: %s", qPrintable(checkpointFailure));
        record.walWarning = walWarningText();
    }
    return record;
}

} // namespace pd
