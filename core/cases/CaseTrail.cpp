// What the audit trail says about a request, as CaseService reads it: who changed it last (the
// Conflict error), its history, and the check of the whole chain.

#include "cases/CaseService.h"
#include "session/Access.h"
#include "store/Store.h"

#include <QUuid>

namespace pd {

namespace {

const QString caseEntity = QStringLiteral("case");

// The store's trail, read here only (eventsFor, changesByHand, verify): the request's writes
// record their events through their UnitOfWork.
auto trailOf(const Store &store, const Clock &clock)
{
    return AuditLog(store.database(), store.storeId().toString(QUuid::WithoutBraces), clock);
}

} // namespace

ServiceError CaseService::conflict(const Case &c) const
{
    // The last change: the request's own events, or on a server a change made by hand to its
    // row (psql, a script), which the server records as an event of the table.
    const auto log = trailOf(m_session.store(), m_session.clock());
    ServiceError readError;
    QList<AuditEvent> events = log.eventsFor(caseEntity, c.number, &readError);
    if (!readError.isError())
        events << log.changesByHand(QStringLiteral("cases"), c.id, &readError);
    if (readError.isError())
        return readError;
    const AuditEvent *last = nullptr;
    for (const AuditEvent &event : std::as_const(events)) {
        if (event.action != QLatin1StringView("user.denied") && (!last || event.seq > last->seq))
            last = &event;
    }
    if (!last)
        //: Dutch: "Verzoek %1 is intussen gewijzigd op een andere plek. Het is opnieuw geladen:
        //: bekijk het en voer uw wijziging opnieuw in."
        return { ServiceError::Code::Conflict,
                 tr("Request %1 was changed elsewhere in the meantime. It has been reloaded: "
                    "look at it and make your change again.")
                     .arg(c.number) };
    //: Dutch: "Verzoek %1 is intussen gewijzigd door %2 (%3). Het is opnieuw geladen: bekijk
    //: het en voer uw wijziging opnieuw in."
    return {
        ServiceError::Code::Conflict,
        tr("Request %1 was changed by %2 in the meantime (%3). It has been reloaded: look at "
           "it and make your change again.")
            .arg(c.number, last->actor,
                 organisationTime(last->occurredAt).toString(QStringLiteral("dd-MM-yyyy HH:mm")))
    };
}

QList<AuditEvent> CaseService::timeline(const QString &number, ServiceError *error) const
{
    if (error)
        *error = {};
    if (!m_session.permitRead(Permission::ViewAllCases, QStringLiteral("case.timeline"),
                              number.trimmed().toUpper(), error))
        return {};
    return trailOf(m_session.store(), m_session.clock())
        .eventsFor(caseEntity, number.trimmed().toUpper(), error);
}

AuditLog::Verification CaseService::verifyAuditTrail() const
{
    return trailOf(m_session.store(), m_session.clock()).verify();
}

} // namespace pd
