#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

namespace pd {

// Whether the case and person rows still say what their audit trail last recorded:
// a row edited behind the application's back (plain SQL with the key) keeps a valid chain but
// no longer agrees with it. Compared, per entity, with what its events recorded last: a request's
// state and outcome, a person's name. Which event records what is the rows' owners' rule, given
// with the rows (Source::apply); the check only applies it, event by event, and compares. A value
// left unknown (a destroyed payload that may have recorded it) is no difference; anonymised
// persons and entities without a recorded value are not compared. One pass over the events
// ordered by entity, merged with the rows in the same order: no query per row, constant memory.
//
// The rows and their rules are their owners': the check names no module's table and no
// module's life cycle. The caller gives the sources (cases/TrailRows: the requests from
// CaseRepository, the persons from PersonRepository, with their rules), and a check given none
// fails: a verify that skipped the rows would otherwise pass unseen.
class RecordedState final
{
    Q_DECLARE_TR_FUNCTIONS(pd::RecordedState)

public:
    // One row as the check compares it with its trail.
    struct Row
    {
        QByteArray key; // the entity id's UTF-8 bytes, as audit_events.entity_id names the row
        QString label; // what a problem names it by: the request number, the person's number
        QString state; // a request's state
        QString outcome; // a request's outcome, empty for none
        QString name; // a person's name
    };
    using EachRow = std::function<void(const Row &row)>;
    // What the trail recorded of one entity so far, as its events are applied in order; unset:
    // nothing recorded, or unknown since a destroyed payload may have recorded it.
    struct Recorded
    {
        std::optional<QString> state;
        std::optional<QString> outcome; // an empty string: recorded as none
        std::optional<QString> name;
    };
    // How one event of the entity (its action, its payload's JSON, whether the payload was
    // destroyed) changes what the trail recorded: the owner's rule.
    using ApplyEvent = std::function<void(const QString &action, const QByteArray &payload,
                                          bool destroyed, Recorded *recorded)>;
    // The rows of one entity type ("case", "person"), read by the module that owns them: read
    // calls each for every row in the byte order of key (SQLite's BINARY, PostgreSQL's "C"),
    // and is false with *error (the driver's text) when the read failed; apply is the owner's
    // rule for its events.
    struct Source
    {
        QString entityType;
        std::function<bool(const QSqlDatabase &db, const EachRow &each, QString *error)> read;
        ApplyEvent apply;
    };
    using Sources = QList<Source>;

    struct Result
    {
        bool ok = false; // false also when a read failed (then problems says so)
        qint64 casesChecked = 0;
        qint64 personsChecked = 0;
        // Plain sentences naming request numbers and internal person numbers, never their data;
        // at most maxProblems, then one that counts the rest.
        QStringList problems;
    };
    static constexpr int maxProblems = 20;

    // The rows of every source, in the order given, against their events; stops at the first
    // source that cannot be read.
    static Result check(const QSqlDatabase &db, const Sources &sources);
};

} // namespace pd
