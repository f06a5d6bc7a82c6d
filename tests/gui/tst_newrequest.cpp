// The officer's "Nieuw verzoek" dialog, offscreen on a real store: a letter received
// ten days ago registered from the keyboard only (no time: the request has a date of receipt and
// no receipt moment, and its registration moment apart); a date in the future refused; an .eml
// dropped on the dialog as a QDropEvent with file URLs filling channel, Dutch date and time
// (a Date late on 31 March UTC is 1 April in Amsterdam), sender and subject, and kept byte for
// byte; a 30 MB file and a "paspoort.jpg" the officer calls an identity document refused with
// the reason; the Documenten tab listing the original, Enter opening the read-only view of the
// e-mail, and a saved copy holding the same bytes. Every file is written by the test itself into
// its QTemporaryDir.
//
// With PRIVACYDESK_SHOTS_DIR=dir it saves PNGs of the dialog and the Documenten tab, in English
// and (screenshotsDutch, with PRIVACYDESK_TR_JSON=file.json for texts not yet in the .ts files)
// in Dutch; run under xvfb-run with QT_QPA_PLATFORM=xcb to see real fonts.

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "OutlookWriter.h"
#include "ServerStoreFixture.h"
#include "TestSupport.h"
#include "cases/AttachmentViewDialog.h"
#include "cases/Attachments.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "cases/CaseDocumentsWidget.h"
#include "cases/CaseService.h"
#include "crypto/SecureBytes.h"
#include "intake/NewRequestDialog.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;
using pd::test::child;
using pd::test::shot;

namespace {

QPointer<QWidget> currentWindow;

// Keys go to whatever has the focus, as they would from a real keyboard (offscreen, no window
// is active again after a message box closes: then to the window under test).
QWidget *focused()
{
    return QApplication::focusWidget() ? QApplication::focusWidget() : currentWindow.data();
}

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

// Tab until the widget called name has the focus; false after max presses.
bool tabTo(const QString &name, int max = 30)
{
    for (int i = 0; i < max && focusName() != name; ++i)
        press(Qt::Key_Tab);
    return focusName() == name;
}

// A date as typed into a QDateEdit whose day, month and year sections advance by themselves.
QString dateKeys(QDate date)
{
    return date.toString(u"ddMMyyyy"_s);
}

// What a mail program saves: CRLF lines, an RFC 2047 name, a quoted-printable body.
QByteArray mailBytes(const QByteArray &date = "Tue, 31 Mar 2026 22:30:00 +0000")
{
    QByteArray mail = "Return-Path: <jose.degroot@example.org>\r\n"
                      "From: =?UTF-8?Q?Jos=C3=A9_de_Groot?= <jose.degroot@example.org>\r\n"
                      "To: Privacy <privacy@woningstichting.example>\r\n"
                      "Subject: Verzoek om inzage in mijn gegevens\r\n"
                      "Date: "
        + date
        + "\r\n"
          "Message-ID: <issue13-gui@example.org>\r\n"
          "MIME-Version: 1.0\r\n"
          "Content-Type: text/plain; charset=utf-8\r\n"
          "Content-Transfer-Encoding: quoted-printable\r\n"
          "\r\n"
          "Geachte heer, mevrouw,\r\n"
          "\r\n"
          "Graag ontvang ik een overzicht van de gegevens die u van mij verwerkt (marker-7f3a=\r\n"
          "91).\r\n"
          "\r\n"
          "Met vriendelijke groet,\r\n"
          "Jos=C3=A9 de Groot\r\n";
    return mail;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Drags paths onto target and drops them there, as a file manager does.
void dropFiles(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

// Answers the next identity-document question with the button of role.
// The desk at 1200×800 with the request open; false when the window was not shown.
bool showCase(MainWindow &window, const QString &number)
{
    currentWindow = &window;
    window.resize(1200, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.openCase(number);
    return true;
}

// Enter on the first file of a request's Documenten tab: its read-only view, null when none
// opened.
AttachmentViewDialog *openFirstFile(CaseDocumentsWidget *documents)
{
    QTreeWidget *files = documents->filesList();
    files->setFocus();
    files->setCurrentItem(files->topLevelItem(0));
    QTest::keyClick(files, Qt::Key_Return);
    (void)QTest::qWaitFor([documents] { return documents->currentViewer() != nullptr; });
    return documents->currentViewer();
}

void answerIdentityQuestion(QMessageBox::ButtonRole role, bool *asked)
{
    QTimer::singleShot(0, qApp, [role, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        *asked = box && box->objectName() == u"identityDocumentQuestion"_s;
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role) {
                button->click();
                return;
            }
        }
    });
}

} // namespace

class TestNewRequest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void keyboardOnlyLetterTenDaysAgo();
    void futureDateRefused();
    void representativesFirmAndCapacity();
    void dropEmlFillsTheForm();
    void fileOverTheLimitRefused();
    void identityDocumentRefused();
    void documentsTabListsAndOpensTheOriginal();
    void outlookMessageFillsTheFormAndOpensAsMail();
    void screenshotsDutch();

private:
    std::unique_ptr<NewRequestDialog> openDialog();
    QString createFromMail(const QString &emlPath);

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    // Mid-April 2026: the e-mail's 31 March lies in the past, ten days ago is 5 April.
    FixedClock m_clock { QDateTime(QDate(2026, 4, 15), QTime(10, 30), Qt::UTC) };
};

void TestNewRequest::initTestCase()
{
    QVERIFY(test::startDeskTest(m_tmp));
    QVERIFY(installTranslations(UiLanguage::English));
}

void TestNewRequest::cleanupTestCase()
{
    QSettings().clear();
}

void TestNewRequest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = pd::test::createServiceStore(m_dir->filePath(u"kluis"_s));
    QVERIFY(m_store);
    // Somebody known, to find by name.
    CaseService cases(Session { *m_store, m_clock });
    NewCase earlier;
    earlier.person.name = u"Jan de Vries"_s;
    earlier.person.klantnummer = u"K100003"_s;
    earlier.person.relation = Relation::Huurder;
    earlier.types = { RequestType::Klacht };
    earlier.channel = Channel::Telefoon;
    earlier.receivedDate = m_clock.today().addDays(-20);
    ServiceError error;
    QVERIFY2(cases.add(earlier, BsnCheck::Refuse, &error), qPrintable(error.message));
}

void TestNewRequest::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<NewRequestDialog> TestNewRequest::openDialog()
{
    auto dialog = std::make_unique<NewRequestDialog>(Session { *m_store, m_clock });
    currentWindow = dialog.get();
    dialog->show();
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("new request window not active");
    return dialog;
}

void TestNewRequest::keyboardOnlyLetterTenDaysAgo()
{
    auto dialog = openDialog();
    QSignalSpy created(dialog.get(), &NewRequestDialog::caseCreated);
    QCOMPARE(dialog->page(), NewRequestDialog::Page::Form);
    QVERIFY(!dialog->hasInput());
    shot(dialog.get(), "newrequest-empty");

    // The channel first: nothing chosen until the officer says how it arrived.
    QCOMPARE(focusName(), u"channel"_s);
    auto *channel = child<QComboBox>(dialog.get(), "channel");
    QCOMPARE(channel->currentIndex(), -1);
    QVERIFY(!dialog->invalidReason().isEmpty());
    type(codes::label(Channel::Brief));
    QCOMPARE(channel->currentData().toInt(), static_cast<int>(Channel::Brief));

    // The date of receipt: today by default, typed over with the day ten days ago.
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"receivedDate"_s);
    const QDate received = m_clock.today().addDays(-10);
    type(dateKeys(received));
    auto *date = child<QDateEdit>(dialog.get(), "receivedDate");
    QCOMPARE(date->date(), received);
    // The deadline follows the date as it is typed.
    Case preview;
    preview.receivedDate = received;
    const CaseDeadlines expected
        = deadlinesFor(preview, CaseService(Session { *m_store }).policy(nullptr).value());
    const QString deadline = child<QLabel>(dialog.get(), "deadlinePreview")->text();
    QVERIFY2(deadline.contains(QLocale().toString(expected.current, QLocale::LongFormat)),
             qPrintable(deadline));
    QVERIFY2(deadline.contains(QLocale().toString(expected.all.legal, QLocale::LongFormat)),
             qPrintable(deadline));

    // No time: the box stays unticked and the time field is skipped.
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"timeKnown"_s);
    QVERIFY(!child<QCheckBox>(dialog.get(), "timeKnown")->isChecked());
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"receivedBy"_s);
    QCOMPARE(child<QComboBox>(dialog.get(), "receivedBy")->currentData().toString(),
             m_store->userName());
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"representative"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"representativeAuthority"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"representativeOrganisation"_s);
    press(Qt::Key_Tab); // the mandate waits for a representative
    QCOMPARE(focusName(), u"search"_s);

    // The person search of the phone intake: nobody found, Alt+N, the name taken over.
    type(u"Fatima El Amrani"_s);
    press(Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QLabel>(dialog.get(), "searchHint")->text().contains(u"Alt+N"));
    press(Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY(child<QCheckBox>(dialog.get(), "newPerson")->isChecked());
    QCOMPARE(child<QLineEdit>(dialog.get(), "name")->text(), u"Fatima El Amrani"_s);
    QVERIFY(tabTo(u"email"_s));
    type(u"f.elamrani@example.org"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"type-inzage"_s);
    press(Qt::Key_Space);
    QVERIFY(tabTo(u"description"_s));
    type(u"Brief: wil weten welke gegevens over haar worden bewaard."_s);
    QVERIFY2(dialog->invalidReason().isEmpty(), qPrintable(dialog->invalidReason()));
    shot(dialog.get(), "newrequest-letter");

    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(created.size(), 1);
    QCOMPARE(dialog->page(), NewRequestDialog::Page::Result);
    const QString number = created.first().first().toString();
    QCOMPARE(child<QLabel>(dialog.get(), "resultNumber")->text(), number);
    shot(dialog.get(), "newrequest-result");

    CaseService cases(Session { *m_store, m_clock });
    const std::optional<Case> c = cases.find(number);
    QVERIFY(c);
    QCOMPARE(c->channel, Channel::Brief);
    QCOMPARE(c->receivedDate, received);
    // No time was given: no receipt moment, and the registration apart from it.
    QVERIFY(!c->receivedAt.isValid());
    QVERIFY(c->registeredAt.isValid());
    QCOMPARE(c->receivedBy, m_store->userName());
    QCOMPARE(c->person.name, u"Fatima El Amrani"_s);
    QCOMPARE(c->person.email, u"f.elamrani@example.org"_s);
    QCOMPARE(c->types, QList<RequestType> { RequestType::Inzage });
    QCOMPARE(cases.deadlines(*c, nullptr).value().current, expected.current);
    const QString shown = child<QLabel>(dialog.get(), "resultDeadline")->text();
    QVERIFY2(shown.contains(QLocale().toString(expected.current, QLocale::LongFormat)),
             qPrintable(shown));

    // Enter on the result page closes.
    press(Qt::Key_Return);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
}

void TestNewRequest::futureDateRefused()
{
    auto dialog = openDialog();
    QSignalSpy created(dialog.get(), &NewRequestDialog::caseCreated);
    auto *channel = child<QComboBox>(dialog.get(), "channel");
    channel->setCurrentIndex(channel->findData(static_cast<int>(Channel::Balie)));
    child<QCheckBox>(dialog.get(), "type-inzage")->setChecked(true);
    auto *search = child<QLineEdit>(dialog.get(), "search");
    search->setFocus();
    type(u"K100003"_s);
    press(Qt::Key_Return);
    QCOMPARE(focusName(), u"type-inzage"_s);
    QVERIFY2(dialog->invalidReason().isEmpty(), qPrintable(dialog->invalidReason()));

    // Tomorrow, typed: refused with the workflow's reason, and Ctrl+Enter does nothing.
    auto *date = child<QDateEdit>(dialog.get(), "receivedDate");
    date->setFocus(Qt::TabFocusReason);
    type(dateKeys(m_clock.today().addDays(1)));
    QCOMPARE(date->date(), m_clock.today().addDays(1));
    const QString reason = CaseWorkflow::checkReceived(date->date(), m_clock.today());
    QVERIFY(!reason.isEmpty());
    QCOMPARE(dialog->invalidReason(), reason);
    QCOMPARE(child<QLabel>(dialog.get(), "invalidReason")->text(), reason);
    QVERIFY(!child<QPushButton>(dialog.get(), "saveButton")->isEnabled());
    // Said where the deadline would be.
    QVERIFY(child<QLabel>(dialog.get(), "deadlinePreview")->text().isEmpty());
    auto *dateMessage = child<QWidget>(dialog.get(), "receivedDateMessage");
    QVERIFY(dateMessage->isVisible());
    QCOMPARE(child<QLabel>(dateMessage, "messageText")->text(), reason);
    shot(dialog.get(), "newrequest-future-date");
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(created.size(), 0);

    // Today, but at a time still to come (Dutch time): refused as well.
    date->setDate(m_clock.today());
    child<QCheckBox>(dialog.get(), "timeKnown")->setChecked(true);
    child<QTimeEdit>(dialog.get(), "receivedTime")->setTime(QTime(23, 0));
    QVERIFY(!dialog->invalidReason().isEmpty());
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(created.size(), 0);

    // Earlier that morning is fine: the moment is kept in UTC.
    child<QTimeEdit>(dialog.get(), "receivedTime")->setTime(QTime(9, 15));
    QVERIFY2(dialog->invalidReason().isEmpty(), qPrintable(dialog->invalidReason()));
    dialog->save();
    QCOMPARE(created.size(), 1);
    const std::optional<Case> c
        = CaseService(Session { *m_store, m_clock }).find(dialog->createdNumber());
    QVERIFY(c);
    // 15 April is summer time: 09:15 in Amsterdam is 07:15 UTC.
    QCOMPARE(c->receivedAt, QDateTime(QDate(2026, 4, 15), QTime(7, 15), Qt::UTC));
    QCOMPARE(c->channel, Channel::Balie);
    QCOMPARE(c->person.klantnummer, u"K100003"_s);
}

// The representative's organisation and capacity reach the request as case
// add's --representative-organisation and --representative-authority do (CaseService::add), and
// without the representative's name they are refused with the service's own words, said under
// them.
void TestNewRequest::representativesFirmAndCapacity()
{
    auto dialog = openDialog();
    QSignalSpy created(dialog.get(), &NewRequestDialog::caseCreated);
    auto *channel = child<QComboBox>(dialog.get(), "channel");
    channel->setCurrentIndex(channel->findData(static_cast<int>(Channel::Brief)));
    child<QCheckBox>(dialog.get(), "type-inzage")->setChecked(true);
    child<QLineEdit>(dialog.get(), "search")->setFocus();
    type(u"K100003"_s);
    press(Qt::Key_Return);
    QVERIFY2(dialog->invalidReason().isEmpty(), qPrintable(dialog->invalidReason()));

    auto *authority = child<QComboBox>(dialog.get(), "representativeAuthority");
    QCOMPARE(authority->currentIndex(), 0); // not known
    QCOMPARE(authority->count(), 1 + int(codes::all<RepresentativeAuthority>().size()));
    auto *organisation = child<QLineEdit>(dialog.get(), "representativeOrganisation");
    auto *needsName = child<QWidget>(dialog.get(), "representativeNeedsName");
    QVERIFY(!needsName->isVisible());

    // A capacity without a name: refused as CaseService::add (and case add) refuse it.
    authority->setCurrentIndex(
        authority->findData(static_cast<int>(RepresentativeAuthority::Bewindvoerder)));
    NewCase nameless;
    nameless.representativeAuthority = RepresentativeAuthority::Bewindvoerder;
    const QString refusal = CaseService::checkRepresentative(nameless);
    QVERIFY(!refusal.isEmpty());
    QCOMPARE(dialog->invalidReason(), refusal);
    QVERIFY(needsName->isVisible());
    QCOMPARE(child<QLabel>(needsName, "messageText")->text(), refusal);
    QVERIFY(!child<QPushButton>(dialog.get(), "saveButton")->isEnabled());
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(created.size(), 0);
    // An organisation alone, the same refusal, which then names the organisation.
    authority->setCurrentIndex(0);
    QVERIFY2(dialog->invalidReason().isEmpty(), qPrintable(dialog->invalidReason()));
    QVERIFY(!needsName->isVisible());
    organisation->setFocus();
    type(u"Bewindvoering Salland"_s);
    NewCase firmOnly;
    firmOnly.representativeOrganisation = u"Bewindvoering Salland"_s;
    QCOMPARE(dialog->invalidReason(), CaseService::checkRepresentative(firmOnly));
    QVERIFY(dialog->invalidReason() != refusal);
    QVERIFY(needsName->isVisible());

    // With the name: saved as the CLI saves it.
    authority->setCurrentIndex(
        authority->findData(static_cast<int>(RepresentativeAuthority::Bewindvoerder)));
    child<QLineEdit>(dialog.get(), "representative")->setFocus();
    type(u"mr. P. Hendriks"_s);
    child<QLineEdit>(dialog.get(), "representativeAddress")->setFocus();
    type(u"Postbus 12, 7400 AA Deventer"_s);
    QVERIFY2(dialog->invalidReason().isEmpty(), qPrintable(dialog->invalidReason()));
    QVERIFY(!needsName->isVisible());
    dialog->save();
    QCOMPARE(created.size(), 1);
    const std::optional<Case> c
        = CaseService(Session { *m_store, m_clock }).find(dialog->createdNumber());
    QVERIFY(c);
    QCOMPARE(c->representative, u"mr. P. Hendriks"_s);
    QCOMPARE(c->representativeOrganisation, u"Bewindvoering Salland"_s);
    QCOMPARE(c->representativeAuthority, RepresentativeAuthority::Bewindvoerder);
    QCOMPARE(c->representativeAddress, u"Postbus 12, 7400 AA Deventer"_s);

    // The next request starts without them.
    dialog->startNew();
    QVERIFY(organisation->text().isEmpty());
    QCOMPARE(authority->currentIndex(), 0);
    QVERIFY(!needsName->isVisible());
}

QString TestNewRequest::createFromMail(const QString &emlPath)
{
    auto dialog = openDialog();
    dropFiles(dialog.get(), { emlPath });
    child<QCheckBox>(dialog.get(), "type-inzage")->setChecked(true);
    dialog->save();
    if (dialog->page() != NewRequestDialog::Page::Result)
        qWarning("not saved: %s", qPrintable(dialog->invalidReason()));
    return dialog->createdNumber();
}

void TestNewRequest::dropEmlFillsTheForm()
{
    const QString eml = m_dir->filePath(u"Verzoek om inzage.eml"_s);
    const QByteArray original = mailBytes();
    QVERIFY(writeFile(eml, original));

    auto dialog = openDialog();
    const QSize opened = dialog->size();
    QSignalSpy created(dialog.get(), &NewRequestDialog::caseCreated);
    dropFiles(dialog.get(), { eml });
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(dialog->files().size(), 1);
    QCOMPARE(dialog->files().first().name, u"Verzoek om inzage.eml"_s);
    QCOMPARE(dialog->files().first().kind, AttachmentKind::Origineel);
    QCOMPARE(dialog->files().first().content, original);

    // Channel e-mail; 22:30 UTC on 31 March is 00:30 on 1 April in Amsterdam (summer time).
    QCOMPARE(child<QComboBox>(dialog.get(), "channel")->currentData().toInt(),
             static_cast<int>(Channel::Email));
    QCOMPARE(child<QDateEdit>(dialog.get(), "receivedDate")->date(), QDate(2026, 4, 1));
    QVERIFY(child<QCheckBox>(dialog.get(), "timeKnown")->isChecked());
    QCOMPARE(child<QTimeEdit>(dialog.get(), "receivedTime")->time(), QTime(0, 30));
    // The sender (RFC 2047 decoded) in the search and, nobody found, as the new person.
    QCOMPARE(child<QLineEdit>(dialog.get(), "search")->text(), u"José de Groot"_s);
    QVERIFY(child<QCheckBox>(dialog.get(), "newPerson")->isChecked());
    QCOMPARE(child<QLineEdit>(dialog.get(), "name")->text(), u"José de Groot"_s);
    QCOMPARE(child<QLineEdit>(dialog.get(), "email")->text(), u"jose.degroot@example.org"_s);
    QCOMPARE(child<QPlainTextEdit>(dialog.get(), "description")->toPlainText(),
             u"Verzoek om inzage in mijn gegevens"_s);
    // The officer sees what was filled in.
    auto *filled = child<QWidget>(dialog.get(), "filledFromMail");
    QVERIFY(filled->isVisible());
    const QString filledText = child<QLabel>(filled, "messageText")->text();
    QVERIFY2(filledText.contains(u"José de Groot"), qPrintable(filledText));
    QVERIFY2(filledText.contains(QLocale().toString(QDate(2026, 4, 1), QLocale::LongFormat)),
             qPrintable(filledText));
    child<QCheckBox>(dialog.get(), "type-inzage")->setChecked(true);
    // Filled in, it still fits the desk's 1200×800: the window did not grow.
    QCOMPARE(dialog->size(), opened);
    QVERIFY(dialog->minimumSizeHint().height() <= opened.height());
    shot(dialog.get(), "newrequest-from-eml");

    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(created.size(), 1);
    const QString number = dialog->createdNumber();
    CaseService cases(Session { *m_store, m_clock });
    const std::optional<Case> c = cases.find(number);
    QVERIFY(c);
    QCOMPARE(c->channel, Channel::Email);
    QCOMPARE(c->receivedDate, QDate(2026, 4, 1));
    QCOMPARE(c->receivedAt, QDateTime(QDate(2026, 3, 31), QTime(22, 30), Qt::UTC));
    QCOMPARE(c->person.name, u"José de Groot"_s);
    QCOMPARE(c->person.email, u"jose.degroot@example.org"_s);
    QCOMPARE(c->description, u"Verzoek om inzage in mijn gegevens"_s);
    QCOMPARE(c->attachmentCount, 1);

    // The original, byte for byte.
    AttachmentService attachments(Session { *m_store, m_clock });
    ServiceError error;
    const std::optional<QList<Attachment>> listed = attachments.list(number, &error);
    QVERIFY2(listed, qPrintable(error.message));
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().kind, AttachmentKind::Origineel);
    QVERIFY(listed->first().isMail());
    const std::optional<QByteArray> kept = attachments.content(number, listed->first().id, &error);
    QVERIFY2(kept, qPrintable(error.message));
    QCOMPARE(*kept, original);
}

void TestNewRequest::fileOverTheLimitRefused()
{
    // 30 MB, sparse: refused on its size before a byte of it is read.
    const QString big = m_dir->filePath(u"scan-brief.pdf"_s);
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(30LL * 1024 * 1024));
    }
    auto dialog = openDialog();
    QCOMPARE(dialog->addFiles({ big }), 0);
    QVERIFY(dialog->files().isEmpty());
    const QString message = dialog->fileMessage();
    QVERIFY2(message.contains(u"25"), qPrintable(message));
    QCOMPARE(message, AttachmentService::checkFile(u"scan-brief.pdf"_s, 30LL * 1024 * 1024));
    QVERIFY(child<QWidget>(dialog.get(), "fileMessage")->isVisible());
    shot(dialog.get(), "newrequest-file-too-large");
}

void TestNewRequest::identityDocumentRefused()
{
    const QString passport = m_dir->filePath(u"paspoort.jpg"_s);
    QVERIFY(writeFile(passport, QByteArray("\xff\xd8\xff\xe0 not really a photo", 24)));
    auto dialog = openDialog();

    // "Yes, an identity document": refused, and why.
    bool asked = false;
    answerIdentityQuestion(QMessageBox::YesRole, &asked);
    QCOMPARE(dialog->addFiles({ passport }), 0);
    QVERIFY(asked);
    QVERIFY(dialog->files().isEmpty());
    NewAttachment refused;
    refused.name = u"paspoort.jpg"_s;
    refused.identityDocument = true;
    QCOMPARE(dialog->fileMessage(), AttachmentService::identityDocumentRefusal(refused));
    shot(dialog.get(), "newrequest-identity-document");

    // "No, keep it": kept, with the officer's confirmation.
    asked = false;
    answerIdentityQuestion(QMessageBox::NoRole, &asked);
    QCOMPARE(dialog->addFiles({ passport }), 1);
    QVERIFY(asked);
    QCOMPARE(dialog->files().size(), 1);
    QVERIFY(dialog->files().first().confirmedNotIdentityDocument);
    QVERIFY(dialog->fileMessage().isEmpty());
}

void TestNewRequest::documentsTabListsAndOpensTheOriginal()
{
    const QString eml = m_dir->filePath(u"inzageverzoek.eml"_s);
    const QByteArray original = mailBytes();
    QVERIFY(writeFile(eml, original));
    const QString number = createFromMail(eml);
    QVERIFY(!number.isEmpty());

    MainWindow window(Session { *m_store });
    currentWindow = &window;
    window.resize(1200, 800);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openCase(number);
    CaseDetailWidget *detail = window.caseDetail();
    QCOMPARE(detail->currentNumber(), number);
    detail->setCurrentTab(CaseDetailWidget::Tab::Documents);
    CaseDocumentsWidget *documents = detail->documentsWidget();
    QTreeWidget *files = documents->filesList();
    QVERIFY(files->isVisible());
    QCOMPARE(files->topLevelItemCount(), 1);
    QCOMPARE(files->topLevelItem(0)->text(0), u"inzageverzoek.eml"_s);
    QCOMPARE(files->topLevelItem(0)->text(1),
             AttachmentService::kindLabel(AttachmentKind::Origineel));
    QCOMPARE(files->topLevelItem(0)->text(2),
             QLocale().formattedDataSize(original.size(), 1, QLocale::DataSizeTraditionalFormat));
    QVERIFY(files->topLevelItem(0)->text(3).contains(m_store->userName()));
    QCOMPARE(files->topLevelItem(0)->toolTip(4).size(), 64); // the whole SHA-256
    shot(&window, "newrequest-documents-tab");

    // Enter opens the read-only view of the e-mail.
    AttachmentViewDialog *viewer = openFirstFile(documents);
    QVERIFY(viewer);
    QVERIFY(viewer->isLoaded());
    QCOMPARE(viewer->mailSubject(), u"Verzoek om inzage in mijn gegevens"_s);
    QVERIFY(viewer->mailText().contains(u"marker-7f3a91"));
    auto *text = child<QPlainTextEdit>(viewer, "mailText");
    QVERIFY(text->isReadOnly());
    shot(viewer, "newrequest-attachment-view");

    // A copy saved from the view holds the same bytes; saving again refuses to overwrite
    // unless the save dialog confirmed it.
    const QString copy = m_dir->filePath(u"kopie.eml"_s);
    QVERIFY2(viewer->saveCopyTo(copy, false), qPrintable(viewer->message()));
    QFile saved(copy);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), original);
    QVERIFY(!viewer->saveCopyTo(copy, false));
    QVERIFY(!viewer->message().isEmpty());
    QVERIFY(viewer->saveCopyTo(copy, true));
    viewer->close();

    // Through the service, too.
    AttachmentService attachments(Session { *m_store, m_clock });
    ServiceError error;
    const std::optional<QList<Attachment>> listed = attachments.list(number, &error);
    QVERIFY(listed && listed->size() == 1);
    const QString second = m_dir->filePath(u"tweede-kopie.eml"_s);
    QVERIFY2(attachments.saveCopy(number, listed->first().id, second, false, &error),
             qPrintable(error.message));
    QFile secondFile(second);
    QVERIFY(secondFile.open(QIODevice::ReadOnly));
    QCOMPARE(secondFile.readAll(), original);

    // A later letter dropped on the tab is kept as correspondence and listed at once.
    const QString letter = m_dir->filePath(u"antwoord-verhuurder.pdf"_s);
    QVERIFY(writeFile(letter, pd::test::minimalPdf("a letter")));
    dropFiles(documents, { letter });
    QCOMPARE(files->topLevelItemCount(), 2);
    QCOMPARE(files->topLevelItem(1)->text(0), u"antwoord-verhuurder.pdf"_s);
    QCOMPARE(files->topLevelItem(1)->text(1),
             AttachmentService::kindLabel(AttachmentKind::Correspondentie));
    QCOMPARE(CaseService(Session { *m_store, m_clock }).find(number)->attachmentCount, 2);
    shot(&window, "newrequest-documents-tab-two");

    // The overview: the date and time of receipt (Dutch time), and the registration apart.
    detail->setCurrentTab(CaseDetailWidget::Tab::Overview);
    const QList<QLabel *> labels = detail->findChildren<QLabel *>();
    const bool registered = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
        return l->text() == CaseDetailWidget::tr("Registered on:");
    });
    QVERIFY(registered);
    const QString receipt = CaseDetailWidget::tr("%1 at %2")
                                .arg(QLocale().toString(QDate(2026, 4, 1), QLocale::ShortFormat),
                                     QLocale().toString(QTime(0, 30), QLocale::ShortFormat));
    const bool receiptShown
        = std::any_of(labels.cbegin(), labels.cend(),
                      [&receipt](const QLabel *l) { return l->text() == receipt; });
    QVERIFY2(receiptShown, qPrintable(receipt));
    shot(&window, "newrequest-overview");

    // A list that cannot be read says so: it never looks like "no files kept".
    detail->setCurrentTab(CaseDetailWidget::Tab::Documents);
    QVERIFY(pd::test::renameTable(m_store->database(), u"case_attachments"_s,
                                  u"case_attachments_away"_s));
    documents->reload();
    QVERIFY(!files->isVisible());
    QVERIFY(!child<QWidget>(documents, "filesEmpty")->isVisible());
    QVERIFY(child<QWidget>(documents, "filesError")->isVisible());
    shot(&window, "newrequest-documents-error");
}

// An Outlook .msg dropped on the dialog fills it as an .eml does: channel, the Dutch
// day and time of delivery, the sender behind an Exchange address, the subject; in the
// Documenten tab it opens as an e-mail, its attachment listed.
void TestNewRequest::outlookMessageFillsTheFormAndOpensAsMail()
{
    pd::test::MsgObject message = pd::test::exchangeRequest(
        u"Inzageverzoek uit Outlook"_s, u"Fenna Wijnbérg"_s, u"f.wijnberg@example.nl"_s,
        QDateTime(QDate(2026, 3, 31), QTime(23, 30), QTimeZone::utc()),
        u"Graag inzage in mijn dossier. marker-msg-41"_s);
    pd::test::MsgObject letter;
    letter.unicode(0x3707, u"huurcontract.pdf"_s).binary(0x3701, pd::test::minimalPdf("contract"));
    message.attachments.push_back(letter);
    const QString path = m_dir->filePath(u"Inzageverzoek.msg"_s);
    QVERIFY(writeFile(path, pd::test::writeMsg(message)));

    auto dialog = openDialog();
    dropFiles(dialog.get(), { path });
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(dialog->files().size(), 1);
    QCOMPARE(child<QComboBox>(dialog.get(), "channel")->currentData().toInt(),
             static_cast<int>(Channel::Email));
    QCOMPARE(child<QDateEdit>(dialog.get(), "receivedDate")->date(), QDate(2026, 4, 1));
    QCOMPARE(child<QTimeEdit>(dialog.get(), "receivedTime")->time(), QTime(1, 30));
    QCOMPARE(child<QLineEdit>(dialog.get(), "name")->text(), u"Fenna Wijnbérg"_s);
    QCOMPARE(child<QLineEdit>(dialog.get(), "email")->text(), u"f.wijnberg@example.nl"_s);
    QCOMPARE(child<QPlainTextEdit>(dialog.get(), "description")->toPlainText(),
             u"Inzageverzoek uit Outlook"_s);
    QVERIFY(child<QWidget>(dialog.get(), "filledFromMail")->isVisible());
    shot(dialog.get(), "newrequest-from-msg");
    child<QCheckBox>(dialog.get(), "type-inzage")->setChecked(true);
    dialog->save();
    QCOMPARE(dialog->page(), NewRequestDialog::Page::Result);
    const QString number = dialog->createdNumber();
    dialog.reset();
    QCOMPARE(CaseService(Session { *m_store, m_clock }).find(number)->receivedDate,
             QDate(2026, 4, 1));

    MainWindow window(Session { *m_store });
    QVERIFY(showCase(window, number));
    window.caseDetail()->setCurrentTab(CaseDetailWidget::Tab::Documents);
    CaseDocumentsWidget *documents = window.caseDetail()->documentsWidget();
    QCOMPARE(documents->filesList()->topLevelItem(0)->text(0), u"Inzageverzoek.msg"_s);
    AttachmentViewDialog *viewer = openFirstFile(documents);
    QVERIFY(viewer);
    QVERIFY(viewer->isLoaded());
    QCOMPARE(viewer->mailSubject(), u"Inzageverzoek uit Outlook"_s);
    QVERIFY(viewer->mailText().contains(u"marker-msg-41"));
    auto *parts = child<QListWidget>(viewer, "mailAttachments");
    QCOMPARE(parts->count(), 1);
    QVERIFY2(parts->item(0)->text().startsWith(u"huurcontract.pdf"_s),
             qPrintable(parts->item(0)->text()));
    shot(viewer, "newrequest-msg-view");
    viewer->close();
}

// The dialog filled from an e-mail and the Documenten tab in Dutch, at the desk's 1200×800 (saved
// as pictures with PRIVACYDESK_SHOTS_DIR).
void TestNewRequest::screenshotsDutch()
{
    QVERIFY(installTranslations(UiLanguage::Dutch));
    // Texts not yet in the .ts files, from the JSON the translations are merged from.
    std::optional<pd::test::JsonTranslator> extra;
    if (!qEnvironmentVariableIsEmpty("PRIVACYDESK_TR_JSON"))
        extra.emplace(qEnvironmentVariable("PRIVACYDESK_TR_JSON"));
    if (extra && !extra->isEmpty())
        QApplication::installTranslator(&*extra);

    const QString eml = m_dir->filePath(u"Verzoek om inzage.eml"_s);
    QVERIFY(writeFile(eml, mailBytes()));
    {
        auto dialog = openDialog();
        shot(dialog.get(), "nl-newrequest-empty");
        dropFiles(dialog.get(), { eml });
        child<QCheckBox>(dialog.get(), "type-inzage")->setChecked(true);
        shot(dialog.get(), "nl-newrequest-from-eml");
        dialog->save();
        QCOMPARE(dialog->page(), NewRequestDialog::Page::Result);
        shot(dialog.get(), "nl-newrequest-result");
        const QString number = dialog->createdNumber();
        dialog->close();

        MainWindow window(Session { *m_store });
        QVERIFY(showCase(window, number));
        shot(&window, "nl-newrequest-overview");
        window.caseDetail()->setCurrentTab(CaseDetailWidget::Tab::Documents);
        shot(&window, "nl-newrequest-documents-tab");
        QTreeWidget *files = window.caseDetail()->documentsWidget()->filesList();
        files->setFocus();
        files->setCurrentItem(files->topLevelItem(0));
        QTest::keyClick(files, Qt::Key_Return);
        QTRY_VERIFY(window.caseDetail()->documentsWidget()->currentViewer());
        shot(window.caseDetail()->documentsWidget()->currentViewer(),
             "nl-newrequest-attachment-view");
        window.caseDetail()->documentsWidget()->currentViewer()->close();
    }
    if (extra && !extra->isEmpty())
        QApplication::removeTranslator(&*extra);
    QVERIFY(installTranslations(UiLanguage::English));
}

QTEST_MAIN(TestNewRequest)
#include "tst_newrequest.moc"
