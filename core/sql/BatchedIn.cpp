#include "sql/BatchedIn.h"

#include "sql/StatementText.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace pd::sql {

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1StringView(", "));
}

namespace {

// The chunks of list in turn on query: each statement prepared afresh (prepared null: execute),
// or only when it is not the one query was prepared with last (executeAgain).
bool eachChunk(QSqlQuery &query, QString *prepared, const QString &sql, const QVariantList &list,
               const std::function<void(const QSqlQuery &)> &onRow, QSqlError *error,
               const QVariantList &before, const QVariantList &after)
{
    if (error)
        *error = {};
    for (qsizetype from = 0; from < list.size(); from += maxBatch) {
        const qsizetype size = std::min(maxBatch, list.size() - from);
        QVariantList values = before;
        values.reserve(before.size() + size + after.size());
        for (qsizetype i = from; i < from + size; ++i)
            values << list.at(i);
        values << after;
        const QString statement = sql.arg(placeholders(size));
        if (!(prepared ? executeAgain(query, prepared, statement, values)
                       : execute(query, statement, values))) {
            if (error)
                *error = query.lastError();
            return false;
        }
        while (query.next())
            onRow(query);
        if (query.lastError().isValid()) { // a step that failed midway ends the rows too
            if (error)
                *error = query.lastError();
            return false;
        }
        query.finish();
    }
    return true;
}

} // namespace

bool forEachBatch(const QSqlDatabase &db, const QString &sql, const QVariantList &list,
                  const std::function<void(const QSqlQuery &)> &onRow, QSqlError *error,
                  const QVariantList &before, const QVariantList &after)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    return eachChunk(query, nullptr, sql, list, onRow, error, before, after);
}

bool forEachBatch(QSqlQuery &query, QString *prepared, const QString &sql, const QVariantList &list,
                  const std::function<void(const QSqlQuery &)> &onRow, QSqlError *error)
{
    return eachChunk(query, prepared, sql, list, onRow, error, {}, {});
}

} // namespace pd::sql
