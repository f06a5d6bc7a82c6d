#pragma once

#include "PagedTableModel.h"
#include "registers/Disclosures.h"
#include "session/Session.h"

#include <QList>

namespace pd::ui {

// Pages of 200 rows as the view asks, counted and filtered in SQL.
class DisclosureListModel final : public CountedTableModel<Disclosure>
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        RecipientColumn,
        CategoryColumn,
        PersonsColumn,
        DataColumn,
        BasisColumn,
        InformedColumn,
        CaseColumn,
        ColumnCount
    };
    enum Role {
        DisclosureIdRole = Qt::UserRole + 1, // qint64
        InformedStatusRole, // int: InformedStatus
    };
    explicit DisclosureListModel(const Session &session, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Only the date sorts (the register is a chronology); other columns are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const DisclosureFilter &filter);
    DisclosureFilter filter() const { return m_filter; }
    void refresh();
    // Without a filter; -1 when that could not be read.
    int storeCount() const;

    // Above this, a disclosure's persons are shown as their count.
    static constexpr int manyPersons = 5;
    static QString personsText(const Disclosure &d);
    static QString dataText(const Disclosure &d);

protected:
    QList<Disclosure> readNextPage(ServiceError *error) const override;

private:
    void reload();

    DisclosureService m_service;
    DisclosureFilter m_filter;
    bool m_newestFirst = true;
};

} // namespace pd::ui
