// CaseRepository's part for the search index of imported persons (registers/PersonImport,
// issue 37), apart so that CaseRepository.cpp stays under 800 lines.
#include "cases/CaseRepository.h"
#include "persons/PersonRepository.h"
#include "sql/Dialect.h"

using namespace Qt::StringLiterals;

namespace pd {

QString CaseRepository::reindexPersonsSql(const QSqlDatabase &db, const QString &personIds)
{
    const bool server = sql::isServer(db);
    const QString values = u"SELECT c.id AS docid, "
                           "CASE WHEN p.anonymised_at IS NULL THEN p.name END AS name, "
                           "c.number AS number, "
                           "CASE WHEN p.anonymised_at IS NULL THEN p.klantnummer END "
                           "AS klantnummer, "
                           "CASE WHEN p.anonymised_at IS NULL THEN "
                           "replace(upper(p.postcode), ' ', '') || ' ' "
                           "|| substr(replace(upper(p.postcode), ' ', ''), 1, 4) || ' ' "
                           "|| substr(replace(upper(p.postcode), ' ', ''), 5) END AS postcode "
                           "FROM cases c "_s
        + PersonRepository::joinSql(u"p", u"c.person_id") + u" WHERE c.person_id IN ("_s + personIds
        + u") ORDER BY c.id"_s;
    if (!server)
        return u"INSERT OR REPLACE INTO case_search (docid, name, number, klantnummer, postcode) "_s
            + values;
    return u"INSERT INTO case_search (docid, name, number, klantnummer, postcode, document) "
           "SELECT s.docid, s.name, s.number, s.klantnummer, s.postcode, "
           "case_search_document_of(s.name, s.number, s.klantnummer, s.postcode) FROM ("_s
        + values
        + u") AS s ON CONFLICT (docid) DO UPDATE SET name = EXCLUDED.name, "
          "number = EXCLUDED.number, klantnummer = EXCLUDED.klantnummer, "
          "postcode = EXCLUDED.postcode, document = EXCLUDED.document"_s;
}

} // namespace pd
