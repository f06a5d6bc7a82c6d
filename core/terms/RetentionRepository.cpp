// The SQL of the retention planner's tables (RetentionRepository.h).
#include "terms/RetentionRepository.h"

#include "persons/PersonRepository.h"
#include "sql/Dialect.h"
#include "sql/StatementText.h"
#include "store/ServiceSupport.h"
#include "store/Statements.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

using namespace support;

namespace {

using statements::run;

// Built on first use, not at start-up: it asks another library (persons) for its part.
// holdColumns()' columns, in its order.
enum HoldColumn {
    HoldId,
    HoldPersonId,
    HoldKlantnummer,
    HoldName,
    HoldReason,
    HoldPlacedOn,
    HoldPlacedBy
};
QString holdColumns()
{
    return QStringLiteral("SELECT h.id, h.person_id, ") + PersonRepository::labelSql(u"p")
        + QStringLiteral(", h.reason, h.placed_on, h.placed_by FROM retention_holds h ");
}

LegalHold holdFrom(const QSqlQuery &query)
{
    return { query.value(HoldId).toLongLong(),
             query.value(HoldPersonId).toLongLong(),
             query.value(HoldKlantnummer).toString(),
             query.value(HoldName).toString(),
             query.value(HoldReason).toString(),
             QDate::fromString(query.value(HoldPlacedOn).toString(), Qt::ISODate),
             query.value(HoldPlacedBy).toString() };
}

std::optional<QList<LegalHold>> holdsFrom(QSqlQuery &query, ServiceError *error)
{
    return statements::rows(query, holdFrom, error);
}

// category, trigger_event, period_amount, period_unit, legal_ground, relations: in this order
// in both the UPDATE and the INSERT of a rule.
QVariantList ruleValues(const RetentionRule &rule)
{
    return { rule.category,
             codes::code(rule.trigger),
             rule.period.amount,
             RetentionCalendar::unitCode(rule.period.unit),
             nullable(rule.legalGround),
             nullable(rule.relations.join(u',')) };
}

bool oneRule(const QSqlDatabase &db, const QString &condition, const QVariant &value,
             std::optional<RetentionRule> *found, ServiceError *error)
{
    *found = std::nullopt;
    return statements::selectFirst(
        db,
        QStringLiteral("SELECT ") + RetentionRepository::ruleColumnsSql()
            + QStringLiteral(" FROM retention_rules r WHERE ") + condition,
        { value }, [](const QSqlQuery &row) { return RetentionRepository::ruleFrom(row, 0); },
        found, error);
}

// ruleColumnsSql()'s columns, in its order, counted from the first that ruleFrom reads.
enum RuleColumn {
    RuleId,
    RuleCode,
    RuleCategory,
    RuleTriggerEvent,
    RulePeriodAmount,
    RulePeriodUnit,
    RuleLegalGround,
    RuleRelations,
    RuleColumnCount
};

// The columns of itemSelect() and dueItemsSql(), in their order: itemFrom reads them. The
// rule's columns (ruleColumnsSql) start at ItemRule.
enum ItemColumn {
    ItemId,
    ItemPersonId,
    ItemKlantnummer,
    ItemName,
    ItemTriggerDate,
    ItemExpiresOn,
    ItemDestroyedOn,
    ItemDestroyedMethod,
    ItemDestroyedBy,
    ItemHoldReason,
    ItemRule,
    ItemDerived = ItemRule + RuleColumnCount
};

// A stored item with its person, open hold and rule (itemFrom reads a row of it).
QString itemSelect()
{
    return QStringLiteral("SELECT i.id, i.person_id, ") + PersonRepository::labelSql(u"p")
        + QStringLiteral(", i.trigger_date, i.expires_on, i.destroyed_on, i.destroyed_method, "
                         "i.destroyed_by, (SELECT h.reason FROM retention_holds h WHERE "
                         "h.person_id = p.id AND "
                         "h.released_on IS NULL ORDER BY h.id LIMIT 1), ")
        + RetentionRepository::ruleColumnsSql() + QStringLiteral(", i.derived")
        + QStringLiteral(" FROM retention_items i ")
        + PersonRepository::joinSql(u"p", u"i.person_id")
        + QStringLiteral(" JOIN retention_rules r ON r.id = i.rule_id ");
}

} // namespace

// --- rows and fragments ---

QString RetentionRepository::ruleColumnsSql()
{
    return QStringLiteral("r.id, r.code, r.category, r.trigger_event, r.period_amount, "
                          "r.period_unit, r.legal_ground, r.relations");
}

RetentionRule RetentionRepository::ruleFrom(const QSqlQuery &query, int first)
{
    RetentionRule rule;
    rule.id = query.value(first + RuleId).toLongLong();
    rule.code = query.value(first + RuleCode).toString();
    rule.category = query.value(first + RuleCategory).toString();
    rule.trigger = codes::from<RetentionTrigger>(query.value(first + RuleTriggerEvent).toString())
                       .value_or(RetentionTrigger::Other);
    rule.period.amount = query.value(first + RulePeriodAmount).toInt();
    rule.period.unit
        = RetentionCalendar::unitFromCode(query.value(first + RulePeriodUnit).toString())
              .value_or(RetentionUnit::Years);
    rule.legalGround = query.value(first + RuleLegalGround).toString();
    rule.relations = query.value(first + RuleRelations).toString().split(u',', Qt::SkipEmptyParts);
    return rule;
}

bool RetentionRepository::itemHeld(const QSqlQuery &query)
{
    return !query.isNull(ItemHoldReason);
}

RetentionItem RetentionRepository::itemFrom(const QSqlQuery &query, QDate on, int withinDays)
{
    RetentionItem item;
    item.id = query.value(ItemId).toLongLong();
    item.personId = query.value(ItemPersonId).toLongLong();
    item.klantnummer = query.value(ItemKlantnummer).toString();
    item.name = query.value(ItemName).toString();
    item.trigger = QDate::fromString(query.value(ItemTriggerDate).toString(), Qt::ISODate);
    item.expires = QDate::fromString(query.value(ItemExpiresOn).toString(), Qt::ISODate);
    item.destroyedOn = QDate::fromString(query.value(ItemDestroyedOn).toString(), Qt::ISODate);
    item.destroyedMethod = query.value(ItemDestroyedMethod).toString();
    item.destroyedBy = query.value(ItemDestroyedBy).toString();
    item.holdReason = query.value(ItemHoldReason).toString();
    item.rule = ruleFrom(query, ItemRule);
    item.derived = query.value(ItemDerived).toInt() != 0;
    item.state = retentionStateOn(item.expires, on, withinDays, !query.isNull(ItemHoldReason),
                                  item.destroyedOn.isValid());
    return item;
}

QString RetentionRepository::rulesTableSql(QStringView alias)
{
    return QStringLiteral("retention_rules ") + alias;
}

QString RetentionRepository::heldOnSql()
{
    return QStringLiteral("SELECT h.person_id FROM retention_holds h WHERE h.placed_on <= ? AND "
                          "(h.released_on IS NULL OR h.released_on > ?)");
}

QString RetentionRepository::expiringItemsSql()
{
    return QStringLiteral("SELECT r.code, substr(i.expires_on, 1, 7), count(*) FROM "
                          "retention_items i JOIN retention_rules r ON r.id = i.rule_id WHERE "
                          "i.expires_on BETWEEN ? AND ? AND (i.destroyed_on IS NULL OR "
                          "i.destroyed_on > ?) GROUP BY 1, 2");
}

QString RetentionRepository::expiredItemsSql()
{
    return QStringLiteral("SELECT i.person_id IN (") + heldOnSql()
        + QStringLiteral("), count(*), min(i.expires_on) FROM retention_items i WHERE "
                         "i.expires_on <= ? AND (i.destroyed_on IS NULL OR i.destroyed_on > ?) "
                         "GROUP BY 1");
}

QString RetentionRepository::openHoldsOnSql()
{
    return QStringLiteral("SELECT count(*) FROM retention_holds h WHERE h.placed_on <= ? AND "
                          "(h.released_on IS NULL OR h.released_on > ?)");
}

// The persons under a hold open now, or (asOfOn) open on `on`: placed by then and not yet
// released. A short list that SQLite builds once per statement.
QString RetentionRepository::heldPersonsSql(const DueQuery &q)
{
    return q.asOfOn
        ? QStringLiteral("(SELECT h.person_id FROM retention_holds h WHERE h.placed_on <= ? AND "
                         "(h.released_on IS NULL OR h.released_on > ?))")
        : QStringLiteral("(SELECT h.person_id FROM retention_holds h WHERE h.released_on IS "
                         "NULL)");
}

// The values heldPersonsSql and holdReasonSql bind.
QVariantList RetentionRepository::heldValues(const DueQuery &q)
{
    const QString on = isoDate(q.on);
    return q.asOfOn ? QVariantList { on, on } : QVariantList {};
}

// The reason of the person's hold (open now, or on `on`).
QString RetentionRepository::holdReasonSql(const DueQuery &q, const QString &personIdSql)
{
    return QStringLiteral("(SELECT h.reason FROM retention_holds h WHERE h.person_id = ")
        + personIdSql + QStringLiteral(" AND ")
        + (q.asOfOn ? QStringLiteral("h.placed_on <= ? AND (h.released_on IS NULL OR "
                                     "h.released_on > ?)")
                    : QStringLiteral("h.released_on IS NULL"))
        + QStringLiteral(" ORDER BY h.id LIMIT 1)");
}

QString RetentionRepository::openItemCountSql(const QString &personIdSql)
{
    return QStringLiteral("(SELECT count(*) FROM retention_items i WHERE i.person_id = ")
        + personIdSql + QStringLiteral(" AND i.destroyed_on IS NULL)");
}

QString RetentionRepository::openHoldCountSql(const QString &personIdSql)
{
    return QStringLiteral("(SELECT count(*) FROM retention_holds h WHERE h.person_id = ")
        + personIdSql + QStringLiteral(" AND h.released_on IS NULL)");
}

QString RetentionRepository::dueItemsSql(const DueQuery &q, bool counting, const QString &limit,
                                         QVariantList *values)
{
    struct
    {
        QString sql;
        QVariantList values;
    } d;
    const QDate until = q.on.addDays(std::max(0, q.withinDays));
    const QString on = isoDate(q.on);
    if (counting) {
        d.sql = QStringLiteral("SELECT count(*) FROM retention_items i JOIN retention_rules r "
                               "ON r.id = i.rule_id WHERE ");
    } else {
        d.sql = QStringLiteral("SELECT i.id, i.person_id, ") + PersonRepository::labelSql(u"p")
            + QStringLiteral(", i.trigger_date, i.expires_on, i.destroyed_on, "
                             "i.destroyed_method, i.destroyed_by, ")
            + holdReasonSql(q, QStringLiteral("p.id")) + QStringLiteral(", ") + ruleColumnsSql()
            + QStringLiteral(", i.derived") + QStringLiteral(" FROM retention_items i ")
            + PersonRepository::joinSql(u"p", u"i.person_id")
            + QStringLiteral(" JOIN retention_rules r ON r.id = i.rule_id WHERE ");
        d.values << heldValues(q);
    }
    if (q.asOfOn) {
        d.sql += QStringLiteral("(i.destroyed_on IS NULL OR i.destroyed_on > ?)");
        d.values << on;
    } else {
        d.sql += QStringLiteral("i.destroyed_on IS NULL");
    }
    d.sql += QStringLiteral(" AND i.expires_on <= ?");
    d.values << isoDate(until);
    if (!q.includeExpired) {
        d.sql += QStringLiteral(" AND i.expires_on > ?");
        d.values << on;
    }
    if (q.from.isValid()) {
        d.sql += QStringLiteral(" AND i.expires_on >= ?");
        d.values << isoDate(q.from);
    }
    if (!q.ruleCode.isEmpty()) {
        d.sql += QStringLiteral(" AND r.code = ?");
        d.values << q.ruleCode;
    }
    if (!q.includeHeld) {
        d.sql += QStringLiteral(" AND i.person_id NOT IN ") + heldPersonsSql(q);
        d.values << heldValues(q);
    }
    if (!counting)
        d.sql += QStringLiteral(" ORDER BY i.expires_on, i.id") + limit;
    *values << d.values;
    return d.sql;
}

std::optional<QList<RetentionRule>> RetentionRepository::rules(const QSqlDatabase &db,
                                                               ServiceError *error)
{
    return statements::select(
        db,
        QStringLiteral("SELECT ") + ruleColumnsSql()
            + QStringLiteral(" FROM retention_rules r ORDER BY r.id"),
        {}, [](const QSqlQuery &row) { return ruleFrom(row, 0); }, error);
}

bool RetentionRepository::ruleByCode(const QSqlDatabase &db, const QString &code,
                                     std::optional<RetentionRule> *found, ServiceError *error)
{
    return oneRule(db, QStringLiteral("r.code = ?"), code, found, error);
}

bool RetentionRepository::ruleById(const QSqlDatabase &db, qint64 id,
                                   std::optional<RetentionRule> *found, ServiceError *error)
{
    return oneRule(db, QStringLiteral("r.id = ?"), id, found, error);
}

std::optional<bool> RetentionRepository::codeTaken(const QSqlDatabase &db, const QString &code,
                                                   ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT count(*) FROM retention_rules WHERE code = ?"), { code },
             error))
        return std::nullopt;
    if (!query.next()) {
        *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    return query.value(0).toInt() != 0;
}

std::optional<qint64> RetentionRepository::insertRule(const QSqlDatabase &db,
                                                      const RetentionRule &rule, const QString &now,
                                                      ServiceError *error)
{
    return statements::inserted(
        db,
        QStringLiteral("INSERT INTO retention_rules (code, category, trigger_event, "
                       "period_amount, period_unit, legal_ground, relations, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        QVariantList { rule.code } + ruleValues(rule) + QVariantList { now, now }, error);
}

bool RetentionRepository::updateRule(const QSqlDatabase &db, const RetentionRule &rule,
                                     const QString &now, ServiceError *error)
{
    return run(db,
               QStringLiteral("UPDATE retention_rules SET category = ?, trigger_event = ?, "
                              "period_amount = ?, period_unit = ?, legal_ground = ?, relations = "
                              "?, updated_at = ? WHERE id = ?"),
               ruleValues(rule) + QVariantList { now, rule.id }, error);
}

std::optional<int> RetentionRepository::itemCountOf(const QSqlDatabase &db, qint64 ruleId,
                                                    ServiceError *error)
{
    return statements::count(
        db, QStringLiteral("SELECT count(*) FROM retention_items WHERE rule_id = ?"), { ruleId },
        error);
}

bool RetentionRepository::deleteRule(const QSqlDatabase &db, qint64 ruleId, ServiceError *error)
{
    return run(db, QStringLiteral("DELETE FROM retention_rules WHERE id = ?"), { ruleId }, error);
}

std::optional<QList<std::pair<qint64, QDate>>>
RetentionRepository::manualItemsOf(const QSqlDatabase &db, qint64 ruleId, ServiceError *error)
{
    enum Column { Id, TriggerDate }; // the SELECT's columns, in its order
    return statements::select(
        db,
        QStringLiteral("SELECT id, trigger_date FROM retention_items WHERE rule_id = ? AND "
                       "destroyed_on IS NULL AND derived = 0"),
        { ruleId },
        [](const QSqlQuery &row) {
            return std::pair { row.value(Id).toLongLong(),
                               QDate::fromString(row.value(TriggerDate).toString(), Qt::ISODate) };
        },
        error);
}

bool RetentionRepository::setItemExpiry(const QSqlDatabase &db, qint64 itemId,
                                        const QString &expiresOn, ServiceError *error)
{
    return run(db, QStringLiteral("UPDATE retention_items SET expires_on = ? WHERE id = ?"),
               { expiresOn, itemId }, error);
}

// --- stored items ---

std::optional<QList<RetentionItem>> RetentionRepository::itemsOfPerson(const QSqlDatabase &db,
                                                                       qint64 personId, QDate on,
                                                                       int withinDays,
                                                                       ServiceError *error)
{
    return statements::select(
        db, itemSelect() + QStringLiteral("WHERE i.person_id = ? ORDER BY i.expires_on, i.id"),
        { personId }, [&](const QSqlQuery &row) { return itemFrom(row, on, withinDays); }, error);
}

bool RetentionRepository::itemById(const QSqlDatabase &db, qint64 itemId, QDate on,
                                   std::optional<RetentionItem> *found, ServiceError *error)
{
    *found = std::nullopt;
    // A read that fails after the statement ran is an error, never "no such item".
    return statements::selectFirst(
        db, itemSelect() + QStringLiteral("WHERE i.id = ?"), { itemId },
        [on](const QSqlQuery &row) { return itemFrom(row, on, 0); }, found, error);
}

bool RetentionRepository::itemTriggerOf(const QSqlDatabase &db, qint64 personId, qint64 ruleId,
                                        std::optional<ItemTrigger> *found, ServiceError *error)
{
    *found = std::nullopt;
    QSqlQuery query(db);
    enum Column { Id, TriggerDate, DestroyedOn }; // the SELECT's columns, in its order
    if (!run(query,
             QStringLiteral("SELECT id, trigger_date, destroyed_on FROM retention_items WHERE "
                            "person_id = ? AND rule_id = ?"),
             { personId, ruleId }, error))
        return false;
    if (query.next())
        *found = ItemTrigger { query.value(Id).toLongLong(), query.value(TriggerDate).toString(),
                               !query.value(DestroyedOn).isNull() };
    return true;
}

bool RetentionRepository::setItemTrigger(const QSqlDatabase &db, qint64 itemId,
                                         const QString &trigger, const QString &expires,
                                         ServiceError *error)
{
    return run(db,
               QStringLiteral("UPDATE retention_items SET trigger_date = ?, expires_on = ?, "
                              "derived = 0 WHERE id = ?"),
               { trigger, expires, itemId }, error);
}

std::optional<qint64> RetentionRepository::insertItem(const QSqlDatabase &db, qint64 personId,
                                                      qint64 ruleId, const QString &trigger,
                                                      const QString &expires,
                                                      const QString &createdAt,
                                                      const QString &createdBy, ServiceError *error)
{
    return statements::inserted(
        db,
        QStringLiteral("INSERT INTO retention_items (person_id, rule_id, trigger_date, "
                       "expires_on, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)"),
        { personId, ruleId, trigger, expires, createdAt, createdBy }, error);
}

bool RetentionRepository::markItemDestroyed(const QSqlDatabase &db, qint64 itemId,
                                            const QString &on, const QString &method,
                                            const QString &by, ServiceError *error)
{
    return run(db,
               QStringLiteral("UPDATE retention_items SET destroyed_on = ?, destroyed_method = ?, "
                              "destroyed_by = ? WHERE id = ?"),
               { on, method, by, itemId }, error);
}

// --- the derivation's items ---

std::optional<QList<RetentionRule>> RetentionRepository::rulesWithRelations(const QSqlDatabase &db,
                                                                            ServiceError *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT ") + ruleColumnsSql()
                    + QStringLiteral(" FROM retention_rules r WHERE r.relations IS NOT NULL AND "
                                     "r.relations <> '' ORDER BY r.id"))) {
        *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    QList<RetentionRule> rules;
    while (query.next())
        rules << ruleFrom(query, 0);
    if (!statements::ended(query, error))
        return std::nullopt;
    return rules;
}

bool RetentionRepository::itemsOfRule(const QSqlDatabase &db, qint64 ruleId,
                                      QHash<qint64, StoredItem> *byPerson, QSet<qint64> *anonymised,
                                      ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(sql::canStream(db));
    // The SELECT's columns, in its order.
    enum Column { Id, PersonId, TriggerDate, ExpiresOn, Destroyed, Derived, Anonymised };
    if (!sql::execute(
            query,
            QStringLiteral("SELECT i.id, i.person_id, i.trigger_date, i.expires_on, i.destroyed_on "
                           "IS NOT NULL, i.derived, ")
                + PersonRepository::anonymisedSql(u"p") + QStringLiteral(" FROM retention_items i ")
                + PersonRepository::joinSql(u"p", u"i.person_id")
                + QStringLiteral(" WHERE i.rule_id = ?"),
            { ruleId })) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    while (query.next()) {
        StoredItem item;
        item.id = query.value(Id).toLongLong();
        item.ruleId = ruleId;
        item.trigger = QDate::fromString(query.value(TriggerDate).toString(), Qt::ISODate);
        item.expires = QDate::fromString(query.value(ExpiresOn).toString(), Qt::ISODate);
        item.destroyed = query.value(Destroyed).toBool();
        item.derived = query.value(Derived).toInt() != 0;
        const qint64 person = query.value(PersonId).toLongLong();
        if (query.value(Anonymised).toBool())
            anonymised->insert(person);
        byPerson->insert(person, item);
    }
    // An item missed would be derived again, as if the person had none.
    return statements::ended(query, error);
}

bool RetentionRepository::personsWithItems(const QSqlDatabase &db, QSet<qint64> *persons,
                                           ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(sql::canStream(db));
    if (!query.exec(QStringLiteral("SELECT DISTINCT person_id FROM retention_items"))) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    while (query.next())
        persons->insert(query.value(0).toLongLong());
    return statements::ended(query, error);
}

namespace {

const QString derivedItemsSql = QStringLiteral(
    "SELECT id, rule_id, trigger_date, expires_on, destroyed_on IS NOT NULL, derived "
    "FROM retention_items WHERE person_id = ?");
// derivedItemsSql's columns, in its order.
enum DerivedItemColumn {
    DerivedId,
    DerivedRuleId,
    DerivedTriggerDate,
    DerivedExpiresOn,
    DerivedDestroyed,
    DerivedDerived
};
const QString derivedInsertSql
    = QStringLiteral("INSERT INTO retention_items (person_id, rule_id, trigger_date, expires_on, "
                     "created_at, created_by, derived) VALUES (?, ?, ?, ?, ?, ?, 1)");
// OR FAIL: one row by id, so a failed constraint check leaves nothing to undo (the caller's
// transaction rolls back as a whole). With the default (ABORT) SQLite keeps a statement journal
// per UPDATE, into which SQLCipher encrypts every page it changes (an import moving
// 20,000 items encrypted the same pages thousands of times). (A server has no OR FAIL:
// sql::updateOrFail.)
QString derivedUpdateSql(const QSqlDatabase &db)
{
    return sql::updateOrFail(db)
        + QStringLiteral(" retention_items SET trigger_date = ?, expires_on = ? WHERE id = ?");
}
const QString derivedRemoveSql = QStringLiteral(
    "DELETE FROM retention_items WHERE id = ? AND derived = 1 AND destroyed_on IS NULL");

} // namespace

RetentionRepository::DerivedItems::DerivedItems(const QSqlDatabase &db)
    : m_db(db)
    , m_server(sql::isServer(db))
    , m_items(db)
    , m_insert(db)
    , m_update(db)
    , m_remove(db)
{ }

bool RetentionRepository::DerivedItems::prepare(ServiceError *error)
{
    m_items.setForwardOnly(sql::canStream(m_db));
    if (m_server)
        return true; // each statement runs with its values written in: exec()
    const bool prepared = m_items.prepare(derivedItemsSql) && m_insert.prepare(derivedInsertSql)
        && m_update.prepare(derivedUpdateSql(m_db)) && m_remove.prepare(derivedRemoveSql);
    if (!prepared) {
        for (const QSqlQuery *q : { &m_items, &m_insert, &m_update, &m_remove }) {
            if (q->lastError().isValid()) {
                *error = ServiceError::fromSql(q->lastError());
                break;
            }
        }
        return false;
    }
    return true;
}

bool RetentionRepository::DerivedItems::exec(QSqlQuery &query, const QString &sql,
                                             const QVariantList &values)
{
    if (m_server)
        return sql::execute(query, sql, values);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    return query.exec();
}

bool RetentionRepository::DerivedItems::itemsOf(qint64 personId, QHash<qint64, StoredItem> *byRule,
                                                ServiceError *error)
{
    if (!exec(m_items, derivedItemsSql, { personId })) {
        *error = ServiceError::fromSql(m_items.lastError());
        return false;
    }
    while (m_items.next()) {
        StoredItem item;
        item.id = m_items.value(DerivedId).toLongLong();
        item.ruleId = m_items.value(DerivedRuleId).toLongLong();
        item.trigger = QDate::fromString(m_items.value(DerivedTriggerDate).toString(), Qt::ISODate);
        item.expires = QDate::fromString(m_items.value(DerivedExpiresOn).toString(), Qt::ISODate);
        item.destroyed = m_items.value(DerivedDestroyed).toBool();
        item.derived = m_items.value(DerivedDerived).toInt() != 0;
        byRule->insert(item.ruleId, item);
    }
    if (!statements::ended(m_items, error))
        return false;
    m_items.finish();
    return true;
}

bool RetentionRepository::DerivedItems::insert(qint64 personId, qint64 ruleId,
                                               const QString &trigger, const QString &expires,
                                               const QString &createdAt, const QString &createdBy,
                                               ServiceError *error)
{
    if (exec(m_insert, derivedInsertSql,
             { personId, ruleId, trigger, expires, createdAt, createdBy }))
        return true;
    *error = ServiceError::fromSql(m_insert.lastError());
    return false;
}

bool RetentionRepository::DerivedItems::update(qint64 itemId, const QString &trigger,
                                               const QString &expires, ServiceError *error)
{
    if (exec(m_update, derivedUpdateSql(m_db), { trigger, expires, itemId }))
        return true;
    *error = ServiceError::fromSql(m_update.lastError());
    return false;
}

bool RetentionRepository::DerivedItems::remove(qint64 itemId, ServiceError *error)
{
    if (exec(m_remove, derivedRemoveSql, { itemId }))
        return true;
    *error = ServiceError::fromSql(m_remove.lastError());
    return false;
}

// --- legal holds ---

bool RetentionRepository::insertHold(const QSqlDatabase &db, qint64 personId, const QString &reason,
                                     const QString &placedOn, const QString &placedBy,
                                     ServiceError *error)
{
    return run(db,
               QStringLiteral("INSERT INTO retention_holds (person_id, reason, placed_on, "
                              "placed_by) VALUES (?, ?, ?, ?)"),
               { personId, reason, placedOn, placedBy }, error);
}

bool RetentionRepository::releaseHold(const QSqlDatabase &db, qint64 personId,
                                      const QString &releasedOn, const QString &releasedBy,
                                      ServiceError *error)
{
    return run(db,
               QStringLiteral("UPDATE retention_holds SET released_on = ?, released_by = ? "
                              "WHERE person_id = ? AND released_on IS NULL"),
               { releasedOn, releasedBy, personId }, error);
}

std::optional<QList<LegalHold>> RetentionRepository::openHolds(const QSqlDatabase &db,
                                                               ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query,
             holdColumns() + PersonRepository::joinSql(u"p", u"h.person_id")
                 + QStringLiteral(" WHERE h.released_on IS NULL ORDER BY h.placed_on, h.id"),
             {}, error))
        return std::nullopt;
    return holdsFrom(query, error);
}

std::optional<QList<LegalHold>> RetentionRepository::holdsOn(const QSqlDatabase &db,
                                                             const QString &on, ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query,
             holdColumns() + PersonRepository::joinSql(u"p", u"h.person_id")
                 + QStringLiteral(" WHERE h.placed_on <= ? AND (h.released_on IS NULL OR "
                                  "h.released_on > ?) ORDER BY h.placed_on, h.id"),
             { on, on }, error))
        return std::nullopt;
    return holdsFrom(query, error);
}

bool RetentionRepository::openHoldOf(const QSqlDatabase &db, qint64 personId,
                                     std::optional<LegalHold> *found, ServiceError *error)
{
    *found = std::nullopt;
    return statements::selectFirst(
        db,
        holdColumns() + PersonRepository::joinSql(u"p", u"h.person_id")
            + QStringLiteral(" WHERE h.released_on IS NULL AND h.person_id = ? ORDER BY "
                             "h.id LIMIT 1"),
        { personId }, holdFrom, found, error);
}

bool RetentionRepository::eraseHoldReasons(const QSqlDatabase &db, qint64 personId,
                                           ServiceError *error)
{
    return run(db, QStringLiteral("UPDATE retention_holds SET reason = '' WHERE person_id = ?"),
               { personId }, error);
}

} // namespace pd
