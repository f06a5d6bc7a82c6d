#pragma once

#include "TestSupport.h"
#include "cases/CaseService.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <optional>

namespace pd::test {

// A request of name, received that day (inzage by e-mail, handled by testUser), added through
// CaseService on clock; with an outcome also closed with it ten days later (a grant decided
// without identification, a withdrawal; a refusal needs grounds). Its number, or empty (with a
// warning saying why).
inline QString addRequest(const Store &store, const Clock &clock, const QString &name,
                          QDate received, std::optional<Outcome> closed = std::nullopt)
{
    CaseService cases(Session { store, clock });
    NewCase request;
    request.person.name = name;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Email;
    request.receivedDate = received;
    request.handler = testUser;
    ServiceError error;
    const std::optional<Case> c = cases.add(request, BsnCheck::Refuse, &error);
    const QString reason = closed == Outcome::Toegewezen ? knownDataSubject : QString();
    if (c && closed
        && !cases.complete(
            c->number,
            completion(*closed, received.addDays(10), QStringLiteral("brief"), {}, {}, reason),
            BsnCheck::Refuse, &error)) {
        qWarning("%s", qPrintable(error.message));
        return {};
    }
    if (!c)
        qWarning("%s", qPrintable(error.message));
    return c ? c->number : QString();
}

} // namespace pd::test
