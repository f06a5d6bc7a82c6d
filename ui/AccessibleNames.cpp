#include "AccessibleNames.h"

#include <QToolBar>
#include <QToolButton>

namespace pd::ui {

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
