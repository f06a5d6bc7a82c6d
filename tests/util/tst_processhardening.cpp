// hardenProcess: after it, the process can neither write a core file nor be dumped or
// attached to by another process of the same user. Checked in the test process itself.
#include "util/ProcessHardening.h"

#include <QTest>

#include <sys/resource.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

class TestProcessHardening final : public QObject
{
    Q_OBJECT

private slots:
    void noCoreDumps();
};

void TestProcessHardening::noCoreDumps()
{
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

    // Calling it again (both mains, a test) is harmless.
    QVERIFY(pd::hardenProcess());
}

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
