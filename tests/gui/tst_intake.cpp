// The "Telefonisch verzoek" intake, driven like an agent on a call: keyboard only (keyClicks and
// keyClick, no mouse) for a known caller and for a new one, the search field's three kinds of
// search, the inline BSN guard that blocks saving until "this is not a BSN" is ticked (the
// number is computed at run time: 11-proef-valid literals belong only in files named *bsn*),
// and Escape asking before a half-typed intake is thrown away. Real store, offscreen.
//
// With PRIVACYDESK_SHOTS_DIR=dir it saves a PNG of each state.

#include "GuiTestSupport.h"
#include "ServerStoreFixture.h"
#include "Settings.h"
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "cases/PersonQuery.h"
#include "crypto/SecureBytes.h"
#include "demo/DemoData.h"
#include "domain/BsnGuard.h"
#include "intake/IntakeDialog.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

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

using pd::test::elfProefNumber;
using pd::test::shot;

QPointer<QWidget> currentDialog;

// The widget keys go to: the focus widget, else the dialog (offscreen, no window is active
// again after a message box closes).
QWidget *focused()
{
    return QApplication::focusWidget() ? QApplication::focusWidget() : currentDialog.data();
}

// Keys go to whatever has the focus, as they would from a real keyboard.
void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

QString focusName()
{
    return focused() ? focused()->objectName() : u"<none>"_s;
}

} // namespace

class TestIntake final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void keyboardOnlyKnownCaller();
    void keyboardOnlyNewPerson();
    void callbackFollowsThePhoneTyped();
    void searchKinds();
    void bsnGuardBlocksUntilOverride();
    void escapeAsksWhenFilled();
    void longNamesAndResultPanel();
    void demoStoreFigures();

private:
    std::unique_ptr<IntakeDialog> openDialog();
    void addCaller(const QString &name, const QString &klantnummer, const QString &postcode,
                   const QString &houseNumber, const QString &phone);

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock { QDateTime(QDate(2026, 2, 1), QTime(10, 30), Qt::UTC) };
};

void TestIntake::initTestCase()
{
    QVERIFY(test::startDeskTest(m_tmp));
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
}

void TestIntake::cleanupTestCase()
{
    QSettings().clear();
}

void TestIntake::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = pd::test::createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    addCaller(u"Jan de Vries"_s, u"K100003"_s, u"1234 AB"_s, u"12"_s, u"030-1234567"_s);
    addCaller(u"Emre Çelik"_s, u"K100004"_s, u"1234 AB"_s, u"12a"_s, QString());
    addCaller(u"Anna de Vries-Bakker"_s, u"K100005"_s, u"5678 CD"_s, u"3"_s, QString());
}

void TestIntake::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestIntake::addCaller(const QString &name, const QString &klantnummer, const QString &postcode,
                           const QString &houseNumber, const QString &phone)
{
    CaseService cases(Session { *m_store, m_clock });
    NewCase request;
    request.person.name = name;
    request.person.klantnummer = klantnummer;
    request.person.street = u"Dorpsstraat"_s;
    request.person.houseNumber = houseNumber;
    request.person.postcode = postcode;
    request.person.city = u"Utrecht"_s;
    request.person.phone = phone;
    request.person.relation = Relation::Huurder;
    request.types = { RequestType::Klacht };
    request.channel = Channel::Brief;
    request.receivedDate = m_clock.today().addDays(-3);
    ServiceError error;
    QVERIFY2(cases.add(request, BsnCheck::Refuse, &error), qPrintable(error.message));
}

std::unique_ptr<IntakeDialog> TestIntake::openDialog()
{
    auto dialog = std::make_unique<IntakeDialog>(Session { *m_store, m_clock }, u"j.devries"_s);
    currentDialog = dialog.get();
    dialog->show();
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("intake window not active");
    return dialog;
}

void TestIntake::keyboardOnlyKnownCaller()
{
    auto dialog = openDialog();
    QSignalSpy created(dialog.get(), &IntakeDialog::caseCreated);
    QCOMPARE(dialog->page(), IntakeDialog::Page::Form);
    QCOMPARE(focusName(), u"search"_s);
    QVERIFY(!dialog->hasInput());

    // The customer number, Enter: the single hit is taken and the cursor goes to the types.
    type(u"K100003"_s);
    press(Qt::Key_Return);
    QVERIFY(dialog->isVisible()); // Enter in the search field never saves
    QVERIFY(dialog->selectedPerson());
    QCOMPARE(dialog->selectedPerson()->person.name, u"Jan de Vries"_s);
    QCOMPARE(dialog->selectedPerson()->openCases, 1);
    QCOMPARE(focusName(), u"type-inzage"_s);
    QVERIFY(child<QCheckBox>(dialog.get(), u"type-inzage"_s)->isChecked());
    // The number we already know is the callback number.
    QCOMPARE(child<QLineEdit>(dialog.get(), u"callback"_s)->text(), u"030-1234567"_s);
    // The open request by its number, which the caller can be told, and that nobody handles it.
    const QString chosen = child<QLabel>(dialog.get(), u"chosenPerson"_s)->text();
    QVERIFY2(chosen.contains(u"Jan de Vries"), qPrintable(chosen));
    QVERIFY2(chosen.contains(u"AVG-2026-0001 (no handler yet)"), qPrintable(chosen));
    shot(dialog.get(), "intake-known-caller");

    // Also rectificatie: Tab, Space.
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"type-rectificatie"_s);
    press(Qt::Key_Space);
    QVERIFY(child<QCheckBox>(dialog.get(), u"type-rectificatie"_s)->isChecked());
    QVERIFY(dialog->invalidReason().isEmpty());

    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(created.size(), 1);
    QCOMPARE(dialog->page(), IntakeDialog::Page::Result);
    const QString number = created.first().first().toString();
    QCOMPARE(number, u"AVG-2026-0004"_s);
    QCOMPARE(child<QLabel>(dialog.get(), u"resultNumber"_s)->text(), number);

    CaseService cases(Session { *m_store, m_clock });
    const std::optional<Case> c = cases.find(number);
    QVERIFY(c);
    QCOMPARE(c->types, (QList<RequestType> { RequestType::Inzage, RequestType::Rectificatie }));
    QCOMPARE(c->channel, Channel::Telefoon);
    QCOMPARE(c->person.klantnummer, u"K100003"_s);
    QCOMPARE(c->receivedDate, QDate(2026, 2, 1));
    QCOMPARE(c->receivedBy, m_store->userName());
    QCOMPARE(c->callbackPhone, u"030-1234567"_s);
    // Received 1 Feb 2026: one month ends on Sunday 1 March, moved to Monday 2 March; 30 days
    // would be 3 March, so the legal deadline binds (domain.md).
    QCOMPARE(cases.deadlines(*c, nullptr).value().current, QDate(2026, 3, 2));
    const QString deadline = child<QLabel>(dialog.get(), u"resultDeadline"_s)->text();
    QVERIFY2(deadline.contains(QLocale().toString(QDate(2026, 3, 2), QLocale::LongFormat)),
             qPrintable(deadline));
    // The caller hears of the extension or the identification too, not only "the answer".
    QVERIFY2(deadline.contains(u"why it takes longer"_s)
                 || deadline.contains(u"waarom het langer duurt"_s),
             qPrintable(deadline));
    shot(dialog.get(), "intake-result");

    // Ctrl+N: the next call, with an empty form and the cursor in the search field.
    press(Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(dialog->page(), IntakeDialog::Page::Form);
    QCOMPARE(focusName(), u"search"_s);
    QVERIFY(child<QLineEdit>(dialog.get(), u"search"_s)->text().isEmpty());
    QVERIFY(!dialog->hasInput());
    // Escape on an empty form closes without asking.
    press(Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
}

void TestIntake::keyboardOnlyNewPerson()
{
    auto dialog = openDialog();
    QSignalSpy created(dialog.get(), &IntakeDialog::caseCreated);
    type(u"Fatima El Amrani"_s);
    press(Qt::Key_Return);
    QVERIFY(!dialog->selectedPerson());
    QVERIFY(child<QLabel>(dialog.get(), u"searchHint"_s)->text().contains(u"Alt+N"));
    QVERIFY(!child<QPushButton>(dialog.get(), u"saveButton"_s)->isEnabled());

    // Alt+N: a new person, the name taken over from the search field.
    press(Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY(child<QCheckBox>(dialog.get(), u"newPerson"_s)->isChecked()); // animated click
    QCOMPARE(child<QLineEdit>(dialog.get(), u"name"_s)->text(), u"Fatima El Amrani"_s);
    QCOMPARE(child<QComboBox>(dialog.get(), u"relation"_s)->currentText(),
             codes::label(Relation::Huurder));
    QCOMPARE(focusName(), u"newPerson"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"name"_s);
    press(Qt::Key_Tab); // relation: huurder is right
    QCOMPARE(focusName(), u"relation"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"klantnummer"_s);
    type(u"K200777"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"street"_s);
    type(u"Kerkstraat"_s);
    press(Qt::Key_Tab);
    type(u"7 bis"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"postcode"_s);
    type(u"3511ab"_s);
    press(Qt::Key_Tab);
    type(u"Utrecht"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"phone"_s);
    type(u"06-12345678"_s);
    // Through the types (inzage stays ticked) to the callback number.
    for (int i = 0; i < 12 && focusName() != u"callback"_s; ++i)
        press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"callback"_s);
    type(u"06-12345678"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"description"_s);
    type(u"Wil weten welke gegevens over haar worden bewaard."_s);
    shot(dialog.get(), "intake-new-person");
    press(Qt::Key_Enter, Qt::ControlModifier);
    QCOMPARE(created.size(), 1);
    QCOMPARE(dialog->page(), IntakeDialog::Page::Result);

    CaseService cases(Session { *m_store, m_clock });
    const std::optional<Case> c = cases.find(created.first().first().toString());
    QVERIFY(c);
    QCOMPARE(c->person.name, u"Fatima El Amrani"_s);
    QCOMPARE(c->person.relation, Relation::Huurder);
    QCOMPARE(c->person.klantnummer, u"K200777"_s);
    QCOMPARE(c->person.postcode, u"3511 AB"_s);
    QCOMPARE(c->person.houseNumber, u"7 bis"_s);
    QCOMPARE(c->person.phone, u"06-12345678"_s);
    QCOMPARE(c->types, QList<RequestType> { RequestType::Inzage });
    QCOMPARE(c->description, u"Wil weten welke gegevens over haar worden bewaard."_s);
    // Enter on the result page closes.
    press(Qt::Key_Return);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
}

// The phone typed for a new caller proposes the callback number, and keeps doing so
// while it is changed, until the officer types another number, which is then kept.
void TestIntake::callbackFollowsThePhoneTyped()
{
    auto dialog = openDialog();
    auto *callback = child<QLineEdit>(dialog.get(), u"callback"_s);
    type(u"Sanne Terugbel"_s);
    press(Qt::Key_Return);
    press(Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY(child<QCheckBox>(dialog.get(), u"newPerson"_s)->isChecked());
    QVERIFY(callback->text().isEmpty());
    auto *phone = child<QLineEdit>(dialog.get(), u"phone"_s);
    phone->setFocus();
    type(u"06-11112222"_s);
    QCOMPARE(callback->text(), u"06-11112222"_s);
    // A typing error corrected: the proposal follows.
    press(Qt::Key_Backspace);
    type(u"3"_s);
    QCOMPARE(callback->text(), u"06-11112223"_s);
    // The officer's own number is kept, whatever the phone becomes.
    callback->setFocus();
    callback->selectAll();
    type(u"030-7654321"_s);
    phone->setFocus();
    type(u"9"_s);
    QCOMPARE(phone->text(), u"06-111122239"_s);
    QCOMPARE(callback->text(), u"030-7654321"_s);
    // The next call starts empty and proposes again.
    dialog->startNewCall();
    QVERIFY(callback->text().isEmpty());
}

void TestIntake::searchKinds()
{
    auto dialog = openDialog();
    auto *results = child<QTreeWidget>(dialog.get(), u"results"_s);
    auto *house = child<QLineEdit>(dialog.get(), u"searchHouseNumber"_s);
    // Postcode: typed loosely, the house number in the small field.
    type(u"1234 ab"_s);
    dialog->searchNow();
    QCOMPARE(results->topLevelItemCount(), 2);
    house->setFocus();
    type(u"12a"_s);
    dialog->searchNow();
    QCOMPARE(results->topLevelItemCount(), 1);
    QCOMPARE(results->topLevelItem(0)->text(0), u"Emre Çelik"_s);
    QVERIFY(results->topLevelItem(0)->text(1).contains(u"1234 AB"));
    house->clear();

    // A name, case and diacritics ignored; ↓ goes into the list and picks the first.
    auto *search = child<QLineEdit>(dialog.get(), u"search"_s);
    search->clear();
    search->setFocus();
    type(u"celik"_s);
    QTRY_COMPARE(results->topLevelItemCount(), 1); // after the typing pause
    search->clear();
    type(u"vries"_s);
    dialog->searchNow();
    QCOMPARE(results->topLevelItemCount(), 2);
    shot(dialog.get(), "intake-search-results");
    press(Qt::Key_Down);
    QCOMPARE(focusName(), u"results"_s);
    QVERIFY(dialog->selectedPerson());
    press(Qt::Key_Down);
    QCOMPARE(dialog->selectedPerson()->person.name, results->topLevelItem(1)->text(0));
    press(Qt::Key_Return); // takes it and moves on; does not save
    QCOMPARE(focusName(), u"type-inzage"_s);
    QCOMPARE(dialog->page(), IntakeDialog::Page::Form);
    dialog->startNewCall();
    dialog->close();
}

void TestIntake::bsnGuardBlocksUntilOverride()
{
    const QString number = elfProefNumber();
    QVERIFY(!number.isEmpty());
    auto dialog = openDialog();
    QSignalSpy created(dialog.get(), &IntakeDialog::caseCreated);
    type(u"K100003"_s);
    press(Qt::Key_Return);
    QVERIFY(dialog->selectedPerson());
    auto *description = child<QPlainTextEdit>(dialog.get(), u"description"_s);
    auto *message = child<QWidget>(dialog.get(), u"descriptionBsnMessage"_s);
    auto *notBsn = child<QCheckBox>(dialog.get(), u"notBsn"_s);
    auto *save = child<QPushButton>(dialog.get(), u"saveButton"_s);
    QVERIFY(!notBsn->isVisible());
    description->setFocus();
    // Written the way it is on an ID card: dots in it.
    type(u"Beller noemde nummer "_s + number.left(4) + u'.' + number.mid(4, 2) + u'.'
         + number.mid(6));
    QVERIFY(message->isVisible());
    QVERIFY(notBsn->isVisible());
    QVERIFY(!save->isEnabled());
    QVERIFY(!dialog->invalidReason().isEmpty());
    const QString shown = child<QLabel>(message, u"messageText"_s)->text();
    QVERIFY2(!shown.contains(number.left(5)), qPrintable(shown)); // only masked
    shot(dialog.get(), "intake-bsn-warning");
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(created.size(), 0);
    QCOMPARE(dialog->page(), IntakeDialog::Page::Form);

    // Removing the number lifts the block without the confirmation.
    description->selectAll();
    type(u"Beller wil inzage"_s);
    QVERIFY(!message->isVisible());
    QVERIFY(!notBsn->isVisible());
    QVERIFY(save->isEnabled());

    // A false positive: "this is not a BSN", logged with the case.
    type(u" (klantreferentie "_s + number + u')');
    QVERIFY(!save->isEnabled());
    notBsn->setFocus();
    press(Qt::Key_Space);
    QVERIFY(notBsn->isChecked());
    QVERIFY(save->isEnabled());
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(created.size(), 1);
    CaseService cases(Session { *m_store, m_clock });
    const QList<AuditEvent> events = cases.timeline(created.first().first().toString());
    const bool logged = std::any_of(events.cbegin(), events.cend(), [](const AuditEvent &e) {
        return e.action == u"bsn.override"_s;
    });
    QVERIFY(logged);
}

void TestIntake::escapeAsksWhenFilled()
{
    auto dialog = openDialog();
    type(u"Pietersen"_s);
    QVERIFY(dialog->hasInput());

    // Escape: the question; Escape again keeps the intake.
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        asked = box != nullptr;
        if (box)
            QTest::keyClick(box, Qt::Key_Escape);
    });
    press(Qt::Key_Escape);
    QVERIFY(asked);
    QVERIFY(dialog->isVisible());
    QCOMPARE(child<QLineEdit>(dialog.get(), u"search"_s)->text(), u"Pietersen"_s);

    // Escape, then "Discard": gone.
    asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        asked = box != nullptr;
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    press(Qt::Key_Escape);
    QVERIFY(asked);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
}

void TestIntake::longNamesAndResultPanel()
{
    addCaller(u"Maria Magdalena Wilhelmina van Oostveen-Ter Horst-Bloemendaal"_s, u"K999999"_s,
              u"9999 ZZ"_s, u"1001-bis"_s, QString());
    auto dialog = openDialog();
    type(u"oostveen"_s);
    dialog->searchNow();
    auto *results = child<QTreeWidget>(dialog.get(), u"results"_s);
    QCOMPARE(results->topLevelItemCount(), 1);
    shot(dialog.get(), "intake-long-name");
    press(Qt::Key_Down);
    QVERIFY(dialog->selectedPerson());
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dialog->page(), IntakeDialog::Page::Result);
    auto *number = child<QLabel>(dialog.get(), u"resultNumber"_s);
    QVERIFY(number->isVisible());
    // The number fits in full at the dialog's size.
    QVERIFY(number->fontMetrics().horizontalAdvance(number->text()) <= number->width());
    shot(dialog.get(), "intake-result-long-name");
    dialog->close();
}

// The intake over realistic data: a demo store (300 requests, or PRIVACYDESK_DEMO_CASES=N), the
// search times printed (figures, never asserted) and screenshots with PRIVACYDESK_SHOTS_DIR.
void TestIntake::demoStoreFigures()
{
    const int asked = qEnvironmentVariableIntValue("PRIVACYDESK_DEMO_CASES");
    const int count = asked > 0 ? asked : 300;
    m_store.reset();
    StoreCreateOptions options;
    options.organisationName = u"Woningstichting Voorbeeld (demo)"_s;
    options.kdf = KdfParams::minimum();
    options.demo = true;
    StoreError storeError;
    QString recoveryKey;
    m_store = Store::create(m_dir->filePath(u"demo"_s), u"j.devries"_s,
                            SecureBytes::fromUtf8(u"demo demo demo demo"_s), options, &recoveryKey,
                            &storeError);
    QVERIFY(m_store);
    QElapsedTimer timer;
    timer.start();
    DemoOptions demo;
    demo.cases = count;
    demo.today = m_clock.today();
    QString error;
    QVERIFY2(DemoData::generate(*m_store, demo, {}, &error), qPrintable(error));
    qInfo("demo store with %d requests in %lld ms", count, qlonglong(timer.elapsed()));

    QSqlQuery persons(m_store->database());
    QVERIFY(persons.exec(u"SELECT count(*), min(klantnummer), min(postcode) FROM persons"_s));
    QVERIFY(persons.next());
    qInfo("%d persons", persons.value(0).toInt());
    const QString klantnummer = persons.value(1).toString();
    const QString postcode = persons.value(2).toString();
    const PersonQuery query(Session { *m_store });
    for (const QString &text :
         { klantnummer, postcode, u"jan"_s, u"de vries"_s, u"celik"_s, u"xyzzy"_s }) {
        timer.restart();
        constexpr int rounds = 20;
        qsizetype hits = 0;
        for (int i = 0; i < rounds; ++i)
            hits = query.search(text).size();
        if (text == klantnummer || text == postcode)
            QVERIFY2(hits > 0, qPrintable(text));
        qInfo("search %-10s %2lld hits, %.2f ms", qPrintable(text), qlonglong(hits),
              double(timer.nsecsElapsed()) / 1e6 / rounds);
    }

    auto dialog = openDialog();
    type(u"jan"_s);
    dialog->searchNow();
    shot(dialog.get(), "intake-demo-search");
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    shot(dialog.get(), "intake-demo-chosen");
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dialog->page(), IntakeDialog::Page::Result);
    shot(dialog.get(), "intake-demo-result");
    dialog->close();
}

QTEST_MAIN(TestIntake)
#include "tst_intake.moc"
