#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace pd {

// Services take a Clock so that tests can pin today's date.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
    // In the organisation's time zone: on a computer set to UTC the system's date is still
    // yesterday in the last hour before Dutch midnight.
    QDate today() const;
};

const Clock &systemClock();

// Europe/Amsterdam, whatever zone the computer is set to.
QTimeZone organisationTimeZone();
QDate organisationDay(const QDateTime &moment);
QDateTime organisationTime(const QDateTime &moment);

class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QDateTime &utc)
        : m_now(utc.toUTC())
    { }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &utc) { m_now = utc.toUTC(); }
    void advanceSecs(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace pd
