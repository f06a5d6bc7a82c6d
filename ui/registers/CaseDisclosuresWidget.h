#pragma once

#include "DeskAccess.h"
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

namespace pd {
class Store;
}

namespace pd::ui {

class MessageLabel;

// The case detail's Verstrekkingen tab: every disclosure of the person's data (newest first),
// and for a completed (partly) granted rectification, erasure or restriction the art. 19
// checklist of recipients that must be told, with the date each was told or why telling it
// proved impossible or would take disproportionate effort. Adding and marking
// are offered only to a role that may edit the registers (DeskAccess); a role that may not read
// them (KCC) is shown nothing, and nothing is read.
class CaseDisclosuresWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit CaseDisclosuresWidget(const Session &session, QWidget *parent = nullptr);

    void showPerson(qint64 personId); // no art. 19 list
    void showCase(const QString &number); // the case's person, plus art. 19 when it applies
    void clear();
    void refresh();

    // Records that the recipient in the checklist's row was told on the date in the date field.
    bool markNotified(int checklistRow);
    // Records that telling the recipient in the row proved impossible or would take
    // disproportionate effort (art. 19 GDPR), with the reason in the reason field.
    bool markExempt(int checklistRow);
    // Records that art. 19 does not apply to the recipient in the row, with the officer's own
    // reason in the reason field ("niet van toepassing").
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
    // A disclosure was added or a recipient marked as told or exempt: the timeline changed.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillDisclosures();
    void fillChecklist();
    static QString statusOf(const Art19Notification &n);
    // markExempt or markNotApplicable: the reason field's text for the selected row.
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
