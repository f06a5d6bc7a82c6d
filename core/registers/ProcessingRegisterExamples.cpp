// The demo store's example processing register (ProcessingRegister::seedExample): what a
// woningcorporatie's register holds, fictitious, as data. Split from ProcessingRegister.cpp:
// the register's rules there, its example here.

#include "registers/ProcessingRegister.h"

#include <initializer_list>

namespace pd {

namespace {

using Texts = std::initializer_list<const char *>;

struct DataExample
{
    const char *name;
    Texts special; // the special categories (art. 9 / art. 10 codes) it holds
};

struct Example
{
    const char *purposeCode;
    const char *purpose;
    const char *subPurpose;
    const char *name;
    Texts bases;
    const char *basisText;
    Texts subjects;
    std::initializer_list<DataExample> data;
    Texts sources;
    Texts recipients;
    Texts processors;
    const char *retention;
    Texts systems; // where its data are kept
};

const DataExample naw { "naam en contactgegevens", {} };
const DataExample betaal { "betaalgegevens", {} };

// In the order they are added: the sub-numbers (A.1, A.2, ...) follow it.
const Example exampleTable[] = {
    { "A",
      "Leveren van diensten",
      "Inschrijven in onze systemen",
      "Inschrijving woningzoekenden",
      { "b", "c" },
      "Huisvestingswet 2014; Woningwet (passend toewijzen)",
      { "woningzoekenden", "medebewoners" },
      { naw, { "inkomensgegevens", {} }, { "huishoudsamenstelling", {} } },
      { "betrokkene zelf", "Entree", "Belastingdienst" },
      { "gemeente" },
      { "Entree (fictief woonruimteverdeelsysteem)" },
      "Einde inschrijving + 1 jaar; inkomensgegevens toewijzing + 1 jaar",
      { "Woonruimteverdeelsysteem (Entree)", "Klantmailbox", "Documentbeheersysteem (DMS)" } },
    { "A",
      "Leveren van diensten",
      "Opmaken van huurovereenkomst",
      "Huurovereenkomsten",
      { "b" },
      "",
      { "huurders", "medebewoners" },
      { naw, betaal, { "kopie identiteitsbewijs (zonder BSN)", {} } },
      { "betrokkene zelf", "BRP via gemeente" },
      {},
      { "Leverancier woningbeheersysteem (fictief)" },
      "Einde huurovereenkomst + 2 jaar",
      { "ERP (woningbeheersysteem)", "Documentbeheersysteem (DMS)" } },
    { "A",
      "Leveren van diensten",
      "Klantenservice",
      "Klantcontact en huurdersportaal",
      { "b", "f" },
      "",
      { "huurders", "woningzoekenden" },
      { naw, { "inhoud van vragen en klachten", {} } },
      { "betrokkene zelf", "MijnDomijn/huurdersportaal" },
      {},
      { "Leverancier klantportaal (fictief)" },
      "Einde huurovereenkomst + 2 jaar",
      { "Klantcontactsysteem (CRM)", "Klantmailbox", "Huurdersportaal" } },
    { "A",
      "Leveren van diensten",
      "Transacties uitvoeren en rekeningoverzichten versturen",
      "Huurincasso en financiële administratie",
      { "b", "c" },
      "Algemene wet inzake rijksbelastingen, art. 52",
      { "huurders" },
      { naw, betaal },
      { "betrokkene zelf" },
      { "accountant", "deurwaarder" },
      { "Leverancier woningbeheersysteem (fictief)" },
      "Financiële gegevens + 7 jaar (art. 52 AWR)",
      { "ERP (woningbeheersysteem)", "Financieel pakket" } },
    { "A",
      "Leveren van diensten",
      "Het onderhouden van de huurwoning",
      "Reparatieverzoeken en planmatig onderhoud",
      { "b" },
      "",
      { "huurders" },
      { { "naam, adres en telefoonnummer", {} } },
      { "betrokkene zelf" },
      { "aannemers" },
      { "Planningssysteem onderhoud (fictief)" },
      "Afronding opdracht + 2 jaar",
      { "Planningssysteem onderhoud", "ERP (woningbeheersysteem)" } },
    { "B",
      "Onderzoek en statistiek",
      "Analyseren van deze data",
      "Klanttevredenheidsonderzoek (enquêtes)",
      { "a", "f" },
      "",
      { "huurders", "woningzoekenden" },
      { { "antwoorden op enquêtes", {} } },
      { "betrokkene zelf" },
      {},
      { "Onderzoeksbureau (fictief)" },
      "Afronding onderzoek + 1 jaar, daarna anoniem",
      { "Enquêteplatform" } },
    // Early warning of arrears is a service to the tenant and a statutory duty, not fraud
    // fighting: it is filed under A.
    { "A",
      "Leveren van diensten",
      "Bijhouden van huurachterstand",
      "Vroegsignalering huurachterstand",
      { "c", "f" },
      "Wet gemeentelijke schuldhulpverlening, art. 3a",
      { "huurders" },
      { naw, { "betaalachterstand", {} } },
      { "betrokkene zelf" },
      { "gemeente" },
      { "Leverancier woningbeheersysteem (fictief)" },
      "Einde achterstand + 2 jaar",
      { "ERP (woningbeheersysteem)", "Klantmailbox" } },
    { "C",
      "Bestrijden fraude en criminaliteit",
      "Onderzoek naar fraude",
      "Woonfraude en hennepteelt",
      { "c", "f" },
      "Convenant woonfraude met gemeente en politie (fictief)",
      { "huurders", "medebewoners", "omwonenden" },
      { naw,
        { "gegevens over crimineel gedrag (wietplantage)", { "strafrechtelijk" } },
        { "meldingen van overlast", { "overlast" } } },
      { "eigen waarneming", "politie", "BRP via gemeente" },
      { "politie", "gemeente" },
      {},
      "Afronding dossier + 5 jaar",
      { "Dossiersysteem woonfraude", "Documentbeheersysteem (DMS)" } },
    // Nuisance and care signals are social management of the tenancy, not crime: A.
    { "A",
      "Leveren van diensten",
      "Sociaal beheer",
      "Overlastdossiers en zorgsignalen",
      { "f" },
      "Convenant zorg en veiligheid (fictief)",
      { "huurders", "omwonenden" },
      { naw,
        { "medische gegevens die betrokkene zelf deelt (ggz, zorgbehoefte)", { "gezondheid" } },
        { "meldingen van overlast", { "overlast" } } },
      { "betrokkene zelf", "zorginstelling", "omwonenden" },
      { "zorginstelling", "gemeente" },
      {},
      "Einde overlast + 2 jaar",
      { "Dossiersysteem sociaal beheer", "Klantmailbox" } },
    { "C",
      "Bestrijden fraude en criminaliteit",
      "Cameratoezicht",
      "Cameratoezicht complexen",
      { "f" },
      "",
      { "huurders", "bezoekers" },
      { { "camerabeelden", {} } },
      { "eigen waarneming" },
      { "politie" },
      { "Beveiligingsbedrijf (fictief)" },
      "Camerabeelden + 4 weken, bij incident langer",
      { "Camerasysteem" } },
    { "D",
      "Juridische geschillen",
      "Het afhandelen van dossiers met een juridisch geschil",
      "Juridische dossiers",
      { "b", "f" },
      "",
      { "huurders", "ex-huurders" },
      { naw, betaal },
      { "betrokkene zelf" },
      { "advocaat", "deurwaarder", "rechtbank" },
      {},
      "Einde geschil + 7 jaar",
      { "Documentbeheersysteem (DMS)", "ERP (woningbeheersysteem)" } },
};

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList texts(Texts list)
{
    QStringList result;
    for (const char *utf8 : list)
        result << QString::fromUtf8(utf8);
    return result;
}

} // namespace

QList<ProcessingActivity> ProcessingRegister::examples()
{
    const QString security = text("Versleutelde opslag, toegang op basis van rollen, "
                                  "verwerkersovereenkomsten, jaarlijkse privacytraining.");
    QList<ProcessingActivity> activities;
    for (const Example &example : exampleTable) {
        ProcessingActivity a;
        a.purposeCode = text(example.purposeCode);
        a.purpose = text(example.purpose);
        a.subPurpose = text(example.subPurpose);
        a.name = text(example.name);
        a.legalBases = texts(example.bases);
        a.legalBasisText = text(example.basisText);
        a.subjects = texts(example.subjects);
        for (const DataExample &data : example.data)
            a.dataCategories.append({ text(data.name), texts(data.special) });
        a.sources = texts(example.sources);
        a.recipients = texts(example.recipients);
        a.processors = texts(example.processors);
        a.retention = text(example.retention);
        a.systems = texts(example.systems);
        a.security = security;
        // The art. 9 exception and the art. 10 basis follow from the data, as the rules ask.
        if (!a.art9Categories().isEmpty())
            a.specialException = QStringLiteral("a"); // uitdrukkelijke toestemming
        if (a.hasCriminalData())
            a.criminalBasis = text("art. 33 lid 4 sub b UAVG (strafbare feiten jegens de "
                                   "corporatie); convenant woonfraude (fictief)");
        activities.append(a);
    }
    // One fictitious transfer outside the EEA, so that the register shows how one reads.
    ProcessingActivity mail;
    mail.purposeCode = QStringLiteral("A");
    mail.purpose = text("Leveren van diensten");
    mail.subPurpose = text("Authenticatie van de klant");
    mail.name = text("Inloggen huurdersportaal");
    mail.legalBases = QStringList { QStringLiteral("b") };
    mail.subjects = QStringList { QStringLiteral("huurders") };
    mail.dataCategories = { { text("e-mailadres en inloggegevens"), {} } };
    mail.sources = QStringList { QStringLiteral("betrokkene zelf") };
    mail.processors = QStringList { QStringLiteral("Identiteitsdienst (fictief)") };
    mail.outsideEu = true;
    mail.transferCountry = text("Verenigde Staten");
    mail.transferSafeguard = text("EU-VS Data Privacy Framework; standaardcontractbepalingen");
    mail.retention = text("Einde huurovereenkomst + 3 maanden");
    mail.systems = QStringList { QStringLiteral("Huurdersportaal") };
    mail.security = security;
    activities.append(mail);
    return activities;
}

} // namespace pd
