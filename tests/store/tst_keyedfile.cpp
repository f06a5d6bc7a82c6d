// The key of a folder of keyed files (the server trails' anchors, the kept destruction
// logs) is made once, whole, however many programs ask for it at once: each gets the same 32
// bytes, never a key still being written, and nothing is left beside it. A key file that is not
// a key is refused, never used.

#include "store/KeyedFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <latch>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace pd;

class TestKeyedFile final : public QObject
{
    Q_OBJECT

private slots:
    void manyMakersOneKey();
    void shortKeyIsRefused();
};

void TestKeyedFile::manyMakersOneKey()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    constexpr int makers = 8;
    for (int round = 0; round < 200; ++round) {
        const QString folder = tmp.filePath(u"anchors-%1"_s.arg(round));
        std::vector<QByteArray> keys(makers);
        std::vector<QString> errors(makers);
        std::latch start(makers);
        std::vector<std::thread> threads;
        for (int i = 0; i < makers; ++i)
            threads.emplace_back([&, i] {
                start.arrive_and_wait();
                keys[i] = KeyedFile::key(folder, &errors[i]);
            });
        for (std::thread &t : threads)
            t.join();
        for (int i = 0; i < makers; ++i) {
            QVERIFY2(errors[i].isEmpty(), qPrintable(errors[i]));
            QCOMPARE(keys[i].size(), 32);
            QCOMPARE(keys[i], keys[0]);
        }
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList { u"key"_s });
        QFile file(QDir(folder).filePath(u"key"_s));
        QCOMPARE(file.permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), keys[0]);
    }
}

void TestKeyedFile::shortKeyIsRefused()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString folder = tmp.filePath(u"anchors"_s);
    QString error;
    const QByteArray made = KeyedFile::key(folder, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile file(QDir(folder).filePath(u"key"_s));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(made.left(5)), 5);
    file.close();
    QVERIFY(KeyedFile::key(folder, &error).isEmpty());
    QVERIFY2(error.contains(u"is not a key of 32 bytes"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestKeyedFile)
#include "tst_keyedfile.moc"
