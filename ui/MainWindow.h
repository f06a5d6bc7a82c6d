#pragma once

#include "DeskAccess.h"
#include "cases/CaseService.h"
#include "session/Session.h"
#include "store/Store.h"
#include "users/UserService.h"
#include "util/Translations.h"

#include <QHash>
#include <QList>
#include <QMainWindow>

#include <memory>

class QAction;
class QCloseEvent;
class QActionGroup;
class QSplitter;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace pd {
class ChangeFeed;
}

namespace pd::ui {

class CaseDetailWidget;
class IntakeDialog;
class NewRequestDialog;
class DisclosuresPage;
class ProcessingRegisterPage;
class RetentionPage;

class CaseListPage;
class BackupReminderBanner;
class DemoBanner;
struct RestoreRequest;
class EmptyStateWidget;
class DashboardsPage;
class BreachesPage;

// The desk: navigation on the left (Verzoeken, Verstrekkingen, Bewaartermijnen, Registers,
// Dashboards, Datalekken; Ctrl+1..Ctrl+6), one page per section on the right, and a status bar that
// says which store is open, as whom, and that it is encrypted. Sections show honest empty states
// until their features exist. The window does not own the store: the Application closes the
// window first and the store after it, so no view outlives its database.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum class Section { Requests, Disclosures, Retention, Registers, Dashboards, Breaches };
    static constexpr int sectionCount = 6;

    explicit MainWindow(const Session &session, QWidget *parent = nullptr);
    // First start (no saved size) on a screen smaller than the desk's size: show it maximized.
    bool wantsWholeScreen() const { return m_wantsWholeScreen; }
    ~MainWindow() override;

    Section currentSection() const;
    void setCurrentSection(Section section);
    // The section's page, built now if it was not yet (see buildSection).
    QWidget *sectionPage(Section section);
    // Whether the section's page has been built (a section is built when it is first shown).
    bool isSectionBuilt(Section section) const;
    // The Requests section: the list, and beside it the detail of the request opened from it.
    CaseListPage *caseListPage() const { return m_caseList; }
    CaseDetailWidget *caseDetail() const { return m_caseDetail; }
    // The other sections' pages, built now if they were not yet; null where the role has no
    // access to the section.
    DisclosuresPage *disclosuresPage();
    RetentionPage *retentionPage();
    ProcessingRegisterPage *processingRegisterPage();
    DashboardsPage *dashboardsPage();
    // The data-breach register; for a KCC employee only their own reports.
    BreachesPage *breachesPage();
    // File → "Report a data breach…": every role that may report one (KCC included).
    QAction *reportBreachAction() const { return m_reportBreachAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *mailboxAction() const { return m_mailboxAction; }
    QAction *intakeAction() const { return m_intakeAction; }
    // "Nieuw verzoek…" (Ctrl+Shift+N): the officer's intake from every channel.
    QAction *newRequestAction() const { return m_newRequestAction; }
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *usersAction() const { return m_usersAction; }
    QAction *backupAction() const { return m_backupAction; }
    QAction *restoreAction() const { return m_restoreAction; }
    BackupReminderBanner *backupReminder() const { return m_backupReminder; }
    // Opens a request in the detail (and the Requests section).
    void openCase(const QString &number);
    // Ctrl+F from anywhere in the window: the search field of the current page, or of
    // the requests when the page has none. Returns the field.
    QWidget *focusSearch();
    QAction *sectionAction(Section section) const;
    QAction *lockAction() const { return m_lockAction; }
    QAction *languageAction(UiLanguage language) const;
    // Help → User guide (F1): the guide at the section of the page or field in use.
    QAction *userGuideAction() const { return m_userGuideAction; }
    bool isDemo() const { return m_info.demo; }
    // The acting user's role decides what the desk offers (the core enforces it regardless):
    // a KCC-medewerker has the requests only.
    std::optional<Role> role() const { return m_access.role(); }
    bool may(Permission permission) const;
    bool isSectionAvailable(Section section) const;

    // The locked desk, before the window goes: every half-typed phone intake and new
    // request is kept in the store as a draft (the lock then closes its dialog without
    // asking). Returns what the lock screen should say about them (empty when there were none).
    // *attention: something in it needs the user's action (shown as a warning, not a status).
    QString prepareForLock(bool *attention = nullptr);
    // Opens the phone intake with the user's newest draft, if there is one (after unlocking).
    // Returns whether it did.
    bool resumeIntakeDraft();
    // The same for "Nieuw verzoek"; a draft that could not be read opens the dialog
    // with the reason.
    bool resumeNewRequestDraft();
    // After unlocking: every form the user was typing in when the desk locked.
    void resumeDrafts();

    // Geometry and the current section into QSettings; also done on close.
    void saveWindowState() const;
    QString aboutText() const;

Q_SIGNALS:
    void lockRequested();
    void quitRequested();
    // The organisation's security policy (auto-lock, backup reminder) was saved.
    void securityPolicyChanged();
    // The window holds the store read-only; removing users (rekey) and restoring a backup
    // (closing the store) belong to the Application, which owns it.
    void usersRequested();
    void restoreRequested(std::shared_ptr<pd::ui::RestoreRequest> request);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Ctrl+F in the parts of the window without a search of their own (MainWindowSearch.cpp).
    void addFindShortcut(QWidget *scope);
    // The current page's search field, focused and selected; null when the page has none.
    QWidget *focusPageSearch();
    // The desk's requests and detail beside each other: the list tells the detail whether it
    // still holds the request shown.
    void connectListAndDetail();
    // The actions, one part per menu (MainWindowActions.cpp).
    void createActions();
    void createFileActions();
    void createRequestActions();
    void createToolsActions();
    void createHelpActions();
    void createSectionActions();
    void createLanguageActions();
    void createMenus();
    void createCentralWidget(const Session &session);
    void createNavigation(QWidget *central);
    void createRequestsPage(const Session &session);
    void createStatusBar();
    void applyRole();
    void openBackup();
    bool explainServerBackups();
    void openRestore();
    void updateBackupReminder();
    void restoreWindowState();
    void retranslateUi();
    void switchLanguage(UiLanguage language);
    void showAbout();
    IntakeDialog *openIntake();
    NewRequestDialog *openNewRequest();
    void openImport();
    void openSettings();
    void connectDashboards();
    // The "Vandaag" strip of the requests page: its requests stay on the page, its
    // breaches and retention periods open their sections.
    void connectTodayStrip();
    // The data-breach register: one breach, or the open ones (number empty).
    void showBreaches(const QString &number);
    // Opening shows the requests first; the other sections' pages (registers, charts)
    // are built the first time they are shown, so that unlocking costs the list, not the desk.
    // Until then a placeholder holds their place in the stack.
    QWidget *buildSection(int index);
    // Something in the store changed: views that summarise it read it again.
    void dataChanged();
    void watchOtherSeats();
    void otherSeatChanged();
    // The icon of the section at index in the navigation and the View menu.
    static QIcon sectionIcon(int index);

    const Session m_session;
    StoreInfo m_info;
    QString m_organisationName;
    QString m_userName;
    DeskAccess m_access;
    ChangeFeed *m_changes = nullptr;
    QList<EmptyStateWidget *> m_closedSections;
    QHash<int, QWidget *> m_unbuiltSections; // section index → its placeholder

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    CaseListPage *m_caseList = nullptr;
    CaseDetailWidget *m_caseDetail = nullptr;
    DisclosuresPage *m_disclosures = nullptr;
    RetentionPage *m_retention = nullptr;
    ProcessingRegisterPage *m_processingRegister = nullptr;
    QSplitter *m_requestsSplitter = nullptr;
    DashboardsPage *m_dashboards = nullptr;
    BreachesPage *m_breaches = nullptr;
    DemoBanner *m_demoBanner = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_caseMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_intakeAction = nullptr;
    QAction *m_newRequestAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_mailboxAction = nullptr; // Bestand → Postvak…
    QAction *m_reportBreachAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_usersAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
    BackupReminderBanner *m_backupReminder = nullptr;
    bool m_backupReminderPostponed = false;
    bool m_wantsWholeScreen = false;
    QAction *m_templatesAction = nullptr;
    QAction *m_personExportAction = nullptr;
    QList<QAction *> m_sectionActions;
    QActionGroup *m_sectionGroup = nullptr;
    QAction *m_dutchAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_userGuideAction = nullptr;

    QLabel *m_storeLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_lockIcon = nullptr;
    QLabel *m_encryptedLabel = nullptr;
    QLabel *m_schemaLabel = nullptr;
};

} // namespace pd::ui
