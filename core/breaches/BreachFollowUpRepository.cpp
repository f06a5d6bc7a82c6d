// A breach's follow-ups: the only file that writes SQL naming breach_follow_ups.
// BreachRepository's part for them: the list's read, adding one, and what a destruction counts
// and empties of their texts.
#include "breaches/BreachRepository.h"
#include "sql/StatementText.h"
#include "store/ServiceSupport.h"
#include "store/Statements.h"

#include <QSqlQuery>

namespace pd {

// Read by column name in BreachRepository.cpp (fillDetails: FollowUpColumn), in this order.
QString BreachRepository::followUpsSql()
{
    return QStringLiteral("SELECT breach_id, id, kind, at, reference, text, recorded_by "
                          "FROM breach_follow_ups WHERE breach_id IN (%1) ORDER BY at, id");
}

QString BreachRepository::followUpTextCountSql(QStringView breachAlias)
{
    return QStringLiteral("(SELECT count(*) FROM breach_follow_ups f WHERE f.breach_id = %1.id "
                          "AND f.text IS NOT NULL)")
        .arg(breachAlias);
}

bool BreachRepository::addFollowUp(const QSqlDatabase &db, qint64 id,
                                   const BreachFollowUp &followUp, const QString &reference,
                                   const QString &by, const QString &recordedAt,
                                   ServiceError *error)
{
    QSqlQuery query(db);
    return sql::execute(query,
                        QStringLiteral("INSERT INTO breach_follow_ups (breach_id, kind, at, "
                                       "reference, text, recorded_by, recorded_at) VALUES (?, "
                                       "?, ?, ?, ?, ?, ?)"),
                        { id, codes::code(followUp.kind), BreachCodes::storedMoment(followUp.at),
                          support::nullable(reference), followUp.text.trimmed(), by, recordedAt })
        || statements::failed(query, error);
}

bool BreachRepository::clearFollowUpTexts(QSqlQuery &query, const QString &breachIdSql,
                                          const QVariantList &values, ServiceError *error)
{
    return statements::run(
        query,
        QStringLiteral("UPDATE breach_follow_ups SET text = NULL WHERE breach_id = ") + breachIdSql,
        values, error);
}

} // namespace pd
