#include "dashboards/ChartKeys.h"

#include <QAbstractBarSeries>
#include <QAccessible>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QKeyEvent>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QPieSeries>
#include <QPieSlice>

#include <functional>

namespace pd::ui {

namespace {

// What the keys reach: a bar, a slice or a point, read from the chart as it is now (a refresh
// replaces its series).
struct Item
{
    QString text;
    std::function<void(bool on)> mark;
    std::function<void()> press;
};

QStringList categoriesOf(const QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
    }
    return {};
}

QString named(const QString &first, const QString &second, qreal value)
{
    QString text = first;
    if (!second.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" · ")) + second;
    return text + QStringLiteral(": ") + QLocale().toString(value);
}

void addBars(QAbstractBarSeries *series, const QStringList &categories, QList<Item> &items)
{
    const QList<QBarSet *> sets = series->barSets();
    qsizetype longest = 0;
    for (const QBarSet *set : sets)
        longest = std::max<qsizetype>(longest, set->count());
    // Column by column, as the bars stand: a month's sets together.
    for (int index = 0; index < longest; ++index) {
        for (QBarSet *set : sets) {
            if (index >= set->count() || set->at(index) == 0)
                continue;
            const QString category = index < categories.size() ? categories.at(index) : QString();
            items << Item { named(category, set->label(), set->at(index)),
                            [set, index](bool on) {
                                if (!on) {
                                    set->deselectAllBars();
                                    return;
                                }
                                set->setSelectedColor(QPalette().color(QPalette::Highlight));
                                set->selectBar(index);
                            },
                            [set, index] {
                                Q_EMIT set->clicked(index);
                            } };
        }
    }
}

void addSlices(QPieSeries *pie, QList<Item> &items)
{
    const QList<QPieSlice *> slices = pie->slices();
    for (QPieSlice *slice : slices) {
        if (slice->value() == 0)
            continue;
        items << Item { named(slice->label(), {}, slice->value()),
                        [slice](bool on) { slice->setExploded(on); },
                        [slice] {
                            Q_EMIT slice->clicked();
                        } };
    }
}

void addPoints(QXYSeries *line, const QStringList &categories, QList<Item> &items)
{
    for (int index = 0; index < line->count(); ++index) {
        const QPointF point = line->at(index);
        const int at = qRound(point.x());
        const QString category
            = at >= 0 && at < categories.size() ? categories.at(at) : QLocale().toString(point.x());
        items << Item { named(category, line->name(), point.y()),
                        [line, index](bool on) {
                            if (on)
                                line->selectPoint(index);
                            else
                                line->deselectAllPoints();
                        },
                        [line, point] {
                            Q_EMIT line->clicked(point);
                        } };
    }
}

QList<Item> itemsOf(const QChart *chart)
{
    QList<Item> items;
    const QStringList categories = categoriesOf(chart);
    for (QAbstractSeries *series : chart->series()) {
        if (!series->isVisible())
            continue;
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            addBars(bars, categories, items);
        else if (auto *pie = qobject_cast<QPieSeries *>(series))
            addSlices(pie, items);
        else if (auto *line = qobject_cast<QXYSeries *>(series))
            addPoints(line, categories, items);
    }
    return items;
}

} // namespace

ChartKeys::ChartKeys(QChartView *view)
    : QObject(view)
    , m_view(view)
{
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->installEventFilter(this);
}

int ChartKeys::count() const
{
    return int(itemsOf(m_view->chart()).size());
}

bool ChartKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view)
        return false;
    if (event->type() == QEvent::FocusIn) {
        move(std::max(m_current, 0));
        return false;
    }
    if (event->type() == QEvent::FocusOut) {
        clear();
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    switch (key->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        move(m_current + 1);
        return true;
    case Qt::Key_Left:
    case Qt::Key_Up:
        move(m_current - 1);
        return true;
    case Qt::Key_Home:
        move(0);
        return true;
    case Qt::Key_End:
        move(count() - 1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        press();
        return true;
    default:
        return false;
    }
}

void ChartKeys::move(int to)
{
    const QList<Item> items = itemsOf(m_view->chart());
    for (const Item &item : items)
        item.mark(false);
    if (items.isEmpty()) {
        m_current = -1;
        m_text.clear();
    } else {
        m_current = std::clamp(to, 0, int(items.size()) - 1);
        items.at(m_current).mark(true);
        m_text = items.at(m_current).text;
    }
    m_view->setAccessibleDescription(m_text);
    if (QAccessible::isActive()) {
        QAccessibleEvent said(m_view, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&said);
    }
    Q_EMIT changed(m_text);
}

void ChartKeys::press()
{
    const QList<Item> items = itemsOf(m_view->chart());
    if (m_current >= 0 && m_current < items.size())
        items.at(m_current).press();
}

void ChartKeys::clear()
{
    for (const Item &item : itemsOf(m_view->chart()))
        item.mark(false);
    m_text.clear();
    Q_EMIT changed(m_text);
}

} // namespace pd::ui
