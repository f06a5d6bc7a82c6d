// CaseRepository's statements on the notes of a request (case_notes), as CaseSearchRepository.cpp
// holds those on case_search: a note written with case.note_added, and the person's notes read
// for the inzage report, each with its mark "niet aan klager verstrekken". The
// requests are named through tableSql and joinSql; the destruction of the notes stays with the
// person's other contents in CaseRepository.cpp.

#include "cases/CaseRepository.h"
#include "store/Statements.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

using namespace Qt::StringLiterals;
using statements::failed;
using statements::run;

bool CaseRepository::insertNote(const QSqlDatabase &db, qint64 caseId, const QString &writtenAt,
                                const QString &author, const QString &body, bool withheld,
                                ServiceError *error)
{
    return run(db,
               u"INSERT INTO case_notes (case_id, written_at, author, body, withheld) VALUES "
               "(?, ?, ?, ?, ?)"_s,
               { caseId, writtenAt, author, body, withheld ? 1 : 0 }, error);
}

std::optional<QList<CaseRepository::PersonNote>>
CaseRepository::notesOfPerson(const QSqlDatabase &db, qint64 personId, ServiceError *error)
{
    // The SELECT's columns, in its order.
    enum Column { Id, Number, WrittenAt, Body, Withheld };
    return statements::select(
        db,
        u"SELECT n.id, c.number, n.written_at, n.body, n.withheld FROM case_notes n "_s
            + joinSql(u"c", u"n.case_id")
            + u" WHERE c.person_id = ? ORDER BY c.received_date, c.id, n.written_at, n.id"_s,
        { personId },
        [](const QSqlQuery &row) {
            return PersonNote { row.value(Id).toLongLong(), row.value(Number).toString(),
                                row.value(WrittenAt).toString(), row.value(Body).toString(),
                                row.value(Withheld).toLongLong() != 0 };
        },
        error);
}

} // namespace pd
