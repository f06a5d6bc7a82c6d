#include "registers/DestructionLogModel.h"

#include "DateText.h"

namespace pd::ui {

DestructionLogModel::DestructionLogModel(const RetentionService &service, QObject *parent)
    : PagedTableModel(parent)
    , m_service(service)
{ }

void DestructionLogModel::setFilter(const DestructionFilter &filter)
{
    m_filter = filter;
    reload();
}

void DestructionLogModel::reload()
{
    beginResetModel();
    reloadFirstPage();
    endResetModel();
}

QList<DestructionRecord> DestructionLogModel::readPage(int offset, int limit,
                                                       ServiceError *error) const
{
    return m_service.destructionLog(m_filter, offset, limit, error);
}

int DestructionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DestructionLogModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const DestructionRecord &r = m_rows.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Date:
        return shortDate(r.destroyedOn);
    case By:
        return r.destroyedBy;
    case Subject:
        return r.subjectRef;
    case Cases:
        return r.caseNumbers.join(QStringLiteral(", "));
    case What:
        return r.what;
    case Method:
        return r.method;
    case Rule:
        return r.ruleText;
    case Proof:
        return role == Qt::ToolTipRole
            ? tr("Audit event %1, hash %2").arg(r.auditSeq).arg(r.proofHash)
            : QString(QLatin1Char('#') + QString::number(r.auditSeq) + u' ' + r.proofHash.left(12));
    default:
        return {};
    }
}

QVariant DestructionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case By:
        return tr("By");
    case Subject:
        return tr("Reference");
    case Cases:
        return tr("Requests");
    case What:
        return tr("What");
    case Method:
        return tr("Method");
    case Rule:
        return tr("Rule");
    case Proof:
        return tr("Proof");
    default:
        return {};
    }
}

} // namespace pd::ui
