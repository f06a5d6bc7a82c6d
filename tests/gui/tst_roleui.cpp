// The pages follow the acting role: on a real store opened as a beheerder, a
// functionaris, a KCC-medewerker and an auditor, every write the role may not do
// (UserService::roleMay) is hidden and disabled on the case detail, its documents and
// disclosures tabs, the complaint dossier, the disclosure register, the retention page and
// the processing register, and a disabled action does nothing when triggered (as its shortcut
// would). A KCC-medewerker's case detail says it shows the phone call only, has no history,
// documents, disclosures or identification, and viewing it leaves no user.denied event. Their
// list offers no filter they cannot use: no handler filter, no "my requests", no handler column.
// A processing activity opens for every role with the register: editable for a role that may
// change it, read only for an auditor (its data shown, no Save, no write attempted).
//
// With PRIVACYDESK_SHOTS_DIR=dir it also saves the case detail as KCC and as auditor.

#include "DocumentFixture.h"
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "cases/CaseDocumentsWidget.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPage.h"
#include "cases/CaseService.h"
#include "documents/ComplaintDossierDialog.h"
#include "registers/CaseDisclosuresWidget.h"
#include "registers/DisclosuresPage.h"
#include "registers/ProcessingActivityDialog.h"
#include "registers/ProcessingRegister.h"
#include "registers/ProcessingRegisterPage.h"
#include "registers/RetentionPage.h"
#include "session/Session.h"
#include "store/Store.h"
#include "users/UserService.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;

Q_DECLARE_METATYPE(pd::Role)

namespace {

struct Account
{
    QString login;
    QString password;
    Role role;
};

const Account functionaris { u"f.jansen"_s, u"wachtwoord-van-jansen"_s, Role::Functionaris };
const Account kcc { u"k.smit"_s, u"wachtwoord-van-smit"_s, Role::Kcc };
const Account auditor { u"a.visser"_s, u"wachtwoord-van-visser"_s, Role::Auditor };

int denials(const Store &store)
{
    QSqlQuery query(store.database());
    return query.exec(u"SELECT count(*) FROM audit_events WHERE action = 'user.denied'"_s)
            && query.next()
        ? query.value(0).toInt()
        : -1;
}

QPushButton *button(const QWidget *parent, const char *name)
{
    return parent->findChild<QPushButton *>(QLatin1StringView(name));
}

// Offered: shown (to its window) and not refused. Not offered: hidden and disabled.
void checkOffered(QAction *action, bool may, const char *what)
{
    QVERIFY2(action, what);
    QVERIFY2(action->isVisible() == may, what);
    if (!may)
        QVERIFY2(!action->isEnabled(), what);
}

void checkOffered(QWidget *widget, bool may, const char *what)
{
    QVERIFY2(widget, what);
    QVERIFY2(widget->isHidden() == !may, what);
    if (!may)
        QVERIFY2(!widget->isEnabled(), what);
}

void shot(QWidget *widget, const QString &name)
{
    const QString dir = test::shotsDir();
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(200);
    widget->grab().save(QDir(dir).filePath(name + u".png"), "PNG");
}

} // namespace

class TestRoleUi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deskAccessFollowsTheTable();
    void caseDetail_data();
    void caseDetail();
    void kccSeesTheCallOnly();
    void caseListFilters_data();
    void caseListFilters();
    void complaintDossier_data();
    void complaintDossier();
    void registerPages_data();
    void registerPages();

private:
    std::unique_ptr<Store> openAs(Role role);
    void roleRows();

    QTemporaryDir m_tmp;
    QString m_dir;
    QString m_fullCase; // the fixture's: letters, disclosures, art. 19
    QString m_kccCall; // logged by k.smit today
    qint64 m_activityId = 0; // a processing activity, added by the beheerder
};

std::unique_ptr<Store> TestRoleUi::openAs(Role role)
{
    StoreError error;
    if (role == Role::Beheerder)
        return test::openTestStore(m_dir, &error);
    const Account &account = role == Role::Functionaris ? functionaris
        : role == Role::Kcc                             ? kcc
                                                        : auditor;
    auto store = Store::open(m_dir, account.login, SecureBytes::fromUtf8(account.password), &error);
    if (!store)
        qWarning("open as %s: %s", qPrintable(account.login), qPrintable(error.detail()));
    return store;
}

void TestRoleUi::roleRows()
{
    QTest::addColumn<Role>("role");
    QTest::newRow("beheerder") << Role::Beheerder;
    QTest::newRow("functionaris") << Role::Functionaris;
    QTest::newRow("kcc") << Role::Kcc;
    QTest::newRow("auditor") << Role::Auditor;
}

void TestRoleUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslations(UiLanguage::English));
    QVERIFY(initSodium());
    QVERIFY(m_tmp.isValid());
    m_dir = m_tmp.filePath(u"kluis"_s);
    {
        auto store = test::createTestStore(m_dir); // the beheerder
        QVERIFY(store);
        test::DocumentFixture fixture(*store);
        QVERIFY2(fixture.setOrganisation(), qPrintable(fixture.error()));
        m_fullCase = fixture.fullCase();
        QVERIFY2(!m_fullCase.isEmpty(), qPrintable(fixture.error()));
        ProcessingActivity activity;
        activity.purposeCode = u"A"_s;
        activity.purpose = u"Leveren van diensten"_s;
        activity.subPurpose = u"Opmaken van huurovereenkomst"_s;
        activity.name = u"Huurovereenkomsten"_s;
        activity.description = u"Aangaan en beheren van huurovereenkomsten"_s;
        activity.legalBases = { u"b"_s };
        activity.subjects = { u"huurders"_s, u"woningzoekenden"_s };
        activity.dataCategories = { { u"naam en contactgegevens"_s, {} },
                                    { u"gegevens over overlast"_s, { u"overlast"_s } } };
        activity.retention = u"einde huurovereenkomst + 2 jaar"_s;
        ServiceError serviceError;
        const auto added
            = ProcessingRegister(Session { *store }).add(activity, BsnCheck::Refuse, &serviceError);
        QVERIFY2(added, qPrintable(serviceError.message));
        m_activityId = added->id;
        UserService users(*store, Session { *store });
        UserError error;
        for (const Account &account : { functionaris, kcc, auditor })
            QVERIFY2(users.add(account.login, {}, account.role,
                               SecureBytes::fromUtf8(account.password), &error),
                     qPrintable(error.message));
    }
    auto store = openAs(Role::Kcc);
    QVERIFY(store);
    NewCase call;
    call.person.name = u"Sanne de Boer"_s;
    call.person.klantnummer = u"K-6001"_s;
    call.person.phone = u"06-12345678"_s;
    call.types = { RequestType::Inzage };
    call.channel = Channel::Telefoon;
    call.receivedDate = pd::systemClock().today();
    call.description = u"Beller wil weten welke gegevens wij hebben"_s;
    call.callbackPhone = u"06-87654321"_s;
    ServiceError error;
    const auto added = CaseService(Session { *store }).add(call, BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    m_kccCall = added->number;
}

void TestRoleUi::deskAccessFollowsTheTable()
{
    for (Role role : { Role::Beheerder, Role::Functionaris, Role::Kcc, Role::Auditor }) {
        auto store = openAs(role);
        QVERIFY(store);
        const DeskAccess access = DeskAccess::of(Session(*store));
        QVERIFY(access.role() == role);
        for (Permission p :
             { Permission::ManageUsers, Permission::ChangeSettings, Permission::IntakeCase,
               Permission::EditCases, Permission::EditRegisters, Permission::ProduceDocuments,
               Permission::ViewAllCases, Permission::ViewRegisters })
            QCOMPARE(access.may(p), UserService::roleMay(role, p));
        QCOMPARE(access.intakeOnly(), role == Role::Kcc);
        QVERIFY(access.deniedReason().contains(UserService::roleName(role)));
    }
    const DeskAccess nobody = DeskAccess::forRole(std::nullopt);
    QVERIFY(!nobody.may(Permission::IntakeCase));
    QVERIFY(!nobody.deniedReason().isEmpty());
}

void TestRoleUi::caseDetail_data()
{
    roleRows();
}

void TestRoleUi::caseDetail()
{
    QFETCH(Role, role);
    auto store = openAs(role);
    QVERIFY(store);
    const bool editCases = UserService::roleMay(role, Permission::EditCases);
    const bool produce = UserService::roleMay(role, Permission::ProduceDocuments);
    const bool registers = UserService::roleMay(role, Permission::ViewRegisters);
    const bool full = UserService::roleMay(role, Permission::ViewAllCases);

    CaseDetailWidget widget(Session { *store }, store->userName());
    widget.resize(1000, 700);
    widget.show();
    QVERIFY(widget.showCase(role == Role::Kcc ? m_kccCall : m_fullCase));
    // With PRIVACYDESK_SHOTS_DIR set: what each role sees (to look at).
    shot(&widget, u"casedetail-"_s + UserService::roleCode(role));
    if (role == Role::Auditor) {
        widget.setCurrentTab(CaseDetailWidget::Tab::Documents);
        shot(&widget, u"casedetail-auditor-documents"_s);
        widget.setCurrentTab(CaseDetailWidget::Tab::Disclosures);
        shot(&widget, u"casedetail-auditor-disclosures"_s);
        widget.setCurrentTab(CaseDetailWidget::Tab::Overview);
    }

    for (QAction *action : widget.caseActions())
        checkOffered(action, editCases, qPrintable(action->objectName()));
    checkOffered(widget.letterAction(), produce, "letter");
    checkOffered(widget.exportAction(), produce, "export");
    checkOffered(widget.dossierAction(), registers, "dossier");
    auto *toolBar = widget.findChild<QToolBar *>(u"caseActions"_s);
    QVERIFY(toolBar);
    QCOMPARE(toolBar->isHidden(), !editCases);

    // A hidden action does nothing, as its shortcut would; an offered one opens its dialog.
    widget.noteAction()->trigger();
    QCOMPARE(widget.currentDialog() != nullptr, editCases);
    if (widget.currentDialog())
        widget.currentDialog()->reject();

    // The documents tab's buttons follow their actions; recorded letters stay readable, and
    // printable again for whoever reads them, never by the KCC.
    CaseDocumentsWidget *documents = widget.documentsWidget();
    for (QPushButton *b : documents->findChildren<QPushButton *>()) {
        const bool dossier = b->text() == widget.dossierAction()->text();
        const bool reprint = b == documents->printButton();
        checkOffered(b,
                     reprint ? UserService::roleMay(role, Permission::ViewAllCases)
                             : (dossier ? registers : produce),
                     qPrintable(b->text()));
    }
    if (full)
        QVERIFY(documents->lettersList()->topLevelItemCount() > 0);

    // The disclosures tab: adding and marking need EditRegisters.
    CaseDisclosuresWidget *disclosures = widget.disclosuresWidget();
    const bool editRegisters = UserService::roleMay(role, Permission::EditRegisters);
    checkOffered(button(disclosures, "newDisclosure"), editRegisters, "new disclosure");
    checkOffered(button(disclosures, "markNotified"), editRegisters, "mark notified");
    checkOffered(button(disclosures, "markExempt"), editRegisters, "mark exempt");
    if (!editRegisters)
        QCOMPARE(disclosures->newDisclosure(), 0); // no dialog, nothing added
    if (registers)
        QVERIFY(disclosures->disclosuresTable()->rowCount() > 0);

    auto *tabs = widget.findChild<QTabWidget *>(u"caseTabs"_s);
    QVERIFY(tabs);
    for (int tab = 1; tab < tabs->count(); ++tab)
        QCOMPARE(tabs->isTabVisible(tab), full);
}

void TestRoleUi::kccSeesTheCallOnly()
{
    {
        auto store = openAs(Role::Kcc);
        QVERIFY(store);
        const int before = denials(*store);
        CaseDetailWidget widget(Session { *store }, store->userName());
        widget.show();
        QVERIFY(widget.showCase(m_kccCall));
        QVERIFY(widget.showsIntakeOnly());
        auto *note = widget.findChild<QLabel *>(u"intakeOnlyNote"_s);
        QVERIFY(note);
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), u"You see only the details of the phone call."_s);
        QVERIFY(widget.timelineLines().isEmpty());
        widget.setCurrentTab(CaseDetailWidget::Tab::Timeline); // hidden: stays on the overview
        QCOMPARE(widget.findChild<QTabWidget *>(u"caseTabs"_s)->currentIndex(), 0);
        widget.reload();
        // Nothing was read that the role may not: looking recorded no refusal.
        QCOMPARE(denials(*store), before);
    }
    // Another role sees no such note, and the history of the same call.
    auto store = openAs(Role::Auditor);
    QVERIFY(store);
    CaseDetailWidget widget(Session { *store }, store->userName());
    widget.show();
    QVERIFY(widget.showCase(m_kccCall));
    QVERIFY(!widget.showsIntakeOnly());
    QVERIFY(widget.findChild<QLabel *>(u"intakeOnlyNote"_s)->isHidden());
    QVERIFY(!widget.timelineLines().isEmpty());
}

void TestRoleUi::caseListFilters_data()
{
    roleRows();
}

void TestRoleUi::caseListFilters()
{
    QFETCH(Role, role);
    auto store = openAs(role);
    QVERIFY(store);
    CaseListPage page(Session { *store });
    page.resize(1000, 700);
    page.show();
    // A KCC-medewerker's rows carry no handler: filtering or sorting on it would find nothing.
    const bool handlers = role != Role::Kcc;
    checkOffered(page.findChild<QComboBox *>(u"handlerFilter"_s), handlers, "handler filter");
    checkOffered(page.findChild<QToolButton *>(u"mineFilter"_s), handlers, "my requests");
    auto *table = page.findChild<QTableView *>(u"caseTable"_s);
    QVERIFY(table);
    QCOMPARE(table->isColumnHidden(CaseListModel::HandlerColumn), !handlers);
    QVERIFY(table->model()->rowCount() > 0); // the KCC's call, the others every request
    // What the KCC still filters on works: the state, the kind, the channel, the deadlines.
    for (const char *name : { "stateFilter", "typeFilter", "channelFilter" })
        checkOffered(page.findChild<QComboBox *>(QLatin1StringView(name)), true, name);
    for (const char *name : { "overdueFilter", "dueWeekFilter" })
        checkOffered(page.findChild<QToolButton *>(QLatin1StringView(name)), true, name);
}

void TestRoleUi::complaintDossier_data()
{
    QTest::addColumn<Role>("role");
    QTest::newRow("functionaris") << Role::Functionaris;
    QTest::newRow("auditor") << Role::Auditor;
}

void TestRoleUi::complaintDossier()
{
    QFETCH(Role, role);
    auto store = openAs(role);
    QVERIFY(store);
    const bool may = UserService::roleMay(role, Permission::ProduceDocuments);
    ComplaintDossierDialog dialog(Session { *store }, m_fullCase);
    QVERIFY(dialog.content().has_value()); // both read the dossier
    auto *reference = dialog.findChild<QLineEdit *>(u"apReference"_s);
    QVERIFY(reference);
    QCOMPARE(reference->isReadOnly(), !may);
    checkOffered(button(&dialog, "recordReference"), may, "record");
    QVERIFY(button(&dialog, "printPreview")->isEnabled());
    QVERIFY(!button(&dialog, "printPreview")->isHidden());
    const int before = denials(*store);
    if (!may) {
        reference->setText(u"z2027-00412"_s);
        QVERIFY(!dialog.recordApReference());
        QCOMPARE(denials(*store), before); // not even attempted
    }
}

void TestRoleUi::registerPages_data()
{
    // KCC has no register pages: the main window does not build them (tst_gui_startup checks
    // that), and the core refuses the reads (tst_kccvisibility).
    QTest::addColumn<Role>("role");
    QTest::newRow("beheerder") << Role::Beheerder;
    QTest::newRow("functionaris") << Role::Functionaris;
    QTest::newRow("auditor") << Role::Auditor;
}

void TestRoleUi::registerPages()
{
    QFETCH(Role, role);
    QVERIFY(UserService::roleMay(role, Permission::ViewRegisters));
    auto store = openAs(role);
    QVERIFY(store);
    const bool may = UserService::roleMay(role, Permission::EditRegisters);

    DisclosuresPage disclosures(Session { *store });
    checkOffered(button(&disclosures, "newDisclosure"), may, "new disclosure");
    checkOffered(button(&disclosures, "newRecipient"), may, "new recipient");
    for (QAction *action : disclosures.actions())
        if (action->shortcut() != QKeySequence::Find)
            checkOffered(action, may, qPrintable(action->shortcut().toString()));
    if (!may) {
        QCOMPARE(disclosures.newDisclosure(), 0);
        QCOMPARE(disclosures.newRecipient(), 0);
    }

    RetentionPage retention(Session { *store });
    for (QAction *action :
         { retention.destroyAction(), retention.holdAction(), retention.releaseAction(),
           retention.saveRuleAction(), retention.newRuleAction() })
        checkOffered(action, may, qPrintable(action->objectName()));
    checkOffered(retention.findChild<QWidget *>(u"ruleEditor"_s), may, "rule editor");
    for (RetentionPage::Tab tab :
         { RetentionPage::Tab::Due, RetentionPage::Tab::Soon, RetentionPage::Tab::Holds }) {
        retention.setCurrentTab(tab);
        for (const char *name : { "destroy", "hold", "release" })
            if (!may)
                checkOffered(button(&retention, name), false, name);
    }
    QVERIFY(retention.rulesTable()->rowCount() > 0); // the rules are read by every such role

    ProcessingRegisterPage processing(Session { *store });
    processing.show();
    for (const char *name : { "add", "remove" })
        checkOffered(button(&processing, name), may, name);
    for (const char *name : { "edit", "exportCsv", "print" }) // "Open…" reads
        QVERIFY2(button(&processing, name) && !button(&processing, name)->isHidden(), name);
    for (QShortcut *shortcut : processing.findChildren<QShortcut *>()) {
        const QKeySequence key = shortcut->key();
        const bool edits
            = key == QKeySequence::Delete || key == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
        if (edits)
            QCOMPARE(shortcut->isEnabled(), may);
        else
            QVERIFY(shortcut->isEnabled());
    }

    // Enter on an activity opens it: editable for a role that may edit, read only otherwise.
    const auto stored = ProcessingRegister(Session { *store }).find(m_activityId);
    QVERIFY(stored);
    QSqlQuery events(store->database());
    const auto auditEvents = [&events] {
        return events.exec(u"SELECT count(*) FROM audit_events"_s) && events.next()
            ? events.value(0).toInt()
            : -1;
    };
    const int eventsBefore = auditEvents();
    const int denialsBefore = denials(*store);
    QVERIFY(processing.selectActivity(m_activityId));
    QVERIFY(button(&processing, "edit")->isEnabled());
    QVERIFY(!button(&processing, "remove")->isEnabled() || may);
    QTest::keyClick(processing.view(), Qt::Key_Return);
    QPointer<ProcessingActivityDialog> dialog = processing.findChild<ProcessingActivityDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->isReadOnly(), !may);
    QSignalSpy accepted(dialog.data(), &QDialog::accepted);
    auto *name = dialog->findChild<QLineEdit *>(u"name"_s);
    QCOMPARE(name->text(), stored->name);
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(u"description"_s)->toPlainText(),
             stored->description);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"retention"_s)->text(), stored->retention);
    auto *data = dialog->findChild<QTableWidget *>(u"dataCategories"_s);
    QCOMPARE(data->rowCount(), 2);
    QCOMPARE(data->item(1, ProcessingActivityDialog::NuisanceColumn)->checkState(), Qt::Checked);
    QCOMPARE(dialog->activity().dataCategories.size(), stored->dataCategories.size());
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    auto *note = dialog->findChild<QLabel *>(u"readOnlyNote"_s);
    QVERIFY(note);
    QCOMPARE(note->isVisible(), !may);
    if (may) {
        QVERIFY(!name->isReadOnly());
        QVERIFY(buttons->button(QDialogButtonBox::Save));
        QVERIFY(buttons->button(QDialogButtonBox::Save)->isEnabled());
        QVERIFY(dialog->canSave());
        QVERIFY(dialog->findChild<QPushButton *>(u"addDataCategory"_s)->isVisible());
        dialog->reject();
    } else {
        QVERIFY(note->text().contains(UserService::roleName(role)));
        QVERIFY(dialog->windowTitle().contains(stored->subCode));
        QVERIFY(name->isReadOnly());
        QVERIFY(name->isEnabled()); // legible and selectable, not greyed out
        for (QPlainTextEdit *edit : dialog->findChildren<QPlainTextEdit *>()) {
            QVERIFY2(edit->isReadOnly(), qPrintable(edit->objectName()));
            QVERIFY2(edit->textInteractionFlags() & Qt::TextSelectableByMouse,
                     qPrintable(edit->objectName()));
        }
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>())
            QVERIFY2(edit->isReadOnly(), qPrintable(edit->objectName()));
        for (QCheckBox *box : dialog->findChildren<QCheckBox *>())
            QVERIFY2(!box->isEnabled() || box->isHidden(), qPrintable(box->objectName()));
        QVERIFY(!(data->item(1, ProcessingActivityDialog::NuisanceColumn)->flags()
                  & Qt::ItemIsUserCheckable));
        QCOMPARE(data->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(dialog->findChild<QPushButton *>(u"addDataCategory"_s)->isHidden());
        QVERIFY(!buttons->button(QDialogButtonBox::Save));
        QVERIFY(buttons->button(QDialogButtonBox::Close));
        QVERIFY(!dialog->canSave());
        // Typing into it changes nothing, and no key reaches the service's write.
        QTest::keyClicks(name, u" en meer"_s);
        QCOMPARE(name->text(), stored->name);
        QVERIFY(!dialog->save());
        for (const QKeyCombination keys : { Qt::CTRL | Qt::Key_S, Qt::CTRL | Qt::Key_Return })
            QTest::keyClick(name, keys.key(), keys.keyboardModifiers());
        QTest::keyClick(name, Qt::Key_Return); // the default button: Close
        QTRY_VERIFY(!dialog || !dialog->isVisible());
    }
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(denials(*store), denialsBefore);
    QCOMPARE(auditEvents(), eventsBefore);
    const auto after = ProcessingRegister(Session { *store }).find(m_activityId);
    QVERIFY(after);
    QCOMPARE(after->name, stored->name);
    QCOMPARE(after->updatedAt, stored->updatedAt);
}

QTEST_MAIN(TestRoleUi)

#include "tst_roleui.moc"
