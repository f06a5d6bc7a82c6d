#pragma once

#include "Retranslated.h"

#include <QWidget>

class QPushButton;

namespace pd::ui {

class EmptyStateWidget;

// Shown in place of a request the list beside it leaves out (a search, a filter, a drill-down).
class CaseNotListedNotice final : public Retranslated<QWidget>
{
    Q_OBJECT
public:
    explicit CaseNotListedNotice(QWidget *parent = nullptr);

    void setCase(const QString &number, const QString &personName);

Q_SIGNALS:
    void showInListRequested(); // clear the search and the filters: the list holds it again
    void closeRequested(); // show no request

private:
    void retranslateUi() override;

    EmptyStateWidget *m_text = nullptr;
    QPushButton *m_showInList = nullptr;
    QPushButton *m_close = nullptr;
    QString m_number;
    QString m_personName;
};

} // namespace pd::ui
