#pragma once

#include "audit/RecordedState.h"
#include "cases/Case.h"
#include "util/ServiceError.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <functional>
#include <optional>
#include <utility>

QT_FORWARD_DECLARE_CLASS(QSqlQuery)

namespace pd::sql {
class RowReader;
}

namespace pd {

// A new request's row and its kinds, as CaseService::add stores them.
struct NewCaseRow
{
    QString number;
    qint64 personId = 0;
    Channel channel = Channel::Email;
    QDateTime receivedAt; // invalid: no time of receipt (stored NULL)
    QDate receivedDate;
    QString receivedBy;
    QString representative;
    QString representativeMandate;
    QString representativeAddress; // Where letters to the representative go
    QDate mandateReceived; // A mandate kept with the request at intake
    QString description;
    QString callbackPhone;
    QString handler;
    QDate deadline; // the effective deadline under the current policy
    QString now; // created_at and updated_at
    QList<RequestType> types; // sorted, without repeats
    // The representative's organisation and the code of their authority.
    QString representativeOrganisation;
    QString representativeAuthority;
};

// What CaseService::forEachListed lists: the acting user's scope (scopeCondition, an " AND ..."
// over cases c, and its values), a state, the requests overdue on a day.
struct CaseListing
{
    QString scopeCondition;
    QVariantList scopeValues;
    std::optional<CaseState> state;
    QDate overdueOn; // valid: still open on that day with its deadline passed
    bool intakeColumns = false; // a KCC login on a server: only the intake fields are read
    bool withDecisions = true; // the decisions per kind, in one read per page
};

// Where the next page of a listing starts: after the (received_date, number) of the last row
// read. Empty before the first page.
struct CaseListCursor
{
    QVariant received;
    QVariant number;
};

// The pages of one listing (CaseService::forEachListed), read in turn in the order
// (received_date, number), each after the last row of the page before (the cursor, kept here);
// the first skips `offset` rows. The kinds are read with the rows, the decisions per kind
// (listing.withDecisions) in one read a page. Its statements, the page's and its decisions', are
// prepared once and run again with each next page's values (a prepare of each a page
// was 4 % of `case list` at 50,000 requests); on a server sql::execute keeps them prepared in
// the session. Made for one listing and kept while its pages are read, on one connection.
class CaseListPages final
{
public:
    CaseListPages(const QSqlDatabase &db, CaseListing listing);
    Q_DISABLE_COPY_MOVE(CaseListPages)

    // The next page, at most `want` rows, into *cases, emptied first and its allocation kept
    // (the caller keeps one list for every page); false, with *cases empty, when it could not be
    // read.
    bool next(qint64 want, qint64 offset, QList<Case> *cases, ServiceError *error);

private:
    bool readDecisions(QList<Case> &cases, ServiceError *error);

    const CaseListing m_listing;
    CaseListCursor m_cursor;
    QSqlQuery m_page;
    QString m_pagePrepared; // the statement m_page was prepared with (sql::executeAgain)
    QString m_firstStatement; // the first page's, written on the first page
    QString m_afterStatement; // that of every page after another, written on the second
    QSqlQuery m_decisions;
    QString m_decisionsPrepared;
    QHash<qint64, qsizetype> m_index; // a page's requests by id, kept for the next page
    QVariantList m_ids;
};

// The one place that writes SQL naming the cases module's tables: cases, case_types,
// case_decisions, case_notes, case_numbers and case_ap_references, in CaseRepository.cpp; the
// reads of whole requests (byNumber, CaseListPages: a row turned into a Case with its kinds and
// decisions) in CaseReadRepository.cpp; the full-text index case_search in
// CaseSearchRepository.cpp; writing a note and reading the
// person's notes in CaseNoteRepository.cpp. The case list's statements
// (CaseListRepository), the files' rows (AttachmentRepository) and verify's read
// (CaseRecordedRepository.cpp) name the requests through tableSql, joinSql and the fragments
// below. Every
// function runs on the connection it is given, inside the caller's transaction or UnitOfWork, and
// reports a failed read as an error (ServiceError::fromSql), never as an empty result: a function
// that answers "which" or "how many" returns std::nullopt only with *error set.
class CaseRepository final
{
public:
    // --- fragments for other statements over cases c (the case list, the dashboards) ---

    // The day it was answered (or closed); NULL while open.
    static QString closedDateSql();
    // Closed: closed_at is set by every closing state and cleared on reopening, so that the
    // indexes over it answer without reading the state. isOpenSql is its negation.
    static QString isClosedSql();
    static QString isOpenSql();
    // Closed, the day it was answered (or closed) between two bound days (two values).
    static QString closedBetweenSql();
    // Received by ? and not answered or closed by ? (three values: the day).
    static QString openOnSql();
    // openOnSql's two branches, each a range of an index of its own: still open and received by
    // ? (one value); closed after ? and received by ? (two values). For a UNION ALL of the two.
    static QStringList openOnBranchesSql();
    // The request's columns as other statements read or compare them: its number, the id of its
    // person, the day it was received, the effective deadline (kept in step with the calendar),
    // the moment it was entered.
    static QString numberSql();
    static QString personIdSql();
    static QString receivedDateSql();
    static QString deadlineSql();
    static QString createdAtSql();
    // Extended, and the extension told by ? (one value).
    static QString extensionToldBySql();
    // The state code it was in on ? (two values: the day), while open.
    static QString stateOnSql();
    // The extension notice went out after the one-month legal deadline, as recorded in the
    // "legally_late" of its case.extended audit event.
    static QString extensionLateSql();
    // The columns latenessOf reads back, in order.
    static QString latenessColumnsSql();
    // Those columns of a row read back from column `first` on: a Case with only the dates its
    // clocks are measured from (receivedDate, identification, extended, extensionNotified,
    // answeredOn: the day it was answered or closed; the mandate), for CaseQuery::clocksOf.
    // Read by a reader of the query's rows: the dates from their text.
    static Case latenessOf(sql::RowReader &row, int first);
    // Per person with a request received by ?: the last day a request was answered (or
    // closed), '9' (after every day) while one is open, for those whose value is at most ?
    // (two values: the day, the bound): "SELECT <person id>, <last answer> AS t ...", in the
    // order of cases_person_closed (migration 0009) without a sort.
    static QString lastAnswerPerPersonSql();
    // Per person whose requests are all answered (or closed), with asOf only those received by
    // ? and answered by ? (two values: the day twice): "SELECT c.person_id AS person, MAX(<the
    // day it closed>) AS t FROM cases c ... GROUP BY c.person_id HAVING ...", to which the
    // caller adds " AND MAX(closedDateSql()) ..." conditions. Answered by cases_person_closed.
    static QString closedPersonsSql(bool asOf);
    // Per channel code, how many requests were received between two days; per outcome code,
    // how many were answered (or closed) between two days (two values each): "SELECT <code>,
    // count(*) ... GROUP BY 1", for the year report.
    static QString channelCountsSql();
    static QString outcomeCountsSql();
    // The ids (case_search.docid) the full-text search finds with its one bound value.
    static QString searchSql(const QSqlDatabase &db);

    // --- requests ---

    // The request with this number (as stored: trimmed, in capitals) with its person, kinds
    // and (unless intakeOnly) its decisions per kind: false when a read failed, true with
    // *found empty when there is none. intakeOnly: a KCC login on a server, whose role may read
    // only the intake fields (the others are read as NULL, the decisions not at all).
    static bool byNumber(const QSqlDatabase &db, const QString &number, bool intakeOnly,
                         std::optional<Case> *found, ServiceError *error);
    // On a server: whether a request with this number exists outside the caller's row-level
    // security (pd_case_exists). False also when that could not be read.
    static bool existsBeyondScope(const QSqlDatabase &db, const QString &number);
    // That page's statement and its values (*values): the rows with their kinds as the request's
    // own types_key keeps them, so the plan searches no other table for them.
    static QString listedPageSql(const CaseListing &listing, const CaseListCursor &cursor,
                                 qint64 want, qint64 offset, QVariantList *values);

    struct Counts
    {
        int total = 0;
        int open = 0;
        int overdue = 0; // open, the effective deadline before `today`
    };
    // The requests within the scope (CaseScope::condition and its values), in one aggregate.
    static std::optional<Counts> counts(const QSqlDatabase &db, QDate today,
                                        const QString &scopeCondition,
                                        const QVariantList &scopeValues, ServiceError *error);
    // How many requests the full-text search finds (match: sql::fullTextPrefixes).
    static std::optional<qint64> searchMatches(const QSqlDatabase &db, const QString &match,
                                               ServiceError *error);
    // Everyone who handles a request at present, in byte order.
    static std::optional<QStringList> handlers(const QSqlDatabase &db, ServiceError *error);
    // Every open request: its number and its stored effective deadline. With extendedWhen: only
    // the open requests extended with a day the extension was told for which
    // extendedWhen(received, told) holds (what opening checks).
    using ExtensionFilter = std::function<bool(QDate received, QDate told)>;
    static std::optional<QList<std::pair<QString, QString>>>
    openDeadlines(const QSqlDatabase &db, ServiceError *error,
                  const ExtensionFilter &extendedWhen = {});
    // The number of open requests of each of these persons (absent: none). On a server through
    // pd_open_requests, which counts whoever asks (a KCC login may read none of them).
    static std::optional<QHash<qint64, int>>
    openRequestCounts(const QSqlDatabase &db, const QVariantList &personIds, ServiceError *error);

    // The next number of a year: on a server the year's sequence (pd_next_case_number), in a
    // store folder the counter in case_numbers under the store's single write lock. A counter
    // that could not be read is an error, no reason to start again at 1.
    static std::optional<int> nextNumber(const QSqlDatabase &db, int year, ServiceError *error);
    // The request's row (state ontvangen) and a row per kind; its id.
    static std::optional<qint64> insert(const QSqlDatabase &db, const NewCaseRow &row,
                                        ServiceError *error);
    // Writes every field a change may touch, with the effective deadline and the moment, when
    // the stored version is still readVersion (it goes up by one). False with no error: no row
    // had that version (another seat changed it).
    static std::optional<bool> update(const QSqlDatabase &db, const Case &c, int readVersion,
                                      QDate deadline, const QString &now, ServiceError *error);
    // The decisions per kind follow the request: written on completion, gone on reopening.
    static bool replaceDecisions(const QSqlDatabase &db, qint64 caseId,
                                 const QList<TypeDecision> &decisions, ServiceError *error);
    // withheld: marked by hand "niet aan klager verstrekken" (schema 42).
    static bool insertNote(const QSqlDatabase &db, qint64 caseId, const QString &writtenAt,
                           const QString &author, const QString &body, bool withheld,
                           ServiceError *error);
    static bool setDeadline(const QSqlDatabase &db, qint64 caseId, const QString &deadline,
                            ServiceError *error);
    // The login of the active user this is (compared without regard to case); empty when
    // there is none. Asks store/UserRepository::activeLogin (the users table is its).
    static std::optional<QString> activeLogin(const QSqlDatabase &db, const QString &login,
                                              ServiceError *error);

    // --- the files of a request (their rows: AttachmentRepository) ---

    // The id of the request with this number (as given); 0 when there is none.
    static std::optional<qint64> idByNumber(const QSqlDatabase &db, const QString &number,
                                            ServiceError *error);
    // --- for other modules (to be called instead of naming the tables) ---

    // Every request as verify compares it with its trail (audit/RecordedState, "case"): key
    // and label the number, its state and outcome (empty for none), in the byte order of the
    // number; false with *error (the driver's text) when the read failed.
    static bool forEachRecordedRow(const QSqlDatabase &db, const RecordedState::EachRow &each,
                                   QString *error);

    // "cases <alias>": a FROM or CROSS JOIN item.
    static QString tableSql(QStringView alias);
    // "JOIN cases <alias> ON <alias>.id = <key>": key is a column or an expression ("LEFT "
    // before it for a LEFT JOIN).
    static QString joinSql(QStringView alias, QStringView key);
    // The id of the person the request with this number is about; 0 when there is none.
    static std::optional<qint64> personIdByNumber(const QSqlDatabase &db, const QString &number,
                                                  ServiceError *error);

    // "(SELECT id FROM cases WHERE person_id = ?)": the ids of a person's requests (one value),
    // for a statement over a table that refers to requests (letters, art. 19 notices).
    static QString idsOfPersonSql();
    // "(SELECT number FROM cases WHERE person_id = ?)": their numbers (one value), the audit
    // trail's entity ids of their events.
    static QString numbersOfPersonSql();
    // "(SELECT count(*) FROM cases c WHERE c.person_id = <alias>.id)": how many requests name
    // the person of a persons row.
    static QString requestCountSql(QStringView personAlias);
    // "EXISTS (SELECT 1 FROM cases c WHERE c.person_id = <alias>.id)": whether any request
    // names the person of a persons row.
    static QString requestsExistSql(QStringView personAlias);
    // "EXISTS (SELECT 1 FROM case_types t WHERE t.case_id = c.id AND t.type <condition>)":
    // whether the request c is of a kind (condition "= ?", or "IN ('inzage', ...)").
    static QString hasTypeSql(const QString &condition);
    // The reports' requests received between from and to (inclusive), counted per day (per
    // month on a server) and types_key (their kinds, comma-separated; '' without any): "SELECT
    // <day or month>, c.types_key, count(*) FROM cases c ... GROUP BY 1, 2" with two values. An
    // index-only range of cases_received_types (migration 0045); SQLite groups it in index
    // order without a sort, the server in a hash (176 rows instead of the join's 4,646
    // at 5,000 demo requests).
    static QString receivedTypesSql(const QSqlDatabase &db);
    // The AP's reference of a complaint about the request with this number (documents/
    // ComplaintDossier); empty when it has none.
    static std::optional<QString> apReference(const QSqlDatabase &db, const QString &caseNumber,
                                              ServiceError *error);
    // Replaces the request's AP reference (an empty one: none), with when and by whom.
    static bool setApReference(const QSqlDatabase &db, qint64 caseId, const QString &reference,
                               const QString &changedAt, const QString &changedBy,
                               ServiceError *error);
    // One note of a person's request, for the person's report (documents/PersonReport).
    struct PersonNote
    {
        qint64 id = 0;
        QString caseNumber;
        QString writtenAt; // as stored (ISO 8601, UTC)
        QString body;
        bool withheld = false; // marked "niet aan klager verstrekken"
    };
    // The notes of the person's requests, by receipt of the request, then by when written.
    static std::optional<QList<PersonNote>> notesOfPerson(const QSqlDatabase &db, qint64 personId,
                                                          ServiceError *error);
    // The order of a person's requests: as entered (id), or as received (received_date, then
    // id: the person's report).
    enum class PersonOrder { Id, Received };
    // A person's requests, in the order asked (id order unless said): number and state code.
    static std::optional<QList<std::pair<QString, QString>>>
    requestsOfPerson(const QSqlDatabase &db, qint64 personId, ServiceError *error,
                     PersonOrder order = PersonOrder::Id);
    // What a destruction of the person's request files takes from this module's tables.
    struct PersonContents
    {
        int notes = 0;
        int attachments = 0; // kept, not yet destroyed
        int apReferences = 0;
    };
    static std::optional<PersonContents> countContentsOf(const QSqlDatabase &db, qint64 personId,
                                                         ServiceError *error);
    // The destruction of the person's request files in this module's tables: the notes and AP
    // references go, the requests' and decisions' free texts are cleared (updated_at = now),
    // the files lose their bytes and name (destroyed_at = now); the rows stay as proof.
    static bool eraseContentsOf(const QSqlDatabase &db, qint64 personId, const QString &now,
                                ServiceError *error);
    // The person's requests go to another (anonymous) data subject.
    static bool moveRequests(const QSqlDatabase &db, qint64 fromPersonId, qint64 toPersonId,
                             ServiceError *error);
    // A store folder's full-text index merged, so that removed terms leave its old segments
    // (FTS4 'optimize'); nothing to do on a server.
    static bool optimiseSearch(const QSqlDatabase &db, ServiceError *error);
    // The full-text index (case_search) of the requests of the persons that personIds selects
    // ("SELECT id FROM ..."), written again in docid order with the rows the trigger
    // case_search_person_update writes: for registers/PersonImport, which sets that trigger
    // aside while it writes many persons at once. No values to bind.
    static QString reindexPersonsSql(const QSqlDatabase &db, const QString &personIds);
};

} // namespace pd
