// The Alt-letters (accelerators, "&" in a text) of the desk, in Dutch and in English, on a real
// store: no two controls that can be seen together in one window share a letter, no
// two actions of one menu do, and every "&" is followed by a letter or a digit.
//  - Menus: the menu bar's titles are one group, each menu and submenu another.
//  - Windows: the main window (every section page, with the request open), every dialog and
//    every wizard page of DialogWalks.cpp. A group is what the window shows at one time: every
//    page of a tab or stacked widget is looked at in turn (nested ones inside it too), and a
//    control hidden by the code until it is needed (a BSN check box) counts as shown. Buttons,
//    check boxes, radio buttons, group boxes and tab titles count, and a label counts as its
//    buddy's letter. Disabled controls count too: they are enabled in another state, and their
//    underlined letter shows all the same.
// Every push button of a dialog has an Alt-letter (OK and Cancel may go without when the
// dialog's other controls have all of their letters: Enter and Escape press them), and an
// Alt+letter that reaches a text field (no control took it) types nothing into it. Every collision
// is printed with both texts. PRIVACYDESK_TR_JSON adds translations that are not in the .ts file
// yet (see GuiTestSupport.h).

#include "DialogWalks.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "session/Session.h"
#include "util/Translations.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpontaneKeyEvent>
#include <QStackedLayout>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

#include <algorithm>
#include <memory>
#include <optional>
#include <string_view>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;
using pd::test::becameActive;
using pd::test::Walk;

namespace {

QString describe(const QObject *object)
{
    return QString::fromLatin1(object->metaObject()->className())
        + (object->objectName().isEmpty() ? QString() : u" '"_s + object->objectName() + u'\'');
}

// One set of texts whose accelerators must differ: a menu, or what a window shows at one time.
class AcceleratorGroup final
{
public:
    void add(const QString &text, const QString &owner)
    {
        QString broken;
        const QChar letter = acceleratorOf(text, &broken);
        if (!broken.isEmpty())
            m_problems << u"\"%1\" (%2) has %3"_s.arg(text, owner, broken);
        if (letter.isNull())
            return;
        for (const Entry &entry : std::as_const(m_entries)) {
            if (entry.letter == letter)
                m_problems << u"Alt+%1 is both \"%2\" (%3) and \"%4\" (%5)"_s.arg(
                    QString(letter.toUpper()), entry.text, entry.owner, text, owner);
        }
        m_entries << Entry { letter, text, owner };
    }
    void addBroken(const QString &text, const QString &owner, const QString &why)
    {
        m_problems << u"\"%1\" (%2) %3"_s.arg(text, owner, why);
    }
    const QStringList &problems() const { return m_problems; }
    bool uses(QChar letter) const
    {
        return std::any_of(m_entries.cbegin(), m_entries.cend(),
                           [letter](const Entry &entry) { return entry.letter == letter; });
    }

    // The accelerator letter of text in lower case, null when it has none; broken says what is
    // wrong with an "&" in it (followed by no letter or digit, a second accelerator).
    static QChar acceleratorOf(const QString &text, QString *broken)
    {
        QChar found;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) != u'&')
                continue;
            const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
            if (next == u'&') { // "&&" is an ampersand
                ++i;
                continue;
            }
            if (!next.isLetterOrNumber())
                *broken = u"an & followed by no letter or digit"_s;
            else if (!found.isNull())
                *broken = u"a second accelerator"_s;
            else
                found = next.toLower();
        }
        return found;
    }

private:
    struct Entry
    {
        QChar letter;
        QString text;
        QString owner;
    };
    QList<Entry> m_entries;
    QStringList m_problems;
};

// A widget that shows one of several pages: a tab widget, or a stacked widget that is not a tab
// widget's own.
bool isSwitcher(const QWidget *widget)
{
    if (qobject_cast<const QTabWidget *>(widget))
        return true;
    return qobject_cast<const QStackedWidget *>(widget)
        && !qobject_cast<const QTabWidget *>(widget->parentWidget());
}

int pageCount(QWidget *switcher)
{
    if (auto *tabs = qobject_cast<QTabWidget *>(switcher))
        return tabs->count();
    return static_cast<QStackedWidget *>(switcher)->count();
}

int currentPage(QWidget *switcher)
{
    if (auto *tabs = qobject_cast<QTabWidget *>(switcher))
        return tabs->currentIndex();
    return static_cast<QStackedWidget *>(switcher)->currentIndex();
}

void setCurrentPage(QWidget *switcher, int index)
{
    if (auto *tabs = qobject_cast<QTabWidget *>(switcher))
        tabs->setCurrentIndex(index);
    else
        static_cast<QStackedWidget *>(switcher)->setCurrentIndex(index);
}

// A page that is hidden because another page of its stack (or wizard) is shown.
bool isOtherPage(const QWidget *widget)
{
    if (qobject_cast<const QWizardPage *>(widget))
        return true;
    const QWidget *parent = widget->parentWidget();
    if (!parent)
        return false;
    const QList<QStackedLayout *> stacks
        = parent->findChildren<QStackedLayout *>(Qt::FindDirectChildrenOnly);
    for (const QStackedLayout *stack : stacks) {
        if (stack->indexOf(widget) >= 0)
            return true;
    }
    return parent->layout() && qobject_cast<const QStackedLayout *>(parent->layout())
        && parent->layout()->indexOf(widget) >= 0;
}

enum class Reach { No, Shown, WhenNeeded };

// Whether widget is part of what the window shows now: shown, shown when the code needs it
// (hidden by itself or by a parent that is not another page), or not (another page, another
// window, a wizard button of another page).
Reach reach(const QWidget *widget, const QWidget *window)
{
    Reach result = Reach::Shown;
    if (const auto *wizard = qobject_cast<const QWizard *>(window)) {
        for (int which = QWizard::BackButton; which < QWizard::NButtons; ++which) {
            if (widget == wizard->button(QWizard::WizardButton(which)) && widget->isHidden())
                return Reach::No;
        }
    }
    for (const QWidget *w = widget; w && w != window; w = w->parentWidget()) {
        if (w->isWindow())
            return Reach::No;
        if (w->isHidden()) {
            if (isOtherPage(w))
                return Reach::No;
            result = Reach::WhenNeeded;
        }
    }
    return result;
}

bool isRichText(const QLabel *label)
{
    return label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

// Everything with an accelerator that window shows now.
void collect(QWidget *window, AcceleratorGroup &group)
{
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const Reach how = reach(widget, window);
        if (how == Reach::No)
            continue;
        const QString owner
            = describe(widget) + (how == Reach::WhenNeeded ? u", shown when needed"_s : QString());
        if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            // The menu bar's titles are Alt-letters of the window, as its buttons are.
            const QList<QAction *> titles = bar->actions();
            for (const QAction *title : titles) {
                if (title->isVisible() && !title->isSeparator())
                    group.add(title->text(), u"menu bar"_s);
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (!button->text().isEmpty())
                group.add(button->text(), owner);
        } else if (auto *box = qobject_cast<QGroupBox *>(widget)) {
            group.add(box->title(), owner);
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    group.add(tabs->tabText(i), owner + u" tab %1"_s.arg(i));
            }
        } else if (auto *label = qobject_cast<QLabel *>(widget); label && !isRichText(label)) {
            QString broken;
            const QChar letter = AcceleratorGroup::acceleratorOf(label->text(), &broken);
            if (label->buddy())
                group.add(label->text(), owner + u" for "_s + describe(label->buddy()));
            else if (!letter.isNull() || !broken.isEmpty())
                group.addBroken(label->text(), owner, u"has an & but no buddy: it shows the &"_s);
        }
    }
}

// Checks what window shows now, then in turn every other page of each switcher shown inside
// within (the whole window: null), with the switchers inside that page; each page is put back.
void walkPages(QWidget *window, QWidget *within, const QString &where, QStringList &problems,
               QSet<QString> &seen)
{
    AcceleratorGroup group;
    collect(window, group);
    // A collision stays when another page is shown: it is told once, where it was first seen.
    for (const QString &problem : group.problems()) {
        if (!seen.contains(problem))
            problems << where + u": "_s + problem;
        seen.insert(problem);
    }
    const QList<QWidget *> widgets = (within ? within : window)->findChildren<QWidget *>();
    for (QWidget *switcher : widgets) {
        if (!isSwitcher(switcher) || reach(switcher, window) == Reach::No)
            continue;
        const int current = currentPage(switcher);
        for (int page = 0; page < pageCount(switcher); ++page) {
            if (page == current)
                continue;
            setCurrentPage(switcher, page);
            QString name = describe(switcher) + u" page %1"_s.arg(page);
            if (auto *tabs = qobject_cast<QTabWidget *>(switcher))
                name = u"tab \"%1\""_s.arg(tabs->tabText(page));
            walkPages(window, switcher, where + u", "_s + name, problems, seen);
        }
        setCurrentPage(switcher, current);
    }
}

QStringList windowProblems(QWidget *window, const QString &where)
{
    QStringList problems;
    QSet<QString> seen;
    walkPages(window, nullptr, where, problems, seen);
    return problems;
}

// What a field holds as typed text; null for a widget that is no text field.
std::optional<QString> typedText(const QWidget *widget)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(widget))
        return line->isReadOnly() ? std::nullopt : std::optional(line->text());
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
        return plain->isReadOnly() ? std::nullopt : std::optional(plain->toPlainText());
    if (const auto *rich = qobject_cast<const QTextEdit *>(widget))
        return rich->isReadOnly() ? std::nullopt : std::optional(rich->toPlainText());
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(widget))
        return spin->text();
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->isEditable() ? std::optional(combo->currentText()) : std::nullopt;
    return std::nullopt;
}

// Sends every Alt+letter and Alt+digit to every text field of window as a key press that no
// control took (the shortcut map had its turn), and names each field that then changed. A
// line edit inside a spin box or combo box is reached through its owner, as the keyboard does.
QStringList altLettersTyped(QWidget *window, const QString &where)
{
    QStringList problems;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *field : widgets) {
        if (reach(field, window) == Reach::No
            || qobject_cast<QAbstractSpinBox *>(field->parentWidget())
            || qobject_cast<QComboBox *>(field->parentWidget()))
            continue;
        const std::optional<QString> before = typedText(field);
        if (!before)
            continue;
        for (const char c : std::string_view("abcdefghijklmnopqrstuvwxyz0123456789")) {
            const int key = c >= 'a' ? Qt::Key_A + (c - 'a') : Qt::Key_0 + (c - '0');
            // Spontaneous, as from the keyboard after the shortcut map found nothing: a key
            // sent otherwise tries the shortcuts first and would press the dialog's buttons.
            QKeyEvent press(QEvent::KeyPress, key, Qt::AltModifier, QString(QLatin1Char(c)));
            QSpontaneKeyEvent::setSpontaneous(&press);
            qApp->notify(field, &press);
        }
        if (typedText(field) != before)
            problems << where + u": Alt-letters typed into "_s + describe(field) + u": \""_s
                    + typedText(field).value_or(QString()) + u'"';
    }
    return problems;
}

// A dialog's OK (Enter) or Cancel (Escape) button each of whose letters another control of
// the dialog already has.
bool answersToEnterOrEscapeOnly(QPushButton *button, QWidget *window)
{
    const auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget());
    // "cancelButton": the desk's name for a Cancel outside a button box (the phone intake's).
    const bool cancels = (box && box->buttonRole(button) == QDialogButtonBox::RejectRole)
        || button->objectName() == u"cancelButton"_s;
    if (!button->isDefault() && !cancels)
        return false;
    AcceleratorGroup group;
    collect(window, group);
    const QString text = button->text();
    return std::all_of(text.cbegin(), text.cend(), [&group](QChar c) {
        return !c.isLetterOrNumber() || c.unicode() > 0x7f || group.uses(c.toLower());
    });
}

// The push buttons with a text but no Alt-letter that window shows now.
QStringList buttonsWithoutAltLetter(QWidget *window, const QString &where)
{
    QStringList problems;
    const QList<QPushButton *> buttons = window->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        QString broken;
        if (reach(button, window) == Reach::No || button->text().isEmpty()
            || !AcceleratorGroup::acceleratorOf(button->text(), &broken).isNull()
            || answersToEnterOrEscapeOnly(button, window))
            continue;
        problems << where + u": button \""_s + button->text() + u"\" ("_s + describe(button)
                + u") has no Alt-letter"_s;
    }
    return problems;
}

void walkMenu(QMenu *menu, const QString &where, QStringList &problems)
{
    AcceleratorGroup group;
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        group.add(action->text(), describe(action));
        if (action->menu())
            walkMenu(action->menu(), where + u" → "_s + action->menu()->title(), problems);
    }
    for (const QString &problem : group.problems())
        problems << where + u": "_s + problem;
}

} // namespace

class TestAccelerators final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void checkerFindsCollisions();
    void altGrStillTypes();
    void menus_data() { languages(); }
    void menus();
    void mainWindow_data() { languages(); }
    void mainWindow();
    void dialogs_data();
    void dialogs();

private:
    static void languages();
    void setLanguage(const QString &language);
    static bool report(const QStringList &problems);
    std::unique_ptr<MainWindow> openWindow();

    test::DialogWalkDesk m_desk;
    std::unique_ptr<test::JsonTranslator> m_extra; // PRIVACYDESK_TR_JSON, in Dutch
};

void TestAccelerators::initTestCase()
{
    const QString failure = m_desk.build();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestAccelerators::cleanupTestCase()
{
    m_desk.close();
    if (m_extra)
        QApplication::removeTranslator(m_extra.get());
    QVERIFY(installTranslations(UiLanguage::English));
}

void TestAccelerators::languages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("nl") << u"nl"_s;
    QTest::newRow("en") << u"en"_s;
}

void TestAccelerators::setLanguage(const QString &language)
{
    if (m_extra)
        QApplication::removeTranslator(m_extra.get());
    m_extra.reset();
    const bool dutch = language == u"nl"_s;
    QVERIFY(installTranslations(dutch ? UiLanguage::Dutch : UiLanguage::English));
    if (dutch) {
        m_extra
            = std::make_unique<test::JsonTranslator>(qEnvironmentVariable("PRIVACYDESK_TR_JSON"));
        if (!m_extra->isEmpty())
            QApplication::installTranslator(m_extra.get());
    }
    QCoreApplication::processEvents(); // LanguageChange reaches the widgets as posted events
}

// A main window made in the current language (some widgets are not translated again when the
// language changes), 1200×800, with the request open.
std::unique_ptr<MainWindow> TestAccelerators::openWindow()
{
    auto window = std::make_unique<MainWindow>(Session { m_desk.store() });
    window->resize(1200, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    window->openCase(m_desk.caseNumber());
    return window;
}

// Prints every problem; true when there were none.
bool TestAccelerators::report(const QStringList &problems)
{
    for (const QString &problem : problems)
        qWarning("%s", qPrintable(problem));
    return problems.isEmpty();
}

// The checks themselves, on a window made here: two buttons on one letter, a label's buddy, a
// tab title against a button on its page, a hidden check box shown when needed, an "&" before
// a space, and a label with an "&" but no buddy are each found; "&&" and another page's button
// are not.
void TestAccelerators::checkerFindsCollisions()
{
    QWidget dialog; // not a QDialog: the desk gives a dialog's buttons Alt-letters of its own
    auto *layout = new QVBoxLayout(&dialog);
    auto *save = new QPushButton(u"&Save"_s, &dialog);
    auto *search = new QPushButton(u"&search"_s, &dialog);
    auto *name = new QLabel(u"&Name:"_s, &dialog);
    auto *edit = new QLineEdit(&dialog);
    name->setBuddy(edit);
    auto *next = new QPushButton(u"&Next"_s, &dialog);
    auto *ampersand = new QPushButton(u"Salt && pepper"_s, &dialog);
    auto *broken = new QPushButton(u"Save & close"_s, &dialog);
    auto *loose = new QLabel(u"&Orphan"_s, &dialog);
    auto *open = new QPushButton(u"&Open"_s, &dialog);
    auto *hidden = new QCheckBox(u"&Overrule"_s, &dialog);
    hidden->hide();
    auto *tabs = new QTabWidget(&dialog);
    auto *first = new QWidget;
    new QPushButton(u"&Apply"_s, first);
    auto *second = new QWidget;
    new QPushButton(u"&General"_s, second);
    new QPushButton(u"&apply"_s, second); // never shown with the first page's
    tabs->addTab(first, u"&First"_s);
    tabs->addTab(second, u"&Grid"_s);
    for (QWidget *widget : std::initializer_list<QWidget *> {
             save, search, name, edit, next, ampersand, broken, loose, open, hidden, tabs })
        layout->addWidget(widget);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    const QStringList problems = windowProblems(&dialog, u"test"_s);
    const auto found = [&problems](const QString &a, const QString &b) {
        for (const QString &problem : problems) {
            if (problem.contains(a) && problem.contains(b))
                return true;
        }
        return false;
    };
    QVERIFY2(found(u"\"&Save\""_s, u"\"&search\""_s), qPrintable(problems.join(u'\n')));
    QVERIFY2(found(u"\"&Name:\""_s, u"\"&Next\""_s), qPrintable(problems.join(u'\n')));
    QVERIFY2(found(u"\"&Grid\""_s, u"\"&General\""_s)
                 && found(u"test, tab \"&Grid\""_s, u"Alt+G"_s),
             qPrintable(problems.join(u'\n')));
    QVERIFY2(found(u"\"&Orphan\""_s, u"no buddy"_s), qPrintable(problems.join(u'\n')));
    QVERIFY2(found(u"\"Save & close\""_s, u"no letter or digit"_s),
             qPrintable(problems.join(u'\n')));
    QVERIFY2(found(u"\"&Open\""_s, u"\"&Overrule\" (QCheckBox, shown when needed)"_s),
             qPrintable(problems.join(u'\n')));
    QVERIFY2(!found(u"Salt"_s, u"Alt+"_s), qPrintable(problems.join(u'\n')));
    QVERIFY2(!found(u"\"&Apply\""_s, u"\"&apply\""_s), qPrintable(problems.join(u'\n')));
    QCOMPARE(problems.size(), 6); // and nothing else
    QCOMPARE(tabs->currentIndex(), 0); // put back

    QMenu menu;
    menu.addAction(u"&Open"_s);
    menu.addSeparator();
    menu.addAction(u"Cl&ose"_s);
    QMenu *sub = menu.addMenu(u"&More"_s);
    sub->addAction(u"&A"_s);
    sub->addAction(u"&a"_s);
    QMenu *hiddenSub = menu.addMenu(u"&Hidden"_s);
    hiddenSub->menuAction()->setVisible(false);
    QStringList menuProblems;
    walkMenu(&menu, u"menu"_s, menuProblems);
    QCOMPARE(menuProblems.size(), 2);
    QVERIFY(menuProblems.at(0).contains(u"\"&A\""_s) && menuProblems.at(0).contains(u"\"&a\""_s));
    QVERIFY(menuProblems.at(1).contains(u"\"&Open\""_s)
            && menuProblems.at(1).contains(u"\"Cl&ose\""_s));
}

// Only Alt with a plain letter or digit is kept out: what AltGr types (reported as Ctrl+Alt or a
// group switch) and Alt with another character still land in the field.
void TestAccelerators::altGrStillTypes()
{
    QWidget window;
    auto *field = new QLineEdit(&window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(field);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto press = [field](int key, Qt::KeyboardModifiers modifiers, const QString &text) {
        QKeyEvent event(QEvent::KeyPress, key, modifiers, text);
        QSpontaneKeyEvent::setSpontaneous(&event);
        qApp->notify(field, &event);
    };
    press(Qt::Key_E, Qt::ControlModifier | Qt::AltModifier, u"€"_s);
    press(Qt::Key_A, Qt::AltModifier | Qt::GroupSwitchModifier, u"ą"_s);
    press(Qt::Key_O, Qt::AltModifier, u"o"_s);
    press(Qt::Key_7, Qt::AltModifier | Qt::ShiftModifier, u"7"_s);
    press(Qt::Key_N, Qt::NoModifier, u"n"_s);
    QCOMPARE(field->text(), u"€ąn"_s);
}

// The menu bar's titles, and each menu and submenu (with a request open, so that the request's
// actions are in the Verzoek menu).
void TestAccelerators::menus()
{
    QFETCH(QString, language);
    setLanguage(language);
    const auto window = openWindow();
    QVERIFY(window);
    QMenuBar *bar = window->menuBar();
    AcceleratorGroup titles;
    QStringList problems;
    const QList<QAction *> actions = bar->actions();
    int menus = 0;
    for (QAction *action : actions) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        titles.add(action->text(), describe(action));
        if (action->menu()) {
            walkMenu(action->menu(), language + u", menu "_s + action->text(), problems);
            ++menus;
        }
    }
    QCOMPARE(menus, 5);
    for (const QString &problem : titles.problems())
        problems.prepend(language + u", menu bar: "_s + problem);
    QVERIFY2(report(problems), "accelerators collide in the menus (above)");
}

// The main window: every section page, with the request open beside the list (its tabs, the
// list's empty page), the menu bar's titles with it.
void TestAccelerators::mainWindow()
{
    QFETCH(QString, language);
    setLanguage(language);
    const auto window = openWindow();
    QVERIFY(window);
    QVERIFY(window->caseDetail()->isVisible());
    const QString where = language + u", main window"_s;
    const QStringList problems
        = windowProblems(window.get(), where) + altLettersTyped(window.get(), where);
    QVERIFY2(report(problems), "accelerators collide in the main window (above)");
}

void TestAccelerators::dialogs_data()
{
    m_desk.addWalkRows();
}

// Every dialog and every page of each wizard.
void TestAccelerators::dialogs()
{
    QFETCH(QString, language);
    QFETCH(int, index);
    setLanguage(language);
    const Walk walk = m_desk.walks().at(index);
    QPointer<QDialog> dialog = walk.make();
    QVERIFY(dialog);
    const auto cleanup = qScopeGuard([&dialog] { delete dialog.data(); });
    dialog->open();
    QVERIFY(becameActive(dialog));
    auto *wizard = qobject_cast<QWizard *>(dialog.data());
    QStringList problems;
    for (int page = 0; page < 8; ++page) {
        const QString where = language + u", "_s + walk.name
            + (wizard ? u" page %1"_s.arg(wizard->currentId()) : QString());
        problems << windowProblems(dialog, where) << buttonsWithoutAltLetter(dialog, where)
                 << altLettersTyped(dialog, where);
        if (!wizard || !walk.next(wizard))
            break;
        QCoreApplication::processEvents();
    }
    QVERIFY2(report(problems), "accelerators collide in the dialog (above)");
}

QTEST_MAIN(TestAccelerators)
#include "tst_accelerators.moc"
