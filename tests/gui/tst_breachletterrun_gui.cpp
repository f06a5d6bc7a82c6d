// "Letters to everyone concerned…" in the breach window, offscreen on a real store: the run with
// its progress and result, the PDF for the post with a letter to each linked person, and a
// second run that asks to go on and gives no one a second letter.
#include "BreachDocumentFixture.h"
#include "DocumentFixture.h"
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "breaches/BreachLetterRunDialog.h"
#include "breaches/BreachService.h"
#include "breaches/BreachesPage.h"
#include "letters/BreachLetters.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Translations.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;

namespace {

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

} // namespace

class TestBreachLetterRunGui final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lettersToEveryone();
    void cancelSaysWhatStays();

private:
    QTemporaryDir m_tmp;
};

void TestBreachLetterRunGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslations(UiLanguage::English));
    QVERIFY(initSodium());
    QVERIFY(m_tmp.isValid());
}

void TestBreachLetterRunGui::lettersToEveryone()
{
    PD_REQUIRE_PDFTOTEXT();
    auto store = test::createTestStore(m_tmp.filePath(u"kluis"_s));
    QVERIFY(store);
    test::BreachDocumentFixture fixture(*store);
    const QString number = fixture.breach();
    QVERIFY2(!number.isEmpty(), qPrintable(fixture.error()));
    FixedClock &clock = fixture.clock();
    ServiceError error;
    QVERIFY2(BreachService(Session { *store, clock })
                 .linkPersons(number, { fixture.linkedPerson(), fixture.otherPerson() }, &error),
             qPrintable(error.message));
    BreachesPage page(Session { *store, clock }, nullptr);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.showBreach(number));
    BreachDetailWidget *detail = page.detail();
    QVERIFY(detail->allNoticesButton()->isVisibleTo(&page));
    QVERIFY(detail->allNoticesButton()->isEnabled());
    QCOMPARE(detail->allNoticesButton()->text(), u"Letters to &everyone concerned…"_s);

    // The run: its progress to the end, then what became of everyone; Close closes it.
    const QString pdf = m_tmp.filePath(u"kennisgevingen.pdf"_s);
    bool answered = false;
    whenShown<BreachLetterRunDialog>(this, [&](BreachLetterRunDialog *dialog) {
        QVERIFY(QTest::qWaitFor([dialog] { return dialog->isDone(); }));
        QVERIFY2(dialog->result().has_value(), qPrintable(dialog->message()));
        QCOMPARE(dialog->result()->made, 2);
        QVERIFY(dialog->result()->pdfWritten);
        QCOMPARE(dialog->value(), 2);
        QVERIFY2(dialog->message().contains(pdf), qPrintable(dialog->message()));
        QCOMPARE(dialog->button()->text(), u"Close"_s);
        test::saveShot(dialog, test::shotsDir(), u"breach-letters-everyone"_s);
        dialog->button()->click();
        answered = true;
    });
    QVERIFY(detail->makeAllNotices(pdf));
    QVERIFY(answered);
    const QString text = test::DocumentFixture::pdfPages(pdf).join(u'\n').simplified();
    QVERIFY2(text.contains(test::DocumentFixture::personName()), qPrintable(text));
    QVERIFY(text.contains(u"Bram Kooistra"_s));
    QCOMPARE(BreachLetterService(Session { *store, clock }).letters(number).size(), 2);

    // Again: asked whether to go on; the letters not yet sent in the PDF, none made twice.
    const QString again = m_tmp.filePath(u"opnieuw.pdf"_s);
    answered = false;
    whenShown<QMessageBox>(this, [&](QMessageBox *ask) {
        QCOMPARE(ask->objectName(), u"breachLettersResume"_s);
        whenShown<BreachLetterRunDialog>(this, [&](BreachLetterRunDialog *dialog) {
            QVERIFY(QTest::qWaitFor([dialog] { return dialog->isDone(); }));
            QVERIFY2(dialog->result().has_value(), qPrintable(dialog->message()));
            QCOMPARE(dialog->result()->made, 0);
            QCOMPARE(dialog->result()->alreadyMade, 2);
            QCOMPARE(dialog->result()->inPdf, 2);
            dialog->button()->click();
            answered = true;
        });
        QPushButton *goOn = nullptr;
        for (QAbstractButton *button : ask->buttons()) {
            if (ask->buttonRole(button) == QMessageBox::AcceptRole)
                goOn = qobject_cast<QPushButton *>(button);
        }
        QVERIFY(goOn);
        goOn->click();
    });
    QVERIFY(detail->makeAllNotices(again));
    QVERIFY(answered);
    QVERIFY(QFile::exists(again));
    QCOMPARE(BreachLetterService(Session { *store, clock }).letters(number).size(), 2);
}

// Cancel stops the run between two people and says so in the dialog, which stays open until
// closed: no PDF, the next run goes on.
void TestBreachLetterRunGui::cancelSaysWhatStays()
{
    auto store = test::createTestStore(m_tmp.filePath(u"afbreken"_s));
    QVERIFY(store);
    test::BreachDocumentFixture fixture(*store);
    const QString number = fixture.breach();
    QVERIFY2(!number.isEmpty(), qPrintable(fixture.error()));
    const QString pdf = m_tmp.filePath(u"afgebroken.pdf"_s);
    BreachLetterRunDialog dialog(Session { *store, fixture.clock() }, number, pdf, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.begin());
    dialog.button()->click();
    QVERIFY(dialog.isDone());
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result().has_value());
    QVERIFY(dialog.result()->cancelled);
    QVERIFY2(dialog.message().startsWith(u"Cancelled (0/1)."_s), qPrintable(dialog.message()));
    QCOMPARE(dialog.button()->text(), u"Close"_s);
    QCoreApplication::processEvents();
    QVERIFY(!QFile::exists(pdf));
    dialog.button()->click();
    QVERIFY(!dialog.isVisible());
}

QTEST_MAIN(TestBreachLetterRunGui)
#include "tst_breachletterrun_gui.moc"
