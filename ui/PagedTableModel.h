#pragma once

#include "util/ServiceError.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace pd::ui {

// Read page by page as the view scrolls, until a page comes back short. A failed read is an error,
// never "nothing": errorText(), and readFailed() for a page fetched while scrolling.
class PagedTableModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int pageSize = 200;

    // Not empty when the last read failed.
    QString errorText() const { return m_error; }

Q_SIGNALS:
    void readFailed(const QString &message); // a page fetched while scrolling could not be read

protected:
    using QAbstractTableModel::QAbstractTableModel;

    void noteRead(const ServiceError &error, qsizetype rows);
    bool m_complete = true;
    QString m_error;
};

// readPage(offset, limit) is the subclass's one read.
template<typename Row> class PagedTableModel : public PagedTableModelBase
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_complete;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || m_complete)
            return;
        ServiceError error;
        const QList<Row> more = readPage(static_cast<int>(m_rows.size()), pageSize, &error);
        noteRead(error, more.size());
        if (error.isError()) {
            Q_EMIT readFailed(m_error);
            return;
        }
        if (more.isEmpty())
            return;
        beginInsertRows({}, static_cast<int>(m_rows.size()),
                        static_cast<int>(m_rows.size() + more.size() - 1));
        m_rows += more;
        endInsertRows();
    }

protected:
    using PagedTableModelBase::PagedTableModelBase;

    // Inside a model reset; whatever else a subclass reads at a reload goes in the same reset.
    ServiceError reloadFirstPage()
    {
        ServiceError error;
        m_rows = readPage(0, pageSize, &error);
        noteRead(error, m_rows.size());
        return error;
    }
    virtual QList<Row> readPage(int offset, int limit, ServiceError *error) const = 0;

    QList<Row> m_rows;
};

// Counted first, so that the view knows the whole length from the start; then read a page at a
// time as the view scrolls, until every counted row is loaded. A failed read is an error, never
// "nothing": errorText().
class CountedTableModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int pageSize = 200;

    int totalCount() const { return m_total; }
    // Not empty when the last read failed.
    QString errorText() const { return m_error; }

Q_SIGNALS:
    void totalCountChanged(int count);

protected:
    using QAbstractTableModel::QAbstractTableModel;

    void setError(const ServiceError &error);
    // Whole pages, so that fetchMore continues at a page boundary.
    static int wholePages(int rows) { return (rows + pageSize - 1) / pageSize * pageSize; }

    int m_total = 0;
    QString m_error;
};

// readNextPage(error) is the subclass's read of the page after the loaded rows.
template<typename Row> class CountedTableModel : public CountedTableModelBase
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_rows.size() < m_total;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        ServiceError error;
        const QList<Row> more = readNextPage(&error);
        if (error.isError() || more.isEmpty()) {
            // The rows read so far stay; no more are asked for until a reload succeeds. No rows
            // at all: the store shrank under us.
            if (error.isError())
                setError(error);
            m_total = static_cast<int>(m_rows.size());
            Q_EMIT totalCountChanged(m_total);
            return;
        }
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
        m_rows += more;
        endInsertRows();
    }
    const Row *rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }

protected:
    using CountedTableModelBase::CountedTableModelBase;

    virtual QList<Row> readNextPage(ServiceError *error) const = 0;

    QList<Row> m_rows;
};

} // namespace pd::ui
