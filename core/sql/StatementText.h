#pragma once

#include <QString>
#include <QVariantList>

#include <optional>

QT_FORWARD_DECLARE_CLASS(QSqlDriver)
QT_FORWARD_DECLARE_CLASS(QSqlQuery)

// On a server, values written in as QPSQL's EXECUTE would write them: one round trip, not three.
namespace pd::sql {

// Not counting those inside quotes, dollar quotes and comments.
QList<qsizetype> placeholderPositions(const QString &sql);

// nullopt when the placeholders are not the values.
std::optional<QString> withLiterals(const QSqlDriver &driver, const QString &sql,
                                    const QVariantList &values);

QString textWithLiterals(const QSqlDriver &driver, const QString &sql,
                         const QList<qsizetype> &positions, const QVariantList &values);

QString literal(const QSqlDriver &driver, const QVariant &value);

// On a server in one round trip, elsewhere prepared; false with the error in query.lastError().
bool execute(QSqlQuery &query, const QString &sql, const QVariantList &values);

// Prepared again only when sql differs from *prepared, and every value is bound anew.
bool executeAgain(QSqlQuery &query, QString *prepared, const QString &sql,
                  const QVariantList &values);

} // namespace pd::sql
