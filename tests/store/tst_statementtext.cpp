// A statement with its values written in (sql/StatementText, issue 42): on a server store every
// statements::run sends one statement instead of PREPARE, EXECUTE and DEALLOCATE. It must find
// exactly the placeholders QPSQL's prepare finds, and give the server exactly what a prepared
// statement stores: the same value, the same NULL, whatever a value holds (quotes, backslashes,
// a "?" or a comment inside it, bytes, dates).

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

QTEST_GUILESS_MAIN(TestStatementText)
#include "tst_statementtext.moc"
