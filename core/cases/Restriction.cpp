#include "cases/Restriction.h"

namespace pd {

QString RestrictionCodes::code(RestrictionGround ground)
{
    switch (ground) {
    case RestrictionGround::Accuracy:
        return QStringLiteral("a");
    case RestrictionGround::Unlawful:
        return QStringLiteral("b");
    case RestrictionGround::LegalClaims:
        return QStringLiteral("c");
    case RestrictionGround::Objection:
        return QStringLiteral("d");
    }
    return {};
}

std::optional<RestrictionGround> RestrictionCodes::ground(QStringView code)
{
    for (RestrictionGround ground : all())
        if (code.trimmed().compare(RestrictionCodes::code(ground), Qt::CaseInsensitive) == 0)
            return ground;
    return std::nullopt;
}

QList<RestrictionGround> RestrictionCodes::all()
{
    return { RestrictionGround::Accuracy, RestrictionGround::Unlawful,
             RestrictionGround::LegalClaims, RestrictionGround::Objection };
}

QString RestrictionCodes::label(RestrictionGround ground)
{
    switch (ground) {
    case RestrictionGround::Accuracy:
        //: Dutch: "art. 18 lid 1 sub a: de juistheid van de gegevens wordt betwist, terwijl wij
        //: die controleren"
        return tr("art. 18(1)(a) GDPR: the accuracy of the data is contested, while we verify "
                  "it");
    case RestrictionGround::Unlawful:
        //: Dutch: "art. 18 lid 1 sub b: de verwerking is onrechtmatig en de betrokkene wil
        //: beperking in plaats van wissen"
        return tr("art. 18(1)(b) GDPR: the processing is unlawful and the data subject asks for "
                  "restriction instead of erasure");
    case RestrictionGround::LegalClaims:
        //: Dutch: "art. 18 lid 1 sub c: wij hebben de gegevens niet meer nodig, de betrokkene
        //: wel voor een rechtsvordering"
        return tr("art. 18(1)(c) GDPR: we no longer need the data, the data subject needs them "
                  "for a legal claim");
    case RestrictionGround::Objection:
        //: Dutch: "art. 18 lid 1 sub d: bezwaar (art. 21 lid 1), terwijl wij de gronden
        //: afwegen"
        return tr("art. 18(1)(d) GDPR: objection (art. 21(1)), while we weigh the grounds");
    }
    return {};
}

QString RestrictionCodes::dutchText(RestrictionGround ground)
{
    // Art. 18 lid 1 AVG, in the regulation's Dutch words.
    switch (ground) {
    case RestrictionGround::Accuracy:
        return QStringLiteral("artikel 18 lid 1 sub a AVG: de juistheid van de persoonsgegevens "
                              "wordt betwist, gedurende een periode die ons in staat stelt de "
                              "juistheid te controleren");
    case RestrictionGround::Unlawful:
        return QStringLiteral("artikel 18 lid 1 sub b AVG: de verwerking is onrechtmatig en u "
                              "verzet zich tegen het wissen van de gegevens en vraagt in plaats "
                              "daarvan om beperking van het gebruik ervan");
    case RestrictionGround::LegalClaims:
        return QStringLiteral("artikel 18 lid 1 sub c AVG: wij hebben de gegevens niet meer "
                              "nodig, maar u heeft ze nodig voor de instelling, uitoefening of "
                              "onderbouwing van een rechtsvordering");
    case RestrictionGround::Objection:
        return QStringLiteral("artikel 18 lid 1 sub d AVG: u heeft bezwaar gemaakt "
                              "(artikel 21 lid 1), in afwachting van het antwoord op de vraag of "
                              "onze gerechtvaardigde gronden zwaarder wegen dan die van u");
    }
    return {};
}

} // namespace pd
