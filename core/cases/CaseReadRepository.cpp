// CaseRepository's reads of whole requests (split off CaseRepository.cpp along this
// seam): the row of cases with its person as every such read selects it (caseColumns,
// intakeColumns), turned into a Case (caseFromQuery) with its kinds and its decisions per kind;
// a request by its number (byNumber) and the pages of a listing (CaseListPages, `case list`). The
// writes, the counts and the fragments other statements take stay in CaseRepository.cpp.

#include "cases/AttachmentRepository.h"
#include "cases/CaseJson.h"
#include "cases/CaseRepository.h"
#include "persons/PersonRepository.h"
#include "sql/BatchedIn.h"
#include "sql/RowReader.h"
#include "sql/StatementText.h"
#include "store/Statements.h"
#include "util/IsoText.h"

#include <QJsonArray>
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

QList<RefusalGround> groundsFromText(QStringView text)
{
    QList<RefusalGround> grounds;
    for (const QStringView code : qTokenize(text, u',', Qt::SkipEmptyParts)) {
        if (const auto ground = codes::from<RefusalGround>(code))
            grounds << *ground;
    }
    return grounds;
}

// caseColumns()' and intakeColumns()' columns, in their order (caseFromQuery reads them). The
// person's (PersonRepository::requestColumnsSql) are PersonId to PersonRelationEnd. Where
// `, c.types_key` follows either list of columns, and byNumber's EXISTS on case_decisions
// after it.
enum CaseRowColumn {
    CaseId,
    CaseNumber,
    CaseChannel,
    CaseReceivedDate,
    CaseReceivedAt,
    CaseReceivedBy,
    CaseRepresentative,
    CaseDescription,
    CaseCallbackPhone,
    CaseStateCode,
    CaseHandler,
    CaseIdRequested,
    CaseIdReceived,
    CaseIdMethod,
    CaseIdVerifiedBy,
    CaseIdResult,
    CaseExtended,
    CaseExtensionReason,
    CaseExtensionNotified,
    CaseOutcome,
    CaseRefusalGrounds,
    CaseAnsweredOn,
    CaseAnswerChannel,
    CaseClosedAt,
    PersonId,
    PersonName,
    PersonRelation,
    PersonKlantnummer,
    PersonStreet,
    PersonHouseNumber,
    PersonPostcode,
    PersonCity,
    PersonPhone,
    PersonEmail,
    PersonRelationEnd,
    CaseCreatedAt,
    CaseRepresentativeMandate,
    CaseAttachmentCount,
    CaseMotivation,
    CaseDirectMarketing,
    CaseNoIdentificationReason,
    PersonSource,
    CaseVersion,
    CaseChangedData,
    CaseObjectionSubjects,
    CaseTransmitToName,
    CaseTransmitToAddress,
    CaseMandateRequested,
    CaseMandateReceived,
    CaseRepresentativeAddress,
    CaseRepresentativeOrganisation,
    CaseRepresentativeAuthority,
    CaseTypesKey,
    CaseHasDecisions
};

// The columns every case query selects, in this order (see caseFromQuery).
// Built on first use, not at start-up: it asks another library (persons) for its part.
const QString &caseColumns()
{
    static const QString columns
        = QStringLiteral(
              "c.id, c.number, c.channel, c.received_date, c.received_at, c.received_by, "
              "c.representative, c.description, c.callback_phone, c.state, c.handler, "
              "c.id_requested, c.id_received, c.id_method, c.id_verified_by, c.id_result, "
              "c.extended, c.extension_reason, c.extension_notified, c.outcome, c.refusal_grounds, "
              "c.answered_on, c.answer_channel, c.closed_at, %2, c.created_at, "
              "c.representative_mandate, %1, c.motivation, c.direct_marketing, "
              "c.no_identification_reason, %3, c.version, c.changed_data, "
              "c.objection_subjects, c.transmit_to_name, c.transmit_to_address, "
              "c.mandate_requested, c.mandate_received, c.representative_address, "
              "c.representative_organisation, c.representative_authority")
              .arg(AttachmentRepository::countOfRequestSql(u"c.id"_s),
                   PersonRepository::requestColumnsSql(u"p"), PersonRepository::sourceSql(u"p"));
    return columns;
}

// The same for a KCC login on a server, whose role may read only the intake fields
// (column privileges, resources/server/access.sql): the others are NULL, as
// pd::intakeFields would have emptied them.
const QString &intakeColumns()
{
    static const QString columns
        = QStringLiteral(
              "c.id, c.number, c.channel, c.received_date, c.received_at, c.received_by, "
              "c.representative, c.description, c.callback_phone, c.state, NULL, NULL, NULL, NULL, "
              "NULL, NULL, c.extended, NULL, NULL, NULL, NULL, NULL, NULL, NULL, %1, c.created_at, "
              "c.representative_mandate, 0, NULL, 0, NULL, %2, c.version, NULL, NULL, NULL, NULL, "
              "NULL, NULL, c.representative_address, c.representative_organisation, "
              "c.representative_authority")
              .arg(PersonRepository::requestColumnsSql(u"p"), PersonRepository::sourceSql(u"p"));
    return columns;
}

// The request of the row q is on: texts as text(), a code, a date or a moment from its view()
// without a QString of its own.
Case caseFromQuery(sql::RowReader &q)
{
    const auto text = [&q](int i) {
        return q.text(i);
    };
    // Read directly in the form the store writes (IsoText).
    const auto date = [&q](int i) {
        return isoDay(q.view(i));
    };
    const auto moment = [&q](int i) {
        return isoMoment(q.view(i));
    };
    Case c;
    c.id = q.integer(CaseId);
    c.number = text(CaseNumber);
    c.channel = codes::from<Channel>(q.view(CaseChannel)).value_or(Channel::Email);
    c.receivedDate = date(CaseReceivedDate);
    c.receivedAt = moment(CaseReceivedAt);
    c.receivedBy = text(CaseReceivedBy);
    c.representative = text(CaseRepresentative);
    c.description = text(CaseDescription);
    c.callbackPhone = text(CaseCallbackPhone);
    c.state = codes::from<CaseState>(q.view(CaseStateCode)).value_or(CaseState::Ontvangen);
    c.handler = text(CaseHandler);
    c.identification.requested = date(CaseIdRequested);
    c.identification.received = date(CaseIdReceived);
    c.identification.method = codes::from<IdMethod>(q.view(CaseIdMethod));
    c.identification.verifiedBy = text(CaseIdVerifiedBy);
    if (!q.isNull(CaseIdResult))
        c.identification.succeeded = q.view(CaseIdResult) == QLatin1StringView("geslaagd");
    c.extended = q.integer(CaseExtended) != 0;
    c.extensionReason = text(CaseExtensionReason);
    c.extensionNotified = date(CaseExtensionNotified);
    c.outcome = codes::from<Outcome>(q.view(CaseOutcome));
    c.refusalGrounds = groundsFromText(q.view(CaseRefusalGrounds));
    c.answeredOn = date(CaseAnsweredOn);
    c.answerChannel = text(CaseAnswerChannel);
    c.closedAt = moment(CaseClosedAt);
    c.person.id = q.integer(PersonId);
    c.person.name = text(PersonName);
    c.person.relation = codes::from<Relation>(q.view(PersonRelation)).value_or(Relation::Overig);
    c.person.klantnummer = text(PersonKlantnummer);
    c.person.street = text(PersonStreet);
    c.person.houseNumber = text(PersonHouseNumber);
    c.person.postcode = text(PersonPostcode);
    c.person.city = text(PersonCity);
    c.person.phone = text(PersonPhone);
    c.person.email = text(PersonEmail);
    c.person.relationEnd = date(PersonRelationEnd);
    c.registeredAt = moment(CaseCreatedAt);
    c.representativeMandate = text(CaseRepresentativeMandate);
    c.attachmentCount = static_cast<int>(q.integer(CaseAttachmentCount));
    c.motivation = text(CaseMotivation);
    c.directMarketing = q.integer(CaseDirectMarketing) != 0;
    c.noIdentificationReason = text(CaseNoIdentificationReason);
    c.person.source = text(PersonSource);
    c.version = static_cast<int>(q.integer(CaseVersion));
    for (const QStringView code : qTokenize(q.view(CaseChangedData), u',', Qt::SkipEmptyParts)) {
        if (const auto category = codes::from<DataCategory>(code))
            c.changedData << *category;
    }
    // Most requests object to nothing: no JSON to parse then.
    if (const QString objection = text(CaseObjectionSubjects); !objection.isEmpty())
        c.objection = objectionFromJson(QJsonDocument::fromJson(objection.toUtf8()).array());
    c.transmitTo = { text(CaseTransmitToName), text(CaseTransmitToAddress) };
    c.mandate = { date(CaseMandateRequested), date(CaseMandateReceived) };
    c.representativeAddress = text(CaseRepresentativeAddress);
    c.representativeOrganisation = text(CaseRepresentativeOrganisation);
    c.representativeAuthority
        = codes::from<RepresentativeAuthority>(q.view(CaseRepresentativeAuthority));
    return c;
}

// The kinds from the request's own types_key in `column` (the codes in byte order, kept by the
// triggers of migration 0021), not a search of case_types.
void typesFromKey(sql::RowReader &row, int column, Case &c)
{
    for (const QStringView code : qTokenize(row.view(column), u',', Qt::SkipEmptyParts)) {
        if (const auto type = codes::from<RequestType>(code))
            c.types << *type;
    }
    std::sort(c.types.begin(), c.types.end());
}

// The columns of case_decisions that decisionFromQuery reads, in the order both its SELECTs
// name them, counted from the first.
enum DecisionColumn {
    DecisionType,
    DecisionOutcome,
    DecisionGrounds,
    DecisionMotivation,
    DecisionGranted
};

// One row of case_decisions (type, outcome, grounds, motivation, granted from column `first`),
// or nothing for a code this version does not know.
std::optional<TypeDecision> decisionFromQuery(sql::RowReader &q, int first)
{
    const auto type = codes::from<RequestType>(q.view(first + DecisionType));
    const auto outcome = codes::from<Outcome>(q.view(first + DecisionOutcome));
    if (!type || !outcome)
        return std::nullopt;
    return TypeDecision { *type, *outcome, groundsFromText(q.view(first + DecisionGrounds)),
                          q.text(first + DecisionMotivation), q.text(first + DecisionGranted) };
}

void sortDecisions(Case &c)
{
    std::sort(c.decisions.begin(), c.decisions.end(),
              [](const TypeDecision &a, const TypeDecision &b) { return a.type < b.type; });
}

} // namespace

bool CaseRepository::byNumber(const QSqlDatabase &db, const QString &number, bool intakeOnly,
                              std::optional<Case> *found, ServiceError *error)
{
    *found = std::nullopt;
    QSqlQuery query(db);
    // Whether the request has decisions per kind, in the same statement: an open request has
    // none, and is then read in one statement instead of two.
    if (!run(query,
             u"SELECT "_s + (intakeOnly ? intakeColumns() : caseColumns()) + u", c.types_key"_s
                 + (intakeOnly ? QString()
                               : u", CASE WHEN EXISTS (SELECT 1 FROM case_decisions d WHERE "
                                 "d.case_id = c.id) THEN 1 ELSE 0 END"_s)
                 + u" FROM cases c "_s + PersonRepository::joinSql(u"p", u"c.person_id")
                 + u" WHERE c.number = ?"_s,
             { number }, error))
        return false;
    if (!query.next())
        return !query.lastError().isValid() || failed(query, error);
    sql::RowReader row(query);
    Case c = caseFromQuery(row);
    // The kinds decide grounds and letters: from the row itself, as a listed page reads them
    // (one statement less for every request read).
    typesFromKey(row, CaseTypesKey, c);
    if (!intakeOnly && row.integer(CaseHasDecisions) != 0) {
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
        if (!statements::ended(decisions, error))
            return false;
        sortDecisions(c);
    }
    *found = std::move(c);
    return true;
}

namespace {

// listedPageSql's values, and its statement into *statement when asked (CaseListPages asks only
// when a page's statement differs from the one before: the first page, the first after it).
// One function writes both, so that they cannot drift apart.
void pageOf(const CaseListing &listing, const CaseListCursor &cursor, qint64 want, qint64 offset,
            QString *statement, QVariantList *values)
{
    const auto add = [statement](const QString &part) {
        if (statement)
            *statement += part;
    };
    // The kinds as the request's own types_key keeps them (the codes in byte order, kept by the
    // triggers of migration 0021), not one search of case_types per row.
    if (statement)
        *statement = u"SELECT "_s + (listing.intakeColumns ? intakeColumns() : caseColumns())
            + u", c.types_key FROM cases c "_s + PersonRepository::joinSql(u"p", u"c.person_id")
            + u" WHERE 1 = 1"_s + listing.scopeCondition;
    *values = listing.scopeValues;
    if (listing.state) {
        add(u" AND c.state = ?"_s);
        *values << codes::code(*listing.state);
    }
    if (listing.overdueOn.isValid()) {
        // Open on that day: received by then, and not answered or closed before it.
        add(u" AND c.received_date <= ? AND c.deadline_effective < ?"
            " AND (c.closed_at IS NULL OR COALESCE(c.answered_on, "
            "substr(c.closed_at, 1, 10)) > ?)"_s);
        const QString day = listing.overdueOn.toString(Qt::ISODate);
        *values << day << day << day;
    }
    // After the (received_date, number) of the last row read, through the index
    // cases_received_number, so that the last page costs what the first does. Only the first
    // page skips `offset` rows.
    const bool after = cursor.number.isValid();
    if (after) {
        add(u" AND c.received_date >= ? AND (c.received_date > ? OR c.number > ?)"_s);
        *values << cursor.received << cursor.received << cursor.number;
    }
    add(u" ORDER BY c.received_date, c.number LIMIT ? OFFSET ?"_s);
    *values << want << (after ? 0 : std::max<qint64>(0, offset));
}

} // namespace

QString CaseRepository::listedPageSql(const CaseListing &listing, const CaseListCursor &cursor,
                                      qint64 want, qint64 offset, QVariantList *values)
{
    QString statement;
    pageOf(listing, cursor, want, offset, &statement, values);
    return statement;
}

CaseListPages::CaseListPages(const QSqlDatabase &db, CaseListing listing)
    : m_listing(std::move(listing))
    , m_page(db)
    , m_decisions(db)
{
    m_page.setForwardOnly(true);
    m_decisions.setForwardOnly(true);
}

bool CaseListPages::next(qint64 want, qint64 offset, QList<Case> *cases, ServiceError *error)
{
    // Emptied, its allocation kept for the page: one block of a page's requests, freed and made
    // again for every page, had glibc merge its free chunks each time.
    cases->clear();
    // Every page after another runs the same statement: written once, not again a page (issue
    // 42: the text of each page was an allocation that had glibc merge its free chunks).
    QString &statement = m_cursor.number.isValid() ? m_afterStatement : m_firstStatement;
    QVariantList values;
    pageOf(m_listing, m_cursor, want, offset, statement.isEmpty() ? &statement : nullptr, &values);
    if (!sql::executeAgain(m_page, &m_pagePrepared, statement, values))
        return failed(m_page, error);
    // The page's requests in one allocation, not grown row by row: a list grown by moving its
    // requests freed each old block, and glibc merged its free chunks at each.
    cases->reserve(std::clamp<qint64>(want, 0, 1000));
    sql::RowReader row(m_page);
    while (m_page.next()) {
        Case c = caseFromQuery(row);
        typesFromKey(row, CaseTypesKey, c);
        m_cursor.received = m_page.value(CaseReceivedDate);
        m_cursor.number = c.number; // the text of column CaseNumber, read once
        *cases << std::move(c); // moved, not copied (a copy a row of `case list`)
    }
    // A row that could not be read ends next() as the end of the rows would: never a list
    // passed off as complete.
    if (m_page.lastError().isValid()) {
        cases->clear();
        return failed(m_page, error);
    }
    m_page.finish();
    if (m_listing.withDecisions && !cases->isEmpty() && !readDecisions(*cases, error)) {
        cases->clear();
        return false;
    }
    return true;
}

// The page's decisions per kind, in one read (batched by id).
bool CaseListPages::readDecisions(QList<Case> &cases, ServiceError *error)
{
    m_index.clear();
    m_ids.clear();
    for (qsizetype i = 0; i < cases.size(); ++i) {
        m_index.insert(cases.at(i).id, i);
        m_ids << cases.at(i).id;
    }
    QSqlError readError;
    if (!sql::forEachBatch(
            m_decisions, &m_decisionsPrepared,
            u"SELECT case_id, type, outcome, grounds, motivation, granted "
            "FROM case_decisions WHERE case_id IN (%1)"_s,
            m_ids,
            [&](const QSqlQuery &decisions) {
                // The SELECT's columns: the request's id, then decisionFromQuery's.
                enum Column { DecidedCaseId, Decision };
                sql::RowReader row(decisions);
                const auto at = m_index.constFind(row.integer(DecidedCaseId));
                if (const auto decision = decisionFromQuery(row, Decision);
                    decision && at != m_index.constEnd())
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

} // namespace pd
