#include "DialogFocus.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace pd::ui {

namespace {

bool takesTypedInput(const QWidget *widget)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(widget))
        return !line->isReadOnly();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
        return !plain->isReadOnly();
    if (const auto *text = qobject_cast<const QTextEdit *>(widget))
        return !text->isReadOnly();
    return qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QComboBox *>(widget);
}

} // namespace

QWidget *firstInput(QWidget *dialog)
{
    if (!dialog)
        return nullptr;
    for (QWidget *widget = dialog->nextInFocusChain(); widget && widget != dialog;
         widget = widget->nextInFocusChain()) {
        if (dialog->isAncestorOf(widget) && widget->isVisibleTo(dialog) && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus) && takesTypedInput(widget))
            return widget;
    }
    return nullptr;
}

void focusFirstInput(QWidget *dialog)
{
    if (QWidget *input = firstInput(dialog))
        input->setFocus(Qt::TabFocusReason);
}

} // namespace pd::ui
