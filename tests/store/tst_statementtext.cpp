// A statement with its values written in (sql/StatementText): on a server store every
// statements::run sends one statement instead of PREPARE, EXECUTE and DEALLOCATE. It must find
// exactly the placeholders QPSQL's prepare finds, and give the server exactly what a prepared
// statement stores: the same value, the same NULL, whatever a value holds (quotes, backslashes,
// a "?" or a comment inside it, bytes, dates). A statement a server connection runs again is kept
// prepared in its session (sql/ServerStatements) and run as EXECUTE with the same literals: the
// differential test covers both (its first row is written in, the others executed).

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "sql/Dialect.h"
#include "sql/StatementText.h"
#include "store/Statements.h"
#include "store/Store.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

Q_DECLARE_METATYPE(QList<qsizetype>)

namespace {

// The columns the differential test writes: one of each type the store's tables use.
constexpr auto columns = "t text, b bytea, i bigint, f double precision, y boolean, d date, "
                         "s timestamptz";

// A value of each column, bound as a repository binds it.
QVariantList awkwardRow(int n)
{
    const QList<QString> texts = { QString(),
                                   u""_s,
                                   u"it's"_s,
                                   u"''"_s,
                                   u"\\"_s,
                                   u"a\\'b"_s,
                                   u"?"_s,
                                   u"-- ?"_s,
                                   u"/* ? */"_s,
                                   u"$$ ? $$"_s,
                                   u"$1"_s,
                                   u"x'); DROP TABLE awkward; --"_s,
                                   u"Ééntje 🙂 \u00A0\u200B"_s,
                                   u"line\nbreak\ttab\r"_s,
                                   QString(100000, u'\'') };
    const QList<QByteArray> bytes
        = { QByteArray(), QByteArray(""), QByteArray("\0\x01'\\\xff", 5), QByteArray(70000, '\\') };
    const QList<QVariant> whole = { QVariant(),  QVariant(QMetaType::fromType<qint64>()), qint64(0),
                                    qint64(-42), std::numeric_limits<qint64>::max(),      42 };
    const QList<QVariant> reals = { QVariant(), 0.1, -1.5e300, 3.0 };
    const QList<QVariant> truths = { QVariant(), true, false };
    const QList<QVariant> dates
        = { QVariant(QDate()), QDate(2026, 2, 29 - 1), QDate(1, 1, 1), QVariant() };
    const QList<QVariant> moments
        = { QVariant(QDateTime()), QDateTime(QDate(2026, 11, 26), QTime(2, 3, 4, 5), Qt::UTC),
            QDateTime(QDate(2026, 3, 29), QTime(2, 30), QTimeZone("Europe/Amsterdam")),
            QVariant() };
    return { texts.at(n % texts.size()),    QVariant(bytes.at(n % bytes.size())),
             whole.at(n % whole.size()),    reals.at(n % reals.size()),
             truths.at(n % truths.size()),  dates.at(n % dates.size()),
             moments.at(n % moments.size()) };
}

// The row as read back: each value with its type and whether it is NULL.
QString described(const QSqlQuery &query)
{
    QStringList parts;
    for (int c = 0; c < query.record().count(); ++c) {
        const QVariant value = query.value(c);
        parts << (query.isNull(c)
                      ? u"NULL"_s
                      : u"%1:%2"_s.arg(QString::fromLatin1(value.typeName()),
                                       value.typeId() == QMetaType::QByteArray
                                           ? QString::fromLatin1(value.toByteArray().toHex())
                                           : value.toString()));
    }
    return parts.join(u" | "_s);
}

// How many statements the connection's session keeps prepared whose text holds part (always 0
// on a store folder, which keeps none on the server's side).
int preparedWith(const QSqlDatabase &db, const QString &part)
{
    if (!sql::isServer(db))
        return 0;
    QSqlQuery query(db);
    query.prepare(u"SELECT count(*) FROM pg_prepared_statements WHERE strpos(statement, ?) > 0"_s);
    query.addBindValue(part);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestStatementText final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void placeholders_data();
    void placeholders();
    void countMustMatch();

    void serverStoresWhatAPreparedStatementStores();
    void aValueCannotEndTheStatement();
    void aStatementRunAgainIsPreparedOnce();
    void aQueryRunAgainBindsEveryValueAnew();
    void aStatementTheServerCannotPrepareStillRuns();
    void aRollbackKeepsThePreparedStatement();

private:
    QTemporaryDir m_tmp;
};

void TestStatementText::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY(initSodium());
    qInfo("backend: %s", qPrintable(backendName()));
}

void TestStatementText::placeholders_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QList<qsizetype>>("positions");
    QTest::newRow("plain") << u"SELECT ? + ?"_s << QList<qsizetype> { 7, 11 };
    QTest::newRow("in a text") << u"SELECT '?', ?"_s << QList<qsizetype> { 12 };
    QTest::newRow("doubled quote") << u"SELECT 'it''s ?' || ?"_s << QList<qsizetype> { 20 };
    QTest::newRow("identifier") << u"SELECT \"a?\" FROM t WHERE x = ?"_s << QList<qsizetype> { 29 };
    QTest::newRow("line comment") << u"SELECT ? -- why?\n, ?"_s << QList<qsizetype> { 7, 19 };
    QTest::newRow("block comment") << u"SELECT /* ? */ ?"_s << QList<qsizetype> { 15 };
    QTest::newRow("dollar quote") << u"SELECT $$?$$, $q$ ? $q$, ?"_s << QList<qsizetype> { 25 };
    QTest::newRow("positional $1") << u"SELECT $1, ?"_s << QList<qsizetype> { 11 };
    QTest::newRow("cast") << u"SELECT ?::text"_s << QList<qsizetype> { 7 };
    QTest::newRow("unclosed text") << u"SELECT ?, 'abc ?"_s << QList<qsizetype> { 7 };
    QTest::newRow("none") << u"SELECT 1"_s << QList<qsizetype> {};
}

void TestStatementText::placeholders()
{
    QFETCH(QString, sql);
    QFETCH(QList<qsizetype>, positions);
    QCOMPARE(sql::placeholderPositions(sql), positions);
}

// A statement whose placeholders are not its values is not written: the caller prepares it, and
// the server says what is wrong.
void TestStatementText::countMustMatch()
{
    const std::unique_ptr<Store> store = createServiceStore(m_tmp.filePath(u"tel"_s));
    QVERIFY(store);
    const QSqlDriver &driver = *store->database().driver();
    QVERIFY(!sql::withLiterals(driver, u"SELECT ?, ?"_s, { 1 }));
    QVERIFY(!sql::withLiterals(driver, u"SELECT ?"_s, { 1, 2 }));
    QCOMPARE(sql::withLiterals(driver, u"SELECT '?'"_s, {}), u"SELECT '?'"_s);
    QCOMPARE(sql::withLiterals(driver, u"SELECT ?, ?"_s, { 1, u"a'b"_s }), u"SELECT 1, 'a''b'"_s);
}

// The differential test: the same rows written once through a prepared statement (QPSQL's
// PREPARE and EXECUTE) and once through statements::run, read back alike. On a store folder
// statements::run prepares; the test then shows that nothing changed there.
void TestStatementText::serverStoresWhatAPreparedStatementStores()
{
    const std::unique_ptr<Store> store = createServiceStore(m_tmp.filePath(u"verschil"_s));
    QVERIFY(store);
    QSqlDatabase db = store->database();
    QSqlQuery setup(db);
    const QString table = sql::temporaryTable(db, u"awkward"_s);
    QVERIFY2(setup.exec(u"CREATE TEMPORARY TABLE awkward (n integer, how text, %1)"_s.arg(
                 QString::fromLatin1(sql::isServer(db) ? columns : "t, b, i, f, y, d, s"))),
             qPrintable(setup.lastError().text()));
    const QString insert = u"INSERT INTO %1 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(table);
    for (int n = 0; n < 60; ++n) {
        const QVariantList row
            = QVariantList { n } + QVariantList { u"prepared"_s } + awkwardRow(n);
        QSqlQuery prepared(db);
        QVERIFY(prepared.prepare(insert));
        for (const QVariant &value : row)
            prepared.addBindValue(value);
        QVERIFY2(prepared.exec(), qPrintable(prepared.lastError().text()));
        QSqlQuery written(db);
        ServiceError error;
        QVERIFY2(statements::run(written, insert,
                                 QVariantList { n } + QVariantList { u"written"_s } + awkwardRow(n),
                                 &error),
                 qPrintable(error.message));
    }
    // On a server the 59 rows after the first went through the prepared statement.
    QCOMPARE(preparedWith(db, u"INSERT INTO %1 VALUES ($1, $2"_s.arg(table)),
             sql::isServer(db) ? 1 : 0);
    QSqlQuery read(db);
    for (int n = 0; n < 60; ++n) {
        QStringList seen;
        for (const QString &how : { u"prepared"_s, u"written"_s }) {
            QVERIFY(read.prepare(
                u"SELECT t, b, i, f, y, d, s FROM %1 WHERE n = ? AND how = ?"_s.arg(table)));
            read.addBindValue(n);
            read.addBindValue(how);
            QVERIFY2(read.exec(), qPrintable(read.lastError().text()));
            QVERIFY(read.next());
            seen << described(read);
        }
        QCOMPARE(seen.at(1), seen.at(0));
    }
}

// A value is only ever a value: one that looks like the end of the statement and another
// statement is stored as it is, and the table is still there.
void TestStatementText::aValueCannotEndTheStatement()
{
    const std::unique_ptr<Store> store = createServiceStore(m_tmp.filePath(u"injectie"_s));
    QVERIFY(store);
    QSqlDatabase db = store->database();
    const QString evil = u"x'); DELETE FROM users; --"_s;
    const int users = countRows(db, u"users"_s);
    QVERIFY(users > 0);
    QSqlQuery query(db);
    ServiceError error;
    QVERIFY2(statements::run(query, u"SELECT ?, ? -- ?\n"_s, { evil, u"\\'; DELETE FROM users"_s },
                             &error),
             qPrintable(error.message));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), evil);
    QCOMPARE(query.value(1).toString(), u"\\'; DELETE FROM users"_s);
    QCOMPARE(countRows(db, u"users"_s), users);
}

// Run three times, a statement is prepared once, at its second run, and gives each run's answer.
void TestStatementText::aStatementRunAgainIsPreparedOnce()
{
    const std::unique_ptr<Store> store = createServiceStore(m_tmp.filePath(u"opnieuw"_s));
    QVERIFY(store);
    QSqlDatabase db = store->database();
    const QString statement = u"SELECT count(*), ? FROM users WHERE login <> ?"_s;
    const int users = countRows(db, u"users"_s);
    for (const QString &login : { test::testUser, u"niemand"_s, u"o'brien"_s }) {
        QSqlQuery query(db);
        ServiceError error;
        QVERIFY2(statements::run(query, statement, { login, login }, &error),
                 qPrintable(error.message));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), login == test::testUser ? users - 1 : users);
        QCOMPARE(query.value(1).toString(), login);
    }
    QCOMPARE(preparedWith(db, u"FROM users WHERE login <> $2"_s), sql::isServer(db) ? 1 : 0);
}

// sql::executeAgain (the pages of a listing): one query run again with other values
// answers for those values, none of a run before left bound (a NULL after a text, fewer rows
// after more), and another statement on the same query is prepared in its place.
void TestStatementText::aQueryRunAgainBindsEveryValueAnew()
{
    const std::unique_ptr<Store> store = createServiceStore(m_tmp.filePath(u"weer"_s));
    QVERIFY(store);
    QSqlDatabase db = store->database();
    const int users = countRows(db, u"users"_s);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString prepared;
    const QString statement = u"SELECT count(*), ? FROM users WHERE login <> ?"_s;
    const QVariant none { QMetaType(QMetaType::QString) };
    const QList<QVariantList> runs
        = { { u"a"_s, test::testUser }, { none, u"niemand"_s }, { u"o'brien"_s, test::testUser } };
    for (const QVariantList &values : runs) {
        QVERIFY2(sql::executeAgain(query, &prepared, statement, values),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), values.at(1) == test::testUser ? users - 1 : users);
        QCOMPARE(query.value(1).isNull(), values.at(0).isNull());
        QCOMPARE(query.value(1).toString(), values.at(0).toString());
        query.finish();
    }
    QVERIFY(sql::executeAgain(query, &prepared, u"SELECT ?, ?"_s, { 1, u"twee"_s }));
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), u"twee"_s);
    QCOMPARE(prepared, sql::isServer(db) ? QString() : u"SELECT ?, ?"_s);
}

// "SELECT ? IS NULL": no type decides the placeholder's, so the server refuses to prepare it.
// Inside a transaction the refusal must not abort it: each run answers, and the transaction
// still writes and commits.
void TestStatementText::aStatementTheServerCannotPrepareStillRuns()
{
    const std::unique_ptr<Store> store = createServiceStore(m_tmp.filePath(u"weigert"_s));
    QVERIFY(store);
    QSqlDatabase db = store->database();
    QSqlQuery setup(db);
    QVERIFY(setup.exec(u"CREATE TEMPORARY TABLE notes (n integer)"_s));
    QVERIFY(sql::beginTransaction(db));
    const QList<QVariant> values = { QVariant(), u"x"_s, QVariant(), u"y"_s };
    for (const QVariant &value : values) {
        QSqlQuery query(db);
        QVERIFY2(sql::execute(query, u"SELECT ? IS NULL"_s, { value }),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toBool(), value.isNull());
    }
    QSqlQuery write(db);
    QVERIFY2(sql::execute(write,
                          u"INSERT INTO %1 VALUES (?)"_s.arg(sql::temporaryTable(db, u"notes"_s)),
                          { 7 }),
             qPrintable(write.lastError().text()));
    QVERIFY2(sql::commitTransaction(db), qPrintable(db.lastError().text()));
    QCOMPARE(countRows(db, sql::temporaryTable(db, u"notes"_s)), 1);
    QCOMPARE(preparedWith(db, u"IS NULL"_s), 0);
}

// A prepared statement belongs to the session: prepared inside a transaction that is rolled
// back, it still runs afterwards.
void TestStatementText::aRollbackKeepsThePreparedStatement()
{
    const std::unique_ptr<Store> store = createServiceStore(m_tmp.filePath(u"terug"_s));
    QVERIFY(store);
    QSqlDatabase db = store->database();
    const QString statement = u"SELECT ? || '-' || count(*) FROM users"_s;
    const QString users = QString::number(countRows(db, u"users"_s));
    QVERIFY(sql::beginTransaction(db));
    for (int run = 0; run < 2; ++run) {
        QSqlQuery query(db);
        QVERIFY2(sql::execute(query, statement, { u"in"_s }), qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"in-"_s + users);
    }
    QVERIFY(sql::rollbackTransaction(db));
    QSqlQuery after(db);
    QVERIFY2(sql::execute(after, statement, { u"na"_s }), qPrintable(after.lastError().text()));
    QVERIFY(after.next());
    QCOMPARE(after.value(0).toString(), u"na-"_s + users);
    QCOMPARE(preparedWith(db, u"|| '-' || count(*) FROM users"_s), sql::isServer(db) ? 1 : 0);
}

QTEST_GUILESS_MAIN(TestStatementText)
#include "tst_statementtext.moc"
