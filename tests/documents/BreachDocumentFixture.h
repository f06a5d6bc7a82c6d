#pragma once

// A data breach for the documents' tests: the organisation with its FG, a processor
// established outside the EEA, two persons concerned (one linked by name), and a breach
// discovered on Friday 27 March 2026 at 16:00 (the AP deadline lies after the change to summer
// time: Monday 30 March 17:00), assessed as high risk and notified late with its reasons. Each
// step runs through the services with the fixture's clock.

#include "DocumentFixture.h"
#include "breaches/BreachService.h"
#include "organisation/OrganisationSettings.h"
#include "registers/Recipients.h"
#include "session/Session.h"

#include <QDateTime>
#include <QString>

namespace pd::test {

class BreachDocumentFixture final
{
public:
    explicit BreachDocumentFixture(const Store &store)
        : m_store(store)
        , m_documents(store)
    { }

    FixedClock &clock() { return m_documents.clock(); }
    QString error() const { return m_error; }
    qint64 linkedPerson() const { return m_linked; }
    qint64 otherPerson() const { return m_other; }

    static QString lateReason()
    {
        return QStringLiteral("De afdeling verhuur meldde het pas na het weekend bij de FG.");
    }
    static QString consequences()
    {
        return QStringLiteral("De buren weten nu dat er een huurachterstand is. Dat kan tot "
                              "schaamte of roddel leiden.");
    }
    // The art. 34 letter's own texts, for the people concerned.
    static QString subjectsDescription()
    {
        return QStringLiteral("Wij hebben een brief over uw huurachterstand naar een verkeerd "
                              "adres gestuurd. Uw buren hebben die brief open gemaakt.");
    }
    static QString subjectsConsequences()
    {
        return QStringLiteral("Uw buren weten nu misschien dat u een huurachterstand heeft.");
    }
    static QString subjectsMeasures()
    {
        return QStringLiteral("Wij hebben de brief terug. Wij kijken uw adres voortaan extra "
                              "na voordat wij u schrijven.");
    }
    static QString measuresTaken()
    {
        return QStringLiteral("De buren hebben de brief teruggegeven. Wij controleren adressen "
                              "voortaan twee keer voordat een brief op de post gaat.");
    }
    static QString description()
    {
        return QStringLiteral("Een brief over een huurachterstand is naar het verkeerde adres "
                              "gestuurd: de buren hebben hem geopend.");
    }

    // The organisation (with its FG), the processor, the persons and the breach; its number.
    QString breach(bool late = true)
    {
        if (!m_documents.setOrganisation()) {
            m_error = m_documents.error();
            return {};
        }
        ServiceError error;
        OrganisationSettings settings(Session { m_store, clock() });
        OrganisationDetails details = settings.details();
        details.fgName = QStringLiteral("Petra de Boer");
        details.fgEmail = QStringLiteral("fg@voorbeeldhaven.nl");
        details.phone = QStringLiteral("030 123 45 67");
        if (!settings.save(details, BsnCheck::Refuse, &error))
            return fail(error);
        const auto linked
            = m_documents.addCase(DocumentFixture::personName(), QStringLiteral("K1001"),
                                  { RequestType::Inzage }, QDate(2026, 2, 2));
        const auto other
            = m_documents.addCase(QStringLiteral("Bram Kooistra"), QStringLiteral("K1002"),
                                  { RequestType::Inzage }, QDate(2026, 2, 3));
        if (!linked || !other) {
            m_error = m_documents.error();
            return {};
        }
        m_linked = linked->person.id;
        m_other = other->person.id;
        clock().set(QDateTime(QDate(2026, 3, 20), QTime(9, 0), Qt::UTC));
        Recipient processor;
        processor.name = QStringLiteral("Mailhuis Cloud Inc.");
        processor.category = RecipientCategory::Verwerker;
        processor.role = RecipientRole::Verwerker;
        processor.agreement = ProcessorAgreement::withLocation(QStringLiteral("US"));
        const auto added = RecipientService(Session { m_store, clock() })
                               .add(processor, BsnCheck::Refuse, &error);
        if (!added)
            return fail(error);

        clock().set(QDateTime(QDate(2026, 3, 27), QTime(15, 30), Qt::UTC));
        Breach b;
        b.title = QStringLiteral("Brief met huurachterstand naar verkeerd adres");
        b.description = description();
        b.occurredAt = BreachCodes::parseLocalMoment(QStringLiteral("2026-03-26T10:15"));
        b.discoveredAt = BreachCodes::parseLocalMoment(QStringLiteral("2026-03-27T16:00"));
        b.natures = { BreachNature::Vertrouwelijkheid };
        b.data = { DataCategory::Naw, DataCategory::Betaalgegevens, DataCategory::Gezondheid };
        b.persons = 120;
        b.personsEstimate = true;
        b.records = 340;
        b.groupText = QStringLiteral("Huurders van complex De Meeuw");
        b.processorId = added->id;
        b.processorToldAt = BreachCodes::parseLocalMoment(QStringLiteral("2026-03-27T14:30"));
        b.measuresBefore = QStringLiteral("Adressen komen uit het woningbeheersysteem.");
        b.measuresTaken = measuresTaken();
        b.consequences = consequences();
        b.subjectsDescription = subjectsDescription();
        b.subjectsConsequences = subjectsConsequences();
        b.subjectsMeasures = subjectsMeasures();
        BreachService service(Session { m_store, clock() });
        const auto stored = service.add(b, BsnCheck::Refuse, &error);
        if (!stored)
            return fail(error);
        if (!service.linkPersons(stored->number, { m_linked }, &error))
            return fail(error);
        clock().set(QDateTime(QDate(2026, 3, 28), QTime(9, 0), Qt::UTC));
        if (!service.assess(
                stored->number,
                { BreachRisk::HoogRisico,
                  QStringLiteral("Financiële gegevens van kwetsbare huurders."),
                  { BreachCriterion::VulnerableGroups, BreachCriterion::SeverityOfConsequences } },
                BsnCheck::Refuse, &error))
            return fail(error);
        clock().set(QDateTime(QDate(2026, 4, 2), QTime(9, 0), Qt::UTC));
        const QDateTime at = BreachCodes::parseLocalMoment(
            late ? QStringLiteral("2026-03-31T10:00") : QStringLiteral("2026-03-30T11:00"));
        if (!service.notifyAp(stored->number, at, QStringLiteral("M-2026-0417"),
                              late ? lateReason() : QString(), BsnCheck::Refuse, &error))
            return fail(error);
        return stored->number;
    }

private:
    QString fail(const ServiceError &error)
    {
        m_error = error.message;
        return {};
    }

    const Store &m_store;
    DocumentFixture m_documents;
    QString m_error;
    qint64 m_linked = 0;
    qint64 m_other = 0;
};

} // namespace pd::test
