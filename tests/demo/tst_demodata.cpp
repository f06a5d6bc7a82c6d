// The demo store looks like a real corporation's: every request's events are in the
// order they happened (received, identification, extension, completion, art. 19 notifications,
// notes), on days that agree with the dates recorded, never after the demo's today; a few
// requests are late, by days or weeks, never by months; and the art. 30 activities are filed
// under the main purpose their content belongs to.

#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "cases/CaseService.h"
#include "demo/DemoData.h"
#include "registers/Disclosures.h"
#include "registers/ProcessingRegister.h"
#include "session/Session.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

// At most this late, on either clock: a real office is sometimes weeks late, never months.
constexpr int maxDaysLate = 42;

// The order of a request's life; other actions (notes, files) may come anywhere after receipt.
const QStringList lifeOrder { u"case.created"_s,
                              u"case.identification_requested"_s,
                              u"case.identification_received"_s,
                              u"case.extended"_s,
                              u"case.completed"_s,
                              u"case.art19_notified"_s };

} // namespace

class TestDemoData final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void requestsLookReal_data();
    void requestsLookReal();
    void activitiesUnderTheirMainPurpose();
};

void TestDemoData::initTestCase()
{
    // A computer zone far from Amsterdam's (UTC+14): the demo's days and moments are the
    // organisation's, whatever zone the computer is set to.
    test::setComputerTimeZone(test::farZone);
}

void TestDemoData::requestsLookReal_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<QDate>("today");
    QTest::newRow("default seed") << quint32(20261121) << QDate(2026, 11, 21);
    QTest::newRow("other seed, new year") << quint32(7) << QDate(2027, 1, 4);
}

void TestDemoData::requestsLookReal()
{
    QFETCH(quint32, seed);
    QFETCH(QDate, today);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StoreCreateOptions options;
    options.demo = true;
    options.kdf = KdfParams::minimum();
    StoreError storeError;
    QString recovery;
    const auto store
        = Store::create(dir.filePath(u"demo"_s), test::testUser,
                        SecureBytes::fromUtf8(test::testPassword), options, &recovery, &storeError);
    QVERIFY2(store, qPrintable(storeError.message()));
    QString error;
    QVERIFY2(DemoData::generate(*store, { .cases = 300, .seed = seed, .today = today }, {}, &error),
             qPrintable(error));

    const FixedClock clock(QDateTime(today, QTime(12, 0), organisationTimeZone()));
    const CaseService cases(Session { *store, clock });
    const AuditLog audit(store->database(), store->info().storeId.toString(QUuid::WithoutBraces));
    QStringList numbers;
    QSqlQuery query(store->database());
    QVERIFY(query.exec(u"SELECT number FROM cases ORDER BY id"_s));
    while (query.next())
        numbers << query.value(0).toString();
    QCOMPARE(numbers.size(), 300);

    int late = 0;
    int worst = 0;
    int told = 0;
    for (const QString &number : std::as_const(numbers)) {
        const std::optional<Case> c = cases.find(number);
        QVERIFY(c);
        const QList<AuditEvent> events = audit.eventsFor(u"case"_s, number);
        QVERIFY2(!events.isEmpty(), qPrintable(number));
        QCOMPARE(events.first().action, u"case.created"_s);
        QDateTime previous;
        int stage = 0;
        for (const AuditEvent &event : events) {
            const QString where
                = number + u' ' + event.action + u' ' + event.occurredAt.toString(Qt::ISODate);
            // In time order, and in the order of a request's life.
            QVERIFY2(!previous.isValid() || previous <= event.occurredAt, qPrintable(where));
            previous = event.occurredAt;
            const qsizetype at = lifeOrder.indexOf(event.action);
            if (at >= 0) {
                QVERIFY2(at >= stage, qPrintable(where));
                stage = static_cast<int>(at);
            }
            const QDate day = event.occurredAt.toTimeZone(organisationTimeZone()).date();
            QVERIFY2(day >= c->receivedDate && day <= today, qPrintable(where));
            told += event.action == u"case.art19_notified"_s ? 1 : 0;
        }
        // The dates recorded agree with that order.
        const Identification &id = c->identification;
        if (id.requested.isValid())
            QVERIFY2(id.requested >= c->receivedDate, qPrintable(number));
        if (id.received.isValid())
            QVERIFY2(id.received >= std::max(c->receivedDate, id.requested), qPrintable(number));
        if (c->extended)
            QVERIFY2(c->extensionNotified >= std::max(c->receivedDate, id.received),
                     qPrintable(number));
        if (c->answeredOn.isValid()) {
            QVERIFY2(c->answeredOn
                         >= std::max({ c->receivedDate, id.received, c->extensionNotified }),
                     qPrintable(number));
            QVERIFY2(c->answeredOn <= today, qPrintable(number));
        }

        // Late as a real office is: sometimes, by days or weeks.
        const Lateness lateness = Lateness::of(*c, cases.deadlines(*c, nullptr).value(), today);
        const int days = std::max(lateness.legalDays, lateness.policyDays);
        QVERIFY2(days <= maxDaysLate,
                 qPrintable(u"%1 is %2 days late (%3)"_s.arg(number).arg(days).arg(
                     isOpen(c->state) ? u"open"_s : u"answered"_s)));
        worst = std::max(worst, days);
        late += lateness.late() ? 1 : 0;
    }
    // A few, not none and not many.
    QVERIFY2(late >= 3, qPrintable(QString::number(late)));
    QVERIFY2(late <= numbers.size() / 10, qPrintable(QString::number(late)));
    // The art. 19 checklist has been worked on in the demo as well.
    QVERIFY(told > 0);
    qInfo("%d of %d requests late, the latest by %d days; %d recipients told (art. 19)", late,
          static_cast<int>(numbers.size()), worst, told);
}

// Each activity sits under the main purpose its content belongs to: services to tenants and
// house-seekers (A), research (B), fighting fraud and crime (C), legal disputes (D).
void TestDemoData::activitiesUnderTheirMainPurpose()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StoreCreateOptions options;
    options.demo = true;
    options.kdf = KdfParams::minimum();
    StoreError storeError;
    QString recovery;
    const auto store
        = Store::create(dir.filePath(u"demo"_s), test::testUser,
                        SecureBytes::fromUtf8(test::testPassword), options, &recovery, &storeError);
    QVERIFY2(store, qPrintable(storeError.message()));
    QString error;
    QVERIFY2(DemoData::generate(*store, { .cases = 5, .seed = 1, .today = QDate(2026, 11, 21) }, {},
                                &error),
             qPrintable(error));
    const QHash<QString, QString> expected {
        { u"Inschrijving woningzoekenden"_s, u"A"_s },
        { u"Huurovereenkomsten"_s, u"A"_s },
        { u"Klantcontact en huurdersportaal"_s, u"A"_s },
        { u"Huurincasso en financiële administratie"_s, u"A"_s },
        { u"Reparatieverzoeken en planmatig onderhoud"_s, u"A"_s },
        // Early warning of arrears is a statutory service to the tenant (Wgs art. 3a), and
        // nuisance and care signals are social management: neither is crime fighting.
        { u"Vroegsignalering huurachterstand"_s, u"A"_s },
        { u"Overlastdossiers en zorgsignalen"_s, u"A"_s },
        { u"Inloggen huurdersportaal"_s, u"A"_s },
        { u"Klanttevredenheidsonderzoek (enquêtes)"_s, u"B"_s },
        { u"Woonfraude en hennepteelt"_s, u"C"_s },
        { u"Cameratoezicht complexen"_s, u"C"_s },
        { u"Juridische dossiers"_s, u"D"_s },
    };
    const QHash<QString, QString> purposes { { u"A"_s, u"Leveren van diensten"_s },
                                             { u"B"_s, u"Onderzoek en statistiek"_s },
                                             { u"C"_s, u"Bestrijden fraude en criminaliteit"_s },
                                             { u"D"_s, u"Juridische geschillen"_s } };
    const QList<ProcessingActivity> activities = ProcessingRegister(Session { *store }).list();
    QCOMPARE(activities.size(), expected.size());
    for (const ProcessingActivity &a : activities) {
        QVERIFY2(expected.contains(a.name), qPrintable(a.name));
        QCOMPARE(a.purposeCode, expected.value(a.name));
        QCOMPARE(a.purpose, purposes.value(a.purposeCode));
        QVERIFY2(a.subCode.startsWith(a.purposeCode + u'.'), qPrintable(a.subCode));
        QVERIFY2(ProcessingRegister::validate(a).isEmpty(), qPrintable(a.name));
        // Criminal data only where crime is fought or a dispute is handled.
        if (a.hasCriminalData())
            QVERIFY2(a.purposeCode == u"C"_s || a.purposeCode == u"D"_s, qPrintable(a.name));
    }
}

QTEST_MAIN(TestDemoData)
#include "tst_demodata.moc"
