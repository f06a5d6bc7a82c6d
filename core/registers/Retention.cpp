#include "registers/Retention.h"

#include "cases/CaseRepository.h"
#include "domain/InputLimits.h"
#include "persons/PersonRepository.h"
#include "registers/RetentionShared.h"
#include "session/Access.h"
#include "sql/Dialect.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <algorithm>
namespace pd {

namespace retention {

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QVariant nullable(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                    : QVariant(text.trimmed());
}

qint64 insertedRowId(const QSqlDatabase &db)
{
    return sql::lastInsertedId(db);
}

ServiceError invalid(const QString &message)
{
    return { ServiceError::Code::Invalid, message, {} };
}

RetentionRule ruleFrom(const QSqlQuery &query, int first)
{
    RetentionRule rule;
    rule.id = query.value(first).toLongLong();
    rule.code = query.value(first + 1).toString();
    rule.category = query.value(first + 2).toString();
    rule.trigger = RetentionCodes::trigger(query.value(first + 3).toString())
                       .value_or(RetentionTrigger::Other);
    rule.period.amount = query.value(first + 4).toInt();
    rule.period.unit = RetentionCalendar::unitFromCode(query.value(first + 5).toString())
                           .value_or(RetentionUnit::Years);
    rule.legalGround = query.value(first + 6).toString();
    rule.relations = query.value(first + 7).toString().split(u',', Qt::SkipEmptyParts);
    return rule;
}

RetentionItem itemFrom(const QSqlQuery &query, QDate on, int withinDays)
{
    RetentionItem item;
    item.id = query.value(0).toLongLong();
    item.personId = query.value(1).toLongLong();
    item.klantnummer = query.value(2).toString();
    item.name = query.value(3).toString();
    item.trigger = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    item.expires = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    item.destroyedOn = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    item.destroyedMethod = query.value(7).toString();
    item.destroyedBy = query.value(8).toString();
    item.holdReason = query.value(9).toString();
    item.rule = ruleFrom(query, 10);
    item.derived = query.value(10 + ruleColumnCount).toInt() != 0;
    item.state = RetentionService::stateOn(item.expires, on, withinDays, !query.isNull(9),
                                           item.destroyedOn.isValid());
    return item;
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

// After every kind of destruction (see RetentionShared.h).
bool truncateWriteAheadLog(const QSqlDatabase &db, QString *why)
{
    // A server store's log and old row versions are the server's (its VACUUM, its volume
    // encryption): the client has no log of its own to empty.
    if (sql::isServer(db))
        return true;
    constexpr int attempts = 5;
    constexpr int pauseMs = 100;
    QSqlQuery query(db);
    int previousTimeout = -1;
    if (query.exec(QStringLiteral("PRAGMA busy_timeout")) && query.next())
        previousTimeout = query.value(0).toInt();
    query.finish();
    // Each try waits for readers only briefly: the retries below are the waiting.
    if (!query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(pauseMs)))
        previousTimeout = -1;
    bool emptied = false;
    QString failure;
    for (int attempt = 0; attempt < attempts && !emptied; ++attempt) {
        if (attempt > 0)
            QThread::msleep(pauseMs);
        if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next()) {
            failure = query.lastError().text();
            continue;
        }
        const int busy = query.value(0).toInt();
        const int log = query.value(1).toInt();
        const int checkpointed = query.value(2).toInt();
        query.finish();
        emptied = busy == 0 && log == checkpointed;
        if (!emptied)
            failure = QStringLiteral("busy=%1 log=%2 checkpointed=%3")
                          .arg(busy)
                          .arg(log)
                          .arg(checkpointed);
    }
    if (previousTimeout >= 0)
        query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(previousTimeout));
    if (!emptied)
        *why = failure;
    return emptied;
}

} // namespace retention

using namespace retention;

// --- service ---

RetentionService::RetentionService(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

AuditLog RetentionService::audit() const
{
    return AuditLog(m_store.database(), m_store.storeId().toString(QUuid::WithoutBraces), m_clock);
}

bool RetentionService::guard(const QList<QPair<QString, QString>> &fields, bool bsnOverride,
                             ServiceError *error)
{
    m_pendingOverrides.clear();
    for (const auto &[field, text] : fields) {
        if (const QString why = InputLimits::checkLength(field, text, InputLimits::maxLongText);
            !why.isEmpty()) {
            *error = invalid(why);
            return false;
        }
    }
    const BsnGuard::GuardResult result = BsnGuard::checkFields(fields, bsnOverride);
    if (!result.allowed) {
        *error = { ServiceError::Code::BsnRefused, result.message, result.findings };
        return false;
    }
    if (result.overridden) {
        m_pendingOverrides.append(result.auditPayload());
    }
    return true;
}

bool RetentionService::flushOverrides(AuditLog &log, const QString &entityType,
                                      const QString &entityId, ServiceError *error)
{
    QString auditError;
    for (const auto &pending : std::as_const(m_pendingOverrides)) {
        if (!log.append(m_store.userName(), entityType, entityId, QStringLiteral("bsn.override"),
                        pending, &auditError)) {
            m_pendingOverrides.clear();
            *error = { ServiceError::Code::Storage, auditError, {} };
            return false;
        }
    }
    m_pendingOverrides.clear();
    return true;
}

std::optional<qint64> RetentionService::personByKlantnummer(const QString &klantnummer,
                                                            ServiceError *error) const
{
    ServiceError failure;
    const std::optional<qint64> id = PersonRepository::idByKlantnummer(
        m_store.database(), InputLimits::normalisedIdentifier(klantnummer),
        PersonRepository::Anonymised::Excluded, &failure);
    if (!id && error)
        *error = failure;
    if (!id || *id == 0)
        return std::nullopt;
    return id;
}

std::optional<qint64> RetentionService::personByCase(const QString &caseNumber,
                                                     ServiceError *error) const
{
    ServiceError failure;
    const std::optional<qint64> id = CaseRepository::personIdByNumber(
        m_store.database(), caseNumber.trimmed().toUpper(), &failure);
    if (!id && error)
        *error = failure;
    if (!id || *id == 0)
        return std::nullopt;
    return id;
}

QList<qint64> RetentionService::reducedPersons(ServiceError *error) const
{
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                  error))
        return {};
    QSqlQuery query(m_store.database());
    // A reduced person who came back with a new request holds more than that again.
    if (!query.exec(QStringLiteral("SELECT p.id FROM ") + PersonRepository::tableSql(u"p")
                    + QStringLiteral(" WHERE p.reduced_at IS NOT NULL AND p.anonymised_at IS NULL "
                                     "AND NOT ")
                    + CaseRepository::requestsExistSql(u"p") + QStringLiteral(" ORDER BY p.id"))) {
        if (error)
            *error = ServiceError::fromSql(query.lastError());
        return {};
    }
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    if (query.lastError().isValid() && error)
        *error = ServiceError::fromSql(query.lastError());
    return ids;
}

std::optional<RetentionItem> RetentionService::setItem(qint64 personId, const QString &ruleCode,
                                                       QDate trigger, ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::EditRegisters,
                   QStringLiteral("retention.item_set"), QString::number(personId), error))
        return std::nullopt;
    ServiceError readError; // *error may hold an earlier call's error: judge this read alone
    const auto found = rule(ruleCode, &readError);
    if (readError.isError()) {
        *error = readError;
        return std::nullopt;
    }
    if (!found) {
        *error = { ServiceError::Code::NotFound,
                   tr("There is no retention rule %1.").arg(ruleCode),
                   {} };
        return std::nullopt;
    }
    if (found->isRequestFiles()) {
        *error = invalid(tr("Closed request files follow from the requests themselves."));
        return std::nullopt;
    }
    if (found->isBreachRegister()) {
        *error = invalid(tr("The data breaches follow from the register itself: each closed "
                            "breach expires on its own."));
        return std::nullopt;
    }
    if (!trigger.isValid()) {
        *error = invalid(tr("Enter the date of the event the retention period runs from."));
        return std::nullopt;
    }
    if (const QString why
        = InputLimits::checkDate(tr("The date the retention period runs from"), trigger);
        !why.isEmpty()) {
        *error = invalid(why);
        return std::nullopt;
    }
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return std::nullopt;
    }
    ServiceError presentError;
    const std::optional<bool> present = PersonRepository::exists(
        db, personId, PersonRepository::Anonymised::Excluded, &presentError);
    if (!present || !*present) {
        *error = { ServiceError::Code::NotFound, tr("The data subject no longer exists."), {} };
        return std::nullopt;
    }
    QSqlQuery query(db);
    const QDate expires = RetentionCalendar::expiry(trigger, found->period);
    query.prepare(QStringLiteral("SELECT id, trigger_date, destroyed_on FROM retention_items "
                                 "WHERE person_id = ? AND rule_id = ?"));
    query.addBindValue(personId);
    query.addBindValue(found->id);
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    QJsonObject payload { { QStringLiteral("rule"), found->code },
                          { QStringLiteral("expires"), isoDate(expires) } };
    qint64 itemId = 0;
    if (query.next()) {
        if (!query.value(2).isNull()) {
            *error = invalid(tr("This data has already been destroyed."));
            return std::nullopt;
        }
        itemId = query.value(0).toLongLong();
        payload.insert(QStringLiteral("trigger"),
                       QJsonArray { query.value(1).toString(), isoDate(trigger) });
        // A date the officer sets is theirs: a derived item becomes manual, and the derivation
        // leaves it alone from now on.
        query.prepare(QStringLiteral("UPDATE retention_items SET trigger_date = ?, expires_on = ?, "
                                     "derived = 0 WHERE id = ?"));
        query.addBindValue(isoDate(trigger));
        query.addBindValue(isoDate(expires));
        query.addBindValue(itemId);
    } else {
        payload.insert(QStringLiteral("trigger"), isoDate(trigger));
        query.prepare(QStringLiteral(
            "INSERT INTO retention_items (person_id, rule_id, trigger_date, expires_on, "
            "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(personId);
        query.addBindValue(found->id);
        query.addBindValue(isoDate(trigger));
        query.addBindValue(isoDate(expires));
        query.addBindValue(m_clock.now().toString(Qt::ISODateWithMs));
        query.addBindValue(m_store.userName());
    }
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    if (itemId == 0)
        itemId = insertedRowId(db);
    AuditLog log = audit();
    QString auditError;
    if (!log.append(m_store.userName(), personEntity, QString::number(personId),
                    QStringLiteral("retention.item.set"), payload, &auditError)) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return std::nullopt;
    }
    // Read back inside the transaction: a failed read undoes the change instead of reporting a
    // saved item as not saved (or the other way round).
    const QList<RetentionItem> items
        = itemsFor(personId, m_clock.today(), defaultWithinDays, &readError);
    if (readError.isError()) {
        *error = readError;
        return std::nullopt;
    }
    const auto saved
        = std::find_if(items.cbegin(), items.cend(),
                       [itemId](const RetentionItem &item) { return item.id == itemId; });
    if (saved == items.cend()) {
        *error = ServiceError(ServiceError::Code::Storage,
                              tr("The retention item could not be read back after saving."));
        return std::nullopt;
    }
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return std::nullopt;
    }
    return *saved;
}

RetentionState RetentionService::stateOn(QDate expires, QDate on, int withinDays, bool held,
                                         bool destroyed)
{
    if (destroyed)
        return RetentionState::Destroyed;
    if (held)
        return RetentionState::LegalHold;
    if (expires <= on)
        return RetentionState::Expired;
    if (expires <= on.addDays(withinDays))
        return RetentionState::ExpiringSoon;
    return RetentionState::Active;
}

QList<RetentionItem> RetentionService::itemsFor(qint64 personId, QDate on, int withinDays,
                                                ServiceError *error) const
{
    ServiceError failure; // judged alone: *error may hold an earlier call's error
    const auto report = qScopeGuard([&failure, error] {
        if (error && failure.isError())
            *error = failure;
    });
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                  &failure))
        return {};
    QList<RetentionItem> result;
    QSqlDatabase db = m_store.database();
    QSqlQuery query(db);
    query.prepare(itemSelect + QStringLiteral("WHERE i.person_id = ? ORDER BY i.expires_on, i.id"));
    query.addBindValue(personId);
    if (!query.exec()) {
        failure = ServiceError::fromSql(query.lastError());
        return {};
    }
    while (query.next())
        result << itemFrom(query, on, withinDays);
    // The computed request-files item, when every request of the person is closed.
    const auto files = rule(QLatin1StringView(RetentionRule::requestFilesCode), &failure);
    if (failure.isError())
        return {};
    if (!files)
        return result;
    query.prepare(QStringLiteral("SELECT p.id, p.klantnummer, p.name, MAX(COALESCE(c.answered_on, "
                                 "substr(c.closed_at, 1, 10))), ")
                  + openHoldReason + QStringLiteral(" FROM ") + CaseRepository::tableSql(u"c")
                  + QStringLiteral(" ") + PersonRepository::joinSql(u"p", u"c.person_id")
                  + QStringLiteral(" WHERE p.id = ? AND p.anonymised_at IS NULL GROUP BY p.id, "
                                   "p.klantnummer, p.name HAVING SUM(CASE WHEN c.state IN ")
                  + closedStates + QStringLiteral(" THEN 0 ELSE 1 END) = 0"));
    query.addBindValue(personId);
    if (!query.exec()) {
        failure = ServiceError::fromSql(query.lastError());
        return {};
    }
    if (query.next()) {
        RetentionItem item;
        item.personId = personId;
        item.klantnummer = query.value(1).toString();
        item.name = query.value(2).toString();
        item.rule = *files;
        item.trigger = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        item.expires = RetentionCalendar::expiry(item.trigger, files->period);
        item.holdReason = query.value(4).toString();
        item.state = stateOn(item.expires, on, withinDays, !query.isNull(4), false);
        const auto requests = CaseRepository::requestsOfPerson(db, personId, &failure);
        if (!requests)
            return {};
        for (const auto &request : *requests)
            item.caseNumbers << request.first;
        result << item;
    }
    return result;
}

namespace {

// The two statements behind RetentionService::due and countDue: stored items, and the
// request-file items computed per person. Both read indexes of migration 0009 where they can.
struct DueStatements
{
    QString stored;
    QVariantList storedValues;
    QString computed; // empty: the request-files rule is excluded
    QVariantList computedValues;
};

DueStatements dueStatements(const DueQuery &q, const std::optional<RetentionRule> &files,
                            bool counting, const QString &limit)
{
    DueStatements d;
    const QDate until = q.on.addDays(std::max(0, q.withinDays));
    const QString on = isoDate(q.on);
    // The persons under a hold open now, or (asOfOn) open on `on`: placed by then and not yet
    // released. A short list that SQLite builds once per statement.
    const QString held = q.asOfOn
        ? QStringLiteral("(SELECT h.person_id FROM retention_holds h WHERE h.placed_on <= ? AND "
                         "(h.released_on IS NULL OR h.released_on > ?))")
        : QStringLiteral("(SELECT h.person_id FROM retention_holds h WHERE h.released_on IS "
                         "NULL)");
    const QVariantList heldValues = q.asOfOn ? QVariantList { on, on } : QVariantList {};
    const QString holdReason = QStringLiteral("(SELECT h.reason FROM retention_holds h WHERE "
                                              "h.person_id = p.id AND ")
        + (q.asOfOn ? QStringLiteral("h.placed_on <= ? AND (h.released_on IS NULL OR "
                                     "h.released_on > ?)")
                    : QStringLiteral("h.released_on IS NULL"))
        + QStringLiteral(" ORDER BY h.id LIMIT 1)");

    // Stored items, by expiry.
    if (counting) {
        d.stored = QStringLiteral("SELECT count(*) FROM retention_items i JOIN retention_rules r "
                                  "ON r.id = i.rule_id WHERE ");
    } else {
        d.stored
            = QStringLiteral("SELECT i.id, i.person_id, p.klantnummer, p.name, i.trigger_date, "
                             "i.expires_on, i.destroyed_on, i.destroyed_method, i.destroyed_by, ")
            + holdReason + QStringLiteral(", ") + ruleColumns + QStringLiteral(", i.derived")
            + QStringLiteral(" FROM retention_items i ")
            + PersonRepository::joinSql(u"p", u"i.person_id")
            + QStringLiteral(" JOIN retention_rules r ON r.id = i.rule_id WHERE ");
        d.storedValues << heldValues;
    }
    if (q.asOfOn) {
        d.stored += QStringLiteral("(i.destroyed_on IS NULL OR i.destroyed_on > ?)");
        d.storedValues << on;
    } else {
        d.stored += QStringLiteral("i.destroyed_on IS NULL");
    }
    d.stored += QStringLiteral(" AND i.expires_on <= ?");
    d.storedValues << isoDate(until);
    if (!q.includeExpired) {
        d.stored += QStringLiteral(" AND i.expires_on > ?");
        d.storedValues << on;
    }
    if (q.from.isValid()) {
        d.stored += QStringLiteral(" AND i.expires_on >= ?");
        d.storedValues << isoDate(q.from);
    }
    if (!q.ruleCode.isEmpty()) {
        d.stored += QStringLiteral(" AND r.code = ?");
        d.storedValues << q.ruleCode;
    }
    if (!q.includeHeld) {
        d.stored += QStringLiteral(" AND i.person_id NOT IN ") + held;
        d.storedValues << heldValues;
    }
    if (!counting)
        d.stored += QStringLiteral(" ORDER BY i.expires_on, i.id") + limit;

    // Computed request-file items: per person whose requests are all answered (or closed), the
    // last answer is the trigger; range-limited through latestTriggerExpiringBy. Closed means
    // closed_at is set (CaseService sets it with every closing state and clears it on reopening),
    // so that cases_person_closed answers the grouping without reading the cases.
    if (!files || (!q.ruleCode.isEmpty() && q.ruleCode != files->code))
        return d;
    const QString closed = QStringLiteral("COALESCE(c.answered_on, substr(c.closed_at, 1, 10))");
    QString inner = QStringLiteral("SELECT c.person_id AS person, MAX(") + closed
        + QStringLiteral(") AS t FROM ") + CaseRepository::tableSql(u"c");
    QVariantList innerValues;
    if (q.asOfOn) {
        // As it stood on `on`: the requests received by then, all answered by then.
        inner += QStringLiteral(" WHERE c.received_date <= ? GROUP BY c.person_id HAVING "
                                "SUM(CASE WHEN c.closed_at IS NOT NULL AND ")
            + closed + QStringLiteral(" <= ? THEN 0 ELSE 1 END) = 0");
        innerValues << on << on;
    } else {
        inner += QStringLiteral(" GROUP BY c.person_id HAVING SUM(CASE WHEN c.closed_at IS NOT "
                                "NULL THEN 0 ELSE 1 END) = 0");
    }
    inner += QStringLiteral(" AND MAX(") + closed + QStringLiteral(") <= ?");
    innerValues << isoDate(RetentionCalendar::latestTriggerExpiringBy(until, files->period));
    if (!q.includeExpired) {
        inner += QStringLiteral(" AND MAX(") + closed + QStringLiteral(") > ?");
        innerValues << isoDate(RetentionCalendar::latestTriggerExpiringBy(q.on, files->period));
    }
    if (q.from.isValid()) {
        inner += QStringLiteral(" AND MAX(") + closed + QStringLiteral(") > ?");
        innerValues << isoDate(
            RetentionCalendar::latestTriggerExpiringBy(q.from.addDays(-1), files->period));
    }
    // Not anonymised (by `on`): the anonymised persons are a short list (persons_anonymised).
    const QString anonymised = u'(' + PersonRepository::anonymisedIdsSql(u"a", q.asOfOn) + u')';
    const QVariantList anonymisedValues = q.asOfOn ? QVariantList { on } : QVariantList {};
    if (counting) {
        d.computed = QStringLiteral("SELECT count(*) FROM (") + inner;
    } else {
        d.computed = QStringLiteral("SELECT p.id, p.klantnummer, p.name, g.t, ") + holdReason
            + QStringLiteral(" FROM (") + inner;
        d.computedValues << heldValues;
    }
    d.computed += QStringLiteral(") g ");
    d.computedValues << innerValues;
    if (!counting)
        d.computed += PersonRepository::joinSql(u"p", u"g.person") + u' ';
    d.computed += QStringLiteral("WHERE g.person NOT IN ") + anonymised;
    d.computedValues << anonymisedValues;
    if (!q.includeHeld) {
        d.computed += QStringLiteral(" AND g.person NOT IN ") + held;
        d.computedValues << heldValues;
    }
    if (!counting)
        d.computed += QStringLiteral(" ORDER BY g.t, p.id") + limit;
    return d;
}
} // namespace

QList<RetentionItem> RetentionService::due(const DueQuery &q, ServiceError *error) const
{
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                  error))
        return {};
    QList<RetentionItem> result;
    if (!q.on.isValid())
        return result;
    ServiceError failure; // judged alone: *error may hold an earlier call's error
    const auto report = qScopeGuard([&failure, error] {
        if (error && failure.isError())
            *error = failure;
    });
    const qint64 wanted = q.limit < 0 ? -1 : qint64 { q.offset } + q.limit;
    const QString limit = wanted < 0 ? QString() : QStringLiteral(" LIMIT %1").arg(wanted);
    const auto files = rule(QLatin1StringView(RetentionRule::requestFilesCode), &failure);
    if (failure.isError())
        return {};
    const DueStatements statements = dueStatements(q, files, false, limit);
    QSqlDatabase db = m_store.database();

    // A failed read is an error, never "nothing due": the dashboard and the CLI act on this.
    QSqlQuery query(db);
    query.prepare(statements.stored);
    bindAll(query, statements.storedValues);
    if (!query.exec()) {
        failure = ServiceError::fromSql(query.lastError());
        return {};
    }
    while (query.next()) {
        RetentionItem item = itemFrom(query, q.on, q.withinDays);
        if (q.asOfOn && item.destroyedOn > q.on) // not yet destroyed then
            item.state = stateOn(item.expires, q.on, q.withinDays, !query.isNull(9), false);
        result << item;
    }

    if (!statements.computed.isEmpty()) {
        query.prepare(statements.computed);
        bindAll(query, statements.computedValues);
        QList<RetentionItem> computed;
        if (!query.exec()) {
            failure = ServiceError::fromSql(query.lastError());
            return {};
        }
        while (query.next()) {
            RetentionItem item;
            item.personId = query.value(0).toLongLong();
            item.klantnummer = query.value(1).toString();
            item.name = query.value(2).toString();
            item.rule = *files;
            item.trigger = QDate::fromString(query.value(3).toString(), Qt::ISODate);
            item.expires = RetentionCalendar::expiry(item.trigger, files->period);
            item.holdReason = query.value(4).toString();
            item.state = stateOn(item.expires, q.on, q.withinDays, !query.isNull(4), false);
            computed << item;
        }
        // Merge the two ordered lists by expiry.
        QList<RetentionItem> merged;
        merged.reserve(result.size() + computed.size());
        std::merge(result.cbegin(), result.cend(), computed.cbegin(), computed.cend(),
                   std::back_inserter(merged), [](const RetentionItem &a, const RetentionItem &b) {
                       return a.expires < b.expires;
                   });
        result = std::move(merged);
    }

    // The breach register's items: its closed breaches, computed as the request files are.
    if (q.ruleCode.isEmpty()
        || q.ruleCode == QLatin1StringView(RetentionRule::breachRegisterCode)) {
        const auto breaches = rule(QLatin1StringView(RetentionRule::breachRegisterCode), &failure);
        if (failure.isError())
            return {};
        QList<RetentionItem> items;
        if (breaches && !dueBreaches(db, q, *breaches, wanted, &items, &failure))
            return {};
        if (!items.isEmpty()) {
            QList<RetentionItem> merged;
            merged.reserve(result.size() + items.size());
            std::merge(result.cbegin(), result.cend(), items.cbegin(), items.cend(),
                       std::back_inserter(merged),
                       [](const RetentionItem &a, const RetentionItem &b) {
                           return a.expires < b.expires;
                       });
            result = std::move(merged);
        }
    }
    if (q.offset > 0)
        result.remove(0, std::min<qsizetype>(q.offset, result.size()));
    if (q.limit >= 0 && result.size() > q.limit)
        result.resize(q.limit);

    // Case numbers for the request-file items on this page.
    for (RetentionItem &item : result) {
        if (item.id != 0 || item.isBreach())
            continue;
        const auto requests = CaseRepository::requestsOfPerson(db, item.personId, &failure);
        if (!requests)
            return {};
        for (const auto &request : *requests)
            item.caseNumbers << request.first;
    }
    return result;
}

int RetentionService::countDue(const DueQuery &q, ServiceError *error) const
{
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                  error))
        return 0;
    if (!q.on.isValid())
        return 0;
    ServiceError readError;
    const auto files = rule(QLatin1StringView(RetentionRule::requestFilesCode), &readError);
    if (readError.isError()) {
        if (error)
            *error = readError;
        return 0;
    }
    const DueStatements statements = dueStatements(q, files, true, {});
    QSqlQuery query(m_store.database());
    const auto countOf = [&](const QString &sql, const QVariantList &values) -> std::optional<int> {
        query.prepare(sql);
        bindAll(query, values);
        if (!query.exec() || !query.next()) {
            if (error)
                *error = ServiceError::fromSql(query.lastError());
            return std::nullopt;
        }
        return query.value(0).toInt();
    };
    const auto stored = countOf(statements.stored, statements.storedValues);
    if (!stored)
        return 0;
    int total = *stored;
    if (!statements.computed.isEmpty()) {
        const auto computed = countOf(statements.computed, statements.computedValues);
        if (!computed)
            return 0;
        total += *computed;
    }
    if (!q.ruleCode.isEmpty() && q.ruleCode != QLatin1StringView(RetentionRule::breachRegisterCode))
        return total;
    const auto breaches = rule(QLatin1StringView(RetentionRule::breachRegisterCode), &readError);
    if (readError.isError()) {
        if (error)
            *error = readError;
        return 0;
    }
    if (!breaches)
        return total;
    const auto closed = countDueBreaches(m_store.database(), q, *breaches, &readError);
    if (!closed) {
        if (error)
            *error = readError;
        return 0;
    }
    return total + *closed;
}

QJsonObject dueItemToJson(const RetentionItem &item)
{
    QJsonObject json { { QStringLiteral("klantnummer"), item.klantnummer },
                       { QStringLiteral("name"), item.name },
                       { QStringLiteral("category"), item.rule.category },
                       { QStringLiteral("rule"), item.rule.code },
                       { QStringLiteral("expires"), isoDate(item.expires) },
                       { QStringLiteral("state"), RetentionCodes::code(item.state) } };
    if (item.isBreach())
        json.insert(QStringLiteral("breach"), item.breachNumber);
    return json;
}

} // namespace pd
