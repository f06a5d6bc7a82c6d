// The DPIA register (art. 35 AVG): its rules, its reads and its units.

#include "domain/CodeTable.h"
#include "registers/Dpia.h"
#include "registers/DpiaRepository.h"
#include "registers/ProcessingRegister.h"
#include "registers/ProcessingRegisterRepository.h"
#include "session/UnitOfWork.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"

#include <QJsonArray>

#include <algorithm>

namespace pd {

namespace {

// A refusal before the unit writes: nothing recorded, *error says why.
bool refuse(ServiceError *error, const ServiceError &why)
{
    *error = why;
    return false;
}

const QString entity = QStringLiteral("dpia");

constexpr codes::Entry<ResidualRisk> riskTable[] = {
    //: Dutch: "Onbekend"
    { ResidualRisk::Onbekend, "", QT_TRANSLATE_NOOP("pd::DpiaRegister", "Unknown") },
    //: Dutch: "Laag"
    { ResidualRisk::Laag, "laag", QT_TRANSLATE_NOOP("pd::DpiaRegister", "Low") },
    //: Dutch: "Middel"
    { ResidualRisk::Middel, "middel", QT_TRANSLATE_NOOP("pd::DpiaRegister", "Medium") },
    //: Dutch: "Hoog"
    { ResidualRisk::Hoog, "hoog", QT_TRANSLATE_NOOP("pd::DpiaRegister", "High") },
};

// The codes of list that are not on it.
QStringList unknownCodes(DpiaLists::List list, const QStringList &given)
{
    QStringList known;
    for (const DpiaListItem &item : DpiaLists::items(list))
        known << item.code;
    QStringList unknown;
    for (const QString &code : given) {
        if (!known.contains(code))
            unknown << code;
    }
    return unknown;
}

} // namespace

template<> const codes::Vocabulary<ResidualRisk> &codes::vocabulary<ResidualRisk>()
{
    static constexpr codes::Vocabulary<ResidualRisk> v { riskTable, "pd::DpiaRegister" };
    return v;
}

DpiaRegister::DpiaRegister(const Session &session)
    : m_session(session)
{ }

std::optional<QList<Dpia>> DpiaRegister::list(ServiceError *error) const
{
    if (!m_session.permit(Permission::ViewRegisters, QStringLiteral("dpia.read"), {}, error))
        return std::nullopt;
    // The register reads each activity's assessment, in its own order.
    ServiceError failure;
    const QList<ProcessingActivity> activities = ProcessingRegister(m_session).list(&failure);
    if (failure.isError()) {
        *error = failure;
        return std::nullopt;
    }
    QList<Dpia> dpias;
    for (const ProcessingActivity &a : activities) {
        if (a.dpia)
            dpias << *a.dpia;
    }
    return dpias;
}

std::optional<Dpia> DpiaRegister::find(const QString &subCode, ServiceError *error) const
{
    const auto all = list(error);
    if (!all)
        return std::nullopt;
    for (const Dpia &d : *all) {
        if (d.activityCode.compare(subCode.trimmed(), Qt::CaseInsensitive) == 0)
            return d;
    }
    //: Dutch: "Verwerking %1 heeft geen DPIA-beoordeling."
    *error = { ServiceError::Code::NotFound,
               tr("Processing activity %1 has no DPIA assessment.").arg(subCode) };
    return std::nullopt;
}

std::optional<QList<Dpia>> DpiaRegister::dueForReview(ServiceError *error) const
{
    auto all = list(error);
    if (!all)
        return std::nullopt;
    const QDate today = m_session.clock().today();
    all->removeIf([today](const Dpia &d) { return !d.reviewDue(today); });
    return all;
}

std::optional<Dpia> DpiaRegister::add(const Dpia &dpia, BsnCheck bsnCheck, ServiceError *error)
{
    if (!write(dpia, true, bsnCheck, error))
        return std::nullopt;
    return find(dpia.activityCode, error);
}

std::optional<Dpia> DpiaRegister::update(const Dpia &dpia, BsnCheck bsnCheck, ServiceError *error)
{
    if (!write(dpia, false, bsnCheck, error))
        return std::nullopt;
    return find(dpia.activityCode, error);
}

bool DpiaRegister::write(const Dpia &given, bool isNew, BsnCheck bsnCheck, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters,
                    isNew ? QStringLiteral("dpia.created") : QStringLiteral("dpia.changed"),
                    given.activityCode);
    if (!unit.permit(error))
        return false;
    Dpia d = given;
    d.reason = d.reason.trimmed();
    d.outcome = d.outcome.trimmed();
    d.consultation = d.consultation.trimmed();
    const auto activity = ProcessingRegister(m_session).findByCode(d.activityCode, error);
    if (!activity)
        return false;
    d.activityId = activity->id;
    d.activityCode = activity->subCode;
    const auto existing = find(d.activityCode, error);
    if (!existing && error->code != ServiceError::Code::NotFound)
        return false;
    *error = {};
    if (isNew && existing)
        //: Dutch: "Verwerking %1 heeft al een DPIA-beoordeling: wijzig die met dpia set."
        return refuse(error,
                      support::invalid(tr("Processing activity %1 already has a DPIA "
                                          "assessment: change it with dpia set.")
                                           .arg(d.activityCode)));
    if (!isNew && !existing)
        return refuse(error,
                      { ServiceError::Code::NotFound,
                        tr("Processing activity %1 has no DPIA assessment.").arg(d.activityCode) });
    if (const QStringList problems = validate(d); !problems.isEmpty())
        return refuse(error, support::invalid(problems.join(u' ')));
    //: Dutch: "Waarom (niet) nodig"
    if (!unit.guard({ { tr("Why (not) needed"), d.reason },
                      //: Dutch: "Uitkomst"
                      { tr("Outcome"), d.outcome },
                      //: Dutch: "Raadpleging AP"
                      { tr("Consultation of the AP"), d.consultation } },
                    bsnCheck, error))
        return false;
    const QJsonObject after = toJson(d);
    const QJsonObject change = isNew ? after : jsonDifference(toJson(*existing), after);
    if (!isNew && change.isEmpty())
        return true;
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            const QString now = m_session.clock().now().toUTC().toString(Qt::ISODateWithMs);
            const QString user = write.session().userName();
            const QSqlDatabase db = m_session.store().database();
            if (!(isNew ? DpiaRepository::insert(db, d, now, user, failure)
                        : DpiaRepository::update(db, d, now, user, failure)))
                return false;
            write.record(entity, d.activityCode, unit.action(), change);
            return true;
        },
        error);
}

DpiaIndication DpiaRegister::indication(const Dpia &dpia)
{
    if (!dpia.apList.isEmpty() || !dpia.art35_3.isEmpty())
        return DpiaIndication::Required;
    return dpia.criteria.size() >= 2 ? DpiaIndication::Likely : DpiaIndication::NotIndicated;
}

QStringList DpiaRegister::validate(const Dpia &d)
{
    QStringList problems;
    if (d.activityCode.trimmed().isEmpty())
        //: Dutch: "Kies de verwerking."
        problems << tr("Choose the processing activity.");
    using L = DpiaLists::List;
    for (const auto &[list, given] :
         { std::pair { L::ApList, d.apList }, std::pair { L::Art35_3, d.art35_3 },
           std::pair { L::Criteria, d.criteria } }) {
        if (const QStringList unknown = unknownCodes(list, given); !unknown.isEmpty())
            //: Dutch: "Geen bekende code: %1."
            problems << tr("Not a known code: %1.").arg(unknown.join(QStringLiteral(", ")));
    }
    if (!d.needed && !d.apList.isEmpty())
        //: Dutch: "Deze verwerking staat op de lijst van de AP (%1): een DPIA is dan altijd verplicht (art. 35 lid 4 AVG)."
        problems << tr("This processing is on the AP's list (%1): a DPIA is then always "
                       "required (art. 35(4) GDPR).")
                        .arg(DpiaLists::label(L::ApList, d.apList.first()));
    if (!d.needed && !d.art35_3.isEmpty())
        //: Dutch: "Art. 35 lid 3 sub %1 AVG geldt: een DPIA is dan vereist."
        problems
            << tr("Art. 35(3)(%1) GDPR applies: a DPIA is then required.").arg(d.art35_3.first());
    if (!d.needed && d.reason.trimmed().isEmpty())
        problems
            << (d.criteria.size() >= 2
                    //: Dutch: "Twee of meer criteria van de EDPB: een DPIA is waarschijnlijk nodig. Leg uit waarom die niet nodig is."
                    ? tr("Two or more criteria of the EDPB: a DPIA is likely needed. "
                         "Explain why it is not.")
                    //: Dutch: "Leg uit waarom geen DPIA nodig is."
                    : tr("Explain why no DPIA is needed."));
    if (!d.assessedOn.isValid()
        && (!d.outcome.trimmed().isEmpty() || d.residualRisk != ResidualRisk::Onbekend))
        //: Dutch: "Een uitkomst of restrisico hoort bij een DPIA: vul de datum van de DPIA in."
        problems << tr("An outcome or residual risk belongs to a DPIA: fill in the date of the "
                       "DPIA.");
    if (d.reviewOn.isValid() && d.assessedOn.isValid() && d.reviewOn < d.assessedOn)
        //: Dutch: "De herbeoordeling ligt vóór de DPIA."
        problems << tr("The review date lies before the DPIA.");
    if (d.consultedOn.isValid() && d.residualRisk != ResidualRisk::Hoog)
        //: Dutch: "De AP wordt vooraf geraadpleegd als het restrisico hoog blijft (art. 36 lid 1 AVG): zet het restrisico op hoog."
        problems << tr("The AP is consulted beforehand when the residual risk stays high "
                       "(art. 36(1) GDPR): set the residual risk to high.");
    return problems;
}

QStringList DpiaRegister::warnings(const Dpia &d, QDate today)
{
    QStringList result;
    if (d.needed && !d.done())
        //: Dutch: "Een DPIA is nodig en nog niet gedaan: doe die vóór de verwerking (art. 35 lid 1 AVG)."
        result << tr("A DPIA is needed and not done yet: do it before the processing "
                     "(art. 35(1) GDPR).");
    if (d.consultationMissing())
        //: Dutch: "Het restrisico blijft hoog: raadpleeg de AP vóór de verwerking (art. 36 lid 1 AVG)."
        result << tr("The residual risk stays high: consult the AP before the processing "
                     "(art. 36(1) GDPR).");
    if (d.reviewDue(today))
        //: Dutch: "Herbeoordeling was gepland op %1."
        result << tr("The review was due on %1.")
                      .arg(QLocale().toString(d.reviewOn, QLocale::ShortFormat));
    return result;
}

QString DpiaRegister::status(const std::optional<Dpia> &dpia)
{
    if (!dpia)
        //: Dutch: "Niet beoordeeld"
        return tr("Not assessed");
    if (dpia->done())
        //: Dutch: "DPIA %1"
        return tr("DPIA %1").arg(support::isoDate(dpia->assessedOn));
    if (dpia->needed)
        //: Dutch: "DPIA nodig, nog niet gedaan"
        return tr("DPIA needed, not done");
    //: Dutch: "Geen DPIA nodig"
    return tr("No DPIA needed");
}

QJsonObject DpiaRegister::toJson(const Dpia &d)
{
    return {
        { QStringLiteral("activity"), d.activityCode },
        { QStringLiteral("activityName"), d.activityName },
        { QStringLiteral("needed"), d.needed },
        { QStringLiteral("apList"), QJsonArray::fromStringList(d.apList) },
        { QStringLiteral("art35_3"), QJsonArray::fromStringList(d.art35_3) },
        { QStringLiteral("criteria"), QJsonArray::fromStringList(d.criteria) },
        { QStringLiteral("reason"), d.reason },
        { QStringLiteral("assessedOn"), support::jsonDate(d.assessedOn) },
        { QStringLiteral("outcome"), d.outcome },
        { QStringLiteral("residualRisk"), codes::code(d.residualRisk) },
        { QStringLiteral("consultedOn"), support::jsonDate(d.consultedOn) },
        { QStringLiteral("consultation"), d.consultation },
        { QStringLiteral("reviewOn"), support::jsonDate(d.reviewOn) },
    };
}

} // namespace pd
