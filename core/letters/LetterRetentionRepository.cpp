// What the retention rules read and destroy of the letters (LetterRepository's part for
// registers/Retention*, issue 37): the texts of a person's letters, and a destroyed data
// breach's letters. The name ends in Repository, as the files that may write SQL do.
#include "breaches/BreachRepository.h"
#include "letters/LetterRepository.h"
#include "store/Statements.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

namespace {

using statements::count;
using statements::failed;
using statements::run;

// The breach's id by its number, as a subquery with one value (the number).
QString ofBreach()
{
    return QStringLiteral("(SELECT b.id FROM ") + BreachRepository::tableSql(u"b")
        + QStringLiteral(" WHERE b.number = ?)");
}

} // namespace

std::optional<int> LetterRepository::letterTextsCount(const QSqlDatabase &db,
                                                      const QString &caseIdCondition,
                                                      const QVariantList &values,
                                                      ServiceError *error)
{
    return count(db,
                 QStringLiteral("SELECT count(*) FROM letters WHERE body IS NOT NULL AND case_id")
                     + caseIdCondition,
                 values, error);
}

bool LetterRepository::eraseLetterTexts(QSqlQuery &query, const QString &caseIdCondition,
                                        const QVariantList &values, const QString &now,
                                        ServiceError *error)
{
    return run(query,
               QStringLiteral("UPDATE letters SET body = NULL, sent_how = NULL, destroyed_at = ? "
                              "WHERE body IS NOT NULL AND case_id")
                   + caseIdCondition,
               QVariantList { now } + values, error);
}

std::optional<int> LetterRepository::breachLetterTextsCount(const QSqlDatabase &db, qint64 personId,
                                                            ServiceError *error)
{
    return count(db,
                 QStringLiteral("SELECT count(*) FROM breach_letters WHERE body IS NOT NULL AND "
                                "person_id = ?"),
                 { personId }, error);
}

bool LetterRepository::breachesWrittenTo(QSqlQuery &query, qint64 personId, QStringList *numbers,
                                         ServiceError *error)
{
    if (!run(query,
             QStringLiteral("SELECT DISTINCT b.number FROM breach_letters l ")
                 + BreachRepository::joinSql(u"b", u"l.breach_id")
                 + QStringLiteral(" WHERE l.body IS NOT NULL AND l.person_id = ? ORDER BY "
                                  "b.number"),
             { personId }, error))
        return false;
    while (query.next())
        *numbers << query.value(0).toString();
    return !query.lastError().isValid() || failed(query, error);
}

bool LetterRepository::eraseBreachLetterTexts(QSqlQuery &query, qint64 personId, const QString &now,
                                              ServiceError *error)
{
    return run(query,
               QStringLiteral("UPDATE breach_letters SET body = NULL, sent_how = NULL, "
                              "destroyed_at = ? WHERE body IS NOT NULL AND person_id = ?"),
               { now, personId }, error);
}

std::optional<int> LetterRepository::breachLetterCount(const QSqlDatabase &db,
                                                       const QString &number, ServiceError *error)
{
    return count(
        db, QStringLiteral("SELECT count(*) FROM breach_letters WHERE breach_id = ") + ofBreach(),
        { number }, error);
}

bool LetterRepository::purgeBreachLetters(QSqlQuery &query, const QString &number,
                                          ServiceError *error)
{
    return run(query, QStringLiteral("DELETE FROM breach_letters WHERE breach_id = ") + ofBreach(),
               { number }, error);
}

bool LetterRepository::purgeBreachLetters(const QSqlDatabase &db, const QString &number,
                                          ServiceError *error)
{
    QSqlQuery query(db);
    return purgeBreachLetters(query, number, error);
}

} // namespace pd
