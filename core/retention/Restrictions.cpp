// The restriction of processing on a person (Restrictions.h).
#include "retention/Restrictions.h"

#include "cases/CaseRepository.h"
#include "cases/CaseService.h"
#include "cases/RestrictionDecision.h"
#include "cases/RestrictionRepository.h"
#include "letters/LetterRepository.h"
#include "letters/Letters.h"
#include "persons/PersonRepository.h"
#include "retention/ExternalHolds.h"
#include "session/UnitOfWork.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"
#include "vera/VeraWriteBack.h"

#include <QJsonObject>
#include <QLocale>

namespace pd {

using namespace support;

namespace {

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QJsonObject payloadOf(const PersonRestriction &r)
{
    QJsonObject payload { { QStringLiteral("restriction"), r.id },
                          { QStringLiteral("data"), r.data },
                          { QStringLiteral("ground"), codes::code(r.ground) },
                          { QStringLiteral("reason"), r.reason },
                          { QStringLiteral("started_on"), isoDate(r.startedOn) } };
    if (!r.caseNumber.isEmpty())
        payload.insert(QStringLiteral("case"), r.caseNumber);
    return payload;
}

} // namespace

RestrictionService::RestrictionService(const Session &session)
    : m_session(session)
{ }

std::optional<qint64> RestrictionService::personOf(const QString &klantnummer,
                                                   ServiceError *error) const
{
    return PersonRepository::idOfCustomer(m_session.store().database(), klantnummer, error);
}

std::optional<PersonRestriction> RestrictionService::record(const NewRestriction &input,
                                                            BsnCheck bsnCheck, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditCases, QStringLiteral("person.restriction_recorded"),
                    input.personId > 0 ? QString::number(input.personId)
                                       : input.klantnummer.trimmed());
    if (!unit.permit(error))
        return std::nullopt;
    const QDate today = m_session.clock().today();
    PersonRestriction r;
    r.data = input.data.trimmed();
    r.ground = input.ground;
    r.reason = input.reason.trimmed();
    r.startedOn = input.startedOn.isValid() ? input.startedOn : today;
    r.caseNumber = input.caseNumber.trimmed().toUpper();
    r.createdBy = m_session.store().userName();
    if (r.data.isEmpty() || r.reason.isEmpty()) {
        //: Dutch: "Zeg welke gegevens worden beperkt en waarom."
        *error = invalid(tr("Say which data are restricted and why."));
        return std::nullopt;
    }
    if (r.startedOn > today) {
        //: Dutch: "Een beperking begint vandaag of eerder."
        *error = invalid(tr("A restriction starts today or earlier."));
        return std::nullopt;
    }
    if (!guardShortTexts(
            unit,
            { { tr("Restricted data"), r.data }, { tr("Reason for the restriction"), r.reason } },
            bsnCheck, error))
        return std::nullopt;
    const bool done = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            const std::optional<qint64> person = input.personId > 0
                ? std::optional<qint64>(input.personId)
                : personOf(input.klantnummer, failure);
            if (!person)
                return false;
            r.personId = *person;
            qint64 caseId = 0;
            if (!r.caseNumber.isEmpty()) {
                const std::optional<qint64> owner
                    = CaseRepository::personIdByNumber(write.database(), r.caseNumber, failure);
                if (!owner)
                    return false;
                if (*owner != r.personId) {
                    //: Dutch: "Verzoek %1 gaat niet over deze betrokkene."
                    *failure = invalid(
                        tr("Request %1 is not about this data subject.").arg(r.caseNumber));
                    return false;
                }
                const std::optional<qint64> id
                    = CaseRepository::idByNumber(write.database(), r.caseNumber, failure);
                if (!id)
                    return false;
                caseId = *id;
            }
            if (!RestrictionRepository::insert(write.database(), &r, caseId,
                                               m_session.clock().now().toString(Qt::ISODate),
                                               failure))
                return false;
            write.record(QStringLiteral("person"), QString::number(r.personId),
                         QStringLiteral("person.restriction_recorded"), payloadOf(r));
            if (caseId > 0)
                write.record(QStringLiteral("case"), r.caseNumber,
                             QStringLiteral("case.restriction_recorded"), payloadOf(r));
            return true;
        },
        error);
    if (!done)
        return std::nullopt;
    return r;
}

std::optional<qint64> RestrictionService::noticeOf(const PersonRestriction &r,
                                                   const QString &caseNumber,
                                                   ServiceError *error) const
{
    const QString number = r.caseNumber.isEmpty() ? caseNumber.trimmed().toUpper() : r.caseNumber;
    //: Dutch: "De beperking kan pas worden opgeheven als de betrokkene dat eerst heeft gehoord
    //: (artikel 18 lid 3 AVG). Maak bij het verzoek de brief ‘Kennisgeving opheffing beperking’
    //: en leg vast dat die is verstuurd. Daarna kunt u de beperking opheffen."
    const QString first = tr("The restriction can only be lifted once the data subject has been "
                             "told first (art. 18(3) GDPR). Make the letter ‘Notice that the "
                             "restriction will be lifted’ on the request and record that it was "
                             "sent. Then you can lift the restriction.");
    if (number.isEmpty()) {
        //: Dutch: "Deze beperking hoort bij geen verzoek: noem het verzoek waarbij de brief is
        //: verstuurd."
        *error = invalid(first + u' '
                         + tr("This restriction belongs to no request: name the request with "
                              "which the letter was sent."));
        return std::nullopt;
    }
    const std::optional<qint64> owner
        = CaseRepository::personIdByNumber(m_session.store().database(), number, error);
    if (!owner)
        return std::nullopt;
    if (*owner != r.personId) {
        *error = invalid(tr("Request %1 is not about this data subject.").arg(number));
        return std::nullopt;
    }
    const std::optional<QList<Letter>> letters
        = LetterRepository::lettersOf(m_session.store().database(), number, error);
    if (!letters)
        return std::nullopt;
    for (const Letter &letter : *letters) {
        if (letter.kind == LetterKind::KennisgevingOpheffingBeperking && letter.isSent()
            && organisationDay(letter.generatedAt) >= r.startedOn)
            return letter.id;
    }
    *error = invalid(first);
    return std::nullopt;
}

bool RestrictionService::lift(qint64 id, const QString &caseNumber, ServiceError *error,
                              QString *request)
{
    // The blocks its request set in the corporation's systems are lifted with the restriction, or
    // it is not lifted; the marks are sent after the commit.
    UnitOfWork::Batch batch(m_session, UnitOfWork::Batch::Units::FailTogether);
    QString number;
    if (!batch.begun(error) || !liftAlone(id, caseNumber, &number, error)
        || (!number.isEmpty() && !VeraWriteBack(m_session).planFor(number, error))
        || !batch.commit(error))
        return false;
    if (request)
        *request = number;
    return true;
}

bool RestrictionService::liftAlone(qint64 id, const QString &caseNumber, QString *request,
                                   ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditCases, QStringLiteral("person.restriction_lifted"),
                    QString::number(id));
    if (!unit.permit(error))
        return false;
    std::optional<PersonRestriction> found;
    if (!RestrictionRepository::byId(m_session.store().database(), id, &found, error))
        return false;
    if (!found) {
        //: Dutch: "Er is geen beperking %1."
        *error = { ServiceError::Code::NotFound, tr("There is no restriction %1.").arg(id), {} };
        return false;
    }
    if (!found->active()) {
        //: Dutch: "Beperking %1 is al opgeheven op %2."
        *error = invalid(
            tr("Restriction %1 was lifted on %2 already.").arg(id).arg(shortDate(found->liftedOn)));
        return false;
    }
    // Under sub a and d the restriction holds until the rectification or objection is decided.
    const std::optional<QList<RestrictionDecision>> decisions = RestrictionDecisions::of(
        CaseService(m_session), m_session.store().database(), found->personId, { *found }, error);
    if (!decisions)
        return false;
    if (const QString holds = RestrictionDecisions::holding(*found, *decisions); !holds.isEmpty()) {
        *error = invalid(holds);
        return false;
    }
    const std::optional<qint64> letter = noticeOf(*found, caseNumber, error);
    if (!letter)
        return false;
    const QDate today = m_session.clock().today();
    *request = found->caseNumber;
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            if (!RestrictionRepository::lift(write.database(), id, today,
                                             m_session.store().userName(), *letter, failure))
                return false;
            const QJsonObject payload { { QStringLiteral("restriction"), id },
                                        { QStringLiteral("data"), found->data },
                                        { QStringLiteral("letter"), *letter } };
            write.record(QStringLiteral("person"), QString::number(found->personId),
                         QStringLiteral("person.restriction_lifted"), payload);
            if (!found->caseNumber.isEmpty())
                write.record(QStringLiteral("case"), found->caseNumber,
                             QStringLiteral("case.restriction_lifted"), payload);
            return true;
        },
        error);
}

std::optional<QList<PersonRestriction>> RestrictionService::ofPerson(qint64 personId,
                                                                     ServiceError *error) const
{
    if (!m_session.permit(Permission::ViewAllCases, QStringLiteral("person.restriction_read"),
                          QString::number(personId), error))
        return std::nullopt;
    return RestrictionRepository::ofPerson(m_session.store().database(), personId, error);
}

std::optional<QList<PersonRestriction>> RestrictionService::all(bool activeOnly,
                                                                ServiceError *error) const
{
    if (!m_session.permit(Permission::ViewAllCases, QStringLiteral("person.restriction_read"), {},
                          error))
        return std::nullopt;
    return RestrictionRepository::all(m_session.store().database(), activeOnly, error);
}

std::optional<QList<PersonRestriction>> RestrictionService::markers(qint64 personId,
                                                                    ServiceError *error) const
{
    if (!m_session.permit(Permission::IntakeCase, QStringLiteral("person.restriction_read"),
                          QString::number(personId), error))
        return std::nullopt;
    return RestrictionRepository::markersOf(m_session.store().database(), personId, error);
}

QString RestrictionService::markerText(const QList<PersonRestriction> &inForce)
{
    QStringList parts;
    for (const PersonRestriction &r : inForce)
        //: Dutch: "%1 sinds %2 (sub %3)"
        parts << tr("%1 since %2 (art. 18(1)(%3))")
                     .arg(r.data, shortDate(r.startedOn), codes::code(r.ground));
    if (parts.isEmpty())
        return {};
    //: Dutch: "Verwerking beperkt (art. 18 AVG): %1. Gebruik deze gegevens niet; alleen bewaren."
    return tr("Processing restricted (art. 18 GDPR): %1. Do not use these data; only store them.")
        .arg(parts.join(QStringLiteral("; ")));
}

} // namespace pd
