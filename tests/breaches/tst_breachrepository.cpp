// What the repositories of the breaches and of the letters offer the retention rules and the
// dashboard, on both backends, checked against what RetentionService reads and
// destroys itself today: the state a destruction plans from, the destruction itself (the rows
// of the breach's tables after purge are the rows after destroyBreach), the closed breaches the
// dashboard counts, the state a replay reads, and the texts of a person's letters.

#include "BreachDocumentFixture.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "breaches/BreachRepository.h"
#include "breaches/BreachService.h"
#include "crypto/SecureBytes.h"
#include "letters/BreachLetters.h"
#include "letters/LetterRepository.h"
#include "letters/Letters.h"
#include "retention/Retention.h"
#include "session/Session.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "util/Translations.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

const QString followUpText = u"Ook de buren op nummer 14 kregen een brief van Jansen."_s;

// Every row of one statement, each as "column=value|...", in the order read.
QStringList rows(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return { u"<read failed>"_s };
    QStringList found;
    while (query.next()) {
        QStringList fields;
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            fields << record.fieldName(i) + u'='
                    + (query.isNull(i) ? u"NULL"_s : query.value(i).toString());
        found << fields.join(u'|');
    }
    return found;
}

// What the breach's tables hold about it.
QStringList breachRows(const QSqlDatabase &db, const QString &number)
{
    const QString ofBreach = u"(SELECT id FROM breaches WHERE number = ?)"_s;
    QStringList all = rows(db, u"SELECT * FROM breaches WHERE number = ?"_s, { number });
    for (const QString &table : { u"breach_persons"_s, u"breach_follow_ups"_s, u"breach_letters"_s,
                                  u"breach_natures"_s, u"breach_data"_s, u"breach_criteria"_s })
        all << QStringList { table }
                + rows(
                    db,
                    u"SELECT * FROM %1 WHERE breach_id = %2 ORDER BY 1, 2"_s.arg(table, ofBreach),
                    { number });
    return all;
}

int countOf(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    const QStringList found = rows(db, sql, values);
    return found.size() == 1 ? found.first().section(u'=', 1).toInt() : -1;
}

} // namespace

class TestBreachRepository final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void destructionStateAsThePlanCountsIt();
    void purgeDestroysWhatDestroyBreachDestroys();
    void closedBreachesAndTheReplaysState();
    void lettersOfAPerson();

private:
    // The fixture's breach with a letter sent to its linked person, a follow-up and a public
    // notice, closed on 10 April 2026 at 22:30 UTC (11 April in Amsterdam). Its number.
    QString closedBreach();
    FixedClock &clock() { return m_fixture->clock(); }
    QSqlDatabase db() const { return m_store->database(); }

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<BreachDocumentFixture> m_fixture;
};

void TestBreachRepository::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
    QVERIFY(installTranslations(UiLanguage::English));
}

void TestBreachRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    m_fixture = std::make_unique<BreachDocumentFixture>(*m_store);
}

void TestBreachRepository::cleanup()
{
    m_fixture.reset();
    m_store.reset();
    m_dir.reset();
}

QString TestBreachRepository::closedBreach()
{
    const QString number = m_fixture->breach();
    if (number.isEmpty()) {
        qWarning("fixture: %s", qPrintable(m_fixture->error()));
        return {};
    }
    ServiceError error;
    BreachService breaches(Session { *m_store, clock() });
    BreachLetterService letters(Session { *m_store, clock() });
    clock().set(QDateTime(QDate(2026, 4, 2), QTime(10, 0), Qt::UTC));
    const auto letter
        = letters.generate(number, m_fixture->linkedPerson(), BsnCheck::Refuse, &error);
    const bool ok = letter
        && letters.recordDispatch(number, letter->id, QDate(2026, 4, 2), u"per post"_s,
                                  BsnCheck::Refuse, &error)
        && breaches.addFollowUp(number,
                                { 0,
                                  BreachFollowUpKind::Aanvullen,
                                  clock().now().addSecs(-60),
                                  u"M-2026-0417"_s,
                                  followUpText,
                                  {} },
                                BsnCheck::Refuse, &error)
        && breaches.notifySubjects(number,
                                   { QDate(2026, 4, 2),
                                     u"Bericht in de hal"_s,
                                     {},
                                     true,
                                     u"Niet alle huurders zijn bekend."_s },
                                   BsnCheck::Refuse, &error);
    if (!ok) {
        qWarning("%s", qPrintable(error.message));
        return {};
    }
    clock().set(QDateTime(QDate(2026, 4, 10), QTime(22, 30), Qt::UTC));
    if (!breaches.close(number, &error)) {
        qWarning("%s", qPrintable(error.message));
        return {};
    }
    return number;
}

void TestBreachRepository::destructionStateAsThePlanCountsIt()
{
    const QString number = closedBreach();
    QVERIFY(!number.isEmpty());
    clock().set(QDateTime(QDate(2031, 4, 11), QTime(10, 0), Qt::UTC));
    const BreachDestructionPlan plan
        = RetentionService(Session { *m_store, clock() }).planBreachDestruction(number);
    QVERIFY2(plan.blocker.isEmpty(), qPrintable(plan.blocker));

    std::optional<BreachRepository::DestructionState> state;
    ServiceError error;
    QVERIFY2(BreachRepository::destructionState(db(), number, &state, &error),
             qPrintable(error.message));
    QVERIFY(state);
    QVERIFY(state->id > 0);
    QCOMPARE(state->title, plan.title);
    QVERIFY(!state->open);
    QCOMPARE(organisationDay(state->closedAt), plan.closedOn);
    QVERIFY(!state->destroyedOn.isValid());
    QCOMPARE(state->freeTexts, plan.freeTexts);
    QCOMPARE(state->linkedPersons, plan.linkedPersons);
    QCOMPARE(state->followUpTexts, plan.followUps);
    QCOMPARE(LetterRepository::breachLetterCount(db(), number, &error).value_or(-1), plan.letters);
    QVERIFY(plan.freeTexts > 0 && plan.linkedPersons == 1 && plan.followUps == 1
            && plan.letters == 1);

    // No such breach: found empty, not an error.
    QVERIFY(BreachRepository::destructionState(db(), u"DL-1999-0001"_s, &state, &error));
    QVERIFY(!state);
    QVERIFY(!error.isError());
}

void TestBreachRepository::purgeDestroysWhatDestroyBreachDestroys()
{
    const QString number = closedBreach();
    QVERIFY(!number.isEmpty());
    clock().set(QDateTime(QDate(2031, 4, 11), QTime(10, 0), Qt::UTC));
    const QStringList before = breachRows(db(), number);
    QStringList purged;
    {
        Transaction transaction(m_store->database());
        QVERIFY(transaction.isOpen());
        QSqlQuery query(m_store->database());
        ServiceError error;
        QVERIFY2(BreachRepository::purge(query, number, u"[vernietigd]"_s, clock().today(),
                                         m_store->userName(),
                                         clock().now().toString(Qt::ISODateWithMs), &error)
                     && LetterRepository::purgeBreachLetters(m_store->database(), number, &error),
                 qPrintable(error.message));
        purged = breachRows(db(), number);
        transaction.rollback();
    }
    QCOMPARE(breachRows(db(), number), before);
    QVERIFY(purged != before);

    ServiceError error;
    QVERIFY2(RetentionService(Session { *m_store, clock() })
                 .destroyBreach(number, {}, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QCOMPARE(purged, breachRows(db(), number));
}

void TestBreachRepository::closedBreachesAndTheReplaysState()
{
    const QString number = closedBreach();
    QVERIFY(!number.isEmpty());
    ServiceError error;
    const auto closedBy = [](QDate day) {
        return BreachCodes::storedMoment(day.startOfDay(organisationTimeZone()).toUTC());
    };
    // Closed on 11 April in Amsterdam: before the start of the 12th, not of the 11th.
    const auto closed = BreachRepository::closedNotDestroyed(db(), closedBy(QDate(2026, 4, 12)),
                                                             QDate(2026, 4, 11), &error);
    QVERIFY2(closed, qPrintable(error.message));
    QCOMPARE(closed->size(), 1);
    QCOMPARE(organisationDay(closed->first()), QDate(2026, 4, 11));
    QCOMPARE(BreachRepository::closedNotDestroyed(db(), closedBy(QDate(2026, 4, 11)),
                                                  QDate(2026, 4, 11), &error)
                 .value_or(QList<QDateTime> { QDateTime() })
                 .size(),
             0);

    const auto breach = BreachService(Session { *m_store, clock() }).get(number, MustRead());
    QVERIFY(breach);
    const QString reportedAt = BreachCodes::storedMoment(breach->reportedAt);
    std::optional<QString> destroyedOn;
    QVERIFY(BreachRepository::destroyedOnOf(db(), number, reportedAt, &destroyedOn, &error));
    QCOMPARE(destroyedOn.value_or(u"<none>"_s), QString());
    QVERIFY(BreachRepository::destroyedOnOf(db(), number, closedBy(QDate(2026, 1, 1)), &destroyedOn,
                                            &error));
    QVERIFY(!destroyedOn);

    clock().set(QDateTime(QDate(2031, 4, 11), QTime(10, 0), Qt::UTC));
    QVERIFY2(RetentionService(Session { *m_store, clock() })
                 .destroyBreach(number, {}, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY(BreachRepository::destroyedOnOf(db(), number, reportedAt, &destroyedOn, &error));
    QCOMPARE(destroyedOn.value_or(u"<none>"_s), u"2031-04-11"_s);
    // Destroyed on that day: still counted as it stood the day before, not after.
    QCOMPARE(BreachRepository::closedNotDestroyed(db(), closedBy(QDate(2031, 4, 11)),
                                                  QDate(2031, 4, 10), &error)
                 .value_or(QList<QDateTime> {})
                 .size(),
             1);
    QCOMPARE(BreachRepository::closedNotDestroyed(db(), closedBy(QDate(2031, 4, 12)),
                                                  QDate(2031, 4, 11), &error)
                 .value_or(QList<QDateTime> { QDateTime() })
                 .size(),
             0);
}

void TestBreachRepository::lettersOfAPerson()
{
    const QString number = closedBreach();
    QVERIFY(!number.isEmpty());
    const qint64 person = m_fixture->linkedPerson();
    const QStringList cases
        = rows(db(), u"SELECT number FROM cases WHERE person_id = ?"_s, { person });
    QCOMPARE(cases.size(), 1);
    ServiceError error;
    // A letter of a kind the request may have now (its deadline has passed by then).
    LetterService service(Session { *m_store, clock() });
    const QString caseNumber = cases.first().section(u'=', 1);
    const QList<LetterAvailability> kinds = service.availability(caseNumber, MustRead());
    const auto available = std::find_if(kinds.cbegin(), kinds.cend(),
                                        [](const LetterAvailability &a) { return a.available; });
    QVERIFY(available != kinds.cend());
    QVERIFY2(service.generate(caseNumber, available->kind, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    const QString ofPerson = u" IN (SELECT id FROM cases WHERE person_id = ?)"_s;

    QCOMPARE(LetterRepository::letterTextsCount(db(), ofPerson, { person }, &error).value_or(-1),
             1);
    QCOMPARE(LetterRepository::breachLetterTextsCount(db(), person, &error).value_or(-1), 1);
    QCOMPARE(LetterRepository::breachLetterTextsCount(db(), m_fixture->otherPerson(), &error)
                 .value_or(-1),
             0);
    {
        Transaction transaction(m_store->database());
        QVERIFY(transaction.isOpen());
        QStringList written;
        QVERIFY(LetterRepository::breachesWrittenTo(m_store->database(), person, &written, &error));
        QCOMPARE(written, QStringList({ number }));
        const QString now = clock().now().toString(Qt::ISODateWithMs);
        QVERIFY2(LetterRepository::eraseLetterTexts(m_store->database(), ofPerson, { person }, now,
                                                    &error)
                     && LetterRepository::eraseBreachLetterTexts(m_store->database(), person, now,
                                                                 &error),
                 qPrintable(error.message));
        QCOMPARE(
            LetterRepository::letterTextsCount(db(), ofPerson, { person }, &error).value_or(-1), 0);
        QCOMPARE(LetterRepository::breachLetterTextsCount(db(), person, &error).value_or(-1), 0);
        written.clear();
        QVERIFY(LetterRepository::breachesWrittenTo(m_store->database(), person, &written, &error));
        QVERIFY(written.isEmpty());
        // Their kind, day and hash stay as proof; the text and how it went do not.
        QCOMPARE(countOf(db(),
                         u"SELECT count(*) FROM breach_letters WHERE person_id = ? AND body IS "
                         "NULL AND sent_how IS NULL AND destroyed_at = ? AND sha256 <> ''"_s,
                         { person, now }),
                 1);
        const auto letters = LetterService(Session { *m_store, clock() })
                                 .letters(cases.first().section(u'=', 1), MustRead());
        QCOMPARE(letters.size(), 1);
        QVERIFY(letters.first().destroyed);
        QVERIFY(letters.first().html.isEmpty());
        transaction.rollback();
    }
    QCOMPARE(LetterRepository::letterTextsCount(db(), ofPerson, { person }, &error).value_or(-1),
             1);
    QCOMPARE(LetterRepository::breachLetterTextsCount(db(), person, &error).value_or(-1), 1);
}

QTEST_GUILESS_MAIN(TestBreachRepository)
#include "tst_breachrepository.moc"
