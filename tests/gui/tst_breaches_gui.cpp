// The Datalekken section of the desk, offscreen on a real store: a breach reported
// through "Report a data breach", its 72-hour clock in the list (discovered 27-03-2026 16:00
// winter time, deadline 30-03-2026 17:00 summer time), the assessment with its decisions, a
// notification to the AP after the deadline that is refused without the reasons for the delay
// and then shown as late in words and in red, Escape asking before typed input is thrown away,
// a KCC employee who reports and sees only their own reports (no user.denied from viewing), an
// auditor who reads everything and is offered nothing, and the page after a language switch.
//
// With PRIVACYDESK_SHOTS_DIR=dir it saves the section and its dialogs (and with
// PRIVACYDESK_TR_JSON=file.json in Dutch before the .ts has the strings).
#include "BreachDocumentFixture.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "breaches/BreachDialogs.h"
#include "breaches/BreachDocuments.h"
#include "breaches/BreachFormFields.h"
#include "breaches/BreachListModel.h"
#include "breaches/BreachService.h"
#include "breaches/BreachesPage.h"
#include "documents/BreachNotification.h"
#include "intake/PersonSearchWidget.h"
#include "letters/BreachLetters.h"
#include "registers/Disclosures.h"
#include "session/Session.h"
#include "store/Store.h"
#include "users/UserService.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;

namespace {

struct Account
{
    QString login;
    QString password;
    Role role;
};
const Account kcc { u"k.smit"_s, u"wachtwoord-van-smit"_s, Role::Kcc };
const Account auditor { u"a.visser"_s, u"wachtwoord-van-visser"_s, Role::Auditor };

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

int denials(const Store &store)
{
    QSqlQuery query(store.database());
    return query.exec(u"SELECT count(*) FROM audit_events WHERE action = 'user.denied'"_s)
            && query.next()
        ? query.value(0).toInt()
        : -1;
}

// Runs answer on the next modal dialog of type T once it shows (the dialogs are exec()'d).
template<typename T> void whenShown(QObject *context, std::function<void(T *)> answer)
{
    QTimer::singleShot(0, context, [answer] {
        T *dialog = nullptr;
        const bool shown = QTest::qWaitFor([&dialog] {
            dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            return dialog != nullptr;
        });
        if (!shown || !dialog) {
            qWarning("no dialog of the expected kind opened");
            if (QWidget *other = QApplication::activeModalWidget())
                other->close();
            return;
        }
        answer(dialog);
    });
}

QPushButton *saveButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
}

} // namespace

class TestBreachesGui final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void reportAssessNotifyLate();
    void escapeAsksBeforeDiscarding();
    void kccReportsAndSeesOwnOnly();
    void auditorReadsOnly();
    void languageSwitch();
    void documentsAndLinkedPersons();
    void processorToldBeforeDiscovery();
    void processorReportOnAnExistingBreach();

private:
    std::unique_ptr<Store> openAs(const Account &account);

    QTemporaryDir m_tmp;
    QString m_dir;
    // Monday 30 March 2026, 10:00 UTC (12:00 summer time): the clock of the first breach runs.
    FixedClock m_clock { utc(2026, 3, 30, 10, 0) };
    QString m_first; // reported by the beheerder
};

std::unique_ptr<Store> TestBreachesGui::openAs(const Account &account)
{
    StoreError error;
    auto store = Store::open(m_dir, account.login, SecureBytes::fromUtf8(account.password), &error);
    if (!store)
        qWarning("open as %s: %s", qPrintable(account.login), qPrintable(error.detail()));
    return store;
}

void TestBreachesGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslations(UiLanguage::English));
    QVERIFY(initSodium());
    QVERIFY(m_tmp.isValid());
    m_dir = m_tmp.filePath(u"kluis"_s);
    auto store = test::createTestStore(m_dir); // the beheerder
    QVERIFY(store);
    UserService users(*store, Session { *store });
    UserError error;
    for (const Account &account : { kcc, auditor })
        QVERIFY2(users.add(account.login, {}, account.role, SecureBytes::fromUtf8(account.password),
                           &error),
                 qPrintable(error.message));
}

void TestBreachesGui::reportAssessNotifyLate()
{
    StoreError openError;
    auto store = test::openTestStore(m_dir, &openError);
    QVERIFY2(store, qPrintable(openError.detail()));
    m_clock.set(utc(2026, 3, 30, 10, 0));
    BreachesPage page(Session { *store, m_clock }, nullptr);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.reportButton()->isVisible());
    QVERIFY(page.model()->isLoaded());
    QCOMPARE(page.model()->rowCount(), 0);

    // Report: discovered on Friday 27 March 2026 at 16:00 in Amsterdam (15:00 UTC, winter time).
    bool answered = false;
    whenShown<BreachDialog>(this, [&answered](BreachDialog *dialog) {
        QVERIFY(!saveButton(dialog)->isEnabled());
        dialog->titleEdit()->setText(u"Brief naar verkeerd adres"_s);
        dialog->setDiscovered(utc(2026, 3, 27, 15, 0));
        // Typed as Dutch time: the editor shows 16:00, whatever the computer's zone is.
        QCOMPARE(dialog->discoveredEdit()->time(), QTime(16, 0));
        dialog->setDataChecked(DataCategory::Gezondheid, true);
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        test::saveShot(dialog, test::shotsDir(), u"breach-report"_s);
        dialog->accept();
        answered = true;
    });
    m_first = page.reportBreach();
    QVERIFY(answered);
    QCOMPARE(m_first, u"DL-2026-0001"_s);
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.detail()->breach()->number, m_first);
    QCOMPARE(page.detail()->breach()->discoveredAt, utc(2026, 3, 27, 15, 0));
    // The deadline lies 72 elapsed hours later: 30-03-2026 17:00 summer time (15:00 UTC).
    QCOMPARE(page.detail()->breach()->apDeadline(), utc(2026, 3, 30, 15, 0));
    const QModelIndex clock = page.model()->index(0, BreachListModel::ClockColumn);
    // (The English plural comes from the .ts: compared through the translator.)
    const auto inWords = [](const char *source, int n) {
        return QCoreApplication::translate("pd::ui::BreachListModel", source, nullptr, n);
    };
    QCOMPARE(clock.data().toString(), inWords("%n hour(s) left", 5));
    QVERIFY(!clock.data(BreachListModel::LateRole).toBool());
    QVERIFY(page.detail()->browser()->toPlainText().contains(inWords("%n hour(s) left", 5)));
    QVERIFY(
        page.detail()->browser()->toPlainText().contains(codes::label(DataCategory::Gezondheid)));

    // Assess: a risk, so the AP must be notified and the people need not be told.
    answered = false;
    whenShown<BreachAssessDialog>(this, [&answered](BreachAssessDialog *dialog) {
        dialog->setRisk(BreachRisk::Risico);
        QVERIFY(dialog->apDecision());
        QVERIFY(!dialog->subjectsDecision());
        QVERIFY(!dialog->problem().isEmpty()); // the reasoning is required
        dialog->reasoningEdit()->setPlainText(u"Betaalgegevens bij een derde."_s);
        // Deciding otherwise than the risk gives needs a reason.
        dialog->setDecisions(true, true);
        QVERIFY(!dialog->problem().isEmpty());
        dialog->subjectsReasonEdit()->setText(u"De huurder is kwetsbaar."_s);
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        // When it was decided, not when it is typed in: not before the discovery, not later
        // than now.
        breachfields::setMoment(dialog->atEdit(), utc(2026, 3, 27, 14, 0));
        QVERIFY2(dialog->problem().contains(u"before the first moment we knew of the breach"_s),
                 qPrintable(dialog->problem()));
        breachfields::setMoment(dialog->atEdit(), utc(2026, 3, 30, 11, 0));
        QVERIFY2(dialog->problem().contains(u"lies in the future"_s),
                 qPrintable(dialog->problem()));
        breachfields::setMoment(dialog->atEdit(), utc(2026, 3, 30, 8, 30));
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        test::saveShot(dialog, test::shotsDir(), u"breach-assess"_s);
        dialog->accept();
        answered = true;
    });
    QVERIFY(page.detail()->assess());
    QVERIFY(answered);
    QCOMPARE(page.detail()->breach()->risk, std::optional(BreachRisk::Risico));
    QVERIFY(page.detail()->breach()->apDecision.yes);
    QVERIFY(page.detail()->breach()->subjectsDecision.yes);
    QCOMPARE(page.detail()->breach()->subjectsDecision.reason, u"De huurder is kwetsbaar."_s);
    QCOMPARE(page.detail()->breach()->assessedAt, utc(2026, 3, 30, 8, 30));
    QCOMPARE(page.detail()->breach()->subjectsDecision.at, utc(2026, 3, 30, 8, 30));

    // Half an hour after the deadline it is half an hour late, not "1 hour".
    const auto late = [](qint64 seconds) {
        return QCoreApplication::translate("pd::ui::BreachListModel",
                                           "late: deadline passed %1 ago")
            .arg(BreachCodes::delayText(seconds));
    };
    m_clock.set(utc(2026, 3, 30, 15, 30));
    page.refresh();
    QCOMPARE(clock.data().toString(), late(30 * 60));
    QCOMPARE(BreachCodes::delayText(30 * 60), u"30 minutes"_s);

    // The next morning the deadline has passed: the list says so in words and in red.
    m_clock.set(utc(2026, 3, 31, 9, 0));
    page.refresh();
    QCOMPARE(clock.data().toString(), late(18 * 3600));
    QVERIFY(clock.data(BreachListModel::LateRole).toBool());
    QVERIFY(clock.data(Qt::ForegroundRole).value<QBrush>().color() == QColor(0x8a, 0x1f, 0x11));

    // Notified after the deadline: refused without the reasons for the delay.
    answered = false;
    whenShown<BreachApNotificationDialog>(this, [&answered](BreachApNotificationDialog *dialog) {
        dialog->setNotifiedAt(utc(2026, 3, 31, 8, 0));
        dialog->referenceEdit()->setText(u"M-2026-000123"_s);
        QVERIFY(dialog->isLate());
        QVERIFY(!saveButton(dialog)->isEnabled());
        QVERIFY(dialog->problem().contains(u"reasons for the delay"_s));
        dialog->accept(); // Enter: nothing is saved, the dialog stays
        QVERIFY(dialog->isVisible());
        test::saveShot(dialog, test::shotsDir(), u"breach-notify-late"_s);
        dialog->lateReasonEdit()->setPlainText(u"De omvang was pas na onderzoek duidelijk."_s);
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        dialog->accept();
        answered = true;
    });
    QVERIFY(page.detail()->notifyAp());
    QVERIFY(answered);
    const Breach notified = *page.detail()->breach();
    QVERIFY(notified.apNotifiedLate());
    QCOMPARE(notified.apReference, u"M-2026-000123"_s);
    QCOMPARE(clock.data().toString(),
             u"notified late on %1"_s.arg(BreachListModel::momentText(utc(2026, 3, 31, 8, 0))));
    QVERIFY(clock.data(BreachListModel::LateRole).toBool());
    const QString detail = page.detail()->browser()->toPlainText();
    QVERIFY2(detail.contains(u"17 hours late, after the deadline"_s), qPrintable(detail));
    QVERIFY(detail.contains(u"De omvang was pas na onderzoek duidelijk."_s));
    // Not closable yet: the people are still to be informed.
    QVERIFY(detail.contains(u"Before closing:"_s));
    test::shot(&page, "breach-section");
}

void TestBreachesGui::escapeAsksBeforeDiscarding()
{
    StoreError openError;
    auto store = test::openTestStore(m_dir, &openError);
    QVERIFY(store);
    BreachDialog dialog(Session { *store, m_clock }, std::nullopt, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // Untouched: Escape closes at once.
    QVERIFY(!dialog.hasInput());
    QTest::keyClicks(dialog.titleEdit(), u"Laptop kwijt"_s);
    QVERIFY(dialog.hasInput());
    int asked = 0;
    const auto answer = [&asked](bool discard) {
        QTimer::singleShot(0, [&asked, discard] {
            QMessageBox *box = nullptr;
            const bool shown = QTest::qWaitFor([&box] {
                box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                return box != nullptr;
            });
            if (!shown || !box)
                return;
            ++asked;
            QCOMPARE(box->objectName(), u"discardQuestion"_s);
            if (discard)
                test::destructiveButton(box)->click();
            else
                QTest::keyClick(box, Qt::Key_Escape); // keeps typing
        });
    };
    answer(false);
    QTest::keyClick(dialog.titleEdit(), Qt::Key_Escape);
    QCOMPARE(asked, 1);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.titleEdit()->text(), u"Laptop kwijt"_s);
    answer(true);
    QTest::keyClick(dialog.titleEdit(), Qt::Key_Escape);
    QCOMPARE(asked, 2);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestBreachesGui::kccReportsAndSeesOwnOnly()
{
    auto store = openAs(kcc);
    QVERIFY(store);
    const int deniedBefore = denials(*store);
    {
        MainWindow window(Session { *store });
        QVERIFY(window.isSectionAvailable(MainWindow::Section::Breaches));
        QVERIFY(!window.isSectionAvailable(MainWindow::Section::Disclosures));
        QVERIFY(window.sectionAction(MainWindow::Section::Breaches)->isVisible());
        QVERIFY(window.reportBreachAction()->isVisible());
        window.show();
        window.setCurrentSection(MainWindow::Section::Breaches);
        QCOMPARE(window.currentSection(), MainWindow::Section::Breaches);
        BreachesPage *page = window.breachesPage();
        QVERIFY(page);
        QVERIFY(page->model()->isLoaded());
        // Not the beheerder's breach: only what they reported themselves, which is nothing yet.
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(page->model()->errorText().isEmpty());
        QCOMPARE(denials(*store), deniedBefore);
    }
    BreachesPage page(Session { *store, m_clock }, nullptr);
    page.show();
    QVERIFY(page.reportButton()->isVisible());
    for (QPushButton *button : { page.detail()->editButton(), page.detail()->assessButton(),
                                 page.detail()->notifyApButton(), page.detail()->closeButton() })
        QVERIFY(!button->isVisibleTo(&page));
    bool answered = false;
    whenShown<BreachDialog>(this, [this, &answered](BreachDialog *dialog) {
        dialog->titleEdit()->setText(u"Telefoon van collega verloren"_s);
        dialog->setDiscovered(m_clock.now().addSecs(-3600));
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        dialog->accept();
        answered = true;
    });
    const QString own = page.reportBreach();
    QVERIFY(answered);
    QVERIFY(!own.isEmpty());
    QVERIFY(own != m_first);
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->rowAt(0)->number, own);
    QCOMPARE(page.detail()->breach()->number, own);
    // The register's other breach cannot be opened: as if it did not exist.
    QVERIFY(!page.detail()->showBreach(m_first));
    QCOMPARE(denials(*store), deniedBefore);
    // The prepared AP notification is not the reporter's: not offered.
    QVERIFY(!page.detail()->prepareButton()->isVisibleTo(&page));
    QVERIFY(!page.detail()->linkButton()->isVisibleTo(&page));
}

void TestBreachesGui::auditorReadsOnly()
{
    auto store = openAs(auditor);
    QVERIFY(store);
    BreachesPage page(Session { *store, m_clock }, nullptr);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.reportButton()->isHidden());
    QVERIFY(!page.reportButton()->isEnabled());
    for (QPushButton *button : { page.detail()->editButton(), page.detail()->assessButton(),
                                 page.detail()->notifyApButton(), page.detail()->followUpButton(),
                                 page.detail()->subjectsButton(), page.detail()->closeButton(),
                                 page.detail()->linkButton(), page.detail()->noticeButton(),
                                 page.detail()->sentButton() })
        QVERIFY(!button->isVisibleTo(&page));
    page.setOpenOnly(false);
    QCOMPARE(page.model()->rowCount(), 2); // the beheerder's and the KCC employee's
    QVERIFY(page.showBreach(m_first));
    QVERIFY(page.detail()->browser()->toPlainText().contains(u"M-2026-000123"_s));
    // The auditor reads the prepared notification (and may print it).
    QVERIFY(page.detail()->prepareButton()->isVisibleTo(&page));
    QVERIFY(page.detail()->prepareButton()->isEnabled());
    bool prepared = false;
    whenShown<BreachNotificationDialog>(this, [&prepared](BreachNotificationDialog *dialog) {
        QVERIFY2(dialog->content().has_value(), qPrintable(dialog->message()));
        dialog->reject();
        prepared = true;
    });
    QVERIFY(page.detail()->prepareNotification());
    QVERIFY(prepared);
    // Without the buttons, a call from elsewhere is refused by the service, not saved.
    bool answered = false;
    whenShown<BreachAssessDialog>(this, [&answered](BreachAssessDialog *dialog) {
        dialog->reasoningEdit()->setPlainText(u"Poging"_s);
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->message().isEmpty());
        dialog->done(QDialog::Rejected);
        answered = true;
    });
    QVERIFY(!page.detail()->assess());
    QVERIFY(answered);
}

void TestBreachesGui::languageSwitch()
{
    StoreError openError;
    auto store = test::openTestStore(m_dir, &openError);
    QVERIFY(store);
    MainWindow window(Session { *store });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(window.currentSection(), MainWindow::Section::Breaches);
    BreachesPage *page = window.breachesPage();
    QVERIFY(page->isVisible());
    page->setOpenOnly(false);
    QVERIFY(page->model()->rowCount() >= 1);

    test::JsonTranslator extra(qEnvironmentVariable("PRIVACYDESK_TR_JSON"));
    QVERIFY(installTranslations(UiLanguage::Dutch));
    if (!extra.isEmpty())
        QCoreApplication::installTranslator(&extra);
    QCoreApplication::processEvents();
    const auto dutch = [](const char *context, const char *source) {
        return QCoreApplication::translate(context, source);
    };
    QCOMPARE(window.sectionAction(MainWindow::Section::Breaches)->text(),
             dutch("pd::ui::MainWindow", "Data breaches"));
    QCOMPARE(page->model()->headerData(BreachListModel::ClockColumn, Qt::Horizontal).toString(),
             dutch("pd::ui::BreachListModel", "AP deadline (72 hours)"));
    QCOMPARE(page->reportButton()->text(), dutch("pd::ui::BreachesPage", "Report a &data breach…"));
    QCOMPARE(page->filterBox()->currentText(), dutch("pd::ui::BreachesPage", "All breaches"));
    // Moments in Dutch notation, in Amsterdam time.
    const int row = page->model()->rowOf(m_first);
    QVERIFY(row >= 0);
    QCOMPARE(page->model()->index(row, BreachListModel::DiscoveredColumn).data().toString(),
             u"27-03-2026 16:00"_s);
    page->showBreach(m_first);
    test::shot(page, "breach-section-nl");
    QCoreApplication::removeTranslator(&extra);
    QVERIFY(installTranslations(UiLanguage::English));
    QCoreApplication::processEvents();
    QCOMPARE(window.sectionAction(MainWindow::Section::Breaches)->text(), u"Data breaches"_s);
    QCOMPARE(page->reportButton()->text(), u"Report a &data breach…"_s);
    QCOMPARE(page->filterBox()->currentText(), u"All breaches"_s);
}

// The documents of a breach on the desk (on a store of its own with the documents' fixture: the
// organisation with its FG, two persons, a breach assessed as high risk and notified late):
// the AP notification prepared, printed, saved as PDF (read back: every section of the AP's
// form) and copied; a second person linked through the person search; the notice letter to
// them made and saved (recorded) and its dispatch recorded, which marks them informed.
void TestBreachesGui::documentsAndLinkedPersons()
{
    PD_REQUIRE_PDFTOTEXT();
    const QString dir = m_tmp.filePath(u"documenten"_s);
    auto store = test::createTestStore(dir);
    QVERIFY(store);
    test::BreachDocumentFixture fixture(*store);
    const QString number = fixture.breach();
    QVERIFY2(!number.isEmpty(), qPrintable(fixture.error()));
    FixedClock &clock = fixture.clock();
    BreachesPage page(Session { *store, clock }, nullptr);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.showBreach(number));
    BreachDetailWidget *detail = page.detail();
    for (QPushButton *button : { detail->prepareButton(), detail->linkButton(),
                                 detail->noticeButton(), detail->sentButton() }) {
        QVERIFY(button->isVisibleTo(&page));
        QVERIFY(button->isEnabled());
    }

    // 1. The AP notification: preview, print preview, PDF with the form's sections, the text.
    const QString pdf = m_tmp.filePath(u"ap-melding.pdf"_s);
    bool answered = false;
    whenShown<BreachNotificationDialog>(this, [&](BreachNotificationDialog *dialog) {
        QVERIFY2(dialog->content().has_value(), qPrintable(dialog->message()));
        const QString shown = dialog->findChild<QTextBrowser *>()->toPlainText();
        for (const QString &title : BreachNotification::sectionTitles())
            QVERIFY2(shown.contains(title), qPrintable(title));
        QDialog *preview = dialog->preview();
        QVERIFY(preview);
        QCOMPARE(preview->objectName(), u"printPreview"_s);
        preview->close();
        QVERIFY2(dialog->saveAsPdf(pdf), qPrintable(dialog->message()));
        QVERIFY(dialog->copyText());
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 BreachNotification::text(*dialog->content()));
        test::saveShot(dialog, test::shotsDir(), u"breach-ap-notification"_s);
        dialog->reject();
        answered = true;
    });
    QVERIFY(detail->prepareNotification());
    QVERIFY(answered);
    const QString pdfText = test::DocumentFixture::pdfPages(pdf).join(u'\n').simplified();
    for (const QString &title : BreachNotification::sectionTitles())
        QVERIFY2(pdfText.contains(title.simplified()), qPrintable(title + u"\n"_s + pdfText));
    QVERIFY(pdfText.contains(number));

    // 2. Link the second person, found by name as on the intake.
    answered = false;
    whenShown<BreachPersonsDialog>(this, [&](BreachPersonsDialog *dialog) {
        QCOMPARE(dialog->personIds(), QList<qint64> { fixture.linkedPerson() });
        QVERIFY(!dialog->addChosen()); // nobody chosen yet: said so
        QVERIFY(!dialog->message().isEmpty());
        dialog->search()->suggest(u"Bram Kooistra"_s, QString());
        auto *hits = dialog->search()->findChild<QTreeWidget *>(u"results"_s);
        QVERIFY(hits);
        QVERIFY(QTest::qWaitFor([hits] { return hits->topLevelItemCount() == 1; }));
        hits->setCurrentItem(hits->topLevelItem(0));
        QVERIFY(dialog->addChosen());
        QVERIFY(!dialog->addChosen()); // linked once
        QCOMPARE(dialog->list()->count(), 2);
        test::saveShot(dialog, test::shotsDir(), u"breach-link-persons"_s);
        dialog->accept();
        answered = true;
    });
    QVERIFY(detail->linkPersons());
    QVERIFY(answered);
    QCOMPARE(detail->breach()->linkedPersons.size(), 2);
    QVERIFY(detail->browser()->toPlainText().contains(u"Bram Kooistra (K1002)"_s));

    // 3. The notice to Bram Kooistra: shown, saved as PDF and so recorded.
    const QString letterPdf = m_tmp.filePath(u"kennisgeving.pdf"_s);
    answered = false;
    whenShown<BreachLetterDialog>(this, [&](BreachLetterDialog *dialog) {
        QVERIFY2(dialog->rendered().has_value(), qPrintable(dialog->message()));
        QVERIFY(!dialog->recorded());
        QVERIFY2(dialog->saveAsPdf(letterPdf), qPrintable(dialog->message()));
        QVERIFY(dialog->recorded());
        test::saveShot(dialog, test::shotsDir(), u"breach-notice-letter"_s);
        dialog->reject();
        answered = true;
    });
    QVERIFY(detail->makeNotice(fixture.otherPerson()));
    QVERIFY(answered);
    const QString letterText = test::DocumentFixture::pdfPages(letterPdf).join(u'\n');
    QVERIFY2(letterText.contains(u"Bram Kooistra"_s), qPrintable(letterText));
    QVERIFY(letterText.contains(number));
    ServiceError error;
    const QList<BreachLetter> letters
        = BreachLetterService(Session { *store, clock }).letters(number, &error);
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    QCOMPARE(letters.size(), 1);
    QCOMPARE(letters.first().personId, fixture.otherPerson());
    QVERIFY(!letters.first().isSent());

    // 4. Sent today by post: the person is informed.
    answered = false;
    whenShown<BreachDispatchDialog>(this, [&](BreachDispatchDialog *dialog) {
        QCOMPARE(dialog->letterBox()->count(), 1);
        QCOMPARE(dialog->dateEdit()->date(), clock.today());
        // A number that may be a BSN in "how" stops Save until it is confirmed not to be one.
        auto *notBsn = dialog->findChild<QCheckBox *>(u"notBsn"_s);
        QVERIFY(notBsn);
        dialog->howEdit()->setText(u"aangetekend, kenmerk "_s + test::elfProefNumber());
        QVERIFY(!dialog->problem().isEmpty());
        dialog->accept();
        QVERIFY(dialog->isVisible());
        notBsn->setChecked(true);
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        dialog->howEdit()->clear();
        QCOMPARE(dialog->problem(), u"Say how the notice was sent."_s);
        dialog->howEdit()->setText(u"per post"_s);
        dialog->accept();
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->message()));
        answered = true;
    });
    QVERIFY(detail->recordSent());
    QVERIFY(answered);
    bool informed = false;
    for (const BreachPerson &p : detail->breach()->linkedPersons)
        if (p.id == fixture.otherPerson())
            informed = p.informedOn == clock.today();
    QVERIFY(informed);
    QVERIFY(BreachLetterService(Session { *store, clock }).letters(number).first().isSent());

    // Again: nothing left to record, said at once (before anything is typed).
    answered = false;
    whenShown<BreachDispatchDialog>(this, [&](BreachDispatchDialog *dialog) {
        QCOMPARE(dialog->letterBox()->count(), 0);
        QCOMPARE(dialog->message(),
                 u"Every notice made has been recorded as sent. Make the notice first."_s);
        QVERIFY(!dialog->hasInput());
        dialog->reject();
        answered = true;
    });
    QVERIFY(!detail->recordSent());
    QVERIFY(answered);
}

// A processor's report before the discovery is said in the dialog: the 72 hours run from it
// unless the officer gives the reason why not, in the field offered with the warning; or the
// report can be taken as the discovery.
void TestBreachesGui::processorToldBeforeDiscovery()
{
    StoreError openError;
    auto store = test::openTestStore(m_dir, &openError);
    QVERIFY2(store, qPrintable(openError.detail()));
    ServiceError error;
    Recipient hosting;
    hosting.name = u"Hostingbedrijf Oost BV"_s;
    hosting.category = RecipientCategory::Verwerker;
    hosting.role = RecipientRole::Verwerker;
    const auto processor
        = RecipientService(Session { *store, m_clock }).add(hosting, BsnCheck::Refuse, &error);
    QVERIFY2(processor, qPrintable(error.message));
    BreachDialog dialog(Session { *store, m_clock }, std::nullopt, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.titleEdit()->setText(u"Back-up bij de verwerker zoek"_s);
    dialog.setDiscovered(utc(2026, 3, 29, 8, 0));
    dialog.setProcessorTold(processor->id, utc(2026, 3, 28, 13, 30));
    QVERIFY(dialog.earlierAwarenessWarning()->isVisible());
    QVERIFY2(dialog.earlierAwarenessWarning()->text().contains(u"2026-03-28 14:30"_s),
             qPrintable(dialog.earlierAwarenessWarning()->text()));
    QVERIFY(dialog.problem().isEmpty()); // a warning, not a refusal
    // Art. 33(2): the report starts the 72 hours, unless the officer says why not.
    QCOMPARE(dialog.breach().apDeadline(), utc(2026, 3, 31, 13, 30));
    QVERIFY(dialog.processorToldReasonEdit()->isVisible());
    dialog.processorToldReasonEdit()->setText(u"Gemeld aan een vertrokken medewerker"_s);
    QCOMPARE(dialog.breach().processorToldReason, u"Gemeld aan een vertrokken medewerker"_s);
    QCOMPARE(dialog.breach().apDeadline(), utc(2026, 4, 1, 8, 0));
    QVERIFY2(dialog.earlierAwarenessWarning()->text().contains(u"because you recorded why"_s),
             qPrintable(dialog.earlierAwarenessWarning()->text()));
    dialog.processorToldReasonEdit()->clear();
    QVERIFY(dialog.takeEarlierAwarenessButton()->isVisible());
    QTest::mouseClick(dialog.takeEarlierAwarenessButton(), Qt::LeftButton);
    QCOMPARE(dialog.breach().discoveredAt, utc(2026, 3, 28, 13, 30));
    QVERIFY(!dialog.earlierAwarenessWarning()->isVisible());
    QVERIFY(!dialog.takeEarlierAwarenessButton()->isVisible());
    QVERIFY(!dialog.processorToldReasonEdit()->isVisible());
}

// The processor's report recorded afterwards, in the form of a breach already in the register:
// saved as a change of the breach, the AP deadline moved to the report (art. 33(2)).
void TestBreachesGui::processorReportOnAnExistingBreach()
{
    StoreError openError;
    auto store = test::openTestStore(m_dir, &openError);
    QVERIFY2(store, qPrintable(openError.detail()));
    ServiceError error;
    Recipient backup;
    backup.name = u"Back-upleverancier BV"_s;
    backup.category = RecipientCategory::Verwerker;
    backup.role = RecipientRole::Verwerker;
    const auto processor
        = RecipientService(Session { *store, m_clock }).add(backup, BsnCheck::Refuse, &error);
    QVERIFY2(processor, qPrintable(error.message));
    Breach report;
    report.title = u"Back-up onversleuteld verstuurd"_s;
    report.discoveredAt = utc(2026, 3, 29, 8, 0);
    report.natures = { BreachNature::Vertrouwelijkheid };
    report.data = { DataCategory::Naw };
    const auto added
        = BreachService(Session { *store, m_clock }).add(report, BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));

    BreachDialog dialog(Session { *store, m_clock }, *added, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setProcessorTold(processor->id, utc(2026, 3, 28, 13, 30));
    QVERIFY(dialog.processorToldReasonEdit()->isVisible());
    dialog.accept();
    QVERIFY(dialog.saved());
    QCOMPARE(dialog.saved()->processorToldAt, utc(2026, 3, 28, 13, 30));
    QCOMPARE(dialog.saved()->apDeadline(), utc(2026, 3, 31, 13, 30));
    const auto stored = BreachService(Session { *store, m_clock }).get(added->number, &error);
    QVERIFY2(stored, qPrintable(error.message));
    QCOMPARE(stored->clockStart(), utc(2026, 3, 28, 13, 30));
}

QTEST_MAIN(TestBreachesGui)
#include "tst_breaches_gui.moc"
