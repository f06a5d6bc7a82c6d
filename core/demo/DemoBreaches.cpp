// The demo's data breaches, written through BreachService's units with a clock set
// to the moment of each step.

#include "demo/DemoBreaches.h"

#include "breaches/BreachService.h"
#include "registers/Recipients.h"
#include "util/Clock.h"

namespace pd::demo {

namespace {

// The data breaches of one run: the service and the clock they are written with, and why the
// last step failed.
struct BreachRun
{
    const Session &session;
    FixedClock &clock;
    BreachService &breaches;
    ServiceError failure;

    std::optional<Breach> add(const Breach &breach, const QDateTime &reportedAt)
    {
        clock.set(reportedAt);
        return breaches.add(breach, BsnCheck::Refuse, &failure);
    }
};

// The clock runs: a letter to the wrong address, discovered 30 hours before now (noon today),
// assessed, not yet notified.
bool addLetterBreach(BreachRun &run, const QDateTime &now)
{
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
    letter.subjectsDescription = QStringLiteral(
        "Wij hebben een brief over uw huurachterstand naar uw vorige adres gestuurd. De nieuwe "
        "bewoner heeft de brief gelezen.");
    letter.subjectsConsequences
        = QStringLiteral("De nieuwe bewoner weet nu dat u een huurachterstand heeft.");
    letter.subjectsMeasures = QStringLiteral(
        "Wij hebben de brief teruggehaald bij de nieuwe bewoner. Uw adres in onze administratie "
        "is verbeterd, zodat onze post u weer bereikt.");
    const auto first = run.add(letter, letter.discoveredAt.addSecs(1800));
    if (!first)
        return false;
    run.clock.set(letter.discoveredAt.addSecs(4 * 3600));
    return run.breaches.assess(
        first->number,
        { BreachRisk::Risico,
          QStringLiteral("Financiële gegevens van één huurder bij een derde; de "
                         "brief is terug, maar is gelezen."),
          { BreachCriterion::KindAndAmountOfData, BreachCriterion::EaseOfIdentification } },
        BsnCheck::Refuse, &run.failure);
}

// Notified late: a hacked mailbox at the hosting processor, the people informed.
bool addMailboxBreach(BreachRun &run, QDate today)
{
    ServiceError lookup;
    const auto processor
        = RecipientService(run.session)
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
    const auto second = run.add(mailbox, mailbox.discoveredAt.addSecs(600));
    if (!second)
        return false;
    run.clock.set(mailbox.discoveredAt.addSecs(20 * 3600));
    if (!run.breaches.assess(
            second->number,
            { BreachRisk::HoogRisico,
              QStringLiteral("Gezondheidsgegevens van veel huurders, goed te herleiden "
                             "en bruikbaar voor phishing."),
              { BreachCriterion::KindAndAmountOfData, BreachCriterion::EaseOfIdentification,
                BreachCriterion::VulnerableGroups, BreachCriterion::SpecialData,
                BreachCriterion::ManyPeople } },
            BsnCheck::Refuse, &run.failure))
        return false;
    const QDateTime notified = mailbox.discoveredAt.addSecs(81 * 3600);
    run.clock.set(notified.addSecs(600));
    if (!run.breaches.notifyAp(second->number, notified, QStringLiteral("M-2026-104233"),
                               QStringLiteral("De omvang werd pas na het onderzoek van de "
                                              "hostingpartij duidelijk; dat duurde drie dagen."),
                               BsnCheck::Refuse, &run.failure))
        return false;
    run.clock.set(notified.addDays(2));
    BreachSubjectsNotice notice;
    notice.on = run.clock.today();
    notice.how = QStringLiteral("brief aan elke betrokken huurder");
    notice.count = 350;
    return run.breaches.notifySubjects(second->number, notice, BsnCheck::Refuse, &run.failure);
}

// Geen risico: a lost laptop with an encrypted disk, kept in the register and closed.
bool addLaptopBreach(BreachRun &run, QDate today)
{
    Breach laptop;
    laptop.title = QStringLiteral("Laptop van een wijkconsulent verloren");
    laptop.description = QStringLiteral("In de trein laten liggen; niet teruggevonden.");
    laptop.discoveredAt
        = QDateTime(today.addDays(-12), QTime(17, 40), organisationTimeZone()).toUTC();
    laptop.natures = { BreachNature::Beschikbaarheid };
    laptop.data = { DataCategory::Naw, DataCategory::Overlast };
    laptop.measuresBefore = QStringLiteral("Volledige schijfversleuteling en een pincode.");
    laptop.measuresTaken = QStringLiteral("Het apparaat is op afstand gewist.");
    const auto third = run.add(laptop, laptop.discoveredAt.addSecs(900));
    if (!third)
        return false;
    run.clock.set(laptop.discoveredAt.addSecs(3 * 3600));
    return run.breaches.assess(third->number,
                               { BreachRisk::Geen,
                                 QStringLiteral("De schijf is sterk versleuteld; de gegevens zijn "
                                                "niet leesbaar voor de vinder."),
                                 {} },
                               BsnCheck::Refuse, &run.failure)
        && run.breaches.close(third->number, &run.failure);
}

} // namespace

bool addBreaches(Store &store, QDate today, QString *error)
{
    FixedClock clock(QDateTime(today, QTime(12, 0), organisationTimeZone()).toUTC());
    const Session session(store, clock);
    BreachService breaches(session);
    BreachRun run { session, clock, breaches, {} };
    if (addLetterBreach(run, clock.now()) && addMailboxBreach(run, today)
        && addLaptopBreach(run, today))
        return true;
    *error = run.failure.message + u' ' + run.failure.detail;
    return false;
}

} // namespace pd::demo
