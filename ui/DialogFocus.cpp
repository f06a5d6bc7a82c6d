#include "DialogFocus.h"

#include "AltLetters.h"
#include "Named.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QEvent>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QWizard>

namespace pd::ui {

namespace {

constexpr char wizardWatchedProperty[] = "pdFocusFollowsPages";

bool takesTypedInput(const QWidget *widget)
{
    return isWritableText(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QComboBox *>(widget);
}

bool canTakeFocus(const QWidget *dialog, const QWidget *widget)
{
    return dialog->isAncestorOf(widget) && widget->isVisibleTo(dialog) && widget->isEnabled()
        && (widget->focusPolicy() & Qt::TabFocus);
}

// The dialog put the keyboard somewhere itself before it was shown: not on a push button,
// which QDialog picks on its own when the first widget in tab order is one.
bool choseItsOwnFocus(QWidget *dialog)
{
    const QWidget *current = dialog->focusWidget();
    if (!current || current == dialog || !dialog->isAncestorOf(current))
        return false;
    const auto *button = qobject_cast<const QAbstractButton *>(current);
    return !button || button->isCheckable();
}

// A wizard page with nothing to type into whose buttons are still disabled (a check running)
// would leave the keyboard nowhere: then the wizard itself holds it, typed keys stay in it and
// Enter reaches its default button once that is enabled.
void placeFocus(QWizard *wizard)
{
    if (wizard->currentPage())
        focusFirstInput(wizard->currentPage());
    const QWidget *current = wizard->focusWidget();
    if (!current || !current->isVisibleTo(wizard) || !current->isEnabled())
        wizard->setFocus(Qt::OtherFocusReason);
}

// A progress dialog has nothing to type into, and Qt gives its Cancel button the keyboard:
// a space or Enter typed while the work runs would cancel it. Its buttons are for the mouse;
// Escape (the dialog's own shortcut) still cancels on purpose.
void keepTypedKeysFromCancelling(QProgressDialog *progress)
{
    const auto buttons = progress->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        button->setFocusPolicy(Qt::NoFocus);
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
}

class DialogFocusFilter final : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Show || event->spontaneous() || !watched->isWidgetType())
            return false;
        auto *dialog = qobject_cast<QDialog *>(watched);
        if (!dialog || !dialog->isWindow())
            return false;
        giveButtonsAltLetters(dialog);
        // Runs before the dialog's own showEvent, which may still move the focus.
        if (auto *progress = qobject_cast<QProgressDialog *>(dialog)) {
            keepTypedKeysFromCancelling(progress);
            return false;
        }
        if (auto *wizard = qobject_cast<QWizard *>(dialog)) {
            followPages(wizard);
            placeFocus(wizard);
        } else if (!choseItsOwnFocus(dialog)) {
            focusFirstInput(dialog);
        }
        return false;
    }

private:
    // QWizard gives each new page's first focusable child the focus (a button, as often as
    // not) and then says currentIdChanged: the page's input gets it after that.
    static void followPages(QWizard *wizard)
    {
        if (wizard->property(wizardWatchedProperty).toBool())
            return;
        wizard->setProperty(wizardWatchedProperty, true);
        QObject::connect(wizard, &QWizard::currentIdChanged, wizard, [wizard] {
            placeFocus(wizard);
            // It writes its buttons' texts again on every page (Volgende becomes Voltooien).
            QTimer::singleShot(0, wizard, [wizard] { giveButtonsAltLetters(wizard); });
        });
    }
};

} // namespace

QWidget *firstInput(QWidget *dialog)
{
    if (!dialog)
        return nullptr;
    for (QWidget *widget = dialog->nextInFocusChain(); widget && widget != dialog;
         widget = widget->nextInFocusChain()) {
        if (canTakeFocus(dialog, widget) && takesTypedInput(widget))
            return widget;
    }
    return nullptr;
}

void focusFirstInput(QWidget *dialog)
{
    if (QWidget *input = firstInput(dialog))
        input->setFocus(Qt::TabFocusReason);
}

void watchDialogFocus()
{
    static constexpr char name[] = "pdDialogFocus";
    if (!qApp || qApp->findChild<QObject *>(QLatin1StringView(name), Qt::FindDirectChildrenOnly))
        return;
    auto *filter = named<DialogFocusFilter>(QLatin1StringView(name), qApp);
    qApp->installEventFilter(filter);
}

} // namespace pd::ui
