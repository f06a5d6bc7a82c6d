#include "sql/Dialect.h"

#include "sql/SqlCipherDriver.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>
#include <optional>

namespace pd::sql {

namespace {

// The libpq connection under a QPSQL connection: QSqlDriver::handle() is a QVariant holding
// the PGconn pointer (documented for the QPSQL driver; its type is named after the struct,
// "pg_conn*", in Qt 6), null for any other driver.
PGconn *pgConnection(const QSqlDatabase &db)
{
    if (dialectOf(db) != Dialect::PostgreSQL)
        return nullptr;
    return serverConnection(db.driver());
}

} // namespace

PGconn *serverConnection(const QSqlDriver *driver)
{
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0
            && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.data());
}

bool executeServerScript(const QSqlDatabase &db, const QString &script, QString *error)
{
    PGconn *connection = pgConnection(db);
    if (!connection) {
        *error = QStringLiteral("a script of the server's SQL needs a server connection");
        return false;
    }
    PGresult *result = PQexec(connection, script.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(result);
    const bool ran = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (!ran)
        *error
            = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(connection))
                  .trimmed();
    PQclear(result);
    return ran;
}

Dialect dialectOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1StringView("QPSQL") ? Dialect::PostgreSQL : Dialect::SQLite;
}

namespace {

// The driver's note of the transaction status it last knew for certain (a dynamic property of
// the QSqlDriver, which every QSqlDatabase copy of the connection shares).
constexpr char inTransactionProperty[] = "pdInTransaction";

// Reads the status libpq knows, and notes it on the driver when libpq knows it.
std::optional<bool> knownTransactionState(const QSqlDatabase &db)
{
    PGconn *connection = pgConnection(db);
    if (!connection)
        return std::nullopt;
    switch (PQtransactionStatus(connection)) {
    case PQTRANS_INTRANS:
    case PQTRANS_INERROR:
        return true;
    case PQTRANS_IDLE:
        return false;
    case PQTRANS_ACTIVE: // a result is still being read: libpq does not say
    case PQTRANS_UNKNOWN: // a bad connection: no statement can run on it
        break;
    }
    return std::nullopt;
}

bool noteTransactionState(QSqlDatabase &db, bool ok)
{
    if (QSqlDriver *driver = db.driver(); driver && dialectOf(db) == Dialect::PostgreSQL) {
        const std::optional<bool> known = knownTransactionState(db);
        driver->setProperty(inTransactionProperty, known.value_or(false));
    }
    return ok;
}

} // namespace

bool isInTransaction(const QSqlDatabase &db)
{
    if (const auto *driver = qobject_cast<const SqlCipherDriver *>(db.driver()))
        return driver->isInTransaction();
    if (!pgConnection(db))
        return false;
    if (const std::optional<bool> known = knownTransactionState(db)) {
        // A transaction ended another way (a COMMIT by hand) clears the note; one begun another
        // way does not set it, as its end might not be seen.
        if (!*known)
            db.driver()->setProperty(inTransactionProperty, false);
        return *known;
    }
    // PQTRANS_ACTIVE: a forward-only result is pending. Reading it cannot begin or end a
    // transaction (BEGIN, COMMIT and ROLLBACK return no rows to stream), so the status is the
    // one noted when the transaction last began or ended.
    if (PQstatus(pgConnection(db)) != CONNECTION_OK)
        return false;
    return db.driver()->property(inTransactionProperty).toBool();
}

bool beginTransaction(QSqlDatabase &db)
{
    return noteTransactionState(db, db.transaction());
}

bool commitTransaction(QSqlDatabase &db)
{
    return noteTransactionState(db, db.commit());
}

bool rollbackTransaction(QSqlDatabase &db)
{
    return noteTransactionState(db, db.rollback());
}

QString lastInsertedIdSql(const QSqlDatabase &db)
{
    return isServer(db) ? QStringLiteral("SELECT lastval()")
                        : QStringLiteral("SELECT last_insert_rowid()");
}

qint64 lastInsertedId(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(lastInsertedIdSql(db)) || !query.next()) {
        if (error)
            *error = query.lastError();
        return 0;
    }
    return query.value(0).toLongLong();
}

QString utf8Bytes(const QSqlDatabase &db, const QString &expression)
{
    return isServer(db) ? QStringLiteral("convert_to(%1, 'UTF8')").arg(expression)
                        : QStringLiteral("CAST(%1 AS BLOB)").arg(expression);
}

QString byteOrder(const QSqlDatabase &db, const QString &expression)
{
    return isServer(db) ? QStringLiteral("%1 COLLATE \"C\"").arg(expression) : expression;
}

QString caselessValue(const QSqlDatabase &db, const QString &value)
{
    if (!isServer(db))
        return value; // NOCASE folds the value itself
    // As noCase's translate(): A-Z only, as SQLite's NOCASE folds.
    QString folded = value;
    for (QChar &c : folded) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return folded;
}

QString updateOrFail(const QSqlDatabase &db)
{
    return isServer(db) ? QStringLiteral("UPDATE") : QStringLiteral("UPDATE OR FAIL");
}

QVariant limitValue(const QSqlDatabase &db, qint64 limit)
{
    if (limit >= 0 || !isServer(db))
        return limit;
    return QVariant(QMetaType(QMetaType::LongLong));
}

QString unindexedSql(const QSqlDatabase &db, const QString &sql)
{
    if (!isServer(db))
        return sql;
    static const QRegularExpression hint(
        QStringLiteral("([(\\s])\\+(?=[A-Za-z_][A-Za-z0-9_]*\\.)"));
    return QString(sql).replace(hint, QStringLiteral("\\1"));
}

bool canStream(const QSqlDatabase &db)
{
    return !isServer(db);
}

QString temporaryTable(const QSqlDatabase &db, const QString &name)
{
    return (isServer(db) ? QStringLiteral("pg_temp.") : QStringLiteral("temp.")) + name;
}

QString noCase(const QSqlDatabase &db, const QString &expression)
{
    return isServer(db) ? QStringLiteral("translate(%1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
                                         "'abcdefghijklmnopqrstuvwxyz') COLLATE \"C\"")
                              .arg(expression)
                        : QStringLiteral("%1 COLLATE NOCASE").arg(expression);
}

QString orderTerm(const QSqlDatabase &db, const QString &expression, bool descending)
{
    if (!isServer(db))
        return expression + (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
    return expression
        + (descending ? QStringLiteral(" DESC NULLS LAST") : QStringLiteral(" ASC NULLS FIRST"));
}

QString unindexed(const QSqlDatabase &db, const QString &expression)
{
    return isServer(db) ? expression : u'+' + expression;
}

QString noLimit(const QSqlDatabase &db)
{
    return isServer(db) ? QStringLiteral(" LIMIT ALL") : QStringLiteral(" LIMIT -1");
}

QString drivingJoin(const QSqlDatabase &db)
{
    return isServer(db) ? QStringLiteral(" JOIN ") : QStringLiteral(" CROSS JOIN ");
}

QString fullTextPrefixes(const QSqlDatabase &db, const QStringList &words)
{
    QStringList terms;
    terms.reserve(words.size());
    for (const QString &word : words)
        terms << (isServer(db) ? QString(word + QStringLiteral(":*"))
                               : QString(u'"' + word + QStringLiteral("*\"")));
    return terms.join(isServer(db) ? QStringLiteral(" & ") : QStringLiteral(" "));
}

QByteArray scramVerifier(const QSqlDatabase &db, const QString &role, const QByteArray &password,
                         QString *error)
{
    PGconn *connection = pgConnection(db);
    if (!connection) {
        *error = QStringLiteral("not a PostgreSQL connection");
        return {};
    }
    QByteArray plain = password;
    plain.append('\0');
    char *made = PQencryptPasswordConn(connection, plain.constData(), role.toUtf8().constData(),
                                       "scram-sha-256");
    plain.fill('\0');
    if (!made) {
        *error = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
        return {};
    }
    QByteArray verifier(made);
    PQfreemem(made);
    return verifier;
}

bool copyIn(const QSqlDatabase &db, const QString &copySql, const QByteArray &data, QString *error)
{
    PGconn *connection = pgConnection(db);
    if (!connection) {
        *error = QStringLiteral("not a PostgreSQL connection");
        return false;
    }
    // A forward-only query still streaming its rows owns the connection until its last result.
    if (PQtransactionStatus(connection) == PQTRANS_ACTIVE) {
        *error = QStringLiteral("the connection is still reading another result");
        return false;
    }
    const auto failed = [connection, error](PGresult *result) {
        *error = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
        PQclear(result);
        while (PGresult *rest = PQgetResult(connection))
            PQclear(rest);
        return false;
    };
    PGresult *started = PQexec(connection, copySql.toUtf8().constData());
    if (PQresultStatus(started) != PGRES_COPY_IN)
        return failed(started);
    PQclear(started);
    if (PQputCopyData(connection, data.constData(), static_cast<int>(data.size())) != 1
        || PQputCopyEnd(connection, nullptr) != 1)
        return failed(nullptr);
    PGresult *ended = PQgetResult(connection);
    if (PQresultStatus(ended) != PGRES_COMMAND_OK)
        return failed(ended);
    PQclear(ended);
    while (PGresult *rest = PQgetResult(connection))
        PQclear(rest);
    return true;
}

} // namespace pd::sql
