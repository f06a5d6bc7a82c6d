#pragma once

#include "Retranslated.h"

#include <QBrush>
#include <QColor>
#include <QFrame>
#include <QString>

#include <functional>

class QChart;
class QChartView;
class QLabel;
class QToolButton;

namespace pd::ui {

class ChartKeys;

// Okabe–Ito colours with a hatching per series, so that no series is told apart by colour alone
// (colour-blind readers, black-and-white printers).
namespace ChartStyle {
QColor color(int series);
QBrush brush(int series); // colour with the series' hatching (a texture brush)
QColor labelColor(int series); // black or white, whichever reads on color(series)
// No animation: a chart must be printable at once.
void setUpChart(QChart *chart);
} // namespace ChartStyle

// The tone marks a figure that needs action with an icon and bold text, not only colour. To a
// screen reader a clickable tile is a button named by its text.
class FigureTile final : public QFrame
{
    Q_OBJECT
public:
    enum class Tone { Neutral, Attention };

    explicit FigureTile(QWidget *parent = nullptr);

    void setFigure(const QString &value, const QString &caption, Tone tone = Tone::Neutral);
    void setDetail(const QString &detail); // a smaller line below the caption; empty hides it
    void setClickable(bool clickable);
    bool isClickable() const { return m_clickable; }
    // What a click, Enter or the screen reader's press does.
    void press();
    QString value() const;
    QString caption() const;

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override; // with a ring where the keyboard is

private:
    QLabel *m_value;
    QLabel *m_caption;
    QLabel *m_detail;
    QLabel *m_icon;
    bool m_clickable = false;
};

// The data comes from a function, so that the CSV holds exactly what the chart shows. The
// keyboard reaches its bars and slices as a click does (ChartKeys); the one reached is named
// below the chart.
class ChartPanel final : public Retranslated<QFrame>
{
    Q_OBJECT
public:
    explicit ChartPanel(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    // fileName: proposed on saving.
    void setCsvSource(std::function<QByteArray()> source, const QString &fileName);
    void setEmptyText(const QString &text);
    void setEmpty(bool empty);

    QByteArray csv() const; // what the chart shows (empty without a source)
    bool savePng(const QString &path) const;
    bool saveCsv(const QString &path, QString *error) const;

    ChartKeys *keys() const { return m_keys; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslateUi() override;
    void askSavePng();
    void askSaveCsv();

    QLabel *m_title;
    QLabel *m_empty;
    QChartView *m_view;
    ChartKeys *m_keys;
    QLabel *m_reached;
    QToolButton *m_png;
    QToolButton *m_csv;
    std::function<QByteArray()> m_csvSource;
    QString m_fileName;
};

} // namespace pd::ui
