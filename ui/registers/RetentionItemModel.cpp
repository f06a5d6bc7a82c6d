#include "registers/RetentionItemModel.h"

#include "DateText.h"

namespace pd::ui {

RetentionItemModel::RetentionItemModel(const RetentionService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{ }

void RetentionItemModel::setQuery(const DueQuery &query)
{
    beginResetModel();
    m_query = query;
    m_query.offset = 0;
    m_query.limit = pageSize;
    ServiceError error;
    m_items = m_query.on.isValid() ? m_service.due(m_query, &error) : QList<RetentionItem>();
    // The data subjects of whom only the name and customer number are kept: shown as such.
    const QList<qint64> reduced
        = error.isError() ? QList<qint64> {} : m_service.reducedPersons(&error);
    m_reduced = QSet<qint64>(reduced.begin(), reduced.end());
    m_error = error.isError() ? tr("The list could not be read: %1").arg(error.message) : QString();
    m_complete = error.isError() || m_items.size() < pageSize;
    endResetModel();
}

const RetentionItem *RetentionItemModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int RetentionItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int RetentionItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetentionItemModel::data(const QModelIndex &index, int role) const
{
    const RetentionItem *it = item(index.row());
    if (!it)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Klantnummer:
            return it->klantnummer;
        case Name:
            // A breach of the register is no person's: it is named by its number and title.
            if (it->isBreach())
                return tr("Data breach %1: %2").arg(it->breachNumber, it->name);
            return m_reduced.contains(it->personId)
                ? tr("%1 (only name and customer number kept)").arg(it->name)
                : it->name;
        case Category:
            return it->rule.category;
        case Expires:
            return shortDate(it->expires);
        case State:
            return RetentionCodes::label(it->state);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines { it->rule.periodText() };
        if (!it->caseNumbers.isEmpty())
            lines << tr("Requests: %1").arg(it->caseNumbers.join(QStringLiteral(", ")));
        if (it->isBreach())
            lines
                << tr("Data breach %1, closed on %2").arg(it->breachNumber, shortDate(it->trigger));
        if (it->state == RetentionState::LegalHold)
            lines << tr("Legal hold: %1").arg(it->holdReason);
        if (!it->isBreach() && m_reduced.contains(it->personId))
            lines << tr("Everything else about this data subject has been destroyed; the name "
                        "and customer number are kept for this data only.");
        return lines.join(u'\n');
    }
    return {};
}

QVariant RetentionItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Klantnummer:
        return tr("Customer number");
    case Name:
        return tr("Name");
    case Category:
        return tr("Data category");
    case Expires:
        return tr("Expires");
    case State:
        return tr("State");
    default:
        return {};
    }
}

bool RetentionItemModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void RetentionItemModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_complete)
        return;
    DueQuery next = m_query;
    next.offset = static_cast<int>(m_items.size());
    next.limit = pageSize;
    ServiceError error;
    const QList<RetentionItem> more = m_service.due(next, &error);
    m_complete = error.isError() || more.size() < pageSize;
    if (error.isError()) {
        m_error = tr("The list could not be read: %1").arg(error.message);
        Q_EMIT readFailed(m_error);
        return;
    }
    if (more.isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_items.size()),
                    static_cast<int>(m_items.size() + more.size() - 1));
    m_items += more;
    endInsertRows();
}

} // namespace pd::ui
