// UserService: users, roles and key slots on a real SQLCipher store; removal rekeys the
// database (the old master key opens nothing), interrupted key rotations are completed or
// discarded on open, denied attempts are audited.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/TrailRows.h"
#include "crypto/Keyring.h"
#include "session/Session.h"
#include "sql/SqlCipherDriver.h"
#include "store/Store.h"
#include "users/UserService.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

const QString bakker = u"a.bakker"_s;
const QString bakkerPassword = u"wachtwoord-van-bakker"_s;
const QString smit = u"k.smit"_s;
const QString smitPassword = u"wachtwoord-van-smit"_s;

SecureBytes pw(const QString &text)
{
    return SecureBytes::fromUtf8(text);
}

int events(const Store &store, const QString &action)
{
    QSqlQuery query(store.database());
    query.prepare(u"SELECT count(*) FROM audit_events WHERE action = ?"_s);
    query.addBindValue(action);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

QString actorOf(const Store &store, const QString &action)
{
    QSqlQuery query(store.database());
    query.prepare(u"SELECT actor FROM audit_events WHERE action = ? ORDER BY seq DESC"_s);
    query.addBindValue(action);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

// The master key the keyring file in dir gives this user, as the store would use it.
SecureBytes masterKeyOf(const QString &dir, const QString &user, const QString &password)
{
    Keyring::Status status = Keyring::Status::Ok;
    const Keyring keyring
        = Keyring::load(QDir(dir).filePath(QLatin1StringView(Store::keyringFileName)), &status);
    return keyring.unlockUser(user, pw(password), &status);
}

// Opens the database file with a raw key through our driver; true if the key opens it.
bool rawKeyOpens(const QString &dbPath, const SecureBytes &key)
{
    sql::registerSqlCipherDriver();
    const QString connection = u"raw-key-check"_s;
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"PDSQLCIPHER"_s, connection);
        qobject_cast<sql::SqlCipherDriver *>(db.driver())->setKey(key.clone());
        db.setDatabaseName(dbPath);
        opened = db.open();
        if (opened) {
            QSqlQuery query(db);
            opened = query.exec(u"SELECT count(*) FROM users"_s) && query.next();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return opened;
}

} // namespace

class TestUserService final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstUserIsBeheerder();
    void addAndList();
    void addRefusesDuplicatesAndShortPasswords();
    void deniedAttemptsAreAudited();
    void removeRekeysTheDatabase();
    void removeRefusesSelfAndLastBeheerder();
    void removedLoginCanBeAddedAgain();
    void changeOwnPassword();
    void resetPasswordByBeheerder();
    void displayNameByBeheerder();
    void regenerateRecoveryKey();
    void recoveryKeyActsAsBeheerder();
    void interruptedRotationIsCompleted();
    void staleRotationIsDiscarded();
    void rolePermissionTable();
    void openNeedsAnActiveUser();
    void failedReadsAreErrors();

private:
    std::unique_ptr<Store> openAs(const QString &user, const QString &password);
    QString m_dir;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_recoveryKey;
};

void TestUserService::initTestCase()
{
    QVERIFY(initSodium());
}

void TestUserService::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_dir = m_tmp->filePath(u"kluis"_s);
    // A store folder has a recovery key; a server store has none (IT resets a password there).
    m_recoveryKey.clear();
    if (testBackend() == Backend::Server)
        QVERIFY(createServiceStore(m_dir));
    else
        QVERIFY(createTestStore(m_dir, &m_recoveryKey));
}

std::unique_ptr<Store> TestUserService::openAs(const QString &user, const QString &password)
{
    return openServiceStoreAs(m_dir, user, password);
}

void TestUserService::firstUserIsBeheerder()
{
    auto store = openAs(testUser, testPassword);
    QVERIFY(store);
    UserService users(*store, Session { *store });
    const QList<UserAccount> all = users.list();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().login, testUser);
    QCOMPARE(all.first().role, Role::Beheerder);
    QVERIFY(!all.first().keySlot.isEmpty());
    QCOMPARE(Session(*store).role(), std::optional<Role>(Role::Beheerder));
}

void TestUserService::addAndList()
{
    {
        auto store = openAs(testUser, testPassword);
        UserService users(*store, Session { *store });
        UserError error;
        QVERIFY2(users.add(u"A.Bakker "_s, u"Anna Bakker"_s, Role::Functionaris, pw(bakkerPassword),
                           &error),
                 qPrintable(error.message));
        QVERIFY2(users.add(smit, QString(), Role::Kcc, pw(smitPassword), &error),
                 qPrintable(error.message));
        const QList<UserAccount> all = users.list();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).login, bakker);
        QCOMPARE(all.at(0).displayName, u"Anna Bakker"_s);
        QCOMPARE(all.at(0).role, Role::Functionaris);
        QCOMPARE(all.at(2).login, smit);
        QCOMPARE(all.at(2).displayName, smit); // defaults to the login as typed
        // A server store recorded its first beheerder at `server init` too.
        QCOMPARE(events(*store, u"user.added"_s), store->isServer() ? 3 : 2);
        QCOMPARE(actorOf(*store, u"user.added"_s), testUser);
        if (!store->isServer()) // a server store keeps no keyring
            QCOMPARE(store->info().keySlotCount, 4); // three users and the recovery slot
    }
    auto asBakker = openAs(bakker, bakkerPassword);
    QVERIFY(asBakker);
    QCOMPARE(Session(*asBakker).role(), std::optional<Role>(Role::Functionaris));
    QVERIFY(asBakker->verify(nullptr, TrailRows::all()));
}

void TestUserService::addRefusesDuplicatesAndShortPasswords()
{
    auto store = openAs(testUser, testPassword);
    UserService users(*store, Session { *store });
    UserError error;
    QVERIFY(users.add(bakker, {}, Role::Auditor, pw(bakkerPassword), &error));
    QVERIFY(!users.add(u"A.BAKKER"_s, {}, Role::Auditor, pw(bakkerPassword), &error));
    QCOMPARE(error.code, UserError::Code::Duplicate);
    QVERIFY(!users.add(smit, {}, Role::Auditor, pw(u"kort"_s), &error));
    QCOMPARE(error.code, UserError::Code::Invalid);
    QVERIFY(!users.add(u"  "_s, {}, Role::Auditor, pw(smitPassword), &error));
    QCOMPARE(error.code, UserError::Code::Invalid);
    // Names stand in the keyring and under letters: never a BSN, however written.
    QString thinSpaced = pd::test::elfProefNumber();
    thinSpaced.insert(3, QChar(0x2009)).insert(7, QChar(0x2009));
    QVERIFY(!users.add(smit, u"S. Smit "_s + thinSpaced, Role::Auditor, pw(smitPassword), &error));
    QCOMPARE(error.code, UserError::Code::Invalid);
    QVERIFY2(error.message.contains(u"BSN"_s), qPrintable(error.message));
    QVERIFY(!error.message.contains(pd::test::elfProefNumber()));
    QVERIFY(!users.add(u"smit"_s + pd::test::elfProefNumber(), {}, Role::Auditor, pw(smitPassword),
                       &error));
    QCOMPARE(error.code, UserError::Code::Invalid);
    QCOMPARE(users.list().size(), 2);
    if (!store->isServer()) // a server store keeps no keyring
        QCOMPARE(store->info().keySlotCount, 3);
}

void TestUserService::deniedAttemptsAreAudited()
{
    {
        auto store = openAs(testUser, testPassword);
        UserError error;
        QVERIFY(UserService(*store, Session { *store })
                    .add(bakker, {}, Role::Functionaris, pw(bakkerPassword), &error));
        QVERIFY(UserService(*store, Session { *store })
                    .add(smit, {}, Role::Auditor, pw(smitPassword), &error));
    }
    for (const auto &[user, password] :
         { std::pair { bakker, bakkerPassword }, std::pair { smit, smitPassword } }) {
        auto store = openAs(user, password);
        QVERIFY(store);
        UserService users(*store, Session { *store });
        UserError error;
        const int before = events(*store, u"user.denied"_s);
        QVERIFY(
            !users.add(u"x.nieuw"_s, {}, Role::Beheerder, pw(u"een-lang-wachtwoord"_s), &error));
        QCOMPARE(error.code, UserError::Code::Denied);
        QVERIFY(!users.remove(testUser, &error));
        QCOMPARE(error.code, UserError::Code::Denied);
        QVERIFY(!users.resetPassword(testUser, pw(u"een-lang-wachtwoord"_s), &error));
        QCOMPARE(error.code, UserError::Code::Denied);
        QVERIFY(users.regenerateRecoveryKey(&error).isEmpty());
        QCOMPARE(error.code, UserError::Code::Denied);
        ServiceError denied;
        QVERIFY(!Session(*store).permit(Permission::Restore, u"restore"_s, {}, &denied));
        QCOMPARE(events(*store, u"user.denied"_s), before + 5);
        QCOMPARE(actorOf(*store, u"user.denied"_s), user);
        QCOMPARE(users.list().size(), 3);
        QVERIFY(store->verify(nullptr, TrailRows::all()));
    }
}

void TestUserService::removeRekeysTheDatabase()
{
    if (testBackend() == Backend::Server)
        QSKIP("Rekeying is a store folder's: its database is encrypted under a master key that "
              "a removed user's old keyring could unwrap; a server store has no keyring (a "
              "removed user's login loses LOGIN, tested in removeRefusesSelfAndLastBeheerder "
              "and tst_serverstore).");
    {
        auto store = openAs(testUser, testPassword);
        UserError error;
        UserService users(*store, Session { *store });
        QVERIFY(users.add(bakker, {}, Role::Functionaris, pw(bakkerPassword), &error));
        QVERIFY(users.add(smit, {}, Role::Kcc, pw(smitPassword), &error));
    }
    const SecureBytes oldKey = masterKeyOf(m_dir, testUser, testPassword);
    QCOMPARE(oldKey.size(), std::size_t(32));
    const QString oldKeyring = m_tmp->filePath(u"oude-keyring.pdk"_s);
    QVERIFY(QFile::copy(QDir(m_dir).filePath(u"keyring.pdk"_s), oldKeyring));
    const QString dbPath = QDir(m_dir).filePath(u"privacydesk.db"_s);
    QVERIFY(rawKeyOpens(dbPath, oldKey));
    {
        auto store = openAs(testUser, testPassword);
        UserService users(*store, Session { *store });
        UserError error;
        QVERIFY2(users.remove(bakker, &error), qPrintable(error.message + error.detail));
        QCOMPARE(users.list().size(), 2);
        QCOMPARE(users.list(true).size(), 3);
        QVERIFY(!users.find(bakker)->isActive());
        QCOMPARE(events(*store, u"user.removed"_s), 1);
        // The store keeps working under the new key in this process.
        QVERIFY(store->verify(nullptr, TrailRows::all()));
    }
    QVERIFY(!QFileInfo::exists(QDir(m_dir).filePath(u"keyring.pdk.pending"_s)));
    // The old master key, and the removed user's old keyring, open nothing any more.
    QVERIFY(!rawKeyOpens(dbPath, oldKey));
    Keyring::Status status = Keyring::Status::Ok;
    const SecureBytes fromOldKeyring
        = Keyring::load(oldKeyring, &status).unlockUser(bakker, pw(bakkerPassword), &status);
    QVERIFY(!fromOldKeyring.isEmpty());
    QVERIFY(!rawKeyOpens(dbPath, fromOldKeyring));
    // The new key does, for both remaining users and the recovery key; not for the removed one.
    const SecureBytes newKey = masterKeyOf(m_dir, testUser, testPassword);
    QVERIFY(newKey.size() == 32 && !newKey.equals(oldKey));
    QVERIFY(rawKeyOpens(dbPath, newKey));
    QVERIFY(openAs(smit, smitPassword));
    StoreError error;
    QVERIFY(!openServiceStore(m_dir, bakker, bakkerPassword, &error));
    QCOMPARE(error.code(), StoreError::Code::WrongPassword);
    QVERIFY(Store::openWithRecoveryKey(m_dir, m_recoveryKey, &error));
    auto store = openAs(testUser, testPassword);
    QVERIFY(store);
    QStringList problems;
    QVERIFY2(store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u"; "_s)));
}

void TestUserService::removeRefusesSelfAndLastBeheerder()
{
    auto store = openAs(testUser, testPassword);
    UserService users(*store, Session { *store });
    UserError error;
    QVERIFY(!users.remove(testUser, &error));
    QCOMPARE(error.code, UserError::Code::RemoveSelf);
    QVERIFY(!users.remove(u"niemand"_s, &error));
    QCOMPARE(error.code, UserError::Code::NotFound);
    QVERIFY(users.add(bakker, {}, Role::Beheerder, pw(bakkerPassword), &error));
    store.reset();
    // Bakker may remove the first beheerder (another one is left: bakker)...
    {
        auto asBakker = openAs(bakker, bakkerPassword);
        UserService other(*asBakker, Session { *asBakker });
        QVERIFY(other.add(smit, {}, Role::Functionaris, pw(smitPassword), &error));
        if (testBackend() == Backend::Server) {
            // On a server the first beheerder is IT's login, which owns the database and may
            // create roles: no other beheerder sets its password or locks it out.
            QVERIFY(!other.remove(testUser, &error));
            QCOMPARE(error.code, UserError::Code::ServerLogin);
            QVERIFY2(error.message.contains(testUser), qPrintable(error.message));
            QVERIFY(!other.resetPassword(testUser, pw(u"een-ander-wachtwoord-2026"_s), &error));
            QCOMPARE(error.code, UserError::Code::ServerLogin);
            // Knowing its password changes nothing: a beheerder changing another user's
            // password meets the same rule (the CLI says [server-login]).
            QVERIFY(!other.changePassword(testUser, pw(testPassword),
                                          pw(u"een-ander-wachtwoord-2026"_s), &error));
            QCOMPARE(error.code, UserError::Code::ServerLogin);
            QVERIFY(openAs(testUser, testPassword)); // its own password still opens the store
            return;
        }
        QVERIFY2(other.remove(testUser, &error), qPrintable(error.message));
        // ...but then bakker is the last beheerder; removing self is refused anyway.
        QVERIFY(!other.remove(bakker, &error));
        QCOMPARE(error.code, UserError::Code::RemoveSelf);
    }
    // With the recovery key (no self), the last beheerder is still protected (a store folder's
    // keyring has the recovery key; a server store has none).
    if (testBackend() == Backend::Server)
        return;
    StoreError storeError;
    auto recovery = Store::openWithRecoveryKey(m_dir, m_recoveryKey, &storeError);
    QVERIFY(recovery);
    QVERIFY(!UserService(*recovery, Session { *recovery }).remove(bakker, &error));
    QCOMPARE(error.code, UserError::Code::LastBeheerder);
}

void TestUserService::removedLoginCanBeAddedAgain()
{
    auto store = openAs(testUser, testPassword);
    UserService users(*store, Session { *store });
    UserError error;
    QVERIFY(users.add(bakker, {}, Role::Kcc, pw(bakkerPassword), &error));
    QVERIFY(users.remove(bakker, &error));
    QVERIFY2(users.add(bakker, u"Anna"_s, Role::Auditor, pw(u"nieuw-wachtwoord-1"_s), &error),
             qPrintable(error.message));
    QCOMPARE(users.find(bakker)->role, Role::Auditor);
    QVERIFY(users.find(bakker)->isActive());
    // On a server the user added, removed and added again is
    // described by its own events: the row is not taken for a change by hand.
    if (store->isServer())
        QCOMPARE(events(*store, u"sql.changed"_s), 0);
    store.reset();
    QVERIFY(openAs(bakker, u"nieuw-wachtwoord-1"_s));
}

void TestUserService::changeOwnPassword()
{
    {
        auto store = openAs(testUser, testPassword);
        UserError error;
        QVERIFY(UserService(*store, Session { *store })
                    .add(bakker, {}, Role::Kcc, pw(bakkerPassword), &error));
    }
    const bool folder = testBackend() == Backend::Folder; // a keyring to look into
    const SecureBytes keyBefore
        = folder ? masterKeyOf(m_dir, testUser, testPassword) : SecureBytes();
    {
        auto store = openAs(bakker, bakkerPassword);
        UserService users(*store, Session { *store });
        UserError error;
        QVERIFY(!users.changePassword(bakker, pw(u"niet-het-oude"_s), pw(u"helemaal-nieuw-1"_s),
                                      &error));
        QCOMPARE(error.code, UserError::Code::WrongPassword);
        QVERIFY2(
            users.changePassword(bakker, pw(bakkerPassword), pw(u"helemaal-nieuw-1"_s), &error),
            qPrintable(error.message));
        // Counted by the beheerder on a server, which lets a KCC login read no audit trail.
        const auto beheerder = store->isServer() ? openAs(testUser, testPassword) : nullptr;
        QCOMPARE(events(beheerder ? *beheerder : *store, u"user.password_changed"_s), 1);
        // A kcc user may not change someone else's password.
        QVERIFY(
            !users.changePassword(testUser, pw(testPassword), pw(u"helemaal-nieuw-2"_s), &error));
        QCOMPARE(error.code, UserError::Code::Denied);
    }
    StoreError error;
    QVERIFY(!openServiceStore(m_dir, bakker, bakkerPassword, &error));
    QVERIFY(openAs(bakker, u"helemaal-nieuw-1"_s));
    // Only that slot was rewrapped: no rekey, the others are untouched.
    if (folder)
        QVERIFY(masterKeyOf(m_dir, testUser, testPassword).equals(keyBefore));
}

void TestUserService::resetPasswordByBeheerder()
{
    auto store = openAs(testUser, testPassword);
    UserService users(*store, Session { *store });
    UserError error;
    QVERIFY(users.add(bakker, {}, Role::Functionaris, pw(bakkerPassword), &error));
    const QString slotBefore = users.find(bakker)->keySlot;
    QVERIFY2(users.resetPassword(bakker, pw(u"tijdelijk-wachtwoord"_s), &error),
             qPrintable(error.message));
    if (!store->isServer()) // a new key slot in the keyring; on a server the login's new verifier
        QVERIFY(users.find(bakker)->keySlot != slotBefore);
    QCOMPARE(events(*store, u"user.password_reset"_s), 1);
    if (store->isServer()) // Described by its own event
        QCOMPARE(events(*store, u"sql.changed"_s), 0);
    store.reset();
    StoreError storeError;
    QVERIFY(!openServiceStore(m_dir, bakker, bakkerPassword, &storeError));
    QVERIFY(openAs(bakker, u"tijdelijk-wachtwoord"_s));
}

// The name letters are signed with, changed by a beheerder (Users dialog, `user
// rename`): one user.display_name_changed event; never empty, never a BSN; not by another role.
void TestUserService::displayNameByBeheerder()
{
    {
        auto store = openAs(testUser, testPassword);
        UserService users(*store, Session { *store });
        UserError error;
        QVERIFY2(users.add(bakker, QString(), Role::Functionaris, pw(bakkerPassword), &error),
                 qPrintable(error.message));
        QVERIFY2(users.setDisplayName(bakker, u"  Anna   Bakker "_s, &error),
                 qPrintable(error.message));
        QCOMPARE(users.find(bakker)->displayName, u"Anna Bakker"_s);
        QCOMPARE(events(*store, u"user.display_name_changed"_s), 1);
        // The same name again changes nothing and records nothing.
        QVERIFY2(users.setDisplayName(bakker, u"Anna Bakker"_s, &error), qPrintable(error.message));
        QCOMPARE(events(*store, u"user.display_name_changed"_s), 1);
        QVERIFY(!users.setDisplayName(bakker, u"  "_s, &error));
        QCOMPARE(error.code, UserError::Code::Invalid);
        QVERIFY(!users.setDisplayName(bakker, u"Anna "_s + elfProefNumber(), &error));
        QCOMPARE(error.code, UserError::Code::Invalid);
        QVERIFY(!users.setDisplayName(u"niemand"_s, u"Niemand"_s, &error));
        QCOMPARE(error.code, UserError::Code::NotFound);
        QCOMPARE(users.find(bakker)->displayName, u"Anna Bakker"_s);
        if (store->isServer()) // Described by its own event
            QCOMPARE(events(*store, u"sql.changed"_s), 0);
    }
    auto asBakker = openAs(bakker, bakkerPassword);
    QVERIFY(asBakker);
    UserError error;
    QVERIFY(!UserService(*asBakker, Session { *asBakker })
                 .setDisplayName(bakker, u"Anna de Boer"_s, &error));
    QCOMPARE(error.code, UserError::Code::Denied);
}

void TestUserService::regenerateRecoveryKey()
{
    if (testBackend() == Backend::Server)
        QSKIP("The recovery key is a slot of a store folder's keyring; a server store has none "
              "(IT resets a password there).");
    QString newKey;
    {
        auto store = openAs(testUser, testPassword);
        UserError error;
        newKey = UserService(*store, Session { *store }).regenerateRecoveryKey(&error);
        QVERIFY2(!newKey.isEmpty(), qPrintable(error.message));
        QVERIFY(newKey != m_recoveryKey);
        QCOMPARE(events(*store, u"recovery_key.regenerated"_s), 1);
        QCOMPARE(store->info().keySlotCount, 2);
    }
    StoreError error;
    QVERIFY(!Store::openWithRecoveryKey(m_dir, m_recoveryKey, &error));
    QCOMPARE(error.code(), StoreError::Code::WrongRecoveryKey);
    auto store = Store::openWithRecoveryKey(m_dir, newKey, &error);
    QVERIFY(store);
    QVERIFY(store->openedWithRecoveryKey());
}

void TestUserService::recoveryKeyActsAsBeheerder()
{
    if (testBackend() == Backend::Server)
        QSKIP("The recovery key is a slot of a store folder's keyring; a server store has none "
              "(IT resets a password there).");
    StoreError storeError;
    auto store = Store::openWithRecoveryKey(m_dir, m_recoveryKey, &storeError);
    QVERIFY(store);
    UserService users(*store, Session { *store });
    QCOMPARE(Session(*store).role(), std::optional<Role>(Role::Beheerder));
    UserError error;
    // The way back in when a password is lost: a new password for the beheerder.
    QVERIFY2(users.resetPassword(testUser, pw(u"na-het-vergeten"_s), &error),
             qPrintable(error.message));
    QCOMPARE(actorOf(*store, u"user.password_reset"_s), u"herstelsleutel"_s);
    store.reset();
    QVERIFY(openAs(testUser, u"na-het-vergeten"_s));
}

// The rekey committed, the rename of the keyring did not: the next open finishes it.
void TestUserService::interruptedRotationIsCompleted()
{
    if (testBackend() == Backend::Server)
        QSKIP("Key rotation is a store folder's (a pending keyring file next to the database); "
              "a server store has no keyring.");
    {
        auto store = openAs(testUser, testPassword);
        UserError error;
        QVERIFY(UserService(*store, Session { *store })
                    .add(bakker, {}, Role::Kcc, pw(bakkerPassword), &error));
    }
    const QDir dir(m_dir);
    const QString oldKeyring = m_tmp->filePath(u"voor.pdk"_s);
    QVERIFY(QFile::copy(dir.filePath(u"keyring.pdk"_s), oldKeyring));
    {
        auto store = openAs(testUser, testPassword);
        UserError error;
        QVERIFY(UserService(*store, Session { *store }).remove(bakker, &error));
    }
    QVERIFY(QFile::rename(dir.filePath(u"keyring.pdk"_s), dir.filePath(u"keyring.pdk.pending"_s)));
    QVERIFY(QFile::copy(oldKeyring, dir.filePath(u"keyring.pdk"_s)));
    const QByteArray expected = [&] {
        QFile file(dir.filePath(u"keyring.pdk.pending"_s));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();

    // The removed user cannot use the half-finished state.
    StoreError error;
    QVERIFY(!openServiceStore(m_dir, bakker, bakkerPassword, &error));
    QVERIFY(QFileInfo::exists(dir.filePath(u"keyring.pdk.pending"_s)));

    auto store = openAs(testUser, testPassword);
    QVERIFY(store);
    QVERIFY(!QFileInfo::exists(dir.filePath(u"keyring.pdk.pending"_s)));
    QFile keyring(dir.filePath(u"keyring.pdk"_s));
    QVERIFY(keyring.open(QIODevice::ReadOnly));
    QCOMPARE(keyring.readAll(), expected);
    QVERIFY(store->verify(nullptr, TrailRows::all()));
}

// A pending keyring whose rekey never committed is discarded; the store opens as it was.
void TestUserService::staleRotationIsDiscarded()
{
    if (testBackend() == Backend::Server)
        QSKIP("Key rotation is a store folder's (a pending keyring file next to the database); "
              "a server store has no keyring.");
    const QString other = m_tmp->filePath(u"andere"_s);
    QVERIFY(createTestStore(other)); // same user and password, another master key
    QVERIFY(QFile::copy(QDir(other).filePath(u"keyring.pdk"_s),
                        QDir(m_dir).filePath(u"keyring.pdk.pending"_s)));
    auto store = openAs(testUser, testPassword);
    QVERIFY(store);
    QVERIFY(!QFileInfo::exists(QDir(m_dir).filePath(u"keyring.pdk.pending"_s)));
    QVERIFY(store->verify(nullptr, TrailRows::all()));
}

void TestUserService::rolePermissionTable()
{
    QVERIFY(UserService::roleMay(Role::Beheerder, Permission::ManageUsers));
    QVERIFY(UserService::roleMay(Role::Beheerder, Permission::Restore));
    QVERIFY(UserService::roleMay(Role::Functionaris, Permission::Backup));
    for (Role role : { Role::Functionaris, Role::Kcc, Role::Auditor }) {
        QVERIFY(!UserService::roleMay(role, Permission::ManageUsers));
        QVERIFY(!UserService::roleMay(role, Permission::RegenerateRecoveryKey));
        QVERIFY(!UserService::roleMay(role, Permission::Restore));
    }
    QVERIFY(!UserService::roleMay(Role::Kcc, Permission::Backup));
    QVERIFY(!UserService::roleMay(Role::Auditor, Permission::Backup));
    for (Role role : { Role::Beheerder, Role::Functionaris, Role::Kcc, Role::Auditor })
        QCOMPARE(UserService::roleFromCode(UserService::roleCode(role)), std::optional(role));
    QVERIFY(!UserService::roleFromCode(u"admin"_s));
}

void TestUserService::openNeedsAnActiveUser()
{
    // A slot whose user row is removed (a removal whose rekey did not finish) or missing (a slot
    // added behind the application's back) opens nothing, and says no more than a wrong
    // password does; the recovery key still opens.
    {
        auto store = openAs(testUser, testPassword);
        QVERIFY(store);
        UserService users(*store, Session { *store });
        UserError error;
        QVERIFY(users.add(bakker, {}, Role::Functionaris, pw(bakkerPassword), &error));
        QVERIFY(users.add(smit, {}, Role::Kcc, pw(smitPassword), &error));
        // Typed in capitals, the store still acts as the row's login.
        store.reset();
        store = openAs(u" A.Bakker "_s, bakkerPassword);
        QVERIFY(store);
        QCOMPARE(store->userName(), bakker);
        store.reset();
        store = openAs(testUser, testPassword);
        QVERIFY(store);
        QVERIFY(execSql(store->database(),
                        u"UPDATE users SET removed_at = '2026-12-21T09:00:00.000Z' "
                        "WHERE login = '"_s
                            + bakker + u"'"_s));
        // A users row deleted behind the application's back: a server lets no application role
        // delete one (there a login without its row is what tst_serverstore tries by hand).
        QCOMPARE(execSql(store->database(), u"DELETE FROM users WHERE login = '"_s + smit + u"'"_s),
                 !store->isServer());
    }
    const bool server = testBackend() == Backend::Server;
    StoreError wrong;
    QVERIFY(!openServiceStore(m_dir, bakker, u"niet-het-wachtwoord"_s, &wrong));
    // A server answers every refused login alike, as a refusal of the server (Code::Server):
    // libpq does not say apart a wrong password from a login that may not log in.
    QCOMPARE(wrong.code(), server ? StoreError::Code::Server : StoreError::Code::WrongPassword);
    QList<std::pair<QString, QString>> refused { std::pair(bakker, bakkerPassword),
                                                 std::pair(QString(), bakkerPassword),
                                                 std::pair(QString(), smitPassword) };
    if (!server)
        refused << std::pair(smit, smitPassword);
    for (const auto &[user, password] : std::as_const(refused)) {
        StoreError error;
        QVERIFY(!openServiceStore(m_dir, user, password, &error));
        QCOMPARE(error.code(), wrong.code());
        // On a server the message carries the server's own words, which name the login they
        // refused (and, for a removed user, that it may not log in): compared on a folder only.
        if (!server) {
            QCOMPARE(error.message(), wrong.message());
            QCOMPARE(error.detail(), wrong.detail());
        }
    }
    if (testBackend() == Backend::Server)
        return; // a server store has no recovery key
    StoreError error;
    auto recovered = Store::openWithRecoveryKey(m_dir, m_recoveryKey, &error);
    QVERIFY2(recovered, qPrintable(error.detail()));
    QVERIFY(recovered->openedWithRecoveryKey());
}

// A read of the users that fails is said, never answered as "no users" or "no such user" (the
// list would show an empty store, find would make remove say "there is no user").
void TestUserService::failedReadsAreErrors()
{
    auto store = openAs(testUser, testPassword);
    QVERIFY(store);
    UserService users(*store, Session { *store });
    UserError error;
    QCOMPARE(users.list(false, &error).size(), 1);
    QVERIFY(!error.isError());
    QVERIFY(users.find(testUser, &error));
    QVERIFY(!error.isError());
    // The connection is gone (a server restarted, a disk taken away): every read says so.
    store->database().close();
    QVERIFY(users.list(true, &error).isEmpty());
    QCOMPARE(error.code, UserError::Code::Storage);
    error = {};
    QVERIFY(!users.find(testUser, &error));
    QCOMPARE(error.code, UserError::Code::Storage);
}

QTEST_GUILESS_MAIN(TestUserService)
#include "tst_userservice.moc"
