#pragma once

#include "util/Clock.h"

#include <QDateTime>
#include <QString>

namespace pd {

// A pause after wrong passwords that doubles with each failure. It guards the desk; Argon2id's
// cost guards the files.
class UnlockBackoff final
{
public:
    static constexpr int freeAttempts = 2;
    static constexpr int firstDelaySeconds = 5;
    static constexpr int maximumDelaySeconds = 300;

    explicit UnlockBackoff(const Clock &clock = systemClock());

    static int delayAfter(int failures);

    void recordFailure();
    void recordSuccess();

    int failures() const { return m_failures; }
    QDateTime lastFailure() const { return m_lastFailure; } // UTC; invalid without failures
    int secondsToWait() const;

    void restore(int failures, const QDateTime &lastFailure);

    // Per store under a hash in QSettings, shared by the desk and the CLI: neither resets it.
    void load(const QString &storeDirectory);
    void save(const QString &storeDirectory) const;

private:
    const Clock *m_clock;
    int m_failures = 0;
    QDateTime m_lastFailure;
};

} // namespace pd
