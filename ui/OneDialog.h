#pragma once

#include <QPointer>
#include <QWidget>

namespace pd::ui {

// One dialog of a kind at a time: while the current one is open, a new one is dropped and the open
// one comes to the front, so that what was typed there is not lost behind a second copy. Otherwise
// the new one becomes current and is deleted when it closes. False when it was dropped.
template<typename Dialog> bool takeAsOnlyDialog(QPointer<Dialog> &current, Dialog *dialog)
{
    if (current && current->isVisible()) {
        delete dialog;
        current->raise();
        current->activateWindow();
        return false;
    }
    current = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return true;
}

} // namespace pd::ui
