#include "cases/Restriction.h"

namespace pd {

namespace {

constexpr codes::Entry<RestrictionGround> groundTable[] = {
    { RestrictionGround::Accuracy, "a",
      //: Dutch: "art. 18 lid 1 sub a: de juistheid van de gegevens wordt betwist, terwijl wij
      //: die controleren"
      QT_TRANSLATE_NOOP("pd::RestrictionCodes",
                        "art. 18(1)(a) GDPR: the accuracy of the data is contested, while we "
                        "verify it") },
    { RestrictionGround::Unlawful, "b",
      //: Dutch: "art. 18 lid 1 sub b: de verwerking is onrechtmatig en de betrokkene wil
      //: beperking in plaats van wissen"
      QT_TRANSLATE_NOOP("pd::RestrictionCodes",
                        "art. 18(1)(b) GDPR: the processing is unlawful and the data subject "
                        "asks for restriction instead of erasure") },
    { RestrictionGround::LegalClaims, "c",
      //: Dutch: "art. 18 lid 1 sub c: wij hebben de gegevens niet meer nodig, de betrokkene
      //: wel voor een rechtsvordering"
      QT_TRANSLATE_NOOP("pd::RestrictionCodes",
                        "art. 18(1)(c) GDPR: we no longer need the data, the data subject needs "
                        "them for a legal claim") },
    { RestrictionGround::Objection, "d",
      //: Dutch: "art. 18 lid 1 sub d: bezwaar (art. 21 lid 1), terwijl wij de gronden
      //: afwegen"
      QT_TRANSLATE_NOOP("pd::RestrictionCodes",
                        "art. 18(1)(d) GDPR: objection (art. 21(1)), while we weigh the "
                        "grounds") },
};

} // namespace

template<> const codes::Vocabulary<RestrictionGround> &codes::vocabulary<RestrictionGround>()
{
    static constexpr codes::Vocabulary<RestrictionGround> v { .entries = groundTable,
                                                              .context = "pd::RestrictionCodes",
                                                              .readLoosely = true };
    return v;
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
