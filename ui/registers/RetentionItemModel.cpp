#include "registers/RetentionItemModel.h"

#include "ColumnTitles.h"
#include "DateText.h"

namespace pd::ui {

RetentionItemModel::RetentionItemModel(const RetentionService &service, QObject *parent)
    : PagedTableModel(parent)
    , m_service(service)
{ }

void RetentionItemModel::setQuery(const DueQuery &query)
{
    beginResetModel();
    m_query = query;
    m_reduced.clear();
    ServiceError error = reloadFirstPage();
    if (!error.isError()) {
        // The data subjects of whom only the name and customer number are kept: shown as such.
        const QList<qint64> reduced = m_service.reducedPersons(&error);
        m_reduced = QSet<qint64>(reduced.begin(), reduced.end());
        if (error.isError())
            noteRead(error, 0);
    }
    endResetModel();
}

QList<RetentionItem> RetentionItemModel::readPage(int offset, int limit, ServiceError *error) const
{
    if (!m_query.on.isValid())
        return {};
    DueQuery page = m_query;
    page.offset = offset;
    page.limit = limit;
    return m_service.due(page, error);
}

const RetentionItem *RetentionItemModel::item(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
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
            return codes::label(it->state);
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
    static constexpr const char *titles[] = {
        QT_TR_NOOP("Customer number"), QT_TR_NOOP("Name"),  QT_TR_NOOP("Data category"),
        QT_TR_NOOP("Expires"),         QT_TR_NOOP("State"),
    };
    return columnTitle<RetentionItemModel>(titles, section, orientation, role);
}

} // namespace pd::ui
