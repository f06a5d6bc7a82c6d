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
    // The calendar date of now() in the organisation's time zone (organisationTimeZone), the
    // day every letter, deadline and register states: on a computer set to UTC the system's
    // date is still yesterday in the last hour before Dutch midnight.
    QDate today() const;
};

const Clock &systemClock();

// The organisation's clock for moments it states (the receipt of a request, the dossier's
// chronology): Europe/Amsterdam, whatever zone the computer or the CI machine is set to. Falls
// back to the system's zone only when the zone database lacks it.
QTimeZone organisationTimeZone();
// The organisation's calendar day of a moment (a backup, an event, a letter made): the day its
// papers and screens state, whatever zone the computer is set to.
QDate organisationDay(const QDateTime &moment);
// A moment on the organisation's clock, as screens, letters and exports state it.
QDateTime organisationTime(const QDateTime &moment);

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
