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

// The SQL of the breach register's tables. A failed read is an error, never an empty list or "not
// found"; a bool read gives false when it failed, true with *found empty when there is none. Writes
// run inside the caller's UnitOfWork. The processor's reads name `recipients` until that register
// has a repository to join through.
class BreachRepository final
{
public:
    static QString tableSql(QStringView alias);
    static QString joinSql(QStringView alias, QStringView key);
    static QString numberSql(QStringView alias);
    static QString closedAtSql(QStringView alias);
    static QString reportedAtSql(QStringView alias);
    static QString titleSql(QStringView alias);
    // A reopened breach is open: its earlier closing no longer counts.
    static QString isClosedSql(QStringView alias);
    static QString notDestroyedSql(QStringView alias);
    static QString notDestroyedBySql(QStringView alias);
    static QString noticeCountsSql();

    static bool byNumber(const QSqlDatabase &db, const QString &number,
                         std::optional<Breach> *found, ServiceError *error);
    // clockRunningOnly is the caller's: the clock is not stored.
    static std::optional<QList<Breach>> list(const QSqlDatabase &db, const BreachFilter &filter,
                                             ServiceError *error);
    static std::optional<QList<Breach>> reportedBy(const QSqlDatabase &db, const QString &login,
                                                   ServiceError *error);

    struct Processor
    {
        qint64 id = 0;
        QString name;
        bool isProcessor = false; // its role in the catalogue is verwerker
    };
    // By id (archived too) when id > 0, else by name, case-insensitive, not archived.
    static bool processor(const QSqlDatabase &db, qint64 id, const QString &name,
                          std::optional<Processor> *found, ServiceError *error);

    static std::optional<int> openCount(const QSqlDatabase &db, ServiceError *error);
    struct RunningClock
    {
        QString number;
        QString title;
        QDateTime deadline; // UTC
    };
    static std::optional<QList<RunningClock>> runningClocks(const QSqlDatabase &db,
                                                            ServiceError *error);
    static std::optional<int> notifiedLateCount(const QSqlDatabase &db, const QString &from,
                                                const QString &until, ServiceError *error);
    // One row per nature (one without a nature when it has none).
    struct Discovery
    {
        qint64 id = 0;
        QDateTime discoveredAt; // UTC
        std::optional<BreachNature> nature;
    };
    static std::optional<QList<Discovery>> discoveries(const QSqlDatabase &db, const QString &from,
                                                       const QString &until, ServiceError *error);

    // The number counts within the year of discovery (Europe/Amsterdam).
    static bool insert(const QSqlDatabase &db, Breach *breach, const QString &reportedBy,
                       const QDateTime &now, ServiceError *error);
    static bool updateDescription(const QSqlDatabase &db, const Breach &breach,
                                  ServiceError *error);
    static bool updateProcessorReport(const QSqlDatabase &db, const Breach &breach,
                                      ServiceError *error);
    static bool assess(const QSqlDatabase &db, const Breach &breach,
                       const BreachAssessment &assessment, bool ap, bool subjects,
                       const QString &by, const QString &at, ServiceError *error);
    static bool recordDecision(const QSqlDatabase &db, qint64 id, bool ap, bool yes,
                               const QString &reason, const QString &by, const QString &at,
                               ServiceError *error);
    static bool notifyAp(const QSqlDatabase &db, qint64 id, const QDateTime &at,
                         const QString &reference, const QString &lateReason, const QString &by,
                         ServiceError *error);
    static bool addFollowUp(const QSqlDatabase &db, qint64 id, const BreachFollowUp &followUp,
                            const QString &reference, const QString &by, const QString &recordedAt,
                            ServiceError *error);
    static bool notifySubjects(const QSqlDatabase &db, qint64 id,
                               const BreachSubjectsNotice &notice, const QString &reason,
                               const QString &by, ServiceError *error);
    static bool markPersonInformed(const QSqlDatabase &db, qint64 id, qint64 personId, QDate on,
                                   ServiceError *error);
    static bool linkPersons(const QSqlDatabase &db, qint64 id, const QList<qint64> &removed,
                            const QList<qint64> &added, ServiceError *error);
    static bool close(const QSqlDatabase &db, qint64 id, const QDateTime &at, const QString &by,
                      ServiceError *error);
    static bool reopen(const QSqlDatabase &db, qint64 id, ServiceError *error);
    static bool touch(const QSqlDatabase &db, qint64 id, const QString &at, ServiceError *error);

    static QString leftJoinSql(QStringView alias, QStringView condition);
    static QStringList freeTextColumns();
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
    static bool destructionState(const QSqlDatabase &db, const QString &number,
                                 std::optional<DestructionState> *found, ServiceError *error);
    // Inside the caller's transaction; the breach letters are
    // LetterRepository::purgeBreachLetters'.
    static bool purge(QSqlQuery &query, const QString &number, const QString &mark, QDate today,
                      const QString &by, const QString &now, ServiceError *error);
    static bool purge(const QSqlDatabase &db, const QString &number, const QString &mark,
                      QDate today, const QString &by, const QString &now, ServiceError *error);
    static bool destroyedOnOf(const QSqlDatabase &db, const QString &number,
                              const QString &reportedAt, std::optional<QString> *found,
                              ServiceError *error);
    static std::optional<QList<QDateTime>> closedNotDestroyed(const QSqlDatabase &db,
                                                              const QString &closedBefore,
                                                              QDate day, ServiceError *error);

    static QString linkedPersonsSql(const QSqlDatabase &db);
    static QString followUpsSql();
    static QString linkedPersonCountSql(QStringView breachAlias);
    static QString followUpTextCountSql(QStringView breachAlias);
    static bool unlinkAllPersons(QSqlQuery &query, const QString &breachIdSql,
                                 const QVariantList &values, ServiceError *error);
    static bool clearFollowUpTexts(QSqlQuery &query, const QString &breachIdSql,
                                   const QVariantList &values, ServiceError *error);
};

} // namespace pd
