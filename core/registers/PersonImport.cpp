#include "registers/PersonImport.h"

#include "cases/CaseCodes.h"
#include "cases/CaseService.h"
#include "domain/InputLimits.h"
#include "registers/PersonImportRepository.h"
#include "registers/PersonImportRows.h"
#include "session/Session.h"
#include "store/Store.h"
#include "terms/RetentionDerivation.h"
#include "util/JsonWriter.h"

#include <QScopeGuard>
#include <QSqlError>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace pd {

using personimport::fileDigest;
using personimport::ImportRow;
using personimport::nameColumn;
using personimport::personColumns;
using personimport::postcodeColumn;
using personimport::progressEvery;
using personimport::relationColumn;
using personimport::relationEndColumn;
using personimport::RowStatus;
using personimport::sortByLine;
using personimport::validateRow;

// One import from begin() to finish(): the acting user and the import's unit, the file, the
// check, the batch its units write in (its one transaction), the prepared statements
// (PersonImportRepository: the page cache, the persons staged whose searched values change) and
// what was done so far.
struct PersonImport::Run
{
    // acting is the import's own session, which outlives the run.
    Run(const Session &acting, std::unique_ptr<UnitOfWork> permitted)
        : session(acting)
        , unit(std::move(permitted))
        , batch(std::in_place, session, UnitOfWork::Batch::Units::FailTogether)
        , persons(session.store().database())
    { }
    Run(const Run &) = delete;
    Run &operator=(const Run &) = delete;

    const Session &session;
    // The import's own unit: the role check and the guard of the source in begin(), the one
    // summary event (retention.terms.derived) in finish(). The rows are written by a unit per
    // step inside the batch, straight into its transaction (Units::FailTogether): a savepoint
    // per step (each page the step changes then also copied to the sub-journal) cost about 40 %
    // more CPU time in bench_import. Any failure ends the import anyway; a unit of other
    // code between two steps joins the batch too, and when it fails the import is not
    // committed either, since nothing half-written may stay.
    std::unique_ptr<UnitOfWork> unit;
    // The records come from the file, or else from rows another source made.
    std::optional<CsvReader> reader;
    ImportRows rows;
    qsizetype nextRow = 0;
    ImportOptions options;
    ImportCheck check;
    QSet<qint64> checkRejected; // lines the check already rejected
    // The records as this pass reads them, against check.recordsDigest (see ImportCheck).
    personimport::RecordDigest records;
    // Reset to roll back (before the staging table is dropped).
    std::optional<UnitOfWork::Batch> batch;
    PersonImportRepository persons;
    std::unique_ptr<RetentionDerivation> derivation;
    QString actor;
    QString now;
    QString source; // options.source simplified, once (not per row)
    ImportResult result;
    QList<ImportRejection> storeRejected; // found only against the store
    qint64 done = 0;
    bool atEnd = false;
    bool failed = false;

    bool next(CsvRecord *record)
    {
        if (reader)
            return reader->next(record);
        if (nextRow >= rows.records.size())
            return false;
        *record = rows.records.at(nextRow++);
        return true;
    }
};

PersonImport::PersonImport(const Session &session)
    : m_session(session)
{ }

PersonImport::~PersonImport() = default;

ImportResult PersonImport::run(const QString &path, const ImportOptions &options,
                               const std::function<void(qint64, qint64)> &progress)
{
    const ImportCheck checked = check(path, options);
    return runChecked(
        checked, options, [&](QString *error) { return begin(path, options, checked, error); },
        progress);
}

ImportResult PersonImport::run(const ImportRows &rows, const ImportOptions &options,
                               const std::function<void(qint64, qint64)> &progress)
{
    const ImportCheck checked = check(rows, options);
    return runChecked(
        checked, options, [&](QString *error) { return begin(rows, options, checked, error); },
        progress);
}

ImportResult PersonImport::runChecked(const ImportCheck &checked, const ImportOptions &options,
                                      const std::function<bool(QString *)> &begun,
                                      const std::function<void(qint64, qint64)> &progress)
{
    ImportResult result;
    if (!checked.ok()) {
        result.error = checked.error;
        return result;
    }
    if (!begun(&result.error)) {
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
    std::unique_ptr<UnitOfWork> unit;
    if (!permitted(options, check, &unit, error))
        return false;
    if (fileDigest(path) != check.digest) {
        *error = tr("The file changed after it was checked; check it again.");
        return false;
    }
    auto run = std::make_unique<Run>(m_session, std::move(unit));
    run->reader.emplace(path);
    if (!run->reader->open()) {
        *error = run->reader->errorString();
        return false;
    }
    run->options = options;
    run->check = check;
    return start(std::move(run), error);
}

bool PersonImport::begin(const ImportRows &rows, const ImportOptions &options,
                         const ImportCheck &check, QString *error)
{
    std::unique_ptr<UnitOfWork> unit;
    if (!permitted(options, check, &unit, error))
        return false;
    // What the rows hold is compared with what the check read when the last is written.
    auto run = std::make_unique<Run>(m_session, std::move(unit));
    run->rows = rows;
    run->options = options;
    run->check = check;
    return start(std::move(run), error);
}

// The import's own unit, its role checked and the source guarded, when the import may begin.
bool PersonImport::permitted(const ImportOptions &options, const ImportCheck &check,
                             std::unique_ptr<UnitOfWork> *permitted, QString *error)
{
    m_run.reset();
    m_denied = false;
    auto unit = std::make_unique<UnitOfWork>(m_session, Permission::EditRegisters,
                                             QStringLiteral("person.import"));
    // Before the batch begins: a refusal's user.denied event is recorded in a transaction of
    // its own, which stays.
    if (ServiceError denied; !unit->permit(&denied)) {
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
    if (ServiceError refused; !unit->guard({ { tr("Source of the data"), options.source } },
                                           BsnCheck::Refuse, &refused)) {
        *error = refused.message;
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
    *permitted = std::move(unit);
    return true;
}

// The batch begun and the statements prepared: the run is the import's from here.
bool PersonImport::start(std::unique_ptr<Run> run, QString *error)
{
    if (ServiceError failed; !run->batch->begun(&failed)) {
        *error = StoreError(StoreError::Code::Internal).message();
        return false;
    }
    run->source = run->options.source.simplified();
    for (const ImportRejection &r : run->check.rejected)
        run->checkRejected.insert(r.line);
    run->actor = run->session.userName();
    run->now = m_session.clock().now().toUTC().toString(Qt::ISODateWithMs);
    if (QSqlError failed; !run->persons.prepare(&failed)) {
        *error = Store::errorFromSql(failed).message();
        return false;
    }
    run->derivation
        = std::make_unique<RetentionDerivation>(m_session.store().database(), run->actor, run->now);
    if (ServiceError failed; !run->derivation->prepare(&failed)) {
        *error = failed.message;
        return false;
    }
    // On a store folder the persons with items are read once (the import holds the
    // write lock, so only code on this connection between steps can add any: step() then forgets
    // it). A server's other seats write between our statements: there every person is read.
    if (ServiceError failed;
        !m_session.store().isServer() && !run->derivation->readPersonsWithItems(&failed)) {
        *error = failed.message;
        return false;
    }
    run->persons.markOwnWrites();
    m_run = std::move(run);
    return true;
}

bool PersonImport::fail(const QString &why)
{
    m_run->failed = true;
    m_run->result.error = why;
    return false;
}

bool PersonImport::derive(qint64 id, const QString &relation, const QString &end, bool created)
{
    Run *s = m_run.get();
    ServiceError failed;
    if (s->derivation->derive(id, relation, QDate::fromString(end, Qt::ISODate), created,
                              &s->result.terms, &failed))
        return true;
    return fail(failed.message);
}

bool PersonImport::step(int maxRows)
{
    Run *s = m_run.get();
    if (!s || s->atEnd || s->failed)
        return false;
    // What was read ahead (the customer numbers, the persons with items) holds only while the
    // import alone writes on the connection.
    if (s->persons.othersWroteSinceMark()) {
        s->persons.forgetNumbers();
        s->derivation->forgetPersonsWithItems();
    }
    // The step's rows and their events are one unit: its events are appended in one batch when
    // it commits (one chain-head read and one prepared INSERT), so that none is pending between
    // steps, when other code may write on the same connection.
    UnitOfWork unit(s->session, Permission::EditRegisters, s->unit->action());
    ServiceError failed;
    const bool written = unit.commit(
        [this, s, maxRows](UnitOfWork::Write &write, ServiceError *why) {
            if (writeRows(write, maxRows))
                return true;
            *why = { ServiceError::Code::Storage, s->result.error };
            return false;
        },
        &failed);
    if (!written) {
        if (!s->failed)
            fail(failed.message);
        return false;
    }
    s->persons.markOwnWrites();
    return !s->atEnd;
}

bool PersonImport::writeRows(UnitOfWork::Write &write, int maxRows)
{
    Run *s = m_run.get();
    CsvRecord record;
    ImportRow row;
    QString reason;
    for (int n = 0; n < maxRows; ++n) {
        if (!s->next(&record)) {
            s->atEnd = true;
            // The rows were built without their checks; what was read must be what
            // the check read, or nothing is committed.
            if (!s->check.recordsDigest.isEmpty() && s->records.result() != s->check.recordsDigest)
                return fail(tr("The file changed after it was checked; check it again."));
            break;
        }
        s->records.add(record);
        const RowStatus status = s->check.recordsDigest.isEmpty()
            ? validateRow(record, s->check.header, s->check.columns, &row, &reason)
            : personimport::readCheckedRow(record, s->check.header, s->check.columns, &row);
        if (status == RowStatus::Blank)
            continue;
        ++s->done;
        if (status == RowStatus::Rejected || s->checkRejected.contains(record.line)
            || s->check.duplicates.contains(row.klantnummer)) {
            if (!s->checkRejected.contains(record.line))
                return fail(tr("The file changed after it was checked; check it again."));
            continue;
        }
        if (!importRow(write, row))
            return false;
    }
    if (QSqlError failed; !s->persons.applyStaged(&failed))
        return fail(Store::errorFromSql(failed).message());
    return true;
}

bool PersonImport::importRow(UnitOfWork::Write &write, const personimport::ImportRow &row)
{
    Run *s = m_run.get();
    std::optional<ImportedPerson> found;
    if (QSqlError failed; !s->persons.find(row.klantnummer, &found, &failed))
        return fail(Store::errorFromSql(failed).message());
    if (!found)
        return insertPerson(write, row);
    if (found->anonymised) {
        //: Dutch: "De gegevens van klantnummer %1 zijn na afloop van de bewaartermijn
        //: geanonimiseerd; de regel wordt niet opnieuw ingelezen."
        s->storeRejected.append({ row.line,
                                  tr("The data of customer number %1 were anonymised when their "
                                     "retention period ended; the line is not imported again.")
                                      .arg(row.klantnummer) });
        return true;
    }
    return updatePerson(write, row, found->id, found->values);
}

namespace {

// personimport::personColumns as the keys of a person.updated event's changes, and the order
// QJsonObject keeps them in (sorted by key: city, email, house_number, name, phone, postcode,
// relation, relation_end, street), for JsonWriter.
constexpr QLatin1StringView columnKeys[]
    = { "name"_L1, "relation"_L1, "street"_L1, "house_number"_L1, "postcode"_L1,
        "city"_L1, "phone"_L1,    "email"_L1,  "relation_end"_L1 };
constexpr int columnsByKey[] = { 5, 7, 3, 0, 6, 4, 1, 8, 2 };

} // namespace

bool PersonImport::updatePerson(UnitOfWork::Write &write, const personimport::ImportRow &row,
                                qint64 id, const QStringList &stored)
{
    Run *s = m_run.get();
    Q_ASSERT(personColumns.size() == qsizetype(std::size(columnKeys)));
    bool changed[std::size(columnKeys)] = {};
    bool any = false;
    QStringList merged = stored;
    for (int i = 0; i < personColumns.size(); ++i) {
        const QString &given = row.values.at(i);
        // A postcode stored as "1234AB" before it was written "1234 AB" is the same.
        const bool same = i == postcodeColumn
            ? given == InputLimits::normalisedPostcode(stored.at(i))
            : given == stored.at(i);
        if (!given.isEmpty() && !same) {
            changed[i] = true;
            any = true;
            merged[i] = given;
        }
    }
    // The end date is the relation's: a relation that changes without an end of its own (an
    // ex-tenant who rents again) does not keep the earlier relation's, whose retention term
    // would otherwise run against a tenant.
    if (changed[relationColumn] && row.values.at(relationEndColumn).isEmpty()
        && !stored.at(relationEndColumn).isEmpty()) {
        changed[relationEndColumn] = true;
        merged[relationEndColumn].clear();
    }
    if (!any) {
        // Still derived: the rules may have come after the last import.
        if (!derive(id, stored.at(1), stored.at(8), false))
            return false;
        ++s->result.unchanged;
        return true;
    }
    // A changed name or postcode is staged: written in one UPDATE per step, their cases
    // re-indexed in docid order (see PersonImportRepository.cpp).
    const bool searched = changed[nameColumn] || changed[postcodeColumn];
    if (QSqlError failed;
        searched ? !s->persons.stage(id, merged, &failed) : !s->persons.update(id, merged, &failed))
        return fail(Store::errorFromSql(failed).message());
    // The payload's text as the QJsonObject of it would be written (JsonWriter).
    QByteArray payload;
    JsonWriter json(&payload, JsonWriter::Style::Compact);
    json.beginObject();
    json.key("changes"_L1).beginObject();
    for (const int i : columnsByKey) {
        if (!changed[i])
            continue;
        json.key(columnKeys[i]).beginObject();
        json.key("new"_L1).string(merged.at(i));
        json.key("old"_L1).string(stored.at(i));
        json.endObject();
    }
    json.endObject();
    json.key("klantnummer"_L1).string(row.klantnummer);
    json.key("source"_L1).string(u"import");
    if (!s->rows.system.isEmpty())
        json.key("system"_L1).string(s->rows.system);
    json.endObject();
    write.recordText(u"person"_s, QString::number(id), u"person.updated"_s, std::move(payload));
    if (!derive(id, merged.at(1), merged.at(8), false))
        return false;
    ++s->result.updated;
    return true;
}

bool PersonImport::insertPerson(UnitOfWork::Write &write, const personimport::ImportRow &row)
{
    Run *s = m_run.get();
    QStringList values = row.values;
    if (values.at(1).isEmpty())
        values[1] = codes::code(Relation::Overig);
    QSqlError failed;
    const std::optional<qint64> inserted
        = s->persons.insert(values, row.klantnummer, s->now, s->actor, s->source, &failed);
    if (!inserted)
        return fail(Store::errorFromSql(failed).message());
    const qint64 id = *inserted;
    // The keys sorted, as the QJsonObject of the event keeps them (JsonWriter).
    QByteArray payload;
    JsonWriter json(&payload, JsonWriter::Style::Compact);
    json.beginObject();
    if (!s->source.isEmpty())
        json.key("data_source"_L1).string(s->source);
    json.key("klantnummer"_L1).string(row.klantnummer);
    json.key("name"_L1).string(values.at(0));
    json.key("relation"_L1).string(values.at(1));
    if (!values.at(8).isEmpty())
        json.key("relation_end"_L1).string(values.at(8));
    json.key("source"_L1).string(u"import");
    if (!s->rows.system.isEmpty())
        json.key("system"_L1).string(s->rows.system);
    json.endObject();
    write.recordText(u"person"_s, QString::number(id), u"person.created"_s, std::move(payload));
    if (!derive(id, values.at(1), values.at(8), true))
        return false;
    ++s->result.imported;
    return true;
}

qint64 PersonImport::rowsDone() const
{
    return m_run ? m_run->done : 0;
}

qint64 PersonImport::rowsTotal() const
{
    return m_run ? m_run->check.records : 0;
}

ImportResult PersonImport::finish()
{
    ImportResult result;
    if (!m_run) {
        result.error = tr("No import is in progress.");
        return result;
    }
    while (step(progressEvery)) { }
    std::unique_ptr<Run> s = std::move(m_run);
    const auto dropStaging = qScopeGuard([&s] { s->persons.dropStaging(); });
    result = s->result;
    result.rejected = s->check.rejected + s->storeRejected;
    sortByLine(&result.rejected);
    if (s->failed) {
        s->batch.reset();
        result.imported = result.updated = result.unchanged = 0;
        result.terms = {};
        return result;
    }
    if (s->options.strict && !s->storeRejected.isEmpty()) {
        s->batch.reset();
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
        if (!s->rows.system.isEmpty())
            payload.insert(u"system"_s, s->rows.system);
        ServiceError failed;
        if (!s->unit->commit(
                [&payload](UnitOfWork::Write &write, ServiceError *) {
                    write.record(u"retention"_s, u"person-import"_s, u"retention.terms.derived"_s,
                                 payload);
                    return true;
                },
                &failed)) {
            s->batch.reset();
            result.imported = result.updated = result.unchanged = 0;
            result.terms = {};
            result.error = failed.message;
            return result;
        }
    }
    if (ServiceError failed; !s->batch->commit(&failed)) {
        result.imported = result.updated = result.unchanged = 0;
        result.terms = {};
        result.error = StoreError(StoreError::Code::Internal).message();
        return result;
    }
    return result;
}

void PersonImport::cancel()
{
    m_run.reset();
}

} // namespace pd
