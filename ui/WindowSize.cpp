#include "WindowSize.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLayout>
#include <QScreen>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace pd::ui {

namespace {

const QScreen *screenOf(const QWidget *widget)
{
    const QScreen *screen = widget ? widget->screen() : nullptr;
    return screen ? screen : QGuiApplication::primaryScreen();
}

} // namespace

void resizeWithinScreen(QWidget *window, QSize wanted, double share)
{
    if (const QScreen *screen = screenOf(window))
        wanted = wanted.boundedTo(screen->availableSize() * share);
    window->resize(wanted);
}

QSize availableScreenSize(const QWidget *widget)
{
    const QScreen *screen = screenOf(widget);
    return screen ? screen->availableSize() : QSize(1200, 800);
}

void growWithinScreen(QWidget *window)
{
    if (!window || !window->isVisible() || !window->layout())
        return;
    window->layout()->activate();
    // The window frame (title bar, borders) comes on top of the window's own size.
    const QSize frame = window->frameGeometry().size() - window->size();
    const QScreen *screen = screenOf(window);
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1200, 800);
    const QSize room = available.size() - frame;
    // Down as far as the form asks; sideways only as far as it must (the dialog chose its width).
    QSize wanted(window->minimumSizeHint().width(), window->sizeHint().height());
    if (window->layout()->hasHeightForWidth())
        wanted.setHeight(
            std::max(wanted.height(), window->layout()->totalHeightForWidth(window->width())));
    wanted = wanted.expandedTo(window->size()).boundedTo(room);
    if (wanted != window->size())
        window->resize(wanted);
    // Placed when it was smaller: wholly on the screen again, its buttons in reach.
    const QRect outer = window->frameGeometry();
    const int x = std::clamp(outer.x(), available.left(),
                             std::max(available.left(), available.right() + 1 - outer.width()));
    const int y = std::clamp(outer.y(), available.top(),
                             std::max(available.top(), available.bottom() + 1 - outer.height()));
    if (x != outer.x() || y != outer.y())
        window->move(window->pos() + QPoint(x - outer.x(), y - outer.y()));
}

void fitColumnsToContents(QTableView *view, const QList<int> &columns, bool shrink)
{
    QHeaderView *header = view->horizontalHeader();
    for (const int column : columns) {
        if (column < 0 || column >= header->count() || header->isSectionHidden(column))
            continue;
        // The rows in view (the table asks its delegate, with the row's font and icon).
        int wanted
            = std::max(header->sectionSizeHint(column),
                       static_cast<const QAbstractItemView *>(view)->sizeHintForColumn(column));
        if (!shrink)
            wanted = std::max(wanted, header->sectionSize(column));
        if (wanted != header->sectionSize(column))
            header->resizeSection(column, wanted);
    }
}

void giveRestToColumn(QTableView *view, int column, int least)
{
    QHeaderView *header = view->horizontalHeader();
    int others = 0;
    for (int other = 0; other < header->count(); ++other) {
        if (other != column && !header->isSectionHidden(other))
            others += header->sectionSize(other);
    }
    header->resizeSection(column, std::max(least, view->viewport()->width() - others));
}

namespace {

class ColumnFitter final : public QObject
{
public:
    ColumnFitter(QTableView *view, const QList<int> &shortColumns, int longColumn, int least)
        : QObject(view)
        , m_view(view)
        , m_short(shortColumns)
        , m_long(longColumn)
        , m_least(least)
    {
        view->viewport()->installEventFilter(this);
    }

    void fit()
    {
        fitColumnsToContents(m_view, m_short);
        giveRestToColumn(m_view, m_long, m_least);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view->viewport() && event->type() == QEvent::Resize)
            giveRestToColumn(m_view, m_long, m_least);
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_view;
    QList<int> m_short;
    int m_long;
    int m_least;
};

} // namespace

void keepColumnsFitted(QTableView *view, const QList<int> &shortColumns, int longColumn, int least)
{
    view->horizontalHeader()->setStretchLastSection(false);
    auto *fitter = new ColumnFitter(view, shortColumns, longColumn, least);
    // Queued: the view has taken the new rows in before they are measured.
    const auto fit = [fitter] {
        fitter->fit();
    };
    QAbstractItemModel *model = view->model();
    QObject::connect(model, &QAbstractItemModel::modelReset, fitter, fit, Qt::QueuedConnection);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, fitter, fit, Qt::QueuedConnection);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, fitter, fit, Qt::QueuedConnection);
    fitter->fit();
}

FormScrollArea::FormScrollArea(QWidget *form, QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("formScroll"));
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    form->setAutoFillBackground(false);
    setWidget(form);
    viewport()->setAutoFillBackground(false);
    form->installEventFilter(this);
}

QSize FormScrollArea::room() const
{
    return (availableScreenSize(this) - m_reserve).expandedTo(QSize(200, 120));
}

QSize FormScrollArea::sizeHint() const
{
    const QWidget *form = widget();
    if (!form)
        return QScrollArea::sizeHint();
    const QSize max = room();
    const int scrollBar = verticalScrollBar()->sizeHint().width();
    const int frame = 2 * frameWidth();
    QSize hint = form->sizeHint().expandedTo(form->minimumSizeHint());
    int width = std::min(hint.width(), max.width() - frame);
    int height = hint.height();
    if (form->hasHeightForWidth())
        height = std::max(height, form->heightForWidth(width));
    if (height + frame > max.height()) // it scrolls down: room for the scroll bar
        width = std::min(width + scrollBar, max.width() - frame);
    return QSize(width + frame, std::min(height + frame, max.height()));
}

QSize FormScrollArea::minimumSizeHint() const
{
    const QWidget *form = widget();
    if (!form)
        return QScrollArea::minimumSizeHint();
    const QSize max = room();
    const int frame = 2 * frameWidth();
    const int scrollBar = verticalScrollBar()->sizeHint().width();
    const QSize minimum = form->minimumSizeHint();
    // As wide as the form must be (plus its scroll bar), so that nothing is cut at the right;
    // as low as a few lines, since it scrolls down.
    return QSize(std::min(minimum.width() + scrollBar + frame, max.width()),
                 std::min(minimum.height() + frame, 120));
}

void FormScrollArea::growLater()
{
    // Once the form's layout has settled: the dialog grows with what was shown.
    if (m_growPending)
        return;
    m_growPending = true;
    QTimer::singleShot(0, this, [this] {
        m_growPending = false;
        growWithinScreen(window());
    });
}

void FormScrollArea::showEvent(QShowEvent *event)
{
    QScrollArea::showEvent(event);
    growLater();
}

bool FormScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest) {
        updateGeometry();
        growLater();
    }
    return QScrollArea::eventFilter(watched, event);
}

} // namespace pd::ui
