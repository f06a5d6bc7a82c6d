// Ieder1 asks explicit consent where it needs it, and a tenant
// may withdraw a consent at any time (art. 7 lid 1 and 3 AVG). A consent is recorded on the person
// with its purpose, the day and how it was given, and who recorded it; its withdrawal is a change
// of the row with its own event, never a removal, and never dated before the consent; the inzage
// report shows both; the destruction of the person's data erases the consent's texts and keeps
// its dates. On both backends.

#include "DocumentFixture.h"
#include "TestSupport.h"
#include "cases/TrailRows.h"
#include "documents/PersonReport.h"
#include "documents/PersonReportDocument.h"
#include "registers/Consents.h"
#include "retention/Retention.h"
#include "session/Session.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;

class TestConsents final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void givenAndWithdrawnOnThePerson();
    void withdrawalBeforeItWasGivenRefused();
    void wrongInputRefused();
    void bsnGuarded();
    void shownInTheInzageReport();
    void textsErasedWithThePersonsData();

private:
    ConsentService service() { return ConsentService(Session { *m_store, m_fixture->clock() }); }
    std::optional<PersonConsent> give(const QString &purpose, const QString &how, QDate on);
    QStringList actions(const QString &type, const QString &id) const;
    int count(const QString &sql) const;

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<test::DocumentFixture> m_fixture;
    QString m_case;
    qint64 m_person = 0;
};

void TestConsents::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_store = test::createServiceStore(m_tmp.filePath(u"store"_s));
    QVERIFY(m_store);
    m_fixture = std::make_unique<test::DocumentFixture>(*m_store);
    QVERIFY2(m_fixture->setOrganisation(), qPrintable(m_fixture->error()));
    const auto c = m_fixture->addCase(u"T. Toestemming"_s, u"K380001"_s, { RequestType::Inzage },
                                      QDate(2026, 5, 4));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    m_case = c->number;
    m_person = c->person.id;
}

std::optional<PersonConsent> TestConsents::give(const QString &purpose, const QString &how,
                                                QDate on)
{
    NewConsent consent;
    consent.klantnummer = u"K380001"_s;
    consent.purpose = purpose;
    consent.how = how;
    consent.givenOn = on;
    ServiceError error;
    const auto given = service().give(consent, BsnCheck::Refuse, &error);
    if (!given)
        qWarning() << error.message;
    return given;
}

QStringList TestConsents::actions(const QString &type, const QString &id) const
{
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT action FROM audit_events WHERE entity_type = ? AND entity_id = ? "
                  "ORDER BY seq"_s);
    query.addBindValue(type);
    query.addBindValue(id);
    QStringList found;
    if (!query.exec())
        return { u"<read failed>"_s };
    while (query.next())
        found << query.value(0).toString();
    return found;
}

int TestConsents::count(const QString &sql) const
{
    QSqlQuery query(m_store->database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// Art. 7 lid 1: who gave consent for what, when and how; lid 3: withdrawn, the row kept.
void TestConsents::givenAndWithdrawnOnThePerson()
{
    m_fixture->at(QDate(2026, 5, 10));
    const auto given = give(u"Nieuwsbrief"_s, u"Formulier Mijn ieder1"_s, QDate(2026, 5, 8));
    QVERIFY(given);
    QVERIFY(given->id > 0);
    QCOMPARE(given->personId, m_person);
    QCOMPARE(given->givenOn, QDate(2026, 5, 8));
    QCOMPARE(given->recordedBy, m_store->userName());
    QVERIFY(given->active());
    QVERIFY(actions(u"person"_s, QString::number(m_person)).contains(u"person.consent_given"_s));

    m_fixture->at(QDate(2026, 6, 1));
    ServiceError error;
    QVERIFY2(service().withdraw(given->id, {}, u"E-mail aan privacy@ieder1.nl"_s, BsnCheck::Refuse,
                                &error),
             qPrintable(error.message));
    const auto list = service().ofPerson(m_person, &error);
    QVERIFY2(list, qPrintable(error.message));
    QCOMPARE(list->size(), 1);
    const PersonConsent &withdrawn = list->first();
    QCOMPARE(withdrawn.purpose, u"Nieuwsbrief"_s);
    QCOMPARE(withdrawn.givenOn, QDate(2026, 5, 8));
    QCOMPARE(withdrawn.givenHow, u"Formulier Mijn ieder1"_s);
    QCOMPARE(withdrawn.withdrawnOn, QDate(2026, 6, 1));
    QCOMPARE(withdrawn.withdrawnHow, u"E-mail aan privacy@ieder1.nl"_s);
    QCOMPARE(withdrawn.withdrawnBy, m_store->userName());
    QVERIFY(!withdrawn.active());
    QVERIFY(
        actions(u"person"_s, QString::number(m_person)).contains(u"person.consent_withdrawn"_s));
    // Withdrawn once: a second withdrawal is refused and changes nothing.
    QVERIFY(!service().withdraw(given->id, {}, u"Telefoon"_s, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QCOMPARE(service().all(true, &error)->size(), 0);
    QCOMPARE(service().all(false, &error)->size(), 1);
    // On a server the consent given and withdrawn is described by its own events, in the
    // recorder's own name: neither is taken for a change by hand.
    if (m_store->isServer())
        QCOMPARE(count(u"SELECT count(*) FROM audit_events WHERE action = 'sql.changed' AND "
                       "payload::jsonb ->> 'table' = 'person_consents'"_s),
                 0);
    QVERIFY(m_store->verify(nullptr, TrailRows::all()));
}

// A withdrawal dated before the consent was given cannot be true: refused in words, nothing
// recorded.
void TestConsents::withdrawalBeforeItWasGivenRefused()
{
    m_fixture->at(QDate(2026, 6, 10));
    const auto given = give(u"Enquêtes"_s, u"Brief"_s, QDate(2026, 6, 5));
    QVERIFY(given);
    const int events = static_cast<int>(actions(u"person"_s, QString::number(m_person)).size());
    ServiceError error;
    QVERIFY(
        !service().withdraw(given->id, QDate(2026, 6, 4), u"Telefoon"_s, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(error.message.contains(u"before the day the consent was given"_s),
             qPrintable(error.message));
    QCOMPARE(actions(u"person"_s, QString::number(m_person)).size(), events);
    // On the day itself it may be withdrawn.
    QVERIFY2(
        service().withdraw(given->id, QDate(2026, 6, 5), u"Telefoon"_s, BsnCheck::Refuse, &error),
        qPrintable(error.message));
}

void TestConsents::wrongInputRefused()
{
    ServiceError error;
    NewConsent consent;
    consent.klantnummer = u"K380001"_s;
    consent.purpose = u"Foto's op de website"_s;
    consent.how = u" "_s;
    QVERIFY(!service().give(consent, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    consent.how = u"Formulier"_s;
    consent.givenOn = m_fixture->clock().today().addDays(1);
    QVERIFY(!service().give(consent, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    consent.givenOn = {};
    consent.klantnummer = u"K999999"_s;
    QVERIFY(!service().give(consent, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
    QVERIFY(!service().withdraw(999999, {}, u"E-mail"_s, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
    const auto given = give(u"Foto's op de website"_s, u"Formulier"_s, {});
    QVERIFY(given);
    QVERIFY(!service().withdraw(given->id, {}, u" "_s, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!service().withdraw(given->id, m_fixture->clock().today().addDays(1), u"E-mail"_s,
                                BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
}

// The texts pass the BSN guard: a number that passes the 11-test is refused in the purpose and in
// how a consent was withdrawn, and nothing is recorded.
void TestConsents::bsnGuarded()
{
    const QString bsn = test::elfProefNumber();
    QVERIFY(!bsn.isEmpty());
    const int consents = count(u"SELECT count(*) FROM person_consents"_s);
    ServiceError error;
    NewConsent consent;
    consent.klantnummer = u"K380001"_s;
    consent.purpose = u"Nieuwsbrief "_s + bsn;
    consent.how = u"Formulier"_s;
    QVERIFY(!service().give(consent, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QCOMPARE(count(u"SELECT count(*) FROM person_consents"_s), consents);
    consent.purpose = u"Bewonersblad"_s;
    const auto given = service().give(consent, BsnCheck::Refuse, &error);
    QVERIFY2(given, qPrintable(error.message));
    QVERIFY(!service().withdraw(given->id, {}, u"Brief met kenmerk "_s + bsn, BsnCheck::Refuse,
                                &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QCOMPARE(count(u"SELECT count(*) FROM person_consents WHERE id = %1 AND withdrawn_on IS "
                   "NULL"_s.arg(given->id)),
             1);
    QCOMPARE(count(u"SELECT count(*) FROM person_consents WHERE withdrawn_how LIKE '%"_s + bsn
                   + u"%'"_s),
             0);
}

// Art. 15: the consents are personal data processed about the person; the report says which are
// in force and which were withdrawn, and that withdrawing leaves what came before lawful, with the
// person's details.
void TestConsents::shownInTheInzageReport()
{
    ServiceError error;
    const auto report
        = PersonReportLoader(Session { *m_store, m_fixture->clock() }).load(m_person, &error);
    QVERIFY2(report, qPrintable(error.message));
    QCOMPARE(report->consents.size(), 4);
    QVERIFY(report->consents.first().active()); // in force first
    const QString html = PersonReportDocument::toHtml(*report);
    QVERIFY2(html.contains(u"Foto&#39;s op de website"_s)
                 || html.contains(u"Foto's op de website"_s),
             qPrintable(html));
    QVERIFY2(html.contains(u"Nieuwsbrief"_s), qPrintable(html));
    QVERIFY2(html.contains(u"Formulier Mijn ieder1"_s), qPrintable(html));
    QVERIFY2(html.contains(u"privacy@ieder1.nl"_s), qPrintable(html));
    QVERIFY2(html.contains(u"7(3)"_s), qPrintable(html));
    QVERIFY2(html.contains(u"6(1)(a)"_s), qPrintable(html));
    QVERIFY2(html.contains(u"withdrawn on"_s), qPrintable(html));
    // With the person's own data (section 1), before their requests (section 2).
    const QStringList sections = PersonReportDocument::sectionTitles();
    QVERIFY(html.indexOf(u"Nieuwsbrief"_s) > html.indexOf(sections.at(0)));
    QVERIFY(html.indexOf(u"Nieuwsbrief"_s) < html.indexOf(sections.at(1)));
}

// The destruction of the person's data: the consents' purpose and how go, their dates stay.
void TestConsents::textsErasedWithThePersonsData()
{
    QVERIFY(m_fixture->identify(m_case, QDate(2026, 5, 4), QDate(2026, 5, 5)));
    QVERIFY(m_fixture->complete(m_case, Outcome::Toegewezen, {}, QDate(2026, 6, 12)));
    m_fixture->at(QDate(2029, 1, 10));
    ServiceError error;
    QVERIFY2(RetentionService(Session { *m_store, m_fixture->clock() })
                 .destroyRequestFiles(m_person, {}, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QCOMPARE(count(u"SELECT count(*) FROM person_consents WHERE purpose <> '' OR given_how <> '' "
                   "OR withdrawn_how <> ''"_s),
             0);
    QCOMPARE(count(u"SELECT count(*) FROM person_consents WHERE given_on IS NOT NULL"_s), 4);
    QCOMPARE(count(u"SELECT count(*) FROM person_consents WHERE withdrawn_on IS NOT NULL"_s), 2);
    // On a server the erasure is described by the destruction's own event, not taken for a
    // change by hand.
    if (m_store->isServer())
        QCOMPARE(count(u"SELECT count(*) FROM audit_events WHERE action = 'sql.changed' AND "
                       "payload::jsonb ->> 'table' = 'person_consents'"_s),
                 0);
    QVERIFY(m_store->verify(nullptr, TrailRows::all()));
}

QTEST_GUILESS_MAIN(TestConsents)
#include "tst_consents.moc"
