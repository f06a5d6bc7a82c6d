// Intake drafts (the locked desk): a half-typed phone intake kept in the encrypted store
// when the desk locks, and a half-typed "Nieuw verzoek" beside it, each form offered
// its own. Only its author sees it; a field that may hold a BSN is never kept; saving
// and discarding are audited without the typed text; an auditor may not keep one.

#include "IntakeDraftSupport.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "cases/IntakeDrafts.h"
#include "session/Session.h"
#include "store/Store.h"
#include "users/UserService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

class TestIntakeDrafts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saveAndResume();
    void bsnNeverKept();
    void eachFormGetsItsOwnDrafts();
    void othersDoNotSeeIt();
    void auditorMayNotKeepDrafts();
    void removingAUserRemovesTheirDrafts();

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC) };
};

void TestIntakeDrafts::initTestCase()
{
    QVERIFY(initSodium());
    QVERIFY(m_tmp.isValid());
    m_store = createServiceStore(m_tmp.filePath(u"kluis"_s));
    QVERIFY(m_store);
    UserService users(*m_store, Session { *m_store, m_clock });
    UserError error;
    QVERIFY2(users.add(u"kcc.anna"_s, u"Anna"_s, Role::Kcc,
                       SecureBytes::fromUtf8(u"kcc wachtwoord 1"_s), &error),
             qPrintable(error.message));
    QVERIFY2(users.add(u"audit.bob"_s, u"Bob"_s, Role::Auditor,
                       SecureBytes::fromUtf8(u"audit wachtwoord 1"_s), &error),
             qPrintable(error.message));
}

void TestIntakeDrafts::saveAndResume()
{
    IntakeDrafts drafts(Session { *m_store, m_clock });
    QVERIFY(!latestCall(drafts));
    const QJsonObject fields { { u"name"_s, u"Fenna Wijnberg"_s },
                               { u"postcode"_s, u"9711AB"_s },
                               { u"types"_s, QJsonArray { u"inzage"_s, u"verwijdering"_s } },
                               { u"newPerson"_s, true } };
    QStringList dropped;
    ServiceError error;
    const qint64 first = drafts.save(IntakeDrafts::Form::PhoneIntake, fields, &dropped, &error);
    QVERIFY2(first > 0, qPrintable(error.message));
    QVERIFY(dropped.isEmpty());
    m_clock.advanceSecs(60);
    const qint64 second = drafts.save(IntakeDrafts::Form::PhoneIntake,
                                      { { u"name"_s, u"Later"_s } }, &dropped, &error);
    QVERIFY2(second > first, qPrintable(error.message));
    QCOMPARE(drafts.count(), 2);

    // The newest comes back first, whole.
    auto latest = latestCall(drafts);
    QVERIFY(latest);
    QCOMPARE(latest->id, second);
    QVERIFY2(drafts.discard(second, &error), qPrintable(error.message));
    latest = latestCall(drafts);
    QVERIFY(latest);
    QCOMPARE(latest->id, first);
    QCOMPARE(latest->fields, fields);
    QCOMPARE(latest->savedAt, m_clock.now().addSecs(-60));
    QVERIFY2(drafts.discard(first, &error), qPrintable(error.message));
    QVERIFY(!latestCall(drafts));
    QVERIFY(!drafts.discard(first, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);

    // Audited, by field name only: the typed text is not in the trail.
    AuditLog log(m_store->database(), m_store->info().storeId.toString(QUuid::WithoutBraces));
    const QList<AuditEvent> events = log.eventsFor(u"intake_draft"_s, QString::number(first));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).action, u"intake_draft.saved"_s);
    QCOMPARE(events.at(1).action, u"intake_draft.discarded"_s);
    QCOMPARE(events.at(0).actor, m_store->userName());
    const QString payload = QString::fromUtf8(QJsonDocument(events.at(0).payload).toJson());
    QVERIFY(payload.contains(u"name"_s));
    QVERIFY(!payload.contains(u"Fenna"_s));
    QVERIFY(!payload.contains(u"9711"_s));
    QVERIFY(log.verify().ok);
}

void TestIntakeDrafts::bsnNeverKept()
{
    IntakeDrafts drafts(Session { *m_store, m_clock });
    const QString bsn = elfProefNumber();
    QStringList dropped;
    ServiceError error;
    const qint64 id = drafts.save(IntakeDrafts::Form::PhoneIntake,
                                  { { u"name"_s, u"Joris Kalf"_s },
                                    { u"description"_s, u"Belt over zijn BSN %1"_s.arg(bsn) },
                                    { u"notes"_s, QJsonArray { u"ok"_s, bsn } } },
                                  &dropped, &error);
    QVERIFY2(id > 0, qPrintable(error.message));
    dropped.sort();
    QCOMPARE(dropped, QStringList({ u"description"_s, u"notes"_s }));
    const auto latest = latestCall(drafts);
    QVERIFY(latest);
    QCOMPARE(latest->fields.keys(), QStringList { u"name"_s });
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec(u"SELECT fields FROM intake_drafts"_s));
    while (query.next())
        QVERIFY(!query.value(0).toString().contains(bsn));
    QVERIFY(drafts.discard(id, &error));
}

// A new request's draft is not offered to the phone intake, nor the other way round;
// the newest of each form comes back.
void TestIntakeDrafts::eachFormGetsItsOwnDrafts()
{
    IntakeDrafts drafts(Session { *m_store, m_clock });
    ServiceError error;
    const qint64 call = drafts.save(IntakeDrafts::Form::PhoneIntake, { { u"name"_s, u"Beller"_s } },
                                    nullptr, &error);
    QVERIFY2(call > 0, qPrintable(error.message));
    m_clock.advanceSecs(30);
    const QJsonObject typed { { u"representative"_s, u"Sander de Groot"_s },
                              { u"representativeAddress"_s, u"Postbus 7, 6500 AA Nijmegen"_s },
                              { u"form"_s, u"typed over"_s } };
    const qint64 request = drafts.save(IntakeDrafts::Form::NewRequest, typed, nullptr, &error);
    QVERIFY2(request > call, qPrintable(error.message));

    // The phone intake gets its call, although the request's draft is newer.
    QCOMPARE(latestCall(drafts)->id, call);
    std::optional<IntakeDraft> found;
    QVERIFY2(drafts.latest(IntakeDrafts::Form::PhoneIntake, &found, &error),
             qPrintable(error.message));
    QCOMPARE(found->id, call);
    QCOMPARE(IntakeDrafts::formOf(*found), IntakeDrafts::Form::PhoneIntake);
    QVERIFY2(drafts.latest(IntakeDrafts::Form::NewRequest, &found, &error),
             qPrintable(error.message));
    QVERIFY(found);
    QCOMPARE(found->id, request);
    QCOMPARE(IntakeDrafts::formOf(*found), IntakeDrafts::Form::NewRequest);
    QCOMPARE(found->fields.value(u"representative"_s).toString(), u"Sander de Groot"_s);
    QCOMPARE(found->fields.value(u"representativeAddress"_s).toString(),
             u"Postbus 7, 6500 AA Nijmegen"_s);

    QVERIFY2(drafts.discard(call, &error), qPrintable(error.message));
    QVERIFY(!latestCall(drafts)); // none of the phone intake's left
    QVERIFY2(drafts.discard(request, &error), qPrintable(error.message));
    QVERIFY(drafts.latest(IntakeDrafts::Form::NewRequest, &found, &error));
    QVERIFY(!found);
}

void TestIntakeDrafts::othersDoNotSeeIt()
{
    IntakeDrafts mine(Session { *m_store, m_clock });
    ServiceError error;
    const qint64 id = mine.save(IntakeDrafts::Form::PhoneIntake,
                                { { u"name"_s, u"Alleen voor mij"_s } }, nullptr, &error);
    QVERIFY2(id > 0, qPrintable(error.message));
    const QString dir = m_store->directory();
    m_store.reset();

    StoreError storeError;
    auto asKcc = openServiceStore(dir, u"kcc.anna"_s, u"kcc wachtwoord 1"_s, &storeError);
    QVERIFY2(asKcc, qPrintable(storeError.detail()));
    IntakeDrafts theirs(Session { *asKcc, m_clock });
    QVERIFY(!latestCall(theirs));
    QCOMPARE(theirs.count(), 0);
    QVERIFY(!theirs.discard(id, &error)); // not theirs to throw away
    QCOMPARE(error.code, ServiceError::Code::NotFound);
    // A KCC agent keeps drafts of their own (they take the calls).
    const qint64 own = theirs.save(IntakeDrafts::Form::PhoneIntake, { { u"name"_s, u"Beller"_s } },
                                   nullptr, &error);
    QVERIFY2(own > 0, qPrintable(error.message));
    QCOMPARE(latestCall(theirs)->id, own);
    asKcc.reset();

    m_store = openServiceStore(dir, testUser, testPassword, &storeError);
    QVERIFY(m_store);
    QCOMPARE(latestCall(IntakeDrafts(Session { *m_store, m_clock }))->id, id);
}

void TestIntakeDrafts::auditorMayNotKeepDrafts()
{
    const QString dir = m_store->directory();
    m_store.reset();
    StoreError storeError;
    auto asAuditor = openServiceStore(dir, u"audit.bob"_s, u"audit wachtwoord 1"_s, &storeError);
    QVERIFY2(asAuditor, qPrintable(storeError.detail()));
    const int before = countRows(asAuditor->database(), u"intake_drafts"_s);
    ServiceError error;
    QCOMPARE(IntakeDrafts(Session { *asAuditor, m_clock })
                 .save(IntakeDrafts::Form::PhoneIntake, { { u"name"_s, u"x"_s } }, nullptr, &error),
             0);
    QCOMPARE(error.code, ServiceError::Code::Denied);
    QCOMPARE(countRows(asAuditor->database(), u"intake_drafts"_s), before);
    asAuditor.reset();
    m_store = openServiceStore(dir, testUser, testPassword, &storeError);
    QVERIFY(m_store);
}

void TestIntakeDrafts::removingAUserRemovesTheirDrafts()
{
    // kcc.anna kept a draft in othersDoNotSeeIt(); it goes with her, the beheerder's stay.
    QSqlQuery count(m_store->database());
    QVERIFY(count.exec(u"SELECT login, count(*) FROM intake_drafts GROUP BY login"_s));
    QMap<QString, int> before;
    while (count.next())
        before.insert(count.value(0).toString(), count.value(1).toInt());
    QCOMPARE(before.value(u"kcc.anna"_s), 1);
    QVERIFY(before.value(m_store->userName()) > 0);

    UserError error;
    QVERIFY2(UserService(*m_store, Session { *m_store, m_clock }).remove(u"kcc.anna"_s, &error),
             qPrintable(error.message));
    QVERIFY(count.exec(u"SELECT login, count(*) FROM intake_drafts GROUP BY login"_s));
    QMap<QString, int> after;
    while (count.next())
        after.insert(count.value(0).toString(), count.value(1).toInt());
    QVERIFY(!after.contains(u"kcc.anna"_s));
    QCOMPARE(after.value(m_store->userName()), before.value(m_store->userName()));
    const QList<AuditEvent> events
        = AuditLog(m_store->database(), m_store->info().storeId.toString(QUuid::WithoutBraces))
              .eventsFor(u"user"_s, u"kcc.anna"_s);
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.last().action, u"user.removed"_s);
    QCOMPARE(events.last().payload.value(u"intake_drafts_deleted"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestIntakeDrafts)
#include "tst_intakedrafts.moc"
