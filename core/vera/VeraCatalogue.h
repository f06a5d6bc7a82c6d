#pragma once

#include "vera/VeraSystem.h"

#include <QList>
#include <QString>

namespace pd {

// What Privacydesk asks each VERA domain for a person: the list resources that take the person
// as a search parameter (query by example, equality only), as the specifications (vera-openapi
// 4.3.0) define them, and the fields of a NatuurlijkPersoon that link to other domains. Checked
// against the specifications by tst_veracatalogue.
struct VeraResource
{
    // How the person is given: the relation's URI (a link across domains), or, inside Relaties,
    // the relation's id (a *-sleutels object, whose serialisation OAS 3.0 leaves open), or the id
    // of each debiteur found first (Financien's payment arrangements).
    enum class By { RelationUri, RelationId, DebiteurId };

    VeraDomain domain;
    const char *path; // below the base URL, without a slash
    const char *parameter;
    By by;
};

class VeraCatalogue final
{
public:
    VeraCatalogue() = delete;
    static QList<VeraResource> resourcesOf(VeraDomain domain);
    // Where the person is found in Relaties, by the customer number.
    static constexpr auto personResource = "natuurlijk-personen";
    // What the person gives the corporation themselves, or brings about by using its services
    // (art. 20 AVG: "verstrekt"): their own details, contact details, addresses, bank details,
    // income, living situation, registration and search profile as a house-seeker, their
    // reactions to offers and their repair requests. Not what the corporation derives or
    // decides (a balance, a payment arrangement, an allocation, a case).
    static bool providedByPerson(const QString &resource);
    // The NatuurlijkPersoon's fields that hold URIs into other domains.
    static const QStringList &personLinkFields();
};

} // namespace pd
