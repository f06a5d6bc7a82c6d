// The desk's lists read page by page (PagedTableModel): pages until one comes back short, and a
// page that fails while scrolling is said, keeps what was shown and asks for nothing more.
#include "PagedTableModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::ui;

namespace {

// Rows 0 … total-1; the read of a page from failFrom on fails.
class NumbersModel final : public PagedTableModel<int>
{
public:
    NumbersModel(int total, int failFrom)
        : m_total(total)
        , m_failFrom(failFrom)
    { }
    void reload()
    {
        beginResetModel();
        reloadFirstPage();
        endResetModel();
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 1;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(m_rows.value(index.row())) : QVariant();
    }
    mutable int reads = 0;
    void failFrom(int offset) { m_failFrom = offset; }

private:
    QList<int> readPage(int offset, int limit, ServiceError *error) const override
    {
        ++reads;
        if (offset >= m_failFrom) {
            *error = { ServiceError::Code::Storage, u"schijf weg"_s, {}, {} };
            return {};
        }
        QList<int> page;
        for (int i = offset; i < std::min(m_total, offset + limit); ++i)
            page << i;
        return page;
    }
    const int m_total;
    int m_failFrom;
};

} // namespace

class TestPagedModel final : public QObject
{
    Q_OBJECT

private slots:
    void pagesUntilOneComesShort();
    void aFullLastPageAsksOnceMore();
    void aFailedPageIsSaidAndKeepsTheRows();
    void aFailedFirstPageIsAnErrorNotNothing();
};

void TestPagedModel::pagesUntilOneComesShort()
{
    NumbersModel model(450, 1000);
    model.reload();
    QCOMPARE(model.rowCount(), NumbersModel::pageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({}); // nothing more to read
    QCOMPARE(model.reads, 3);
    QCOMPARE(model.data(model.index(449, 0), Qt::DisplayRole).toInt(), 449);
    QVERIFY(model.errorText().isEmpty());
}

void TestPagedModel::aFullLastPageAsksOnceMore()
{
    NumbersModel model(2 * NumbersModel::pageSize, 1000);
    model.reload();
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * NumbersModel::pageSize);
    // Only an empty page says there is nothing after a full one.
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(inserted.size(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestPagedModel::aFailedPageIsSaidAndKeepsTheRows()
{
    NumbersModel model(1000, NumbersModel::pageSize);
    model.reload();
    QSignalSpy failed(&model, &PagedTableModelBase::readFailed);
    model.fetchMore({});
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(u"schijf weg"_s),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(model.errorText(), failed.first().first().toString());
    QCOMPARE(model.rowCount(), NumbersModel::pageSize);
    // Not asked again while scrolling on: the view would retry without end.
    QVERIFY(!model.canFetchMore({}));
    // A reload reads anew, and a read that succeeds clears the error.
    model.failFrom(1000);
    model.reload();
    QVERIFY(model.errorText().isEmpty());
    QCOMPARE(model.rowCount(), NumbersModel::pageSize);
    QVERIFY(model.canFetchMore({}));
}

void TestPagedModel::aFailedFirstPageIsAnErrorNotNothing()
{
    NumbersModel model(1000, 0);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.errorText().isEmpty());
    QVERIFY(!model.canFetchMore({}));
}

QTEST_GUILESS_MAIN(TestPagedModel)

#include "tst_pagedmodel.moc"
