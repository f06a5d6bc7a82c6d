#include "registers/DestructionLogModel.h"

#include "ColumnTitles.h"
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
    static constexpr const char *titles[] = {
        QT_TR_NOOP("Date"), QT_TR_NOOP("By"),     QT_TR_NOOP("Reference"), QT_TR_NOOP("Requests"),
        QT_TR_NOOP("What"), QT_TR_NOOP("Method"), QT_TR_NOOP("Rule"),      QT_TR_NOOP("Proof"),
    };
    return columnTitle<DestructionLogModel>(titles, section, orientation, role);
}

} // namespace pd::ui
