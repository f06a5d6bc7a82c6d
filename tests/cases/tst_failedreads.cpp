// Reads never pretend: a read that fails is an error, never an empty list, a zero or a
// default, on both backends. Each read is made to fail for real, by renaming a table
// with raw SQL (test::changeByHand: on the store's own connection, or as a server's owner), or by
// closing the store's connection, and the service, the model, the page and the CLI must say so:
// a ServiceError (Storage), an error state with "The list could not be read: ...", "—" instead of
// 0 on the dashboard, exit 1 with the sentence on stderr. A request's history is broken by putting
// a table of only (seq, hash) in place of audit_events: the store still opens against its audit
// anchor, every read of the events fails. On a server a revoked privilege fails a read too.

#include "CliRunner.h"
#include "MessageLabel.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPage.h"
#include "cases/CaseQuery.h"
#include "cases/CaseService.h"
#include "cases/PersonQuery.h"
#include "dashboards/DashboardWidgets.h"
#include "dashboards/DashboardsPage.h"
#include "documents/ComplaintDossier.h"
#include "documents/PersonReport.h"
#include "intake/PersonSearchWidget.h"
#include "letters/Letters.h"
#include "registers/Disclosures.h"
#include "reports/DashboardService.h"
#include "session/Session.h"
#include "settings/SettingValues.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using namespace pd::ui;

namespace {

const QDate today(2026, 11, 21);
const QString readFailed = u"The list could not be read: "_s;

// A label that would be seen when the widget is shown.
bool anyLabelStartsWith(const QWidget &widget, const QString &text)
{
    const QList<QLabel *> labels = widget.findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *label) {
        return label->isVisibleTo(&widget) && label->text().startsWith(text);
    });
}

// The trail's events moved aside and only (seq, hash) left under its name: every read of the
// events fails ("no such column"), while the audit head that opening checks against the
// keyring's anchor still reads.
const QStringList breakTrail {
    u"ALTER TABLE audit_events RENAME TO audit_kept"_s,
    u"CREATE TABLE audit_events AS SELECT seq, hash FROM audit_kept"_s,
};
// On a server the stand-in is made by its owner: everyone may read it, so that a read fails on
// the missing columns, not on a missing privilege.
QStringList breakTrailOn(const Store &store)
{
    return store.isServer()
        ? breakTrail + QStringList { u"GRANT SELECT ON audit_events TO PUBLIC"_s }
        : breakTrail;
}
const QStringList repairTrail {
    u"DROP TABLE audit_events"_s,
    u"ALTER TABLE audit_kept RENAME TO audit_events"_s,
};

bool exec(const Store &store, const QStringList &statements)
{
    return changeByHand(store, statements);
}

} // namespace

class TestFailedReads final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void caseReadsFailWithTheirDecisions();
    void policyIsNeverTheDefault();
    void closedConnectionFailsEveryRead();
    void caseQueryAndListModel();
    void dashboardNeverShowsZeroForAFailure();
    void lettersAndDisclosures();
    void intakeSearchNeverSaysNobody();
    void inzageReportNeverSaysNoRetention();
    void cliExitsOneOnAFailedRead();
    void historyReadsFail();
    void timelineTabShowsTheFailure();
    void revokedPrivilegeFailsTheReads();

private:
    void rename(const QString &from, const QString &to)
    {
        QVERIFY(changeByHand(*m_store, { u"ALTER TABLE %1 RENAME TO %2"_s.arg(from, to) }));
    }

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(today, QTime(12, 0), Qt::UTC) };
    QString m_open;
    QString m_late;
};

void TestFailedReads::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
}

void TestFailedReads::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    CaseService cases(Session { *m_store, m_clock });
    ServiceError error;
    NewCase request;
    request.person.name = u"Anna de Wit"_s;
    request.person.klantnummer = u"K100001"_s;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Brief;
    request.receivedDate = today.addDays(-3);
    const auto open = cases.add(request, BsnCheck::Refuse, &error);
    QVERIFY2(open, qPrintable(error.message));
    m_open = open->number;
    request.person.name = u"Bram Visser"_s;
    request.person.klantnummer = u"K100002"_s;
    request.receivedDate = today.addMonths(-3);
    const auto late = cases.add(request, BsnCheck::Refuse, &error);
    QVERIFY2(late, qPrintable(error.message));
    m_late = late->number;
}

void TestFailedReads::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestFailedReads::caseReadsFailWithTheirDecisions()
{
    CaseService cases(Session { *m_store, m_clock });
    ServiceError error;
    QCOMPARE(cases.list({}, &error).size(), 2);
    QVERIFY(!error.isError());

    // The kinds of a request are part of its own row (types_key, kept by the triggers of
    // migration 0021): a request is never read without them, whatever happens to
    // case_types.
    rename(u"case_types"_s, u"gone"_s);
    const std::optional<Case> withKinds = cases.find(m_open, &error);
    QVERIFY2(withKinds, qPrintable(error.detail));
    QCOMPARE(withKinds->types, QList<RequestType> { RequestType::Inzage });
    rename(u"gone"_s, u"case_types"_s);

    rename(u"case_decisions"_s, u"gone"_s);
    QVERIFY(cases.list({}, &error).isEmpty());
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY(!cases.find(m_open, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage); // not "there is no request"
    // The statement that reads a request asks whether it has decisions, so with the
    // table gone even a number that does not exist is a failed read, never "there is none".
    QVERIFY(!cases.find(u"AVG-2026-9999"_s, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    // A change needs the request read: refused, nothing recorded.
    const int events = countRows(m_store->database(), u"audit_events"_s);
    QVERIFY(!cases.addNote(m_open, u"Teruggebeld"_s, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QCOMPARE(countRows(m_store->database(), u"audit_events"_s), events);
    rename(u"gone"_s, u"case_decisions"_s);
    QVERIFY(cases.find(m_open, &error));
}

void TestFailedReads::policyIsNeverTheDefault()
{
    CaseService cases(Session { *m_store, m_clock });
    ServiceError error;
    DeadlinePolicy fourWeeks;
    fourWeeks.base = { 4, PeriodUnit::Weeks };
    fourWeeks.extension = { 0, PeriodUnit::Days };
    QVERIFY2(cases.setPolicy(fourWeeks, &error), qPrintable(error.message));
    const auto c = cases.find(m_open, &error);
    QVERIFY(c);

    rename(u"settings"_s, u"gone"_s);
    QVERIFY(!cases.policy(&error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY(!cases.deadlines(*c, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY(!SettingValues(Session { *m_store, m_clock }).all(&error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    // Extending needs the policy for the new deadline: refused, not computed under defaults.
    QVERIFY(!cases.extend(m_open, u"Veel gegevens"_s, today, BsnCheck::Refuse, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    rename(u"gone"_s, u"settings"_s);
    QCOMPARE(cases.policy(&error)->base, fourWeeks.base);
    QVERIFY(!cases.find(m_open, &error)->extended);
}

void TestFailedReads::closedConnectionFailsEveryRead()
{
    CaseService cases(Session { *m_store, m_clock });
    ServiceError error;
    QCOMPARE(cases.summary(today, &error)->total, 2);
    m_store->database().close();
    QVERIFY(!cases.summary(today, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY(cases.list({}, &error).isEmpty());
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY(!cases.policy(&error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    const CaseQuery query(Session { *m_store, m_clock }, testUser);
    CaseListFilter filter;
    filter.today = today;
    query.count(filter, &error);
    QCOMPARE(error.code, ServiceError::Code::Storage);
}

void TestFailedReads::caseQueryAndListModel()
{
    const CaseQuery query(Session { *m_store, m_clock }, testUser);
    CaseListFilter late;
    late.today = today;
    late.lateAgainst = LateClock::Legal;
    ServiceError error;
    QCOMPARE(query.count(late, &error), 1);
    QVERIFY(!error.isError());

    // Judging lateness needs the policy: a list of late requests is never "none are late".
    rename(u"settings"_s, u"gone"_s);
    QCOMPARE(query.count(late, &error), 0);
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY(query.page(late, {}, 0, 100, &error).isEmpty());
    QCOMPARE(error.code, ServiceError::Code::Storage);
    CaseListFilter all;
    all.today = today;
    QVERIFY(query.page(all, {}, 0, 100, &error).isEmpty()); // the rows' clocks need it too
    QCOMPARE(error.code, ServiceError::Code::Storage);
    rename(u"gone"_s, u"settings"_s);

    // A table every page reads (the kinds come from the request's own row).
    rename(u"persons"_s, u"gone"_s);
    QVERIFY(query.page(all, {}, 0, 100, &error).isEmpty());
    QCOMPARE(error.code, ServiceError::Code::Storage);

    CaseListModel model(Session { *m_store });
    model.setToday(today);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY2(model.errorText().startsWith(readFailed), qPrintable(model.errorText()));

    CaseListPage page(Session { *m_store });
    QVERIFY(anyLabelStartsWith(page, readFailed));
    QVERIFY(!anyLabelStartsWith(page, u"No requests"_s));
    QVERIFY(!anyLabelStartsWith(page, u"No open requests"_s));
    rename(u"gone"_s, u"persons"_s);
    model.refresh();
    QVERIFY(model.errorText().isEmpty());
    QVERIFY(model.rowCount() > 0);
}

void TestFailedReads::dashboardNeverShowsZeroForAFailure()
{
    const DashboardService service(Session { *m_store });
    ServiceError error;
    QCOMPARE(service.deadlines(today, &error).open, 2);
    QVERIFY(!error.isError());

    rename(u"retention_items"_s, u"gone"_s);
    service.retention(today, &error);
    QCOMPARE(error.code, ServiceError::Code::Storage);
    rename(u"gone"_s, u"retention_items"_s);

    // The late figures need the policy: an error, never "0 late".
    rename(u"settings"_s, u"gone"_s);
    const DeadlineFigures figures = service.deadlines(today, &error);
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QCOMPARE(figures.open, 0); // nothing is handed out as counted

    DashboardsPage page(Session { *m_store, m_clock }, nullptr);
    page.setCurrentTab(DashboardsPage::Tab::Deadlines);
    page.refresh();
    const QList<FigureTile *> tiles = page.tiles(DashboardsPage::Tab::Deadlines);
    QVERIFY(!tiles.isEmpty());
    for (const FigureTile *tile : tiles)
        QCOMPARE(tile->value(), u"—"_s);
    QVERIFY(anyLabelStartsWith(page, u"The figures could not be read: "_s));
    rename(u"gone"_s, u"settings"_s);
    page.refresh();
    QVERIFY(std::any_of(tiles.cbegin(), tiles.cend(),
                        [](const FigureTile *tile) { return tile->value() == u"2"_s; }));
    QVERIFY(!anyLabelStartsWith(page, u"The figures could not be read: "_s));
}

void TestFailedReads::lettersAndDisclosures()
{
    ServiceError error;
    QVERIFY(LetterService(Session { *m_store, m_clock }).letters(m_open, &error).isEmpty());
    QVERIFY(!error.isError());
    rename(u"letters"_s, u"gone"_s);
    LetterService(Session { *m_store, m_clock }).letters(m_open, &error);
    QCOMPARE(error.code, ServiceError::Code::Storage);
    rename(u"gone"_s, u"letters"_s);

    rename(u"disclosures"_s, u"gone"_s);
    const DisclosureService disclosures(Session { *m_store, m_clock });
    QCOMPARE(disclosures.count({}, &error), 0);
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY(disclosures.page({}, 0, 10, true, &error).isEmpty());
    QCOMPARE(error.code, ServiceError::Code::Storage);
    rename(u"gone"_s, u"disclosures"_s);
}

void TestFailedReads::cliExitsOneOnAFailedRead()
{
    // The CLI in English, so that the sentence is the source text (the Dutch one is merged
    // into translations/ later).
    QVERIFY(QDir(m_tmp.path()).mkpath(u"cli"_s));
    CliRunner cli(QStringLiteral(CLI_PATH), m_tmp.filePath(u"cli"_s), u"en"_s);
    QString error;
    const QString dir = m_dir->filePath(u"cli-kluis"_s);
    // A store folder the tool makes itself (and the test opens only to break it, as the tool
    // holds it while it runs); a server store stays open beside the tool's sessions.
    std::unique_ptr<Store> server;
    QStringList serverArguments;
    if (testBackend() == Backend::Server) {
        server = createServiceStore(dir);
        QVERIFY(server);
        const QString passwordFile = m_dir->filePath(u"cli-password"_s);
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(testPassword.toUtf8() + '\n');
        file.close();
        serverArguments = serviceStoreArguments(dir) << u"--password-file"_s << passwordFile;
    } else {
        QVERIFY2(cli.initStore(dir, u"a.bakker"_s, &error), qPrintable(error));
    }
    const auto onCli = [&](const QStringList &command) {
        return server ? cli.run(serverArguments + command) : cli.onStore(command);
    };
    const auto added
        = onCli({ u"case"_s, u"add"_s, u"--person"_s, u"J. Jansen"_s, u"--klantnummer"_s,
                  u"K1234"_s, u"--type"_s, u"inzage"_s, u"--channel"_s, u"telefoon"_s,
                  u"--received"_s, pd::systemClock().today().addDays(-1).toString(Qt::ISODate) });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString number = added.out.trimmed();
    QCOMPARE(onCli({ u"case"_s, u"list"_s }).exitCode, 0);

    const auto breakTable = [&](const QString &from, const QString &to) {
        return server ? changeByHand(*server, { u"ALTER TABLE %1 RENAME TO %2"_s.arg(from, to) })
                      : cli.renameTable(u"a.bakker"_s, from, to);
    };
    QVERIFY(breakTable(u"case_decisions"_s, u"gone"_s));
    for (const QStringList &command :
         { QStringList { u"case"_s, u"list"_s }, QStringList { u"case"_s, u"list"_s, u"--json"_s },
           QStringList { u"case"_s, u"show"_s, number } }) {
        const auto result = onCli(command);
        QVERIFY2(result.exitCode == 1, qPrintable(command.join(u' ') + result.err));
        QVERIFY2(result.err.contains(u"could not be read: "_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"[read-failed]"_s), qPrintable(result.err));
        QVERIFY(!result.out.contains(number));
    }
    QVERIFY(breakTable(u"gone"_s, u"case_decisions"_s));

    QVERIFY(breakTable(u"retention_items"_s, u"gone"_s));
    const auto report = onCli({ u"report"_s, u"dashboard"_s, u"--json"_s });
    QCOMPARE(report.exitCode, 1);
    QVERIFY2(report.err.contains(u"could not be read: "_s), qPrintable(report.err));
    QVERIFY(report.out.isEmpty());
    QVERIFY(breakTable(u"gone"_s, u"retention_items"_s));

    QVERIFY(breakTable(u"disclosures"_s, u"gone"_s));
    const auto disclosures = onCli({ u"disclosure"_s, u"list"_s });
    QCOMPARE(disclosures.exitCode, 1);
    QVERIFY2(disclosures.err.contains(u"could not be read: "_s), qPrintable(disclosures.err));
    QVERIFY(breakTable(u"gone"_s, u"disclosures"_s));

    // A request's history: case timeline and the AP dossier, never an empty history.
    const auto onStore = [&](const QStringList &statements) {
        if (server)
            return changeByHand(*server, statements);
        std::unique_ptr<Store> store = openStoreAs(dir, u"a.bakker"_s, CliRunner::storePassword);
        return store && exec(*store, statements);
    };
    QVERIFY(onCli({ u"case"_s, u"timeline"_s, number }).out.contains(u"case.created"_s));
    QVERIFY(onStore(server ? breakTrailOn(*server) : breakTrail));
    for (const QStringList &command :
         { QStringList { u"case"_s, u"timeline"_s, number },
           QStringList { u"case"_s, u"timeline"_s, number, u"--json"_s } }) {
        const auto result = onCli(command);
        QVERIFY2(result.exitCode == 1, qPrintable(command.join(u' ') + result.err));
        QVERIFY2(result.err.contains(u"The audit trail could not be read: "_s),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(u"[read-failed]"_s), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }
    const QString pdf = m_dir->filePath(u"dossier.pdf"_s);
    const auto dossier = onCli({ u"dossier"_s, number, u"--pdf"_s, pdf });
    QVERIFY2(dossier.exitCode == 1, qPrintable(dossier.err));
    QVERIFY2(dossier.err.contains(u"[read-failed]"_s), qPrintable(dossier.err));
    QVERIFY(!QFile::exists(pdf));
    QVERIFY(onStore(repairTrail));
    QCOMPARE(onCli({ u"case"_s, u"timeline"_s, number }).exitCode, 0);
    QCOMPARE(onCli({ u"case"_s, u"list"_s }).exitCode, 0);
}

// A failed person search is not "nobody found": the intake says the search failed and does not
// offer the caller as a new data subject (who may well be registered already).
void TestFailedReads::intakeSearchNeverSaysNobody()
{
    PersonQuery query(Session { *m_store });
    ServiceError error;
    QVERIFY(!query.search(u"de vries"_s, &error).isEmpty() || !error.isError());
    QVERIFY(!error.isError());

    rename(u"persons"_s, u"gone"_s);
    for (const QString &text : { u"de vries"_s, u"1234 AB 12"_s, u"K100"_s }) {
        ServiceError failed;
        QVERIFY(query.search(text, &failed).isEmpty());
        QCOMPARE(failed.code, ServiceError::Code::Storage);
    }

    PersonSearchWidget widget(Session { *m_store }, PersonSearchWidget::Wording::Caller);
    widget.suggest(u"Ans de Vries"_s, {});
    auto *hint = widget.findChild<QLabel *>(u"searchHint"_s);
    QVERIFY(hint);
    QVERIFY2(hint->text().contains(u"search failed"_s), qPrintable(hint->text()));
    QVERIFY(!widget.findChild<QCheckBox *>(u"newPerson"_s)->isChecked());
    rename(u"gone"_s, u"persons"_s);
}

// The inzage report tells the tenant how long their data are kept and whether a hold applies: a
// failed read of either stops the report instead of printing "nothing".
void TestFailedReads::inzageReportNeverSaysNoRetention()
{
    const PersonReportLoader loader(Session { *m_store, m_clock });
    const std::optional<qint64> person = loader.findPerson(u"K100001"_s, test::MustRead());
    QVERIFY(person);
    ServiceError error;
    QVERIFY2(loader.load(*person, &error), qPrintable(error.message));
    for (const QString &table :
         { u"retention_items"_s, u"retention_holds"_s, u"retention_rules"_s }) {
        rename(table, u"gone"_s);
        ServiceError failed;
        QVERIFY2(!loader.load(*person, &failed), qPrintable(table));
        QCOMPARE(failed.code, ServiceError::Code::Storage);
        rename(u"gone"_s, table);
    }
}

// A request's history that cannot be read (AuditLog::eventsFor, CaseService::timeline) is an
// error: the AP dossier and the inzage report stop instead of printing an empty history.
void TestFailedReads::historyReadsFail()
{
    const AuditLog log(m_store->database(), m_store->info().storeId.toString(QUuid::WithoutBraces));
    CaseService cases(Session { *m_store, m_clock });
    ServiceError error;
    const qint64 personId = cases.find(m_open, &error)->person.id;
    QCOMPARE(log.eventsFor(u"case"_s, m_open, &error).size(), 1);
    QVERIFY(!error.isError());
    QCOMPARE(cases.timeline(m_open, &error).size(), 1);
    QVERIFY(!error.isError());
    // A request without events is no error.
    QVERIFY(cases.timeline(u"AVG-2026-9999"_s, &error).isEmpty());
    QVERIFY(!error.isError());

    QVERIFY(exec(*m_store, breakTrailOn(*m_store)));
    QVERIFY(log.eventsFor(u"case"_s, m_open, &error).isEmpty());
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY2(error.message.startsWith(u"The audit trail could not be read: "_s),
             qPrintable(error.message));
    // The database's why: SQLite's, or the server's.
    QVERIFY2(error.detail.contains(m_store->isServer() ? u"does not exist"_s : u"no such column"_s),
             qPrintable(error.detail));
    QVERIFY(log.eventsFor(u"person"_s, QString::number(personId), &error).isEmpty());
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY(cases.timeline(m_open, &error).isEmpty());
    QCOMPARE(error.code, ServiceError::Code::Storage);

    QVERIFY(exec(*m_store, repairTrail));
    QCOMPARE(cases.timeline(m_open, &error).size(), 1);
    QVERIFY(!error.isError()); // the error of the last call, not of an earlier one

    const ComplaintDossier dossier(Session { *m_store, m_clock });
    const PersonReportLoader loader(Session { *m_store, m_clock });
    const auto content = dossier.collect(m_open, &error);
    QVERIFY2(content, qPrintable(error.message));
    QCOMPARE(content->events.size(), 1);
    QVERIFY2(loader.load(personId, &error), qPrintable(error.message));

    QVERIFY(exec(*m_store, breakTrailOn(*m_store)));
    QVERIFY(!dossier.collect(m_open, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY(!loader.load(personId, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY(exec(*m_store, repairTrail));
}

// The Tijdlijn tab says that the history could not be read, with no empty list beside it.
void TestFailedReads::timelineTabShowsTheFailure()
{
    CaseDetailWidget widget(Session { *m_store, m_clock }, testUser, nullptr);
    widget.resize(900, 700);
    widget.show();
    QVERIFY(widget.showCase(m_open));
    widget.setCurrentTab(CaseDetailWidget::Tab::Timeline);
    auto *message = widget.findChild<MessageLabel *>(u"timelineError"_s);
    auto *view = widget.findChild<QTreeView *>(u"timeline"_s);
    QVERIFY(message && view);
    QCOMPARE(widget.timelineLines().size(), 1);
    QVERIFY(message->message().isEmpty());
    QVERIFY(!message->isVisibleTo(&widget));
    QVERIFY(view->isVisibleTo(&widget));

    QVERIFY(exec(*m_store, breakTrailOn(*m_store)));
    widget.reload();
    QCOMPARE(widget.currentNumber(), m_open); // the request itself was read
    QVERIFY2(message->message().startsWith(u"The audit trail could not be read: "_s),
             qPrintable(message->message()));
    QVERIFY(message->isVisibleTo(&widget));
    QVERIFY(!view->isVisibleTo(&widget)); // no empty history beside the message
    QVERIFY(widget.timelineLines().isEmpty());

    QVERIFY(exec(*m_store, repairTrail));
    widget.reload();
    QVERIFY(message->message().isEmpty());
    QVERIFY(!message->isVisibleTo(&widget));
    QVERIFY(view->isVisibleTo(&widget));
    QCOMPARE(widget.timelineLines().size(), 1);
}

// A table that is gone is a failed read, never an empty list; on a server, so is a table the
// login's group may no longer read (a privilege revoked by IT).
void TestFailedReads::revokedPrivilegeFailsTheReads()
{
    ServiceError error;
    const LetterService letters(Session { *m_store, m_clock });
    const DisclosureService disclosures(Session { *m_store, m_clock });
    const AuditLog log(m_store->database(), m_store->info().storeId.toString(QUuid::WithoutBraces));
    QVERIFY(letters.letters(m_open, &error).isEmpty());
    QVERIFY(!error.isError());
    QCOMPARE(log.eventsFor(u"case"_s, m_open, &error).size(), 1);
    QVERIFY(!error.isError());

    QVERIFY(changeByHand(*m_store, { u"DROP TABLE letters"_s }));
    QVERIFY(letters.letters(m_open, &error).isEmpty());
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY(!ComplaintDossier(Session { *m_store, m_clock }).collect(m_open, &error));
    QCOMPARE(error.code, ServiceError::Code::Storage);

    if (!m_store->isServer())
        return; // a store folder has no privileges: its key opens all of it
    // The store's owner login (the test's user) reads through its group and, for its backups,
    // through <db>_backup: the privilege goes from both.
    const QString database = m_store->serverLocation()->database;
    QVERIFY(changeByHand(*m_store,
                         { u"REVOKE SELECT ON disclosures, audit_events, case_ap_references "
                           "FROM %1_beheerder, %1_backup"_s.arg(database) }));
    QCOMPARE(disclosures.count({}, &error), 0);
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY2(error.detail.contains(u"permission denied"_s), qPrintable(error.detail));
    QVERIFY(log.eventsFor(u"case"_s, m_open, &error).isEmpty());
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY(CaseService(Session { *m_store, m_clock }).timeline(m_open, &error).isEmpty());
    QCOMPARE(error.code, ServiceError::Code::Storage);
    QVERIFY(!log.verify().ok);
    QVERIFY(!log.verifyWithCheckpoint(AuditLog::Scope::SinceCheckpoint).ok);
}

QTEST_MAIN(TestFailedReads)
#include "tst_failedreads.moc"
