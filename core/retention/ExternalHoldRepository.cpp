// The SQL of external_holds (ExternalHoldRepository.h).
#include "retention/ExternalHoldRepository.h"

#include "breaches/BreachRepository.h"
#include "cases/CaseRepository.h"
#include "store/ServiceSupport.h"
#include "store/Statements.h"
#include "util/Clock.h"

#include <QSqlQuery>

namespace pd {

using namespace support;
using namespace Qt::StringLiterals;

namespace {

// holdSelect()'s columns, in its order.
enum HoldColumn {
    Id,
    CaseNumber,
    BreachNumber,
    System,
    Secured,
    RecordedOn,
    PeriodAmount,
    PeriodUnit,
    OverwrittenOn,
    SecuredOn,
    SecuredBy,
    KeptUntil,
    CreatedBy,
    ReleasedOn,
    ReleasedBy,
    ReleaseReason,
    CaseClosedOn,
    BreachClosedAt
};

QString holdSelect()
{
    return u"SELECT h.id, "_s + CaseRepository::numberSql() + u", "_s
        + BreachRepository::numberSql(u"b")
        + u", h.system, h.secured, h.recorded_on, "
          "h.period_amount, h.period_unit, h.overwritten_on, h.secured_on, h.secured_by, "
          "h.kept_until, h.created_by, h.released_on, h.released_by, h.release_reason, "_s
        // The day its request closed (the answer's), or its breach.
        + u"CASE WHEN "_s + CaseRepository::isOpenSql() + u" THEN NULL ELSE "_s
        + CaseRepository::closedDateSql() + u" END, "_s + BreachRepository::closedAtSql(u"b")
        + u" FROM external_holds h LEFT "_s + CaseRepository::joinSql(u"c", u"h.case_id")
        + u" LEFT "_s + BreachRepository::joinSql(u"b", u"h.breach_id");
}

ExternalHold holdFrom(const QSqlQuery &q)
{
    ExternalHold h;
    h.id = q.value(Id).toLongLong();
    h.caseNumber = q.value(CaseNumber).toString();
    h.breachNumber = q.value(BreachNumber).toString();
    h.system = q.value(System).toString();
    h.secured = q.value(Secured).toString();
    h.recordedOn = dateFrom(q.value(RecordedOn));
    h.period = { q.value(PeriodAmount).toInt(),
                 RetentionCalendar::unitFromCode(q.value(PeriodUnit).toString())
                     .value_or(RetentionUnit::Weeks) };
    h.overwrittenOn = dateFrom(q.value(OverwrittenOn));
    h.securedOn = dateFrom(q.value(SecuredOn));
    h.securedBy = q.value(SecuredBy).toString();
    h.keptUntil = dateFrom(q.value(KeptUntil));
    h.createdBy = q.value(CreatedBy).toString();
    h.releasedOn = dateFrom(q.value(ReleasedOn));
    h.releasedBy = q.value(ReleasedBy).toString();
    h.releaseReason = q.value(ReleaseReason).toString();
    const QDateTime breachClosed
        = BreachCodes::momentFromStored(q.value(BreachClosedAt).toString());
    h.ownerClosedOn = !h.caseNumber.isEmpty() ? dateFrom(q.value(CaseClosedOn))
        : breachClosed.isValid()              ? organisationDay(breachClosed)
                                              : QDate();
    return h;
}

std::optional<QList<ExternalHold>> listed(const QSqlDatabase &db, const QString &condition,
                                          const QString &order, const QVariantList &values,
                                          ServiceError *error)
{
    return statements::select(db, holdSelect() + u" WHERE "_s + condition + u" ORDER BY "_s + order,
                              values, holdFrom, error);
}

// One row changed, or the hold was not there to change (released already, another id).
bool changedOne(QSqlQuery &query, qint64 id, ServiceError *error)
{
    if (query.numRowsAffected() == 1)
        return true;
    *error = invalid(QStringLiteral("external hold %1 is not held").arg(id));
    return false;
}

} // namespace

bool ExternalHoldRepository::insert(const QSqlDatabase &db, Owner owner, qint64 ownerId,
                                    ExternalHold *hold, const QString &createdAt,
                                    ServiceError *error)
{
    return statements::insert(
        db,
        u"INSERT INTO external_holds (case_id, breach_id, system, secured, recorded_on, "
        "period_amount, period_unit, overwritten_on, secured_on, secured_by, kept_until, "
        "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { owner == Owner::Case ? QVariant(ownerId) : QVariant(),
          owner == Owner::Breach ? QVariant(ownerId) : QVariant(), hold->system, hold->secured,
          isoDate(hold->recordedOn), hold->period.amount,
          RetentionCalendar::unitCode(hold->period.unit), isoDate(hold->overwrittenOn),
          nullableDate(hold->securedOn), nullable(hold->securedBy), nullableDate(hold->keptUntil),
          createdAt, hold->createdBy },
        &hold->id, error);
}

bool ExternalHoldRepository::markSecured(const QSqlDatabase &db, qint64 id, QDate securedOn,
                                         const QString &securedBy, ServiceError *error)
{
    QSqlQuery query(db);
    return statements::run(query,
                           u"UPDATE external_holds SET secured_on = ?, secured_by = ? "
                           "WHERE id = ? AND released_on IS NULL AND secured_on IS NULL"_s,
                           { isoDate(securedOn), securedBy, id }, error)
        && changedOne(query, id, error);
}

bool ExternalHoldRepository::release(const QSqlDatabase &db, qint64 id, QDate releasedOn,
                                     const QString &releasedBy, const QString &reason,
                                     ServiceError *error)
{
    QSqlQuery query(db);
    return statements::run(query,
                           u"UPDATE external_holds SET released_on = ?, released_by = ?, "
                           "release_reason = ? WHERE id = ? AND released_on IS NULL"_s,
                           { isoDate(releasedOn), releasedBy, reason, id }, error)
        && changedOne(query, id, error);
}

bool ExternalHoldRepository::setKeptUntil(const QSqlDatabase &db, qint64 id, QDate keptUntil,
                                          ServiceError *error)
{
    QSqlQuery query(db);
    return statements::run(query,
                           u"UPDATE external_holds SET kept_until = ? "
                           "WHERE id = ? AND released_on IS NULL"_s,
                           { isoDate(keptUntil), id }, error)
        && changedOne(query, id, error);
}

bool ExternalHoldRepository::byId(const QSqlDatabase &db, qint64 id,
                                  std::optional<ExternalHold> *found, ServiceError *error)
{
    return statements::selectFirst(db, holdSelect() + u" WHERE h.id = ?"_s, { id }, holdFrom, found,
                                   error);
}

std::optional<QList<ExternalHold>> ExternalHoldRepository::of(const QSqlDatabase &db, Owner owner,
                                                              const QString &number,
                                                              ServiceError *error)
{
    return listed(db,
                  owner == Owner::Case ? CaseRepository::numberSql() + u" = ?"_s
                                       : BreachRepository::numberSql(u"b") + u" = ?"_s,
                  u"h.id"_s, { number }, error);
}

bool ExternalHoldRepository::eraseTextsOf(const QSqlDatabase &db, const QString &caseIdsSql,
                                          qint64 personId, ServiceError *error)
{
    return statements::run(db,
                           u"UPDATE external_holds SET secured = '', release_reason = NULL "
                           "WHERE case_id IN "_s
                               + caseIdsSql,
                           { personId }, error);
}

std::optional<QList<ExternalHold>> ExternalHoldRepository::held(const QSqlDatabase &db,
                                                                ServiceError *error)
{
    return listed(db, u"h.released_on IS NULL"_s, u"h.overwritten_on, h.id"_s, {}, error);
}

} // namespace pd
