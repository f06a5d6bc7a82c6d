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

// The conditions of a read of the disclosure list: "WHERE ..." (or empty) over disclosures d
// and, for a category, their recipient r; the values in the order of the placeholders.
struct DisclosureConditions
{
    QString sql;
    QVariantList values;
};

// A disclosure that names a person, as destruction reads it: the free texts it scrubs and
// whether the person is the only one it names.
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

// What destruction leaves of a disclosure after a person went from it (NULL for empty texts;
// dataText NULL when the person was the only one).
struct DisclosureScrubbed
{
    QString dataText;
    QString purpose;
    QString basisText;
    QString requestedBy;
    QString notInformedReason;
};

// The one place that writes SQL naming the tables `disclosures`, `disclosure_persons`,
// `disclosure_data` and `art19_notifications`. Every function runs on the connection
// it is given, inside the caller's transaction or UnitOfWork, and reports a failed read as an
// error (ServiceError::fromSql), never as an empty list, 0 or "no such disclosure": a function
// that answers "which" returns false or std::nullopt only when *error says why. The persons
// and recipients it shows are joined through their repositories' fragments.
class DisclosureRepository final
{
public:
    // --- the list ---

    // The conditions of filter. recipientIds: the recipients a name search matched (ids read
    // from the store, written as literals); empty: no search.
    static DisclosureConditions conditions(const QSqlDatabase &db, const DisclosureFilter &filter,
                                           const QList<qint64> &recipientIds);
    // The condition of DisclosureFilter::pendingOn over disclosures d; binds the day 3 times.
    static QString pendingOnSql(const QSqlDatabase &db);
    // The rows that meet the conditions (withRecipient: they name r, the recipient).
    static std::optional<int> count(const QSqlDatabase &db, const DisclosureConditions &where,
                                    bool withRecipient, ServiceError *error);
    // A page, newest (or oldest) first by date and id, persons and data categories included.
    static std::optional<QList<Disclosure>> page(const QSqlDatabase &db,
                                                 const DisclosureConditions &where,
                                                 bool newestFirst, int limit, int offset,
                                                 ServiceError *error);
    // The disclosure with this id, whole: false when the read failed, true with *found empty
    // when there is none.
    static bool byId(const QSqlDatabase &db, qint64 id, std::optional<Disclosure> *found,
                     ServiceError *error);
    // Whether a disclosure or an art. 19 notice names the recipient (it is then archived).
    static std::optional<bool> namesRecipient(const QSqlDatabase &db, qint64 recipientId,
                                              ServiceError *error);
    // The id of the request with this number, as the disclosure links it: false when the read
    // failed, true with *found empty when there is none.
    static bool caseIdOf(const QSqlDatabase &db, const QString &number,
                         std::optional<qint64> *found, ServiceError *error);

    // The persons, not anonymised, with these customer numbers (as stored), in batches: a
    // number two persons share gives both.
    static std::optional<QList<DisclosurePerson>>
    personsByNumbers(const QSqlDatabase &db, const QStringList &numbers, ServiceError *error);
    // Of these persons' ids, those of persons that exist and are not anonymised.
    static std::optional<QSet<qint64>>
    presentPersons(const QSqlDatabase &db, const QList<qint64> &ids, ServiceError *error);

    // --- writes ---

    // The row of d (its persons and data categories apart): the new id.
    static std::optional<qint64> insert(const QSqlDatabase &db, const Disclosure &d,
                                        const QVariant &caseId, const QString &now,
                                        const QString &actor, ServiceError *error);
    static bool update(const QSqlDatabase &db, const Disclosure &d, const QVariant &caseId,
                       const QString &now, ServiceError *error);
    // The persons and data categories of d.id as d lists them (replacing: the old ones first go).
    static bool writeDetails(const QSqlDatabase &db, const Disclosure &d, bool replacing,
                             ServiceError *error);
    // The disclosure with its persons and data categories.
    static bool remove(const QSqlDatabase &db, qint64 id, ServiceError *error);

    // --- art. 19 notices ---

    // The recipients of the person's data up to and including until, one per recipient with
    // the count, the last date and whether one disclosure was withheld (not yet sorted). With
    // changed categories, a recipient none of whose disclosures included one is notApplicable.
    static std::optional<QList<Art19Notification>>
    art19Recipients(const QSqlDatabase &db, qint64 personId, QDate until,
                    const QList<DataCategory> &changed, ServiceError *error);
    // The notices recorded for the request caseId, merged into *list (a recipient whose
    // disclosure was later removed is added).
    static bool mergeArt19Recorded(const QSqlDatabase &db, qint64 caseId,
                                   QList<Art19Notification> *list, ServiceError *error);
    // Replaces the notice of (caseId, recipientId): told on date, or with an invalid date exempt
    // with reason, or not applicable with reason (the officer's own).
    static bool recordArt19(const QSqlDatabase &db, qint64 caseId, qint64 recipientId, QDate date,
                            const QString &reason, bool notApplicable, const QString &now,
                            const QString &actor, ServiceError *error);

    // The requests (ids, ascending) with a recipient still to be told under art. 19 on today
    // (the "Vandaag" strip): a completed, (partly) granted rectification, erasure or
    // restriction whose person's data went to a recipient up to the answer (or today) for which
    // no notice or exemption is recorded, counting, when the request recorded the data that
    // changed, only disclosures that included one of those (as art19Notifications says).
    static std::optional<QList<qint64>> art19Pending(const QSqlDatabase &db, QDate today,
                                                     ServiceError *error);

    // --- for other modules (destruction, the dashboard) ---

    // The disclosures that name the person, by id.
    static std::optional<QList<DisclosureNaming>> naming(const QSqlDatabase &db, qint64 personId,
                                                         ServiceError *error);
    // The person goes from the disclosure: the link is deleted, destroyed_persons counts one
    // more, the texts become scrubbed's.
    static bool removePerson(const QSqlDatabase &db, qint64 disclosureId, qint64 personId,
                             const DisclosureScrubbed &scrubbed, const QString &now,
                             ServiceError *error);
    // "SELECT count(*) ... WHERE person_id = ?": the disclosures that name one person.
    static QString countOfPersonSql();
    // The disclosures' ids that name the person, as text (audit entity ids): a subquery with
    // one value, the person's id.
    static QString idsOfPersonSql();
    // The art. 19 exemption reasons of the requests caseIdsSql selects ("(SELECT id FROM ...)",
    // with the caller's values) become '' (the fact stays, the words go).
    static QString eraseExemptReasonsSql(const QString &caseIdsSql);

    // The dashboard's counts. Per recipient and month: r.id, r.name, r.category, the month
    // (YYYY-MM), count; two values, from and to.
    static QString perRecipientMonthSql(const QSqlDatabase &db);
    // Per legal basis (codes as quoted literals): basis, count; two values, from and to.
    static QString perLegalBasisSql(const QStringList &quotedCodes);
    // The disclosures pendingOnSql selects (3 values, the day) and their distinct persons.
    static QString pendingCountSql(const QSqlDatabase &db);
    static QString pendingPersonsSql();
    // The disclosures the data subject may not be told of, up to a day (one value).
    static QString prohibitedCountSql();
};

} // namespace pd
