// Restore does not resurrect: a backup made before a destruction, restored with
// RetentionService::restore (the desk's and the CLI's path), holds nothing of what was destroyed
// after it; what was destroyed before it, and what came after it, are left as they are; a copy
// of another branch of the store is never matched by a number alone; and a replaced store whose
// log cannot be read is said, never passed over. Real SQLCipher store folders.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "breaches/BreachService.h"
#include "cases/CaseService.h"
#include "crypto/SecureBytes.h"
#include "retention/Retention.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

QDateTime noonOn(QDate day)
{
    return QDateTime(day, QTime(12, 0), Qt::UTC);
}

} // namespace

class TestRestoreReplay final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void destroyedAfterTheBackupStaysDestroyed();
    void anotherBranchIsNeverMatchedByNumber();
    void unreadableStoreIsSaid();
    void aReplayThatFailsRestoresNothing();

private:
    // A closed inzage request of a new person, answered on `answered`.
    std::optional<Case> closedCase(const QString &name, const QString &klantnummer,
                                   const QString &description, QDate answered);
    // A data breach with a title and description, closed on `closed` (by SQL: what closing
    // asks for is BreachService's tests' business).
    QString closedBreach(const QString &title, QDate closed);
    bool backupInto(const QString &folder);
    // Closes the store and restores folder over it the way the desk and the CLI do; reopens.
    bool restoreFrom(const QString &folder, DestructionReplay *replay, ServiceError *replayError);
    void reopen();

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_storeDir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { noonOn(QDate(2024, 3, 1)) };
    std::unique_ptr<CaseService> m_cases;
    std::unique_ptr<RetentionService> m_retention;
};

void TestRestoreReplay::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
}

void TestRestoreReplay::init()
{
    m_clock.set(noonOn(QDate(2024, 3, 1)));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_storeDir = m_dir->filePath(u"kluis"_s);
    m_store = createServiceStore(m_storeDir);
    QVERIFY(m_store);
    reopen();
}

void TestRestoreReplay::cleanup()
{
    if (m_cases) {
        const AuditLog::Verification verification = m_cases->verifyAuditTrail();
        QVERIFY2(verification.ok, qPrintable(verification.reason));
    }
    m_retention.reset();
    m_cases.reset();
    m_store.reset();
    m_dir.reset();
}

void TestRestoreReplay::reopen()
{
    if (!m_store) {
        StoreError error;
        m_store = openTestStore(m_storeDir, &error);
        QVERIFY2(m_store, qPrintable(error.detail()));
    }
    m_cases = std::make_unique<CaseService>(Session { *m_store, m_clock });
    m_retention = std::make_unique<RetentionService>(Session { *m_store, m_clock });
}

std::optional<Case> TestRestoreReplay::closedCase(const QString &name, const QString &klantnummer,
                                                  const QString &description, QDate answered)
{
    m_clock.set(noonOn(answered));
    NewCase request;
    request.person.name = name;
    request.person.klantnummer = klantnummer;
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Email;
    request.receivedDate = answered.addDays(-10);
    request.description = description;
    ServiceError error;
    const auto c = m_cases->add(request, BsnCheck::Refuse, &error);
    if (!c
        || !m_cases->complete(c->number,
                              test::completion(Outcome::Toegewezen, answered, u"brief"_s, {}, {},
                                               test::knownDataSubject),
                              BsnCheck::Refuse, &error)) {
        qWarning("%s", qPrintable(error.message));
        return std::nullopt;
    }
    return m_cases->find(c->number);
}

QString TestRestoreReplay::closedBreach(const QString &title, QDate closed)
{
    m_clock.set(noonOn(closed));
    Breach breach;
    breach.title = title;
    breach.description = title + u" (omschrijving)"_s;
    breach.discoveredAt = QDateTime(closed.addDays(-5), QTime(9, 0), QTimeZone::utc());
    ServiceError error;
    const auto added
        = BreachService(Session { *m_store, m_clock }).add(breach, BsnCheck::Refuse, &error);
    if (!added) {
        qWarning("%s", qPrintable(error.message));
        return {};
    }
    if (!execSql(
            m_store->database(),
            u"UPDATE breaches SET state = 'gesloten', closed_at = '%1' WHERE number = '%2'"_s.arg(
                noonOn(closed).toString(Qt::ISODateWithMs), added->number)))
        return {};
    return added->number;
}

bool TestRestoreReplay::backupInto(const QString &folder)
{
    StoreError error;
    if (!m_store->backupTo(folder, &error)) {
        qWarning("%s", qPrintable(error.detail()));
        return false;
    }
    return true;
}

bool TestRestoreReplay::restoreFrom(const QString &folder, DestructionReplay *replay,
                                    ServiceError *replayError)
{
    m_retention.reset();
    m_cases.reset();
    m_store.reset();
    QString safety;
    StoreError error;
    const bool restored = RetentionService::restore(
        folder, m_storeDir, testUser, SecureBytes::fromUtf8(testPassword), m_clock, &safety, &error,
        false, nullptr, replay, replayError);
    if (!restored)
        qWarning("%s", qPrintable(error.detail()));
    return restored;
}

void TestRestoreReplay::destroyedAfterTheBackupStaysDestroyed()
{
    // Before the backup: Bas Eerder's files are destroyed already (the backup holds that).
    const auto early
        = closedCase(u"Bas Eerder"_s, u"KBE-1"_s, u"EERDER-UNIEK-1"_s, QDate(2024, 1, 10));
    QVERIFY(early);
    // In the backup and destroyed after it: Anna Later (a hold the backup still shows, released
    // before her destruction), Femke Financieel (her financial records keep name and customer
    // number), and a data breach.
    const auto later
        = closedCase(u"Anna Later"_s, u"KAL-2"_s, u"LATER-UNIEK-2"_s, QDate(2024, 1, 12));
    QVERIFY(later);
    const auto kept = closedCase(u"Femke Financieel"_s, u"KFF-3"_s, u"FINANCIEEL-UNIEK-3"_s,
                                 QDate(2024, 1, 14));
    QVERIFY(kept);
    ServiceError error;
    QVERIFY2(m_retention->setItem(kept->person.id, u"financiele-gegevens"_s, QDate(2024, 12, 31),
                                  &error),
             qPrintable(error.message));
    const QString breach = closedBreach(u"LEK-UNIEK-4 verkeerde bijlage"_s, QDate(2021, 1, 20));
    QVERIFY(!breach.isEmpty());
    // Bram Blijft stays: he must come back whole.
    const auto stays
        = closedCase(u"Bram Blijft"_s, u"KBB-5"_s, u"BLIJFT-UNIEK-5"_s, QDate(2025, 6, 1));
    QVERIFY(stays);

    m_clock.set(noonOn(QDate(2026, 2, 1)));
    QVERIFY2(m_retention->destroyRequestFiles(early->person.id, {}, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY2(m_retention->placeHold(later->person.id, u"Klacht loopt"_s, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const QString backup = m_dir->filePath(u"usb/back-up-februari"_s);
    QVERIFY(backupInto(backup));

    // After the backup.
    m_clock.set(noonOn(QDate(2026, 3, 2)));
    QVERIFY2(m_retention->releaseHold(later->person.id, &error), qPrintable(error.message));
    QVERIFY2(m_retention->destroyRequestFiles(later->person.id, u"anonimisering"_s,
                                              BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY2(m_retention->destroyRequestFiles(kept->person.id, {}, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY2(m_retention->destroyBreach(breach, {}, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    // A request made after the backup, destroyed too: the backup never held it.
    const auto newer
        = closedCase(u"Nina Nieuw"_s, u"KNN-6"_s, u"NIEUW-UNIEK-6"_s, QDate(2024, 2, 1));
    QVERIFY(newer);
    m_clock.set(noonOn(QDate(2026, 3, 3)));
    QVERIFY2(m_retention->destroyRequestFiles(newer->person.id, {}, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const int logBefore = m_retention->destructionCount(DestructionFilter {}, test::MustRead());
    QCOMPARE(logBefore, 5);

    // The backup holds what was destroyed after it; restored as the desk does, it must not.
    m_clock.set(noonOn(QDate(2026, 3, 10)));
    DestructionReplay replay;
    ServiceError replayError;
    QVERIFY(restoreFrom(backup, &replay, &replayError));
    QVERIFY2(!replayError.isError(), qPrintable(replayError.message));
    QVERIFY(replay.checked);
    QVERIFY2(replay.uncheckedWhy.isEmpty(), qPrintable(replay.uncheckedWhy));
    QCOMPARE(replay.replayed, (QStringList { later->number, kept->number, breach }));
    QCOMPARE(replay.alreadyDone, 1); // Bas Eerder
    QCOMPARE(replay.notInBackup, 1); // Nina Nieuw
    reopen();

    QSqlDatabase db = m_store->database();
    const QStringList resurrected = personalDataLeft(
        db,
        { u"Anna Later"_s, u"KAL-2"_s, u"LATER-UNIEK-2"_s, u"Klacht loopt"_s,
          u"FINANCIEEL-UNIEK-3"_s, u"LEK-UNIEK-4"_s, u"Bas Eerder"_s, u"EERDER-UNIEK-1"_s });
    QVERIFY2(resurrected.isEmpty(), qPrintable(resurrected.join(u", "_s)));
    // The financial records still keep Femke's name and customer number, as they did.
    QCOMPARE(personalDataLeft(db, { u"Femke Financieel"_s }),
             QStringList { u"persons.name: Femke Financieel"_s });
    QCOMPARE(personalDataLeft(db, { u"KFF-3"_s }), QStringList { u"persons.klantnummer: KFF-3"_s });
    QCOMPARE(m_retention->reducedPersons(test::MustRead()), QList<qint64> { kept->person.id });
    // Bram comes back whole; Nina was never in the backup.
    QCOMPARE(m_cases->find(stays->number)->description, u"BLIJFT-UNIEK-5"_s);
    QVERIFY(!m_cases->find(newer->number));
    // Each replay is in the log, saying that it is one and when it was first done.
    const QList<DestructionRecord> log
        = m_retention->destructionLog(DestructionFilter {}, 0, -1, test::MustRead());
    QCOMPARE(log.size(), 4); // Bas Eerder's from the backup, and the three replays
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(log.at(i).method.startsWith(u"opnieuw uitgevoerd na herstel"_s),
                 qPrintable(log.at(i).method));
        QVERIFY2(log.at(i).method.contains(u"2026-03-02"_s), qPrintable(log.at(i).method));
    }
    QCOMPARE(log.at(0).kind, u"datalek"_s);
    QVERIFY(log.at(0).method.endsWith(u"persoonsgegevens en vrije teksten vernietigd in "
                                      "Privacydesk)"_s));
    QVERIFY2(log.at(1).kept.contains(u"Financiële gegevens"_s), qPrintable(log.at(1).kept));
    QVERIFY(log.at(2).method.endsWith(u": anonimisering)"_s));

    // Restoring the same backup again over the restored store replays the same, no more.
    m_clock.set(noonOn(QDate(2026, 3, 11)));
    QVERIFY(restoreFrom(backup, &replay, &replayError));
    QVERIFY2(!replayError.isError(), qPrintable(replayError.message));
    QCOMPARE(replay.replayed, (QStringList { later->number, kept->number, breach }));
    reopen();
    QVERIFY(personalDataLeft(m_store->database(), { u"Anna Later"_s, u"LEK-UNIEK-4"_s }).isEmpty());
    // And restoring a backup made after the replays finds everything done.
    const QString after = m_dir->filePath(u"usb/back-up-maart"_s);
    QVERIFY(backupInto(after));
    QVERIFY(restoreFrom(after, &replay, &replayError));
    QVERIFY(replay.replayed.isEmpty());
    QVERIFY(replay.alreadyDone >= 4);
    reopen();
}

void TestRestoreReplay::anotherBranchIsNeverMatchedByNumber()
{
    const auto first
        = closedCase(u"Eerste Tak"_s, u"KET-1"_s, u"TAK-UNIEK-1"_s, QDate(2024, 1, 10));
    QVERIFY(first);
    const QString before = m_dir->filePath(u"usb/voor"_s);
    QVERIFY(backupInto(before));
    // The second request as backup B holds it.
    const auto second
        = closedCase(u"Tweede Persoon"_s, u"KTP-2"_s, u"TWEEDE-UNIEK-2"_s, QDate(2024, 1, 11));
    QVERIFY(second);
    const QString branchB = m_dir->filePath(u"usb/tak-b"_s);
    QVERIFY(backupInto(branchB));
    // Back to the first backup: a different request gets the same number, and is destroyed.
    DestructionReplay replay;
    ServiceError replayError;
    QVERIFY(restoreFrom(before, &replay, &replayError));
    reopen();
    m_clock.set(noonOn(QDate(2024, 1, 12))); // another moment of creation
    const auto other
        = closedCase(u"Andere Persoon"_s, u"KAP-3"_s, u"ANDERE-UNIEK-3"_s, QDate(2024, 1, 12));
    QVERIFY(other);
    QCOMPARE(other->number, second->number);
    m_clock.set(noonOn(QDate(2026, 3, 2)));
    ServiceError error;
    QVERIFY2(m_retention->destroyRequestFiles(other->person.id, {}, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    // Restoring branch B: its request of that number is another person's, and stays.
    QVERIFY(restoreFrom(branchB, &replay, &replayError));
    QVERIFY2(!replayError.isError(), qPrintable(replayError.message));
    QVERIFY(replay.replayed.isEmpty());
    QCOMPARE(replay.notInBackup, 1);
    reopen();
    QCOMPARE(m_cases->find(second->number)->description, u"TWEEDE-UNIEK-2"_s);
    QCOMPARE(m_cases->find(second->number)->person.name, u"Tweede Persoon"_s);
}

void TestRestoreReplay::unreadableStoreIsSaid()
{
    const auto c
        = closedCase(u"Olga Onleesbaar"_s, u"KOO-1"_s, u"ONLEESBAAR-1"_s, QDate(2024, 1, 10));
    QVERIFY(c);
    const QString backup = m_dir->filePath(u"usb/back-up"_s);
    QVERIFY(backupInto(backup));
    m_retention.reset();
    m_cases.reset();
    m_store.reset();
    // The live database damaged past opening: the restore goes on (that is what it is for),
    // and says that it could not compare what was destroyed after the backup.
    QFile database(QDir(m_storeDir).filePath(u"privacydesk.db"_s));
    QVERIFY(database.open(QIODevice::ReadWrite));
    QVERIFY(database.seek(0));
    QVERIFY(database.write(QByteArray(4096, 'x')) == 4096);
    database.close();
    DestructionReplay replay;
    ServiceError replayError;
    QVERIFY(restoreFrom(backup, &replay, &replayError));
    QVERIFY(!replay.checked);
    QVERIFY2(replay.uncheckedWhy.contains(u"did not open"_s), qPrintable(replay.uncheckedWhy));
    reopen();
    QCOMPARE(m_cases->find(c->number)->description, u"ONLEESBAAR-1"_s);
}

// The replay runs on the staged copy before it replaces the store: when it fails (here a
// trigger in the backup refuses every change to a person), nothing is restored, the store stays
// as it was, and no copy of the backup is left in its folder.
void TestRestoreReplay::aReplayThatFailsRestoresNothing()
{
    const auto later
        = closedCase(u"Anna Later"_s, u"KAL-2"_s, u"LATER-UNIEK-2"_s, QDate(2024, 1, 12));
    QVERIFY(later);
    const QString backup = m_dir->filePath(u"usb/back-up"_s);
    QVERIFY(backupInto(backup));
    {
        StoreError error;
        const std::unique_ptr<Store> copy = openTestStore(backup, &error);
        QVERIFY2(copy, qPrintable(error.detail()));
        QSqlQuery trigger(copy->database());
        QVERIFY(trigger.exec(u"CREATE TRIGGER test_refuse BEFORE UPDATE ON persons BEGIN "
                             "SELECT RAISE(ABORT, 'test: persons are read-only'); END"_s));
    }
    m_clock.set(noonOn(QDate(2026, 3, 2)));
    ServiceError error;
    QVERIFY2(m_retention->destroyRequestFiles(later->person.id, {}, BsnCheck::Refuse, &error),
             qPrintable(error.message));

    DestructionReplay replay;
    ServiceError replayError;
    QVERIFY(!restoreFrom(backup, &replay, &replayError));
    QVERIFY(replayError.isError());
    QVERIFY(replay.replayed.isEmpty());
    QVERIFY(!QFileInfo::exists(QDir(m_storeDir).filePath(u".herstel"_s)));
    reopen();
    QVERIFY(m_cases->find(later->number)->description != u"LATER-UNIEK-2"_s);
    QCOMPARE(m_retention->destructionCount(DestructionFilter {}, test::MustRead()), 1);
}

QTEST_GUILESS_MAIN(TestRestoreReplay)
#include "tst_restorereplay.moc"
