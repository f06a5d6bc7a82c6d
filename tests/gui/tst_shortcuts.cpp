// No two shortcuts of the desk on the same keys where both can fire. Qt runs neither
// of two equal shortcuts that are active at once ("ambiguous"): Ctrl+Shift+N in the disclosures
// page then made neither a new request nor a new recipient. A window-wide shortcut reaches every
// page; a page's own (WidgetWithChildrenShortcut) reaches that page; two page shortcuts on the
// same keys are fine on different pages.

#include "DialogFocus.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QProgressDialog>
#include <QShortcut>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::ui;
using namespace Qt::StringLiterals;

namespace {

struct KeyBinding
{
    QKeySequence keys;
    const QWidget *scope = nullptr; // where it fires: the window, or a widget and its children
    QString name;
};

bool overlaps(const QWidget *a, const QWidget *b)
{
    return a == b || a->isAncestorOf(b) || b->isAncestorOf(a);
}

QString nameOf(const QObject *object, const QWidget *scope)
{
    QString name = object->objectName();
    if (const auto *action = qobject_cast<const QAction *>(object); action && name.isEmpty())
        name = action->text();
    return u"%1 '%2' in %3"_s.arg(QString::fromLatin1(object->metaObject()->className()), name,
                                  scope->objectName().isEmpty()
                                      ? QString::fromLatin1(scope->metaObject()->className())
                                      : scope->objectName());
}

QList<KeyBinding> bindingsOf(QWidget *window)
{
    QList<KeyBinding> bindings;
    const auto scopeFor = [window](Qt::ShortcutContext context, const QWidget *owner) {
        return context == Qt::WindowShortcut || context == Qt::ApplicationShortcut
            ? static_cast<const QWidget *>(window)
            : owner;
    };
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->associatedObjects().isEmpty())
            continue; // not in a menu or on a widget: its keys reach nothing
        const QWidget *owner = window;
        if (action->shortcutContext() == Qt::WidgetShortcut
            || action->shortcutContext() == Qt::WidgetWithChildrenShortcut) {
            owner = nullptr;
            for (const QObject *object : action->associatedObjects()) {
                const auto *widget = qobject_cast<const QWidget *>(object);
                if (widget && !widget->inherits("QMenu") && widget->window() == window) {
                    owner = widget;
                    break;
                }
            }
            if (!owner)
                continue;
        }
        const QWidget *scope = scopeFor(action->shortcutContext(), owner);
        for (const QKeySequence &keys : action->shortcuts())
            bindings.append({ keys, scope, nameOf(action, scope) });
    }
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        const auto *owner = qobject_cast<const QWidget *>(shortcut->parent());
        if (!owner)
            continue;
        const QWidget *scope = scopeFor(shortcut->context(), owner);
        for (const QKeySequence &keys : shortcut->keys())
            bindings.append({ keys, scope, nameOf(shortcut, scope) });
    }
    return bindings;
}

} // namespace

class TestShortcuts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noAmbiguousShortcuts();
    void typedKeysDoNotCancelProgress();
};

void TestShortcuts::noAmbiguousShortcuts()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslations(UiLanguage::Dutch));
    QTemporaryDir dir;
    StoreCreateOptions options;
    options.kdf = KdfParams::minimum();
    StoreError error;
    QString recovery;
    auto store
        = Store::create(dir.filePath(u"kluis"_s), test::testUser,
                        SecureBytes::fromUtf8(test::testPassword), options, &recovery, &error);
    QVERIFY2(store, qPrintable(error.detail()));
    MainWindow window(Session { *store }); // a beheerder: every page and every action
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QList<KeyBinding> bindings = bindingsOf(&window);
    QVERIFY(bindings.size() > 20);
    QStringList ambiguous;
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        for (qsizetype j = i + 1; j < bindings.size(); ++j) {
            const KeyBinding &a = bindings.at(i);
            const KeyBinding &b = bindings.at(j);
            if (a.keys == b.keys && overlaps(a.scope, b.scope))
                ambiguous << u"%1: %2 and %3"_s.arg(a.keys.toString(), a.name, b.name);
        }
    }
    QVERIFY2(ambiguous.isEmpty(), qPrintable(u"\n"_s + ambiguous.join(u'\n')));
}

QTEST_MAIN(TestShortcuts)
// An import or restore runs behind a progress dialog: a space or Enter typed meanwhile (the
// next field's text, a habit) must not cancel it. Escape still does, as Qt's dialogs promise.
void TestShortcuts::typedKeysDoNotCancelProgress()
{
    pd::ui::watchDialogFocus();
    QProgressDialog progress(u"Bezig…"_s, u"Annuleren"_s, 0, 100);
    QSignalSpy cancelled(&progress, &QProgressDialog::canceled);
    progress.show();
    QVERIFY(QTest::qWaitForWindowExposed(&progress));
    progress.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&progress));
    QWidget *keys = QApplication::focusWidget() ? QApplication::focusWidget() : &progress;
    QTest::keyClicks(keys, u"a b c"_s);
    QTest::keyClick(keys, Qt::Key_Return);
    QTest::keyClick(keys, Qt::Key_Enter);
    QTest::keyClick(keys, Qt::Key_Space);
    QCOMPARE(cancelled.count(), 0);
    QTest::keyClick(keys, Qt::Key_Escape);
    QCOMPARE(cancelled.count(), 1);
}

#include "tst_shortcuts.moc"
