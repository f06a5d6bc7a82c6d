#pragma once

#include "DeskAccess.h"
#include "registers/ProcessingRegister.h"
#include "session/Session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace pd::ui {

// Assessing opens DpiaDialog (EditRegisters); read-only roles see the list.
class DpiaPage final : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        NameColumn,
        IndicationColumn,
        StatusColumn,
        RiskColumn,
        ReviewColumn,
        AttentionColumn,
        ColumnCount
    };

    explicit DpiaPage(const Session &session, QWidget *parent = nullptr);

    void refresh();
    QTreeWidget *view() const { return m_view; }
    QString errorText() const { return m_readError; }
    bool selectActivity(const QString &subCode);
    // The first activity whose review is due.
    void showReviewsDue();

public Q_SLOTS:
    void assessSelected(); // opens DpiaDialog for the selected activity

Q_SIGNALS:
    void dpiaChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    const Session m_session;
    const DeskAccess m_access;
    QList<ProcessingActivity> m_activities;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_view = nullptr;
    QPushButton *m_assess = nullptr;
    QLabel *m_count = nullptr;
    QString m_readError;
};

} // namespace pd::ui
