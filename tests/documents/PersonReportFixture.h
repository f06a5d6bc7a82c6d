#pragma once

// A data subject with everything an inzage report can hold, made through the real services:
// imported from a housing-system CSV (with another known person), two requests with notes that
// name other people, disclosures to two recipients (and one the law forbids telling about), a
// retention item and a legal hold; a register of processing activities with activities for
// tenants (on contract, on a legal obligation, one with a processor in the United States, one on
// legitimate interests with nuisance reports) and one for job applicants only. Shared by the
// core and the GUI tests of the export.

#include "OrganisationSupport.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "organisation/OrganisationSettings.h"
#include "registers/Disclosures.h"
#include "registers/PersonImport.h"
#include "registers/ProcessingRegister.h"
#include "registers/Recipients.h"
#include "retention/Retention.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace pd::test {

struct PersonReportFixture
{
    qint64 personId = 0;
    qint64 otherId = 0;
    QString firstCase;
    QString secondCase;

    static QString subjectName() { return QStringLiteral("Anna de Vries"); }
    static QString otherName() { return QStringLiteral("Pieter Bakker"); }
    static QString otherPhone() { return QStringLiteral("06-98765432"); }
    static QString otherEmail() { return QStringLiteral("p.bakker@example.com"); }
    static QString gemeente() { return QStringLiteral("Gemeente Utrecht"); }
    static QString aannemer() { return QStringLiteral("Aannemersbedrijf Bouwman"); }
    static QString politie() { return QStringLiteral("Politie Midden-Nederland"); }
    static QString usProcessor() { return QStringLiteral("Identiteitsdienst Cloud Inc."); }
    static QString usSafeguard()
    {
        return QStringLiteral("EU-VS Data Privacy Framework; standaardcontractbepalingen");
    }

    // What letters need beside the organisation's name: its postal address and contact (issue
    // 14).
    static bool fillOrganisation(const Store &store, const Clock &clock, ServiceError *error)
    {
        OrganisationSettings settings(Session { store, clock });
        OrganisationDetails details = settings.details();
        details.street = QStringLiteral("Havenstraat 12");
        details.postcode = QStringLiteral("1234 AB");
        details.city = QStringLiteral("Voorbeeldhaven");
        details.privacyEmail = QStringLiteral("privacy@voorbeeldhaven.nl");
        if (!settings.save(details, BsnCheck::Refuse, error))
            return false;
        const QString chosen = chooseForLetters(Session { store, clock });
        if (!chosen.isEmpty())
            *error = ServiceError { ServiceError::Code::Invalid, chosen };
        return chosen.isEmpty();
    }

    // The register: what the inzage report's art. 15(1) sections read for a tenant.
    static bool fillRegister(const Store &store, const Clock &clock, ServiceError *error)
    {
        ProcessingRegister processing(Session { store, clock });
        const auto activity
            = [&](const char *purposeCode, const char *purpose, const char *subPurpose,
                  const char *name, QStringList bases, const char *basisText, QStringList subjects,
                  QList<PersonalDataCategory> data, QStringList sources, QStringList recipients,
                  QStringList processors) {
                  ProcessingActivity a;
                  a.purposeCode = QString::fromUtf8(purposeCode);
                  a.purpose = QString::fromUtf8(purpose);
                  a.subPurpose = QString::fromUtf8(subPurpose);
                  a.name = QString::fromUtf8(name);
                  a.legalBases = bases;
                  a.legalBasisText = QString::fromUtf8(basisText);
                  a.subjects = subjects;
                  a.dataCategories = data;
                  a.sources = sources;
                  a.recipients = recipients;
                  a.processors = processors;
                  return a;
              };
        const auto s = [](const char *text) {
            return QString::fromUtf8(text);
        };
        QList<ProcessingActivity> activities {
            activity("A", "Leveren van diensten", "Opmaken van huurovereenkomst",
                     "Huurovereenkomsten", { s("b") }, "", { s("huurders"), s("medebewoners") },
                     { { s("naam en contactgegevens"), {} } },
                     { s("betrokkene zelf"), s("BRP via gemeente") }, { s("aannemer") },
                     { s("Leverancier woningbeheersysteem") }),
            activity("A", "Leveren van diensten", "Transacties uitvoeren",
                     "Huurincasso en financiële administratie", { s("c") },
                     "Algemene wet inzake rijksbelastingen, art. 52", { s("huurders") },
                     { { s("betaalgegevens"), {} } }, { s("betrokkene zelf") },
                     { s("deurwaarder") }, {}),
            activity("B", "Werving en selectie", "Sollicitaties behandelen", "Sollicitaties",
                     { s("b") }, "", { s("sollicitanten") }, { { s("cv en motivatiebrief"), {} } },
                     { s("betrokkene zelf") }, {}, {}),
            activity("C", "Sociaal beheer", "Overlast aanpakken", "Overlastdossiers", { s("f") },
                     "", { s("huurders"), s("omwonenden") },
                     { { s("meldingen van overlast"), { s("overlast") } } },
                     { s("omwonenden"), s("politie") }, { s("gemeente") }, {}),
        };
        ProcessingActivity portal = activity(
            "A", "Leveren van diensten", "Authenticatie van de klant", "Inloggen huurdersportaal",
            { s("b") }, "", { s("huurders") }, { { s("e-mailadres en inloggegevens"), {} } },
            { s("betrokkene zelf") }, {}, { usProcessor() });
        portal.outsideEu = true;
        portal.transferCountry = s("Verenigde Staten");
        portal.transferSafeguard = usSafeguard();
        activities << portal;
        for (const ProcessingActivity &a : std::as_const(activities)) {
            if (!processing.add(a, BsnCheck::Refuse, error))
                return false;
        }
        return true;
    }

    // Fills the store; returns false (with a failed QVERIFY) when a service refuses.
    bool build(const Store &store, const Clock &clock, const QString &tmpDir)
    {
        ServiceError error;
        const auto check = [&error](bool ok, const char *what) {
            if (!ok)
                qWarning("fixture: %s: %s", what, qPrintable(error.message));
            return ok;
        };
        // From the housing system: the subject and another tenant.
        const QString csv = tmpDir + QStringLiteral("/erp.csv");
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write("klantnummer;naam;relatie;einddatum;adres;postcode;plaats;telefoon;email\n"
                   "K100;Anna de Vries;huurder;30-06-2026;Dorpsstraat 12;1234 AB;Utrecht;"
                   "06 12345678;anna@example.nl\n"
                   "K200;Pieter Bakker;huurder;;Dorpsstraat 14;1234 AB;Utrecht;;\n");
        file.close();
        PersonImport importer(Session { store, clock });
        const ImportResult imported = importer.run(csv, {});
        if (!imported.ok() || imported.imported != 2) {
            qWarning("fixture: import: %s", qPrintable(imported.error));
            return false;
        }

        CaseService cases(Session { store, clock });
        NewCase first;
        first.person.klantnummer = QStringLiteral("K100");
        first.person.name = subjectName();
        first.types = { RequestType::Inzage };
        first.channel = Channel::Telefoon;
        first.receivedDate = QDate(2026, 10, 1);
        first.description = QStringLiteral("Wil weten welke gegevens wij hebben. Buurman Pieter "
                                           "Bakker heeft over haar geklaagd.");
        first.callbackPhone = QStringLiteral("06 12345678");
        const auto c1 = cases.add(first, BsnCheck::Refuse, &error);
        if (!check(c1.has_value(), "case 1"))
            return false;
        personId = c1->person.id;
        firstCase = c1->number;
        if (!check(cases.addNote(firstCase,
                                 QStringLiteral("Teruggebeld op 06-12345678. Haar dochter belt "
                                                "soms via 06-98765432; mail van "
                                                "p.bakker@example.com doorgestuurd."),
                                 BsnCheck::Refuse, &error),
                   "note 1")
            || !check(cases.addNote(firstCase,
                                    QStringLiteral("Mevrouw De Vries kwam langs aan de balie met "
                                                   "J. Jansen van Aannemersbedrijf Bouwman."),
                                    BsnCheck::Refuse, &error),
                      "note 2")
            || !check(cases.requestIdentification(firstCase, QDate(2026, 10, 2), &error), "id")
            || !check(cases.receiveIdentification(firstCase, QDate(2026, 10, 5), IdMethod::KopieId,
                                                  true, &error),
                      "id received")
            || !check(cases.complete(firstCase,
                                     completion(Outcome::Toegewezen, QDate(2026, 10, 20),
                                                QStringLiteral("per post")),
                                     BsnCheck::Refuse, &error),
                      "complete"))
            return false;

        NewCase second;
        second.person.klantnummer = QStringLiteral("K100");
        second.types = { RequestType::Verwijdering, RequestType::Bezwaar };
        second.channel = Channel::Email;
        second.receivedDate = QDate(2026, 11, 10);
        second.description = QStringLiteral("Verzoek om verwijdering van oude klachten.");
        const auto c2 = cases.add(second, BsnCheck::Refuse, &error);
        if (!check(c2.has_value(), "case 2"))
            return false;
        secondCase = c2->number;
        if (!check(cases.addNote(secondCase,
                                 QStringLiteral("Afspraak gemaakt met Karel Smit (wijkagent)."),
                                 BsnCheck::Refuse, &error),
                   "note 3")
            || !check(cases.extend(secondCase, QStringLiteral("Gegevens in veel systemen"),
                                   QDate(2026, 11, 15), BsnCheck::Refuse, &error),
                      "extend"))
            return false;

        // Another tenant with a request of his own.
        NewCase other;
        other.person.klantnummer = QStringLiteral("K200");
        other.types = { RequestType::Klacht };
        other.channel = Channel::Brief;
        other.receivedDate = QDate(2026, 11, 1);
        const auto c3 = cases.add(other, BsnCheck::Refuse, &error);
        if (!check(c3.has_value(), "case 3"))
            return false;
        otherId = c3->person.id;

        RecipientService recipients(Session { store, clock });
        const auto recipient = [&](const QString &name, RecipientCategory category) -> qint64 {
            Recipient r;
            r.name = name;
            r.category = category;
            const auto added = recipients.add(r, BsnCheck::Refuse, &error);
            return check(added.has_value(), "recipient") ? added->id : 0;
        };
        const qint64 gemeenteId = recipient(gemeente(), RecipientCategory::Gemeente);
        const qint64 aannemerId = recipient(aannemer(), RecipientCategory::Aannemer);
        const qint64 politieId = recipient(politie(), RecipientCategory::PolitieJustitie);
        if (!gemeenteId || !aannemerId || !politieId)
            return false;
        DisclosureService disclosures(Session { store, clock });
        Disclosure d;
        d.date = QDate(2026, 10, 15);
        d.recipientId = gemeenteId;
        d.persons = { { personId, {}, {} }, { otherId, {}, {} } };
        d.data = { DataCategory::Naw, DataCategory::Overlast };
        d.dataText = QStringLiteral("Meldingen van overlast door buurman P. Bakker");
        d.purpose = QStringLiteral("Convenant woonoverlast");
        d.basis = LegalBasis::PublicTask;
        d.basisText = QStringLiteral("Convenant Veilig Wonen Utrecht");
        d.requestedBy = QStringLiteral("Gemeente Utrecht, team Veiligheid");
        d.informed = InformedStatus::Informed;
        d.informedOn = QDate(2026, 10, 16);
        if (!check(disclosures.add(d, BsnCheck::Refuse, &error).has_value(), "disclosure 1"))
            return false;
        Disclosure repair;
        repair.date = QDate(2026, 10, 20);
        repair.recipientId = aannemerId;
        repair.persons = { { personId, {}, {} } };
        repair.data = { DataCategory::Naw, DataCategory::Contact };
        repair.dataText = QStringLiteral("Naam, adres en telefoonnummer");
        repair.purpose = QStringLiteral("Reparatie cv-ketel");
        repair.basis = LegalBasis::Contract;
        repair.caseNumber = firstCase;
        if (!check(disclosures.add(repair, BsnCheck::Refuse, &error).has_value(), "disclosure 2"))
            return false;
        Disclosure secret;
        secret.date = QDate(2026, 11, 3);
        secret.recipientId = politieId;
        secret.persons = { { personId, {}, {} } };
        secret.data = { DataCategory::Naw };
        secret.purpose = QStringLiteral("Vordering in strafrechtelijk onderzoek");
        secret.basis = LegalBasis::LegalObligation;
        secret.basisText = QStringLiteral("Art. 126nd Wetboek van Strafvordering");
        secret.informed = InformedStatus::Prohibited;
        secret.notInformedReason = QStringLiteral("Geheimhouding opgelegd door de officier");
        if (!check(disclosures.add(secret, BsnCheck::Refuse, &error).has_value(), "disclosure 3"))
            return false;

        RetentionService retention(Session { store, clock });
        if (!check(retention
                       .setItem(personId, QStringLiteral("contactgegevens-huurder"),
                                QDate(2026, 6, 30), &error)
                       .has_value(),
                   "retention item")
            || !check(retention.placeHold(personId,
                                          QStringLiteral("Klacht bij de Autoriteit "
                                                         "Persoonsgegevens"),
                                          BsnCheck::Refuse, &error),
                      "hold"))
            return false;
        return check(fillRegister(store, clock, &error), "register");
    }
};

} // namespace pd::test
