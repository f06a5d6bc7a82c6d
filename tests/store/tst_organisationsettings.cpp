// OrganisationSettings on a real encrypted store: defaults from the store, one audit event per
// changed value in the settings table, validation, the BSN guard on every free text (with a
// number computed at run time: 11-proef-valid literals belong only in files named *bsn*), and
// the deadline policy left to CaseService.

#include "OrganisationSupport.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "cases/CaseService.h"
#include "crypto/SecureBytes.h"
#include "organisation/OrganisationSettings.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

using pd::test::elfProefNumber;

} // namespace

class TestOrganisationSettings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void defaultsFromTheStore();
    void saveWritesChangedValuesWithOneEventEach();
    void savingTheSameIsNoChange();
    void validation_data();
    void validation();
    void bsnGuardAndOverride();
    void policyIsNotStoredHere();
    void securityPolicy();
    void phoneAndDataProtectionOfficer();

private:
    int events(const QString &action) const
    {
        return count(m_store->database(),
                     u"SELECT count(*) FROM audit_events WHERE action = '"_s + action + u"'"_s);
    }

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC) };
};

void TestOrganisationSettings::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
}

void TestOrganisationSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s), u"Woonstichting Proef"_s);
    QVERIFY(m_store);
}

void TestOrganisationSettings::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestOrganisationSettings::defaultsFromTheStore()
{
    const OrganisationSettings settings(Session { *m_store, m_clock });
    const OrganisationDetails details = settings.details();
    QCOMPARE(details.name, u"Woonstichting Proef"_s);
    QVERIFY(details.privacyEmail.isEmpty());
    QVERIFY(details.street.isEmpty());
    QVERIFY(!settings.changedAt(OrganisationSettings::keyName).isValid());
}

void TestOrganisationSettings::saveWritesChangedValuesWithOneEventEach()
{
    OrganisationSettings settings(Session { *m_store, m_clock });
    OrganisationDetails details = settings.details();
    details.privacyEmail = u"  privacy@proef.nl "_s;
    details.street = u"Stationsplein 1"_s;
    details.postcode = u"3511ab"_s;
    details.city = u"Utrecht"_s;
    ServiceError error;
    QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
    QCOMPARE(events(u"settings.changed"_s), 4); // the name did not change

    const OrganisationDetails stored
        = OrganisationSettings(Session { *m_store, m_clock }).details();
    QCOMPARE(stored.name, u"Woonstichting Proef"_s);
    QCOMPARE(stored.privacyEmail, u"privacy@proef.nl"_s);
    QCOMPARE(stored.postcode, u"3511 AB"_s);
    QCOMPARE(stored.city, u"Utrecht"_s);
    QCOMPARE(settings.changedAt(OrganisationSettings::keyCity), m_clock.now());
    QCOMPARE(settings.changedBy(OrganisationSettings::keyCity), m_store->userName());

    m_clock.advanceSecs(60);
    details = stored;
    details.name = u"Woonstichting Proef en Omstreken"_s;
    QVERIFY(settings.save(details, BsnCheck::Refuse, &error));
    QCOMPARE(events(u"settings.changed"_s), 5);
    const AuditLog log(m_store->database(), m_store->info().storeId.toString(QUuid::WithoutBraces),
                       m_clock);
    const QList<AuditEvent> nameEvents
        = log.eventsFor(u"settings"_s, QLatin1StringView(OrganisationSettings::keyName));
    QCOMPARE(nameEvents.size(), 1);
    QCOMPARE(nameEvents.first().payload.value(u"old"_s).toString(), u"Woonstichting Proef"_s);
    QCOMPARE(nameEvents.first().payload.value(u"new"_s).toString(),
             u"Woonstichting Proef en Omstreken"_s);
    QCOMPARE(nameEvents.first().actor, m_store->userName());
    QVERIFY(log.verify().ok);
}

void TestOrganisationSettings::savingTheSameIsNoChange()
{
    OrganisationSettings settings(Session { *m_store, m_clock });
    ServiceError error;
    QVERIFY(settings.save(settings.details(), BsnCheck::Refuse, &error));
    QCOMPARE(events(u"settings.changed"_s), 0);
    QCOMPARE(count(m_store->database(),
                   u"SELECT count(*) FROM settings WHERE key LIKE 'organisation.%'"_s),
             0);
}

void TestOrganisationSettings::validation_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("postcode");
    QTest::addColumn<bool>("ok");
    QTest::newRow("both empty") << QString() << QString() << true;
    QTest::newRow("good") << u"fg@woonstichting.nl"_s << u"1234 AB"_s << true;
    QTest::newRow("subdomain") << u"privacy@mail.ieder1.nl"_s << u"1234ab"_s << true;
    QTest::newRow("no at") << u"privacy.woonstichting.nl"_s << QString() << false;
    QTest::newRow("no domain dot") << u"privacy@woonstichting"_s << QString() << false;
    QTest::newRow("space") << u"privacy @woonstichting.nl"_s << QString() << false;
    QTest::newRow("postcode 0") << QString() << u"0123 AB"_s << false;
    QTest::newRow("postcode short") << QString() << u"123 AB"_s << false;
}

void TestOrganisationSettings::validation()
{
    QFETCH(QString, email);
    QFETCH(QString, postcode);
    QFETCH(bool, ok);
    QCOMPARE(OrganisationSettings::checkEmail(email).isEmpty()
                 && OrganisationSettings::checkPostcode(postcode).isEmpty(),
             ok);
    OrganisationSettings settings(Session { *m_store, m_clock });
    OrganisationDetails details = settings.details();
    details.privacyEmail = email;
    details.postcode = postcode;
    ServiceError error;
    QCOMPARE(settings.save(details, BsnCheck::Refuse, &error), ok);
    QCOMPARE(error.code == ServiceError::Code::Invalid, !ok);
    if (!ok)
        QCOMPARE(events(u"settings.changed"_s), 0);
}

void TestOrganisationSettings::bsnGuardAndOverride()
{
    const QString number = elfProefNumber();
    QVERIFY(!number.isEmpty());
    OrganisationSettings settings(Session { *m_store, m_clock });
    OrganisationDetails details = settings.details();
    details.street = u"Postbus "_s + number;
    ServiceError error;
    QVERIFY(!settings.save(details, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QVERIFY(!error.message.contains(number));
    QCOMPARE(error.bsnFindings.size(), 1);
    QCOMPARE(events(u"settings.changed"_s), 0);

    QVERIFY2(settings.save(details, BsnCheck::ConfirmedNotBsn, &error), qPrintable(error.message));
    QCOMPARE(settings.details().street, details.street);
    QCOMPARE(events(u"settings.changed"_s), 1);
    QCOMPARE(events(u"bsn.override"_s), 1);
    // About the details as a whole, where the server's guard looks for it.
    QCOMPARE(count(m_store->database(),
                   u"SELECT count(*) FROM audit_events WHERE action = 'bsn.override' AND "
                   "entity_type = 'settings' AND entity_id = 'organisation'"_s),
             1);
}

void TestOrganisationSettings::policyIsNotStoredHere()
{
    CaseService cases(Session { *m_store, m_clock });
    DeadlinePolicy policy;
    policy.base = { 4, PeriodUnit::Weeks };
    ServiceError error;
    QVERIFY(cases.setPolicy(policy, &error));
    OrganisationSettings settings(Session { *m_store, m_clock });
    OrganisationDetails details = settings.details();
    details.city = u"Amersfoort"_s;
    QVERIFY(settings.save(details, BsnCheck::Refuse, &error));
    QCOMPARE(cases.policy(nullptr).value().base, (Period { 4, PeriodUnit::Weeks }));
}

void TestOrganisationSettings::securityPolicy()
{
    OrganisationSettings settings(Session { *m_store, m_clock });
    QCOMPARE(settings.security(), SecurityPolicy {}); // 5 minutes, 7 days
    QCOMPARE(settings.security().autoLockMinutes, 5);
    QCOMPARE(settings.security().backupReminderDays, 7);

    SecurityPolicy policy;
    policy.autoLockMinutes = 15;
    ServiceError error;
    QVERIFY2(settings.saveSecurity(policy, &error), qPrintable(error.message));
    QCOMPARE(events(u"settings.changed"_s), 1); // only the lock changed
    QCOMPARE(OrganisationSettings(Session { *m_store, m_clock }).security(), policy);

    policy.backupReminderDays = 0; // never remind
    QVERIFY2(settings.saveSecurity(policy, &error), qPrintable(error.message));
    QCOMPARE(settings.security().backupReminderDays, 0);
    QCOMPARE(events(u"settings.changed"_s), 2);

    for (const auto &[lock, days] :
         { std::pair { 0, 7 }, std::pair { 61, 7 }, std::pair { 5, -1 }, std::pair { 5, 366 } }) {
        SecurityPolicy wrong;
        wrong.autoLockMinutes = lock;
        wrong.backupReminderDays = days;
        QVERIFY(!settings.saveSecurity(wrong, &error));
        QCOMPARE(error.code, ServiceError::Code::Invalid);
        QVERIFY(!error.message.isEmpty());
    }
    QCOMPARE(settings.security(), policy);
    QCOMPARE(events(u"settings.changed"_s), 2);

    // A value that is out of range in the database (an older or tampered store) reads as the
    // default, never as "no lock".
    QVERIFY(execSql(m_store->database(),
                    u"UPDATE settings SET value = '0' WHERE key = 'security.auto_lock_minutes'"_s));
    QCOMPARE(settings.security().autoLockMinutes, 5);

    // The reader's limits: kept as given within the reader's own bounds, refused outside them,
    // and read as the defaults (10 seconds, 512 MB) when the stored value is out of range.
    QCOMPARE(settings.security().readerSeconds, 10);
    QCOMPARE(settings.security().readerMemoryMb, 512);
    SecurityPolicy reader = settings.security();
    reader.readerSeconds = 45;
    reader.readerMemoryMb = 2048;
    QVERIFY2(settings.saveSecurity(reader, &error), qPrintable(error.message));
    QCOMPARE(OrganisationSettings(Session { *m_store, m_clock }).security(), reader);
    for (const auto &[seconds, memory] : { std::pair { 1, 512 }, std::pair { 301, 512 },
                                           std::pair { 10, 127 }, std::pair { 10, 8193 } }) {
        SecurityPolicy wrong = reader;
        wrong.readerSeconds = seconds;
        wrong.readerMemoryMb = memory;
        QVERIFY(!settings.saveSecurity(wrong, &error));
        QCOMPARE(error.code, ServiceError::Code::Invalid);
        QVERIFY2(error.message.contains(u"300"_s), qPrintable(error.message));
    }
    QVERIFY(execSql(m_store->database(),
                    u"UPDATE settings SET value = '1' WHERE key = 'reader.seconds'"_s));
    QCOMPARE(settings.security().readerSeconds, 10);
    QCOMPARE(settings.security().readerMemoryMb, 2048);
}

// A phone number and the FG's contact details are kept and checked like the rest, and
// a letter knows what is still missing before it may be sent.
void TestOrganisationSettings::phoneAndDataProtectionOfficer()
{
    OrganisationSettings settings(Session { *m_store, m_clock });
    // A new store has chosen neither its deadline nor the title under the signature.
    QCOMPARE(settings.details().missingForLetters().size(), 4);
    const QString chosen = test::chooseForLetters(Session { *m_store, m_clock });
    QVERIFY2(chosen.isEmpty(), qPrintable(chosen));
    OrganisationDetails details = settings.details();
    QCOMPARE(details.missingForLetters().size(), 2); // the name is there; address and contact not
    details.street = u"Stationsplein 1"_s;
    details.postcode = u"3511 AB"_s;
    details.city = u"Utrecht"_s;
    QCOMPARE(details.missingForLetters().size(), 1);
    details.phone = u"+31 30 123 45 67"_s;
    // A phone number is not enough, the letters say where to send things by e-mail.
    QCOMPARE(details.missingForLetters().size(), 1);
    details.privacyEmail = u"privacy@proef.example"_s;
    QVERIFY(details.missingForLetters().isEmpty());
    details.fgName = u"M. de Wit"_s;
    details.fgEmail = u"fg@proef.example"_s;
    ServiceError error;
    QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
    QCOMPARE(settings.details(), details);
    QCOMPARE(settings.changedBy(OrganisationSettings::keyFgEmail), m_store->userName());

    OrganisationDetails wrong = details;
    wrong.phone = u"bellen"_s;
    QVERIFY(!settings.save(wrong, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    wrong = details;
    wrong.fgEmail = u"fg-at-proef"_s;
    QVERIFY(!settings.save(wrong, BsnCheck::Refuse, &error));
    QVERIFY(OrganisationSettings::checkPhone(u"030-1234567"_s).isEmpty());
    QVERIFY(!OrganisationSettings::checkPhone(u"12345"_s).isEmpty());
    QCOMPARE(settings.details(), details);

    details.name.clear();
    details.phone.clear();
    details.privacyEmail.clear();
    QCOMPARE(details.missingForLetters().size(), 2);
}

QTEST_GUILESS_MAIN(TestOrganisationSettings)
#include "tst_organisationsettings.moc"
