// On the desk: the request's checklist of systems on its overview (tick one, the count
// follows), the completion dialog that warns while a system is open and completes only with
// "Toch afronden", the DPIA tab under the registers with its dialog (OK stays disabled while a
// listed processing is marked "no DPIA needed"), and the register's DPIA column.

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseService.h"
#include "cases/CaseSystemsWidget.h"
#include "registers/DpiaDialog.h"
#include "registers/DpiaPage.h"
#include "registers/ProcessingRegister.h"
#include "registers/ProcessingRegisterPage.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace pd;
using namespace pd::ui;
using namespace Qt::StringLiterals;

class TestSystemsDpiaGui final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checklistOnTheOverview();
    void completionWarnsWhileASystemIsOpen();
    void sentSeparatelyOnTheOverview();
    void dpiaTabAndDialog();

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    QString m_number;
};

void TestSystemsDpiaGui::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_store = test::createTestStore(m_tmp.filePath(u"store"_s));
    QVERIFY(m_store);
    ProcessingActivity a;
    a.purposeCode = u"C"_s;
    a.purpose = u"Bestrijden fraude"_s;
    a.subPurpose = u"Cameratoezicht"_s;
    a.name = u"Cameratoezicht complexen"_s;
    a.legalBases = { u"f"_s };
    a.subjects = { u"huurders"_s };
    a.dataCategories = { { u"camerabeelden"_s, {} } };
    a.systems = { u"Camerasysteem"_s, u"Klantmailbox"_s };
    ServiceError error;
    QVERIFY2(ProcessingRegister(Session { *m_store }).add(a, BsnCheck::Refuse, &error),
             qPrintable(error.message));
    NewCase request;
    request.person.name = u"Jan Jansen"_s;
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Inzage };
    request.receivedDate = systemClock().today();
    const auto c = CaseService(Session { *m_store }).add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));
    m_number = c->number;
}

void TestSystemsDpiaGui::checklistOnTheOverview()
{
    CaseSystemsWidget widget(Session { *m_store });
    widget.showCase(m_number);
    widget.show();
    QCOMPARE(widget.table()->rowCount(), 2);
    QCOMPARE(widget.table()->item(0, CaseSystemsWidget::SystemColumn)->text(), u"Camerasysteem"_s);
    QVERIFY(widget.status()->text().startsWith(u"0 of 2"_s));
    widget.noteEdit()->setText(u"Beelden al overschreven"_s);
    QVERIFY(widget.tickRow(0));
    QVERIFY(widget.status()->text().startsWith(u"1 of 2"_s));
    QCOMPARE(widget.table()->item(0, CaseSystemsWidget::ByColumn)->text(), test::testUser);
    QCOMPARE(widget.table()->item(0, CaseSystemsWidget::NoteColumn)->text(),
             u"Beelden al overschreven"_s);
    // A result that does not fit is said, and nothing is ticked.
    widget.resultBox()->setCurrentIndex(
        widget.resultBox()->findData(static_cast<int>(SystemSearchResult::Gewist)));
    QVERIFY(!widget.tickRow(1));
    QVERIFY(widget.status()->text().startsWith(u"1 of 2"_s));
}

void TestSystemsDpiaGui::completionWarnsWhileASystemIsOpen()
{
    CaseService cases(Session { *m_store });
    const auto c = cases.find(m_number);
    QVERIFY(c);
    CompleteDialog dialog(cases, *c, systemClock().today(), nullptr, { u"Klantmailbox"_s });
    QVERIFY(dialog.systemsOpenBox());
    QLabel *warning = dialog.findChild<QLabel *>(u"systemsOpenWarning"_s);
    QVERIFY(warning);
    QCOMPARE(warning->text(), u"1 system(s) not searched yet: Klantmailbox."_s);
    dialog.noIdentificationReasonEdit()->editor()->setPlainText(test::knownDataSubject);
    QVERIFY(dialog.invalidReason().contains(u"Complete anyway"_s));
    dialog.systemsOpenBox()->setChecked(true);
    QVERIFY(!dialog.invalidReason().contains(u"Complete anyway"_s));
    CompleteDialog none(cases, *c, systemClock().today());
    QVERIFY(!none.systemsOpenBox());
}

// The day the data a search found were sent separately, recorded on the
// overview: "apart verstrekt" takes the day, the note stays, and the list shows it.
void TestSystemsDpiaGui::sentSeparatelyOnTheOverview()
{
    NewCase request;
    request.person.name = u"Piet Pieters"_s;
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Inzage };
    request.receivedDate = systemClock().today().addDays(-5);
    ServiceError error;
    const auto c = CaseService(Session { *m_store }).add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));
    CaseSystemsWidget widget(Session { *m_store });
    widget.showCase(c->number);
    widget.show();
    widget.resultBox()->setCurrentIndex(
        widget.resultBox()->findData(static_cast<int>(SystemSearchResult::Gevonden)));
    QVERIFY(!widget.sentOnEdit()->isEnabled());
    widget.noteEdit()->setText(u"Beelden van de hal"_s);
    QVERIFY(widget.tickRow(0));
    widget.resultBox()->setCurrentIndex(
        widget.resultBox()->findData(static_cast<int>(SystemSearchResult::ApartVerstrekt)));
    QVERIFY(widget.sentOnEdit()->isEnabled());
    const QDate sent = systemClock().today().addDays(-1);
    widget.sentOnEdit()->setDate(sent);
    QVERIFY(widget.tickRow(0));
    const auto list = SystemChecklist(Session { *m_store }).of(c->number, &error);
    QVERIFY2(list, qPrintable(error.message));
    QCOMPARE(list->at(0).result, SystemSearchResult::ApartVerstrekt);
    QCOMPARE(list->at(0).sentOn, sent);
    QCOMPARE(list->at(0).note, u"Beelden van de hal"_s); // kept
    QVERIFY2(widget.table()
                 ->item(0, CaseSystemsWidget::ResultColumn)
                 ->text()
                 .endsWith(QLocale().toString(sent, QLocale::ShortFormat)),
             qPrintable(widget.table()->item(0, CaseSystemsWidget::ResultColumn)->text()));
}

void TestSystemsDpiaGui::dpiaTabAndDialog()
{
    ProcessingRegisterPage page(Session { *m_store });
    page.resize(1200, 800);
    page.show();
    DpiaPage *dpias = page.dpiaPage();
    QVERIFY(dpias);
    QCOMPARE(dpias->view()->topLevelItemCount(), 1);
    QCOMPARE(dpias->view()->topLevelItem(0)->text(DpiaPage::StatusColumn), u"Not assessed"_s);
    page.showDpias();
    QVERIFY(dpias->isVisible());
    QCOMPARE(dpias->view()->currentItem(), nullptr); // nothing due
    dpias->selectActivity(u"C.1"_s);
    dpias->assessSelected();
    auto *dialog = dpias->findChild<DpiaDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    // On the AP's list and "no DPIA needed": refused with art. 35 lid 4.
    auto *apList = dialog->findChild<QListWidget *>(u"apList"_s);
    for (int i = 0; i < apList->count(); ++i) {
        if (apList->item(i)->data(Qt::UserRole).toString() == u"cameratoezicht"_s)
            apList->item(i)->setCheckState(Qt::Checked);
    }
    dialog->findChild<QPlainTextEdit *>(u"reason"_s)->setPlainText(u"Klein"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog->problemsText().contains(u"35(4)"_s));
    QVERIFY(dialog->findChild<QLabel *>(u"indication"_s)->text().contains(u"required"_s));
    for (QRadioButton *radio : dialog->findChildren<QRadioButton *>()) {
        if (radio->text().contains(u"needed"_s) && !radio->text().contains(u"o DPIA"_s))
            radio->setChecked(true);
    }
    QVERIFY(ok->isEnabled());
    ok->click();
    QTRY_COMPARE(dpias->view()->topLevelItem(0)->text(DpiaPage::StatusColumn),
                 u"DPIA needed, not done"_s);
    QTRY_VERIFY(
        dpias->view()->topLevelItem(0)->text(DpiaPage::AttentionColumn).contains(u"35(1)"_s));
    // The register's own tab shows it per activity.
    auto *model = qobject_cast<QStandardItemModel *>(
        qobject_cast<QSortFilterProxyModel *>(page.view()->model())->sourceModel());
    QVERIFY(model);
    QCOMPARE(model->item(0)->child(0, ProcessingRegisterPage::DpiaColumn)->text(),
             u"DPIA needed, not done"_s);
}

QTEST_MAIN(TestSystemsDpiaGui)
#include "tst_systemsdpia_gui.moc"
