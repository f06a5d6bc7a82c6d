// The user guide (Help → User guide, F1) and its context help, offscreen on a real
// store: F1 on every page of the desk opens the guide at that page's section, F1 inside a dialog
// (the extension, the phone intake, the officer's intake, the backup, the settings) at the
// dialog's section, also while the dialog is modal, and the guide stays usable beside it; the
// application's language decides which manual opens, at the same section. The manuals
// themselves: every anchor the code uses exists in both languages, every link inside them
// resolves, no link leads outside, and no placeholder text is left.
//
// With PRIVACYDESK_SHOTS_DIR=dir it also saves the guide in Dutch and in English; run under
// xvfb-run with QT_QPA_PLATFORM=xcb to see real fonts.

#include "GuiTestSupport.h"
#include "HelpWindow.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "backup/BackupDialog.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "cases/CaseListPage.h"
#include "cases/CaseService.h"
#include "intake/IntakeDialog.h"
#include "intake/NewRequestDialog.h"
#include "session/Session.h"
#include "settings/SettingsDialog.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;

namespace {

const QString dutchManual = u":/manual/nl/handleiding.html"_s;
const QString englishManual = u":/manual/en/manual.html"_s;

QString readManual(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(path));
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QSet<QString> anchorsIn(const QString &html)
{
    QSet<QString> anchors;
    static const QRegularExpression attribute(uR"re(\b(?:id|name)="([^"]+)")re"_s);
    for (const QRegularExpressionMatch &match : attribute.globalMatch(html))
        anchors.insert(match.captured(1));
    return anchors;
}

QStringList linksIn(const QString &html)
{
    QStringList links;
    static const QRegularExpression attribute(uR"re(\bhref\s*=\s*"([^"]*)")re"_s);
    for (const QRegularExpressionMatch &match : attribute.globalMatch(html))
        links << match.captured(1);
    return links;
}

// The section the guide shows now, or a note why there is none.
QString shownAnchor()
{
    HelpWindow *help = HelpWindow::instance();
    if (!help)
        return u"(no help window)"_s;
    if (!help->isVisible())
        return u"(help window hidden)"_s;
    return help->browser()->source().fragment();
}

QString shownManual()
{
    HelpWindow *help = HelpWindow::instance();
    return help ? help->browser()->source().path() : QString();
}

void closeHelp()
{
    QPointer<HelpWindow> help = HelpWindow::instance();
    if (help)
        help->close();
    QTRY_VERIFY(!help);
}

// Puts the keyboard on the first visible field of page that takes it; the widget that has it.
QWidget *focusInside(QWidget *page)
{
    for (QWidget *child : page->findChildren<QWidget *>()) {
        if (!child->isVisible() || !(child->focusPolicy() & Qt::TabFocus))
            continue;
        child->setFocus(Qt::OtherFocusReason);
        QWidget *focus = QApplication::focusWidget();
        if (focus && page->isAncestorOf(focus))
            return focus;
    }
    return nullptr;
}

bool activate(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

// Types text through the window system, the way a user's keys arrive: a window blocked by a
// modal dialog does not get them.
void typeInto(QWidget *window, const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(window->windowHandle(), c.toLatin1());
}

} // namespace

class TestHelp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyTopicInBothManuals();
    void bothManualsHaveTheSameSections();
    void linksStayInsideTheManual();
    void noPlaceholders();
    void contentsFollowTheHeadings();
    void f1OnEveryPage();
    void f1InTheCaseDetail();
    void f1InDialogs();
    void usableBesideAnApplicationModalDialog();
    void languageDecidesTheManual();
    void linksBackAndSearch();
    void escapeClosesTheManual();
    void screenshots();

private:
    QString addCase(const QString &name);

    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
};

void TestHelp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslations(UiLanguage::English));
    QVERIFY(m_tmp.isValid());
    m_store = test::createTestStore(m_tmp.filePath(u"store"_s));
    QVERIFY(m_store);
}

void TestHelp::cleanup()
{
    closeHelp();
    QVERIFY(installTranslations(UiLanguage::English));
}

QString TestHelp::addCase(const QString &name)
{
    CaseService service(Session { *m_store });
    NewCase request;
    request.person.name = name;
    request.person.klantnummer = u"K-%1"_s.arg(name.size() * 1000 + 7);
    request.types = { RequestType::Inzage };
    request.channel = Channel::Email;
    request.receivedDate = pd::systemClock().today().addDays(-3);
    request.description = u"Wil weten welke gegevens er zijn."_s;
    request.handler = m_store->userName();
    ServiceError error;
    const auto c = service.add(request, BsnCheck::Refuse, &error);
    if (!c)
        qWarning("add failed: %s", qPrintable(error.message));
    return c ? c->number : QString();
}

void TestHelp::everyTopicInBothManuals()
{
    const QSet<QString> dutch = anchorsIn(readManual(dutchManual));
    const QSet<QString> english = anchorsIn(readManual(englishManual));
    QVERIFY(!dutch.isEmpty());
    QVERIFY(!english.isEmpty());
    QSet<QString> used;
    for (HelpTopic topic : allHelpTopics()) {
        const QString anchor = helpAnchor(topic);
        QVERIFY2(!used.contains(anchor), qPrintable(anchor)); // one section per topic
        used.insert(anchor);
        QVERIFY2(dutch.contains(anchor), qPrintable(u"Dutch manual lacks #"_s + anchor));
        QVERIFY2(english.contains(anchor), qPrintable(u"English manual lacks #"_s + anchor));
    }
    // The anchors the desk and its dialogs set: every property value is a topic's anchor.
    MainWindow window(Session { *m_store });
    // Every section's page (they are built when first shown).
    for (const auto section : { MainWindow::Section::Disclosures, MainWindow::Section::Retention,
                                MainWindow::Section::Registers, MainWindow::Section::Dashboards,
                                MainWindow::Section::Breaches })
        QVERIFY(window.sectionPage(section));
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    int withAnchor = 0;
    for (const QWidget *widget : widgets) {
        const QString anchor = widget->property(helpAnchorProperty).toString();
        if (anchor.isEmpty())
            continue;
        ++withAnchor;
        QVERIFY2(used.contains(anchor), qPrintable(anchor));
    }
    QVERIFY(withAnchor >= 7); // the six pages and the request's detail
}

void TestHelp::bothManualsHaveTheSameSections()
{
    QCOMPARE(anchorsIn(readManual(dutchManual)), anchorsIn(readManual(englishManual)));
}

void TestHelp::linksStayInsideTheManual()
{
    for (const QString &path : { dutchManual, englishManual }) {
        const QString html = readManual(path);
        const QSet<QString> anchors = anchorsIn(html);
        const QStringList links = linksIn(html);
        QVERIFY2(links.size() >= 10, qPrintable(path));
        for (const QString &link : links) {
            // Only "#section": Privacydesk opens no web sites, and nothing outside the file.
            QVERIFY2(link.startsWith(u'#'), qPrintable(path + u": "_s + link));
            QVERIFY2(anchors.contains(link.mid(1)), qPrintable(path + u": "_s + link));
        }
    }
}

void TestHelp::noPlaceholders()
{
    static const QRegularExpression placeholder(
        uR"(\b(TODO|TBD|FIXME|XXX|lorem|ipsum|placeholder)\b|\{\{|\}\}|\?\?\?|\[\.\.\.\]|<h[1-3][^>]*>\s*</h)"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &path : { dutchManual, englishManual }) {
        const QString html = readManual(path);
        QVERIFY2(!html.isEmpty(), qPrintable(path));
        const QRegularExpressionMatch match = placeholder.match(html);
        QVERIFY2(!match.hasMatch(), qPrintable(path + u": "_s + match.captured(0)));
        // Every section has text of its own before the next heading.
        static const QRegularExpression emptySection(uR"(</h[23]>\s*<h[23])"_s);
        QVERIFY2(!emptySection.match(html).hasMatch(), qPrintable(path));
        // Never a 9-digit number: a BSN-shaped example does not belong in a manual.
        static const QRegularExpression nineDigits(uR"(\b\d{9}\b)"_s);
        QVERIFY2(!nineDigits.match(html).hasMatch(), qPrintable(path));
    }
}

void TestHelp::contentsFollowTheHeadings()
{
    HelpWindow *help = HelpWindow::open(helpAnchor(HelpTopic::Deadlines));
    QVERIFY(help);
    QCOMPARE(shownAnchor(), helpAnchor(HelpTopic::Deadlines));
    // One item per section heading with an anchor, chapters with their sections below them.
    QSet<QString> listed;
    for (QTreeWidgetItemIterator it(help->contents()); *it; ++it)
        listed.insert((*it)->data(0, Qt::UserRole).toString());
    for (HelpTopic topic : allHelpTopics())
        QVERIFY2(listed.contains(helpAnchor(topic)), qPrintable(helpAnchor(topic)));
    QVERIFY(help->contents()->topLevelItemCount() >= 10);
    // The item of the section shown is the current one.
    QVERIFY(help->contents()->currentItem());
    QCOMPARE(help->contents()->currentItem()->data(0, Qt::UserRole).toString(),
             helpAnchor(HelpTopic::Deadlines));
    // Choosing an item shows its section.
    QTreeWidgetItem *dashboards = nullptr;
    for (QTreeWidgetItemIterator it(help->contents()); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == helpAnchor(HelpTopic::Dashboards))
            dashboards = *it;
    }
    QVERIFY(dashboards);
    Q_EMIT help->contents()->itemActivated(dashboards, 0);
    QCOMPARE(shownAnchor(), helpAnchor(HelpTopic::Dashboards));
}

void TestHelp::f1OnEveryPage()
{
    MainWindow window(Session { *m_store });
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.userGuideAction());
    QCOMPARE(window.userGuideAction()->shortcut(), QKeySequence(QKeySequence::HelpContents));

    const struct
    {
        MainWindow::Section section;
        HelpTopic topic;
    } pages[] = {
        { MainWindow::Section::Requests, HelpTopic::Requests },
        { MainWindow::Section::Disclosures, HelpTopic::Disclosures },
        { MainWindow::Section::Retention, HelpTopic::Retention },
        { MainWindow::Section::Registers, HelpTopic::ProcessingRegister },
        { MainWindow::Section::Dashboards, HelpTopic::Dashboards },
        { MainWindow::Section::Breaches, HelpTopic::DataBreaches },
    };
    for (const auto &page : pages) {
        window.setCurrentSection(page.section);
        QVERIFY(activate(&window));
        // The keyboard on the page itself.
        QWidget *inPage = window.sectionPage(page.section);
        if (page.section == MainWindow::Section::Requests)
            inPage = window.caseListPage();
        QWidget *field = focusInside(inPage);
        QVERIFY(field);
        QTest::keyClick(field, Qt::Key_F1);
        QTRY_COMPARE(shownAnchor(), helpAnchor(page.topic));
        QVERIFY(HelpWindow::instance()->isWindow());

        // The keyboard in the navigation: still the page shown.
        QVERIFY(activate(&window));
        auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
        navigation->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), navigation);
        HelpWindow::instance()->showAnchor(helpAnchor(HelpTopic::Start));
        QTest::keyClick(navigation, Qt::Key_F1);
        QTRY_COMPARE(shownAnchor(), helpAnchor(page.topic));
    }

    // The menu entry: Help → User guide, the same as F1.
    window.setCurrentSection(MainWindow::Section::Retention);
    HelpWindow::instance()->showAnchor(helpAnchor(HelpTopic::Start));
    window.userGuideAction()->trigger();
    QCOMPARE(shownAnchor(), helpAnchor(HelpTopic::Retention));
    // One window for the whole application.
    const QWidgetList windows = QApplication::topLevelWidgets();
    QCOMPARE(std::count_if(windows.cbegin(), windows.cend(),
                           [](const QWidget *w) { return qobject_cast<const HelpWindow *>(w); }),
             1);
}

void TestHelp::f1InTheCaseDetail()
{
    const QString number = addCase(u"D. Detail"_s);
    QVERIFY(!number.isEmpty());
    MainWindow window(Session { *m_store });
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.openCase(number);
    QWidget *field = focusInside(window.caseDetail());
    QVERIFY(field);
    QTest::keyClick(field, Qt::Key_F1);
    QTRY_COMPARE(shownAnchor(), helpAnchor(HelpTopic::CaseDetail));
}

void TestHelp::f1InDialogs()
{
    const QString number = addCase(u"V. Verlenging"_s);
    MainWindow window(Session { *m_store });
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.openCase(number);

    const struct
    {
        QAction *action;
        HelpTopic topic;
    } dialogs[] = {
        { window.caseDetail()->extendAction(), HelpTopic::Extension },
        { window.caseDetail()->requestIdentificationAction(), HelpTopic::Identification },
        { window.caseDetail()->completeAction(), HelpTopic::Completion },
        { window.caseDetail()->noteAction(), HelpTopic::CaseDetail },
        { window.intakeAction(), HelpTopic::PhoneIntake },
        { window.newRequestAction(), HelpTopic::NewRequest },
        { window.backupAction(), HelpTopic::Backup },
        { window.restoreAction(), HelpTopic::Restore },
        { window.settingsAction(), HelpTopic::Settings },
    };
    for (const auto &entry : dialogs) {
        const QString what = entry.action->objectName();
        QVERIFY(activate(&window));
        QVERIFY2(entry.action->isEnabled(), qPrintable(what));
        entry.action->trigger();
        QWidget *modal = nullptr;
        QTRY_VERIFY2((modal = QApplication::activeModalWidget()), qPrintable(what));
        QVERIFY2(QTest::qWaitForWindowActive(modal), qPrintable(what));
        // The keyboard where the dialog puts it, or on the dialog itself.
        (void)QTest::qWaitFor([modal] {
            return QApplication::focusWidget() && QApplication::focusWidget()->window() == modal;
        });
        QWidget *focus = QApplication::focusWidget();
        if (!focus || focus->window() != modal)
            focus = modal;
        QTest::keyClick(focus, Qt::Key_F1);
        QTRY_COMPARE(shownAnchor(), helpAnchor(entry.topic));

        // Beside a window-modal dialog the guide is a window of its own that takes the keys.
        HelpWindow *help = HelpWindow::instance();
        QVERIFY(help->isWindow());
        QVERIFY(QTest::qWaitForWindowActive(help));
        help->findField()->clear();
        help->findField()->setFocus(Qt::OtherFocusReason);
        typeInto(help, u"f"_s);
        QCOMPARE(help->findField()->text(), u"f"_s);

        QPointer<QWidget> guard(modal);
        qobject_cast<QDialog *>(modal)->done(QDialog::Rejected);
        QTRY_VERIFY2(!guard || !guard->isVisible(), qPrintable(what));
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(HelpWindow::instance()); // the guide stays open
        closeHelp();
    }
}

void TestHelp::usableBesideAnApplicationModalDialog()
{
    MainWindow window(Session { *m_store });
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // As QDialog::exec() shows one (a disclosure, a message box): the whole application waits.
    auto *dialog = new QDialog(&window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::ApplicationModal);
    setHelpTopic(dialog, HelpTopic::Disclosures);
    auto *field = new QLineEdit(dialog);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    field->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), field);

    // The main window is blocked: keys typed there do not arrive (the check below means it).
    auto *search = window.caseListPage()->findChild<QLineEdit *>();
    QVERIFY(search);
    search->setFocus(Qt::OtherFocusReason);
    typeInto(&window, u"x"_s);
    QVERIFY(search->text().isEmpty());

    QTest::keyClick(field, Qt::Key_F1);
    QTRY_COMPARE(shownAnchor(), helpAnchor(HelpTopic::Disclosures));
    QPointer<HelpWindow> help = HelpWindow::instance();
    QVERIFY(help->isWindow());
    help->findField()->setFocus(Qt::OtherFocusReason);
    typeInto(help, u"uur"_s);
    QCOMPARE(help->findField()->text(), u"uur"_s);

    // The dialog closes; the guide stays, a window of its own again.
    dialog->close();
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(help);
    QVERIFY(help->isVisible());
    QCOMPARE(help->parentWidget(), nullptr);
    QCOMPARE(shownAnchor(), helpAnchor(HelpTopic::Disclosures));
}

void TestHelp::languageDecidesTheManual()
{
    MainWindow window(Session { *m_store });
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.setCurrentSection(MainWindow::Section::Dashboards);
    window.userGuideAction()->trigger();
    QCOMPARE(shownManual(), u"/manual/en/manual.html"_s);
    QCOMPARE(HelpWindow::instance()->language(), UiLanguage::English);
    QCOMPARE(HelpWindow::instance()->windowTitle(), u"User guide — Privacydesk"_s);

    // Switching the language shows the other manual at the same section.
    QVERIFY(installTranslations(UiLanguage::Dutch));
    QTRY_COMPARE(shownManual(), u"/manual/nl/handleiding.html"_s);
    QCOMPARE(shownAnchor(), helpAnchor(HelpTopic::Dashboards));
    QCOMPARE(HelpWindow::instance()->language(), UiLanguage::Dutch);
    QVERIFY(HelpWindow::instance()->browser()->toPlainText().contains(u"Peildatum"));
    closeHelp();

    // Opened in Dutch: the Dutch manual.
    window.setCurrentSection(MainWindow::Section::Requests);
    window.userGuideAction()->trigger();
    QCOMPARE(shownManual(), u"/manual/nl/handleiding.html"_s);
    QCOMPARE(shownAnchor(), helpAnchor(HelpTopic::Requests));
}

// Esc closes the guide, wherever its keyboard focus is (the text, the contents, the
// find field), as it closes a dialog.
void TestHelp::escapeClosesTheManual()
{
    const auto focusOf = [](HelpWindow *help) -> QList<QWidget *> {
        return { help->browser(), help->contents(), help->findField() };
    };
    for (int i = 0; i < 3; ++i) {
        QPointer<HelpWindow> help = HelpWindow::open(helpAnchor(HelpTopic::Start));
        QVERIFY(help);
        help->activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(help));
        QWidget *target = focusOf(help).at(i);
        const QString name = QString::fromLatin1(target->metaObject()->className());
        target->setFocus();
        if (target == help->findField())
            help->findField()->setText(u"termijn"_s);
        QTest::keyClick(target, Qt::Key_Escape);
        // Closed, and gone (the guide deletes itself on closing) before it is opened again.
        QTRY_VERIFY2(!help, qPrintable(name));
    }
}

void TestHelp::linksBackAndSearch()
{
    HelpWindow *help = HelpWindow::open(helpAnchor(HelpTopic::Start));
    const QUrl start = help->browser()->source();
    // A link in the text: to its section, and back again.
    Q_EMIT help->browser()->anchorClicked(QUrl(u"#termijnen"_s));
    QCOMPARE(shownAnchor(), u"termijnen"_s);
    help->browser()->backward();
    QCOMPARE(help->browser()->source(), start);
    help->browser()->forward();
    QCOMPARE(shownAnchor(), u"termijnen"_s);
    // A web address is not followed: the guide makes no network connections.
    Q_EMIT help->browser()->anchorClicked(QUrl(u"https://autoriteitpersoonsgegevens.nl/"_s));
    QCOMPARE(shownAnchor(), u"termijnen"_s);
    QCOMPARE(help->browser()->source().scheme(), u"qrc"_s);

    // Search in the page, wrapping once round.
    help->findField()->setText(u"72 hours"_s);
    QVERIFY(help->findNext());
    QCOMPARE(help->browser()->textCursor().selectedText(), u"72 hours"_s);
    help->findField()->setText(u"no such words anywhere"_s);
    QVERIFY(!help->findNext());
}

void TestHelp::screenshots()
{
    const QString dir = test::shotsDir();
    QVERIFY(installTranslations(UiLanguage::Dutch));
    // Until the lead merges them into the .ts files: this task's Dutch strings.
    test::JsonTranslator dutch(dir.isEmpty() ? QString() : u"/tmp/tr/manual.json"_s);
    if (!dutch.isEmpty())
        QCoreApplication::installTranslator(&dutch);
    HelpWindow *help = HelpWindow::open(helpAnchor(HelpTopic::Deadlines));
    QVERIFY(QTest::qWaitForWindowExposed(help));
    QVERIFY(test::saveShot(help, dir, u"help-nl-termijnen"_s));
    help->showAnchor(helpAnchor(HelpTopic::Locked));
    QVERIFY(test::saveShot(help, dir, u"help-nl-vergrendeld"_s));
    QCoreApplication::removeTranslator(&dutch);
    QVERIFY(installTranslations(UiLanguage::English));
    QTRY_COMPARE(shownManual(), u"/manual/en/manual.html"_s);
    help->showAnchor(helpAnchor(HelpTopic::Extension));
    QVERIFY(test::saveShot(help, dir, u"help-en-extending"_s));
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
