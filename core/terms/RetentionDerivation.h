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

// Derives retention items from a person's relation and its end. A destroyed item is never revived
// or moved, a manual item never touched, an anonymised person left alone. Runs inside the caller's
// transaction and records no audit event: the caller records one with the counts.
class RetentionDerivation final
{
public:
    RetentionDerivation(const QSqlDatabase &db, const QString &actor, const QString &now);
    RetentionDerivation(const RetentionDerivation &) = delete;
    RetentionDerivation &operator=(const RetentionDerivation &) = delete;

    bool prepare(ServiceError *error);

    // newPerson: created in this transaction, so there are no items to read.
    bool derive(qint64 personId, const QString &relation, QDate relationEnd, bool newPerson,
                DerivedTerms *terms, ServiceError *error);
    // For an import: derive() then reads the items only of persons that have some. Forget it when
    // other code may have written on the connection since.
    bool readPersonsWithItems(ServiceError *error);
    void forgetPersonsWithItems();

    // An empty relations list removes the rule's derived items.
    bool deriveRule(const RetentionRule &rule, DerivedTerms *terms, ServiceError *error);

    static QDate triggerFor(const RetentionRule &rule, QDate relationEnd);
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
