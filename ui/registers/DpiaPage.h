#pragma once

#include "DeskAccess.h"
#include "Retranslated.h"
#include "registers/ProcessingRegister.h"
#include "session/Session.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace pd::ui {

// Assessing opens DpiaDialog (EditRegisters); read-only roles see the list.
class DpiaPage final : public Retranslated<QWidget>
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

    // The selected activity's DPIA, if it has one.
    std::optional<Dpia> selectedDpia() const;

public Q_SLOTS:
    void assessSelected(); // opens DpiaDialog for the selected activity
    void documentOfSelected(); // opens KeptDocumentDialog for the selected DPIA
    void printSelected(); // the selected DPIA through the desk's print dialog
    void previewSelected(); // ... its preview, which also saves it as a PDF

Q_SIGNALS:
    void dpiaChanged();

private:
    void retranslateUi() override;
    void retranslateContent() override { refresh(); }
    void updateButtons();

    const Session m_session;
    const DeskAccess m_access;
    QList<ProcessingActivity> m_activities;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_view = nullptr;
    QPushButton *m_assess = nullptr;
    QPushButton *m_document = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_preview = nullptr;
    QLabel *m_count = nullptr;
    QString m_readError;
};

} // namespace pd::ui
