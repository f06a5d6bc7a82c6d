// privacydesk-cli case timeline: a request's audit events, and on a server under each change
// made by hand what the row trail kept of it (its values before and after).
#include "CaseCommands.h"
#include "CliContext.h"
#include "cases/CaseHandChanges.h"
#include "documents/RowChangeText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd::cli {

// A record of the server's row trail as `case timeline --json` gives it.
QJsonObject CaseCommands::rowChangeJson(const RowChange &change)
{
    return { { QStringLiteral("table"), change.table },
             { QStringLiteral("operation"), change.operation },
             { QStringLiteral("columns"), QJsonArray::fromStringList(change.columns) },
             { QStringLiteral("old"), change.oldValues },
             { QStringLiteral("new"), change.newValues },
             { QStringLiteral("values_destroyed"), change.valuesDestroyed } };
}

int CaseCommands::runTimeline(CliContext &context)
{
    const QString number = numberArgument(context);
    if (number.isEmpty())
        return CliContext::usage(tr("case timeline needs the case number."));
    return withCases(context, [&](const Session &session, CaseService &cases) {
        ServiceError error;
        if (!cases.find(number, &error))
            return CliContext::readFailure(error, false);
        // Never an empty history for one that could not be read: an empty one would say nothing
        // happened.
        const QList<AuditEvent> timeline = cases.timeline(number, &error);
        if (error.isError())
            return CliContext::readFailure(error);
        // On a server, what its row trail kept of each change made by hand.
        const auto handChanges = handChangesOfCase(session, number, &error);
        if (!handChanges)
            return CliContext::readFailure(error);
        QJsonArray events;
        for (const AuditEvent &event : timeline) {
            QJsonObject line { { QStringLiteral("seq"), event.seq },
                               { QStringLiteral("at"), event.occurredAt.toString(Qt::ISODate) },
                               { QStringLiteral("actor"), event.actor },
                               { QStringLiteral("action"), event.action },
                               { QStringLiteral("payload"), event.payload },
                               { QStringLiteral("payload_destroyed"), event.payloadDestroyed } };
            if (const auto change = handChanges->constFind(event.seq);
                change != handChanges->cend())
                line.insert(QStringLiteral("row_change"), rowChangeJson(*change));
            events.append(line);
        }
        if (context.parser().isSet(QStringLiteral("json"))) {
            CliContext::printJson(QJsonDocument(events));
        } else {
            for (const AuditEvent &event : timeline) {
                CliContext::printLine(
                    QStringLiteral("%1  %2  %3")
                        .arg(CliContext::momentText(event.occurredAt), event.actor, event.action));
                if (const auto change = handChanges->constFind(event.seq);
                    change != handChanges->cend())
                    if (const QString values = RowChangeText::values(*change); !values.isEmpty())
                        CliContext::printLine(QStringLiteral("    ") + values);
            }
        }
        return static_cast<int>(Success);
    });
}

} // namespace pd::cli
