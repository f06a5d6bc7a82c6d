// Retention the organisation defines, on both backends: a rule added with a code of
// its own (0 days allowed: "zolang ingeschreven"), refused in clear words when the code is
// taken or malformed, a text holds a BSN, or the role may not; its items derived exactly as the
// seeded rules' are (an ERP import, a KCC intake, a person edit), shown in the inzage report;
// and removed only while no item and no destruction-log entry names it, with its event. Real
// stores, no mocks.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "cases/CaseService.h"
#include "cases/TrailRows.h"
#include "crypto/SecureBytes.h"
#include "documents/PersonReport.h"
#include "documents/PersonReportDocument.h"
#include "registers/PersonImport.h"
#include "retention/Retention.h"
#include "session/Session.h"
#include "store/Store.h"
#include "users/UserService.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pd;
using namespace pd::test;
using namespace pd::test::serverLogins;
using namespace Qt::StringLiterals;

namespace {

// Jutphaas: "Naam en contactgegevens bewaren we zolang een klant bij ons ingeschreven staat, en
// twee jaar nadat de klant weg is."
RetentionRule nameAndContact()
{
    RetentionRule rule;
    rule.code = u"naam-contact-klant"_s;
    rule.category = u"Naam en contactgegevens"_s;
    rule.trigger = RetentionTrigger::EndOfRegistration;
    rule.period = { 2, RetentionUnit::Years };
    rule.relations = { u"woningzoekende"_s, u"huurder"_s, u"ex-huurder"_s };
    rule.legalGround = u"Eigen beleid (art. 5 lid 1 sub e AVG)"_s;
    return rule;
}

// "Betaalgegevens bewaren we zolang een klant bij ons ingeschreven staat."
RetentionRule paymentData()
{
    RetentionRule rule = nameAndContact();
    rule.code = u"betaalgegevens-klant"_s;
    rule.category = u"Betaalgegevens"_s;
    rule.period = { 0, RetentionUnit::Days };
    return rule;
}

int countActions(const Store &store, const QString &action)
{
    QSqlQuery q(store.database());
    q.prepare(u"SELECT count(*) FROM audit_events WHERE action = ?"_s);
    q.addBindValue(action);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

const QString kcc = u"k.smit"_s;
const QString auditor = u"a.visser"_s;

} // namespace

class TestOwnRetentionRules final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addWithItsOwnCode();
    void refusals();
    void ownRulesDeriveAsTheSeededOnes();
    void inzageReportShowsOwnRules();
    void removeOnlyWhatNothingUses();
    void kccAndAuditorMayNot();

private:
    // A request taken in (the intake) for a new person with this relation and its end.
    bool addRequest(const QString &name, const QString &klantnummer, Relation relation,
                    QDate relationEnd);
    QDate expiry(const QString &klantnummer, const QString &rule);
    qint64 personId(const QString &klantnummer);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<RetentionService> m_retention;
};

void TestOwnRetentionRules::initTestCase()
{
    QVERIFY(initSodium());
}

void TestOwnRetentionRules::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    m_retention = std::make_unique<RetentionService>(Session { *m_store, m_clock });
}

void TestOwnRetentionRules::cleanup()
{
    m_retention.reset();
    m_store.reset();
    m_dir.reset();
}

bool TestOwnRetentionRules::addRequest(const QString &name, const QString &klantnummer,
                                       Relation relation, QDate relationEnd)
{
    NewCase request;
    request.person.name = name;
    request.person.klantnummer = klantnummer;
    request.person.relation = relation;
    request.person.relationEnd = relationEnd;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Telefoon;
    request.receivedDate = m_clock.today();
    ServiceError error;
    if (CaseService(Session { *m_store, m_clock }).add(request, BsnCheck::Refuse, &error))
        return true;
    qWarning("intake: %s", qPrintable(error.message));
    return false;
}

qint64 TestOwnRetentionRules::personId(const QString &klantnummer)
{
    return m_retention->personByKlantnummer(klantnummer, MustRead()).value_or(0);
}

QDate TestOwnRetentionRules::expiry(const QString &klantnummer, const QString &rule)
{
    for (const RetentionItem &i :
         m_retention->itemsFor(personId(klantnummer), m_clock.today(), 0, MustRead()))
        if (i.rule.code == rule)
            return i.expires;
    return {};
}

void TestOwnRetentionRules::addWithItsOwnCode()
{
    ServiceError error;
    const auto saved = m_retention->saveRule(paymentData(), BsnCheck::Refuse, &error);
    QVERIFY2(saved, qPrintable(error.message));
    QCOMPARE(saved->code, u"betaalgegevens-klant"_s);
    QCOMPARE(saved->period.amount, 0);
    QCOMPARE(saved->period.unit, RetentionUnit::Days);
    // Stored in the order of the relation codes.
    QCOMPARE(saved->relations, QStringList({ u"huurder"_s, u"ex-huurder"_s, u"woningzoekende"_s }));
    QVERIFY(saved->isDerived());
    QCOMPARE(saved->periodText(), u"until end of registration"_s);
    const auto read = m_retention->rule(u"betaalgegevens-klant"_s, MustRead());
    QVERIFY(read);
    QCOMPARE(read->category, u"Betaalgegevens"_s);
    QCOMPARE(m_retention->rules(MustRead()).size(), 8);
    QCOMPARE(countActions(*m_store, u"retention.rule.created"_s), 1);

    // 0 weeks is 0 days, and an existing rule may be set to 0 too.
    RetentionRule seeded = *m_retention->rule(u"inkomensgegevens-toewijzing"_s, MustRead());
    seeded.period = { 0, RetentionUnit::Weeks };
    QVERIFY2(m_retention->saveRule(seeded, BsnCheck::Refuse, &error), qPrintable(error.message));
    const auto zero = m_retention->rule(u"inkomensgegevens-toewijzing"_s, MustRead());
    QCOMPARE(zero->period.amount, 0);
    QCOMPARE(zero->period.unit, RetentionUnit::Days);

    // Without a code a new rule still gets one from its category, as before.
    RetentionRule unnamed = nameAndContact();
    unnamed.code.clear();
    const auto coded = m_retention->saveRule(unnamed, BsnCheck::Refuse, &error);
    QVERIFY2(coded, qPrintable(error.message));
    QCOMPARE(coded->code, u"naam-en-contactgegevens"_s);
    QStringList problems;
    QVERIFY2(m_store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u"; "_s)));
}

void TestOwnRetentionRules::refusals()
{
    ServiceError error;
    QVERIFY(m_retention->saveRule(paymentData(), BsnCheck::Refuse, &error));
    const int rules = static_cast<int>(m_retention->rules(MustRead()).size());

    // The code taken (a seeded one too), and malformed codes.
    QVERIFY(!m_retention->saveRule(paymentData(), BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Conflict);
    QVERIFY2(error.message.contains(u"betaalgegevens-klant"_s), qPrintable(error.message));
    RetentionRule rule = paymentData();
    rule.code = u"camerabeelden"_s;
    QVERIFY(!m_retention->saveRule(rule, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Conflict);
    for (const QString &bad :
         { u"Betaal gegevens"_s, u"-betaal"_s, u"b"_s, u"betaal_gegevens"_s }) {
        rule.code = bad;
        QVERIFY2(!RetentionService::checkCode(bad).isEmpty(), qPrintable(bad));
        QVERIFY(!m_retention->saveRule(rule, BsnCheck::Refuse, &error));
        QCOMPARE(error.code, ServiceError::Code::Invalid);
    }

    // A negative period; relation types on a rule that does not run from a relation's end.
    rule = paymentData();
    rule.code = u"nieuw"_s;
    rule.period = { -1, RetentionUnit::Days };
    QVERIFY(!m_retention->saveRule(rule, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    rule.period = { 4, RetentionUnit::Weeks };
    rule.trigger = RetentionTrigger::Recording;
    QVERIFY(!m_retention->saveRule(rule, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    // The request files and the breach register keep at least a day.
    RetentionRule files = *m_retention->rule(u"avg-verzoekdossiers"_s, MustRead());
    files.period = { 0, RetentionUnit::Days };
    QVERIFY(!m_retention->saveRule(files, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);

    // A BSN in the name: refused, unless confirmed not to be one (logged).
    rule = paymentData();
    rule.code = u"nieuw"_s;
    rule.category = u"Betaalgegevens "_s + elfProefNumber();
    QVERIFY(!m_retention->saveRule(rule, BsnCheck::Refuse, &error));
    QVERIFY2(error.message.contains(u"BSN"_s), qPrintable(error.message));
    QCOMPARE(m_retention->rules(MustRead()).size(), rules);
    const int overrides = countActions(*m_store, u"bsn.override"_s);
    QVERIFY2(m_retention->saveRule(rule, BsnCheck::ConfirmedNotBsn, &error),
             qPrintable(error.message));
    QCOMPARE(countActions(*m_store, u"bsn.override"_s), overrides + 1);
}

// The import, the intake and a person edit derive an own rule's items exactly as they derive
// the seeded rules' (nothing is keyed on the seven codes).
void TestOwnRetentionRules::ownRulesDeriveAsTheSeededOnes()
{
    ServiceError error;
    QVERIFY(m_retention->saveRule(nameAndContact(), BsnCheck::Refuse, &error));
    QVERIFY(m_retention->saveRule(paymentData(), BsnCheck::Refuse, &error));

    // An ERP export: a house-seeker de-registered on 31-01-2024, a current tenant.
    const QString path = m_dir->filePath(u"erp.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Klantnummer;Naam;Relatie;Einddatum relatie\r\n"
               "J1;Wendy Zoeker;woningzoekende;31-01-2024\r\n"
               "J2;Huub Huidig;huurder;\r\n");
    file.close();
    const ImportResult imported = PersonImport(Session { *m_store, m_clock }).run(path, {});
    QVERIFY(imported.ok());
    QCOMPARE(imported.terms.created, 2 + 1); // both own rules, and the seeded income data
    QCOMPARE(expiry(u"J1"_s, u"naam-contact-klant"_s), QDate(2026, 1, 31));
    QCOMPARE(expiry(u"J1"_s, u"betaalgegevens-klant"_s), QDate(2024, 1, 31));
    QVERIFY(!expiry(u"J2"_s, u"betaalgegevens-klant"_s).isValid());

    // The KCC intake of a former tenant who left on 29 February 2024.
    QVERIFY(addRequest(u"Ida Intake"_s, u"J3"_s, Relation::ExHuurder, QDate(2024, 2, 29)));
    CaseService cases(Session { *m_store, m_clock });
    QCOMPARE(expiry(u"J3"_s, u"naam-contact-klant"_s), QDate(2026, 2, 28));
    QCOMPARE(expiry(u"J3"_s, u"betaalgegevens-klant"_s), QDate(2024, 2, 29));

    // A person edit: the current tenant leaves on 30 June 2026; then the end date is corrected.
    DerivedTerms terms;
    QVERIFY(cases.setPersonRelation(personId(u"J2"_s), Relation::ExHuurder, QDate(2026, 6, 30),
                                    &error, &terms));
    QCOMPARE(expiry(u"J2"_s, u"naam-contact-klant"_s), QDate(2028, 6, 30));
    QCOMPARE(expiry(u"J2"_s, u"betaalgegevens-klant"_s), QDate(2026, 6, 30));
    QVERIFY(cases.setPersonRelation(personId(u"J2"_s), Relation::ExHuurder, QDate(2026, 7, 31),
                                    &error, &terms));
    // Both own rules and the seeded contact data; the financial data stay at the end of 2033.
    QCOMPARE(terms.moved, 2 + 1);
    QCOMPARE(expiry(u"J2"_s, u"betaalgegevens-klant"_s), QDate(2026, 7, 31));

    // The 0-day items are due on the day the registration ended.
    int due = 0;
    for (const RetentionItem &item : m_retention->due({ QDate(2026, 7, 31) }, MustRead()))
        if (item.rule.code == u"betaalgegevens-klant"_s)
            ++due;
    QCOMPARE(due, 3);
}

void TestOwnRetentionRules::inzageReportShowsOwnRules()
{
    ServiceError error;
    QVERIFY(m_retention->saveRule(paymentData(), BsnCheck::Refuse, &error));
    QVERIFY(addRequest(u"Wendy Zoeker"_s, u"J1"_s, Relation::Woningzoekende, QDate(2026, 10, 1)));
    const auto report
        = PersonReportLoader(Session { *m_store, m_clock }).load(personId(u"J1"_s), &error);
    QVERIFY2(report, qPrintable(error.message));
    bool item = false;
    for (const RetentionItem &i : report->retention)
        item
            = item || (i.rule.code == u"betaalgegevens-klant"_s && i.expires == QDate(2026, 10, 1));
    QVERIFY(item);
    bool rule = false;
    for (const RetentionRule &r : report->retentionRules)
        rule = rule || r.code == u"betaalgegevens-klant"_s;
    QVERIFY(rule);
    const QString html = PersonReportDocument::toHtml(*report);
    QVERIFY(html.contains(u"Betaalgegevens"_s));
    QVERIFY(html.contains(u"until end of registration"_s));
}

void TestOwnRetentionRules::removeOnlyWhatNothingUses()
{
    ServiceError error;
    QVERIFY(m_retention->saveRule(paymentData(), BsnCheck::Refuse, &error));
    QVERIFY(addRequest(u"Wendy Zoeker"_s, u"J1"_s, Relation::Woningzoekende, QDate(2026, 10, 1)));
    CaseService cases(Session { *m_store, m_clock });

    // In use: refused, saying how many items use it.
    const RetentionRule payment = *m_retention->rule(u"betaalgegevens-klant"_s, MustRead());
    const auto use = m_retention->ruleUse(payment, MustRead());
    QVERIFY(use);
    QCOMPARE(use->items, 1);
    QVERIFY(!use->blocker(payment).isEmpty());
    QVERIFY(!m_retention->removeRule(u"betaalgegevens-klant"_s, &error));
    QCOMPARE(error.code, ServiceError::Code::Conflict);
    QVERIFY2(error.message.contains(u"1 retention term"_s), qPrintable(error.message));

    // The person's relation no longer ends: the derived item goes, and so may the rule.
    QVERIFY(cases.setPersonRelation(personId(u"J1"_s), Relation::Woningzoekende, QDate(), &error));
    QVERIFY2(m_retention->removeRule(u"betaalgegevens-klant"_s, &error), qPrintable(error.message));
    QVERIFY(!m_retention->rule(u"betaalgegevens-klant"_s, MustRead()));
    const QList<AuditEvent> events
        = AuditLog(m_store->database(), m_store->info().storeId.toString(QUuid::WithoutBraces))
              .eventsFor(u"retention-rule"_s, u"betaalgegevens-klant"_s);
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.last().action, u"retention.rule.removed"_s);
    QCOMPARE(events.last().payload.value(u"category"_s).toString(), u"Betaalgegevens"_s);
    QCOMPARE(events.last().payload.value(u"period"_s).toString(), u"0 dagen"_s);

    // A seeded rule nothing uses may go too (the rules are the organisation's own); the
    // computed ones never; an unknown code is not found.
    QVERIFY2(m_retention->removeRule(u"sollicitanten"_s, &error), qPrintable(error.message));
    QVERIFY(!m_retention->removeRule(u"avg-verzoekdossiers"_s, &error));
    QCOMPARE(error.code, ServiceError::Code::Conflict);
    QVERIFY(!m_retention->removeRule(u"datalekkenregister"_s, &error));
    QCOMPARE(error.code, ServiceError::Code::Conflict);
    QVERIFY(!m_retention->removeRule(u"bestaat-niet"_s, &error));
    QCOMPARE(error.code, ServiceError::Code::NotFound);
    QCOMPARE(m_retention->rules(MustRead()).size(), 6);
    QStringList problems;
    QVERIFY2(m_store->verify(&problems, TrailRows::all()), qPrintable(problems.join(u"; "_s)));
}

// The roles that may not change a rule (`rule set`) may neither add nor remove one: refused
// with one user.denied event each.
void TestOwnRetentionRules::kccAndAuditorMayNot()
{
    {
        UserService users(*m_store, Session { *m_store, m_clock });
        UserError userError;
        QVERIFY(users.add(kcc, {}, Role::Kcc, SecureBytes::fromUtf8(kccPassword), &userError));
        QVERIFY(users.add(auditor, {}, Role::Auditor, SecureBytes::fromUtf8(auditorPassword),
                          &userError));
    }
    const QString path = m_dir->filePath(u"kluis"_s);
    m_retention.reset();
    m_store.reset();
    for (const auto &[user, password] :
         { std::pair { kcc, kccPassword }, std::pair { auditor, auditorPassword } }) {
        auto store = openServiceStoreAs(path, user, password);
        QVERIFY(store);
        const int denied = denials(*store);
        RetentionService retention(Session { *store, m_clock });
        ServiceError error;
        QVERIFY(!retention.saveRule(paymentData(), BsnCheck::Refuse, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
        QVERIFY(!retention.removeRule(u"sollicitanten"_s, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
        QCOMPARE(denials(*store), denied + 2);
    }
    StoreError storeError;
    m_store = openServiceStore(path, &storeError);
    QVERIFY2(m_store, qPrintable(storeError.message()));
    m_retention = std::make_unique<RetentionService>(Session { *m_store, m_clock });
    QCOMPARE(m_retention->rules(MustRead()).size(), 7);
}

QTEST_GUILESS_MAIN(TestOwnRetentionRules)
#include "tst_ownretentionrules.moc"
