#pragma once

#include "PagedTableModel.h"
#include "retention/Retention.h"

namespace pd::ui {

// Newest first.
class DestructionLogModel final : public PagedTableModel<DestructionRecord>
{
    Q_OBJECT
public:
    enum Column { Date, By, Subject, Cases, What, Method, Rule, Proof, ColumnCount };

    explicit DestructionLogModel(const RetentionService &service, QObject *parent = nullptr);
    void setFilter(const DestructionFilter &filter); // and reload
    void reload();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<DestructionRecord> readPage(int offset, int limit, ServiceError *error) const override;

    const RetentionService &m_service;
    DestructionFilter m_filter;
};

} // namespace pd::ui
