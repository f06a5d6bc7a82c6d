// RetentionService on a real encrypted store with "today" pinned by a FixedClock: the seeded
// rules, editing them, item states over time, computed request-file items, legal holds, and
// destruction that leaves no personal data in the database while the audit chain verifies.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "breaches/BreachService.h"
#include "cases/Attachments.h"
#include "cases/CaseService.h"
#include "cases/IntakeDrafts.h"
#include "cases/TrailRows.h"
#include "crypto/SecureBytes.h"
#include "documents/ComplaintDossier.h"
#include "domain/SortName.h"
#include "registers/Disclosures.h"
#include "registers/Recipients.h"
#include "retention/Retention.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

QDateTime noonOn(QDate day)
{
    return QDateTime(day, QTime(12, 0), Qt::UTC);
}

using pd::test::elfProefNumber;

} // namespace

class TestRetention final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void defaultRulesSeeded();
    void saveRuleValidatesAndRecomputesItems();
    void newRuleGetsAUniqueCode();
    void statesOverTime();
    void requestFilesAreComputedFromClosedCases();
    void dueOrdersAndPages();
    void holdBlocksDestruction();
    void destructionRefusedBeforeTheTerm();
    void destructionLeavesNoPersonalData();
    void keptFinancialRecordsKeepOnlyTheMinimum();
    void reducedPersonWhoComesBackIsDestroyedAgain();
    void personWithoutRequestsGoesWithTheirLastItem();
    void personWithoutRequestsIsDestroyedOnceEverythingExpired();
    void bsnGuardOnFreeText();
    void readsFailAsErrors();

private:
    // A person as the ERP import leaves them: no requests, all their details.
    qint64 addErpPerson(const QString &name, const QString &klantnummer,
                        const QString &street = u"Wilgenhofweg"_s,
                        const QString &phone = u"0655443322"_s,
                        const QString &email = u"y.erpvanger@example.nl"_s,
                        const QString &postcode = u"7511 QZ"_s);
    std::optional<Case> addClosedCase(const QString &name, const QString &klantnummer,
                                      QDate received, QDate answered);
    // A disclosure to a new recipient about the persons, with a free text.
    std::optional<Disclosure> addDisclosure(const QList<qint64> &persons, const QString &dataText,
                                            const QString &purpose, QDate on);

    // Closes the store cleanly (WAL checkpointed), checks that none of the needles is in its
    // raw files (a store folder's), and opens it again with the services.
    void reopenWithoutTraces(const QStringList &needles);

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { noonOn(QDate(2024, 3, 1)) };
    std::unique_ptr<CaseService> m_cases;
    std::unique_ptr<RetentionService> m_retention;
};

void TestRetention::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
}

void TestRetention::init()
{
    m_clock.set(noonOn(QDate(2024, 3, 1)));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    m_cases = std::make_unique<CaseService>(Session { *m_store, m_clock });
    m_retention = std::make_unique<RetentionService>(Session { *m_store, m_clock });
}

void TestRetention::cleanup()
{
    if (m_cases && m_store) {
        const AuditLog::Verification verification = m_cases->verifyAuditTrail();
        QVERIFY2(verification.ok, qPrintable(verification.reason));
    }
    m_retention.reset();
    m_cases.reset();
    m_store.reset();
    m_dir.reset();
}

std::optional<Case> TestRetention::addClosedCase(const QString &name, const QString &klantnummer,
                                                 QDate received, QDate answered)
{
    const QDateTime before = m_clock.now();
    m_clock.set(noonOn(answered.isValid() ? answered : received));
    NewCase request;
    request.person.name = name;
    request.person.klantnummer = klantnummer;
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Email;
    request.receivedDate = received;
    ServiceError error;
    auto c = m_cases->add(request, BsnCheck::Refuse, &error);
    if (!c) {
        qWarning("%s", qPrintable(error.message));
        m_clock.set(before);
        return std::nullopt;
    }
    if (answered.isValid()
        && !m_cases->complete(c->number,
                              test::completion(Outcome::Toegewezen, answered, u"brief"_s, {}, {},
                                               test::knownDataSubject),
                              BsnCheck::Refuse, &error)) {
        qWarning("%s", qPrintable(error.message));
        m_clock.set(before);
        return std::nullopt;
    }
    m_clock.set(before);
    return m_cases->find(c->number);
}

std::optional<Disclosure> TestRetention::addDisclosure(const QList<qint64> &persons,
                                                       const QString &dataText,
                                                       const QString &purpose, QDate on)
{
    const QDateTime before = m_clock.now();
    m_clock.set(noonOn(on));
    ServiceError error;
    Recipient recipient;
    recipient.name = u"Incassobureau Noord %1-%2"_s.arg(persons.first()).arg(persons.size());
    recipient.category = RecipientCategory::Incassobureau;
    const auto added
        = RecipientService(Session { *m_store, m_clock }).add(recipient, BsnCheck::Refuse, &error);
    if (!added) {
        qWarning("%s", qPrintable(error.message));
        m_clock.set(before);
        return std::nullopt;
    }
    Disclosure d;
    d.date = on;
    d.recipientId = added->id;
    for (const qint64 id : persons)
        d.persons << DisclosurePerson { id, {}, {} };
    d.data = { DataCategory::Naw, DataCategory::Betaalgegevens };
    d.dataText = dataText;
    d.purpose = purpose;
    d.basis = LegalBasis::LegitimateInterest;
    d.requestedBy = u"Afdeling incasso"_s;
    d.informed = InformedStatus::Pending;
    auto result = DisclosureService(Session { *m_store, m_clock }).add(d, BsnCheck::Refuse, &error);
    if (!result)
        qWarning("%s", qPrintable(error.message));
    m_clock.set(before);
    return result;
}

void TestRetention::defaultRulesSeeded()
{
    const QList<RetentionRule> rules = m_retention->rules(test::MustRead());
    QCOMPARE(rules.size(), 7);
    struct Expected
    {
        QString code;
        RetentionTrigger trigger;
        RetentionPeriod period;
    };
    const QList<Expected> expected {
        // Since schema 17: from the end of the relation, and the financial records
        // from the end of the fiscal year (art. 52 AWR).
        { u"contactgegevens-huurder"_s,
          RetentionTrigger::EndOfRelation,
          { 2, RetentionUnit::Years } },
        { u"financiele-gegevens"_s,
          RetentionTrigger::EndOfFiscalYear,
          { 7, RetentionUnit::Years } },
        { u"inkomensgegevens-toewijzing"_s,
          RetentionTrigger::EndOfRegistration,
          { 1, RetentionUnit::Years } },
        { u"sollicitanten"_s, RetentionTrigger::EndOfApplication, { 4, RetentionUnit::Weeks } },
        { u"camerabeelden"_s, RetentionTrigger::Recording, { 4, RetentionUnit::Weeks } },
        { u"avg-verzoekdossiers"_s,
          RetentionTrigger::RequestCompleted,
          { 2, RetentionUnit::Years } },
        // Since schema 23: the data-breach register, 5 years after closing.
        { u"datalekkenregister"_s, RetentionTrigger::Other, { 5, RetentionUnit::Years } },
    };
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(rules.at(i).code, expected.at(i).code);
        QCOMPARE(rules.at(i).trigger, expected.at(i).trigger);
        QCOMPARE(rules.at(i).period, expected.at(i).period);
        QVERIFY(!rules.at(i).category.isEmpty());
    }
    QVERIFY(rules.at(1).legalGround.contains(u"52 AWR"_s));
    QVERIFY(rules.at(5).isRequestFiles());
    // Since schema 20: the glossary's article notation, shown on the rules tab and
    // in the access report.
    QCOMPARE(rules.at(0).legalGround, u"Eigen beleid (art. 5 lid 1 sub e AVG)"_s);
    for (const RetentionRule &rule : rules)
        QVERIFY2(!rule.legalGround.contains(u"(1)"_s), qPrintable(rule.legalGround));
}

void TestRetention::saveRuleValidatesAndRecomputesItems()
{
    const auto c = addClosedCase(u"A. Visser"_s, u"K100"_s, QDate(2024, 1, 2), QDate(2024, 1, 20));
    QVERIFY(c);
    ServiceError error;
    QVERIFY2(m_retention->setItem(c->person.id, u"contactgegevens-huurder"_s, QDate(2024, 2, 29),
                                  &error),
             qPrintable(error.message));
    QCOMPARE(m_retention->itemsFor(c->person.id, QDate(2024, 3, 1), 30, test::MustRead())
                 .first()
                 .expires,
             QDate(2026, 2, 28));

    RetentionRule rule = *m_retention->rule(u"contactgegevens-huurder"_s, test::MustRead());
    // A negative period is refused (0 is a term since until the trigger itself).
    rule.period = { -1, RetentionUnit::Years };
    QVERIFY(!m_retention->checkRule(rule).isEmpty());
    QVERIFY(!m_retention->saveRule(rule, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);

    rule.period = { 4, RetentionUnit::Years };
    rule.legalGround = u"Beleid Jutphaas"_s;
    const auto saved = m_retention->saveRule(rule, BsnCheck::Refuse, &error);
    QVERIFY2(saved, qPrintable(error.message));
    QCOMPARE(m_retention->rule(u"contactgegevens-huurder"_s, test::MustRead())->period,
             rule.period);
    QCOMPARE(m_retention->itemsFor(c->person.id, QDate(2024, 3, 1), 30, test::MustRead())
                 .first()
                 .expires,
             QDate(2028, 2, 29));
    const QList<AuditEvent> events
        = AuditLog(m_store->database(), m_store->info().storeId.toString(QUuid::WithoutBraces))
              .eventsFor(u"retention-rule"_s, u"contactgegevens-huurder"_s);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().action, u"retention.rule.changed"_s);
    QCOMPARE(events.first().actor, testUser);

    RetentionRule files = *m_retention->rule(u"avg-verzoekdossiers"_s, test::MustRead());
    files.trigger = RetentionTrigger::Other;
    QVERIFY(!m_retention->saveRule(files, BsnCheck::Refuse, &error));
}

void TestRetention::newRuleGetsAUniqueCode()
{
    RetentionRule rule;
    rule.category = u"Camerabeelden"_s;
    rule.trigger = RetentionTrigger::Recording;
    rule.period = { 14, RetentionUnit::Days };
    ServiceError error;
    const auto saved = m_retention->saveRule(rule, BsnCheck::Refuse, &error);
    QVERIFY2(saved, qPrintable(error.message));
    QCOMPARE(saved->code, u"camerabeelden-2"_s);
    rule.category = u"Gegevens zorgverzoek (bijzonder)"_s;
    QCOMPARE(m_retention->saveRule(rule, BsnCheck::Refuse, &error)->code,
             u"gegevens-zorgverzoek-bijzonder"_s);
    QCOMPARE(m_retention->rules(test::MustRead()).size(), 9);
}

void TestRetention::statesOverTime()
{
    const auto c = addClosedCase(u"B. Smit"_s, u"K200"_s, QDate(2024, 1, 2), QDate());
    QVERIFY(c);
    ServiceError error;
    const auto item = m_retention->setItem(c->person.id, u"contactgegevens-huurder"_s,
                                           QDate(2024, 2, 29), &error);
    QVERIFY2(item, qPrintable(error.message));
    QCOMPARE(item->expires, QDate(2026, 2, 28));

    const auto stateOn = [&](QDate day) {
        for (const RetentionItem &i :
             m_retention->itemsFor(c->person.id, day, 30, test::MustRead()))
            if (i.id == item->id)
                return i.state;
        return RetentionState::Destroyed;
    };
    QCOMPARE(stateOn(QDate(2026, 1, 28)), RetentionState::Active);
    QCOMPARE(stateOn(QDate(2026, 1, 29)), RetentionState::ExpiringSoon);
    QCOMPARE(stateOn(QDate(2026, 2, 27)), RetentionState::ExpiringSoon);
    QCOMPARE(stateOn(QDate(2026, 2, 28)), RetentionState::Expired);
    QCOMPARE(stateOn(QDate(2027, 1, 1)), RetentionState::Expired);

    m_clock.set(noonOn(QDate(2026, 3, 2)));
    QVERIFY2(
        m_retention->placeHold(c->person.id, u"Open klacht bij de AP"_s, BsnCheck::Refuse, &error),
        qPrintable(error.message));
    QCOMPARE(stateOn(QDate(2026, 3, 2)), RetentionState::LegalHold);
    QVERIFY(!m_retention->recordItemDestroyed(item->id, u"verwijderd uit ERP"_s, BsnCheck::Refuse,
                                              &error));
    QVERIFY2(error.message.contains(u"Open klacht bij de AP"_s), qPrintable(error.message));
    QVERIFY(!m_retention->placeHold(c->person.id, u"nog eens"_s, BsnCheck::Refuse, &error));
    QCOMPARE(m_retention->holds(test::MustRead()).size(), 1);

    QVERIFY2(m_retention->releaseHold(c->person.id, &error), qPrintable(error.message));
    QCOMPARE(stateOn(QDate(2026, 3, 2)), RetentionState::Expired);
    QVERIFY2(m_retention->recordItemDestroyed(item->id, u"verwijderd uit ERP"_s, BsnCheck::Refuse,
                                              &error),
             qPrintable(error.message));
    const RetentionItem destroyed
        = m_retention->itemsFor(c->person.id, QDate(2026, 3, 2), 30, test::MustRead()).first();
    QCOMPARE(destroyed.state, RetentionState::Destroyed);
    QCOMPARE(destroyed.destroyedOn, QDate(2026, 3, 2));
    QCOMPARE(destroyed.destroyedBy, testUser);
    QCOMPARE(destroyed.destroyedMethod, u"verwijderd uit ERP"_s);
    QVERIFY(m_retention->due({ QDate(2026, 3, 2), 30 }, test::MustRead()).isEmpty());
    const QList<DestructionRecord> log
        = m_retention->destructionLog(DestructionFilter {}, 0, -1, test::MustRead());
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().kind, u"item"_s);
    QCOMPARE(log.first().subjectRef, u"P-%1"_s.arg(c->person.id));
    QVERIFY(!log.first().what.contains(u"Smit"_s));
}

void TestRetention::requestFilesAreComputedFromClosedCases()
{
    const auto c = addClosedCase(u"C. Mulder"_s, u"K300"_s, QDate(2024, 1, 10), QDate(2024, 2, 29));
    QVERIFY(c);
    QVERIFY(m_retention->due({ QDate(2026, 2, 27), 0 }, test::MustRead()).isEmpty());
    QList<RetentionItem> due = m_retention->due({ QDate(2026, 2, 27), 1 }, test::MustRead());
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().id, 0);
    QCOMPARE(due.first().rule.code, u"avg-verzoekdossiers"_s);
    QCOMPARE(due.first().trigger, QDate(2024, 2, 29));
    QCOMPARE(due.first().expires, QDate(2026, 2, 28));
    QCOMPARE(due.first().state, RetentionState::ExpiringSoon);
    QCOMPARE(due.first().caseNumbers, QStringList { c->number });
    due = m_retention->due({ QDate(2026, 2, 28), 0 }, test::MustRead());
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().state, RetentionState::Expired);
    const QJsonObject json = dueItemToJson(due.first());
    QCOMPARE(json.value(u"klantnummer"_s).toString(), u"K300"_s);
    QCOMPARE(json.value(u"name"_s).toString(), u"C. Mulder"_s);
    QCOMPARE(json.value(u"rule"_s).toString(), u"avg-verzoekdossiers"_s);
    QCOMPARE(json.value(u"expires"_s).toString(), u"2026-02-28"_s);
    QCOMPARE(json.value(u"state"_s).toString(), u"verlopen"_s);

    // A later request of the same person, still open: nothing of the file is due.
    m_clock.set(noonOn(QDate(2025, 6, 1)));
    NewCase again;
    again.person.id = c->person.id;
    again.types = { RequestType::Rectificatie };
    again.receivedDate = QDate(2025, 6, 1);
    ServiceError error;
    const auto open = m_cases->add(again, BsnCheck::Refuse, &error);
    QVERIFY2(open, qPrintable(error.message));
    QVERIFY(m_retention->due({ QDate(2030, 1, 1), 0 }, test::MustRead()).isEmpty());
    // Answered: the file runs from the last answer.
    m_clock.set(noonOn(QDate(2025, 6, 20)));
    QVERIFY(m_cases->complete(open->number,
                              test::completion(Outcome::Toegewezen, QDate(2025, 6, 20), u"e-mail"_s,
                                               {}, {}, test::knownDataSubject),
                              BsnCheck::Refuse, &error));
    QVERIFY(m_retention->due({ QDate(2027, 6, 19), 0 }, test::MustRead()).isEmpty());
    QCOMPARE(m_retention->due({ QDate(2027, 6, 20), 0 }, test::MustRead()).size(), 1);
    QCOMPARE(
        m_retention->due({ QDate(2027, 6, 20), 0 }, test::MustRead()).first().caseNumbers.size(),
        2);
}

void TestRetention::dueOrdersAndPages()
{
    ServiceError error;
    QVERIFY(addClosedCase(u"D. één"_s, u"K401"_s, QDate(2024, 1, 2), QDate(2024, 1, 15)));
    const auto second
        = addClosedCase(u"D. twee"_s, u"K402"_s, QDate(2024, 1, 2), QDate(2024, 1, 5));
    QVERIFY(second);
    const auto third = addClosedCase(u"D. drie"_s, u"K403"_s, QDate(2024, 1, 2), QDate());
    QVERIFY(third);
    QVERIFY(m_retention->setItem(third->person.id, u"camerabeelden"_s, QDate(2025, 12, 1), &error));
    QVERIFY(m_retention->placeHold(second->person.id, u"Rechtszaak"_s, BsnCheck::Refuse, &error));

    DueQuery query { QDate(2026, 1, 10), 30 };
    QList<RetentionItem> due = m_retention->due(query, test::MustRead());
    QCOMPARE(due.size(), 3);
    QCOMPARE(due.at(0).klantnummer, u"K403"_s); // 2025-12-29
    QCOMPARE(due.at(0).state, RetentionState::Expired);
    QCOMPARE(due.at(1).klantnummer, u"K402"_s); // 2026-01-05, held
    QCOMPARE(due.at(1).state, RetentionState::LegalHold);
    QCOMPARE(due.at(1).holdReason, u"Rechtszaak"_s);
    QCOMPARE(due.at(2).klantnummer, u"K401"_s); // 2026-01-15
    QCOMPARE(due.at(2).state, RetentionState::ExpiringSoon);

    query.includeHeld = false;
    QCOMPARE(m_retention->due(query, test::MustRead()).size(), 2);
    query.includeExpired = false;
    QCOMPARE(m_retention->due(query, test::MustRead()).size(), 1);
    query = { QDate(2026, 1, 10), 30 };
    query.offset = 1;
    query.limit = 1;
    due = m_retention->due(query, test::MustRead());
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().klantnummer, u"K402"_s);
    QCOMPARE(m_retention->countDue({ QDate(2026, 1, 10), 30 }, test::MustRead()), 3);
}

void TestRetention::holdBlocksDestruction()
{
    const auto c = addClosedCase(u"E. Bos"_s, u"K500"_s, QDate(2024, 1, 2), QDate(2024, 1, 20));
    QVERIFY(c);
    m_clock.set(noonOn(QDate(2026, 6, 1)));
    ServiceError error;
    QVERIFY(m_retention->placeHold(c->person.id, u"Open klacht AP, zaak 2026-12"_s,
                                   BsnCheck::Refuse, &error));
    DestructionPlan plan = m_retention->planDestruction(c->person.id);
    QVERIFY(plan.blocker.contains(u"Open klacht AP"_s));
    QVERIFY(!m_retention->destroyRequestFiles(c->person.id, {}, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY(error.message.contains(u"legal hold"_s));
    QVERIFY(m_cases->find(c->number)->person.name == u"E. Bos"_s);
    QCOMPARE(m_retention->destructionCount(DestructionFilter {}, test::MustRead()), 0);

    QVERIFY(m_retention->releaseHold(c->person.id, &error));
    plan = m_retention->planDestruction(c->person.id);
    QVERIFY2(plan.blocker.isEmpty(), qPrintable(plan.blocker));
    QVERIFY2(m_retention->destroyRequestFiles(c->person.id, {}, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY(!m_retention->holdFor(c->person.id, test::MustRead()));
}

void TestRetention::destructionRefusedBeforeTheTerm()
{
    const auto c = addClosedCase(u"F. Kok"_s, u"K600"_s, QDate(2024, 1, 2), QDate(2024, 2, 29));
    QVERIFY(c);
    ServiceError error;
    m_clock.set(noonOn(QDate(2026, 2, 27)));
    QVERIFY(!m_retention->destroyRequestFiles(c->person.id, {}, BsnCheck::Refuse, &error));
    QVERIFY(error.message.contains(u"runs until"_s));
    // Another item of the same person still kept: no longer a blocker, it is what is kept
    // (see keptFinancialRecordsKeepOnlyTheMinimum).
    QVERIFY(
        m_retention->setItem(c->person.id, u"financiele-gegevens"_s, QDate(2024, 1, 1), &error));
    m_clock.set(noonOn(QDate(2026, 2, 28)));
    const DestructionPlan plan = m_retention->planDestruction(c->person.id);
    QVERIFY2(plan.blocker.isEmpty(), qPrintable(plan.blocker));
    QCOMPARE(plan.kept.size(), 1);
    QCOMPARE(plan.kept.first().rule.code, u"financiele-gegevens"_s);
    // An open request blocks too.
    const auto open = addClosedCase(u"G. Open"_s, u"K601"_s, QDate(2024, 1, 2), QDate());
    QVERIFY(open);
    QVERIFY(m_retention->planDestruction(open->person.id).blocker.contains(open->number));
}

void TestRetention::destructionLeavesNoPersonalData()
{
    const QStringList needles { u"Vlasblom"_s, u"Zonnebloemstraat"_s, u"Ootmarsum"_s, u"9999XQ"_s,
                                u"0687654321"_s, u"q.vlasblom@"_s, u"KLV-471122"_s, u"471122"_s,
                                u"Sarphati"_s, u"lekkage"_s, u"schimmel"_s, u"heropend wegens"_s,
                                u"huurachterstand"_s, u"wijkkantoor"_s, u"machtiging-vlasblom"_s,
                                u"ORIGINEEL-MARKER-7Q"_s,
                                // Disclosures, letters, AP references, intake drafts
                                u"VERSTREKT-UNIEK-8Z"_s, u"BRIEF-UNIEK-5W"_s, u"z2024-77123"_s,
                                u"INTAKE-UNIEK-3K"_s,
                                // The letter "kennisgeving datalek" to the person
                                u"DATALEK-UNIEK-4R"_s };
    m_clock.set(noonOn(QDate(2024, 1, 5)));
    NewCase request;
    request.person.name = u"Quirijn Vlasblom"_s;
    request.person.klantnummer = u"KLV-471122"_s;
    request.person.relation = Relation::ExHuurder;
    request.person.street = u"Zonnebloemstraat"_s;
    request.person.houseNumber = u"17"_s;
    request.person.postcode = u"9999 XQ"_s;
    request.person.city = u"Ootmarsum"_s;
    request.person.phone = u"0687654321"_s;
    request.person.email = u"q.vlasblom@example.nl"_s;
    request.types = { RequestType::Inzage, RequestType::Verwijdering };
    request.channel = Channel::Gemachtigde;
    request.receivedDate = QDate(2024, 1, 5);
    request.representative = u"Mr. Sarphati"_s;
    request.representativeMandate = u"schriftelijke machtiging van Q. Vlasblom"_s;
    request.representativeAddress = u"Gasthuisstraat 9, 7631 AA Ootmarsum"_s;
    request.description = u"Wil alles weten over de lekkage"_s;
    request.callbackPhone = u"0687654321"_s;
    // The request as it arrived and the representative's mandate: destroyed with
    // the request files, name and bytes.
    NewAttachment original;
    original.name = u"verzoek.eml"_s;
    original.content = "From: Mr. Sarphati <sarphati@example.nl>\r\nSubject: lekkage\r\n"
                       "Date: Fri, 5 Jan 2024 09:00:00 +0100\r\n\r\nORIGINEEL-MARKER-7Q\r\n";
    request.attachments << original;
    ServiceError error;
    const auto c = m_cases->add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));
    NewAttachment mandate;
    mandate.name = u"machtiging-vlasblom.pdf"_s;
    mandate.kind = AttachmentKind::Machtiging;
    mandate.content = minimalPdf("Machtiging", QByteArray(300 * 1024, 'M') + "ORIGINEEL-MARKER-7Q");
    QVERIFY2(AttachmentService(Session { *m_store, m_clock }).add(c->number, mandate, &error),
             qPrintable(error.message));
    // Nothing is granted to a representative before the mandate is recorded as received.
    QVERIFY2(m_cases->receiveMandate(c->number, QDate(2024, 1, 5), &error),
             qPrintable(error.message));
    QVERIFY(m_cases->addNote(c->number, u"Belde over schimmel in de badkamer"_s, BsnCheck::Refuse,
                             &error));
    m_clock.set(noonOn(QDate(2024, 1, 20)));
    QVERIFY(m_cases->extend(c->number, u"Veel schimmel-dossiers"_s, QDate(2024, 1, 20),
                            BsnCheck::Refuse, &error));
    m_clock.set(noonOn(QDate(2024, 2, 10)));
    // The reasons of the decision and why it was decided without identification are free
    // texts of the request too.
    QVERIFY2(m_cases->complete(c->number,
                               test::completion(Outcome::Toegewezen, QDate(2024, 2, 9),
                                                u"brief aan Zonnebloemstraat"_s, {}, {},
                                                u"Bekend bij het wijkkantoor"_s),
                               BsnCheck::Refuse, &error),
             qPrintable(error.message));
    m_clock.set(noonOn(QDate(2024, 3, 1)));
    QVERIFY(m_cases->reopen(c->number, u"heropend wegens nieuwe vraag Vlasblom"_s, BsnCheck::Refuse,
                            &error));
    QVERIFY2(m_cases->complete(c->number,
                               test::completion(Outcome::DeelsToegewezen, QDate(2024, 2, 29),
                                                u"brief"_s, { RefusalGround::Art17_3e },
                                                u"De procedure over de huurachterstand loopt nog"_s,
                                                u"Opnieuw gesproken op het wijkkantoor"_s),
                               BsnCheck::Refuse, &error),
             qPrintable(error.message));
    // A second person who must stay untouched.
    const auto other
        = addClosedCase(u"Henk Onaangeroerd"_s, u"K700"_s, QDate(2024, 1, 8), QDate(2024, 2, 1));
    QVERIFY(other);
    // Disclosures: one about this person only, one about both.
    const auto alone
        = addDisclosure({ c->person.id }, u"Huurachterstand van Q. Vlasblom, VERSTREKT-UNIEK-8Z"_s,
                        u"Incasso betalingsachterstand"_s, QDate(2024, 1, 15));
    QVERIFY(alone);
    const auto shared = addDisclosure(
        { c->person.id, other->person.id },
        u"Adressen: Zonnebloemstraat 17 (Vlasblom, tel. 06-8765 4321) en Onaangeroerd"_s,
        u"Incasso bij Vlasblom en Onaangeroerd"_s, QDate(2024, 1, 16));
    QVERIFY(shared);
    // A letter of the request (its text names the person) and the AP's reference.
    QVERIFY(execSql(m_store->database(),
                    u"INSERT INTO letters (case_id, kind, body, sha256, generated_at, "
                    "generated_by) SELECT id, 'besluit', '<p>Geachte heer Vlasblom, "
                    "BRIEF-UNIEK-5W</p>', 'aa', '2024-02-10T12:00:00.000Z', 'j.devries' FROM "
                    "cases WHERE number = '%1'"_s.arg(c->number)));
    QVERIFY2(ComplaintDossier(Session { *m_store, m_clock })
                 .setApReference(c->number, u"z2024-77123"_s, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    // A data breach that concerned the person, and its letter to them: the letter's
    // text goes with the person; the breach stays in its register.
    Breach breach;
    breach.title = u"Brief naar verkeerd adres"_s;
    breach.discoveredAt = QDateTime(QDate(2023, 12, 28), QTime(9, 0), QTimeZone::utc());
    const auto reported
        = BreachService(Session { *m_store, m_clock }).add(breach, BsnCheck::Refuse, &error);
    QVERIFY2(reported, qPrintable(error.message));
    QVERIFY(execSql(m_store->database(),
                    u"INSERT INTO breach_letters (breach_id, person_id, kind, body, sha256, "
                    "generated_at, generated_by) SELECT id, %1, 'kennisgeving-datalek', "
                    "'<p>Geachte heer Vlasblom, DATALEK-UNIEK-4R</p>', 'bb', "
                    "'2024-01-22T12:00:00.000Z', 'j.devries' FROM breaches WHERE number = '%2'"_s
                        .arg(c->person.id)
                        .arg(reported->number)));
    // Intake drafts: one half-typed call by this person (typed again, as it came in), one of
    // somebody else that stays.
    IntakeDrafts drafts(Session { *m_store, m_clock });
    QVERIFY(drafts.save(IntakeDrafts::Form::PhoneIntake,
                        { { u"name"_s, u"Q. Vlasblom"_s },
                          { u"phone"_s, u"06 87 65 43 21"_s },
                          { u"description"_s, u"INTAKE-UNIEK-3K"_s } },
                        nullptr, &error));
    QVERIFY(drafts.save(IntakeDrafts::Form::PhoneIntake, { { u"klantnummer"_s, u"KLV-471122"_s } },
                        nullptr, &error));
    QVERIFY(drafts.save(IntakeDrafts::Form::PhoneIntake, { { u"personId"_s, c->person.id } },
                        nullptr, &error));
    QVERIFY(drafts.save(IntakeDrafts::Form::PhoneIntake, { { u"name"_s, u"Karel Blijftstaan"_s } },
                        nullptr, &error));
    QVERIFY(personalDataLeft(m_store->database(), needles).size() >= needles.size() - 1);

    m_clock.set(noonOn(QDate(2026, 3, 2)));
    const DestructionPlan plan = m_retention->planDestruction(c->person.id);
    QVERIFY2(plan.blocker.isEmpty(), qPrintable(plan.blocker));
    QCOMPARE(plan.caseNumbers, QStringList { c->number });
    QCOMPARE(plan.notes, 1);
    QCOMPARE(plan.attachments, 2);
    QCOMPARE(plan.letters, 2); // the request's and the data breach's
    QCOMPARE(plan.apReferences, 1);
    QCOMPARE(plan.disclosures, 2);
    QCOMPARE(plan.drafts, 3);
    QCOMPARE(plan.searchRows, 1);
    QVERIFY(plan.kept.isEmpty());
    QVERIFY(!plan.remainder);
    QVERIFY(plan.keptText().isEmpty());
    QVERIFY(plan.description().contains(u"2 file(s)"_s));
    QVERIFY(plan.description().contains(u"2 disclosure(s)"_s));
    QVERIFY(plan.description().contains(u"3 intake draft(s)"_s));
    QVERIFY(plan.auditEvents >= 6);
    QVERIFY(plan.description().contains(c->number));
    QVERIFY(plan.description().contains(u"cannot be undone"_s));

    const auto record = m_retention->destroyRequestFiles(c->person.id, u"anonimisering"_s,
                                                         BsnCheck::Refuse, &error);
    QVERIFY2(record, qPrintable(error.message));
    QCOMPARE(record->caseNumbers, QStringList { c->number });
    QCOMPARE(record->destroyedBy, testUser);
    QCOMPARE(record->destroyedOn, QDate(2026, 3, 2));
    QCOMPARE(record->expiredOn, QDate(2026, 2, 28));
    QCOMPARE(record->proofHash.size(), 64);
    QCOMPARE(record->subjectRef, u"P-%1"_s.arg(c->person.id));
    QVERIFY(record->kept.isEmpty());
    // Each step counted, without a name.
    const QJsonObject counts = record->counts;
    QCOMPARE(counts.value(u"requests"_s).toInt(), 1);
    QCOMPARE(counts.value(u"notes"_s).toInt(), 1);
    QCOMPARE(counts.value(u"attachments"_s).toInt(), 2);
    QCOMPARE(counts.value(u"letters"_s).toInt(), 2); // with the data breach letter
    QCOMPARE(counts.value(u"ap_references"_s).toInt(), 1);
    QCOMPARE(counts.value(u"disclosures"_s).toInt(), 2);
    QCOMPARE(counts.value(u"drafts"_s).toInt(), 3);
    QCOMPARE(counts.value(u"search_rows"_s).toInt(), 1);
    QCOMPARE(counts.value(u"audit_payloads"_s).toInt(), plan.auditEvents);
    // In Dutch words with singular and plural as the count says (never "verstrekking(en)").
    QVERIFY2(record->what.contains(u"2 verstrekkingen losgekoppeld"_s), qPrintable(record->what));
    QVERIFY(record->what.contains(u"3 intakeconcepten verwijderd"_s));
    QVERIFY(record->what.contains(u"1 verzoekdossier;"_s));
    QVERIFY(record->what.contains(u"1 notitie verwijderd"_s));
    QVERIFY(record->what.contains(u"2 bestanden vernietigd"_s));
    QVERIFY(record->what.contains(u"2 brieven vernietigd"_s));
    QVERIFY(record->what.contains(u"1 AP-kenmerk verwijderd"_s));
    QVERIFY(!record->what.contains(u'('));
    QVERIFY(!m_retention->destroyRequestFiles(c->person.id, {}, BsnCheck::Refuse, &error));

    const AuditLog::Verification verification = m_cases->verifyAuditTrail();
    QVERIFY2(verification.ok, qPrintable(verification.reason));
    // The proof: the log entry points at the audit event, whose hash it repeats.
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT hash, action, payload FROM audit_events WHERE seq = ?"_s);
    query.addBindValue(record->auditSeq);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(QString::fromLatin1(query.value(0).toByteArray().toHex()), record->proofHash);
    QCOMPARE(query.value(1).toString(), u"retention.destroyed"_s);
    QVERIFY(query.value(2).toString().contains(c->number));
    query.finish();

    // The files: listed as destroyed with their fingerprints, their bytes unreadable.
    {
        AttachmentService files(Session { *m_store, m_clock });
        const auto kept = files.list(c->number, &error);
        QVERIFY2(kept, qPrintable(error.message));
        QCOMPARE(kept->size(), 2);
        for (const Attachment &file : *kept) {
            QVERIFY(file.isDestroyed());
            QVERIFY(file.name.isEmpty());
            QCOMPARE(file.sha256.size(), 64);
            QVERIFY(file.size > 0);
            QVERIFY(!files.content(c->number, file.id, &error));
            QCOMPARE(error.code, ServiceError::Code::NotFound);
        }
    }
    const Case after = *m_cases->find(c->number);
    QVERIFY(after.description.isEmpty());
    QVERIFY(after.representative.isEmpty());
    // How the representative was authorised and where the letters went name people too.
    QVERIFY(after.representativeMandate.isEmpty());
    QVERIFY(after.representativeAddress.isEmpty());
    QVERIFY(after.motivation.isEmpty());
    QVERIFY(after.noIdentificationReason.isEmpty());
    QCOMPARE(after.refusalGrounds, QList<RefusalGround> { RefusalGround::Art17_3e });
    QVERIFY(m_cases->find(other->number)->person.name == u"Henk Onaangeroerd"_s);
    QVERIFY(m_retention->due({ QDate(2030, 1, 1), 0 }, test::MustRead()).size()
            == 1); // only the other person

    // The disclosures stay as the organisation's proof, without the person: date, recipient,
    // basis, categories and purpose; the one about this person only is anonymous.
    {
        DisclosureService disclosures(Session { *m_store, m_clock });
        const auto first = disclosures.find(alone->id, &error);
        QVERIFY2(first, qPrintable(error.message));
        QVERIFY(first->persons.isEmpty());
        QCOMPARE(first->destroyedPersons, 1); // "1 betrokkene, vernietigd"
        QVERIFY(first->dataText.isEmpty());
        QCOMPARE(first->date, QDate(2024, 1, 15));
        QCOMPARE(first->recipientId, alone->recipientId);
        QCOMPARE(first->data, alone->data);
        QCOMPARE(first->basis, LegalBasis::LegitimateInterest);
        QCOMPARE(first->purpose, u"Incasso betalingsachterstand"_s);
        const auto second = disclosures.find(shared->id, &error);
        QVERIFY2(second, qPrintable(error.message));
        QCOMPARE(second->persons.size(), 1);
        QCOMPARE(second->persons.first().id, other->person.id);
        QCOMPARE(second->destroyedPersons, 1);
        QVERIFY2(second->dataText.contains(u"Onaangeroerd"_s), qPrintable(second->dataText));
        QVERIFY2(second->dataText.contains(u"[vernietigd]"_s), qPrintable(second->dataText));
        QCOMPARE(second->purpose, u"Incasso bij [vernietigd] en Onaangeroerd"_s);
        // The person's own disclosures: none left.
        QVERIFY(disclosures.forPerson(c->person.id, &error).isEmpty());
        QVERIFY(!error.isError());
        QCOMPARE(disclosures.forPerson(other->person.id, &error).size(), 1);
    }
    // Only the other person's intake draft is left; the AP reference and letter text are gone.
    {
        QSqlQuery left(m_store->database());
        QVERIFY(left.exec(u"SELECT count(*) FROM intake_drafts"_s) && left.next());
        QCOMPARE(left.value(0).toInt(), 1);
        QVERIFY(left.exec(u"SELECT count(*) FROM case_ap_references"_s) && left.next());
        QCOMPARE(left.value(0).toInt(), 0);
        QVERIFY(left.exec(u"SELECT body IS NULL, destroyed_at IS NOT NULL, sha256 FROM letters"_s)
                && left.next());
        QVERIFY(left.value(0).toBool());
        QVERIFY(left.value(1).toBool());
        QCOMPARE(left.value(2).toString(), u"aa"_s);
        // On a server the
        // destruction's erasure of the letters' texts, the files, the decisions and the AP
        // reference, and the person's removal from the disclosures, is described by its own
        // event, and so are the intake that kept the files, the AP reference set and the
        // disclosures registered above: none is taken for a change by hand (the letters
        // themselves were put in by hand above, and so described).
        if (m_store->isServer()) {
            QVERIFY(left.exec(u"SELECT count(*) FROM audit_events WHERE action = 'sql.changed' "
                              "AND (payload::jsonb ->> 'table' IN ('case_attachments', "
                              "'case_ap_references', 'case_decisions', 'disclosures', "
                              "'disclosure_persons', 'disclosure_data') OR "
                              "(payload::jsonb ->> 'table' IN ('letters', 'breach_letters') AND "
                              "payload::jsonb ->> 'operation' = 'update'))"_s)
                    && left.next());
            QCOMPARE(left.value(0).toInt(), 0);
        }
        QVERIFY(left.exec(u"SELECT body IS NULL, destroyed_at IS NOT NULL, sha256 FROM "
                          "breach_letters"_s)
                && left.next());
        QVERIFY(left.value(0).toBool());
        QVERIFY(left.value(1).toBool());
        QCOMPARE(left.value(2).toString(), u"bb"_s);
        QVERIFY(left.exec(u"SELECT count(*) FROM breaches"_s) && left.next());
        QCOMPARE(left.value(0).toInt(), 1);
        // The search index: a match on the name finds nothing, the other person still is found.
        QCOMPARE(searchMatches(m_store->database(), u"vlasblom"_s), 0);
        QCOMPARE(searchMatches(m_store->database(), u"onaangeroerd"_s), 1);
    }

    // Close cleanly, reopen with the key and read every table, FTS shadow tables included.
    reopenWithoutTraces(needles);
    if (QTest::currentTestFailed())
        return;
    const QStringList left = personalDataLeft(m_store->database(), needles);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u"; "_s)));
    // Segment blobs store terms prefix-compressed, so also ask the index for its vocabulary.
    const QStringList terms = searchTerms(m_store->database());
    QVERIFY2(terms.contains(u"onaangeroerd"_s), qPrintable(terms.join(u' ')));
    for (const QString &term : { u"quirijn"_s, u"vlasblom"_s, u"klv"_s, u"471122"_s, u"9999xq"_s })
        QVERIFY2(!terms.contains(term), qPrintable(term));
    // The other person is still fully there (the search really reads every table).
    QVERIFY(!personalDataLeft(m_store->database(), { u"Onaangeroerd"_s }).isEmpty());
    QVERIFY(!personalDataLeft(m_store->database(), { u"Blijftstaan"_s }).isEmpty());
    QVERIFY(m_store->verify(nullptr, TrailRows::all()));
    const QList<DestructionRecord> log
        = m_retention->destructionLog(DestructionFilter {}, 0, -1, test::MustRead());
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().counts, counts); // stored with the entry
}

// A person whose financial records must still be kept (art. 52 AWR): everything else is
// destroyed, the name and customer number stay for that rule only (the requests move to an
// anonymous data subject), shown as such; when that item has been recorded as destroyed, the
// rest goes too.
void TestRetention::keptFinancialRecordsKeepOnlyTheMinimum()
{
    const QString name = u"Wilhelmina Kortekaas"_s;
    const QString klantnummer = u"KFIN-2231"_s;
    const QStringList gone { u"Lindenlaan"_s,    u"Zwolle"_s,       u"8011ZZ"_s,
                             u"0611223344"_s,    u"w.kortekaas@"_s, u"tocht-in-de-gang"_s,
                             u"KORTE-UNIEK-4V"_s };
    m_clock.set(noonOn(QDate(2024, 1, 5)));
    NewCase request;
    request.person.name = name;
    request.person.klantnummer = klantnummer;
    request.person.relation = Relation::ExHuurder;
    request.person.street = u"Lindenlaan"_s;
    request.person.houseNumber = u"3"_s;
    request.person.postcode = u"8011 ZZ"_s;
    request.person.city = u"Zwolle"_s;
    request.person.phone = u"0611223344"_s;
    request.person.email = u"w.kortekaas@example.nl"_s;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Email;
    request.receivedDate = QDate(2024, 1, 5);
    request.description = u"Klacht over tocht-in-de-gang"_s;
    ServiceError error;
    const auto c = m_cases->add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));
    m_clock.set(noonOn(QDate(2024, 1, 20)));
    QVERIFY2(m_cases->complete(c->number,
                               test::completion(Outcome::Toegewezen, QDate(2024, 1, 20), u"brief"_s,
                                                {}, {}, test::knownDataSubject),
                               BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const qint64 person = c->person.id;
    // Financial records: 7 years after the end of the tenancy, until 31-12-2031.
    const auto financial
        = m_retention->setItem(person, u"financiele-gegevens"_s, QDate(2024, 12, 31), &error);
    QVERIFY2(financial, qPrintable(error.message));
    QCOMPARE(financial->expires, QDate(2031, 12, 31));
    QVERIFY(addDisclosure({ person }, u"KORTE-UNIEK-4V"_s, u"Incasso"_s, QDate(2024, 1, 10)));
    QVERIFY(IntakeDrafts(Session { *m_store, m_clock })
                .save(IntakeDrafts::Form::PhoneIntake,
                      { { u"name"_s, name }, { u"phone"_s, u"0611223344"_s } }, nullptr, &error));

    m_clock.set(noonOn(QDate(2026, 6, 1))); // the request files expired on 20-01-2026
    const DestructionPlan plan = m_retention->planDestruction(person);
    QVERIFY2(plan.blocker.isEmpty(), qPrintable(plan.blocker));
    QCOMPARE(plan.kept.size(), 1);
    QCOMPARE(plan.kept.first().rule.code, u"financiele-gegevens"_s);
    QVERIFY2(plan.keptText().contains(u"Financiële gegevens until"_s), qPrintable(plan.keptText()));
    QVERIFY(plan.keptText().contains(u"art. 52 AWR"_s));
    QVERIFY(plan.keptText().contains(u"Only the name and customer number"_s));
    QVERIFY(plan.description().contains(plan.keptText()));
    QVERIFY(!plan.description(false).contains(plan.keptText()));
    QVERIFY(plan.description().contains(u"detached"_s));
    QCOMPARE(plan.disclosures, 1);
    QCOMPARE(plan.drafts, 1);

    const auto record = m_retention->destroyRequestFiles(person, {}, BsnCheck::Refuse, &error);
    QVERIFY2(record, qPrintable(error.message));
    QVERIFY2(record->kept.contains(u"Financiële gegevens tot 31-12-2031"_s),
             qPrintable(record->kept));
    QVERIFY(record->kept.contains(u"art. 52 AWR"_s));
    QVERIFY(record->what.contains(u"teruggebracht tot naam en klantnummer"_s));
    QVERIFY(record->what.contains(record->kept));
    QVERIFY(record->subjectRef != u"P-%1"_s.arg(person)); // the requests' anonymous subject

    // The request is destroyed and no longer says whose it was.
    const Case after = *m_cases->find(c->number);
    QVERIFY(after.person.id != person);
    QCOMPARE(after.person.name, u"geanonimiseerd"_s);
    QVERIFY(after.description.isEmpty());
    QCOMPARE(m_retention->planDestruction(after.person.id).blocker,
             u"The request files of this data subject have already been destroyed."_s);
    // Exactly the minimum is kept: the name and customer number, in the person row only.
    QCOMPARE(personalDataLeft(m_store->database(), { name }),
             QStringList { u"persons.name: %1"_s.arg(name) });
    QCOMPARE(personalDataLeft(m_store->database(), { klantnummer }),
             QStringList { u"persons.klantnummer: %1"_s.arg(klantnummer) });
    const QStringList left = personalDataLeft(m_store->database(), gone);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u"; "_s)));
    QCOMPARE(m_retention->reducedPersons(test::MustRead()), QList<qint64> { person });
    QVERIFY(m_retention->personByKlantnummer(klantnummer, test::MustRead()) == person);

    // Shown as such: the item is still there with the name, and destroying more is refused
    // while it runs.
    const QList<RetentionItem> soon
        = m_retention->due({ QDate(2031, 12, 1), 60 }, test::MustRead());
    QCOMPARE(soon.size(), 1);
    QCOMPARE(soon.first().name, name);
    QCOMPARE(soon.first().rule.code, u"financiele-gegevens"_s);
    const DestructionPlan rest = m_retention->planDestruction(person);
    QVERIFY(rest.remainder);
    QVERIFY2(rest.blocker.contains(u"Only the name and customer number"_s),
             qPrintable(rest.blocker));
    QVERIFY(!m_retention->destroyRequestFiles(person, {}, BsnCheck::Refuse, &error));

    // The item expires and its destruction in the ERP is recorded: the rest goes with it.
    m_clock.set(noonOn(QDate(2032, 1, 5)));
    QVERIFY2(m_retention->recordItemDestroyed(financial->id, u"verwijderd uit ERP"_s,
                                              BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY(personalDataLeft(m_store->database(), { name, klantnummer }).isEmpty());
    QVERIFY(m_retention->reducedPersons(test::MustRead()).isEmpty());
    QVERIFY(!m_retention->personByKlantnummer(klantnummer, test::MustRead()));
    const QList<DestructionRecord> log
        = m_retention->destructionLog(DestructionFilter {}, 0, -1, test::MustRead());
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.first().kind, u"item"_s);
    QVERIFY2(log.first().what.contains(u"rest van de betrokkene vernietigd"_s),
             qPrintable(log.first().what));
    QCOMPARE(log.first().subjectRef, u"P-%1"_s.arg(person));
    QCOMPARE(log.first().counts.value(u"requests"_s).toInt(), 0);
    QCOMPARE(log.last().kept, record->kept);
    for (const DestructionRecord &entry : log)
        QVERIFY(!QString(entry.what + entry.kept + entry.ruleText).contains(u"Kortekaas"_s));
    const AuditLog::Verification verification = m_cases->verifyAuditTrail();
    QVERIFY2(verification.ok, qPrintable(verification.reason));
    // On a server the anonymous data subject the requests moved to is described by
    // the destruction that made it (retention.destroyed, in the destroyer's own name), as the
    // intake's request and person are by theirs: nothing here is taken for a change by hand.
    if (m_store->isServer()) {
        QSqlQuery byHand(m_store->database());
        QVERIFY(byHand.exec(u"SELECT count(*) FROM audit_events WHERE action = 'sql.changed'"_s)
                && byHand.next());
        QCOMPARE(byHand.value(0).toInt(), 0);
    }
}

// A person reduced to name and customer number who calls again: the new request attaches to
// them (found by customer number), recording the kept item as destroyed leaves the new request
// alone, and destroying again once its files have expired takes everything.
void TestRetention::reducedPersonWhoComesBackIsDestroyedAgain()
{
    const auto first
        = addClosedCase(u"Teun Terugkeer"_s, u"KTT-1"_s, QDate(2024, 1, 2), QDate(2024, 1, 20));
    QVERIFY(first);
    const qint64 person = first->person.id;
    ServiceError error;
    const auto financial
        = m_retention->setItem(person, u"financiele-gegevens"_s, QDate(2024, 12, 31), &error);
    QVERIFY2(financial, qPrintable(error.message));
    m_clock.set(noonOn(QDate(2026, 6, 1)));
    QVERIFY2(m_retention->destroyRequestFiles(person, {}, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QCOMPARE(m_retention->reducedPersons(test::MustRead()), QList<qint64> { person });

    // He calls again: the request is his (by customer number), with a new phone number.
    m_clock.set(noonOn(QDate(2027, 3, 1)));
    NewCase request;
    request.person.klantnummer = u"KTT-1"_s;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Telefoon;
    request.receivedDate = QDate(2027, 3, 1);
    request.description = u"Belt opnieuw over terugkeer-vraag"_s;
    const auto again = m_cases->add(request, BsnCheck::Refuse, &error);
    QVERIFY2(again, qPrintable(error.message));
    QCOMPARE(again->person.id, person);
    QVERIFY(m_retention->reducedPersons(test::MustRead()).isEmpty()); // holds more again
    QVERIFY2(m_cases->complete(again->number,
                               test::completion(Outcome::Toegewezen, QDate(2027, 3, 1), u"brief"_s,
                                                {}, {}, test::knownDataSubject),
                               BsnCheck::Refuse, &error),
             qPrintable(error.message));
    // The financial records are destroyed in the ERP: the new request stays, and so does he.
    m_clock.set(noonOn(QDate(2032, 1, 5)));
    QVERIFY2(m_retention->recordItemDestroyed(financial->id, u"verwijderd uit ERP"_s,
                                              BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QCOMPARE(m_cases->find(again->number)->person.name, u"Teun Terugkeer"_s);
    // Its own files have expired by now: destroying again takes everything.
    const DestructionPlan plan = m_retention->planDestruction(person);
    QVERIFY2(plan.blocker.isEmpty(), qPrintable(plan.blocker));
    QCOMPARE(plan.caseNumbers, QStringList { again->number });
    QVERIFY(plan.kept.isEmpty());
    QVERIFY2(m_retention->destroyRequestFiles(person, {}, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const QStringList left = personalDataLeft(m_store->database(),
                                              { u"Terugkeer"_s, u"KTT-1"_s, u"terugkeer-vraag"_s });
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u"; "_s)));
    QCOMPARE(m_retention->destructionLog(DestructionFilter {}, 0, -1, test::MustRead()).size(), 3);
}

qint64 TestRetention::addErpPerson(const QString &name, const QString &klantnummer,
                                   const QString &street, const QString &phone,
                                   const QString &email, const QString &postcode)
{
    QSqlQuery query(m_store->database());
    // With its sort key, as the import writes it (a server derives it itself).
    query.prepare(u"INSERT INTO persons (name, sort_name, relation, klantnummer, street, "
                  "house_number, postcode, city, phone, email, relation_end, created_at, "
                  "created_by) VALUES (?, ?, 'ex-huurder', ?, ?, '12', ?, 'Enschede', ?, ?, "
                  "'2023-12-31', ?, 'import')"_s);
    query.addBindValue(name);
    query.addBindValue(sortKey(name));
    query.addBindValue(klantnummer);
    query.addBindValue(street);
    query.addBindValue(postcode);
    query.addBindValue(phone);
    query.addBindValue(email);
    query.addBindValue(m_clock.now().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

// An ex-tenant imported from the ERP only, with two retention items. Recording the
// first destroyed leaves them (and the page is told what keeps them); recording the last one
// destroys Privacydesk's own copy of their details too, in the same step, with nothing left in
// any table or in the store's files, the log naming no one and the audit chain intact. While
// a legal hold is open nothing goes.
void TestRetention::personWithoutRequestsGoesWithTheirLastItem()
{
    const QString name = u"Ymke Erpvanger"_s;
    const QString klantnummer = u"KERP-5521"_s;
    const QStringList needles {
        name,        u"Erpvanger"_s,  klantnummer,       u"Wilgenhofweg"_s,    u"7511 QZ"_s,
        u"7511QZ"_s, u"0655443322"_s, u"y.erpvanger@"_s, u"ERP-VERSTREKT-6T"_s
    };
    m_clock.set(noonOn(QDate(2024, 1, 2)));
    const qint64 person = addErpPerson(name, klantnummer);
    QVERIFY(person > 0);
    const qint64 other = addErpPerson(u"Harm Vasthouder"_s, u"KERP-7700"_s, u"Eikenlaan"_s,
                                      u"0611009988"_s, u"h.vasthouder@example.nl"_s, u"7522 AB"_s);
    QVERIFY(other > 0);
    QVERIFY(addDisclosure({ person }, u"ERP-VERSTREKT-6T"_s, u"Incasso"_s, QDate(2024, 1, 2)));
    ServiceError error;
    QVERIFY(IntakeDrafts(Session { *m_store, m_clock })
                .save(IntakeDrafts::Form::PhoneIntake,
                      { { u"name"_s, name }, { u"phone"_s, u"06 5544 3322"_s } }, nullptr, &error));
    // Camera footage (4 weeks) and the tenant's contact data (after the end of the tenancy).
    const auto footage
        = m_retention->setItem(person, u"camerabeelden"_s, QDate(2024, 1, 2), &error);
    QVERIFY2(footage, qPrintable(error.message));
    const auto contact
        = m_retention->setItem(person, u"contactgegevens-huurder"_s, QDate(2023, 12, 31), &error);
    QVERIFY2(contact, qPrintable(error.message));
    QVERIFY(contact->expires > footage->expires);
    const auto held = m_retention->setItem(other, u"camerabeelden"_s, QDate(2024, 1, 2), &error);
    QVERIFY2(held, qPrintable(error.message));
    QVERIFY2(m_retention->placeHold(other, u"Rechtszaak over de huurachterstand"_s,
                                    BsnCheck::Refuse, &error),
             qPrintable(error.message));

    // The footage has expired, the contact data run on: the plan says what is kept and until
    // when, never "no request files".
    m_clock.set(noonOn(footage->expires.addDays(1)));
    DestructionPlan plan = m_retention->planDestruction(person);
    QVERIFY(plan.withoutRequests);
    QVERIFY2(plan.blocker.contains(contact->rule.category), qPrintable(plan.blocker));
    QVERIFY(plan.blocker.contains(QLocale().toString(contact->expires, QLocale::ShortFormat)));
    QVERIFY(!plan.blocker.contains(u"request files"_s));
    QVERIFY(!m_retention->destroyRequestFiles(person, {}, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);

    QString outcome;
    QVERIFY2(m_retention->recordItemDestroyed(footage->id, u"Beelden overschreven"_s,
                                              BsnCheck::Refuse, &error, &outcome),
             qPrintable(error.message));
    QVERIFY2(outcome.startsWith(u"Kept: "_s), qPrintable(outcome));
    QVERIFY(outcome.contains(contact->rule.category));
    // Still all there: the contact data run on.
    for (const QString &needle : { name, klantnummer, u"Wilgenhofweg"_s, u"0655443322"_s })
        QVERIFY2(!personalDataLeft(m_store->database(), { needle }).isEmpty(), qPrintable(needle));
    QVERIFY(m_retention->personByKlantnummer(klantnummer, test::MustRead()) == person);

    // The held person: recording is refused, and so is destroying.
    QVERIFY(!m_retention->recordItemDestroyed(held->id, u"Beelden overschreven"_s, BsnCheck::Refuse,
                                              &error));
    QVERIFY2(error.message.contains(u"legal hold"_s), qPrintable(error.message));
    const DestructionPlan heldPlan = m_retention->planDestruction(other);
    QVERIFY2(heldPlan.blocker.contains(u"legal hold"_s), qPrintable(heldPlan.blocker));
    QVERIFY(!m_retention->destroyRequestFiles(other, {}, BsnCheck::Refuse, &error));

    // The contact data expire and are destroyed in the ERP: Privacydesk's copy goes with them.
    m_clock.set(noonOn(contact->expires.addDays(3)));
    QVERIFY2(m_retention->recordItemDestroyed(contact->id, u"Verwijderd uit het ERP"_s,
                                              BsnCheck::Refuse, &error, &outcome),
             qPrintable(error.message));
    QVERIFY2(outcome.contains(u"destroyed too"_s), qPrintable(outcome));
    QVERIFY(!m_retention->personByKlantnummer(klantnummer, test::MustRead()));
    QVERIFY(m_retention->personByKlantnummer(u"KERP-7700"_s, test::MustRead()) == other);
    QCOMPARE(m_retention->planDestruction(person).blocker,
             u"The request files of this data subject have already been destroyed."_s);
    QStringList left = personalDataLeft(m_store->database(), needles);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u"; "_s)));
    // The disclosure stays as proof, without the person.
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec(u"SELECT destroyed_persons, (SELECT count(*) FROM disclosure_persons) "
                       "FROM disclosures"_s)
            && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(1).toInt(), 0);
    query.finish();

    // An entry per step, without personal data; the second counts what went.
    const QList<DestructionRecord> log
        = m_retention->destructionLog(DestructionFilter {}, 0, -1, test::MustRead());
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.last().kind, u"item"_s);
    QVERIFY(log.last().counts.isEmpty());
    QCOMPARE(log.first().kind, u"item"_s);
    QVERIFY2(log.first().what.contains(u"gegevens van de betrokkene in Privacydesk vernietigd"_s),
             qPrintable(log.first().what));
    QCOMPARE(log.first().counts.value(u"disclosures"_s).toInt(), 1);
    QCOMPARE(log.first().counts.value(u"drafts"_s).toInt(), 1);
    QVERIFY(log.first().counts.value(u"audit_payloads"_s).toInt() > 0);
    for (const DestructionRecord &entry : log) {
        QCOMPARE(entry.subjectRef, u"P-%1"_s.arg(person));
        const QString text = entry.what + entry.kept + entry.ruleText + entry.method;
        for (const QString &needle : needles)
            QVERIFY2(!text.contains(needle, Qt::CaseInsensitive), qPrintable(needle));
    }
    const AuditLog::Verification verification = m_cases->verifyAuditTrail();
    QVERIFY2(verification.ok, qPrintable(verification.reason));

    // Nothing in the raw files of the store either, once closed; and nothing after reopening.
    reopenWithoutTraces(needles);
    if (QTest::currentTestFailed())
        return;
    left = personalDataLeft(m_store->database(), needles);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u"; "_s)));
    QVERIFY(!personalDataLeft(m_store->database(), { u"Vasthouder"_s }).isEmpty());
}

// A person without requests whose items have all expired: destroying keeps the name and
// customer number for the item not yet recorded as destroyed, and recording it takes the rest;
// one without any item left goes whole.
void TestRetention::personWithoutRequestsIsDestroyedOnceEverythingExpired()
{
    m_clock.set(noonOn(QDate(2024, 1, 2)));
    const qint64 person = addErpPerson(u"Ymke Erpvanger"_s, u"KERP-5521"_s);
    QVERIFY(person > 0);
    ServiceError error;
    const auto footage
        = m_retention->setItem(person, u"camerabeelden"_s, QDate(2024, 1, 2), &error);
    QVERIFY2(footage, qPrintable(error.message));
    m_clock.set(noonOn(footage->expires.addDays(1)));
    const DestructionPlan plan = m_retention->planDestruction(person);
    QVERIFY2(plan.blocker.isEmpty(), qPrintable(plan.blocker));
    QVERIFY(plan.withoutRequests);
    QCOMPARE(plan.kept.size(), 1);
    QVERIFY2(plan.description().contains(u"has no requests"_s), qPrintable(plan.description()));
    QVERIFY(plan.keptText().contains(u"not yet recorded as destroyed"_s));
    const auto record = m_retention->destroyRequestFiles(person, {}, BsnCheck::Refuse, &error);
    QVERIFY2(record, qPrintable(error.message + u' ' + error.detail));
    QCOMPARE(record->kind, u"item"_s);
    QCOMPARE(record->subjectRef, u"P-%1"_s.arg(person));
    QVERIFY(record->caseNumbers.isEmpty());
    QVERIFY(record->what.contains(u"teruggebracht tot naam en klantnummer"_s));
    // The name, and its sort key, which holds the same words.
    QCOMPARE(personalDataLeft(m_store->database(), { u"Erpvanger"_s }),
             (QStringList { u"persons.name: Erpvanger"_s, u"persons.sort_name: Erpvanger"_s }));
    QVERIFY(
        personalDataLeft(m_store->database(), { u"Wilgenhofweg"_s, u"0655443322"_s }).isEmpty());
    QCOMPARE(m_retention->reducedPersons(test::MustRead()), QList<qint64> { person });
    QString outcome;
    QVERIFY2(m_retention->recordItemDestroyed(footage->id, u"Beelden overschreven"_s,
                                              BsnCheck::Refuse, &error, &outcome),
             qPrintable(error.message));
    QVERIFY(personalDataLeft(m_store->database(), { u"Erpvanger"_s, u"KERP-5521"_s }).isEmpty());

    // No item at all (or all recorded): everything goes at once.
    const qint64 bare = addErpPerson(u"Bart Zonderitem"_s, u"KERP-0001"_s);
    QVERIFY(bare > 0);
    const DestructionPlan whole = m_retention->planDestruction(bare);
    QVERIFY2(whole.blocker.isEmpty(), qPrintable(whole.blocker));
    QVERIFY(whole.kept.isEmpty());
    QVERIFY(whole.description().contains(u"nothing of the data subject remains"_s));
    QVERIFY2(m_retention->destroyRequestFiles(bare, u"verwijderd"_s, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY(personalDataLeft(m_store->database(),
                             { u"Zonderitem"_s, u"KERP-0001"_s, u"Wilgenhofweg"_s })
                .isEmpty());
    QCOMPARE(m_retention->destructionLog(DestructionFilter {}, 0, -1, test::MustRead()).size(), 3);
}

void TestRetention::bsnGuardOnFreeText()
{
    const QString number = elfProefNumber();
    QVERIFY(!number.isEmpty());
    const auto c = addClosedCase(u"I. Jansen"_s, u"K900"_s, QDate(2024, 1, 2), QDate());
    QVERIFY(c);
    ServiceError error;
    const QString reason = u"klacht "_s + number;
    QVERIFY(!m_retention->placeHold(c->person.id, reason, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QVERIFY(!error.message.contains(number));
    QVERIFY(!m_retention->holdFor(c->person.id, test::MustRead()));
    QVERIFY2(m_retention->placeHold(c->person.id, reason, BsnCheck::ConfirmedNotBsn, &error),
             qPrintable(error.message));
    const QList<AuditEvent> events
        = AuditLog(m_store->database(), m_store->info().storeId.toString(QUuid::WithoutBraces))
              .eventsFor(u"person"_s, QString::number(c->person.id));
    QCOMPARE(events.last().action, u"bsn.override"_s);
    QVERIFY(!QJsonDocument(events.last().payload).toJson().contains(number.toUtf8()));

    RetentionRule rule = *m_retention->rule(u"camerabeelden"_s, test::MustRead());
    rule.legalGround = u"Besluit "_s + number;
    QVERIFY(!m_retention->saveRule(rule, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
}

// A failed read is an error, never an empty list, a zero, "no hold" or "no such person" (issue
// 15): each table the planner reads is renamed away on the store's own connection, and every read
// that depends on it must report a Storage error, the destruction plan must block on it and no
// destruction may run on a plan that could not be read.
void TestRetention::readsFailAsErrors()
{
    const auto c = addClosedCase(u"H. Leeg"_s, u"K700"_s, QDate(2024, 1, 2), QDate(2024, 1, 20));
    QVERIFY(c);
    const qint64 person = c->person.id;
    m_clock.set(noonOn(QDate(2027, 6, 1))); // the request files have expired: destroyable
    const QDate on = m_clock.today();
    const DueQuery everything { on, 3650 };
    QVERIFY(!m_retention->due(everything, test::MustRead()).isEmpty());
    QVERIFY(m_retention->countDue(everything, test::MustRead()) > 0);
    QVERIFY(m_retention->planDestruction(person).blocker.isEmpty());

    const auto renamed = [this](const QString &from, const QString &to) {
        return renameTable(m_store->database(), from, to);
    };
    const auto storageError = [](const ServiceError &e) {
        return e.code == ServiceError::Code::Storage && !e.message.isEmpty();
    };
    struct Reads
    {
        QString table;
        QStringList failing; // the reads that must report the failure
    };
    const QList<Reads> all {
        { u"retention_rules"_s,
          { u"rules"_s, u"rule"_s, u"itemsFor"_s, u"due"_s, u"countDue"_s, u"plan"_s } },
        { u"retention_holds"_s, { u"holds"_s, u"holdsOn"_s, u"holdFor"_s, u"due"_s, u"plan"_s } },
        { u"retention_items"_s, { u"itemsFor"_s, u"due"_s, u"countDue"_s, u"plan"_s } },
        { u"retention_destructions"_s, { u"log"_s, u"logCount"_s } },
        { u"case_notes"_s, { u"plan"_s } },
        { u"cases"_s, { u"personByCase"_s, u"plan"_s } },
        { u"persons"_s, { u"personByKlantnummer"_s, u"plan"_s } },
    };
    for (const Reads &reads : all) {
        QVERIFY2(renamed(reads.table, u"weg"_s), qPrintable(reads.table));
        QMap<QString, ServiceError> seen;
        m_retention->rules(&seen[u"rules"_s]);
        m_retention->rule(u"camerabeelden"_s, &seen[u"rule"_s]);
        m_retention->itemsFor(person, on, 30, &seen[u"itemsFor"_s]);
        m_retention->due(everything, &seen[u"due"_s]);
        m_retention->countDue(everything, &seen[u"countDue"_s]);
        m_retention->holds(&seen[u"holds"_s]);
        m_retention->holdsOn(on, &seen[u"holdsOn"_s]);
        m_retention->holdFor(person, &seen[u"holdFor"_s]);
        m_retention->destructionLog(DestructionFilter {}, 0, -1, &seen[u"log"_s]);
        m_retention->destructionCount(DestructionFilter {}, &seen[u"logCount"_s]);
        m_retention->personByCase(c->number, &seen[u"personByCase"_s]);
        m_retention->personByKlantnummer(u"K700"_s, &seen[u"personByKlantnummer"_s]);
        const DestructionPlan plan = m_retention->planDestruction(person);
        seen[u"plan"_s] = plan.failure;
        for (const QString &read : reads.failing) {
            QVERIFY2(storageError(seen.value(read)),
                     qPrintable(reads.table + u": "_s + read + u" did not report the failure"_s));
        }
        if (reads.failing.contains(u"plan"_s)) {
            QCOMPARE(plan.blocker, plan.failure.message); // blocks, and says why
            ServiceError destroyError;
            QVERIFY(!m_retention->destroyRequestFiles(person, {}, BsnCheck::Refuse, &destroyError));
            QCOMPARE(destroyError.code, ServiceError::Code::Storage);
        }
        QVERIFY2(renamed(u"weg"_s, reads.table), qPrintable(reads.table));
    }
    // Nothing was destroyed, and every read works again.
    QCOMPARE(m_retention->destructionCount(DestructionFilter {}, test::MustRead()), 0);
    QCOMPARE(m_cases->find(c->number)->person.name, u"H. Leeg"_s);
    QCOMPARE(m_retention->personByKlantnummer(u"K700"_s, test::MustRead()), person);

    // An error left in the caller's variable by an earlier call does not make a write fail.
    ServiceError stale(ServiceError::Code::Storage, u"earlier"_s);
    QVERIFY2(m_retention->setItem(person, u"camerabeelden"_s, QDate(2027, 5, 1), &stale),
             qPrintable(stale.message));
    QVERIFY(m_retention->placeHold(person, u"Open klacht"_s, BsnCheck::Refuse, &stale));
    QCOMPARE(m_retention->holdsOn(on, test::MustRead()).size(), 1);
    QVERIFY(m_retention->releaseHold(person, &stale));
}

void TestRetention::reopenWithoutTraces(const QStringList &needles)
{
    // The raw files are a store folder's; a server store's rows are read again below.
    const bool folder = testBackend() == Backend::Folder;
    if (folder)
        QVERIFY(execSql(m_store->database(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    m_retention.reset();
    m_cases.reset();
    m_store.reset();
    const QString dir = m_dir->filePath(u"kluis"_s);
    for (const QString &needle : needles) {
        if (folder)
            QVERIFY2(filesContaining(dir, needle.toUtf8()).isEmpty(), qPrintable(needle));
    }
    StoreError storeError;
    m_store = openServiceStore(dir, &storeError);
    QVERIFY2(m_store, qPrintable(storeError.message()));
    m_cases = std::make_unique<CaseService>(Session { *m_store, m_clock });
    m_retention = std::make_unique<RetentionService>(Session { *m_store, m_clock });
}

QTEST_MAIN(TestRetention)
#include "tst_retention.moc"
