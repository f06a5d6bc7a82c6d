#include "TabOrder.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLayout>
#include <QWidget>

#include <algorithm>
#include <utility>

namespace pd::ui {

namespace {

void collectLayout(const QLayout *layout, QList<QWidget *> &out);

bool hasFocusableInside(const QWidget *widget)
{
    const QList<QWidget *> children = widget->findChildren<QWidget *>();
    return std::any_of(children.cbegin(), children.cend(),
                       [](const QWidget *child) { return child->focusPolicy() & Qt::TabFocus; });
}

void collectWidget(QWidget *widget, QList<QWidget *> &out)
{
    if (!widget || widget->isWindow())
        return;
    if (widget->focusPolicy() & Qt::TabFocus) {
        out << widget;
        return;
    }
    if (widget->layout()) {
        collectLayout(widget->layout(), out);
        return;
    }
    if (hasFocusableInside(widget))
        out << widget;
}

void collectItem(QLayoutItem *item, QList<QWidget *> &out)
{
    if (!item)
        return;
    if (QWidget *widget = item->widget())
        collectWidget(widget, out);
    else if (const QLayout *inner = item->layout())
        collectLayout(inner, out);
}

void collectGrid(const QGridLayout *grid, QList<QWidget *> &out)
{
    struct Cell
    {
        int row;
        int column;
        QLayoutItem *item;
    };
    QList<Cell> cells;
    for (int i = 0; i < grid->count(); ++i) {
        int row = 0, column = 0, rows = 0, columns = 0;
        grid->getItemPosition(i, &row, &column, &rows, &columns);
        cells << Cell { row, column, grid->itemAt(i) };
    }
    std::stable_sort(cells.begin(), cells.end(), [](const Cell &a, const Cell &b) {
        return std::pair(a.row, a.column) < std::pair(b.row, b.column);
    });
    for (const Cell &cell : std::as_const(cells))
        collectItem(cell.item, out);
}

void collectForm(const QFormLayout *form, QList<QWidget *> &out)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        for (const auto role :
             { QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole })
            collectItem(form->itemAt(row, role), out);
    }
}

void collectLayout(const QLayout *layout, QList<QWidget *> &out)
{
    if (const auto *grid = qobject_cast<const QGridLayout *>(layout)) {
        collectGrid(grid, out);
        return;
    }
    if (const auto *form = qobject_cast<const QFormLayout *>(layout)) {
        collectForm(form, out);
        return;
    }
    for (int i = 0; i < layout->count(); ++i)
        collectItem(layout->itemAt(i), out);
}

} // namespace

void chainTabOrder(const QList<QWidget *> &order)
{
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

QList<QWidget *> inLayoutOrder(QWidget *container)
{
    QList<QWidget *> order;
    if (container && container->layout())
        collectLayout(container->layout(), order);
    return order;
}

void followLayout(QWidget *container)
{
    chainTabOrder(inLayoutOrder(container));
}

} // namespace pd::ui
