#include "PostgresCluster.h"
#include "crypto/SecureBytes.h"
#include "sql/RowReader.h"
#include "sql/SqlCipherDriver.h"
#include "sql/SqlCipherResult.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlResult>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::SecureBytes;
using pd::sql::RowReader;
using pd::sql::SqlCipherDriver;

// pd::sql::RowReader: every value read as QSqlQuery::value(column) and its conversion
// give it, on a forward-only query (read from SQLite's row), a scrollable one and one whose
// numbers a policy narrows (both through QSqlQuery::value); on a server (QPSQL, a private
// cluster) the same, its texts and integers read from libpq's row.
class tst_RowReader final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void readsAsQSqlQueryValue_data();
    void readsAsQSqlQueryValue();
    void viewKeepsNonAsciiText();
    void viewsOneAfterAnother();
    void followsTheQueryFromRowToRow();
    void onlyAForwardOnlyRowIsReadFromTheStatement();
    void readsAServerRowAsQSqlQueryValue_data();
    void readsAServerRowAsQSqlQueryValue();

private:
    QSqlDatabase openStore();

    QTemporaryDir m_dir;
    SecureBytes m_key;
    int m_connections = 0;
};

namespace {

// Every storage class in a column of every declared type, NULLs, an empty text, a code, a
// date and a text beyond ASCII (with a character outside the BMP).
const QString schema
    = u"CREATE TABLE t(n INTEGER, s TEXT, r REAL, b BLOB, d DATE, e);"
      "INSERT INTO t VALUES (1, 'afgerond', 1.5, x'0001', '2026-03-02', 'x');"
      "INSERT INTO t VALUES (NULL, NULL, NULL, NULL, NULL, NULL);"
      "INSERT INTO t VALUES (3, '', 0.25, x'', '', '');"
      "INSERT INTO t VALUES ('tekst', 42, 'ook tekst', 'geen blob', 7, 2.5);"
      "INSERT INTO t VALUES (-9, 'Zo\u00eb \u00c7elik \U0001F600', -3.75, x'c3a9', "
      "'2026-03-02T09:15:00Z', 'art-12-5,art-15-4');"_s;
constexpr int rows = 5;
constexpr int columns = 6;

// The first `count` columns of the row query is on, as the reader reads them against what
// QSqlQuery::value gives: NULL, number, text (a null QString for NULL), view. A failure names
// the row and column.
void compareRow(RowReader &reader, const QSqlQuery &query, int row, int count)
{
    for (int column = 0; column < count; ++column) {
        const QVariant value = query.value(column);
        const QByteArray where = QByteArray::number(row) + ", " + QByteArray::number(column);
        QVERIFY2(reader.isNull(column) == value.isNull(), where.constData());
        QVERIFY2(reader.integer(column) == value.toLongLong(), where.constData());
        const QString text = reader.text(column);
        QVERIFY2(text == value.toString(), where.constData());
        QVERIFY2(text.isNull() == value.toString().isNull(), where.constData());
        QVERIFY2(reader.view(column) == value.toString(), where.constData());
    }
}

enum class Cursor { ForwardOnly, Scrollable, Narrowed };

} // namespace

QSqlDatabase tst_RowReader::openStore()
{
    const QString name = u"rowreader%1"_s.arg(m_connections++);
    QSqlDatabase db
        = QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::driverName()), name);
    static_cast<SqlCipherDriver *>(db.driver())
        ->setKey(SecureBytes::copyOf(m_key.data(), m_key.size()));
    db.setDatabaseName(m_dir.filePath(name + u".db"_s));
    db.setConnectOptions(u"PD_CREATE"_s);
    if (!db.open() || !static_cast<SqlCipherDriver *>(db.driver())->executeScript(schema))
        qWarning().noquote() << "store failed:" << db.lastError().text();
    return db;
}

void tst_RowReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(pd::initSodium());
    pd::sql::registerSqlCipherDriver();
    m_key = SecureBytes::random(32);
}

void tst_RowReader::cleanup()
{
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (name.startsWith(u"rowreader"_s))
            QSqlDatabase::removeDatabase(name);
    }
}

void tst_RowReader::readsAsQSqlQueryValue_data()
{
    QTest::addColumn<Cursor>("cursor");
    QTest::newRow("forward-only") << Cursor::ForwardOnly;
    QTest::newRow("scrollable") << Cursor::Scrollable;
    QTest::newRow("numbers narrowed") << Cursor::Narrowed;
}

void tst_RowReader::readsAsQSqlQueryValue()
{
    QFETCH(Cursor, cursor);
    const QSqlDatabase db = openStore();
    QVERIFY(db.isOpen());
    QSqlQuery query(db);
    query.setForwardOnly(cursor != Cursor::Scrollable);
    if (cursor == Cursor::Narrowed)
        query.setNumericalPrecisionPolicy(QSql::LowPrecisionInt32);
    QVERIFY(query.exec(u"SELECT n, s, r, b, d, e, n + 1, s || '' FROM t ORDER BY rowid"_s));
    RowReader reader(query);
    int row = 0;
    while (query.next()) {
        compareRow(reader, query, row, columns + 2);
        if (QTest::currentTestFailed())
            return;
        ++row;
    }
    QVERIFY(!query.lastError().isValid());
    QCOMPARE(row, rows);
}

void tst_RowReader::viewKeepsNonAsciiText()
{
    const QSqlDatabase db = openStore();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QVERIFY(query.exec(u"SELECT s FROM t WHERE n = -9"_s));
    QVERIFY(query.next());
    RowReader reader(query);
    QCOMPARE(reader.view(0).toString(), u"Zo\u00eb \u00c7elik \U0001F600"_s);
    QCOMPARE(reader.text(0), u"Zo\u00eb \u00c7elik \U0001F600"_s);
}

void tst_RowReader::viewsOneAfterAnother()
{
    const QSqlDatabase db = openStore();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QVERIFY(query.exec(u"SELECT s, d FROM t WHERE n = 1"_s));
    QVERIFY(query.next());
    RowReader reader(query);
    const QString state = reader.view(0).toString();
    QCOMPARE(reader.view(1).toString(), u"2026-03-02"_s);
    QCOMPARE(state, u"afgerond"_s);
}

void tst_RowReader::followsTheQueryFromRowToRow()
{
    const QSqlDatabase db = openStore();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QVERIFY(query.exec(u"SELECT n FROM t WHERE typeof(n) = 'integer' ORDER BY n"_s));
    const RowReader reader(query); // made before the first row
    QList<qint64> read;
    while (query.next())
        read << reader.integer(0);
    QCOMPARE(read, (QList<qint64> { -9, 1, 3 }));
}

// The reader reads SQLite's value only where data() would: a forward-only row still in the
// statement, numbers not narrowed; not before the first row, nor after the last, nor on a
// scrollable query (whose rows are copies).
void tst_RowReader::onlyAForwardOnlyRowIsReadFromTheStatement()
{
    const QSqlDatabase db = openStore();
    const auto statementValue = [](const QSqlQuery &query, int column) {
        return static_cast<const pd::sql::SqlCipherResult *>(query.result())->rowValue(column)
            != nullptr;
    };
    QSqlQuery forward(db);
    forward.setForwardOnly(true);
    QVERIFY(forward.exec(u"SELECT n, s FROM t ORDER BY rowid"_s));
    QVERIFY(!statementValue(forward, 0));
    QVERIFY(forward.next());
    QVERIFY(statementValue(forward, 0));
    QVERIFY(statementValue(forward, 1));
    QVERIFY(!statementValue(forward, 2));
    QVERIFY(!statementValue(forward, -1));
    while (forward.next()) { }
    QVERIFY(!statementValue(forward, 0));

    QSqlQuery scrollable(db);
    QVERIFY(scrollable.exec(u"SELECT n, s FROM t ORDER BY rowid"_s));
    QVERIFY(scrollable.next());
    QVERIFY(!statementValue(scrollable, 0));

    QSqlQuery narrowed(db);
    narrowed.setForwardOnly(true);
    narrowed.setNumericalPrecisionPolicy(QSql::LowPrecisionInt32);
    QVERIFY(narrowed.exec(u"SELECT n, s FROM t ORDER BY rowid"_s));
    QVERIFY(narrowed.next());
    QVERIFY(!statementValue(narrowed, 0));
}

void tst_RowReader::readsAServerRowAsQSqlQueryValue_data()
{
    readsAsQSqlQueryValue_data();
}

// Texts (text, varchar; empty, NULL, beyond ASCII), integers of each width (NULL, negative,
// the largest int8) and what QSqlQuery::value converts (a bool, a numeric, a date, a number
// as text), on every row, forward-only (libpq's single-row mode), scrollable and narrowed.
void tst_RowReader::readsAServerRowAsQSqlQueryValue()
{
    QFETCH(Cursor, cursor);
    pd::test::PostgresCluster cluster;
    QString error;
    QVERIFY2(cluster.start(&error), qPrintable(error));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"rowreader-server"_s);
        db.setHostName(cluster.socketDir());
        db.setPort(cluster.port());
        db.setUserName(pd::test::PostgresCluster::superuser());
        db.setDatabaseName(u"postgres"_s);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        query.setForwardOnly(cursor != Cursor::Scrollable);
        if (cursor == Cursor::Narrowed)
            query.setNumericalPrecisionPolicy(QSql::LowPrecisionInt32);
        QVERIFY2(query.exec(u"SELECT * FROM (VALUES "
                            "('afgerond'::text, 'x'::varchar, 1::int8, 2::int4, 3::int2, true, "
                            "1.5::numeric, '2026-03-02'::date, '42'::text), "
                            "(NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL), "
                            "('', '', -9, -2147483648, -32768, false, 0, NULL, ''), "
                            "('Zoë Çelik 😀', 'Jan', 9223372036854775807, "
                            "2147483647, 32767, NULL, -3.75, '1999-12-31', '-7')) AS t"_s),
                 qPrintable(query.lastError().text()));
        RowReader reader(query);
        int row = 0;
        while (query.next()) {
            // What the reader takes the row from (QPSQLResult::handle).
            const QByteArray handle = query.result()->handle().typeName();
            QVERIFY2(handle == "PGresult*" || handle == "pg_result*", handle.constData());
            compareRow(reader, query, row, 9);
            if (QTest::currentTestFailed())
                return;
            ++row;
        }
        QVERIFY(!query.lastError().isValid());
        QCOMPARE(row, 4);
    }
    QSqlDatabase::removeDatabase(u"rowreader-server"_s);
}

QTEST_GUILESS_MAIN(tst_RowReader)
#include "tst_rowreader.moc"
