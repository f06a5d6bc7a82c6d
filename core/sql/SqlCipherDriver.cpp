#include "sql/SqlCipherDriver.h"

#include "sql/SqlCipherResult.h"
#include "sql/SqlCipherSupport.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QTime>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace pd::sql {

namespace {

using namespace Qt::StringLiterals;

constexpr int defaultBusyTimeoutMs = 5000;
constexpr std::size_t rawKeySize = 32;
constexpr QLatin1StringView busyTimeoutPrefix = "PD_BUSY_TIMEOUT="_L1;

struct ConnectOptions
{
    bool create = false;
    bool readOnly = false;
    bool wal = true;
    int busyTimeoutMs = defaultBusyTimeoutMs;
};

bool parseConnectOptions(const QString &text, ConnectOptions &options, QString &error)
{
    const QStringList parts = text.split(u';', Qt::SkipEmptyParts);
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        if (part == "PD_CREATE"_L1) {
            options.create = true;
        } else if (part == "PD_READONLY"_L1) {
            options.readOnly = true;
        } else if (part == "PD_NO_WAL"_L1) {
            options.wal = false;
        } else if (part.startsWith(busyTimeoutPrefix)) {
            bool ok = false;
            const int ms = part.mid(busyTimeoutPrefix.size()).trimmed().toInt(&ok);
            if (!ok || ms < 0) {
                error = u"Invalid busy timeout in connect option \"%1\""_s.arg(part);
                return false;
            }
            options.busyTimeoutMs = ms;
        } else {
            error = u"Unknown connect option \"%1\""_s.arg(part);
            return false;
        }
    }
    return true;
}

// "x'<64 hex digits>'": SQLCipher's raw-key form, which skips its own passphrase KDF. Built
// byte by byte in secure memory so that the key never passes through a QString or SQL text.
SecureBytes rawKeyForm(const SecureBytes &key)
{
    SecureBytes hex = key.toHex();
    SecureBytes raw(hex.size() + 3);
    raw.data()[0] = 'x';
    raw.data()[1] = '\'';
    std::memcpy(raw.data() + 2, hex.data(), hex.size());
    raw.data()[raw.size() - 1] = '\'';
    hex.clear();
    return raw;
}

int majorVersion(const QString &version)
{
    return version.section(u'.', 0, 0).toInt();
}

} // namespace

SqlCipherDriver::SqlCipherDriver(QObject *parent)
    : QSqlDriver(parent)
    , d(new Private)
{ }

SqlCipherDriver::~SqlCipherDriver()
{
    close();
    const QList<SqlCipherResult *> results = d->results;
    for (SqlCipherResult *result : results)
        result->driverDestroyed();
    delete d;
}

void SqlCipherDriver::setKey(SecureBytes key)
{
    d->key = std::move(key);
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking:
    case LowPrecisionNumbers:
    case FinishQuery:
        return true;
    case QuerySize:
    case NamedPlaceholders: // Qt rewrites :name to ? and fills boundValues() in order
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString &db, const QString & /*user*/,
                           const QString & /*password*/, const QString & /*host*/, int /*port*/,
                           const QString &connOpts)
{
    if (isOpen())
        close();
    d->cipherVersion.clear();
    const auto wipeKey = qScopeGuard([this] { d->key.clear(); });

    sqlite3 *handle = nullptr;
    const auto fail = [&](const QSqlError &error) {
        if (handle)
            sqlite3_close(handle);
        setLastError(error);
        setOpenError(true);
        return false;
    };
    const auto failWithCode = [&](const QString &text, int resultCode) {
        return fail(detail::makeError(text, handle, resultCode, QSqlError::ConnectionError));
    };
    const auto failWith = [&](const QString &text, const detail::Outcome &outcome) {
        return fail(QSqlError(text, outcome.message, QSqlError::ConnectionError,
                              QString::number(outcome.resultCode)));
    };

    ConnectOptions options;
    QString optionError;
    if (!parseConnectOptions(connOpts, options, optionError))
        return fail(QSqlError(optionError, QString(), QSqlError::ConnectionError));
    if (!d->key.isEmpty() && d->key.size() != rawKeySize)
        return fail(QSqlError(u"The database key must be %1 bytes"_s.arg(rawKeySize), QString(),
                              QSqlError::ConnectionError));

    int flags = options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (options.create && !options.readOnly)
        flags |= SQLITE_OPEN_CREATE;
    // One connection per thread, so the connection needs no mutex of its own (Qt's QSQLITE opens
    // the same way). Serialized, every sqlite3_step and sqlite3_column_* call took and released
    // one: a sixth of a full scan.
    flags |= SQLITE_OPEN_NOMUTEX;
    int rc = sqlite3_open_v2(QFile::encodeName(db).constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK)
        return failWithCode(u"Cannot open the database file \"%1\""_s.arg(db), rc);

    // A plain SQLite library ignores the key and would happily write plaintext.
    detail::Outcome outcome = detail::run(handle, "PRAGMA cipher_version"_ba);
    if (!outcome.ok())
        return failWith(u"Cannot query the SQLCipher version"_s, outcome);
    const QString version = outcome.rows.isEmpty() || outcome.rows.first().isEmpty()
        ? QString()
        : outcome.rows.first().first().toString();
    d->cipherVersion = version;
    if (version.isEmpty())
        return fail(QSqlError(u"The SQLite library has no encryption support "
                              "(PRAGMA cipher_version is empty)"_s,
                              QString(), QSqlError::ConnectionError));

    if (!d->key.isEmpty()) {
        SecureBytes raw = rawKeyForm(d->key);
        rc = sqlite3_key(handle, raw.data(), static_cast<int>(raw.size()));
        raw.clear();
        if (rc != SQLITE_OK)
            return failWithCode(u"Cannot apply the database key"_s, rc);
        // SQLCipher 4 changed its defaults; compatibility 3 keeps the 3.x file format, and the
        // page size is pinned for this connection and for databases attached with a KEY.
        QByteArray pragmas;
        if (majorVersion(version) >= 4)
            pragmas += "PRAGMA cipher_compatibility = 3;";
        pragmas += "PRAGMA cipher_page_size = 4096; PRAGMA cipher_default_page_size = 4096;";
        outcome = detail::run(handle, pragmas);
        if (!outcome.ok())
            return failWith(u"Cannot configure the cipher"_s, outcome);
    }

    sqlite3_busy_timeout(handle, options.busyTimeoutMs);

    // The key is only checked when the first page is decrypted: do that now, not later.
    outcome = detail::run(handle, "SELECT count(*) FROM sqlite_master"_ba);
    if (outcome.resultCode == SQLITE_NOTADB)
        return failWith(u"The database key is wrong, or the file is not an encrypted "
                        "Privacydesk database"_s,
                        outcome);
    if (!outcome.ok())
        return failWith(u"Cannot read the database schema"_s, outcome);

    QByteArray settings;
    if (options.wal && !options.readOnly)
        settings += "PRAGMA journal_mode = WAL;";
    settings += "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY;";
    outcome = detail::run(handle, settings);
    if (!outcome.ok())
        return failWith(u"Cannot configure the database connection"_s, outcome);

    d->db = handle;
    d->readOnly = options.readOnly;
    setLastError(QSqlError());
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    const QList<SqlCipherResult *> results = d->results;
    for (SqlCipherResult *result : results)
        result->connectionClosing();
    if (d->db) {
        const int rc = sqlite3_close(d->db);
        if (rc != SQLITE_OK) {
            setLastError(detail::makeError(u"The database did not close cleanly"_s, d->db, rc,
                                           QSqlError::ConnectionError));
            sqlite3_close_v2(d->db);
        }
        d->db = nullptr;
    }
    d->cipherVersion.clear();
    d->readOnly = false;
    if (isOpen()) {
        setOpen(false);
        setOpenError(false);
    }
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::executeScript(const QString &script)
{
    if (!d->db) {
        setLastError(QSqlError(u"The database connection is not open"_s, QString(),
                               QSqlError::ConnectionError));
        return false;
    }
    const QStringList statements = splitStatements(script);
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const detail::Outcome outcome = detail::run(d->db, statements.at(i).toUtf8());
        if (!outcome.ok()) {
            setLastError(QSqlError(u"Statement %1 of the script failed: %2"_s.arg(i + 1).arg(
                                       statements.at(i).left(200)),
                                   outcome.message, QSqlError::StatementError,
                                   QString::number(outcome.resultCode)));
            return false;
        }
    }
    setLastError(QSqlError());
    return true;
}

bool SqlCipherDriver::rekey(const SecureBytes &newKey)
{
    if (!d->db) {
        setLastError(QSqlError(u"The database connection is not open"_s, QString(),
                               QSqlError::ConnectionError));
        return false;
    }
    if (newKey.size() != rawKeySize) {
        setLastError(QSqlError(u"The database key must be %1 bytes"_s.arg(rawKeySize), QString(),
                               QSqlError::ConnectionError));
        return false;
    }
    SecureBytes raw = rawKeyForm(newKey);
    const int rc = sqlite3_rekey(d->db, raw.data(), static_cast<int>(raw.size()));
    raw.clear();
    if (rc != SQLITE_OK) {
        setLastError(detail::makeError(u"Cannot re-encrypt the database under the new key"_s, d->db,
                                       rc, QSqlError::ConnectionError));
        return false;
    }
    return true;
}

QString SqlCipherDriver::cipherVersion() const
{
    return d->cipherVersion;
}

sqlite3 *SqlCipherDriver::sqliteHandle() const
{
    return d->db;
}

bool SqlCipherDriver::isInTransaction() const
{
    sqlite3 *db = sqliteHandle();
    return db && sqlite3_get_autocommit(db) == 0;
}

bool SqlCipherDriver::beginTransaction()
{
    if (!d->db)
        return false;
    // A read-only connection cannot take the write lock that IMMEDIATE asks for.
    const detail::Outcome outcome
        = detail::run(d->db, d->readOnly ? "BEGIN"_ba : "BEGIN IMMEDIATE"_ba);
    if (!outcome.ok()) {
        setLastError(QSqlError(u"Cannot begin a transaction"_s, outcome.message,
                               QSqlError::TransactionError, QString::number(outcome.resultCode)));
        return false;
    }
    return true;
}

bool SqlCipherDriver::commitTransaction()
{
    if (!d->db)
        return false;
    const detail::Outcome outcome = detail::run(d->db, "COMMIT"_ba);
    if (!outcome.ok()) {
        setLastError(QSqlError(u"Cannot commit the transaction"_s, outcome.message,
                               QSqlError::TransactionError, QString::number(outcome.resultCode)));
        return false;
    }
    return true;
}

bool SqlCipherDriver::rollbackTransaction()
{
    if (!d->db)
        return false;
    // SQLITE_FULL, SQLITE_IOERR, SQLITE_BUSY and SQLITE_NOMEM may already have rolled the
    // transaction back; the caller's rollback then has nothing left to do.
    if (sqlite3_get_autocommit(d->db) != 0)
        return true;
    const detail::Outcome outcome = detail::run(d->db, "ROLLBACK"_ba);
    if (!outcome.ok()) {
        setLastError(QSqlError(u"Cannot roll back the transaction"_s, outcome.message,
                               QSqlError::TransactionError, QString::number(outcome.resultCode)));
        return false;
    }
    return true;
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!d->db)
        return names;
    QByteArray sql = "SELECT name FROM sqlite_master WHERE "_ba;
    QByteArrayList conditions;
    if (type & QSql::Tables)
        conditions << "(type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\')"_ba;
    if (type & QSql::Views)
        conditions << "type = 'view'"_ba;
    if (type & QSql::SystemTables)
        conditions << "(type = 'table' AND name LIKE 'sqlite\\_%' ESCAPE '\\')"_ba;
    if (conditions.isEmpty())
        return names;
    sql += conditions.join(" OR ") + " ORDER BY name";
    if (type & QSql::SystemTables)
        names << u"sqlite_master"_s;
    const detail::Outcome outcome = detail::run(d->db, sql);
    for (const QList<QVariant> &row : outcome.rows)
        names << row.value(0).toString();
    return names;
}

namespace {

// PRAGMA table_info's columns, in its order (record() and primaryIndex() read them).
enum TableInfoColumn { InfoCid, InfoName, InfoType, InfoNotNull, InfoDefault, InfoPk };

} // namespace

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord fields;
    if (!d->db || tableName.isEmpty())
        return fields;
    const QString table = stripDelimiters(tableName, TableName);
    const detail::Outcome outcome = detail::run(
        d->db, "PRAGMA table_info(" + escapeIdentifier(table, TableName).toUtf8() + ')');
    int primaryKeyColumns = 0;
    for (const QList<QVariant> &row : outcome.rows)
        primaryKeyColumns += row.value(InfoPk).toInt() > 0 ? 1 : 0;
    for (const QList<QVariant> &row : outcome.rows) {
        const QByteArray declared = row.value(InfoType).toString().toUtf8();
        QSqlField field(row.value(InfoName).toString(),
                        detail::metaTypeForDeclaredType(declared.constData()), table);
        field.setRequiredStatus(row.value(InfoNotNull).toInt() != 0 ? QSqlField::Required
                                                                    : QSqlField::Optional);
        if (!row.value(InfoDefault).isNull())
            field.setDefaultValue(row.value(InfoDefault));
        // Only "INTEGER PRIMARY KEY" aliases the rowid and gets its value from SQLite.
        field.setAutoValue(primaryKeyColumns == 1 && row.value(InfoPk).toInt() == 1
                           && declared.trimmed().compare("INTEGER", Qt::CaseInsensitive) == 0);
        fields.append(field);
    }
    return fields;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    const QString table = stripDelimiters(tableName, TableName);
    QSqlIndex index(table);
    if (!d->db || tableName.isEmpty())
        return index;
    const detail::Outcome outcome = detail::run(
        d->db, "PRAGMA table_info(" + escapeIdentifier(table, TableName).toUtf8() + ')');
    QList<std::pair<int, QString>> keyColumns;
    for (const QList<QVariant> &row : outcome.rows) {
        if (row.value(InfoPk).toInt() > 0)
            keyColumns.append({ row.value(InfoPk).toInt(), row.value(InfoName).toString() });
    }
    std::sort(keyColumns.begin(), keyColumns.end());
    const QSqlRecord fields = record(table);
    for (const auto &column : std::as_const(keyColumns))
        index.append(fields.field(column.second));
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    QString escaped = identifier;
    escaped.replace(u'"', u"\"\""_s);
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString SqlCipherDriver::formatValue(const QSqlField &field, bool trimStrings) const
{
    const QVariant value = field.value();
    if (value.isNull())
        return u"NULL"_s;
    const auto quoted = [](QString text) -> QString {
        text.replace(u'\'', u"''"_s);
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    };
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return u"X'"_s + QString::fromLatin1(value.toByteArray().toHex()) + QLatin1Char('\'');
    case QMetaType::Bool:
        return value.toBool() ? u"1"_s : u"0"_s;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return value.toString();
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        if (std::isnan(number))
            return u"NULL"_s;
        if (std::isinf(number))
            return number > 0 ? u"9e999"_s : u"-9e999"_s;
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QMetaType::QDate:
        return quoted(value.toDate().toString(Qt::ISODate));
    case QMetaType::QTime:
        return quoted(value.toTime().toString(Qt::ISODateWithMs));
    case QMetaType::QDateTime:
        return quoted(value.toDateTime().toUTC().toString(Qt::ISODateWithMs));
    default: {
        QString text = value.toString();
        if (trimStrings) {
            qsizetype end = text.size();
            while (end > 0 && text.at(end - 1).isSpace())
                --end;
            text.truncate(end);
        }
        return quoted(text);
    }
    }
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(d->db);
}

void registerSqlCipherDriver()
{
    static const bool registered = [] {
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(SqlCipherDriver::driverName()),
                                        new QSqlDriverCreator<SqlCipherDriver>);
        return true;
    }();
    Q_UNUSED(registered);
}

QStringList splitStatements(const QString &script)
{
    QStringList statements;
    const QByteArray utf8 = script.toUtf8();
    qsizetype start = 0;
    const auto take = [&](qsizetype end) {
        const char *begin = utf8.constData() + start;
        if (detail::containsSqlTokens(begin, utf8.constData() + end))
            statements << QString::fromUtf8(begin, end - start).trimmed();
        start = end;
    };
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8.at(i) != ';')
            continue;
        // sqlite3_complete needs a NUL-terminated candidate; a ';' inside a literal, a comment
        // or a trigger body leaves it incomplete.
        const QByteArray candidate = utf8.mid(start, i + 1 - start);
        if (sqlite3_complete(candidate.constData()) == 1)
            take(i + 1);
    }
    take(utf8.size());
    return statements;
}

int sqliteErrorCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : -1;
}

} // namespace pd::sql
