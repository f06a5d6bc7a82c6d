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

} // namespace pd::ui
