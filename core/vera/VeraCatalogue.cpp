#include "vera/VeraCatalogue.h"

#include <QStringList>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

using By = VeraResource::By;

// The by-relation parameter's name and type are those of the resource's <X>bericht schema.
// Left out on purpose: /overeenkomsten and /facturen (oneOf collections that repeat the
// specific ones), Vastgoed's units (the dwelling, not the person), and lists without a relation
// parameter (reached through a found object's own links, not by the person).
constexpr VeraResource catalogue[] = {
    { VeraDomain::Relaties, "contactgegevens", "relatie", By::RelationId },
    { VeraDomain::Relaties, "telefoonnummers", "relatie", By::RelationId },
    { VeraDomain::Relaties, "relatie-adressen", "relatie", By::RelationId },
    { VeraDomain::Relaties, "betaalgegevens", "relatie", By::RelationId },
    { VeraDomain::Relaties, "contactmomenten", "relaties", By::RelationId },
    { VeraDomain::Relaties, "afspraken", "relaties", By::RelationId },
    { VeraDomain::Relaties, "inkomens", "relaties", By::RelationId },
    { VeraDomain::Relaties, "signaleringen", "relatie", By::RelationId },
    { VeraDomain::Relaties, "woonsituaties", "relatie", By::RelationId },
    { VeraDomain::Relaties, "accounts", "relatie", By::RelationId },
    { VeraDomain::Relaties, "relatierollen", "relatie", By::RelationId },
    { VeraDomain::Overeenkomsten, "huurovereenkomsten", "relaties", By::RelationUri },
    { VeraDomain::Overeenkomsten, "huuropzeggingen", "relaties", By::RelationUri },
    { VeraDomain::Overeenkomsten, "inschrijvingen", "relaties", By::RelationUri },
    { VeraDomain::Overeenkomsten, "inspecties", "relaties", By::RelationUri },
    { VeraDomain::Overeenkomsten, "huurgeschil-acties", "relatie", By::RelationUri },
    { VeraDomain::Financien, "debiteuren", "relatie", By::RelationUri },
    { VeraDomain::Financien, "betalingsregelingen", "debiteur", By::DebiteurId },
    { VeraDomain::Financien, "externe-incassos", "relatie", By::RelationUri },
    { VeraDomain::Financien, "verkoopfacturen", "relatie", By::RelationUri },
    { VeraDomain::Dossier, "zaken", "relaties", By::RelationUri },
    { VeraDomain::Dossier, "zaakrollen", "relatie", By::RelationUri },
    { VeraDomain::Dossier, "dossiers", "relaties", By::RelationUri },
    { VeraDomain::Dossier, "informatieobjecten", "relaties", By::RelationUri },
    { VeraDomain::Woonruimteverdeling, "kandidaten", "relatie", By::RelationUri },
    { VeraDomain::Woonruimteverdeling, "reacties", "relaties", By::RelationUri },
    { VeraDomain::Woonruimteverdeling, "toewijzingen", "relatie", By::RelationUri },
    { VeraDomain::Woonruimteverdeling, "aanbiedingen", "relatie", By::RelationUri },
    { VeraDomain::Woonruimteverdeling, "zoekprofielen", "relatie", By::RelationUri },
    { VeraDomain::Woonruimteverdeling, "puntenberekeningen", "relatie", By::RelationUri },
    { VeraDomain::Woonruimteverdeling, "sancties", "relatie", By::RelationUri },
    { VeraDomain::Woonruimteverdeling, "voorrangsregelingen", "relatie", By::RelationUri },
    { VeraDomain::Woonruimteverdeling, "reclamaties", "relaties", By::RelationUri },
    { VeraDomain::Onderhoud, "onderhoudsverzoeken", "relaties", By::RelationUri },
    { VeraDomain::Onderhoud, "onderhoudsorders", "relaties", By::RelationUri },
    { VeraDomain::Onderhoud, "defecten", "relaties", By::RelationUri },
    { VeraDomain::Onderhoud, "inspectierapporten", "relaties", By::RelationUri },
    { VeraDomain::Kwaliteit, "kwaliteitsmetingsverzoeken", "relaties", By::RelationUri },
    { VeraDomain::Kwaliteit, "onderzoeksopdrachten", "relatie", By::RelationUri },
    { VeraDomain::Vastgoed, "garanties", "relatie", By::RelationUri },
};

} // namespace

QList<VeraResource> VeraCatalogue::resourcesOf(VeraDomain domain)
{
    QList<VeraResource> resources;
    for (const VeraResource &r : catalogue) {
        if (r.domain == domain)
            resources << r;
    }
    return resources;
}

bool VeraCatalogue::providedByPerson(const QString &resource)
{
    static const QStringList provided {
        QString::fromLatin1(personResource),
        u"contactgegevens"_s,
        u"telefoonnummers"_s,
        u"relatie-adressen"_s,
        u"betaalgegevens"_s,
        u"inkomens"_s,
        u"woonsituaties"_s,
        u"inschrijvingen"_s,
        u"zoekprofielen"_s,
        u"reacties"_s,
        u"onderhoudsverzoeken"_s,
    };
    return provided.contains(resource);
}

const QStringList &VeraCatalogue::personLinkFields()
{
    static const QStringList fields { u"overeenkomsten"_s,     u"onderhoudsverzoeken"_s,
                                      u"inspecties"_s,         u"aanbiedingen"_s,
                                      u"reacties"_s,           u"regelingen"_s,
                                      u"toewijzingen"_s,       u"voorrangsregelingen"_s,
                                      u"informatieobjecten"_s, u"authentiekGegeven"_s };
    return fields;
}

} // namespace pd
