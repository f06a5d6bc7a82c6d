#include "HandChanges.h"

#include "documents/EventText.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pd::cli {

using namespace Qt::StringLiterals;

namespace {

// Enough to see who changed what lately; the request's timeline and the dossier show each one
// with the request it belongs to.
constexpr int shown = 10;

} // namespace

std::optional<HandChanges> handChanges(const Store &store, QString *error)
{
    ServiceError readError;
    const std::optional<AuditLog::ChangesByHand> found
        = support::auditLog(store, systemClock()).allChangesByHand(shown, &readError);
    if (!found) {
        *error = readError.message;
        return std::nullopt;
    }
    HandChanges result;
    QJsonArray latest;
    if (found->total == 0)
        //: Dutch: "Buiten Privacydesk om gewijzigd: niets vastgelegd."
        result.lines << QCoreApplication::translate("pd::cli",
                                                    "Changed outside Privacydesk: none recorded.");
    else
        //: Dutch: "Buiten Privacydesk om gewijzigd (door de server vastgelegd): %n keer; de
        //: laatste:"
        result.lines << QCoreApplication::translate(
            "pd::cli",
            "Changed outside Privacydesk (recorded by the server): %n time(s); the latest:",
            nullptr, found->total);
    for (const AuditEvent &event : found->latest) {
        const QString about = event.entityType == QLatin1StringView("table")
            ? QString()
            : u" [%1 %2]"_s.arg(event.entityType, event.entityId);
        result.lines << u"  %1  %2%3"_s.arg(EventText::dateTime(event.occurredAt),
                                            EventText::sentence(event, {}), about);
        latest.append(QJsonObject {
            { QStringLiteral("seq"), event.seq },
            { QStringLiteral("at"), event.occurredAt.toString(Qt::ISODateWithMs) },
            { QStringLiteral("by"), event.actor },
            { QStringLiteral("entity_type"), event.entityType },
            { QStringLiteral("entity_id"), event.entityId },
            { QStringLiteral("details"), event.payload },
        });
    }
    result.json = QJsonObject { { QStringLiteral("total"), found->total },
                                { QStringLiteral("latest"), latest } };
    return result;
}

} // namespace pd::cli
