// The persons linked to a breach: the only file that writes SQL naming
// breach_persons. BreachRepository's part for them: the list's read, linking, unlinking and
// marking a person informed, and what a destruction counts and removes of them.
#include "breaches/BreachRepository.h"
#include "persons/PersonRepository.h"
#include "sql/Dialect.h"
#include "sql/StatementText.h"
#include "store/ServiceSupport.h"
#include "store/Statements.h"

#include <QSqlQuery>

namespace pd {

// Read by column name in BreachRepository.cpp (fillDetails: PersonColumn), in this order.
QString BreachRepository::linkedPersonsSql(const QSqlDatabase &db)
{
    return QStringLiteral("SELECT bp.breach_id, p.id, ") + PersonRepository::nameSql(u"p")
        + QStringLiteral(", ") + PersonRepository::klantnummerSql(u"p")
        + QStringLiteral(", bp.informed_on FROM breach_persons bp ")
        + PersonRepository::joinSql(u"p", u"bp.person_id")
        + QStringLiteral(" WHERE bp.breach_id IN (%1) ORDER BY ")
        + sql::noCase(db, PersonRepository::sortNameSql(u"p")) + QStringLiteral(", p.id");
}

QString BreachRepository::linkedPersonCountSql(QStringView breachAlias)
{
    return QStringLiteral("(SELECT count(*) FROM breach_persons p WHERE p.breach_id = %1.id)")
        .arg(breachAlias);
}

bool BreachRepository::markPersonInformed(const QSqlDatabase &db, qint64 id, qint64 personId,
                                          QDate on, ServiceError *error)
{
    QSqlQuery query(db);
    return sql::execute(query,
                        QStringLiteral("UPDATE breach_persons SET informed_on = ? WHERE "
                                       "breach_id = ? AND person_id = ?"),
                        { support::isoDate(on), id, personId })
        || statements::failed(query, error);
}

bool BreachRepository::linkPersons(const QSqlDatabase &db, qint64 id, const QList<qint64> &removed,
                                   const QList<qint64> &added, ServiceError *error)
{
    QSqlQuery query(db);
    for (qint64 personId : removed) {
        if (!sql::execute(
                query,
                QStringLiteral("DELETE FROM breach_persons WHERE breach_id = ? AND person_id = ?"),
                { id, personId }))
            return statements::failed(query, error);
    }
    for (qint64 personId : added) {
        if (!sql::execute(
                query,
                QStringLiteral("INSERT INTO breach_persons (breach_id, person_id) VALUES (?, ?)"),
                { id, personId }))
            return statements::failed(query, error);
    }
    return true;
}

bool BreachRepository::unlinkAllPersons(QSqlQuery &query, const QString &breachIdSql,
                                        const QVariantList &values, ServiceError *error)
{
    return statements::run(
        query, QStringLiteral("DELETE FROM breach_persons WHERE breach_id = ") + breachIdSql,
        values, error);
}

} // namespace pd
