// What a screen reader gets from the desk, through Qt's accessibility interface the
// way an assistive technology reads it: from each top-level window down its accessible tree
// (QAccessibleInterface::child), never through the widgets themselves. On every page of the main
// window (every tab of it) and in every dialog and wizard page the desk opens (DialogWalks), in
// Dutch and in English, it fails on
//  - an interactive control without a name: a button, check box, radio button, combo box, spin
//    box, text field or list/table/tree view whose name is empty and that no label names;
//  - a clickable non-button: a widget that reacts to a click (it has a clicked() signal and
//    takes the focus or shows the hand cursor) but tells the screen reader it is not a button,
//    or offers no "press" action.
// Without a desktop's accessibility bridge (offscreen) QAccessible::queryAccessibleInterface
// still answers from the widgets' factories; QAccessible::setActive(true) makes Qt send the
// update events a bridge would get as well, as on a desktop with a screen reader running.

#include "AccessibleNames.h"
#include "DialogWalks.h"
#include "GuiTestSupport.h"
#include "HelpWindow.h"
#include "MainWindow.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "dashboards/DashboardWidgets.h"
#include "util/Translations.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QListWidget>
#include <QMetaMethod>
#include <QPointer>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;
using pd::test::Walk;

namespace {

// A frame that reacts to clicks and says nothing of it: what the walk must find.
class ClickableFrame final : public QFrame
{
    Q_OBJECT
public:
    using QFrame::QFrame;
Q_SIGNALS:
    void clicked();
};

QString describe(const QAccessibleInterface *iface)
{
    const QObject *object = iface->object();
    const QString what = object ? QString::fromLatin1(object->metaObject()->className()) + u" '"_s
            + object->objectName() + u'\''
                                : u"(no object)"_s;
    return what + u" role "_s + QString::number(int(iface->role()), 16);
}

// The roles a user operates, which a screen reader must be able to name.
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::EditableText:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::Slider:
        return true;
    default:
        return false;
    }
}

bool isButtonRole(QAccessible::Role role)
{
    return role == QAccessible::PushButton || role == QAccessible::CheckBox
        || role == QAccessible::RadioButton || role == QAccessible::ButtonMenu
        || role == QAccessible::ButtonDropDown || role == QAccessible::ButtonDropGrid
        || role == QAccessible::Link;
}

// The name a screen reader says: its own, or that of the label that labels it. A combo box must
// say its label as its name (Qt on Linux said its value, and screen readers skip the relation):
// its name alone counts, and never its value.
QString nameOf(QAccessibleInterface *iface)
{
    QString name = iface->text(QAccessible::Name);
    if (iface->role() == QAccessible::ComboBox)
        return name == iface->text(QAccessible::Value) ? QString() : name.trimmed();
    if (name.trimmed().isEmpty()) {
        const auto labels = iface->relations(QAccessible::Label);
        for (const auto &label : labels) {
            if (label.first && !label.first->text(QAccessible::Name).trimmed().isEmpty())
                return label.first->text(QAccessible::Name).trimmed();
        }
    }
    return name.trimmed();
}

// Reacts to a click: a clicked() signal, and it takes the keyboard or shows the hand cursor
// (a figure tile without a drill-down has the signal, but neither).
bool looksClickable(const QWidget *widget)
{
    if (!widget || !widget->isEnabled() || qobject_cast<const QAbstractItemView *>(widget))
        return false;
    const QMetaObject *meta = widget->metaObject();
    bool hasClicked = false;
    for (int i = 0; i < meta->methodCount() && !hasClicked; ++i) {
        const QMetaMethod method = meta->method(i);
        hasClicked = method.methodType() == QMetaMethod::Signal && method.name() == "clicked";
    }
    return hasClicked
        && (widget->focusPolicy() != Qt::NoFocus
            || (widget->testAttribute(Qt::WA_SetCursor)
                && widget->cursor().shape() == Qt::PointingHandCursor));
}

// A button is pressed; a check box, a radio button or a checkable tool button is toggled; a
// menu button (the tool bar's "»") shows its menu.
bool offersPress(QAccessibleInterface *iface)
{
    QAccessibleActionInterface *actions = iface->actionInterface();
    if (!actions)
        return false;
    const QStringList names = actions->actionNames();
    return names.contains(QAccessibleActionInterface::pressAction())
        || names.contains(QAccessibleActionInterface::toggleAction())
        || names.contains(QAccessibleActionInterface::showMenuAction());
}

// Walks the tree below iface: what is wrong, one line each. Views are checked, not their
// cells (a list of a thousand requests); a combo box's popup and a spin box's inner field
// belong to their control.
void walkTree(QAccessibleInterface *iface, QStringList *problems, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 60)
        return;
    if (iface->state().invisible || iface->state().offscreen)
        return;
    const QAccessible::Role role = iface->role();
    const auto *widget = qobject_cast<const QWidget *>(iface->object());
    if (isInteractive(role) && !iface->state().disabled && nameOf(iface).isEmpty())
        *problems << u"unnamed: "_s + describe(iface);
    if (looksClickable(widget)
        && (!isButtonRole(role) || !offersPress(iface) || nameOf(iface).isEmpty()))
        *problems << u"clickable but not a named button with a press action: "_s + describe(iface);
    if (role == QAccessible::List || role == QAccessible::Table || role == QAccessible::Tree
        || role == QAccessible::ComboBox || role == QAccessible::SpinBox)
        return;
    const int count = iface->childCount();
    for (int i = 0; i < count; ++i) {
        QAccessibleInterface *child = iface->child(i);
        // A child window (the guide beside a dialog) is walked as a top-level of its own.
        if (const auto *w = child ? qobject_cast<const QWidget *>(child->object()) : nullptr;
            w && w->isWindow())
            continue;
        walkTree(child, problems, depth + 1);
    }
}

QStringList problemsOf(QWidget *window)
{
    QStringList problems;
    walkTree(QAccessible::queryAccessibleInterface(window), &problems);
    problems.removeDuplicates();
    return problems;
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sidebarAndToolbarButtonHaveNames();
    void dashboardTilesAreButtons();
    void comboBoxesAreNamedByTheirLabel();
    void everyPage_data();
    void everyPage();
    void everyDialog_data();
    void everyDialog();
    void theGuide();
    void detectsWhatIsWrong();

private:
    void setLanguage(const QString &language);

    test::DialogWalkDesk m_desk;
    MainWindow *m_window = nullptr;
};

void TestAccessibility::initTestCase()
{
    QAccessible::setActive(true);
    AccessibleNames::nameComboBoxesByLabel(); // as the desk's Application does
    const QString failure = m_desk.build();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_window = m_desk.window();
}

void TestAccessibility::cleanupTestCase()
{
    m_window = nullptr;
    m_desk.close();
    QVERIFY(installTranslations(UiLanguage::English));
}

void TestAccessibility::setLanguage(const QString &language)
{
    QVERIFY(test::setDeskLanguage(language));
}

// The two the issue names: the list of sections on the left and the "»" button a tool bar
// shows when its actions do not fit, in both languages, visible or not.
void TestAccessibility::sidebarAndToolbarButtonHaveNames()
{
    for (const QString &language : { u"nl"_s, u"en"_s }) {
        setLanguage(language);
        auto *sidebar = m_window->findChild<QListWidget *>(u"navigation"_s);
        QVERIFY(sidebar);
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(sidebar);
        QVERIFY(list);
        QVERIFY2(!list->text(QAccessible::Name).isEmpty(), qPrintable(language));
        const QList<QToolBar *> bars = m_window->findChildren<QToolBar *>();
        QVERIFY(!bars.isEmpty());
        for (QToolBar *bar : bars) {
            auto *more = bar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
            QVERIFY(more);
            QAccessibleInterface *button = QAccessible::queryAccessibleInterface(more);
            QVERIFY2(button && !button->text(QAccessible::Name).isEmpty(),
                     qPrintable(language + u": "_s + bar->objectName()));
        }
    }
    // At 1200×800 with a request open the request's tool bar folds into "»": it is walked.
    setLanguage(u"nl"_s);
    m_window->setCurrentSection(MainWindow::Section::Requests);
    QVERIFY(m_window->caseDetail()->showCase(m_desk.caseNumber()));
    auto *bar = m_window->caseDetail()->findChild<QToolBar *>(u"caseActions"_s);
    QVERIFY(bar);
    m_window->caseDetail()->setMaximumWidth(360);
    auto *more = bar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
    QTRY_VERIFY(more->isVisible());
    QAccessibleInterface *button = QAccessible::queryAccessibleInterface(more);
    QVERIFY(!button->text(QAccessible::Name).isEmpty());
    QVERIFY(offersPress(button));
    const QStringList problems = problemsOf(m_window);
    m_window->caseDetail()->setMaximumWidth(QWIDGETSIZE_MAX);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
}

// A figure tile that leads to a list is a button to a screen reader: its name is the tile's
// text, and "press" does what a click does. One without a drill-down is text.
void TestAccessibility::dashboardTilesAreButtons()
{
    FigureTile tile;
    tile.setFigure(u"12"_s, u"over de termijn"_s);
    tile.setClickable(true);
    tile.show();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&tile);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::Button);
    QCOMPARE(iface->text(QAccessible::Name), u"12 over de termijn"_s);
    QVERIFY(offersPress(iface));
    int clicks = 0;
    connect(&tile, &FigureTile::clicked, this, [&clicks] { ++clicks; });
    iface->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(clicks, 1);
    // The figure changes: so does the name.
    tile.setFigure(u"13"_s, u"over de termijn"_s);
    QCOMPARE(iface->text(QAccessible::Name), u"13 over de termijn"_s);

    FigureTile plain;
    plain.setFigure(u"4"_s, u"verlengd"_s);
    plain.show();
    QAccessibleInterface *text = QAccessible::queryAccessibleInterface(&plain);
    QVERIFY(text->role() != QAccessible::Button);
    QCOMPARE(text->text(QAccessible::Name), u"4 verlengd"_s);
    QVERIFY(!offersPress(text));
}

// A combo box says its label, then its choice: "Relatie, combo box, Huurder", not "Huurder" (Qt's
// own on Linux). Its popup list and an editable one's field stay its children.
void TestAccessibility::comboBoxesAreNamedByTheirLabel()
{
    QWidget form;
    auto *layout = new QFormLayout(&form);
    auto *relation = new QComboBox(&form);
    relation->addItems({ u"Huurder"_s, u"Woningzoekende"_s });
    layout->addRow(u"&Relatie"_s, relation);
    auto *city = new QComboBox(&form);
    city->setEditable(true);
    city->setAccessibleName(u"Plaats"_s);
    city->setEditText(u"Enschede"_s);
    layout->addRow(city);
    auto *unnamed = new QComboBox(&form);
    unnamed->addItem(u"Alle"_s);
    layout->addRow(unnamed);
    form.show();

    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(relation);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::ComboBox);
    QCOMPARE(iface->text(QAccessible::Name), u"Relatie"_s);
    QCOMPARE(iface->text(QAccessible::Value), u"Huurder"_s);
    relation->setCurrentIndex(1);
    QCOMPARE(iface->text(QAccessible::Value), u"Woningzoekende"_s);
    QCOMPARE(iface->childCount(), 1);
    QCOMPARE(iface->child(0)->object(), relation->view());
    QVERIFY(iface->state().expandable && !iface->state().editable);
    QVERIFY(iface->actionInterface()->actionNames().contains(
        QAccessibleActionInterface::showMenuAction()));

    QAccessibleInterface *editable = QAccessible::queryAccessibleInterface(city);
    QCOMPARE(editable->text(QAccessible::Name), u"Plaats"_s);
    QCOMPARE(editable->text(QAccessible::Value), u"Enschede"_s);
    QCOMPARE(editable->childCount(), 2);
    QCOMPARE(editable->focusChild()->object(), city->lineEdit());
    QVERIFY(editable->state().editable);

    // Without a label it has no name, and the walk below says so.
    QAccessibleInterface *bare = QAccessible::queryAccessibleInterface(unnamed);
    QVERIFY(bare->text(QAccessible::Name).isEmpty());
    QVERIFY(nameOf(bare).isEmpty());
}

void TestAccessibility::everyPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("section");
    auto *sidebar = m_window->findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(sidebar);
    for (const QString &language : { u"nl"_s, u"en"_s }) {
        for (int i = 0; i < sidebar->count(); ++i) {
            if (!sidebar->item(i)->isHidden())
                QTest::addRow("%s section %d", qPrintable(language), i) << language << i;
        }
    }
}

// Each section of the main window, each tab of it, with the request open on the first.
void TestAccessibility::everyPage()
{
    QFETCH(QString, language);
    QFETCH(int, section);
    setLanguage(language);
    auto *sidebar = m_window->findChild<QListWidget *>(u"navigation"_s);
    sidebar->setCurrentRow(section);
    QCoreApplication::processEvents();
    QVERIFY(m_window->caseDetail()->showCase(m_desk.caseNumber()));
    QStringList problems = problemsOf(m_window);
    auto *pages = m_window->findChild<QWidget *>(u"pages"_s);
    QVERIFY(pages);
    const QList<QTabWidget *> tabs = pages->findChildren<QTabWidget *>();
    for (QTabWidget *tab : tabs) {
        if (!tab->isVisible())
            continue;
        const int was = tab->currentIndex();
        for (int i = 0; i < tab->count(); ++i) {
            if (!tab->isTabVisible(i) || !tab->isTabEnabled(i))
                continue;
            tab->setCurrentIndex(i);
            QCoreApplication::processEvents();
            for (const QString &problem : problemsOf(m_window))
                problems << tab->objectName() + u" tab "_s + QString::number(i) + u": "_s + problem;
        }
        tab->setCurrentIndex(was);
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
}

void TestAccessibility::everyDialog_data()
{
    m_desk.addWalkRows();
}

// Every dialog and every page of a wizard, as the desk opens them.
void TestAccessibility::everyDialog()
{
    QFETCH(QString, language);
    QFETCH(int, index);
    setLanguage(language);
    const Walk walk = m_desk.walks().at(index);
    QPointer<QDialog> dialog = test::openWalk(walk);
    QVERIFY2(dialog, qPrintable(walk.name));
    const auto cleanup = qScopeGuard([&dialog] { delete dialog.data(); });
    auto *wizard = qobject_cast<QWizard *>(dialog.data());
    for (int page = 0; page < 8; ++page) {
        const QStringList problems = problemsOf(dialog);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(walk.name + u" page "_s + QString::number(page) + u":\n"_s
                            + problems.join(u"\n"_s)));
        if (!wizard || !walk.next(wizard))
            return;
        QCoreApplication::processEvents();
    }
    QFAIL("a wizard of more than eight pages?");
}

// The user guide is a window of its own.
void TestAccessibility::theGuide()
{
    for (const QString &language : { u"nl"_s, u"en"_s }) {
        setLanguage(language);
        QPointer<HelpWindow> help = HelpWindow::open();
        QVERIFY(help);
        QVERIFY(QTest::qWaitForWindowExposed(help));
        const QStringList problems = problemsOf(help);
        help->close();
        QVERIFY2(problems.isEmpty(), qPrintable(language + u":\n"_s + problems.join(u"\n"_s)));
    }
}

// The walk itself finds an unnamed button, an unnamed view and a clickable frame that is no
// button, and passes a named button and a clickable tile.
void TestAccessibility::detectsWhatIsWrong()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *unnamed = new QToolButton(&window);
    unnamed->setObjectName(u"unnamed"_s);
    auto *named = new QToolButton(&window);
    named->setObjectName(u"named"_s);
    named->setAccessibleName(u"Named"_s);
    auto *view = new QListWidget(&window);
    view->setObjectName(u"view"_s);
    auto *frame = new ClickableFrame(&window);
    frame->setObjectName(u"frame"_s);
    frame->setFocusPolicy(Qt::StrongFocus);
    frame->setMinimumSize(40, 40);
    auto *tile = new FigureTile(&window);
    tile->setObjectName(u"tile"_s);
    tile->setFigure(u"1"_s, u"open"_s);
    tile->setClickable(true);
    for (QWidget *widget : { static_cast<QWidget *>(unnamed), static_cast<QWidget *>(named),
                             static_cast<QWidget *>(view), static_cast<QWidget *>(frame),
                             static_cast<QWidget *>(tile) })
        layout->addWidget(widget);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString problems = problemsOf(&window).join(u'\n');
    QVERIFY2(problems.contains(u"unnamed: QToolButton 'unnamed'"_s), qPrintable(problems));
    QVERIFY2(problems.contains(u"unnamed: QListWidget 'view'"_s), qPrintable(problems));
    QVERIFY2(problems.contains(u"not a named button with a press action: ClickableFrame 'frame'"_s),
             qPrintable(problems));
    QVERIFY2(!problems.contains(u"'named'"_s), qPrintable(problems));
    QVERIFY2(!problems.contains(u"'tile'"_s), qPrintable(problems));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
