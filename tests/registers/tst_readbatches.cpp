// Lists longer than SQLite's 999 bound variables, read whole: the disclosure list
// keeps the persons and data categories of every row after 1,200 rows were scrolled into view and
// reloaded at once, a person with 1,200 disclosures gets them all, a recipient search matching
// 1,200 recipients finds their disclosures, and the inzage review looks up 1,200 other people's
// names. And a read that fails is an error, never a shorter list: a broken table (renamed with
// raw SQL on the store's own connection) makes the list, the model and the review say so.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "documents/PersonReport.h"
#include "documents/PersonReview.h"
#include "registers/DisclosureListModel.h"
#include "registers/Disclosures.h"
#include "registers/DisclosuresPage.h"
#include "session/Session.h"
#include "sql/BatchedIn.h"
#include "sql/Dialect.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QApplication>
#include <QLabel>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using namespace pd::ui;

namespace {

constexpr int many = 1200;
const QDate today(2026, 11, 21);

// "Baaa", "Baab", ...: a capitalised word without digits, different for every i.
QString surname(int i)
{
    QString word = u"B"_s;
    for (int n = 0; n < 3; ++n) {
        word += QChar(u'a' + (i % 26));
        i /= 26;
    }
    return word;
}

bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

} // namespace

class TestReadBatches final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void forEachBatchReadsEveryChunk();
    void forEachBatchFailsWhole();
    void disclosureListKeepsDetailsThroughFetchMore();
    void forPersonWithManyDisclosures();
    void searchMatchingManyRecipients();
    void failedDetailsReadIsAnError();
    void reviewLooksUpManyNames();
    void reviewFailsWhenTheLookupFails();

private:
    // many persons "Karel <surname>", many recipients "Aannemer <surname>", and many disclosures,
    // disclosure i to recipient i about person i and the data subject m_subject, with two data
    // categories: raw SQL in one transaction (the services would take minutes for this).
    void fill();

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(today, QTime(12, 0), Qt::UTC) };
    qint64 m_subject = 0;
};

void TestReadBatches::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
}

void TestReadBatches::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    fill();
}

void TestReadBatches::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestReadBatches::fill()
{
    QSqlDatabase db = m_store->database();
    QVERIFY(db.transaction());
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    QVERIFY(exec(db,
                 u"INSERT INTO persons (id, name, relation, klantnummer, created_at, created_by) "
                 "VALUES (1, 'Wilma Hoekstra', 'huurder', 'K900000', ?, 'j.devries')"_s,
                 { now }));
    m_subject = 1;
    for (int i = 0; i < many; ++i) {
        const qint64 person = 10 + i;
        QVERIFY(exec(db,
                     u"INSERT INTO persons (id, name, relation, klantnummer, created_at, "
                     "created_by) VALUES (?, ?, 'huurder', ?, ?, 'j.devries')"_s,
                     { person, QString(u"Karel "_s + surname(i)), u"K%1"_s.arg(500000 + i), now }));
        QVERIFY(exec(db,
                     u"INSERT INTO recipients (id, name, category, role, created_at, created_by, "
                     "updated_at) VALUES (?, ?, 'aannemer', 'ontvanger', ?, 'j.devries', ?)"_s,
                     { 100 + i, QString(u"Aannemer "_s + surname(i)), now, now }));
        QVERIFY(
            exec(db,
                 u"INSERT INTO disclosures (id, disclosed_on, recipient_id, purpose, "
                 "legal_basis, informed, created_at, created_by, updated_at) VALUES (?, ?, ?, "
                 "'Reparatie', 'b', 'nog-te-doen', ?, 'j.devries', ?)"_s,
                 { 1000 + i, today.addDays(-(i % 300)).toString(Qt::ISODate), 100 + i, now, now }));
        QVERIFY(exec(db,
                     u"INSERT INTO disclosure_persons (disclosure_id, person_id) VALUES (?, ?), "
                     "(?, ?)"_s,
                     QVariantList { 1000 + i, person, 1000 + i, m_subject }));
        QVERIFY(exec(db,
                     u"INSERT INTO disclosure_data (disclosure_id, category) VALUES (?, 'naw'), "
                     "(?, 'contact')"_s,
                     QVariantList { 1000 + i, 1000 + i }));
    }
    QVERIFY(db.commit());
}

void TestReadBatches::forEachBatchReadsEveryChunk()
{
    QVariantList ids;
    for (int i = 0; i < many; ++i)
        ids << 1000 + i;
    QSet<qint64> seen;
    QSqlError error;
    QVERIFY(sql::forEachBatch(
        m_store->database(), u"SELECT id FROM disclosures WHERE id IN (%1) AND purpose = ?"_s, ids,
        [&seen](const QSqlQuery &query) { seen.insert(query.value(0).toLongLong()); }, &error, {},
        { u"Reparatie"_s }));
    QVERIFY2(!error.isValid(), qPrintable(error.text()));
    QCOMPARE(seen.size(), many);

    // The same list in one statement is what SQLite refuses: the reason for the batches. A
    // server takes it (PostgreSQL's limit is 65,535 values) and finds every row.
    QSqlQuery one(m_store->database());
    const bool prepared = one.prepare(
        u"SELECT id FROM disclosures WHERE id IN (%1)"_s.arg(sql::placeholders(ids.size())));
    for (const QVariant &id : std::as_const(ids))
        one.addBindValue(id);
    if (!sql::isServer(m_store->database())) {
        QVERIFY(!prepared || !one.exec());
        return;
    }
    QVERIFY2(prepared && one.exec(), qPrintable(one.lastError().text()));
    int rows = 0;
    while (one.next())
        ++rows;
    QCOMPARE(rows, many);
}

void TestReadBatches::forEachBatchFailsWhole()
{
    QVariantList ids;
    for (int i = 0; i < many; ++i)
        ids << 1000 + i;
    int rows = 0;
    QSqlError error;
    QVERIFY(!sql::forEachBatch(
        m_store->database(), u"SELECT id FROM no_such_table WHERE id IN (%1)"_s, ids,
        [&rows](const QSqlQuery &) { ++rows; }, &error));
    QVERIFY(error.isValid());
    QCOMPARE(rows, 0);
}

void TestReadBatches::disclosureListKeepsDetailsThroughFetchMore()
{
    DisclosureListModel model(Session { *m_store });
    QCOMPARE(model.totalCount(), many);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), many);
    QVERIFY(model.errorText().isEmpty());
    const auto everyRowComplete = [&model]() {
        for (int row = 0; row < model.rowCount(); ++row) {
            const Disclosure *d = model.rowAt(row);
            if (!d || d->persons.size() != 2 || d->data.size() != 2) {
                qWarning("row %d lost its persons or data categories", row);
                return false;
            }
        }
        return true;
    };
    QVERIFY(everyRowComplete());
    // A reload reads what was in view at once: 1,200 rows, their details in batches.
    model.refresh();
    QCOMPARE(model.rowCount(), many);
    QVERIFY(model.errorText().isEmpty());
    QVERIFY(everyRowComplete());
    model.sort(DisclosureListModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), many);
    QVERIFY(everyRowComplete());
}

void TestReadBatches::forPersonWithManyDisclosures()
{
    ServiceError error;
    const QList<Disclosure> all
        = DisclosureService(Session { *m_store, m_clock }).forPerson(m_subject, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(all.size(), many);
    for (const Disclosure &d : all) {
        QCOMPARE(d.persons.size(), 2);
        QCOMPARE(d.data, (QList<DataCategory> { DataCategory::Naw, DataCategory::Contact }));
    }
}

void TestReadBatches::searchMatchingManyRecipients()
{
    const DisclosureService service(Session { *m_store, m_clock });
    DisclosureFilter filter;
    filter.search = u"aannemer"_s;
    ServiceError error;
    QCOMPARE(service.count(filter, &error), many);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    const QList<Disclosure> page = service.page(filter, 0, many, true, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(page.size(), many);
}

void TestReadBatches::failedDetailsReadIsAnError()
{
    QVERIFY(renameTable(m_store->database(), u"disclosure_data"_s, u"gone"_s));
    const DisclosureService service(Session { *m_store, m_clock });
    ServiceError error;
    QCOMPARE(service.count({}, &error), many); // the count needs no details
    const QList<Disclosure> page = service.page({}, 0, 10, true, &error);
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY(page.isEmpty());
    QVERIFY(!service.find(1000, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    service.forPerson(m_subject, &error);
    QCOMPARE(error.code, ServiceError::Code::Storage);

    // The model and the page say that the list could not be read, not "no disclosures".
    DisclosureListModel model(Session { *m_store });
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.errorText().startsWith(u"The list could not be read: "_s));
    DisclosuresPage page2(Session { *m_store });
    const QList<QLabel *> labels = page2.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->text().startsWith(u"The list could not be read: "_s);
    }));
    QVERIFY(std::none_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->text().contains(u"No disclosures"_s);
    }));
    QVERIFY(renameTable(m_store->database(), u"gone"_s, u"disclosure_data"_s));
}

void TestReadBatches::reviewLooksUpManyNames()
{
    PersonReport report;
    report.person.id = m_subject;
    report.person.name = u"Wilma Hoekstra"_s;
    for (int i = 0; i < many; ++i)
        report.notes.append({ i + 1, u"AVG-2026-0001"_s, m_clock.now(),
                              u"Gesprek met Karel %1 over de sleutel."_s.arg(surname(i)) });
    ServiceError error;
    const auto findings = PersonReview(Session { *m_store }).findings(report, &error);
    QVERIFY2(findings, qPrintable(error.message));
    int known = 0;
    for (const ReviewFinding &f : *findings)
        known += f.kind == ReviewFinding::Kind::KnownPerson ? 1 : 0;
    QCOMPARE(known, many);
}

void TestReadBatches::reviewFailsWhenTheLookupFails()
{
    PersonReport report;
    report.person.id = m_subject;
    report.person.name = u"Wilma Hoekstra"_s;
    report.notes.append({ 1, u"AVG-2026-0001"_s, m_clock.now(),
                          u"Gesprek met Karel %1 over de sleutel."_s.arg(surname(7)) });
    QVERIFY(renameTable(m_store->database(), u"persons"_s, u"gone"_s));
    ServiceError error;
    const auto findings = PersonReview(Session { *m_store }).findings(report, &error);
    QVERIFY(!findings);
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY(renameTable(m_store->database(), u"gone"_s, u"persons"_s));
    QVERIFY(PersonReview(Session { *m_store }).findings(report, &error));
}

QTEST_MAIN(TestReadBatches)
#include "tst_readbatches.moc"
