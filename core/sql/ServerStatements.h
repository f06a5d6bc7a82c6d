#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

QT_FORWARD_DECLARE_CLASS(QSqlQuery)

// A statement a server connection runs again is prepared once in its session, to be parsed once.
namespace pd::sql {

// nullopt when not run this way: the caller runs it with its values written in.
std::optional<bool> executePrepared(QSqlQuery &query, const QString &sql,
                                    const QList<qsizetype> &positions, const QVariantList &values);

} // namespace pd::sql
