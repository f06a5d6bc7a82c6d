#include "util/TestCrashPoint.h"

#include <QByteArrayView>
#include <QtGlobal>

#include <csignal>

namespace pd {

void crashPointForTests(const char *point)
{
    if (qgetenv("PRIVACYDESK_TEST_CRASH_AT") == QByteArrayView(point))
        ::raise(SIGKILL);
}

} // namespace pd
