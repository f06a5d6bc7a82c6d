#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace pd {

// Where "now" comes from. Services take a Clock so that tests can pin today's date; the
// application uses systemClock().
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
    QDate today() const; // local calendar date of now()
};

const Clock &systemClock();

// The organisation's clock for moments it states (the receipt of a request, the dossier's
// chronology): Europe/Amsterdam, whatever zone the computer or the CI machine is set to. Falls
// back to the system's zone only when the zone database lacks it.
QTimeZone organisationTimeZone();

// A clock that stands still until it is moved; for tests and for "peildatum" reports.
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
