#include "audit/RecordedState.h"

#include "sql/Dialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

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

// The person rows' statement, given by the persons module (RecordedState::setPersonRows).
RecordedState::RowsSql &personRows()
{
    static RecordedState::RowsSql rows = nullptr;
    return rows;
}

// SQLite's BINARY collation (PostgreSQL's "C"): the bytes of the UTF-8 text.
int compareKeys(const QByteArray &a, const QByteArray &b)
{
    return a.compare(b);
}

// One merge of the rows (ordered by key) with the entity's events (ordered by entity_id, seq).
// rowSql selects key, then the compared columns; compare reports a row against its record.
bool merge(const QSqlDatabase &db, const QString &entityType, const QString &rowSql,
           const std::function<void(const QString &, const QByteArray &, bool, Recorded *)> &apply,
           const std::function<void(const QSqlQuery &, const Recorded &)> &compare, qint64 *checked,
           QString *error)
{
    QSqlQuery events(db);
    // Two results read side by side: QPSQL streams only one forward-only result per connection
    // (single-row mode), so on a server the events are fetched whole.
    events.setForwardOnly(!sql::isServer(db));
    events.prepare(QStringLiteral("SELECT %1, action, payload, payload_destroyed_at IS NOT NULL "
                                  "FROM audit_events WHERE entity_type = ? ORDER BY %2, seq")
                       .arg(sql::utf8Bytes(db, QStringLiteral("entity_id")),
                            sql::byteOrder(db, QStringLiteral("entity_id"))));
    events.addBindValue(entityType);
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!events.exec()) {
        *error = events.lastError().text();
        return false;
    }
    if (!rows.exec(rowSql)) {
        *error = rows.lastError().text();
        return false;
    }
    bool haveEvent = events.next();
    while (rows.next()) {
        const QByteArray key = rows.value(0).toByteArray();
        while (haveEvent && compareKeys(events.value(0).toByteArray(), key) < 0)
            haveEvent = events.next(); // events of an entity without a row (destroyed)
        Recorded recorded;
        while (haveEvent && compareKeys(events.value(0).toByteArray(), key) == 0) {
            apply(events.value(1).toString(), events.value(2).toByteArray(),
                  events.value(3).toBool(), &recorded);
            haveEvent = events.next();
        }
        compare(rows, recorded);
        ++*checked;
    }
    for (const QSqlQuery *query : { &events, &rows }) {
        if (query->lastError().isValid()) {
            *error = query->lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

void RecordedState::setPersonRows(RowsSql rows)
{
    personRows() = rows;
}

RecordedState::Result RecordedState::check(const QSqlDatabase &db)
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

    QString error;
    const bool casesRead = merge(
        db, QStringLiteral("case"),
        QStringLiteral("SELECT %1, number, state, coalesce(outcome, '') FROM cases ORDER BY %2")
            .arg(sql::utf8Bytes(db, QStringLiteral("number")),
                 sql::byteOrder(db, QStringLiteral("number"))),
        applyCaseEvent,
        [&](const QSqlQuery &row, const Recorded &recorded) {
            const QString number = row.value(1).toString();
            const QString state = row.value(2).toString();
            const QString outcome = row.value(3).toString();
            if (recorded.state && *recorded.state != state)
                report(tr("Request %1: the database says state %2, but the audit trail last "
                          "recorded %3.")
                           .arg(number, state, *recorded.state));
            if (recorded.outcome && *recorded.outcome != outcome)
                report(tr("Request %1: the database says outcome %2, but the audit trail last "
                          "recorded %3.")
                           .arg(number, none(outcome), none(*recorded.outcome)));
        },
        &result.casesChecked, &error);
    // Persons are entities by their id as text; anonymised ones keep only a placeholder name.
    const RowsSql persons = personRows();
    const bool personsRead = casesRead
        && (!persons
            || merge(
                db, QStringLiteral("person"), persons(db), applyPersonEvent,
                [&](const QSqlQuery &row, const Recorded &recorded) {
                    if (recorded.name && *recorded.name != row.value(2).toString())
                        report(tr("Data subject no. %1: the name in the database differs from the "
                                  "name the audit trail last recorded.")
                                   .arg(row.value(1).toLongLong()));
                },
                &result.personsChecked, &error));
    if (!casesRead || !personsRead) {
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
