#include "registers/RecipientRepository.h"

#include "sql/Dialect.h"
#include "store/ServiceSupport.h"
#include "store/Statements.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

using statements::failed;
using statements::run;

const QString columns = u"id, name, category, role, contact, agreement_signed, agreement_review, "
                        "processes, in_eu, country, removed_at"_s;
// The columns of `columns`, in its order.
// clang-format off
enum RecipientColumn {
    Id, Name, Category, Role, Contact, AgreementSigned, AgreementReview, Processes, InEu, Country,
    RemovedAt
};
// clang-format on

Recipient fromQuery(const QSqlQuery &q)
{
    Recipient r;
    r.id = q.value(Id).toLongLong();
    r.name = q.value(Name).toString();
    r.category = codes::from<RecipientCategory>(q.value(Category).toString())
                     .value_or(RecipientCategory::Overig);
    r.role
        = codes::from<RecipientRole>(q.value(Role).toString()).value_or(RecipientRole::Ontvanger);
    r.contact = q.value(Contact).toString();
    r.agreement.signedOn = support::dateFrom(q.value(AgreementSigned));
    r.agreement.reviewOn = support::dateFrom(q.value(AgreementReview));
    r.agreement.processes = q.value(Processes).toString();
    if (!q.value(InEu).isNull())
        r.agreement.inEu = q.value(InEu).toInt() != 0;
    r.agreement.country = q.value(Country).toString();
    r.archived = !q.value(RemovedAt).isNull();
    return r;
}

// The first row of a read by key: false when the read failed, *found empty when there is none.
bool one(const QSqlDatabase &db, const QString &where, const QVariant &value,
         std::optional<Recipient> *found, ServiceError *error)
{
    *found = std::nullopt;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query, u"SELECT "_s + columns + u" FROM recipients WHERE "_s + where, { value },
             error))
        return false;
    if (!query.next())
        return !query.lastError().isValid() || failed(query, error);
    *found = fromQuery(query);
    return true;
}

// The values of a row as insert() and update() bind them, in the columns' order.
QVariantList rowValues(const Recipient &r, const QString &now)
{
    using support::nullable;
    return { r.name,
             codes::code(r.category),
             codes::code(r.role),
             nullable(r.contact),
             support::nullableDate(r.agreement.signedOn),
             support::nullableDate(r.agreement.reviewOn),
             nullable(r.agreement.processes),
             r.agreement.inEu ? QVariant(*r.agreement.inEu ? 1 : 0)
                              : QVariant(QMetaType(QMetaType::Int)),
             nullable(r.agreement.country),
             now };
}

} // namespace

QString RecipientRepository::joinSql(QStringView alias, QStringView key)
{
    return u"JOIN recipients %1 ON %1.id = %2"_s.arg(alias, key);
}

QString RecipientRepository::leftJoinSql(QStringView alias, QStringView key)
{
    return u"LEFT "_s + joinSql(alias, key);
}

QString RecipientRepository::tableSql(QStringView alias)
{
    return u"recipients "_s + alias;
}

std::optional<QStringList> RecipientRepository::categoryCodes(const QSqlDatabase &db,
                                                              ServiceError *error)
{
    return statements::texts(db, u"SELECT code FROM recipient_categories ORDER BY position"_s, {},
                             error);
}

std::optional<QList<Recipient>> RecipientRepository::all(const QSqlDatabase &db,
                                                         bool includeArchived, ServiceError *error)
{
    return statements::select(db,
                              u"SELECT "_s + columns + u" FROM recipients"_s
                                  + (includeArchived ? QString() : u" WHERE removed_at IS NULL"_s),
                              {}, fromQuery, error);
}

bool RecipientRepository::byId(const QSqlDatabase &db, qint64 id, std::optional<Recipient> *found,
                               ServiceError *error)
{
    return one(db, u"id = ?"_s, id, found, error);
}

bool RecipientRepository::activeByName(const QSqlDatabase &db, const QString &name,
                                       std::optional<Recipient> *found, ServiceError *error)
{
    return one(db, u"lower(name) = lower(?) AND removed_at IS NULL"_s, name, found, error);
}

QString RecipientRepository::overdueAgreementsSql(const QSqlDatabase &db)
{
    return u"SELECT id, name, agreement_review FROM recipients WHERE role = 'verwerker' AND "
           "removed_at IS NULL AND (agreement_signed IS NULL OR agreement_signed = '' OR "
           "agreement_review < ?) ORDER BY "_s
        + sql::orderTerm(db, u"agreement_review"_s, false) + u", "_s + sql::byteOrder(db, u"name"_s)
        + u", id"_s;
}

std::optional<qint64> RecipientRepository::insert(const QSqlDatabase &db, const Recipient &r,
                                                  const QString &now, const QString &actor,
                                                  ServiceError *error)
{
    return statements::inserted(
        db,
        u"INSERT INTO recipients (name, category, role, contact, agreement_signed, "
        "agreement_review, processes, in_eu, country, updated_at, created_at, created_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        rowValues(r, now) << now << actor, error);
}

bool RecipientRepository::update(const QSqlDatabase &db, const Recipient &r, const QString &now,
                                 ServiceError *error)
{
    return run(db,
               u"UPDATE recipients SET name = ?, category = ?, role = ?, contact = ?, "
               "agreement_signed = ?, agreement_review = ?, processes = ?, in_eu = ?, "
               "country = ?, updated_at = ? WHERE id = ?"_s,
               rowValues(r, now) << r.id, error);
}

bool RecipientRepository::archive(const QSqlDatabase &db, qint64 id, const QString &now,
                                  ServiceError *error)
{
    return run(db, u"UPDATE recipients SET removed_at = ?, updated_at = ? WHERE id = ?"_s,
               { now, now, id }, error);
}

bool RecipientRepository::remove(const QSqlDatabase &db, qint64 id, ServiceError *error)
{
    return run(db, u"DELETE FROM recipients WHERE id = ?"_s, { id }, error);
}

} // namespace pd
