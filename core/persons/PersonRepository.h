#pragma once

#include "audit/RecordedState.h"
#include "persons/Person.h"
#include "util/ServiceError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariantList>

#include <functional>
#include <optional>
#include <utility>

namespace pd {

struct PersonRecord
{
    Person person;
    QString relationCode; // persons.relation as stored
    QString relationEndText; // persons.relation_end as stored, empty when NULL
    QString createdAt;
    QString createdBy;
    QString anonymisedAt; // empty when not anonymised
    bool anonymised = false; // anonymised_at IS NOT NULL
    bool reduced = false; // reduced_at IS NOT NULL
};

struct NewPerson
{
    Person person;
    QString createdAt; // UTC, ISO 8601 with milliseconds
    QString createdBy;
};

// The SQL naming `persons`: other modules' queries join and name its columns through the fragments
// below. Inside the caller's transaction; a failed read is an error, never an empty result.
class PersonRepository final
{
public:
    enum class Anonymised { Included, Excluded };

    static QString tableSql(QStringView alias);
    static QString joinSql(QStringView alias, QStringView key);
    static QString anonymisedIdsSql(QStringView alias, bool byDate);
    static QString labelSql(QStringView alias);
    static QString nameSql(QStringView alias);
    // The name as a Dutch list sorts it (domain/SortName.h), written with every name.
    static QString sortNameSql(QStringView alias);
    static QString klantnummerSql(QStringView alias);
    static QString createdAtSql(QStringView alias);
    static QString postcodeSql(QStringView alias);
    // Eleven columns in this order: id, name, relation code, customer number, street, house number,
    // postcode, city, phone, email, relation end.
    static QString requestColumnsSql(QStringView alias);
    static QString sourceSql(QStringView alias);
    static QString presentSql(QStringView alias);
    static QString anonymisedSql(QStringView alias);
    static QString reducedSql(QStringView alias);

    static bool byId(const QSqlDatabase &db, qint64 id, std::optional<PersonRecord> *found,
                     ServiceError *error);
    static std::optional<qint64> idByKlantnummer(const QSqlDatabase &db, const QString &klantnummer,
                                                 Anonymised which, ServiceError *error);
    // As the officer typed it (normalised); NotFound with a message that names it.
    static std::optional<qint64> idOfCustomer(const QSqlDatabase &db, const QString &klantnummer,
                                              ServiceError *error);
    static std::optional<bool> exists(const QSqlDatabase &db, qint64 id, Anonymised which,
                                      ServiceError *error);
    static std::optional<QList<qint64>> allIds(const QSqlDatabase &db, ServiceError *error);
    static bool forEachRecordedRow(const QSqlDatabase &db, const RecordedState::EachRow &each,
                                   QString *error);

    using CandidateFn = std::function<bool(qint64, const QString &, QDate)>;
    static bool forEachCandidate(const QSqlDatabase &db, const QStringList &relations,
                                 const CandidateFn &each, ServiceError *error);

    // Anonymised persons are never found; pd_fold must be registered on the connection for
    // searchName.
    static std::optional<QList<Person>> searchKlantnummer(const QSqlDatabase &db,
                                                          const QString &number, int limit,
                                                          ServiceError *error);
    static std::optional<QList<Person>> searchPostcode(const QSqlDatabase &db,
                                                       const QString &normalised, int limit,
                                                       ServiceError *error);
    static std::optional<QList<Person>> searchName(const QSqlDatabase &db,
                                                   const QStringList &escapedWords, int limit,
                                                   ServiceError *error);

    static QString sameNameLookupTemplate(const QSqlDatabase &db);
    // In batches of sql::maxBatch, every batch or none.
    static std::optional<QList<std::pair<qint64, QString>>> sameNames(const QSqlDatabase &db,
                                                                      const QStringList &names,
                                                                      qint64 exceptId,
                                                                      ServiceError *error);

    // Blank texts as NULL, the postcode normalised.
    static std::optional<qint64> insert(const QSqlDatabase &db, const NewPerson &person,
                                        ServiceError *error);
    static bool updateSource(const QSqlDatabase &db, qint64 id, const QString &source,
                             ServiceError *error);
    static bool updateRelation(const QSqlDatabase &db, qint64 id, const QString &relationCode,
                               const QString &relationEnd, ServiceError *error);
    // eraseColumns accepts only the address and contact columns (Storage for another).
    static bool updateName(const QSqlDatabase &db, qint64 id, const QString &name,
                           ServiceError *error);
    static bool updateAddress(const QSqlDatabase &db, qint64 id, const Person &address,
                              ServiceError *error);
    static bool updateContact(const QSqlDatabase &db, qint64 id, bool email, const QString &value,
                              ServiceError *error);
    static bool eraseColumns(const QSqlDatabase &db, qint64 id, const QStringList &columns,
                             ServiceError *error);

    // anonymise keeps the row as the anonymous subject of its requests; reduce keeps the name and
    // customer number for another rule.
    static bool anonymise(const QSqlDatabase &db, qint64 id, const QString &anonymisedName,
                          const QString &now, ServiceError *error);
    static bool reduce(const QSqlDatabase &db, qint64 id, const QString &now, ServiceError *error);
    static std::optional<qint64> anonymousCopy(const QSqlDatabase &db, qint64 id,
                                               const QString &anonymisedName, const QString &now,
                                               const QString &actor, ServiceError *error);

    // numbers: every customer number, read once, so that a number no person has needs no find.
    // insert binds the person's columns, then the sort key (sortName of the name) last; a staged
    // update's table holds the sort key beside the name, and stagedUpdateSql names it in columns.
    struct ImportSql
    {
        QString find;
        QString insert;
        QString update;
        QString numbers;
    };
    static ImportSql importSql(const QSqlDatabase &db);
    static QString stagedUpdateSql(const QSqlDatabase &db, const QString &staging,
                                   const QStringList &columns);
    // On a server one row 'deferred' when the trigger is on; on SQLite the trigger's own text.
    static QString triggerSql(const QSqlDatabase &db);
};

} // namespace pd
