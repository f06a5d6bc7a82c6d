// In the desk, offscreen on a real store: the covenant tab of the Verstrekkingen
// section (a review due stands out), the covenant dialog (validates as the user types, keeps the
// signed document encrypted, fits 1200x800), and the disclosure dialog's list of customer
// numbers (a preview of the count and the numbers that name nobody, which block saving until
// left out on purpose). Dutch and English; saves screenshots for review.

#include "GuiTestSupport.h"
#include "MessageLabel.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "crypto/SecureBytes.h"
#include "registers/CovenantDialog.h"
#include "registers/Covenants.h"
#include "registers/CovenantsTab.h"
#include "registers/DisclosureDialog.h"
#include "registers/DisclosureListModel.h"
#include "registers/Disclosures.h"
#include "registers/DisclosuresPage.h"
#include "registers/Recipients.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;
using namespace pd::ui;

namespace {

const QDate today(2026, 11, 21);

} // namespace

class TestCovenantsGui final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void covenantDialogValidatesAndKeepsTheDocument();
    void covenantTabShowsTheReviewDue();
    void disclosureDialogTakesAListOfCustomerNumbers();
    void screenshots_data();
    void screenshots();

private:
    QString write(const QString &name, const QByteArray &bytes) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(today, QTime(12, 0), Qt::UTC) };
    qint64 m_gemeente = 0;
};

QString TestCovenantsGui::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("could not write %s", qPrintable(path));
    return path;
}

void TestCovenantsGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
    QVERIFY(installTranslations(UiLanguage::Dutch));
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = createTestStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    CaseService cases(Session { *m_store, m_clock });
    ServiceError error;
    for (int i = 1; i <= 8; ++i) {
        NewCase request;
        request.person.name = u"Huurder %1"_s.arg(i);
        request.person.klantnummer = u"K50000%1"_s.arg(i);
        request.person.relation = Relation::Huurder;
        request.types = { RequestType::Inzage };
        request.receivedDate = QDate(2026, 10, 1);
        request.channel = Channel::Brief;
        QVERIFY2(cases.add(request, BsnCheck::Refuse, &error), qPrintable(error.message));
    }
    Recipient r;
    r.name = u"Gemeente Groningen"_s;
    r.category = RecipientCategory::Gemeente;
    const auto added
        = RecipientService(Session { *m_store, m_clock }).add(r, BsnCheck::Refuse, &error);
    QVERIFY(added);
    m_gemeente = added->id;
}

void TestCovenantsGui::covenantDialogValidatesAndKeepsTheDocument()
{
    CovenantDialog dialog(Session { *m_store, m_clock }, std::nullopt, nullptr);
    dialog.show();
    QVERIFY(!dialog.problem().isEmpty());
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(!save->isEnabled());
    const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
    QTest::keyClicks(edits.first(), u"Convenant Vroegsignalering schulden"_s); // the name
    auto *parties = dialog.findChild<QPlainTextEdit *>();
    parties->setPlainText(u"Gemeente Groningen\nWoonstichting Oosterpoort"_s);
    // Purpose and statute: the second and fourth line edit of the form (after the name).
    Covenant entered = dialog.covenant();
    QCOMPARE(entered.name, u"Convenant Vroegsignalering schulden"_s);
    QCOMPARE(entered.parties.size(), 2);
    for (QLineEdit *edit : edits) {
        if (edit->placeholderText().contains(u"Wet gemeentelijke"_s))
            edit->setText(u"Wet gemeentelijke schuldhulpverlening, art. 3a"_s);
        else if (edit->text().isEmpty() && edit->placeholderText().isEmpty()
                 && edit->accessibleName().isEmpty())
            edit->setText(u"Betalingsachterstanden vroeg signaleren"_s);
    }
    auto *data = dialog.findChild<QListWidget *>();
    data->item(0)->setCheckState(Qt::Checked);
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QVERIFY(save->isEnabled());
    QVERIFY(dialog.chooseDocument(write(u"getekend.pdf"_s, "%PDF-1.4 getekend")));
    // It fits the smallest screen the desk supports.
    QVERIFY2(dialog.sizeHint().height() <= 800 && dialog.sizeHint().width() <= 1200,
             qPrintable(u"%1x%2"_s.arg(dialog.sizeHint().width()).arg(dialog.sizeHint().height())));
    dialog.accept();
    QVERIFY(dialog.saved());
    QCOMPARE(dialog.saved()->document.name, u"getekend.pdf"_s);
    ServiceError error;
    QCOMPARE(
        CovenantService(Session { *m_store, m_clock }).documentContent(dialog.saved()->id, &error),
        QByteArray("%PDF-1.4 getekend"));
}

void TestCovenantsGui::covenantTabShowsTheReviewDue()
{
    Covenant c;
    c.name = u"Convenant Aanpak Woonoverlast"_s;
    c.parties = { u"Politie Noord-Nederland"_s };
    c.purpose = u"Overlast samen aanpakken"_s;
    c.basis = LegalBasis::LegitimateInterest;
    c.data = { DataCategory::Overlast };
    c.from = QDate(2024, 1, 1);
    c.reviewOn = QDate(2026, 11, 1);
    ServiceError error;
    QVERIFY(
        CovenantService(Session { *m_store, m_clock }).add(c, nullptr, BsnCheck::Refuse, &error));
    DisclosuresPage page(Session { *m_store, m_clock }, nullptr);
    page.showCovenants();
    CovenantsTab *tab = page.covenantsTab();
    QVERIFY(tab->table()->rowCount() >= 1);
    QVERIFY2(tab->noteText().contains(u"geëvalueerd"_s), qPrintable(tab->noteText()));
    bool marked = false;
    for (int row = 0; row < tab->table()->rowCount(); ++row)
        marked = marked || tab->table()->item(row, 4)->text().contains(u"evaluatie nodig"_s);
    QVERIFY(marked);
}

void TestCovenantsGui::disclosureDialogTakesAListOfCustomerNumbers()
{
    DisclosureDialog dialog(Session { *m_store, m_clock }, nullptr);
    dialog.show();
    dialog.setRecipient(m_gemeente);
    QVERIFY(
        dialog.loadPersonsCsv(write(u"november.csv"_s,
                                    "Klantnummer\r\nK500001\r\nK500002\r\nK500003\r\nK500004\r\n"
                                    "K500005\r\nK500006\r\nK999999\r\n")));
    QVERIFY2(dialog.csvPreview().contains(u"6 personen"_s), qPrintable(dialog.csvPreview()));
    QVERIFY(dialog.csvPreview().contains(u"K999999"_s));
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->accessibleName().isEmpty() && edit->placeholderText().isEmpty()
            && edit->text().isEmpty())
            edit->setText(u"Vroegsignalering"_s);
    }
    auto *data = dialog.findChildren<QListWidget *>().last();
    for (int i = 0; i < data->count(); ++i)
        data->item(i)->setCheckState(i == 0 ? Qt::Checked : Qt::Unchecked);
    const QString blocked = dialog.problem();
    QVERIFY2(blocked.contains(u"klantnummer"_s), qPrintable(blocked));
    QVERIFY(dialog.leaveOutUnknown()->isVisible());
    dialog.leaveOutUnknown()->setChecked(true);
    Disclosure d = dialog.disclosure();
    QCOMPARE(d.persons.size(), 6);
    QCOMPARE(d.unknownLeftOut, 1);
    QVERIFY2(dialog.sizeHint().height() <= 800,
             qPrintable(QString::number(dialog.sizeHint().height())));
}

void TestCovenantsGui::screenshots_data()
{
    QTest::addColumn<UiLanguage>("language");
    QTest::newRow("nl") << UiLanguage::Dutch;
    QTest::newRow("en") << UiLanguage::English;
}

void TestCovenantsGui::screenshots()
{
    QFETCH(UiLanguage, language);
    QVERIFY(installTranslations(language));
    const auto restore = qScopeGuard([] { installTranslations(UiLanguage::Dutch); });
    const QString suffix = language == UiLanguage::Dutch ? u"nl"_s : u"en"_s;
    const QString dir = test::shotsDir();
    DisclosuresPage page(Session { *m_store, m_clock }, nullptr);
    page.resize(1200, 800);
    page.show();
    page.showCovenants();
    QTest::qWait(30);
    QVERIFY(test::saveShot(&page, dir, u"covenants-tab-"_s + suffix));

    ServiceError error;
    const QList<Covenant> covenants = CovenantService(Session { *m_store, m_clock }).list(&error);
    QVERIFY(!covenants.isEmpty());
    CovenantDialog edit(Session { *m_store, m_clock }, covenants.first(), nullptr);
    edit.show();
    QTest::qWait(30);
    QVERIFY(edit.height() <= 800);
    QVERIFY(test::saveShot(&edit, dir, u"covenant-dialog-"_s + suffix));

    DisclosureDialog bulk(Session { *m_store, m_clock }, nullptr);
    bulk.setRecipient(m_gemeente);
    bulk.setCovenant(covenants.first().id);
    bulk.show();
    QVERIFY(bulk.loadPersonsCsv(m_dir->filePath(u"november.csv"_s)));
    QTest::qWait(30);
    QVERIFY(bulk.height() <= 800);
    QVERIFY(test::saveShot(&bulk, dir, u"bulk-disclosure-"_s + suffix));
}

QTEST_MAIN(TestCovenantsGui)
#include "tst_covenants_gui.moc"
