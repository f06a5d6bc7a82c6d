#pragma once

#include "DeskAccess.h"
#include "Retranslated.h"
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
} // namespace pd

namespace pd::ui {

class CaseDetailWidget;
class MailRetry;
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
class SettingsDialog;
class DashboardsPage;
class BreachesPage;

// The window does not own the store: the Application closes the window first and the store after
// it, so no view outlives its database.
class MainWindow final : public Retranslated<QMainWindow>
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
    // Built now if it was not yet.
    QWidget *sectionPage(Section section);
    bool isSectionBuilt(Section section) const;
    CaseListPage *caseListPage() const { return m_caseList; }
    CaseDetailWidget *caseDetail() const { return m_caseDetail; }
    // Built now if not yet; null where the role has no access to the section.
    DisclosuresPage *disclosuresPage();
    RetentionPage *retentionPage();
    ProcessingRegisterPage *processingRegisterPage();
    DashboardsPage *dashboardsPage();
    // For a KCC employee only their own reports.
    BreachesPage *breachesPage();
    QAction *reportBreachAction() const { return m_reportBreachAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *veraSyncAction() const { return m_veraSyncAction; }
    QAction *mailboxAction() const { return m_mailboxAction; }
    QAction *intakeAction() const { return m_intakeAction; }
    QAction *newRequestAction() const { return m_newRequestAction; }
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *usersAction() const { return m_usersAction; }
    QAction *backupAction() const { return m_backupAction; }
    QAction *restoreAction() const { return m_restoreAction; }
    BackupReminderBanner *backupReminder() const { return m_backupReminder; }
    void openCase(const QString &number);
    // The current page's search field, else the requests'.
    QWidget *focusSearch();
    QAction *sectionAction(Section section) const;
    QAction *lockAction() const { return m_lockAction; }
    QAction *languageAction(UiLanguage language) const;
    QAction *userGuideAction() const { return m_userGuideAction; }
    bool isDemo() const { return m_info.demo; }
    // The core enforces the role regardless; the desk only decides what it offers.
    std::optional<Role> role() const { return m_access.role(); }
    bool may(Permission permission) const;
    bool isSectionAvailable(Section section) const;

    // Keeps every half-typed intake and new request as a draft (the lock then closes their dialogs
    // without asking); returns what the lock screen says of them. *attention: shown as a warning.
    QString prepareForLock(bool *attention = nullptr);
    // Where the officer was: kept in memory over a lock, so that unlocking returns there.
    struct Place
    {
        Section section = Section::Requests;
        QString caseNumber; // the request open beside the list
        int caseTab = 0; // its tab
        QString search; // what was typed in the list's search
    };
    Place place() const;
    void returnTo(const Place &place);
    // After unlocking: the phone intake with the user's newest draft, if any.
    bool resumeIntakeDraft();
    // A draft that could not be read opens the dialog with the reason.
    bool resumeNewRequestDraft();
    void resumeDrafts();

    // Also done on close.
    void saveWindowState() const;
    QString aboutText() const;

Q_SIGNALS:
    void lockRequested();
    void quitRequested();
    void securityPolicyChanged();
    // The Application owns the store, so removing users (rekey) and restoring a backup are its own.
    void usersRequested();
    void restoreRequested(std::shared_ptr<pd::ui::RestoreRequest> request);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addFindShortcut(QWidget *scope);
    // Null when the page has none.
    QWidget *focusPageSearch();
    // The list tells the detail whether it still holds the request shown.
    void connectListAndDetail();
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
    void retranslateUi() override;
    void switchLanguage(UiLanguage language);
    void showAbout();
    IntakeDialog *openIntake();
    NewRequestDialog *openNewRequest();
    void openImport();
    void openVeraSync();
    void openSettings();
    void openOrganisationSettings();
    SettingsDialog *settingsDialog(); // made and connected, not yet open
    void connectDashboards();
    // Its requests stay on the page; its breaches and retention periods open their sections.
    void connectTodayStrip();
    // number empty: the open ones.
    void showBreaches(const QString &number);
    // Other sections are built when first shown, so that unlocking costs the list, not the desk.
    QWidget *buildSection(int index);
    void dataChanged();
    void watchOtherSeats();
    void retryMailForNow();
    void otherSeatChanged();
    static QIcon sectionIcon(int index);

    const Session m_session;
    StoreInfo m_info;
    QString m_organisationName;
    QString m_userName;
    DeskAccess m_access;
    ChangeFeed *m_changes = nullptr;
    MailRetry *m_mailRetry = nullptr;
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
    QAction *m_veraSyncAction = nullptr;
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
