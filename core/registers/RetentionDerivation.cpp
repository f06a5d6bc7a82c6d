#include "registers/RetentionDerivation.h"

#include "persons/PersonRepository.h"
#include "registers/RetentionShared.h"
#include "sql/Dialect.h"

#include <QSqlError>

namespace pd {

using namespace retention;

RetentionDerivation::RetentionDerivation(const QSqlDatabase &db, const QString &actor,
                                         const QString &now)
    : m_db(db)
    , m_actor(actor)
    , m_now(now)
    , m_items(db)
    , m_insert(db)
    , m_update(db)
    , m_remove(db)
{ }

QDate RetentionDerivation::triggerFor(const RetentionRule &rule, QDate relationEnd)
{
    if (!relationEnd.isValid())
        return {};
    if (rule.trigger == RetentionTrigger::EndOfFiscalYear)
        return QDate(relationEnd.year(), 12, 31);
    return relationEnd;
}

QDate RetentionDerivation::expiryFor(const RetentionRule &rule, QDate relationEnd)
{
    return RetentionCalendar::expiry(triggerFor(rule, relationEnd), rule.period);
}

bool RetentionDerivation::applies(const RetentionRule &rule, const QString &relation,
                                  QDate relationEnd)
{
    return rule.isDerived() && RetentionRule::runsFromRelationEnd(rule.trigger)
        && relationEnd.isValid() && rule.relations.contains(relation);
}

bool RetentionDerivation::prepare(ServiceError *error)
{
    QSqlQuery rules(m_db);
    if (!rules.exec(QStringLiteral("SELECT ") + ruleColumns
                    + QStringLiteral(" FROM retention_rules r WHERE r.relations IS NOT NULL AND "
                                     "r.relations <> '' ORDER BY r.id"))) {
        *error = ServiceError::fromSql(rules.lastError());
        return false;
    }
    m_rules.clear();
    while (rules.next()) {
        const RetentionRule rule = ruleFrom(rules, 0);
        if (rule.isDerived())
            m_rules << rule;
    }
    m_items.setForwardOnly(sql::canStream(m_db));
    const bool prepared
        = m_items.prepare(QStringLiteral(
              "SELECT id, rule_id, trigger_date, expires_on, destroyed_on IS NOT NULL, derived "
              "FROM retention_items WHERE person_id = ?"))
        && m_insert.prepare(QStringLiteral(
            "INSERT INTO retention_items (person_id, rule_id, trigger_date, expires_on, "
            "created_at, created_by, derived) VALUES (?, ?, ?, ?, ?, ?, 1)"))
        // OR FAIL: one row by id, so a failed constraint check leaves nothing to undo (the
        // caller's transaction rolls back as a whole). With the default (ABORT) SQLite keeps a
        // statement journal per UPDATE, into which SQLCipher encrypts every page it changes
        // (issue 19: an import moving 20,000 items encrypted the same pages thousands of times).
        // (A server has no OR FAIL: sql::updateOrFail.)
        && m_update.prepare(sql::updateOrFail(m_db)
                            + QStringLiteral(" retention_items SET trigger_date = ?, expires_on = "
                                             "? WHERE id = ?"))
        && m_remove.prepare(
            QStringLiteral("DELETE FROM retention_items WHERE id = ? AND derived = 1 AND "
                           "destroyed_on IS NULL"));
    if (!prepared) {
        for (const QSqlQuery *q : { &m_items, &m_insert, &m_update, &m_remove }) {
            if (q->lastError().isValid()) {
                *error = ServiceError::fromSql(q->lastError());
                break;
            }
        }
        return false;
    }
    m_prepared = true;
    return true;
}

bool RetentionDerivation::apply(qint64 personId, const RetentionRule *rule,
                                const Existing *existing, const QString &relation,
                                QDate relationEnd, DerivedTerms *terms, ServiceError *error)
{
    if (existing && (existing->destroyed || !existing->derived))
        return true; // never revived, never moved; a manual item is the officer's
    if (rule && applies(*rule, relation, relationEnd)) {
        const QDate trigger = triggerFor(*rule, relationEnd);
        const QDate expires = RetentionCalendar::expiry(trigger, rule->period);
        if (existing) {
            if (existing->trigger == trigger && existing->expires == expires)
                return true;
            m_update.bindValue(0, isoDate(trigger));
            m_update.bindValue(1, isoDate(expires));
            m_update.bindValue(2, existing->id);
            if (!m_update.exec()) {
                *error = ServiceError::fromSql(m_update.lastError());
                return false;
            }
            if (existing->expires != expires)
                ++terms->moved;
            return true;
        }
        m_insert.bindValue(0, personId);
        m_insert.bindValue(1, rule->id);
        m_insert.bindValue(2, isoDate(trigger));
        m_insert.bindValue(3, isoDate(expires));
        m_insert.bindValue(4, m_now);
        m_insert.bindValue(5, m_actor);
        if (!m_insert.exec()) {
            *error = ServiceError::fromSql(m_insert.lastError());
            return false;
        }
        ++terms->created;
        return true;
    }
    if (!existing)
        return true;
    m_remove.bindValue(0, existing->id);
    if (!m_remove.exec()) {
        *error = ServiceError::fromSql(m_remove.lastError());
        return false;
    }
    ++terms->removed;
    return true;
}

bool RetentionDerivation::derive(qint64 personId, const QString &relation, QDate relationEnd,
                                 bool newPerson, DerivedTerms *terms, ServiceError *error)
{
    Q_ASSERT(m_prepared);
    if (newPerson) {
        for (const RetentionRule &rule : std::as_const(m_rules)) {
            if (!apply(personId, &rule, nullptr, relation, relationEnd, terms, error))
                return false;
        }
        return true;
    }
    QHash<qint64, Existing> existing;
    m_items.bindValue(0, personId);
    if (!m_items.exec()) {
        *error = ServiceError::fromSql(m_items.lastError());
        return false;
    }
    while (m_items.next()) {
        Existing item;
        item.id = m_items.value(0).toLongLong();
        item.ruleId = m_items.value(1).toLongLong();
        item.trigger = QDate::fromString(m_items.value(2).toString(), Qt::ISODate);
        item.expires = QDate::fromString(m_items.value(3).toString(), Qt::ISODate);
        item.destroyed = m_items.value(4).toBool();
        item.derived = m_items.value(5).toInt() != 0;
        existing.insert(item.ruleId, item);
    }
    m_items.finish();
    for (const RetentionRule &rule : std::as_const(m_rules)) {
        const auto found = existing.constFind(rule.id);
        const Existing *item = found == existing.cend() ? nullptr : &found.value();
        if (!apply(personId, &rule, item, relation, relationEnd, terms, error))
            return false;
        existing.remove(rule.id);
    }
    // What is left belongs to rules that are no longer derived.
    for (const Existing &item : std::as_const(existing)) {
        if (!apply(personId, nullptr, &item, relation, relationEnd, terms, error))
            return false;
    }
    return true;
}

bool RetentionDerivation::deriveRule(const RetentionRule &rule, DerivedTerms *terms,
                                     ServiceError *error)
{
    Q_ASSERT(m_prepared);
    if (rule.isRequestFiles() || rule.isBreachRegister())
        return true; // computed from the cases or the breaches, never stored
    QHash<qint64, Existing> existing;
    QSet<qint64> anonymised;
    QSqlQuery query(m_db);
    // The persons are read while their items are written (apply).
    query.setForwardOnly(sql::canStream(m_db));
    query.prepare(
        QStringLiteral(
            "SELECT i.id, i.person_id, i.trigger_date, i.expires_on, i.destroyed_on IS NOT NULL, "
            "i.derived, p.anonymised_at IS NOT NULL FROM retention_items i ")
        + PersonRepository::joinSql(u"p", u"i.person_id") + QStringLiteral(" WHERE i.rule_id = ?"));
    query.addBindValue(rule.id);
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    while (query.next()) {
        Existing item;
        item.id = query.value(0).toLongLong();
        item.ruleId = rule.id;
        item.trigger = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        item.expires = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        item.destroyed = query.value(4).toBool();
        item.derived = query.value(5).toInt() != 0;
        const qint64 person = query.value(1).toLongLong();
        if (query.value(6).toBool())
            anonymised.insert(person);
        existing.insert(person, item);
    }
    if (rule.isDerived() && RetentionRule::runsFromRelationEnd(rule.trigger)) {
        query.finish();
        const bool applied = PersonRepository::forEachCandidate(
            m_db, rule.relations,
            [&](qint64 person, const QString &relation, QDate end) {
                const auto found = existing.constFind(person);
                const Existing *item = found == existing.cend() ? nullptr : &found.value();
                if (!apply(person, &rule, item, relation, end, terms, error))
                    return false;
                existing.remove(person);
                return true;
            },
            error);
        if (!applied)
            return false;
    }
    // The persons left no longer fall under the rule (another relation, or the rule no longer
    // derives): their derived items go, unless destroyed or the person was anonymised.
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        if (anonymised.contains(it.key()))
            continue;
        if (!apply(it.key(), nullptr, &it.value(), {}, {}, terms, error))
            return false;
    }
    return true;
}

} // namespace pd
