#pragma once

#include <QAbstractItemView>
#include <QHeaderView>
#include <QTableView>

namespace pd::ui {

// A table one picks a whole row from, one at a time: its cells are not edited in place and its
// rows are not numbered.
inline void pickWholeRows(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
}

} // namespace pd::ui
