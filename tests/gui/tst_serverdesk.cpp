// The desk on a store on a PostgreSQL server: the server profile makes the location
// --store takes and refuses one a password may not go to; the unlock dialog logs in to the
// server as the user (no recovery key there), says a wrong password inline, and hands over the
// server store; the main window shows its requests and explains that backups are IT's; a desk
// shows within a second what another seat committed (ChangeFeed), and its refresh wakes no
// other desk in turn.

#include "Application.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ServerProfileDialog.h"
#include "ServerStoreFixture.h"
#include "UnlockDialog.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPage.h"
#include "cases/CaseService.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using namespace pd::ui;

namespace {
const QString officerPassword = u"functionaris-wachtwoord"_s;
const QString kccPassword = u"kcc-medewerker-wachtwoord"_s;

// The events in the audit trail, as the officer may read them.
int auditEvents(const Store &store)
{
    return countRows(store.database(), u"audit_events"_s);
}
} // namespace

class TestServerDesk final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void profileRefusesARemoteServerWithoutCa();
    void profileMakesTheSocketLocation();
    void unlockLogsInToTheServer();
    void listShowsTheRequests();
    void deskShowsWhatAnotherSeatCommits();
    void nextStartUnlocksTheServerStore();
    void timelineShowsAChangeByHand();
    // Last: it cuts the trail back.
    void deskSaysATrailCutBack();

private:
    static QPushButton *okButton(const ServerProfileDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    static void fill(ServerProfileDialog &dialog, const QString &host, int port,
                     const QString &database, const QString &caFile)
    {
        dialog.findChild<QLineEdit *>(u"serverHost"_s)->setText(host);
        dialog.findChild<QSpinBox *>(u"serverPort"_s)->setValue(port);
        dialog.findChild<QLineEdit *>(u"serverDatabase"_s)->setText(database);
        dialog.findChild<QLineEdit *>(u"serverCaFile"_s)->setText(caFile);
    }

    ServerStoreFixture m_server;
    QTemporaryDir m_dir;
};

void TestServerDesk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY2(m_server.addUser(u"fenna"_s, u"functionaris"_s, officerPassword, &error),
             qPrintable(error));
    QVERIFY2(m_server.addUser(u"kees"_s, u"kcc"_s, kccPassword, &error), qPrintable(error));
    StoreError openError;
    const auto store = m_server.open(u"fenna"_s, officerPassword, &openError);
    QVERIFY2(store, qPrintable(openError.message()));
    CaseService cases(Session { *store });
    for (const QString &name : { u"Anna Jansen"_s, u"Bram de Vries"_s }) {
        NewCase request;
        request.person.name = name;
        request.person.relation = Relation::Huurder;
        request.types = { RequestType::Inzage };
        request.channel = Channel::Email;
        request.receivedDate = pd::systemClock().today();
        ServiceError serviceError;
        QVERIFY2(cases.add(request, BsnCheck::Refuse, &serviceError),
                 qPrintable(serviceError.message));
    }
}

void TestServerDesk::profileRefusesARemoteServerWithoutCa()
{
    ServerProfileDialog dialog;
    dialog.show();
    fill(dialog, u"db.woonstichting.nl"_s, 5432, u"privacydesk"_s, QString());
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog.location().isEmpty());
    shot(&dialog, "server-profile-refused");
    QFile ca(m_dir.filePath(u"ca.crt"_s));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
    ca.close();
    fill(dialog, u"db.woonstichting.nl"_s, 5432, u"privacydesk"_s, ca.fileName());
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY2(dialog.location().startsWith(u"postgresql://db.woonstichting.nl:5432/privacydesk?"_s),
             qPrintable(dialog.location()));
    QVERIFY(dialog.location().contains(u"sslmode=verify-full"_s));
    shot(&dialog, "server-profile");
}

void TestServerDesk::profileMakesTheSocketLocation()
{
    ServerProfileDialog dialog;
    fill(dialog, m_server.cluster().socketDir(), m_server.cluster().port(), u"privacydesk"_s,
         QString());
    QVERIFY(okButton(dialog)->isEnabled());
    QString error;
    const auto made = ServerLocation::parse(dialog.location(), &error);
    QVERIFY2(made, qPrintable(error));
    QCOMPARE(made->toString(), m_server.location().toString());
    okButton(dialog)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    // Remembered for the next start.
    ServerProfileDialog again;
    QCOMPARE(again.location(), dialog.location());
}

void TestServerDesk::unlockLogsInToTheServer()
{
    UnlockDialog dialog(m_server.uri());
    dialog.show();
    QVERIFY(dialog.findChild<QPushButton *>(u"recoveryButton"_s)->isHidden());
    dialog.findChild<QLineEdit *>(u"userName"_s)->setText(u"fenna"_s);
    dialog.findChild<QLineEdit *>(u"password"_s)->setText(u"niet-goed"_s);
    dialog.findChild<QPushButton *>(u"unlockButton"_s)->click();
    QVERIFY(!dialog.takeStore());
    QVERIFY2(!dialog.errorMessage().isEmpty(), "a wrong password is said");
    QVERIFY(!dialog.errorMessage().contains(u"niet-goed"_s));
    shot(&dialog, "server-unlock-wrong");
    dialog.findChild<QLineEdit *>(u"password"_s)->setText(officerPassword);
    dialog.findChild<QPushButton *>(u"unlockButton"_s)->click();
    const auto store = dialog.takeStore();
    QVERIFY2(store, qPrintable(dialog.errorMessage()));
    QVERIFY(store->isServer());
    QCOMPARE(store->userName(), u"fenna"_s);
}

// The officer's desk on the server store: the Requests section lists both requests of
// initTestCase with their persons, in every order the list offers, and opens one beside it.
void TestServerDesk::listShowsTheRequests()
{
    StoreError openError;
    const auto store = m_server.open(u"fenna"_s, officerPassword, &openError);
    QVERIFY2(store, qPrintable(openError.message() + u' ' + openError.detail()));
    MainWindow window(Session { *store });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentSection(MainWindow::Section::Requests);
    CaseListPage *page = window.caseListPage();
    QVERIFY(page);
    QVERIFY(page->isVisible());
    CaseListModel *model = page->model();
    QTRY_COMPARE(model->rowCount(), 2);
    const auto names = [model] {
        QStringList shown;
        for (int row = 0; row < model->rowCount(); ++row)
            shown << model->index(row, CaseListModel::PersonColumn).data().toString();
        shown.sort();
        return shown;
    };
    QCOMPARE(names(), (QStringList { u"Anna Jansen"_s, u"Bram de Vries"_s }));
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row, 0)
                    .data(CaseListModel::CaseNumberRole)
                    .toString()
                    .startsWith(u"AVG-%1-"_s.arg(pd::systemClock().today().year())));
    // Sorted by the person, both ways: the server orders as a store folder does.
    QTableView *view = page->view();
    view->sortByColumn(CaseListModel::PersonColumn, Qt::AscendingOrder);
    QTRY_COMPARE(model->index(0, CaseListModel::PersonColumn).data().toString(), u"Anna Jansen"_s);
    QCOMPARE(model->rowCount(), 2);
    view->sortByColumn(CaseListModel::PersonColumn, Qt::DescendingOrder);
    QTRY_COMPARE(model->index(0, CaseListModel::PersonColumn).data().toString(),
                 u"Bram de Vries"_s);
    QCOMPARE(model->rowCount(), 2);
    // A click opens the request beside the list.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(model->index(0, CaseListModel::PersonColumn)).center());
    QTRY_VERIFY(window.caseDetail()->isVisible());
    QCOMPARE(window.caseDetail()->currentNumber(),
             model->index(0, 0).data(CaseListModel::CaseNumberRole).toString());
    shot(&window, "server-desk-requests");
}

void TestServerDesk::deskShowsWhatAnotherSeatCommits()
{
    StoreError openError;
    const auto officer = m_server.open(u"fenna"_s, officerPassword, &openError);
    QVERIFY2(officer, qPrintable(openError.message()));
    const auto seat = m_server.open(u"kees"_s, kccPassword, &openError);
    QVERIFY2(seat, qPrintable(openError.message()));
    // Two desks listening: the officer's, and the KCC employee's own.
    MainWindow desk(Session { *officer });
    desk.resize(1200, 800);
    desk.show();
    MainWindow kccDesk(Session { *seat });
    kccDesk.show();
    CaseListModel *model = desk.caseListPage()->model();
    QVERIFY2(model->errorText().isEmpty(), qPrintable(model->errorText()));
    const int before = model->totalCount();
    QVERIFY(before >= 2);
    QTest::qWait(500); // whatever opening the desks wrote has settled

    // The KCC employee logs a phone call at the other seat.
    CaseService cases(Session { *seat });
    NewCase request;
    request.person.name = u"Cor Bakker"_s;
    request.person.relation = Relation::Woningzoekende;
    request.types = { RequestType::Verwijdering };
    request.channel = Channel::Telefoon;
    request.receivedDate = pd::systemClock().today();
    ServiceError serviceError;
    const auto added = cases.add(request, BsnCheck::Refuse, &serviceError);
    QVERIFY2(added, qPrintable(serviceError.message));

    // Within a second the officer's list holds it, without anyone touching the desk.
    QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), before + 1, 1000);
    bool listed = false;
    for (int row = 0; row < model->rowCount(); ++row)
        listed = listed || model->rowAt(row)->number == added->number;
    QVERIFY2(listed, qPrintable(added->number));
    QVERIFY(model->errorText().isEmpty());
    shot(&desk, "server-desk-refreshed");

    // The refreshes write nothing that would wake the other desk again (no echo between seats).
    const int events = auditEvents(*officer);
    QVERIFY(events > 0);
    QTest::qWait(1500);
    QCOMPARE(auditEvents(*officer), events);
    QCOMPARE(model->totalCount(), before + 1);
}

// A request's description changed by hand with psql: the Tijdlijn says who changed what, and
// beneath it the value before and after, as the server's row trail kept them.
void TestServerDesk::timelineShowsAChangeByHand()
{
    StoreError openError;
    const auto officer = m_server.open(u"fenna"_s, officerPassword, &openError);
    QVERIFY2(officer, qPrintable(openError.message()));
    CaseService cases(Session { *officer });
    NewCase request;
    request.person.name = u"Dirk van 't Hof"_s;
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Brief;
    request.receivedDate = pd::systemClock().today();
    request.description = u"Welke gegevens hebben jullie van mij?"_s;
    ServiceError serviceError;
    const auto added = cases.add(request, BsnCheck::Refuse, &serviceError);
    QVERIFY2(added, qPrintable(serviceError.message));
    const ServerStoreFixture::PsqlResult changed
        = m_server.psql(u"fenna"_s, officerPassword,
                        u"UPDATE cases SET description = 'Alleen mijn huurbetalingen' WHERE "
                        "number = '%1'"_s.arg(added->number));
    QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));

    CaseDetailWidget detail(Session { *officer }, u"fenna"_s);
    detail.resize(1200, 800);
    QVERIFY(detail.showCase(added->number));
    const QStringList lines = detail.timelineLines();
    const QString byHand = lines.filter(u"Changed outside Privacydesk"_s).value(0);
    QVERIFY2(byHand.contains(u"description: \u2018Welke gegevens hebben jullie van mij?\u2019 "
                             "\u2192 \u2018Alleen mijn huurbetalingen\u2019"_s),
             qPrintable(lines.join(u"\n"_s)));
    detail.show();
    detail.findChild<QTabWidget *>()->setCurrentIndex(
        static_cast<int>(CaseDetailWidget::Tab::Timeline));
    shot(&detail, "server-timeline-by-hand");
}

// The next start asks for the password of the server store used last, as it does for a store
// folder. (The desk once remembered "postgresql:///privacydesk?…" folded by QDir::cleanPath into
// "postgresql:/privacydesk?…", a folder that does not exist, and started at the welcome window.)
void TestServerDesk::nextStartUnlocksTheServerStore()
{
    QSettings().remove(u"store/lastPath"_s);
    {
        Application app;
        app.start({ m_server.uri(), false });
        auto *unlock = qobject_cast<UnlockDialog *>(app.currentDialog());
        QVERIFY(unlock);
        unlock->setUserName(u"fenna"_s);
        unlock->findChild<QLineEdit *>(u"password"_s)->setText(officerPassword);
        unlock->findChild<QPushButton *>(u"unlockButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() != nullptr, 20000);
        QVERIFY(app.mainWindow()
                    ->findChild<QLabel *>(u"storeLabel"_s)
                    ->text()
                    .contains(u"postgresql:///"_s));
    }
    Application again;
    again.start({});
    auto *unlock = qobject_cast<UnlockDialog *>(again.currentDialog());
    QVERIFY2(unlock,
             "the next start shows the welcome window instead of the server store's unlock");
    QString error;
    const auto remembered = ServerLocation::parse(unlock->directory(), &error);
    QVERIFY2(remembered, qPrintable(unlock->directory() + u' ' + error));
    QCOMPARE(remembered->toString(), m_server.location().toString());
    unlock->setUserName(u"fenna"_s);
    unlock->findChild<QLineEdit *>(u"password"_s)->setText(officerPassword);
    unlock->findChild<QPushButton *>(u"unlockButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(again.mainWindow() != nullptr, 20000);
    QVERIFY(again.mainWindow()->findChild<QLabel *>(u"userLabel"_s)->text().contains(u"fenna"_s));
}

// This computer saw the trail up to its head (the unlocks above kept it); the superuser
// then deletes its last event, triggers off. The next unlock of the desk says so over the main
// window, with [rolled-back], instead of opening as if nothing happened.
void TestServerDesk::deskSaysATrailCutBack()
{
    const auto unlockAsFenna = [](Application &app) {
        auto *unlock = qobject_cast<UnlockDialog *>(app.currentDialog());
        if (!unlock)
            return false;
        unlock->setUserName(u"fenna"_s);
        unlock->findChild<QLineEdit *>(u"password"_s)->setText(officerPassword);
        unlock->findChild<QPushButton *>(u"unlockButton"_s)->click();
        return QTest::qWaitFor([&app] { return app.mainWindow() != nullptr; }, 20000);
    };
    {
        Application app;
        app.start({ m_server.uri(), false });
        QVERIFY(unlockAsFenna(app));
        QTest::qWait(50);
        QVERIFY(!app.mainWindow()->findChild<QMessageBox *>(u"openWarnings"_s));
    }
    QString error;
    QVERIFY2(m_server.cluster().execAsSuperuser(
                 { u"SET session_replication_role = replica"_s,
                   u"DELETE FROM privacydesk.audit_events WHERE seq = (SELECT max(seq) FROM "
                   "privacydesk.audit_events)"_s },
                 &error, QString::fromLatin1(ServerStoreFixture::database)),
             qPrintable(error));
    Application app;
    app.start({ m_server.uri(), false });
    QVERIFY(unlockAsFenna(app));
    QMessageBox *box = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        box = app.mainWindow()->findChild<QMessageBox *>(u"openWarnings"_s);
        return box && box->isVisible();
    }));
    QCOMPARE(box->icon(), QMessageBox::Warning);
    QVERIFY2(box->text().contains(u"[rolled-back]"_s), qPrintable(box->text()));
    shot(app.mainWindow(), "server-desk-rolled-back");
    box->accept();
}

QTEST_MAIN(TestServerDesk)
#include "tst_serverdesk.moc"
