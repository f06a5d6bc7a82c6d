// Every dialog and wizard of the desk, in Dutch and in English, on a real store:
//  (a) it opens with the keyboard in its first input (or the widget the walk names below);
//  (b) typing "a b c" and every shortcut key of the main window into it keeps it open and
//      triggers no action or shortcut of the main window (only Ctrl+L, the lock, may: it is
//      not sent);
//  (c) every input and button has an accessible name, as a screen reader gets it: the name
//      (for a combo box, which on Linux reports its value there, its own name) or else the
//      label that labels it.
//  (d) it fits the screen's available area (an offscreen screen of 1200×800), and its
//      default or OK button is shown inside it; also with the longest content and the largest
//      choice (largestFits).
//  (e) Enter does what it is for: exactly one default button is shown (a wizard's Next or
//      Finish is its own), or none where the walk says why Enter has another job;
//  (f) every button is reached with the keyboard: Tab stops at it, or it has an Alt-letter.
// Every page of a wizard is walked. The list of dialogs is DialogWalks.cpp's (shared with
// tst_accelerators); tests/repo/check_dialogwalk.sh fails when a dialog class in ui/ is not
// named there.

#include "DialogFocus.h"
#include "DialogWalks.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ScreenTestMain.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "cases/CaseDocumentsWidget.h"
#include "documents/LetterDialog.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Translations.h"

#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QKeySequence>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QWizard>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;
using pd::test::becameActive;
using pd::test::Walk;

namespace {

QString describe(const QWidget *widget)
{
    if (!widget)
        return u"(nothing)"_s;
    return QString::fromLatin1(widget->metaObject()->className()) + u" '"_s + widget->objectName()
        + u'\'';
}

// Part of a composite Qt widget (a spin box's line edit, a combo box's list, a tab bar's
// scroll buttons, a calendar popup) or a scroll bar: named through the widget it belongs to.
bool isInternal(const QWidget *widget, const QWidget *dialog)
{
    const QLatin1StringView className(widget->metaObject()->className());
    if (qobject_cast<const QScrollBar *>(widget) || qobject_cast<const QHeaderView *>(widget)
        || className == "QTableCornerButton"_L1 || widget->objectName().startsWith(u"qt_"_s))
        return true;
    for (const QWidget *p = widget->parentWidget(); p && p != dialog; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p)
            || qobject_cast<const QLineEdit *>(p) // its clear button
            || qobject_cast<const QTabBar *>(p) || qobject_cast<const QCalendarWidget *>(p)
            || p->objectName().startsWith(u"qt_"_s))
            return true;
    }
    return false;
}

bool isControl(const QWidget *widget)
{
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget)
        || qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QAbstractButton *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget)
        || qobject_cast<const QAbstractSlider *>(widget);
}

// What a screen reader says the control is called.
QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    if (!iface)
        return {};
    // On Linux a combo box reports its current value as its name; its label is a relation.
    QString name = qobject_cast<QComboBox *>(widget) ? widget->accessibleName()
                                                     : iface->text(QAccessible::Name);
    if (name.trimmed().isEmpty()) {
        const auto labels = iface->relations(QAccessible::Label);
        for (const auto &label : labels) {
            if (label.first && !label.first->text(QAccessible::Name).trimmed().isEmpty()) {
                name = label.first->text(QAccessible::Name);
                break;
            }
        }
    }
    return name.trimmed();
}

// The dialog itself or a widget in it.
bool inside(const QWidget *dialog, const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w == dialog)
            return true;
    }
    return false;
}

QStringList unnamedControls(QWidget *dialog)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (isControl(widget) && !isInternal(widget, dialog) && accessibleName(widget).isEmpty())
            unnamed << describe(widget);
    }
    return unnamed;
}

QList<QKeySequence> shortcutsOf(const QObject *root)
{
    QList<QKeySequence> keys;
    const QList<QAction *> actions = root->findChildren<QAction *>();
    for (const QAction *action : actions)
        keys << action->shortcuts();
    const QList<QShortcut *> shortcuts = root->findChildren<QShortcut *>();
    for (const QShortcut *shortcut : shortcuts)
        keys << shortcut->keys();
    return keys;
}

// What typing changes in an input, to put back after the walk typed into it (so that a wizard
// can still go on to its next page).
std::function<void()> restorer(QWidget *widget)
{
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        return [line = QPointer(line), text = line->text()] {
            if (line)
                line->setText(text);
        };
    if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        return [plain = QPointer(plain), text = plain->toPlainText()] {
            if (plain)
                plain->setPlainText(text);
        };
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        return
            [combo = QPointer(combo), index = combo->currentIndex(), text = combo->currentText()] {
                if (!combo)
                    return;
                combo->setCurrentIndex(index);
                if (combo->isEditable())
                    combo->setEditText(text);
            };
    return [] {
    };
}

// The button Enter presses (a wizard's Next, Commit or Finish), else the one that accepts, else
// Close for a dialog that only shows: the button that must stay in reach.
QPushButton *mainButton(QDialog *dialog)
{
    if (auto *wizard = qobject_cast<QWizard *>(dialog)) {
        for (const auto which :
             { QWizard::CommitButton, QWizard::FinishButton, QWizard::NextButton }) {
            auto *button = qobject_cast<QPushButton *>(wizard->button(which));
            if (button && button->isVisible())
                return button;
        }
        return nullptr;
    }
    const QList<QPushButton *> buttons = dialog->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->isDefault() && button->isVisibleTo(dialog))
            return button;
    }
    for (const auto role : { QDialogButtonBox::AcceptRole, QDialogButtonBox::YesRole,
                             QDialogButtonBox::RejectRole }) {
        for (QDialogButtonBox *box : dialog->findChildren<QDialogButtonBox *>()) {
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == role && button->isVisibleTo(dialog))
                    return qobject_cast<QPushButton *>(button);
            }
        }
    }
    // Buttons of its own in a row at the bottom: the last of that row.
    QPushButton *last = nullptr;
    QPoint lastAt;
    for (QPushButton *button : buttons) {
        if (!button->isVisibleTo(dialog))
            continue;
        const QPoint at = button->mapTo(dialog, QPoint(button->width(), button->height()));
        if (!last || at.y() > lastAt.y() || (at.y() == lastAt.y() && at.x() > lastAt.x())) {
            last = button;
            lastAt = at;
        }
    }
    return last;
}

// (f) The buttons the keyboard cannot reach: neither Tab stops at them nor has their text an
// Alt-letter.
QStringList unreachableButtons(QDialog *dialog)
{
    QStringList found;
    const QList<QAbstractButton *> buttons = dialog->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (!button->isVisibleTo(dialog) || !button->isEnabled() || isInternal(button, dialog))
            continue;
        if ((button->focusPolicy() & Qt::TabFocus)
            || !QKeySequence::mnemonic(button->text()).isEmpty())
            continue;
        found << describe(button) + u" \""_s + button->text() + u'"';
    }
    return found;
}

// (d) Not taller or wider than the screen's available area, wholly on it, with its main button
// shown inside it.
QString notFitting(QDialog *dialog)
{
    const QScreen *screen = dialog->screen();
    if (!screen)
        return u"no screen"_s;
    const QRect available = screen->availableGeometry();
    const QRect outer = dialog->frameGeometry();
    if (outer.width() > available.width() || outer.height() > available.height())
        return u"%1×%2 on a screen of %3×%4"_s.arg(outer.width())
            .arg(outer.height())
            .arg(available.width())
            .arg(available.height());
    if (!available.contains(outer))
        return u"at %1,%2 %3×%4, beyond the screen's %5×%6"_s.arg(outer.x())
            .arg(outer.y())
            .arg(outer.width())
            .arg(outer.height())
            .arg(available.width())
            .arg(available.height());
    QPushButton *button = mainButton(dialog);
    if (!button)
        return u"no default, OK or Close button shown"_s;
    const QRect inDialog(button->mapTo(dialog, QPoint(0, 0)), button->size());
    if (!button->isVisible() || !dialog->rect().contains(inDialog))
        return u"its button '%1' is not inside it"_s.arg(button->text());
    // Not hidden in a scroll area's hidden part either.
    for (QWidget *w = button->parentWidget(); w && w != dialog; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w)) {
            const QRect inArea(button->mapTo(area->viewport(), QPoint(0, 0)), button->size());
            if (!area->viewport()->rect().contains(inArea))
                return u"its button '%1' is scrolled out of sight"_s.arg(button->text());
        }
    }
    return {};
}

} // namespace

class TestDialogWalk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void walk_data();
    void walk();
    void dispatchDialog_data();
    void dispatchDialog();
    void extensionByKeyboardKeepsTheKeys();
    void largestFits_data();
    void largestFits();

private:
    void setLanguage(const QString &language);
    // Checks the dialog (or the wizard's current page) as it is now; types into it.
    void checkOpenDialog(QDialog *dialog, const Walk &walk, const QString &where);
    QList<Walk> walks() { return m_desk.walks(); }
    QString caseNumber() const { return m_desk.caseNumber(); }

    test::DialogWalkDesk m_desk;
    MainWindow *m_window = nullptr;
    QStringList m_fired; // main-window actions and shortcuts that went off
};

void TestDialogWalk::initTestCase()
{
    const QString failure = m_desk.build();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_window = m_desk.window();
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (QAction *action : actions) {
        connect(action, &QAction::triggered, this, [this, action] {
            m_fired << (action->objectName().isEmpty() ? action->text() : action->objectName());
        });
    }
    const QList<QShortcut *> shortcuts = m_window->findChildren<QShortcut *>();
    for (QShortcut *shortcut : shortcuts) {
        connect(shortcut, &QShortcut::activated, this,
                [this, shortcut] { m_fired << shortcut->key().toString(); });
    }
}

void TestDialogWalk::cleanupTestCase()
{
    m_window = nullptr;
    m_desk.close();
    QVERIFY(installTranslations(UiLanguage::English));
}

void TestDialogWalk::setLanguage(const QString &language)
{
    QVERIFY(installTranslations(language == u"nl"_s ? UiLanguage::Dutch : UiLanguage::English));
    QCoreApplication::processEvents(); // LanguageChange reaches the widgets as posted events
}

void TestDialogWalk::walk_data()
{
    m_desk.addWalkRows();
}

void TestDialogWalk::walk()
{
    QFETCH(QString, language);
    QFETCH(int, index);
    setLanguage(language);
    const Walk walk = walks().at(index);
    QPointer<QDialog> dialog = walk.make();
    QVERIFY(dialog);
    const auto cleanup = qScopeGuard([&dialog] { delete dialog.data(); });
    dialog->open();
    QVERIFY(becameActive(dialog));
    // It fits a 1200×800 screen with a task bar: no buttons below the screen.
    const QSize room(1200, 760);
    QVERIFY2(dialog->width() <= room.width() && dialog->height() <= room.height(),
             qPrintable(u"%1 is %2×%3 on a %4×%5 screen"_s.arg(walk.name)
                            .arg(dialog->width())
                            .arg(dialog->height())
                            .arg(room.width())
                            .arg(room.height())));
    auto *wizard = qobject_cast<QWizard *>(dialog.data());
    for (int page = 0; page < 8; ++page) {
        // Each dialog and wizard page as the user sees it, when screenshots are asked for.
        QVERIFY(test::saveShot(dialog, test::shotsDir(),
                               u"dialog-%1-%2-%3"_s.arg(language, walk.name).arg(page)));
        const QString where = wizard ? u"page %1"_s.arg(wizard->currentId()) : u"dialog"_s;
        const QString misfit = notFitting(dialog);
        QVERIFY2(misfit.isEmpty(), qPrintable(walk.name + u", "_s + where + u": "_s + misfit));
        checkOpenDialog(dialog, walk, where);
        if (QTest::currentTestFailed() || !wizard)
            return;
        const int before = wizard->currentId();
        if (!walk.next(wizard))
            return;
        QVERIFY2(wizard->currentId() != before,
                 qPrintable(u"%1 did not go on from page %2"_s.arg(walk.name).arg(before)));
        QCoreApplication::processEvents();
    }
    QFAIL("a wizard of more than eight pages?");
}

void TestDialogWalk::checkOpenDialog(QDialog *dialog, const Walk &walk, const QString &where)
{
    const QString what = walk.name + u", "_s + where;
    auto *wizard = qobject_cast<QWizard *>(dialog);
    QWidget *scope = wizard ? static_cast<QWidget *>(wizard->currentPage()) : dialog;
    QVERIFY(scope);

    // (a) The keyboard is in the first input.
    QWidget *focus = QApplication::focusWidget();
    QWidget *expected = walk.expectedFocus ? walk.expectedFocus(scope) : firstInput(scope);
    if (expected) {
        QVERIFY2(focus == expected,
                 qPrintable(what + u": focus on "_s + describe(focus) + u", expected "_s
                            + describe(expected)));
    } else {
        // No input: never a button that closes or destroys, only the default one.
        QVERIFY2(inside(dialog, focus),
                 qPrintable(what + u": focus outside the dialog: "_s + describe(focus)));
        const auto *button = qobject_cast<const QPushButton *>(focus);
        const bool fine = !button || button->isCheckable() || button->isDefault()
            || (wizard
                && (focus == wizard->button(QWizard::NextButton)
                    || focus == wizard->button(QWizard::CommitButton)
                    || focus == wizard->button(QWizard::FinishButton)));
        QVERIFY2(fine, qPrintable(what + u": focus on the button "_s + describe(focus)));
    }

    // (e) One default button, or none where Enter has another job.
    if (!wizard) {
        QStringList defaults;
        const QList<QPushButton *> buttons = dialog->findChildren<QPushButton *>();
        for (const QPushButton *button : buttons) {
            if (button->isDefault() && button->isVisibleTo(dialog))
                defaults << describe(button) + u" \""_s + button->text() + u'"';
        }
        QVERIFY2(defaults.size() == (walk.enterIsNotDefault.isEmpty() ? 1 : 0),
                 qPrintable(what + u": default buttons: "_s
                            + (defaults.isEmpty() ? u"none"_s : defaults.join(u", "_s))));
    }

    // (f) Every button is reached by Tab or by its Alt-letter.
    const QStringList unreachable = unreachableButtons(dialog);
    QVERIFY2(
        unreachable.isEmpty(),
        qPrintable(what + u": buttons the keyboard cannot reach: "_s + unreachable.join(u"; "_s)));

    // (c) Every control is named.
    const QStringList unnamed = unnamedControls(dialog);
    QVERIFY2(
        unnamed.isEmpty(),
        qPrintable(what + u": controls without an accessible name: "_s + unnamed.join(u"; "_s)));

    // (b) Typing stays in the dialog.
    m_fired.clear();
    const auto restore = restorer(focus);
    // On a button (a dialog without input) the space bar presses it, and on a combo box it opens
    // the list, as they should: letters only.
    const auto *onButton = qobject_cast<const QAbstractButton *>(focus);
    const auto *onCombo = qobject_cast<const QComboBox *>(focus);
    const QString typed
        = (onButton && !onButton->isCheckable()) || (onCombo && !onCombo->isEditable())
        ? u"abc"_s
        : u"a b c"_s;
    for (const QChar c : typed) {
        QWidget *target = QApplication::focusWidget();
        QVERIFY2(inside(dialog, target),
                 qPrintable(what + u": the keyboard left the dialog while typing (now "_s
                            + describe(target) + u")"_s));
        QTest::keyClicks(target, QString(c));
    }
    const QList<QKeySequence> own = shortcutsOf(dialog);
    const QList<QKeySequence> desk = shortcutsOf(m_window);
    const QList<QKeySequence> lock = m_window->lockAction()->shortcuts();
    // F1 opens the manual beside the dialog, by design (context help): not a key that falls
    // through.
    const QList<QKeySequence> help = QKeySequence::keyBindings(QKeySequence::HelpContents);
    for (const QKeySequence &keys : desk) {
        if (keys.isEmpty() || own.contains(keys) || lock.contains(keys) || help.contains(keys))
            continue;
        QVERIFY2(dialog->isVisible(), qPrintable(what + u": closed before "_s + keys.toString()));
        QWidget *target = QApplication::focusWidget();
        QVERIFY2(inside(dialog, target),
                 qPrintable(what + u": the keyboard left the dialog before "_s + keys.toString()
                            + u" (now "_s + describe(target) + u")"_s));
        QTest::keyClick(target, keys[0].key(), keys[0].keyboardModifiers());
    }
    QVERIFY2(dialog->isVisible(), qPrintable(what + u": typing closed it"_s));
    QVERIFY2(QApplication::activeWindow() == dialog,
             qPrintable(what + u": no longer the active window: "_s
                        + describe(QApplication::activeWindow())));
    QVERIFY2(m_fired.isEmpty(),
             qPrintable(what + u": typing reached the main window: "_s + m_fired.join(u", "_s)));
    restore();
}

void TestDialogWalk::dispatchDialog_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("nl") << u"nl"_s;
    QTest::newRow("en") << u"en"_s;
}

// The one dialog put together in place (CaseDocumentsWidget: "Record dispatch"), run with
// exec() as the widget does.
void TestDialogWalk::dispatchDialog()
{
    QFETCH(QString, language);
    setLanguage(language);
    CaseDetailWidget *detail = m_window->caseDetail();
    CaseDocumentsWidget *documents = detail->documentsWidget();
    if (documents->lettersList()->topLevelItemCount() == 0) {
        LetterDialog letter(Session { m_desk.store() }, caseNumber(), detail);
        letter.setKind(LetterKind::Ontvangstbevestiging);
        QVERIFY2(letter.recordShown(), qPrintable(letter.message()));
        QVERIFY(m_window->caseDetail()->showCase(caseNumber()));
    }
    QVERIFY(documents->lettersList()->topLevelItemCount() > 0);
    documents->lettersList()->setCurrentItem(documents->lettersList()->topLevelItem(0));
    const Walk walk { u"dispatchDialog"_s, {} };
    bool checked = false;
    QString misfit;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog && becameActive(dialog)) {
            QCOMPARE(dialog->objectName(), u"dispatchDialog"_s);
            misfit = notFitting(dialog); // checked once it is closed
            checkOpenDialog(dialog, walk, u"dialog"_s);
            checked = true;
        }
        if (dialog)
            dialog->reject();
    });
    QVERIFY(!documents->recordDispatch());
    QVERIFY(checked);
    QVERIFY2(misfit.isEmpty(), qPrintable(u"dispatchDialog: "_s + misfit));
}

// The report of Ctrl+E in the desk opens the extension dialog, and the reason typed
// next goes into it — not onto Cancel, not into the desk's shortcuts.
void TestDialogWalk::extensionByKeyboardKeepsTheKeys()
{
    setLanguage(u"nl"_s);
    QVERIFY(m_window->caseDetail()->showCase(caseNumber()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->caseDetail()->setFocus();
    QTest::keyClick(m_window, Qt::Key_E, Qt::ControlModifier);
    QPointer<CaseActionDialog> dialog = m_window->caseDetail()->currentDialog();
    QVERIFY(qobject_cast<ExtendDialog *>(dialog.data()));
    const auto cleanup = qScopeGuard([&dialog] { delete dialog.data(); });
    QVERIFY(becameActive(dialog));
    m_fired.clear();
    QTest::keyClicks(QApplication::focusWidget(), u"Complex verzoek, veel dossiers"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_E,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_fired, QStringList());
    auto *reason = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
    QVERIFY2(reason, qPrintable(describe(QApplication::focusWidget())));
    QVERIFY(reason->toPlainText().startsWith(u"Complex verzoek, veel dossiers"_s));
}

void TestDialogWalk::largestFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("index");
    const QList<Walk> list = m_desk.largestWalks();
    for (const QString &language : { u"nl"_s, u"en"_s }) {
        for (int i = 0; i < list.size(); ++i)
            QTest::addRow("%s %s", qPrintable(language), qPrintable(list.at(i).name))
                << language << i;
    }
}

// (d) with the longest content and the largest choice: the completion with "Deels
// toegewezen" for a request of three kinds kept OK below a 1200×800 screen.
void TestDialogWalk::largestFits()
{
    QFETCH(QString, language);
    QFETCH(int, index);
    setLanguage(language);
    const Walk walk = m_desk.largestWalks().at(index);
    QPointer<QDialog> dialog = walk.make();
    QVERIFY(dialog);
    const auto cleanup = qScopeGuard([&dialog] { delete dialog.data(); });
    dialog->open();
    QVERIFY(becameActive(dialog));
    if (walk.grow)
        walk.grow(dialog);
    // It settles: grown with its parts (within the screen), or scrolling.
    const auto settled = [&dialog] {
        const QSize before = dialog->size();
        QTest::qWait(20);
        return dialog->size() == before;
    };
    QVERIFY(QTest::qWaitFor(settled, 5000));
    QVERIFY(test::saveShot(dialog, test::shotsDir(),
                           u"dialog-largest-%1-%2"_s.arg(language, walk.name)));
    const QString misfit = notFitting(dialog);
    QVERIFY2(misfit.isEmpty(), qPrintable(walk.name + u": "_s + misfit));
    // Nothing scrolls sideways or is cut at the right: the form wraps to the dialog's width
    // (the processing-activity editor's form was wider than its window, without a scroll bar).
    for (QScrollArea *area : dialog->findChildren<QScrollArea *>()) {
        if (!area->isVisible() || !area->widget())
            continue;
        QVERIFY2(!area->horizontalScrollBar()->isVisible(),
                 qPrintable(walk.name + u": its form scrolls sideways"_s));
        QVERIFY2(area->widget()->width() <= area->viewport()->width() + 1,
                 qPrintable(walk.name
                            + u": its form is %1 px wide in %2 px, cut at the right"_s
                                  .arg(area->widget()->width())
                                  .arg(area->viewport()->width())));
    }
}

PRIVACYDESK_TEST_MAIN_ON_SCREEN(TestDialogWalk, 1200, 800)
#include "tst_dialogwalk.moc"
