// The desk's actions and menus, and the texts of the whole window (MainWindow.cpp holds the rest of
// the window): the same class, in a file of its own so that neither grows past 800 lines.
#include "AccessibleNames.h"
#include "EmptyStateWidget.h"
#include "HelpWindow.h"
#include "Icons.h"
#include "MainWindow.h"
#include "Named.h"
#include "Settings.h"
#include "breaches/BreachesPage.h"
#include "cases/CaseListPage.h"
#include "documents/LetterTemplatesDialog.h"
#include "documents/PersonExportWizard.h"
#include "mailbox/MailboxWindow.h"
#include "util/Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QMenuBar>

namespace pd::ui {

QIcon MainWindow::sectionIcon(int index)
{
    switch (index) {
    case 0:
        return icons::requests();
    case 1:
        return icons::disclosures();
    case 2:
        return icons::retention();
    case 3:
        return icons::registers();
    case 4:
        return icons::dashboards();
    default:
        return icons::breaches();
    }
}

void MainWindow::createActions()
{
    createFileActions();
    createRequestActions();
    createToolsActions();
    createSectionActions();
    createLanguageActions();
    createHelpActions();
}

// The File menu's: what comes in (a call, the mailbox, an import, a breach), the backups, the
// lock and quitting.
void MainWindow::createFileActions()
{
    m_lockAction = named<QAction>(QStringLiteral("lockAction"), icons::lock(), QString(), this);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockRequested);

    m_quitAction = named<QAction>(QStringLiteral("quitAction"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quitRequested);

    m_intakeAction
        = named<QAction>(QStringLiteral("intakeAction"), icons::requests(), QString(), this);
    m_intakeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_intakeAction, &QAction::triggered, this, [this] {
        // A draft kept when the desk locked comes first: it is a caller still waiting.
        if (!resumeIntakeDraft())
            openIntake();
    });

    // The privacy mailbox: its messages registered as requests, or dismissed.
    m_mailboxAction = named<QAction>(QStringLiteral("mailboxAction"), this);
    m_mailboxAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_mailboxAction, &QAction::triggered, this, [this] {
        auto *window = new MailboxWindow(m_session, this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        connect(window, &MailboxWindow::caseCreated, this, [this] {
            m_caseList->refresh();
            dataChanged();
        });
        window->open();
    });

    m_importAction = named<QAction>(QStringLiteral("importAction"), this);
    m_veraSyncAction = named<QAction>(QStringLiteral("veraSyncAction"), this);
    connect(m_veraSyncAction, &QAction::triggered, this, &MainWindow::openVeraSync);

    m_reportBreachAction
        = named<QAction>(QStringLiteral("reportBreachAction"), icons::breaches(), QString(), this);
    connect(m_reportBreachAction, &QAction::triggered, this, [this] {
        setCurrentSection(Section::Breaches);
        if (BreachesPage *breaches = breachesPage())
            breaches->reportBreach();
    });
    connect(m_importAction, &QAction::triggered, this, &MainWindow::openImport);

    m_backupAction = named<QAction>(QStringLiteral("backupAction"), this);
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::openBackup);
    m_restoreAction = named<QAction>(QStringLiteral("restoreAction"), this);
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::openRestore);
}

// The Request menu's own: a new request as the officer registers it (the detail adds its
// actions once the central widget exists).
void MainWindow::createRequestActions()
{
    m_newRequestAction
        = named<QAction>(QStringLiteral("newRequestAction"), icons::requests(), QString(), this);
    m_newRequestAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newRequestAction, &QAction::triggered, this, [this] {
        // What was being entered when the desk locked is offered back first.
        if (!resumeNewRequestDraft())
            openNewRequest();
    });
}

// The Tools menu's: the person export, the letter templates, the users and the settings.
void MainWindow::createToolsActions()
{
    m_templatesAction = named<QAction>(QStringLiteral("letterTemplatesAction"), this);
    connect(m_templatesAction, &QAction::triggered, this, [this] {
        auto *dialog = new LetterTemplatesDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_personExportAction = named<QAction>(QStringLiteral("personExportAction"), this);
    connect(m_personExportAction, &QAction::triggered, this, [this] {
        auto *wizard = new PersonExportWizard(m_session, 0, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->open();
    });

    m_usersAction = named<QAction>(QStringLiteral("usersAction"), this);
    connect(m_usersAction, &QAction::triggered, this, &MainWindow::usersRequested);

    m_settingsAction = named<QAction>(QStringLiteral("settingsAction"), this);
    m_settingsAction->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence::Preferences });
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
}

// The Help menu's: the user guide (F1, also in the dialogs) and About.
void MainWindow::createHelpActions()
{
    m_aboutAction
        = named<QAction>(QStringLiteral("aboutAction"), icons::application(), QString(), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_userGuideAction = named<QAction>(QStringLiteral("userGuideAction"), this);
    m_userGuideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_userGuideAction, &QAction::triggered, this, [this] {
        const QWidget *focus = QApplication::focusWidget();
        showContextHelp(focus && focus->window() == this ? focus : this);
    });
    installContextHelp(); // F1 in the dialogs too
}

// One checkable action a section (Ctrl+1, Ctrl+2, ...), in the navigation's order.
void MainWindow::createSectionActions()
{
    m_sectionGroup = new QActionGroup(this);
    m_sectionGroup->setExclusive(true);
    for (int i = 0; i < sectionCount; ++i) {
        auto *action = named<QAction>(QStringLiteral("sectionAction%1").arg(i + 1), sectionIcon(i),
                                      QString(), m_sectionGroup);
        action->setCheckable(true);
        action->setShortcut(
            QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + i))));
        connect(action, &QAction::triggered, this, [this, i] { setCurrentSection(Section(i)); });
        m_sectionActions.append(action);
    }
}

// Nederlands and English, the one in use checked.
void MainWindow::createLanguageActions()
{
    auto *languages = new QActionGroup(this);
    languages->setExclusive(true);
    // Language names are written in their own language, so they are not translated.
    m_dutchAction
        = named<QAction>(QStringLiteral("dutchAction"), QStringLiteral("Nederlands"), languages);
    m_englishAction
        = named<QAction>(QStringLiteral("englishAction"), QStringLiteral("English"), languages);
    for (QAction *action : { m_dutchAction, m_englishAction })
        action->setCheckable(true);
    (settings::language() == UiLanguage::English ? m_englishAction : m_dutchAction)
        ->setChecked(true);
    connect(m_dutchAction, &QAction::triggered, this,
            [this] { switchLanguage(UiLanguage::Dutch); });
    connect(m_englishAction, &QAction::triggered, this,
            [this] { switchLanguage(UiLanguage::English); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_intakeAction);
    m_fileMenu->addAction(m_mailboxAction);
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_veraSyncAction);
    m_fileMenu->addAction(m_reportBreachAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addAction(m_restoreAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_lockAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_sectionActions);

    // Filled with the detail's actions once the central widget exists.
    m_caseMenu = menuBar()->addMenu(QString());
    m_caseMenu->addAction(m_newRequestAction);
    m_caseMenu->addSeparator();

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->addAction(m_personExportAction);
    m_toolsMenu->addAction(m_templatesAction);
    m_toolsMenu->addSeparator();
    // Everyone may open it: without ManageUsers it is read-only, and anyone may change their
    // own password there.
    m_toolsMenu->addAction(m_usersAction);
    m_toolsMenu->addAction(m_settingsAction);
    m_languageMenu = m_toolsMenu->addMenu(QString());
    m_languageMenu->addAction(m_dutchAction);
    m_languageMenu->addAction(m_englishAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_userGuideAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslateUi()
{
    const QString organisation
        = m_organisationName.isEmpty() ? QDir(m_info.directory).dirName() : m_organisationName;
    if (m_info.demo)
        setWindowTitle(tr("DEMO — fictitious data — Privacydesk"));
    else
        setWindowTitle(tr("%1 — Privacydesk").arg(organisation));

    // For a screen reader: the list of sections and the tool bars' "»" button.
    //: Dutch: "Onderdelen"
    m_navigation->setAccessibleName(tr("Sections"));
    AccessibleNames::nameToolBarExtensions(this);

    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_caseMenu->setTitle(tr("&Request"));
    m_intakeAction->setText(tr("&Telephone request…"));
    m_intakeAction->setStatusTip(tr("Log a request during a phone call"));
    m_newRequestAction->setText(tr("&New request…"));
    m_newRequestAction->setStatusTip(tr("Register a request that arrived by e-mail, letter, "
                                        "web form, at the counter, through a "
                                        "representative or from the AP, with the original"));
    //: Dutch: "&Postvak…"
    m_mailboxAction->setText(tr("&Mailbox…"));
    //: Dutch: "Verzoeken uit het privacypostvak registreren of afwijzen"
    m_mailboxAction->setStatusTip(tr("Register or dismiss the requests in the privacy mailbox"));
    m_importAction->setText(tr("&Import persons…"));
    m_importAction->setStatusTip(
        tr("Import data subjects and relation end dates from a CSV export"));
    //: Dutch: "Bewaartermijnen ophalen uit s&ystemen…"
    m_veraSyncAction->setText(tr("Fetch retention from the s&ystems…"));
    //: Dutch: "De einddatums van de huurovereenkomsten lezen uit het Overeenkomsten-systeem
    //: (VERA), met de bewaartermijnen die eruit volgen"
    m_veraSyncAction->setStatusTip(tr("Read the rental contracts' end dates from the "
                                      "Overeenkomsten system (VERA), with the retention terms "
                                      "that follow"));
    m_reportBreachAction->setText(tr("Report a &data breach…"));
    m_reportBreachAction->setStatusTip(
        tr("Register a data breach at once: the 72 hours for the AP run from the discovery"));
    m_usersAction->setText(tr("&Users…"));
    m_backupAction->setText(tr("Make a &backup…"));
    m_restoreAction->setText(tr("&Restore a backup…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_templatesAction->setText(tr("Letter &templates…"));
    m_personExportAction->setText(tr("&Inzage report and export of a person…"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_lockAction->setText(tr("&Lock store"));
    m_lockAction->setStatusTip(tr("Close the store and ask for the password again"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Privacydesk"));
    m_userGuideAction->setText(tr("User &guide"));
    m_userGuideAction->setStatusTip(tr("The user guide, at the section of what you are doing"));

    const QString names[sectionCount]
        = { tr("Requests"),  tr("Disclosures"), tr("Retention periods"),
            tr("Registers"), tr("Dashboards"),  tr("Data breaches") };
    int widest = 0;
    const QFontMetrics navigationFont(m_navigation->font());
    for (int i = 0; i < sectionCount; ++i) {
        m_navigation->item(i)->setText(names[i]);
        m_sectionActions.at(i)->setText(names[i]);
        widest = std::max(widest, navigationFont.horizontalAdvance(names[i]));
    }
    // As wide as the longest section name in this language needs, no wider: at 1200 pixels
    // every pixel given to the navigation is taken from the list and the detail.
    m_navigation->setFixedWidth(widest + m_navigation->iconSize().width() + 44);

    m_storeLabel->setText(tr("Store: %1").arg(QDir::toNativeSeparators(m_info.directory)));
    m_storeLabel->setToolTip(m_storeLabel->text());
    const std::optional<Role> role = m_access.role();
    m_userLabel->setText(role ? tr("User: %1 (%2)").arg(m_userName, UserService::roleName(*role))
                              : tr("User: %1").arg(m_userName));
    for (EmptyStateWidget *closed : std::as_const(m_closedSections)) {
        closed->setTitle(tr("Not part of your role"));
        closed->setText(tr("As %1 you log phone requests and see the requests you logged in the "
                           "last 7 days. The registers and dashboards are for the privacy "
                           "officer.")
                            .arg(role ? UserService::roleName(*role) : QString()));
    }
    if (m_session.store().isServer()) {
        // Not "encrypted": at rest, a server store is as safe as the server's volume (issue
        // 21).
        //: Dutch: "Op de server"
        m_encryptedLabel->setText(tr("On the server"));
        //: Dutch: "%1. Wie wat mag, bepaalt de server; versleuteling van de opgeslagen gegevens
        //: is die van het volume van de server."
        m_encryptedLabel->setToolTip(tr("%1. The server decides who may do what; encryption of "
                                        "the stored data is that of the server's volume.")
                                         .arg(m_info.cipherVersion));
    } else {
        m_encryptedLabel->setText(tr("Encrypted"));
        m_encryptedLabel->setToolTip(tr("Encrypted with SQLCipher; keys with Argon2id"));
    }
    m_lockIcon->setToolTip(m_encryptedLabel->toolTip());
    m_schemaLabel->setText(tr("Schema %1").arg(m_info.schemaVersion));
}

} // namespace pd::ui
