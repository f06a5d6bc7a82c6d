#include "terms/RetentionDerivation.h"

#include "persons/PersonRepository.h"
#include "store/ServiceSupport.h"

namespace pd {

using namespace support;

RetentionDerivation::RetentionDerivation(const QSqlDatabase &db, const QString &actor,
                                         const QString &now)
    : m_db(db)
    , m_actor(actor)
    , m_now(now)
    , m_items(db)
{ }

QDate RetentionDerivation::triggerFor(const RetentionRule &rule, QDate relationEnd)
{
    if (!relationEnd.isValid())
        return {};
    if (rule.trigger == RetentionTrigger::EndOfFiscalYear)
        return QDate(relationEnd.year(), 12, 31);
    return relationEnd;
}

bool RetentionDerivation::applies(const RetentionRule &rule, const QString &relation,
                                  QDate relationEnd)
{
    return rule.isDerived() && RetentionRule::runsFromRelationEnd(rule.trigger)
        && relationEnd.isValid() && rule.relations.contains(relation);
}

bool RetentionDerivation::prepare(ServiceError *error)
{
    const auto rules = RetentionRepository::rulesWithRelations(m_db, error);
    if (!rules)
        return false;
    m_rules.clear();
    for (const RetentionRule &rule : *rules) {
        if (rule.isDerived())
            m_rules << rule;
    }
    if (!m_items.prepare(error))
        return false;
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
            if (!m_items.update(existing->id, isoDate(trigger), isoDate(expires), error))
                return false;
            if (existing->expires != expires)
                ++terms->moved;
            return true;
        }
        if (!m_items.insert(personId, rule->id, isoDate(trigger), isoDate(expires), m_now, m_actor,
                            error))
            return false;
        if (m_withItemsKnown)
            m_withItems.insert(personId);
        ++terms->created;
        return true;
    }
    if (!existing)
        return true;
    if (!m_items.remove(existing->id, error))
        return false;
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
    const bool mayHaveItems = !m_withItemsKnown || m_withItems.contains(personId);
    if (mayHaveItems && !m_items.itemsOf(personId, &existing, error))
        return false;
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

bool RetentionDerivation::readPersonsWithItems(ServiceError *error)
{
    m_withItems.clear();
    m_withItemsKnown = RetentionRepository::personsWithItems(m_db, &m_withItems, error);
    return m_withItemsKnown;
}

void RetentionDerivation::forgetPersonsWithItems()
{
    m_withItemsKnown = false;
    m_withItems.clear();
}

bool RetentionDerivation::deriveRule(const RetentionRule &rule, DerivedTerms *terms,
                                     ServiceError *error)
{
    Q_ASSERT(m_prepared);
    if (rule.isRequestFiles() || rule.isBreachRegister())
        return true; // computed from the cases or the breaches, never stored
    QHash<qint64, Existing> existing;
    QSet<qint64> anonymised;
    if (!RetentionRepository::itemsOfRule(m_db, rule.id, &existing, &anonymised, error))
        return false;
    if (rule.isDerived() && RetentionRule::runsFromRelationEnd(rule.trigger)) {
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
