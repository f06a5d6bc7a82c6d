// The person's own record after the answer (the ieder1 reading): after a granted
// erasure the phone number and e-mail the letter calls erased are gone from Privacydesk's own
// record too, on the trail without their values and in the request's AP dossier; a tenant who
// moved gets the letters made after the change at the new address; a corrected surname is on
// the letters, and the review of the access report never offers the person's own names (before
// and after the correction) for redaction as someone else's.

#include "DocumentFixture.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "cases/PersonCorrections.h"
#include "cases/TrailRows.h"
#include "documents/ComplaintDossier.h"
#include "documents/EventText.h"
#include "documents/PersonReport.h"
#include "documents/PersonReview.h"
#include "letters/LetterCorrectionTexts.h"
#include "letters/Letters.h"
#include "persons/PersonRepository.h"
#include "session/Session.h"
#include "store/ServiceSupport.h"
#include "terms/RetentionTerms.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

QString plain(const QString &html)
{
    return LetterTemplates::plainText(html).simplified();
}

} // namespace

class TestPersonCorrections final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void erasedFieldsLeaveTheRecord();
    void nameAndCustomerNumberStay();
    void theRecordSaysWhenAndByWhomItWasMade();
    void erasureNeedsAnErasureRequest();
    void newAddressOnTheLettersAfterIdentification();
    void correctedNameOnTheLetters();
    void correctedContactIsWhatTheLetterConfirms();
    void ownNamesAreNoThirdPartysNames();
    void relationCorrectedOnTheRequestsTrail();
    void uncorrectedNameRefusesTheLetter();
    void uncorrectedRelationRefusesTheLetter();
    void newNameInTheDecision_data();
    void newNameInTheDecision();

private:
    Person stored(qint64 personId);
    QList<AuditEvent> trail(const QString &type, const QString &id);
    QString render(const QString &number, LetterKind kind);

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<test::DocumentFixture> m_fixture;
};

void TestPersonCorrections::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_store = test::createServiceStore(m_tmp.filePath(u"store"_s));
    QVERIFY(m_store);
    m_fixture = std::make_unique<test::DocumentFixture>(*m_store);
    QVERIFY2(m_fixture->setOrganisation(), qPrintable(m_fixture->error()));
}

Person TestPersonCorrections::stored(qint64 personId)
{
    std::optional<PersonRecord> record;
    ServiceError error;
    if (!PersonRepository::byId(m_store->database(), personId, &record, &error) || !record) {
        qWarning("person %lld: %s", personId, qPrintable(error.message));
        return {};
    }
    return record->person;
}

QList<AuditEvent> TestPersonCorrections::trail(const QString &type, const QString &id)
{
    ServiceError error;
    const QList<AuditEvent> events
        = support::auditLog(*m_store, m_fixture->clock()).eventsFor(type, id, &error);
    if (error.isError())
        qWarning("trail of %s %s: %s", qPrintable(type), qPrintable(id), qPrintable(error.message));
    return events;
}

QString TestPersonCorrections::render(const QString &number, LetterKind kind)
{
    ServiceError error;
    const auto letter
        = LetterService(Session { *m_store, m_fixture->clock() }).render(number, kind, &error);
    if (!letter)
        qWarning("letter of %s: %s", qPrintable(number), qPrintable(error.message));
    return letter ? plain(letter->html) : QString();
}

// ieder1 finding 2: the erasure granted, the phone number and e-mail go from the person's record;
// the trail says which fields, never their values; the request's dossier says what was erased.
void TestPersonCorrections::erasedFieldsLeaveTheRecord()
{
    NewCase request = test::DocumentFixture::newCase(
        u"E. Wisser"_s, u"K38-ERASE"_s, { RequestType::Verwijdering }, QDate(2026, 9, 1));
    request.person.phone = u"06 4738 2915"_s;
    request.person.email = u"e.wisser@example.nl"_s;
    const auto c = m_fixture->addCase(request);
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 9, 2), QDate(2026, 9, 4)));
    QVERIFY2(m_fixture->complete(c->number, Outcome::Toegewezen, {}, QDate(2026, 9, 10)),
             qPrintable(m_fixture->error()));
    QCOMPARE(stored(c->person.id).phone, u"06 4738 2915"_s);

    PersonCorrections corrections(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    QString named;
    const auto person = corrections.personOf(c->number, &named, &error);
    QVERIFY2(person, qPrintable(error.message));
    QCOMPARE(*person, c->person.id);
    QCOMPARE(named, c->number);
    const auto erased = corrections.eraseFields(*person, { PersonField::Email, PersonField::Phone },
                                                c->number, &error);
    QVERIFY2(erased, qPrintable(error.message));
    QCOMPARE(*erased, (QList<PersonField> { PersonField::Phone, PersonField::Email }));
    const Person after = stored(c->person.id);
    QVERIFY(after.phone.isEmpty());
    QVERIFY(after.email.isEmpty());
    QCOMPARE(after.name, u"E. Wisser"_s); // the request's own record keeps its name
    QCOMPARE(addressLine(after), u"Lange Nieuwstraat 117 bis, 3512 PN Utrecht"_s);

    // The person's trail: which fields, not what they held.
    const QList<AuditEvent> personEvents = trail(u"person"_s, QString::number(c->person.id));
    QVERIFY(!personEvents.isEmpty());
    const AuditEvent &last = personEvents.last();
    QCOMPARE(last.action, u"person.updated"_s);
    const QString payload = QString::fromUtf8(QJsonDocument(last.payload).toJson());
    QVERIFY2(payload.contains(u"telefoonnummer"_s) && payload.contains(u"emailadres"_s),
             qPrintable(payload));
    QVERIFY2(!payload.contains(u"4738"_s) && !payload.contains(u"example.nl"_s),
             qPrintable(payload));

    // The request's trail and its AP dossier say what was erased in Privacydesk itself.
    const QList<AuditEvent> caseEvents = trail(u"case"_s, c->number);
    QCOMPARE(caseEvents.last().action, u"case.person_erased"_s);
    QCOMPARE(EventText::sentence(caseEvents.last(), caseEvents),
             u"Data erased in Privacydesk by %1: phone number, e-mail address"_s.arg(
                 caseEvents.last().actor));
    const auto content
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(c->number, &error);
    QVERIFY2(content, qPrintable(error.message));
    const QString dossier = test::DocumentFixture::dossierText(*content);
    QVERIFY2(dossier.contains(u"Data erased in Privacydesk"_s), qPrintable(dossier));
    QVERIFY2(dossier.contains(u"phone number, e-mail address"_s), qPrintable(dossier));
    // Erasing the address too leaves the letter without an address block: it says so.
    {
        ServiceError letterError;
        LetterService letters(Session { *m_store, m_fixture->clock() });
        const auto before
            = letters.render(c->number, LetterKind::BevestigingVerwijdering, &letterError);
        QVERIFY2(before, qPrintable(letterError.message));
        QVERIFY2(!before->warning.contains(u"no postal address"_s), qPrintable(before->warning));
    }
    // And the confirmation of the erasure tells the tenant.
    const QString confirmation = render(c->number, LetterKind::BevestigingVerwijdering);
    QVERIFY2(confirmation.contains(u"Ook in ons eigen systeem voor privacyverzoeken hebben wij uw "
                                   "gegevens verwijderd: het telefoonnummer en het "
                                   "e-mailadres."_s),
             qPrintable(confirmation));

    // Erased once: a second time there is nothing left to erase, and nothing is recorded.
    const auto again = corrections.eraseFields(*person, { PersonField::Phone }, c->number, &error);
    QVERIFY2(again, qPrintable(error.message));
    QVERIFY(again->isEmpty());
    QCOMPARE(trail(u"case"_s, c->number).size(), caseEvents.size());

    // With the address erased too, the next letter has no address block, and says so.
    QVERIFY2(corrections.eraseFields(*person, { PersonField::Address }, c->number, &error),
             qPrintable(error.message));
    const auto withoutAddress = LetterService(Session { *m_store, m_fixture->clock() })
                                    .render(c->number, LetterKind::BevestigingVerwijdering, &error);
    QVERIFY2(withoutAddress, qPrintable(error.message));
    QVERIFY2(withoutAddress->warning.contains(u"There is no postal address for E. Wisser"_s),
             qPrintable(withoutAddress->warning));
}

// The fields that keep the request's own record are refused with the reason, and nothing changes.
void TestPersonCorrections::nameAndCustomerNumberStay()
{
    const auto c = m_fixture->addCase(u"N. Blijft"_s, u"K38-STAYS"_s, { RequestType::Verwijdering },
                                      QDate(2026, 9, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    PersonCorrections corrections(Session { *m_store, m_fixture->clock() });
    const int events = trail(u"person"_s, QString::number(c->person.id)).size();
    for (PersonField field : { PersonField::Name, PersonField::Klantnummer }) {
        ServiceError error;
        QVERIFY(!corrections.eraseFields(c->person.id, { PersonField::Address, field }, c->number,
                                         &error));
        QCOMPARE(error.code, ServiceError::Code::Invalid);
        QCOMPARE(error.message, PersonFieldCodes::erasureRefusal(field));
        QVERIFY(error.message.contains(u"retention"_s));
    }
    const Person after = stored(c->person.id);
    QCOMPARE(after.name, u"N. Blijft"_s);
    QCOMPARE(after.klantnummer, u"K38-STAYS"_s);
    QVERIFY(!addressLine(after).isEmpty());
    QCOMPARE(trail(u"person"_s, QString::number(c->person.id)).size(), events);
}

// The person's own record read back says when the intake registered them and by whom: the
// moment and the officer the intake wrote, each in its own field.
void TestPersonCorrections::theRecordSaysWhenAndByWhomItWasMade()
{
    const auto c = m_fixture->addCase(u"M. Vastgelegd"_s, u"K38-MADE"_s, { RequestType::Inzage },
                                      QDate(2026, 9, 3));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    const QString registeredAt = m_fixture->clock().now().toString(Qt::ISODateWithMs);
    const QString officer = Session { *m_store, m_fixture->clock() }.userName();
    QVERIFY(!officer.isEmpty());
    std::optional<PersonRecord> record;
    ServiceError error;
    QVERIFY2(PersonRepository::byId(m_store->database(), c->person.id, &record, &error),
             qPrintable(error.message));
    QVERIFY(record);
    QCOMPARE(record->createdAt, registeredAt);
    QCOMPARE(record->createdBy, officer);
    QCOMPARE(record->person.name, u"M. Vastgelegd"_s);
}

// A request that asks for no erasure does not answer one; a request about someone else is no
// ground for changing this person.
void TestPersonCorrections::erasureNeedsAnErasureRequest()
{
    NewCase request = test::DocumentFixture::newCase(u"I. Inzage"_s, u"K38-ACCESS"_s,
                                                     { RequestType::Inzage }, QDate(2026, 9, 1));
    request.person.phone = u"06 1937 4628"_s;
    const auto c = m_fixture->addCase(request);
    QVERIFY2(c, qPrintable(m_fixture->error()));
    const auto other = m_fixture->addCase(u"O. Ander"_s, u"K38-OTHER"_s,
                                          { RequestType::Verwijdering }, QDate(2026, 9, 1));
    QVERIFY2(other, qPrintable(m_fixture->error()));
    PersonCorrections corrections(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    QVERIFY(!corrections.eraseFields(c->person.id, { PersonField::Phone }, c->number, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(error.message.contains(u"does not ask for erasure"_s), qPrintable(error.message));
    QVERIFY(!corrections.eraseFields(c->person.id, { PersonField::Phone }, other->number, &error));
    QVERIFY2(error.message.contains(u"is not about this data subject"_s),
             qPrintable(error.message));
    QCOMPARE(stored(c->person.id).phone, u"06 1937 4628"_s);
    // Without a request (the register kept up to date), the fields go; the address whole.
    const auto erased = corrections.eraseFields(
        c->person.id, { PersonField::Phone, PersonField::Address }, {}, &error);
    QVERIFY2(erased && erased->size() == 2, qPrintable(error.message));
    const Person after = stored(c->person.id);
    QVERIFY(after.phone.isEmpty());
    QVERIFY(after.street.isEmpty() && after.houseNumber.isEmpty() && after.postcode.isEmpty()
            && after.city.isEmpty());
    QCOMPARE(after.name, u"I. Inzage"_s);
}

// ieder1 finding 3: the former tenant who moved. On the request, the new address is recorded
// once the identity is established, and the letters made afterwards go there.
void TestPersonCorrections::newAddressOnTheLettersAfterIdentification()
{
    const auto c = m_fixture->addCase(u"V. Verhuisd"_s, u"K38-MOVED"_s, { RequestType::Inzage },
                                      QDate(2026, 9, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(render(c->number, LetterKind::Ontvangstbevestiging)
                .contains(u"Lange Nieuwstraat 117 bis 3512 PN Utrecht"_s));
    Person moved;
    moved.street = u"Kerkpad"_s;
    moved.houseNumber = u"12"_s;
    moved.postcode = u"6582 bc"_s;
    moved.city = u"Heumen"_s;
    PersonCorrections corrections(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    QVERIFY(!corrections.setAddress(c->person.id, moved, c->number, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(error.message.contains(u"identity is not yet established"_s),
             qPrintable(error.message));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 9, 2), QDate(2026, 9, 3)));
    QVERIFY2(corrections.setAddress(c->person.id, moved, c->number, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QCOMPARE(addressLine(stored(c->person.id)), u"Kerkpad 12, 6582 BC Heumen"_s);
    const QString letter = render(c->number, LetterKind::Ontvangstbevestiging);
    QVERIFY2(letter.contains(u"V. Verhuisd Kerkpad 12 6582 BC Heumen"_s), qPrintable(letter));
    QVERIFY2(!letter.contains(u"Lange Nieuwstraat"_s), qPrintable(letter));

    const QList<AuditEvent> events = trail(u"person"_s, QString::number(c->person.id));
    const QJsonObject changes = events.last().payload.value(u"changes"_s).toObject();
    QCOMPARE(changes.value(u"street"_s).toObject().value(u"new"_s).toString(), u"Kerkpad"_s);
    QCOMPARE(changes.value(u"city"_s).toObject().value(u"old"_s).toString(), u"Utrecht"_s);
    QCOMPARE(trail(u"case"_s, c->number).last().action, u"case.person_corrected"_s);
    // The same address again changes nothing and records nothing.
    QVERIFY2(corrections.setAddress(c->person.id, moved, c->number, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QCOMPARE(trail(u"person"_s, QString::number(c->person.id)).size(), events.size());
}

// ieder1 finding 6(b): a corrected name is on the letters made afterwards.
void TestPersonCorrections::correctedNameOnTheLetters()
{
    const auto c = m_fixture->addCase(u"P. Jansen"_s, u"K38-NAME"_s, { RequestType::Rectificatie },
                                      QDate(2026, 9, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    PersonCorrections corrections(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    QVERIFY(!corrections.setName(c->person.id, u"  "_s, c->number, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(
        corrections.setName(c->person.id, u"P.  Janssen"_s, c->number, BsnCheck::Refuse, &error),
        qPrintable(error.message));
    QCOMPARE(stored(c->person.id).name, u"P. Janssen"_s);
    const QString letter = render(c->number, LetterKind::Ontvangstbevestiging);
    QVERIFY2(letter.contains(u"Geachte heer of mevrouw Janssen,"_s), qPrintable(letter));
    QVERIFY2(!letter.contains(u"Jansen"_s), qPrintable(letter));
    const AuditEvent last = trail(u"person"_s, QString::number(c->person.id)).last();
    const QJsonObject name = last.payload.value(u"changes"_s)[u"name"_s].toObject();
    QCOMPARE(name.value(u"old"_s).toString(), u"P. Jansen"_s);
    QCOMPARE(name.value(u"new"_s).toString(), u"P. Janssen"_s);
    // The store's check of rows against their trail agrees with the new name.
    QStringList problems;
    QVERIFY2(m_store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// What a letter confirms as corrected is corrected: the rectification granted a new phone number
// and e-mail address; while the record in Privacydesk still holds the old ones neither the
// confirmation nor the decision can be made; corrected (on the request's trail), both are made
// and say what was corrected in Privacydesk itself.
void TestPersonCorrections::correctedContactIsWhatTheLetterConfirms()
{
    NewCase request = test::DocumentFixture::newCase(
        u"T. Nummer"_s, u"K67-CONTACT"_s, { RequestType::Rectificatie }, QDate(2026, 9, 1));
    request.person.phone = u"06 1111 2222"_s;
    request.person.email = u"t.nummer@example.nl"_s;
    const auto c = m_fixture->addCase(request);
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 9, 1), QDate(2026, 9, 2)));
    m_fixture->at(QDate(2026, 9, 20));
    Completion done = test::completion(Outcome::Toegewezen, QDate(2026, 9, 20), u"per post"_s);
    done.granted = u"Telefoonnummer: 06 1111 2222 → 06 3333 4444. E-mailadres: "
                   "t.nummer@example.nl → t.nummer@voorbeeld.nl."_s;
    done.changedData = { DataCategory::Contact };
    ServiceError error;
    QVERIFY2(CaseService(Session { *m_store, m_fixture->clock() })
                 .complete(c->number, done, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const QString phone = codes::label(PersonField::Phone);
    const QString email = codes::label(PersonField::Email);
    LetterService letters(Session { *m_store, m_fixture->clock() });
    for (LetterKind kind : { LetterKind::BevestigingRectificatie, LetterKind::Besluit }) {
        QVERIFY(!letters.render(c->number, kind, &error));
        QCOMPARE(error.code, ServiceError::Code::Invalid);
        QVERIFY2(error.message.contains(phone) && error.message.contains(email),
                 qPrintable(error.message));
    }

    PersonCorrections corrections(Session { *m_store, m_fixture->clock() });
    QVERIFY(!corrections.setContact(c->person.id, PersonField::Email, u"geen adres"_s, c->number,
                                    BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(corrections.setContact(c->person.id, PersonField::Phone, u"06 3333 4444"_s, c->number,
                                    BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY(!letters.render(c->number, LetterKind::BevestigingRectificatie, &error));
    QVERIFY2(error.message.contains(email) && !error.message.contains(phone),
             qPrintable(error.message));
    QVERIFY2(corrections.setContact(c->person.id, PersonField::Email, u"t.nummer@voorbeeld.nl"_s,
                                    c->number, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QCOMPARE(stored(c->person.id).phone, u"06 3333 4444"_s);
    QCOMPARE(stored(c->person.id).email, u"t.nummer@voorbeeld.nl"_s);

    // On the person's trail old → new, on the request's which fields, never their values.
    const AuditEvent last = trail(u"person"_s, QString::number(c->person.id)).last();
    const QJsonObject changed = last.payload.value(u"changes"_s)[u"email"_s].toObject();
    QCOMPARE(changed.value(u"old"_s).toString(), u"t.nummer@example.nl"_s);
    QCOMPARE(changed.value(u"new"_s).toString(), u"t.nummer@voorbeeld.nl"_s);
    QStringList fields;
    for (const AuditEvent &event : trail(u"case"_s, c->number)) {
        if (event.action == u"case.person_corrected"_s) {
            for (const QJsonValue &field : event.payload.value(u"fields"_s).toArray())
                fields << field.toString();
            QVERIFY(!QJsonDocument(event.payload).toJson().contains("voorbeeld"));
        }
    }
    QCOMPARE(fields, QStringList({ u"telefoonnummer"_s, u"emailadres"_s }));

    for (LetterKind kind : { LetterKind::BevestigingRectificatie, LetterKind::Besluit }) {
        const QString text = render(c->number, kind);
        QVERIFY2(text.contains(u"Ook in ons eigen systeem voor privacyverzoeken hebben wij uw "
                               "gegevens gecorrigeerd: het telefoonnummer en het e-mailadres."_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"06 1111 2222 → 06 3333 4444"_s), qPrintable(text));
    }
    QStringList problems;
    QVERIFY2(m_store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// ieder1 finding 6(a): the texts of a rectified person hold their name before and after the
// correction; neither is offered for redaction as a third party's name. Someone else's is.
void TestPersonCorrections::ownNamesAreNoThirdPartysNames()
{
    NewCase request = test::DocumentFixture::newCase(
        u"K. de Vos"_s, u"K38-OWN"_s, { RequestType::Rectificatie }, QDate(2026, 9, 1));
    request.description = u"Mijn naam is K. de Vries, niet K. de Vos. Mijn buurman Jan Pietersen "
                          "weet dat ook."_s;
    const auto c = m_fixture->addCase(request);
    QVERIFY2(c, qPrintable(m_fixture->error()));
    ServiceError error;
    QVERIFY2(PersonCorrections(Session { *m_store, m_fixture->clock() })
                 .setName(c->person.id, u"K. de Vries"_s, c->number, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const auto report
        = PersonReportLoader(Session { *m_store, m_fixture->clock() }).load(c->person.id, &error);
    QVERIFY2(report, qPrintable(error.message));
    QCOMPARE(report->formerNames, QStringList { u"K. de Vos"_s });
    const auto findings = PersonReview(Session { *m_store }).findings(*report, &error);
    QVERIFY2(findings, qPrintable(error.message));
    QStringList texts;
    for (const ReviewFinding &f : *findings)
        texts << f.text;
    QVERIFY2(texts.contains(u"Jan Pietersen"_s), qPrintable(texts.join(u" | "_s)));
    for (const QString &text : std::as_const(texts))
        QVERIFY2(!text.contains(u"Vos"_s) && !text.contains(u"Vries"_s),
                 qPrintable(texts.join(u" | "_s)));

    // The AP dossier marks the neighbour's name for the complainant's version, not the tenant's
    // own former one.
    auto content
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(c->number, &error);
    QVERIFY2(content, qPrintable(error.message));
    QCOMPARE(content->formerNames, QStringList { u"K. de Vos"_s });
    const QString mark = ComplaintDossier::tr("[not to be given to the complainant]");
    const QString dossier = test::DocumentFixture::dossierText(*content);
    QVERIFY2(dossier.contains(u"Jan Pietersen "_s + mark), qPrintable(dossier));
    QVERIFY2(!dossier.contains(u"K. de Vos "_s + mark), qPrintable(dossier));
    content->version = DossierVersion::Complainant;
    QVERIFY(test::DocumentFixture::dossierText(*content).contains(u"niet K. de Vos"_s));
}

// The relation and its end, the import's other fields, are corrected on the request too: the
// person's trail records old → new and the retention items that moved with them, the request's
// trail and its AP dossier which fields, and the confirmation of the rectification names them.
void TestPersonCorrections::relationCorrectedOnTheRequestsTrail()
{
    NewCase request = test::DocumentFixture::newCase(
        u"R. Vertrek"_s, u"K67-RELATION"_s, { RequestType::Rectificatie }, QDate(2026, 9, 1));
    request.person.relation = Relation::Huurder;
    const auto c = m_fixture->addCase(request);
    QVERIFY2(c, qPrintable(m_fixture->error()));
    const auto other = m_fixture->addCase(u"R. Anders"_s, u"K67-OTHER"_s,
                                          { RequestType::Rectificatie }, QDate(2026, 9, 1));
    QVERIFY2(other, qPrintable(m_fixture->error()));
    PersonCorrections corrections(Session { *m_store, m_fixture->clock() });
    ServiceError error;
    QVERIFY(!corrections.setRelation(c->person.id, Relation::ExHuurder, QDate(2026, 6, 30),
                                     other->number, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!corrections.setRelation(c->person.id, Relation::ExHuurder, QDate(1985, 1, 1),
                                     c->number, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QCOMPARE(stored(c->person.id).relation, Relation::Huurder);

    DerivedTerms terms;
    const auto corrected = corrections.setRelation(c->person.id, Relation::ExHuurder,
                                                   QDate(2026, 6, 30), c->number, &error, &terms);
    QVERIFY2(corrected, qPrintable(error.message));
    QCOMPARE(*corrected, (QList<PersonField> { PersonField::Relation, PersonField::RelationEnd }));
    QCOMPARE(stored(c->person.id).relation, Relation::ExHuurder);
    QCOMPARE(stored(c->person.id).relationEnd, QDate(2026, 6, 30));
    const AuditEvent last = trail(u"person"_s, QString::number(c->person.id)).last();
    QCOMPARE(last.action, u"person.updated"_s);
    const QJsonObject changes = last.payload.value(u"changes"_s).toObject();
    QCOMPARE(changes[u"relation"_s][u"old"_s].toString(), u"huurder"_s);
    QCOMPARE(changes[u"relation"_s][u"new"_s].toString(), u"ex-huurder"_s);
    QVERIFY(changes[u"relation_end"_s][u"old"_s].isNull());
    QCOMPARE(changes[u"relation_end"_s][u"new"_s].toString(), u"2026-06-30"_s);
    QCOMPARE(last.payload.value(u"case"_s).toString(), c->number);
    QVERIFY(terms.any()); // the contact data now run from the end of the relation
    QCOMPARE(last.payload.value(u"terms_created"_s).toInt()
                 + last.payload.value(u"terms_moved"_s).toInt()
                 + last.payload.value(u"terms_removed"_s).toInt(),
             terms.created + terms.moved + terms.removed);

    const QList<AuditEvent> caseEvents = trail(u"case"_s, c->number);
    QCOMPARE(caseEvents.last().action, u"case.person_corrected"_s);
    QCOMPARE(caseEvents.last().payload.value(u"fields"_s).toArray(),
             (QJsonArray { u"relatie"_s, u"einddatum"_s }));
    QCOMPARE(EventText::sentence(caseEvents.last(), caseEvents),
             u"Data subject's record corrected by %1: relation, end of the relation"_s.arg(
                 caseEvents.last().actor));
    const auto content
        = ComplaintDossier(Session { *m_store, m_fixture->clock() }).collect(c->number, &error);
    QVERIFY2(content, qPrintable(error.message));
    const QString dossier = test::DocumentFixture::dossierText(*content);
    QVERIFY2(dossier.contains(u"relation, end of the relation"_s), qPrintable(dossier));

    // Only the end date given: the relation stays; the same again changes and records nothing.
    const auto endOnly = corrections.setRelation(c->person.id, std::nullopt, QDate(2026, 7, 31),
                                                 c->number, &error);
    QVERIFY2(endOnly, qPrintable(error.message));
    QCOMPARE(*endOnly, QList<PersonField> { PersonField::RelationEnd });
    QCOMPARE(stored(c->person.id).relation, Relation::ExHuurder);
    const qsizetype events = trail(u"case"_s, c->number).size();
    const auto same = corrections.setRelation(c->person.id, Relation::ExHuurder, QDate(2026, 7, 31),
                                              c->number, &error);
    QVERIFY2(same && same->isEmpty(), qPrintable(error.message));
    QVERIFY(!error.isError());
    QCOMPARE(trail(u"case"_s, c->number).size(), events);

    // The confirmation of the rectification names them in Dutch.
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 9, 1), QDate(2026, 9, 2)));
    m_fixture->at(QDate(2026, 9, 20));
    Completion done = test::completion(Outcome::Toegewezen, QDate(2026, 9, 20), u"per post"_s);
    done.granted = u"Relatie: huurder → ex-huurder. Einddatum relatie: 31-07-2026."_s;
    done.changedData = { DataCategory::Huurgegevens };
    QVERIFY2(CaseService(Session { *m_store, m_fixture->clock() })
                 .complete(c->number, done, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const QString text = render(c->number, LetterKind::BevestigingRectificatie);
    QVERIFY2(text.contains(u"hebben wij uw gegevens gecorrigeerd: de relatie met ons en de "
                           "einddatum van de relatie."_s),
             qPrintable(text));
    QStringList problems;
    QVERIFY2(m_store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u'\n')));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// A granted rectification that writes the new name ("Naam: ... → ...") is not confirmed while
// the record in Privacydesk holds the old name; corrected on the request, it is.
void TestPersonCorrections::uncorrectedNameRefusesTheLetter()
{
    const auto c = m_fixture->addCase(u"H. de Wit"_s, u"K67-NAME"_s, { RequestType::Rectificatie },
                                      QDate(2026, 9, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 9, 1), QDate(2026, 9, 2)));
    m_fixture->at(QDate(2026, 9, 20));
    Completion done = test::completion(Outcome::Toegewezen, QDate(2026, 9, 20), u"per post"_s);
    done.granted = u"Achternaam: H. de Wit → H. de Witt. Zo staat het in uw paspoort."_s;
    done.changedData = { DataCategory::Naam };
    ServiceError error;
    QVERIFY2(CaseService(Session { *m_store, m_fixture->clock() })
                 .complete(c->number, done, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const QString name = codes::label(PersonField::Name);
    LetterService letters(Session { *m_store, m_fixture->clock() });
    for (LetterKind kind : { LetterKind::BevestigingRectificatie, LetterKind::Besluit }) {
        QVERIFY(!letters.render(c->number, kind, &error));
        QCOMPARE(error.code, ServiceError::Code::Invalid);
        QVERIFY2(error.message.contains(u"names a new "_s + name), qPrintable(error.message));
    }
    // Corrected without naming the request, the record holds the new name: the letter is made,
    // but does not say it was corrected for this request.
    QVERIFY2(PersonCorrections(Session { *m_store, m_fixture->clock() })
                 .setName(c->person.id, u"H. de Witt"_s, {}, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QString text = render(c->number, LetterKind::BevestigingRectificatie);
    QVERIFY2(!text.isEmpty() && !text.contains(u"de naam"_s), qPrintable(text));
    // Back to the old one, then corrected on the request: the letter says so.
    QVERIFY(PersonCorrections(Session { *m_store, m_fixture->clock() })
                .setName(c->person.id, u"H. de Wit"_s, {}, BsnCheck::Refuse, &error));
    QVERIFY(!letters.render(c->number, LetterKind::BevestigingRectificatie, &error));
    QVERIFY2(PersonCorrections(Session { *m_store, m_fixture->clock() })
                 .setName(c->person.id, u"H. de Witt"_s, c->number, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    text = render(c->number, LetterKind::BevestigingRectificatie);
    QVERIFY2(text.contains(u"hebben wij uw gegevens gecorrigeerd: de naam."_s), qPrintable(text));
}

// The relation and its end date written after an arrow are checked as the name is.
void TestPersonCorrections::uncorrectedRelationRefusesTheLetter()
{
    NewCase request = test::DocumentFixture::newCase(
        u"W. Zoeker"_s, u"K67-SEEKER"_s, { RequestType::Rectificatie }, QDate(2026, 9, 1));
    request.person.relation = Relation::Woningzoekende;
    const auto c = m_fixture->addCase(request);
    QVERIFY2(c, qPrintable(m_fixture->error()));
    QVERIFY(m_fixture->identify(c->number, QDate(2026, 9, 1), QDate(2026, 9, 2)));
    m_fixture->at(QDate(2026, 9, 20));
    Completion done = test::completion(Outcome::Toegewezen, QDate(2026, 9, 20), u"per post"_s);
    done.granted = u"Relatie: woningzoekende → ex-huurder\nEinddatum relatie: geen → "
                   "31 augustus 2026"_s;
    done.changedData = { DataCategory::Huurgegevens };
    ServiceError error;
    QVERIFY2(CaseService(Session { *m_store, m_fixture->clock() })
                 .complete(c->number, done, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    LetterService letters(Session { *m_store, m_fixture->clock() });
    QVERIFY(!letters.render(c->number, LetterKind::BevestigingRectificatie, &error));
    QVERIFY2(error.message.contains(codes::label(PersonField::Relation))
                 && error.message.contains(codes::label(PersonField::RelationEnd)),
             qPrintable(error.message));
    PersonCorrections corrections(Session { *m_store, m_fixture->clock() });
    QVERIFY2(
        corrections.setRelation(c->person.id, Relation::ExHuurder, std::nullopt, c->number, &error),
        qPrintable(error.message));
    QVERIFY(!letters.render(c->number, LetterKind::BevestigingRectificatie, &error));
    QVERIFY2(!error.message.contains(u"new "_s + codes::label(PersonField::Relation))
                 && error.message.contains(codes::label(PersonField::RelationEnd)),
             qPrintable(error.message));
    QVERIFY2(
        corrections.setRelation(c->person.id, std::nullopt, QDate(2026, 8, 31), c->number, &error),
        qPrintable(error.message));
    const QString text = render(c->number, LetterKind::BevestigingRectificatie);
    QVERIFY2(text.contains(u"gecorrigeerd: de relatie met ons en de einddatum van de relatie."_s),
             qPrintable(text));
}

// What a granted rectification writes as the new name, relation or end date, against the record:
// a new value written out is checked, a name only mentioned is not (nothing to compare it with).
void TestPersonCorrections::newNameInTheDecision_data()
{
    QTest::addColumn<QString>("granted");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("fields");
    const QString jansen = u"J. Jansen"_s;
    const QStringList naam { u"naam"_s };
    QTest::newRow("arrow") << u"Naam: J. Jansen → J. Janssen"_s << jansen << naam;
    QTest::newRow("arrow, record corrected")
        << u"Naam: J. Jansen → J. Janssen"_s << u"J. Janssen"_s << QStringList();
    QTest::newRow("arrow, then a sentence")
        << u"Achternaam: Jansen -> Janssen. Zo staat het in uw paspoort."_s << jansen << naam;
    QTest::newRow("corrected in") << u"Uw achternaam is gecorrigeerd in Janssen."_s << jansen
                                  << naam;
    QTest::newRow("quoted") << u"Wij hebben uw naam gewijzigd van 'Jansen' in 'Janssen'."_s
                            << jansen << naam;
    QTest::newRow("luidt nu") << u"Uw naam luidt nu J. Janssen-de Boer"_s << jansen << naam;
    QTest::newRow("new name") << u"Nieuwe achternaam: Janssen"_s << jansen << naam;
    QTest::newRow("prefix, initials aside") << u"Wij schrijven uw naam voortaan als Van der Berg."_s
                                            << u"Jan van der Berg"_s << QStringList();
    QTest::newRow("first name for initials") << u"Naam: J. Jansen → Jan Jansen"_s << jansen << naam;
    QTest::newRow("only mentioned")
        << u"Uw naam was verkeerd gespeld; wij hebben die gecorrigeerd."_s << jansen
        << QStringList();
    QTest::newRow("now right") << u"Uw naam staat nu goed in ons systeem."_s << jansen
                               << QStringList();
    QTest::newRow("address arrow")
        << u"Naam en adres: Kerkpad 1 → Dorpsstraat 3"_s << jansen << QStringList();
    QTest::newRow("customer name")
        << u"De klantnaam in het ERP is aangepast naar Janssen."_s << jansen << QStringList();
    QTest::newRow("start of tenancy")
        << u"De ingangsdatum van uw huurovereenkomst is gecorrigeerd naar 1 maart 2020."_s << jansen
        << QStringList();
    QTest::newRow("relation") << u"Relatie: huurder → woningzoekende"_s << jansen
                              << QStringList { u"relatie"_s };
    QTest::newRow("relation kept")
        << u"Relatie: woningzoekende → huurder"_s << jansen << QStringList();
    QTest::newRow("end date") << u"Einddatum huurovereenkomst: geen → 31-12-2025"_s << jansen
                              << QStringList { u"einddatum"_s };
    QTest::newRow("end date mentioned")
        << u"De einddatum van uw huurovereenkomst is gecorrigeerd."_s << jansen << QStringList();
}

void TestPersonCorrections::newNameInTheDecision()
{
    QFETCH(QString, granted);
    QFETCH(QString, name);
    QFETCH(QStringList, fields);
    LetterContext context;
    context.request.person.name = name;
    context.request.person.relation = Relation::Huurder;
    context.request.types = { RequestType::Rectificatie };
    context.request.decisions
        = { { RequestType::Rectificatie, Outcome::Toegewezen, {}, {}, granted } };
    QCOMPARE(lettercorrection::uncorrectedFields(context), fields);
    context.correctedInPrivacydesk = fields;
    QCOMPARE(lettercorrection::uncorrectedFields(context), QStringList());
}

QTEST_GUILESS_MAIN(TestPersonCorrections)
#include "tst_personcorrections.moc"
