#include "cases/CaseRepository.h"

#include "audit/AuditRepository.h"
#include "cases/AttachmentRepository.h"
#include "cases/CaseJson.h"
#include "sql/BatchedIn.h"
#include "sql/Dialect.h"
#include "sql/RowReader.h"
#include "sql/StatementText.h"
#include "store/ServiceSupport.h"
#include "store/Statements.h"
#include "store/UserRepository.h"
#include "util/IsoText.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

using statements::failed;
using statements::run;
using statements::single;
using support::isoDate;
using support::nullable;
using support::nullableDate;

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QString groundsToText(const QList<RefusalGround> &grounds)
{
    QStringList codes;
    for (RefusalGround ground : grounds)
        codes << codes::code(ground);
    return codes.join(u',');
}

// A request's number (the first column) and the text of another column of the same row.
template<int column> std::pair<QString, QString> numberAnd(const QSqlQuery &row)
{
    return { row.value(0).toString(), row.value(column).toString() };
}

// Word for word as in the partial index cases_open_deadline of migration 0004.
const QString openStates = u"('ontvangen', 'identificatie', 'in-behandeling')"_s;

} // namespace

QString CaseRepository::closedDateSql()
{
    return u"COALESCE(c.answered_on, substr(c.closed_at, 1, 10))"_s;
}

QString CaseRepository::isClosedSql()
{
    return u"c.closed_at IS NOT NULL"_s;
}

QString CaseRepository::isOpenSql()
{
    return u"c.closed_at IS NULL"_s;
}

QString CaseRepository::closedBetweenSql()
{
    return isClosedSql() + u" AND "_s + closedDateSql() + u" BETWEEN ? AND ?"_s;
}

QString CaseRepository::openOnSql()
{
    // As CaseService::list's overdueOn: reopening clears the earlier answer, so a request that
    // was answered, reopened and is open again counts as open since its receipt. Written as two
    // branches so that each is a range of a partial index of migration 0009.
    const QStringList branches = openOnBranchesSql();
    return u"(("_s + branches.at(0) + u") OR ("_s + branches.at(1) + u"))"_s;
}

QStringList CaseRepository::openOnBranchesSql()
{
    return { isOpenSql() + u" AND c.received_date <= ?"_s,
             isClosedSql() + u" AND "_s + closedDateSql() + u" > ? AND c.received_date <= ?"_s };
}

QString CaseRepository::numberSql()
{
    return u"c.number"_s;
}

QString CaseRepository::personIdSql()
{
    return u"c.person_id"_s;
}

QString CaseRepository::receivedDateSql()
{
    return u"c.received_date"_s;
}

QString CaseRepository::deadlineSql()
{
    return u"c.deadline_effective"_s;
}

QString CaseRepository::createdAtSql()
{
    return u"c.created_at"_s;
}

QString CaseRepository::extensionToldBySql()
{
    return u"c.extended = 1 AND c.extension_notified <= ?"_s;
}

QString CaseRepository::lastAnswerPerPersonSql()
{
    const QString last
        = u"MAX(CASE WHEN "_s + isOpenSql() + u" THEN '9' ELSE "_s + closedDateSql() + u" END)"_s;
    return u"SELECT c.person_id, "_s + last
        + u" AS t FROM cases c WHERE c.received_date <= ? GROUP BY c.person_id HAVING "_s + last
        + u" <= ?"_s;
}

QString CaseRepository::channelCountsSql()
{
    return u"SELECT c.channel, count(*) FROM cases c WHERE c.received_date BETWEEN ? AND ? "
           "GROUP BY 1"_s;
}

QString CaseRepository::outcomeCountsSql()
{
    return u"SELECT c.outcome, count(*) FROM cases c WHERE "_s + closedBetweenSql()
        + u" GROUP BY 1"_s;
}

QString CaseRepository::closedPersonsSql(bool asOf)
{
    const QString closed = closedDateSql();
    QString sql = u"SELECT c.person_id AS person, MAX("_s + closed + u") AS t FROM cases c"_s;
    if (asOf)
        return sql + u" WHERE c.received_date <= ? GROUP BY c.person_id HAVING SUM(CASE WHEN "_s
            + isClosedSql() + u" AND "_s + closed + u" <= ? THEN 0 ELSE 1 END) = 0"_s;
    return sql + u" GROUP BY c.person_id HAVING SUM(CASE WHEN "_s + isClosedSql()
        + u" THEN 0 ELSE 1 END) = 0"_s;
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

namespace {

// latenessColumnsSql()'s columns, in its order, counted from the first that latenessOf reads.
enum LatenessColumn {
    LateReceivedDate,
    LateIdRequested,
    LateIdReceived,
    LateExtended,
    LateExtensionNotified,
    LateClosedDate,
    LateMandateRequested,
    LateMandateReceived
};

} // namespace

QString CaseRepository::latenessColumnsSql()
{
    return u"c.received_date, c.id_requested, c.id_received, c.extended, c.extension_notified, "_s
        + closedDateSql() + u", c.mandate_requested, c.mandate_received"_s;
}

Case CaseRepository::latenessOf(sql::RowReader &row, int first)
{
    // Read directly in the form the store writes (IsoText).
    const auto date = [&row, first](int i) {
        return isoDay(row.view(first + i));
    };
    Case c;
    c.receivedDate = date(LateReceivedDate);
    c.identification.requested = date(LateIdRequested);
    c.identification.received = date(LateIdReceived);
    c.extended = row.integer(first + LateExtended) != 0;
    c.extensionNotified = date(LateExtensionNotified);
    c.answeredOn = date(LateClosedDate);
    c.mandate = { date(LateMandateRequested), date(LateMandateReceived) };
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
    if (!statements::ended(query, error))
        return std::nullopt;
    return names;
}

bool CaseRepository::existsBeyondScope(const QSqlDatabase &db, const QString &number)
{
    QSqlQuery exists(db);
    return sql::execute(exists, u"SELECT pd_case_exists(?)"_s, { number }) && exists.next()
        && exists.value(0).toBool();
}

std::optional<CaseRepository::Counts> CaseRepository::counts(const QSqlDatabase &db, QDate today,
                                                             const QString &scopeCondition,
                                                             const QVariantList &scopeValues,
                                                             ServiceError *error)
{
    QSqlQuery query(db);
    enum Column { All, Open, Overdue }; // the SELECT's columns, in its order
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
    return Counts { query.value(All).toInt(), query.value(Open).toInt(),
                    query.value(Overdue).toInt() };
}

std::optional<QList<std::pair<QString, QString>>>
CaseRepository::openDeadlines(const QSqlDatabase &db, ServiceError *error,
                              const ExtensionFilter &extendedWhen)
{
    QSqlQuery open(db);
    open.setForwardOnly(true);
    // The SELECT's columns, in its order.
    enum Column { Number, DeadlineEffective, ReceivedDate, ExtensionNotified };
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
            || extendedWhen(
                QDate::fromString(open.value(ReceivedDate).toString(), Qt::ISODate),
                QDate::fromString(open.value(ExtensionNotified).toString(), Qt::ISODate)))
            deadlines.append(
                { open.value(Number).toString(), open.value(DeadlineEffective).toString() });
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
    enum Column { PersonId, OpenCount }; // either SELECT's columns, in its order
    const QString statement = sql::isServer(db)
        ? u"SELECT u.p, pd_open_requests(u.p) FROM unnest(ARRAY[%1]::bigint[]) AS u(p)"_s
        : u"SELECT person_id, count(*) FROM cases WHERE person_id IN (%1) AND state IN "_s
            + openStates + u" GROUP BY person_id"_s;
    QHash<qint64, int> found;
    QSqlError failure;
    if (!sql::forEachBatch(
            db, statement, personIds,
            [&found](const QSqlQuery &row) {
                found.insert(row.value(PersonId).toLongLong(), row.value(OpenCount).toInt());
            },
            &failure)) {
        *error = ServiceError::fromSql(failure);
        return std::nullopt;
    }
    return found;
}

std::optional<QList<std::pair<QString, QString>>>
CaseRepository::openRequestsOf(const QSqlDatabase &db, qint64 personId, ServiceError *error)
{
    enum Column { Number, Handler }; // either SELECT's columns, in its order
    const QString statement = sql::isServer(db)
        ? u"SELECT number, handler FROM pd_open_request_list(?)"_s
        : u"SELECT number, handler FROM cases WHERE person_id = ? AND state IN "_s + openStates
            + u" ORDER BY received_date, id"_s;
    return statements::select(db, statement, { personId }, numberAnd<Handler>, error);
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
             { row.number, row.personId, codes::code(row.channel),
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
    qint64 id = 0;
    if (!statements::insertedId(db, &id, error))
        return std::nullopt;
    for (RequestType type : row.types) {
        if (!run(query, u"INSERT INTO case_types (case_id, type) VALUES (?, ?)"_s,
                 { id, codes::code(type) }, error))
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
             { codes::code(c.state),
               nullable(c.handler),
               nullableDate(c.identification.requested),
               nullableDate(c.identification.received),
               c.identification.method ? QVariant(codes::code(*c.identification.method))
                                       : nullText(),
               nullable(c.identification.verifiedBy),
               c.identification.succeeded
                   ? QVariant(*c.identification.succeeded ? u"geslaagd"_s : u"mislukt"_s)
                   : nullText(),
               c.extended ? 1 : 0,
               nullable(c.extensionReason),
               nullableDate(c.extensionNotified),
               c.outcome ? QVariant(codes::code(*c.outcome)) : nullText(),
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
                 { caseId, codes::code(d.type), codes::code(d.outcome),
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
    return run(db, u"UPDATE cases SET deadline_effective = ? WHERE id = ?"_s, { deadline, caseId },
               error);
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
    enum Column { Number, State }; // the SELECT's columns, in its order
    return statements::select(
        db,
        u"SELECT number, state FROM cases WHERE person_id = ? ORDER BY "_s
            + (order == PersonOrder::Received ? u"received_date, id"_s : u"id"_s),
        { personId }, numberAnd<State>, error);
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
    return run(db, u"UPDATE cases SET person_id = ? WHERE person_id = ?"_s,
               { toPersonId, fromPersonId }, error);
}

} // namespace pd
