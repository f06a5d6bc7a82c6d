#include "cases/CaseRepository.h"

#include "audit/AuditRepository.h"
#include "cases/AttachmentRepository.h"
#include "cases/CaseJson.h"
#include "persons/PersonRepository.h"
#include "sql/BatchedIn.h"
#include "sql/Dialect.h"
#include "sql/RowReader.h"
#include "sql/StatementText.h"
#include "store/Statements.h"
#include "store/UserRepository.h"
#include "util/IsoText.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringTokenizer>

#include <algorithm>
#include <utility>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

using statements::failed;
using statements::run;
using statements::single;

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant nullable(const QString &text)
{
    return text.trimmed().isEmpty() ? nullText() : QVariant(text.trimmed());
}

QVariant nullableDate(QDate date)
{
    return date.isValid() ? QVariant(isoDate(date)) : nullText();
}

QString groundsToText(const QList<RefusalGround> &grounds)
{
    QStringList codes;
    for (RefusalGround ground : grounds)
        codes << Codes::code(ground);
    return codes.join(u',');
}

QList<RefusalGround> groundsFromText(QStringView text)
{
    QList<RefusalGround> grounds;
    for (const QStringView code : qTokenize(text, u',', Qt::SkipEmptyParts)) {
        if (const auto ground = Codes::refusalGround(code))
            grounds << *ground;
    }
    return grounds;
}

// Word for word as in the partial index cases_open_deadline of migration 0004.
const QString openStates = u"('ontvangen', 'identificatie', 'in-behandeling')"_s;

// The columns every case query selects, in this order (see caseFromQuery).
const QString caseColumns
    = QStringLiteral(
          "c.id, c.number, c.channel, c.received_date, c.received_at, c.received_by, "
          "c.representative, c.description, c.callback_phone, c.state, c.handler, "
          "c.id_requested, c.id_received, c.id_method, c.id_verified_by, c.id_result, "
          "c.extended, c.extension_reason, c.extension_notified, c.outcome, c.refusal_grounds, "
          "c.answered_on, c.answer_channel, c.closed_at, p.id, p.name, p.relation, "
          "p.klantnummer, p.street, p.house_number, p.postcode, p.city, p.phone, p.email, "
          "p.relation_end, c.created_at, c.representative_mandate, %1, c.motivation, "
          "c.direct_marketing, c.no_identification_reason, p.source, c.version, c.changed_data, "
          "c.objection_subjects, c.transmit_to_name, c.transmit_to_address, "
          "c.mandate_requested, c.mandate_received, c.representative_address, "
          "c.representative_organisation, c.representative_authority")
          .arg(AttachmentRepository::countOfRequestSql(u"c.id"_s));
// The same for a KCC login on a server, whose role may read only the intake fields (issue 21:
// column privileges, resources/server/access.sql): the others are NULL, as
// pd::intakeFields would have emptied them.
const QString intakeColumns = QStringLiteral(
    "c.id, c.number, c.channel, c.received_date, c.received_at, c.received_by, c.representative, "
    "c.description, c.callback_phone, c.state, NULL, NULL, NULL, NULL, NULL, NULL, c.extended, "
    "NULL, NULL, NULL, NULL, NULL, NULL, NULL, p.id, p.name, p.relation, p.klantnummer, p.street, "
    "p.house_number, p.postcode, p.city, p.phone, p.email, p.relation_end, c.created_at, "
    "c.representative_mandate, 0, NULL, 0, NULL, p.source, c.version, NULL, NULL, NULL, NULL, "
    "NULL, NULL, c.representative_address, c.representative_organisation, "
    "c.representative_authority");

// The request of the row q is on: texts as text(), a code, a date or a moment from its view()
// without a QString of its own (issue 42).
Case caseFromQuery(sql::RowReader &q)
{
    const auto text = [&q](int i) {
        return q.text(i);
    };
    // Read directly in the form the store writes (issue 42: IsoText).
    const auto date = [&q](int i) {
        return isoDay(q.view(i));
    };
    const auto moment = [&q](int i) {
        return isoMoment(q.view(i));
    };
    Case c;
    c.id = q.integer(0);
    c.number = text(1);
    c.channel = Codes::channel(q.view(2)).value_or(Channel::Email);
    c.receivedDate = date(3);
    c.receivedAt = moment(4);
    c.receivedBy = text(5);
    c.representative = text(6);
    c.description = text(7);
    c.callbackPhone = text(8);
    c.state = Codes::caseState(q.view(9)).value_or(CaseState::Ontvangen);
    c.handler = text(10);
    c.identification.requested = date(11);
    c.identification.received = date(12);
    c.identification.method = Codes::idMethod(q.view(13));
    c.identification.verifiedBy = text(14);
    if (!q.isNull(15))
        c.identification.succeeded = q.view(15) == QLatin1StringView("geslaagd");
    c.extended = q.integer(16) != 0;
    c.extensionReason = text(17);
    c.extensionNotified = date(18);
    c.outcome = Codes::outcome(q.view(19));
    c.refusalGrounds = groundsFromText(q.view(20));
    c.answeredOn = date(21);
    c.answerChannel = text(22);
    c.closedAt = moment(23);
    c.person.id = q.integer(24);
    c.person.name = text(25);
    c.person.relation = Codes::relation(q.view(26)).value_or(Relation::Overig);
    c.person.klantnummer = text(27);
    c.person.street = text(28);
    c.person.houseNumber = text(29);
    c.person.postcode = text(30);
    c.person.city = text(31);
    c.person.phone = text(32);
    c.person.email = text(33);
    c.person.relationEnd = date(34);
    c.registeredAt = moment(35);
    c.representativeMandate = text(36);
    c.attachmentCount = static_cast<int>(q.integer(37));
    c.motivation = text(38);
    c.directMarketing = q.integer(39) != 0;
    c.noIdentificationReason = text(40);
    c.person.source = text(41);
    c.version = static_cast<int>(q.integer(42));
    for (const QStringView code : qTokenize(q.view(43), u',', Qt::SkipEmptyParts)) {
        if (const auto category = DataCategoryCodes::dataCategory(code))
            c.changedData << *category;
    }
    // Most requests object to nothing: no JSON to parse then.
    if (const QString objection = text(44); !objection.isEmpty())
        c.objection = objectionFromJson(QJsonDocument::fromJson(objection.toUtf8()).array());
    c.transmitTo = { text(45), text(46) };
    c.mandate = { date(47), date(48) };
    c.representativeAddress = text(49);
    c.representativeOrganisation = text(50);
    c.representativeAuthority = Codes::representativeAuthority(q.view(51));
    return c;
}

// One row of case_decisions (type, outcome, grounds, motivation, granted from column `first`),
// or nothing for a code this version does not know.
std::optional<TypeDecision> decisionFromQuery(sql::RowReader &q, int first)
{
    const auto type = Codes::requestType(q.view(first));
    const auto outcome = Codes::outcome(q.view(first + 1));
    if (!type || !outcome)
        return std::nullopt;
    return TypeDecision { *type, *outcome, groundsFromText(q.view(first + 2)), q.text(first + 3),
                          q.text(first + 4) };
}

void sortDecisions(Case &c)
{
    std::sort(c.decisions.begin(), c.decisions.end(),
              [](const TypeDecision &a, const TypeDecision &b) { return a.type < b.type; });
}

// The page's decisions per kind, in one read (batched by id).
bool readDecisions(const QSqlDatabase &db, QList<Case> &cases, ServiceError *error)
{
    QHash<qint64, qsizetype> index;
    QVariantList ids;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        index.insert(cases.at(i).id, i);
        ids << cases.at(i).id;
    }
    QSqlError readError;
    if (!sql::forEachBatch(
            db,
            u"SELECT case_id, type, outcome, grounds, motivation, granted "
            "FROM case_decisions WHERE case_id IN (%1)"_s,
            ids,
            [&](const QSqlQuery &decisions) {
                sql::RowReader row(decisions);
                const auto at = index.constFind(row.integer(0));
                if (const auto decision = decisionFromQuery(row, 1);
                    decision && at != index.constEnd())
                    cases[*at].decisions << *decision;
            },
            &readError)) {
        *error = ServiceError::fromSql(readError);
        return false;
    }
    for (Case &c : cases)
        sortDecisions(c);
    return true;
}

} // namespace

QString CaseRepository::closedDateSql()
{
    return u"COALESCE(c.answered_on, substr(c.closed_at, 1, 10))"_s;
}

QString CaseRepository::openOnSql()
{
    // As CaseService::list's overdueOn: reopening clears the earlier answer, so a request that
    // was answered, reopened and is open again counts as open since its receipt. Written as two
    // branches so that each is a range of a partial index of migration 0009.
    return u"((c.closed_at IS NULL AND c.received_date <= ?) OR (c.closed_at IS NOT NULL AND "_s
        + closedDateSql() + u" > ? AND c.received_date <= ?))"_s;
}

QString CaseRepository::stateOnSql()
{
    // The workflow of CaseService: identification received and succeeded → in behandeling; asked
    // for (or received and failed) → identificatie; else ontvangen. Only the last receipt of an
    // identification is stored, so a failed one that was followed by another is not seen.
    return u"(CASE WHEN c.id_received <= ? THEN (CASE WHEN c.id_result = 'geslaagd' THEN "
           "'in-behandeling' ELSE 'identificatie' END) WHEN c.id_requested <= ? THEN "
           "'identificatie' ELSE 'ontvangen' END)"_s;
}

QString CaseRepository::extensionLateSql()
{
    return u"(c.extended = 1 AND "_s
        + AuditRepository::eventRecordedSql(u"c.number"_s, u"case"_s, u"case.extended"_s,
                                            u"%\"legally_late\":true%"_s)
        + u')';
}

QString CaseRepository::latenessColumnsSql()
{
    return u"c.received_date, c.id_requested, c.id_received, c.extended, c.extension_notified, "_s
        + closedDateSql() + u", c.mandate_requested, c.mandate_received"_s;
}

Case CaseRepository::latenessOf(sql::RowReader &row, int first)
{
    // Read directly in the form the store writes (issue 42: IsoText).
    const auto date = [&row, first](int i) {
        return isoDay(row.view(first + i));
    };
    Case c;
    c.receivedDate = date(0);
    c.identification.requested = date(1);
    c.identification.received = date(2);
    c.extended = row.integer(first + 3) != 0;
    c.extensionNotified = date(4);
    c.answeredOn = date(5);
    c.mandate = { date(6), date(7) };
    return c;
}

std::optional<QStringList> CaseRepository::handlers(const QSqlDatabase &db, ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(
            u"SELECT DISTINCT "_s + sql::byteOrder(db, u"handler"_s)
            + u" AS h FROM cases WHERE handler IS NOT NULL AND handler <> '' ORDER BY h"_s)) {
        failed(query, error);
        return std::nullopt;
    }
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

bool CaseRepository::byNumber(const QSqlDatabase &db, const QString &number, bool intakeOnly,
                              std::optional<Case> *found, ServiceError *error)
{
    *found = std::nullopt;
    QSqlQuery query(db);
    if (!run(query,
             u"SELECT "_s + (intakeOnly ? intakeColumns : caseColumns) + u" FROM cases c "_s
                 + PersonRepository::joinSql(u"p", u"c.person_id") + u" WHERE c.number = ?"_s,
             { number }, error))
        return false;
    if (!query.next())
        return true;
    sql::RowReader row(query);
    Case c = caseFromQuery(row);
    QSqlQuery types(db);
    // A request without its kinds is not the request: the kinds decide grounds and letters.
    if (!run(types, u"SELECT type FROM case_types WHERE case_id = ?"_s, { c.id }, error))
        return false;
    while (types.next()) {
        if (const auto type = Codes::requestType(types.value(0).toString()))
            c.types << *type;
    }
    std::sort(c.types.begin(), c.types.end());
    if (!intakeOnly) {
        QSqlQuery decisions(db);
        if (!run(decisions,
                 u"SELECT type, outcome, grounds, motivation, granted "
                 "FROM case_decisions WHERE case_id = ?"_s,
                 { c.id }, error))
            return false;
        sql::RowReader decision(decisions);
        while (decisions.next()) {
            if (const auto read = decisionFromQuery(decision, 0))
                c.decisions << *read;
        }
        sortDecisions(c);
    }
    *found = std::move(c);
    return true;
}

bool CaseRepository::existsBeyondScope(const QSqlDatabase &db, const QString &number)
{
    QSqlQuery exists(db);
    return sql::execute(exists, u"SELECT pd_case_exists(?)"_s, { number }) && exists.next()
        && exists.value(0).toBool();
}

QString CaseRepository::listedPageSql(const CaseListing &listing, const CaseListCursor &cursor,
                                      qint64 want, qint64 offset, QVariantList *values)
{
    // The kinds as the request's own types_key keeps them (the codes in byte order, kept by the
    // triggers of migration 0021), not one search of case_types per row (issue 42).
    QString statement = u"SELECT "_s + (listing.intakeColumns ? intakeColumns : caseColumns)
        + u", c.types_key FROM cases c "_s + PersonRepository::joinSql(u"p", u"c.person_id")
        + u" WHERE 1 = 1"_s + listing.scopeCondition;
    *values = listing.scopeValues;
    if (listing.state) {
        statement += u" AND c.state = ?"_s;
        *values << Codes::code(*listing.state);
    }
    if (listing.overdueOn.isValid()) {
        // Open on that day: received by then, and not answered or closed before it.
        statement += u" AND c.received_date <= ? AND c.deadline_effective < ?"
                     " AND (c.closed_at IS NULL OR COALESCE(c.answered_on, "
                     "substr(c.closed_at, 1, 10)) > ?)"_s;
        *values << isoDate(listing.overdueOn) << isoDate(listing.overdueOn)
                << isoDate(listing.overdueOn);
    }
    // After the (received_date, number) of the last row read, through the index
    // cases_received_number, so that the last page costs what the first does. Only the first
    // page skips `offset` rows.
    const bool after = cursor.number.isValid();
    if (after) {
        statement += u" AND c.received_date >= ? AND (c.received_date > ? OR c.number > ?)"_s;
        *values << cursor.received << cursor.received << cursor.number;
    }
    statement += u" ORDER BY c.received_date, c.number LIMIT ? OFFSET ?"_s;
    *values << want << (after ? 0 : std::max<qint64>(0, offset));
    return statement;
}

bool CaseRepository::listedPage(const QSqlDatabase &db, const CaseListing &listing,
                                CaseListCursor *cursor, qint64 want, qint64 offset,
                                QList<Case> *cases, ServiceError *error)
{
    // Emptied, its allocation kept for the page: one block of a page's requests, freed and made
    // again for every page, had glibc merge its free chunks each time (issue 42).
    cases->clear();
    QVariantList values;
    const QString statement = listedPageSql(listing, *cursor, want, offset, &values);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!sql::execute(query, statement, values))
        return failed(query, error);
    const int typesColumn = query.record().count() - 1;
    // The page's requests in one allocation, not grown row by row: a list grown by moving its
    // requests freed each old block, and glibc merged its free chunks at each (issue 42).
    cases->reserve(std::clamp<qint64>(want, 0, 1000));
    sql::RowReader row(query);
    while (query.next()) {
        Case c = caseFromQuery(row);
        for (const QStringView code : qTokenize(row.view(typesColumn), u',', Qt::SkipEmptyParts)) {
            if (const auto type = Codes::requestType(code))
                c.types << *type;
        }
        std::sort(c.types.begin(), c.types.end());
        cursor->received = query.value(3);
        cursor->number = c.number; // the text of column 1, read once
        *cases << std::move(c); // moved, not copied (issue 42: a copy a row of `case list`)
    }
    // A row that could not be read ends next() as the end of the rows would: never a list
    // passed off as complete.
    if (query.lastError().isValid()) {
        cases->clear();
        return failed(query, error);
    }
    query.finish();
    if (listing.withDecisions && !cases->isEmpty() && !readDecisions(db, *cases, error)) {
        cases->clear();
        return false;
    }
    return true;
}

std::optional<CaseRepository::Counts> CaseRepository::counts(const QSqlDatabase &db, QDate today,
                                                             const QString &scopeCondition,
                                                             const QVariantList &scopeValues,
                                                             ServiceError *error)
{
    QSqlQuery query(db);
    const QString statement
        = u"SELECT count(*), "
          "sum(CASE WHEN c.state IN ('ontvangen', 'identificatie', 'in-behandeling') "
          "THEN 1 ELSE 0 END), "
          "sum(CASE WHEN c.state IN ('ontvangen', 'identificatie', 'in-behandeling') "
          "AND c.deadline_effective < ? THEN 1 ELSE 0 END) FROM cases c WHERE 1 = 1"_s
        + scopeCondition;
    if (!sql::execute(query, statement, QVariantList { isoDate(today) } + scopeValues)
        || !query.next()) {
        // Never "0 overdue" because the count failed.
        failed(query, error);
        return std::nullopt;
    }
    return Counts { query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt() };
}

std::optional<QList<std::pair<QString, QString>>>
CaseRepository::openDeadlines(const QSqlDatabase &db, ServiceError *error,
                              const ExtensionFilter &extendedWhen)
{
    QSqlQuery open(db);
    open.setForwardOnly(true);
    QList<std::pair<QString, QString>> deadlines;
    const QString extended = u" AND extended = 1 AND extension_notified IS NOT NULL"_s;
    if (!open.exec(u"SELECT number, deadline_effective, received_date, extension_notified FROM "
                   "cases WHERE state IN "_s
                   + openStates + (extendedWhen ? extended : QString()))) {
        failed(open, error);
        return std::nullopt;
    }
    while (open.next()) {
        if (!extendedWhen
            || extendedWhen(QDate::fromString(open.value(2).toString(), Qt::ISODate),
                            QDate::fromString(open.value(3).toString(), Qt::ISODate)))
            deadlines.append({ open.value(0).toString(), open.value(1).toString() });
    }
    if (open.lastError().isValid()) {
        failed(open, error);
        return std::nullopt;
    }
    return deadlines;
}

std::optional<QHash<qint64, int>> CaseRepository::openRequestCounts(const QSqlDatabase &db,
                                                                    const QVariantList &personIds,
                                                                    ServiceError *error)
{
    const QString statement = sql::isServer(db)
        ? u"SELECT u.p, pd_open_requests(u.p) FROM unnest(ARRAY[%1]::bigint[]) AS u(p)"_s
        : u"SELECT person_id, count(*) FROM cases WHERE person_id IN (%1) AND state IN "_s
            + openStates + u" GROUP BY person_id"_s;
    QHash<qint64, int> found;
    QSqlError failure;
    if (!sql::forEachBatch(
            db, statement, personIds,
            [&found](const QSqlQuery &row) {
                found.insert(row.value(0).toLongLong(), row.value(1).toInt());
            },
            &failure)) {
        *error = ServiceError::fromSql(failure);
        return std::nullopt;
    }
    return found;
}

std::optional<int> CaseRepository::nextNumber(const QSqlDatabase &db, int year, ServiceError *error)
{
    if (sql::isServer(db)) {
        const auto next = single(db, u"SELECT pd_next_case_number(?)"_s, { year }, error);
        return next ? std::optional<int>(next->toInt()) : std::nullopt;
    }
    QSqlQuery query(db);
    if (!run(query, u"SELECT last FROM case_numbers WHERE year = ?"_s, { year }, error))
        return std::nullopt;
    const bool known = query.next();
    const int next = known ? query.value(0).toInt() + 1 : 1;
    if (!run(query,
             known ? u"UPDATE case_numbers SET last = ? WHERE year = ?"_s
                   : u"INSERT INTO case_numbers (last, year) VALUES (?, ?)"_s,
             { next, year }, error))
        return std::nullopt;
    return next;
}

std::optional<qint64> CaseRepository::insert(const QSqlDatabase &db, const NewCaseRow &row,
                                             ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query,
             u"INSERT INTO cases (number, person_id, channel, received_at, received_date, "
             "received_by, representative, representative_mandate, description, callback_phone, "
             "state, handler, deadline_effective, created_at, updated_at, representative_address, "
             "mandate_received, representative_organisation, representative_authority) VALUES "
             "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ontvangen', ?, ?, ?, ?, ?, ?, ?, ?)"_s,
             { row.number, row.personId, Codes::code(row.channel),
               // Only a known moment: the moment of typing is created_at, never the receipt.
               row.receivedAt.isValid()
                   ? QVariant(row.receivedAt.toUTC().toString(Qt::ISODateWithMs))
                   : nullText(),
               isoDate(row.receivedDate), row.receivedBy, nullable(row.representative),
               nullable(row.representativeMandate), nullable(row.description),
               nullable(row.callbackPhone), nullable(row.handler), isoDate(row.deadline), row.now,
               row.now, nullable(row.representativeAddress), nullableDate(row.mandateReceived),
               nullable(row.representativeOrganisation), nullable(row.representativeAuthority) },
             error))
        return std::nullopt;
    const qint64 id = sql::lastInsertedId(db);
    if (id <= 0) {
        *error = ServiceError::fromSql(db.lastError());
        return std::nullopt;
    }
    for (RequestType type : row.types) {
        if (!run(query, u"INSERT INTO case_types (case_id, type) VALUES (?, ?)"_s,
                 { id, Codes::code(type) }, error))
            return std::nullopt;
    }
    return id;
}

std::optional<bool> CaseRepository::update(const QSqlDatabase &db, const Case &c, int readVersion,
                                           QDate deadline, const QString &now, ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query,
             u"UPDATE cases SET state = ?, handler = ?, id_requested = ?, id_received = ?, "
             "id_method = ?, id_verified_by = ?, id_result = ?, extended = ?, extension_reason = "
             "?, extension_notified = ?, outcome = ?, refusal_grounds = ?, answered_on = ?, "
             "answer_channel = ?, closed_at = ?, deadline_effective = ?, updated_at = ?, "
             "motivation = ?, direct_marketing = ?, no_identification_reason = ?, "
             "changed_data = ?, objection_subjects = ?, transmit_to_name = ?, "
             "transmit_to_address = ?, mandate_requested = ?, mandate_received = ?, "
             "version = version + 1 WHERE id = ? AND version = ?"_s,
             { Codes::code(c.state),
               nullable(c.handler),
               nullableDate(c.identification.requested),
               nullableDate(c.identification.received),
               c.identification.method ? QVariant(Codes::code(*c.identification.method))
                                       : nullText(),
               nullable(c.identification.verifiedBy),
               c.identification.succeeded
                   ? QVariant(*c.identification.succeeded ? u"geslaagd"_s : u"mislukt"_s)
                   : nullText(),
               c.extended ? 1 : 0,
               nullable(c.extensionReason),
               nullableDate(c.extensionNotified),
               c.outcome ? QVariant(Codes::code(*c.outcome)) : nullText(),
               nullable(groundsToText(c.refusalGrounds)),
               nullableDate(c.answeredOn),
               nullable(c.answerChannel),
               c.closedAt.isValid() ? QVariant(c.closedAt.toString(Qt::ISODateWithMs)) : nullText(),
               isoDate(deadline),
               now,
               nullable(c.motivation),
               c.directMarketing ? 1 : 0,
               nullable(c.noIdentificationReason),
               nullable(dataCodes(c.changedData).join(u',')),
               c.objection.isEmpty()
                   ? nullText()
                   : QVariant(QString::fromUtf8(
                       QJsonDocument(objectionToJson(c.objection)).toJson(QJsonDocument::Compact))),
               nullable(c.transmitTo.name),
               nullable(c.transmitTo.address),
               nullableDate(c.mandate.requested),
               nullableDate(c.mandate.received),
               c.id,
               readVersion },
             error))
        return std::nullopt;
    return query.numRowsAffected() == 1;
}

bool CaseRepository::replaceDecisions(const QSqlDatabase &db, qint64 caseId,
                                      const QList<TypeDecision> &decisions, ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query, u"DELETE FROM case_decisions WHERE case_id = ?"_s, { caseId }, error))
        return false;
    for (const TypeDecision &d : decisions) {
        if (!run(query,
                 u"INSERT INTO case_decisions (case_id, type, outcome, grounds, motivation, "
                 "granted) VALUES (?, ?, ?, ?, ?, ?)"_s,
                 { caseId, Codes::code(d.type), Codes::code(d.outcome),
                   nullable(groundsToText(d.grounds)), nullable(d.motivation),
                   nullable(d.granted) },
                 error))
            return false;
    }
    return true;
}

bool CaseRepository::setDeadline(const QSqlDatabase &db, qint64 caseId, const QString &deadline,
                                 ServiceError *error)
{
    QSqlQuery query(db);
    return run(query, u"UPDATE cases SET deadline_effective = ? WHERE id = ?"_s,
               { deadline, caseId }, error);
}

std::optional<QString> CaseRepository::activeLogin(const QSqlDatabase &db, const QString &login,
                                                   ServiceError *error)
{
    // Who the users are is the users module's to say.
    std::optional<QString> found;
    if (!UserRepository::activeLogin(db, login, &found, error))
        return std::nullopt;
    return found.value_or(QString());
}

std::optional<qint64> CaseRepository::idByNumber(const QSqlDatabase &db, const QString &number,
                                                 ServiceError *error)
{
    return statements::id(db, u"SELECT id FROM cases WHERE number = ?"_s, { number }, error);
}

QString CaseRepository::tableSql(QStringView alias)
{
    return u"cases "_s + alias;
}

QString CaseRepository::joinSql(QStringView alias, QStringView key)
{
    return u"JOIN cases %1 ON %1.id = %2"_s.arg(alias, key);
}

std::optional<qint64> CaseRepository::personIdByNumber(const QSqlDatabase &db,
                                                       const QString &number, ServiceError *error)
{
    return statements::id(db, u"SELECT person_id FROM cases WHERE number = ?"_s, { number }, error);
}

QString CaseRepository::idsOfPersonSql()
{
    return u"(SELECT id FROM cases WHERE person_id = ?)"_s;
}

QString CaseRepository::numbersOfPersonSql()
{
    return u"(SELECT number FROM cases WHERE person_id = ?)"_s;
}

QString CaseRepository::requestCountSql(QStringView personAlias)
{
    return u"(SELECT count(*) FROM cases c WHERE c.person_id = %1.id)"_s.arg(personAlias);
}

QString CaseRepository::requestsExistSql(QStringView personAlias)
{
    return u"EXISTS (SELECT 1 FROM cases c WHERE c.person_id = %1.id)"_s.arg(personAlias);
}

QString CaseRepository::hasTypeSql(const QString &condition)
{
    return u"EXISTS (SELECT 1 FROM case_types t WHERE t.case_id = c.id AND t.type "_s + condition
        + u')';
}

QString CaseRepository::receivedTypesSql(const QSqlDatabase &db)
{
    const QString day
        = sql::isServer(db) ? u"substr(c.received_date, 1, 7)"_s : u"c.received_date"_s;
    return u"SELECT "_s + day
        + u", c.types_key, count(*) FROM cases c WHERE c.received_date BETWEEN ? AND ? "
          "GROUP BY "_s
        + day + u", c.types_key"_s;
}

std::optional<QString> CaseRepository::apReference(const QSqlDatabase &db,
                                                   const QString &caseNumber, ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query,
             u"SELECT r.reference FROM case_ap_references r JOIN cases c ON c.id = r.case_id "
             "WHERE c.number = ?"_s,
             { caseNumber }, error))
        return std::nullopt;
    if (query.next())
        return query.value(0).toString();
    return QString();
}

bool CaseRepository::setApReference(const QSqlDatabase &db, qint64 caseId, const QString &reference,
                                    const QString &changedAt, const QString &changedBy,
                                    ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query, u"DELETE FROM case_ap_references WHERE case_id = ?"_s, { caseId }, error))
        return false;
    return reference.isEmpty()
        || run(query,
               u"INSERT INTO case_ap_references (case_id, reference, changed_at, changed_by) "
               "VALUES (?, ?, ?, ?)"_s,
               { caseId, reference, changedAt, changedBy }, error);
}

std::optional<QList<std::pair<QString, QString>>>
CaseRepository::requestsOfPerson(const QSqlDatabase &db, qint64 personId, ServiceError *error,
                                 PersonOrder order)
{
    QSqlQuery query(db);
    if (!run(query,
             u"SELECT number, state FROM cases WHERE person_id = ? ORDER BY "_s
                 + (order == PersonOrder::Received ? u"received_date, id"_s : u"id"_s),
             { personId }, error))
        return std::nullopt;
    QList<std::pair<QString, QString>> requests;
    while (query.next())
        requests.append({ query.value(0).toString(), query.value(1).toString() });
    if (query.lastError().isValid()) {
        failed(query, error);
        return std::nullopt;
    }
    return requests;
}

std::optional<CaseRepository::PersonContents>
CaseRepository::countContentsOf(const QSqlDatabase &db, qint64 personId, ServiceError *error)
{
    const QString ofPerson = u" IN "_s + idsOfPersonSql();
    const auto notes = single(db, u"SELECT count(*) FROM case_notes WHERE case_id"_s + ofPerson,
                              { personId }, error);
    const auto files = notes
        ? AttachmentRepository::keptCount(db, idsOfPersonSql(), { personId }, error)
        : std::nullopt;
    const auto references = files
        ? single(db, u"SELECT count(*) FROM case_ap_references WHERE case_id"_s + ofPerson,
                 { personId }, error)
        : std::nullopt;
    if (!references)
        return std::nullopt;
    return PersonContents { notes->toInt(), *files, references->toInt() };
}

bool CaseRepository::eraseContentsOf(const QSqlDatabase &db, qint64 personId, const QString &now,
                                     ServiceError *error)
{
    const QString ofPerson = idsOfPersonSql();
    QSqlQuery query(db);
    return run(query, u"DELETE FROM case_notes WHERE case_id IN "_s + ofPerson, { personId }, error)
        && run(query,
               u"UPDATE cases SET representative = NULL, representative_organisation = NULL, "
               "representative_authority = NULL, representative_mandate = NULL, "
               "representative_address = NULL, transmit_to_name = NULL, transmit_to_address = "
               "NULL, description = NULL, callback_phone = NULL, extension_reason = NULL, "
               "answer_channel = NULL, motivation = NULL, no_identification_reason = NULL, "
               "updated_at = ? WHERE person_id = ?"_s,
               { now, personId }, error)
        && run(query,
               u"UPDATE case_decisions SET motivation = NULL, granted = NULL WHERE case_id IN "_s
                   + ofPerson,
               { personId }, error)
        // The originals and mandates: their bytes and names.
        && AttachmentRepository::destroyContents(db, ofPerson, { personId }, now, error)
        // The AP's reference of a complaint identifies the complaint file at the AP, which
        // names the person: it goes.
        && run(query, u"DELETE FROM case_ap_references WHERE case_id IN "_s + ofPerson,
               { personId }, error);
}

bool CaseRepository::moveRequests(const QSqlDatabase &db, qint64 fromPersonId, qint64 toPersonId,
                                  ServiceError *error)
{
    QSqlQuery query(db);
    return run(query, u"UPDATE cases SET person_id = ? WHERE person_id = ?"_s,
               { toPersonId, fromPersonId }, error);
}

} // namespace pd
