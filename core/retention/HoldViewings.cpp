// The viewing log of a hold on data outside Privacydesk (ExternalHolds.h, finding 12):
// ieder1 uses camera images only for incidents, by authorised staff; who viewed the secured
// images, when and why is kept as an event on the request's or breach's trail, where it is
// append-only and chained, and the AP dossier's chronology says it in words.
#include "audit/AuditLog.h"
#include "retention/ExternalHolds.h"
#include "session/UnitOfWork.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"

#include <QJsonObject>
#include <QLocale>
#include <QUuid>

namespace pd {

using namespace support;

QString ExternalHoldTexts::viewingText(const HoldViewing &viewing)
{
    //: Dutch: "bekeken op %1 door %2: %3"
    return tr("viewed on %1 by %2: %3")
        .arg(QLocale().toString(viewing.viewedOn, QLocale::ShortFormat), viewing.viewedBy,
             viewing.reason);
}

bool ExternalHoldService::recordViewing(Owner owner, const QString &number, qint64 id,
                                        const HoldViewing &viewing, BsnCheck bsnCheck,
                                        ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, actionOf(owner, "viewed"), number);
    if (!unit.permit(error))
        return false;
    if (viewing.viewedBy.trimmed().isEmpty() || viewing.reason.trimmed().isEmpty()) {
        //: Dutch: "Noem wie de gegevens heeft bekeken en waarom."
        *error = invalid(tr("Name who viewed the data and why."));
        return false;
    }
    const std::optional<ExternalHold> hold = holdOf(owner, number, id, error, false);
    if (!hold)
        return false;
    const QDate last = hold->held() ? m_session.clock().today() : hold->releasedOn;
    if (!viewing.viewedOn.isValid() || viewing.viewedOn < hold->recordedOn
        || viewing.viewedOn > last) {
        //: Dutch: "De datum waarop de gegevens zijn bekeken ligt tussen de opname en vandaag (of
        //: de vrijgave)."
        *error = invalid(tr("The day the data were viewed lies between the recording and today "
                            "(or the release)."));
        return false;
    }
    if (!guardShortTexts(unit,
                         { { tr("Viewed by"), viewing.viewedBy },
                           { tr("Why they were viewed"), viewing.reason } },
                         bsnCheck, error))
        return false;
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *) {
            write.record(entityOf(owner), number, actionOf(owner, "viewed"),
                         { { QStringLiteral("hold"), id },
                           { QStringLiteral("system"), hold->system },
                           { QStringLiteral("viewed_on"), isoDate(viewing.viewedOn) },
                           { QStringLiteral("viewed_by"), viewing.viewedBy.trimmed() },
                           { QStringLiteral("reason"), viewing.reason.trimmed() } });
            return true;
        },
        error);
}

std::optional<QList<HoldViewing>> ExternalHoldService::viewings(Owner owner, const QString &number,
                                                                ServiceError *error) const
{
    if (!permitRead(owner, number, error))
        return std::nullopt;
    ServiceError failure;
    const QList<AuditEvent> events
        = AuditLog(m_session.store().database(),
                   m_session.store().storeId().toString(QUuid::WithoutBraces), m_session.clock())
              .eventsFor(entityOf(owner), number, &failure);
    if (failure.isError()) {
        *error = failure;
        return std::nullopt;
    }
    QList<HoldViewing> result;
    for (const AuditEvent &event : events) {
        if (event.action != actionOf(owner, "viewed"))
            continue;
        const QJsonObject &p = event.payload;
        result.append(
            { p.value(QLatin1StringView("hold")).toInteger(),
              QDate::fromString(p.value(QLatin1StringView("viewed_on")).toString(), Qt::ISODate),
              p.value(QLatin1StringView("viewed_by")).toString(),
              p.value(QLatin1StringView("reason")).toString(), event.actor });
    }
    return result;
}

} // namespace pd
