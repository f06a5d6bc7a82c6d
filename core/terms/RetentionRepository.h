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

// The SQL of the retention planner's own tables: the rules (retention_rules), the
// stored items (retention_items) and the legal holds (retention_holds), over no other module's
// fragments but the persons'; and (RetentionBreachRepository.cpp) the data-breach register's
// items computed from the breaches, (RetentionReplayRepository.cpp) what a replay after a
// restore reads. The due list, destruction and its log are RetentionDestructionRepository's.
// Every function runs on the connection it is given, inside the caller's transaction, and
// reports a failed read as an error (ServiceError::fromSql), never as an empty result.
class RetentionRepository final
{
public:
    // --- rows and fragments ---

    // The columns of a rule under the alias r, in the order ruleFrom reads them.
    static QString ruleColumnsSql();
    // The rule in the columns ruleColumnsSql() gives, from column first on.
    static RetentionRule ruleFrom(const QSqlQuery &query, int first);
    // A row of an item with its person, open hold and rule: i.id, i.person_id, p.klantnummer,
    // p.name, i.trigger_date, i.expires_on, i.destroyed_on, i.destroyed_method,
    // i.destroyed_by, the hold's reason (NULL: no hold), ruleColumnsSql(), i.derived.
    static RetentionItem itemFrom(const QSqlQuery &query, QDate on, int withinDays);
    // For the dashboard (reports/DashboardRepository): the rules' table under an alias, and the
    // persons under a legal hold open on a day bound twice ("SELECT h.person_id FROM ...").
    static QString rulesTableSql(QStringView alias);
    static QString heldOnSql();
    // The dashboard's counts of a day: the items not destroyed by ? (the day) that expire
    // between two days, per rule code and month of expiry ("SELECT r.code, <yyyy-mm>,
    // count(*)", three values: from, until, the day); the items expired by the day and not
    // destroyed by it, whether their person is held on it ("SELECT <held>, count(*),
    // min(<expiry>)", four values: the day four times); the holds open on it (two values).
    static QString expiringItemsSql();
    static QString expiredItemsSql();
    static QString openHoldsOnSql();

    // --- the due list's parts (retention/ joins them with the requests and the log) ---

    // The persons under a hold open now, or (q.asOfOn) open on q.on: placed by then and not yet
    // released; a subquery in parentheses whose values are heldValues(q).
    static QString heldPersonsSql(const DueQuery &q);
    static QVariantList heldValues(const DueQuery &q);
    // The reason of the hold on the person personIdSql names (open now, or on q.on); a scalar
    // subquery whose values are heldValues(q).
    static QString holdReasonSql(const DueQuery &q, const QString &personIdSql);
    // How many items of the person are not destroyed, how many holds are open: scalar subqueries.
    static QString openItemCountSql(const QString &personIdSql);
    static QString openHoldCountSql(const QString &personIdSql);
    // The stored items of the due list by expiry (counting: their number), limit appended; its
    // values appended to *values in the order they bind. Reads indexes of migration 0009 where
    // it can.
    static QString dueItemsSql(const DueQuery &q, bool counting, const QString &limit,
                               QVariantList *values);

    // --- rules (retention_rules) ---

    // Every rule, by id.
    static std::optional<QList<RetentionRule>> rules(const QSqlDatabase &db, ServiceError *error);
    // The rule with this code (or id): false when the read failed, true with *found empty when
    // there is none.
    static bool ruleByCode(const QSqlDatabase &db, const QString &code,
                           std::optional<RetentionRule> *found, ServiceError *error);
    static bool ruleById(const QSqlDatabase &db, qint64 id, std::optional<RetentionRule> *found,
                         ServiceError *error);
    // Whether a rule has this code.
    static std::optional<bool> codeTaken(const QSqlDatabase &db, const QString &code,
                                         ServiceError *error);
    // The new rule (rule.code and its columns, created and updated now); its id.
    static std::optional<qint64> insertRule(const QSqlDatabase &db, const RetentionRule &rule,
                                            const QString &now, ServiceError *error);
    // The stored rule rule.id takes rule's columns (not its code), updated now.
    static bool updateRule(const QSqlDatabase &db, const RetentionRule &rule, const QString &now,
                           ServiceError *error);
    // How many stored items name the rule (destroyed ones too: their row keeps the rule).
    static std::optional<int> itemCountOf(const QSqlDatabase &db, qint64 ruleId,
                                          ServiceError *error);
    // The rule is gone (the caller made sure no item and no log entry names it).
    static bool deleteRule(const QSqlDatabase &db, qint64 ruleId, ServiceError *error);
    // The rule's manual items (not derived) not yet destroyed: id and trigger day.
    static std::optional<QList<std::pair<qint64, QDate>>>
    manualItemsOf(const QSqlDatabase &db, qint64 ruleId, ServiceError *error);
    static bool setItemExpiry(const QSqlDatabase &db, qint64 itemId, const QString &expiresOn,
                              ServiceError *error);

    // --- stored items (retention_items) ---

    // The person's items with their rule and open hold, by expiry.
    static std::optional<QList<RetentionItem>> itemsOfPerson(const QSqlDatabase &db,
                                                             qint64 personId, QDate on,
                                                             int withinDays, ServiceError *error);
    // The item with this id (its state on `on`, within 0 days): false when the read failed,
    // true with *found empty when there is none.
    static bool itemById(const QSqlDatabase &db, qint64 itemId, QDate on,
                         std::optional<RetentionItem> *found, ServiceError *error);
    // The person's item under a rule as stored: its id, trigger (as stored) and whether it was
    // destroyed.
    struct ItemTrigger
    {
        qint64 id = 0;
        QString trigger;
        bool destroyed = false;
    };
    static bool itemTriggerOf(const QSqlDatabase &db, qint64 personId, qint64 ruleId,
                              std::optional<ItemTrigger> *found, ServiceError *error);
    // The officer's dates: the item becomes manual (derived = 0).
    static bool setItemTrigger(const QSqlDatabase &db, qint64 itemId, const QString &trigger,
                               const QString &expires, ServiceError *error);
    // A new manual item; its id.
    static std::optional<qint64> insertItem(const QSqlDatabase &db, qint64 personId, qint64 ruleId,
                                            const QString &trigger, const QString &expires,
                                            const QString &createdAt, const QString &createdBy,
                                            ServiceError *error);
    static bool markItemDestroyed(const QSqlDatabase &db, qint64 itemId, const QString &on,
                                  const QString &method, const QString &by, ServiceError *error);

    // --- the derivation's items (RetentionDerivation) ---

    // An item as the derivation weighs it.
    struct StoredItem
    {
        qint64 id = 0;
        qint64 ruleId = 0;
        QDate trigger;
        QDate expires;
        bool destroyed = false;
        bool derived = false;
    };
    // The rules that name relations, by id (the caller keeps the derived ones).
    static std::optional<QList<RetentionRule>> rulesWithRelations(const QSqlDatabase &db,
                                                                  ServiceError *error);
    // The rule's items by person, and the persons among them that were anonymised.
    static bool itemsOfRule(const QSqlDatabase &db, qint64 ruleId,
                            QHash<qint64, StoredItem> *byPerson, QSet<qint64> *anonymised,
                            ServiceError *error);
    // The persons with at least one stored item (an import reads the items only of
    // those).
    static bool personsWithItems(const QSqlDatabase &db, QSet<qint64> *persons,
                                 ServiceError *error);
    // The derivation's statements on one person's items, prepared once (an import's per-row
    // loop prepares nothing).
    class DerivedItems final
    {
    public:
        explicit DerivedItems(const QSqlDatabase &db);
        bool prepare(ServiceError *error);
        // The person's items by rule.
        bool itemsOf(qint64 personId, QHash<qint64, StoredItem> *byRule, ServiceError *error);
        // A new derived item (derived = 1).
        bool insert(qint64 personId, qint64 ruleId, const QString &trigger, const QString &expires,
                    const QString &createdAt, const QString &createdBy, ServiceError *error);
        bool update(qint64 itemId, const QString &trigger, const QString &expires,
                    ServiceError *error);
        // Removes the item when it is derived and not destroyed.
        bool remove(qint64 itemId, ServiceError *error);

    private:
        // Runs one of the four statements with values: on a store folder the one prepare()
        // prepared; on a server the statement with its values written in, one round trip
        // (sql/StatementText.h: a person's terms take a few statements, seldom the same twice).
        bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values);

        QSqlDatabase m_db;
        bool m_server = false;
        QSqlQuery m_items;
        QSqlQuery m_insert;
        QSqlQuery m_update;
        QSqlQuery m_remove;
    };

    // --- legal holds (retention_holds), with the person's customer number and name ---

    static bool insertHold(const QSqlDatabase &db, qint64 personId, const QString &reason,
                           const QString &placedOn, const QString &placedBy, ServiceError *error);
    // The person's open hold is released.
    static bool releaseHold(const QSqlDatabase &db, qint64 personId, const QString &releasedOn,
                            const QString &releasedBy, ServiceError *error);
    // The open holds, by the day placed.
    static std::optional<QList<LegalHold>> openHolds(const QSqlDatabase &db, ServiceError *error);
    // The holds open on a day (ISO date), by the day placed.
    static std::optional<QList<LegalHold>> holdsOn(const QSqlDatabase &db, const QString &on,
                                                   ServiceError *error);
    // The person's open hold: false when the read failed, true with *found empty when none.
    static bool openHoldOf(const QSqlDatabase &db, qint64 personId, std::optional<LegalHold> *found,
                           ServiceError *error);
    // The reasons of the person's holds become '' (destruction: the fact stays, the words go).
    static bool eraseHoldReasons(const QSqlDatabase &db, qint64 personId, ServiceError *error);
};

} // namespace pd
