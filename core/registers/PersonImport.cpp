#include "registers/PersonImport.h"

#include "audit/AuditLog.h"
#include "cases/CaseCodes.h"
#include "cases/CaseRepository.h"
#include "cases/CaseService.h"
#include "domain/BsnGuard.h"
#include "domain/InputLimits.h"
#include "persons/PersonRepository.h"
#include "registers/PersonImportRows.h"
#include "registers/RetentionDerivation.h"
#include "session/Access.h"
#include "sql/Dialect.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd {

using personimport::fileDigest;
using personimport::ImportRow;
using personimport::nameColumn;
using personimport::nullable;
using personimport::personColumns;
using personimport::postcodeColumn;
using personimport::progressEvery;
using personimport::RowStatus;
using personimport::sortByLine;
using personimport::validateRow;

// The page cache of the import's connection while it runs, in KiB (issue 19). One transaction
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

// Persons whose name or postcode changes (issue 19). The case search (the FTS4 table
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
// every step, written by one UPDATE while the trigger is set aside; then their cases are
// re-indexed by one INSERT OR REPLACE in docid order (CaseRepository::reindexPersonsSql), with
// the rows the trigger writes (an import never anonymises, so the trigger's 'optimize' does not
// apply), and the trigger is put back from its own text in sqlite_master. All of it inside the
// import's transaction: no other connection ever sees the store without the trigger, and a
// failure rolls the drop back with everything else. The other updates leave the searched
// columns out of the SET, so the trigger does not fire for them. Both UPDATEs run OR FAIL: a failed
// constraint check leaves nothing to undo (the import then rolls back as a whole), so SQLite keeps
// no statement journal for them. On a server (issue 21) the trigger is a PL/pgSQL function that an
// application role may not drop or disable (only the store's owner may): it steps aside while the
// transaction-local setting privacydesk.person_search is 'deferred', which the import sets around
// its UPDATE and resets right after, so that the trigger is in force again between steps; the cases
// are then re-indexed with the document the trigger computes (case_search_document_of).
const auto stagingTableName = u"pd_import_persons"_s;
const auto searchTrigger = u"case_search_person_update"_s;

QString stagedUpdateSql(const QSqlDatabase &db)
{
    return PersonRepository::stagedUpdateSql(db, sql::temporaryTable(db, stagingTableName),
                                             personColumns);
}

struct PersonImport::Session
{
    explicit Session(const QString &path, QSqlDatabase db)
        : reader(path)
        , transaction(db)
        , find(db)
        , insert(db)
        , update(db)
        , stage(db)
        , applyStaged(db)
        , searchStaged(db)
        , clearStaged(db)
        , rowId(db)
        , m_db(db)
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
    ~Session()
    {
        if (!m_cacheSet)
            return;
        QSqlQuery pragma(m_db);
        if (!pragma.exec(u"PRAGMA cache_size = %1"_s.arg(m_previousCache)))
            qWarning("PersonImport: the page cache could not be given back: %s",
                     qPrintable(pragma.lastError().text()));
    }
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    bool prepareStaging(QSqlError *error)
    {
        const bool server = sql::isServer(m_db);
        const QString staging = sql::temporaryTable(m_db, stagingTableName);
        QSqlQuery query(m_db);
        if (!query.exec(u"CREATE TEMP TABLE IF NOT EXISTS "_s
                        + (server ? stagingTableName : staging) + u" (id "_s
                        + (server ? u"bigint"_s : u"INTEGER"_s)
                        + u" PRIMARY KEY, name TEXT, relation TEXT, street TEXT, "
                          "house_number TEXT, postcode TEXT, city TEXT, phone TEXT, "
                          "email TEXT, relation_end TEXT)"_s)
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
            { &stage, u"INSERT INTO "_s + staging + u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s },
            { &applyStaged, stagedUpdateSql(m_db) },
            { &searchStaged,
              CaseRepository::reindexPersonsSql(m_db, u"SELECT id FROM "_s + staging) },
            { &clearStaged, u"DELETE FROM "_s + staging },
        };
        for (const auto &[statement, sql] : statements) {
            if (!statement->prepare(sql)) {
                *error = statement->lastError();
                return false;
            }
        }
        return true;
    }

    // Writes the staged persons and re-indexes their cases; false with *error when the store
    // refuses (the import then rolls back, the trigger's drop with it).
    bool applyStagedPersons(QSqlError *error)
    {
        if (staged == 0)
            return true;
        const bool setAside = !m_searchTriggerSql.isEmpty();
        QSqlQuery ddl(m_db);
        const auto run = [error](QSqlQuery &query, const QString &sql = {}) {
            if (sql.isEmpty() ? query.exec() : query.exec(sql))
                return true;
            *error = query.lastError();
            return false;
        };
        // SQLite: the trigger is dropped and made again from its text; a server's trigger
        // steps aside while the transaction's setting says so (see stagingTableName).
        const bool server = sql::isServer(m_db);
        const QString setAsideSql = server
            ? u"SELECT set_config('privacydesk.person_search', 'deferred', true)"_s
            : u"DROP TRIGGER main."_s + searchTrigger;
        const QString putBackSql = server
            ? u"SELECT set_config('privacydesk.person_search', '', true)"_s
            : m_searchTriggerSql;
        if ((setAside && !run(ddl, setAsideSql)) || !run(applyStaged)
            || (setAside && !run(searchStaged)) || (setAside && !run(ddl, putBackSql))
            || !run(clearStaged))
            return false;
        staged = 0;
        return true;
    }

    // After the commit or rollback: the temporary table goes (it is empty by then, or its
    // creation was rolled back with the import).
    void dropStaging()
    {
        for (QSqlQuery *statement : { &stage, &applyStaged, &searchStaged, &clearStaged })
            statement->clear();
        QSqlQuery drop(m_db);
        if (!drop.exec(u"DROP TABLE IF EXISTS "_s + sql::temporaryTable(m_db, stagingTableName)))
            qWarning("PersonImport: the staging table could not be dropped: %s",
                     qPrintable(drop.lastError().text()));
    }

    CsvReader reader;
    ImportOptions options;
    ImportCheck check;
    QSet<qint64> checkRejected; // lines the check already rejected
    Transaction transaction;
    QSqlQuery find;
    QSqlQuery insert;
    QSqlQuery update; // a person whose searched values (name, postcode) stay as they are
    // A person whose name or postcode changes: staged in a temporary table and written in one
    // UPDATE per step, their cases re-indexed in docid order (see stagingTableName).
    QSqlQuery stage;
    QSqlQuery applyStaged;
    QSqlQuery searchStaged;
    QSqlQuery clearStaged;
    int staged = 0;
    QSqlQuery rowId;
    std::unique_ptr<AuditLog> audit;
    // The person events of the rows written since the last flush: appended in one batch at the
    // end of every step (one chain-head read and one prepared INSERT per batch), so that none is
    // pending between steps, when other code may write on the same connection.
    QList<AuditEntry> pendingEvents;
    std::unique_ptr<RetentionDerivation> derivation;
    QString actor;
    QString now;
    ImportResult result;
    QList<ImportRejection> storeRejected; // found only against the store
    qint64 done = 0;
    bool atEnd = false;
    bool failed = false;

private:
    QSqlDatabase m_db;
    // case_search_person_update as sqlite_master has it; on a server "deferred" (it is there)
    QString m_searchTriggerSql;
    int m_previousCache = 0;
    bool m_cacheSet = false;
};

PersonImport::PersonImport(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

PersonImport::~PersonImport() = default;

ImportResult PersonImport::run(const QString &path, const ImportOptions &options,
                               const std::function<void(qint64, qint64)> &progress)
{
    ImportResult result;
    const ImportCheck checked = check(path, options);
    if (!checked.ok()) {
        result.error = checked.error;
        return result;
    }
    if (!begin(path, options, checked, &result.error)) {
        result.denied = m_denied;
        result.refusedStrict = !m_denied && options.strict && !checked.rejected.isEmpty();
        result.rejected = checked.rejected;
        return result;
    }
    while (step(progressEvery)) {
        if (progress)
            progress(rowsDone(), rowsTotal());
    }
    return finish();
}

bool PersonImport::begin(const QString &path, const ImportOptions &options,
                         const ImportCheck &check, QString *error)
{
    m_session.reset();
    m_denied = false;
    if (ServiceError denied; !permitted(m_store, m_clock, Permission::EditRegisters,
                                        QStringLiteral("person.import"), {}, &denied)) {
        m_denied = true;
        *error = denied.message;
        return false;
    }
    if (!check.ok()) {
        *error = check.error;
        return false;
    }
    if (options.source.simplified().size() > CaseService::maxPersonSourceLength) {
        *error = tr("Keep the source short: at most %n character(s).", nullptr,
                    CaseService::maxPersonSourceLength);
        return false;
    }
    if (const BsnGuard::GuardResult bsn
        = BsnGuard::checkFields({ { tr("Source of the data"), options.source } }, false);
        !bsn.allowed) {
        *error = bsn.message;
        return false;
    }
    if (options.strict && !check.rejected.isEmpty()) {
        //: Dutch: "Er is niets geïmporteerd: %n regel(s) afgekeurd, en met --strict wordt
        //: dan niets geïmporteerd."
        *error = tr("Nothing was imported: %n line(s) rejected, and a strict import then imports "
                    "nothing.",
                    nullptr, int(check.rejected.size()));
        return false;
    }
    if (fileDigest(path) != check.digest) {
        *error = tr("The file changed after it was checked; check it again.");
        return false;
    }
    auto session = std::make_unique<Session>(path, m_store.database());
    if (!session->reader.open()) {
        *error = session->reader.errorString();
        return false;
    }
    if (!session->transaction.isOpen()) {
        *error = StoreError(StoreError::Code::Internal).message();
        return false;
    }
    session->options = options;
    session->check = check;
    for (const ImportRejection &r : check.rejected)
        session->checkRejected.insert(r.line);
    session->audit = std::make_unique<AuditLog>(
        m_store.database(), m_store.storeId().toString(QUuid::WithoutBraces), m_clock);
    session->actor = m_store.userName();
    session->now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    session->find.setForwardOnly(sql::canStream(m_store.database()));
    const PersonRepository::ImportSql statements = PersonRepository::importSql(m_store.database());
    const bool prepared = session->find.prepare(statements.find)
        && session->insert.prepare(statements.insert) && session->update.prepare(statements.update)
        && session->rowId.prepare(sql::lastInsertedIdSql(m_store.database()));
    if (!prepared) {
        *error = Store::errorFromSql(session->find.lastError()).message();
        return false;
    }
    if (QSqlError failed; !session->prepareStaging(&failed)) {
        *error = Store::errorFromSql(failed).message();
        return false;
    }
    session->derivation
        = std::make_unique<RetentionDerivation>(m_store.database(), session->actor, session->now);
    if (ServiceError failed; !session->derivation->prepare(&failed)) {
        *error = failed.message;
        return false;
    }
    m_session = std::move(session);
    return true;
}

bool PersonImport::step(int maxRows)
{
    Session *s = m_session.get();
    if (!s || s->atEnd || s->failed)
        return false;
    CsvRecord record;
    ImportRow row;
    QString reason;
    const auto fail = [s](const QString &why) {
        s->failed = true;
        s->result.error = why;
        return false;
    };
    const auto derive = [s](qint64 id, const QString &relation, const QString &end, bool created) {
        ServiceError failed;
        if (s->derivation->derive(id, relation, QDate::fromString(end, Qt::ISODate), created,
                                  &s->result.terms, &failed))
            return true;
        s->failed = true;
        s->result.error = failed.message;
        return false;
    };
    // Appends the events of this step's rows; false (failed) when the audit trail refuses.
    const auto flush = [s] {
        if (QSqlError failed; !s->applyStagedPersons(&failed)) {
            s->failed = true;
            s->result.error = Store::errorFromSql(failed).message();
            return false;
        }
        QString auditError;
        if (!s->audit->appendBatch(s->pendingEvents, &auditError)) {
            s->failed = true;
            s->result.error = auditError;
            return false;
        }
        s->pendingEvents.clear();
        return true;
    };
    for (int n = 0; n < maxRows; ++n) {
        if (!s->reader.next(&record)) {
            s->atEnd = true;
            flush();
            return false;
        }
        const RowStatus status
            = validateRow(record, s->check.header, s->check.columns, &row, &reason);
        if (status == RowStatus::Blank)
            continue;
        ++s->done;
        if (status == RowStatus::Rejected || s->checkRejected.contains(record.line)
            || s->check.duplicates.contains(row.klantnummer)) {
            if (!s->checkRejected.contains(record.line))
                return fail(tr("The file changed after it was checked; check it again."));
            continue;
        }

        s->find.bindValue(0, row.klantnummer);
        if (!s->find.exec())
            return fail(Store::errorFromSql(s->find.lastError()).message());
        if (s->find.next()) {
            const qint64 id = s->find.value(0).toLongLong();
            if (!s->find.value(10).isNull()) {
                s->find.finish();
                //: Dutch: "De gegevens van klantnummer %1 zijn na afloop van de bewaartermijn
                //: geanonimiseerd; de regel wordt niet opnieuw ingelezen."
                s->storeRejected.append(
                    { row.line,
                      tr("The data of customer number %1 were anonymised when their retention "
                         "period ended; the line is not imported again.")
                          .arg(row.klantnummer) });
                continue;
            }
            QStringList stored;
            for (int i = 0; i < personColumns.size(); ++i)
                stored << s->find.value(i + 1).toString();
            s->find.finish();
            QJsonObject changes;
            QStringList merged = stored;
            for (int i = 0; i < personColumns.size(); ++i) {
                const QString &given = row.values.at(i);
                // A postcode stored as "1234AB" before it was written "1234 AB" is the same.
                const bool same = personColumns.at(i) == u"postcode"_s
                    ? given == InputLimits::normalisedPostcode(stored.at(i))
                    : given == stored.at(i);
                if (!given.isEmpty() && !same) {
                    changes.insert(personColumns.at(i),
                                   QJsonObject { { u"old"_s, stored.at(i) }, { u"new"_s, given } });
                    merged[i] = given;
                }
            }
            if (changes.isEmpty()) {
                // Still derived: the rules may have come after the last import.
                if (!derive(id, stored.at(1), stored.at(8), false))
                    return false;
                ++s->result.unchanged;
                continue;
            }
            if (changes.contains(personColumns.at(nameColumn))
                || changes.contains(personColumns.at(postcodeColumn))) {
                s->stage.bindValue(0, id);
                for (int i = 0; i < personColumns.size(); ++i)
                    s->stage.bindValue(i + 1, nullable(merged.at(i)));
                if (!s->stage.exec())
                    return fail(Store::errorFromSql(s->stage.lastError()).message());
                ++s->staged;
            } else {
                int bound = 0;
                for (int i = 0; i < personColumns.size(); ++i) {
                    if (i != nameColumn && i != postcodeColumn)
                        s->update.bindValue(bound++, nullable(merged.at(i)));
                }
                s->update.bindValue(bound, id);
                if (!s->update.exec())
                    return fail(Store::errorFromSql(s->update.lastError()).message());
            }
            const QJsonObject payload { { u"klantnummer"_s, row.klantnummer },
                                        { u"source"_s, u"import"_s },
                                        { u"changes"_s, changes } };
            s->pendingEvents.append(
                { s->actor, u"person"_s, QString::number(id), u"person.updated"_s, payload });
            if (!derive(id, merged.at(1), merged.at(8), false))
                return false;
            ++s->result.updated;
            continue;
        }
        s->find.finish();

        QStringList values = row.values;
        if (values.at(1).isEmpty())
            values[1] = Codes::code(Relation::Overig);
        for (int i = 0; i < personColumns.size(); ++i)
            s->insert.bindValue(i,
                                i == 0 || i == 1 ? QVariant(values.at(i)) : nullable(values.at(i)));
        const int next = int(personColumns.size());
        s->insert.bindValue(next, row.klantnummer);
        s->insert.bindValue(next + 1, s->now);
        s->insert.bindValue(next + 2, s->actor);
        s->insert.bindValue(next + 3, nullable(s->options.source.simplified()));
        if (!s->insert.exec())
            return fail(Store::errorFromSql(s->insert.lastError()).message());
        if (!s->rowId.exec() || !s->rowId.next())
            return fail(Store::errorFromSql(s->rowId.lastError()).message());
        const qint64 id = s->rowId.value(0).toLongLong();
        s->rowId.finish();
        QJsonObject payload { { u"name"_s, values.at(0) },
                              { u"klantnummer"_s, row.klantnummer },
                              { u"relation"_s, values.at(1) },
                              { u"source"_s, u"import"_s } };
        if (!s->options.source.simplified().isEmpty())
            payload.insert(u"data_source"_s, s->options.source.simplified());
        if (!values.at(8).isEmpty())
            payload.insert(u"relation_end"_s, values.at(8));
        s->pendingEvents.append(
            { s->actor, u"person"_s, QString::number(id), u"person.created"_s, payload });
        if (!derive(id, values.at(1), values.at(8), true))
            return false;
        ++s->result.imported;
    }
    return flush();
}

qint64 PersonImport::rowsDone() const
{
    return m_session ? m_session->done : 0;
}

qint64 PersonImport::rowsTotal() const
{
    return m_session ? m_session->check.records : 0;
}

ImportResult PersonImport::finish()
{
    ImportResult result;
    if (!m_session) {
        result.error = tr("No import is in progress.");
        return result;
    }
    while (step(progressEvery)) { }
    std::unique_ptr<Session> s = std::move(m_session);
    const auto dropStaging = qScopeGuard([&s] { s->dropStaging(); });
    result = s->result;
    result.rejected = s->check.rejected + s->storeRejected;
    sortByLine(&result.rejected);
    if (s->failed) {
        s->transaction.rollback();
        result.imported = result.updated = result.unchanged = 0;
        result.terms = {};
        return result;
    }
    if (s->options.strict && !s->storeRejected.isEmpty()) {
        s->transaction.rollback();
        result.refusedStrict = true;
        result.imported = result.updated = result.unchanged = 0;
        result.terms = {};
        result.error = tr("Nothing was imported: %n line(s) rejected, and a strict import then "
                          "imports nothing.",
                          nullptr, int(result.rejected.size()));
        return result;
    }
    // One event for the whole import with the counts: not one per item (100,000 rows).
    if (result.terms.any()) {
        QJsonObject payload = result.terms.toJson();
        payload.insert(u"source"_s, u"import"_s);
        QString auditError;
        if (!s->audit->append(s->actor, u"retention"_s, u"person-import"_s,
                              u"retention.terms.derived"_s, payload, &auditError)) {
            s->transaction.rollback();
            result.imported = result.updated = result.unchanged = 0;
            result.terms = {};
            result.error = auditError;
            return result;
        }
    }
    if (!s->transaction.commit()) {
        result.imported = result.updated = result.unchanged = 0;
        result.terms = {};
        result.error = StoreError(StoreError::Code::Internal).message();
        return result;
    }
    return result;
}

void PersonImport::cancel()
{
    m_session.reset();
}

} // namespace pd
