// What the retention rules and the dashboard read and destroy of the data-breach register
// (BreachRepository's part for registers/Retention* and reports/DashboardService, issue 37;
// the name ends in Repository, as the files that may write SQL do).
#include "breaches/BreachRepository.h"
#include "store/Statements.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

using statements::failed;
using statements::run;

// The breach's id by its number, as a subquery with one value (the number).
const QString ofBreach = QStringLiteral("(SELECT id FROM breaches WHERE number = ?)");

} // namespace

QString BreachRepository::leftJoinSql(QStringView alias, QStringView condition)
{
    return u"LEFT JOIN breaches %1 ON %2"_s.arg(alias, condition);
}

QStringList BreachRepository::freeTextColumns()
{
    return { QStringLiteral("description"),           QStringLiteral("group_text"),
             QStringLiteral("measures_before"),       QStringLiteral("measures_taken"),
             QStringLiteral("consequences"),          QStringLiteral("subjects_description"),
             QStringLiteral("subjects_consequences"), QStringLiteral("subjects_measures"),
             QStringLiteral("international"),         QStringLiteral("reasoning"),
             QStringLiteral("ap_decision_reason"),    QStringLiteral("subjects_decision_reason"),
             QStringLiteral("ap_late_reason"),        QStringLiteral("subjects_how"),
             QStringLiteral("public_notice_reason") };
}

bool BreachRepository::destructionState(const QSqlDatabase &db, const QString &number,
                                        std::optional<DestructionState> *found, ServiceError *error)
{
    *found = std::nullopt;
    QStringList filled;
    for (const QString &column : freeTextColumns())
        filled << QStringLiteral("(CASE WHEN b.%1 IS NULL OR b.%1 = '' THEN 0 ELSE 1 END)")
                      .arg(column);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT b.id, b.title, b.state, b.closed_at, b.destroyed_on, ")
                 + filled.join(QStringLiteral(" + "))
                 + QStringLiteral(", (SELECT count(*) FROM breach_persons p WHERE p.breach_id = "
                                  "b.id), (SELECT count(*) FROM breach_follow_ups f WHERE "
                                  "f.breach_id = b.id AND f.text IS NOT NULL) FROM breaches b "
                                  "WHERE b.number = ?"),
             { number }, error))
        return false;
    if (!query.next())
        return !query.lastError().isValid() || failed(query, error);
    DestructionState state;
    state.id = query.value(0).toLongLong();
    state.title = query.value(1).toString();
    state.open = query.value(2).toString() != QLatin1StringView("gesloten");
    state.closedAt = BreachCodes::momentFromStored(query.value(3).toString());
    state.destroyedOn = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    state.freeTexts = query.value(5).toInt();
    state.linkedPersons = query.value(6).toInt();
    state.followUpTexts = query.value(7).toInt();
    *found = state;
    return true;
}

bool BreachRepository::purge(QSqlQuery &query, const QString &number, const QString &mark,
                             QDate today, const QString &by, const QString &now,
                             ServiceError *error)
{
    QStringList cleared;
    QVariantList values { mark };
    for (const QString &column : freeTextColumns()) {
        // A public notice must keep a reason (a CHECK of schema 23): it says it was destroyed.
        if (column == QLatin1StringView("public_notice_reason")) {
            cleared << QStringLiteral("public_notice_reason = CASE WHEN public_notice = 1 THEN "
                                      "'%1' ELSE NULL END")
                           .arg(QString(mark).replace(u'\'', QStringLiteral("''")));
        } else {
            cleared << column + QStringLiteral(" = NULL");
        }
    }
    values << today.toString(Qt::ISODate) << by << now << number;
    // The title is NOT NULL: it says that it was destroyed. The links to the persons go; that
    // and when the people were informed stays in the breach itself.
    return run(query,
               QStringLiteral("UPDATE breaches SET title = ?, ")
                   + cleared.join(QStringLiteral(", "))
                   + QStringLiteral(", destroyed_on = ?, destroyed_by = ?, updated_at = ? WHERE "
                                    "number = ? AND destroyed_on IS NULL"),
               values, error)
        && run(query,
               QStringLiteral("UPDATE breach_follow_ups SET text = NULL WHERE breach_id = ")
                   + ofBreach,
               { number }, error)
        && run(query, QStringLiteral("DELETE FROM breach_persons WHERE breach_id = ") + ofBreach,
               { number }, error);
}

bool BreachRepository::purge(const QSqlDatabase &db, const QString &number, const QString &mark,
                             QDate today, const QString &by, const QString &now,
                             ServiceError *error)
{
    QSqlQuery query(db);
    return purge(query, number, mark, today, by, now, error);
}

bool BreachRepository::destroyedOnOf(const QSqlDatabase &db, const QString &number,
                                     const QString &reportedAt, std::optional<QString> *found,
                                     ServiceError *error)
{
    *found = std::nullopt;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT destroyed_on FROM breaches WHERE number = ? AND reported_at "
                            "= ?"),
             { number, reportedAt }, error))
        return false;
    if (!query.next())
        return !query.lastError().isValid() || failed(query, error);
    *found = query.value(0).isNull() ? QString() : query.value(0).toString();
    return true;
}

std::optional<QList<QDateTime>> BreachRepository::closedNotDestroyed(const QSqlDatabase &db,
                                                                     const QString &closedBefore,
                                                                     QDate day, ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT closed_at FROM breaches WHERE state = 'gesloten' AND closed_at "
                            "IS NOT NULL AND closed_at < ? AND (destroyed_on IS NULL OR "
                            "destroyed_on > ?)"),
             { closedBefore, day.toString(Qt::ISODate) }, error))
        return std::nullopt;
    QList<QDateTime> closed;
    while (query.next())
        closed << BreachCodes::momentFromStored(query.value(0).toString());
    if (query.lastError().isValid()) {
        failed(query, error);
        return std::nullopt;
    }
    return closed;
}

} // namespace pd
