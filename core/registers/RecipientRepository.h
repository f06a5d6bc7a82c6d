#pragma once

#include "registers/Recipients.h"
#include "util/ServiceError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace pd {

// The one place that writes SQL naming the tables `recipients` and `recipient_categories`.
// Every function runs on the connection it is given, inside the caller's
// transaction or UnitOfWork, and reports a failed read as an error (ServiceError::fromSql of
// the query's error), never as an empty catalogue or "no such recipient": a function that
// answers "which" returns false (or std::nullopt) only when *error says why. Another module's
// query that needs a recipient's columns joins them through joinSql() or leftJoinSql().
class RecipientRepository final
{
public:
    // --- fragments for other queries (columns are the table's: id, name, category, ...) ---

    // "JOIN recipients <alias> ON <alias>.id = <key>".
    static QString joinSql(QStringView alias, QStringView key);
    // "LEFT JOIN recipients <alias> ON <alias>.id = <key>" (a breach's processor, when named).
    static QString leftJoinSql(QStringView alias, QStringView key);
    // "recipients <alias>": a FROM item.
    static QString tableSql(QStringView alias);

    // --- reads ---

    // The category codes the store was seeded with, in their order.
    static std::optional<QStringList> categoryCodes(const QSqlDatabase &db, ServiceError *error);
    // The catalogue in the order read (the service sorts), archived ones when asked.
    static std::optional<QList<Recipient>> all(const QSqlDatabase &db, bool includeArchived,
                                               ServiceError *error);
    // The recipient with this id (archived ones too): false when the read failed, true with
    // *found empty when there is none.
    static bool byId(const QSqlDatabase &db, qint64 id, std::optional<Recipient> *found,
                     ServiceError *error);
    // The active recipient whose name equals name without regard to (ASCII) case, as the
    // breach register looks up a processor by name: lower(name) = lower(?). Same contract.
    static bool activeByName(const QSqlDatabase &db, const QString &name,
                             std::optional<Recipient> *found, ServiceError *error);

    // The dashboard's processors whose agreement is missing or due (as
    // Recipient::agreementOverdue): columns id, name, agreement_review; one value, the day;
    // by review date (missing last), name in byte order, id.
    static QString overdueAgreementsSql(const QSqlDatabase &db);

    // --- writes (the service's checks and events around them) ---

    // The new recipient's id; blank texts and dates as NULL, updated_at = created_at = now.
    static std::optional<qint64> insert(const QSqlDatabase &db, const Recipient &recipient,
                                        const QString &now, const QString &actor,
                                        ServiceError *error);
    static bool update(const QSqlDatabase &db, const Recipient &recipient, const QString &now,
                       ServiceError *error);
    // A recipient someone received data through stays, marked removed.
    static bool archive(const QSqlDatabase &db, qint64 id, const QString &now, ServiceError *error);
    static bool remove(const QSqlDatabase &db, qint64 id, ServiceError *error);
};

} // namespace pd
