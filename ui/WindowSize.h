#pragma once

#include <QScrollArea>
#include <QSize>

class QTableView;
class QWidget;

namespace pd::ui {

// Never beyond share of the screen's available area: at 1200×800 a tall dialog would otherwise
// put its buttons below the screen.
void resizeWithinScreen(QWidget *window, QSize wanted, double share = 0.9);

// The primary screen's before the widget is shown.
QSize availableScreenSize(const QWidget *widget);

// Never beyond the available screen nor smaller than it is, and wholly on the screen.
void growWithinScreen(QWidget *window);

// Up to the available screen less the dialog's buttons and frame, then it scrolls, so that the
// buttons stay in reach; the dialog grows when the form changes.
class FormScrollArea final : public QScrollArea
{
    Q_OBJECT

public:
    explicit FormScrollArea(QWidget *form, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // What the dialog needs beside the form, in pixels (default 48 × 180).
    void setReserve(QSize reserve) { m_reserve = reserve; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QSize room() const;
    void growLater();

    QSize m_reserve { 48, 180 };
    bool m_growPending = false;
};

// As wide as the title and the rows in view need (never narrower unless shrink), so that a short
// column is not cut while a long one takes the room.
void fitColumnsToContents(QTableView *view, const QList<int> &columns, bool shrink = false);

// Never less than least: then the table scrolls sideways rather than cut it.
void giveRestToColumn(QTableView *view, int column, int least);

// As rows come and the view resizes, for a view whose page has no sizing of its own.
void keepColumnsFitted(QTableView *view, const QList<int> &shortColumns, int longColumn, int least);

} // namespace pd::ui
