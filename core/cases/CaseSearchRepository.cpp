// The requests' full-text index case_search: the only file that writes SQL naming
// it. CaseRepository's part for the search (the case list's condition, the count of matches),
// the index of imported persons' requests (registers/PersonImport) and its optimisation after a
// destruction; apart, so that CaseRepository.cpp stays under 800 lines.
#include "cases/CaseRepository.h"
#include "persons/PersonRepository.h"
#include "sql/Dialect.h"
#include "store/Statements.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pd {

namespace {

// The condition on a row of case_search (migration 0004), with one bound value
// (sql::fullTextPrefixes). SQLite: FTS4 "case_search MATCH ?"; PostgreSQL: the tsvector
// document against to_tsquery('simple', ...), each word folded by pd_fold as the document's are.
QString fullTextCondition(const QSqlDatabase &db)
{
    return sql::isServer(db) ? u"document @@ to_tsquery('simple', pd_fold(?))"_s
                             : u"case_search MATCH ?"_s;
}

} // namespace

QString CaseRepository::searchSql(const QSqlDatabase &db)
{
    return u"SELECT docid FROM case_search WHERE "_s + fullTextCondition(db);
}

std::optional<qint64> CaseRepository::searchMatches(const QSqlDatabase &db, const QString &match,
                                                    ServiceError *error)
{
    const auto hits = statements::single(
        db, u"SELECT count(*) FROM case_search WHERE "_s + fullTextCondition(db), { match }, error);
    return hits ? std::optional<qint64>(hits->toLongLong()) : std::nullopt;
}

bool CaseRepository::optimiseSearch(const QSqlDatabase &db, ServiceError *error)
{
    if (sql::isServer(db))
        return true;
    return statements::run(db, u"INSERT INTO case_search (case_search) VALUES ('optimize')"_s, {},
                           error);
}

QString CaseRepository::reindexPersonsSql(const QSqlDatabase &db, const QString &personIds)
{
    const bool server = sql::isServer(db);
    // What the trigger case_search_person_update writes: the person's texts while present.
    const QString present = u"CASE WHEN "_s + PersonRepository::presentSql(u"p") + u" THEN "_s;
    const QString postcode
        = u"replace(upper("_s + PersonRepository::postcodeSql(u"p") + u"), ' ', '')"_s;
    const QString values = u"SELECT c.id AS docid, "_s + present + PersonRepository::nameSql(u"p")
        + u" END AS name, c.number AS number, "_s + present + PersonRepository::klantnummerSql(u"p")
        + u" END AS klantnummer, "_s + present + postcode + u" || ' ' || substr("_s + postcode
        + u", 1, 4) || ' ' || substr("_s + postcode + u", 5) END AS postcode FROM "_s
        + tableSql(u"c") + u' ' + PersonRepository::joinSql(u"p", u"c.person_id")
        + u" WHERE c.person_id IN ("_s + personIds + u") ORDER BY c.id"_s;
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
