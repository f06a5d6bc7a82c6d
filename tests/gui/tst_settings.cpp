// The settings dialog on a real store: the deadline tab saves a 4-week policy through
// CaseService (open requests follow) while the preview follows every change before saving;
// closing days are added and removed; the organisation tab validates the privacy e-mail and
// saves through OrganisationSettings; the language tab asks for a language switch by signal.

#include "GuiTestSupport.h"
#include "Settings.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "crypto/SecureBytes.h"
#include "domain/LawAlone.h"
#include "organisation/OrganisationSettings.h"
#include "session/Session.h"
#include "settings/SettingsDialog.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;

namespace {

template<typename T> T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

void shot(QWidget *widget, const char *name)
{
    const QString dir = test::shotsDir();
    if (dir.isEmpty() || !widget)
        return;
    QTest::qWait(150);
    widget->window()->grab().save(QDir(dir).filePath(QLatin1StringView(name) + u".png"), "PNG");
}

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

class TestSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void fourWeekPolicyWithPreview();
    void closingDays();
    void organisationValidatesAndSaves();
    void organisationWithoutFgSaysSo();
    void languageSwitchSignal();
    void eachReaderLimitHasItsOwnName();

private:
    std::unique_ptr<SettingsDialog> openDialog();

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    // domain.md: received 1 Feb 2026, one month → Sunday 1 March → Monday 2 March (legal);
    // 30 days → 3 March.
    FixedClock m_clock { QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC) };
};

void TestSettings::initTestCase()
{
    QVERIFY(test::startDeskTest(m_tmp));
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
}

void TestSettings::cleanupTestCase()
{
    QSettings().clear();
}

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store
        = pd::test::createTestStore(m_dir->filePath(u"kluis"_s), nullptr, u"Woonstichting Proef"_s);
    QVERIFY(m_store);
}

void TestSettings::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<SettingsDialog> TestSettings::openDialog()
{
    auto dialog = std::make_unique<SettingsDialog>(Session { *m_store, m_clock });
    dialog->show();
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("settings window not active");
    return dialog;
}

void TestSettings::fourWeekPolicyWithPreview()
{
    // An open request received today, whose stored deadline must follow the new policy.
    CaseService cases(Session { *m_store, m_clock });
    NewCase request;
    request.person.name = u"Jan de Vries"_s;
    request.types = { RequestType::Inzage };
    request.receivedDate = m_clock.today();
    ServiceError error;
    const std::optional<Case> open = cases.add(request, BsnCheck::Refuse, &error);
    QVERIFY(open);
    QCOMPARE(cases.deadlines(*open, nullptr).value().current, QDate(2026, 3, 2));

    auto dialog = openDialog();
    dialog->setCurrentTab(SettingsDialog::Tab::Deadlines);
    auto *amount = child<QSpinBox>(dialog.get(), u"termAmount"_s);
    auto *unit = child<QComboBox>(dialog.get(), u"termUnit"_s);
    auto *preview = child<QLabel>(dialog.get(), u"preview"_s);
    // A new store has chosen nothing: neither the law alone nor an own term, and the page says
    // the choice is still to be made; the deadlines are the law's meanwhile.
    auto *lawAlone = child<QRadioButton>(dialog.get(), u"lawAlone"_s);
    auto *ownTerm = child<QRadioButton>(dialog.get(), u"ownTerm"_s);
    auto *notChosen = child<QLabel>(dialog.get(), u"policyNotChosen"_s);
    QVERIFY(!lawAlone->isChecked());
    QVERIFY(!ownTerm->isChecked());
    QVERIFY(!dialog->policyChosen());
    QVERIFY(notChosen->isVisible());
    QVERIFY2(notChosen->text().contains(u"Not chosen yet"_s), qPrintable(notChosen->text()));
    QVERIFY(!amount->isEnabled());
    QVERIFY(isLawAlone(dialog->policy()));
    QVERIFY2(preview->text().contains(shortDate(QDate(2026, 3, 2))), qPrintable(preview->text()));
    QVERIFY(preview->text().contains(u"legal term"));
    shot(dialog.get(), "settings-deadlines-not-chosen");
    // An own term offers the usual 30 days to start from.
    ownTerm->setChecked(true);
    QVERIFY(!notChosen->isVisible());
    QVERIFY(amount->isEnabled());
    QCOMPARE(amount->value(), 30);
    QCOMPARE(unit->currentData().toInt(), int(PeriodUnit::Days));
    QVERIFY2(preview->text().contains(shortDate(QDate(2026, 3, 2))), qPrintable(preview->text()));
    QVERIFY(preview->text().contains(u"legal term"));
    QCOMPARE(dialog->previewText(), preview->text());

    // 4 weeks: 28 days after 1 February is Sunday 1 March. With the working-day move, the
    // default (no promise on a day nobody works), the own term lands on Monday 2 March, the same
    // as the legal one.
    auto *move = child<QCheckBox>(dialog.get(), u"moveToWorkingDay"_s);
    QVERIFY(move->isChecked());
    amount->setFocus();
    amount->selectAll();
    QTest::keyClicks(amount, u"4"_s);
    unit->setCurrentIndex(unit->findData(int(PeriodUnit::Weeks)));
    QVERIFY2(preview->text().contains(shortDate(QDate(2026, 3, 2))), qPrintable(preview->text()));
    // The organisation says otherwise: Sunday 1 March, and the own term binds.
    move->setChecked(false);
    QVERIFY2(preview->text().contains(shortDate(QDate(2026, 3, 1))), qPrintable(preview->text()));
    QVERIFY(preview->text().contains(u"own term"));
    shot(dialog.get(), "settings-deadlines");

    QVERIFY(dialog->save());
    const DeadlinePolicy saved = cases.policy(nullptr).value();
    QCOMPARE(saved.base, (Period { 4, PeriodUnit::Weeks }));
    QCOMPARE(saved.extension, (Period { 30, PeriodUnit::Days }));
    QVERIFY(!saved.moveToWorkingDay);
    QCOMPARE(cases.deadlines(*cases.find(open->number), nullptr).value().current,
             QDate(2026, 3, 1));

    // Restart model and identification window are saved too.
    child<QRadioButton>(dialog.get(), u"modelRestart"_s)->setChecked(true);
    child<QSpinBox>(dialog.get(), u"identificationWithin"_s)->setValue(5);
    QVERIFY(dialog->save());
    QCOMPARE(cases.policy(nullptr).value().identificationModel, IdentificationModel::Restart);
    QCOMPARE(cases.policy(nullptr).value().identificationRequestWithinDays, 5);
}

void TestSettings::closingDays()
{
    auto dialog = openDialog();
    dialog->setCurrentTab(SettingsDialog::Tab::Deadlines);
    auto *list = child<QListWidget>(dialog.get(), u"closingDays"_s);
    auto *date = child<QDateEdit>(dialog.get(), u"closingDate"_s);
    auto *add = child<QPushButton>(dialog.get(), u"addClosingDay"_s);
    auto *remove = child<QPushButton>(dialog.get(), u"removeClosingDay"_s);
    QCOMPARE(list->count(), 0);
    QVERIFY(!remove->isEnabled());
    date->setDate(QDate(2026, 12, 31));
    add->click();
    date->setDate(QDate(2026, 5, 15));
    add->click();
    add->click(); // the same day twice is one day
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), shortDate(QDate(2026, 5, 15))); // in date order
    // Closing days alone choose no policy: saved once the choice is made.
    QVERIFY(!dialog->save());
    child<QRadioButton>(dialog.get(), u"lawAlone"_s)->setChecked(true);
    QVERIFY(dialog->save());
    QVERIFY(isLawAlone(CaseService(Session { *m_store, m_clock }).policy(nullptr).value()));
    QCOMPARE(CaseService(Session { *m_store, m_clock }).policy(nullptr).value().closingDays,
             (QSet<QDate> { QDate(2026, 5, 15), QDate(2026, 12, 31) }));

    // Delete removes the selected day.
    list->setFocus();
    list->setCurrentRow(1);
    QVERIFY(remove->isEnabled());
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(list->count(), 1);
    shot(dialog.get(), "settings-closing-days");
    QVERIFY(dialog->save());
    QCOMPARE(CaseService(Session { *m_store, m_clock }).policy(nullptr).value().closingDays,
             QSet<QDate> { QDate(2026, 5, 15) });
}

void TestSettings::organisationValidatesAndSaves()
{
    auto dialog = openDialog();
    QCOMPARE(dialog->currentTab(), SettingsDialog::Tab::Organisation);
    auto *name = child<QLineEdit>(dialog.get(), u"organisationName"_s);
    auto *email = child<QLineEdit>(dialog.get(), u"privacyEmail"_s);
    auto *save = child<QPushButton>(dialog.get(), u"saveButton"_s);
    auto *emailMessage = child<QWidget>(dialog.get(), u"emailMessage"_s);
    QCOMPARE(name->text(), u"Woonstichting Proef"_s);
    QVERIFY(save->isEnabled());

    email->setFocus();
    QTest::keyClicks(email, u"privacy@proef"_s);
    QVERIFY(emailMessage->isVisible());
    QVERIFY(!save->isEnabled());
    shot(dialog.get(), "settings-organisation-invalid");
    QTest::keyClicks(email, u".nl"_s);
    QVERIFY(!emailMessage->isVisible());
    QVERIFY(save->isEnabled());
    // What letters still need is said on the tab: here the postal address.
    auto *lettersNeed = child<QLabel>(dialog.get(), u"lettersNeed"_s);
    QVERIFY(lettersNeed->isVisible());
    QVERIFY2(lettersNeed->text().contains(u"postal address"_s), qPrintable(lettersNeed->text()));
    child<QLineEdit>(dialog.get(), u"street"_s)->setText(u"Postbus 1234"_s);
    child<QLineEdit>(dialog.get(), u"postcode"_s)->setText(u"3500ab"_s);
    child<QLineEdit>(dialog.get(), u"city"_s)->setText(u"Utrecht"_s);
    // Still the two choices nobody made for the organisation: the title and the deadline.
    QVERIFY(lettersNeed->isVisible());
    QVERIFY2(!lettersNeed->text().contains(u"postal address"_s), qPrintable(lettersNeed->text()));
    QVERIFY2(lettersNeed->text().contains(u"the title under the signature"_s),
             qPrintable(lettersNeed->text()));
    child<QLineEdit>(dialog.get(), u"signatureRole"_s)->setText(u"Privacy Officer"_s);
    QVERIFY2(!lettersNeed->text().contains(u"the title under the signature"_s),
             qPrintable(lettersNeed->text()));
    QVERIFY2(lettersNeed->text().contains(u"the choice of deadline"_s),
             qPrintable(lettersNeed->text()));
    // The phone number and the FG are checked as they are typed.
    auto *phone = child<QLineEdit>(dialog.get(), u"phone"_s);
    phone->setText(u"bel ons"_s);
    QVERIFY(child<QWidget>(dialog.get(), u"phoneMessage"_s)->isVisible());
    QVERIFY(!save->isEnabled());
    phone->setText(u"030 123 45 67"_s);
    QVERIFY(save->isEnabled());
    child<QLineEdit>(dialog.get(), u"fgName"_s)->setText(u"M. de Wit"_s);
    child<QLineEdit>(dialog.get(), u"fgEmail"_s)->setText(u"fg@proef.nl"_s);
    // The privacy officer by name and the portal by the organisation's own name.
    child<QLineEdit>(dialog.get(), u"officerName"_s)->setText(u"S. Smit"_s);
    child<QLineEdit>(dialog.get(), u"portalName"_s)->setText(u"mijn Proef"_s);
    // Only a portal tenants log in to is offered in the identification letter.
    auto *identifies = child<QCheckBox>(dialog.get(), u"portalIdentifies"_s);
    QVERIFY(!identifies->isChecked());
    identifies->setChecked(true);
    // The statement on automated decisions for the inzage report: empty shows the default.
    auto *automated = child<QLineEdit>(dialog.get(), u"automatedDecisions"_s);
    QVERIFY(automated->text().isEmpty());
    QCOMPARE(automated->placeholderText(), OrganisationDetails().automatedDecisionsText());
    automated->setText(u"Een rekenmodel signaleert huurachterstand; een medewerker beslist."_s);
    shot(dialog.get(), "settings-organisation");

    QSignalSpy saved(dialog.get(), &SettingsDialog::settingsSaved);
    QTest::keyClick(dialog.get(), Qt::Key_Return); // Save is the default button
    QCOMPARE(saved.size(), 1);
    QVERIFY(!dialog->isVisible());
    const OrganisationDetails details
        = OrganisationSettings(Session { *m_store, m_clock }).details();
    QCOMPARE(details.privacyEmail, u"privacy@proef.nl"_s);
    QCOMPARE(details.street, u"Postbus 1234"_s);
    QCOMPARE(details.postcode, u"3500 AB"_s);
    QCOMPARE(details.city, u"Utrecht"_s);
    QCOMPARE(details.phone, u"030 123 45 67"_s);
    QCOMPARE(details.fgName, u"M. de Wit"_s);
    QCOMPARE(details.fgEmail, u"fg@proef.nl"_s);
    QCOMPARE(details.officerName, u"S. Smit"_s);
    QCOMPARE(details.portalName, u"mijn Proef"_s);
    QVERIFY(details.portalOffered());
    QCOMPARE(details.automatedDecisions,
             u"Een rekenmodel signaleert huurachterstand; een medewerker beslist."_s);
    QCOMPARE(details.automatedDecisionsText(), details.automatedDecisions);
    QCOMPARE(details.signatureRole, u"Privacy Officer"_s);
    // Nothing about the policy was touched: no policy written, the law alone still.
    QVERIFY(!details.deadlinePolicyChosen);
    QVERIFY(isLawAlone(CaseService(Session { *m_store, m_clock }).policy(nullptr).value()));
}

// "No FG" is the organisation's word, kept apart from an FG's name left empty.
void TestSettings::organisationWithoutFgSaysSo()
{
    auto dialog = openDialog();
    auto *fgName = child<QLineEdit>(dialog.get(), u"fgName"_s);
    auto *fgEmail = child<QLineEdit>(dialog.get(), u"fgEmail"_s);
    auto *noFg = child<QCheckBox>(dialog.get(), u"noFg"_s);
    QVERIFY(!noFg->isChecked());
    fgName->setText(u"M. de Wit"_s);
    fgEmail->setText(u"fg@proef.nl"_s);
    noFg->setChecked(true);
    // No name beside "none".
    QVERIFY(fgName->text().isEmpty());
    QVERIFY(fgEmail->text().isEmpty());
    QVERIFY(!fgName->isEnabled());
    QVERIFY(!fgEmail->isEnabled());
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    QVERIFY(!dialog->isVisible());
    OrganisationDetails details = OrganisationSettings(Session { *m_store, m_clock }).details();
    QVERIFY(details.noFg);
    QVERIFY(details.fgName.isEmpty());

    // Shown again as saved, and undone the same way.
    auto again = openDialog();
    auto *noFgAgain = child<QCheckBox>(again.get(), u"noFg"_s);
    QVERIFY(noFgAgain->isChecked());
    QVERIFY(!child<QLineEdit>(again.get(), u"fgName"_s)->isEnabled());
    noFgAgain->setChecked(false);
    QVERIFY(child<QLineEdit>(again.get(), u"fgName"_s)->isEnabled());
    QTest::keyClick(again.get(), Qt::Key_Return);
    details = OrganisationSettings(Session { *m_store, m_clock }).details();
    QVERIFY(!details.noFg);
}

void TestSettings::languageSwitchSignal()
{
    pd::ui::settings::setLanguage(UiLanguage::Dutch);
    auto dialog = openDialog();
    dialog->setCurrentTab(SettingsDialog::Tab::Language);
    auto *dutch = child<QRadioButton>(dialog.get(), u"languageDutch"_s);
    auto *english = child<QRadioButton>(dialog.get(), u"languageEnglish"_s);
    QVERIFY(dutch->isChecked());
    QSignalSpy chosen(dialog.get(), &SettingsDialog::languageChosen);
    // Receivers do what MainWindow's Extra → Taal does.
    connect(dialog.get(), &SettingsDialog::languageChosen, this, [](UiLanguage language) {
        installTranslations(language);
        pd::ui::settings::setLanguage(language);
    });
    english->setFocus();
    QTest::keyClick(english, Qt::Key_Space);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().value<UiLanguage>(), UiLanguage::English);
    QCOMPARE(pd::ui::settings::language(), UiLanguage::English);
    shot(dialog.get(), "settings-language");
    QCOMPARE(child<QTabWidget>(dialog.get(), u"tabs"_s)->tabText(2), u"&Language"_s);
    dutch->click();
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(chosen.last().first().value<UiLanguage>(), UiLanguage::Dutch);
    installTranslations(UiLanguage::English);
}

// The reader's two limits share one row and its label: a screen reader names each box apart.
void TestSettings::eachReaderLimitHasItsOwnName()
{
    const auto dialog = openDialog();
    auto *seconds = dialog->findChild<QSpinBox *>(u"readerSeconds"_s);
    auto *memory = dialog->findChild<QSpinBox *>(u"readerMemoryMb"_s);
    QVERIFY(seconds && memory);
    QVERIFY(!seconds->accessibleName().isEmpty());
    QVERIFY(!memory->accessibleName().isEmpty());
    QVERIFY(seconds->accessibleName() != memory->accessibleName());
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
