// Files Privacydesk writes are private whatever the umask: with umask 000 the store's
// folder, its database, -wal, -shm, keyring and lock, a backup, a restored store, an output file
// and a saved attachment are all owner-only: files 0600, folders 0700.

#include "TestSupport.h"
#include "cases/Attachments.h"
#include "cases/CaseService.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/OutputFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

// "path mode" for every entry below (and including) root whose mode is not owner-only.
QStringList notPrivate(const QString &root)
{
    QStringList found;
    const auto check = [&found](const QString &path) {
        struct stat st = {};
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
            found << path + u" (unreadable)"_s;
            return;
        }
        const mode_t mode = st.st_mode & 07777;
        const mode_t wanted = S_ISDIR(st.st_mode) ? 0700 : 0600;
        if (mode != wanted)
            found << u"%1 %2"_s.arg(path, QString::number(mode, 8));
    };
    check(root);
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        check(it.next());
    return found;
}

} // namespace

class TestPrivateFiles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void storeBackupRestoreAndOutputs();

private:
    mode_t m_umask = 022;
};

void TestPrivateFiles::initTestCase()
{
    QVERIFY(initSodium());
    m_umask = ::umask(0);
}

void TestPrivateFiles::cleanupTestCase()
{
    ::umask(m_umask);
}

void TestPrivateFiles::storeBackupRestoreAndOutputs()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(u"nieuw/kluis"_s);
    auto store = createTestStore(dir);
    QVERIFY(store);
    // Something written: the WAL and its index exist now.
    NewCase request;
    request.types = { RequestType::Inzage };
    request.person.name = u"F. Wijnberg"_s;
    request.person.relation = Relation::Huurder;
    request.receivedDate = pd::systemClock().today().addDays(-1);
    NewAttachment original;
    original.name = u"verzoek.txt"_s;
    original.content = "Graag inzage in mijn gegevens.";
    request.attachments << original;
    ServiceError serviceError;
    const auto added
        = CaseService(Session { *store }).add(request, BsnCheck::Refuse, &serviceError);
    QVERIFY2(added, qPrintable(serviceError.message));
    for (const char *name :
         { "privacydesk.db", "privacydesk.db-wal", "privacydesk.db-shm", "keyring.pdk", ".lock" })
        QVERIFY2(QFileInfo::exists(QDir(dir).filePath(QLatin1StringView(name))), name);
    QCOMPARE(notPrivate(dir), QStringList());
    QCOMPARE(notPrivate(tmp.filePath(u"nieuw"_s)), QStringList());

    // A backup into folders that do not exist yet.
    const QString backup = tmp.filePath(u"usb/back-ups/eerste"_s);
    StoreError error;
    QVERIFY2(store->backupTo(backup, &error), qPrintable(error.detail()));
    QCOMPARE(notPrivate(tmp.filePath(u"usb"_s)), QStringList());

    // An output file and a saved attachment.
    const QString outputs = tmp.filePath(u"uitvoer"_s);
    QVERIFY(QDir().mkpath(outputs));
    QString writeError;
    QVERIFY2(OutputFile::write(QDir(outputs).filePath(u"lijst.csv"_s), "a;b\n", false,
                               store->directory(), &writeError),
             qPrintable(writeError));
    AttachmentService files(Session { *store });
    const auto listed = files.list(added->number, &serviceError);
    QVERIFY2(listed && !listed->isEmpty(), qPrintable(serviceError.message));
    QVERIFY2(files.saveCopy(added->number, listed->first().id,
                            QDir(outputs).filePath(u"verzoek.txt"_s), false, &serviceError),
             qPrintable(serviceError.message));
    QFile::setPermissions(outputs,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner
                              | QFileDevice::ExeOwner); // made by this test
    QCOMPARE(notPrivate(outputs), QStringList());

    // A restore: the second backup of the live store, and the restored files.
    store.reset();
    QString safety;
    QVERIFY2(
        Store::restore(backup, dir, testUser, SecureBytes::fromUtf8(testPassword), &safety, &error),
        qPrintable(error.detail()));
    QVERIFY(!safety.isEmpty());
    auto reopened = openTestStore(dir, &error);
    QVERIFY2(reopened, qPrintable(error.detail()));
    QCOMPARE(notPrivate(dir), QStringList());
    // And a restore into a folder that did not exist.
    reopened.reset();
    const QString elsewhere = tmp.filePath(u"elders/kluis"_s);
    QVERIFY2(Store::restore(backup, elsewhere, testUser, SecureBytes::fromUtf8(testPassword),
                            &safety, &error),
             qPrintable(error.detail()));
    QCOMPARE(notPrivate(tmp.filePath(u"elders"_s)), QStringList());
}

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
