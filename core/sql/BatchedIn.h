#pragma once

#include <QSqlError>
#include <QString>
#include <QVariant>

#include <functional>

QT_FORWARD_DECLARE_CLASS(QSqlDatabase)
QT_FORWARD_DECLARE_CLASS(QSqlQuery)

namespace pd::sql {

// SQLite refuses more than 999 bound variables: a growing IN list goes in chunks of this many.
inline constexpr qsizetype maxBatch = 500;

QString placeholders(qsizetype n);

// False at the first failed chunk: a list is read whole or not at all.
bool forEachBatch(const QSqlDatabase &db, const QString &sql, const QVariantList &list,
                  const std::function<void(const QSqlQuery &)> &onRow, QSqlError *error,
                  const QVariantList &before = {}, const QVariantList &after = {});

bool forEachBatch(QSqlQuery &query, QString *prepared, const QString &sql, const QVariantList &list,
                  const std::function<void(const QSqlQuery &)> &onRow, QSqlError *error);

} // namespace pd::sql
