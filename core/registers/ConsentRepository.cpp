// The SQL of person_consents (ConsentRepository.h).
#include "registers/ConsentRepository.h"

#include "persons/PersonRepository.h"
#include "store/ServiceSupport.h"
#include "store/Statements.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pd {

using namespace support;
using namespace Qt::StringLiterals;

namespace {

// A whole consent with its person (consentFrom reads a row of it).
QString consentSelect()
{
    return QStringLiteral("SELECT k.id, k.person_id, ") + PersonRepository::labelSql(u"p")
        + QStringLiteral(", k.purpose, k.given_on, k.given_how, k.created_by, k.withdrawn_on, "
                         "k.withdrawn_how, k.withdrawn_by FROM person_consents k ")
        + PersonRepository::joinSql(u"p", u"k.person_id");
}
// consentSelect()'s columns, in its order (labelSql: the customer number, then the name).
// clang-format off
enum ConsentColumn {
    Id, PersonId, Klantnummer, PersonName, Purpose, GivenOn, GivenHow, CreatedBy, WithdrawnOn,
    WithdrawnHow, WithdrawnBy
};
// clang-format on

PersonConsent consentFrom(const QSqlQuery &q)
{
    PersonConsent c;
    c.id = q.value(Id).toLongLong();
    c.personId = q.value(PersonId).toLongLong();
    c.klantnummer = q.value(Klantnummer).toString();
    c.personName = q.value(PersonName).toString();
    c.purpose = q.value(Purpose).toString();
    c.givenOn = dateFrom(q.value(GivenOn));
    c.givenHow = q.value(GivenHow).toString();
    c.recordedBy = q.value(CreatedBy).toString();
    c.withdrawnOn = dateFrom(q.value(WithdrawnOn));
    c.withdrawnHow = q.value(WithdrawnHow).toString();
    c.withdrawnBy = q.value(WithdrawnBy).toString();
    return c;
}

std::optional<QList<PersonConsent>> listed(const QSqlDatabase &db, const QString &condition,
                                           const QVariantList &values, ServiceError *error)
{
    return statements::select(db,
                              consentSelect() + u" WHERE "_s + condition
                                  + u" ORDER BY (k.withdrawn_on IS NOT NULL), k.given_on, k.id"_s,
                              values, consentFrom, error);
}

} // namespace

bool ConsentRepository::insert(const QSqlDatabase &db, PersonConsent *consent,
                               const QString &createdAt, ServiceError *error)
{
    return statements::insert(
        db,
        u"INSERT INTO person_consents (person_id, purpose, given_on, given_how, "
        "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)"_s,
        { consent->personId, consent->purpose, isoDate(consent->givenOn), consent->givenHow,
          createdAt, consent->recordedBy },
        &consent->id, error);
}

bool ConsentRepository::withdraw(const QSqlDatabase &db, qint64 id, QDate withdrawnOn,
                                 const QString &how, const QString &withdrawnBy,
                                 ServiceError *error)
{
    QSqlQuery query(db);
    if (!statements::run(query,
                         u"UPDATE person_consents SET withdrawn_on = ?, withdrawn_how = ?, "
                         "withdrawn_by = ? WHERE id = ? AND withdrawn_on IS NULL"_s,
                         { isoDate(withdrawnOn), how, withdrawnBy, id }, error))
        return false;
    if (query.numRowsAffected() == 1)
        return true;
    // Withdrawn by someone else since it was read (ConsentService::withdraw checked first).
    //: Dutch: "Toestemming %1 is intussen al ingetrokken."
    *error = invalid(
        QCoreApplication::translate("pd::ConsentService", "Consent %1 has been withdrawn already.")
            .arg(id));
    return false;
}

bool ConsentRepository::byId(const QSqlDatabase &db, qint64 id, std::optional<PersonConsent> *found,
                             ServiceError *error)
{
    return statements::selectFirst(db, consentSelect() + u" WHERE k.id = ?"_s, { id }, consentFrom,
                                   found, error);
}

std::optional<QList<PersonConsent>>
ConsentRepository::ofPerson(const QSqlDatabase &db, qint64 personId, ServiceError *error)
{
    return listed(db, u"k.person_id = ?"_s, { personId }, error);
}

std::optional<QList<PersonConsent>> ConsentRepository::all(const QSqlDatabase &db, bool activeOnly,
                                                           ServiceError *error)
{
    return listed(db, activeOnly ? u"k.withdrawn_on IS NULL"_s : u"1 = 1"_s, {}, error);
}

bool ConsentRepository::eraseTextsOf(const QSqlDatabase &db, qint64 personId, ServiceError *error)
{
    return statements::run(db,
                           u"UPDATE person_consents SET purpose = '', given_how = '', "
                           "withdrawn_how = CASE WHEN withdrawn_how IS NULL THEN NULL ELSE '' "
                           "END WHERE person_id = ?"_s,
                           { personId }, error);
}

} // namespace pd
