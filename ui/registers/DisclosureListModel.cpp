#include "registers/DisclosureListModel.h"

#include "ColumnTitles.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace pd::ui {

DisclosureListModel::DisclosureListModel(const Session &session, QObject *parent)
    : CountedTableModel(parent)
    , m_service(session)
{
    reload();
}

int DisclosureListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DisclosureListModel::personsText(const Disclosure &d)
{
    QStringList names;
    // A disclosure of many persons at once is one row: its count, not every name.
    if (d.persons.size() > manyPersons) {
        //: Dutch: "%n personen"
        names << tr("%n persons", nullptr, int(d.persons.size()));
        if (!d.covenantName.isEmpty())
            //: Dutch: "convenant %1"
            names << tr("covenant %1").arg(d.covenantName);
        return names.join(QStringLiteral("; "));
    }
    for (const DisclosurePerson &p : d.persons)
        names << (p.klantnummer.isEmpty() ? p.name
                                          : QStringLiteral("%1 (%2)").arg(p.name, p.klantnummer));
    if (d.destroyedPersons > 0)
        names << tr("%n data subject(s), destroyed", nullptr, d.destroyedPersons);
    return names.join(QStringLiteral("; "));
}

QString DisclosureListModel::dataText(const Disclosure &d)
{
    QStringList parts;
    for (DataCategory c : d.data)
        parts << codes::label(c);
    if (!d.dataText.isEmpty())
        parts << d.dataText;
    return parts.join(QStringLiteral(", "));
}

QVariant DisclosureListModel::data(const QModelIndex &index, int role) const
{
    const Disclosure *d = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!d)
        return {};
    if (role == DisclosureIdRole)
        return d->id;
    if (role == InformedStatusRole)
        return static_cast<int>(d->informed);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(d->date, QLocale::ShortFormat);
        case RecipientColumn:
            return d->recipientName;
        case CategoryColumn:
            return codes::label(d->recipientCategory);
        case PersonsColumn:
            return personsText(*d);
        case DataColumn:
            return dataText(*d);
        case BasisColumn:
            return d->basisText.isEmpty()
                ? codes::label(d->basis)
                : QStringLiteral("%1 — %2").arg(codes::label(d->basis), d->basisText);
        case InformedColumn:
            if (d->informed == InformedStatus::Informed)
                return tr("Informed on %1")
                    .arg(QLocale().toString(d->informedOn, QLocale::ShortFormat));
            return codes::label(d->informed);
        case CaseColumn:
            return d->caseNumber;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == InformedColumn && d->informed == InformedStatus::Prohibited)
            return d->notInformedReason;
        if (index.column() == DataColumn || index.column() == PersonsColumn
            || index.column() == BasisColumn)
            return data(index, Qt::DisplayRole);
        return d->purpose;
    }
    // "Still to inform" stands out in text and in colour.
    if (role == Qt::ForegroundRole && index.column() == InformedColumn
        && d->informed == InformedStatus::Pending)
        return QBrush(QColor(0x9a, 0x52, 0x00));
    return {};
}

QVariant DisclosureListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static constexpr const char *titles[] = {
        QT_TR_NOOP("Date"),
        QT_TR_NOOP("Recipient"),
        QT_TR_NOOP("Category"),
        QT_TR_NOOP("Persons"),
        QT_TR_NOOP("Data"),
        QT_TR_NOOP("Legal basis"),
        QT_TR_NOOP("Data subject informed"),
        QT_TR_NOOP("Request"),
    };
    return columnTitle<DisclosureListModel>(titles, section, orientation, role);
}

QList<Disclosure> DisclosureListModel::readNextPage(ServiceError *error) const
{
    return m_service.page(m_filter, static_cast<int>(m_rows.size()), pageSize, m_newestFirst,
                          error);
}

void DisclosureListModel::sort(int column, Qt::SortOrder order)
{
    if (column != DateColumn)
        return;
    const bool newestFirst = order == Qt::DescendingOrder;
    if (newestFirst == m_newestFirst)
        return;
    m_newestFirst = newestFirst;
    reload();
}

void DisclosureListModel::setFilter(const DisclosureFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void DisclosureListModel::refresh()
{
    reload();
}

int DisclosureListModel::storeCount() const
{
    ServiceError error;
    const int count = m_service.count({}, &error);
    return error.isError() ? -1 : count;
}

void DisclosureListModel::reload()
{
    const int load = wholePages(std::max(pageSize, static_cast<int>(m_rows.size())));
    beginResetModel();
    ServiceError error;
    m_total = m_service.count(m_filter, &error);
    if (!error.isError())
        m_rows = m_service.page(m_filter, 0, load, m_newestFirst, &error);
    if (error.isError()) {
        m_rows.clear();
        m_total = 0;
    }
    setError(error);
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
}

} // namespace pd::ui
