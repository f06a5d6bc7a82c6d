#pragma once

#include <QCoreApplication>

class QWidget;

namespace pd::ui {

// Names for what Qt draws without one, for a screen reader.
class AccessibleNames final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::AccessibleNames)
public:
    // The "»" button a tool bar shows when its actions do not fit ("Meer acties"), for every
    // tool bar under root; again after a change of language.
    static void nameToolBarExtensions(QWidget *root);
};

} // namespace pd::ui
