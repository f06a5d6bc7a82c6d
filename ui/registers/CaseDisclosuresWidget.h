#pragma once

#include "DeskAccess.h"
#include "Retranslated.h"
#include "registers/Disclosures.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QWidget>

class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pd::ui {

class MessageLabel;

// The art. 19 checklist appears for a completed (partly) granted rectification, erasure or
// restriction. A role that may not read the registers (KCC) is shown nothing, and nothing is read.
class CaseDisclosuresWidget final : public Retranslated<QWidget>
{
    Q_OBJECT
public:
    explicit CaseDisclosuresWidget(const Session &session, QWidget *parent = nullptr);

    void showPerson(qint64 personId); // no art. 19 list
    void showCase(const QString &number); // the case's person, plus art. 19 when it applies
    void clear();
    void refresh();

    // On the date in the date field.
    bool markNotified(int checklistRow);
    // Telling proved impossible or disproportionate (art. 19 GDPR); the reason from the reason
    // field.
    bool markExempt(int checklistRow);
    // The officer's own reason, from the reason field.
    bool markNotApplicable(int checklistRow);
    qint64 newDisclosure(); // the dialog, prefilled with the person and the case

    QTableWidget *disclosuresTable() const { return m_disclosures; }
    QTableWidget *checklist() const { return m_checklist; }
    QGroupBox *checklistBox() const { return m_art19Box; }
    QDateEdit *notifiedDate() const { return m_notifiedOn; }
    QLineEdit *exemptReason() const { return m_exemptReason; }
    QPushButton *exemptButton() const { return m_exempt; }
    QPushButton *notApplicableButton() const { return m_notApplicable; }
    QLabel *checklistStatus() const { return m_art19Status; }

Q_SIGNALS:
    // The timeline changed.
    void changed();

protected:
    void retranslateContent() override;

private:
    void retranslateUi() override;
    void fillDisclosures();
    void fillChecklist();
    static QString statusOf(const Art19Notification &n);
    bool markWithReason(int checklistRow, bool notApplicable);

    const Session m_session;
    const DeskAccess m_access;
    qint64 m_personId = 0;
    QString m_caseNumber;
    QLabel *m_summary = nullptr;
    QTableWidget *m_disclosures = nullptr;
    QPushButton *m_add = nullptr;
    QGroupBox *m_art19Box = nullptr;
    QLabel *m_art19Status = nullptr;
    QTableWidget *m_checklist = nullptr;
    QDateEdit *m_notifiedOn = nullptr;
    QPushButton *m_mark = nullptr;
    QLineEdit *m_exemptReason = nullptr;
    QPushButton *m_exempt = nullptr;
    QPushButton *m_notApplicable = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace pd::ui
