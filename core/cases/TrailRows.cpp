#include "cases/TrailRows.h"

#include "cases/CaseRepository.h"
#include "persons/PersonRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

namespace {

// Schema 15 renamed this state and outcome in the rows without an event; the events before it
// keep the old code.
QString current(const QString &code)
{
    return code == QLatin1StringView("niet-ontvankelijk") ? QStringLiteral("niet-in-behandeling")
                                                          : code;
}

QJsonObject parse(const QByteArray &payload)
{
    return QJsonDocument::fromJson(payload).object();
}

} // namespace

RecordedState::Sources TrailRows::all()
{
    return { { QStringLiteral("case"), &CaseRepository::forEachRecordedRow, &applyCaseEvent },
             { QStringLiteral("person"), &PersonRepository::forEachRecordedRow,
               &applyPersonEvent } };
}

void TrailRows::applyCaseEvent(const QString &action, const QByteArray &payload, bool destroyed,
                               RecordedState::Recorded *r)
{
    const bool created = action == QLatin1StringView("case.created");
    const bool completed = action == QLatin1StringView("case.completed");
    const bool reopened = action == QLatin1StringView("case.reopened");
    if (reopened)
        r->outcome = QString(); // whatever the payload said, reopening clears it
    if (destroyed) {
        // What it recorded is gone: it may have moved the state (or set the outcome).
        r->state.reset();
        if (completed)
            r->outcome.reset();
        return;
    }
    if (created) {
        r->state = QStringLiteral("ontvangen"); // CaseService inserts every request so
        r->outcome = QString();
    }
    if (!completed && !payload.contains("\"state\""))
        return;
    const QJsonObject object = parse(payload);
    if (const QJsonValue state = object.value(QLatin1StringView("state"));
        state.isArray() && state.toArray().size() == 2 && state.toArray().at(1).isString())
        r->state = current(state.toArray().at(1).toString());
    if (completed)
        r->outcome = current(object.value(QLatin1StringView("outcome")).toString());
}

void TrailRows::applyPersonEvent(const QString &action, const QByteArray &payload, bool destroyed,
                                 RecordedState::Recorded *r)
{
    const bool created = action == QLatin1StringView("person.created");
    const bool updated = action == QLatin1StringView("person.updated");
    if (!created && !updated)
        return;
    if (destroyed) {
        r->name.reset();
        return;
    }
    const QJsonObject object = parse(payload);
    if (created && object.contains(QLatin1StringView("name"))) {
        r->name = object.value(QLatin1StringView("name")).toString();
    } else if (updated) {
        const QJsonValue name = object.value(QLatin1StringView("changes"))
                                    .toObject()
                                    .value(QLatin1StringView("name"));
        if (name.isObject() && name.toObject().contains(QLatin1StringView("new")))
            r->name = name.toObject().value(QLatin1StringView("new")).toString();
    }
}

} // namespace pd
