// The Tijdlijn tab of a request: its audit events in words, newest first unless unticked, and
// under a change made by hand on a server what the row trail kept of it.

#include "MessageLabel.h"
#include "Named.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "documents/EventText.h"
#include "documents/RowChangeText.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace pd::ui {

namespace {

// Rows as high as their wrapped sentence: QTreeView asks its delegate for a size without the
// column's width, so long sentences would otherwise be cut off at the right edge.
class WrappingDelegate final : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    { }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() != 1)
            return size;
        const int width = m_view->columnWidth(index.column()) - 12;
        if (width <= 0)
            return size;
        const QRect bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, index.data().toString());
        size.setHeight(bounds.height() + 8);
        return size;
    }

private:
    QTreeView *m_view;
};

} // namespace

QWidget *CaseDetailWidget::createTimelineTab()
{
    auto *tab = named<QWidget>(QStringLiteral("timelineTab"), this);
    m_newestFirst = named<QCheckBox>(QStringLiteral("newestFirst"), tab);
    m_newestFirst->setChecked(true);
    m_timelineModel = new QStandardItemModel(0, 2, this);
    m_timelineView = named<QTreeView>(QStringLiteral("timeline"), tab);
    m_timelineView->setModel(m_timelineModel);
    m_timelineView->setRootIsDecorated(false);
    m_timelineView->setItemsExpandable(false);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->setWordWrap(true);
    m_timelineView->setUniformRowHeights(false);
    m_timelineView->setTextElideMode(Qt::ElideNone);
    m_timelineView->header()->setStretchLastSection(true);
    m_timelineView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timelineView->setItemDelegate(new WrappingDelegate(m_timelineView));
    m_timelineError = named<MessageLabel>(QStringLiteral("timelineError"), tab);
    connect(m_timelineView->header(), &QHeaderView::sectionResized, m_timelineView,
            [view = m_timelineView] { view->doItemsLayout(); });
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_newestFirst);
    layout->addWidget(m_timelineError);
    layout->addWidget(m_timelineView, 1);
    connect(m_newestFirst, &QCheckBox::toggled, this, &CaseDetailWidget::fillTimeline);
    return tab;
}

void CaseDetailWidget::fillTimeline()
{
    m_timelineModel->removeRows(0, m_timelineModel->rowCount());
    QList<AuditEvent> events = m_events;
    if (m_newestFirst->isChecked())
        std::reverse(events.begin(), events.end());
    for (const AuditEvent &event : std::as_const(events)) {
        auto *when = new QStandardItem(EventText::when(event));
        QString sentence = EventText::sentence(event, m_events);
        QString tip = sentence;
        // A change made by hand: what the server's row trail kept of it, beneath.
        if (const auto change = m_handChanges.constFind(event.seq);
            change != m_handChanges.cend()) {
            if (const QString values = RowChangeText::values(*change, 200); !values.isEmpty()) {
                sentence += u'\n' + values;
                tip += u'\n' + RowChangeText::values(*change);
            }
        }
        auto *what = new QStandardItem(sentence);
        what->setToolTip(tip);
        when->setData(event.seq, Qt::UserRole);
        what->setData(event.action, Qt::UserRole);
        if (event.payloadDestroyed) {
            QFont italic = what->font();
            italic.setItalic(true);
            what->setFont(italic);
        }
        m_timelineModel->appendRow({ when, what });
    }
}

void CaseDetailWidget::setTimelineError(const ServiceError &error)
{
    m_timelineError->setMessage(error.isError() ? error.message : QString());
    m_newestFirst->setVisible(!error.isError());
    m_timelineView->setVisible(!error.isError());
}

QStringList CaseDetailWidget::timelineLines() const
{
    QStringList lines;
    for (int row = 0; row < m_timelineModel->rowCount(); ++row)
        lines << m_timelineModel->item(row, 0)->text() + QStringLiteral(" — ")
                + m_timelineModel->item(row, 1)->text();
    return lines;
}

} // namespace pd::ui
