#include "TestSupport.h"
#include "crypto/Keyring.h"
#include "crypto/RecoveryKey.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using pd::KdfParams;
using pd::Keyring;
using pd::SecureBytes;
using Status = pd::Keyring::Status;

namespace pd {
const char *statusName(Keyring::Status status)
{
    static const char *const names[] = { "Ok",          "NotFound",           "IoError",
                                         "Malformed",   "UnsupportedVersion", "WrongPassword",
                                         "UnknownUser", "Tampered",           "CryptoFailure",
                                         "LastUser",    "DuplicateUser",      "InvalidArgument" };
    const auto index = static_cast<std::size_t>(status);
    return index < std::size(names) ? names[index] : "?";
}

// QCOMPARE prints statuses by name (found by argument-dependent lookup).
char *toString(Keyring::Status status)
{
    return qstrdup(statusName(status));
}
} // namespace pd

namespace {

SecureBytes password(QStringView text)
{
    return SecureBytes::fromUtf8(text);
}

QByteArray toQByteArray(const SecureBytes &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()),
                      static_cast<qsizetype>(bytes.size()));
}

const KdfParams fast = KdfParams::minimum();

// alice and bob, minimum KDF cost.
Keyring twoUsers(const SecureBytes &master)
{
    Keyring keyring = Keyring::create();
    Status status = Status::CryptoFailure;
    if (!keyring.addUser(u"alice", password(u"alice-pw"), master, fast, &status)
        || !keyring.addUser(u"bob", password(u"bob-pw"), master, fast, &status))
        qFatal("cannot build the test keyring");
    return keyring;
}

QJsonObject toJson(const Keyring &keyring)
{
    return QJsonDocument::fromJson(keyring.serialize()).object();
}

Keyring fromJson(const QJsonObject &object, Status *status)
{
    return Keyring::parse(QJsonDocument(object).toJson(), status);
}

// Index of the slot whose id is slotId in the JSON "slots" array.
qsizetype slotIndex(const QJsonObject &root, const QString &slotId)
{
    const QJsonArray slotList = root.value("slots"_L1).toArray();
    for (qsizetype i = 0; i < slotList.size(); ++i) {
        if (slotList.at(i).toObject().value("id"_L1).toString() == slotId)
            return i;
    }
    return -1;
}

// The id of the slot that the password opens.
QString slotIdOf(const Keyring &keyring, QStringView pw)
{
    QString id;
    Status status = Status::CryptoFailure;
    keyring.unlockAnyUser(password(pw), &id, &status);
    return status == Status::Ok ? id : QString();
}

QString flipBase64Byte(const QString &base64, qsizetype index)
{
    QByteArray raw = QByteArray::fromBase64(base64.toLatin1());
    raw[index] = static_cast<char>(raw.at(index) ^ 0x01);
    return QString::fromLatin1(raw.toBase64());
}

} // namespace

class tst_Keyring final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(pd::initSodium()); }

    void kdfParams()
    {
        QVERIFY(KdfParams::moderate().isAtLeastModerate());
        QVERIFY(KdfParams::sensitive().isAtLeastModerate());
        QVERIFY(!KdfParams::minimum().isAtLeastModerate());
        QCOMPARE(KdfParams::moderate().opsLimit, quint64(3));
        QCOMPARE(KdfParams::moderate().memLimit, quint64(256) * 1024 * 1024);
        QVERIFY(!(KdfParams { 3, 128 * 1024 * 1024 }.isAtLeastModerate()));
        QVERIFY(!(KdfParams { 2, 1024 * 1024 * 1024 }.isAtLeastModerate()));
        QVERIFY(KdfParams::minimum() == KdfParams::minimum());
        QVERIFY(!(KdfParams::minimum() == KdfParams::moderate()));
    }

    void createIsEmptyAndValid()
    {
        const Keyring a = Keyring::create();
        const Keyring b = Keyring::create();
        QVERIFY(a.isValid());
        QVERIFY(!a.storeId().isNull());
        QVERIFY(a.storeId() != b.storeId());
        QVERIFY(a.keySlots().isEmpty());
        QVERIFY(!a.hasRecoverySlot());
        QVERIFY(!a.hasUser(u"alice"));

        // An empty keyring survives a save/load round trip.
        Status status = Status::CryptoFailure;
        const Keyring parsed = Keyring::parse(a.serialize(), &status);
        QCOMPARE(status, Status::Ok);
        QCOMPARE(parsed.storeId(), a.storeId());
    }

    void saveLoadUnlockRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"store.keyring"_s);
        const SecureBytes master = SecureBytes::random(32);
        const QDateTime before = pd::test::systemNow().addSecs(-1);
        {
            const Keyring keyring = twoUsers(master);
            QString error;
            QVERIFY2(keyring.save(path, &error), qPrintable(error));
        }
        QCOMPARE(QFile::permissions(path),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                     | QFileDevice::WriteUser);

        Status status = Status::CryptoFailure;
        const Keyring loaded = Keyring::load(path, &status);
        QCOMPARE(status, Status::Ok);
        QVERIFY(loaded.isValid());
        QVERIFY(loaded.hasUser(u"alice"));
        QVERIFY(loaded.hasUser(u"bob"));
        QVERIFY(!loaded.hasUser(u"carol"));
        QVERIFY(loaded.verify(master));
        QVERIFY(!loaded.verify(SecureBytes::random(32)));

        const QList<pd::KeySlotInfo> slotList = loaded.keySlots();
        QCOMPARE(slotList.size(), 2);
        for (const pd::KeySlotInfo &slot : slotList) {
            QCOMPARE(slot.kind, pd::KeySlotKind::User);
            QCOMPARE(slot.kdf, fast);
            QCOMPARE(slot.id.size(), 16);
            QVERIFY(slot.created.isValid());
            QCOMPARE(slot.created.timeSpec(), Qt::UTC);
            QVERIFY(slot.created >= before);
            QVERIFY(slot.created <= pd::test::systemNow().addSecs(1));
        }
        QVERIFY(slotList.at(0).id != slotList.at(1).id);

        QVERIFY(loaded.unlockUser(u"alice", password(u"alice-pw"), &status).equals(master));
        QCOMPARE(status, Status::Ok);
        QVERIFY(loaded.unlockUser(u"bob", password(u"bob-pw"), &status).equals(master));
        QCOMPARE(status, Status::Ok);

        // Saving again over the existing file keeps it private.
        QString error;
        QVERIFY2(loaded.save(path, &error), qPrintable(error));
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void serializeIsStable()
    {
        const Keyring keyring = twoUsers(SecureBytes::random(32));
        Status status = Status::CryptoFailure;
        const Keyring parsed = Keyring::parse(keyring.serialize(), &status);
        QCOMPARE(status, Status::Ok);
        QCOMPARE(parsed.serialize(), keyring.serialize());
    }

    void wrongPassword()
    {
        const Keyring keyring = twoUsers(SecureBytes::random(32));
        Status status = Status::Ok;
        QVERIFY(keyring.unlockUser(u"alice", password(u"bob-pw"), &status).isEmpty());
        QCOMPARE(status, Status::WrongPassword);
        status = Status::Ok;
        QVERIFY(keyring.unlockUser(u"alice", password(u"Alice-pw"), &status).isEmpty());
        QCOMPARE(status, Status::WrongPassword);
        status = Status::Ok;
        QVERIFY(keyring.unlockUser(u"alice", SecureBytes(), &status).isEmpty());
        QCOMPARE(status, Status::WrongPassword);
        status = Status::Ok;
        QString slotId = u"unchanged"_s;
        QVERIFY(keyring.unlockAnyUser(password(u"nobody's"), &slotId, &status).isEmpty());
        QCOMPARE(status, Status::WrongPassword);
        QCOMPARE(slotId, u"unchanged"_s);
    }

    void unknownUser()
    {
        const Keyring keyring = twoUsers(SecureBytes::random(32));
        Status status = Status::Ok;
        QVERIFY(keyring.unlockUser(u"carol", password(u"alice-pw"), &status).isEmpty());
        QCOMPARE(status, Status::UnknownUser);
        status = Status::Ok;
        QVERIFY(keyring.unlockUser(u"", password(u"alice-pw"), &status).isEmpty());
        QCOMPARE(status, Status::UnknownUser);
        status = Status::Ok;
        QVERIFY(Keyring::create().unlockUser(u"alice", password(u"x"), &status).isEmpty());
        QCOMPARE(status, Status::UnknownUser);
    }

    void unlockAnyUserReturnsSlotId()
    {
        const SecureBytes master = SecureBytes::random(32);
        const Keyring keyring = twoUsers(master);
        QString aliceSlot;
        QString bobSlot;
        Status status = Status::CryptoFailure;
        QVERIFY(keyring.unlockAnyUser(password(u"alice-pw"), &aliceSlot, &status).equals(master));
        QCOMPARE(status, Status::Ok);
        QVERIFY(keyring.unlockAnyUser(password(u"bob-pw"), &bobSlot, &status).equals(master));
        QCOMPARE(status, Status::Ok);
        QVERIFY(aliceSlot != bobSlot);
        QStringList ids;
        for (const pd::KeySlotInfo &slot : keyring.keySlots())
            ids << slot.id;
        QVERIFY(ids.contains(aliceSlot));
        QVERIFY(ids.contains(bobSlot));
        QVERIFY(keyring.unlockAnyUser(password(u"bob-pw"), nullptr, &status).equals(master));
    }

    void userNameNormalisation_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("same") << u"Alice Jansen"_s;
        QTest::newRow("lower") << u"alice jansen"_s;
        QTest::newRow("upper") << u"ALICE JANSEN"_s;
        QTest::newRow("padded") << u"  Alice Jansen \t\n"_s;
        QTest::newRow("fullwidth") << u"\uff21lice Jansen"_s; // NFKC folds width
    }

    void userNameNormalisation()
    {
        QFETCH(QString, typed);
        const SecureBytes master = SecureBytes::random(32);
        Keyring keyring = Keyring::create();
        Status status = Status::CryptoFailure;
        QVERIFY(keyring.addUser(u" Alice Jansen ", password(u"pw"), master, fast, &status));
        QVERIFY(keyring.hasUser(typed));
        QVERIFY(keyring.unlockUser(typed, password(u"pw"), &status).equals(master));
        QCOMPARE(status, Status::Ok);
        QVERIFY(!keyring.addUser(typed, password(u"other"), master, fast, &status));
        QCOMPARE(status, Status::DuplicateUser);
        QVERIFY(!keyring.hasUser(u"Alice  Jansen")); // inner whitespace is significant
    }

    void invalidArguments()
    {
        const SecureBytes master = SecureBytes::random(32);
        Keyring keyring = twoUsers(master);
        Status status = Status::Ok;
        QVERIFY(!keyring.addUser(u"", password(u"pw"), master, fast, &status));
        QCOMPARE(status, Status::InvalidArgument);
        QVERIFY(!keyring.addUser(u" \t ", password(u"pw"), master, fast, &status));
        QCOMPARE(status, Status::InvalidArgument);
        QVERIFY(!keyring.addUser(u"carol", SecureBytes(), master, fast, &status));
        QCOMPARE(status, Status::InvalidArgument);
        QVERIFY(
            !keyring.addUser(u"carol", password(u"pw"), SecureBytes::random(16), fast, &status));
        QCOMPARE(status, Status::InvalidArgument);
        QVERIFY(
            !keyring.addUser(u"carol", password(u"pw"), master, KdfParams { 0, 8192 }, &status));
        QCOMPARE(status, Status::InvalidArgument);
        QVERIFY(
            !keyring.addUser(u"carol", password(u"pw"), master, KdfParams { 1, 1024 }, &status));
        QCOMPARE(status, Status::InvalidArgument);
        QVERIFY(
            !keyring.changePassword(u"alice", password(u"alice-pw"), SecureBytes(), fast, &status));
        QCOMPARE(status, Status::InvalidArgument);
        QVERIFY(keyring.replaceRecoveryKey(master, KdfParams {}, &status).isEmpty());
        QCOMPARE(status, Status::InvalidArgument);
        QVERIFY(!keyring.rewrapMasterKey(master, SecureBytes::random(31), &status));
        QCOMPARE(status, Status::InvalidArgument);
        QCOMPARE(keyring.keySlots().size(), 2);
    }

    void firstSlotSetsMasterKey()
    {
        const SecureBytes master = SecureBytes::random(32);
        Keyring keyring = Keyring::create();
        Status status = Status::CryptoFailure;
        QVERIFY(keyring.addUser(u"alice", password(u"pw"), master, fast, &status));
        QVERIFY(!keyring.addUser(u"bob", password(u"pw"), SecureBytes::random(32), fast, &status));
        QCOMPARE(status, Status::Tampered);
        QVERIFY(!keyring.hasUser(u"bob"));
    }

    void noSecretsInSavedFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const SecureBytes master = SecureBytes::random(32);
        Keyring keyring = Keyring::create();
        Status status = Status::CryptoFailure;
        QVERIFY(keyring.addUser(u"Marieke de Vries", password(u"Zomer2024!geheim"), master, fast,
                                &status));
        const QString recovery = keyring.replaceRecoveryKey(master, fast, &status);
        QCOMPARE(status, Status::Ok);
        QString error;
        QVERIFY2(keyring.save(dir.filePath(u"store.keyring"_s), &error), qPrintable(error));

        const QByteArray raw = toQByteArray(master);
        const QByteArray recoveryRaw = toQByteArray(pd::RecoveryKey::parse(recovery));
        const QList<QByteArray> needles = {
            "Marieke"_ba,
            "marieke"_ba,
            "MARIEKE"_ba,
            "Vries"_ba,
            "vries"_ba,
            "Zomer2024"_ba,
            raw,
            raw.toHex(),
            raw.toHex().toUpper(),
            raw.toBase64(),
            raw.left(8),
            recovery.toLatin1(),
            recovery.left(5).toLatin1(),
            QString(recovery).remove(u'-').toLatin1(),
            recoveryRaw,
            recoveryRaw.toBase64(),
        };
        for (const QByteArray &needle : needles)
            QVERIFY2(pd::test::filesContaining(dir.path(), needle).isEmpty(), needle.constData());
    }

    void tamper_data()
    {
        QTest::addColumn<QString>("change");
        for (const char *change : { "flip wrapped_sk",
                                    "flip nonce",
                                    "ops",
                                    "mem",
                                    "salt",
                                    "pk from other slot",
                                    "pks swapped",
                                    "user tags swapped",
                                    "sealed_master from other slot",
                                    "flip sealed_master",
                                    "created",
                                    "delete other slot",
                                    "delete recovery slot",
                                    "slot from other keyring",
                                    "store_id",
                                    "user_salt",
                                    "flip mac",
                                    "mac from other keyring",
                                    "slot order",
                                    "slot id" })
            QTest::newRow(change) << QString::fromLatin1(change);
    }

    void tamper()
    {
        QFETCH(QString, change);
        const SecureBytes master = SecureBytes::random(32);
        Keyring original = twoUsers(master);
        Status status = Status::CryptoFailure;
        QVERIFY(!original.replaceRecoveryKey(master, fast, &status).isEmpty());
        const QString aliceId = slotIdOf(original, u"alice-pw");
        const QString bobId = slotIdOf(original, u"bob-pw");
        QVERIFY(!aliceId.isEmpty() && !bobId.isEmpty());

        QJsonObject root = toJson(original);
        QJsonArray slotList = root.value("slots"_L1).toArray();
        const qsizetype a = slotIndex(root, aliceId);
        const qsizetype b = slotIndex(root, bobId);
        QJsonObject alice = slotList.at(a).toObject();
        QJsonObject bob = slotList.at(b).toObject();
        QJsonObject kdf = alice.value("kdf"_L1).toObject();

        if (change == "flip wrapped_sk"_L1) {
            alice.insert("wrapped_sk"_L1,
                         flipBase64Byte(alice.value("wrapped_sk"_L1).toString(), 5));
        } else if (change == "flip nonce"_L1) {
            alice.insert("nonce"_L1, flipBase64Byte(alice.value("nonce"_L1).toString(), 0));
        } else if (change == "ops"_L1) {
            kdf.insert("ops"_L1, 2);
        } else if (change == "mem"_L1) {
            kdf.insert("mem"_L1, 16384);
        } else if (change == "salt"_L1) {
            kdf.insert("salt"_L1, flipBase64Byte(kdf.value("salt"_L1).toString(), 15));
        } else if (change == "pk from other slot"_L1) {
            alice.insert("pk"_L1, bob.value("pk"_L1));
        } else if (change == "pks swapped"_L1) {
            const QJsonValue pk = alice.value("pk"_L1);
            alice.insert("pk"_L1, bob.value("pk"_L1));
            bob.insert("pk"_L1, pk);
        } else if (change == "user tags swapped"_L1) {
            const QJsonValue tag = alice.value("user"_L1);
            alice.insert("user"_L1, bob.value("user"_L1));
            bob.insert("user"_L1, tag);
        } else if (change == "sealed_master from other slot"_L1) {
            alice.insert("sealed_master"_L1, bob.value("sealed_master"_L1));
        } else if (change == "flip sealed_master"_L1) {
            alice.insert("sealed_master"_L1,
                         flipBase64Byte(alice.value("sealed_master"_L1).toString(), 40));
        } else if (change == "created"_L1) {
            alice.insert("created"_L1, u"2001-01-01T00:00:00Z"_s);
        } else if (change == "slot id"_L1) {
            alice.insert("id"_L1, u"0123456789abcdef"_s);
        }
        if (change != "ops"_L1 && change != "mem"_L1 && change != "salt"_L1)
            kdf = alice.value("kdf"_L1).toObject();
        alice.insert("kdf"_L1, kdf);
        slotList.replace(a, alice);
        slotList.replace(b, bob);

        if (change == "delete other slot"_L1) {
            slotList.removeAt(b);
        } else if (change == "delete recovery slot"_L1) {
            // Remove the recovery slot: alice's own slot is untouched.
            for (qsizetype i = 0; i < slotList.size(); ++i) {
                if (slotList.at(i).toObject().value("kind"_L1).toString() == "recovery"_L1)
                    slotList.removeAt(i--);
            }
        } else if (change == "slot from other keyring"_L1) {
            Keyring other = Keyring::create();
            QVERIFY(other.addUser(u"mallory", password(u"mallory-pw"), SecureBytes::random(32),
                                  fast, &status));
            slotList.append(toJson(other).value("slots"_L1).toArray().at(0));
        } else if (change == "slot order"_L1) {
            const QJsonValue first = slotList.at(0);
            slotList.removeAt(0);
            slotList.append(first);
        }
        root.insert("slots"_L1, slotList);

        if (change == "store_id"_L1) {
            root.insert("store_id"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces));
        } else if (change == "user_salt"_L1) {
            root.insert("user_salt"_L1, flipBase64Byte(root.value("user_salt"_L1).toString(), 0));
        } else if (change == "flip mac"_L1) {
            root.insert("mac"_L1, flipBase64Byte(root.value("mac"_L1).toString(), 31));
        } else if (change == "mac from other keyring"_L1) {
            root.insert("mac"_L1, toJson(twoUsers(SecureBytes::random(32))).value("mac"_L1));
        }

        const Keyring tampered = fromJson(root, &status);
        QCOMPARE(status, Status::Ok); // structurally fine: only the cryptography can tell
        QVERIFY(tampered.serialize() != original.serialize());

        const auto acceptable = [](Status s) {
            return s == Status::WrongPassword || s == Status::Tampered || s == Status::UnknownUser;
        };
        // Whichever way one tries to unlock, nothing comes back.
        for (const auto &[user, pw] :
             { std::pair { u"alice"_s, u"alice-pw"_s }, std::pair { u"bob"_s, u"bob-pw"_s },
               std::pair { u"mallory"_s, u"mallory-pw"_s } }) {
            status = Status::Ok;
            const SecureBytes key = tampered.unlockUser(user, password(pw), &status);
            QVERIFY2(key.isEmpty() && acceptable(status), qPrintable(user));
            status = Status::Ok;
            QVERIFY(tampered.unlockAnyUser(password(pw), nullptr, &status).isEmpty());
            QVERIFY2(acceptable(status), pd::statusName(status));
        }
        QVERIFY(!tampered.verify(master));

        // And no change is accepted on top of the tampered keyring.
        Keyring mutable_ = fromJson(root, &status);
        QVERIFY(!mutable_.addUser(u"carol", password(u"carol-pw"), master, fast, &status));
        QCOMPARE(status, Status::Tampered);
        QVERIFY(!mutable_.rewrapMasterKey(master, SecureBytes::random(32), &status));
        QCOMPARE(status, Status::Tampered);
        QVERIFY(mutable_.replaceRecoveryKey(master, fast, &status).isEmpty());
        QCOMPARE(status, Status::Tampered);
    }

    void wrongMasterKeyRefusesChanges()
    {
        const SecureBytes master = SecureBytes::random(32);
        Keyring keyring = twoUsers(master);
        const QByteArray before = keyring.serialize();
        const SecureBytes wrong = SecureBytes::random(32);
        Status status = Status::Ok;
        QVERIFY(!keyring.addUser(u"carol", password(u"pw"), wrong, fast, &status));
        QCOMPARE(status, Status::Tampered);
        QVERIFY(!keyring.removeUser(u"bob", wrong, &status));
        QCOMPARE(status, Status::Tampered);
        QVERIFY(keyring.replaceRecoveryKey(wrong, fast, &status).isEmpty());
        QCOMPARE(status, Status::Tampered);
        QVERIFY(!keyring.rewrapMasterKey(wrong, SecureBytes::random(32), &status));
        QCOMPARE(status, Status::Tampered);
        QCOMPARE(keyring.serialize(), before);
    }

    void removeUserThenRekey()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"store.keyring"_s);
        const SecureBytes oldMaster = SecureBytes::random(32);
        Keyring keyring = twoUsers(oldMaster);
        Status status = Status::CryptoFailure;
        QVERIFY(keyring.addUser(u"carol", password(u"carol-pw"), oldMaster, fast, &status));
        const QString recovery = keyring.replaceRecoveryKey(oldMaster, fast, &status);
        QVERIFY(!recovery.isEmpty());
        const QString bobId = slotIdOf(keyring, u"bob-pw");
        const QJsonObject oldRoot = toJson(keyring);

        QVERIFY(keyring.removeUser(u"BOB ", oldMaster, &status));
        QCOMPARE(status, Status::Ok);
        QVERIFY(!keyring.hasUser(u"bob"));
        QCOMPARE(keyring.keySlots().size(), 3);
        const SecureBytes newMaster = SecureBytes::random(32);
        QVERIFY(keyring.rewrapMasterKey(oldMaster, newMaster, &status));
        QCOMPARE(status, Status::Ok);
        QString error;
        QVERIFY2(keyring.save(path, &error), qPrintable(error));

        const Keyring loaded = Keyring::load(path, &status);
        QCOMPARE(status, Status::Ok);
        QVERIFY(loaded.verify(newMaster));
        QVERIFY(!loaded.verify(oldMaster));
        QVERIFY(loaded.unlockUser(u"alice", password(u"alice-pw"), &status).equals(newMaster));
        QCOMPARE(status, Status::Ok);
        QVERIFY(loaded.unlockUser(u"carol", password(u"carol-pw"), &status).equals(newMaster));
        QCOMPARE(status, Status::Ok);
        QVERIFY(loaded.unlockRecovery(recovery, &status).equals(newMaster));
        QCOMPARE(status, Status::Ok);
        QVERIFY(loaded.unlockUser(u"bob", password(u"bob-pw"), &status).isEmpty());
        QCOMPARE(status, Status::UnknownUser);
        QVERIFY(loaded.unlockAnyUser(password(u"bob-pw"), nullptr, &status).isEmpty());
        QCOMPARE(status, Status::WrongPassword);

        // Bob kept a copy of the old file: his old slot still opens the OLD key there...
        const Keyring oldFile = fromJson(oldRoot, &status);
        QVERIFY(oldFile.unlockUser(u"bob", password(u"bob-pw"), &status).equals(oldMaster));
        // ...but pasted into the new keyring it yields nothing.
        QJsonObject root = QJsonDocument::fromJson(loaded.serialize()).object();
        QJsonArray slotList = root.value("slots"_L1).toArray();
        slotList.append(oldRoot.value("slots"_L1).toArray().at(slotIndex(oldRoot, bobId)));
        root.insert("slots"_L1, slotList);
        const Keyring withOldSlot = fromJson(root, &status);
        QCOMPARE(status, Status::Ok);
        SecureBytes key = withOldSlot.unlockUser(u"bob", password(u"bob-pw"), &status);
        QVERIFY(key.isEmpty());
        QCOMPARE(status, Status::Tampered);
        key = withOldSlot.unlockAnyUser(password(u"bob-pw"), nullptr, &status);
        QVERIFY(key.isEmpty());
        QVERIFY(status != Status::Ok);
        // The legitimate users now see a tampered keyring rather than silently accepting it.
        QVERIFY(withOldSlot.unlockUser(u"alice", password(u"alice-pw"), &status).isEmpty());
        QCOMPARE(status, Status::Tampered);
    }

    void removeUserErrors()
    {
        const SecureBytes master = SecureBytes::random(32);
        Keyring keyring = twoUsers(master);
        Status status = Status::Ok;
        QVERIFY(!keyring.removeUser(u"carol", master, &status));
        QCOMPARE(status, Status::UnknownUser);
        QVERIFY(keyring.removeUser(u"alice", master, &status));
        QVERIFY(!keyring.removeUser(u"bob", master, &status));
        QCOMPARE(status, Status::LastUser);
        // A recovery slot does not count as a user.
        QVERIFY(!keyring.replaceRecoveryKey(master, fast, &status).isEmpty());
        QVERIFY(!keyring.removeUser(u"bob", master, &status));
        QCOMPARE(status, Status::LastUser);
        QVERIFY(keyring.unlockUser(u"bob", password(u"bob-pw"), &status).equals(master));
    }

    // By id, for a slot no user row claims (Store's sweep after an interrupted removal):
    // never the recovery slot, never the last user slot.
    void removeSlotById()
    {
        const SecureBytes master = SecureBytes::random(32);
        Keyring keyring = twoUsers(master);
        Status status = Status::Ok;
        const QString recovery = keyring.replaceRecoveryKey(master, fast, &status);
        QVERIFY(!recovery.isEmpty());
        QString recoveryId;
        for (const pd::KeySlotInfo &slot : keyring.keySlots()) {
            if (slot.kind == pd::KeySlotKind::Recovery)
                recoveryId = slot.id;
        }
        const QString bobId = keyring.slotIdOf(u"bob");
        QCOMPARE(bobId, slotIdOf(keyring, u"bob-pw"));
        QVERIFY(keyring.slotIdOf(u"carol").isEmpty());
        QVERIFY(!keyring.removeSlot(recoveryId, master, &status));
        QCOMPARE(status, Status::NotFound);
        QVERIFY(!keyring.removeSlot(u"no-such-slot", master, &status));
        QCOMPARE(status, Status::NotFound);
        QVERIFY(!keyring.removeSlot(bobId, SecureBytes::random(32), &status));
        QVERIFY(keyring.hasUser(u"bob"));
        QVERIFY(keyring.removeSlot(bobId, master, &status));
        QCOMPARE(status, Status::Ok);
        QVERIFY(!keyring.hasUser(u"bob"));
        QVERIFY(keyring.verify(master));
        QVERIFY(keyring.unlockUser(u"bob", password(u"bob-pw"), &status).isEmpty());
        QVERIFY(!keyring.removeSlot(keyring.slotIdOf(u"alice"), master, &status));
        QCOMPARE(status, Status::LastUser);
        QVERIFY(keyring.hasRecoverySlot());
    }

    void changePassword()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"store.keyring"_s);
        const SecureBytes master = SecureBytes::random(32);
        Keyring keyring = twoUsers(master);
        const QString aliceId = slotIdOf(keyring, u"alice-pw");
        const QJsonObject before = toJson(keyring);
        Status status = Status::Ok;

        // Wrong old password or unknown user: refused, nothing changes.
        QVERIFY(
            !keyring.changePassword(u"alice", password(u"wrong"), password(u"new"), fast, &status));
        QCOMPARE(status, Status::WrongPassword);
        QVERIFY(!keyring.changePassword(u"carol", password(u"alice-pw"), password(u"new"), fast,
                                        &status));
        QCOMPARE(status, Status::UnknownUser);
        QCOMPARE(toJson(keyring), before);

        const KdfParams stronger { 2, 16384 };
        QVERIFY(keyring.changePassword(u"Alice", password(u"alice-pw"), password(u"n3w pässword"),
                                       stronger, &status));
        QCOMPARE(status, Status::Ok);
        QString error;
        QVERIFY2(keyring.save(path, &error), qPrintable(error));
        const Keyring loaded = Keyring::load(path, &status);
        QCOMPARE(status, Status::Ok);

        QVERIFY(loaded.unlockUser(u"alice", password(u"alice-pw"), &status).isEmpty());
        QCOMPARE(status, Status::WrongPassword);
        QVERIFY(loaded.unlockUser(u"alice", password(u"n3w pässword"), &status).equals(master));
        QCOMPARE(status, Status::Ok);
        QVERIFY(loaded.unlockUser(u"bob", password(u"bob-pw"), &status).equals(master));
        QCOMPARE(status, Status::Ok);
        QVERIFY(loaded.verify(master));

        // Same slot and key pair; new salt, nonce, limits and ciphertext.
        const QJsonObject after = toJson(loaded);
        const QJsonObject oldSlot
            = before.value("slots"_L1).toArray().at(slotIndex(before, aliceId)).toObject();
        const qsizetype newIndex = slotIndex(after, aliceId);
        QVERIFY(newIndex >= 0);
        const QJsonObject newSlot = after.value("slots"_L1).toArray().at(newIndex).toObject();
        QCOMPARE(newSlot.value("pk"_L1), oldSlot.value("pk"_L1));
        QCOMPARE(newSlot.value("sealed_master"_L1), oldSlot.value("sealed_master"_L1));
        QVERIFY(newSlot.value("nonce"_L1) != oldSlot.value("nonce"_L1));
        QVERIFY(newSlot.value("wrapped_sk"_L1) != oldSlot.value("wrapped_sk"_L1));
        const QJsonObject newKdf = newSlot.value("kdf"_L1).toObject();
        QVERIFY(newKdf.value("salt"_L1) != oldSlot.value("kdf"_L1).toObject().value("salt"_L1));
        QCOMPARE(newKdf.value("ops"_L1).toInteger(), 2);
        QCOMPARE(newKdf.value("mem"_L1).toInteger(), 16384);
        for (const pd::KeySlotInfo &info : loaded.keySlots()) {
            if (info.id == aliceId)
                QCOMPARE(info.kdf, stronger);
        }
    }

    void recoveryKey()
    {
        const SecureBytes master = SecureBytes::random(32);
        Keyring keyring = twoUsers(master);
        Status status = Status::Ok;
        QVERIFY(keyring.unlockRecovery(u"00000-00000-00000-00000-00000-00000-00000-00000", &status)
                    .isEmpty());
        QCOMPARE(status, Status::NotFound);

        const QString text = keyring.replaceRecoveryKey(master, fast, &status);
        QCOMPARE(status, Status::Ok);
        QCOMPARE(text.size(), 47);
        QVERIFY(keyring.hasRecoverySlot());
        QCOMPARE(pd::RecoveryKey::format(pd::RecoveryKey::parse(text)), text);

        Status parsed = Status::CryptoFailure;
        const Keyring loaded = Keyring::parse(keyring.serialize(), &parsed);
        QCOMPARE(parsed, Status::Ok);
        QVERIFY(loaded.hasRecoverySlot());
        QVERIFY(loaded.unlockRecovery(text, &status).equals(master));
        QCOMPARE(status, Status::Ok);
        // Typed back sloppily.
        const QString typed
            = QString(text).remove(u'-').toLower().replace(u'0', u'o').replace(u'1', u'l');
        QVERIFY(loaded.unlockRecovery(typed, &status).equals(master));
        QCOMPARE(status, Status::Ok);

        // A different well-formed key, and text that is no key at all.
        const QString other = pd::RecoveryKey::format(pd::RecoveryKey::generate());
        QVERIFY(loaded.unlockRecovery(other, &status).isEmpty());
        QCOMPARE(status, Status::WrongPassword);
        QVERIFY(loaded.unlockRecovery(u"not a recovery key", &status).isEmpty());
        QCOMPARE(status, Status::WrongPassword);
        QVERIFY(loaded.unlockRecovery(text.left(46), &status).isEmpty());
        QCOMPARE(status, Status::WrongPassword);

        // The recovery key is not a user password.
        QVERIFY(loaded.unlockAnyUser(password(text), nullptr, &status).isEmpty());
        QCOMPARE(status, Status::WrongPassword);

        int recoverySlots = 0;
        for (const pd::KeySlotInfo &info : loaded.keySlots())
            recoverySlots += info.kind == pd::KeySlotKind::Recovery ? 1 : 0;
        QCOMPARE(recoverySlots, 1);
    }

    void replaceRecoveryKeyRevokesOld()
    {
        const SecureBytes master = SecureBytes::random(32);
        Keyring keyring = twoUsers(master);
        Status status = Status::CryptoFailure;
        const QString first = keyring.replaceRecoveryKey(master, fast, &status);
        QCOMPARE(status, Status::Ok);
        const QJsonObject withFirst = toJson(keyring);
        const QString second = keyring.replaceRecoveryKey(master, fast, &status);
        QCOMPARE(status, Status::Ok);
        QVERIFY(first != second);

        const Keyring loaded = Keyring::parse(keyring.serialize(), &status);
        QCOMPARE(status, Status::Ok);
        QVERIFY(loaded.unlockRecovery(first, &status).isEmpty());
        QCOMPARE(status, Status::WrongPassword);
        QVERIFY(loaded.unlockRecovery(second, &status).equals(master));
        QCOMPARE(status, Status::Ok);
        QCOMPARE(loaded.keySlots().size(), 3);

        // Putting the old recovery slot back in place of the new one is detected.
        QJsonObject root = toJson(loaded);
        QJsonArray slotList = root.value("slots"_L1).toArray();
        for (qsizetype i = 0; i < slotList.size(); ++i) {
            if (slotList.at(i).toObject().value("kind"_L1).toString() == "recovery"_L1)
                slotList.removeAt(i--);
        }
        for (const QJsonValue &slot : withFirst.value("slots"_L1).toArray()) {
            if (slot.toObject().value("kind"_L1).toString() == "recovery"_L1)
                slotList.append(slot);
        }
        root.insert("slots"_L1, slotList);
        const Keyring restored = fromJson(root, &status);
        QCOMPARE(status, Status::Ok);
        QVERIFY(restored.unlockRecovery(first, &status).isEmpty());
        QCOMPARE(status, Status::Tampered);
    }

    void parseMalformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QJsonObject valid = toJson(twoUsers(SecureBytes::random(32)));
        const auto json = [](const QJsonObject &object) {
            return QJsonDocument(object).toJson();
        };
        const auto withRoot = [&](QLatin1StringView key, const QJsonValue &value) {
            QJsonObject copy = valid;
            if (value.isUndefined())
                copy.remove(key);
            else
                copy.insert(key, value);
            return json(copy);
        };
        const auto withSlot = [&](QLatin1StringView key, const QJsonValue &value) {
            QJsonObject copy = valid;
            QJsonArray slotList = copy.value("slots"_L1).toArray();
            QJsonObject slot = slotList.at(0).toObject();
            if (value.isUndefined())
                slot.remove(key);
            else
                slot.insert(key, value);
            slotList.replace(0, slot);
            copy.insert("slots"_L1, slotList);
            return json(copy);
        };
        const auto withKdf = [&](QLatin1StringView key, const QJsonValue &value) {
            QJsonObject copy = valid;
            QJsonArray slotList = copy.value("slots"_L1).toArray();
            QJsonObject slot = slotList.at(0).toObject();
            QJsonObject kdf = slot.value("kdf"_L1).toObject();
            if (value.isUndefined())
                kdf.remove(key);
            else
                kdf.insert(key, value);
            slot.insert("kdf"_L1, kdf);
            slotList.replace(0, slot);
            copy.insert("slots"_L1, slotList);
            return json(copy);
        };
        const QJsonValue missing(QJsonValue::Undefined);
        const auto base64 = [](qsizetype size) {
            return QString::fromLatin1(QByteArray(size, 'x').toBase64());
        };

        QTest::newRow("empty") << QByteArray();
        QTest::newRow("whitespace") << "  \n"_ba;
        QTest::newRow("null") << "null"_ba;
        QTest::newRow("array") << "[]"_ba;
        QTest::newRow("empty object") << "{}"_ba;
        QTest::newRow("string") << "\"privacydesk-keyring\""_ba;
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01{", 5);
        QTest::newRow("truncated") << json(valid).left(json(valid).size() / 2);
        QTest::newRow("trailing garbage") << json(valid) + "}}"_ba;
        QTest::newRow("deep nesting") << QByteArray(100000, '[') + QByteArray(100000, ']');
        QTest::newRow("deep nesting, unterminated") << QByteArray(200000, '[');
        QTest::newRow("over 1 MiB") << json(valid) + QByteArray(1100000, ' ');
        QTest::newRow("huge string") << "{\"format\":\""_ba + QByteArray(900000, 'a') + "\"}"_ba;
        QTest::newRow("format missing") << withRoot("format"_L1, missing);
        QTest::newRow("format wrong") << withRoot("format"_L1, u"luks"_s);
        QTest::newRow("format not string") << withRoot("format"_L1, 1);
        QTest::newRow("version missing") << withRoot("version"_L1, missing);
        QTest::newRow("version string") << withRoot("version"_L1, u"1"_s);
        QTest::newRow("version 0") << withRoot("version"_L1, 0);
        QTest::newRow("version negative") << withRoot("version"_L1, -1);
        QTest::newRow("version 1.5") << withRoot("version"_L1, 1.5);
        QTest::newRow("store_id missing") << withRoot("store_id"_L1, missing);
        QTest::newRow("store_id garbage") << withRoot("store_id"_L1, u"not-a-uuid"_s);
        QTest::newRow("store_id null uuid")
            << withRoot("store_id"_L1, u"00000000-0000-0000-0000-000000000000"_s);
        QTest::newRow("user_salt short") << withRoot("user_salt"_L1, base64(15));
        QTest::newRow("user_salt long") << withRoot("user_salt"_L1, base64(17));
        QTest::newRow("user_salt not base64")
            << withRoot("user_salt"_L1, u"!!!!!!!!!!!!!!!!!!!!!!!!"_s);
        QTest::newRow("slots missing") << withRoot("slots"_L1, missing);
        QTest::newRow("slots object") << withRoot("slots"_L1, QJsonObject());
        QTest::newRow("slot not object") << withRoot("slots"_L1, QJsonArray { 1, 2 });
        QTest::newRow("too many slots") << withRoot("slots"_L1, [&] {
            QJsonArray many;
            for (int i = 0; i < 65; ++i)
                many.append(valid.value("slots"_L1).toArray().at(0));
            return many;
        }());
        QTest::newRow("duplicate slot")
            << withRoot("slots"_L1,
                        QJsonArray { valid.value("slots"_L1).toArray().at(0),
                                     valid.value("slots"_L1).toArray().at(0) });
        QTest::newRow("mac missing") << withRoot("mac"_L1, missing);
        QTest::newRow("mac empty with slots") << withRoot("mac"_L1, u""_s);
        QTest::newRow("mac short") << withRoot("mac"_L1, base64(31));
        QTest::newRow("mac long") << withRoot("mac"_L1, base64(64));
        QTest::newRow("slot id short") << withSlot("id"_L1, u"0123"_s);
        QTest::newRow("slot id upper hex") << withSlot("id"_L1, u"0123456789ABCDEF"_s);
        QTest::newRow("slot id not hex") << withSlot("id"_L1, u"0123456789abcdeg"_s);
        QTest::newRow("slot id number") << withSlot("id"_L1, 12345);
        QTest::newRow("kind missing") << withSlot("kind"_L1, missing);
        QTest::newRow("kind unknown") << withSlot("kind"_L1, u"admin"_s);
        QTest::newRow("recovery with user") << withSlot("kind"_L1, u"recovery"_s);
        QTest::newRow("user missing") << withSlot("user"_L1, missing);
        QTest::newRow("user not hex") << withSlot("user"_L1, u"alice"_s);
        QTest::newRow("created missing") << withSlot("created"_L1, missing);
        QTest::newRow("created garbage") << withSlot("created"_L1, u"yesterday"_s);
        QTest::newRow("kdf missing") << withSlot("kdf"_L1, missing);
        QTest::newRow("kdf array") << withSlot("kdf"_L1, QJsonArray());
        QTest::newRow("kdf alg") << withKdf("alg"_L1, u"argon2i13"_s);
        QTest::newRow("ops 0") << withKdf("ops"_L1, 0);
        QTest::newRow("ops negative") << withKdf("ops"_L1, -3);
        QTest::newRow("ops fraction") << withKdf("ops"_L1, 2.5);
        QTest::newRow("ops huge") << withKdf("ops"_L1, 4294967295.0);
        QTest::newRow("ops 1e300") << withKdf("ops"_L1, 1e300);
        QTest::newRow("ops string") << withKdf("ops"_L1, u"3"_s);
        QTest::newRow("mem too small") << withKdf("mem"_L1, 8191);
        QTest::newRow("mem over 4 GiB") << withKdf("mem"_L1, 8.0 * 1024 * 1024 * 1024);
        QTest::newRow("mem missing") << withKdf("mem"_L1, missing);
        QTest::newRow("salt short") << withKdf("salt"_L1, base64(8));
        QTest::newRow("salt missing") << withKdf("salt"_L1, missing);
        QTest::newRow("pk short") << withSlot("pk"_L1, base64(31));
        QTest::newRow("pk huge") << withSlot("pk"_L1, base64(500000));
        QTest::newRow("nonce short") << withSlot("nonce"_L1, base64(12));
        QTest::newRow("wrapped_sk short") << withSlot("wrapped_sk"_L1, base64(32));
        QTest::newRow("sealed_master short") << withSlot("sealed_master"_L1, base64(79));
        QTest::newRow("sealed_master non-Latin1") << withSlot("sealed_master"_L1, u"\u20ac"_s);
    }

    void parseMalformed()
    {
        QFETCH(QByteArray, bytes);
        Status status = Status::Ok;
        const Keyring keyring = Keyring::parse(bytes, &status);
        QCOMPARE(status, Status::Malformed);
        QVERIFY(!keyring.isValid());
        QVERIFY(keyring.serialize().isEmpty());
        QVERIFY(keyring.keySlots().isEmpty());
        QVERIFY(keyring.unlockUser(u"alice", password(u"alice-pw"), &status).isEmpty());
        QCOMPARE(status, Status::Malformed);
    }

    void parseEveryTruncation()
    {
        const QByteArray valid = twoUsers(SecureBytes::random(32)).serialize();
        const qsizetype closingBrace = valid.lastIndexOf('}'); // only whitespace follows it
        QVERIFY(closingBrace > 0);
        for (qsizetype length = 0; length <= closingBrace; ++length) {
            Status status = Status::Ok;
            Keyring::parse(valid.left(length), &status);
            if (status != Status::Malformed)
                QFAIL(qPrintable(u"prefix of %1 bytes was accepted"_s.arg(length)));
        }
    }

    void parseRandomMutations()
    {
        // A small in-process fuzz: byte edits must never crash, and never unlock to another key.
        const SecureBytes master = SecureBytes::random(32);
        const QByteArray valid = twoUsers(master).serialize();
        QRandomGenerator random(20240611);
        int accepted = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray bytes = valid;
            const int edits = 1 + random.bounded(3);
            for (int e = 0; e < edits; ++e) {
                const auto at = static_cast<qsizetype>(random.bounded(bytes.size()));
                switch (random.bounded(3)) {
                case 0:
                    bytes[at] = static_cast<char>(random.bounded(256));
                    break;
                case 1:
                    bytes.remove(at, 1 + random.bounded(8));
                    break;
                default:
                    bytes.insert(at, static_cast<char>(random.bounded(256)));
                    break;
                }
            }
            Status status = Status::Ok;
            const Keyring keyring = Keyring::parse(bytes, &status);
            if (status != Status::Ok)
                continue;
            ++accepted;
            const SecureBytes key = keyring.unlockUser(u"alice", password(u"alice-pw"), &status);
            QVERIFY(status != Status::Ok || key.equals(master));
        }
        qInfo("%d of 3000 mutated files still parsed", accepted);
    }

    void unsupportedVersion()
    {
        QJsonObject root = toJson(twoUsers(SecureBytes::random(32)));
        root.insert("version"_L1, 3);
        Status status = Status::Ok;
        QVERIFY(!fromJson(root, &status).isValid());
        QCOMPARE(status, Status::UnsupportedVersion);

        // A future version may look entirely different.
        const QByteArray future = R"({"format":"privacydesk-keyring","version":7,"x":[]})"_ba;
        QVERIFY(!Keyring::parse(future, &status).isValid());
        QCOMPARE(status, Status::UnsupportedVersion);
        // But the format string is checked first.
        QVERIFY(!Keyring::parse(R"({"format":"other","version":2})"_ba, &status).isValid());
        QCOMPARE(status, Status::Malformed);
    }

    void loadErrors()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Status status = Status::Ok;
        QVERIFY(!Keyring::load(dir.filePath(u"missing.keyring"_s), &status).isValid());
        QCOMPARE(status, Status::NotFound);

        const QString big = dir.filePath(u"big.keyring"_s);
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(2 * 1024 * 1024, '{'));
        file.close();
        QVERIFY(!Keyring::load(big, &status).isValid());
        QCOMPARE(status, Status::Malformed);

        QString error;
        QVERIFY(!Keyring::create().save(dir.filePath(u"no/such/dir/x.keyring"_s), &error));
        QVERIFY(!error.isEmpty());
    }

    // Version 2 carries the audit anchor. A keyring without one is still written as
    // version 1, exactly as before; the first anchor makes it version 2, under the MAC, and
    // the audit key it wraps survives a rekey.
    void auditAnchor()
    {
        const SecureBytes master = SecureBytes::random(32);
        Keyring keyring = twoUsers(master);
        QVERIFY(!keyring.hasAuditAnchor());
        QCOMPARE(toJson(keyring).value("version"_L1).toInt(), 1);
        QVERIFY(!toJson(keyring).contains("audit_anchor"_L1));
        Status status = Status::Ok;
        QVERIFY(keyring.auditKey(master, &status).isEmpty());
        QCOMPARE(status, Status::NotFound);

        const pd::AuditAnchor anchor { 42, QByteArray(32, '\x5a'), 7 };
        QVERIFY(!keyring.setAuditAnchor(anchor, SecureBytes::random(32), &status));
        QCOMPARE(status, Status::Tampered);
        QVERIFY(!keyring.setAuditAnchor({ 3, QByteArray(5, 'x'), 1 }, master, &status));
        QCOMPARE(status, Status::InvalidArgument);
        QVERIFY(keyring.setAuditAnchor(anchor, master, &status));
        QCOMPARE(toJson(keyring).value("version"_L1).toInt(), 2);
        const SecureBytes auditKey = keyring.auditKey(master, &status);
        QCOMPARE(auditKey.size(), std::size_t(32));

        Keyring reread = Keyring::parse(keyring.serialize(), &status);
        QCOMPARE(status, Status::Ok);
        QVERIFY(reread.hasAuditAnchor());
        QCOMPARE(reread.auditAnchor(), anchor);
        QVERIFY(reread.verify(master));
        QVERIFY(!reread.unlockUser(u"alice", password(u"alice-pw"), &status).isEmpty());

        // Every anchor field is under the MAC: moving the head back or the switch point is seen.
        for (const auto &[field, value] :
             { std::pair { "seq"_L1, QJsonValue(41) }, std::pair { "keyed_from"_L1, QJsonValue(1) },
               std::pair { "hash"_L1,
                           QJsonValue(QString::fromLatin1(QByteArray(32, 'a').toBase64())) } }) {
            QJsonObject root = toJson(keyring);
            QJsonObject anchorJson = root.value("audit_anchor"_L1).toObject();
            anchorJson.insert(field, value);
            root.insert("audit_anchor"_L1, anchorJson);
            Keyring edited = fromJson(root, &status);
            QCOMPARE(status, Status::Ok);
            QVERIFY(!edited.verify(master));
            QVERIFY(edited.unlockUser(u"alice", password(u"alice-pw"), &status).isEmpty());
            QCOMPARE(status, Status::Tampered);
        }
        // Dropping the anchor (back to "version 1") breaks the MAC too.
        QJsonObject stripped = toJson(keyring);
        stripped.remove("audit_anchor"_L1);
        stripped.insert("version"_L1, 1);
        QVERIFY(!fromJson(stripped, &status).verify(master));

        // A rekey rewraps the audit key: the same key under the new master key.
        const SecureBytes newMaster = SecureBytes::random(32);
        QVERIFY(keyring.rewrapMasterKey(master, newMaster, &status));
        QVERIFY(keyring.auditKey(newMaster, &status).equals(auditKey));
        QVERIFY(keyring.auditKey(master, &status).isEmpty());
        QCOMPARE(keyring.auditAnchor(), anchor);
    }

    // A keyring that is not an ordinary file is refused without being read: a FIFO must not
    // block the open (the test would hang), a symlink must not be followed, even to a valid
    // keyring, and a device or folder is not a keyring.
    void loadRefusesWhatIsNotAFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString real = dir.filePath(u"real.keyring"_s);
        QVERIFY(twoUsers(SecureBytes::random(32)).save(real, nullptr));
        Status status = Status::Ok;
        QVERIFY(Keyring::load(real, &status).isValid());

        const QString fifo = dir.filePath(u"fifo.keyring"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString link = dir.filePath(u"link.keyring"_s);
        QVERIFY(QFile::link(real, link));
        const QString dangling = dir.filePath(u"dangling.keyring"_s);
        QVERIFY(QFile::link(dir.filePath(u"nowhere"_s), dangling));
        for (const QString &path : { fifo, link, dangling, u"/dev/zero"_s, dir.path() }) {
            status = Status::Ok;
            QVERIFY2(!Keyring::load(path, &status).isValid(), qPrintable(path));
            QCOMPARE(status, Status::NotRegularFile);
        }
    }

    void movedFrom()
    {
        Keyring a = twoUsers(SecureBytes::random(32));
        Keyring b(std::move(a));
        QVERIFY(b.isValid());
        QVERIFY(!a.isValid()); // NOLINT(bugprone-use-after-move): moved-from must stay safe
        Status status = Status::Ok;
        QVERIFY(a.unlockUser(u"alice", password(u"alice-pw"), &status).isEmpty());
        QCOMPARE(status, Status::Malformed);
        QVERIFY(a.serialize().isEmpty());
        QVERIFY(a.keySlots().isEmpty());
        QVERIFY(!a.hasUser(u"alice"));
        Keyring c;
        c = std::move(b);
        QVERIFY(c.isValid());
        QVERIFY(c.hasUser(u"bob"));
        QVERIFY(!Keyring().isValid());
    }

    void moderateKdf()
    {
        // Once with the real cost, to prove the production limits work here.
        const SecureBytes master = SecureBytes::random(32);
        Keyring keyring = Keyring::create();
        Status status = Status::CryptoFailure;
        QVERIFY(keyring.addUser(u"alice", password(u"alice-pw"), master, KdfParams::moderate(),
                                &status));
        QCOMPARE(status, Status::Ok);
        QCOMPARE(keyring.keySlots().at(0).kdf, KdfParams::moderate());
        const SecureBytes key = keyring.unlockUser(u"alice", password(u"alice-pw"), &status);
        QCOMPARE(status, Status::Ok);
        QVERIFY(key.equals(master));
        // An unknown user is reported as such (after a dummy Argon2id with the slot's limits;
        // bench_unlock measures that both cost about the same: tests never assert on time).
        QVERIFY(keyring.unlockUser(u"mallory", password(u"x"), &status).isEmpty());
        QCOMPARE(status, Status::UnknownUser);
    }
};

QTEST_GUILESS_MAIN(tst_Keyring)
#include "tst_keyring.moc"
