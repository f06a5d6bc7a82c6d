#include "sql/StatementText.h"

#include "sql/ServerStatements.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>
#include <QTime>

namespace pd::sql {

namespace {

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

// The end of the dollar quote's opening tag that starts at from ("$$" or "$tag$"), or -1 when
// the "$" at from opens none (a positional parameter such as $1, or a "$" inside a name).
qsizetype dollarTagEnd(const QString &sql, qsizetype from)
{
    if (from > 0 && isIdentifierChar(sql.at(from - 1)))
        return -1;
    qsizetype i = from + 1;
    if (i < sql.size() && (sql.at(i).isDigit()))
        return -1;
    while (i < sql.size() && (sql.at(i).isLetterOrNumber() || sql.at(i) == u'_'))
        ++i;
    return i < sql.size() && sql.at(i) == u'$' ? i + 1 : -1;
}

// The position just past the quoted part, comment or dollar-quoted text that starts at i, or i
// when none starts there.
qsizetype skipQuoted(const QString &sql, qsizetype i)
{
    const QChar c = sql.at(i);
    const auto past = [&sql](qsizetype found, qsizetype length) {
        return found < 0 ? sql.size() : found + length;
    };
    if (c == u'\'' || c == u'"') // a doubled quote inside is two quoted parts in a row
        return past(sql.indexOf(c, i + 1), 1);
    if (c == u'-' && sql.mid(i, 2) == QLatin1StringView("--"))
        return past(sql.indexOf(u'\n', i + 2), 1);
    if (c == u'/' && sql.mid(i, 2) == QLatin1StringView("/*"))
        return past(sql.indexOf(QLatin1StringView("*/"), i + 2), 2);
    if (c == u'$') {
        const qsizetype tagEnd = dollarTagEnd(sql, i);
        if (tagEnd < 0)
            return i;
        const QString tag = sql.mid(i, tagEnd - i);
        return past(sql.indexOf(tag, tagEnd), tag.size());
    }
    return i;
}

} // namespace

// The literal QPSQL's EXECUTE carries for value (qCreateParamString in Qt's qsql_psql.cpp):
// the field typed as the value, cleared when the value counts as null for SQL.
QString literal(const QSqlDriver &driver, const QVariant &value)
{
    QSqlField field;
    field.setMetaType(value.metaType());
    bool null = value.isNull();
    switch (value.typeId()) {
    case QMetaType::QString:
        null = null || value.toString().isNull();
        break;
    case QMetaType::QByteArray:
        null = null || value.toByteArray().isNull();
        break;
    case QMetaType::QDate:
        null = null || value.toDate().isNull();
        break;
    case QMetaType::QDateTime:
        null = null || !value.toDateTime().isValid();
        break;
    case QMetaType::QTime:
        null = null || !value.toTime().isValid();
        break;
    default:
        break;
    }
    if (null)
        field.clear();
    else
        field.setValue(value);
    return driver.formatValue(field);
}

QList<qsizetype> placeholderPositions(const QString &sql)
{
    QList<qsizetype> positions;
    qsizetype i = 0;
    while (i < sql.size()) {
        const qsizetype next = skipQuoted(sql, i);
        if (next != i) {
            i = next;
            continue;
        }
        if (sql.at(i) == u'?')
            positions << i;
        ++i;
    }
    return positions;
}

std::optional<QString> withLiterals(const QSqlDriver &driver, const QString &sql,
                                    const QVariantList &values)
{
    const QList<qsizetype> positions = placeholderPositions(sql);
    if (positions.size() != values.size())
        return std::nullopt;
    return textWithLiterals(driver, sql, positions, values);
}

QString textWithLiterals(const QSqlDriver &driver, const QString &sql,
                         const QList<qsizetype> &positions, const QVariantList &values)
{
    QString text;
    text.reserve(sql.size() + 16 * values.size());
    qsizetype from = 0;
    for (qsizetype n = 0; n < positions.size(); ++n) {
        text += QStringView(sql).mid(from, positions.at(n) - from);
        text += literal(driver, values.at(n));
        from = positions.at(n) + 1;
    }
    text += QStringView(sql).mid(from);
    return text;
}

bool execute(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    const QSqlDriver *driver = query.driver();
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL) {
        const QList<qsizetype> positions = placeholderPositions(sql);
        if (positions.size() == values.size()) {
            if (const std::optional<bool> ran = executePrepared(query, sql, positions, values))
                return *ran;
            return query.exec(textWithLiterals(*driver, sql, positions, values));
        }
    }
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

bool executeAgain(QSqlQuery &query, QString *prepared, const QString &sql,
                  const QVariantList &values)
{
    const QSqlDriver *driver = query.driver();
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL)
        return execute(query, sql, values);
    if (sql != *prepared) {
        prepared->clear();
        if (!query.prepare(sql))
            return false;
        *prepared = sql;
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values.at(i));
    return query.exec();
}

} // namespace pd::sql
