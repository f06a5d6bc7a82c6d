#pragma once

#include "util/Clock.h"

#include <QDateTime>
#include <QString>

namespace pd {

// The growing pause after wrong passwords (the locked desk). Argon2id already makes
// every guess cost about a second; this adds a wait that doubles with each further failure, so
// that someone trying passwords at an unattended desk gets nowhere:
//
//   failures   1-2   3    4    5    6     7     8 and more
//   wait (s)   0     5    10   20   40    80    160, at most 300
//
// The counter survives a restart of the application (load/save: QSettings per store) and is
// cleared by a successful unlock. It guards the desk, not the files: whoever has a copy
// of the store can guess offline, which is what Argon2id's cost is for.
class UnlockBackoff final
{
public:
    static constexpr int freeAttempts = 2;
    static constexpr int firstDelaySeconds = 5;
    static constexpr int maximumDelaySeconds = 300;

    explicit UnlockBackoff(const Clock &clock = systemClock());

    // The wait after `failures` wrong passwords in a row.
    static int delayAfter(int failures);

    // A wrong password or recovery key (not a locked or damaged store).
    void recordFailure();
    void recordSuccess();

    int failures() const { return m_failures; }
    QDateTime lastFailure() const { return m_lastFailure; } // UTC; invalid without failures
    // Seconds until the next attempt is allowed; 0 when it is allowed now.
    int secondsToWait() const;

    // For keeping the counter between runs.
    void restore(int failures, const QDateTime &lastFailure);

    // The counter of one store in the user's settings (QSettings "unlock/<hash of the store id
    // in its keyring>", neither id nor path in clear), shared by the desk and privacydesk-cli
    // so that neither a restart, the other program, nor a copy or link of the folder resets
    // the pause. A folder without a readable keyring is known by its path.
    void load(const QString &storeDirectory);
    void save(const QString &storeDirectory) const;

private:
    const Clock *m_clock;
    int m_failures = 0;
    QDateTime m_lastFailure;
};

} // namespace pd
