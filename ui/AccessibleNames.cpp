#include "AccessibleNames.h"

#include <QAbstractItemView>
#include <QAccessibleWidget>
#include <QComboBox>
#include <QKeySequence>
#include <QLineEdit>
#include <QToolBar>
#include <QToolButton>

namespace pd::ui {

namespace {

// A combo box as a screen reader gets it: its label as its name (never its value, so an
// unlabelled one is found by tst_accessibility), its choice as its value; its children, state
// and actions as Qt's own interface has them (the popup's list, an editable one's field).
class ComboBoxAccessible final : public QAccessibleWidget
{
public:
    explicit ComboBoxAccessible(QComboBox *box)
        : QAccessibleWidget(box, QAccessible::ComboBox)
    { }

    QString text(QAccessible::Text kind) const override
    {
        if (kind == QAccessible::Value)
            return box()->isEditable() ? box()->lineEdit()->text() : box()->currentText();
        if (kind == QAccessible::Accelerator)
            return QKeySequence(Qt::Key_Down).toString(QKeySequence::NativeText);
        return QAccessibleWidget::text(kind); // Name: its accessible name, else its label's text
    }
    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.expandable = true;
        state.expanded = box()->view()->isVisible();
        state.editable = box()->isEditable();
        return state;
    }
    int childCount() const override { return box()->isEditable() ? 2 : 1; }
    QAccessibleInterface *child(int index) const override
    {
        if (index == 0)
            return QAccessible::queryAccessibleInterface(box()->view());
        if (index == 1 && box()->isEditable())
            return QAccessible::queryAccessibleInterface(box()->lineEdit());
        return nullptr;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        if (!child)
            return -1;
        if (child->object() == box()->view())
            return 0;
        return box()->isEditable() && child->object() == box()->lineEdit() ? 1 : -1;
    }
    // An editable combo box is its field's focus proxy: the field has the keyboard.
    QAccessibleInterface *focusChild() const override
    {
        return box()->isEditable() ? child(1) : nullptr;
    }
    QStringList actionNames() const override { return { showMenuAction(), pressAction() }; }
    void doAction(const QString &action) override
    {
        if (action != showMenuAction() && action != pressAction())
            return;
        if (box()->view()->isVisible())
            box()->hidePopup();
        else
            box()->showPopup();
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    QComboBox *box() const { return static_cast<QComboBox *>(widget()); }
};

QAccessibleInterface *comboBoxInterface(const QString &className, QObject *object)
{
    if (className != QLatin1StringView(QComboBox::staticMetaObject.className()))
        return nullptr;
    auto *box = qobject_cast<QComboBox *>(object);
    return box ? new ComboBoxAccessible(box) : nullptr;
}

} // namespace

void AccessibleNames::nameComboBoxesByLabel()
{
    static const bool installed = [] {
        QAccessible::installFactory(comboBoxInterface);
        return true;
    }();
    Q_UNUSED(installed)
}

void AccessibleNames::nameToolBarExtensions(QWidget *root)
{
    if (!root)
        return;
    const QList<QToolBar *> bars = root->findChildren<QToolBar *>();
    for (QToolBar *bar : bars) {
        // Qt's own button, made with the tool bar's layout: found by the name Qt gives it.
        auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        if (!more)
            continue;
        //: Dutch: "Meer acties"
        more->setAccessibleName(tr("More actions"));
        //: Dutch: "Meer acties: wat niet in de werkbalk past"
        more->setToolTip(tr("More actions: what does not fit in the tool bar"));
    }
}

} // namespace pd::ui
