#include "persons/PersonRepository.h"

#include "domain/InputLimits.h"
#include "domain/SortName.h"
#include "sql/BatchedIn.h"
#include "sql/Dialect.h"
#include "store/ServiceSupport.h"
#include "store/Statements.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

using statements::failed;
using statements::run;
using support::nullable;
using support::nullableDate;

// The columns searchColumns names, in its order.
const QString searchColumns = u"p.id, p.name, p.relation, p.klantnummer, p.street, "
                              "p.house_number, p.postcode, p.city, p.phone, p.email"_s;
// searchColumns' columns, in its order: searchedPerson reads them.
enum SearchColumn {
    SearchId,
    SearchName,
    SearchRelation,
    SearchKlantnummer,
    SearchStreet,
    SearchHouseNumber,
    SearchPostcode,
    SearchCity,
    SearchPhone,
    SearchEmail
};

Person searchedPerson(const QSqlQuery &query)
{
    Person p;
    p.id = query.value(SearchId).toLongLong();
    p.name = query.value(SearchName).toString();
    p.relation
        = codes::from<Relation>(query.value(SearchRelation).toString()).value_or(Relation::Overig);
    p.klantnummer = query.value(SearchKlantnummer).toString();
    p.street = query.value(SearchStreet).toString();
    p.houseNumber = query.value(SearchHouseNumber).toString();
    p.postcode = query.value(SearchPostcode).toString();
    p.city = query.value(SearchCity).toString();
    p.phone = query.value(SearchPhone).toString();
    p.email = query.value(SearchEmail).toString();
    return p;
}

// One search of the intake: the persons not anonymised that meet `where`, in `order`.
std::optional<QList<Person>> search(const QSqlDatabase &db, const QString &where,
                                    const QVariantList &values, const QString &order, int limit,
                                    ServiceError *error)
{
    return statements::select(db,
                              u"SELECT "_s + searchColumns
                                  + u" FROM persons p WHERE p.anonymised_at IS NULL AND "_s + where
                                  + u" ORDER BY "_s + order + u" LIMIT "_s + QString::number(limit),
                              values, searchedPerson, error);
}

} // namespace

QString PersonRepository::tableSql(QStringView alias)
{
    return u"persons "_s + alias;
}

QString PersonRepository::joinSql(QStringView alias, QStringView key)
{
    return u"JOIN persons %1 ON %1.id = %2"_s.arg(alias, key);
}

QString PersonRepository::anonymisedIdsSql(QStringView alias, bool byDate)
{
    QString sql = u"SELECT %1.id FROM persons %1 WHERE %1.anonymised_at IS NOT NULL"_s.arg(alias);
    if (byDate)
        sql += u" AND substr(%1.anonymised_at, 1, 10) <= ?"_s.arg(alias);
    return sql;
}

QString PersonRepository::labelSql(QStringView alias)
{
    return klantnummerSql(alias) + u", "_s + nameSql(alias);
}

QString PersonRepository::nameSql(QStringView alias)
{
    return u"%1.name"_s.arg(alias);
}

QString PersonRepository::sortNameSql(QStringView alias)
{
    return u"%1.sort_name"_s.arg(alias);
}

QString PersonRepository::klantnummerSql(QStringView alias)
{
    return u"%1.klantnummer"_s.arg(alias);
}

QString PersonRepository::createdAtSql(QStringView alias)
{
    return u"%1.created_at"_s.arg(alias);
}

QString PersonRepository::postcodeSql(QStringView alias)
{
    return u"%1.postcode"_s.arg(alias);
}

QString PersonRepository::requestColumnsSql(QStringView alias)
{
    return u"%1.id, %1.name, %1.relation, %1.klantnummer, %1.street, %1.house_number, "
           "%1.postcode, %1.city, %1.phone, %1.email, %1.relation_end"_s.arg(alias);
}

QString PersonRepository::sourceSql(QStringView alias)
{
    return u"%1.source"_s.arg(alias);
}

QString PersonRepository::presentSql(QStringView alias)
{
    return u"%1.anonymised_at IS NULL"_s.arg(alias);
}

QString PersonRepository::anonymisedSql(QStringView alias)
{
    return u"%1.anonymised_at IS NOT NULL"_s.arg(alias);
}

QString PersonRepository::reducedSql(QStringView alias)
{
    return u"%1.reduced_at IS NOT NULL"_s.arg(alias);
}

bool PersonRepository::byId(const QSqlDatabase &db, qint64 id, std::optional<PersonRecord> *found,
                            ServiceError *error)
{
    *found = std::nullopt;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The SELECT's columns after searchColumns' (which searchedPerson reads), in its order.
    enum RecordColumn {
        RelationEnd = SearchEmail + 1,
        Source,
        CreatedAt,
        CreatedBy,
        AnonymisedAt,
        ReducedAt
    };
    if (!run(query,
             u"SELECT id, name, relation, klantnummer, street, house_number, postcode, city, "
             "phone, email, relation_end, source, created_at, created_by, anonymised_at, "
             "reduced_at FROM persons WHERE id = ?"_s,
             { id }, error))
        return false;
    if (!query.next())
        return !query.lastError().isValid() || failed(query, error);
    PersonRecord r;
    r.person = searchedPerson(query);
    r.relationCode = query.value(SearchRelation).toString();
    r.relationEndText = query.value(RelationEnd).toString();
    r.person.relationEnd = QDate::fromString(r.relationEndText, Qt::ISODate);
    r.person.source = query.value(Source).toString();
    r.createdAt = query.value(CreatedAt).toString();
    r.createdBy = query.value(CreatedBy).toString();
    r.anonymised = !query.isNull(AnonymisedAt);
    r.anonymisedAt = query.value(AnonymisedAt).toString();
    r.reduced = !query.isNull(ReducedAt);
    *found = std::move(r);
    return true;
}

std::optional<qint64> PersonRepository::idOfCustomer(const QSqlDatabase &db,
                                                     const QString &klantnummer,
                                                     ServiceError *error)
{
    const std::optional<qint64> id = idByKlantnummer(
        db, InputLimits::normalisedIdentifier(klantnummer), Anonymised::Excluded, error);
    if (!id || *id > 0)
        return id;
    //: Dutch: "Er is geen betrokkene met klantnummer %1."
    *error = { ServiceError::Code::NotFound,
               QCoreApplication::translate("pd::PersonRepository",
                                           "There is no data subject with customer number %1.")
                   .arg(klantnummer.trimmed()),
               {} };
    return std::nullopt;
}

std::optional<qint64> PersonRepository::idByKlantnummer(const QSqlDatabase &db,
                                                        const QString &klantnummer,
                                                        Anonymised which, ServiceError *error)
{
    return statements::id(
        db,
        u"SELECT id FROM persons WHERE klantnummer = ?"_s
            + (which == Anonymised::Excluded ? u" AND anonymised_at IS NULL"_s : QString()),
        { klantnummer }, error);
}

std::optional<bool> PersonRepository::exists(const QSqlDatabase &db, qint64 id, Anonymised which,
                                             ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query,
             u"SELECT 1 FROM persons WHERE id = ?"_s
                 + (which == Anonymised::Excluded ? u" AND anonymised_at IS NULL"_s : QString()),
             { id }, error))
        return std::nullopt;
    if (query.next())
        return true;
    if (query.lastError().isValid()) {
        failed(query, error);
        return std::nullopt;
    }
    return false;
}

std::optional<QList<qint64>> PersonRepository::allIds(const QSqlDatabase &db, ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query, u"SELECT id FROM persons ORDER BY id"_s, {}, error))
        return std::nullopt;
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    if (!statements::ended(query, error))
        return std::nullopt;
    return ids;
}

bool PersonRepository::forEachRecordedRow(const QSqlDatabase &db,
                                          const RecordedState::EachRow &each, QString *error)
{
    // Persons are entities by their id as text; anonymised ones keep only a placeholder name.
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    enum Column { IdBytes, Id, Name }; // the SELECT's columns, in its order
    if (!rows.exec(
            u"SELECT %1, id, name FROM persons WHERE anonymised_at IS NULL ORDER BY %2"_s.arg(
                sql::utf8Bytes(db, u"CAST(id AS TEXT)"_s),
                sql::byteOrder(db, u"CAST(id AS TEXT)"_s)))) {
        *error = rows.lastError().text();
        return false;
    }
    while (rows.next())
        each(RecordedState::Row { rows.value(IdBytes).toByteArray(),
                                  QString::number(rows.value(Id).toLongLong()),
                                  {},
                                  {},
                                  rows.value(Name).toString() });
    if (rows.lastError().isValid()) {
        *error = rows.lastError().text();
        return false;
    }
    return true;
}

bool PersonRepository::forEachCandidate(const QSqlDatabase &db, const QStringList &relations,
                                        const CandidateFn &each, ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(sql::canStream(db));
    QString marks;
    for (qsizetype i = 0; i < relations.size(); ++i)
        marks += i == 0 ? u"?"_s : u", ?"_s;
    QVariantList values;
    for (const QString &relation : relations)
        values << relation;
    enum Column { Id, RelationCode, RelationEnd }; // the SELECT's columns, in its order
    if (!run(query,
             u"SELECT id, relation, relation_end FROM persons WHERE anonymised_at IS NULL AND "
             "relation IN ("_s
                 + marks + u')',
             values, error))
        return false;
    while (query.next()) {
        if (!each(query.value(Id).toLongLong(), query.value(RelationCode).toString(),
                  QDate::fromString(query.value(RelationEnd).toString(), Qt::ISODate)))
            return false;
    }
    return statements::ended(query, error);
}

std::optional<QList<Person>> PersonRepository::searchKlantnummer(const QSqlDatabase &db,
                                                                 const QString &number, int limit,
                                                                 ServiceError *error)
{
    // Two spellings keep the UNIQUE index usable: as typed and in capitals ("k100" = "K100").
    return search(db, u"p.klantnummer IN (?, ?)"_s, { number, number.toUpper() }, u"p.id"_s, limit,
                  error);
}

std::optional<QList<Person>> PersonRepository::searchPostcode(const QSqlDatabase &db,
                                                              const QString &normalised, int limit,
                                                              ServiceError *error)
{
    // Stored normalised by the services; older imports may hold "1234 AB".
    const QString spaced = normalised.left(4) + u' ' + normalised.mid(4);
    return search(db, u"p.postcode IN (?, ?)"_s, { normalised, spaced },
                  sql::byteOrder(db, u"p.house_number"_s) + u", "_s
                      + sql::byteOrder(db, u"p.name"_s),
                  limit, error);
}

std::optional<QList<Person>> PersonRepository::searchName(const QSqlDatabase &db,
                                                          const QStringList &escapedWords,
                                                          int limit, ServiceError *error)
{
    // The inner LIMIT -1 keeps SQLite from flattening the subquery, so each name is folded once
    // instead of once per condition; the outer query then ranks and cuts before the persons
    // are read for the few rows shown. Names in byte order on both backends.
    QStringList conditions;
    QVariantList values;
    for (const QString &word : escapedWords) {
        conditions << u"f.folded LIKE ? ESCAPE '\\'"_s;
        values << QString(u'%' + word + u'%');
    }
    const QString first = escapedWords.first();
    const QVariantList rankValues { QString(first + u'%'), QString(u"% " + first + u'%') };
    const QString ranked = u"SELECT f.id, f.name, CASE WHEN f.folded LIKE ? ESCAPE '\\' THEN 0 "
                           "WHEN f.folded LIKE ? ESCAPE '\\' THEN 1 ELSE 2 END AS rank "
                           "FROM (SELECT id, name, pd_fold(name) AS folded FROM persons "
                           "WHERE anonymised_at IS NULL"_s
        + sql::noLimit(db) + u") AS f WHERE "_s + conditions.join(u" AND "_s)
        + u" ORDER BY rank, "_s + sql::byteOrder(db, u"f.name"_s) + u", f.id LIMIT "_s
        + QString::number(limit);
    // Bound in the order the placeholders appear: the rank's two, then the conditions, then the
    // outer order's two.
    const QVariantList bound = rankValues + values + rankValues;
    return search(db, u"p.id IN (SELECT id FROM ("_s + ranked + u") AS ranked)"_s, bound,
                  u"CASE WHEN pd_fold(p.name) LIKE ? ESCAPE '\\' THEN 0 "
                  "WHEN pd_fold(p.name) LIKE ? ESCAPE '\\' THEN 1 ELSE 2 END, "_s
                      + sql::byteOrder(db, u"p.name"_s) + u", p.id"_s,
                  limit, error);
}

namespace {

// sameNameLookupTemplate()'s columns, in its order.
enum SameNameColumn { SameNameId, SameNameName };

} // namespace

QString PersonRepository::sameNameLookupTemplate(const QSqlDatabase &db)
{
    return u"SELECT id, name FROM persons WHERE %1 IN (%2) AND anonymised_at IS NULL AND id <> ?"_s
        .arg(sql::noCase(db, u"name"_s), u"%1"_s);
}

std::optional<QList<std::pair<qint64, QString>>>
PersonRepository::sameNames(const QSqlDatabase &db, const QStringList &names, qint64 exceptId,
                            ServiceError *error)
{
    QVariantList keys;
    keys.reserve(names.size());
    for (const QString &name : names)
        keys << sql::caselessValue(db, name);
    QList<std::pair<qint64, QString>> found;
    QSqlError lookupError;
    if (!sql::forEachBatch(db, sameNameLookupTemplate(db), keys,
                           [&found](const QSqlQuery &query) {
                               found.append({ query.value(SameNameId).toLongLong(),
                                              query.value(SameNameName).toString() });
                           },
                           &lookupError, {}, { exceptId })) {
        if (error)
            *error = ServiceError::fromSql(lookupError);
        return std::nullopt;
    }
    return found;
}

std::optional<qint64> PersonRepository::insert(const QSqlDatabase &db, const NewPerson &person,
                                               ServiceError *error)
{
    const Person &p = person.person;
    return statements::inserted(
        db,
        u"INSERT INTO persons (name, sort_name, relation, klantnummer, street, house_number, "
        "postcode, city, phone, email, relation_end, created_at, created_by, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { p.name.trimmed(), sortKey(p.name), codes::code(p.relation), nullable(p.klantnummer),
          nullable(p.street), nullable(p.houseNumber),
          nullable(InputLimits::normalisedPostcode(p.postcode)), nullable(p.city),
          nullable(p.phone), nullable(p.email), nullableDate(p.relationEnd), person.createdAt,
          person.createdBy, nullable(p.source.simplified()) },
        error);
}

bool PersonRepository::updateSource(const QSqlDatabase &db, qint64 id, const QString &source,
                                    ServiceError *error)
{
    return run(db, u"UPDATE persons SET source = ? WHERE id = ?"_s, { nullable(source), id },
               error);
}

bool PersonRepository::updateRelation(const QSqlDatabase &db, qint64 id,
                                      const QString &relationCode, const QString &relationEnd,
                                      ServiceError *error)
{
    return run(db, u"UPDATE persons SET relation = ?, relation_end = ? WHERE id = ?"_s,
               { relationCode, nullable(relationEnd), id }, error);
}

bool PersonRepository::updateName(const QSqlDatabase &db, qint64 id, const QString &name,
                                  ServiceError *error)
{
    return run(db, u"UPDATE persons SET name = ?, sort_name = ? WHERE id = ?"_s,
               { name.trimmed(), sortKey(name), id }, error);
}

bool PersonRepository::updateAddress(const QSqlDatabase &db, qint64 id, const Person &address,
                                     ServiceError *error)
{
    return run(db,
               u"UPDATE persons SET street = ?, house_number = ?, postcode = ?, city = ? "
               "WHERE id = ?"_s,
               { nullable(address.street), nullable(address.houseNumber),
                 nullable(InputLimits::normalisedPostcode(address.postcode)),
                 nullable(address.city), id },
               error);
}

bool PersonRepository::updateContact(const QSqlDatabase &db, qint64 id, bool email,
                                     const QString &value, ServiceError *error)
{
    return run(db,
               email ? u"UPDATE persons SET email = ? WHERE id = ?"_s
                     : u"UPDATE persons SET phone = ? WHERE id = ?"_s,
               { nullable(value), id }, error);
}

bool PersonRepository::eraseColumns(const QSqlDatabase &db, qint64 id, const QStringList &columns,
                                    ServiceError *error)
{
    static const QStringList erasable { u"street"_s, u"house_number"_s, u"postcode"_s,
                                        u"city"_s,   u"phone"_s,        u"email"_s };
    QStringList assignments;
    for (const QString &column : columns) {
        if (!erasable.contains(column)) {
            *error = { ServiceError::Code::Storage,
                       u"persons.%1 is not a column that may be erased"_s.arg(column),
                       {} };
            return false;
        }
        assignments << column + u" = NULL"_s;
    }
    if (assignments.isEmpty())
        return true;
    return run(db, u"UPDATE persons SET "_s + assignments.join(u", "_s) + u" WHERE id = ?"_s,
               { id }, error);
}

bool PersonRepository::anonymise(const QSqlDatabase &db, qint64 id, const QString &anonymisedName,
                                 const QString &now, ServiceError *error)
{
    return run(db,
               u"UPDATE persons SET name = ?, sort_name = ?, klantnummer = NULL, street = NULL, "
               "house_number = NULL, postcode = NULL, city = NULL, phone = NULL, "
               "email = NULL, relation_end = NULL, source = NULL, anonymised_at = ?, "
               "reduced_at = NULL WHERE id = ?"_s,
               { anonymisedName, sortKey(anonymisedName), now, id }, error);
}

bool PersonRepository::reduce(const QSqlDatabase &db, qint64 id, const QString &now,
                              ServiceError *error)
{
    return run(db,
               u"UPDATE persons SET street = NULL, house_number = NULL, postcode = NULL, "
               "city = NULL, phone = NULL, email = NULL, relation_end = NULL, reduced_at = ? "
               "WHERE id = ?"_s,
               { now, id }, error);
}

std::optional<qint64> PersonRepository::anonymousCopy(const QSqlDatabase &db, qint64 id,
                                                      const QString &anonymisedName,
                                                      const QString &now, const QString &actor,
                                                      ServiceError *error)
{
    return statements::inserted(
        db,
        u"INSERT INTO persons (name, sort_name, relation, created_at, created_by, "
        "anonymised_at) SELECT ?, ?, relation, ?, ?, ? FROM persons WHERE id = ?"_s,
        { anonymisedName, sortKey(anonymisedName), now, actor, now, id }, error);
}

PersonRepository::ImportSql PersonRepository::importSql(const QSqlDatabase &db)
{
    return { u"SELECT id, name, relation, street, house_number, postcode, city, phone, email, "
             "relation_end, anonymised_at FROM persons WHERE klantnummer = ?"_s,
             u"INSERT INTO persons (name, relation, street, house_number, postcode, city, phone, "
             "email, relation_end, klantnummer, created_at, created_by, source, sort_name) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
             sql::updateOrFail(db)
                 + u" persons SET relation = ?, street = ?, house_number = ?, city = ?, "
                   "phone = ?, email = ?, relation_end = ? WHERE id = ?"_s,
             u"SELECT klantnummer FROM persons WHERE klantnummer IS NOT NULL"_s };
}

QString PersonRepository::stagedUpdateSql(const QSqlDatabase &db, const QString &staging,
                                          const QStringList &columns)
{
    QString sql = sql::updateOrFail(db) + u" persons SET "_s;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        sql += (i == 0 ? u""_s : u", "_s) + columns.at(i) + u" = (SELECT s."_s + columns.at(i)
            + u" FROM "_s + staging + u" s WHERE s.id = persons.id)"_s;
    }
    return sql + u" WHERE id IN (SELECT id FROM "_s + staging + u')';
}

QString PersonRepository::triggerSql(const QSqlDatabase &db)
{
    return sql::isServer(db)
        ? u"SELECT 'deferred' FROM pg_trigger WHERE tgname = ? AND tgrelid = 'persons'::regclass"_s
        : u"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"_s;
}

} // namespace pd
