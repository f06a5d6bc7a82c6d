#include "util/Clock.h"

namespace pd {

namespace {
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

QDate Clock::today() const
{
    return organisationDay(now());
}

const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

QTimeZone organisationTimeZone()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Amsterdam"));
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

QDate organisationDay(const QDateTime &moment)
{
    return organisationTime(moment).date();
}

QDateTime organisationTime(const QDateTime &moment)
{
    return moment.toTimeZone(organisationTimeZone());
}

} // namespace pd
