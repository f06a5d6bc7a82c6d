// The processor's report recorded after the breach was added (art. 33(2) AVG): the processor's
// notice starts the 72 hours unless the officer records why it did not make us aware, so the AP
// deadline is computed again from the first moment known, and one event keeps what was and what
// is. A notification to the AP that the earlier start makes late is refused without the
// reasons for the delay or the reason why the report did not count. On both backends.

#include "RecipientSupport.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "breaches/BreachService.h"
#include "crypto/SecureBytes.h"
#include "registers/Recipients.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Translations.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

QDateTime local(const QString &text)
{
    return BreachCodes::parseLocalMoment(text);
}

} // namespace

class TestBreachProcessorReport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void deadlineFromTheFirstMomentKnown();
    void lateNoticeNeedsAReason();

private:
    // A breach discovered on 29 October 2026 at 16:00 (deadline 1 November 16:00), assessed as
    // a risk, with "Hostingbedrijf" in the catalogue as a processor; empty on failure.
    QString added(bool notifiedAt1500);
    QList<AuditEvent> events(const QString &number) const
    {
        return AuditLog(m_store->database(), m_store->info().storeId.toString(QUuid::WithoutBraces))
            .eventsFor(u"breach"_s, number, MustRead());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC) };
    int m_storeCount = 0;
};

void TestBreachProcessorReport::initTestCase()
{
    QVERIFY(initSodium());
    QVERIFY(m_dir.isValid());
    QVERIFY(installTranslations(UiLanguage::English)); // "30 minutes", as the officer reads it
}

void TestBreachProcessorReport::init()
{
    m_store = createServiceStore(m_dir.filePath(u"kluis%1"_s.arg(++m_storeCount)));
    QVERIFY(m_store);
    QVERIFY(addRecipient(*m_store, m_clock, u"Hostingbedrijf"_s, RecipientCategory::Verwerker,
                         RecipientRole::Verwerker));
}

void TestBreachProcessorReport::cleanup()
{
    // On a server the new step changes only its own columns: no change taken for one by hand.
    if (m_store && m_store->isServer() && !QTest::currentTestFailed()) {
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(u"SELECT count(*) FROM audit_events WHERE action = 'sql.changed'"_s)
                && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    m_store.reset();
}

QString TestBreachProcessorReport::added(bool notifiedAt1500)
{
    Breach b;
    b.title = u"Back-up van het klantportaal onbeveiligd"_s;
    b.discoveredAt = local(u"2026-10-29T16:00"_s);
    b.natures = { BreachNature::Vertrouwelijkheid };
    b.data = { DataCategory::Naw };
    b.persons = 40;
    BreachService service(Session { *m_store, m_clock });
    ServiceError error;
    const auto stored = service.add(b, BsnCheck::Refuse, &error);
    if (!stored) {
        qWarning() << error.message;
        return {};
    }
    if (notifiedAt1500
        && !service.notifyAp(stored->number, local(u"2026-11-01T15:00"_s), u"M-2026-0040"_s, {},
                             BsnCheck::Refuse, &error)) {
        qWarning() << error.message;
        return {};
    }
    return stored->number;
}

// The processor told us at 14:30, before our own discovery at 16:00: recorded afterwards, the
// 72 hours run from 14:30 and the deadline is 1 November 14:30, not 16:00. Before, a breach
// could only get the processor's report when it was added (or from the desk's form).
void TestBreachProcessorReport::deadlineFromTheFirstMomentKnown()
{
    const QString number = added(false);
    QVERIFY(!number.isEmpty());
    BreachService service(Session { *m_store, m_clock });
    ServiceError error;
    BreachProcessorReport report;
    report.processor = u"hostingbedrijf"_s;
    report.toldAt = local(u"2026-10-29T14:30"_s);
    QVERIFY2(service.recordProcessorReport(number, report, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    auto b = service.get(number, &error);
    QVERIFY2(b, qPrintable(error.message));
    QVERIFY(b->clockFromProcessor());
    QCOMPARE(BreachCodes::isoLocal(b->clockStart()), u"2026-10-29T14:30:00+01:00"_s);
    QCOMPARE(BreachCodes::isoLocal(b->apDeadline()), u"2026-11-01T14:30:00+01:00"_s);
    QCOMPARE(breachToJson(*b, m_clock.now()).value(u"clock_start"_s).toString(),
             u"2026-10-29T14:30:00+01:00"_s);

    QList<AuditEvent> trail = events(number);
    QCOMPARE(trail.last().action, u"breach.processor-told"_s);
    const QJsonObject payload = trail.last().payload;
    QVERIFY(payload.value(u"old_processor_told_at"_s).isNull());
    QCOMPARE(payload.value(u"processor_told_at"_s).toString(), u"2026-10-29T13:30:00Z"_s);
    QCOMPARE(payload.value(u"old_clock_start"_s).toString(), u"2026-10-29T15:00:00Z"_s);
    QCOMPARE(payload.value(u"clock_start"_s).toString(), u"2026-10-29T13:30:00Z"_s);
    QCOMPARE(payload.value(u"old_ap_deadline"_s).toString(), u"2026-11-01T15:00:00Z"_s);
    QCOMPARE(payload.value(u"ap_deadline"_s).toString(), u"2026-11-01T13:30:00Z"_s);
    QVERIFY(payload.contains(u"processor_id"_s) && payload.value(u"old_processor_id"_s).isNull());

    // The reason why the report did not make us aware: the 72 hours run from the discovery.
    report = {};
    report.reason = u"De melding kwam in een mailbox die niemand las"_s;
    QVERIFY2(service.recordProcessorReport(number, report, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    b = service.get(number, &error);
    QVERIFY(b && !b->clockFromProcessor());
    QCOMPARE(BreachCodes::isoLocal(b->apDeadline()), u"2026-11-01T16:00:00+01:00"_s);
    trail = events(number);
    QCOMPARE(trail.last().payload.value(u"old_processor_told_reason"_s).toString(), QString());
    QCOMPARE(trail.last().payload.value(u"ap_deadline"_s).toString(), u"2026-11-01T15:00:00Z"_s);

    // The same again changes nothing and records nothing.
    const qsizetype before = trail.size();
    QVERIFY2(service.recordProcessorReport(number, report, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QCOMPARE(events(number).size(), before);

    // A reason where the report came after the discovery is refused, as at breach add.
    report = {};
    report.toldAt = local(u"2026-10-29T17:00"_s);
    QVERIFY(!service.recordProcessorReport(number, report, BsnCheck::Refuse, &error));
    QVERIFY2(error.message.contains(u"only when that report came before the moment of discovery"_s),
             qPrintable(error.message));
}

// Notified at 15:00 on 1 November: on time against the discovery (16:00), 30 minutes late
// against the processor's report (14:30). Recording the report without a reason for the delay,
// or for not counting the report, is refused; with either it is kept, and the notification is
// late or on time accordingly.
void TestBreachProcessorReport::lateNoticeNeedsAReason()
{
    const QString number = added(true);
    QVERIFY(!number.isEmpty());
    BreachService service(Session { *m_store, m_clock });
    ServiceError error;
    BreachProcessorReport report;
    report.processor = u"Hostingbedrijf"_s;
    report.toldAt = local(u"2026-10-29T14:30"_s);
    QVERIFY(!service.recordProcessorReport(number, report, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(error.message.contains(u"(01-11-2026 15:00) would then fall after the 72 hours "
                                    "(deadline 01-11-2026 14:30, 30 minutes late)"_s),
             qPrintable(error.message));
    auto b = service.get(number, &error);
    QVERIFY(b && !b->processorToldAt.isValid() && !b->apNotifiedLate());

    report.lateReason = u"Het formulier van de AP was niet bereikbaar"_s;
    QVERIFY2(service.recordProcessorReport(number, report, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    b = service.get(number, &error);
    QVERIFY(b && b->apNotifiedLate());
    QCOMPARE(b->apLateReason, u"Het formulier van de AP was niet bereikbaar"_s);
    QVERIFY(events(number).last().payload.value(u"ap_notified_late"_s).toBool());

    // The report did not make us aware after all: on time again, no delay left to explain.
    report = {};
    report.reason = u"De melding ging naar een oud adres"_s;
    QVERIFY2(service.recordProcessorReport(number, report, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    b = service.get(number, &error);
    QVERIFY(b && !b->apNotifiedLate() && b->apLateReason.isEmpty());
    QCOMPARE(events(number).last().payload.value(u"old_late_reason"_s).toString(),
             u"Het formulier van de AP was niet bereikbaar"_s);
}

QTEST_GUILESS_MAIN(TestBreachProcessorReport)
#include "tst_breachprocessorreport.moc"
