#pragma once

#include "retention/Retention.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSet>

namespace pd::ui {

// Retention items due on a day, read page by page (DueQuery offset/limit): a store with
// 50,000 closed request files never loads them all.
class RetentionItemModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Klantnummer, Name, Category, Expires, State, ColumnCount };
    static constexpr int pageSize = 200;

    RetentionItemModel(const RetentionService &service, QObject *parent = nullptr);

    void setQuery(const DueQuery &query); // offset/limit are the model's own
    const RetentionItem *item(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Not empty when the last read failed: the list is then an error, not "nothing".
    QString errorText() const { return m_error; }

Q_SIGNALS:
    void readFailed(const QString &message); // a page fetched while scrolling could not be read

private:
    const RetentionService &m_service;
    DueQuery m_query;
    QList<RetentionItem> m_items;
    QSet<qint64> m_reduced; // persons of whom only the name and customer number are kept
    bool m_complete = true;
    QString m_error;
};

} // namespace pd::ui
