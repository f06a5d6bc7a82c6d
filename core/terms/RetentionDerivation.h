#pragma once

#include "terms/RetentionRepository.h"
#include "terms/RetentionTerms.h"
#include "util/ServiceError.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace pd {

// The one place where retention items are derived from a person's relation: for a
// person with relation R and relation end E, every rule whose relations contain R gives an item
// with trigger E (31 December of E's year for einde-boekjaar), expiring by RetentionCalendar.
//
//  - No end date (a current tenant): no item; a derived item that no longer applies (no end
//    date, another relation, the rule no longer derived) is removed, unless it was destroyed.
//  - A destroyed item is never revived or moved; a manual item (derived = 0) is never touched.
//  - Anonymised persons are left alone.
//
// Runs inside the caller's transaction (the import, a person edit, a saved rule) and writes no
// audit event itself: the caller records one with the counts. The statements are prepared once
// (prepare()), so the import's per-row loop prepares nothing.
class RetentionDerivation final
{
public:
    // actor and now fill created_by and created_at of new items.
    RetentionDerivation(const QSqlDatabase &db, const QString &actor, const QString &now);
    RetentionDerivation(const RetentionDerivation &) = delete;
    RetentionDerivation &operator=(const RetentionDerivation &) = delete;

    // Reads the derived rules and prepares the statements; false with *error when that fails.
    bool prepare(ServiceError *error);

    // The items of one person, after an import or a change. newPerson: the person was created in
    // this transaction and has no items yet (saves the read).
    bool derive(qint64 personId, const QString &relation, QDate relationEnd, bool newPerson,
                DerivedTerms *terms, ServiceError *error);
    // For many persons in one transaction (the import): which persons have stored
    // items at all, read once, so that derive() reads the items only of those (the others have
    // none to compare). Kept up to date with the items derive() inserts; the caller forgets it
    // when other code may have written on the connection since.
    bool readPersonsWithItems(ServiceError *error);
    void forgetPersonsWithItems();

    // The items of one rule for every person, after the rule changed (its relations, trigger or
    // period). The rule as saved; an empty relations list removes its derived items.
    bool deriveRule(const RetentionRule &rule, DerivedTerms *terms, ServiceError *error);

    // The trigger and expiry a rule gives for a relation that ended on relationEnd (pure).
    static QDate triggerFor(const RetentionRule &rule, QDate relationEnd);
    static QDate expiryFor(const RetentionRule &rule, QDate relationEnd);
    static bool applies(const RetentionRule &rule, const QString &relation, QDate relationEnd);

private:
    using Existing = RetentionRepository::StoredItem;
    bool apply(qint64 personId, const RetentionRule *rule, const Existing *existing,
               const QString &relation, QDate relationEnd, DerivedTerms *terms,
               ServiceError *error);

    QSqlDatabase m_db;
    QString m_actor;
    QString m_now;
    QList<RetentionRule> m_rules; // the derived rules
    RetentionRepository::DerivedItems m_items; // the statements, prepared once
    QSet<qint64> m_withItems; // readPersonsWithItems
    bool m_withItemsKnown = false;
    bool m_prepared = false;
};

} // namespace pd
