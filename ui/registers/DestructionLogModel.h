#pragma once

#include "retention/Retention.h"

#include <QAbstractTableModel>

namespace pd::ui {

// The destruction log, newest first, page by page.
class DestructionLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, By, Subject, Cases, What, Method, Rule, Proof, ColumnCount };
    static constexpr int pageSize = 200;

    explicit DestructionLogModel(const RetentionService &service, QObject *parent = nullptr);
    void setFilter(const DestructionFilter &filter); // and reload
    void reload();

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
    DestructionFilter m_filter;
    QList<DestructionRecord> m_records;
    bool m_complete = true;
    QString m_error;
};

} // namespace pd::ui
