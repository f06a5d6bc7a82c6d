// The "Jaarverslag" dialog offscreen, on YearReportFixture's store: the year chosen
// shows the report's tables with their definitions, in English and in Dutch; "PDF opslaan…" and
// "CSV opslaan…" write what the CLI writes; the dialog fits the screen; the dashboards page opens
// it; a KCC login is told why there is no report instead of seeing zeros.

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "WindowSize.h"
#include "YearReportFixture.h"
#include "crypto/SecureBytes.h"
#include "dashboards/DashboardsPage.h"
#include "reports/YearReportDialog.h"
#include "session/Session.h"
#include "store/Store.h"
#include "users/UserService.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;
using pd::test::child;

namespace {

const QString kcc = u"k.smit"_s;
const QString kccPassword = u"wachtwoord-van-smit"_s;

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestYearReportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void showsTheChosenYear();
    void dutch();
    void savesPdfAndCsv();
    void fitsTheScreen();
    void dashboardsPageOpensIt();
    void kccIsToldWhy();

private:
    QTemporaryDir m_tmp;
    QString m_path;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(test::DashboardFixture::peildatumA, QTime(12, 0), Qt::UTC) };
};

void TestYearReportDialog::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
    QVERIFY(installTranslations(UiLanguage::English));
    m_path = m_tmp.filePath(u"kluis"_s);
    m_store = test::createTestStore(m_path);
    QVERIFY(m_store);
    test::YearReportFixture fixture;
    QString error;
    QVERIFY2(fixture.build(*m_store, m_clock, &error), qPrintable(error));
}

void TestYearReportDialog::cleanupTestCase()
{
    m_store.reset();
}

void TestYearReportDialog::showsTheChosenYear()
{
    YearReportDialog dialog(Session { *m_store, m_clock }, nullptr);
    QCOMPARE(dialog.year(), 2026); // this year, running
    auto *year = child<QSpinBox>(&dialog, "year");
    QCOMPARE(year->maximum(), 2026);
    year->setValue(2025);
    QVERIFY(dialog.report());
    QCOMPARE(dialog.report()->year, 2025);
    const QString text = child<QTextBrowser>(&dialog, "report")->toPlainText();
    QVERIFY(text.contains(YearReportService::documentTitle(2025)));
    QVERIFY(text.contains(u"42.5"_s));
    for (const YearSection &s : dialog.report()->sections)
        for (const YearTable &t : s.tables)
            QVERIFY2(text.contains(t.definition), qPrintable(t.code));
    for (const char *name : { "print", "savePdf", "saveCsv" })
        QVERIFY(child<QPushButton>(&dialog, name)->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "problem")->isHidden());
}

void TestYearReportDialog::dutch()
{
    QVERIFY(installTranslations(UiLanguage::Dutch));
    YearReportDialog dialog(Session { *m_store, m_clock }, nullptr);
    dialog.setYear(2025);
    QCOMPARE(dialog.windowTitle(), u"Jaarverslag"_s);
    QCOMPARE(child<QPushButton>(&dialog, "savePdf")->text(), u"&PDF opslaan…"_s);
    const QString text = child<QTextBrowser>(&dialog, "report")->toPlainText();
    QVERIFY(text.contains(u"Jaarverslag privacy 2025"_s));
    QVERIFY(text.contains(u"Verzoeken van betrokkenen"_s));
    QVERIFY(text.contains(u"1 januari 2025"_s));
    QVERIFY(text.contains(u"42,5"_s));
    QVERIFY(installTranslations(UiLanguage::English));
}

void TestYearReportDialog::savesPdfAndCsv()
{
    YearReportDialog dialog(Session { *m_store, m_clock }, nullptr);
    dialog.setYear(2025);
    const QString pdf = m_tmp.filePath(u"jaarverslag.pdf"_s);
    const QString csv = m_tmp.filePath(u"jaarverslag.csv"_s);
    QString error;
    QVERIFY2(dialog.savePdf(pdf, &error), qPrintable(error));
    QVERIFY2(dialog.saveCsv(csv, &error), qPrintable(error));
    QVERIFY(contents(pdf).startsWith("%PDF"));
    QCOMPARE(contents(csv), YearReportService::toCsv(*dialog.report()));
}

void TestYearReportDialog::fitsTheScreen()
{
    YearReportDialog dialog(Session { *m_store, m_clock }, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QSize screen = availableScreenSize(&dialog);
    QVERIFY(dialog.frameGeometry().width() <= screen.width());
    QVERIFY(dialog.frameGeometry().height() <= screen.height());
    QCOMPARE(QApplication::focusWidget(), child<QSpinBox>(&dialog, "year"));
    // Enter in the year field shows the year typed; it starts no print and no save.
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        QVERIFY2(!button->isDefault() && !button->autoDefault(), qPrintable(button->text()));
    auto *year = child<QSpinBox>(&dialog, "year");
    year->selectAll();
    QTest::keyClicks(year, u"2025"_s);
    QCOMPARE(dialog.report()->year, 2026); // not read at every digit
    QTest::keyClick(year, Qt::Key_Return);
    QCOMPARE(dialog.report()->year, 2025);
    QVERIFY(dialog.isVisible());
}

void TestYearReportDialog::dashboardsPageOpensIt()
{
    DashboardsPage page(Session { *m_store, m_clock }, nullptr);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    child<QPushButton>(&page, "yearReport")->click();
    auto *dialog = page.findChild<YearReportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->report());
    dialog->close();
}

void TestYearReportDialog::kccIsToldWhy()
{
    UserError userError;
    QVERIFY(UserService(*m_store, Session { *m_store, m_clock })
                .add(kcc, {}, Role::Kcc, SecureBytes::fromUtf8(kccPassword), &userError));
    m_store.reset();
    auto store = test::openStoreAs(m_path, kcc, kccPassword);
    QVERIFY(store);
    YearReportDialog dialog(Session { *store, m_clock }, nullptr);
    QVERIFY(!dialog.report());
    QVERIFY(!child<QLabel>(&dialog, "problem")->isHidden());
    QVERIFY(child<QTextBrowser>(&dialog, "report")->toPlainText().isEmpty());
    for (const char *name : { "print", "savePdf", "saveCsv" })
        QVERIFY(!child<QPushButton>(&dialog, name)->isEnabled());
    store.reset();
    m_store = test::openStoreAs(m_path, test::testUser, test::testPassword);
}

QTEST_MAIN(TestYearReportDialog)
#include "tst_yearreportdialog.moc"
