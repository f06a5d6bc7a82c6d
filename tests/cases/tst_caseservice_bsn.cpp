// The BSN guard inside CaseService (not only in a user interface): every free text a case
// stores is checked, a refusal stores nothing at all, and an explicit "dit is geen BSN" is
// stored with an audit event that holds only masked numbers and field labels. The numbers
// here that pass the 11-proef are made at run time (pd::test::elfProefNumber): one written out
// could be a real person's.

#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "crypto/SecureBytes.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

const QString bsn = elfProefNumber();
const QString masked = maskedNumber(bsn);
// Eight digits, which the guard pads with a leading 0.
const QString eightDigits = elfProefNumber(1, 8);

// Every way the number may be written in the text under test.
const QStringList bsnSpellings { bsn, grouped(bsn, { 4, 2, 3 }, u"."_s),
                                 grouped(bsn, { 3, 3, 3 }, u" "_s) };

QMap<QString, int> rowCounts(const QSqlDatabase &db)
{
    QMap<QString, int> counts;
    for (const QString &table : storeTables(db)) {
        QSqlQuery count(db);
        if (count.exec(u"SELECT count(*) FROM \"%1\""_s.arg(table)) && count.next())
            counts.insert(table, count.value(0).toInt());
    }
    return counts;
}

QList<AuditEvent> overrideEvents(const QList<AuditEvent> &events)
{
    QList<AuditEvent> found;
    for (const AuditEvent &event : events) {
        if (event.action == QLatin1StringView("bsn.override"))
            found << event;
    }
    return found;
}

} // namespace

class TestCaseServiceBsn final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void refusedAndNothingStored_data();
    void refusedAndNothingStored();
    void overrideStoresAndIsLogged_data();
    void overrideStoresAndIsLogged();
    void overrideWithoutFindingIsNotLogged();
    void englishMessage();
    void noBsnColumnAnywhere();

private:
    // Runs one service call for the field under test with the given text.
    bool apply(const QString &field, const QString &text, BsnCheck bsnCheck, ServiceError *error);

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC) };
    std::unique_ptr<CaseService> m_cases;
    QString m_open; // an open case
    QString m_closed; // a completed case, for reopen
};

void TestCaseServiceBsn::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
    QVERIFY(installTranslations(UiLanguage::Dutch));
}

void TestCaseServiceBsn::cleanupTestCase()
{
    installTranslations(UiLanguage::English);
}

void TestCaseServiceBsn::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    m_cases = std::make_unique<CaseService>(Session { *m_store, m_clock });
    ServiceError error;
    for (QString *number : { &m_open, &m_closed }) {
        NewCase request;
        request.person.name = u"A. Jansen"_s;
        request.types = { RequestType::Inzage };
        request.channel = Channel::Balie;
        request.receivedDate = QDate(2026, 11, 2);
        const auto created = m_cases->add(request, BsnCheck::Refuse, &error);
        QVERIFY2(created, qPrintable(error.message));
        *number = created->number;
    }
    QVERIFY2(m_cases->complete(
                 m_closed,
                 completion(Outcome::Toegewezen, QDate(2026, 11, 16), {}, {}, {}, knownDataSubject),
                 BsnCheck::Refuse, &error),
             qPrintable(error.message));
}

void TestCaseServiceBsn::cleanup()
{
    if (m_cases) {
        const AuditLog::Verification verification = m_cases->verifyAuditTrail();
        QVERIFY2(verification.ok, qPrintable(verification.reason));
    }
    m_cases.reset();
    m_store.reset();
    m_dir.reset();
}

bool TestCaseServiceBsn::apply(const QString &field, const QString &text, BsnCheck bsnCheck,
                               ServiceError *error)
{
    if (field == QLatin1StringView("note"))
        return m_cases->addNote(m_open, text, bsnCheck, error);
    if (field == QLatin1StringView("extension reason"))
        return m_cases->extend(m_open, text, QDate(2026, 11, 10), bsnCheck, error);
    if (field == QLatin1StringView("reopen reason"))
        return m_cases->reopen(m_closed, text, bsnCheck, error);
    // The open case was never identified: a decision says why that was not needed.
    if (field == QLatin1StringView("motivation"))
        return m_cases->complete(m_open,
                                 completion(Outcome::Afgewezen, QDate(2026, 11, 20), u"brief"_s,
                                            { RefusalGround::Art15_4 }, text, knownDataSubject),
                                 bsnCheck, error);
    if (field == QLatin1StringView("no-identification reason"))
        return m_cases->complete(
            m_open, completion(Outcome::Toegewezen, QDate(2026, 11, 20), u"brief"_s, {}, {}, text),
            bsnCheck, error);
    NewCase request;
    request.person.name = u"B. de Boer"_s;
    request.types = { RequestType::Verwijdering };
    request.channel = Channel::Telefoon;
    request.receivedDate = QDate(2026, 11, 20);
    if (field == QLatin1StringView("name"))
        request.person.name = text;
    else if (field == QLatin1StringView("klantnummer"))
        request.person.klantnummer = text;
    else if (field == QLatin1StringView("description"))
        request.description = text;
    else if (field == QLatin1StringView("representative"))
        request.representative = text;
    else if (field == QLatin1StringView("callback phone"))
        request.callbackPhone = text;
    else
        qFatal("unknown field %s", qPrintable(field));
    return m_cases->add(request, bsnCheck, error).has_value();
}

void TestCaseServiceBsn::refusedAndNothingStored_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    const QStringList fields {
        u"name"_s,
        u"klantnummer"_s,
        u"description"_s,
        u"representative"_s,
        u"callback phone"_s,
        u"note"_s,
        u"extension reason"_s,
        u"reopen reason"_s,
        u"motivation"_s,
        u"no-identification reason"_s,
    };
    for (const QString &field : fields) {
        for (const QString &spelling : bsnSpellings) {
            const QString text = field == QLatin1StringView("klantnummer")
                ? spelling
                : u"Betrokkene gaf nummer %1 op"_s.arg(spelling);
            QTest::addRow("%s: %s", qPrintable(field), qPrintable(spelling)) << field << text;
        }
    }
    QTest::newRow("name: BSN: prefix") << u"name"_s << u"J. Smit BSN:%1"_s.arg(bsn);
    QTest::newRow("note: 8 digits") << u"note"_s << u"nr %1 ter controle"_s.arg(eightDigits);
}

void TestCaseServiceBsn::refusedAndNothingStored()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    const QMap<QString, int> before = rowCounts(m_store->database());
    QVERIFY(before.value(u"cases"_s) == 2);
    const auto openBefore = m_cases->find(m_open);
    ServiceError error;
    QVERIFY(!apply(field, text, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QCOMPARE(rowCounts(m_store->database()), before);

    // Plain Dutch, and never the number itself in any spelling.
    QVERIFY2(error.message.contains(u"burgerservicenummer"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"art. 46 UAVG"_s), qPrintable(error.message));
    for (const QString &spelling : bsnSpellings)
        QVERIFY2(!error.message.contains(spelling), qPrintable(error.message));
    QVERIFY(!error.message.contains(eightDigits));
    QVERIFY(!error.bsnFindings.isEmpty());
    for (const BsnFinding &finding : std::as_const(error.bsnFindings)) {
        QVERIFY(finding.masked.startsWith(u"****"_s));
        QVERIFY(!finding.field.isEmpty());
        QVERIFY(error.message.contains(finding.masked));
        QVERIFY(error.message.contains(finding.field));
    }

    // The open and the closed case are as they were.
    const auto openAfter = m_cases->find(m_open);
    QCOMPARE(openAfter->extended, openBefore->extended);
    QCOMPARE(openAfter->state, CaseState::Ontvangen);
    QCOMPARE(m_cases->find(m_closed)->state, CaseState::Afgerond);
}

void TestCaseServiceBsn::overrideStoresAndIsLogged_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("events"); // audit events the call writes, override included
    // add: person.created + case.created + bsn.override (the klantnummer one: a new person too)
    QTest::newRow("name") << u"name"_s << 3;
    QTest::newRow("klantnummer") << u"klantnummer"_s << 3;
    QTest::newRow("description") << u"description"_s << 3;
    QTest::newRow("note") << u"note"_s << 2;
    QTest::newRow("extension reason") << u"extension reason"_s << 2;
    QTest::newRow("reopen reason") << u"reopen reason"_s << 2;
    QTest::newRow("motivation") << u"motivation"_s << 2;
    QTest::newRow("no-identification reason") << u"no-identification reason"_s << 2;
}

void TestCaseServiceBsn::overrideStoresAndIsLogged()
{
    QFETCH(QString, field);
    QFETCH(int, events);
    // A customer number that happens to pass the 11-proef: confirmed "not a BSN".
    const QString text
        = field == QLatin1StringView("klantnummer") ? bsn : u"Klantnummer %1"_s.arg(bsn);
    const QMap<QString, int> before = rowCounts(m_store->database());
    ServiceError error;
    QVERIFY2(apply(field, text, BsnCheck::ConfirmedNotBsn, &error), qPrintable(error.message));
    QCOMPARE(rowCounts(m_store->database()).value(u"audit_events"_s),
             before.value(u"audit_events"_s) + events);

    // Stored as given.
    QString number = m_open;
    if (field == QLatin1StringView("reopen reason")) {
        number = m_closed;
        // Never identified: back to the start of the life cycle.
        QCOMPARE(m_cases->find(m_closed)->state, CaseState::Ontvangen);
    } else if (field == QLatin1StringView("extension reason")) {
        QCOMPARE(m_cases->find(m_open)->extensionReason, text);
    } else if (field == QLatin1StringView("motivation")) {
        QCOMPARE(m_cases->find(m_open)->motivation, text);
    } else if (field == QLatin1StringView("no-identification reason")) {
        QCOMPARE(m_cases->find(m_open)->noIdentificationReason, text);
    } else if (field == QLatin1StringView("note")) {
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(u"SELECT body FROM case_notes"_s) && query.next());
        QCOMPARE(query.value(0).toString(), text);
    } else {
        number = u"AVG-2026-0003"_s;
        const auto created = m_cases->find(number);
        QVERIFY(created);
        if (field == QLatin1StringView("name"))
            QCOMPARE(created->person.name, text);
        else if (field == QLatin1StringView("klantnummer"))
            QCOMPARE(created->person.klantnummer, text);
        else
            QCOMPARE(created->description, text);
    }

    // One override event on the case, after the change itself, by the store's user; its
    // payload names the field and the masked number, never the number.
    const QList<AuditEvent> timeline = m_cases->timeline(number);
    const QList<AuditEvent> overrides = overrideEvents(timeline);
    QCOMPARE(overrides.size(), 1);
    const AuditEvent &event = overrides.constFirst();
    QCOMPARE(timeline.constLast().action, u"bsn.override"_s);
    QCOMPARE(event.actor, m_store->userName());
    QCOMPARE(event.entityId, number);
    const QByteArray payload = QJsonDocument(event.payload).toJson(QJsonDocument::Compact);
    QVERIFY2(!payload.contains(bsn.toLatin1()), payload.constData());
    QCOMPARE(event.payload.keys(), QStringList({ u"findings"_s }));
    const QJsonArray findings = event.payload.value(u"findings"_s).toArray();
    QCOMPARE(findings.size(), 1);
    const QJsonObject finding = findings.first().toObject();
    QCOMPARE(finding.keys(), QStringList({ u"field"_s, u"masked"_s }));
    QCOMPARE(finding.value(u"masked"_s).toString(), masked);
    QVERIFY(!finding.value(u"field"_s).toString().isEmpty());
    QVERIFY(!finding.value(u"field"_s).toString().contains(bsn));
}

void TestCaseServiceBsn::overrideWithoutFindingIsNotLogged()
{
    const int before = rowCounts(m_store->database()).value(u"audit_events"_s);
    ServiceError error;
    QVERIFY2(m_cases->addNote(m_open, u"Klantnummer 4711 gecontroleerd"_s,
                              BsnCheck::ConfirmedNotBsn, &error),
             qPrintable(error.message));
    QCOMPARE(rowCounts(m_store->database()).value(u"audit_events"_s), before + 1);
    QVERIFY(overrideEvents(m_cases->timeline(m_open)).isEmpty());
    // A refused call leaves no override pending for the next one.
    QVERIFY(!m_cases->addNote(m_open, u"BSN %1"_s.arg(bsn), BsnCheck::Refuse, &error));
    QVERIFY2(m_cases->addNote(m_open, u"Gewone notitie"_s, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    QVERIFY(overrideEvents(m_cases->timeline(m_open)).isEmpty());
}

void TestCaseServiceBsn::englishMessage()
{
    QVERIFY(installTranslations(UiLanguage::English));
    ServiceError error;
    const bool stored = m_cases->addNote(m_open, u"BSN %1"_s.arg(bsn), BsnCheck::Refuse, &error);
    QVERIFY(installTranslations(UiLanguage::Dutch));
    QVERIFY(!stored);
    QCOMPARE(error.code, ServiceError::Code::BsnRefused);
    QVERIFY2(error.message.contains(u"citizen service number"_s), qPrintable(error.message));
    QVERIFY(!error.message.contains(bsn));
}

void TestCaseServiceBsn::noBsnColumnAnywhere()
{
    QStringList checked;
    for (const QString &table : storeTables(m_store->database())) {
        int count = 0;
        for (const QString &column : columnNames(m_store->database(), table)) {
            QVERIFY2(!column.contains(u"bsn"_s, Qt::CaseInsensitive),
                     qPrintable(table + u'.' + column));
            QVERIFY2(!column.contains(u"burgerservice"_s, Qt::CaseInsensitive),
                     qPrintable(table + u'.' + column));
            ++count;
        }
        QVERIFY2(count > 0, qPrintable(table));
        checked << table;
    }
    for (const QString &table : { u"persons"_s, u"cases"_s, u"case_notes"_s, u"audit_events"_s })
        QVERIFY2(checked.contains(table), qPrintable(checked.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestCaseServiceBsn)
#include "tst_caseservice_bsn.moc"
