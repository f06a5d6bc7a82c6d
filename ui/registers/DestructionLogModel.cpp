#include "registers/DestructionLogModel.h"

#include "DateText.h"
#include "registers/RetentionItemModel.h"

namespace pd::ui {

DestructionLogModel::DestructionLogModel(const RetentionService &service, QObject *parent)
    : QAbstractTableModel(parent)
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
    ServiceError error;
    m_records = m_service.destructionLog(m_filter, 0, pageSize, &error);
    m_error = error.isError() ? tr("The list could not be read: %1").arg(error.message) : QString();
    m_complete = error.isError() || m_records.size() < pageSize;
    endResetModel();
}

int DestructionLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int DestructionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DestructionLogModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= m_records.size())
        return {};
    const DestructionRecord &r = m_records.at(index.row());
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

bool DestructionLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void DestructionLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_complete)
        return;
    ServiceError error;
    const QList<DestructionRecord> more
        = m_service.destructionLog(m_filter, static_cast<int>(m_records.size()), pageSize, &error);
    m_complete = error.isError() || more.size() < pageSize;
    if (error.isError()) {
        m_error = tr("The list could not be read: %1").arg(error.message);
        Q_EMIT readFailed(m_error);
        return;
    }
    if (more.isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_records.size()),
                    static_cast<int>(m_records.size() + more.size() - 1));
    m_records += more;
    endInsertRows();
}

} // namespace pd::ui
