// The recipients catalogue and the disclosure register on a real encrypted store, with today
// pinned: the seeded categories, every change with its audit event, the BSN guard on each free
// text, the informed-status rules, the art. 19 list after an erasure, and the list's filters and
// pages. (The 11-proef-valid number the guard must refuse is computed, never written here.)

#include "RecipientSupport.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "crypto/SecureBytes.h"
#include "documents/EventText.h"
#include "domain/BsnGuard.h"
#include "domain/InputLimits.h"
#include "letters/Letters.h"
#include "registers/DisclosureRepository.h"
#include "registers/Disclosures.h"
#include "registers/RecipientRepository.h"
#include "registers/Recipients.h"
#include "retention/Retention.h"
#include "session/Session.h"
#include "store/Migrations.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

const QString phoneChange = u"Telefoonnummer: 06 1111 2222 → 06 3333 4444"_s;

// The first nine-digit number from 100000000 up that passes the BSN 11-proef, grouped as on an ID.
// Written as on an ID card: 1234.56.789.
QString computedBsn()
{
    const QString digits = pd::test::elfProefNumber();
    return digits.left(4) + u'.' + digits.mid(4, 2) + u'.' + digits.mid(6);
}

QStringList namesOf(const QList<Recipient> &recipients)
{
    QStringList names;
    for (const Recipient &r : recipients)
        names << r.name;
    return names;
}

} // namespace

class TestDisclosures final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newStoreHoldsCategoriesNotCompanies();
    void codesRoundTrip();
    void recipientCrudWithAuditEvents();
    void recipientValidation();
    void processorAgreementAndLocation();
    void disclosureCrudWithAuditEvents();
    void bsnGuardOnEveryFreeText_data();
    void bsnGuardOnEveryFreeText();
    void confirmedNotBsnIsLogged();
    void informedStatusRules_data();
    void informedStatusRules();
    void validationRefusesIncompleteDisclosures();
    void forPersonAndMultiplePersons();
    void personOfANewDisclosure();
    void art19AfterErasure();
    void art19NotForRefusedOrOtherTypes();
    void art19ExemptionWithReason();
    void art19OnlyForTheDataThatChanged();
    void art19PhoneNumberIsNoEmailAddress();
    void art19NotApplicableByTheOfficer();
    void art19MigrationKeepsNotifications();
    void art19ExemptReasonGoesWithTheRequestFiles();
    void filtersAndPaging();
    void repositoriesAnswerOtherModules();

private:
    qint64 addPerson(const QString &name, const QString &klantnummer);
    // A rectification of K200001's phone number received on `received`, identified the next day
    // and granted on `answered` with the data it changed; the completed request.
    std::optional<Case> rectification(QDate received, QDate answered,
                                      const QList<DataCategory> &changed);
    qint64 addRecipient(const QString &name, RecipientCategory category,
                        RecipientRole role = RecipientRole::Ontvanger);
    Disclosure disclosureFor(qint64 recipientId, QList<qint64> personIds, QDate date);
    std::optional<Case> completedCase(const QString &klantnummer, RequestType type, Outcome outcome,
                                      QDate answered);
    int auditCount() const { return countRows(m_store->database(), u"audit_events"_s); }
    QList<AuditEvent> eventsOf(const QString &entity, qint64 id) const;

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC) };
    std::unique_ptr<CaseService> m_cases;
    std::unique_ptr<RecipientService> m_recipients;
    std::unique_ptr<DisclosureService> m_disclosures;
};

void TestDisclosures::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
}

void TestDisclosures::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    m_cases = std::make_unique<CaseService>(Session { *m_store, m_clock });
    m_recipients = std::make_unique<RecipientService>(Session { *m_store, m_clock });
    m_disclosures = std::make_unique<DisclosureService>(Session { *m_store, m_clock });
}

void TestDisclosures::cleanup()
{
    if (m_cases) {
        const AuditLog::Verification verification = m_cases->verifyAuditTrail();
        QVERIFY2(verification.ok, qPrintable(verification.reason));
    }
    // On a server every disclosure the application registered,
    // changed or removed is described by its own event, in the registrar's own name: not one of
    // its rows was taken for a change by hand (no test writes them with SQL of its own).
    if (m_store && m_store->isServer() && !QTest::currentTestFailed()) {
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(u"SELECT count(*) FROM audit_events WHERE action = 'sql.changed' AND "
                           "payload::jsonb ->> 'table' IN ('disclosures', 'disclosure_persons', "
                           "'disclosure_data')"_s)
                && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    m_disclosures.reset();
    m_recipients.reset();
    m_cases.reset();
    m_store.reset();
    m_dir.reset();
}

// Persons enter the store with a request (CaseService is the only writer of persons).
qint64 TestDisclosures::addPerson(const QString &name, const QString &klantnummer)
{
    NewCase request;
    request.person.name = name;
    request.person.klantnummer = klantnummer;
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Inzage };
    request.receivedDate = QDate(2026, 1, 5);
    ServiceError error;
    const auto c = m_cases->add(request, BsnCheck::Refuse, &error);
    if (!c)
        qWarning("addPerson: %s", qPrintable(error.message));
    return c ? c->person.id : 0;
}

std::optional<Case> TestDisclosures::rectification(QDate received, QDate answered,
                                                   const QList<DataCategory> &changed)
{
    NewCase request;
    request.person.klantnummer = u"K200001"_s;
    request.types = { RequestType::Rectificatie };
    request.receivedDate = received;
    ServiceError error;
    const auto c = m_cases->add(request, BsnCheck::Refuse, &error);
    Completion done = test::completion(Outcome::Toegewezen, answered, u"brief"_s);
    done.granted = phoneChange;
    done.changedData = changed;
    if (!c
        || !m_cases->receiveIdentification(c->number, received.addDays(1), IdMethod::Klantgegevens,
                                           true, &error)
        || !m_cases->complete(c->number, done, BsnCheck::Refuse, &error)) {
        qWarning("rectification: %s", qPrintable(error.message));
        return std::nullopt;
    }
    return m_cases->find(c->number, &error);
}

qint64 TestDisclosures::addRecipient(const QString &name, RecipientCategory category,
                                     RecipientRole role)
{
    const std::optional<Recipient> added
        = test::addRecipient(*m_store, m_clock, name, category, role);
    return added ? added->id : 0;
}

Disclosure TestDisclosures::disclosureFor(qint64 recipientId, QList<qint64> personIds, QDate date)
{
    Disclosure d;
    d.date = date;
    d.recipientId = recipientId;
    for (qint64 id : personIds)
        d.persons << DisclosurePerson { id, {}, {} };
    d.data = { DataCategory::Naw, DataCategory::Contact };
    d.purpose = u"Reparatie lekkage badkamer"_s;
    d.basis = LegalBasis::Contract;
    d.informed = InformedStatus::Pending;
    return d;
}

std::optional<Case> TestDisclosures::completedCase(const QString &klantnummer, RequestType type,
                                                   Outcome outcome, QDate answered)
{
    NewCase request;
    request.person.klantnummer = klantnummer;
    request.person.name = u"onbekend"_s;
    request.types = { type };
    request.receivedDate = answered.addDays(-10);
    ServiceError error;
    const auto c = m_cases->add(request, BsnCheck::Refuse, &error);
    if (!c)
        return std::nullopt;
    if (!m_cases->requestIdentification(c->number, request.receivedDate, &error)
        || !m_cases->receiveIdentification(c->number, request.receivedDate.addDays(1),
                                           IdMethod::Klantgegevens, true, &error)
        || !m_cases->complete(
            c->number,
            outcome != Outcome::Toegewezen
                ? test::completion(outcome, answered, u"brief"_s,
                                   { type == RequestType::Verwijdering ? RefusalGround::Art17_3b
                                                                       : RefusalGround::Art12_5 },
                                   u"Deels bewaard of herhaald verzoek"_s)
                : test::completion(outcome, answered, u"brief"_s),
            BsnCheck::Refuse, &error)) {
        qWarning("completedCase: %s", qPrintable(error.message));
        return std::nullopt;
    }
    return m_cases->find(c->number);
}

QList<AuditEvent> TestDisclosures::eventsOf(const QString &entity, qint64 id) const
{
    return AuditLog(m_store->database(), m_store->info().storeId.toString(QUuid::WithoutBraces))
        .eventsFor(entity, QString::number(id));
}

void TestDisclosures::newStoreHoldsCategoriesNotCompanies()
{
    QCOMPARE(m_recipients->storedCategories(), codes::all<RecipientCategory>());
    QCOMPARE(m_recipients->storedCategories().size(), 15);
    QVERIFY(m_recipients->list(true).isEmpty());
    QCOMPARE(countRows(m_store->database(), u"recipients"_s), 0);
    QCOMPARE(countRows(m_store->database(), u"disclosures"_s), 0);
}

void TestDisclosures::codesRoundTrip()
{
    for (RecipientCategory c : codes::all<RecipientCategory>()) {
        QCOMPARE(codes::from<RecipientCategory>(codes::code(c)), std::optional(c));
        QVERIFY(!codes::label(c).isEmpty());
    }
    for (DataCategory c : codes::all<DataCategory>())
        QCOMPARE(codes::from<DataCategory>(codes::code(c)), std::optional(c));
    QStringList bases;
    for (LegalBasis b : codes::all<LegalBasis>())
        bases << codes::code(b);
    QCOMPARE(bases, QStringList({ u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s }));
    for (InformedStatus s : codes::all<InformedStatus>())
        QCOMPARE(codes::from<InformedStatus>(codes::code(s)), std::optional(s));
    QCOMPARE(codes::from<RecipientCategory>(u"politie-justitie"),
             RecipientCategory::PolitieJustitie);
    QVERIFY(!codes::from<RecipientCategory>(u"nonsense"));
}

void TestDisclosures::recipientCrudWithAuditEvents()
{
    const int before = auditCount();
    const qint64 id = addRecipient(u"Installatiebedrijf Van Dijk"_s, RecipientCategory::Aannemer);
    QVERIFY(id > 0);
    QCOMPARE(auditCount(), before + 1);
    QCOMPARE(eventsOf(u"recipient"_s, id).constLast().action, u"recipient.created"_s);
    QCOMPARE(eventsOf(u"recipient"_s, id).constLast().actor, testUser);

    auto r = m_recipients->find(id);
    QVERIFY(r);
    r->contact = u"planning@vandijk.example"_s;
    ServiceError error;
    QVERIFY2(m_recipients->update(*r, BsnCheck::Refuse, &error), qPrintable(error.message));
    QCOMPARE(m_recipients->find(id)->contact, u"planning@vandijk.example"_s);
    const AuditEvent updated = eventsOf(u"recipient"_s, id).constLast();
    QCOMPARE(updated.action, u"recipient.updated"_s);
    QVERIFY(updated.payload.contains(u"old"_s));

    // Names are unique whatever the case; findByName folds.
    Recipient same;
    same.name = u"installatiebedrijf van dijk"_s;
    QVERIFY(!m_recipients->add(same, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QCOMPARE(m_recipients->findByName(u"INSTALLATIEBEDRIJF van Dijk"_s)->id, id);
    QCOMPARE(m_recipients->findByNameOrId(QString::number(id))->id, id);

    // Without disclosures: deleted. With: archived, still found by id, not listed.
    const qint64 unused = addRecipient(u"Glazenwasserij Helder"_s, RecipientCategory::Aannemer);
    QVERIFY(m_recipients->remove(unused, &error));
    QVERIFY(!m_recipients->find(unused));
    QCOMPARE(eventsOf(u"recipient"_s, unused).constLast().action, u"recipient.deleted"_s);

    const qint64 person = addPerson(u"Anna de Wit"_s, u"K200001"_s);
    QVERIFY(m_disclosures->add(disclosureFor(id, { person }, QDate(2026, 3, 1)), BsnCheck::Refuse,
                               &error));
    QVERIFY(m_recipients->remove(id, &error));
    QVERIFY(m_recipients->find(id)->archived);
    QCOMPARE(eventsOf(u"recipient"_s, id).constLast().action, u"recipient.archived"_s);
    QVERIFY(m_recipients->list().isEmpty());
    QCOMPARE(namesOf(m_recipients->list(true)), QStringList { u"Installatiebedrijf Van Dijk"_s });
    // An archived recipient receives nothing new.
    QVERIFY(!m_disclosures->add(disclosureFor(id, { person }, QDate(2026, 3, 2)), BsnCheck::Refuse,
                                &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
}

void TestDisclosures::recipientValidation()
{
    Recipient r;
    QVERIFY(!RecipientService::validate(r).isEmpty());
    r.name = u"  "_s;
    QVERIFY(!RecipientService::validate(r).isEmpty());
    r.name = u"Cloud BV"_s;
    r.role = RecipientRole::Verwerker;
    QVERIFY(RecipientService::validate(r).isEmpty());
    r.agreement.signedOn = QDate(2025, 6, 1);
    r.agreement.reviewOn = QDate(2025, 5, 1);
    QVERIFY(!RecipientService::validate(r).isEmpty());
    r.agreement.reviewOn = QDate(2027, 6, 1);
    r.agreement.inEu = false;
    QVERIFY(!RecipientService::validate(r).isEmpty());
    r.agreement.country = u"US"_s;
    QVERIFY(RecipientService::validate(r).isEmpty());
    ServiceError error;
    QVERIFY(!m_recipients->add(Recipient {}, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QCOMPARE(countRows(m_store->database(), u"recipients"_s), 0);
}

void TestDisclosures::processorAgreementAndLocation()
{
    QCOMPARE(ProcessorAgreement::withLocation(u"EU"_s).inEu, std::optional(true));
    QCOMPARE(ProcessorAgreement::withLocation(u"nl"_s).country, u"NL"_s);
    QCOMPARE(ProcessorAgreement::withLocation(u"nl"_s).inEu, std::optional(true));
    QCOMPARE(ProcessorAgreement::withLocation(u"NO"_s).inEu, std::optional(true)); // EEA
    QCOMPARE(ProcessorAgreement::withLocation(u"US"_s).inEu, std::optional(false));
    QVERIFY(!ProcessorAgreement::withLocation(QString()).inEu);
    QCOMPARE(ProcessorAgreement::withLocation(u"US"_s).locationText(), u"US"_s);
    QCOMPARE(ProcessorAgreement::withLocation(u"de"_s).locationText(), u"EU (DE)"_s);
    // The EEA's one list (core/registers/Eea): a country's name counts as its code does.
    QCOMPARE(ProcessorAgreement::withLocation(u"Ierland"_s).inEu, std::optional(true));
    QCOMPARE(ProcessorAgreement::withLocation(u"IJsland"_s).inEu, std::optional(true));
    QCOMPARE(ProcessorAgreement::withLocation(u"EER"_s).inEu, std::optional(true));
    QCOMPARE(ProcessorAgreement::withLocation(u"Verenigde Staten"_s).inEu, std::optional(false));
    QCOMPARE(ProcessorAgreement::withLocation(u"CH"_s).inEu, std::optional(false));
    Recipient abroad;
    abroad.name = u"Cloudleverancier"_s;
    abroad.role = RecipientRole::Verwerker;
    abroad.category = RecipientCategory::Verwerker;
    abroad.agreement.inEu = false;
    QVERIFY2(RecipientService::validate(abroad).contains(u"outside the EEA"_s),
             qPrintable(RecipientService::validate(abroad)));

    Recipient r;
    r.name = u"Hostingpartner"_s;
    r.category = RecipientCategory::Verwerker;
    r.role = RecipientRole::Verwerker;
    r.agreement = ProcessorAgreement::withLocation(u"NL"_s);
    r.agreement.signedOn = QDate(2024, 1, 15);
    r.agreement.reviewOn = QDate(2026, 1, 15);
    r.agreement.processes = u"Hosting en back-ups van het klantsysteem"_s;
    ServiceError error;
    const auto added = m_recipients->add(r, BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    QCOMPARE(added->agreement, r.agreement);
    QVERIFY(added->agreementOverdue(m_clock.today())); // review was due in January
    QVERIFY(!added->agreementOverdue(QDate(2025, 12, 31)));
    // A recipient that is no processor keeps no agreement.
    Recipient plain = *added;
    plain.role = RecipientRole::Ontvanger;
    QVERIFY(m_recipients->update(plain, BsnCheck::Refuse, &error));
    QCOMPARE(m_recipients->find(added->id)->agreement, ProcessorAgreement {});
    QVERIFY(!m_recipients->find(added->id)->agreementOverdue(m_clock.today()));
    // A processor without a signed agreement stands out too.
    Recipient unsigned_;
    unsigned_.name = u"Mailhuis"_s;
    unsigned_.role = RecipientRole::Verwerker;
    QVERIFY(unsigned_.agreementOverdue(m_clock.today()));

    const QJsonObject json = recipientToJson(*added, m_clock.today());
    QCOMPARE(json.value(u"role"_s).toString(), u"verwerker"_s);
    QCOMPARE(json.value(u"agreement"_s).toObject().value(u"review"_s).toString(), u"2026-01-15"_s);
    QCOMPARE(json.value(u"agreement"_s).toObject().value(u"overdue"_s).toBool(), true);
}

void TestDisclosures::disclosureCrudWithAuditEvents()
{
    const qint64 recipient = addRecipient(u"Gemeente Utrecht"_s, RecipientCategory::Gemeente);
    const qint64 anna = addPerson(u"Anna de Wit"_s, u"K200001"_s);
    const qint64 bram = addPerson(u"Bram de Wit"_s, u"K200002"_s);
    const std::optional<Case> c = m_cases->find(u"AVG-2026-0001"_s);
    QVERIFY(c);

    Disclosure d = disclosureFor(recipient, { anna, bram }, QDate(2026, 10, 1));
    d.data = { DataCategory::Overlast, DataCategory::Naw, DataCategory::Naw };
    d.dataText = u"Meldingen van geluidsoverlast 2026"_s;
    d.purpose = u"Aanpak woonoverlast"_s;
    d.basis = LegalBasis::PublicTask;
    d.basisText = u"Convenant Aanpak Woonoverlast Utrecht 2024"_s;
    d.requestedBy = u"Wijkteam Noordoost"_s;
    d.caseNumber = c->number.toLower();
    const int before = auditCount();
    ServiceError error;
    const auto added = m_disclosures->add(d, BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    QCOMPARE(auditCount(), before + 1);
    QCOMPARE(added->recipientName, u"Gemeente Utrecht"_s);
    QCOMPARE(added->recipientCategory, RecipientCategory::Gemeente);
    QCOMPARE(added->persons.size(), 2);
    QCOMPARE(added->persons.at(0).klantnummer, u"K200001"_s);
    QCOMPARE(added->data, QList<DataCategory>({ DataCategory::Naw, DataCategory::Overlast }));
    QCOMPARE(added->caseNumber, c->number);
    QCOMPARE(added->basisText, d.basisText);
    const AuditEvent created = eventsOf(u"disclosure"_s, added->id).constLast();
    QCOMPARE(created.action, u"disclosure.created"_s);
    QCOMPARE(created.actor, testUser);
    QCOMPARE(created.payload.value(u"basis"_s).toString(), u"e"_s);

    Disclosure changed = *added;
    changed.persons = { DisclosurePerson { anna, {}, {} } };
    changed.informed = InformedStatus::Informed;
    changed.informedOn = QDate(2026, 10, 3);
    QVERIFY2(m_disclosures->update(changed, BsnCheck::Refuse, &error), qPrintable(error.message));
    const auto reread = m_disclosures->find(added->id);
    QCOMPARE(reread->persons.size(), 1);
    QCOMPARE(reread->informed, InformedStatus::Informed);
    QCOMPARE(reread->informedOn, QDate(2026, 10, 3));
    QCOMPARE(eventsOf(u"disclosure"_s, added->id).constLast().action, u"disclosure.updated"_s);

    // An unknown case number or person changes nothing.
    Disclosure bad = changed;
    bad.caseNumber = u"AVG-2026-9999"_s;
    QVERIFY(!m_disclosures->update(bad, BsnCheck::Refuse, &error));
    bad = changed;
    bad.persons = { DisclosurePerson { 9999, {}, {} } };
    QVERIFY(!m_disclosures->update(bad, BsnCheck::Refuse, &error));
    QCOMPARE(m_disclosures->find(added->id)->persons.size(), 1);

    QVERIFY(m_disclosures->remove(added->id, &error));
    QVERIFY(!m_disclosures->find(added->id));
    QCOMPARE(eventsOf(u"disclosure"_s, added->id).constLast().action, u"disclosure.deleted"_s);
    QCOMPARE(countRows(m_store->database(), u"disclosure_persons"_s), 0);
    QCOMPARE(countRows(m_store->database(), u"disclosure_data"_s), 0);
}

void TestDisclosures::bsnGuardOnEveryFreeText_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("data text") << u"dataText"_s;
    QTest::newRow("purpose") << u"purpose"_s;
    QTest::newRow("basis text") << u"basisText"_s;
    QTest::newRow("requested by") << u"requestedBy"_s;
    QTest::newRow("reason not informed") << u"notInformedReason"_s;
    QTest::newRow("recipient name") << u"recipient.name"_s;
    QTest::newRow("recipient contact") << u"recipient.contact"_s;
    QTest::newRow("processor processes") << u"recipient.processes"_s;
}

void TestDisclosures::bsnGuardOnEveryFreeText()
{
    QFETCH(QString, field);
    const QString text = u"betreft nr "_s + computedBsn();
    ServiceError error;
    if (field.startsWith(u"recipient."_s)) {
        Recipient r;
        r.name = u"Advocatenkantoor Jansen"_s;
        r.role = RecipientRole::Verwerker;
        if (field == u"recipient.name"_s)
            r.name += u' ' + text;
        else if (field == u"recipient.contact"_s)
            r.contact = text;
        else
            r.agreement.processes = text;
        QVERIFY(!m_recipients->add(r, BsnCheck::Refuse, &error));
        QCOMPARE(error.code, ServiceError::Code::BsnRefused);
        QVERIFY(!error.bsnFindings.isEmpty());
        QVERIFY(!error.message.contains(computedBsn()));
        QCOMPARE(countRows(m_store->database(), u"recipients"_s), 0);
        return;
    }
    const qint64 recipient
        = addRecipient(u"Politie Midden-Nederland"_s, RecipientCategory::PolitieJustitie);
    const qint64 person = addPerson(u"Anna de Wit"_s, u"K200001"_s);
    Disclosure d = disclosureFor(recipient, { person }, QDate(2026, 9, 1));
    d.basis = LegalBasis::LegalObligation;
    d.basisText = u"Art. 126nd Wetboek van Strafvordering"_s;
    d.informed = InformedStatus::Prohibited;
    d.notInformedReason = u"Lopend strafrechtelijk onderzoek"_s;
    if (field == u"dataText"_s)
        d.dataText = text;
    else if (field == u"purpose"_s)
        d.purpose = text;
    else if (field == u"basisText"_s)
        d.basisText = text;
    else if (field == u"requestedBy"_s)
        d.requestedBy = text;
    else
        d.notInformedReason = text;
    const int before = auditCount();
    QVERIFY(!m_disclosures->add(d, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QCOMPARE(countRows(m_store->database(), u"disclosures"_s), 0);
    QCOMPARE(auditCount(), before);
}

void TestDisclosures::confirmedNotBsnIsLogged()
{
    const qint64 recipient = addRecipient(u"Incasso Noord"_s, RecipientCategory::Incassobureau);
    const qint64 person = addPerson(u"Anna de Wit"_s, u"K200001"_s);
    Disclosure d = disclosureFor(recipient, { person }, QDate(2026, 9, 1));
    d.dataText = u"dossiernummer "_s + computedBsn();
    const int before = auditCount();
    ServiceError error;
    const auto added = m_disclosures->add(d, BsnCheck::ConfirmedNotBsn, &error);
    QVERIFY2(added, qPrintable(error.message));
    QCOMPARE(auditCount(), before + 2);
    const AuditEvent overrideEvent = eventsOf(u"disclosure"_s, added->id).constLast();
    QCOMPARE(overrideEvent.action, u"bsn.override"_s);
    const QString payload = QString::fromUtf8(QJsonDocument(overrideEvent.payload).toJson());
    QVERIFY(!payload.contains(computedBsn()));
    QVERIFY(payload.contains(u"masked"_s));
}

void TestDisclosures::informedStatusRules_data()
{
    QTest::addColumn<InformedStatus>("status");
    QTest::addColumn<QDate>("informedOn");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("informed with a date")
        << InformedStatus::Informed << QDate(2026, 9, 2) << QString() << true;
    QTest::newRow("informed without a date")
        << InformedStatus::Informed << QDate() << QString() << false;
    QTest::newRow("informed in the future")
        << InformedStatus::Informed << QDate(2026, 12, 1) << QString() << false;
    QTest::newRow("prohibited with a reason")
        << InformedStatus::Prohibited << QDate() << u"Art. 23 AVG, lopend onderzoek"_s << true;
    QTest::newRow("prohibited without a reason")
        << InformedStatus::Prohibited << QDate() << u"   "_s << false;
    QTest::newRow("still to do") << InformedStatus::Pending << QDate() << QString() << true;
}

void TestDisclosures::informedStatusRules()
{
    QFETCH(InformedStatus, status);
    QFETCH(QDate, informedOn);
    QFETCH(QString, reason);
    QFETCH(bool, accepted);
    const qint64 recipient = addRecipient(u"Belastingdienst"_s, RecipientCategory::Belastingdienst);
    const qint64 person = addPerson(u"Anna de Wit"_s, u"K200001"_s);
    Disclosure d = disclosureFor(recipient, { person }, QDate(2026, 9, 1));
    d.basis = LegalBasis::LegalObligation;
    d.basisText = u"Art. 53 AWR"_s;
    d.informed = status;
    d.informedOn = informedOn;
    d.notInformedReason = reason;
    QCOMPARE(DisclosureService::validate(d, m_clock.today()).isEmpty(), accepted);
    ServiceError error;
    const auto added = m_disclosures->add(d, BsnCheck::Refuse, &error);
    QCOMPARE(bool(added), accepted);
    if (!accepted) {
        QCOMPARE(error.code, ServiceError::Code::Invalid);
        QVERIFY(!error.message.isEmpty());
        return;
    }
    QCOMPARE(added->informed, status);
    QCOMPARE(added->informedOn, informedOn);
    QCOMPARE(added->notInformedReason, reason);
    // A status change clears what belonged to the old one.
    Disclosure pending = *added;
    pending.informed = InformedStatus::Pending;
    QVERIFY(m_disclosures->update(pending, BsnCheck::Refuse, &error));
    QCOMPARE(m_disclosures->find(added->id)->informedOn, QDate());
    QCOMPARE(m_disclosures->find(added->id)->notInformedReason, QString());
}

void TestDisclosures::validationRefusesIncompleteDisclosures()
{
    const QDate today = m_clock.today();
    Disclosure d = disclosureFor(1, { 1 }, QDate(2026, 9, 1));
    QVERIFY(DisclosureService::validate(d, today).isEmpty());
    Disclosure x = d;
    x.date = QDate();
    QVERIFY(!DisclosureService::validate(x, today).isEmpty());
    x = d;
    x.date = today.addDays(1);
    QVERIFY(!DisclosureService::validate(x, today).isEmpty());
    x = d;
    x.recipientId = 0;
    QVERIFY(!DisclosureService::validate(x, today).isEmpty());
    x = d;
    x.persons.clear();
    QVERIFY(!DisclosureService::validate(x, today).isEmpty());
    x = d;
    x.data.clear();
    QVERIFY(!DisclosureService::validate(x, today).isEmpty());
    x.dataText = u"Alleen het bedrag"_s;
    QVERIFY(DisclosureService::validate(x, today).isEmpty());
    x = d;
    x.purpose = u" "_s;
    QVERIFY(!DisclosureService::validate(x, today).isEmpty());
    // (c) and (e) name the statute or covenant.
    x = d;
    x.basis = LegalBasis::LegalObligation;
    QVERIFY(!DisclosureService::validate(x, today).isEmpty());
    x.basisText = u"Art. 7:220 BW"_s;
    QVERIFY(DisclosureService::validate(x, today).isEmpty());
    x.basis = LegalBasis::PublicTask;
    x.basisText.clear();
    QVERIFY(!DisclosureService::validate(x, today).isEmpty());
}

void TestDisclosures::forPersonAndMultiplePersons()
{
    const qint64 aannemer = addRecipient(u"Aannemer Bouwman"_s, RecipientCategory::Aannemer);
    const qint64 deurwaarder
        = addRecipient(u"Deurwaarderskantoor Recht"_s, RecipientCategory::Deurwaarder);
    const qint64 anna = addPerson(u"Anna de Wit"_s, u"K200001"_s);
    const qint64 bram = addPerson(u"Bram de Wit"_s, u"K200002"_s);
    ServiceError error;
    QVERIFY(m_disclosures->add(disclosureFor(aannemer, { anna, bram }, QDate(2026, 2, 1)),
                               BsnCheck::Refuse, &error));
    QVERIFY(m_disclosures->add(disclosureFor(deurwaarder, { anna }, QDate(2026, 5, 1)),
                               BsnCheck::Refuse, &error));
    const QList<Disclosure> annas = m_disclosures->forPerson(anna);
    QCOMPARE(annas.size(), 2);
    QCOMPARE(annas.at(0).recipientName, u"Deurwaarderskantoor Recht"_s); // newest first
    QCOMPARE(annas.at(1).persons.size(), 2);
    QCOMPARE(m_disclosures->forPerson(bram).size(), 1);
    QCOMPARE(m_disclosures->forPerson(0).size(), 0);
    const QJsonObject json = disclosureToJson(annas.at(1));
    QCOMPARE(json.value(u"recipient"_s).toObject().value(u"category"_s).toString(), u"aannemer"_s);
    QCOMPARE(json.value(u"persons"_s).toArray().size(), 2);
    QCOMPARE(json.value(u"data"_s).toArray(), QJsonArray({ u"naw"_s, u"contact"_s }));
    QCOMPARE(json.value(u"informed"_s).toString(), u"nog-te-doen"_s);
}

// The dialog adds a person through the service (role check, read errors said), never by SQL.
void TestDisclosures::personOfANewDisclosure()
{
    const qint64 anna = addPerson(u"Anna de Wit"_s, u"K200001"_s);
    ServiceError error;
    const std::optional<DisclosurePerson> found = m_disclosures->person(anna, &error);
    QVERIFY2(found, qPrintable(error.message));
    QCOMPARE(found->id, anna);
    QCOMPARE(found->name, u"Anna de Wit"_s);
    QCOMPARE(found->klantnummer, u"K200001"_s);
    QVERIFY(!error.isError());
    QVERIFY(!m_disclosures->person(anna + 1000, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
}

void TestDisclosures::art19AfterErasure()
{
    const qint64 aannemer = addRecipient(u"Aannemer Bouwman"_s, RecipientCategory::Aannemer);
    const qint64 gemeente = addRecipient(u"Gemeente Zeist"_s, RecipientCategory::Gemeente);
    const qint64 later = addRecipient(u"Zorggroep Later"_s, RecipientCategory::Zorginstelling);
    const qint64 other = addRecipient(u"Incasso Anders"_s, RecipientCategory::Incassobureau);
    const qint64 anna = addPerson(u"Anna de Wit"_s, u"K200001"_s);
    const qint64 bram = addPerson(u"Bram de Wit"_s, u"K200002"_s);
    ServiceError error;
    QVERIFY(m_disclosures->add(disclosureFor(aannemer, { anna }, QDate(2026, 2, 1)),
                               BsnCheck::Refuse, &error));
    QVERIFY(m_disclosures->add(disclosureFor(aannemer, { anna }, QDate(2026, 4, 1)),
                               BsnCheck::Refuse, &error));
    QVERIFY(m_disclosures->add(disclosureFor(gemeente, { anna, bram }, QDate(2026, 3, 1)),
                               BsnCheck::Refuse, &error));
    QVERIFY(m_disclosures->add(disclosureFor(other, { bram }, QDate(2026, 3, 1)), BsnCheck::Refuse,
                               &error));
    // After the answer: not an earlier recipient.
    QVERIFY(m_disclosures->add(disclosureFor(later, { anna }, QDate(2026, 11, 20)),
                               BsnCheck::Refuse, &error));

    const auto erasure = completedCase(u"K200001"_s, RequestType::Verwijdering, Outcome::Toegewezen,
                                       QDate(2026, 11, 10));
    QVERIFY(erasure);
    QVERIFY(m_disclosures->art19Applies(erasure->number));
    QList<Art19Notification> list = m_disclosures->art19Notifications(erasure->number);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).recipientName, u"Aannemer Bouwman"_s);
    QCOMPARE(list.at(0).disclosures, 2);
    QCOMPARE(list.at(0).lastDisclosed, QDate(2026, 4, 1));
    QCOMPARE(list.at(1).recipientName, u"Gemeente Zeist"_s);
    QVERIFY(!list.at(0).done() && !list.at(1).done());

    const int before = auditCount();
    QVERIFY2(m_disclosures->markNotified(erasure->number, gemeente, QDate(2026, 11, 12), &error),
             qPrintable(error.message));
    QCOMPARE(auditCount(), before + 1);
    const AuditEvent event = m_cases->timeline(erasure->number).constLast();
    QCOMPARE(event.action, u"case.art19_notified"_s);
    QCOMPARE(event.payload.value(u"notified_on"_s).toString(), u"2026-11-12"_s);
    list = m_disclosures->art19Notifications(erasure->number);
    QVERIFY(!list.at(0).done());
    QCOMPARE(list.at(1).notifiedOn, QDate(2026, 11, 12));
    QCOMPARE(list.at(1).notifiedBy, testUser);

    // Not a recipient of Anna's data, a future date, a date before receipt: refused.
    QVERIFY(!m_disclosures->markNotified(erasure->number, other, QDate(2026, 11, 12), &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!m_disclosures->markNotified(erasure->number, aannemer, QDate(2026, 11, 22), &error));
    QVERIFY(!m_disclosures->markNotified(erasure->number, aannemer, QDate(2026, 10, 1), &error));
    QVERIFY(
        !m_disclosures->markNotified(u"AVG-2026-9999"_s, aannemer, QDate(2026, 11, 12), &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
    QCOMPARE(auditCount(), before + 1);

    // A correction of the date is one more event; the recipient stays once in the list.
    QVERIFY(m_disclosures->markNotified(erasure->number, gemeente, QDate(2026, 11, 13), &error));
    QCOMPARE(m_disclosures->art19Notifications(erasure->number).at(1).notifiedOn,
             QDate(2026, 11, 13));
    QCOMPARE(m_cases->timeline(erasure->number)
                 .constLast()
                 .payload.value(u"old_notified_on"_s)
                 .toString(),
             u"2026-11-12"_s);
}

void TestDisclosures::art19NotForRefusedOrOtherTypes()
{
    const qint64 aannemer = addRecipient(u"Aannemer Bouwman"_s, RecipientCategory::Aannemer);
    addPerson(u"Anna de Wit"_s, u"K200001"_s);
    const qint64 anna = m_cases->find(u"AVG-2026-0001"_s)->person.id;
    ServiceError error;
    QVERIFY(m_disclosures->add(disclosureFor(aannemer, { anna }, QDate(2026, 2, 1)),
                               BsnCheck::Refuse, &error));

    const auto refused = completedCase(u"K200001"_s, RequestType::Verwijdering, Outcome::Afgewezen,
                                       QDate(2026, 11, 10));
    QVERIFY(refused);
    QVERIFY(!m_disclosures->art19Applies(refused->number));
    QVERIFY(m_disclosures->art19Notifications(refused->number).isEmpty());
    QVERIFY(!m_disclosures->markNotified(refused->number, aannemer, QDate(2026, 11, 12), &error));

    const auto access = completedCase(u"K200001"_s, RequestType::Inzage, Outcome::Toegewezen,
                                      QDate(2026, 11, 10));
    QVERIFY(!m_disclosures->art19Applies(access->number));
    // Still open: nothing to tell yet.
    QVERIFY(!m_disclosures->art19Applies(u"AVG-2026-0001"_s));

    for (RequestType type : { RequestType::Rectificatie, RequestType::Beperking }) {
        const auto granted
            = completedCase(u"K200001"_s, type, Outcome::DeelsToegewezen, QDate(2026, 11, 10));
        QVERIFY(m_disclosures->art19Applies(granted->number));
        QCOMPARE(m_disclosures->art19Notifications(granted->number).size(), 1);
    }
}

// Art. 19 "tenzij dit onmogelijk blijkt of onevenredig veel inspanning vergt": a
// recipient is marked exempt with a reason instead of a date; either record replaces the other,
// each with its audit event; the request is done when every recipient is told or exempt.
void TestDisclosures::art19ExemptionWithReason()
{
    const qint64 aannemer = addRecipient(u"Aannemer Bouwman"_s, RecipientCategory::Aannemer);
    const qint64 gemeente = addRecipient(u"Gemeente Zeist"_s, RecipientCategory::Gemeente);
    const qint64 zorg
        = addRecipient(u"Zorggroep Rivierenland"_s, RecipientCategory::Zorginstelling);
    const qint64 other = addRecipient(u"Incasso Anders"_s, RecipientCategory::Incassobureau);
    const qint64 anna = addPerson(u"Anna de Wit"_s, u"K200001"_s);
    ServiceError error;
    for (qint64 recipient : { aannemer, gemeente, zorg })
        QVERIFY(m_disclosures->add(disclosureFor(recipient, { anna }, QDate(2026, 3, 1)),
                                   BsnCheck::Refuse, &error));
    const auto erasure = completedCase(u"K200001"_s, RequestType::Verwijdering, Outcome::Toegewezen,
                                       QDate(2026, 11, 10));
    QVERIFY(erasure);
    const auto allDone = [&] {
        const QList<Art19Notification> list
            = m_disclosures->art19Notifications(erasure->number, MustRead());
        return !list.isEmpty()
            && std::all_of(list.cbegin(), list.cend(),
                           [](const Art19Notification &n) { return n.done(); });
    };
    const auto entry = [&](qint64 recipient) {
        for (const Art19Notification &n :
             m_disclosures->art19Notifications(erasure->number, MustRead()))
            if (n.recipientId == recipient)
                return n;
        return Art19Notification {};
    };
    const QString reason
        = u"Het bedrijf is failliet en opgeheven; er is geen opvolger die wij kunnen bereiken."_s;

    // Refused: no reason, only spaces, a BSN in the reason, too long, not a recipient of the
    // data, a request that does not exist. Nothing recorded, no event.
    const int before = auditCount();
    QVERIFY(
        !m_disclosures->markExempt(erasure->number, aannemer, QString(), BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(error.message.contains(u"disproportionate"_s));
    QVERIFY(
        !m_disclosures->markExempt(erasure->number, aannemer, u"   "_s, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!m_disclosures->markExempt(erasure->number, aannemer,
                                       u"Contactpersoon met BSN "_s + computedBsn(),
                                       BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QVERIFY(!error.message.contains(elfProefNumber()));
    QVERIFY(!m_disclosures->markExempt(erasure->number, aannemer,
                                       QString(InputLimits::maxShortText + 1, u'x'),
                                       BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!m_disclosures->markExempt(erasure->number, other, reason, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(
        !m_disclosures->markExempt(u"AVG-2026-9999"_s, aannemer, reason, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
    QCOMPARE(auditCount(), before);
    QCOMPARE(countRows(m_store->database(), u"art19_notifications"_s), 0);
    QVERIFY(!entry(aannemer).done());

    // Recorded: one event with the reason, the checklist shows it; the event reads in words.
    QVERIFY2(m_disclosures->markExempt(erasure->number, aannemer, u"  "_s + reason,
                                       BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QCOMPARE(auditCount(), before + 1);
    AuditEvent event = m_cases->timeline(erasure->number).constLast();
    QCOMPARE(event.action, u"case.art19_exempted"_s);
    QCOMPARE(event.payload.value(u"reason"_s).toString(), reason);
    QCOMPARE(event.payload.value(u"recipient"_s).toString(), u"Aannemer Bouwman"_s);
    QVERIFY(!event.payload.contains(u"notified_on"_s));
    QVERIFY(EventText::sentence(event, {}).contains(reason));
    QVERIFY(EventText::sentence(event, {}).contains(u"Aannemer Bouwman"_s));
    Art19Notification n = entry(aannemer);
    QVERIFY(n.exempt);
    QVERIFY(n.done());
    QVERIFY(!n.notifiedOn.isValid());
    QCOMPARE(n.exemptReason, reason);
    QCOMPARE(n.notifiedBy, testUser);
    QCOMPARE(art19NotificationToJson(n).value(u"status"_s).toString(),
             u"onmogelijk-of-onevenredig"_s);
    QCOMPARE(art19NotificationToJson(n).value(u"exempt_reason"_s).toString(), reason);
    QVERIFY(!allDone());
    // The confirmation is still refused for the two not yet told, naming only them.
    QString refusal = LetterService::art19Refusal(
        LetterKind::BevestigingVerwijdering,
        m_disclosures->art19Notifications(erasure->number, MustRead()));
    QVERIFY(refusal.contains(u"Gemeente Zeist"_s));
    QVERIFY(!refusal.contains(u"Aannemer Bouwman"_s));

    // A mix of told and exempt is done for art. 19, and the confirmation may be made.
    QVERIFY2(m_disclosures->markNotified(erasure->number, gemeente, QDate(2026, 11, 12), &error),
             qPrintable(error.message));
    QVERIFY(!allDone());
    QVERIFY2(m_disclosures->markExempt(erasure->number, zorg, u"Geen adres meer bekend na fusie."_s,
                                       BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY(allDone());
    QVERIFY(
        LetterService::art19Refusal(LetterKind::BevestigingVerwijdering,
                                    m_disclosures->art19Notifications(erasure->number, MustRead()))
            .isEmpty());
    QCOMPARE(art19NotificationToJson(entry(gemeente)).value(u"status"_s).toString(),
             u"geinformeerd"_s);
    QCOMPARE(art19NotificationToJson(entry(gemeente)).value(u"exempt_reason"_s),
             QJsonValue(QJsonValue::Null));

    // Replaced: a date replaces a reason (reached after all), a reason a date, a reason a reason;
    // each event keeps what it replaced.
    QVERIFY2(m_disclosures->markNotified(erasure->number, aannemer, QDate(2026, 11, 20), &error),
             qPrintable(error.message));
    event = m_cases->timeline(erasure->number).constLast();
    QCOMPARE(event.action, u"case.art19_notified"_s);
    QCOMPARE(event.payload.value(u"old_reason"_s).toString(), reason);
    n = entry(aannemer);
    QVERIFY(!n.exempt);
    QVERIFY(n.exemptReason.isEmpty());
    QCOMPARE(n.notifiedOn, QDate(2026, 11, 20));
    QVERIFY2(m_disclosures->markExempt(erasure->number, gemeente,
                                       u"De afdeling bestaat niet meer."_s, BsnCheck::Refuse,
                                       &error),
             qPrintable(error.message));
    event = m_cases->timeline(erasure->number).constLast();
    QCOMPARE(event.action, u"case.art19_exempted"_s);
    QCOMPARE(event.payload.value(u"old_notified_on"_s).toString(), u"2026-11-12"_s);
    QVERIFY(!entry(gemeente).notifiedOn.isValid());
    QVERIFY(entry(gemeente).exempt);
    QVERIFY2(m_disclosures->markExempt(erasure->number, gemeente, u"Opgeheven per 1 juli."_s,
                                       BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QCOMPARE(
        m_cases->timeline(erasure->number).constLast().payload.value(u"old_reason"_s).toString(),
        u"De afdeling bestaat niet meer."_s);
    QCOMPARE(entry(gemeente).exemptReason, u"Opgeheven per 1 juli."_s);
    QCOMPARE(countRows(m_store->database(), u"art19_notifications"_s), 3);
    QVERIFY(allDone());

    // A number the guard stops may pass with the explicit confirmation, which is logged.
    const int beforeOverride = auditCount();
    QVERIFY2(m_disclosures->markExempt(erasure->number, zorg,
                                       u"Onbereikbaar, dossier "_s + computedBsn(),
                                       BsnCheck::ConfirmedNotBsn, &error),
             qPrintable(error.message));
    QCOMPARE(auditCount(), beforeOverride + 2);
    QCOMPARE(m_cases->timeline(erasure->number).constLast().action, u"bsn.override"_s);

    // The table holds exactly one of the two: the CHECK refuses neither and both.
    const qint64 caseId = erasure->id;
    QVERIFY(!execSql(m_store->database(),
                     u"UPDATE art19_notifications SET notified_on = '2026-11-14' "
                     "WHERE case_id = %1 AND recipient_id = %2"_s.arg(caseId)
                         .arg(gemeente)));
    QVERIFY(!execSql(m_store->database(),
                     u"UPDATE art19_notifications SET notified_on = NULL "
                     "WHERE case_id = %1 AND recipient_id = %2"_s.arg(caseId)
                         .arg(aannemer)));
}

// Art. 19 is per data: after a phone-number correction, a recipient that got only the
// person's name and address never received the data that changed: it is "niet van toepassing"
// with the sentence that says why, cannot be given "onmogelijk of onevenredig", and the
// confirmation neither asks for it nor names it; the contractor that got the phone number is
// asked.
void TestDisclosures::art19OnlyForTheDataThatChanged()
{
    const qint64 aannemer = addRecipient(u"Aannemer Bouwman"_s, RecipientCategory::Aannemer);
    const qint64 gemeente = addRecipient(u"Gemeente Heumen"_s, RecipientCategory::Gemeente);
    const qint64 anna = addPerson(u"Anna de Wit"_s, u"K200001"_s);
    ServiceError error;
    Disclosure phone = disclosureFor(aannemer, { anna }, QDate(2026, 3, 1));
    phone.data = { DataCategory::Naw, DataCategory::Contact };
    Disclosure address = disclosureFor(gemeente, { anna }, QDate(2026, 3, 2));
    address.data = { DataCategory::Naw };
    QVERIFY(m_disclosures->add(phone, BsnCheck::Refuse, &error));
    QVERIFY(m_disclosures->add(address, BsnCheck::Refuse, &error));

    const std::optional<Case> c = rectification(QDate(2026, 11, 2), QDate(2026, 11, 10),
                                                { DataCategory::Contact, DataCategory::Contact });
    QVERIFY(c);
    const Case completed = *c;
    QCOMPARE(completed.changedData, QList<DataCategory> { DataCategory::Contact });
    QCOMPARE(completed.decisions.value(0).granted, phoneChange);
    const QList<AuditEvent> trail = m_cases->timeline(c->number);
    const auto completion
        = std::find_if(trail.crbegin(), trail.crend(),
                       [](const AuditEvent &event) { return event.action == u"case.completed"_s; });
    QVERIFY(completion != trail.crend());
    QCOMPARE(completion->payload.value(u"changed_data"_s).toArray(), QJsonArray { u"contact"_s });

    const QList<Art19Notification> list = m_disclosures->art19Notifications(c->number, MustRead());
    QCOMPARE(list.size(), 2);
    const Art19Notification &contractor = list.at(0);
    const Art19Notification &municipality = list.at(1);
    QCOMPARE(contractor.recipientName, u"Aannemer Bouwman"_s);
    QVERIFY(!contractor.notApplicable);
    QVERIFY(!contractor.done());
    QCOMPARE(municipality.recipientName, u"Gemeente Heumen"_s);
    QVERIFY(municipality.notApplicable);
    QVERIFY(municipality.done());
    QCOMPARE(art19NotificationToJson(municipality).value(u"status"_s).toString(),
             u"niet-van-toepassing"_s);
    QVERIFY(DisclosureService::notApplicableText(municipality.changedData)
                .contains(codes::label(DataCategory::Contact)));

    // Never "onmogelijk of onevenredig", nor told, for the one that never had the phone number.
    const int before = auditCount();
    QVERIFY(!m_disclosures->markExempt(c->number, gemeente, u"Geen adres bekend"_s,
                                       BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!m_disclosures->markNotified(c->number, gemeente, QDate(2026, 11, 12), &error));
    QCOMPARE(auditCount(), before);

    // The confirmation waits only for the contractor, and never names the municipality.
    const QString refusal = LetterService::art19Refusal(LetterKind::BevestigingRectificatie, list);
    QVERIFY(refusal.contains(u"Aannemer Bouwman"_s));
    QVERIFY(!refusal.contains(u"Gemeente Heumen"_s));
    QVERIFY(m_disclosures->markNotified(c->number, aannemer, QDate(2026, 11, 12), &error));
    LetterContext context;
    context.request = completed;
    context.date = QDate(2026, 11, 13);
    context.art19 = m_disclosures->art19Notifications(c->number, MustRead());
    QVERIFY(
        LetterService::art19Refusal(LetterKind::BevestigingRectificatie, context.art19).isEmpty());
    // Even an exemption recorded before the data was known never reaches the tenant.
    context.art19[1].exempt = true;
    context.art19[1].exemptReason = u"Geen adres bekend"_s;
    const QString letter = LetterTemplates::plainText(LetterTemplates::render(
        LetterKind::BevestigingRectificatie,
        LetterTemplates::defaultHtml(LetterKind::BevestigingRectificatie), context));
    QVERIFY2(letter.contains(u"Aannemer Bouwman"_s), qPrintable(letter));
    QVERIFY2(!letter.contains(u"Gemeente Heumen"_s), qPrintable(letter));
    QVERIFY(!letter.contains(u"niet mogelijk"_s));
    QVERIFY(letter.contains(u"06 1111 2222 → 06 3333 4444"_s));
}

// The only code for a phone number was "contact", printed
// "Telefoonnummer en e-mailadres". A phone number and an e-mail address are categories of their
// own; "contact" (stored before) still means both. After a correction of the phone number, a
// recipient that got "contact" is asked, one that got only the e-mail address is not; the
// dossier's and the refusal's labels say only what changed.
void TestDisclosures::art19PhoneNumberIsNoEmailAddress()
{
    QCOMPARE(codes::from<DataCategory>(u"telefoonnummer"), DataCategory::Telefoonnummer);
    QCOMPARE(codes::from<DataCategory>(u"emailadres"), DataCategory::Emailadres);
    QCOMPARE(codes::from<DataCategory>(u"contact"), DataCategory::Contact);
    QCOMPARE(codes::label(DataCategory::Telefoonnummer), u"Phone number"_s);
    QCOMPARE(codes::label(DataCategory::Emailadres), u"E-mail address"_s);

    const qint64 aannemer = addRecipient(u"Aannemer Bouwman"_s, RecipientCategory::Aannemer);
    const qint64 sms = addRecipient(u"Sms-dienst Oost"_s, RecipientCategory::Overig);
    const qint64 nieuwsbrief = addRecipient(u"Nieuwsbriefbureau"_s, RecipientCategory::Overig);
    const qint64 anna = addPerson(u"Anna de Wit"_s, u"K200001"_s);
    ServiceError error;
    Disclosure both = disclosureFor(aannemer, { anna }, QDate(2026, 3, 1));
    both.data = { DataCategory::Naw, DataCategory::Contact }; // stored before: both
    Disclosure phone = disclosureFor(sms, { anna }, QDate(2026, 3, 2));
    phone.data = { DataCategory::Telefoonnummer };
    Disclosure email = disclosureFor(nieuwsbrief, { anna }, QDate(2026, 3, 3));
    email.data = { DataCategory::Naw, DataCategory::Emailadres };
    QVERIFY2(m_disclosures->add(both, BsnCheck::Refuse, &error), qPrintable(error.message));
    QVERIFY2(m_disclosures->add(phone, BsnCheck::Refuse, &error), qPrintable(error.message));
    QVERIFY2(m_disclosures->add(email, BsnCheck::Refuse, &error), qPrintable(error.message));

    const std::optional<Case> c
        = rectification(QDate(2026, 11, 2), QDate(2026, 11, 10), { DataCategory::Telefoonnummer });
    QVERIFY(c);
    QCOMPARE(c->changedData, QList<DataCategory> { DataCategory::Telefoonnummer });

    const QList<Art19Notification> list = m_disclosures->art19Notifications(c->number, MustRead());
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).recipientName, u"Aannemer Bouwman"_s);
    QVERIFY(!list.at(0).notApplicable); // "contact" holds the phone number
    QCOMPARE(list.at(1).recipientName, u"Nieuwsbriefbureau"_s);
    QVERIFY(list.at(1).notApplicable); // only the e-mail address
    QCOMPARE(list.at(2).recipientName, u"Sms-dienst Oost"_s);
    QVERIFY(!list.at(2).notApplicable);
    const QString never = DisclosureService::notApplicableText(list.at(1).changedData);
    QVERIFY2(never.contains(u"(Phone number)"_s), qPrintable(never));
    QVERIFY(!never.contains(codes::label(DataCategory::Contact)));
    // The requests still waiting for art. 19 match the same way.
    QVERIFY(m_disclosures->art19Pending(MustRead()).contains(c->id));
    QVERIFY(m_disclosures->markNotified(c->number, aannemer, QDate(2026, 11, 12), &error));
    QVERIFY(m_disclosures->art19Pending(MustRead()).contains(c->id));
    QVERIFY(m_disclosures->markNotified(c->number, sms, QDate(2026, 11, 12), &error));
    QVERIFY2(!m_disclosures->art19Pending(MustRead()).contains(c->id),
             "the recipient of only the e-mail address keeps the request waiting");

    // A change of "contact" (both, as stored before) still reaches the e-mail's recipient.
    const std::optional<Case> d
        = rectification(QDate(2026, 11, 19), QDate(2026, 11, 21), { DataCategory::Contact });
    QVERIFY(d);
    const QList<Art19Notification> all = m_disclosures->art19Notifications(d->number, MustRead());
    QCOMPARE(all.size(), 3);
    for (const Art19Notification &n : all)
        QVERIFY2(!n.notApplicable, qPrintable(n.recipientName));
}

// Art. 19 per item: a recipient that had the person's data may still not need the change (the
// window cleaner only ever had the current address). The officer marks it "niet van toepassing"
// with her own reason: done for art. 19, named in the confirmation with that reason, and never
// "niet mogelijk of heel veel werk". Before, the exemption was the only way to say it.
void TestDisclosures::art19NotApplicableByTheOfficer()
{
    const qint64 glazenwasser
        = addRecipient(u"Glazenwasserij Helder"_s, RecipientCategory::Aannemer);
    const qint64 anna = addPerson(u"Anna de Wit"_s, u"K200001"_s);
    ServiceError error;
    QVERIFY2(m_disclosures->add(disclosureFor(glazenwasser, { anna }, QDate(2026, 3, 1)),
                                BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const std::optional<Case> c
        = rectification(QDate(2026, 11, 2), QDate(2026, 11, 10), { DataCategory::Contact });
    QVERIFY(c);
    QVERIFY(m_disclosures->art19Pending(MustRead()).contains(c->id));
    const int before = auditCount();
    QVERIFY(!m_disclosures->markNotApplicable(c->number, glazenwasser, u"  "_s, BsnCheck::Refuse,
                                              &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QCOMPARE(auditCount(), before);
    const QString reason = u"Had alleen het adres, nooit het telefoonnummer"_s;
    QVERIFY2(
        m_disclosures->markNotApplicable(c->number, glazenwasser, reason, BsnCheck::Refuse, &error),
        qPrintable(error.message));
    const QList<Art19Notification> list = m_disclosures->art19Notifications(c->number, MustRead());
    QCOMPARE(list.size(), 1);
    QVERIFY(list.first().notApplicable);
    QVERIFY(!list.first().exempt);
    QVERIFY(list.first().done());
    QCOMPARE(list.first().notApplicableReason, reason);
    QCOMPARE(list.first().statusCode(), u"niet-van-toepassing"_s);
    QVERIFY(!m_disclosures->art19Pending(MustRead()).contains(c->id));
    const QList<AuditEvent> trail = m_cases->timeline(c->number);
    QCOMPARE(trail.constLast().action, u"case.art19_not_applicable"_s);
    QCOMPARE(trail.constLast().payload.value(u"reason"_s).toString(), reason);

    LetterContext context;
    context.request = *c;
    context.date = QDate(2026, 11, 13);
    context.art19 = list;
    QVERIFY(LetterService::art19Refusal(LetterKind::BevestigingRectificatie, list).isEmpty());
    const QString letter = LetterTemplates::plainText(LetterTemplates::render(
        LetterKind::BevestigingRectificatie,
        LetterTemplates::defaultHtml(LetterKind::BevestigingRectificatie), context));
    QVERIFY2(letter.contains(u"Glazenwasserij Helder: "_s + reason), qPrintable(letter));
    QVERIFY2(letter.contains(u"artikel 19 AVG geldt voor hen niet"_s), qPrintable(letter));
    QVERIFY2(!letter.contains(u"niet mogelijk"_s), qPrintable(letter));

    // Told after all: the date replaces it.
    QVERIFY(m_disclosures->markNotified(c->number, glazenwasser, QDate(2026, 11, 12), &error));
    const Art19Notification told
        = m_disclosures->art19Notifications(c->number, MustRead()).constFirst();
    QVERIFY(!told.notApplicable);
    QVERIFY(told.notApplicableReason.isEmpty());
    QCOMPARE(told.notifiedOn, QDate(2026, 11, 12));
}

// Schema 18 rebuilds art19_notifications: a store from before it keeps every notification,
// and the rebuilt table takes an exemption. The old rows are written with the columns every
// schema since 5 has, so the test holds whatever other migrations add.
void TestDisclosures::art19MigrationKeepsNotifications()
{
    PD_FOLDER_ONLY("a store folder of an older SQLite schema (a server store starts at the "
                   "PostgreSQL baseline, schema 26)");
    // The schema before the art. 19 exemption, found by name so that renumbering cannot fool it.
    const QList<Migration> migrations = builtinMigrations();
    const auto exemption
        = std::find_if(migrations.cbegin(), migrations.cend(),
                       [](const Migration &m) { return m.name == u"art19_exemptions"_s; });
    QVERIFY(exemption != migrations.cend());
    const int oldVersion = exemption->version - 1;

    const QString dir = m_dir->filePath(u"oud"_s);
    {
        auto store = createServiceStore(dir);
        QVERIFY(store);
        QSqlDatabase db = store->database();
        QString migrationError;
        QVERIFY2(rebuildAtSchema(db, oldVersion, &migrationError), qPrintable(migrationError));
        QCOMPARE(schemaVersion(db), oldVersion);
        const QString at = u"'2026-11-12T12:00:00.000Z'"_s;
        QVERIFY(execSql(db,
                        u"INSERT INTO persons (id, name, relation, created_at, created_by) "
                        "VALUES (1, 'Anna de Wit', 'huurder', %1, 'j.devries')"_s.arg(at)));
        QVERIFY(
            execSql(db,
                    u"INSERT INTO cases (id, number, person_id, channel, received_date, "
                    "received_by, state, outcome, answered_on, closed_at, created_at, "
                    "updated_at) VALUES (1, 'AVG-2026-0001', 1, 'brief', '2026-10-31', "
                    "'j.devries', 'afgerond', 'toegewezen', '2026-11-10', %1, %1, %1)"_s.arg(at)));
        QVERIFY(
            execSql(db, u"INSERT INTO case_types (case_id, type) VALUES (1, 'verwijdering')"_s));
        for (const auto &[id, name, category] :
             { std::tuple { 1, u"Aannemer Bouwman"_s, u"aannemer"_s },
               std::tuple { 2, u"Gemeente Zeist"_s, u"gemeente"_s } })
            QVERIFY(execSql(db,
                            u"INSERT INTO recipients (id, name, category, role, created_at, "
                            "created_by, updated_at) VALUES (%1, '%2', '%3', 'ontvanger', "
                            "%4, 'j.devries', %4)"_s.arg(id)
                                .arg(name, category, at)));
        QVERIFY(execSql(db,
                        u"INSERT INTO art19_notifications (case_id, recipient_id, "
                        "notified_on, recorded_at, recorded_by) VALUES (1, 2, '2026-11-12', "
                        "%1, 'j.devries')"_s.arg(at)));
        // The old table requires a date: no exemption could be stored before.
        QVERIFY(!execSql(db,
                         u"INSERT INTO art19_notifications (case_id, recipient_id, "
                         "notified_on, recorded_at, recorded_by) VALUES (1, 1, NULL, %1, "
                         "'j.devries')"_s.arg(at)));
    }
    StoreError storeError;
    auto store = openServiceStore(dir, &storeError);
    QVERIFY2(store, qPrintable(storeError.detail()));
    QCOMPARE(store->info().schemaVersion, latestSchemaVersion());

    QSqlQuery rows(store->database());
    QVERIFY(rows.exec(u"SELECT case_id, recipient_id, notified_on, exempt_reason, recorded_at, "
                      "recorded_by FROM art19_notifications"_s));
    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toLongLong(), 1);
    QCOMPARE(rows.value(1).toLongLong(), 2);
    QCOMPARE(rows.value(2).toString(), u"2026-11-12"_s);
    QVERIFY(rows.value(3).isNull());
    QCOMPARE(rows.value(4).toString(), u"2026-11-12T12:00:00.000Z"_s);
    QCOMPARE(rows.value(5).toString(), testUser);
    QVERIFY(!rows.next());
    rows.finish();

    DisclosureService disclosures(Session { *store, m_clock });
    QList<Art19Notification> list = disclosures.art19Notifications(u"AVG-2026-0001"_s, MustRead());
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().recipientName, u"Gemeente Zeist"_s);
    QCOMPARE(list.first().notifiedOn, QDate(2026, 11, 12));
    QVERIFY(!list.first().exempt);
    // The rebuilt table takes an exemption, and still not a row with both or neither.
    ServiceError error;
    QVERIFY2(disclosures.markExempt(u"AVG-2026-0001"_s, 2, u"Afdeling opgeheven."_s,
                                    BsnCheck::Refuse, &error),
             qPrintable(error.message));
    list = disclosures.art19Notifications(u"AVG-2026-0001"_s, MustRead());
    QVERIFY(list.first().exempt);
    QVERIFY(!execSql(store->database(),
                     u"INSERT INTO art19_notifications (case_id, recipient_id, notified_on, "
                     "exempt_reason, recorded_at, recorded_by) VALUES (1, 1, '2026-11-12', "
                     "'Beide', 'x', 'j.devries')"_s));
    QVERIFY(!execSql(store->database(),
                     u"INSERT INTO art19_notifications (case_id, recipient_id, recorded_at, "
                     "recorded_by) VALUES (1, 1, 'x', 'j.devries')"_s));
}

// The reason may name the person: destroying the request files wipes it and keeps the fact
// that the recipient was not told, so the request stays done for art. 19.
void TestDisclosures::art19ExemptReasonGoesWithTheRequestFiles()
{
    const qint64 aannemer = addRecipient(u"Aannemer Bouwman"_s, RecipientCategory::Aannemer);
    const auto erasure = completedCase(u"K200009"_s, RequestType::Verwijdering, Outcome::Toegewezen,
                                       QDate(2026, 11, 10));
    QVERIFY(erasure);
    ServiceError error;
    QVERIFY(m_disclosures->add(disclosureFor(aannemer, { erasure->person.id }, QDate(2026, 3, 1)),
                               BsnCheck::Refuse, &error));
    const QString reason = u"Aannemer van de heer Onbekend-Zeldzaam is opgeheven"_s;
    QVERIFY2(m_disclosures->markExempt(erasure->number, aannemer, reason, BsnCheck::Refuse, &error),
             qPrintable(error.message));

    const QDateTime now = m_clock.now();
    m_clock.set(QDateTime(QDate(2029, 1, 8), QTime(12, 0), Qt::UTC));
    RetentionService retention(Session { *m_store, m_clock });
    const auto record = retention.destroyRequestFiles(erasure->person.id, u"geanonimiseerd"_s,
                                                      BsnCheck::Refuse, &error);
    m_clock.set(now);
    QVERIFY2(record, qPrintable(error.message));
    const QList<Art19Notification> list
        = m_disclosures->art19Notifications(erasure->number, MustRead());
    QCOMPARE(list.size(), 1);
    QVERIFY(list.first().exempt);
    QVERIFY(list.first().done());
    QVERIFY(list.first().exemptReason.isEmpty());
    QSqlQuery rows(m_store->database());
    QVERIFY(rows.exec(u"SELECT count(*) FROM art19_notifications WHERE exempt_reason LIKE "
                      "'%Zeldzaam%'"_s));
    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toInt(), 0);
}

void TestDisclosures::filtersAndPaging()
{
    const qint64 aannemer = addRecipient(u"Aannemer Bouwman"_s, RecipientCategory::Aannemer);
    const qint64 gemeente = addRecipient(u"Gemeente Ede"_s, RecipientCategory::Gemeente);
    const qint64 politie
        = addRecipient(u"Politie Oost-Nederland"_s, RecipientCategory::PolitieJustitie);
    const qint64 eelde = addRecipient(u"Zorgcentrum Éénhoorn"_s, RecipientCategory::Zorginstelling);
    const qint64 anna = addPerson(u"Anna de Wit"_s, u"K200001"_s);
    const qint64 bram = addPerson(u"Bram de Wit"_s, u"K200002"_s);
    ServiceError error;
    // 40 disclosures over 40 days: recipient by i % 4, informed status by i % 3.
    for (int i = 0; i < 40; ++i) {
        const qint64 recipients[] = { aannemer, gemeente, politie, eelde };
        Disclosure d = disclosureFor(recipients[i % 4], { i % 2 ? anna : bram },
                                     QDate(2026, 6, 1).addDays(i));
        if (i % 4 == 2) {
            d.basis = LegalBasis::LegalObligation;
            d.basisText = u"Art. 126nd Sv"_s;
        }
        if (i % 3 == 1) {
            d.informed = InformedStatus::Informed;
            d.informedOn = d.date;
        } else if (i % 3 == 2) {
            d.informed = InformedStatus::Prohibited;
            d.notInformedReason = u"Wettelijk verbod"_s;
        }
        QVERIFY2(m_disclosures->add(d, BsnCheck::Refuse, &error), qPrintable(error.message));
    }
    DisclosureFilter all;
    QCOMPARE(m_disclosures->count(all), 40);
    const QList<Disclosure> first = m_disclosures->page(all, 0, 15);
    const QList<Disclosure> second = m_disclosures->page(all, 15, 15);
    const QList<Disclosure> third = m_disclosures->page(all, 30, 15);
    QCOMPARE(first.size(), 15);
    QCOMPARE(third.size(), 10);
    QCOMPARE(first.first().date, QDate(2026, 6, 1).addDays(39));
    QCOMPARE(third.last().date, QDate(2026, 6, 1));
    QVERIFY(first.last().date > second.first().date);
    QCOMPARE(m_disclosures->page(all, 0, 1, false).first().date, QDate(2026, 6, 1));

    DisclosureFilter f;
    f.category = RecipientCategory::Gemeente;
    QCOMPARE(m_disclosures->count(f), 10);
    for (const Disclosure &d : m_disclosures->page(f, 0, 100))
        QCOMPARE(d.recipientId, gemeente);
    f = {};
    f.basis = LegalBasis::LegalObligation;
    QCOMPARE(m_disclosures->count(f), 10);
    f = {};
    f.informed = InformedStatus::Prohibited;
    QCOMPARE(m_disclosures->count(f), 13); // i = 2, 5, ..., 38
    f.informed = InformedStatus::Pending;
    QCOMPARE(m_disclosures->count(f), 14);
    f = {};
    f.from = QDate(2026, 6, 11);
    f.to = QDate(2026, 6, 20);
    QCOMPARE(m_disclosures->count(f), 10);
    QCOMPARE(m_disclosures->page(f, 0, 100).size(), 10);
    f = {};
    f.personId = anna;
    QCOMPARE(m_disclosures->count(f), 20);
    f = {};
    f.search = u"eenhoorn"_s; // folded: finds "Éénhoorn"
    QCOMPARE(m_disclosures->count(f), 10);
    f.search = u"POLITIE oost"_s;
    QCOMPARE(m_disclosures->count(f), 10);
    f.search = u"nergens"_s;
    QCOMPARE(m_disclosures->count(f), 0);
    QVERIFY(m_disclosures->page(f, 0, 10).isEmpty());
    // Combined: everything must hold.
    f = {};
    f.category = RecipientCategory::PolitieJustitie;
    f.informed = InformedStatus::Pending;
    f.personId = bram;
    int expected = 0;
    for (int i = 0; i < 40; ++i)
        expected += (i % 4 == 2 && i % 3 == 0 && i % 2 == 0) ? 1 : 0;
    QCOMPARE(m_disclosures->count(f), expected);
    f.recipientId = aannemer;
    QCOMPARE(m_disclosures->count(f), 0);
}

// What the repositories offer the modules that still name the registers' tables (breaches,
// the dashboard, destruction): the same rows their own SQL reads today.
void TestDisclosures::repositoriesAnswerOtherModules()
{
    const QSqlDatabase db = m_store->database();
    const qint64 aannemer = addRecipient(u"Aannemer Bouwman"_s, RecipientCategory::Aannemer);
    const qint64 cloud = addRecipient(u"Cloud Hosting BV"_s, RecipientCategory::Verwerker,
                                      RecipientRole::Verwerker);
    const qint64 anna = addPerson(u"Anna de Wit"_s, u"K200001"_s);
    const qint64 bram = addPerson(u"Bram de Wit"_s, u"K200002"_s);
    ServiceError error;
    QVERIFY2(m_disclosures->add(disclosureFor(aannemer, { anna, bram }, QDate(2026, 2, 1)),
                                BsnCheck::Refuse, &error),
             qPrintable(error.message));
    Disclosure prohibited = disclosureFor(aannemer, { anna }, QDate(2026, 3, 1));
    prohibited.informed = InformedStatus::Prohibited;
    prohibited.notInformedReason = u"Strafrechtelijk onderzoek"_s;
    prohibited.basis = LegalBasis::LegalObligation;
    prohibited.basisText = u"Wetboek van Strafvordering"_s;
    QVERIFY2(m_disclosures->add(prohibited, BsnCheck::Refuse, &error), qPrintable(error.message));

    // A processor by id (archived too) or by name, without regard to case, active only.
    std::optional<Recipient> found;
    QVERIFY(RecipientRepository::byId(db, cloud, &found, &error));
    QVERIFY(found);
    QCOMPARE(found->name, u"Cloud Hosting BV"_s);
    QVERIFY(RecipientRepository::activeByName(db, u"cloud hosting bv"_s, &found, &error));
    QVERIFY(found);
    QCOMPARE(found->id, cloud);
    QVERIFY(RecipientRepository::activeByName(db, u"Niemand"_s, &found, &error));
    QVERIFY(!found);
    QVERIFY(m_recipients->remove(cloud, &error)); // deleted: nobody received data through it
    QVERIFY(RecipientRepository::byId(db, cloud, &found, &error));
    QVERIFY(!found);
    QCOMPARE(RecipientRepository::leftJoinSql(u"r", u"b.processor_id"),
             u"LEFT JOIN recipients r ON r.id = b.processor_id"_s);

    const auto scalar = [&db](const QString &sql, const QVariantList &values) {
        QSqlQuery query(db);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next()) {
            qWarning("%s", qPrintable(query.lastError().text()));
            return -1;
        }
        return query.value(0).toInt();
    };
    // Destruction: what names the person, counted and read with whether they are alone.
    QCOMPARE(scalar(DisclosureRepository::countOfPersonSql(), { anna }), 2);
    QCOMPARE(scalar(DisclosureRepository::countOfPersonSql(), { bram }), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM ("_s + DisclosureRepository::idsOfPersonSql() + u") x"_s,
                    { anna }),
             2);
    const std::optional<QList<DisclosureNaming>> naming
        = DisclosureRepository::naming(db, anna, &error);
    QVERIFY2(naming, qPrintable(error.message));
    QCOMPARE(naming->size(), 2);
    QVERIFY(!naming->at(0).alone);
    QVERIFY(naming->at(1).alone);
    QCOMPARE(naming->at(1).notInformedReason, u"Strafrechtelijk onderzoek"_s);
    QVERIFY(DisclosureRepository::eraseExemptReasonsSql(u"(SELECT 1)"_s)
                .endsWith(u"AND case_id IN (SELECT 1)"_s));

    // The dashboard: per recipient and month, per basis, to inform and withheld.
    const QString from = u"2026-01-01"_s;
    const QString to = u"2026-12-31"_s;
    QSqlQuery query(db);
    query.prepare(DisclosureRepository::perRecipientMonthSql(db));
    query.addBindValue(from);
    query.addBindValue(to);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QStringList months;
    while (query.next()) {
        QCOMPARE(query.value(0).toLongLong(), aannemer);
        months << query.value(3).toString() + u'=' + query.value(4).toString();
    }
    months.sort();
    QCOMPARE(months, QStringList({ u"2026-02=1"_s, u"2026-03=1"_s }));
    QCOMPARE(scalar(DisclosureRepository::pendingCountSql(db), { to, to, to }), 1);
    QCOMPARE(scalar(DisclosureRepository::pendingPersonsSql(), { to, to, to }), 2);
    QCOMPARE(scalar(DisclosureRepository::prohibitedCountSql(), { to }), 1);
    query.prepare(DisclosureRepository::perLegalBasisSql({ u"'b'"_s, u"'c'"_s }));
    query.addBindValue(from);
    query.addBindValue(to);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QStringList bases;
    while (query.next())
        bases << query.value(0).toString() + u'=' + query.value(1).toString();
    bases.sort();
    QCOMPARE(bases, QStringList({ u"b=1"_s, u"c=1"_s }));
    // No processor left, so no agreement overdue.
    query.prepare(RecipientRepository::overdueAgreementsSql(db));
    query.addBindValue(to);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(!query.next());
}

QTEST_GUILESS_MAIN(TestDisclosures)
#include "tst_disclosures.moc"
