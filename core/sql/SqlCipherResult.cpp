#include "sql/SqlCipherResult.h"

#include <QDate>
#include <QDateTime>
#include <QSqlField>
#include <QTime>

#include <limits>

namespace pd::sql {

namespace {

// INSERT / REPLACE (also after a WITH clause), skipping leading white space and comments.
bool isInsertStatement(const QString &sql)
{
    qsizetype i = 0;
    const qsizetype n = sql.size();
    for (;;) {
        while (i < n && sql.at(i).isSpace())
            ++i;
        if (sql.mid(i, 2) == QLatin1StringView("--")) {
            while (i < n && sql.at(i) != u'\n')
                ++i;
        } else if (sql.mid(i, 2) == QLatin1StringView("/*")) {
            const qsizetype end = sql.indexOf(QLatin1StringView("*/"), i + 2);
            i = end < 0 ? n : end + 2;
        } else {
            break;
        }
    }
    const QStringView rest = QStringView(sql).mid(i);
    const auto startsWith = [&rest](QLatin1StringView word) {
        return rest.startsWith(word, Qt::CaseInsensitive)
            && (rest.size() == word.size() || !rest.at(word.size()).isLetterOrNumber());
    };
    if (startsWith(QLatin1StringView("INSERT")) || startsWith(QLatin1StringView("REPLACE")))
        return true;
    if (startsWith(QLatin1StringView("WITH")))
        return rest.contains(QLatin1StringView("INSERT"), Qt::CaseInsensitive);
    return false;
}

// LowPrecisionInt32 and LowPrecisionInt64 turn numbers into narrower ones; LowPrecisionDouble
// (Qt's default) and HighPrecision take the values as SQLite gives them.
bool narrowsNumbers(QSql::NumericalPrecisionPolicy policy)
{
    return policy == QSql::LowPrecisionInt32 || policy == QSql::LowPrecisionInt64;
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver)
    : QSqlResult(driver)
    , m_connection(driver->d)
    // QSqlResult's constructor took the driver's policy before this class was made.
    , m_narrowsNumbers(narrowsNumbers(numericalPrecisionPolicy()))
{
    m_connection->results.append(this);
}

SqlCipherResult::~SqlCipherResult()
{
    finalizeStatement();
    if (m_connection)
        m_connection->results.removeOne(this);
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(m_stmt);
}

void SqlCipherResult::connectionClosing()
{
    finalizeStatement();
    clearRows();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
}

void SqlCipherResult::driverDestroyed()
{
    connectionClosing();
    m_connection = nullptr;
}

void SqlCipherResult::bindValue(int index, const QVariant &value, QSql::ParamType type)
{
    // Out and InOut keep QSqlResult's path, which records their type.
    if (type != QSql::In || index < 0) {
        QSqlResult::bindValue(index, value, type);
        return;
    }
    QList<QVariant> &values = boundValues();
    if (values.size() <= index)
        values.resize(index + 1);
    values[index] = value;
}

bool SqlCipherResult::reset(const QString &query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString &query)
{
    finalizeStatement();
    clearRows();
    m_record.clear();
    m_columnTypes.clear();
    m_columnCount = 0;
    m_isInsert = false;
    setSelect(false);

    if (!m_connection || !m_connection->db) {
        setLastError(QSqlError(QStringLiteral("The database connection is not open"), QString(),
                               QSqlError::ConnectionError));
        return false;
    }

    const QByteArray sql = query.toUtf8();
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v2(m_connection->db, sql.constData(),
                                      static_cast<int>(sql.size()), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setSqliteError(QStringLiteral("Unable to prepare the statement"), rc);
        finalizeStatement();
        return false;
    }
    if (tail && detail::containsSqlTokens(tail, sql.constData() + sql.size())) {
        finalizeStatement();
        setLastError(QSqlError(QStringLiteral("Unable to execute several statements at once; "
                                              "use SqlCipherDriver::executeScript"),
                               QString(), QSqlError::StatementError));
        return false;
    }
    if (!m_stmt) {
        setLastError(QSqlError(QStringLiteral("The statement is empty"), QString(),
                               QSqlError::StatementError));
        return false;
    }

    m_isInsert = isInsertStatement(query);
    m_columnCount = sqlite3_column_count(m_stmt);
    m_columnTypes.reserve(m_columnCount);
    for (int i = 0; i < m_columnCount; ++i) {
        const QMetaType type = detail::metaTypeForDeclaredType(sqlite3_column_decltype(m_stmt, i));
        m_columnTypes.append(type);
        const char *table = sqlite3_column_table_name(m_stmt, i);
        QSqlField field(QString::fromUtf8(sqlite3_column_name(m_stmt, i)), type,
                        table ? QString::fromUtf8(table) : QString());
        m_record.append(field);
    }
    return true;
}

bool SqlCipherResult::exec()
{
    clearRows();
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    if (!m_stmt) {
        if (!lastError().isValid())
            setLastError(QSqlError(QStringLiteral("No statement has been prepared"), QString(),
                                   QSqlError::StatementError));
        return false;
    }

    // Only a statement with a read in progress needs a reset: every other path resets it as it
    // finishes. bindValues() rebinds every parameter; should it fail half-way, no binding may
    // keep pointing into the buffers released here.
    if (sqlite3_stmt_busy(m_stmt))
        sqlite3_reset(m_stmt);
    m_boundBuffers.clear();
    if (!bindValues()) {
        sqlite3_clear_bindings(m_stmt);
        return false;
    }

    sqlite3 *connection = sqlite3_db_handle(m_stmt);
    const int changesBefore = sqlite3_total_changes(connection);
    m_forwardOnly = isForwardOnly();
    m_done = false;

    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        storeRow();
    } else {
        m_done = true;
        if (rc != SQLITE_DONE) {
            setSqliteError(QStringLiteral("Unable to execute the statement"), rc);
            sqlite3_reset(m_stmt);
            return false;
        }
        sqlite3_reset(m_stmt);
    }

    // sqlite3_changes() still reports the last DML statement after DDL; the total only moves
    // when this statement changed rows, and then sqlite3_changes() (without trigger rows) is ours.
    const int delta = sqlite3_total_changes(connection) - changesBefore;
    m_rowsAffected = delta > 0 ? qMin(delta, sqlite3_changes(connection)) : 0;
    // Whether this statement inserted is a property of the statement, not of the rowid: a new
    // row may well get the same rowid as the previous insert (id 1 in a second table).
    m_lastInsertId = (delta > 0 && m_isInsert)
        ? QVariant(static_cast<qlonglong>(sqlite3_last_insert_rowid(connection)))
        : QVariant();

    setSelect(m_columnCount > 0);
    setActive(true);
    return true;
}

const QVariant *SqlCipherResult::rowAt(int row) const
{
    if (row < 0 || m_rows.isEmpty())
        return nullptr;
    if (m_forwardOnly)
        return row == m_rowsStepped - 1 && !m_rowInStatement ? m_rows.constData() : nullptr;
    if (row >= m_rowsStepped)
        return nullptr;
    return m_rows.constData() + static_cast<qsizetype>(row) * m_columnCount;
}

// The forward-only current row, still in the statement (no copy of it exists).
bool SqlCipherResult::rowInStatement(int row) const
{
    return m_rowInStatement && row >= 0 && row == m_rowsStepped - 1;
}

bool SqlCipherResult::hasRow(int row) const
{
    return rowInStatement(row) || rowAt(row) != nullptr;
}

// Called once per value of every row read (a third of a forward-only scan went to the
// temporaries of this function): the value is made once and returned as it is made. The common
// case, the statement's row read as it is, has no local of its own and ends in the call that makes
// the value; narrowing and the rows copied out take storedData().
QVariant SqlCipherResult::data(int field)
{
    if (field < 0 || field >= m_columnCount)
        return QVariant();
    // QSqlQuery::value() asks only at a valid position, and that is the row in the statement
    // (see m_rowInStatement): no at() call into QtSql for every value.
    if (m_rowInStatement && !m_narrowsNumbers) {
        Q_ASSERT(at() == m_rowsStepped - 1);
        return detail::columnValue(m_stmt, field, m_columnTypes.at(field));
    }
    return storedData(at(), field);
}

sqlite3_value *SqlCipherResult::rowValue(int field) const
{
    if (field < 0 || field >= m_columnCount || m_narrowsNumbers || !isActive()
        || !rowInStatement(at()))
        return nullptr;
    return sqlite3_column_value(m_stmt, field);
}

QVariant SqlCipherResult::storedData(int row, int field) const
{
    if (rowInStatement(row))
        return narrowed(detail::columnValue(m_stmt, field, m_columnTypes.at(field)));
    const QVariant *values = rowAt(row);
    if (!values)
        return QVariant();
    return m_narrowsNumbers ? narrowed(values[field]) : values[field];
}

QVariant SqlCipherResult::narrowed(const QVariant &value) const
{
    if (value.isNull())
        return value;
    const QSql::NumericalPrecisionPolicy policy = numericalPrecisionPolicy();
    if (policy == QSql::LowPrecisionInt32
        && (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Double))
        return QVariant(value.toInt());
    if (policy == QSql::LowPrecisionInt64 && value.typeId() == QMetaType::Double)
        return QVariant(value.toLongLong());
    return value;
}

void SqlCipherResult::setNumericalPrecisionPolicy(QSql::NumericalPrecisionPolicy policy)
{
    QSqlResult::setNumericalPrecisionPolicy(policy);
    m_narrowsNumbers = narrowsNumbers(policy);
}

bool SqlCipherResult::isNull(int field)
{
    if (field < 0 || field >= m_columnCount)
        return true;
    if (rowInStatement(at()))
        return sqlite3_column_type(m_stmt, field) == SQLITE_NULL;
    const QVariant *row = rowAt(at());
    return !row || row[field].isNull();
}

// Works from the row cache only, never from at(): QSqlQuery sets at() to AfterLastRow when a
// seek past the end fails, and QSqlQueryModel then seeks back to an earlier row.
bool SqlCipherResult::fetch(int row)
{
    if (row < 0)
        return false;
    while (m_rowsStepped <= row && !m_done) {
        if (!stepRow())
            break;
    }
    if (!hasRow(row))
        return false;
    setAt(row);
    return true;
}

// QSqlResult's fetchNext() is fetch(at() + 1) through a second virtual call, and fetch() is
// general: it loops, and asks hasRow() afterwards (a scan calls this once a row). The
// forward-only row the statement holds (m_rowInStatement: not done, not detached) moves on with
// one step; every other position, and the scrollable cursor, go through fetch() as before.
// QSqlQuery calls this only at a valid position (next() and seek() at at() >= 0), which for a
// row in the statement is that row: the step needs no at() call.
bool SqlCipherResult::fetchNext()
{
    if (!m_rowInStatement)
        return fetch(at() + 1);
    Q_ASSERT(at() == m_rowsStepped - 1);
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_ROW) {
        endRead(rc);
        return false;
    }
    // storeRow(), forward-only: m_rows is already empty.
    setAt(m_rowsStepped++);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    while (!m_done) {
        // The step that finds no next row resets the statement: keep the last row.
        copyRowOut();
        if (!stepRow())
            break;
    }
    return m_rowsStepped > 0 && fetch(m_rowsStepped - 1);
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return isActive() ? m_lastInsertId : QVariant();
}

QSqlRecord SqlCipherResult::record() const
{
    return m_record;
}

// QSqlTableModel calls this before it writes through its edit query and keeps showing the rows
// it has already fetched: those stay cached, only the statement is reset (ending its read).
// Should the model ask for more rows later, stepRow() re-runs the statement and skips the rows
// already seen.
void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt && !m_done) {
        copyRowOut();
        sqlite3_reset(m_stmt);
        m_detached = true;
    }
}

bool SqlCipherResult::stepRow()
{
    int rc = SQLITE_ROW;
    if (m_detached) {
        m_detached = false;
        for (int skipped = 0; skipped < m_rowsStepped && rc == SQLITE_ROW; ++skipped)
            rc = sqlite3_step(m_stmt);
    }
    if (rc == SQLITE_ROW)
        rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        storeRow();
        return true;
    }
    endRead(rc);
    return false;
}

// The step that found no next row: resultCode is SQLITE_DONE or the error that ended the read.
void SqlCipherResult::endRead(int resultCode)
{
    m_done = true;
    m_rowInStatement = false;
    if (resultCode != SQLITE_DONE)
        setSqliteError(QStringLiteral("Unable to fetch the next row"), resultCode);
    sqlite3_reset(m_stmt);
}

void SqlCipherResult::storeRow()
{
    if (m_forwardOnly) {
        // Read from the statement by data(); no QVariant per value unless asked for.
        if (!m_rows.isEmpty())
            m_rows.clear();
        m_rowInStatement = true;
    } else {
        for (int i = 0; i < m_columnCount; ++i)
            m_rows.append(detail::columnValue(m_stmt, i, m_columnTypes.at(i)));
    }
    ++m_rowsStepped;
}

// Before the statement leaves a forward-only row without stepping to the next one.
void SqlCipherResult::copyRowOut()
{
    if (!m_rowInStatement)
        return;
    m_rows.resize(m_columnCount);
    for (int i = 0; i < m_columnCount; ++i)
        m_rows[i] = detail::columnValue(m_stmt, i, m_columnTypes.at(i));
    m_rowInStatement = false;
}

bool SqlCipherResult::bindValues()
{
    const QList<QVariant> &values = boundValues();
    const int parameters = sqlite3_bind_parameter_count(m_stmt);
    if (values.size() != parameters) {
        setLastError(QSqlError(QStringLiteral("Parameter count mismatch: the statement has %1 "
                                              "placeholders but %2 values are bound")
                                   .arg(parameters)
                                   .arg(values.size()),
                               QString(), QSqlError::StatementError));
        return false;
    }
    m_boundBuffers.reserve(parameters);
    for (int i = 0; i < parameters; ++i) {
        const int rc = bindParameter(i + 1, values.at(i));
        if (rc != SQLITE_OK) {
            if (rc == SQLITE_MISMATCH)
                setLastError(QSqlError(QStringLiteral("Cannot bind a value of type %1 (parameter "
                                                      "%2)")
                                           .arg(QString::fromLatin1(values.at(i).typeName()))
                                           .arg(i + 1),
                                       QString(), QSqlError::StatementError, QString::number(rc)));
            else
                setSqliteError(QStringLiteral("Unable to bind parameter %1").arg(i + 1), rc);
            return false;
        }
    }
    return true;
}

// Qt 6: QVariant(QString()).isNull() is false, so only a QVariant that is itself null (invalid
// or constructed from a QMetaType without value) becomes SQL NULL.
int SqlCipherResult::bindParameter(int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(m_stmt, index);

    // The common types are read in place: QVariant::toLongLong() and friends go through
    // QMetaType::convert (a seventh of an insert's bind cost).
    switch (value.typeId()) {
    case QMetaType::Int:
        return sqlite3_bind_int64(m_stmt, index, *static_cast<const int *>(value.constData()));
    case QMetaType::LongLong:
        return sqlite3_bind_int64(m_stmt, index,
                                  *static_cast<const qlonglong *>(value.constData()));
    case QMetaType::Double:
        return sqlite3_bind_double(m_stmt, index, *static_cast<const double *>(value.constData()));
    case QMetaType::QString:
        return bindText(index, static_cast<const QString *>(value.constData())->toUtf8());
    case QMetaType::Bool:
        return sqlite3_bind_int64(m_stmt, index, value.toBool() ? 1 : 0);
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return sqlite3_bind_int64(m_stmt, index, value.toLongLong());
    case QMetaType::ULongLong: {
        const qulonglong unsignedValue = value.toULongLong();
        if (unsignedValue <= static_cast<qulonglong>(std::numeric_limits<qint64>::max()))
            return sqlite3_bind_int64(m_stmt, index, static_cast<qint64>(unsignedValue));
        return bindText(index, QByteArray::number(unsignedValue));
    }
    case QMetaType::Float:
        return sqlite3_bind_double(m_stmt, index, value.toDouble());
    case QMetaType::QByteArray: {
        m_boundBuffers.append(value.toByteArray());
        const QByteArray &blob = m_boundBuffers.constLast();
        if (blob.isEmpty())
            return sqlite3_bind_zeroblob(m_stmt, index, 0);
        if (blob.size() > std::numeric_limits<int>::max())
            return SQLITE_TOOBIG;
        return sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()),
                                 detail::staticBuffer);
    }
    case QMetaType::QDate:
        return bindText(index, value.toDate().toString(Qt::ISODate).toUtf8());
    case QMetaType::QTime:
        return bindText(index, value.toTime().toString(Qt::ISODateWithMs).toUtf8());
    case QMetaType::QDateTime:
        return bindText(index, value.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8());
    default:
        if (value.canConvert<QString>())
            return bindText(index, value.toString().toUtf8());
        return SQLITE_MISMATCH;
    }
}

int SqlCipherResult::bindText(int index, QByteArray utf8)
{
    if (utf8.size() > std::numeric_limits<int>::max())
        return SQLITE_TOOBIG;
    m_boundBuffers.append(std::move(utf8));
    const QByteArray &text = m_boundBuffers.constLast();
    // A null pointer would bind NULL; an empty QString must stay ''.
    const char *bytes = text.constData() ? text.constData() : "";
    return sqlite3_bind_text(m_stmt, index, bytes, static_cast<int>(text.size()),
                             detail::staticBuffer);
}

void SqlCipherResult::clearRows()
{
    m_rows.clear();
    m_rowInStatement = false;
    m_rowsStepped = 0;
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();
    m_done = true;
    m_detached = false;
}

void SqlCipherResult::finalizeStatement()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_rowInStatement = false;
    m_boundBuffers.clear();
    m_done = true;
    m_detached = false;
}

void SqlCipherResult::setSqliteError(const QString &text, int resultCode)
{
    setLastError(detail::makeError(text, m_connection ? m_connection->db : nullptr, resultCode,
                                   QSqlError::StatementError));
}

} // namespace pd::sql
