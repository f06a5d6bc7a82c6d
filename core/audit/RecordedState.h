#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace pd {

// Whether the case and person rows still say what their audit trail last recorded (issue 15):
// a row edited behind the application's back (plain SQL with the key) keeps a valid chain but
// no longer agrees with it. Compared, per entity, with the last event that recorded the value:
//   cases    state   the new value of the last event with "state": [old, new]
//                    ("ontvangen" from case.created on)
//            outcome "outcome" of the last case.completed, cleared by case.reopened
//   persons  name    person.created's "name", person.updated's changes.name.new
// A destroyed payload makes what it may have recorded unknown (not a difference); anonymised
// persons and entities without a recorded value are not compared. The audit layer sits below the
// tables' owners: the person rows come from the persons module (setPersonRows). One pass over the
// events ordered by entity, merged with the rows in the same order: no query per row, constant
// memory.
class RecordedState final
{
    Q_DECLARE_TR_FUNCTIONS(pd::RecordedState)

public:
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

    static Result check(const QSqlDatabase &db);

    // The person rows, for a check from below the persons module that owns their table
    // (issue 37): the statement that selects, of every person not anonymised, the key (the id
    // as text, as UTF-8 bytes: sql::utf8Bytes), the id and the name, ordered by the key in byte
    // order (sql::byteOrder). The persons module gives it when it is linked
    // (persons/PersonRepository.cpp); without it no person is compared (personsChecked 0).
    using RowsSql = QString (*)(const QSqlDatabase &db);
    static void setPersonRows(RowsSql rows);
};

} // namespace pd
