#pragma once

#include "registers/Disclosures.h"
#include "util/ServiceError.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace pd {

// sql: "WHERE ..." (or empty) over d and, for a category, r; values in placeholder order.
struct DisclosureConditions
{
    QString sql;
    QVariantList values;
};

struct DisclosureNaming
{
    qint64 id = 0;
    QString dataText;
    QString purpose;
    QString basisText;
    QString requestedBy;
    QString notInformedReason;
    bool alone = false;
};

struct DisclosureScrubbed
{
    QString dataText;
    QString purpose;
    QString basisText;
    QString requestedBy;
    QString notInformedReason;
};

// The only code that writes SQL naming disclosures, disclosure_persons, disclosure_data and
// art19_notifications.
class DisclosureRepository final
{
public:
    // recipientIds: those a name search matched, written as literals; empty: no search.
    static DisclosureConditions conditions(const QSqlDatabase &db, const DisclosureFilter &filter,
                                           const QList<qint64> &recipientIds);
    // Binds the day 3 times.
    static QString pendingOnSql(const QSqlDatabase &db);
    static std::optional<int> count(const QSqlDatabase &db, const DisclosureConditions &where,
                                    bool withRecipient, ServiceError *error);
    static std::optional<QList<Disclosure>> page(const QSqlDatabase &db,
                                                 const DisclosureConditions &where,
                                                 bool newestFirst, int limit, int offset,
                                                 ServiceError *error);
    static bool byId(const QSqlDatabase &db, qint64 id, std::optional<Disclosure> *found,
                     ServiceError *error);
    static std::optional<bool> namesRecipient(const QSqlDatabase &db, qint64 recipientId,
                                              ServiceError *error);
    static bool caseIdOf(const QSqlDatabase &db, const QString &number,
                         std::optional<qint64> *found, ServiceError *error);

    // A number two persons share gives both.
    static std::optional<QList<DisclosurePerson>>
    personsByNumbers(const QSqlDatabase &db, const QStringList &numbers, ServiceError *error);
    static std::optional<QSet<qint64>>
    presentPersons(const QSqlDatabase &db, const QList<qint64> &ids, ServiceError *error);

    static std::optional<qint64> insert(const QSqlDatabase &db, const Disclosure &d,
                                        const QVariant &caseId, const QString &now,
                                        const QString &actor, ServiceError *error);
    static bool update(const QSqlDatabase &db, const Disclosure &d, const QVariant &caseId,
                       const QString &now, ServiceError *error);
    static bool writeDetails(const QSqlDatabase &db, const Disclosure &d, bool replacing,
                             ServiceError *error);
    static bool remove(const QSqlDatabase &db, qint64 id, ServiceError *error);

    // Not yet sorted. With changed categories, a recipient none of whose disclosures included one
    // is notApplicable.
    static std::optional<QList<Art19Notification>>
    art19Recipients(const QSqlDatabase &db, qint64 personId, QDate until,
                    const QList<DataCategory> &changed, ServiceError *error);
    // A recipient whose disclosure was later removed is added.
    static bool mergeArt19Recorded(const QSqlDatabase &db, qint64 caseId,
                                   QList<Art19Notification> *list, ServiceError *error);
    // An invalid date: exempt, or not applicable, with reason.
    static bool recordArt19(const QSqlDatabase &db, qint64 caseId, qint64 recipientId, QDate date,
                            const QString &reason, bool notApplicable, const QString &now,
                            const QString &actor, ServiceError *error);

    // Counts only the disclosures of the data that changed, as art19Notifications does.
    static std::optional<QList<qint64>> art19Pending(const QSqlDatabase &db, QDate today,
                                                     ServiceError *error);

    static std::optional<QList<DisclosureNaming>> naming(const QSqlDatabase &db, qint64 personId,
                                                         ServiceError *error);
    static bool removePerson(const QSqlDatabase &db, qint64 disclosureId, qint64 personId,
                             const DisclosureScrubbed &scrubbed, const QString &now,
                             ServiceError *error);
    static QString countOfPersonSql();
    // One bound value, the person's id.
    static QString idsOfPersonSql();
    // The fact stays, the words go.
    static QString eraseExemptReasonsSql(const QString &caseIdsSql);

    // Columns r.id, r.name, r.category, month (YYYY-MM), count; binds from and to.
    static QString perRecipientMonthSql(const QSqlDatabase &db);
    // Columns basis, count; binds from and to.
    static QString perLegalBasisSql(const QStringList &quotedCodes);
    // Binds the day 3 times.
    static QString pendingCountSql(const QSqlDatabase &db);
    static QString pendingPersonsSql();
    // Binds one day.
    static QString prohibitedCountSql();
};

} // namespace pd
