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

// The only code that writes SQL naming recipients and recipient_categories; other modules join
// a recipient's columns through joinSql() or leftJoinSql().
class RecipientRepository final
{
public:
    static QString joinSql(QStringView alias, QStringView key);
    static QString leftJoinSql(QStringView alias, QStringView key);
    static QString tableSql(QStringView alias);

    static std::optional<QStringList> categoryCodes(const QSqlDatabase &db, ServiceError *error);
    static std::optional<QList<Recipient>> all(const QSqlDatabase &db, bool includeArchived,
                                               ServiceError *error);
    static bool byId(const QSqlDatabase &db, qint64 id, std::optional<Recipient> *found,
                     ServiceError *error);
    // Without regard to (ASCII) case.
    static bool activeByName(const QSqlDatabase &db, const QString &name,
                             std::optional<Recipient> *found, ServiceError *error);

    // Columns id, name, agreement_review; binds the day; missing agreements last.
    static QString overdueAgreementsSql(const QSqlDatabase &db);

    // Blank texts and dates as NULL.
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
