// The dated backup folders of the desk's "Back-up maken…" and `privacydesk-cli backup --to DIR`:
// one naming (BackupFolders), a second backup in the same minute gets -2, never an
// existing name; finding them again sorts them by their time and number; only a folder that holds
// exactly a backup of this store is recognised as one, and only such a folder is ever removed.

#include "TestSupport.h"
#include "cases/TrailRows.h"
#include "crypto/Keyring.h"
#include "store/BackupFolders.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

const QDateTime twoThirty(QDate(2026, 3, 2), QTime(14, 30, 59));

bool writeFile(const QString &path, const QByteArray &bytes = "x")
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

int removalEvents(const Store &store)
{
    QSqlQuery query(store.database());
    if (!query.exec(u"SELECT count(*) FROM audit_events WHERE action = 'store.backup_removed'"_s)
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestBackupFolders final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void namesAFolderByTheMinute();
    void sameMinuteGetsANumber();
    void stampsSortByTimeThenNumber();
    void listFindsOnlyTheScheme();
    void listOfAnUnreadableFolderFails();
    void identifiesOnlyExactlyABackupOfThisStore();
    void backupIntoMakesDatedFolders();
    void backupIntoNeverInsideTheStore();
    void removeBackupRemovesOnlyABackupOfThisStore();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<Store> m_store;
};

void TestBackupFolders::init()
{
    m_store.reset();
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_store = createTestStore(m_tmp->filePath(u"kluis"_s));
    QVERIFY(m_store);
}

void TestBackupFolders::namesAFolderByTheMinute()
{
    QCOMPARE(BackupFolders::nameFor(twoThirty), u"privacydesk-back-up-2026-03-02-1430"_s);
    QCOMPARE(BackupFolders::nameFor(QDateTime(QDate(2026, 12, 31), QTime(0, 5))),
             u"privacydesk-back-up-2026-12-31-0005"_s);
    const QString parent = m_tmp->filePath(u"nog-niet-er"_s);
    QCOMPARE(BackupFolders::newFolderIn(parent, twoThirty),
             QDir(parent).filePath(u"privacydesk-back-up-2026-03-02-1430"_s));
    QVERIFY(!QFileInfo::exists(parent)); // choosing a name writes nothing
}

void TestBackupFolders::sameMinuteGetsANumber()
{
    const QDir parent(m_tmp->path());
    const QString base = parent.filePath(BackupFolders::nameFor(twoThirty));
    QVERIFY(parent.mkdir(BackupFolders::nameFor(twoThirty)));
    QCOMPARE(BackupFolders::newFolderIn(parent.path(), twoThirty), base + u"-2"_s);
    // A file or a dangling link takes a name as well: never written over.
    QVERIFY(writeFile(base + u"-2"_s));
    QVERIFY(QFile::link(m_tmp->filePath(u"weg"_s), base + u"-3"_s));
    QCOMPARE(BackupFolders::newFolderIn(parent.path(), twoThirty), base + u"-4"_s);
    // Another minute starts again without a number.
    const QDateTime later = twoThirty.addSecs(60);
    QCOMPARE(BackupFolders::newFolderIn(parent.path(), later),
             parent.filePath(u"privacydesk-back-up-2026-03-02-1431"_s));
}

void TestBackupFolders::stampsSortByTimeThenNumber()
{
    const auto stamp = [](const QString &name) {
        return BackupFolders::stampOf(name);
    };
    const auto plain = stamp(u"privacydesk-back-up-2026-03-02-1430"_s);
    QVERIFY(plain);
    QCOMPARE(plain->localTime, QDateTime(QDate(2026, 3, 2), QTime(14, 30)));
    QCOMPARE(plain->number, 1);
    const auto second = stamp(u"privacydesk-back-up-2026-03-02-1430-2"_s);
    const auto tenth = stamp(u"privacydesk-back-up-2026-03-02-1430-10"_s);
    const auto next = stamp(u"privacydesk-back-up-2026-03-02-1431"_s);
    QVERIFY(second && tenth && next);
    QCOMPARE(tenth->number, 10);
    QVERIFY(BackupFolders::isOlder(*plain, *second));
    QVERIFY(BackupFolders::isOlder(*second, *tenth)); // not as text: "-10" < "-2"
    QVERIFY(BackupFolders::isOlder(*tenth, *next));
    QVERIFY(!BackupFolders::isOlder(*next, *plain));
    // Not made by the scheme.
    for (const QString &name :
         { u"privacydesk-back-up-2026-03-02"_s, u"privacydesk-back-up-2026-13-02-1430"_s,
           u"privacydesk-back-up-2026-03-02-1430-1"_s, u"privacydesk-back-up-2026-03-02-1430-x"_s,
           u"privacydesk-back-up-2026-03-02-1430.tmp"_s, u".privacydesk-back-up-2026-03-02-1430"_s,
           u"backup"_s, u"voor-herstel-20260302-143000-000"_s })
        QVERIFY2(!stamp(name), qPrintable(name));
}

void TestBackupFolders::listFindsOnlyTheScheme()
{
    const QDir parent(m_tmp->filePath(u"usb"_s));
    QVERIFY(parent.mkpath(u"."_s));
    for (const QString &name :
         { u"privacydesk-back-up-2026-03-02-1431"_s, u"privacydesk-back-up-2026-03-02-1430-10"_s,
           u"privacydesk-back-up-2026-03-02-1430"_s, u"privacydesk-back-up-2026-03-02-1430-2"_s,
           u"eigen-map"_s })
        QVERIFY(parent.mkdir(name));
    QVERIFY(writeFile(parent.filePath(u"notities.txt"_s)));
    QStringList names;
    StoreError error;
    QVERIFY(BackupFolders::list(parent.path(), &names, &error));
    QCOMPARE(names,
             QStringList({ u"privacydesk-back-up-2026-03-02-1430"_s,
                           u"privacydesk-back-up-2026-03-02-1430-2"_s,
                           u"privacydesk-back-up-2026-03-02-1430-10"_s,
                           u"privacydesk-back-up-2026-03-02-1431"_s }));
}

void TestBackupFolders::listOfAnUnreadableFolderFails()
{
    // A failed read is an error, never "no backups there".
    QStringList names { u"vooraf"_s };
    StoreError error;
    QVERIFY(!BackupFolders::list(m_tmp->filePath(u"bestaat-niet"_s), &names, &error));
    QCOMPARE(error.code(), StoreError::Code::Io);
    QVERIFY(names.isEmpty());
    const QString file = m_tmp->filePath(u"een-bestand"_s);
    QVERIFY(writeFile(file));
    QVERIFY(!BackupFolders::list(file, &names, &error));
    QCOMPARE(error.code(), StoreError::Code::Io);
}

void TestBackupFolders::identifiesOnlyExactlyABackupOfThisStore()
{
    const QUuid id = m_store->info().storeId;
    const QString own = m_tmp->filePath(u"eigen"_s);
    StoreError error;
    QVERIFY2(m_store->backupTo(own, &error), qPrintable(error.detail()));
    QCOMPARE(BackupFolders::identify(own, id), BackupFolders::Identity::ThisStore);

    // Another store's backup is one, of another store.
    auto other = createTestStore(m_tmp->filePath(u"andere-kluis"_s));
    QVERIFY(other);
    const QString foreign = m_tmp->filePath(u"andere"_s);
    QVERIFY2(other->backupTo(foreign, &error), qPrintable(error.detail()));
    QCOMPARE(BackupFolders::identify(foreign, id), BackupFolders::Identity::OtherStore);

    // Not recognisably a backup: a link to one, a file, a folder with more in it, without its
    // database, with a keyring that does not read, a missing folder.
    const QString link = m_tmp->filePath(u"koppeling"_s);
    QVERIFY(QFile::link(own, link));
    QCOMPARE(BackupFolders::identify(link, id), BackupFolders::Identity::Unknown);
    const QString file = m_tmp->filePath(u"bestand"_s);
    QVERIFY(writeFile(file));
    QCOMPARE(BackupFolders::identify(file, id), BackupFolders::Identity::Unknown);
    const QString more = m_tmp->filePath(u"meer"_s);
    QVERIFY(m_store->backupTo(more, &error));
    QVERIFY(writeFile(QDir(more).filePath(u"LEESMIJ.txt"_s)));
    QCOMPARE(BackupFolders::identify(more, id), BackupFolders::Identity::Unknown);
    const QString half = m_tmp->filePath(u"half"_s);
    QVERIFY(m_store->backupTo(half, &error));
    QVERIFY(QFile::remove(QDir(half).filePath(u"privacydesk.db"_s)));
    QCOMPARE(BackupFolders::identify(half, id), BackupFolders::Identity::Unknown);
    const QString garbled = m_tmp->filePath(u"verminkt"_s);
    QVERIFY(m_store->backupTo(garbled, &error));
    QVERIFY(writeFile(QDir(garbled).filePath(u"keyring.pdk"_s), "geen sleutelring"));
    QCOMPARE(BackupFolders::identify(garbled, id), BackupFolders::Identity::Unknown);
    QCOMPARE(BackupFolders::identify(m_tmp->filePath(u"nergens"_s), id),
             BackupFolders::Identity::Unknown);
}

void TestBackupFolders::backupIntoMakesDatedFolders()
{
    const QString parent = m_tmp->filePath(u"usb/back-ups"_s);
    QString first;
    QString second;
    StoreError error;
    QVERIFY2(m_store->backupInto(parent, twoThirty, &first, &error), qPrintable(error.detail()));
    QCOMPARE(first, QDir(parent).filePath(BackupFolders::nameFor(twoThirty)));
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(parent).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0700u); // made for it: the owner's only
    QVERIFY2(m_store->backupInto(parent, twoThirty, &second, &error), qPrintable(error.detail()));
    QCOMPARE(second, first + u"-2"_s);
    for (const QString &made : { first, second })
        QCOMPARE(BackupFolders::identify(made, m_store->info().storeId),
                 BackupFolders::Identity::ThisStore);
}

void TestBackupFolders::backupIntoNeverInsideTheStore()
{
    const QString store = m_store->directory();
    QString made;
    StoreError error;
    for (const QString &parent :
         { store, QDir(store).filePath(u"backups"_s), QDir(store).filePath(u"kopie"_s) }) {
        QVERIFY(!m_store->backupInto(parent, twoThirty, &made, &error));
        QCOMPARE(error.code(), StoreError::Code::InsideStore);
        QVERIFY(made.isEmpty());
    }
    QVERIFY(!QFileInfo::exists(QDir(store).filePath(u"kopie"_s)));
    const QString file = m_tmp->filePath(u"een-bestand"_s);
    QVERIFY(writeFile(file));
    QVERIFY(!m_store->backupInto(file, twoThirty, &made, &error));
    QCOMPARE(error.code(), StoreError::Code::TargetExists);
}

void TestBackupFolders::removeBackupRemovesOnlyABackupOfThisStore()
{
    const QString parent = m_tmp->filePath(u"usb"_s);
    QString made;
    StoreError error;
    QVERIFY(m_store->backupInto(parent, twoThirty, &made, &error));
    auto other = createTestStore(m_tmp->filePath(u"andere-kluis"_s));
    QVERIFY(other);
    QString foreign;
    QVERIFY(other->backupInto(parent, twoThirty, &foreign, &error));
    const QString more = QDir(parent).filePath(u"privacydesk-back-up-2000-01-01-0000"_s);
    QVERIFY(m_store->backupTo(more, &error));
    QVERIFY(writeFile(QDir(more).filePath(u"LEESMIJ.txt"_s)));
    const auto before = fingerprint(parent);

    bool removed = true;
    QVERIFY(!m_store->removeBackup(foreign, &removed, &error));
    QCOMPARE(error.code(), StoreError::Code::OtherStore);
    QVERIFY(!removed);
    QVERIFY(!m_store->removeBackup(more, &removed, &error));
    QCOMPARE(error.code(), StoreError::Code::NotAStore);
    QVERIFY(!removed);
    QCOMPARE(fingerprint(parent), before);
    QCOMPARE(removalEvents(*m_store), 0);

    QVERIFY2(m_store->removeBackup(made, &removed, &error), qPrintable(error.detail()));
    QVERIFY(removed);
    QVERIFY(!QFileInfo::exists(made));
    QCOMPARE(removalEvents(*m_store), 1);
    QVERIFY(QFileInfo::exists(foreign));
    QVERIFY(QFileInfo::exists(QDir(more).filePath(u"LEESMIJ.txt"_s)));
    QStringList problems;
    QVERIFY2(m_store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestBackupFolders)
#include "tst_backupfolders.moc"
