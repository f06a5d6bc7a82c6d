// The SQL of person_restrictions (RestrictionRepository.h).
#include "cases/RestrictionRepository.h"

#include "cases/CaseRepository.h"
#include "persons/PersonRepository.h"
#include "store/ServiceSupport.h"
#include "store/Statements.h"

#include <QSqlQuery>

namespace pd {

using namespace support;
using namespace Qt::StringLiterals;

namespace {

// restrictionSelect()'s columns, in its order.
enum RestrictionColumn {
    RestrictionId,
    RestrictionPersonId,
    RestrictionKlantnummer,
    RestrictionName,
    RestrictionCaseNumber,
    RestrictionData,
    RestrictionGroundCode,
    RestrictionReason,
    RestrictionStartedOn,
    RestrictionCreatedBy,
    RestrictionLiftedOn,
    RestrictionLiftedBy,
    RestrictionLiftLetterId
};

// A whole restriction with its person and request (restrictionFrom reads a row of it).
QString restrictionSelect()
{
    return QStringLiteral("SELECT r.id, r.person_id, ") + PersonRepository::labelSql(u"p")
        + QStringLiteral(", c.number, r.data, r.ground, r.reason, r.started_on, r.created_by, "
                         "r.lifted_on, r.lifted_by, r.lift_letter_id FROM person_restrictions r ")
        + PersonRepository::joinSql(u"p", u"r.person_id") + u" LEFT "_s
        + CaseRepository::joinSql(u"c", u"r.case_id");
}

PersonRestriction restrictionFrom(const QSqlQuery &q)
{
    PersonRestriction r;
    r.id = q.value(RestrictionId).toLongLong();
    r.personId = q.value(RestrictionPersonId).toLongLong();
    r.klantnummer = q.value(RestrictionKlantnummer).toString();
    r.personName = q.value(RestrictionName).toString();
    r.caseNumber = q.value(RestrictionCaseNumber).toString();
    r.data = q.value(RestrictionData).toString();
    r.ground = codes::from<RestrictionGround>(q.value(RestrictionGroundCode).toString())
                   .value_or(RestrictionGround::Accuracy);
    r.reason = q.value(RestrictionReason).toString();
    r.startedOn = dateFrom(q.value(RestrictionStartedOn));
    r.createdBy = q.value(RestrictionCreatedBy).toString();
    r.liftedOn = dateFrom(q.value(RestrictionLiftedOn));
    r.liftedBy = q.value(RestrictionLiftedBy).toString();
    r.liftLetterId = q.value(RestrictionLiftLetterId).toLongLong();
    return r;
}

std::optional<QList<PersonRestriction>> listed(const QSqlDatabase &db, const QString &condition,
                                               const QVariantList &values, ServiceError *error)
{
    return statements::select(db,
                              restrictionSelect() + u" WHERE "_s + condition
                                  + u" ORDER BY (r.lifted_on IS NOT NULL), r.started_on, r.id"_s,
                              values, restrictionFrom, error);
}

} // namespace

bool RestrictionRepository::insert(const QSqlDatabase &db, PersonRestriction *restriction,
                                   qint64 caseId, const QString &createdAt, ServiceError *error)
{
    return statements::insert(db,
                              u"INSERT INTO person_restrictions (person_id, case_id, data, ground, "
                              "reason, started_on, created_at, created_by) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                              { restriction->personId, caseId > 0 ? QVariant(caseId) : QVariant(),
                                restriction->data, codes::code(restriction->ground),
                                restriction->reason, isoDate(restriction->startedOn), createdAt,
                                restriction->createdBy },
                              &restriction->id, error);
}

bool RestrictionRepository::lift(const QSqlDatabase &db, qint64 id, QDate liftedOn,
                                 const QString &liftedBy, qint64 letterId, ServiceError *error)
{
    QSqlQuery query(db);
    if (!statements::run(query,
                         u"UPDATE person_restrictions SET lifted_on = ?, lifted_by = ?, "
                         "lift_letter_id = ? WHERE id = ? AND lifted_on IS NULL"_s,
                         { isoDate(liftedOn), liftedBy, letterId, id }, error))
        return false;
    if (query.numRowsAffected() == 1)
        return true;
    *error = invalid(QStringLiteral("restriction %1 is not in force").arg(id));
    return false;
}

bool RestrictionRepository::byId(const QSqlDatabase &db, qint64 id,
                                 std::optional<PersonRestriction> *found, ServiceError *error)
{
    return statements::selectFirst(db, restrictionSelect() + u" WHERE r.id = ?"_s, { id },
                                   restrictionFrom, found, error);
}

std::optional<QList<PersonRestriction>>
RestrictionRepository::ofPerson(const QSqlDatabase &db, qint64 personId, ServiceError *error)
{
    return listed(db, u"r.person_id = ?"_s, { personId }, error);
}

std::optional<QList<PersonRestriction>>
RestrictionRepository::all(const QSqlDatabase &db, bool activeOnly, ServiceError *error)
{
    return listed(db, activeOnly ? u"r.lifted_on IS NULL"_s : u"1 = 1"_s, {}, error);
}

std::optional<QList<PersonRestriction>>
RestrictionRepository::ofCase(const QSqlDatabase &db, qint64 caseId, ServiceError *error)
{
    return listed(db, u"r.case_id = ?"_s, { caseId }, error);
}

std::optional<QList<PersonRestriction>>
RestrictionRepository::markersOf(const QSqlDatabase &db, qint64 personId, ServiceError *error)
{
    enum Column { Id, PersonId, Data, Ground, StartedOn }; // the SELECT's, in its order
    return statements::select(
        db,
        u"SELECT id, person_id, data, ground, started_on FROM "
        "person_restrictions WHERE person_id = ? AND lifted_on IS NULL "
        "ORDER BY started_on, id"_s,
        { personId },
        [](const QSqlQuery &q) {
            PersonRestriction r;
            r.id = q.value(Id).toLongLong();
            r.personId = q.value(PersonId).toLongLong();
            r.data = q.value(Data).toString();
            r.ground = codes::from<RestrictionGround>(q.value(Ground).toString())
                           .value_or(RestrictionGround::Accuracy);
            r.startedOn = dateFrom(q.value(StartedOn));
            return r;
        },
        error);
}

bool RestrictionRepository::eraseTextsOf(const QSqlDatabase &db, qint64 personId,
                                         ServiceError *error)
{
    return statements::run(db,
                           u"UPDATE person_restrictions SET data = '', reason = '' "
                           "WHERE person_id = ?"_s,
                           { personId }, error);
}

QString RestrictionRepository::activeExistsSql(const QString &personIdSql)
{
    return u"EXISTS (SELECT 1 FROM person_restrictions rs WHERE rs.person_id = "_s + personIdSql
        + u" AND rs.lifted_on IS NULL)"_s;
}

} // namespace pd
