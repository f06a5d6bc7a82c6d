// A new store's defaults promise nothing the organisation did not choose. Until it chooses its
// deadline (the law alone or an own term) a store counts with the law alone, and no letter is made
// until that choice and the title under the signature are there: one list says what is missing
// (OrganisationDetails::missingForLetters). A store made before the choice was asked for that
// holds requests keeps the own term it worked with, 30 days and 30 more (schema 59); one without
// requests chooses as a new one does. The server's upgrade: tst_cli_server.

#include "DocumentFixture.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "domain/LawAlone.h"
#include "letters/Letters.h"
#include "organisation/OrganisationSettings.h"
#include "session/Session.h"
#include "store/Migrations.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

QString plain(const QString &html)
{
    return LetterTemplates::plainText(html).simplified();
}

} // namespace

class TestStoreDefaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aNewStoreCountsWithTheLawAlone();
    void noLetterUntilTheDeadlineAndTitleAreChosen();
    void theLawAloneLetterPromisesNoOwnTerm();
    void anOwnTermChosenIsTheStores();
    void anOldStoreWithRequestsKeepsItsOwnTerm();
    void anOldStoreWithoutRequestsChoosesAsANewOne();

private:
    // The name, postal address and privacy e-mail address: everything but the two choices.
    bool fillAddress();
    Session session() const { return Session { *m_store, m_fixture->clock() }; }
    // An old store folder (schema 58, no policy stored), with a request or without; reopened.
    std::unique_ptr<Store> upgradedStore(bool withRequest);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<DocumentFixture> m_fixture;
};

void TestStoreDefaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = createServiceStore(m_dir->filePath(u"store"_s));
    QVERIFY(m_store);
    m_fixture = std::make_unique<DocumentFixture>(*m_store);
}

void TestStoreDefaults::cleanup()
{
    m_fixture.reset();
    m_store.reset();
    m_dir.reset();
}

bool TestStoreDefaults::fillAddress()
{
    OrganisationSettings settings(session());
    OrganisationDetails details = settings.details();
    details.name = DocumentFixture::organisationName();
    details.street = u"Havenstraat 12"_s;
    details.postcode = u"1234 AB"_s;
    details.city = u"Voorbeeldstad"_s;
    details.privacyEmail = u"privacy@voorbeeldhaven.nl"_s;
    ServiceError error;
    if (!settings.save(details, BsnCheck::Refuse, &error))
        qWarning("%s", qPrintable(error.message));
    return !error.isError();
}

void TestStoreDefaults::aNewStoreCountsWithTheLawAlone()
{
    const OrganisationDetails details = OrganisationSettings(session()).details();
    QVERIFY(!details.deadlinePolicyChosen);
    // No title nobody chose: the field is empty and so is what a letter would print.
    QVERIFY(details.signatureRole.isEmpty());
    QVERIFY(details.signatureRoleText().isEmpty());
    ServiceError error;
    const auto policy = CaseService(session()).policy(&error);
    QVERIFY2(policy, qPrintable(error.message));
    QVERIFY(isLawAlone(*policy));
    QCOMPARE(policy->base, (Period { 1, PeriodUnit::Months }));
    QCOMPARE(policy->extension, (Period { 2, PeriodUnit::Months }));
    // Received 1 February 2026: 30 days would end on 3 March, the law's month on 2 March (1 March
    // is a Sunday). The request's deadline is the law's, and nothing else binds.
    const auto c = m_fixture->addCase(u"W. Nieuw"_s, u"K300001"_s, { RequestType::Inzage },
                                      QDate(2026, 2, 1));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    const CaseDeadlines d = deadlinesFor(*c, *policy);
    QCOMPARE(d.all.legal, QDate(2026, 3, 2));
    QCOMPARE(d.current, QDate(2026, 3, 2));
    QCOMPARE(d.currentBinding, Binding::Legal);
    QCOMPARE(d.all.effectiveExtended, QDate(2026, 5, 1));
}

void TestStoreDefaults::noLetterUntilTheDeadlineAndTitleAreChosen()
{
    QVERIFY(fillAddress());
    const auto c = m_fixture->addCase(u"W. Wachtend"_s, u"K300002"_s, { RequestType::Inzage },
                                      QDate(2026, 9, 21));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    LetterService letters(session());
    ServiceError error;
    QVERIFY(!letters.render(c->number, LetterKind::Ontvangstbevestiging, &error));
    QCOMPARE(error.code, ServiceError::Code::Invalid);
    QVERIFY2(error.message.contains(u"the choice of deadline (the law alone or an own term)"_s),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(u"the title under the signature"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"Settings → Deadlines"_s), qPrintable(error.message));
    QVERIFY2(!error.message.contains(u"postal address"_s), qPrintable(error.message));
    // The same list on the desk and in the settings: the organisation's details say it.
    QCOMPARE(OrganisationSettings(session()).details().missingForLetters().size(), 2);

    OrganisationSettings settings(session());
    OrganisationDetails details = settings.details();
    details.signatureRole = u"Privacy Officer"_s;
    QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
    QVERIFY(!letters.render(c->number, LetterKind::Ontvangstbevestiging, &error));
    QVERIFY2(error.message.contains(u"the choice of deadline"_s), qPrintable(error.message));
    QVERIFY2(!error.message.contains(u"the title under the signature"_s),
             qPrintable(error.message));

    QVERIFY2(CaseService(session()).setPolicy(lawAlonePolicy(), &error), qPrintable(error.message));
    QVERIFY(OrganisationSettings(session()).details().deadlinePolicyChosen);
    QVERIFY(OrganisationSettings(session()).details().missingForLetters().isEmpty());
    const auto letter = letters.render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY2(letter, qPrintable(error.message));
    QVERIFY2(plain(letter->html).contains(u"Privacy Officer"_s), qPrintable(plain(letter->html)));
}

void TestStoreDefaults::theLawAloneLetterPromisesNoOwnTerm()
{
    QVERIFY(fillAddress());
    ServiceError error;
    OrganisationSettings settings(session());
    OrganisationDetails details = settings.details();
    details.signatureRole = u"functionaris gegevensbescherming"_s;
    QVERIFY2(settings.save(details, BsnCheck::Refuse, &error), qPrintable(error.message));
    QVERIFY2(CaseService(session()).setPolicy(lawAlonePolicy(), &error), qPrintable(error.message));
    // Received 2 September 2026: the law's month ends on Friday 2 October.
    const auto c = m_fixture->addCase(u"W. Wettelijk"_s, u"K300003"_s, { RequestType::Inzage },
                                      QDate(2026, 9, 2));
    QVERIFY2(c, qPrintable(m_fixture->error()));
    const auto letter
        = LetterService(session()).render(c->number, LetterKind::Ontvangstbevestiging, &error);
    QVERIFY2(letter, qPrintable(error.message));
    const QString text = plain(letter->html);
    QVERIFY2(text.contains(u"De wet geeft ons hiervoor één maand (artikel 12 lid 3 AVG)."_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"2 oktober 2026"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"eigen termijn"_s), qPrintable(text));

    // Extended in time: the notice names the law's three months, never an own term missed.
    QVERIFY2(m_fixture->extend(c->number, DocumentFixture::extensionReason(), QDate(2026, 9, 30)),
             qPrintable(m_fixture->error()));
    const auto notice
        = LetterService(session()).render(c->number, LetterKind::Verlengingsbericht, &error);
    QVERIFY2(notice, qPrintable(error.message));
    const QString noticeText = plain(notice->html);
    QVERIFY2(!noticeText.contains(u"eigen termijn"_s), qPrintable(noticeText));
    QVERIFY2(noticeText.contains(u"2 december 2026"_s), qPrintable(noticeText));
}

void TestStoreDefaults::anOwnTermChosenIsTheStores()
{
    ServiceError error;
    DeadlinePolicy own;
    own.base = { 4, PeriodUnit::Weeks };
    own.extension = { 0, PeriodUnit::Days };
    QVERIFY2(CaseService(session()).setPolicy(own, &error), qPrintable(error.message));
    const auto policy = CaseService(session()).policy(&error);
    QVERIFY2(policy, qPrintable(error.message));
    QCOMPARE(policy->base, own.base);
    QCOMPARE(policy->extension, own.extension);
    QVERIFY(!isLawAlone(*policy));
    QVERIFY(OrganisationSettings(session()).details().deadlinePolicyChosen);
}

std::unique_ptr<Store> TestStoreDefaults::upgradedStore(bool withRequest)
{
    const QString folder = m_dir->filePath(withRequest ? u"old-with"_s : u"old-without"_s);
    {
        std::unique_ptr<Store> old = createTestStore(folder);
        if (!old)
            return nullptr;
        if (withRequest) {
            DocumentFixture fixture(*old);
            if (!fixture.addCase(u"W. Eerder"_s, u"K300004"_s, { RequestType::Inzage },
                                 QDate(2026, 9, 21)))
                return nullptr;
        }
        // As schema 58 left it: no policy stored, whatever its requests were counted with.
        QSqlDatabase db = old->database();
        if (!execSql(db, u"DELETE FROM settings WHERE key LIKE 'deadline.%'"_s)
            || !execSql(db, u"PRAGMA user_version = 58"_s))
            return nullptr;
        // Step 59 as the store takes it; the later steps' columns are there already, and SQLite
        // 3.15 (SQLCipher 3) cannot drop one to take it again.
        QString failed;
        if (!applyMigrations(db, builtinMigrations().mid(0, 59), &failed)
            || !execSql(db, u"PRAGMA user_version = %1"_s.arg(latestSchemaVersion()))) {
            qWarning("%s", qPrintable(failed));
            return nullptr;
        }
    }
    StoreError error;
    std::unique_ptr<Store> store = openTestStore(folder, &error);
    if (!store)
        qWarning("%s", qPrintable(error.detail()));
    return store;
}

void TestStoreDefaults::anOldStoreWithRequestsKeepsItsOwnTerm()
{
    if (testBackend() == Backend::Server)
        QSKIP("A server store is upgraded by `server upgrade`: tst_cli_server.");
    const std::unique_ptr<Store> store = upgradedStore(true);
    QVERIFY(store);
    ServiceError error;
    const auto policy = CaseService(Session { *store }).policy(&error);
    QVERIFY2(policy, qPrintable(error.message));
    const DeadlinePolicy before;
    QCOMPARE(policy->base, before.base);
    QCOMPARE(policy->extension, before.extension);
    QCOMPARE(policy->moveToWorkingDay, before.moveToWorkingDay);
    QCOMPARE(policy->identificationModel, before.identificationModel);
    QCOMPARE(policy->identificationRequestWithinDays, before.identificationRequestWithinDays);
    QVERIFY(policy->closingDays.isEmpty());
    QVERIFY(OrganisationSettings(Session { *store }).details().deadlinePolicyChosen);
    // Stored as setPolicy writes it.
    QCOMPARE(
        rowsAsText(store->database(),
                   u"SELECT key, value FROM settings WHERE key LIKE 'deadline.%' "
                   "ORDER BY key"_s),
        (QStringList { u"deadline.base|30 days"_s, u"deadline.closing_days|"_s,
                       u"deadline.extension|30 days"_s, u"deadline.identification_model|pause"_s,
                       u"deadline.identification_within_days|7"_s,
                       u"deadline.move_to_working_day|1"_s }));
}

void TestStoreDefaults::anOldStoreWithoutRequestsChoosesAsANewOne()
{
    if (testBackend() == Backend::Server)
        QSKIP("A server store is upgraded by `server upgrade`: tst_cli_server.");
    const std::unique_ptr<Store> store = upgradedStore(false);
    QVERIFY(store);
    QVERIFY(!OrganisationSettings(Session { *store }).details().deadlinePolicyChosen);
    const auto policy = CaseService(Session { *store }).policy(nullptr);
    QVERIFY(policy && isLawAlone(*policy));
}

QTEST_MAIN(TestStoreDefaults)
#include "tst_storedefaults.moc"
