// Whether the connection is in a transaction (sql::isInTransaction) while a forward-only result
// is still being read, on both backends. On PostgreSQL libpq reports PQTRANS_ACTIVE
// then, not the transaction status: an audit event appended right after such a read inside a
// transaction was refused as "outside a transaction", and a pd::Transaction opened outside one
// could take the pending read for a transaction. Both must see what the connection really is in.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "crypto/SecureBytes.h"
#include "sql/Dialect.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <libpq-fe.h>
#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

// libpq's own answer on a server connection ("folder" on a store folder): proves that the
// situation under test is the one libpq cannot answer.
QString libpqStatus(const QSqlDatabase &db)
{
    if (!sql::isServer(db))
        return u"folder"_s;
    const QVariant handle = db.driver()->handle();
    PGconn *connection = *static_cast<PGconn *const *>(handle.data());
    switch (PQtransactionStatus(connection)) {
    case PQTRANS_IDLE:
        return u"idle"_s;
    case PQTRANS_ACTIVE:
        return u"active"_s;
    case PQTRANS_INTRANS:
        return u"intrans"_s;
    case PQTRANS_INERROR:
        return u"inerror"_s;
    case PQTRANS_UNKNOWN:
        break;
    }
    return u"unknown"_s;
}

} // namespace

class TestTransactionState final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pendingReadInsideATransaction();
    void pendingReadOutsideATransaction();
    void transactionOpenedDuringAPendingRead();
    void savepointKeepsTheTransaction();

private:
    AuditLog audit() const
    {
        return AuditLog(m_store->database(),
                        m_store->info().storeId.toString(QUuid::WithoutBraces));
    }
    int events() const { return countRows(m_store->database(), u"audit_events"_s); }

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
};

void TestTransactionState::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY(initSodium());
    qInfo("backend: %s", qPrintable(backendName()));
}

void TestTransactionState::init()
{
    static int n = 0;
    m_store = createServiceStore(m_tmp.filePath(u"kluis%1"_s.arg(++n)));
    QVERIFY(m_store);
}

void TestTransactionState::cleanup()
{
    m_store.reset();
}

// The hazard of read a row with a forward-only query inside a transaction, then record
// the event while the query still holds its result.
void TestTransactionState::pendingReadInsideATransaction()
{
    QSqlDatabase db = m_store->database();
    const int before = events();
    Transaction transaction(db);
    QVERIFY(transaction.isOpen());
    QVERIFY(sql::isInTransaction(db));
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QVERIFY2(read.exec(u"SELECT login FROM users ORDER BY login"_s),
             qPrintable(read.lastError().text()));
    QVERIFY(read.next());
    QCOMPARE(read.value(0).toString(), testUser);
    if (sql::isServer(db))
        QCOMPARE(libpqStatus(db), u"active"_s); // libpq cannot say
    QVERIFY(sql::isInTransaction(db));
    QString error;
    QVERIFY2(audit().append(testUser, u"test"_s, u"1"_s, u"test.read_then_written"_s, {}, &error),
             qPrintable(error));
    QVERIFY2(transaction.commit(), qPrintable(transaction.errorText()));
    QVERIFY(!sql::isInTransaction(db));
    QCOMPARE(events(), before + 1);
}

// Outside a transaction a pending read is no transaction: the event is refused, as it is without
// the read.
void TestTransactionState::pendingReadOutsideATransaction()
{
    QSqlDatabase db = m_store->database();
    const int before = events();
    QVERIFY(!sql::isInTransaction(db));
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QVERIFY2(read.exec(u"SELECT login FROM users ORDER BY login"_s),
             qPrintable(read.lastError().text()));
    QVERIFY(read.next());
    if (sql::isServer(db))
        QCOMPARE(libpqStatus(db), u"active"_s);
    QVERIFY(!sql::isInTransaction(db));
    QString error;
    QVERIFY(!audit().append(testUser, u"test"_s, u"1"_s, u"test.outside"_s, {}, &error));
    QVERIFY(error.contains(u"transaction"_s));
    read.finish();
    QCOMPARE(events(), before);

    // After a transaction that committed, and one that rolled back: no transaction either.
    for (const bool commit : { true, false }) {
        {
            Transaction transaction(db);
            QVERIFY(transaction.isOpen());
            if (commit)
                QVERIFY(transaction.commit());
        }
        QSqlQuery again(db);
        again.setForwardOnly(true);
        QVERIFY(again.exec(u"SELECT login FROM users ORDER BY login"_s));
        QVERIFY(again.next());
        QVERIFY2(!sql::isInTransaction(db), commit ? "after commit" : "after rollback");
    }
}

// A Transaction made while a read is pending outside a transaction begins one of its own (not a
// savepoint of a transaction that is not there), and its change commits.
void TestTransactionState::transactionOpenedDuringAPendingRead()
{
    QSqlDatabase db = m_store->database();
    const int before = events();
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QVERIFY(read.exec(u"SELECT login FROM users ORDER BY login"_s));
    QVERIFY(read.next());
    const QString login = read.value(0).toString();
    {
        Transaction transaction(db);
        QVERIFY2(transaction.isOpen(), qPrintable(transaction.errorText()));
        QVERIFY(sql::isInTransaction(db));
        QString error;
        QVERIFY2(audit().append(login, u"test"_s, u"2"_s, u"test.own_transaction"_s, {}, &error),
                 qPrintable(error));
        QVERIFY2(transaction.commit(), qPrintable(transaction.errorText()));
    }
    QVERIFY(!sql::isInTransaction(db));
    QCOMPARE(events(), before + 1);
    QVERIFY(audit().verify().ok);
}

// A nested unit (a savepoint) and a pending read inside it: still the outer transaction, and
// rolling the outer one back leaves nothing.
void TestTransactionState::savepointKeepsTheTransaction()
{
    QSqlDatabase db = m_store->database();
    const int before = events();
    {
        Transaction outer(db);
        QVERIFY(outer.isOpen());
        {
            Transaction inner(db);
            QVERIFY(inner.isOpen());
            QSqlQuery read(db);
            read.setForwardOnly(true);
            QVERIFY(read.exec(u"SELECT login FROM users ORDER BY login"_s));
            QVERIFY(read.next());
            QVERIFY(sql::isInTransaction(db));
            QString error;
            QVERIFY2(audit().append(testUser, u"test"_s, u"3"_s, u"test.nested"_s, {}, &error),
                     qPrintable(error));
            QVERIFY(inner.commit());
        }
        QVERIFY(sql::isInTransaction(db));
        QSqlQuery read(db);
        read.setForwardOnly(true);
        QVERIFY(read.exec(u"SELECT login FROM users ORDER BY login"_s));
        QVERIFY(read.next());
        QVERIFY(sql::isInTransaction(db));
        // outer goes out of scope without commit: rolled back
    }
    QVERIFY(!sql::isInTransaction(db));
    QCOMPARE(events(), before);
}

QTEST_GUILESS_MAIN(TestTransactionState)
#include "tst_transactionstate.moc"
