#pragma once

#include "cases/CaseService.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <map>
#include <optional>

namespace pd {

class Store;

namespace demo {

// What an officer does before answering a granted inzage or portability request, for the demo's
// requests: every system on the request's checklist searched (one in three found data), what was
// found sent separately that day, and the inzage report or the portability files exported for
// the request that day. The answer then passes the completion rule (CompletionGate) and its day
// is the day the copy was complete. The export is recorded as the desk records one
// (PersonExport::record) without painting a PDF: the demo's answers are fictitious, and a PDF
// for each of thousands of requests would take minutes. Its own random sequence, so that the
// rest of the demo stays as its seed gives it.
class DemoCopies final
{
public:
    // session is over clock, which the copies move on.
    DemoCopies(const Session &session, FixedClock &clock, quint32 seed);

    // Whether the portability export of a person with this relation holds any data (the register
    // names processing on consent or for a contract for it); nullopt with *error.
    std::optional<bool> portable(Relation relation, ServiceError *error);
    // The copy of request c answered so (done.answered the day) given: its steps each some
    // minutes after *last, which moves on. True without a step when nothing granted needs one.
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
