#pragma once

#include "terms/RetentionTerms.h"
#include "util/ServiceError.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>
#include <utility>

namespace pd {

// The SQL of the retention planner's tables (rules, items, holds); the due list, destruction and
// its log are RetentionDestructionRepository's. Inside the caller's transaction; a failed read is
// an error, never an empty result.
class RetentionRepository final
{
public:
    static QString ruleColumnsSql();
    static RetentionRule ruleFrom(const QSqlQuery &query, int first);
    // The row: i.id, i.person_id, p.klantnummer, p.name, i.trigger_date, i.expires_on,
    // i.destroyed_on, i.destroyed_method, i.destroyed_by, the hold's reason (NULL: none),
    // ruleColumnsSql(), i.derived.
    static RetentionItem itemFrom(const QSqlQuery &query, QDate on, int withinDays);
    // Whether the row of itemFrom has an open hold.
    static bool itemHeld(const QSqlQuery &query);
    static QString rulesTableSql(QStringView alias);
    static QString heldOnSql();
    // The values each binds, in order: from, until, the day; the day four times; the day twice.
    static QString expiringItemsSql();
    static QString expiredItemsSql();
    static QString openHoldsOnSql();

    // Open now, or on q.on when q.asOfOn.
    static QString heldPersonsSql(const DueQuery &q);
    static QVariantList heldValues(const DueQuery &q);
    static QString holdReasonSql(const DueQuery &q, const QString &personIdSql);
    static QString openItemCountSql(const QString &personIdSql);
    static QString openHoldCountSql(const QString &personIdSql);
    // Its values are appended to *values in the order they bind.
    static QString dueItemsSql(const DueQuery &q, bool counting, const QString &limit,
                               QVariantList *values);

    static std::optional<QList<RetentionRule>> rules(const QSqlDatabase &db, ServiceError *error);
    static bool ruleByCode(const QSqlDatabase &db, const QString &code,
                           std::optional<RetentionRule> *found, ServiceError *error);
    static bool ruleById(const QSqlDatabase &db, qint64 id, std::optional<RetentionRule> *found,
                         ServiceError *error);
    static std::optional<bool> codeTaken(const QSqlDatabase &db, const QString &code,
                                         ServiceError *error);
    static std::optional<qint64> insertRule(const QSqlDatabase &db, const RetentionRule &rule,
                                            const QString &now, ServiceError *error);
    static bool updateRule(const QSqlDatabase &db, const RetentionRule &rule, const QString &now,
                           ServiceError *error);
    // Destroyed ones too: their row keeps the rule.
    static std::optional<int> itemCountOf(const QSqlDatabase &db, qint64 ruleId,
                                          ServiceError *error);
    // The caller makes sure that no item and no log entry names it.
    static bool deleteRule(const QSqlDatabase &db, qint64 ruleId, ServiceError *error);
    static std::optional<QList<std::pair<qint64, QDate>>>
    manualItemsOf(const QSqlDatabase &db, qint64 ruleId, ServiceError *error);
    static bool setItemExpiry(const QSqlDatabase &db, qint64 itemId, const QString &expiresOn,
                              ServiceError *error);

    static std::optional<QList<RetentionItem>> itemsOfPerson(const QSqlDatabase &db,
                                                             qint64 personId, QDate on,
                                                             int withinDays, ServiceError *error);
    static bool itemById(const QSqlDatabase &db, qint64 itemId, QDate on,
                         std::optional<RetentionItem> *found, ServiceError *error);
    struct ItemTrigger
    {
        qint64 id = 0;
        QString trigger;
        bool destroyed = false;
    };
    static bool itemTriggerOf(const QSqlDatabase &db, qint64 personId, qint64 ruleId,
                              std::optional<ItemTrigger> *found, ServiceError *error);
    // The officer's dates make the item manual.
    static bool setItemTrigger(const QSqlDatabase &db, qint64 itemId, const QString &trigger,
                               const QString &expires, ServiceError *error);
    static std::optional<qint64> insertItem(const QSqlDatabase &db, qint64 personId, qint64 ruleId,
                                            const QString &trigger, const QString &expires,
                                            const QString &createdAt, const QString &createdBy,
                                            ServiceError *error);
    static bool markItemDestroyed(const QSqlDatabase &db, qint64 itemId, const QString &on,
                                  const QString &method, const QString &by, ServiceError *error);

    struct StoredItem
    {
        qint64 id = 0;
        qint64 ruleId = 0;
        QDate trigger;
        QDate expires;
        bool destroyed = false;
        bool derived = false;
    };
    static std::optional<QList<RetentionRule>> rulesWithRelations(const QSqlDatabase &db,
                                                                  ServiceError *error);
    static bool itemsOfRule(const QSqlDatabase &db, qint64 ruleId,
                            QHash<qint64, StoredItem> *byPerson, QSet<qint64> *anonymised,
                            ServiceError *error);
    static bool personsWithItems(const QSqlDatabase &db, QSet<qint64> *persons,
                                 ServiceError *error);
    // Prepared once: an import's per-row loop prepares nothing.
    class DerivedItems final
    {
    public:
        explicit DerivedItems(const QSqlDatabase &db);
        bool prepare(ServiceError *error);
        bool itemsOf(qint64 personId, QHash<qint64, StoredItem> *byRule, ServiceError *error);
        bool insert(qint64 personId, qint64 ruleId, const QString &trigger, const QString &expires,
                    const QString &createdAt, const QString &createdBy, ServiceError *error);
        bool update(qint64 itemId, const QString &trigger, const QString &expires,
                    ServiceError *error);
        // Only an item that is derived and not destroyed is removed.
        bool remove(qint64 itemId, ServiceError *error);

    private:
        // On a server the statement with its values written in, one round trip: a person's terms
        // seldom run the same statement twice.
        bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values);

        QSqlDatabase m_db;
        bool m_server = false;
        QSqlQuery m_items;
        QSqlQuery m_insert;
        QSqlQuery m_update;
        QSqlQuery m_remove;
    };

    static bool insertHold(const QSqlDatabase &db, qint64 personId, const QString &reason,
                           const QString &placedOn, const QString &placedBy, ServiceError *error);
    static bool releaseHold(const QSqlDatabase &db, qint64 personId, const QString &releasedOn,
                            const QString &releasedBy, ServiceError *error);
    static std::optional<QList<LegalHold>> openHolds(const QSqlDatabase &db, ServiceError *error);
    static std::optional<QList<LegalHold>> holdsOn(const QSqlDatabase &db, const QString &on,
                                                   ServiceError *error);
    static bool openHoldOf(const QSqlDatabase &db, qint64 personId, std::optional<LegalHold> *found,
                           ServiceError *error);
    // Destruction: the fact of the hold stays, the words go.
    static bool eraseHoldReasons(const QSqlDatabase &db, qint64 personId, ServiceError *error);
};

} // namespace pd
