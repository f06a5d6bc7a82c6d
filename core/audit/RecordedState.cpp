#include "audit/RecordedState.h"

#include "audit/AuditRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace pd {

namespace {

// What the trail last recorded of one entity; unset: nothing recorded, or destroyed since.
struct Recorded
{
    std::optional<QString> state;
    std::optional<QString> outcome; // an empty string: recorded as none
    std::optional<QString> name;
};

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

void applyCaseEvent(const QString &action, const QByteArray &payload, bool destroyed, Recorded *r)
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

void applyPersonEvent(const QString &action, const QByteArray &payload, bool destroyed, Recorded *r)
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

// SQLite's BINARY collation (PostgreSQL's "C"): the bytes of the UTF-8 text.
int compareKeys(const QByteArray &a, const QByteArray &b)
{
    return a.compare(b);
}

// One merge of the source's rows (ordered by key) with the entity's events (ordered by
// entity_id, seq); compare reports a row against its record.
bool merge(const QSqlDatabase &db, const RecordedState::Source &source,
           const std::function<void(const QString &, const QByteArray &, bool, Recorded *)> &apply,
           const std::function<void(const RecordedState::Row &, const Recorded &)> &compare,
           qint64 *checked, QString *error)
{
    AuditRepository::EntityEvents events(db, source.entityType);
    if (!events.exec(error))
        return false;
    bool haveEvent = events.next();
    QString rowsError;
    const bool rowsRead = source.read(
        db,
        [&](const RecordedState::Row &row) {
            while (haveEvent && compareKeys(events.entityIdBytes(), row.key) < 0)
                haveEvent = events.next(); // events of an entity without a row (destroyed)
            Recorded recorded;
            while (haveEvent && compareKeys(events.entityIdBytes(), row.key) == 0) {
                apply(events.action(), events.payload(), events.payloadDestroyed(), &recorded);
                haveEvent = events.next();
            }
            compare(row, recorded);
            ++*checked;
        },
        &rowsError);
    if (const QString eventsError = events.errorText(); !eventsError.isEmpty()) {
        *error = eventsError;
        return false;
    }
    if (!rowsRead) {
        *error = rowsError;
        return false;
    }
    return true;
}

} // namespace

RecordedState::Result RecordedState::check(const QSqlDatabase &db, const Sources &sources)
{
    Result result;
    qint64 differences = 0;
    const auto report = [&result, &differences](const QString &problem) {
        if (++differences <= maxProblems)
            result.problems << problem;
    };
    const auto none = [](const QString &code) {
        return code.isEmpty() ? tr("none") : code;
    };

    const auto compareCase = [&](const Row &row, const Recorded &recorded) {
        if (recorded.state && *recorded.state != row.state)
            report(tr("Request %1: the database says state %2, but the audit trail last "
                      "recorded %3.")
                       .arg(row.label, row.state, *recorded.state));
        if (recorded.outcome && *recorded.outcome != row.outcome)
            report(tr("Request %1: the database says outcome %2, but the audit trail last "
                      "recorded %3.")
                       .arg(row.label, none(row.outcome), none(*recorded.outcome)));
    };
    // Persons are entities by their id as text; anonymised ones are not among the rows.
    const auto comparePerson = [&](const Row &row, const Recorded &recorded) {
        if (recorded.name && *recorded.name != row.name)
            report(tr("Data subject no. %1: the name in the database differs from the name the "
                      "audit trail last recorded.")
                       .arg(row.label));
    };

    // Without sources nothing would be compared, and a verify that skipped the rows would pass.
    QString error = sources.isEmpty() ? QStringLiteral("no rows were given to compare") : QString();
    bool read = !sources.isEmpty();
    for (qsizetype i = 0; read && i < sources.size(); ++i) {
        const Source &source = sources.at(i);
        if (source.entityType == QLatin1StringView("case")) {
            read = merge(db, source, applyCaseEvent, compareCase, &result.casesChecked, &error);
        } else if (source.entityType == QLatin1StringView("person")) {
            read = merge(db, source, applyPersonEvent, comparePerson, &result.personsChecked,
                         &error);
        } else {
            read = false;
            error = QStringLiteral("no check for the rows of %1").arg(source.entityType);
        }
    }
    if (!read) {
        result.problems << tr("The requests and data subjects could not be compared with the "
                              "audit trail: %1")
                               .arg(error);
        return result;
    }
    if (differences > maxProblems)
        result.problems << tr("… and %n more difference(s) between the database and the audit "
                              "trail.",
                              nullptr, static_cast<int>(differences - maxProblems));
    result.ok = differences == 0;
    return result;
}

} // namespace pd
