#pragma once

#include "PagedTableModel.h"
#include "retention/Retention.h"

#include <QDate>
#include <QSet>

namespace pd::ui {

// Page by page: a store with 50,000 closed request files never loads them all.
class RetentionItemModel final : public PagedTableModel<RetentionItem>
{
    Q_OBJECT
public:
    enum Column { Klantnummer, Name, Category, Expires, State, ColumnCount };

    RetentionItemModel(const RetentionService &service, QObject *parent = nullptr);

    void setQuery(const DueQuery &query); // offset/limit are the model's own
    const RetentionItem *item(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<RetentionItem> readPage(int offset, int limit, ServiceError *error) const override;

    const RetentionService &m_service;
    DueQuery m_query;
    QSet<qint64> m_reduced; // persons of whom only the name and customer number are kept
};

} // namespace pd::ui
