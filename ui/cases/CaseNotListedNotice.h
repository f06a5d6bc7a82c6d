#pragma once

#include <QWidget>

class QPushButton;

namespace pd::ui {

class EmptyStateWidget;

// What the request detail shows while the request it holds is not in the list beside it (a
// search, a filter or a drill-down left it out): which request, and the ways back,
// instead of a file the list does not point at. The request's actions are off meanwhile
// (CaseDetailWidget).
class CaseNotListedNotice final : public QWidget
{
    Q_OBJECT
public:
    explicit CaseNotListedNotice(QWidget *parent = nullptr);

    // The request left out: its number and the data subject's name.
    void setCase(const QString &number, const QString &personName);

Q_SIGNALS:
    void showInListRequested(); // clear the search and the filters: the list holds it again
    void closeRequested(); // show no request

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    EmptyStateWidget *m_text = nullptr;
    QPushButton *m_showInList = nullptr;
    QPushButton *m_close = nullptr;
    QString m_number;
    QString m_personName;
};

} // namespace pd::ui
