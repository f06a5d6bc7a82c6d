#pragma once

#include "PagedTableModel.h"
#include "cases/CaseQuery.h"
#include "session/Session.h"

#include <QList>

namespace pd::ui {

// Holds only the pages the view asked for, each read after the last loaded row by keyset, so that
// 50,000 requests cost what is on screen and the last page what the first does.
class CaseListModel final : public CountedTableModel<CaseListRow>
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        PersonColumn,
        TypesColumn,
        ChannelColumn,
        ReceivedColumn,
        StateColumn,
        DeadlineColumn,
        DaysLeftColumn,
        HandlerColumn,
        ColumnCount
    };
    enum Role {
        CaseIdRole = Qt::UserRole + 1, // qint64
        CaseNumberRole, // QString
        // int: 0 none (also closed, or paused for identification), 1 due within 7 days, 2 late
        // against the organisation's own deadline only, 3 late against the legal deadline
        UrgencyRole,
        LateLegalDaysRole, // int: days past the legal deadline (Lateness), 0 in time
        LatePolicyDaysRole, // int: days past the own deadline (Lateness), 0 in time
    };
    explicit CaseListModel(const Session &session, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Its today is replaced by the model's (setToday).
    void setFilter(const CaseListFilter &filter);
    CaseListFilter filter() const { return m_filter; }
    CaseSort sortOrder() const { return m_sort; }
    // Tests; an invalid date follows the system's date at every query.
    void setToday(QDate today);

    // Keeps the loaded rows and loads keepCaseId: its new row, or -1 when it no longer matches.
    int refresh(qint64 keepCaseId = 0);

    // The search's matches that the filter's states leave out.
    QMap<CaseState, int> hiddenByState() const { return m_hidden; }
    // -1 when the filter excludes it. loadRow loads the pages up to that row.
    int rowOf(qint64 caseId) const;
    void loadRow(int row);
    // Whatever the filter: an empty store is not an empty result. -1 when it could not be read.
    int storeCount() const;
    QStringList handlers(ServiceError *error = nullptr) const;
    QString currentUser() const { return m_query.currentUser(); }

    // Lateness per clock, "paused" while identification is awaited, else the days left.
    static QString daysLeftText(const CaseListRow &row);

protected:
    QList<CaseListRow> readNextPage(ServiceError *error) const override;

private:
    QVariant displayText(const CaseListRow &row, int column) const;
    QVariant toolTip(const CaseListRow &row, int column) const;
    void reload();
    void read(const CaseListFilter &filter, int load);
    CaseListFilter effectiveFilter() const;

    CaseQuery m_query;
    CaseListFilter m_filter;
    CaseSort m_sort;
    QDate m_today;
    QMap<CaseState, int> m_hidden;
};

} // namespace pd::ui
