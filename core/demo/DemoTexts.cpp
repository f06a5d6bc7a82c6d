#include "demo/DemoTexts.h"

#include <QRandomGenerator>

namespace pd::demo {

namespace {

const char *const firstNames[] = {
    "Anouk",   "Bram",      "Chaima", "Daan",   "Emma",    "Fatma", "Gerrit", "Hanneke",
    "Ibrahim", "Jasmijn",   "Kees",   "Lotte",  "Mohamed", "Noor",  "Olga",   "Pieter",
    "Quinten", "Ruth",      "Sanne",  "Tobias", "Umut",    "Vera",  "Wim",    "Yasmina",
    "Zoë",     "Agnieszka", "Björn",  "Céline", "Dewi",    "Eline",
};
const char *const lastNames[] = {
    "de Vries", "Jansen",    "van den Berg", "Bakker",   "Visser",       "Smit",
    "Meijer",   "de Boer",   "Mulder",       "de Groot", "Bos",          "Vos",
    "Peters",   "Hendriks",  "van Leeuwen",  "Dekker",   "Brouwer",      "Çelik",
    "Yılmaz",   "El Amrani", "Bouzid",       "Nguyen",   "Kowalski",     "Öztürk",
    "van Dijk", "Sedney",    "Tjon A Fong",  "Hoekstra", "van der Meer", "Koster",
};
const char *const streets[] = {
    "Lindelaan",   "Kastanjestraat", "Molenweg",  "Havenkade", "Beukenlaan",  "Torenstraat",
    "Dorpsstraat", "Vijverhof",      "Eikenlaan", "Sluisweg",  "Rozengracht", "Marktplein",
};
const char *const cities[] = { "Zwolle", "Deventer", "Hengelo", "Almelo", "Kampen", "Enschede" };
const char *const descriptions[] = {
    "Wil weten welke gegevens de corporatie over hem heeft.",
    "Vraagt om een kopie van het huurdersdossier.",
    "Verzoekt om verwijdering van oude inschrijfgegevens.",
    "Meldt een onjuist telefoonnummer en adres in het klantsysteem.",
    "Maakt bezwaar tegen het delen van gegevens met de aannemer.",
    "Wil weten aan wie de gegevens zijn verstrekt.",
    "Trekt de toestemming voor de nieuwsbrief in.",
    "Klaagt over de behandeling van een eerder inzageverzoek.",
    "Vraagt gegevens op in een bruikbaar bestandsformaat.",
    "Wil dat gegevens over overlast worden beperkt tot het dossier.",
};
const char *const extensionReasons[] = {
    "Complex verzoek: gegevens uit meerdere systemen en van de aannemer.",
    "Groot aantal verzoeken van dezelfde betrokkene.",
    "Afstemming nodig met de gemeente over gedeelde gegevens.",
};

template<typename T, std::size_t N> QString pick(QRandomGenerator &random, const T (&list)[N])
{
    return QString::fromUtf8(list[random.bounded(static_cast<quint32>(N))]);
}

} // namespace

QString firstName(QRandomGenerator &random)
{
    return pick(random, firstNames);
}

QString lastName(QRandomGenerator &random)
{
    return pick(random, lastNames);
}

QString street(QRandomGenerator &random)
{
    return pick(random, streets);
}

QString city(QRandomGenerator &random)
{
    return pick(random, cities);
}

QString description(QRandomGenerator &random)
{
    return pick(random, descriptions);
}

QString extensionReason(QRandomGenerator &random)
{
    return pick(random, extensionReasons);
}

RefusalGround refusalFor(RequestType type, Outcome outcome, bool specific)
{
    if (type == RequestType::Rectificatie)
        return RefusalGround::Art16;
    if (outcome == Outcome::Afgewezen)
        return type == RequestType::Bezwaar && specific ? RefusalGround::Art21Dwingend
                                                        : RefusalGround::Art12_5;
    switch (type) {
    case RequestType::Inzage:
        return RefusalGround::Art15_4;
    case RequestType::Verwijdering:
        return specific ? RefusalGround::Art17_3b : RefusalGround::Art17_3e;
    case RequestType::Beperking:
        return RefusalGround::Art18_2;
    case RequestType::Overdraagbaarheid:
        return RefusalGround::Art20_1;
    case RequestType::Bezwaar:
        return RefusalGround::Art21Dwingend;
    case RequestType::Rectificatie:
    case RequestType::Intrekking:
    case RequestType::Klacht:
    case RequestType::Overig:
        break;
    }
    return RefusalGround::Art12_5;
}

QString grantedFor(RequestType type)
{
    switch (type) {
    case RequestType::Inzage:
        return QStringLiteral("Het overzicht van uw gegevens en de kopie van uw huurdossier, "
                              "zonder de meldingen van buren.");
    case RequestType::Verwijdering:
        return QStringLiteral("Uw inschrijving als woningzoekende, uw telefoonnummer en de "
                              "notities van het klantcontactcentrum.");
    case RequestType::Rectificatie:
        return QStringLiteral("Uw telefoonnummer en e-mailadres zijn gecorrigeerd.");
    case RequestType::Beperking:
        return QStringLiteral("Uw gegevens worden niet meer gebruikt voor het "
                              "huurdersonderzoek.");
    case RequestType::Overdraagbaarheid:
        return QStringLiteral("De gegevens die u zelf bij de inschrijving heeft verstrekt.");
    case RequestType::Bezwaar:
    case RequestType::Intrekking:
    case RequestType::Klacht:
    case RequestType::Overig:
        break;
    }
    return QStringLiteral("Het deel van uw verzoek waarvoor geen grond tot weigering bestond.");
}

QString motivationFor(RefusalGround ground)
{
    switch (ground) {
    case RefusalGround::Art15_4:
        return QStringLiteral("Het dossier bevat meldingen van buren. Hun namen en wat zij "
                              "vertelden laten wij weg om hen te beschermen; de rest van uw "
                              "gegevens ontvangt u wel.");
    case RefusalGround::Art16:
        return QStringLiteral("De ingangsdatum van uw huurovereenkomst klopt: die staat in de "
                              "overeenkomst die u zelf heeft ondertekend.");
    case RefusalGround::Art17_3b:
        return QStringLiteral("Huurbetalingen en facturen moeten wij zeven jaar bewaren (art. 52 "
                              "AWR). Die blijven tot het einde van die termijn bewaard; uw "
                              "overige gegevens hebben wij verwijderd.");
    case RefusalGround::Art17_3e:
        return QStringLiteral("Over de huurachterstand loopt een procedure bij de kantonrechter. "
                              "De gegevens die daarvoor nodig zijn bewaren wij tot die is "
                              "afgerond; uw overige gegevens hebben wij verwijderd.");
    case RefusalGround::Art18_2:
        return QStringLiteral("Wij hebben het gebruik van uw gegevens beperkt. Wij bewaren ze wel "
                              "en gebruiken ze alleen nog voor de lopende procedure over de "
                              "huurachterstand.");
    case RefusalGround::Art20_1:
        return QStringLiteral("Uw huurbetalingen ontvangt u als bestand. De gegevens over uw "
                              "inkomen hebben wij niet van u gekregen op basis van uw toestemming "
                              "of de huurovereenkomst, maar van de Belastingdienst; het recht op "
                              "overdraagbaarheid geldt daarvoor niet.");
    case RefusalGround::Art21Dwingend:
        return QStringLiteral("Wij hebben uw belang afgewogen tegen de veiligheid van de andere "
                              "bewoners. De meldingen over overlast blijven nodig voor de "
                              "afspraken die wij met u en de gemeente hebben gemaakt.");
    default:
        break;
    }
    return QStringLiteral("U heeft binnen drie maanden vier keer hetzelfde gevraagd en sinds "
                          "ons vorige antwoord is er niets veranderd; wij verwijzen u daarom naar "
                          "dat antwoord.");
}

} // namespace pd::demo
