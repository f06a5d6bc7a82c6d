#include "sql/ServerStatements.h"

#include "sql/Dialect.h"
#include "sql/StatementText.h"

#include <QHash>
#include <QObject>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>

#include <libpq-fe.h>

namespace pd::sql {

namespace {

constexpr int mostPrepared = 1000;
constexpr int mostCounted = 5000; // statements whose runs are counted, prepared or not
constexpr char savepoint[] = "pd_prepare";

// The statements of one connection, kept on its driver (a child of the QSqlDriver, which every
// QSqlDatabase copy of the connection shares, and which outlives its sessions).
class Prepared final : public QObject
{
public:
    struct Entry
    {
        int runs = 0;
        QString name; // on the server, once prepared
        bool refused = false; // not prepared: not a statement PREPARE takes, or the server refused
    };

    // nullptr when the driver belongs to another thread (a QObject cannot be its child there;
    // Qt Sql does not allow it either).
    static Prepared *of(const QSqlDriver &driver)
    {
        if (driver.thread() != QThread::currentThread())
            return nullptr;
        if (auto *found = driver.findChild<Prepared *>(QString(), Qt::FindDirectChildrenOnly))
            return found;
        // The cache belongs to the connection; attaching it does not change the driver.
        return new Prepared(const_cast<QSqlDriver *>(&driver));
    }

    // The entry of sql in this session (a new session forgets the last one's statements), or
    // nullptr when no more are counted.
    Entry *entry(PGconn *connection, const QString &sql)
    {
        const int backend = PQbackendPID(connection);
        if (connection != m_connection || backend != m_backend) {
            m_entries.clear();
            m_prepared = 0;
            m_connection = connection;
            m_backend = backend;
        }
        const auto found = m_entries.find(sql);
        if (found != m_entries.end())
            return &found.value();
        if (m_entries.size() >= mostCounted)
            return nullptr;
        return &m_entries[sql];
    }

    bool mayPrepare() const { return m_prepared < mostPrepared; }
    QString nextName() { return QStringLiteral("pd_%1").arg(++m_named); }
    void prepared() { ++m_prepared; }

private:
    explicit Prepared(QSqlDriver *driver)
        : QObject(driver)
    { }

    QHash<QString, Entry> m_entries;
    PGconn *m_connection = nullptr;
    int m_backend = 0;
    int m_prepared = 0;
    int m_named = 0;
};

// Whether PREPARE takes the statement: a query or a change of rows, not a utility statement.
bool preparable(const QString &sql)
{
    const QStringView text = QStringView(sql).trimmed();
    for (const char *keyword : { "SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "VALUES" }) {
        const QLatin1StringView word(keyword);
        if (text.startsWith(word, Qt::CaseInsensitive)
            && (text.size() == word.size() || !text.at(word.size()).isLetterOrNumber()))
            return true;
    }
    return false;
}

// sql with $1, $2, ... for its placeholders.
QString numbered(const QString &sql, const QList<qsizetype> &positions)
{
    QString text;
    text.reserve(sql.size() + 2 * positions.size());
    qsizetype from = 0;
    for (qsizetype n = 0; n < positions.size(); ++n) {
        text += QStringView(sql).mid(from, positions.at(n) - from);
        text += u'$' + QString::number(n + 1);
        from = positions.at(n) + 1;
    }
    text += QStringView(sql).mid(from);
    return text;
}

enum class Preparing { Prepared, Refused, NotNow };

bool succeeded(PGresult *result)
{
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    PQclear(result);
    return ok;
}

// Prepares text as name in the connection's session. Inside a transaction in a savepoint: a
// statement the server refuses would otherwise abort the caller's transaction. The savepoint, the
// PREPARE and the release go in one round trip (three before); the server stops at the
// first that fails, and the transaction goes back to the savepoint. Not while a result is still
// being read (libpq cannot say the transaction's state then) or after the transaction failed:
// the statement then runs with its values written in, as before.
Preparing prepareOnServer(PGconn *connection, const QString &name, const QString &text)
{
    const PGTransactionStatusType status = PQtransactionStatus(connection);
    if (status != PQTRANS_IDLE && status != PQTRANS_INTRANS)
        return Preparing::NotNow;
    const QByteArray prepare = QStringLiteral("PREPARE %1 AS %2").arg(name, text).toUtf8();
    if (status == PQTRANS_IDLE)
        return succeeded(PQexec(connection, prepare.constData())) ? Preparing::Prepared
                                                                  : Preparing::Refused;
    const QByteArray point(savepoint);
    const QByteArray inSavepoint
        = "SAVEPOINT " + point + "; " + prepare + "; RELEASE SAVEPOINT " + point;
    if (succeeded(PQexec(connection, inSavepoint.constData())))
        return Preparing::Prepared;
    // Should this fail too, the transaction has failed, and the caller's statement says so.
    const QByteArray back = "ROLLBACK TO SAVEPOINT " + point + "; RELEASE SAVEPOINT " + point;
    succeeded(PQexec(connection, back.constData()));
    return Preparing::Refused;
}

} // namespace

std::optional<bool> executePrepared(QSqlQuery &query, const QString &sql,
                                    const QList<qsizetype> &positions, const QVariantList &values)
{
    const QSqlDriver *driver = query.driver();
    PGconn *connection = serverConnection(driver);
    if (!connection || positions.size() != values.size())
        return std::nullopt;
    Prepared *kept = Prepared::of(*driver);
    if (!kept)
        return std::nullopt;
    Prepared &statements = *kept;
    Prepared::Entry *entry = statements.entry(connection, sql);
    if (!entry || entry->refused)
        return std::nullopt;
    if (entry->name.isEmpty()) {
        if (++entry->runs < 2)
            return std::nullopt;
        if (!preparable(sql) || !statements.mayPrepare()) {
            entry->refused = true;
            return std::nullopt;
        }
        const QString name = statements.nextName();
        const Preparing preparing = prepareOnServer(connection, name, numbered(sql, positions));
        if (preparing != Preparing::Prepared) {
            entry->refused = preparing == Preparing::Refused;
            return std::nullopt;
        }
        entry->name = name;
        statements.prepared();
    }
    QString text = QStringLiteral("EXECUTE ") + entry->name;
    if (!values.isEmpty()) {
        QStringList literals;
        literals.reserve(values.size());
        for (const QVariant &value : values)
            literals << literal(*driver, value);
        text += u'(' + literals.join(QStringLiteral(", ")) + u')';
    }
    return query.exec(text);
}

} // namespace pd::sql
