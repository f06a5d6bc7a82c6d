// The Registers page: the processing register grouped by main purpose, the edit dialog that
// validates as the user types, removal after confirmation, CSV export and the printed pages.
// Dialogs are opened with open(), never exec(), so the test drives them directly.

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "documents/DocumentPreview.h"
#include "registers/ProcessingActivityDialog.h"
#include "registers/ProcessingRegister.h"
#include "registers/ProcessingRegisterPage.h"
#include "session/Session.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace pd;
using namespace pd::ui;
using namespace Qt::StringLiterals;

class TestProcessingRegisterPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyRegisterSaysWhatToDo();
    void dialogValidatesAsYouType();
    void dialogGuardsBsn();
    void groupsByMainPurpose();
    void editAndRemove();
    void olderActivityAsksForTheExceptionAndBasis();
    void exportAndPrint();
    void screenshots();

private:
    static ProcessingActivityDialog *openDialog(ProcessingRegisterPage &page);
    static QString messageOf(const ProcessingActivityDialog *dialog);

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
};

ProcessingActivityDialog *TestProcessingRegisterPage::openDialog(ProcessingRegisterPage &page)
{
    page.addActivity();
    return page.findChild<ProcessingActivityDialog *>();
}

QString TestProcessingRegisterPage::messageOf(const ProcessingActivityDialog *dialog)
{
    QString text;
    for (const QLabel *label : dialog->findChild<QWidget *>(u"message"_s)->findChildren<QLabel *>())
        text += label->text();
    return text;
}

void TestProcessingRegisterPage::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_store = test::createTestStore(m_tmp.filePath(u"store"_s));
    QVERIFY(m_store);
}

void TestProcessingRegisterPage::emptyRegisterSaysWhatToDo()
{
    ProcessingRegisterPage page(Session { *m_store });
    page.show();
    QVERIFY(!page.view()->isVisible());
    QVERIFY(page.findChild<QLabel *>(u"emptyTitle"_s)->isVisible());
    QVERIFY(!page.findChild<QPushButton *>(u"exportCsv"_s)->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(u"edit"_s)->isEnabled());
}

void TestProcessingRegisterPage::dialogValidatesAsYouType()
{
    ProcessingRegisterPage page(Session { *m_store });
    page.show();
    ProcessingActivityDialog *dialog = openDialog(page);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QPushButton *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(!save->isEnabled());
    QVERIFY(!messageOf(dialog).isEmpty());

    // A new store has no main purposes yet: "New main purpose…" is chosen, code and name free.
    auto *code = dialog->findChild<QLineEdit *>(u"purposeCode"_s);
    QVERIFY(!code->isReadOnly());
    QTest::keyClicks(code, u"a"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"purpose"_s), u"Leveren van diensten"_s);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"subCode"_s)->placeholderText(), u"A.1"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"subPurpose"_s),
                     u"Opmaken van huurovereenkomst"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"name"_s), u"Huurovereenkomsten"_s);
    QVERIFY(messageOf(dialog).contains(u"legal basis"_s));
    dialog->findChild<QCheckBox *>(u"basis_c"_s)->setChecked(true);
    QVERIFY2(messageOf(dialog).contains(u"statute"_s), qPrintable(messageOf(dialog)));
    dialog->findChild<QCheckBox *>(u"basis_c"_s)->setChecked(false);
    dialog->findChild<QCheckBox *>(u"basis_b"_s)->setChecked(true);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"subjects"_s), u"huurders"_s);
    QVERIFY(!save->isEnabled());
    dialog->findChild<QPushButton *>(u"addDataCategory"_s)->click();
    auto *data = dialog->findChild<QTableWidget *>(u"dataCategories"_s);
    data->item(0, ProcessingActivityDialog::NameColumn)->setText(u"naam en contactgegevens"_s);
    QVERIFY2(save->isEnabled(), qPrintable(dialog->problems().join(u'\n')));
    // Visitors match no relation of a person: said under the subjects, and
    // the activity can still be saved.
    auto *subjectsNote = dialog->findChild<QLabel *>(u"subjectsNote"_s);
    QVERIFY(subjectsNote);
    QVERIFY(subjectsNote->isHidden());
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"subjects"_s), u" en bezoekers"_s);
    QVERIFY(!subjectsNote->isHidden());
    QVERIFY2(subjectsNote->text().contains(u"‘bezoekers’"_s), qPrintable(subjectsNote->text()));
    QVERIFY(save->isEnabled());

    // Outside the EU needs a country and a safeguard.
    dialog->findChild<QCheckBox *>(u"outsideEu"_s)->setChecked(true);
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"country"_s), u"Verenigde Staten"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"safeguard"_s),
                     u"Standaardcontractbepalingen"_s);
    QVERIFY(save->isEnabled());
    // A US country can not be saved as "no transfer": the box is the EEA's, not the EU's.
    dialog->findChild<QCheckBox *>(u"outsideEu"_s)->setChecked(false);
    QVERIFY(!save->isEnabled());
    QVERIFY2(messageOf(dialog).contains(u"outside the EEA"_s), qPrintable(messageOf(dialog)));
    dialog->findChild<QLineEdit *>(u"country"_s)->setText(u"Ierland"_s);
    QVERIFY2(save->isEnabled(), qPrintable(dialog->problems().join(u'\n')));
    dialog->findChild<QLineEdit *>(u"country"_s)->clear();

    // Whether there are art. 9 or art. 10 data is marked once, in the table; the exception and
    // the basis are asked for only then. Health data need an exception; overlast does not.
    auto *exception = dialog->findChild<QComboBox *>(u"art9Exception"_s);
    auto *basis = dialog->findChild<QLineEdit *>(u"criminalBasis"_s);
    QVERIFY(exception && basis);
    QVERIFY(!exception->isEnabled());
    QVERIFY(!basis->isEnabled());
    data->item(0, ProcessingActivityDialog::NuisanceColumn)->setCheckState(Qt::Checked);
    QVERIFY(!exception->isEnabled());
    QVERIFY(save->isEnabled());
    data->item(0, ProcessingActivityDialog::HealthColumn)->setCheckState(Qt::Checked);
    QVERIFY(exception->isEnabled());
    QVERIFY(!save->isEnabled());
    QVERIFY2(messageOf(dialog).contains(u"art. 9(2) GDPR"_s), qPrintable(messageOf(dialog)));
    exception->setCurrentIndex(exception->findData(u"h"_s));
    QVERIFY2(save->isEnabled(), qPrintable(dialog->problems().join(u'\n')));
    QCOMPARE(dialog->activity().specialException, u"h"_s);
    data->item(0, ProcessingActivityDialog::CriminalColumn)->setCheckState(Qt::Checked);
    QVERIFY(basis->isEnabled());
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(basis, u"art. 33 lid 4 sub b UAVG"_s);
    QVERIFY(save->isEnabled());
    // Undoing a mark turns its question off; what was answered is not saved.
    for (int column :
         { ProcessingActivityDialog::HealthColumn, ProcessingActivityDialog::CriminalColumn,
           ProcessingActivityDialog::NuisanceColumn })
        data->item(0, column)->setCheckState(Qt::Unchecked);
    QVERIFY(!exception->isEnabled());
    QVERIFY(!basis->isEnabled());
    QVERIFY(save->isEnabled());
    QVERIFY(dialog->activity().specialException.isEmpty());
    QVERIFY(dialog->activity().criminalBasis.isEmpty());

    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(ProcessingRegister(Session { *m_store }).count(), 1);
    QVERIFY(page.view()->isVisible());
    QCOMPARE(page.selectedId(), ProcessingRegister(Session { *m_store }).findByCode(u"A.1"_s)->id);
    QVERIFY(!ProcessingRegister(Session { *m_store }).findByCode(u"A.1"_s)->outsideEu);
}

void TestProcessingRegisterPage::dialogGuardsBsn()
{
    // A nine-digit number that passes the 11-proef, made at run time.
    QString bsn = u"20481632"_s;
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (9 - i) * bsn.at(i).digitValue();
    bsn += QString::number(sum % 11);

    ProcessingRegisterPage page(Session { *m_store });
    page.show();
    QVERIFY(page.selectActivity(ProcessingRegister(Session { *m_store }).findByCode(u"A.1"_s)->id));
    page.editSelected();
    auto *dialog = page.findChild<ProcessingActivityDialog *>();
    QVERIFY(dialog);
    QPushButton *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(save->isEnabled());
    auto *security = dialog->findChild<QPlainTextEdit *>(u"security"_s);
    security->setPlainText(u"Kluis "_s + bsn);
    QVERIFY(!save->isEnabled());
    auto *override = dialog->findChild<QCheckBox *>(u"bsnOverride"_s);
    QVERIFY(override->isVisibleTo(dialog));
    QVERIFY(!messageOf(dialog).contains(bsn));
    override->setChecked(true);
    QVERIFY(save->isEnabled());
    security->setPlainText(u"Versleuteld"_s);
    QVERIFY(!override->isVisibleTo(dialog));
    dialog->reject();
}

void TestProcessingRegisterPage::groupsByMainPurpose()
{
    ProcessingRegister reg(Session { *m_store });
    ServiceError error;
    ProcessingActivity fraud;
    fraud.purposeCode = u"C"_s;
    fraud.purpose = u"Bestrijden fraude en criminaliteit"_s;
    fraud.subPurpose = u"Onderzoek naar fraude"_s;
    fraud.name = u"Woonfraude"_s;
    fraud.legalBases = { u"f"_s };
    fraud.subjects = { u"huurders"_s };
    fraud.dataCategories = { { u"gegevens over crimineel gedrag"_s, { u"strafrechtelijk"_s } } };
    fraud.criminalBasis = u"art. 33 lid 4 sub b UAVG"_s;
    QVERIFY2(reg.add(fraud, BsnCheck::Refuse, &error), qPrintable(error.message));

    ProcessingRegisterPage page(Session { *m_store });
    page.show();
    QAbstractItemModel *model = page.view()->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, ProcessingRegisterPage::NameColumn).data().toString(),
             u"Leveren van diensten"_s);
    const QModelIndex c = model->index(1, 0);
    QCOMPARE(c.data().toString(), u"C."_s);
    QCOMPARE(model->rowCount(c), 1);
    QCOMPARE(model->index(0, ProcessingRegisterPage::SpecialColumn, c).data().toString(),
             u"art. 10"_s);

    // Search filters activities and keeps their main purpose.
    QTest::keyClicks(page.findChild<QLineEdit *>(u"search"_s), u"woonfraude"_s);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), u"C."_s);

    // A new activity starts under the selected one's main purpose, with the next number.
    page.findChild<QLineEdit *>(u"search"_s)->clear();
    QVERIFY(page.selectActivity(reg.findByCode(u"C.1"_s)->id));
    page.addActivity();
    auto *dialog = page.findChild<ProcessingActivityDialog *>();
    QCOMPARE(dialog->findChild<QComboBox *>(u"purposeChoice"_s)->currentText(),
             u"C. Bestrijden fraude en criminaliteit"_s);
    QVERIFY(dialog->findChild<QLineEdit *>(u"purposeCode"_s)->isReadOnly());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"subCode"_s)->placeholderText(), u"C.2"_s);
    dialog->reject();
}

void TestProcessingRegisterPage::editAndRemove()
{
    ProcessingRegisterPage page(Session { *m_store });
    page.show();
    const qint64 id = ProcessingRegister(Session { *m_store }).findByCode(u"C.1"_s)->id;
    QVERIFY(page.selectActivity(id));
    page.editSelected();
    auto *dialog = page.findChild<ProcessingActivityDialog *>();
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(u"name"_s);
    QCOMPARE(name->text(), u"Woonfraude"_s);
    name->setText(u"Woonfraude en hennep"_s);
    QSignalSpy changed(&page, &ProcessingRegisterPage::registerChanged);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(ProcessingRegister(Session { *m_store }).find(id)->name, u"Woonfraude en hennep"_s);

    // Remove asks first; Cancel keeps it.
    QVERIFY(page.selectActivity(id));
    page.removeSelected();
    auto *box = page.findChild<QMessageBox *>(u"confirmRemove"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"C.1"_s));
    box->button(QMessageBox::Cancel)->click();
    QVERIFY(ProcessingRegister(Session { *m_store }).find(id));
    QTRY_VERIFY(!page.findChild<QMessageBox *>(u"confirmRemove"_s));
    page.removeSelected();
    box = page.findChild<QMessageBox *>(u"confirmRemove"_s);
    QAbstractButton *remove = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            remove = button;
    }
    QVERIFY(remove);
    remove->click();
    QVERIFY(!ProcessingRegister(Session { *m_store }).find(id));
    QCOMPARE(page.view()->model()->rowCount(), 1);
}

void TestProcessingRegisterPage::exportAndPrint()
{
    ProcessingRegisterPage page(Session { *m_store });
    const QString csvPath = m_tmp.filePath(u"register.csv"_s);
    QString error;
    QVERIFY(page.exportCsvTo(csvPath, &error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().startsWith("\xEF\xBB\xBFNummer;"));

    const QString pdfPath = m_tmp.filePath(u"register.pdf"_s);
    {
        QPdfWriter writer(pdfPath);
        QCOMPARE(page.printTo(&writer), 1);
    }
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    PD_REQUIRE_PDFTOTEXT();
    QProcess process;
    process.start(pdftotext, { pdfPath, u"-"_s });
    QVERIFY(process.waitForFinished(60000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput())
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();
    QVERIFY2(text.contains(u"A.1 Huurovereenkomsten"_s), qPrintable(text));

    // The print preview paints the same document.
    page.preview();
    auto *preview = page.findChild<QWidget *>(u"printPreview"_s);
    QVERIFY(preview);
    QVERIFY(preview->isVisible());
    preview->close();
    delete preview;

    // "Print…" (Ctrl+P) goes to the print dialog in one step, no preview between.
    int asked = 0;
    const QString printed = m_tmp.filePath(u"register-afgedrukt.pdf"_s);
    DocumentPreview::setPrinterChooserForTests([&asked, printed](QPrinter *printer) {
        ++asked;
        printer->setOutputFileName(printed);
        return true;
    });
    const auto reset = qScopeGuard([] { DocumentPreview::setPrinterChooserForTests({}); });
    page.findChild<QPushButton *>(u"print"_s)->click();
    QCOMPARE(asked, 1);
    QVERIFY(!page.findChild<QWidget *>(u"printPreview"_s));
    QVERIFY(QFile::exists(printed));
    process.start(pdftotext, { printed, u"-"_s });
    QVERIFY(process.waitForFinished(60000));
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput())
                .normalized(QString::NormalizationForm_KC)
                .simplified()
                .contains(u"A.1 Huurovereenkomsten"_s));
}

// An activity registered before the exception and the basis had fields of their own
// says so in the list, and asks for them when it is opened; it cannot be saved without them.
void TestProcessingRegisterPage::olderActivityAsksForTheExceptionAndBasis()
{
    ProcessingRegister reg(Session { *m_store });
    ServiceError error;
    ProcessingActivity care;
    care.purposeCode = u"A"_s;
    care.purpose = u"Leveren van diensten"_s;
    care.subPurpose = u"Sociaal beheer"_s;
    care.name = u"Zorgsignalen"_s;
    care.legalBases = { u"f"_s };
    care.subjects = { u"huurders"_s };
    care.dataCategories = { { u"zorgbehoefte"_s, { u"gezondheid"_s } },
                            { u"aangifte van bedreiging"_s, { u"strafrechtelijk"_s } } };
    care.specialException = u"h"_s;
    care.criminalBasis = u"art. 33 lid 4 sub b UAVG"_s;
    const auto added = reg.add(care, BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    // As a store from before schema 14 holds it.
    QVERIFY(test::execSql(m_store->database(),
                          u"UPDATE processing_activities SET special_exception = NULL, "
                          "criminal_basis = NULL WHERE id = %1"_s.arg(added->id)));
    const auto old = reg.find(added->id);
    QVERIFY(old && old->lacksArt9Exception() && old->lacksCriminalBasis());

    ProcessingRegisterPage page(Session { *m_store });
    page.show();
    auto *incomplete = page.findChild<QLabel *>(u"incomplete"_s);
    QVERIFY(incomplete && incomplete->isVisible());
    QVERIFY2(incomplete->text().contains(u"art. 9"_s), qPrintable(incomplete->text()));
    QVERIFY(page.selectActivity(added->id));
    const QModelIndex current = page.view()->currentIndex();
    const QString special
        = current.siblingAtColumn(ProcessingRegisterPage::SpecialColumn).data().toString();
    QVERIFY2(special.contains(u"exception missing"_s), qPrintable(special));
    QVERIFY2(special.contains(u"basis missing"_s), qPrintable(special));

    page.editSelected();
    const QPointer<ProcessingActivityDialog> dialog = page.findChild<ProcessingActivityDialog *>();
    QVERIFY(dialog);
    QPushButton *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(!save->isEnabled());
    QVERIFY2(messageOf(dialog).contains(u"art. 9(2) GDPR"_s), qPrintable(messageOf(dialog)));
    auto *exception = dialog->findChild<QComboBox *>(u"art9Exception"_s);
    QVERIFY(exception->isEnabled());
    QVERIFY(exception->currentData().toString().isEmpty());
    exception->setCurrentIndex(exception->findData(u"h"_s));
    QVERIFY(!save->isEnabled());
    QVERIFY2(messageOf(dialog).contains(u"art. 10"_s), qPrintable(messageOf(dialog)));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"criminalBasis"_s),
                     u"art. 33 lid 4 sub b UAVG"_s);
    QVERIFY2(save->isEnabled(), qPrintable(dialog->problems().join(u'\n')));
    // The service refuses it as well, whoever asks (the command line too).
    QVERIFY(!reg.update(*old, BsnCheck::Refuse, &error));
    QVERIFY2(error.message.contains(u"art. 9(2) GDPR"_s), qPrintable(error.message));
    save->click();
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(reg.find(added->id)->specialException, u"h"_s);
    QVERIFY(!incomplete->isVisible());
    QVERIFY(reg.remove(added->id, &error));
}

void TestProcessingRegisterPage::screenshots()
{
    const QString dir = test::shotsDir();
    QTemporaryDir demoDir;
    StoreCreateOptions options;
    options.demo = true;
    options.kdf = KdfParams::minimum();
    StoreError storeError;
    QString recovery;
    const auto demo
        = Store::create(demoDir.filePath(u"demo"_s), test::testUser,
                        SecureBytes::fromUtf8(test::testPassword), options, &recovery, &storeError);
    QVERIFY(demo);
    QString demoError;
    QVERIFY(DemoData::generate(*demo, { .cases = 20, .seed = 7, .today = QDate(2026, 11, 21) }, {},
                               &demoError));
    ProcessingRegisterPage page(Session { *demo });
    page.resize(1100, 700);
    page.show();
    QVERIFY(page.selectActivity(ProcessingRegister(Session { *demo }).findByCode(u"C.2"_s)->id));
    QVERIFY(test::saveShot(&page, dir, u"art30-page"_s));
    page.editSelected();
    auto *dialog = page.findChild<ProcessingActivityDialog *>();
    QVERIFY(dialog);
    QVERIFY(test::saveShot(dialog, dir, u"art30-dialog"_s));
    dialog->findChild<QLineEdit *>(u"name"_s)->clear();
    QVERIFY(test::saveShot(dialog, dir, u"art30-dialog-invalid"_s));
    dialog->reject();
    // An activity with art. 9, art. 10 and nuisance data: marked once, in the table.
    QVERIFY(page.selectActivity(ProcessingRegister(Session { *demo }).findByCode(u"C.1"_s)->id));
    page.editSelected();
    const QPointer<ProcessingActivityDialog> special
        = page.findChildren<ProcessingActivityDialog *>().constLast(); // the first one waits for
                                                                       // its deletion
    QVERIFY(special);
    auto *scroll = special->findChild<QScrollArea *>();
    scroll->ensureWidgetVisible(special->findChild<QLineEdit *>(u"criminalBasis"_s));
    QVERIFY(test::saveShot(special, dir, u"art30-dialog-art9-art10"_s));
    special->reject();
}

QTEST_MAIN(TestProcessingRegisterPage)
#include "tst_processingregister.moc"
