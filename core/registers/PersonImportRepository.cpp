#include "registers/PersonImportRepository.h"

#include "cases/CaseRepository.h"
#include "domain/SortName.h"
#include "persons/PersonRepository.h"
#include "registers/PersonImportRows.h"
#include "sql/Dialect.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace pd {

using personimport::nameColumn;
using personimport::nullable;
using personimport::personColumns;
using personimport::postcodeColumn;

namespace {

// Written beside the name by every insert and staged update: the name as a Dutch list sorts it.
const QString sortNameColumn = u"sort_name"_s;

// The page cache of the import's connection while it runs, in KiB. One transaction
// writes every person, retention item and audit event of the file; with the connection's own
// cache (2 MB) SQLite spills dirty pages to the WAL in the middle of it and reads (decrypts)
// them back for the next rows. Measured with bench_import (100,000 ERP rows, 44,502 of them
// existing persons, into a store of 50,000 requests / 180 MiB; Release; shared 2-core machine at
// load 5-10, so CPU time is the figure to compare):
//   cache    import CPU s   wall s
//   2 MB        47           105-184
//   16 MB       31           148
//   32 MB       31           132
//   64 MB       30            58-60
// The cache is given back when the import ends (finish, cancel, failure): the rest of the
// program keeps the connection's setting.
constexpr int importCacheKiB = 64 * 1024;

// Persons whose name or postcode changes. The case search (the FTS4 table
// case_search) follows persons through the trigger case_search_person_update: per person, an
// FTS delete and insert of each of their cases. Fired once per person, that was most of an
// import's cost:
//  - a statement that fires it may abort halfway, so SQLite keeps a statement journal for it,
//    and SQLCipher encrypts every page the statement changes into that journal: the same
//    persons, index and search pages were encrypted again for every person;
//  - FTS4 writes its pending terms out as a new segment whenever a docid is lower than the one
//    before it, which every person with more than one request causes: hundreds of small
//    segments per 1,000 rows, and the merges of them.
// So these persons are staged in a temporary table (in memory: temp_store) and, at the end of
// every step, written by one UPDATE while the trigger is set aside (one prepared UPDATE
// per person with the values kept in memory instead of the UPDATE's nine correlated subqueries
// saved nothing measurable: the time is SQLite's, writing the persons' rows and indexes); then
// their cases are re-indexed by one INSERT OR REPLACE in docid order
// (CaseRepository::reindexPersonsSql), with
// the rows the trigger writes (an import never anonymises, so the trigger's 'optimize' does not
// apply), and the trigger is put back from its own text in sqlite_master. All of it inside the
// import's transaction: no other connection ever sees the store without the trigger, and a
// failure rolls the drop back with everything else. The other updates leave the searched
// columns out of the SET, so the trigger does not fire for them. Both UPDATEs run OR FAIL: a failed
// constraint check leaves nothing to undo (the import then rolls back as a whole), so SQLite keeps
// no statement journal for them. On a server the trigger is a PL/pgSQL function that an
// application role may not drop or disable (only the store's owner may): it steps aside while the
// transaction-local setting privacydesk.person_search is 'deferred', which the import sets around
// its UPDATE and resets right after, so that the trigger is in force again between steps; the cases
// are then re-indexed with the document the trigger computes (case_search_document_of).
const auto stagingTableName = u"pd_import_persons"_s;
const auto searchTrigger = u"case_search_person_update"_s;

bool run(QSqlQuery &query, QSqlError *error, const QString &sql = {})
{
    if (sql.isEmpty() ? query.exec() : query.exec(sql))
        return true;
    *error = query.lastError();
    return false;
}

} // namespace

PersonImportRepository::PersonImportRepository(const QSqlDatabase &db)
    : m_db(db)
    , m_server(sql::isServer(db))
    , m_find(db)
    , m_insert(db)
    , m_update(db)
    , m_rowId(db)
    , m_stage(db)
    , m_applyStaged(db)
    , m_searchStaged(db)
    , m_clearStaged(db)
{
    // Not transactional: it may be set and reset inside the import's transaction. A server
    // connection has no page cache of its own to set.
    if (sql::isServer(m_db))
        return;
    QSqlQuery pragma(m_db);
    if (pragma.exec(u"PRAGMA cache_size"_s) && pragma.next()) {
        m_previousCache = pragma.value(0).toInt();
        pragma.finish();
        m_cacheSet = pragma.exec(u"PRAGMA cache_size = -%1"_s.arg(importCacheKiB));
    }
}

PersonImportRepository::~PersonImportRepository()
{
    if (!m_cacheSet)
        return;
    QSqlQuery pragma(m_db);
    if (!pragma.exec(u"PRAGMA cache_size = %1"_s.arg(m_previousCache)))
        qWarning("PersonImport: the page cache could not be given back: %s",
                 qPrintable(pragma.lastError().text()));
}

bool PersonImportRepository::prepare(QSqlError *error)
{
    m_find.setForwardOnly(sql::canStream(m_db));
    const PersonRepository::ImportSql statements = PersonRepository::importSql(m_db);
    const bool prepared = m_find.prepare(statements.find) && m_insert.prepare(statements.insert)
        && m_update.prepare(statements.update) && m_rowId.prepare(sql::lastInsertedIdSql(m_db));
    if (!prepared) {
        *error = m_find.lastError();
        return false;
    }
    if (!m_server) {
        QSqlQuery numbers(m_db);
        numbers.setForwardOnly(true);
        if (!numbers.exec(statements.numbers)) {
            *error = numbers.lastError();
            return false;
        }
        while (numbers.next())
            m_numbers.insert(numbers.value(0).toString());
        if (numbers.lastError().isValid()) { // a number missed would be taken for a new one
            *error = numbers.lastError();
            return false;
        }
        m_numbersKnown = true;
    }
    return prepareStaging(error);
}

bool PersonImportRepository::othersWroteSinceMark()
{
    if (m_server || m_ownChanges < 0)
        return true;
    QSqlQuery count(m_db);
    return !count.exec(u"SELECT total_changes()"_s) || !count.next()
        || count.value(0).toLongLong() != m_ownChanges;
}

void PersonImportRepository::markOwnWrites()
{
    m_ownChanges = -1;
    if (m_server)
        return;
    QSqlQuery count(m_db);
    if (count.exec(u"SELECT total_changes()"_s) && count.next())
        m_ownChanges = count.value(0).toLongLong();
}

void PersonImportRepository::forgetNumbers()
{
    m_numbersKnown = false;
    m_numbers.clear();
}

bool PersonImportRepository::prepareStaging(QSqlError *error)
{
    const bool server = sql::isServer(m_db);
    const QString staging = sql::temporaryTable(m_db, stagingTableName);
    QSqlQuery query(m_db);
    if (!query.exec(u"CREATE TEMP TABLE IF NOT EXISTS "_s + (server ? stagingTableName : staging)
                    + u" (id "_s + (server ? u"bigint"_s : u"INTEGER"_s)
                    + u" PRIMARY KEY, name TEXT, relation TEXT, street TEXT, "
                      "house_number TEXT, postcode TEXT, city TEXT, phone TEXT, "
                      "email TEXT, relation_end TEXT, sort_name TEXT)"_s)
        || !query.prepare(PersonRepository::triggerSql(m_db))) {
        *error = query.lastError();
        return false;
    }
    query.addBindValue(searchTrigger);
    if (!query.exec()) {
        *error = query.lastError();
        return false;
    }
    // Without the trigger (a schema that has none) the staged persons are only written.
    m_searchTriggerSql = query.next() ? query.value(0).toString() : QString();
    query.finish();
    const QList<std::pair<QSqlQuery *, QString>> statements {
        { &m_stage, u"INSERT INTO "_s + staging + u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s },
        { &m_applyStaged,
          PersonRepository::stagedUpdateSql(m_db, staging,
                                            personColumns + QStringList { sortNameColumn }) },
        { &m_searchStaged,
          CaseRepository::reindexPersonsSql(m_db, u"SELECT id FROM "_s + staging) },
        { &m_clearStaged, u"DELETE FROM "_s + staging },
    };
    for (const auto &[statement, sql] : statements) {
        if (!statement->prepare(sql)) {
            *error = statement->lastError();
            return false;
        }
    }
    return true;
}

bool PersonImportRepository::find(const QString &klantnummer, std::optional<ImportedPerson> *found,
                                  QSqlError *error)
{
    found->reset();
    if (m_numbersKnown && !m_numbers.contains(klantnummer))
        return true;
    m_find.bindValue(0, klantnummer);
    if (!m_find.exec()) {
        *error = m_find.lastError();
        return false;
    }
    // importSql().find's columns, in its order: the id, personColumns, anonymised_at.
    // clang-format off
    enum FindColumn {
        FoundId, Name, Relation, Street, HouseNumber, Postcode, City, Phone, Email, RelationEnd,
        AnonymisedAt
    };
    // clang-format on
    if (m_find.next()) {
        ImportedPerson person;
        person.id = m_find.value(FoundId).toLongLong();
        person.anonymised = !m_find.value(AnonymisedAt).isNull();
        if (!person.anonymised) {
            for (int i = 0; i < personColumns.size(); ++i)
                person.values << m_find.value(Name + i).toString();
        }
        *found = std::move(person);
    }
    m_find.finish();
    return true;
}

std::optional<qint64> PersonImportRepository::insert(const QStringList &values,
                                                     const QString &klantnummer, const QString &now,
                                                     const QString &actor, const QString &source,
                                                     QSqlError *error)
{
    for (int i = 0; i < personColumns.size(); ++i)
        m_insert.bindValue(i, i == 0 || i == 1 ? QVariant(values.at(i)) : nullable(values.at(i)));
    const int next = int(personColumns.size());
    m_insert.bindValue(next, klantnummer);
    m_insert.bindValue(next + 1, now);
    m_insert.bindValue(next + 2, actor);
    m_insert.bindValue(next + 3, nullable(source));
    m_insert.bindValue(next + 4, sortKey(values.at(nameColumn)));
    if (!run(m_insert, error))
        return std::nullopt;
    // The number is not added to m_numbers: the import never asks for it again (a number on
    // more than one line rejects all of them, PersonImport::check).
    // The store folder's driver knows the new rowid (sqlite3_last_insert_rowid, taken
    // right after the step): no second statement per person. A server asks lastval().
    if (!m_server) {
        const QVariant id = m_insert.lastInsertId();
        if (id.isValid())
            return id.toLongLong();
    }
    if (!m_rowId.exec() || !m_rowId.next()) {
        *error = m_rowId.lastError();
        return std::nullopt;
    }
    const qint64 id = m_rowId.value(0).toLongLong();
    m_rowId.finish();
    return id;
}

bool PersonImportRepository::update(qint64 id, const QStringList &values, QSqlError *error)
{
    int bound = 0;
    for (int i = 0; i < personColumns.size(); ++i) {
        if (i != nameColumn && i != postcodeColumn)
            m_update.bindValue(bound++, nullable(values.at(i)));
    }
    m_update.bindValue(bound, id);
    return run(m_update, error);
}

bool PersonImportRepository::stage(qint64 id, const QStringList &values, QSqlError *error)
{
    m_stage.bindValue(0, id);
    for (int i = 0; i < personColumns.size(); ++i)
        m_stage.bindValue(i + 1, nullable(values.at(i)));
    m_stage.bindValue(int(personColumns.size()) + 1, sortKey(values.at(nameColumn)));
    if (!run(m_stage, error))
        return false;
    ++m_staged;
    return true;
}

bool PersonImportRepository::applyStaged(QSqlError *error)
{
    if (m_staged == 0)
        return true;
    const bool setAside = !m_searchTriggerSql.isEmpty();
    QSqlQuery ddl(m_db);
    // SQLite: the trigger is dropped and made again from its text; a server's trigger
    // steps aside while the transaction's setting says so (see stagingTableName).
    const bool server = sql::isServer(m_db);
    const QString setAsideSql = server
        ? u"SELECT set_config('privacydesk.person_search', 'deferred', true)"_s
        : u"DROP TRIGGER main."_s + searchTrigger;
    const QString putBackSql = server
        ? u"SELECT set_config('privacydesk.person_search', '', true)"_s
        : m_searchTriggerSql;
    if ((setAside && !run(ddl, error, setAsideSql)) || !run(m_applyStaged, error)
        || (setAside && !run(m_searchStaged, error)) || (setAside && !run(ddl, error, putBackSql))
        || !run(m_clearStaged, error))
        return false;
    m_staged = 0;
    return true;
}

void PersonImportRepository::dropStaging()
{
    for (QSqlQuery *statement : { &m_stage, &m_applyStaged, &m_searchStaged, &m_clearStaged })
        statement->clear();
    QSqlQuery drop(m_db);
    if (!drop.exec(u"DROP TABLE IF EXISTS "_s + sql::temporaryTable(m_db, stagingTableName)))
        qWarning("PersonImport: the staging table could not be dropped: %s",
                 qPrintable(drop.lastError().text()));
}

} // namespace pd
