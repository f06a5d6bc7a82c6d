// Retention terms derived from the ERP export and from a changed person: a cp1252
// export with DD-MM-YYYY end dates on 29 February and 31 January gives the expiries the rules
// imply, rejected rows create nothing, a re-import moves expiries and counts them, a current
// tenant expires nothing, a manual item survives, a destroyed item is never revived, a changed
// rule recomputes its items, and an old store's changed rule survives the migration. Real
// SQLCipher stores, no mocks.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "cases/CaseService.h"
#include "cases/TrailRows.h"
#include "crypto/SecureBytes.h"
#include "demo/DemoData.h"
#include "registers/PersonImport.h"
#include "retention/Retention.h"
#include "session/Session.h"
#include "store/Migrations.h"
#include "store/Store.h"
#include "terms/RetentionCalendar.h"
#include "terms/RetentionDerivation.h"

#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

const QString contact = u"contactgegevens-huurder"_s;
const QString financial = u"financiele-gegevens"_s;
const QString income = u"inkomensgegevens-toewijzing"_s;

// The export of a housing ERP as Windows-1252 bytes: "José Müller", "Renée Çelik".
QByteArray exportBytes(const QByteArray &k1End, const QByteArray &k2End)
{
    return "Klantnummer;Naam;Relatie;Einddatum relatie\r\n"
           "K1;Jos\xe9 M\xfcller;Ex-huurder;"
        + k1End
        + "\r\n"
          "K2;Ren\xe9"
          "e \xc7"
          "elik;oud-huurder;"
        + k2End
        + "\r\n"
          "K3;Huub Huidig;Huurder;\r\n"
          "K4;Wendy Zoeker;woningzoekende;31-01-2024\r\n"
          "K5;Fout Datum;ex-huurder;31-02-2024\r\n"
          "K6;Onbekende Relatie;kraker;31-01-2024\r\n";
}

std::optional<AuditEvent> lastEvent(const Store &store, const QString &entityType,
                                    const QString &entityId)
{
    const QList<AuditEvent> events
        = AuditLog(store.database(), store.info().storeId.toString(QUuid::WithoutBraces))
              .eventsFor(entityType, entityId);
    if (events.isEmpty())
        return std::nullopt;
    return events.last();
}

int countActions(const Store &store, const QString &action)
{
    QSqlQuery q(store.database());
    q.prepare(u"SELECT count(*) FROM audit_events WHERE action = ?"_s);
    q.addBindValue(action);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestRetentionDerivation final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void seededRulesDerive();
    void triggerAndExpiry_data();
    void triggerAndExpiry();
    void importDerivesTerms();
    void reimportMovesTerms();
    void manualAndDestroyedItemsAreLeftAlone();
    void personEditMovesTerms();
    void intakeDerivesTerms();
    void ruleChangeRecomputes();
    void dueListsDerivedItems();
    void migrationKeepsChangedRule();
    void demoHasDerivedItemsPerMonth();

private:
    QString write(const QString &name, const QByteArray &bytes);
    ImportResult import(const QByteArray &bytes);
    qint64 personId(const QString &klantnummer);
    // rule code → expiry of the person's stored items (derived or not).
    QHash<QString, QDate> expiries(const QString &klantnummer);
    std::optional<RetentionItem> item(const QString &klantnummer, const QString &rule);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<RetentionService> m_retention;
    int m_files = 0;
};

void TestRetentionDerivation::initTestCase()
{
    QVERIFY(initSodium());
}

void TestRetentionDerivation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    m_retention = std::make_unique<RetentionService>(Session { *m_store, m_clock });
}

void TestRetentionDerivation::cleanup()
{
    m_retention.reset();
    m_store.reset();
    m_dir.reset();
}

QString TestRetentionDerivation::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

ImportResult TestRetentionDerivation::import(const QByteArray &bytes)
{
    const QString path = write(u"export-%1.csv"_s.arg(++m_files), bytes);
    PersonImport importer(Session { *m_store, m_clock });
    return importer.run(path, {});
}

qint64 TestRetentionDerivation::personId(const QString &klantnummer)
{
    ServiceError error;
    const auto id = m_retention->personByKlantnummer(klantnummer, &error);
    if (error.isError())
        qWarning("%s", qPrintable(error.message));
    return id.value_or(0);
}

QHash<QString, QDate> TestRetentionDerivation::expiries(const QString &klantnummer)
{
    QHash<QString, QDate> result;
    const qint64 id = personId(klantnummer);
    if (id == 0)
        return result;
    for (const RetentionItem &i : m_retention->itemsFor(id, m_clock.today(), 0, MustRead()))
        if (i.id != 0)
            result.insert(i.rule.code, i.expires);
    return result;
}

std::optional<RetentionItem> TestRetentionDerivation::item(const QString &klantnummer,
                                                           const QString &rule)
{
    const qint64 id = personId(klantnummer);
    for (const RetentionItem &i : m_retention->itemsFor(id, m_clock.today(), 0, MustRead()))
        if (i.rule.code == rule)
            return i;
    return std::nullopt;
}

void TestRetentionDerivation::seededRulesDerive()
{
    const auto c = m_retention->rule(contact, MustRead());
    QVERIFY(c);
    QCOMPARE(c->trigger, RetentionTrigger::EndOfRelation);
    QCOMPARE(c->period, (RetentionPeriod { 2, RetentionUnit::Years }));
    QCOMPARE(c->relations, QStringList({ u"huurder"_s, u"ex-huurder"_s }));
    const auto f = m_retention->rule(financial, MustRead());
    QVERIFY(f);
    QCOMPARE(f->trigger, RetentionTrigger::EndOfFiscalYear);
    QCOMPARE(f->period, (RetentionPeriod { 7, RetentionUnit::Years }));
    QCOMPARE(f->relations, QStringList({ u"huurder"_s, u"ex-huurder"_s }));
    const auto i = m_retention->rule(income, MustRead());
    QVERIFY(i);
    QCOMPARE(i->trigger, RetentionTrigger::EndOfRegistration);
    QCOMPARE(i->relations, QStringList { u"woningzoekende"_s });
    // The others stay manual; the request files follow the requests.
    QVERIFY(!m_retention->rule(u"camerabeelden"_s, MustRead())->isDerived());
    QVERIFY(!m_retention->rule(u"avg-verzoekdossiers"_s, MustRead())->isDerived());
    QCOMPARE(codes::from<RetentionTrigger>(u"einde-relatie"), RetentionTrigger::EndOfRelation);
    QCOMPARE(codes::from<RetentionTrigger>(u"einde-boekjaar"), RetentionTrigger::EndOfFiscalYear);
    // Stored codes, read exactly as written (unlike the codes typed by hand).
    QVERIFY(!codes::from<RetentionTrigger>(u"Einde-relatie"));
    QVERIFY(!codes::from<RetentionTrigger>(u" einde-relatie"));
}

void TestRetentionDerivation::triggerAndExpiry_data()
{
    QTest::addColumn<int>("trigger");
    QTest::addColumn<int>("amount");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QDate>("expected");
    const int relation = int(RetentionTrigger::EndOfRelation);
    const int fiscal = int(RetentionTrigger::EndOfFiscalYear);
    QTest::newRow("29 Feb + 2 years")
        << relation << 2 << int(RetentionUnit::Years) << QDate(2024, 2, 29) << QDate(2026, 2, 28);
    QTest::newRow("29 Feb + 4 years")
        << relation << 4 << int(RetentionUnit::Years) << QDate(2024, 2, 29) << QDate(2028, 2, 29);
    QTest::newRow("31 Jan + 1 month")
        << relation << 1 << int(RetentionUnit::Months) << QDate(2024, 1, 31) << QDate(2024, 2, 29);
    QTest::newRow("fiscal year of 31 Jan")
        << fiscal << 7 << int(RetentionUnit::Years) << QDate(2024, 1, 31) << QDate(2031, 12, 31);
    QTest::newRow("fiscal year of 31 Dec")
        << fiscal << 7 << int(RetentionUnit::Years) << QDate(2024, 12, 31) << QDate(2031, 12, 31);
    QTest::newRow("no end") << relation << 2 << int(RetentionUnit::Years) << QDate() << QDate();
}

void TestRetentionDerivation::triggerAndExpiry()
{
    QFETCH(int, trigger);
    QFETCH(int, amount);
    QFETCH(int, unit);
    QFETCH(QDate, end);
    QFETCH(QDate, expected);
    RetentionRule rule;
    rule.trigger = static_cast<RetentionTrigger>(trigger);
    rule.period = { amount, static_cast<RetentionUnit>(unit) };
    rule.relations = { u"ex-huurder"_s };
    QCOMPARE(RetentionCalendar::expiry(RetentionDerivation::triggerFor(rule, end), rule.period),
             expected);
    QCOMPARE(RetentionDerivation::applies(rule, u"ex-huurder"_s, end), end.isValid());
    QVERIFY(!RetentionDerivation::applies(rule, u"woningzoekende"_s, end));
}

void TestRetentionDerivation::importDerivesTerms()
{
    const ImportResult result = import(exportBytes("29-02-2024", "31-01-2024"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imported, 4);
    QCOMPARE(result.rejected.size(), 2); // K5 (31-02), K6 (unknown relation)
    // K1: 29-02-2024 + 2 years = 28-02-2026; the fiscal year 2024 ends 31-12-2024, + 7 years.
    const auto k1 = expiries(u"K1"_s);
    QCOMPARE(k1.size(), 2);
    QCOMPARE(k1.value(contact), QDate(2026, 2, 28));
    QCOMPARE(k1.value(financial), QDate(2031, 12, 31));
    QVERIFY(item(u"K1"_s, contact)->derived);
    QCOMPARE(item(u"K1"_s, financial)->trigger, QDate(2024, 12, 31));
    const auto k2 = expiries(u"K2"_s);
    QCOMPARE(k2.value(contact), QDate(2026, 1, 31));
    QCOMPARE(k2.value(financial), QDate(2031, 12, 31));
    // A current tenant (no end date) expires nothing.
    QVERIFY(personId(u"K3"_s) != 0);
    QVERIFY(expiries(u"K3"_s).isEmpty());
    // The house-seeker: one year after de-registration.
    const auto k4 = expiries(u"K4"_s);
    QCOMPARE(k4.size(), 1);
    QCOMPARE(k4.value(income), QDate(2025, 1, 31));
    // Rejected rows create nothing: no person, no item.
    QCOMPARE(personId(u"K5"_s), 0);
    QCOMPARE(personId(u"K6"_s), 0);
    QCOMPARE(countRows(m_store->database(), u"retention_items"_s), 5);
    // The counts, in the result, its JSON and ONE audit event for the import.
    QCOMPARE(result.terms.created, 5);
    QCOMPARE(result.terms.moved, 0);
    QCOMPARE(result.terms.removed, 0);
    const QJsonObject json = result.toJson();
    QCOMPARE(json.value(u"terms_created"_s).toInt(), 5);
    QCOMPARE(json.value(u"terms_moved"_s).toInt(), 0);
    QCOMPARE(json.value(u"terms_removed"_s).toInt(), 0);
    QCOMPARE(countActions(*m_store, u"retention.terms.derived"_s), 1);
    QCOMPARE(countActions(*m_store, u"retention.item.set"_s), 0);
    const auto event = lastEvent(*m_store, u"retention"_s, u"person-import"_s);
    QVERIFY(event);
    QCOMPARE(event->payload.value(u"terms_created"_s).toInt(), 5);
    QCOMPARE(event->actor, testUser);
    QStringList problems;
    QVERIFY2(m_store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u"; "_s)));
}

void TestRetentionDerivation::reimportMovesTerms()
{
    QVERIFY(import(exportBytes("29-02-2024", "31-01-2024")).ok());
    // The same file again: nothing moves, and no event is recorded for nothing.
    ImportResult again = import(exportBytes("29-02-2024", "31-01-2024"));
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY(!again.terms.any());
    QCOMPARE(countActions(*m_store, u"retention.terms.derived"_s), 1);

    // K1 left a month later (the same fiscal year), K2 a year later: three terms move.
    const ImportResult moved = import(exportBytes("31-03-2024", "15-01-2025"));
    QVERIFY2(moved.ok(), qPrintable(moved.error));
    QCOMPARE(moved.updated, 2);
    QCOMPARE(moved.terms.moved, 3);
    QCOMPARE(moved.terms.created, 0);
    QCOMPARE(moved.terms.removed, 0);
    QCOMPARE(moved.toJson().value(u"terms_moved"_s).toInt(), 3);
    QCOMPARE(expiries(u"K1"_s).value(contact), QDate(2026, 3, 31));
    QCOMPARE(expiries(u"K1"_s).value(financial), QDate(2031, 12, 31));
    QCOMPARE(expiries(u"K2"_s).value(contact), QDate(2027, 1, 15));
    QCOMPARE(expiries(u"K2"_s).value(financial), QDate(2032, 12, 31));
    QCOMPARE(countRows(m_store->database(), u"retention_items"_s), 5);
    QCOMPARE(countActions(*m_store, u"retention.terms.derived"_s), 2);
    QCOMPARE(lastEvent(*m_store, u"retention"_s, u"person-import"_s)
                 ->payload.value(u"terms_moved"_s)
                 .toInt(),
             3);

    // A strict import refused for its rejected lines moves nothing.
    const QString path = write(u"strict.csv"_s, exportBytes("01-06-2024", "01-06-2024"));
    ImportOptions strict;
    strict.strict = true;
    const ImportResult refused = PersonImport(Session { *m_store, m_clock }).run(path, strict);
    QVERIFY(!refused.ok());
    QVERIFY(!refused.terms.any());
    QCOMPARE(expiries(u"K1"_s).value(contact), QDate(2026, 3, 31));
}

void TestRetentionDerivation::manualAndDestroyedItemsAreLeftAlone()
{
    QVERIFY(import(exportBytes("29-02-2024", "31-01-2024")).ok());
    // The current tenant K3 gets an item by hand: the derivation never touches it.
    ServiceError error;
    QVERIFY2(m_retention->setItem(personId(u"K3"_s), contact, QDate(2025, 5, 1), &error),
             qPrintable(error.message));
    QVERIFY(!item(u"K3"_s, contact)->derived);
    // K2's contact data were destroyed (expired 31-01-2026).
    const auto k2contact = item(u"K2"_s, contact);
    QVERIFY(k2contact);
    QVERIFY2(m_retention->recordItemDestroyed(k2contact->id, u"gewist in ERP"_s, BsnCheck::Refuse,
                                              &error),
             qPrintable(error.message));

    const ImportResult moved = import(exportBytes("29-02-2024", "15-01-2025"));
    QVERIFY2(moved.ok(), qPrintable(moved.error));
    // Only K2's financial item moves: the destroyed one is neither moved nor revived.
    QCOMPARE(moved.terms.moved, 1);
    QCOMPARE(moved.terms.created, 0);
    const auto destroyed = item(u"K2"_s, contact);
    QCOMPARE(destroyed->state, RetentionState::Destroyed);
    QCOMPARE(destroyed->expires, QDate(2026, 1, 31));
    QCOMPARE(expiries(u"K2"_s).value(financial), QDate(2032, 12, 31));
    // The manual item survives every import.
    QCOMPARE(expiries(u"K3"_s).value(contact), QDate(2027, 5, 1));
    QVERIFY(!item(u"K3"_s, contact)->derived);

    // The tenant stays a tenant: CaseService changes the relation, the manual item stays.
    CaseService cases(Session { *m_store, m_clock });
    DerivedTerms terms;
    QVERIFY2(cases.setPersonRelation(personId(u"K3"_s), Relation::Huurder, QDate(), &error, &terms),
             qPrintable(error.message));
    QVERIFY(!terms.any());
    QCOMPARE(expiries(u"K3"_s).value(contact), QDate(2027, 5, 1));

    // A derived item an officer sets by hand becomes manual.
    QVERIFY(m_retention->setItem(personId(u"K1"_s), contact, QDate(2024, 6, 1), &error));
    QVERIFY(!item(u"K1"_s, contact)->derived);
    QVERIFY(import(exportBytes("31-03-2024", "15-01-2025")).ok());
    QCOMPARE(expiries(u"K1"_s).value(contact), QDate(2026, 6, 1));
}

void TestRetentionDerivation::personEditMovesTerms()
{
    QVERIFY(import(exportBytes("29-02-2024", "31-01-2024")).ok());
    CaseService cases(Session { *m_store, m_clock });
    const qint64 k3 = personId(u"K3"_s);
    ServiceError error;
    DerivedTerms terms;
    // The tenant K3 leaves on 29-02-2024: two items appear, in the same transaction.
    QVERIFY2(cases.setPersonRelation(k3, Relation::ExHuurder, QDate(2024, 2, 29), &error, &terms),
             qPrintable(error.message));
    QCOMPARE(terms.created, 2);
    QCOMPARE(expiries(u"K3"_s).value(contact), QDate(2026, 2, 28));
    QCOMPARE(expiries(u"K3"_s).value(financial), QDate(2031, 12, 31));
    const auto event = lastEvent(*m_store, u"person"_s, QString::number(k3));
    QVERIFY(event);
    QCOMPARE(event->action, u"person.updated"_s);
    QCOMPARE(event->payload.value(u"terms_created"_s).toInt(), 2);
    const QJsonObject changes = event->payload.value(u"changes"_s).toObject();
    QCOMPARE(changes.value(u"relation"_s).toObject().value(u"new"_s).toString(), u"ex-huurder"_s);
    QCOMPARE(changes.value(u"relation_end"_s).toObject().value(u"new"_s).toString(),
             u"2024-02-29"_s);

    // The end date corrected: both move.
    QVERIFY(cases.setPersonRelation(k3, Relation::ExHuurder, QDate(2025, 3, 1), &error, &terms));
    QCOMPARE(terms.moved, 2);
    QCOMPARE(expiries(u"K3"_s).value(contact), QDate(2027, 3, 1));
    QCOMPARE(expiries(u"K3"_s).value(financial), QDate(2032, 12, 31));

    // Back as a tenant without an end date: the derived items no longer apply.
    QVERIFY(cases.setPersonRelation(k3, Relation::Huurder, QDate(), &error, &terms));
    QCOMPARE(terms.removed, 2);
    QVERIFY(expiries(u"K3"_s).isEmpty());

    // A house-seeker becomes a tenant: the registration item goes, nothing new without an end.
    QVERIFY(cases.setPersonRelation(personId(u"K4"_s), Relation::Huurder, QDate(), &error, &terms));
    QCOMPARE(terms.removed, 1);
    QVERIFY(expiries(u"K4"_s).isEmpty());

    // Validation: not before 1990, not absurdly far ahead; nothing changes then.
    const int events = countActions(*m_store, u"person.updated"_s);
    QVERIFY(!cases.setPersonRelation(k3, Relation::ExHuurder, QDate(1985, 1, 1), &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!cases.setPersonRelation(k3, Relation::ExHuurder, QDate(2100, 1, 1), &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(!CaseService::checkRelationEnd(QDate(2100, 1, 1), m_clock.today()).isEmpty());
    QVERIFY(CaseService::checkRelationEnd(QDate(2030, 1, 1), m_clock.today()).isEmpty());
    QCOMPARE(countActions(*m_store, u"person.updated"_s), events);
    QVERIFY(expiries(u"K3"_s).isEmpty());
}

// A former tenant registered at the intake (not imported) gets the terms the rules derive, in
// the same transaction as the request, and the person.created event says so.
void TestRetentionDerivation::intakeDerivesTerms()
{
    CaseService cases(Session { *m_store, m_clock });
    NewCase request;
    request.person.name = u"Ida Intake"_s;
    request.person.klantnummer = u"K900"_s;
    request.person.relation = Relation::ExHuurder;
    request.person.relationEnd = QDate(2024, 2, 29);
    request.types = { RequestType::Inzage };
    request.channel = Channel::Telefoon;
    request.receivedDate = m_clock.today();
    ServiceError error;
    QVERIFY2(cases.add(request, BsnCheck::Refuse, &error), qPrintable(error.message));
    QCOMPARE(expiries(u"K900"_s).value(contact), QDate(2026, 2, 28));
    QCOMPARE(expiries(u"K900"_s).value(financial), QDate(2031, 12, 31));
    const auto event = lastEvent(*m_store, u"person"_s, QString::number(personId(u"K900"_s)));
    QVERIFY(event);
    QCOMPARE(event->action, u"person.created"_s);
    QCOMPARE(event->payload.value(u"terms_created"_s).toInt(), 2);
    QCOMPARE(event->payload.value(u"relation_end"_s).toString(), u"2024-02-29"_s);

    // A current tenant from the intake: nothing expires.
    request.person.name = u"Henk Huurder"_s;
    request.person.klantnummer = u"K901"_s;
    request.person.relation = Relation::Huurder;
    request.person.relationEnd = QDate();
    QVERIFY2(cases.add(request, BsnCheck::Refuse, &error), qPrintable(error.message));
    QVERIFY(expiries(u"K901"_s).isEmpty());
}

void TestRetentionDerivation::ruleChangeRecomputes()
{
    QVERIFY(import(exportBytes("29-02-2024", "31-01-2024")).ok());
    ServiceError error;
    QVERIFY(m_retention->setItem(personId(u"K3"_s), contact, QDate(2025, 5, 1), &error));

    // Domijn and Mijande keep contact data one year: K1 and K2 move, the manual item follows the
    // period as before.
    RetentionRule rule = *m_retention->rule(contact, MustRead());
    rule.period = { 1, RetentionUnit::Years };
    DerivedTerms terms;
    QVERIFY2(m_retention->saveRule(rule, BsnCheck::Refuse, &error, &terms),
             qPrintable(error.message));
    QCOMPARE(terms.moved, 2);
    QCOMPARE(expiries(u"K1"_s).value(contact), QDate(2025, 2, 28));
    QCOMPARE(expiries(u"K2"_s).value(contact), QDate(2025, 1, 31));
    QCOMPARE(expiries(u"K3"_s).value(contact), QDate(2026, 5, 1));
    const auto event = lastEvent(*m_store, u"retention-rule"_s, contact);
    QCOMPARE(event->payload.value(u"terms_moved"_s).toInt(), 2);

    // Runs from the end of the fiscal year instead: both move to 31-12-2025.
    rule.trigger = RetentionTrigger::EndOfFiscalYear;
    QVERIFY(m_retention->saveRule(rule, BsnCheck::Refuse, &error, &terms));
    QCOMPARE(terms.moved, 2);
    QCOMPARE(expiries(u"K2"_s).value(contact), QDate(2025, 12, 31));

    // House-seekers too: K4 gets one (no end date for K3's relation: nothing).
    rule.trigger = RetentionTrigger::EndOfRelation;
    rule.relations = { u"ex-huurder"_s, u"woningzoekende"_s };
    QVERIFY(m_retention->saveRule(rule, BsnCheck::Refuse, &error, &terms));
    QCOMPARE(terms.created, 1);
    QCOMPARE(terms.moved, 2);
    QCOMPARE(expiries(u"K4"_s).value(contact), QDate(2025, 1, 31));

    // A manual rule again: the derived items go, the manual one stays.
    rule.relations.clear();
    QVERIFY(m_retention->saveRule(rule, BsnCheck::Refuse, &error, &terms));
    QCOMPARE(terms.removed, 3);
    QVERIFY(!expiries(u"K1"_s).contains(contact));
    QCOMPARE(expiries(u"K3"_s).value(contact), QDate(2026, 5, 1));

    // Relation types only for a rule that runs from the end of a relation; codes checked.
    RetentionRule camera = *m_retention->rule(u"camerabeelden"_s, MustRead());
    camera.relations = { u"huurder"_s };
    QVERIFY(!RetentionService::checkRule(camera).isEmpty());
    QVERIFY(!m_retention->saveRule(camera, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    rule.relations = { u"kraker"_s };
    QVERIFY(!RetentionService::checkRule(rule).isEmpty());
    RetentionRule files = *m_retention->rule(u"avg-verzoekdossiers"_s, MustRead());
    files.relations = { u"huurder"_s };
    QVERIFY(!RetentionService::checkRule(files).isEmpty());
}

void TestRetentionDerivation::dueListsDerivedItems()
{
    QVERIFY(import(exportBytes("29-02-2024", "31-01-2024")).ok());
    const QList<RetentionItem> due
        = m_retention->due({ QDate(2026, 2, 27), 1 }, MustRead()); // K4, K2 expired; K1 soon
    QStringList seen;
    for (const RetentionItem &i : due) {
        QVERIFY(i.derived);
        seen << i.klantnummer + u':' + i.rule.code + u':' + codes::code(i.state);
    }
    QCOMPARE(seen,
             QStringList({ u"K4:inkomensgegevens-toewijzing:verlopen"_s,
                           u"K2:contactgegevens-huurder:verlopen"_s,
                           u"K1:contactgegevens-huurder:verloopt-binnenkort"_s }));
    const QJsonObject json = dueItemToJson(due.last());
    QCOMPARE(json.value(u"klantnummer"_s).toString(), u"K1"_s);
    QCOMPARE(json.value(u"name"_s).toString(), u"José Müller"_s);
    QCOMPARE(json.value(u"expires"_s).toString(), u"2026-02-28"_s);
    QCOMPARE(m_retention->countDue({ QDate(2026, 2, 27), 1 }, MustRead()), 3);
}

void TestRetentionDerivation::migrationKeepsChangedRule()
{
    PD_FOLDER_ONLY("a store folder of an older SQLite schema (a server store starts at the "
                   "PostgreSQL baseline, schema 26)");
    const QString dir = m_dir->filePath(u"oud"_s);
    {
        auto store = createServiceStore(dir);
        QVERIFY(store);
        QSqlDatabase db = store->database();
        QString migrationError;
        QVERIFY2(rebuildAtSchema(db, 16, &migrationError), qPrintable(migrationError));
        QCOMPARE(schemaVersion(db), 16);
        // The officer changed the contact rule to one year (Domijn); the financial rule is as
        // seeded; an item registered by hand for a former tenant.
        QVERIFY(execSql(db,
                        u"UPDATE retention_rules SET period_amount = 1, updated_at = "
                        "'2025-06-01T10:00:00.000Z' WHERE code = 'contactgegevens-huurder'"_s));
        QVERIFY(execSql(db,
                        u"INSERT INTO persons (id, name, relation, klantnummer, relation_end, "
                        "created_at, created_by) VALUES (1, 'Oud Huurder', 'ex-huurder', 'K9', "
                        "'2024-02-29', '2024-03-01T12:00:00.000Z', 'j.devries')"_s));
        QVERIFY(execSql(db,
                        u"INSERT INTO retention_items (person_id, rule_id, trigger_date, "
                        "expires_on, created_at, created_by) SELECT 1, id, '2024-02-29', "
                        "'2025-02-28', '2024-03-01T12:00:00.000Z', 'j.devries' FROM "
                        "retention_rules WHERE code = 'contactgegevens-huurder'"_s));
    }
    StoreError storeError;
    auto store = openServiceStore(dir, &storeError);
    QVERIFY2(store, qPrintable(storeError.detail()));
    QCOMPARE(store->info().schemaVersion, latestSchemaVersion());
    RetentionService retention(Session { *store, m_clock });
    // The changed rule keeps what the officer set and stays manual.
    const auto changed = retention.rule(contact, MustRead());
    QCOMPARE(changed->period, (RetentionPeriod { 1, RetentionUnit::Years }));
    QCOMPARE(changed->trigger, RetentionTrigger::EndOfTenancy);
    QVERIFY(changed->relations.isEmpty());
    // The seeded ones become the seeds' defaults.
    const auto seeded = retention.rule(financial, MustRead());
    QCOMPARE(seeded->trigger, RetentionTrigger::EndOfFiscalYear);
    QCOMPARE(seeded->relations, QStringList({ u"huurder"_s, u"ex-huurder"_s }));
    QCOMPARE(retention.rule(income, MustRead())->relations, QStringList { u"woningzoekende"_s });
    QCOMPARE(retention.rules(MustRead()).size(), 7); // with the breach register's (schema 23)
    // The old item is kept, as a manual one; its rule reference still holds.
    const QList<RetentionItem> items = retention.itemsFor(1, m_clock.today(), 0, MustRead());
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().rule.code, contact);
    QCOMPARE(items.first().expires, QDate(2025, 2, 28));
    QVERIFY(!items.first().derived);
    // The new triggers are accepted by the rebuilt table.
    RetentionRule rule = *changed;
    rule.trigger = RetentionTrigger::EndOfRelation;
    rule.relations = { u"ex-huurder"_s };
    ServiceError error;
    DerivedTerms terms;
    QVERIFY2(retention.saveRule(rule, BsnCheck::Refuse, &error, &terms), qPrintable(error.message));
    // K9's item is manual: the derivation leaves it alone.
    QVERIFY(!terms.any());
    QStringList problems;
    QVERIFY2(store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u"; "_s)));
}

// The demo store has former tenants and house-seekers with end dates, so that the retention
// dashboard shows derived items month by month.
void TestRetentionDerivation::demoHasDerivedItemsPerMonth()
{
    StoreCreateOptions options;
    options.kdf = KdfParams::minimum();
    options.demo = true;
    StoreError storeError;
    QString recovery;
    auto store
        = Store::create(m_dir->filePath(u"demo"_s), testUser, SecureBytes::fromUtf8(testPassword),
                        options, &recovery, &storeError);
    QVERIFY2(store, qPrintable(storeError.detail()));
    DemoOptions demo;
    demo.cases = 400;
    demo.today = QDate(2026, 3, 2);
    QString error;
    QVERIFY2(DemoData::generate(*store, demo, {}, &error), qPrintable(error));
    RetentionService retention(Session { *store, m_clock });
    QSqlQuery q(store->database());
    QVERIFY(q.exec(u"SELECT count(*), count(DISTINCT substr(expires_on, 1, 7)) FROM "
                   "retention_items WHERE derived = 1"_s));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toInt() > 50, qPrintable(q.value(0).toString()));
    QVERIFY2(q.value(1).toInt() > 12, qPrintable(q.value(1).toString()));
    q.finish();
    // Due in the coming months, derived ones among them; the request files too.
    DueQuery query { demo.today, 120 };
    query.includeExpired = false;
    int derived = 0;
    for (const RetentionItem &i : retention.due(query, MustRead()))
        derived += i.derived ? 1 : 0;
    QVERIFY(derived > 5);
    // The terms came with the persons the demo's intake registered (person.created carries
    // the counts, see intakeDerivesTerms); the demo's own sweep finds nothing left to derive.
    QCOMPARE(countActions(*store, u"retention.terms.derived"_s), 0);
    // A current tenant has no derived item.
    QVERIFY(q.exec(u"SELECT count(*) FROM retention_items i JOIN persons p ON p.id = i.person_id "
                   "WHERE i.derived = 1 AND p.relation_end IS NULL"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestRetentionDerivation)
#include "tst_retentionderivation.moc"
