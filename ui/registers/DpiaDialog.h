#pragma once

#include "registers/Dpia.h"
#include "session/Session.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;

namespace pd::ui {

// The problems DpiaRegister::validate names keep OK disabled; its warnings are shown.
class DpiaDialog final : public QDialog
{
    Q_OBJECT
public:
    // dpia.activityCode and activityName name the activity; dpia.id 0: a new assessment.
    DpiaDialog(const Session &session, const Dpia &dpia, QWidget *parent = nullptr);

    Dpia dpia() const; // as filled in
    QString problemsText() const; // what keeps OK disabled (empty: nothing)

public Q_SLOTS:
    void accept() override; // saves; stays open with a message when refused

private:
    QWidget *createLists();
    QWidget *createAssessment();
    void revalidate();

    const Session m_session;
    Dpia m_dpia;
    QListWidget *m_apList = nullptr;
    QListWidget *m_art35 = nullptr;
    QListWidget *m_criteria = nullptr;
    QLabel *m_indication = nullptr;
    QRadioButton *m_needed = nullptr;
    QRadioButton *m_notNeeded = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QCheckBox *m_done = nullptr;
    QDateEdit *m_assessedOn = nullptr;
    QPlainTextEdit *m_outcome = nullptr;
    QComboBox *m_risk = nullptr;
    QCheckBox *m_consulted = nullptr;
    QDateEdit *m_consultedOn = nullptr;
    QPlainTextEdit *m_consultation = nullptr;
    QCheckBox *m_review = nullptr;
    QDateEdit *m_reviewOn = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pd::ui
