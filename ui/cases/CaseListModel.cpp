#include "cases/CaseListModel.h"

#include "ColumnTitles.h"
#include "DateText.h"
#include "Icons.h"
#include "store/Store.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace pd::ui {

namespace {

// Light backgrounds with dark text, so that the rows read the same in a dark theme; the
// days-left column also says it in words and with an icon.
const QColor overdueBackground(253, 226, 225);
const QColor overdueText(150, 20, 20);
const QColor dueBackground(255, 243, 205);
const QColor dueText(120, 70, 0);
const QColor rowText(32, 32, 32);

QString longDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
}

// See CaseListModel::UrgencyRole. A request whose clock stands still for identification is not
// urgent, whatever its (earliest) deadline says; one answered late is history, not urgent.
int urgency(const CaseListRow &row)
{
    if (!row.isOpen() || row.paused)
        return 0;
    if (row.lateness.legalDays > 0)
        return 3;
    if (row.lateness.late() || row.isOverdue())
        return 2;
    return row.isDueWithinWeek() ? 1 : 0;
}

// Each clock's deadline, for the tooltip: "wettelijke termijn 5 maart 2026; eigen termijn ...".
QString clockDeadlines(const CaseListRow &row)
{
    QStringList parts;
    if (row.lateness.legalDeadline.isValid())
        parts << CaseListModel::tr("legal deadline %1").arg(longDate(row.lateness.legalDeadline));
    if (row.lateness.policyDeadline.isValid())
        parts << CaseListModel::tr("own deadline %1").arg(longDate(row.lateness.policyDeadline));
    return parts.join(QStringLiteral("; "));
}

} // namespace

CaseListModel::CaseListModel(const Session &session, QObject *parent)
    : CountedTableModel(parent)
    , m_query(session, session.userName())
{
    reload();
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int CaseListModel::rowOf(qint64 caseId) const
{
    return caseId > 0 ? m_query.rowOf(effectiveFilter(), m_sort, caseId) : -1;
}

void CaseListModel::loadRow(int row)
{
    while (row >= m_rows.size() && canFetchMore({}))
        fetchMore({});
}

QString CaseListModel::daysLeftText(const CaseListRow &row)
{
    // Late against the law and late against the organisation's own deadline are different facts:
    // each clock with its own count, also for a request answered late.
    if (row.lateness.late())
        return row.lateness.text();
    if (!row.isOpen() || !row.deadline.isValid())
        return QString();
    if (row.paused)
        return tr("paused, awaiting identification");
    if (row.daysLeft < 0)
        return tr("%Ln day(s) overdue", nullptr, -row.daysLeft);
    if (row.daysLeft == 0)
        return tr("due today");
    return tr("%Ln day(s) left", nullptr, row.daysLeft);
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    const CaseListRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, column);
    case Qt::ToolTipRole:
        return toolTip(*row, column);
    case Qt::DecorationRole:
        if (column == DaysLeftColumn) {
            switch (urgency(*row)) {
            case 3:
            case 2:
                return icons::warning();
            case 1:
                return icons::retention();
            default:
                return {};
            }
        }
        return {};
    case Qt::BackgroundRole:
        switch (urgency(*row)) {
        case 3:
        case 2:
            return QBrush(overdueBackground);
        case 1:
            return QBrush(dueBackground);
        default:
            return {};
        }
    case Qt::ForegroundRole: {
        const int level = urgency(*row);
        if (level == 0)
            return {};
        if (column == DaysLeftColumn || column == DeadlineColumn)
            return QBrush(level >= 2 ? overdueText : dueText);
        return QBrush(rowText);
    }
    case Qt::FontRole:
        if (column == DaysLeftColumn && urgency(*row) >= 2) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    case CaseIdRole:
        return row->id;
    case CaseNumberRole:
        return row->number;
    case UrgencyRole:
        return urgency(*row);
    case LateLegalDaysRole:
        return row->lateness.legalDays;
    case LatePolicyDaysRole:
        return row->lateness.policyDays;
    default:
        return {};
    }
}

// The text of a cell: what the list shows, and what a screen reader reads.
QVariant CaseListModel::displayText(const CaseListRow &row, int column) const
{
    switch (column) {
    case NumberColumn:
        return row.number;
    case PersonColumn:
        //: Dutch: "%1 (beperkt)": the person's processing is restricted (art. 18 AVG)
        return row.restricted ? tr("%1 (restricted)").arg(row.personName) : row.personName;
    case TypesColumn: {
        QStringList labels;
        for (RequestType type : row.types)
            labels << codes::label(type);
        return labels.join(QStringLiteral(", "));
    }
    case ChannelColumn:
        return codes::label(row.channel);
    case ReceivedColumn:
        return shortDate(row.receivedDate);
    case StateColumn:
        return row.extended && row.isOpen() ? tr("%1, extended").arg(codes::label(row.state))
                                            : codes::label(row.state);
    case DeadlineColumn:
        return shortDate(row.deadline);
    case DaysLeftColumn:
        return daysLeftText(row);
    case HandlerColumn:
        return row.handler;
    default:
        return {};
    }
}

// The deadline in full with how it stands (late on which clock, paused, closed); the received
// date in full; the shown text for the columns that may be cut off.
QVariant CaseListModel::toolTip(const CaseListRow &row, int column) const
{
    switch (column) {
    case DeadlineColumn:
    case DaysLeftColumn:
        if (!row.deadline.isValid())
            return {};
        if (!row.isOpen() && row.lateness.late())
            return tr("Answered on %1: %2 (%3).")
                .arg(longDate(row.closedOn), row.lateness.text(), clockDeadlines(row));
        if (!row.isOpen())
            return tr("Deadline %1; the request is closed.").arg(longDate(row.deadline));
        if (row.paused)
            return tr("The deadline stands still until the identification is received; it "
                      "is %1 at the earliest.")
                .arg(longDate(row.deadline));
        if (row.lateness.late())
            return tr("Deadline %1: %2 (%3).")
                .arg(longDate(row.deadline), row.lateness.text(), clockDeadlines(row));
        return tr("Deadline %1: %2").arg(longDate(row.deadline), daysLeftText(row));
    case ReceivedColumn:
        return longDate(row.receivedDate);
    case TypesColumn:
    case PersonColumn:
    case ChannelColumn:
    case StateColumn:
        return displayText(row, column);
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static constexpr const char *titles[] = {
        QT_TR_NOOP("Number"),   QT_TR_NOOP("Data subject"), QT_TR_NOOP("Kind"),
        QT_TR_NOOP("Channel"),  QT_TR_NOOP("Received"),     QT_TR_NOOP("Status"),
        QT_TR_NOOP("Deadline"), QT_TR_NOOP("Days left"),    QT_TR_NOOP("Handler"),
    };
    return columnTitle<CaseListModel>(titles, section, orientation, role);
}

QList<CaseListRow> CaseListModel::readNextPage(ServiceError *error) const
{
    // By keyset: the rows after the last one loaded, an index range in every sort order, so that
    // the last page costs what the first does (an offset reads every row before it).
    return m_rows.isEmpty()
        ? m_query.page(effectiveFilter(), m_sort, 0, pageSize, error)
        : m_query.pageAfter(effectiveFilter(), m_sort, m_rows.constLast(), pageSize, error);
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const CaseSort sort { static_cast<CaseColumn>(column), order };
    if (sort.column == m_sort.column && sort.order == m_sort.order)
        return;
    m_sort = sort;
    reload();
}

void CaseListModel::setFilter(const CaseListFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void CaseListModel::setToday(QDate today)
{
    m_today = today;
    reload();
}

CaseListFilter CaseListModel::effectiveFilter() const
{
    CaseListFilter filter = m_filter;
    // A filter with a day of its own (a dashboard's peildatum) counts from that day.
    if (!filter.today.isValid())
        filter.today = m_today;
    return filter;
}

void CaseListModel::read(const CaseListFilter &filter, int load)
{
    ServiceError error;
    m_total = m_query.count(filter, &error);
    if (!error.isError())
        m_rows = m_query.page(filter, m_sort, 0, load, &error);
    if (!error.isError())
        m_hidden = m_query.hiddenByState(filter, &error);
    if (error.isError()) {
        // An error state, never an empty list: errorText() says why.
        m_rows.clear();
        m_total = 0;
        m_hidden.clear();
    }
    setError(error);
}

void CaseListModel::reload()
{
    beginResetModel();
    read(effectiveFilter(), pageSize);
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
}

int CaseListModel::refresh(qint64 keepCaseId)
{
    const CaseListFilter filter = effectiveFilter();
    ServiceError error;
    const int keepRow = keepCaseId > 0 ? m_query.rowOf(filter, m_sort, keepCaseId, &error) : -1;
    const int load
        = wholePages(std::max({ static_cast<int>(m_rows.size()), pageSize, keepRow + 1 }));
    beginResetModel();
    read(filter, load);
    if (!m_error.isEmpty() || error.isError()) {
        if (m_error.isEmpty())
            setError(error);
        m_rows.clear();
        m_total = 0;
    }
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
    return keepRow < m_rows.size() ? keepRow : -1;
}

int CaseListModel::storeCount() const
{
    ServiceError error;
    const int count = m_query.count(CaseListFilter {}, &error);
    return error.isError() ? -1 : count;
}

QStringList CaseListModel::handlers(ServiceError *error) const
{
    return m_query.handlers(error);
}

} // namespace pd::ui
