#include "UnlockBackoff.h"

#include <algorithm>

namespace pd {

UnlockBackoff::UnlockBackoff(const Clock &clock)
    : m_clock(&clock)
{ }

int UnlockBackoff::delayAfter(int failures)
{
    if (failures <= freeAttempts)
        return 0;
    // 5 · 2^(n-3), computed without overflowing for any n.
    const int doublings = std::min(failures - freeAttempts - 1, 16);
    return std::min(firstDelaySeconds << doublings, maximumDelaySeconds);
}

void UnlockBackoff::recordFailure()
{
    ++m_failures;
    m_lastFailure = m_clock->now();
}

void UnlockBackoff::recordSuccess()
{
    m_failures = 0;
    m_lastFailure = QDateTime();
}

int UnlockBackoff::secondsToWait() const
{
    const int delay = delayAfter(m_failures);
    if (delay == 0 || !m_lastFailure.isValid())
        return 0;
    const qint64 elapsed = m_lastFailure.secsTo(m_clock->now());
    // A clock set back (or a lastFailure in the future) does not shorten the wait below zero
    // elapsed: the full delay applies from now.
    if (elapsed < 0)
        return delay;
    return static_cast<int>(std::max<qint64>(0, delay - elapsed));
}

void UnlockBackoff::restore(int failures, const QDateTime &lastFailure)
{
    m_failures = std::max(0, failures);
    m_lastFailure = m_failures > 0 ? lastFailure.toUTC() : QDateTime();
}

} // namespace pd
