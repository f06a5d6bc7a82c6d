#include "vera/VeraRepository.h"

#include "store/ServiceSupport.h"
#include "store/Statements.h"

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
    s.addedAt = QDateTime::fromString(row.value(AddedAt).toString(), Qt::ISODateWithMs);
    s.addedBy = row.value(AddedBy).toString();
    if (withSecret)
        s.secret = row.value(Secret).toByteArray();
    return s;
}

} // namespace

std::optional<QList<VeraSystem>> VeraRepository::systems(const QSqlDatabase &db, Secret secret,
                                                         ServiceError *error)
{
    const bool withSecret = secret == Secret::With;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!statements::run(query,
                         u"SELECT "_s + systemColumns + (withSecret ? u", secret"_s : QString())
                             + u" FROM vera_systems ORDER BY domain, name"_s,
                         {}, error))
        return std::nullopt;
    return statements::rows(
        query, [withSecret](const QSqlQuery &row) { return systemFrom(row, withSecret); }, error);
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
                          s.addedAt.toUTC().toString(Qt::ISODateWithMs),
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
    QSqlQuery query(db);
    return statements::run(query, u"DELETE FROM vera_systems WHERE name = ?"_s, { name }, error);
}

} // namespace pd
