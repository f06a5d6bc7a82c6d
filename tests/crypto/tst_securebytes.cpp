#include "crypto/SecureBytes.h"

#include <QList>
#include <QString>
#include <QTest>
#include <QThread>

#include <array>
#include <cstring>
#include <memory>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>
#endif

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

#ifdef Q_OS_LINUX
// How the scrub is proven. Reading memory after it was freed is undefined behaviour, so a
// test cannot simply look at the old bytes. What it can ask, without UB, is the kernel: is the
// old address still mapped at all? A forked child (same address space as this process at the
// moment of fork) reads one byte there: a fault (SIGSEGV/SIGBUS, caught and turned into exit
// code 77) means the buffer is gone from the process; otherwise the child reports whether it
// saw the expected byte. sodium_free() zeroes the buffer and then unmaps it together with its
// guard pages, so "faults after free" is the observable half of "scrubbed on free": nothing of
// the key is readable in the process (nor in a core file) afterwards. The same read before the
// free must succeed and see the key: the check can fail.
enum class ChildRead { Faulted, SawExpected, SawOther, Failed };

ChildRead readInChild(const unsigned char *address, unsigned char expected)
{
    const pid_t child = ::fork();
    if (child < 0)
        return ChildRead::Failed;
    if (child == 0) {
        struct sigaction action = {};
        action.sa_handler = [](int) {
            ::_exit(77);
        };
        ::sigaction(SIGSEGV, &action, nullptr);
        ::sigaction(SIGBUS, &action, nullptr);
        const unsigned char value = *static_cast<const volatile unsigned char *>(address);
        ::_exit(value == expected ? 10 : 11);
    }
    int status = 0;
    if (::waitpid(child, &status, 0) != child)
        return ChildRead::Failed;
    if (WIFSIGNALED(status) && (WTERMSIG(status) == SIGSEGV || WTERMSIG(status) == SIGBUS))
        return ChildRead::Faulted;
    if (!WIFEXITED(status))
        return ChildRead::Failed;
    switch (WEXITSTATUS(status)) {
    case 77:
        return ChildRead::Faulted;
    case 10:
        return ChildRead::SawExpected;
    case 11:
        return ChildRead::SawOther;
    default:
        return ChildRead::Failed;
    }
}
#endif

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

    void wipeSharedBufferZeroesEveryOwner()
    {
        // For a widget's own text: the other owner sees zeros, of the same length.
        QString widgetText = u"geheim wachtwoord"_s;
        widgetText.detach();
        QString handedOut = widgetText; // what QLineEdit::text() returns: the same buffer
        pd::wipeSharedBuffer(handedOut);
        QVERIFY(handedOut.isEmpty());
        QCOMPARE(widgetText, QString(17, QChar(0)));

        // Never into memory Qt does not own.
        static const char16_t raw[] = u"raw secret";
        QString rawView = QString::fromRawData(reinterpret_cast<const QChar *>(raw), 10);
        pd::wipeSharedBuffer(rawView);
        QVERIFY(rawView.isEmpty());
        QCOMPARE(QStringView(raw), u"raw secret");
        QString literal = u"literal"_s;
        const QString sameLiteral = literal;
        pd::wipeSharedBuffer(literal);
        QCOMPARE(sameLiteral, QStringView(u"literal"));
        QString empty;
        pd::wipeSharedBuffer(empty);
        QVERIFY(empty.isEmpty());
    }

    void keyIsUnreadableAfterClear()
    {
#ifndef Q_OS_LINUX
        QSKIP("the fork-based probe is written for Linux");
#else
        SecureBytes key = SecureBytes::random(32);
        key.data()[0] = 0xa5;
        const unsigned char *address = key.data();
        QCOMPARE(readInChild(address, 0xa5), ChildRead::SawExpected); // the probe works
        key.clear();
        QCOMPARE(readInChild(address, 0xa5), ChildRead::Faulted);
#endif
    }

    void keyIsUnreadableAfterDestruction()
    {
#ifndef Q_OS_LINUX
        QSKIP("the fork-based probe is written for Linux");
#else
        const unsigned char *address = nullptr;
        {
            const SecureBytes key = SecureBytes::fromUtf8(u"correct horse battery staple");
            address = key.data();
            QCOMPARE(readInChild(address, 'c'), ChildRead::SawExpected);
        }
        QCOMPARE(readInChild(address, 'c'), ChildRead::Faulted);
#endif
    }

    void overwrittenKeyIsUnreadable()
    {
        // Move-assigning a new key frees the old one at once (a rekey replaces the master key
        // this way); the moved-from object holds nothing.
#ifndef Q_OS_LINUX
        QSKIP("the fork-based probe is written for Linux");
#else
        SecureBytes oldKey = SecureBytes::random(32);
        oldKey.data()[0] = 0x5a;
        const unsigned char *oldAddress = oldKey.data();
        SecureBytes newKey = SecureBytes::random(32);
        newKey.data()[0] = 0x3c;
        const unsigned char *newAddress = newKey.data();
        oldKey = std::move(newKey);
        QCOMPARE(oldKey.data(), newAddress);
        QVERIFY(newKey.isEmpty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(readInChild(oldAddress, 0x5a), ChildRead::Faulted);
        QCOMPARE(readInChild(newAddress, 0x3c), ChildRead::SawExpected);
#endif
    }
};

QTEST_GUILESS_MAIN(tst_SecureBytes)
#include "tst_securebytes.moc"
