#include "vera/VeraRepository.h"

#include "store/ServiceSupport.h"
#include "store/Statements.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

// clang-format off
enum SystemColumn {
    Name, Domain, BaseUrl, Auth, TokenUrl, ClientId, CaPem, WriteBack, CustomerField, AddedAt,
    AddedBy, Secret
};
// clang-format on

const QString systemColumns = u"name, domain, base_url, auth, token_url, client_id, ca_pem, "
                              "write_back, customer_field, added_at, added_by"_s;

VeraSystem systemFrom(const QSqlQuery &row, bool withSecret)
{
    VeraSystem s;
    s.name = row.value(Name).toString();
    s.domain = codes::from<VeraDomain>(row.value(Domain).toString()).value_or(VeraDomain::Relaties);
    s.baseUrl = row.value(BaseUrl).toString();
    s.auth = codes::from<VeraSystem::Auth>(row.value(Auth).toString())
                 .value_or(VeraSystem::Auth::ApiKey);
    s.tokenUrl = row.value(TokenUrl).toString();
    s.clientId = row.value(ClientId).toString();
    s.caPem = row.value(CaPem).toString().toUtf8();
    s.writeBack = row.value(WriteBack).toInt() == 1;
    s.customerField = row.value(CustomerField).toString();
    s.addedAt = support::momentFrom(row.value(AddedAt));
    s.addedBy = row.value(AddedBy).toString();
    if (withSecret)
        s.secret = row.value(Secret).toByteArray();
    return s;
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray jsonArray(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).array();
}

QJsonArray resourcesJson(const QList<VeraResourceResult> &resources)
{
    QJsonArray array;
    for (const VeraResourceResult &r : resources)
        array.append(QJsonObject { { u"resource"_s, r.resource },
                                   { u"status"_s, codes::code(r.status) },
                                   { u"objects"_s, r.objects },
                                   { u"error"_s, r.error } });
    return array;
}

QList<VeraResourceResult> resourcesFrom(const QJsonArray &array)
{
    QList<VeraResourceResult> resources;
    for (const QJsonValue &v : array)
        resources << VeraResourceResult {
            v[u"resource"_s].toString(),
            codes::from<VeraStatus>(v[u"status"_s].toString()).value_or(VeraStatus::Failed),
            v[u"objects"_s].toInt(), v[u"error"_s].toString()
        };
    return resources;
}

bool readSystems(const QSqlDatabase &db, qint64 discoveryId, VeraSearch *search,
                 VeraRepository::Objects objects, ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!statements::run(query,
                         u"SELECT system, domain, status, objects, error, resources, masks_held "
                         "FROM vera_discovery_systems WHERE discovery_id = ? ORDER BY id"_s,
                         { discoveryId }, error))
        return false;
    enum { System, DomainColumn, Status, Objects, Error, Resources, BsnHeld };
    const auto systems = statements::rows(
        query,
        [](const QSqlQuery &row) {
            VeraSystemResult r;
            r.name = row.value(System).toString();
            r.domain = codes::from<VeraDomain>(row.value(DomainColumn).toString())
                           .value_or(VeraDomain::Relaties);
            r.status = codes::from<VeraStatus>(row.value(Status).toString())
                           .value_or(VeraStatus::Failed);
            r.objects = row.value(Objects).toInt();
            r.error = row.value(Error).toString();
            r.resources = resourcesFrom(jsonArray(row.value(Resources)));
            for (const QJsonValue &v : jsonArray(row.value(BsnHeld)))
                r.bsnHeld << v.toString();
            return r;
        },
        error);
    if (!systems)
        return false;
    search->systems = *systems;
    if (objects == VeraRepository::Objects::Without)
        return true;
    if (!statements::run(query,
                         u"SELECT system, resource, uri, fetched_at, data FROM vera_found "
                         "WHERE discovery_id = ? ORDER BY id"_s,
                         { discoveryId }, error))
        return false;
    enum { FoundSystem, Resource, Uri, FetchedAt, Data };
    const auto found = statements::rows(
        query,
        [](const QSqlQuery &row) {
            return VeraFoundObject {
                row.value(FoundSystem).toString(), row.value(Resource).toString(),
                row.value(Uri).toString(), support::momentFrom(row.value(FetchedAt)),
                QJsonDocument::fromJson(row.value(Data).toString().toUtf8()).object()
            };
        },
        error);
    if (!found)
        return false;
    search->found = *found;
    return true;
}

} // namespace

std::optional<QList<VeraSystem>> VeraRepository::systems(const QSqlDatabase &db, Secret secret,
                                                         ServiceError *error)
{
    const bool withSecret = secret == Secret::With;
    return statements::select(
        db,
        u"SELECT "_s + systemColumns + (withSecret ? u", secret"_s : QString())
            + u" FROM vera_systems ORDER BY domain, name"_s,
        {}, [withSecret](const QSqlQuery &row) { return systemFrom(row, withSecret); }, error);
}

bool VeraRepository::insert(const QSqlDatabase &db, const VeraSystem &s, ServiceError *error)
{
    const std::optional<statements::SecretValue> secret
        = statements::secretValue(db, u"vera_secret_in"_s, s.secret, error);
    if (!secret)
        return false;
    const bool clientCredentials = s.auth == VeraSystem::Auth::ClientCredentials;
    QVariantList values { s.name,
                          codes::code(s.domain),
                          s.baseUrl,
                          codes::code(s.auth),
                          support::nullable(clientCredentials ? s.tokenUrl : QString()),
                          support::nullable(clientCredentials ? s.clientId : QString()),
                          support::nullable(QString::fromUtf8(s.caPem)),
                          s.writeBack ? 1 : 0,
                          s.customerField,
                          support::isoMoment(s.addedAt),
                          s.addedBy };
    values << secret->values;
    QSqlQuery query(db);
    return statements::run(
        query,
        u"INSERT INTO vera_systems ("_s + systemColumns
            + u", secret) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %1)"_s.arg(secret->sql),
        values, error);
}

bool VeraRepository::remove(const QSqlDatabase &db, const QString &name, ServiceError *error)
{
    return statements::run(db, u"DELETE FROM vera_systems WHERE name = ?"_s, { name }, error);
}

std::optional<qint64> VeraRepository::insertDiscovery(const QSqlDatabase &db, qint64 caseId,
                                                      const VeraDiscoveryRecord &record,
                                                      ServiceError *error)
{
    const VeraSearch &search = record.search;
    QSqlQuery query(db);
    if (!statements::run(
            query,
            u"INSERT INTO vera_discoveries (case_id, started_at, finished_at, run_by, person_uri, "
            "unfollowed, cancelled) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            { caseId, support::isoMoment(record.startedAt), support::isoMoment(record.finishedAt),
              record.runBy, support::nullable(search.personUri),
              jsonText(QJsonArray::fromStringList(search.unfollowed)), search.cancelled ? 1 : 0 },
            error))
        return std::nullopt;
    qint64 id = 0;
    if (!statements::insertedId(db, &id, error))
        return std::nullopt;
    for (const VeraSystemResult &s : search.systems) {
        if (!statements::run(query,
                             u"INSERT INTO vera_discovery_systems (discovery_id, system, domain, "
                             "status, objects, error, resources, masks_held) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                             { id, s.name, codes::code(s.domain), codes::code(s.status), s.objects,
                               support::nullable(s.error), jsonText(resourcesJson(s.resources)),
                               s.bsnHeld.isEmpty()
                                   ? support::nullable(QString())
                                   : QVariant(jsonText(QJsonArray::fromStringList(s.bsnHeld))) },
                             error))
            return std::nullopt;
    }
    for (const VeraFoundObject &f : search.found) {
        if (!statements::run(
                query,
                u"INSERT INTO vera_found (discovery_id, system, resource, uri, "
                "fetched_at, data) VALUES (?, ?, ?, ?, ?, ?)"_s,
                { id, f.system, f.resource, f.uri, support::isoMoment(f.fetchedAt),
                  QString::fromUtf8(QJsonDocument(f.data).toJson(QJsonDocument::Compact)) },
                error))
            return std::nullopt;
    }
    return id;
}

bool VeraRepository::latestDiscovery(const QSqlDatabase &db, qint64 caseId,
                                     std::optional<VeraDiscoveryRecord> *found, ServiceError *error,
                                     Objects objects)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!statements::run(query,
                         u"SELECT id, started_at, finished_at, run_by, person_uri, unfollowed, "
                         "cancelled FROM vera_discoveries WHERE case_id = ? "
                         "ORDER BY id DESC LIMIT 1"_s,
                         { caseId }, error))
        return false;
    enum { Id, StartedAt, FinishedAt, RunBy, PersonUri, Unfollowed, Cancelled };
    if (!statements::firstRow(
            query,
            [](const QSqlQuery &row) {
                VeraDiscoveryRecord r;
                r.id = row.value(Id).toLongLong();
                r.startedAt = support::momentFrom(row.value(StartedAt));
                r.finishedAt = support::momentFrom(row.value(FinishedAt));
                r.runBy = row.value(RunBy).toString();
                r.search.personUri = row.value(PersonUri).toString();
                for (const QJsonValue &v : jsonArray(row.value(Unfollowed)))
                    r.search.unfollowed << v.toString();
                r.search.cancelled = row.value(Cancelled).toInt() == 1;
                return r;
            },
            found, error))
        return false;
    return !*found || readSystems(db, (*found)->id, &(*found)->search, objects, error);
}

bool VeraRepository::eraseDiscoveries(const QSqlDatabase &db, const QString &caseIdsSql,
                                      qint64 personId, ServiceError *error)
{
    const QString ofCases
        = u"(SELECT id FROM vera_discoveries WHERE case_id IN "_s + caseIdsSql + u')';
    return statements::run(db, u"DELETE FROM vera_found WHERE discovery_id IN "_s + ofCases,
                           { personId }, error)
        && statements::run(db,
                           u"UPDATE vera_discovery_systems SET error = NULL, masks_held = NULL, "
                           "resources = '[]' WHERE discovery_id IN "_s
                               + ofCases,
                           { personId }, error)
        && statements::run(db,
                           u"UPDATE vera_discoveries SET person_uri = NULL, unfollowed = NULL "
                           "WHERE case_id IN "_s
                               + caseIdsSql,
                           { personId }, error);
}

} // namespace pd
