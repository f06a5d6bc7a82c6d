#include "audit/RecordedState.h"

#include "audit/AuditRepository.h"

#include <functional>

namespace pd {

namespace {

using Recorded = RecordedState::Recorded;

// SQLite's BINARY collation (PostgreSQL's "C"): the bytes of the UTF-8 text.
int compareKeys(const QByteArray &a, const QByteArray &b)
{
    return a.compare(b);
}

// One merge of the source's rows (ordered by key) with the entity's events (ordered by
// entity_id, seq); compare reports a row against its record.
bool merge(const QSqlDatabase &db, const RecordedState::Source &source,
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
                source.apply(events.action(), events.payload(), events.payloadDestroyed(),
                             &recorded);
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
        if (!source.apply || !source.read) {
            read = false;
            error = QStringLiteral("no rule or rows for %1").arg(source.entityType);
        } else if (source.entityType == QLatin1StringView("case")) {
            read = merge(db, source, compareCase, &result.casesChecked, &error);
        } else if (source.entityType == QLatin1StringView("person")) {
            read = merge(db, source, comparePerson, &result.personsChecked, &error);
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
