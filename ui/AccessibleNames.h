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
};

} // namespace pd::ui
