#include "registers/DpiaRepository.h"

#include "store/ServiceSupport.h"
#include "store/Statements.h"

#include <QSqlQuery>
#include <QVariant>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

QStringList codeList(const QVariant &value)
{
    return value.toString().split(u',', Qt::SkipEmptyParts);
}

QVariant joined(const QStringList &values)
{
    return support::nullable(values.join(u','));
}

QVariantList rowValues(const Dpia &d)
{
    return { d.needed ? 1 : 0,
             joined(d.apList),
             joined(d.art35_3),
             joined(d.criteria),
             support::nullable(d.reason),
             support::nullableDate(d.assessedOn),
             support::nullable(d.outcome),
             support::nullable(codes::code(d.residualRisk)),
             support::nullableDate(d.consultedOn),
             support::nullable(d.consultation),
             support::nullableDate(d.reviewOn) };
}

} // namespace

std::optional<QList<Dpia>> DpiaRepository::all(const QSqlDatabase &db, ServiceError *error)
{
    // clang-format off
    enum DpiaColumn {
        Id, ActivityId, Needed, ApList, Art35_3, Criteria, Reason, AssessedOn, Outcome, Risk,
        ConsultedOn, Consultation, ReviewOn, UpdatedAt, UpdatedBy
    };
    // clang-format on
    return statements::select(
        db,
        u"SELECT id, activity_id, needed, ap_list, art35_3, criteria, reason, "
        "assessed_on, outcome, residual_risk, consulted_on, consultation, "
        "review_on, updated_at, updated_by FROM dpias ORDER BY id"_s,
        {},
        [](const QSqlQuery &row) {
            Dpia d;
            d.id = row.value(Id).toLongLong();
            d.activityId = row.value(ActivityId).toLongLong();
            d.needed = row.value(Needed).toInt() != 0;
            d.apList = codeList(row.value(ApList));
            d.art35_3 = codeList(row.value(Art35_3));
            d.criteria = codeList(row.value(Criteria));
            d.reason = row.value(Reason).toString();
            d.assessedOn = support::dateFrom(row.value(AssessedOn));
            d.outcome = row.value(Outcome).toString();
            d.residualRisk = codes::from<ResidualRisk>(row.value(Risk).toString())
                                 .value_or(ResidualRisk::Onbekend);
            d.consultedOn = support::dateFrom(row.value(ConsultedOn));
            d.consultation = row.value(Consultation).toString();
            d.reviewOn = support::dateFrom(row.value(ReviewOn));
            d.updatedAt = QDateTime::fromString(row.value(UpdatedAt).toString(), Qt::ISODateWithMs);
            d.updatedBy = row.value(UpdatedBy).toString();
            return d;
        },
        error);
}

bool DpiaRepository::insert(const QSqlDatabase &db, const Dpia &dpia, const QString &now,
                            const QString &user, ServiceError *error)
{
    return statements::run(db,
                           u"INSERT INTO dpias (needed, ap_list, art35_3, criteria, reason, "
                           "assessed_on, outcome, residual_risk, consulted_on, consultation, "
                           "review_on, activity_id, created_at, created_by, updated_at, "
                           "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                           rowValues(dpia) << dpia.activityId << now << user << now << user, error);
}

bool DpiaRepository::update(const QSqlDatabase &db, const Dpia &dpia, const QString &now,
                            const QString &user, ServiceError *error)
{
    return statements::run(db,
                           u"UPDATE dpias SET needed = ?, ap_list = ?, art35_3 = ?, criteria = ?, "
                           "reason = ?, assessed_on = ?, outcome = ?, residual_risk = ?, "
                           "consulted_on = ?, consultation = ?, review_on = ?, updated_at = ?, "
                           "updated_by = ? WHERE activity_id = ?"_s,
                           rowValues(dpia) << now << user << dpia.activityId, error);
}

} // namespace pd
