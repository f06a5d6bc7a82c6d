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
    QString representativeOrganisation;
    QString representativeAuthority;
};

struct CaseListing
{
    QString scopeCondition;
    QVariantList scopeValues;
    std::optional<CaseState> state;
    QDate overdueOn; // valid: still open on that day with its deadline passed
    bool intakeColumns = false; // a KCC login on a server: only the intake fields are read
    bool withDecisions = true; // the decisions per kind, in one read per page
};

struct CaseListCursor
{
    QVariant received;
    QVariant number;
};

// Pages in (received_date, number) order, each after the last row of the page before; the
// statements are prepared once for the listing, on one connection.
class CaseListPages final
{
public:
    CaseListPages(const QSqlDatabase &db, CaseListing listing);
    Q_DISABLE_COPY_MOVE(CaseListPages)

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

// The one place that writes SQL naming the cases module's tables; other modules name them through
// tableSql, joinSql and the fragments below.
class CaseRepository final
{
public:
    // NULL while open.
    static QString closedDateSql();
    // closed_at is set by every closing state and cleared on reopening, so that the indexes answer
    // without reading the state.
    static QString isClosedSql();
    static QString isOpenSql();
    // Two values: the days.
    static QString closedBetweenSql();
    // Three values: the day.
    static QString openOnSql();
    // Each a range of its own index, for a UNION ALL: one value, then two.
    static QStringList openOnBranchesSql();
    static QString numberSql();
    static QString personIdSql();
    static QString receivedDateSql();
    static QString deadlineSql();
    static QString createdAtSql();
    // One value.
    static QString extensionToldBySql();
    // Two values: the day.
    static QString stateOnSql();
    static QString extensionLateSql();
    static QString latenessColumnsSql();
    // A Case with only the dates its clocks are measured from.
    static Case latenessOf(sql::RowReader &row, int first);
    // Two values: the day, the bound.
    static QString lastAnswerPerPersonSql();
    // Two values; the caller adds " AND MAX(closedDateSql()) ..." conditions.
    static QString closedPersonsSql(bool asOf);
    // Two values each.
    static QString channelCountsSql();
    static QString outcomeCountsSql();
    static QString searchSql(const QSqlDatabase &db);

    // intakeOnly: a KCC login on a server; the other fields are read as NULL, no decisions.
    static bool byNumber(const QSqlDatabase &db, const QString &number, bool intakeOnly,
                         std::optional<Case> *found, ServiceError *error);
    static bool existsBeyondScope(const QSqlDatabase &db, const QString &number);
    static QString listedPageSql(const CaseListing &listing, const CaseListCursor &cursor,
                                 qint64 want, qint64 offset, QVariantList *values);

    struct Counts
    {
        int total = 0;
        int open = 0;
        int overdue = 0; // open, the effective deadline before `today`
    };
    static std::optional<Counts> counts(const QSqlDatabase &db, QDate today,
                                        const QString &scopeCondition,
                                        const QVariantList &scopeValues, ServiceError *error);
    static std::optional<qint64> searchMatches(const QSqlDatabase &db, const QString &match,
                                               ServiceError *error);
    static std::optional<QStringList> handlers(const QSqlDatabase &db, ServiceError *error);
    // With extendedWhen: only extended requests for which extendedWhen(received, told) holds.
    using ExtensionFilter = std::function<bool(QDate received, QDate told)>;
    static std::optional<QList<std::pair<QString, QString>>>
    openDeadlines(const QSqlDatabase &db, ServiceError *error,
                  const ExtensionFilter &extendedWhen = {});
    // On a server through pd_open_requests, which counts whoever asks.
    static std::optional<QHash<qint64, int>>
    openRequestCounts(const QSqlDatabase &db, const QVariantList &personIds, ServiceError *error);
    // A person's open requests, the oldest first: number and handler's login (empty: none yet).
    // On a server through pd_open_request_list, which lists them for whoever asks.
    static std::optional<QList<std::pair<QString, QString>>>
    openRequestsOf(const QSqlDatabase &db, qint64 personId, ServiceError *error);

    // A counter that cannot be read is an error, never a restart at 1.
    static std::optional<int> nextNumber(const QSqlDatabase &db, int year, ServiceError *error);
    static std::optional<qint64> insert(const QSqlDatabase &db, const NewCaseRow &row,
                                        ServiceError *error);
    // False without an error: another seat changed it since readVersion.
    static std::optional<bool> update(const QSqlDatabase &db, const Case &c, int readVersion,
                                      QDate deadline, const QString &now, ServiceError *error);
    static bool replaceDecisions(const QSqlDatabase &db, qint64 caseId,
                                 const QList<TypeDecision> &decisions, ServiceError *error);
    static bool insertNote(const QSqlDatabase &db, qint64 caseId, const QString &writtenAt,
                           const QString &author, const QString &body, bool withheld,
                           ServiceError *error);
    static bool setDeadline(const QSqlDatabase &db, qint64 caseId, const QString &deadline,
                            ServiceError *error);
    static std::optional<QString> activeLogin(const QSqlDatabase &db, const QString &login,
                                              ServiceError *error);

    static std::optional<qint64> idByNumber(const QSqlDatabase &db, const QString &number,
                                            ServiceError *error);

    static bool forEachRecordedRow(const QSqlDatabase &db, const RecordedState::EachRow &each,
                                   QString *error);

    static QString tableSql(QStringView alias);
    static QString joinSql(QStringView alias, QStringView key);
    static std::optional<qint64> personIdByNumber(const QSqlDatabase &db, const QString &number,
                                                  ServiceError *error);

    // One value.
    static QString idsOfPersonSql();
    // One value.
    static QString numbersOfPersonSql();
    static QString requestCountSql(QStringView personAlias);
    static QString requestsExistSql(QStringView personAlias);
    static QString hasTypeSql(const QString &condition);
    // Two values; per day, or per month on a server.
    static QString receivedTypesSql(const QSqlDatabase &db);
    static std::optional<QString> apReference(const QSqlDatabase &db, const QString &caseNumber,
                                              ServiceError *error);
    static bool setApReference(const QSqlDatabase &db, qint64 caseId, const QString &reference,
                               const QString &changedAt, const QString &changedBy,
                               ServiceError *error);
    struct PersonNote
    {
        qint64 id = 0;
        QString caseNumber;
        QString writtenAt; // as stored (ISO 8601, UTC)
        QString body;
        bool withheld = false; // marked "niet aan klager verstrekken"
    };
    static std::optional<QList<PersonNote>> notesOfPerson(const QSqlDatabase &db, qint64 personId,
                                                          ServiceError *error);
    enum class PersonOrder { Id, Received };
    static std::optional<QList<std::pair<QString, QString>>>
    requestsOfPerson(const QSqlDatabase &db, qint64 personId, ServiceError *error,
                     PersonOrder order = PersonOrder::Id);
    struct PersonContents
    {
        int notes = 0;
        int attachments = 0; // kept, not yet destroyed
        int apReferences = 0;
    };
    static std::optional<PersonContents> countContentsOf(const QSqlDatabase &db, qint64 personId,
                                                         ServiceError *error);
    // The rows stay as proof; the free texts, the notes and the files' bytes and names go.
    static bool eraseContentsOf(const QSqlDatabase &db, qint64 personId, const QString &now,
                                ServiceError *error);
    static bool moveRequests(const QSqlDatabase &db, qint64 fromPersonId, qint64 toPersonId,
                             ServiceError *error);
    static bool optimiseSearch(const QSqlDatabase &db, ServiceError *error);
    // For registers/PersonImport, which sets the trigger case_search_person_update aside.
    static QString reindexPersonsSql(const QSqlDatabase &db, const QString &personIds);
};

} // namespace pd
