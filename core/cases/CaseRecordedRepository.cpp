// CaseRepository's part of verify: the requests as audit/RecordedState compares them
// with their trail.

#include "cases/CaseRepository.h"
#include "sql/Dialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

using namespace Qt::StringLiterals;

bool CaseRepository::forEachRecordedRow(const QSqlDatabase &db, const RecordedState::EachRow &each,
                                        QString *error)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    enum Column { NumberBytes, Number, State, Outcome }; // the SELECT's, in its order
    if (!rows.exec(u"SELECT %1, number, state, coalesce(outcome, '') FROM "_s.arg(
                       sql::utf8Bytes(db, u"number"_s))
                   + tableSql(u"c") + u" ORDER BY "_s + sql::byteOrder(db, u"number"_s))) {
        *error = rows.lastError().text();
        return false;
    }
    while (rows.next())
        each(RecordedState::Row { rows.value(NumberBytes).toByteArray(),
                                  rows.value(Number).toString(),
                                  rows.value(State).toString(),
                                  rows.value(Outcome).toString(),
                                  {} });
    if (rows.lastError().isValid()) {
        *error = rows.lastError().text();
        return false;
    }
    return true;
}

} // namespace pd
