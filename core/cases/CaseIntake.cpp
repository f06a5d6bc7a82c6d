// The checks of a request's intake (CaseService::add) before anything is written: what is
// refused is refused before the unit's transaction opens.

#include "cases/CaseService.h"
#include "domain/InputLimits.h"
#include "store/ServiceSupport.h"

namespace pd {

using support::invalid;

// Who the representative is, only with a representative by name: the
// letters greet that person, never the firm.
QString CaseService::checkRepresentative(const NewCase &request)
{
    if (!request.representative.trimmed().isEmpty()
        || (request.representativeOrganisation.trimmed().isEmpty()
            && !request.representativeAuthority))
        return {};
    // Only a kind of authority given: no organisation to speak of.
    if (request.representativeOrganisation.trimmed().isEmpty())
        //: Dutch: "Vul ook de naam van de gemachtigde in: de brieven gaan naar die persoon."
        return tr("Enter the representative's name as well: the letters go to that person.");
    //: Dutch: "Vul ook de naam van de gemachtigde in: de brieven gaan naar die persoon, bij de organisatie."
    return tr("Enter the representative's name as well: the letters go to that person, at the "
              "organisation.");
}

std::optional<CaseService::Intake> CaseService::checkIntake(UnitOfWork &unit,
                                                            const NewCase &request,
                                                            BsnCheck bsnCheck, ServiceError *error)
{
    const QDate today = m_session.clock().today();
    if (request.types.isEmpty()) {
        *error = invalid(tr("Choose at least one kind of request."));
        return std::nullopt;
    }
    if (const QString why = CaseWorkflow::checkReceived(request.receivedDate, today);
        !why.isEmpty()) {
        *error = invalid(why);
        return std::nullopt;
    }
    if (request.receivedAt.isValid() && request.receivedAt > m_session.clock().now()) {
        *error = invalid(tr("The time of receipt lies in the future."));
        return std::nullopt;
    }
    // Identifiers as the person means them (full-width digits, thin and zero-width spaces
    // folded): otherwise a second customer number that looks the same, found by no search.
    Person p = request.person;
    p.klantnummer = InputLimits::normalisedIdentifier(p.klantnummer);
    p.houseNumber = InputLimits::normalisedIdentifier(p.houseNumber);
    p.postcode = InputLimits::normalisedIdentifier(p.postcode);
    p.phone = InputLimits::normalisedIdentifier(p.phone);
    const QString callbackPhone = InputLimits::normalisedIdentifier(request.callbackPhone);
    if (const QString why = checkRepresentative(request); !why.isEmpty()) {
        *error = invalid(why);
        return std::nullopt;
    }
    if (p.id == 0 && p.name.trimmed().isEmpty() && p.klantnummer.isEmpty()) {
        *error = invalid(tr("Enter the name or the customer number of the data subject."));
        return std::nullopt;
    }
    if (const QString why = InputLimits::checkLengths(
            { { tr("Name"), p.name, InputLimits::maxName },
              { tr("Customer number"), p.klantnummer, InputLimits::maxName },
              { tr("Street"), p.street, InputLimits::maxShortText },
              { tr("House number"), p.houseNumber, InputLimits::maxShortText },
              { tr("City"), p.city, InputLimits::maxShortText },
              { tr("E-mail"), p.email, InputLimits::maxShortText },
              { tr("Source of the data"), p.source, maxPersonSourceLength },
              { tr("Representative"), request.representative, InputLimits::maxName },
              { tr("Mandate"), request.representativeMandate, InputLimits::maxShortText },
              //: Dutch: "Adres van de gemachtigde"
              { tr("Representative's address"), request.representativeAddress,
                InputLimits::maxShortText },
              //: Dutch: "Organisatie van de gemachtigde"
              { tr("Representative's organisation"), request.representativeOrganisation,
                InputLimits::maxName } });
        !why.isEmpty()) {
        *error = invalid(why);
        return std::nullopt;
    }
    if (!guard(unit,
               { { tr("Name"), p.name },
                 { tr("Customer number"), p.klantnummer },
                 { tr("Street"), p.street },
                 { tr("House number"), p.houseNumber },
                 { tr("Postcode"), p.postcode },
                 { tr("City"), p.city },
                 { tr("Phone"), p.phone },
                 { tr("E-mail"), p.email },
                 { tr("Source of the data"), p.source },
                 { tr("Representative"), request.representative },
                 { tr("Mandate"), request.representativeMandate },
                 { tr("Representative's address"), request.representativeAddress },
                 { tr("Representative's organisation"), request.representativeOrganisation },
                 { tr("Description"), request.description },
                 { tr("Callback number"), callbackPhone } },
               bsnCheck, error)) {
        return std::nullopt;
    }
    // After the BSN guard: a BSN typed as a phone number is refused as what it is.
    for (const QString &why :
         { InputLimits::checkPostcode(p.postcode), InputLimits::checkPhone(p.phone),
           InputLimits::checkPhone(callbackPhone) }) {
        if (!why.isEmpty()) {
            *error = invalid(why);
            return std::nullopt;
        }
    }
    return Intake { p, callbackPhone };
}

} // namespace pd
