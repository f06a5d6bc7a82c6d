// hardenProcess: after it, the process can neither write a core file nor be dumped or
// attached to by another process of the same user. Checked in the test process itself.
#include "util/ProcessHardening.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

class TestProcessHardening final : public QObject
{
    Q_OBJECT

private slots:
    void noCoreDumps();
    void temporaryFilesInTheRuntimeFolder();
    void privateRuntimeFolderWhenThereIsNone();
};

void TestProcessHardening::noCoreDumps()
{
    umask(S_IWGRP | S_IWOTH); // a common login umask (022)
    QVERIFY(pd::hardenProcess());

    rlimit limit {};
    QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
    QCOMPARE(limit.rlim_cur, rlim_t(0));
    QCOMPARE(limit.rlim_max, rlim_t(0));
    // The hard limit is 0: the process cannot raise it again.
    rlimit raise {};
    raise.rlim_cur = RLIM_INFINITY;
    raise.rlim_max = RLIM_INFINITY;
    if (geteuid() != 0)
        QCOMPARE(setrlimit(RLIMIT_CORE, &raise), -1);

#if defined(__linux__)
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
#endif

    // Files made afterwards without an explicit mode are private: the umask is 077.
    const mode_t mask = umask(0);
    umask(mask);
    QCOMPARE(mask, mode_t(S_IRWXG | S_IRWXO));

    // Calling it again (both mains, a test) is harmless.
    QVERIFY(pd::hardenProcess());
}

void TestProcessHardening::temporaryFilesInTheRuntimeFolder()
{
    QTemporaryDir base;
    QVERIFY(base.isValid());
    const QByteArray tmpBefore = qgetenv("TMPDIR");
    const QString runtime = base.filePath(QStringLiteral("run"));
    QVERIFY(QDir().mkpath(runtime));

    // Open to the group or others: not taken.
    QVERIFY(QFile::setPermissions(runtime,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                      | QFileDevice::ExeGroup));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    QVERIFY(!pd::keepTemporaryFilesInMemory());
    QCOMPARE(qgetenv("TMPDIR"), tmpBefore);

    // Not a directory, or a relative path: not taken.
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(base.filePath(QStringLiteral("missing"))));
    QVERIFY(!pd::keepTemporaryFilesInMemory());
    qputenv("XDG_RUNTIME_DIR", "run");
    QVERIFY(!pd::keepTemporaryFilesInMemory());
    QCOMPARE(qgetenv("TMPDIR"), tmpBefore);

    // The user's own 0700 folder: temporary files go there.
    QVERIFY(QFile::setPermissions(
        runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    QVERIFY(pd::keepTemporaryFilesInMemory());
    QCOMPARE(qgetenv("TMPDIR"), QFile::encodeName(runtime));
    QCOMPARE(QDir(QDir::tempPath()).canonicalPath(), QDir(runtime).canonicalPath());

    if (tmpBefore.isNull())
        qunsetenv("TMPDIR");
    else
        qputenv("TMPDIR", tmpBefore);
}

// Under cron or a root shell there is no XDG_RUNTIME_DIR: one is made in RAM, private, and a
// folder of that name owned by someone else (here: a symlink planted under the name) is never
// taken. A usable XDG_RUNTIME_DIR is left as it is.
void TestProcessHardening::privateRuntimeFolderWhenThereIsNone()
{
    QTemporaryDir base;
    QVERIFY(base.isValid());
    const QByteArray before = qgetenv("XDG_RUNTIME_DIR");
    const QByteArray baseName = QFile::encodeName(base.path());
    const QString expected = base.filePath(QStringLiteral("privacydesk-%1").arg(geteuid()));

    qunsetenv("XDG_RUNTIME_DIR");
    const char *made = pd::providePrivateRuntimeDir(baseName.constData());
    QVERIFY(made);
    QCOMPARE(QFile::decodeName(made), expected);
    QCOMPARE(qgetenv("XDG_RUNTIME_DIR"), QFile::encodeName(expected));
    QCOMPARE(QFileInfo(expected).permissions()
                 & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(pd::keepTemporaryFilesInMemory());
    // Again (both mains, another run): the same folder.
    qunsetenv("XDG_RUNTIME_DIR");
    QCOMPARE(QFile::decodeName(pd::providePrivateRuntimeDir(baseName.constData())), expected);

    // A usable one is kept.
    QCOMPARE(QFile::decodeName(pd::providePrivateRuntimeDir("/nonexistent")), expected);

    // The name taken by a symlink to an open folder: a fresh private folder instead.
    QVERIFY(QDir(expected).removeRecursively());
    const QString open = base.filePath(QStringLiteral("open"));
    QVERIFY(QDir().mkpath(open));
    QVERIFY(QFile::setPermissions(open,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                      | QFileDevice::WriteOther | QFileDevice::ExeOther));
    QVERIFY(QFile::link(open, expected));
    qunsetenv("XDG_RUNTIME_DIR");
    const QString fresh = QFile::decodeName(pd::providePrivateRuntimeDir(baseName.constData()));
    QVERIFY2(fresh.startsWith(expected + u'-'), qPrintable(fresh));
    QVERIFY(!QFileInfo(fresh).isSymLink());
    QVERIFY(QDir(open).isEmpty());

    // No writable base (no /dev/shm): nothing is set.
    qunsetenv("XDG_RUNTIME_DIR");
    QVERIFY(!pd::providePrivateRuntimeDir("/nonexistent"));
    QVERIFY(qgetenv("XDG_RUNTIME_DIR").isEmpty());

    if (before.isNull())
        qunsetenv("XDG_RUNTIME_DIR");
    else
        qputenv("XDG_RUNTIME_DIR", before);
}

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
