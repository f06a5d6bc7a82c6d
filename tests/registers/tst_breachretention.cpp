// The data-breach register under its retention rule "datalekkenregister", on a real
// encrypted store with "today" pinned by the fixture's clock: a closed breach comes due on the
// day its closing day (in Amsterdam) plus the rule's period is reached, an open one never;
// destroying it clears every free text, the linked persons, the letters and the audit details,
// keeps the register's skeleton, logs a destruction without personal data and leaves an audit
// chain that verifies; only the roles that manage the registers may do it, and a write that
// fails leaves the breach as it was.

#include "BreachDocumentFixture.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "breaches/BreachService.h"
#include "crypto/SecureBytes.h"
#include "letters/BreachLetters.h"
#include "reports/DashboardService.h"
#include "retention/Retention.h"
#include "session/Session.h"
#include "store/Store.h"
#include "users/UserService.h"
#include "util/Translations.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

const QString kcc = u"k.smit"_s;
const QString kccPassword = u"wachtwoord-van-smit"_s;
const QString auditor = u"a.visser"_s;
const QString auditorPassword = u"wachtwoord-van-visser"_s;

const QString followUpText = u"Ook de buren op nummer 14 kregen een brief van Jansen."_s;
const QString publicNoticeReason = u"Niet alle 120 huurders zijn bekend; bericht in de hal."_s;
const QString noticeHow = u"Bericht in de hal van complex De Meeuw"_s;
const QString apReason = u"Gezondheidsgegevens van Jansen: altijd melden."_s;

// The texts of the fixture's breach and of this test that name people or say what happened:
// none may be left anywhere in the store once the breach is destroyed.
QStringList breachTexts()
{
    return { u"Brief met huurachterstand naar verkeerd adres"_s,
             BreachDocumentFixture::description(),
             BreachDocumentFixture::consequences(),
             BreachDocumentFixture::subjectsDescription(),
             BreachDocumentFixture::subjectsConsequences(),
             BreachDocumentFixture::subjectsMeasures(),
             BreachDocumentFixture::measuresTaken(),
             BreachDocumentFixture::lateReason(),
             u"Huurders van complex De Meeuw"_s,
             u"Adressen komen uit het woningbeheersysteem."_s,
             u"Financiële gegevens van kwetsbare huurders."_s,
             followUpText,
             publicNoticeReason,
             noticeHow,
             apReason };
}

// Every value of every table that contains one of needles: "table.column: needle".
QStringList textsLeft(const QSqlDatabase &db, const QStringList &needles)
{
    QStringList found;
    const QStringList tables = storeTables(db);
    if (tables.isEmpty())
        return { u"cannot list tables"_s };
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery rows(db);
        if (!rows.exec(u"SELECT * FROM \"%1\""_s.arg(table))) {
            found << u"cannot read %1"_s.arg(table);
            continue;
        }
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i) {
                const QVariant value = rows.value(i);
                const QByteArray bytes = value.typeId() == QMetaType::QByteArray
                    ? value.toByteArray()
                    : value.toString().toUtf8();
                for (const QString &needle : needles) {
                    if (bytes.contains(needle.toUtf8()))
                        found << u"%1.%2: %3"_s.arg(table, record.fieldName(i), needle);
                }
            }
        }
    }
    found.removeDuplicates();
    return found;
}

// One value of the breach's row.
QVariant breachValue(const QSqlDatabase &db, const QString &number, const QString &column)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT %1 FROM breaches WHERE number = ?"_s.arg(column));
    query.addBindValue(number);
    if (!query.exec() || !query.next())
        return u"<read failed: %1>"_s.arg(query.lastError().text());
    return query.value(0);
}

int countWhere(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

QList<RetentionItem> breachItems(const QList<RetentionItem> &items)
{
    QList<RetentionItem> breaches;
    for (const RetentionItem &item : items)
        if (item.isBreach())
            breaches << item;
    return breaches;
}

} // namespace

class TestBreachRetention final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void ruleRunsFromTheClosing();
    void dueExactlyOnClosingPlusPeriod();
    void openBreachNeverDue();
    void destructionClearsTheTextsAndKeepsTheSkeleton();
    void destroyedBreachCannotBeChanged();
    void kccAndAuditorCannotDestroy();
    void failedWriteLeavesTheBreach();
    void failedReadIsAnError();
    void dashboardCountsTheBreaches();

private:
    // The fixture's breach with everything a breach can hold, closed late on 10 April 2026
    // (after midnight in Amsterdam: closed on 11 April there). Its number, or empty.
    QString closedBreach();
    FixedClock &clock() { return m_fixture->clock(); }
    void at(QDate day) { clock().set(QDateTime(day, QTime(10, 0), Qt::UTC)); }

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<BreachDocumentFixture> m_fixture;
};

void TestBreachRetention::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
    QVERIFY(installTranslations(UiLanguage::English));
}

void TestBreachRetention::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    m_fixture = std::make_unique<BreachDocumentFixture>(*m_store);
}

void TestBreachRetention::cleanup()
{
    if (m_store) {
        const AuditLog::Verification verification
            = CaseService(Session { *m_store }).verifyAuditTrail();
        QVERIFY2(verification.ok, qPrintable(verification.reason));
    }
    m_fixture.reset();
    m_store.reset();
    m_dir.reset();
}

QString TestBreachRetention::closedBreach()
{
    const QString number = m_fixture->breach();
    if (number.isEmpty()) {
        qWarning("fixture: %s", qPrintable(m_fixture->error()));
        return {};
    }
    ServiceError error;
    BreachService breaches(Session { *m_store, clock() });
    BreachLetterService letters(Session { *m_store, clock() });
    at(QDate(2026, 4, 2));
    const auto letter
        = letters.generate(number, m_fixture->linkedPerson(), BsnCheck::Refuse, &error);
    const bool ok = letter
        && letters.recordDispatch(number, letter->id, QDate(2026, 4, 2), u"per post"_s,
                                  BsnCheck::Refuse, &error)
        && breaches.recordApDecision(number, true, apReason, BsnCheck::Refuse, &error)
        && breaches.addFollowUp(number,
                                { 0,
                                  BreachFollowUpKind::Aanvullen,
                                  clock().now().addSecs(-60),
                                  u"M-2026-0417"_s,
                                  followUpText,
                                  {} },
                                BsnCheck::Refuse, &error)
        && breaches.notifySubjects(number,
                                   { QDate(2026, 4, 2), noticeHow, {}, true, publicNoticeReason },
                                   BsnCheck::Refuse, &error);
    if (!ok) {
        qWarning("%s", qPrintable(error.message));
        return {};
    }
    // 22:30 UTC is 00:30 on 11 April in Amsterdam (summer time).
    clock().set(QDateTime(QDate(2026, 4, 10), QTime(22, 30), Qt::UTC));
    if (!breaches.close(number, &error)) {
        qWarning("%s", qPrintable(error.message));
        return {};
    }
    return number;
}

void TestBreachRetention::ruleRunsFromTheClosing()
{
    RetentionService retention(Session { *m_store, clock() });
    const auto rule = retention.rule(u"datalekkenregister"_s, MustRead());
    QVERIFY(rule);
    QVERIFY(rule->isBreachRegister());
    QCOMPARE(rule->periodText(), u"5 years after the breach was closed"_s);
    QCOMPARE(rule->triggerText(), u"the breach was closed"_s);
    QVERIFY(!rule->isDerived());
    // As avg-verzoekdossiers says "na afronding verzoek", in Dutch.
    QVERIFY(installTranslations(UiLanguage::Dutch));
    const QString dutch = rule->periodText();
    QVERIFY(installTranslations(UiLanguage::English));
    QCOMPARE(dutch, u"5 jaar na afsluiten van het datalek"_s);

    // Its trigger is fixed; its period may change; no item is registered by hand.
    RetentionRule changed = *rule;
    changed.trigger = RetentionTrigger::EndOfRelation;
    QVERIFY(!RetentionService::checkRule(changed).isEmpty());
    ServiceError error;
    QVERIFY(!retention.saveRule(changed, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    changed = *rule;
    changed.relations = { u"huurder"_s };
    QVERIFY(!retention.saveRule(changed, BsnCheck::Refuse, &error));
    changed = *rule;
    changed.period = { 1, RetentionUnit::Years };
    QVERIFY2(retention.saveRule(changed, BsnCheck::Refuse, &error), qPrintable(error.message));
    QCOMPARE(retention.rule(u"datalekkenregister"_s, MustRead())->period, changed.period);
    QCOMPARE(retention.rule(u"datalekkenregister"_s, MustRead())->trigger, RetentionTrigger::Other);
    QVERIFY2(!m_fixture->breach().isEmpty(), qPrintable(m_fixture->error()));
    QVERIFY(!retention.setItem(m_fixture->linkedPerson(), u"datalekkenregister"_s,
                               QDate(2026, 1, 1), &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
}

void TestBreachRetention::dueExactlyOnClosingPlusPeriod()
{
    const QString number = closedBreach();
    QVERIFY(!number.isEmpty());
    RetentionService retention(Session { *m_store, clock() });

    // Closed on 11 April 2026 (Amsterdam) + 5 years: due from 11 April 2031, not a day before.
    QVERIFY(breachItems(retention.due({ QDate(2031, 4, 10) }, MustRead())).isEmpty());
    QCOMPARE(retention.countDue({ QDate(2031, 4, 10) }, MustRead()), 0);
    QList<RetentionItem> soon = breachItems(retention.due({ QDate(2031, 4, 10), 1 }, MustRead()));
    QCOMPARE(soon.size(), 1);
    QCOMPARE(soon.first().state, RetentionState::ExpiringSoon);
    const QList<RetentionItem> due = breachItems(retention.due({ QDate(2031, 4, 11) }, MustRead()));
    QCOMPARE(due.size(), 1);
    const RetentionItem &item = due.first();
    QCOMPARE(item.breachNumber, number);
    QCOMPARE(item.id, 0);
    QCOMPARE(item.personId, 0);
    QCOMPARE(item.trigger, QDate(2026, 4, 11));
    QCOMPARE(item.expires, QDate(2031, 4, 11));
    QCOMPARE(item.state, RetentionState::Expired);
    QCOMPARE(item.rule.code, u"datalekkenregister"_s);
    QCOMPARE(item.name, u"Brief met huurachterstand naar verkeerd adres"_s);
    QVERIFY(item.caseNumbers.isEmpty());
    QCOMPARE(retention.countDue({ QDate(2031, 4, 11) }, MustRead()), 1);
    // Only the breach register's items, and only the others'.
    DueQuery byRule { QDate(2031, 4, 11) };
    byRule.ruleCode = u"datalekkenregister"_s;
    QCOMPARE(retention.due(byRule, MustRead()).size(), 1);
    QCOMPARE(retention.countDue(byRule, MustRead()), 1);
    byRule.ruleCode = u"camerabeelden"_s;
    QVERIFY(retention.due(byRule, MustRead()).isEmpty());
    QCOMPARE(retention.countDue(byRule, MustRead()), 0);
    // Only what expires after the reference date; only from a day on.
    DueQuery ahead { QDate(2031, 4, 10), 30 };
    ahead.includeExpired = false;
    QCOMPARE(breachItems(retention.due(ahead, MustRead())).size(), 1);
    ahead.on = QDate(2031, 4, 11);
    QVERIFY(breachItems(retention.due(ahead, MustRead())).isEmpty());
    DueQuery from { QDate(2031, 6, 1) };
    from.from = QDate(2031, 4, 12);
    QVERIFY(breachItems(retention.due(from, MustRead())).isEmpty());
    from.from = QDate(2031, 4, 11);
    QCOMPARE(breachItems(retention.due(from, MustRead())).size(), 1);
    // As it stood on a day before the closing: not yet closed, so nothing.
    DueQuery before { QDate(2026, 4, 10), 3650 };
    before.asOfOn = true;
    QVERIFY(breachItems(retention.due(before, MustRead())).isEmpty());
    before.on = QDate(2026, 4, 11);
    QCOMPARE(breachItems(retention.due(before, MustRead())).size(), 1);

    // Destruction follows today, not the reference date.
    at(QDate(2031, 4, 10));
    BreachDestructionPlan plan = retention.planBreachDestruction(number);
    QVERIFY2(plan.blocker.contains(u"runs until"_s), qPrintable(plan.blocker));
    ServiceError error;
    QVERIFY(!retention.destroyBreach(number, {}, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QCOMPARE(BreachService(Session { *m_store, clock() }).get(number, MustRead())->title,
             u"Brief met huurachterstand naar verkeerd adres"_s);
    at(QDate(2031, 4, 11));
    plan = retention.planBreachDestruction(number);
    QVERIFY2(plan.blocker.isEmpty(), qPrintable(plan.blocker));
    QCOMPARE(plan.closedOn, QDate(2026, 4, 11));
    QCOMPARE(plan.expires, QDate(2031, 4, 11));
    QCOMPARE(plan.linkedPersons, 1);
    QCOMPARE(plan.letters, 1);
    QCOMPARE(plan.followUps, 1);
    QVERIFY(plan.freeTexts >= 10);
    QVERIFY(plan.auditEvents > 5);
    QVERIFY(plan.description().contains(u"cannot be undone"_s));

    // A shorter period brings it forward: the rule's period is the officer's.
    at(QDate(2026, 6, 1));
    auto rule = *retention.rule(u"datalekkenregister"_s, MustRead());
    rule.period = { 18, RetentionUnit::Months };
    QVERIFY(retention.saveRule(rule, BsnCheck::Refuse, &error));
    QVERIFY(breachItems(retention.due({ QDate(2027, 10, 10) }, MustRead())).isEmpty());
    QCOMPARE(breachItems(retention.due({ QDate(2027, 10, 11) }, MustRead())).first().expires,
             QDate(2027, 10, 11));
}

void TestBreachRetention::openBreachNeverDue()
{
    const QString number = m_fixture->breach();
    QVERIFY2(!number.isEmpty(), qPrintable(m_fixture->error()));
    RetentionService retention(Session { *m_store, clock() });
    QVERIFY(breachItems(retention.due({ QDate(2099, 1, 1), 3650 }, MustRead())).isEmpty());
    at(QDate(2099, 1, 1));
    const BreachDestructionPlan plan = retention.planBreachDestruction(number);
    QVERIFY2(plan.blocker.contains(u"still open"_s), qPrintable(plan.blocker));
    ServiceError error;
    QVERIFY(!retention.destroyBreach(number, {}, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);

    // Closed and reopened: open again, so not due either.
    BreachService breaches(Session { *m_store, clock() });
    at(QDate(2026, 4, 10));
    QVERIFY(breaches.recordSubjectsDecision(number, false, u"Geen adres bekend"_s, BsnCheck::Refuse,
                                            &error));
    QVERIFY2(breaches.close(number, &error), qPrintable(error.message));
    QCOMPARE(breachItems(retention.due({ QDate(2099, 1, 1) }, MustRead())).size(), 1);
    QVERIFY(breaches.reopen(number, &error));
    QVERIFY(breachItems(retention.due({ QDate(2099, 1, 1) }, MustRead())).isEmpty());
    QCOMPARE(retention.countDue({ QDate(2099, 1, 1) }, MustRead()), 0);
    QVERIFY(!retention.planBreachDestruction(u"DL-2026-0099"_s).blocker.isEmpty());
}

void TestBreachRetention::destructionClearsTheTextsAndKeepsTheSkeleton()
{
    const QString number = closedBreach();
    QVERIFY(!number.isEmpty());
    QSqlDatabase db = m_store->database();
    const auto before = BreachService(Session { *m_store, clock() }).get(number, MustRead());
    QVERIFY(before);
    QVERIFY(textsLeft(db, breachTexts()).size() > 5); // the test would see them

    at(QDate(2031, 4, 11));
    RetentionService retention(Session { *m_store, clock() });
    ServiceError error;
    const auto record
        = retention.destroyBreach(number, u"vernietigd in Privacydesk"_s, BsnCheck::Refuse, &error);
    QVERIFY2(record, qPrintable(error.message));
    QCOMPARE(record->kind, u"datalek"_s);
    QCOMPARE(record->subjectRef, number);
    QCOMPARE(record->destroyedOn, QDate(2031, 4, 11));
    QCOMPARE(record->destroyedBy, testUser);
    QCOMPARE(record->expiredOn, QDate(2031, 4, 11));
    QCOMPARE(record->counts.value(u"linked_persons"_s).toInt(), 1);
    QCOMPARE(record->counts.value(u"letters"_s).toInt(), 1);
    QCOMPARE(record->counts.value(u"follow_up_texts"_s).toInt(), 1);
    QVERIFY(record->counts.value(u"audit_payloads"_s).toInt() > 5);
    QVERIFY2(record->what.startsWith(u"datalek: titel en "_s), qPrintable(record->what));
    QVERIFY(record->walWarning.isEmpty());

    // Every free text is gone: the row as the database holds it.
    for (const QString &column :
         { u"description"_s, u"group_text"_s, u"measures_before"_s, u"measures_taken"_s,
           u"consequences"_s, u"international"_s, u"reasoning"_s, u"ap_decision_reason"_s,
           u"subjects_decision_reason"_s, u"ap_late_reason"_s, u"subjects_how"_s })
        QVERIFY2(breachValue(db, number, column).isNull(), qPrintable(column));
    QCOMPARE(breachValue(db, number, u"title"_s).toString(), u"[vernietigd]"_s);
    // A public notice keeps a reason (schema 23): it says that it was destroyed.
    QCOMPARE(breachValue(db, number, u"public_notice_reason"_s).toString(), u"[vernietigd]"_s);
    QCOMPARE(countWhere(db,
                        u"SELECT count(*) FROM breach_follow_ups f JOIN breaches b ON b.id = "
                        "f.breach_id WHERE b.number = ? AND f.text IS NOT NULL"_s,
                        { number }),
             0);
    QCOMPARE(countRows(db, u"breach_persons"_s), 0);
    QCOMPARE(countRows(db, u"breach_letters"_s), 0);
    QCOMPARE(countWhere(db,
                        u"SELECT count(*) FROM audit_events WHERE entity_type = 'breach' AND "
                        "entity_id = ? AND payload IS NOT NULL AND action NOT IN "
                        "('breach.destroyed', 'audit.payloads_destroyed')"_s,
                        { number }),
             0);
    QCOMPARE(breachValue(db, number, u"destroyed_on"_s).toString(), u"2031-04-11"_s);
    QCOMPARE(breachValue(db, number, u"destroyed_by"_s).toString(), testUser);
    // On a server every step of the breach's life above (its
    // report, assessment, persons linked, letter made and sent, follow-up) and its destruction
    // is described by its own event: none of its rows is taken for a change by hand.
    if (m_store->isServer())
        QCOMPARE(
            countWhere(db, u"SELECT count(*) FROM audit_events WHERE action = 'sql.changed'"_s, {}),
            0);
    const QStringList left = textsLeft(db, breachTexts());
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));

    // The skeleton stays.
    const auto after = BreachService(Session { *m_store, clock() }).get(number, MustRead());
    QVERIFY(after);
    QVERIFY(after->isDestroyed());
    QCOMPARE(after->destroyedOn, QDate(2031, 4, 11));
    QCOMPARE(after->destroyedBy, testUser);
    QCOMPARE(after->number, before->number);
    QCOMPARE(after->occurredAt, before->occurredAt);
    QCOMPARE(after->discoveredAt, before->discoveredAt);
    QCOMPARE(after->apDeadline(), before->apDeadline());
    QCOMPARE(after->apNotifiedAt, before->apNotifiedAt);
    QVERIFY(after->apNotifiedLate());
    QCOMPARE(after->apReference, u"M-2026-0417"_s);
    QCOMPARE(after->closedAt, before->closedAt);
    QCOMPARE(after->state, BreachState::Gesloten);
    QCOMPARE(after->natures, before->natures);
    QCOMPARE(after->data, before->data);
    QCOMPARE(after->persons, std::optional<int>(120));
    QVERIFY(after->personsEstimate);
    QCOMPARE(after->records, std::optional<int>(340));
    QCOMPARE(after->risk, std::optional<BreachRisk>(BreachRisk::HoogRisico));
    QCOMPARE(after->criteria, before->criteria);
    QCOMPARE(after->apDecision.yes, true);
    QCOMPARE(after->subjectsDecision.yes, true);
    QCOMPARE(after->subjectsNotifiedOn, QDate(2026, 4, 2));
    QVERIFY(after->publicNotice);
    QCOMPARE(after->processorId, before->processorId);
    QCOMPARE(after->followUps.size(), 1);
    QCOMPARE(after->followUps.first().reference, u"M-2026-0417"_s);
    QVERIFY(after->followUps.first().text.isEmpty());
    QVERIFY(after->linkedPersons.isEmpty());
    QVERIFY(after->description.isEmpty());
    const QJsonObject json = breachToJson(*after, clock().now());
    QCOMPARE(json.value(u"destroyed_on"_s).toString(), u"2031-04-11"_s);
    QCOMPARE(json.value(u"destroyed_by"_s).toString(), testUser);
    QVERIFY(json.value(u"description"_s).isNull());
    // The person linked to it is still there (their own data follows their own rules).
    QCOMPARE(countWhere(db, u"SELECT count(*) FROM persons WHERE id = ? AND name = ?"_s,
                        { m_fixture->linkedPerson(), DocumentFixture::personName() }),
             1);

    // The log proves it without personal data; the audit event says what was done.
    DestructionFilter datalek;
    datalek.kind = u"datalek"_s;
    const QList<DestructionRecord> log = retention.destructionLog(datalek, 0, -1, MustRead());
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().subjectRef, number);
    QCOMPARE(log.first().auditSeq, record->auditSeq);
    QCOMPARE(log.first().proofHash, record->proofHash);
    QVERIFY2(log.first().ruleText.contains(u"afsluiten-datalek"_s),
             qPrintable(log.first().ruleText));
    for (const QString &text :
         breachTexts() + QStringList { DocumentFixture::personName(), u"K1001"_s, u"Jansen"_s })
        QVERIFY2(!log.first().what.contains(text) && !log.first().method.contains(text),
                 qPrintable(text));
    const QList<AuditEvent> events
        = AuditLog(db, m_store->info().storeId.toString(QUuid::WithoutBraces))
              .eventsFor(u"breach"_s, number, MustRead());
    QCOMPARE(events.last().action, u"breach.destroyed"_s);
    QCOMPARE(events.last().seq, record->auditSeq);
    QCOMPARE(events.last().payload.value(u"expired_on"_s).toString(), u"2031-04-11"_s);

    // Gone from what is due; destroying it again is refused.
    QVERIFY(breachItems(retention.due({ QDate(2040, 1, 1) }, MustRead())).isEmpty());
    QVERIFY(retention.planBreachDestruction(number).blocker.contains(u"already been destroyed"_s));
    QVERIFY(!retention.destroyBreach(number, {}, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    // As it stood the day before: due then.
    DueQuery history { QDate(2031, 4, 10), 1 };
    history.asOfOn = true;
    QCOMPARE(breachItems(retention.due(history, MustRead())).size(), 1);

    // Nor in the store's files (a store folder's): the freed pages were overwritten, the WAL
    // emptied.
    const bool folder = testBackend() == Backend::Folder;
    if (folder)
        QVERIFY(execSql(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    db = QSqlDatabase();
    m_fixture.reset();
    m_store.reset();
    const QString dir = m_dir->filePath(u"kluis"_s);
    for (const QString &text : breachTexts()) {
        if (folder)
            QVERIFY2(filesContaining(dir, text.toUtf8()).isEmpty(), qPrintable(text));
    }
    StoreError storeError;
    m_store = openServiceStore(dir, &storeError);
    QVERIFY2(m_store, qPrintable(storeError.message()));
}

void TestBreachRetention::destroyedBreachCannotBeChanged()
{
    const QString number = closedBreach();
    QVERIFY(!number.isEmpty());
    at(QDate(2031, 4, 11));
    ServiceError error;
    QVERIFY2(RetentionService(Session { *m_store, clock() })
                 .destroyBreach(number, {}, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    BreachService breaches(Session { *m_store, clock() });
    auto breach = *breaches.get(number, MustRead());
    breach.title = u"Nieuwe titel"_s;
    const auto refused = [&error] {
        return error.code == ServiceError::Code::Invalid
            && error.message.contains(u"was destroyed under the retention rule"_s);
    };
    QVERIFY(!breaches.update(breach, BsnCheck::Refuse, &error));
    QVERIFY2(refused(), qPrintable(error.message));
    QVERIFY(!breaches.reopen(number, &error));
    QVERIFY2(refused(), qPrintable(error.message));
    QVERIFY(!breaches.assess(number, { BreachRisk::Geen, u"x"_s, {} }, BsnCheck::Refuse, &error));
    QVERIFY(refused());
    QVERIFY(!breaches.linkPersons(number, { m_fixture->linkedPerson() }, &error));
    QVERIFY(refused());
    QVERIFY(!breaches.addFollowUp(
        number,
        { 0, BreachFollowUpKind::Intrekken, clock().now().addSecs(-60), {}, u"Ingetrokken"_s, {} },
        BsnCheck::Refuse, &error));
    QVERIFY(refused());
    QCOMPARE(breaches.get(number, MustRead())->title, u"[vernietigd]"_s);
}

void TestBreachRetention::kccAndAuditorCannotDestroy()
{
    const QString number = closedBreach();
    QVERIFY(!number.isEmpty());
    {
        UserService users(*m_store, Session { *m_store, clock() });
        UserError userError;
        QVERIFY(users.add(kcc, {}, Role::Kcc, SecureBytes::fromUtf8(kccPassword), &userError));
        QVERIFY(users.add(auditor, {}, Role::Auditor, SecureBytes::fromUtf8(auditorPassword),
                          &userError));
    }
    const QString path = m_dir->filePath(u"kluis"_s);
    m_fixture.reset();
    m_store.reset();
    FixedClock later(QDateTime(QDate(2031, 4, 11), QTime(10, 0), Qt::UTC));
    for (const auto &[user, password] :
         { std::pair { kcc, kccPassword }, std::pair { auditor, auditorPassword } }) {
        auto store = openServiceStoreAs(path, user, password);
        QVERIFY(store);
        const int denied = denials(*store);
        RetentionService retention(Session { *store, later });
        ServiceError error;
        QVERIFY(!retention.destroyBreach(number, {}, BsnCheck::Refuse, &error));
        QCOMPARE(error.code, ServiceError::Code::Denied);
        QCOMPARE(denials(*store), denied + 1);
        // Read past the roles: on a server a KCC login sees only the breaches it reported.
        QCOMPARE(readAsOwner(store->database(),
                             u"SELECT count(*) FROM breaches WHERE number = '%1' AND destroyed_on "
                             "IS NULL AND description IS NOT NULL"_s.arg(number)),
                 QStringList { u"1"_s });
    }
    // The auditor reads the plan (and what is due), and may not act on it.
    {
        auto store = openServiceStoreAs(path, auditor, auditorPassword);
        QVERIFY(store);
        RetentionService retention(Session { *store, later });
        QVERIFY(retention.planBreachDestruction(number).blocker.isEmpty());
        QCOMPARE(breachItems(retention.due({ QDate(2031, 4, 11) }, MustRead())).size(), 1);
    }
    StoreError storeError;
    m_store = openServiceStore(path, &storeError);
    QVERIFY2(m_store, qPrintable(storeError.message()));
}

void TestBreachRetention::failedWriteLeavesTheBreach()
{
    const QString number = closedBreach();
    QVERIFY(!number.isEmpty());
    const QSqlDatabase db = m_store->database();
    const int events = countRows(db, u"audit_events"_s);
    const int payloads = countWhere(
        db, u"SELECT count(*) FROM audit_events WHERE entity_id = ? AND payload IS NOT NULL"_s,
        { number });
    at(QDate(2031, 4, 11));
    RetentionService retention(Session { *m_store, clock() });
    // The destruction log refuses the entry: the last write of the transaction.
    QVERIFY(refuseInserts(db, u"refuse_log"_s, u"retention_destructions"_s));
    ServiceError error;
    QVERIFY(!retention.destroyBreach(number, u"vernietigd"_s, BsnCheck::Refuse, &error));
    QVERIFY2(error.message.contains(u"refused by the test"_s)
                 || error.detail.contains(u"refused"_s),
             qPrintable(error.message + u' ' + error.detail));
    QVERIFY(allowInserts(db, u"refuse_log"_s, u"retention_destructions"_s));
    // Nothing was recorded as done, nothing destroyed.
    QCOMPARE(countRows(db, u"retention_destructions"_s), 0);
    QCOMPARE(countRows(db, u"audit_events"_s), events);
    QCOMPARE(countWhere(db,
                        u"SELECT count(*) FROM audit_events WHERE entity_id = ? AND payload IS "
                        "NOT NULL"_s,
                        { number }),
             payloads);
    const auto breach = BreachService(Session { *m_store, clock() }).get(number, MustRead());
    QVERIFY(!breach->isDestroyed());
    QCOMPARE(breach->title, u"Brief met huurachterstand naar verkeerd adres"_s);
    QCOMPARE(breach->description, BreachDocumentFixture::description());
    QCOMPARE(breach->linkedPersons.size(), 1);
    QCOMPARE(breach->followUps.first().text, followUpText);
    QCOMPARE(countRows(db, u"breach_letters"_s), 1);
    QCOMPARE(breachItems(retention.due({ QDate(2031, 4, 11) }, MustRead())).size(), 1);
    // And it goes through once the store takes it.
    QVERIFY2(retention.destroyBreach(number, u"vernietigd"_s, BsnCheck::Refuse, &error),
             qPrintable(error.message));
}

void TestBreachRetention::failedReadIsAnError()
{
    const QString number = closedBreach();
    QVERIFY(!number.isEmpty());
    at(QDate(2031, 4, 11));
    RetentionService retention(Session { *m_store, clock() });
    QVERIFY(renameTable(m_store->database(), u"breaches"_s, u"weg"_s));
    ServiceError due;
    QVERIFY(retention.due({ QDate(2031, 4, 11) }, &due).isEmpty());
    QCOMPARE(due.code, ServiceError::Code::Storage);
    ServiceError count;
    QCOMPARE(retention.countDue({ QDate(2031, 4, 11) }, &count), 0);
    QCOMPARE(count.code, ServiceError::Code::Storage);
    const BreachDestructionPlan plan = retention.planBreachDestruction(number);
    QCOMPARE(plan.failure.code, ServiceError::Code::Storage);
    QCOMPARE(plan.blocker, plan.failure.message);
    ServiceError error;
    QVERIFY(!retention.destroyBreach(number, {}, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    ServiceError figures;
    DashboardService(Session { *m_store }).retention(QDate(2031, 4, 11), &figures);
    QCOMPARE(figures.code, ServiceError::Code::Storage);
    QVERIFY(renameTable(m_store->database(), u"weg"_s, u"breaches"_s));
    QCOMPARE(retention.countDue({ QDate(2031, 4, 11) }, MustRead()), 1);
}

void TestBreachRetention::dashboardCountsTheBreaches()
{
    const QString number = closedBreach();
    QVERIFY(!number.isEmpty());
    DashboardService dashboard(Session { *m_store });
    const auto cell = [](const MonthlyBreakdown &b, const QString &code, QDate month) {
        for (const MonthlyBreakdown::Series &series : b.series)
            if (series.code == code)
                return series.counts.value(b.months.indexOf(month), -1);
        return -1;
    };
    RetentionFigures f = dashboard.retention(QDate(2031, 4, 10), MustRead());
    QCOMPARE(cell(f.expiringByCategory, u"datalekkenregister"_s, QDate(2031, 4, 1)), 1);
    QCOMPARE(f.expired, 0);
    f = dashboard.retention(QDate(2031, 4, 11), MustRead());
    QCOMPARE(f.expired, 1);
    QCOMPARE(f.oldestExpired, QDate(2031, 4, 11));
    // Not yet closed on a day before the closing: not counted then.
    f = dashboard.retention(QDate(2026, 4, 10), MustRead());
    QCOMPARE(f.expiringByCategory.total(), 0);

    at(QDate(2031, 5, 2));
    ServiceError error;
    QVERIFY(RetentionService(Session { *m_store, clock() })
                .destroyBreach(number, {}, BsnCheck::Refuse, &error));
    f = dashboard.retention(QDate(2031, 5, 2), MustRead());
    QCOMPARE(f.expired, 0);
    QCOMPARE(cell(f.destructionsByMonth, u"datalek"_s, QDate(2031, 5, 1)), 1);
    // As it stood before the destruction: overdue then.
    QCOMPARE(dashboard.retention(QDate(2031, 5, 1), MustRead()).expired, 1);
}

QTEST_MAIN(TestBreachRetention)
#include "tst_breachretention.moc"
