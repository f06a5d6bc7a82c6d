#pragma once

#include <QScrollArea>
#include <QSize>

class QTableView;
class QWidget;

namespace pd::ui {

// Resizes a window or dialog to the size it wants, but never beyond this share of the screen it
// is on (its available area, without the task bar): at 1200×800 a 1000-pixel-high dialog would
// otherwise put its buttons below the screen.
void resizeWithinScreen(QWidget *window, QSize wanted, double share = 0.9);

// The screen's available area for a widget's window (the primary screen before it is shown).
QSize availableScreenSize(const QWidget *widget);

// Grows a shown window to the size its layout asks for now, never beyond the available screen
// and never smaller than it is, and moves it wholly onto the screen (a dialog whose form
// grows, such as the completion with "Deels toegewezen", shows what was added; when that does not
// fit, its form scrolls).
void growWithinScreen(QWidget *window);

// A dialog's form in a scroll area: it asks for the room the form wants, up to the
// available screen less what stays outside it (the dialog's buttons, its frame), and scrolls down
// beyond that, so that no dialog grows taller than the screen and its buttons stay in reach.
// Sideways the form takes the width it is given and wraps; it scrolls sideways only where its
// minimum is wider than the screen. When the form changes (a part shown or hidden), the dialog
// grows with it (growWithinScreen).
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

// Columns take the width where the content is. Each of these columns of a table
// becomes as wide as its title and the rows in view need (never narrower than it is unless
// shrink), so that a short column (a date, a kind, a channel, days left) is not cut while a long
// one takes the room; an empty column is as wide as its title.
void fitColumnsToContents(QTableView *view, const QList<int> &columns, bool shrink = false);

// The one long text column takes the width the others leave in the view, never less than
// least (then the table scrolls sideways rather than cutting it).
void giveRestToColumn(QTableView *view, int column, int least);

// Keeps it so: the short columns fitted to their rows as rows come and the view resizes, the
// long column given the rest (for a view whose page has no sizing of its own).
void keepColumnsFitted(QTableView *view, const QList<int> &shortColumns, int longColumn, int least);

} // namespace pd::ui
