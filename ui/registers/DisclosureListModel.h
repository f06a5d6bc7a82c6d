#pragma once

#include "registers/Disclosures.h"
#include "session/Session.h"

#include <QAbstractTableModel>
#include <QList>

namespace pd::ui {

// Pages of 200 rows as the view asks, counted and filtered in SQL.
class DisclosureListModel final : public QAbstractTableModel
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
    static constexpr int pageSize = 200;

    explicit DisclosureListModel(const Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Only the date sorts (the register is a chronology); other columns are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const DisclosureFilter &filter);
    DisclosureFilter filter() const { return m_filter; }
    void refresh();
    int totalCount() const { return m_total; }
    // Without a filter; -1 when that could not be read.
    int storeCount() const;
    // A list that could not be read is shown as such, never as an empty register.
    QString errorText() const { return m_error; }
    const Disclosure *rowAt(int row) const;

    // Above this, a disclosure's persons are shown as their count.
    static constexpr int manyPersons = 5;
    static QString personsText(const Disclosure &d);
    static QString dataText(const Disclosure &d);

Q_SIGNALS:
    void totalCountChanged(int count);

private:
    void reload();
    void setError(const ServiceError &error);

    DisclosureService m_service;
    DisclosureFilter m_filter;
    bool m_newestFirst = true;
    QList<Disclosure> m_rows;
    int m_total = 0;
    QString m_error;
};

} // namespace pd::ui
