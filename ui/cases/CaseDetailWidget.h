#pragma once

#include "DeskAccess.h"
#include "Retranslated.h"
#include "audit/RowChange.h"
#include "cases/CaseService.h"
#include "session/Session.h"

#include <QAction>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>
#include <type_traits>

class QCheckBox;
class QFormLayout;
class QLabel;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QToolBar;
class QTreeView;

namespace pd::ui {

class CaseDisclosuresWidget;
class CaseDocumentsWidget;
class CaseSystemsWidget;
class CaseNotListedNotice;

class CaseActionDialog;
class EmptyStateWidget;
class MessageLabel;

// Actions are enabled only when CaseWorkflow allows them and hidden when the role never may; a
// KCC-medewerker sees only the intake fields of their own calls, without the tabs that would
// stay empty.
class CaseDetailWidget final : public Retranslated<QWidget>
{
    Q_OBJECT
public:
    enum class Tab { Overview, Timeline, Identification, Disclosures, Documents };

    CaseDetailWidget(const Session &session, const QString &currentUser, QWidget *parent = nullptr);
    ~CaseDetailWidget() override;

    // False (and the empty state) when there is no such number.
    bool showCase(const QString &number);
    void clear();
    void reload();
    QString currentNumber() const;
    int currentTab() const; // of the request's tabs
    void setCurrentTab(int index);
    // A request, or why it could not be read; without it the desk gives the list the width.
    bool hasContent() const;
    std::optional<Case> currentCase() const { return m_case; }
    // Not listed: a notice with the ways back replaces the request, and its actions are off.
    void setListed(bool listed);
    bool showsNotListed() const { return m_notListed; }

    // In menu order; owned by this widget, each with its shortcut.
    QList<QAction *> caseActions() const;
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
    QAction *letterAction() const { return m_letterAction; }
    QAction *dossierAction() const { return m_dossierAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *personSourceAction() const { return m_sourceAction; }
    QAction *personRelationAction() const { return m_relationAction; }
    CaseDocumentsWidget *documentsWidget() const { return m_documents; }

    // Null when none is open.
    CaseActionDialog *currentDialog() const { return m_dialog; }
    CaseDisclosuresWidget *disclosuresWidget() const { return m_disclosures; }
    CaseSystemsWidget *systemsWidget() const { return m_systems; }
    void setCurrentTab(Tab tab);
    // One "when — sentence" line per row.
    QStringList timelineLines() const;
    const DeskAccess &access() const { return m_access; }
    bool showsIntakeOnly() const;

Q_SIGNALS:
    // After every change stored through one of the actions.
    void caseChanged(const QString &number);
    void contentChanged(bool hasContent);
    void showInListRequested(); // the notice's "clear the search and filters"

protected:
    void retranslateContent() override;

private:
    void createActions();
    void connectPersonActions();
    void connectDocumentActions();
    void openCompleteDialog();
    // Opens the sending of number's marks not done, when it is the request shown.
    void offerMarks(const QString &number);
    void connectCaseActions();
    QWidget *createHeader();
    QWidget *createOverviewTab();
    QWidget *createTimelineTab();
    QWidget *createIdentificationTab();
    void retranslateUi() override;
    void updateActions();
    // A read that failed says so in the empty state.
    void showReadFailure(const ServiceError &error);
    void fillHeader(const Case &c, const CaseDeadlines &d);
    void fillOverview(const Case &c, const CaseDeadlines &d);
    void addRequestRows(const Case &c);
    void addPersonSourceRow(const Case &c);
    void addPersonRelationRow(const Case &c);
    void addPersonAddressRow(const Case &c);
    void createPersonRecordActions();
    void retranslatePersonRecordActions();
    void updatePersonRecordActions(bool shown);
    void addDecisionRows(const Case &c);
    void addCompletionDetailRows(const Case &c);
    void addDeadlineRows(const Case &c, const CaseDeadlines &d);
    // A section below the overview; the request reloads after it saved (queued: the reload
    // removes the section that asked for it). Defined in CaseDetailHolds.cpp.
    template<typename Section> void addSectionRow(Section *section, const QString &number);
    void addRestrictionRow(const Case &c);
    void addExternalHoldRows(const Case &c);
    void addConsentRow(const Case &c); // the person's consents (art. 7 AVG)
    // "—" when empty.
    void addOverviewRow(const QString &label, const QString &value);
    static void clearForm(QFormLayout *form);
    static QLabel *headingLabel(QWidget *parent);
    void fillIdentification(const Case &c);
    void fillTimeline();
    // Never an empty history for one that could not be read; no error shows the events again.
    void setTimelineError(const ServiceError &error);
    void applyIntakeOnly(bool intakeOnly);
    void openDialog(CaseActionDialog *dialog);
    // The action opens Dialog on the request shown, if any; the person's own record's dialogs
    // take the session too.
    template<typename Dialog> void opensOnCase(QAction *action);
    // After a change made elsewhere on the request: read it again and tell the desk.
    void reloadAndTell();
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

    QLabel *m_name = nullptr;
    QLabel *m_subtitle = nullptr;
    QWidget *m_typeChips = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_deadline = nullptr;
    QLabel *m_extendedBadge = nullptr;
    QLabel *m_lateBadge = nullptr;
    QLabel *m_overdue = nullptr;
    QLabel *m_intakeNote = nullptr; // KCC: only the phone call's details

    QFormLayout *m_overview = nullptr;
    QFormLayout *m_identification = nullptr;
    QLabel *m_noBsnLine = nullptr;
    QLabel *m_identificationTitle = nullptr;

    QCheckBox *m_newestFirst = nullptr;
    QTreeView *m_timelineView = nullptr;
    QStandardItemModel *m_timelineModel = nullptr;
    MessageLabel *m_timelineError = nullptr;
    // Until another request is shown.
    MessageLabel *m_done = nullptr;
    QList<AuditEvent> m_events;
    // On a server: the row trail's changes made by hand, by the seq of their sql.changed event.
    QHash<qint64, RowChange> m_handChanges;

    CaseDisclosuresWidget *m_disclosures = nullptr; // the person's disclosures and art. 19
    CaseDocumentsWidget *m_documents = nullptr;
    CaseSystemsWidget *m_systems = nullptr; // the systems searched, on the overview
};

template<typename Dialog> void CaseDetailWidget::opensOnCase(QAction *action)
{
    connect(action, &QAction::triggered, this, [this] {
        if (!m_case)
            return;
        if constexpr (std::is_constructible_v<Dialog, CaseService &, const Session &, const Case &,
                                              QDate, QWidget *>)
            openDialog(new Dialog(m_service, m_session, *m_case, today(), this));
        else
            openDialog(new Dialog(m_service, *m_case, today(), this));
    });
}

} // namespace pd::ui
