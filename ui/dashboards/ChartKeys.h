#pragma once

#include <QObject>
#include <QString>

class QChartView;

namespace pd::ui {

// The keyboard's way into a chart, as the mouse's click on a bar, slice or point: the arrow keys
// (and Home, End) go from one to the next in reading order, the one reached is drawn selected
// and said in words (changed()), and Enter or Space opens what a click opens. Bars and points
// without a value are passed over: there is nothing behind them.
class ChartKeys final : public QObject
{
    Q_OBJECT
public:
    explicit ChartKeys(QChartView *view);

    QString currentText() const { return m_text; } // empty when none is reached
    int count() const; // the bars, slices and points the keys reach now

Q_SIGNALS:
    void changed(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void move(int to);
    void press();
    void clear();

    QChartView *m_view;
    int m_current = -1;
    QString m_text;
};

} // namespace pd::ui
