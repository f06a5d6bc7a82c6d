#pragma once

#include "Named.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QTableView>
#include <QTableWidget>

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

// Every column but the last as wide as its contents; the last takes what is left, its long texts
// elided (whole in their tooltips, which the table's owner sets).
inline void fitColumnsStretchLast(QTableView *view, int columns)
{
    view->setWordWrap(false);
    for (int column = 0; column < columns - 1; ++column)
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(columns - 1, QHeaderView::Stretch);
}

// The tables of the systems' answers: rows filled in as they come, picked whole, the last column's
// long texts elided.
inline QTableWidget *answerTable(const QString &objectName, int columns, QWidget *parent)
{
    auto *table = named<QTableWidget>(objectName, 0, columns, parent);
    pickWholeRows(table);
    fitColumnsStretchLast(table, columns);
    return table;
}

} // namespace pd::ui
