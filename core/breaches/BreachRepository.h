#pragma once

#include "breaches/Breach.h"
#include "util/ServiceError.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariant>

#include <optional>

QT_FORWARD_DECLARE_CLASS(QSqlQuery)

namespace pd {

// The one place that writes SQL naming the data-breach register's tables, one file
// per table: breaches with its sets breach_natures, breach_data and breach_criteria in
// BreachRepository.cpp, breach_persons in BreachPersonRepository.cpp, breach_follow_ups in
// BreachFollowUpRepository.cpp.
//
// Reads run on the connection they are given and report a failed read as an error
// (ServiceError::fromSql of the query's error), never as an empty list or "not found": a
// function that answers "which" or "how many" returns std::nullopt only when *error says why.
// Writes run on the statement they are given, inside the caller's UnitOfWork (BreachService),
// and return false with the statement's error (UnitOfWork reads it from the query).
//
// The processor of a breach is a recipient from the catalogue: the reads name the table
// `recipients` (its name, the lookup of add and update) until the recipients register has a
// repository of its own to join it through.
class BreachRepository final
{
public:
    // --- fragments for other modules' queries ---

    // "breaches <alias>": a FROM or CROSS JOIN item (columns as the table's: id, number, ...).
    static QString tableSql(QStringView alias);
    // "JOIN breaches <alias> ON <alias>.id = <key>": key is a column or an expression.
    static QString joinSql(QStringView alias, QStringView key);
    // The breach's columns under <alias> as other statements read or compare them
    // (BreachFragmentRepository.cpp): its number, the moment it was closed (UTC text, NULL
    // while open), the moment it was reported, its title.
    static QString numberSql(QStringView alias);
    static QString closedAtSql(QStringView alias);
    static QString reportedAtSql(QStringView alias);
    static QString titleSql(QStringView alias);
    // Closed now: a reopened breach is open, its earlier closing no longer counts.
    static QString isClosedSql(QStringView alias);
    // Not destroyed; not destroyed by ? (one value: the day).
    static QString notDestroyedSql(QStringView alias);
    static QString notDestroyedBySql(QStringView alias);
    // One row of two counts, for the year report: the breaches notified to the AP from ? until
    // before ? (moments), those whose data subjects were informed between two days (four
    // values).
    static QString noticeCountsSql();

    // --- reads: whole breaches, with their sets, linked persons and follow-ups ---

    // The breach with this number: false when the read failed, true with *found empty when
    // there is none.
    static bool byNumber(const QSqlDatabase &db, const QString &number,
                         std::optional<Breach> *found, ServiceError *error);
    // The register as the filter's state and year select it (clockRunningOnly is the caller's:
    // the clock is not stored), newest discovery first.
    static std::optional<QList<Breach>> list(const QSqlDatabase &db, const BreachFilter &filter,
                                             ServiceError *error);
    // The breaches this login reported, newest discovery first.
    static std::optional<QList<Breach>> reportedBy(const QSqlDatabase &db, const QString &login,
                                                   ServiceError *error);

    // A processor named on a breach: a recipient of the catalogue.
    struct Processor
    {
        qint64 id = 0;
        QString name;
        bool isProcessor = false; // its role in the catalogue is verwerker
    };
    // By id (archived too) when id > 0, else by name (without regard to case, not archived):
    // false when the read failed, true with *found empty when there is none.
    static bool processor(const QSqlDatabase &db, qint64 id, const QString &name,
                          std::optional<Processor> *found, ServiceError *error);

    // --- reads: the register's figures (BreachService::figures) ---

    // How many breaches are open.
    static std::optional<int> openCount(const QSqlDatabase &db, ServiceError *error);
    // The running 72-hour clocks: open, not notified, not assessed as "geen", not decided
    // "no"; soonest deadline first.
    struct RunningClock
    {
        QString number;
        QString title;
        QDateTime deadline; // UTC
    };
    static std::optional<QList<RunningClock>> runningClocks(const QSqlDatabase &db,
                                                            ServiceError *error);
    // How many were notified to the AP in [from, until) after their deadline; stored moments.
    static std::optional<int> notifiedLateCount(const QSqlDatabase &db, const QString &from,
                                                const QString &until, ServiceError *error);
    // Every breach discovered in [from, until) (stored moments), once per nature (once
    // without a nature when it has none), by id.
    struct Discovery
    {
        qint64 id = 0;
        QDateTime discoveredAt; // UTC
        std::optional<BreachNature> nature;
    };
    static std::optional<QList<Discovery>> discoveries(const QSqlDatabase &db, const QString &from,
                                                       const QString &until, ServiceError *error);

    // --- writes, inside the caller's unit ---

    // The new breach's row and its natures and data, with the next number of the year of its
    // discovery (Europe/Amsterdam; on a server the server's counter per year): *breach gets its
    // id and number.
    static bool insert(const QSqlDatabase &db, Breach *breach, const QString &reportedBy,
                       const QDateTime &now, ServiceError *error);
    // The description fields and the natures and data of an existing breach (by id).
    static bool updateDescription(const QSqlDatabase &db, const Breach &breach,
                                  ServiceError *error);
    // The processor, the moment it told us, why that did not make us aware, the AP deadline
    // they give and the notification's reasons for the delay, of breach.id.
    static bool updateProcessorReport(const QSqlDatabase &db, const Breach &breach,
                                      ServiceError *error);
    // The assessment of breach.id with breach.criteria; both decisions set to ap and subjects
    // by the assessor, without a reason.
    static bool assess(const QSqlDatabase &db, const Breach &breach,
                       const BreachAssessment &assessment, bool ap, bool subjects,
                       const QString &by, const QString &at, ServiceError *error);
    // One of the two decisions (ap: melden aan de AP; else informeren betrokkenen).
    static bool recordDecision(const QSqlDatabase &db, qint64 id, bool ap, bool yes,
                               const QString &reason, const QString &by, const QString &at,
                               ServiceError *error);
    static bool notifyAp(const QSqlDatabase &db, qint64 id, const QDateTime &at,
                         const QString &reference, const QString &lateReason, const QString &by,
                         ServiceError *error);
    // (BreachFollowUpRepository.cpp)
    static bool addFollowUp(const QSqlDatabase &db, qint64 id, const BreachFollowUp &followUp,
                            const QString &reference, const QString &by, const QString &recordedAt,
                            ServiceError *error);
    // reason: of the public notice, empty without one.
    static bool notifySubjects(const QSqlDatabase &db, qint64 id,
                               const BreachSubjectsNotice &notice, const QString &reason,
                               const QString &by, ServiceError *error);
    // (BreachPersonRepository.cpp, as linkPersons)
    static bool markPersonInformed(const QSqlDatabase &db, qint64 id, qint64 personId, QDate on,
                                   ServiceError *error);
    // Unlinks the removed persons, then links the added ones.
    static bool linkPersons(const QSqlDatabase &db, qint64 id, const QList<qint64> &removed,
                            const QList<qint64> &added, ServiceError *error);
    static bool close(const QSqlDatabase &db, qint64 id, const QDateTime &at, const QString &by,
                      ServiceError *error);
    static bool reopen(const QSqlDatabase &db, qint64 id, ServiceError *error);
    // updated_at of every change (UTC, ISO 8601 with milliseconds).
    static bool touch(const QSqlDatabase &db, qint64 id, const QString &at, ServiceError *error);

    // --- for the retention rules (retention/Retention*) and the dashboard (reports/) ---

    // "LEFT JOIN breaches <alias> ON <condition>".
    static QString leftJoinSql(QStringView alias, QStringView condition);
    // The free texts a destruction empties (besides the title, replaced by its mark).
    static QStringList freeTextColumns();
    // What a destruction of the breach would take (RetentionService::planBreachDestruction):
    // its state, how many of freeTextColumns() hold a text, its linked persons and the
    // follow-ups that still hold a text.
    struct DestructionState
    {
        qint64 id = 0;
        QString title;
        bool open = true; // state is not gesloten
        QDateTime closedAt; // UTC; invalid when not closed
        QDate destroyedOn; // invalid when not destroyed
        int freeTexts = 0;
        int linkedPersons = 0;
        int followUpTexts = 0;
    };
    // false when the read failed, true with *found empty when there is no such breach.
    static bool destructionState(const QSqlDatabase &db, const QString &number,
                                 std::optional<DestructionState> *found, ServiceError *error);
    // Destroys what the breach (not destroyed yet) says about people under its retention rule,
    // inside the caller's transaction: the title becomes mark, freeTextColumns() are emptied
    // (a public notice keeps mark as its reason), destroyed_on (today), destroyed_by and
    // updated_at (now) are set; the follow-ups' texts go and the links to persons go. The
    // breach letters are LetterRepository::purgeBreachLetters'.
    static bool purge(QSqlQuery &query, const QString &number, const QString &mark, QDate today,
                      const QString &by, const QString &now, ServiceError *error);
    // The same on a statement of its own on the connection.
    static bool purge(const QSqlDatabase &db, const QString &number, const QString &mark,
                      QDate today, const QString &by, const QString &now, ServiceError *error);
    // For a replay of a destruction on a restored backup: false when the read failed; *found
    // empty when there is no breach of that number reported at reportedAt (stored moment),
    // else its destroyed_on as stored (empty: not destroyed).
    static bool destroyedOnOf(const QSqlDatabase &db, const QString &number,
                              const QString &reportedAt, std::optional<QString> *found,
                              ServiceError *error);
    // The closing moments of the breaches closed before closedBefore (a stored moment) and not
    // destroyed by day (the dashboard's retention figures).
    static std::optional<QList<QDateTime>> closedNotDestroyed(const QSqlDatabase &db,
                                                              const QString &closedBefore,
                                                              QDate day, ServiceError *error);

    // --- the linked persons' and the follow-ups' statements, for the reads and the
    // destruction above (BreachPersonRepository.cpp, BreachFollowUpRepository.cpp) ---

    // The linked persons of the breaches whose ids fill "IN (%1)": breach id, person id, name,
    // customer number, informed_on; by name in byte order, then id.
    static QString linkedPersonsSql(const QSqlDatabase &db);
    // The follow-ups of the breaches whose ids fill "IN (%1)": breach id, id, kind, at,
    // reference, text, recorded_by; in order of at, then id.
    static QString followUpsSql();
    // "(SELECT count(*) ...)": how many persons the breach <alias> links.
    static QString linkedPersonCountSql(QStringView breachAlias);
    // "(SELECT count(*) ...)": how many of the breach <alias>'s follow-ups still hold a text.
    static QString followUpTextCountSql(QStringView breachAlias);
    // Unlinks every person of the breach whose id breachIdSql selects (with values), on query.
    static bool unlinkAllPersons(QSqlQuery &query, const QString &breachIdSql,
                                 const QVariantList &values, ServiceError *error);
    // Empties the texts of the follow-ups of the breach whose id breachIdSql selects.
    static bool clearFollowUpTexts(QSqlQuery &query, const QString &breachIdSql,
                                   const QVariantList &values, ServiceError *error);
};

} // namespace pd
