// The import wizard: file → detected encoding and separator with a preview and a field per
// column → every line checked (worker thread) with the rejected lines listed before anything is
// written → the write in one transaction with progress → the summary. Screenshots of each step
// go to /tmp/shots when PRIVACYDESK_SHOTS is set.

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "registers/ImportWizard.h"
#include "session/Session.h"
#include "store/Store.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;
using namespace pd::ui;
using namespace Qt::StringLiterals;

namespace {

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

void shoot(QWidget *widget, const QString &name)
{
    QVERIFY(test::saveShot(widget, test::shotsDir(), u"desk-import-"_s + name));
}

} // namespace

class TestImportWizard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void previewCheckAndImport();
    void mappingAColumnByHand();
    void strictBlocksTheImport();

private:
    QString write(const QString &name, const QByteArray &bytes);
    int persons() const { return countRows(m_store->database(), u"persons"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestImportWizard::initTestCase()
{
    QVERIFY(initSodium());
}

void TestImportWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = createTestStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
}

void TestImportWizard::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestImportWizard::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

void TestImportWizard::previewCheckAndImport()
{
    QByteArray bytes = "Klantnummer;Naam;Relatie;Einddatum;Adres;Postcode;Telefoon;E-mail\r\n"
                       "K001;\xC7"
                       "elik;Huurder;;\"Dorpsstraat 1\r\nachterom\";1234 AB;;\r\n"
                       "K002;\xD6mer;Ex huurder;1-2-2025;Kerkweg 3 A;5678CD;;\r\n"
                       "K003;Zo\xEB;huurder;31-02-2025;;;;\r\n"
                       "K004;Jos\xE9;eigenaar;;;;;\r\n";
    for (int i = 5; i < 1200; ++i)
        bytes += "K" + QByteArray::number(i).rightJustified(3, '0') + ";Bewoner "
            + QByteArray::number(i) + ";huurder;;Laan " + QByteArray::number(i % 90 + 1)
            + ";1011AB;;\r\n";
    const QString path = write(u"export.csv"_s, bytes);

    ImportWizard wizard(Session { *m_store });
    QSignalSpy imported(&wizard, &ImportWizard::personsImported);
    wizard.setFile(path);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    shoot(&wizard, u"1-file"_s);

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    const QString format = child<QLabel>(&wizard, u"importFormat"_s)->text();
    QVERIFY2(format.contains(u"Windows-1252"_s), qPrintable(format));
    auto *preview = child<QTableWidget>(&wizard, u"importPreview"_s);
    QCOMPARE(preview->columnCount(), 8);
    QCOMPARE(preview->rowCount(), 21); // the field row and 20 rows of the file
    QCOMPARE(preview->item(1, 1)->text(), u"Çelik"_s);
    QCOMPARE(preview->verticalHeaderItem(2)->text(), u"4"_s); // the quoted line break
    QCOMPARE(child<QComboBox>(&wizard, u"field0"_s)->currentData().toInt(),
             int(ImportField::Klantnummer));
    QCOMPARE(child<QComboBox>(&wizard, u"field7"_s)->currentData().toInt(),
             int(ImportField::Email));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    shoot(&wizard, u"2-preview"_s);

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPageId));
    QTRY_VERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    auto *rejected = child<QTableWidget>(&wizard, u"rejectedLines"_s);
    QCOMPARE(rejected->rowCount(), 2);
    QCOMPARE(rejected->item(0, 0)->text(), u"5"_s);
    QCOMPARE(rejected->item(1, 0)->text(), u"6"_s);
    QVERIFY(rejected->item(1, 1)->text().contains(u"eigenaar"_s));
    QCOMPARE(persons(), 0); // nothing written before the commit
    shoot(&wizard, u"3-check"_s);

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ResultPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isFinished(), 60000);
    QVERIFY2(wizard.result().ok(), qPrintable(wizard.result().error));
    QCOMPARE(wizard.result().imported, 1197);
    QCOMPARE(persons(), 1197);
    QCOMPARE(imported.size(), 1);
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(child<QLabel>(&wizard, u"importSummary"_s)->text().contains(u"1,197"_s));
    shoot(&wizard, u"4-done"_s);
}

void TestImportWizard::mappingAColumnByHand()
{
    const QString path
        = write(u"anders.csv"_s, "Debiteur,Volledige naam,Soort\r\nD1,Anna Bakker,Huurder\r\n");
    ImportWizard wizard(Session { *m_store });
    wizard.setFile(path);
    wizard.show();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    QVERIFY(child<QLabel>(&wizard, u"importFormat"_s)->text().contains(u","_s));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    auto *first = child<QComboBox>(&wizard, u"field0"_s);
    first->setCurrentIndex(first->findData(int(ImportField::Klantnummer)));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // still no name column
    auto *second = child<QComboBox>(&wizard, u"field1"_s);
    second->setCurrentIndex(second->findData(int(ImportField::Naam)));
    auto *third = child<QComboBox>(&wizard, u"field2"_s);
    third->setCurrentIndex(third->findData(int(ImportField::Relatie)));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.options().mapping.size(), 3);
    wizard.next();
    QTRY_VERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.next();
    QTRY_VERIFY(wizard.isFinished());
    QCOMPARE(wizard.result().imported, 1);
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(u"SELECT name, relation FROM persons WHERE klantnummer = 'D1'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"Anna Bakker"_s);
    QCOMPARE(q.value(1).toString(), u"huurder"_s);
}

void TestImportWizard::strictBlocksTheImport()
{
    const QString path = write(u"fout.csv"_s,
                               "klantnummer;naam;relatie\nK1;Anna;huurder\n"
                               "K2;Bram;kat\n");
    ImportWizard wizard(Session { *m_store });
    wizard.setFile(path);
    wizard.show();
    wizard.next();
    wizard.next();
    QTRY_VERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    child<QCheckBox>(&wizard, u"strict"_s)->setChecked(true);
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    child<QCheckBox>(&wizard, u"strict"_s)->setChecked(false);
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    QCOMPARE(persons(), 0);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
