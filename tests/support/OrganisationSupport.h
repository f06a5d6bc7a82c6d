#pragma once

#include "TestSupport.h"
#include "cases/CaseService.h"
#include "organisation/OrganisationSettings.h"
#include "session/Session.h"

namespace pd::test {

// What a letter needs beside the organisation's name, address and e-mail
// (OrganisationDetails::missingForLetters), chosen as the tests' letters were written against:
// the own term of 30 days, 30 more when extended, and "functionaris gegevensbescherming" under
// the signature. A store that has chosen already keeps its policy. Empty when done, else why not.
inline QString chooseForLetters(const Session &session,
                                const QString &title = QStringLiteral("functionaris "
                                                                      "gegevensbescherming"))
{
    OrganisationSettings settings(session);
    OrganisationDetails details = settings.details();
    ServiceError error;
    if (details.signatureRole.trimmed().isEmpty()) {
        details.signatureRole = title;
        if (!settings.save(details, BsnCheck::Refuse, &error))
            return error.message;
    }
    if (!details.deadlinePolicyChosen && !CaseService(session).setPolicy(DeadlinePolicy {}, &error))
        return error.message;
    return {};
}

// An organisation a letter can be made for: name, postal address and privacy e-mail, then
// chooseForLetters. Empty when done, else why not.
inline QString setOrganisationForLetters(const Session &session, const QString &name)
{
    OrganisationDetails details;
    details.name = name;
    details.street = QStringLiteral("Havenstraat 12");
    details.postcode = QStringLiteral("1234 AB");
    details.city = QStringLiteral("Voorbeeldstad");
    details.privacyEmail = QStringLiteral("privacy@voorbeeldhaven.nl");
    ServiceError error;
    if (!OrganisationSettings(session).save(details, BsnCheck::Refuse, &error))
        return error.message;
    return chooseForLetters(session);
}

} // namespace pd::test
