#include "crypto/SecureBytes.h"

#include <QList>
#include <QString>
#include <QTest>
#include <QThread>

#include <array>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;
using pd::SecureBytes;

namespace {

QByteArray toQByteArray(const SecureBytes &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()),
                      static_cast<qsizetype>(bytes.size()));
}

SecureBytes fromLatin1(const char *text)
{
    return SecureBytes::copyOf(reinterpret_cast<const unsigned char *>(text), std::strlen(text));
}

} // namespace

class tst_SecureBytes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(pd::initSodium()); }

    void initSodiumFromManyThreads()
    {
        QList<bool> results(8, false);
        std::vector<std::unique_ptr<QThread>> threads;
        for (qsizetype i = 0; i < results.size(); ++i) {
            threads.emplace_back(QThread::create([&results, i] { results[i] = pd::initSodium(); }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(10000));
        for (const bool ok : results)
            QVERIFY(ok);
    }

    void defaultIsEmpty()
    {
        const SecureBytes empty;
        QVERIFY(empty.isEmpty());
        QCOMPARE(empty.size(), std::size_t(0));
        QVERIFY(!empty.data());
        QVERIFY(empty.toHex().isEmpty());
        QVERIFY(empty.clone().isEmpty());
    }

    void sizedIsZeroFilled()
    {
        const SecureBytes bytes(64);
        QCOMPARE(bytes.size(), std::size_t(64));
        QVERIFY(bytes.data());
        QCOMPARE(toQByteArray(bytes), QByteArray(64, '\0'));
        QVERIFY(SecureBytes(0).isEmpty());
    }

    void random()
    {
        const SecureBytes a = SecureBytes::random(32);
        const SecureBytes b = SecureBytes::random(32);
        QCOMPARE(a.size(), std::size_t(32));
        QVERIFY(!a.equals(b));
        QVERIFY(toQByteArray(a) != QByteArray(32, '\0'));
        QVERIFY(SecureBytes::random(0).isEmpty());
    }

    void moveConstruct()
    {
        SecureBytes source = fromLatin1("key material");
        const unsigned char *buffer = source.data();
        SecureBytes target(std::move(source));
        QCOMPARE(target.data(), buffer); // the buffer moves, it is not copied
        QCOMPARE(toQByteArray(target), "key material"_ba);
        QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from is empty
        QVERIFY(!source.data());
    }

    void moveAssign()
    {
        SecureBytes source = fromLatin1("new");
        SecureBytes target = fromLatin1("old value");
        const unsigned char *buffer = source.data();
        target = std::move(source);
        QCOMPARE(target.data(), buffer);
        QCOMPARE(toQByteArray(target), "new"_ba);
        QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move)

        // Self-move leaves the object usable.
        SecureBytes &alias = target;
        target = std::move(alias);
        QCOMPARE(toQByteArray(target), "new"_ba);
    }

    void copyOfAndClone()
    {
        const std::array<unsigned char, 4> raw { 1, 2, 3, 4 };
        const SecureBytes copy = SecureBytes::copyOf(raw.data(), raw.size());
        QCOMPARE(toQByteArray(copy), QByteArray("\x01\x02\x03\x04", 4));
        const SecureBytes cloned = copy.clone();
        QVERIFY(cloned.data() != copy.data());
        QVERIFY(cloned.equals(copy));
        QVERIFY(SecureBytes::copyOf(nullptr, 0).isEmpty());
    }

    void equals()
    {
        QVERIFY(fromLatin1("abc").equals(fromLatin1("abc")));
        QVERIFY(!fromLatin1("abc").equals(fromLatin1("abd")));
        QVERIFY(!fromLatin1("abc").equals(fromLatin1("abcd")));
        QVERIFY(!fromLatin1("abc").equals(SecureBytes()));
        QVERIFY(SecureBytes().equals(SecureBytes()));
    }

    void toHexKnownAnswer()
    {
        const std::array<unsigned char, 6> raw { 0x00, 0x01, 0x7f, 0xab, 0xfe, 0xff };
        const SecureBytes hex = SecureBytes::copyOf(raw.data(), raw.size()).toHex();
        QCOMPARE(hex.size(), std::size_t(12)); // no terminating NUL counted
        QCOMPARE(toQByteArray(hex), "00017fabfeff"_ba);

        const SecureBytes key = SecureBytes::random(32);
        QCOMPARE(toQByteArray(key.toHex()), toQByteArray(key).toHex());
    }

    void takeFromWipesSource()
    {
        QByteArray source = "correct horse battery staple"_ba;
        source.detach();
        const SecureBytes taken = SecureBytes::takeFrom(source);
        QCOMPARE(toQByteArray(taken), "correct horse battery staple"_ba);
        QVERIFY(source.isEmpty());
    }

    void takeFromSharedLeavesOtherCopyIntact()
    {
        // Wiping a shared buffer would corrupt the other owner; only the reference is dropped.
        QByteArray original = "shared secret"_ba;
        original.detach();
        QByteArray shared = original;
        const SecureBytes taken = SecureBytes::takeFrom(shared);
        QCOMPARE(toQByteArray(taken), "shared secret"_ba);
        QVERIFY(shared.isEmpty());
        QCOMPARE(original, "shared secret"_ba);
    }

    void wipeByteArray()
    {
        QByteArray bytes(100, 'x');
        pd::wipe(bytes);
        QVERIFY(bytes.isEmpty());

        QByteArray empty;
        pd::wipe(empty);
        QVERIFY(empty.isEmpty());

        static const char raw[] = "raw data";
        QByteArray rawView = QByteArray::fromRawData(raw, 8);
        pd::wipe(rawView); // must not write into memory it does not own
        QVERIFY(rawView.isEmpty());
        QCOMPARE(QByteArray(raw), "raw data"_ba);
    }

    void wipeString()
    {
        QString text = u"geheim wachtwoord"_s;
        text.detach();
        QString shared = text;
        pd::wipe(shared);
        QVERIFY(shared.isEmpty());
        QCOMPARE(text, u"geheim wachtwoord"_s);
        pd::wipe(text);
        QVERIFY(text.isEmpty());
    }

    void fromUtf8()
    {
        const SecureBytes bytes = SecureBytes::fromUtf8(u"p\u00e4ssw\u00f6rd \u20ac");
        QCOMPARE(toQByteArray(bytes), "p\xc3\xa4ssw\xc3\xb6rd \xe2\x82\xac"_ba);
        QVERIFY(SecureBytes::fromUtf8(QStringView()).isEmpty());
    }

    void clear()
    {
        SecureBytes bytes = SecureBytes::random(16);
        bytes.clear();
        QVERIFY(bytes.isEmpty());
        QVERIFY(!bytes.data());
        bytes.clear(); // twice is fine
    }
};

QTEST_GUILESS_MAIN(tst_SecureBytes)
#include "tst_securebytes.moc"
