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

// A person as stored, with what the services check besides the Person itself: the codes as
// stored (compared before an update), the moments of creation, anonymisation and reduction.
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

// What a new person is stored with besides the Person: when and by whom.
struct NewPerson
{
    Person person;
    QString createdAt; // UTC, ISO 8601 with milliseconds
    QString createdBy;
};

// The one place that writes SQL naming the table `persons`. Every function runs on
// the connection it is given, inside the caller's transaction or UnitOfWork: a person is
// created with the request that names them, anonymised by the destruction that removes their
// data. A failed read is an error (ServiceError::fromSql of the query's error), never an empty
// result: a function that answers "which" or "whether" returns std::nullopt only when *error
// says why. Another module's query that needs a person's columns joins them through tableSql()
// or joinSql() and names them through the fragments below (labelSql, presentSql, ...), so the
// table's name and its columns are written here only.
class PersonRepository final
{
public:
    enum class Anonymised { Included, Excluded };

    // --- fragments for other modules' queries (columns are the table's: id, name, ...) ---

    // "persons <alias>": a FROM or CROSS JOIN item.
    static QString tableSql(QStringView alias);
    // "JOIN persons <alias> ON <alias>.id = <key>": key is a column or an expression.
    static QString joinSql(QStringView alias, QStringView key);
    // "SELECT <alias>.id FROM persons <alias> WHERE <alias>.anonymised_at IS NOT NULL", with
    // "AND substr(<alias>.anonymised_at, 1, 10) <= ?" when byDate (one value: the ISO day).
    static QString anonymisedIdsSql(QStringView alias, bool byDate);
    // The columns of a person under <alias> as other statements read them: "<alias>.klantnummer,
    // <alias>.name" (how a list names the person, two columns in that order); the name and the
    // customer number alone; the moment the person was entered; "<alias>.postcode" as stored.
    static QString labelSql(QStringView alias);
    static QString nameSql(QStringView alias);
    static QString klantnummerSql(QStringView alias);
    static QString createdAtSql(QStringView alias);
    static QString postcodeSql(QStringView alias);
    // The person as a request shows them, eleven columns in this order: id, name, relation
    // code, customer number, street, house number, postcode, city, phone, email, relation end
    // (ISO day); and the source (how the person came in), read apart.
    static QString requestColumnsSql(QStringView alias);
    static QString sourceSql(QStringView alias);
    // Not anonymised; anonymised; reduced (only what a kept file needs is left): conditions on
    // the person under <alias>, no values.
    static QString presentSql(QStringView alias);
    static QString anonymisedSql(QStringView alias);
    static QString reducedSql(QStringView alias);

    // --- reads ---

    // The person with this id (anonymised ones too): false when the read failed, true with
    // *found empty when there is none.
    static bool byId(const QSqlDatabase &db, qint64 id, std::optional<PersonRecord> *found,
                     ServiceError *error);
    // The id of the person with this customer number as given (0: none).
    static std::optional<qint64> idByKlantnummer(const QSqlDatabase &db, const QString &klantnummer,
                                                 Anonymised which, ServiceError *error);
    // The id of the (not anonymised) person with the customer number as the officer typed it
    // (normalised: full-width digits, spaces); NotFound with a message that names it when there
    // is none, the read's own error when it failed. What a register of the person's own
    // (restrictions, consents) looks the person up by.
    static std::optional<qint64> idOfCustomer(const QSqlDatabase &db, const QString &klantnummer,
                                              ServiceError *error);
    // Whether a person with this id exists (Excluded: and is not anonymised).
    static std::optional<bool> exists(const QSqlDatabase &db, qint64 id, Anonymised which,
                                      ServiceError *error);
    // Every person's id, in id order.
    static std::optional<QList<qint64>> allIds(const QSqlDatabase &db, ServiceError *error);
    // Every person not anonymised as verify compares them with their trail
    // (audit/RecordedState, "person"): key and label the id as text, the name, in the byte
    // order of the id's text; false with *error (the driver's text) when the read failed.
    static bool forEachRecordedRow(const QSqlDatabase &db, const RecordedState::EachRow &each,
                                   QString *error);

    // The persons a rule that runs from the end of the relation derives items for: not
    // anonymised, with one of the relation codes. Calls each(id, relation code, relation end)
    // in the order read; false when the read failed or each said stop (with *error set).
    using CandidateFn = std::function<bool(qint64, const QString &, QDate)>;
    static bool forEachCandidate(const QSqlDatabase &db, const QStringList &relations,
                                 const CandidateFn &each, ServiceError *error);

    // The phone intake's searches (cases/PersonQuery), anonymised persons never found. Each
    // reads at most limit persons; pd_fold must be registered on the connection for byName.
    // Two spellings of the customer number (as typed and in capitals), in id order.
    static std::optional<QList<Person>> searchKlantnummer(const QSqlDatabase &db,
                                                          const QString &number, int limit,
                                                          ServiceError *error);
    // Stored "1234AB" or "1234 AB", by house number and name in byte order.
    static std::optional<QList<Person>> searchPostcode(const QSqlDatabase &db,
                                                       const QString &normalised, int limit,
                                                       ServiceError *error);
    // Every folded word (LIKE-escaped) in the folded name; names that start with the first word
    // first, then names with a word that does, then by name in byte order and id.
    static std::optional<QList<Person>> searchName(const QSqlDatabase &db,
                                                   const QStringList &escapedWords, int limit,
                                                   ServiceError *error);

    // The lookup of other persons (not anonymised, id <> the last value) whose name equals one
    // of `names` without regard to case: columns id, name; "%1" where sql::forEachBatch puts
    // the names' placeholders.
    static QString sameNameLookupTemplate(const QSqlDatabase &db);
    // The other persons (not anonymised, id <> exceptId) whose name equals one of `names`
    // without regard to case (documents/PersonReview's known names), through that lookup in
    // batches of sql::maxBatch, every batch or none: id and name as stored, in the order read.
    static std::optional<QList<std::pair<qint64, QString>>> sameNames(const QSqlDatabase &db,
                                                                      const QStringList &names,
                                                                      qint64 exceptId,
                                                                      ServiceError *error);

    // --- writes ---

    // The new person's id; the postcode is stored normalised, blank texts as NULL.
    static std::optional<qint64> insert(const QSqlDatabase &db, const NewPerson &person,
                                        ServiceError *error);
    static bool updateSource(const QSqlDatabase &db, qint64 id, const QString &source,
                             ServiceError *error);
    static bool updateRelation(const QSqlDatabase &db, qint64 id, const QString &relationCode,
                               const QString &relationEnd, ServiceError *error);
    // The person's own record after the answer. updateName: the name as
    // given, trimmed. updateAddress: the postal address, the postcode stored normalised, blank
    // texts as NULL. eraseColumns: these columns set to NULL; only "street", "house_number",
    // "postcode", "city", "phone" and "email" are accepted (false, Storage, for another).
    static bool updateName(const QSqlDatabase &db, qint64 id, const QString &name,
                           ServiceError *error);
    static bool updateAddress(const QSqlDatabase &db, qint64 id, const Person &address,
                              ServiceError *error);
    // The phone number (email false) or the e-mail address, as given.
    static bool updateContact(const QSqlDatabase &db, qint64 id, bool email, const QString &value,
                              ServiceError *error);
    static bool eraseColumns(const QSqlDatabase &db, qint64 id, const QStringList &columns,
                             ServiceError *error);

    // Destruction (registers/RetentionDestruction). anonymise: every detail replaced by
    // `anonymisedName`, the row stays as the anonymous data subject of its requests. reduce:
    // the address, phone, e-mail and end of relation go, name and customer number stay for
    // another rule. anonymousCopy: a new anonymised person with the relation of `id`, for the
    // requests that must no longer name them; its id.
    static bool anonymise(const QSqlDatabase &db, qint64 id, const QString &anonymisedName,
                          const QString &now, ServiceError *error);
    static bool reduce(const QSqlDatabase &db, qint64 id, const QString &now, ServiceError *error);
    static std::optional<qint64> anonymousCopy(const QSqlDatabase &db, qint64 id,
                                               const QString &anonymisedName, const QString &now,
                                               const QString &actor, ServiceError *error);

    // The person import (registers/PersonImport): statements prepared once, run per line.
    // find: one value (klantnummer); columns id, name, relation, street, house_number,
    // postcode, city, phone, email, relation_end, anonymised_at. insert: name, relation, street,
    // house_number, postcode, city, phone, email, relation_end, klantnummer, created_at,
    // created_by, source. update: relation, street, house_number, city, phone, email,
    // relation_end, id (an update OR FAIL). numbers: every customer number a person has (issue
    // 42: read once, so that a number no person has needs no find).
    struct ImportSql
    {
        QString find;
        QString insert;
        QString update;
        QString numbers;
    };
    static ImportSql importSql(const QSqlDatabase &db);
    // The UPDATE (OR FAIL) of `columns` of the persons staged in `staging` (a table with id and
    // those columns) from it.
    static QString stagedUpdateSql(const QSqlDatabase &db, const QString &staging,
                                   const QStringList &columns);
    // The statement that tells whether the trigger named by its one value is on the table:
    // on a server one row 'deferred' when it is, on SQLite the trigger's own text.
    static QString triggerSql(const QSqlDatabase &db);
};

} // namespace pd
