#pragma once

#include "cases/CaseService.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <map>
#include <optional>

namespace pd {

namespace demo {

// Makes the demo's granted inzage and portability requests pass the completion rule. The export is
// recorded without painting a PDF: the answers are fictitious. Its own random sequence, so that the
// rest of the demo stays as its seed gives it.
class DemoCopies final
{
public:
    // session is over clock, which the copies move on.
    DemoCopies(const Session &session, FixedClock &clock, quint32 seed);

    std::optional<bool> portable(Relation relation, ServiceError *error);
    bool give(const Case &c, const Completion &done, QDateTime *last, ServiceError *error);

private:
    const Session &m_session;
    FixedClock &m_clock;
    QRandomGenerator m_random;
    std::map<Relation, bool> m_portable;

    void next(QDateTime *last);
};

} // namespace demo

} // namespace pd
