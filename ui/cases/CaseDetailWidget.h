#pragma once

#include "DeskAccess.h"
#include "audit/RowChange.h"
#include "cases/CaseService.h"
#include "session/Session.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QFormLayout;
class QLabel;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QToolBar;
class QTreeView;

namespace pd {
class Store;
class Clock;
} // namespace pd

namespace pd::ui {

class CaseDisclosuresWidget;
class CaseDocumentsWidget;
class CaseSystemsWidget;
class CaseNotListedNotice;

class CaseActionDialog;
class EmptyStateWidget;
class MessageLabel;

// One request in full: who, what, and above all when it is due, with the actions a privacy
// officer takes on it. Every action opens a validated dialog that goes through CaseService
// (the BSN guard, the state machine, one audit event), and the view reloads at once so the
// Tijdlijn shows it. The actions are enabled only when CaseWorkflow allows them; the lead
// window may also put them in its menus (actions()). They follow the acting role (DeskAccess):
// what the role may never do is hidden, and a KCC-medewerker, who sees only the intake fields
// of their own calls, gets the overview with a note saying so and none of the tabs that would
// stay empty (Tijdlijn, Identificatie, Verstrekkingen, Documenten).
class CaseDetailWidget final : public QWidget
{
    Q_OBJECT
public:
    enum class Tab { Overview, Timeline, Identification, Disclosures, Documents };

    CaseDetailWidget(const Session &session, const QString &currentUser, QWidget *parent = nullptr);
    ~CaseDetailWidget() override;

    // Shows the request; false (and the empty state) when there is no such number.
    bool showCase(const QString &number);
    void clear();
    void reload();
    QString currentNumber() const;
    // Something to show: a request, or why it could not be read. Without it the desk gives the
    // list the width (contentChanged tells).
    bool hasContent() const;
    std::optional<Case> currentCase() const { return m_case; }
    // Whether the list beside it holds the request. Not: a notice says so, with the
    // ways back, instead of the request, and its actions are off; showCase shows it again.
    void setListed(bool listed);
    bool showsNotListed() const { return m_notListed; }

    // In menu order: request identification, identification received, extend, complete, note,
    // reopen. Owned by this widget; each carries its shortcut.
    QList<QAction *> caseActions() const;
    // Letter, AP complaint dossier, inzage report and export (also buttons on the Documenten
    // tab).
    QList<QAction *> documentActions() const;
    QAction *requestIdentificationAction() const { return m_requestIdAction; }
    QAction *receiveIdentificationAction() const { return m_receiveIdAction; }
    QAction *requestMandateAction() const { return m_requestMandateAction; }
    QAction *receiveMandateAction() const { return m_receiveMandateAction; }
    QAction *extendAction() const { return m_extendAction; }
    QAction *completeAction() const { return m_completeAction; }
    QAction *noteAction() const { return m_noteAction; }
    QAction *reopenAction() const { return m_reopenAction; }
    QAction *assignAction() const { return m_assignAction; }
    // The documents of the request (Documenten tab, Verzoek menu): a letter, the AP complaint
    // dossier, and the inzage report and export of the data subject.
    QAction *letterAction() const { return m_letterAction; }
    QAction *dossierAction() const { return m_dossierAction; }
    QAction *exportAction() const { return m_exportAction; }
    // Records where the data subject's data came from (Person::source; EditRegisters): the
    // "Change…" button beside "Source of the data" on the overview.
    QAction *personSourceAction() const { return m_sourceAction; }
    QAction *personRelationAction() const { return m_relationAction; }
    CaseDocumentsWidget *documentsWidget() const { return m_documents; }

    // The dialog an action opened and that is still open (for tests and for the lead), or null.
    CaseActionDialog *currentDialog() const { return m_dialog; }
    CaseDisclosuresWidget *disclosuresWidget() const { return m_disclosures; }
    CaseSystemsWidget *systemsWidget() const { return m_systems; }
    void setCurrentTab(Tab tab);
    // The Tijdlijn as shown, one "when — sentence" line per row.
    QStringList timelineLines() const;
    const DeskAccess &access() const { return m_access; }
    // Whether the request shown is limited to its intake fields (KCC).
    bool showsIntakeOnly() const;

Q_SIGNALS:
    // After every change stored through one of the actions.
    void caseChanged(const QString &number);
    void contentChanged(bool hasContent);
    void showInListRequested(); // the notice's "clear the search and filters"

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void connectPersonActions();
    void connectDocumentActions();
    void openCompleteDialog();
    void connectCaseActions();
    QWidget *createHeader();
    QWidget *createOverviewTab();
    QWidget *createTimelineTab();
    QWidget *createIdentificationTab();
    void retranslateUi();
    void updateActions();
    // Nothing selected; a read that failed (Storage) says so in the empty state.
    void showReadFailure(const ServiceError &error);
    void fillHeader(const Case &c, const CaseDeadlines &d);
    void fillOverview(const Case &c, const CaseDeadlines &d);
    // The overview's sections, in the order they are shown.
    void addRequestRows(const Case &c);
    void addPersonSourceRow(const Case &c);
    void addPersonRelationRow(const Case &c);
    // The person's own record after the answer (CaseDetailPersonRecord.cpp): the
    // address row with "Change the address…", "Correct the name…" and "Erase data…" (an erasure
    // request only), EditCases.
    void addPersonAddressRow(const Case &c);
    void createPersonRecordActions();
    void retranslatePersonRecordActions();
    void updatePersonRecordActions(bool shown);
    void addDecisionRows(const Case &c);
    void addCompletionDetailRows(const Case &c);
    void addDeadlineRows(const Case &c, const CaseDeadlines &d);
    // The person's restriction of processing, first, and the
    // holds on data outside Privacydesk, last.
    void addRestrictionRow(const Case &c);
    void addExternalHoldRows(const Case &c);
    void addConsentRow(const Case &c); // the person's consents (art. 7 AVG)
    // A row of the overview: its label and the value as selectable text ("—" when empty).
    void addOverviewRow(const QString &label, const QString &value);
    static void clearForm(QFormLayout *form);
    static QLabel *headingLabel(QWidget *parent);
    void fillIdentification(const Case &c);
    void fillTimeline();
    // A history that could not be read is said in the Tijdlijn tab, never shown as an empty one;
    // no error shows the events again.
    void setTimelineError(const ServiceError &error);
    void applyIntakeOnly(bool intakeOnly);
    void openDialog(CaseActionDialog *dialog);
    QDate today() const;

    const Session m_session;
    const DeskAccess m_access; // the acting role, read once
    CaseService m_service;
    QString m_currentUser;
    std::optional<Case> m_case;
    bool m_failed = false; // the empty state says why a request could not be read
    bool m_notListed = false; // the list beside it does not hold m_case (setListed)
    CaseNotListedNotice *m_notListedNotice = nullptr;
    QPointer<CaseActionDialog> m_dialog;

    QAction *m_requestIdAction = nullptr;
    QAction *m_receiveIdAction = nullptr;
    QAction *m_requestMandateAction = nullptr;
    QAction *m_receiveMandateAction = nullptr;
    QAction *m_extendAction = nullptr;
    QAction *m_completeAction = nullptr;
    QAction *m_noteAction = nullptr;
    QAction *m_reopenAction = nullptr;
    QAction *m_assignAction = nullptr; // who handles the request
    QAction *m_letterAction = nullptr;
    QAction *m_dossierAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_sourceAction = nullptr;
    QAction *m_relationAction = nullptr;
    QAction *m_addressAction = nullptr;
    QAction *m_nameAction = nullptr;
    QAction *m_contactAction = nullptr; // the phone number or e-mail address corrected
    QAction *m_eraseAction = nullptr;

    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTabWidget *m_tabs = nullptr;

    // Header
    QLabel *m_name = nullptr;
    QLabel *m_subtitle = nullptr;
    QWidget *m_typeChips = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_deadline = nullptr;
    QLabel *m_extendedBadge = nullptr;
    QLabel *m_lateBadge = nullptr;
    QLabel *m_overdue = nullptr;
    QLabel *m_intakeNote = nullptr; // KCC: only the phone call's details

    // Overzicht and Identificatie: label → value rows, rebuilt on every load.
    QFormLayout *m_overview = nullptr;
    QFormLayout *m_identification = nullptr;
    QLabel *m_noBsnLine = nullptr;
    QLabel *m_identificationTitle = nullptr;

    // Tijdlijn
    QCheckBox *m_newestFirst = nullptr;
    QTreeView *m_timelineView = nullptr;
    QStandardItemModel *m_timelineModel = nullptr;
    MessageLabel *m_timelineError = nullptr;
    // What the last action did, said after its dialog closed; until another request
    // is shown.
    MessageLabel *m_done = nullptr;
    QList<AuditEvent> m_events;
    // On a server: what the row trail kept of the request's changes made by hand, by the seq
    // of their sql.changed event.
    QHash<qint64, RowChange> m_handChanges;

    CaseDisclosuresWidget *m_disclosures = nullptr; // the person's disclosures and art. 19
    CaseDocumentsWidget *m_documents = nullptr;
    CaseSystemsWidget *m_systems = nullptr; // the systems searched, on the overview
};

} // namespace pd::ui
