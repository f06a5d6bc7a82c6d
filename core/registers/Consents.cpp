// The consent register per person (Consents.h).
#include "registers/Consents.h"

#include "domain/InputLimits.h"
#include "persons/PersonRepository.h"
#include "registers/ConsentRepository.h"
#include "session/UnitOfWork.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"

#include <QJsonObject>
#include <QLocale>

namespace pd {

using namespace support;

namespace {

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

ConsentService::ConsentService(const Session &session)
    : m_session(session)
{ }

std::optional<qint64> ConsentService::personOf(const QString &klantnummer,
                                               ServiceError *error) const
{
    return PersonRepository::idOfCustomer(m_session.store().database(), klantnummer, error);
}

std::optional<qint64> ConsentService::personFor(const NewConsent &consent, const QSqlDatabase &db,
                                                ServiceError *error) const
{
    if (consent.personId <= 0)
        return personOf(consent.klantnummer, error);
    const std::optional<bool> exists = PersonRepository::exists(
        db, consent.personId, PersonRepository::Anonymised::Excluded, error);
    if (!exists)
        return std::nullopt;
    if (*exists)
        return consent.personId;
    //: Dutch: "Er is geen betrokkene %1."
    *error = { ServiceError::Code::NotFound,
               tr("There is no data subject %1.").arg(consent.personId),
               {} };
    return std::nullopt;
}

std::optional<PersonConsent> ConsentService::give(const NewConsent &input, BsnCheck bsnCheck,
                                                  ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditCases, QStringLiteral("person.consent_given"),
                    input.personId > 0 ? QString::number(input.personId)
                                       : input.klantnummer.trimmed());
    if (!unit.permit(error))
        return std::nullopt;
    const QDate today = m_session.clock().today();
    PersonConsent c;
    c.purpose = input.purpose.trimmed();
    c.givenHow = input.how.trimmed();
    c.givenOn = input.givenOn.isValid() ? input.givenOn : today;
    c.recordedBy = m_session.store().userName();
    if (c.purpose.isEmpty() || c.givenHow.isEmpty()) {
        //: Dutch: "Zeg waarvoor de toestemming is gegeven en hoe (bijvoorbeeld: formulier,
        //: e-mail)."
        *error = invalid(tr("Say what the consent was given for and how (for example: form, "
                            "e-mail)."));
        return std::nullopt;
    }
    if (c.givenOn > today) {
        //: Dutch: "Een toestemming is vandaag of eerder gegeven."
        *error = invalid(tr("A consent was given today or earlier."));
        return std::nullopt;
    }
    //: Dutch: "Doel van de toestemming"
    if (!guardShortTexts(unit,
                         { { tr("Purpose of the consent"), c.purpose },
                           //: Dutch: "Hoe gegeven"
                           { tr("How it was given"), c.givenHow } },
                         bsnCheck, error))
        return std::nullopt;
    const bool done = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            const std::optional<qint64> person = personFor(input, write.database(), failure);
            if (!person)
                return false;
            c.personId = *person;
            if (!ConsentRepository::insert(write.database(), &c,
                                           m_session.clock().now().toString(Qt::ISODate), failure))
                return false;
            write.record(QStringLiteral("person"), QString::number(c.personId),
                         QStringLiteral("person.consent_given"),
                         { { QStringLiteral("consent"), c.id },
                           { QStringLiteral("purpose"), c.purpose },
                           { QStringLiteral("given_on"), isoDate(c.givenOn) },
                           { QStringLiteral("how"), c.givenHow } });
            return true;
        },
        error);
    if (!done)
        return std::nullopt;
    return c;
}

bool ConsentService::withdraw(qint64 id, QDate on, const QString &how, BsnCheck bsnCheck,
                              ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditCases, QStringLiteral("person.consent_withdrawn"),
                    QString::number(id));
    if (!unit.permit(error))
        return false;
    std::optional<PersonConsent> found;
    if (!ConsentRepository::byId(m_session.store().database(), id, &found, error))
        return false;
    if (!found) {
        //: Dutch: "Er is geen toestemming %1."
        *error = { ServiceError::Code::NotFound, tr("There is no consent %1.").arg(id), {} };
        return false;
    }
    const QDate today = m_session.clock().today();
    const QDate day = on.isValid() ? on : today;
    const QString withdrawnHow = how.trimmed();
    if (!found->active()) {
        //: Dutch: "Toestemming %1 is al ingetrokken op %2."
        *error = invalid(tr("Consent %1 was withdrawn on %2 already.")
                             .arg(id)
                             .arg(shortDate(found->withdrawnOn)));
        return false;
    }
    if (withdrawnHow.isEmpty()) {
        //: Dutch: "Zeg hoe de toestemming is ingetrokken (bijvoorbeeld: e-mail, telefoon)."
        *error = invalid(tr("Say how the consent was withdrawn (for example: e-mail, phone)."));
        return false;
    }
    if (day > today) {
        //: Dutch: "Een toestemming is vandaag of eerder ingetrokken."
        *error = invalid(tr("A consent was withdrawn today or earlier."));
        return false;
    }
    if (day < found->givenOn) {
        //: Dutch: "De datum van intrekking (%1) ligt vóór de dag waarop de toestemming is
        //: gegeven (%2). Kies een datum op of na %2."
        *error = invalid(tr("The date of withdrawal (%1) is before the day the consent was "
                            "given (%2). Choose a date on or after %2.")
                             .arg(shortDate(day), shortDate(found->givenOn)));
        return false;
    }
    //: Dutch: "Hoe ingetrokken"
    if (!guardShortTexts(unit, { { tr("How it was withdrawn"), withdrawnHow } }, bsnCheck, error))
        return false;
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            if (!ConsentRepository::withdraw(write.database(), id, day, withdrawnHow,
                                             m_session.store().userName(), failure))
                return false;
            write.record(QStringLiteral("person"), QString::number(found->personId),
                         QStringLiteral("person.consent_withdrawn"),
                         { { QStringLiteral("consent"), id },
                           { QStringLiteral("purpose"), found->purpose },
                           { QStringLiteral("withdrawn_on"), isoDate(day) },
                           { QStringLiteral("how"), withdrawnHow } });
            return true;
        },
        error);
}

std::optional<QList<PersonConsent>> ConsentService::ofPerson(qint64 personId,
                                                             ServiceError *error) const
{
    if (!m_session.permit(Permission::ViewAllCases, QStringLiteral("person.consent_read"),
                          QString::number(personId), error))
        return std::nullopt;
    return ConsentRepository::ofPerson(m_session.store().database(), personId, error);
}

std::optional<QList<PersonConsent>> ConsentService::all(bool activeOnly, ServiceError *error) const
{
    if (!m_session.permit(Permission::ViewAllCases, QStringLiteral("person.consent_read"), {},
                          error))
        return std::nullopt;
    return ConsentRepository::all(m_session.store().database(), activeOnly, error);
}

QStringList ConsentService::purposeSuggestions()
{
    return {
        //: Dutch: "Nieuwsbrief"
        tr("Newsletter"),
        //: Dutch: "Enquêtes"
        tr("Surveys"),
        //: Dutch: "Foto's op de website"
        tr("Photos on the website"),
        //: Dutch: "Foto's in het bewonersblad"
        tr("Photos in the residents' magazine"),
        //: Dutch: "Gegevens delen met de bewonerscommissie"
        tr("Sharing data with the tenants' committee"),
    };
}

QStringList ConsentService::howSuggestions()
{
    return {
        //: Dutch: "Formulier op de website"
        tr("Form on the website"),
        //: Dutch: "E-mail"
        tr("E-mail"),
        //: Dutch: "Brief"
        tr("Letter"),
        //: Dutch: "Telefoon"
        tr("Phone"),
        //: Dutch: "Aan de balie"
        tr("At the desk"),
    };
}

} // namespace pd
