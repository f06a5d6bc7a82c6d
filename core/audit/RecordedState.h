#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

namespace pd {

// Whether the case and person rows still say what their audit trail last recorded: a row edited
// with plain SQL keeps a valid chain but no longer agrees with it. The rows and their rules are
// their owners' (Source); a check given no source fails, so that a verify that skipped the rows
// cannot pass unseen.
class RecordedState final
{
    Q_DECLARE_TR_FUNCTIONS(pd::RecordedState)

public:
    struct Row
    {
        QByteArray key; // the entity id's UTF-8 bytes, as audit_events.entity_id names the row
        QString label; // what a problem names it by: the request number, the person's number
        QString state; // a request's state
        QString outcome; // a request's outcome, empty for none
        QString name; // a person's name
    };
    using EachRow = std::function<void(const Row &row)>;
    // Unset: nothing recorded, or unknown since a destroyed payload may have recorded it.
    struct Recorded
    {
        std::optional<QString> state;
        std::optional<QString> outcome; // an empty string: recorded as none
        std::optional<QString> name;
    };
    using ApplyEvent = std::function<void(const QString &action, const QByteArray &payload,
                                          bool destroyed, Recorded *recorded)>;
    // read gives the rows in the byte order of key (SQLite's BINARY, PostgreSQL's "C").
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
        // Names request and internal person numbers, never their data.
        QStringList problems;
    };
    static constexpr int maxProblems = 20;

    static Result check(const QSqlDatabase &db, const Sources &sources);
};

} // namespace pd
