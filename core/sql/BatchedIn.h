#pragma once

#include <QSqlError>
#include <QString>
#include <QVariant>

#include <functional>

QT_FORWARD_DECLARE_CLASS(QSqlDatabase)
QT_FORWARD_DECLARE_CLASS(QSqlQuery)

namespace pd::sql {

// SQLite (3.15 in SQLCipher 3.4) refuses a statement with more than 999 bound variables: an
// "IN (?, ?, ...)" over a list that grows with the data must be run in chunks. Every such read
// goes through here, with at most this many values of the list in one statement.
inline constexpr qsizetype maxBatch = 500;

// "?, ?, ?": n placeholders.
QString placeholders(qsizetype n);

// Runs `sql` once per chunk of at most maxBatch of `list`, with "%1" in `sql` replaced by the
// chunk's placeholders; `before` is bound ahead of the chunk, `after` behind it. onRow is called
// for every row of every chunk, in the order of the chunks. Stops at the first chunk that fails
// and returns false with SQLite's reason in *error (when given): a list is read whole or the
// read is an error, never a part passed off as the whole. An empty list runs nothing.
bool forEachBatch(const QSqlDatabase &db, const QString &sql, const QVariantList &list,
                  const std::function<void(const QSqlQuery &)> &onRow, QSqlError *error,
                  const QVariantList &before = {}, const QVariantList &after = {});

// The same on a query the caller keeps for reads again and again (a listing's decisions of each
// page): a chunk's statement is prepared only when it is not the one query was
// prepared with last (*prepared, kept beside query: sql::executeAgain).
bool forEachBatch(QSqlQuery &query, QString *prepared, const QString &sql, const QVariantList &list,
                  const std::function<void(const QSqlQuery &)> &onRow, QSqlError *error);

} // namespace pd::sql
