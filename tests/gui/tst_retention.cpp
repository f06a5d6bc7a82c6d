// The Bewaartermijnen page offscreen on a real store with "today" pinned: the tabs fill from
// the service, destruction only after the explicit confirmation (Cancel destroys nothing), a
// legal hold placed and released, rules validated as the user types, and a closed data breach
// that came due, destroyed with the same confirmation.

#include "DrillDownBanner.h"
#include "EmptyStateWidget.h"
#include "GuiTestSupport.h"
#include "MessageLabel.h"
#include "TestSupport.h"
#include "breaches/BreachService.h"
#include "breaches/BreachesPage.h"
#include "cases/CaseService.h"
#include "crypto/SecureBytes.h"
#include "demo/DemoData.h"
#include "registers/RetentionPage.h"
#include "registers/RetentionRuleDialog.h"
#include "reports/DashboardService.h"
#include "retention/Retention.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using namespace pd::ui;

namespace {

QDateTime noonOn(QDate day)
{
    return QDateTime(day, QTime(12, 0), Qt::UTC);
}

} // namespace

class TestRetentionPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tabsFillFromTheStore();
    void destroyOnlyAfterConfirmation();
    void destroyShowsWhatIsKept();
    void holdAndRelease();
    void rulesValidateAsYouType();
    void readFailuresAreShown();
    void emptyStatesOnAnEmptyStore();
    void expiringDrillDownOpensExpiringSoon();
    void demoStore();
    void rulesEditRelations();
    void breachDueAndDestroyed();
    void ownRuleAddedAndRemoved(); // last: it installs the translations

private:
    QString addClosed(const QString &name, const QString &klantnummer, QDate received,
                      QDate answered);
    void select(QTableView *view, int row);
    void shoot(QWidget *widget, const QString &name);

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { noonOn(QDate(2026, 3, 2)) };
    std::unique_ptr<CaseService> m_cases;
    std::unique_ptr<RetentionService> m_retention;
    QString m_expired;
    qint64 m_soonPerson = 0;
};

void TestRetentionPage::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
}

void TestRetentionPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = createTestStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    m_cases = std::make_unique<CaseService>(Session { *m_store, m_clock });
    m_retention = std::make_unique<RetentionService>(Session { *m_store, m_clock });
    m_expired = addClosed(u"Pieter Verlopen"_s, u"K-001"_s, QDate(2024, 2, 1), QDate(2024, 2, 29));
    QVERIFY(!m_expired.isEmpty());
    QVERIFY(!addClosed(u"Sanne Recent"_s, u"K-002"_s, QDate(2025, 11, 3), QDate(2025, 12, 1))
                 .isEmpty());
    m_soonPerson = m_cases->find(addClosed(u"Camera Kijker"_s, u"K-003"_s, QDate(2026, 2, 2), {}))
                       ->person.id;
    ServiceError error;
    QVERIFY(m_retention->setItem(m_soonPerson, u"camerabeelden"_s, QDate(2026, 2, 20), &error));
    m_clock.set(noonOn(QDate(2026, 3, 2)));
}

void TestRetentionPage::cleanup()
{
    if (m_cases)
        QVERIFY(m_cases->verifyAuditTrail().ok);
    m_retention.reset();
    m_cases.reset();
    m_store.reset();
    m_dir.reset();
}

QString TestRetentionPage::addClosed(const QString &name, const QString &klantnummer,
                                     QDate received, QDate answered)
{
    m_clock.set(noonOn(answered.isValid() ? answered : received));
    NewCase request;
    request.person.name = name;
    request.person.klantnummer = klantnummer;
    request.types = { RequestType::Inzage };
    request.receivedDate = received;
    request.description = u"Vraag van %1"_s.arg(name);
    ServiceError error;
    const auto c = m_cases->add(request, BsnCheck::Refuse, &error);
    if (!c)
        return {};
    if (answered.isValid()
        && !m_cases->complete(c->number,
                              test::completion(Outcome::Toegewezen, answered, u"brief"_s, {}, {},
                                               test::knownDataSubject),
                              BsnCheck::Refuse, &error))
        return {};
    return c->number;
}

void TestRetentionPage::select(QTableView *view, int row)
{
    view->setFocus();
    view->selectRow(row);
}

void TestRetentionPage::shoot(QWidget *widget, const QString &name)
{
    QVERIFY(test::saveShot(widget, test::shotsDir(), u"desk-retention-"_s + name));
}

void TestRetentionPage::tabsFillFromTheStore()
{
    RetentionPage page(Session { *m_store, m_clock });
    page.resize(1100, 650);
    page.show();
    QCOMPARE(page.referenceDateEdit()->date(), QDate(2026, 3, 2));
    QCOMPARE(page.tabs()->count(), 5);
    QCOMPARE(page.dueModel()->rowCount(), 1);
    QCOMPARE(page.dueModel()->item(0)->name, u"Pieter Verlopen"_s);
    QCOMPARE(page.dueModel()
                 ->data(page.dueModel()->index(0, RetentionItemModel::Expires), Qt::DisplayRole)
                 .toString(),
             QLocale().toString(QDate(2026, 2, 28), QLocale::ShortFormat));
    QCOMPARE(page.soonModel()->rowCount(), 1);
    QCOMPARE(page.soonModel()->item(0)->rule.code, u"camerabeelden"_s);
    QCOMPARE(page.rulesTable()->rowCount(), 7); // with the breach register's (schema 23)
    QCOMPARE(page.logModel()->rowCount(), 0);
    QVERIFY(!page.destroyAction()->isEnabled());
    shoot(&page, u"due"_s);

    // Another reference date: everything of the first two has expired by 2028.
    page.referenceDateEdit()->setDate(QDate(2028, 1, 1));
    QCOMPARE(page.dueModel()->rowCount(), 3);
    page.withinDaysBox()->setValue(400);
    QCOMPARE(page.soonModel()->rowCount(), 0);
}

void TestRetentionPage::destroyOnlyAfterConfirmation()
{
    RetentionPage page(Session { *m_store, m_clock });
    page.show();
    select(page.dueView(), 0);
    QVERIFY(page.destroyAction()->isEnabled());

    page.destroyAction()->trigger();
    auto *dialog = qobject_cast<DestroyDialog *>(page.currentDialog());
    QVERIFY(dialog);
    QVERIFY2(dialog->description().contains(m_expired), qPrintable(dialog->description()));
    QVERIFY(dialog->description().contains(u"cannot be undone"_s));
    QVERIFY(dialog->description().contains(u"Pieter Verlopen"_s));
    QVERIFY(!dialog->destroyButton()->isEnabled());
    // Escape: nothing happens.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!page.currentDialog());
    QCOMPARE(m_cases->find(m_expired)->person.name, u"Pieter Verlopen"_s);

    page.destroyAction()->trigger();
    dialog = qobject_cast<DestroyDialog *>(page.currentDialog());
    QVERIFY(dialog);
    shoot(dialog, u"confirm"_s);
    dialog->understoodBox()->setChecked(true);
    QVERIFY(dialog->destroyButton()->isEnabled());
    dialog->methodEdit()->setText(u"geanonimiseerd"_s);
    dialog->destroyButton()->click();
    QTRY_VERIFY(!page.currentDialog());
    QVERIFY(m_cases->find(m_expired)->person.name != u"Pieter Verlopen"_s);
    QVERIFY(m_cases->find(m_expired)->description.isEmpty());
    QCOMPARE(page.dueModel()->rowCount(), 0);
    QCOMPARE(page.logModel()->rowCount(), 1);
    QCOMPARE(page.logModel()
                 ->data(page.logModel()->index(0, DestructionLogModel::Cases), Qt::DisplayRole)
                 .toString(),
             m_expired);
    page.setCurrentTab(RetentionPage::Tab::Log);
    shoot(&page, u"log"_s);
}

// Financial records still kept: the dialog says apart what is kept, the page says it
// after destroying, and the list shows the person as reduced to the name and customer number.
void TestRetentionPage::destroyShowsWhatIsKept()
{
    const qint64 person = m_cases->find(m_expired)->person.id;
    ServiceError error;
    QVERIFY(m_retention->setItem(person, u"financiele-gegevens"_s, QDate(2024, 12, 31), &error));
    m_clock.set(noonOn(QDate(2026, 3, 2)));
    RetentionPage page(Session { *m_store, m_clock });
    page.resize(1100, 650);
    page.show();
    int row = -1;
    for (int i = 0; i < page.dueModel()->rowCount(); ++i) {
        if (page.dueModel()->item(i)->personId == person && page.dueModel()->item(i)->id == 0)
            row = i;
    }
    QVERIFY(row >= 0);
    select(page.dueView(), row);
    page.destroyAction()->trigger();
    auto *dialog = qobject_cast<DestroyDialog *>(page.currentDialog());
    QVERIFY(dialog);
    QVERIFY2(dialog->keptText().contains(u"Financiële gegevens"_s), qPrintable(dialog->keptText()));
    QVERIFY(dialog->keptText().contains(u"31-12-2031"_s));
    QVERIFY(dialog->keptText().contains(u"art. 52 AWR"_s));
    QVERIFY(!dialog->description().contains(dialog->keptText()));
    shoot(dialog, u"confirm-kept"_s);
    dialog->understoodBox()->setChecked(true);
    dialog->destroyButton()->click();
    QTRY_VERIFY(!page.currentDialog());
    auto *message = page.findChild<MessageLabel *>(u"pageMessage"_s);
    QVERIFY(message);
    QVERIFY2(message->message().contains(u"Financiële gegevens"_s), qPrintable(message->message()));
    QVERIFY(m_cases->find(m_expired)->person.name != u"Pieter Verlopen"_s);

    page.referenceDateEdit()->setDate(QDate(2032, 1, 2));
    row = -1;
    for (int i = 0; i < page.dueModel()->rowCount(); ++i) {
        if (page.dueModel()->item(i)->personId == person)
            row = i;
    }
    QVERIFY(row >= 0);
    const QString name
        = page.dueModel()
              ->data(page.dueModel()->index(row, RetentionItemModel::Name), Qt::DisplayRole)
              .toString();
    QVERIFY2(name.contains(u"Pieter Verlopen"_s), qPrintable(name));
    QVERIFY(name.contains(u"only name and customer number kept"_s));
    shoot(&page, u"kept"_s);
}

void TestRetentionPage::holdAndRelease()
{
    RetentionPage page(Session { *m_store, m_clock });
    page.show();
    page.setCurrentTab(RetentionPage::Tab::Soon);
    select(page.soonView(), 0);
    QVERIFY(page.holdAction()->isEnabled());
    page.holdAction()->trigger();
    auto *dialog = qobject_cast<RetentionTextDialog *>(page.currentDialog());
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::keyClicks(dialog->edit(), u"Open klacht bij de AP"_s);
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::keyClick(dialog->edit(), Qt::Key_Return);
    QTRY_VERIFY(!page.currentDialog());
    QVERIFY(m_retention->holdFor(m_soonPerson, test::MustRead()));
    QCOMPARE(page.holdsTable()->rowCount(), 1);
    QCOMPARE(page.holdsTable()->item(0, 2)->text(), u"Open klacht bij de AP"_s);
    QCOMPARE(page.soonModel()->rowCount(), 0);

    page.setCurrentTab(RetentionPage::Tab::Holds);
    shoot(&page, u"holds"_s);
    page.holdsTable()->setFocus();
    page.holdsTable()->selectRow(0);
    QVERIFY(page.releaseAction()->isEnabled());
    page.releaseAction()->trigger();
    QVERIFY(!m_retention->holdFor(m_soonPerson, test::MustRead()));
    QCOMPARE(page.holdsTable()->rowCount(), 0);
}

void TestRetentionPage::rulesValidateAsYouType()
{
    RetentionPage page(Session { *m_store, m_clock });
    page.show();
    page.setCurrentTab(RetentionPage::Tab::Rules);
    page.rulesTable()->setCurrentCell(0, 0);
    QCOMPARE(page.ruleCategoryEdit()->text(), u"Contactgegevens huurder"_s);
    QVERIFY(page.ruleProblem().isEmpty());
    // 0 days is a term ("zolang ingeschreven": until the trigger itself).
    page.ruleAmountBox()->setValue(0);
    QVERIFY(page.ruleProblem().isEmpty());
    page.ruleCategoryEdit()->clear();
    QVERIFY(page.ruleProblem().contains(u"category"_s));
    QVERIFY(!page.saveRuleAction()->isEnabled());
    page.ruleCategoryEdit()->setText(u"Contactgegevens huurder"_s);
    page.ruleAmountBox()->setValue(1);
    QVERIFY(page.saveRuleAction()->isEnabled());
    page.saveRuleAction()->trigger();
    QCOMPARE(m_retention->rule(u"contactgegevens-huurder"_s, test::MustRead())->period.amount, 1);
    shoot(&page, u"rules"_s);

    // The request-files rule always runs from the completion of the request.
    page.rulesTable()->setCurrentCell(5, 0);
    QVERIFY(!page.ruleTriggerBox()->isEnabled());

    // "Regel toevoegen…" opens its dialog: nothing to add until code and data are
    // typed.
    page.newRuleAction()->trigger();
    auto *dialog = qobject_cast<RetentionRuleDialog *>(page.currentDialog());
    QVERIFY(dialog);
    QVERIFY(!dialog->addButton()->isEnabled());
    QTest::keyClicks(dialog->codeEdit(), u"bezoekers"_s);
    QTest::keyClicks(dialog->nameEdit(), u"Bezoekersregistratie"_s);
    QVERIFY(dialog->addButton()->isEnabled());
    dialog->addButton()->click();
    QCOMPARE(m_retention->rules(test::MustRead()).size(), 8);
    QCOMPARE(page.rulesTable()->rowCount(), 8);
}

// The page over a demo store, looked at a few years ahead so that many closed request files are
// due (and the list loads page by page). With a shots folder the store holds 3,000 requests and
// each tab is saved as a picture.
// A list that could not be read is shown as an error on the page, never as "nothing due" or an
// empty log; the destroy action stops on a plan that could not be read.
void TestRetentionPage::readFailuresAreShown()
{
    RetentionPage page(Session { *m_store, m_clock });
    page.resize(1100, 650);
    page.show();
    auto *readError = page.findChild<MessageLabel *>(u"readError"_s);
    QVERIFY(readError);
    QVERIFY(!readError->isVisible());
    const auto renamed = [this](const QString &from, const QString &to) {
        return test::renameTable(m_store->database(), from, to);
    };

    QVERIFY(renamed(u"retention_destructions"_s, u"weg"_s));
    page.refresh();
    QVERIFY(readError->isVisible());
    QVERIFY2(readError->message().contains(u"could not be read"_s),
             qPrintable(readError->message()));
    QCOMPARE(page.logModel()->rowCount(), 0);
    QVERIFY(!page.logModel()->errorText().isEmpty());
    QVERIFY(renamed(u"weg"_s, u"retention_destructions"_s));

    QVERIFY(renamed(u"retention_items"_s, u"weg"_s));
    page.refresh();
    auto *summary = page.findChild<QLabel *>(u"dueSummary"_s);
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(u"could not be read"_s), qPrintable(summary->text()));
    QVERIFY(!summary->text().contains(u"Nothing is due"_s));
    QVERIFY(readError->isVisible());
    shoot(&page, u"read-failed"_s);
    QVERIFY(renamed(u"weg"_s, u"retention_items"_s));

    page.refresh();
    QVERIFY(!readError->isVisible());
    QCOMPARE(page.dueModel()->rowCount(), 1);

    // The destruction plan of the selected row cannot be read: nothing is destroyed, the page
    // says why.
    select(page.dueView(), 0);
    QVERIFY(page.destroyAction()->isEnabled());
    QVERIFY(renamed(u"case_notes"_s, u"weg"_s));
    page.destroyAction()->trigger();
    QVERIFY(!page.currentDialog());
    auto *message = page.findChild<MessageLabel *>(u"pageMessage"_s);
    QVERIFY(message);
    QVERIFY2(!message->message().isEmpty(), "no message after a failed plan");
    QVERIFY(renamed(u"weg"_s, u"case_notes"_s));
    QCOMPARE(m_cases->find(m_expired)->person.name, u"Pieter Verlopen"_s);
}

// No tab shows a bare empty table. On a store without items, holds or destructions
// each tab says there is nothing, why, and what to do; a store without rules says so too; a
// dashboard selection with nothing in it says that and how to see everything again.
void TestRetentionPage::emptyStatesOnAnEmptyStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = createTestStore(dir.filePath(u"leeg"_s));
    QVERIFY(store);
    const auto translate = [](const char *text, int n = -1) {
        return QCoreApplication::translate("pd::ui::RetentionPage", text, nullptr, n);
    };
    RetentionPage page(Session { *store, m_clock });
    page.resize(1100, 650);
    page.show();
    QCOMPARE(page.dueModel()->rowCount(), 0);
    QCOMPARE(page.soonModel()->rowCount(), 0);
    QCOMPARE(page.holdsTable()->rowCount(), 0);
    QCOMPARE(page.logModel()->rowCount(), 0);
    const QString on = QLocale().toString(QDate(2026, 3, 2), QLocale::ShortFormat);
    const QList<std::pair<RetentionPage::Tab, QString>> expected {
        { RetentionPage::Tab::Due, translate("Nothing to destroy") },
        { RetentionPage::Tab::Soon, translate("Nothing expires soon") },
        { RetentionPage::Tab::Holds, translate("No legal holds") },
        { RetentionPage::Tab::Log, translate("Nothing destroyed yet") },
    };
    for (const auto &[tab, title] : expected) {
        page.setCurrentTab(tab);
        EmptyStateWidget *empty = page.emptyState(tab);
        QVERIFY2(empty, qPrintable(title));
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->title(), title);
        QVERIFY(!empty->text().isEmpty());
    }
    QVERIFY(page.emptyState(RetentionPage::Tab::Due)->text().contains(on));
    QVERIFY(page.emptyState(RetentionPage::Tab::Soon)->text().contains(on));
    QVERIFY(!page.dueView()->isVisible());
    // The empty state says it once: no summary line above it repeating its first sentence.
    for (const char *summary : { "dueSummary", "soonSummary" }) {
        auto *line = page.findChild<QLabel *>(QString::fromLatin1(summary));
        QVERIFY2(line, summary);
        QVERIFY2(!line->isVisibleTo(&page), qPrintable(line->text()));
    }
    // The new store holds the default rules: that tab lists them.
    QVERIFY(page.rulesTable()->rowCount() > 0);
    QVERIFY(!page.emptyState(RetentionPage::Tab::Rules));
    page.setCurrentTab(RetentionPage::Tab::Soon);
    shoot(&page, u"empty-soon"_s);

    QVERIFY(execSql(store->database(), u"DELETE FROM retention_rules"_s));
    page.refresh();
    page.setCurrentTab(RetentionPage::Tab::Rules);
    QVERIFY(page.emptyState(RetentionPage::Tab::Rules));
    QCOMPARE(page.emptyState(RetentionPage::Tab::Rules)->title(), translate("No retention rules"));
    QVERIFY(page.emptyState(RetentionPage::Tab::Rules)->isVisible());
    QVERIFY(page.ruleCategoryEdit()->isVisible()); // the editor below adds the first rule
    shoot(&page, u"empty-rules"_s);

    // A dashboard selection that holds nothing: said, with the way back.
    page.showHoldsOn(QDate(2026, 1, 15));
    QCOMPARE(page.currentTab(), RetentionPage::Tab::Holds);
    QCOMPARE(page.emptyState(RetentionPage::Tab::Holds)->title(),
             translate("No legal holds on %1")
                 .arg(QLocale().toString(QDate(2026, 1, 15), QLocale::ShortFormat)));
    page.showDueDrillDown(DashboardService::expiringIn(QDate(2027, 3, 1), QDate(2026, 3, 2)),
                          u"verloopt in maart 2027"_s);
    QCOMPARE(page.currentTab(), RetentionPage::Tab::Soon);
    QCOMPARE(page.emptyState(RetentionPage::Tab::Soon)->title(),
             translate("Nothing expires in this selection"));
    page.showDestructions(DashboardService::destructionsIn(QDate(2026, 2, 1), QDate(2026, 3, 2)),
                          u"vernietigd in februari 2026"_s);
    QCOMPARE(page.currentTab(), RetentionPage::Tab::Log);
    QCOMPARE(page.emptyState(RetentionPage::Tab::Log)->title(),
             translate("Nothing destroyed in this selection"));
    page.clearDrillDown();
    QCOMPARE(page.emptyState(RetentionPage::Tab::Log)->title(), translate("Nothing destroyed yet"));
}

// A dashboard bar "expiring in <month>" opens Expiring soon with that month, not To be
// destroyed; the banner names the month and the tab counts the selection.
void TestRetentionPage::expiringDrillDownOpensExpiringSoon()
{
    RetentionPage page(Session { *m_store, m_clock });
    page.resize(1100, 650);
    page.show();
    const QDate on(2026, 3, 2);
    // The camera footage that expires in March 2026 (20 February + 4 weeks): the bar of the
    // reference date's month.
    const DueQuery march = DashboardService::expiringIn(QDate(2026, 3, 1), on, u"camerabeelden"_s);
    const int expected = m_retention->countDue(march, MustRead());
    page.showDueDrillDown(march, u"verloopt in maart 2026, Camerabeelden"_s);
    QVERIFY(page.hasDrillDown());
    QCOMPARE(page.currentTab(), RetentionPage::Tab::Soon);
    QCOMPARE(page.soonModel()->rowCount(), expected);
    QCOMPARE(expected, 1);
    QCOMPARE(page.soonModel()->item(0)->rule.code, u"camerabeelden"_s);
    QVERIFY(!page.withinDaysBox()->isEnabled());
    auto *banner = page.findChild<DrillDownBanner *>();
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->description(), u"verloopt in maart 2026, Camerabeelden"_s);
    QCOMPARE(page.soonSummary()->text(),
             QCoreApplication::translate("pd::ui::RetentionPage", "%n item(s) in this selection.",
                                         nullptr, expected));
    QVERIFY(!page.emptyState(RetentionPage::Tab::Soon));
    // To be destroyed keeps its own list meanwhile.
    QCOMPARE(page.dueModel()->rowCount(), 1);
    shoot(&page, u"drilldown-month"_s);

    // What is overdue on a day opens To be destroyed.
    page.showDueDrillDown(DashboardService::expiredOn(on), u"te vernietigen op 2-3-2026"_s);
    QCOMPARE(page.currentTab(), RetentionPage::Tab::Due);
    QVERIFY(page.withinDaysBox()->isEnabled());
    QCOMPARE(page.dueModel()->rowCount(),
             m_retention->countDue(DashboardService::expiredOn(on), MustRead()));
    page.clearDrillDown();
    QVERIFY(!page.hasDrillDown());
    QVERIFY(!banner->isVisible());
    QVERIFY(page.withinDaysBox()->isEnabled());
}

void TestRetentionPage::demoStore()
{
    QTemporaryDir dir;
    StoreCreateOptions options;
    options.kdf = KdfParams::minimum();
    options.demo = true;
    StoreError storeError;
    QString recovery;
    auto store
        = Store::create(dir.filePath(u"demo"_s), testUser, SecureBytes::fromUtf8(testPassword),
                        options, &recovery, &storeError);
    QVERIFY(store);
    DemoOptions demo;
    demo.cases = test::shotsDir().isEmpty() ? 600 : 3000;
    demo.today = QDate(2026, 3, 2);
    QString error;
    QVERIFY2(DemoData::generate(*store, demo, {}, &error), qPrintable(error));
    RetentionService service(Session { *store, m_clock });
    ServiceError serviceError;
    const QList<RetentionItem> due = service.due({ QDate(2028, 1, 10), 0 }, test::MustRead());
    QVERIFY(due.size() > 2);
    QVERIFY(service.placeHold(due.at(1).personId, u"Lopende klacht bij de AP"_s, BsnCheck::Refuse,
                              &serviceError));

    RetentionPage page(Session { *store, m_clock });
    page.resize(1100, 650);
    page.show();
    page.referenceDateEdit()->setDate(QDate(2028, 1, 10));
    page.dueView()->setFocus();
    page.dueView()->selectRow(0);
    QVERIFY(!page.destroyAction()->isEnabled()); // expired on the reference date, not today
    m_clock.set(noonOn(QDate(2028, 1, 10)));
    qInfo("due on 2028-01-10: %d items loaded of %d", page.dueModel()->rowCount(),
          service.countDue({ QDate(2028, 1, 10), 0 }, test::MustRead()));
    QVERIFY(page.dueModel()->rowCount() <= RetentionItemModel::pageSize);
    page.dueView()->setFocus();
    page.dueView()->selectRow(0);
    shoot(&page, u"demo-due"_s);
    page.setCurrentTab(RetentionPage::Tab::Soon);
    shoot(&page, u"demo-soon"_s);
    page.setCurrentTab(RetentionPage::Tab::Holds);
    shoot(&page, u"demo-holds"_s);
    page.setCurrentTab(RetentionPage::Tab::Rules);
    shoot(&page, u"demo-rules"_s);
    page.setCurrentTab(RetentionPage::Tab::Due);
    // The first closed request files (derived items, recorded as destroyed by hand, come first).
    // (With the screenshots' 3,000 requests the first page may hold recorded items only: read
    // on as the view does when scrolled.)
    int files = 0;
    for (;;) {
        while (files < page.dueModel()->rowCount() && page.dueModel()->item(files)->id != 0)
            ++files;
        if (files < page.dueModel()->rowCount() || !page.dueModel()->canFetchMore({}))
            break;
        page.dueModel()->fetchMore({});
    }
    QVERIFY(files < page.dueModel()->rowCount());
    page.dueView()->selectRow(files);
    page.destroyAction()->trigger();
    auto *dialog = qobject_cast<DestroyDialog *>(page.currentDialog());
    QVERIFY(dialog);
    dialog->understoodBox()->setChecked(true);
    dialog->destroyButton()->click();
    page.setCurrentTab(RetentionPage::Tab::Log);
    shoot(&page, u"demo-log"_s);
    QVERIFY(CaseService(Session { *store, m_clock }).verifyAuditTrail().ok);
}

// The rule editor's relation types: the seeded contact rule derives for tenants and
// former tenants; a rule that does not run from the end of a relation takes none.
void TestRetentionPage::rulesEditRelations()
{
    RetentionPage page(Session { *m_store, m_clock });
    page.show();
    page.setCurrentTab(RetentionPage::Tab::Rules);
    page.rulesTable()->setCurrentCell(0, 0);
    QCOMPARE(page.ruleCategoryEdit()->text(), u"Contactgegevens huurder"_s);
    QCOMPARE(page.rulesTable()->columnCount(), 5);
    const auto box = [&page](const QString &relation) -> QCheckBox * {
        for (QCheckBox *b : page.ruleRelationBoxes())
            if (b->property("relation").toString() == relation)
                return b;
        return nullptr;
    };
    QVERIFY(box(u"huurder"_s) && box(u"ex-huurder"_s) && box(u"woningzoekende"_s));
    QVERIFY(box(u"huurder"_s)->isChecked());
    QVERIFY(box(u"ex-huurder"_s)->isChecked());
    QVERIFY(!box(u"woningzoekende"_s)->isChecked());
    QVERIFY(box(u"huurder"_s)->isEnabled());
    QCOMPARE(static_cast<RetentionTrigger>(page.ruleTriggerBox()->currentData().toInt()),
             RetentionTrigger::EndOfRelation);

    // Camera footage runs from the recording: no relation types to check.
    const int recording = page.ruleTriggerBox()->findData(int(RetentionTrigger::Recording));
    page.ruleTriggerBox()->setCurrentIndex(recording);
    QVERIFY(!box(u"huurder"_s)->isEnabled());
    page.ruleTriggerBox()->setCurrentIndex(
        page.ruleTriggerBox()->findData(int(RetentionTrigger::EndOfFiscalYear)));
    QVERIFY(box(u"huurder"_s)->isEnabled());

    box(u"huurder"_s)->setChecked(false);
    box(u"woningzoekende"_s)->setChecked(true);
    QVERIFY(page.ruleProblem().isEmpty());
    page.saveRuleAction()->trigger();
    const auto saved = m_retention->rule(u"contactgegevens-huurder"_s, test::MustRead());
    QCOMPARE(saved->relations, QStringList({ u"ex-huurder"_s, u"woningzoekende"_s }));
    QCOMPARE(saved->trigger, RetentionTrigger::EndOfFiscalYear);
    QVERIFY(page.rulesTable()->item(0, 4)->text().contains(codes::label(Relation::Woningzoekende)));
    shoot(&page, u"rules-relations"_s);

    // None checked: a manual rule, registered by hand.
    box(u"ex-huurder"_s)->setChecked(false);
    box(u"woningzoekende"_s)->setChecked(false);
    page.saveRuleAction()->trigger();
    QVERIFY(!m_retention->rule(u"contactgegevens-huurder"_s, test::MustRead())->isDerived());
}

// A rule of the organisation's own through "Regel toevoegen…" (Jutphaas: payment data
// as long as the customer is registered, 0 days after the end of the registration), with its
// refusals as the user types; "Regel verwijderen…" greyed with the reason while an item uses the
// rule, and the own rule removed only after the confirmation. Shot in Dutch and English at
// 1200x800.
void TestRetentionPage::ownRuleAddedAndRemoved()
{
    for (const QString &language : { u"nl"_s, u"en"_s }) {
        QVERIFY(installTranslations(language == u"nl"_s ? UiLanguage::Dutch : UiLanguage::English));
        QCoreApplication::processEvents();
        RetentionPage page(Session { *m_store, m_clock });
        page.resize(1200, 800);
        page.show();
        page.setCurrentTab(RetentionPage::Tab::Rules);
        // Camera footage: K-003's item uses it, so it cannot go, and the page says why.
        for (int row = 0; row < page.rulesTable()->rowCount(); ++row)
            if (page.rulesTable()->item(row, 1)->text()
                == codes::label(RetentionTrigger::Recording))
                page.rulesTable()->setCurrentCell(row, 0);
        QCOMPARE(page.ruleCategoryEdit()->text(), u"Camerabeelden"_s);
        QVERIFY(!page.removeRuleAction()->isEnabled());
        QVERIFY2(page.ruleUseText().contains(u'1'), qPrintable(page.ruleUseText()));

        page.newRuleAction()->trigger();
        auto *dialog = qobject_cast<RetentionRuleDialog *>(page.currentDialog());
        QVERIFY(dialog);
        QVERIFY(dialog->width() <= 1200 && dialog->sizeHint().height() <= 800);
        const QString code = u"betaalgegevens-"_s + language;
        QTest::keyClicks(dialog->codeEdit(), u"Betaal gegevens"_s);
        QVERIFY(!dialog->problem().isEmpty()); // capitals and a space: not a code
        dialog->codeEdit()->setText(code);
        QTest::keyClicks(dialog->nameEdit(), u"Betaalgegevens "_s + elfProefNumber());
        QVERIFY(!dialog->addButton()->isEnabled()); // the BSN guard
        QVERIFY(dialog->overrideBox()->isVisible());
        // The guard's message makes the dialog taller; nothing in it is squeezed.
        QVERIFY2(dialog->height() >= dialog->sizeHint().height(),
                 qPrintable(u"%1 < %2"_s.arg(dialog->height()).arg(dialog->sizeHint().height())));
        QVERIFY(dialog->height() <= 800);
        dialog->nameEdit()->setText(u"Betaalgegevens"_s);
        dialog->triggerBox()->setCurrentIndex(
            dialog->triggerBox()->findData(int(RetentionTrigger::EndOfRegistration)));
        dialog->amountBox()->setValue(0);
        for (QCheckBox *box : dialog->relationBoxes())
            box->setChecked(box->property("relation").toString() == u"huurder"_s
                            || box->property("relation").toString() == u"woningzoekende"_s);
        QTest::keyClicks(dialog->basisEdit(), u"Eigen beleid (art. 5 lid 1 sub e AVG)"_s);
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        shoot(dialog, u"rule-add-"_s + language);
        dialog->addButton()->click();
        QTRY_VERIFY(!page.currentDialog()); // closed (and deleted) once added
        const auto added = m_retention->rule(code, test::MustRead());
        QVERIFY(added);
        QCOMPARE(added->period.amount, 0);
        QCOMPARE(added->relations, QStringList({ u"huurder"_s, u"woningzoekende"_s }));
        QCOMPARE(page.ruleCategoryEdit()->text(), u"Betaalgegevens"_s);
        QVERIFY(page.removeRuleAction()->isEnabled());
        QVERIFY(page.ruleUseText().isEmpty());
        shoot(&page, u"rules-own-"_s + language);

        // Cancel removes nothing; Remove does.
        page.removeRuleAction()->trigger();
        auto *confirm = qobject_cast<QMessageBox *>(page.currentDialog());
        QVERIFY(confirm);
        confirm->button(QMessageBox::Cancel)->click();
        QVERIFY(m_retention->rule(code, test::MustRead()));
        QTRY_VERIFY(!page.currentDialog());
        page.removeRuleAction()->trigger();
        confirm = qobject_cast<QMessageBox *>(page.currentDialog());
        QVERIFY(confirm);
        confirm->findChild<QPushButton *>(u"confirmRemoveRule"_s)->click();
        QVERIFY(!m_retention->rule(code, test::MustRead()));
        QCOMPARE(page.rulesTable()->rowCount(), 7);
    }
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
}

// A breach closed on 3 February 2020 came due on 3 February 2025 (5 years): it stands in the
// list by its number and title, no legal hold is offered for it, the same confirmation destroys
// it, the log names it by its number and the breach's detail says it was destroyed.
void TestRetentionPage::breachDueAndDestroyed()
{
    BreachService breaches(Session { *m_store, m_clock });
    ServiceError error;
    m_clock.set(noonOn(QDate(2020, 1, 10)));
    Breach b;
    b.title = u"USB-stick met huurcontracten verloren"_s;
    b.description = u"Op de fiets verloren tussen kantoor en complex."_s;
    b.discoveredAt = BreachCodes::parseLocalMoment(u"2020-01-10T09:00"_s);
    b.natures = { BreachNature::Vertrouwelijkheid };
    b.data = { DataCategory::Naw };
    const auto added = breaches.add(b, BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    QVERIFY(breaches.assess(added->number, { BreachRisk::Geen, u"Versleuteld"_s, {} },
                            BsnCheck::Refuse, &error));
    m_clock.set(noonOn(QDate(2020, 2, 3)));
    QVERIFY2(breaches.close(added->number, &error), qPrintable(error.message));
    m_clock.set(noonOn(QDate(2026, 3, 2)));

    RetentionPage page(Session { *m_store, m_clock });
    page.resize(1100, 650);
    page.show();
    QCOMPARE(page.dueModel()->rowCount(), 2);
    int row = -1;
    for (int i = 0; i < page.dueModel()->rowCount(); ++i)
        if (page.dueModel()->item(i)->isBreach())
            row = i;
    QVERIFY(row >= 0);
    QCOMPARE(page.dueModel()->item(row)->expires, QDate(2025, 2, 3));
    const QString name
        = page.dueModel()
              ->data(page.dueModel()->index(row, RetentionItemModel::Name), Qt::DisplayRole)
              .toString();
    QVERIFY2(name.contains(added->number) && name.contains(b.title), qPrintable(name));
    QVERIFY(
        page.dueModel()
            ->data(page.dueModel()->index(row, RetentionItemModel::Klantnummer), Qt::DisplayRole)
            .toString()
            .isEmpty());
    select(page.dueView(), row);
    QVERIFY(page.destroyAction()->isEnabled());
    QVERIFY(!page.holdAction()->isEnabled());
    shoot(&page, u"due-breach"_s);

    page.destroyAction()->trigger();
    auto *dialog = qobject_cast<DestroyDialog *>(page.currentDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->breachNumber(), added->number);
    QVERIFY2(dialog->description().contains(added->number), qPrintable(dialog->description()));
    QVERIFY(dialog->description().contains(u"cannot be undone"_s));
    QVERIFY2(dialog->keptText().contains(u"skeleton"_s), qPrintable(dialog->keptText()));
    QVERIFY(!dialog->destroyButton()->isEnabled());
    shoot(dialog, u"confirm-breach"_s);
    QTest::keyClick(dialog, Qt::Key_Escape); // Escape destroys nothing
    QTRY_VERIFY(!page.currentDialog());
    QVERIFY(!breaches.get(added->number, MustRead())->isDestroyed());

    select(page.dueView(), row);
    page.destroyAction()->trigger();
    dialog = qobject_cast<DestroyDialog *>(page.currentDialog());
    QVERIFY(dialog);
    dialog->understoodBox()->setChecked(true);
    dialog->methodEdit()->setText(u"gewist"_s);
    dialog->destroyButton()->click();
    QTRY_VERIFY(!page.currentDialog());
    const auto destroyed = breaches.get(added->number, MustRead());
    QVERIFY(destroyed->isDestroyed());
    QVERIFY(destroyed->description.isEmpty());
    QCOMPARE(page.dueModel()->rowCount(), 1);
    QCOMPARE(page.logModel()->rowCount(), 1);
    QCOMPARE(page.logModel()
                 ->data(page.logModel()->index(0, DestructionLogModel::Subject), Qt::DisplayRole)
                 .toString(),
             added->number);
    auto *message = page.findChild<MessageLabel *>(u"pageMessage"_s);
    QVERIFY(message);
    QVERIFY2(message->message().contains(u"skeleton"_s), qPrintable(message->message()));

    // The rule runs from the closing: its trigger is shown and cannot be changed.
    page.setCurrentTab(RetentionPage::Tab::Rules);
    int ruleRow = -1;
    for (int i = 0; i < page.rulesTable()->rowCount(); ++i)
        if (page.rulesTable()->item(i, 0)->text().startsWith(u"Datalekkenregister"_s))
            ruleRow = i;
    QVERIFY(ruleRow >= 0);
    QCOMPARE(page.rulesTable()->item(ruleRow, 1)->text(), u"the breach was closed"_s);
    page.rulesTable()->setCurrentCell(ruleRow, 0);
    QVERIFY(!page.ruleTriggerBox()->isEnabled());
    QCOMPARE(page.ruleTriggerBox()->currentText(), u"the breach was closed"_s);
    page.ruleAmountBox()->setValue(6);
    QVERIFY2(page.ruleProblem().isEmpty(), qPrintable(page.ruleProblem()));
    page.saveRuleAction()->trigger();
    const auto rule = m_retention->rule(u"datalekkenregister"_s, MustRead());
    QCOMPARE(rule->period.amount, 6);
    QCOMPARE(rule->trigger, RetentionTrigger::Other);
    shoot(&page, u"rules-breach"_s);
    // Another rule again: its own triggers, without the breach's.
    page.rulesTable()->setCurrentCell(0, 0);
    QVERIFY(page.ruleTriggerBox()->isEnabled());
    QCOMPARE(page.ruleTriggerBox()->findText(u"the breach was closed"_s), -1);

    // The breach's detail says it was destroyed, and offers nothing to change.
    BreachDetailWidget detail(Session { *m_store, m_clock }, nullptr);
    detail.resize(900, 700);
    QVERIFY(detail.showBreach(added->number));
    QVERIFY2(detail.html().contains(u"Destroyed on"_s), qPrintable(detail.html()));
    QVERIFY(!detail.html().contains(b.description));
    for (const char *button : { "breachReopen", "breachEdit", "breachPrepareNotification" }) {
        auto *push = detail.findChild<QPushButton *>(QString::fromLatin1(button));
        QVERIFY2(push && !push->isEnabled(), button);
    }
    detail.show();
    shoot(&detail, u"breach-destroyed"_s);
}

QTEST_MAIN(TestRetentionPage)
#include "tst_retention.moc"
