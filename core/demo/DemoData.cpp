#include "demo/DemoData.h"

#include "breaches/BreachService.h"
#include "cases/Attachments.h"
#include "cases/CaseService.h"
#include "organisation/OrganisationSettings.h"
#include "persons/PersonRepository.h"
#include "registers/Disclosures.h"
#include "registers/ProcessingRegister.h"
#include "registers/Recipients.h"
#include "registers/RetentionDerivation.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace pd {

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

// A refusal ground that fits a request of this kind (Grounds). A partial grant names the
// exception that kept part of the data; a whole refusal is a repeated request (art. 12(5)), or
// an objection outweighed by compelling grounds.
RefusalGround refusalFor(RequestType type, Outcome outcome, bool specific)
{
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

// What a partial grant of that kind did (issue 14: an erasure says what was erased).
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

// The reasons in words a refusal on that ground gives (art. 12(4) AVG).
QString motivationFor(RefusalGround ground)
{
    switch (ground) {
    case RefusalGround::Art15_4:
        return QStringLiteral("Het dossier bevat meldingen van buren. Hun namen en wat zij "
                              "vertelden laten wij weg om hen te beschermen; de rest van uw "
                              "gegevens ontvangt u wel.");
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

template<typename T, std::size_t N> QString pick(QRandomGenerator &random, const T (&list)[N])
{
    return QString::fromUtf8(list[random.bounded(static_cast<quint32>(N))]);
}

// Day d, 09:00-17:00 local time, as UTC.
QDateTime moment(QDate day, QRandomGenerator &random)
{
    return QDateTime(day, QTime(9, 0).addSecs(random.bounded(8 * 3600)), organisationTimeZone())
        .toUTC();
}

// The e-mail a demo request arrived as: what a mail program saves as .eml, with an encoded
// sender name and subject (RFC 2047) and an 8-bit UTF-8 body, as the officer's intake reads it.
NewAttachment demoMail(const NewCase &request, const QDateTime &arrived, int index)
{
    const QByteArray name = request.person.name.toUtf8();
    QByteArray mail;
    mail += "Return-Path: <" + request.person.email.toUtf8() + ">\r\n";
    mail += "From: =?UTF-8?B?" + name.toBase64() + "?= <" + request.person.email.toUtf8() + ">\r\n";
    mail += "To: privacy@woonstede-demo.invalid\r\n";
    mail += "Subject: =?UTF-8?B?" + request.description.toUtf8().toBase64() + "?=\r\n";
    mail += "Date: " + arrived.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    mail += "Message-ID: <demo-" + QByteArray::number(index) + "@voorbeeld.invalid>\r\n";
    mail += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n";
    mail += "Geachte heer, mevrouw,\r\n\r\n";
    mail += request.description.toUtf8() + ".\r\n\r\n";
    mail += "Met vriendelijke groet,\r\n" + name + "\r\n(DEMO \xE2\x80\x94 fictieve gegevens)\r\n";
    NewAttachment original;
    original.name = QStringLiteral("verzoek-%1.eml").arg(index + 1);
    original.content = mail;
    return original;
}

// A request whose rectification, erasure or restriction was granted: its person's earlier
// recipients are to be told (art. 19 AVG). After is the moment of its last event.
struct Art19Candidate
{
    QString number;
    qint64 personId = 0;
    QDate received;
    QDate answered;
    QDateTime after;
};

// Fictitious recipients and disclosures: a contractor, a bailiff, the municipality under a
// covenant, the police (informing the person prohibited) and a processor whose agreement is
// due for review, so every part of the register has something to show. Each disclosure is
// registered on its own day. Half the people whose correction or erasure was granted had data
// with the contractor before; three in four of those contractors were told of the change some
// days after the answer (art. 19), the others are still on the checklist.
bool addDisclosures(Store &store, quint32 seed, QDate today,
                    const QList<Art19Candidate> &candidates, QString *error)
{
    QRandomGenerator random(seed ^ 0x5eedU);
    FixedClock clock(QDateTime(today, QTime(12, 0), organisationTimeZone()).toUTC());
    RecipientService recipients(store, clock);
    DisclosureService disclosures(store, clock);
    struct Kind
    {
        const char *name;
        RecipientCategory category;
        QList<DataCategory> data;
        const char *purpose;
        LegalBasis basis;
        const char *basisText;
        InformedStatus informed;
    };
    const Kind kinds[] = {
        { "Aannemersbedrijf Vakwerk (demo)",
          RecipientCategory::Aannemer,
          { DataCategory::Naw, DataCategory::Contact },
          "Uitvoeren van een reparatieverzoek",
          LegalBasis::Contract,
          "",
          InformedStatus::Informed },
        { "Gerechtsdeurwaarderskantoor Noord (demo)",
          RecipientCategory::Deurwaarder,
          { DataCategory::Naw, DataCategory::Betaalgegevens },
          "Invordering van huurachterstand",
          LegalBasis::LegitimateInterest,
          "",
          InformedStatus::Informed },
        { "Gemeente Voorbeeldstad (demo)",
          RecipientCategory::Gemeente,
          { DataCategory::Naw, DataCategory::Overlast },
          "Aanpak woonoverlast in de wijk",
          LegalBasis::PublicTask,
          "Convenant Woonoverlast Voorbeeldstad 2025",
          InformedStatus::Pending },
        { "Politie Oost-Nederland (demo)",
          RecipientCategory::PolitieJustitie,
          { DataCategory::Naw, DataCategory::Strafrechtelijk },
          "Vordering in een strafrechtelijk onderzoek",
          LegalBasis::LegalObligation,
          "Art. 126nd Wetboek van Strafvordering",
          InformedStatus::Prohibited },
    };
    ServiceError failure;
    QList<qint64> recipientIds;
    for (const Kind &kind : kinds) {
        Recipient recipient;
        recipient.name = QString::fromUtf8(kind.name);
        recipient.category = kind.category;
        const auto added = recipients.add(recipient, false, &failure);
        if (!added) {
            *error = failure.message + u' ' + failure.detail;
            return false;
        }
        recipientIds << added->id;
    }
    Recipient processor;
    processor.name = QStringLiteral("Cloudhosting Voorbeeld B.V. (demo)");
    processor.category = RecipientCategory::Verwerker;
    processor.role = RecipientRole::Verwerker;
    processor.agreement = ProcessorAgreement::withLocation(QStringLiteral("NL"));
    processor.agreement.signedOn = today.addYears(-3);
    processor.agreement.reviewOn = today.addMonths(-2); // overdue: the register must show it
    processor.agreement.processes = QStringLiteral("Hosting van het klantsysteem en de back-ups");
    if (!recipients.add(processor, false, &failure)) {
        *error = failure.message + u' ' + failure.detail;
        return false;
    }

    ServiceError readFailure;
    const std::optional<QList<qint64>> ids
        = PersonRepository::allIds(store.database(), &readFailure);
    if (!ids) {
        *error = readFailure.detail;
        return false;
    }
    const QList<qint64> persons = *ids;

    Transaction batch(store.database());
    for (qsizetype i = 0; i < persons.size(); i += 12) {
        const int which = static_cast<int>(random.bounded(4));
        const Kind &kind = kinds[which];
        Disclosure disclosure;
        disclosure.date = today.addDays(-static_cast<int>(random.bounded(360)));
        disclosure.recipientId = recipientIds.at(which);
        disclosure.persons = { DisclosurePerson { persons.at(i), {}, {} } };
        disclosure.data = kind.data;
        disclosure.purpose = QString::fromUtf8(kind.purpose);
        disclosure.basis = kind.basis;
        disclosure.basisText = QString::fromUtf8(kind.basisText);
        disclosure.requestedBy = which == 3 ? QStringLiteral("Officier van justitie") : QString();
        disclosure.informed = kind.informed;
        if (kind.informed == InformedStatus::Informed)
            disclosure.informedOn = std::min(today, disclosure.date.addDays(random.bounded(5)));
        if (kind.informed == InformedStatus::Prohibited)
            disclosure.notInformedReason = QStringLiteral(
                "Lopend strafrechtelijk onderzoek: informeren is wettelijk verboden.");
        // Registered on the day the person was told, or else on the day itself.
        clock.set(moment(std::max(disclosure.date, disclosure.informedOn), random));
        if (!disclosures.add(disclosure, false, &failure)) {
            *error = failure.message + u' ' + failure.detail;
            return false;
        }
    }
    const Kind &contractor = kinds[0];
    for (qsizetype i = 0; i < candidates.size(); i += 2) {
        const Art19Candidate &candidate = candidates.at(i);
        Disclosure disclosure;
        disclosure.date = candidate.received.addDays(-10 - static_cast<int>(random.bounded(200)));
        disclosure.recipientId = recipientIds.at(0);
        disclosure.persons = { DisclosurePerson { candidate.personId, {}, {} } };
        disclosure.data = contractor.data;
        disclosure.purpose = QString::fromUtf8(contractor.purpose);
        disclosure.basis = contractor.basis;
        disclosure.informed = contractor.informed;
        disclosure.informedOn = disclosure.date;
        clock.set(moment(disclosure.date, random));
        if (!disclosures.add(disclosure, false, &failure)) {
            *error = failure.message + u' ' + failure.detail;
            return false;
        }
    }
    for (const Art19Candidate &candidate : candidates) {
        ServiceError readError;
        const QList<Art19Notification> toTell
            = disclosures.art19Notifications(candidate.number, &readError);
        if (readError.isError()) {
            *error = readError.message;
            return false;
        }
        const QDate told = candidate.answered.addDays(random.bounded(8));
        QDateTime last = candidate.after;
        for (const Art19Notification &recipient : toTell) {
            if (recipient.done() || random.bounded(4) == 0 || told > today)
                continue;
            last = std::max(moment(told, random), last.addSecs(60));
            clock.set(last);
            if (!disclosures.markNotified(candidate.number, recipient.recipientId, told,
                                          &failure)) {
                *error = failure.message + u' ' + failure.detail;
                return false;
            }
        }
    }
    if (!batch.commit()) {
        *error = batch.errorText();
        return false;
    }
    return true;
}

// Three data breaches (issue 20), so that the Datalekken section and its dashboard are not
// empty: a letter to the wrong address whose 72-hour clock is still running, a hacked mailbox at
// the hosting processor notified to the AP late (with the reasons) and the people informed, and
// a lost laptop with an encrypted disk assessed as "geen risico" and closed, kept in the register.
bool addBreaches(Store &store, QDate today, QString *error)
{
    FixedClock clock(QDateTime(today, QTime(12, 0), organisationTimeZone()).toUTC());
    BreachService breaches(store, clock);
    ServiceError failure;
    const auto fail = [&] {
        *error = failure.message + u' ' + failure.detail;
        return false;
    };
    const QDateTime now = clock.now();
    const auto add = [&](Breach breach, const QDateTime &reportedAt) -> std::optional<Breach> {
        clock.set(reportedAt);
        return breaches.add(breach, false, &failure);
    };

    // The clock runs: discovered 30 hours before noon today, assessed, not yet notified.
    Breach letter;
    letter.title = QStringLiteral("Brief over huurachterstand naar verkeerd adres");
    letter.description = QStringLiteral(
        "Een aanmaning met het bedrag van de achterstand is naar het vorige adres van de huurder "
        "gestuurd. De nieuwe bewoner belde erover.");
    letter.discoveredAt = now.addSecs(-30 * 3600);
    letter.occurredAt = letter.discoveredAt.addDays(-2);
    letter.natures = { BreachNature::Vertrouwelijkheid };
    letter.data = { DataCategory::Naw, DataCategory::Betaalgegevens };
    letter.persons = 1;
    letter.groupText = QStringLiteral("huurders");
    letter.measuresTaken = QStringLiteral("De brief is opgehaald bij de nieuwe bewoner; het adres "
                                          "in het klantsysteem is gecorrigeerd.");
    letter.consequences = QStringLiteral("Schaamte en mogelijk misbruik van de betaalgegevens.");
    const auto first = add(letter, letter.discoveredAt.addSecs(1800));
    if (!first)
        return fail();
    clock.set(letter.discoveredAt.addSecs(4 * 3600));
    if (!breaches.assess(
            first->number,
            { BreachRisk::Risico,
              QStringLiteral("Financiële gegevens van één huurder bij een derde; de "
                             "brief is terug, maar is gelezen."),
              { BreachCriterion::KindAndAmountOfData, BreachCriterion::EaseOfIdentification } },
            false, &failure))
        return fail();

    // Notified late: a hacked mailbox at the hosting processor.
    ServiceError lookup;
    const auto processor
        = RecipientService(store, clock)
              .findByName(QStringLiteral("Cloudhosting Voorbeeld B.V. (demo)"), &lookup);
    Breach mailbox;
    mailbox.title = QStringLiteral("Mailbox van de hostingpartij gehackt");
    mailbox.description = QStringLiteral(
        "Via een phishingmail kreeg een onbekende toegang tot een mailbox van de hostingpartij "
        "met exports uit het klantsysteem.");
    mailbox.discoveredAt
        = QDateTime(today.addDays(-40), QTime(9, 15), organisationTimeZone()).toUTC();
    mailbox.natures = { BreachNature::Vertrouwelijkheid, BreachNature::Integriteit };
    mailbox.data = { DataCategory::Naw, DataCategory::Contact, DataCategory::Huishouden,
                     DataCategory::Gezondheid };
    mailbox.persons = 350;
    mailbox.personsEstimate = true;
    mailbox.records = 1200;
    mailbox.recordsEstimate = true;
    mailbox.groupText = QStringLiteral("huurders met een aanpassing in de woning");
    if (processor) {
        mailbox.processorId = processor->id;
        mailbox.processorToldAt = mailbox.discoveredAt.addSecs(-3600);
    }
    mailbox.measuresBefore = QStringLiteral("Tweestapsverificatie op het klantsysteem, niet op de "
                                            "mail.");
    mailbox.measuresTaken = QStringLiteral("Wachtwoorden vervangen, tweestapsverificatie op alle "
                                           "mailboxen, exports verwijderd.");
    mailbox.consequences = QStringLiteral("Phishing gericht op huurders; gezondheidsgegevens bij "
                                          "onbevoegden.");
    const auto second = add(mailbox, mailbox.discoveredAt.addSecs(600));
    if (!second)
        return fail();
    clock.set(mailbox.discoveredAt.addSecs(20 * 3600));
    if (!breaches.assess(
            second->number,
            { BreachRisk::HoogRisico,
              QStringLiteral("Gezondheidsgegevens van veel huurders, goed te herleiden "
                             "en bruikbaar voor phishing."),
              { BreachCriterion::KindAndAmountOfData, BreachCriterion::EaseOfIdentification,
                BreachCriterion::VulnerableGroups, BreachCriterion::SpecialData,
                BreachCriterion::ManyPeople } },
            false, &failure))
        return fail();
    const QDateTime notified = mailbox.discoveredAt.addSecs(81 * 3600);
    clock.set(notified.addSecs(600));
    if (!breaches.notifyAp(second->number, notified, QStringLiteral("M-2026-104233"),
                           QStringLiteral("De omvang werd pas na het onderzoek van de "
                                          "hostingpartij duidelijk; dat duurde drie dagen."),
                           false, &failure))
        return fail();
    clock.set(notified.addDays(2));
    BreachSubjectsNotice notice;
    notice.on = clock.today();
    notice.how = QStringLiteral("brief aan elke betrokken huurder");
    notice.count = 350;
    if (!breaches.notifySubjects(second->number, notice, false, &failure))
        return fail();

    // Geen risico: a lost laptop with an encrypted disk, kept in the register and closed.
    Breach laptop;
    laptop.title = QStringLiteral("Laptop van een wijkconsulent verloren");
    laptop.description = QStringLiteral("In de trein laten liggen; niet teruggevonden.");
    laptop.discoveredAt
        = QDateTime(today.addDays(-12), QTime(17, 40), organisationTimeZone()).toUTC();
    laptop.natures = { BreachNature::Beschikbaarheid };
    laptop.data = { DataCategory::Naw, DataCategory::Overlast };
    laptop.measuresBefore = QStringLiteral("Volledige schijfversleuteling en een pincode.");
    laptop.measuresTaken = QStringLiteral("Het apparaat is op afstand gewist.");
    const auto third = add(laptop, laptop.discoveredAt.addSecs(900));
    if (!third)
        return fail();
    clock.set(laptop.discoveredAt.addSecs(3 * 3600));
    if (!breaches.assess(third->number,
                         { BreachRisk::Geen,
                           QStringLiteral("De schijf is sterk versleuteld; de gegevens zijn niet "
                                          "leesbaar voor de vinder."),
                           {} },
                         false, &failure))
        return fail();
    if (!breaches.close(third->number, &failure))
        return fail();
    return true;
}

} // namespace

bool DemoData::generate(Store &store, const DemoOptions &options,
                        const std::function<bool(int, int)> &progress, QString *error)
{
    if (!store.isDemo()) {
        *error = tr("Fictitious data can only be added to a demo store.");
        return false;
    }
    // A fictitious organisation, so that the demo's letters can be made (they need a name, a
    // postal address and a way to reach the organisation).
    {
        OrganisationSettings organisation(store);
        OrganisationDetails details = organisation.details();
        if (!details.missingForLetters().isEmpty()) {
            details.street = QStringLiteral("Voorbeeldplein 1");
            details.postcode = QStringLiteral("9999 ZZ");
            details.city = QStringLiteral("Demostad");
            details.privacyEmail = QStringLiteral("privacy@woonstede-demo.invalid");
            details.phone = QStringLiteral("0900 123 45 67");
            details.fgName = QStringLiteral("F. de Demo");
            details.fgEmail = QStringLiteral("fg@woonstede-demo.invalid");
            ServiceError failure;
            if (!organisation.save(details, false, &failure)) {
                *error = failure.message;
                return false;
            }
        }
    }
    QRandomGenerator random(options.seed);
    const QDate today = options.today.isValid() ? options.today : systemClock().today();
    FixedClock clock(QDateTime(today, QTime(12, 0), organisationTimeZone()).toUTC());
    CaseService cases(store, clock);
    QSqlDatabase db = store.database();
    constexpr int batchSize = 500;
    constexpr int maxOriginals = 40;
    int originals = 0;
    QList<Art19Candidate> candidates;

    int done = 0;
    while (done < options.cases) {
        Transaction batch(db);
        if (!batch.isOpen()) {
            *error = batch.errorText();
            return false;
        }
        const int end = std::min(options.cases, done + batchSize);
        for (int i = done; i < end; ++i) {
            ServiceError failure;
            // One in eight requests comes from someone who asked before.
            const int personIndex = (i > 8 && random.bounded(8) == 0) ? random.bounded(i) : i;
            QRandomGenerator personRandom(options.seed ^ static_cast<quint32>(personIndex * 7919));
            NewCase request;
            request.person.klantnummer = QStringLiteral("K%1").arg(100000 + personIndex);
            request.person.name
                = pick(personRandom, firstNames) + u' ' + pick(personRandom, lastNames);
            request.person.relation = Codes::relations().at(personRandom.bounded(5));
            request.person.street = pick(personRandom, streets);
            request.person.houseNumber = QString::number(1 + personRandom.bounded(180));
            request.person.postcode = QStringLiteral("%1 %2%3")
                                          .arg(7000 + personRandom.bounded(999))
                                          .arg(QChar(u'A' + personRandom.bounded(26)))
                                          .arg(QChar(u'A' + personRandom.bounded(26)));
            request.person.city = pick(personRandom, cities);
            request.person.phone
                = QStringLiteral("06-%1").arg(10000000 + personRandom.bounded(89999999));
            request.person.email = QStringLiteral("demo%1@voorbeeld.invalid").arg(personIndex);
            // Ex-tenants who left in the last two years and house-seekers who de-registered in
            // the last one: the retention rules derive their items from this end date (issue 16),
            // so the dashboard shows them expiring month by month ahead (contact data after two
            // years, registration data after one, financial records after the fiscal year + 7).
            if (request.person.relation == Relation::ExHuurder)
                request.person.relationEnd = today.addDays(-1 - personRandom.bounded(700));
            else if (request.person.relation == Relation::Woningzoekende)
                request.person.relationEnd = today.addDays(-1 - personRandom.bounded(350));

            const int age = random.bounded(420);
            const QDate received = today.addDays(-age);
            const quint32 kind = random.bounded(100);
            request.types << (kind < 55       ? RequestType::Inzage
                                  : kind < 67 ? RequestType::Verwijdering
                                  : kind < 77 ? RequestType::Rectificatie
                                  : kind < 83 ? RequestType::Bezwaar
                                  : kind < 88 ? RequestType::Overdraagbaarheid
                                  : kind < 92 ? RequestType::Beperking
                                  : kind < 96 ? RequestType::Klacht
                                              : RequestType::Intrekking);
            if (random.bounded(6) == 0)
                request.types << RequestType::Inzage;
            const quint32 via = random.bounded(100);
            request.channel = via < 35 ? Channel::Email
                : via < 60             ? Channel::Webformulier
                : via < 80             ? Channel::Telefoon
                : via < 90             ? Channel::Brief
                : via < 96             ? Channel::Balie
                : via < 99             ? Channel::Gemachtigde
                                       : Channel::Ap;
            request.receivedDate = received;
            const QDateTime arrived = moment(received, random);
            // A letter has a day of receipt, not a time; the other channels know the moment.
            if (request.channel != Channel::Brief)
                request.receivedAt = arrived;
            request.description = pick(random, descriptions);
            // The first e-mails come with their original, so the Documenten tab has some.
            if (request.channel == Channel::Email && originals < maxOriginals) {
                ++originals;
                request.attachments << demoMail(request, arrived, i);
            }
            // Half the requests are the demo user's own, so that "Mijn verzoeken" shows some.
            const quint32 who = random.bounded(4);
            request.handler = who < 2 ? store.userName()
                : who == 2            ? QStringLiteral("a.bakker")
                                      : QStringLiteral("m.jansen");

            clock.set(arrived);
            const auto created = cases.add(request, false, &failure);
            if (!created) {
                *error = failure.message + u' ' + failure.detail;
                return false;
            }
            const QString number = created->number;
            // Each step happens on its own day, never after today, and later than the step
            // before it: a second step on the same day comes some minutes after the first.
            QDate day = received;
            QDateTime last = arrived;
            const auto advance = [&](QDate on) {
                last = std::max(moment(on, random), last.addSecs(60 + random.bounded(1800)));
                clock.set(last);
            };
            const auto step = [&](int minDays, int maxDays) {
                day = day.addDays(minDays + random.bounded(maxDays - minDays + 1));
                if (day > today)
                    return false;
                advance(day);
                return true;
            };
            // Every step is valid by construction: a refusal is a bug here, and stops.
            bool failed = false;
            const auto must = [&](bool ok) {
                failed = failed || !ok;
                return ok;
            };
            bool identified = false;
            bool asked = false;
            if (random.bounded(10) < 6) {
                asked = step(0, 3) && must(cases.requestIdentification(number, day, &failure));
                if (asked) {
                    const IdMethod method = Codes::idMethods().at(random.bounded(5));
                    const bool succeeded = random.bounded(20) != 0;
                    identified = step(1, 12)
                        && must(cases.receiveIdentification(number, day, method, succeeded,
                                                            &failure))
                        && succeeded;
                }
            } else if (step(0, 2)) {
                identified = must(
                    cases.receiveIdentification(number, day, IdMethod::Portaal, true, &failure));
            }
            // Some extensions are told after the first month: the product must flag those.
            if (!failed && identified && random.bounded(8) == 0 && step(5, 30))
                must(cases.extend(number, pick(random, extensionReasons), day, false, &failure));
            std::optional<Outcome> outcome;
            if (!failed && !identified) {
                // Not identified: answered a few days after the identification failed.
                if (day <= today && step(2, 10)) {
                    Completion completion;
                    // Not dealt with only after identification was asked for (art. 12(2)).
                    completion.outcome = random.bounded(3) == 0 || !asked
                        ? Outcome::Ingetrokken
                        : Outcome::NietInBehandeling;
                    completion.answered = day;
                    completion.answerChannel = Codes::code(Channel::Brief);
                    must(cases.complete(number, completion, false, &failure));
                }
            } else if (!failed && day <= today) {
                // An office answers nearly everything before the deadline that applies; about
                // one in twenty is late, by a day up to four weeks. Answers due after today are
                // still open.
                const std::optional<Case> now = cases.find(number, &failure);
                const std::optional<CaseDeadlines> deadlines
                    = now ? cases.deadlines(*now, &failure) : std::nullopt;
                must(deadlines.has_value());
                const QDate due = deadlines ? deadlines->current : day;
                const qint64 room = std::max<qint64>(1, day.daysTo(due));
                const QDate answered = random.bounded(100) < 5
                    ? std::max(due, day).addDays(1 + random.bounded(28))
                    : day.addDays(
                        1 + static_cast<qint64>(random.bounded(static_cast<quint32>(room))));
                if (answered <= today) {
                    day = answered;
                    advance(day);
                    const quint32 result = random.bounded(100);
                    outcome = result < 68 ? Outcome::Toegewezen
                        : result < 84     ? Outcome::DeelsToegewezen
                        : result < 94     ? Outcome::Afgewezen
                                          : Outcome::Ingetrokken;
                    Completion completion;
                    completion.outcome = *outcome;
                    const bool specific = random.bounded(2) != 0;
                    QList<RequestType> kinds = request.types;
                    std::sort(kinds.begin(), kinds.end());
                    kinds.erase(std::unique(kinds.begin(), kinds.end()), kinds.end());
                    if (CaseWorkflow::needsGrounds(*outcome) && kinds.size() > 1) {
                        // A combined request is decided per kind: refused as a whole, or its
                        // first kind granted in part and the others in full.
                        for (RequestType type : kinds) {
                            TypeDecision part { type, *outcome, {}, {}, {} };
                            if (*outcome == Outcome::DeelsToegewezen && type != kinds.first())
                                part.outcome = Outcome::Toegewezen;
                            if (CaseWorkflow::needsGrounds(part.outcome)) {
                                part.grounds << refusalFor(type, part.outcome, specific);
                                part.motivation = motivationFor(part.grounds.first());
                            }
                            if (CaseWorkflow::needsGranted(part.outcome))
                                part.granted = grantedFor(type);
                            completion.decisions << part;
                        }
                    } else if (CaseWorkflow::needsGrounds(*outcome)) {
                        // A ground that fits the request's kind, with its reasons.
                        const RefusalGround ground
                            = refusalFor(request.types.first(), *outcome, specific);
                        completion.grounds << ground;
                        completion.motivation = motivationFor(ground);
                        if (CaseWorkflow::needsGranted(*outcome))
                            completion.granted = grantedFor(request.types.first());
                    }
                    completion.answered = day;
                    completion.answerChannel
                        = Codes::code(random.bounded(2) ? Channel::Email : Channel::Brief);
                    must(cases.complete(number, completion, false, &failure));
                }
            }
            if (!failed && random.bounded(4) == 0 && day <= today) {
                advance(day);
                must(cases.addNote(
                    number,
                    QStringLiteral("Telefonisch contact gehad; betrokkene is op de hoogte."), false,
                    &failure));
            }
            const bool changed
                = std::any_of(request.types.cbegin(), request.types.cend(), [](RequestType type) {
                      return type == RequestType::Rectificatie || type == RequestType::Verwijdering
                          || type == RequestType::Beperking;
                  });
            if (!failed && changed
                && (outcome == Outcome::Toegewezen || outcome == Outcome::DeelsToegewezen))
                candidates << Art19Candidate { number, created->person.id, received, day, last };
            if (failed) {
                *error = QStringLiteral("%1: %2 %3").arg(number, failure.message, failure.detail);
                return false;
            }
        }
        if (!batch.commit()) {
            *error = batch.errorText();
            return false;
        }
        done = end;
        if (progress && !progress(done, options.cases))
            break;
    }
    if (!addDisclosures(store, options.seed, today, candidates, error))
        return false;
    if (!addBreaches(store, today, error))
        return false;
    if (ServiceError failure; !ProcessingRegister(store).seedExample(&failure)) {
        *error = failure.message;
        return false;
    }
    return true;
}

} // namespace pd
