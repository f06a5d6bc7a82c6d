#pragma once

#include <QCoreApplication>

class QWidget;

namespace pd::ui {

// Names for what Qt draws without one, for a screen reader.
class AccessibleNames final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::AccessibleNames)
public:
    // The "»" button of every tool bar under root; call again after a change of language.
    static void nameToolBarExtensions(QWidget *root);
    // Every combo box named by its label (or its own accessible name), its choice as its value.
    // Qt on Linux names a combo box by its current value and leaves the label to a relation,
    // which screen readers skip: "Huurder, combo box" instead of "Relatie, combo box,
    // Huurder". Once, for the application.
    static void nameComboBoxesByLabel();
};

} // namespace pd::ui
