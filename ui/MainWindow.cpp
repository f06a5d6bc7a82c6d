#include "MainWindow.h"

#include "DemoBanner.h"
#include "DeskAccess.h"
#include "EmptyStateWidget.h"
#include "HelpWindow.h"
#include "Icons.h"
#include "Named.h"
#include "Settings.h"
#include "WindowSize.h"
#include "backup/BackupDialog.h"
#include "backup/BackupReminder.h"
#include "backup/RestoreDialog.h"
#include "breaches/BreachesPage.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "cases/CaseListPage.h"
#include "cases/MailRetry.h"
#include "dashboards/DashboardsPage.h"
#include "dashboards/TodayStrip.h"
#include "documents/LetterTemplatesDialog.h"
#include "documents/PersonExportWizard.h"
#include "intake/IntakeDialog.h"
#include "intake/NewRequestDialog.h"
#include "organisation/OrganisationSettings.h"
#include "registers/DisclosuresPage.h"
#include "registers/ImportWizard.h"
#include "registers/ProcessingRegisterPage.h"
#include "registers/RetentionPage.h"
#include "registers/VeraSyncDialog.h"
#include "session/ChangeFeed.h"
#include "settings/SettingsDialog.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::ui {
namespace {
constexpr auto geometryKey = "mainWindow/geometry";
constexpr auto sectionKey = "mainWindow/section";
} // namespace

MainWindow::MainWindow(const Session &session, QWidget *parent)
    : Retranslated(parent)
    , m_session(session)
    , m_info(session.store().info())
    , m_organisationName(OrganisationSettings(session).details().name)
    , m_userName(session.userName())
    , m_access(DeskAccess::of(session))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icons::application());
    setMinimumSize(900, 560);
    createActions();
    createMenus();
    createCentralWidget(session);
    createStatusBar();
    applyRole();
    retranslateUi();
    updateBackupReminder();
    restoreWindowState();
    watchOtherSeats();
    retryMailForNow();
}

MainWindow::~MainWindow() = default;

void MainWindow::createCentralWidget(const Session &session)
{
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    if (m_info.demo) {
        m_demoBanner = new DemoBanner(central);
        outer->addWidget(m_demoBanner);
    }
    m_backupReminder = named<BackupReminderBanner>(QStringLiteral("backupReminder"), central);
    outer->addWidget(m_backupReminder);
    connect(m_backupReminder, &BackupReminderBanner::backupRequested, this,
            &MainWindow::openBackup);
    connect(m_backupReminder, &BackupReminderBanner::postponed, this,
            [this] { m_backupReminderPostponed = true; });

    createNavigation(central);

    m_pages = named<QStackedWidget>(QStringLiteral("pages"), central);
    for (int i = 0; i < sectionCount; ++i) {
        auto *item = new QListWidgetItem(sectionIcon(i), QString(), m_navigation);
        item->setSizeHint(QSize(0, 44));
        if (i == int(Section::Requests)) {
            createRequestsPage(session);
            continue;
        }
        if (!isSectionAvailable(Section(i))) {
            // A KCC-medewerker works in the requests only: the registers and dashboards are not
            // built (they would only be refused), and their section is not offered.
            auto *closed = new EmptyStateWidget(icons::lock(), m_pages);
            m_closedSections.append(closed);
            item->setHidden(true);
            m_access.offer(m_sectionActions.at(i), Permission::ViewRegisters);
            closed->setObjectName(QStringLiteral("sectionPage%1").arg(i + 1));
            m_pages->addWidget(closed);
            continue;
        }
        auto *placeholder = named<QWidget>(QStringLiteral("unbuiltSection%1").arg(i + 1), m_pages);
        m_pages->addWidget(placeholder);
        m_unbuiltSections.insert(i, placeholder);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        // Leaving the list ends a dashboard's drill-down: back on the list, the officer finds
        // the list she knows, not a selection she may no longer see the banner of.
        if (m_pages->currentIndex() == int(Section::Requests) && row != int(Section::Requests)
            && m_caseList)
            m_caseList->endDrillDown();
        buildSection(row);
        m_pages->setCurrentIndex(row);
        m_sectionActions.at(row)->setChecked(true);
        // F1 outside the page (the navigation, the status bar) opens the page's section.
        setProperty(helpAnchorProperty, helpAnchorFor(m_pages->currentWidget()));
    });

    auto *separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_navigation);
    row->addWidget(separator);
    row->addWidget(m_pages, 1);
    outer->addLayout(row, 1);
    setCentralWidget(central);
    m_navigation->setCurrentRow(0);
    m_navigation->setFocus();
}

// The list of sections on the left: large icons, the window's background, no frame.
void MainWindow::createNavigation(QWidget *central)
{
    m_navigation = named<QListWidget>(QStringLiteral("navigation"), central);
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setUniformItemSizes(true);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
    QPalette navPalette = m_navigation->palette();
    navPalette.setColor(QPalette::Base, navPalette.color(QPalette::Window));
    m_navigation->setPalette(navPalette);
}

// The requests section: the list, with the open request's detail beside it, in a splitter.
void MainWindow::createRequestsPage(const Session &session)
{
    m_requestsSplitter
        = named<QSplitter>(QStringLiteral("requestsSplitter"), Qt::Horizontal, m_pages);
    m_requestsSplitter->setChildrenCollapsible(false);
    m_caseList = new CaseListPage(session, m_requestsSplitter);
    m_caseDetail = new CaseDetailWidget(session, session.userName(), m_requestsSplitter);
    m_requestsSplitter->addWidget(m_caseList);
    m_requestsSplitter->addWidget(m_caseDetail);
    m_requestsSplitter->setStretchFactor(0, 3);
    m_requestsSplitter->setStretchFactor(1, 2);
    // While no request is open the list has the width (its columns, filters and
    // counts); the detail comes in beside it when one is.
    m_caseDetail->setVisible(m_caseDetail->hasContent());
    connect(m_caseDetail, &CaseDetailWidget::contentChanged, m_caseDetail, &QWidget::setVisible);
    m_pages->addWidget(m_requestsSplitter);
    setHelpTopic(m_requestsSplitter, HelpTopic::Requests);
    setHelpTopic(m_caseDetail, HelpTopic::CaseDetail);
    connect(m_caseList, &CaseListPage::caseActivated, this, &MainWindow::openCase);
    connect(m_caseList, &CaseListPage::organisationRequested, this,
            &MainWindow::openOrganisationSettings);
    connectTodayStrip();
    // A change in the detail shows at once in the list (state, deadline, sorting).
    connect(m_caseDetail, &CaseDetailWidget::caseChanged, m_caseList, &CaseListPage::refresh);
    connect(m_caseDetail, &CaseDetailWidget::caseChanged, this, &MainWindow::dataChanged);
    m_caseMenu->addActions(m_caseDetail->caseActions());
    m_caseMenu->addSeparator();
    m_caseMenu->addActions(m_caseDetail->documentActions());
    connectListAndDetail();
}

void MainWindow::applyRole()
{
    // Offered only to the roles that may (the services refuse the others anyway, and record
    // the attempt): a hidden action has no menu entry and its shortcut does nothing.
    m_access.offer(m_intakeAction, Permission::IntakeCase);
    // The officer's intake: a date of receipt in the past, another receiver, the original. A
    // KCC-medewerker logs calls (the phone intake) and reads only their own recent intakes, so
    // it is for the roles that may both register and read every request.
    if (m_access.offer(m_newRequestAction, Permission::IntakeCase))
        m_access.offer(m_newRequestAction, Permission::ViewAllCases);
    m_access.offer(m_importAction, Permission::EditRegisters);
    m_access.offer(m_veraSyncAction, Permission::EditRegisters);
    // The privacy mailbox: whoever may take its messages (functionaris, beheerder).
    m_access.offer(m_mailboxAction, Permission::EditCases);
    m_access.offer(m_reportBreachAction, Permission::IntakeCase);
    // The person export reads the registers and records the export.
    if (m_access.offer(m_personExportAction, Permission::ViewRegisters))
        m_access.offer(m_personExportAction, Permission::ProduceDocuments);
    m_access.offer(m_templatesAction, Permission::ChangeSettings);
    m_access.offer(m_settingsAction, Permission::ChangeSettings);
    m_access.offer(m_backupAction, Permission::Backup);
    m_access.offer(m_restoreAction, Permission::Restore);
}

void MainWindow::updateBackupReminder()
{
    // Not for the demo (nothing real to lose), not for whom may not make one, and not on a
    // server store (its backups are IT's, made outside the desk).
    if (m_info.demo || m_backupReminderPostponed || !may(Permission::Backup)
        || m_session.store().isServer()) {
        m_backupReminder->hide();
        return;
    }
    m_backupReminder->showIfDue(m_session.store().lastBackup(), systemClock().today(),
                                OrganisationSettings(m_session).security().backupReminderDays);
}

// A server store is backed up by the database's owner with privacydesk-cli (pg_dump,
// encrypted with a passphrase): the desk says so instead of offering a folder copy.
bool MainWindow::explainServerBackups()
{
    if (!m_session.store().isServer())
        return false;
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("Backups – Privacydesk"),
        //: Dutch: "Deze kluis staat op een server. De eigenaar van de database (meestal de
        //: afdeling ICT) maakt de back-ups en zet ze terug met privacydesk-cli backup --to en
        //: restore --from, versleuteld met een eigen wachtwoordzin; zie de handleiding."
        tr("This store is on a server. Backups are made and restored by the owner of the "
           "database (usually IT) with privacydesk-cli backup --to and restore --from, encrypted "
           "with a passphrase of their own; see the manual."),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("serverBackups"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return true;
}

void MainWindow::openBackup()
{
    if (explainServerBackups())
        return;
    auto *dialog = new BackupDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BackupDialog::backupMade, this, [this] {
        updateBackupReminder();
        dataChanged();
    });
    dialog->open();
}

void MainWindow::openRestore()
{
    if (explainServerBackups())
        return;
    auto *dialog = new RestoreDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT restoreRequested(std::make_shared<RestoreRequest>(dialog->takeRequest()));
    });
    dialog->open();
}

void MainWindow::createStatusBar()
{
    m_storeLabel = named<QLabel>(QStringLiteral("storeLabel"), this);
    m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_userLabel = named<QLabel>(QStringLiteral("userLabel"), this);
    m_lockIcon = new QLabel(this);
    m_lockIcon->setPixmap(icons::lock().pixmap(16, 16));
    m_encryptedLabel = named<QLabel>(QStringLiteral("encryptedLabel"), this);
    m_schemaLabel = named<QLabel>(QStringLiteral("schemaLabel"), this);
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    auto *encrypted = new QWidget(this);
    auto *encryptedLayout = new QHBoxLayout(encrypted);
    encryptedLayout->setContentsMargins(8, 0, 8, 0);
    encryptedLayout->setSpacing(4);
    encryptedLayout->addWidget(m_lockIcon);
    encryptedLayout->addWidget(m_encryptedLabel);
    statusBar()->addPermanentWidget(encrypted);
    statusBar()->addPermanentWidget(m_schemaLabel);
}

MainWindow::Section MainWindow::currentSection() const
{
    return Section(qMax(0, m_pages->currentIndex()));
}

void MainWindow::setCurrentSection(Section section)
{
    if (!isSectionAvailable(section))
        return;
    m_navigation->setCurrentRow(int(section));
}

bool MainWindow::isSectionAvailable(Section section) const
{
    // A KCC employee reports data breaches (and sees their own reports); the other registers
    // are for the roles that may read them.
    if (section == Section::Breaches)
        return may(Permission::ViewRegisters) || may(Permission::IntakeCase);
    return section == Section::Requests || may(Permission::ViewRegisters);
}

bool MainWindow::may(Permission permission) const
{
    return m_access.may(permission);
}

QWidget *MainWindow::sectionPage(Section section)
{
    return buildSection(int(section));
}

bool MainWindow::isSectionBuilt(Section section) const
{
    return !m_unbuiltSections.contains(int(section));
}

DisclosuresPage *MainWindow::disclosuresPage()
{
    buildSection(int(Section::Disclosures));
    return m_disclosures;
}

RetentionPage *MainWindow::retentionPage()
{
    buildSection(int(Section::Retention));
    return m_retention;
}

ProcessingRegisterPage *MainWindow::processingRegisterPage()
{
    buildSection(int(Section::Registers));
    return m_processingRegister;
}

DashboardsPage *MainWindow::dashboardsPage()
{
    buildSection(int(Section::Dashboards));
    return m_dashboards;
}

BreachesPage *MainWindow::breachesPage()
{
    buildSection(int(Section::Breaches));
    return m_breaches;
}

QWidget *MainWindow::buildSection(int index)
{
    QWidget *placeholder = m_unbuiltSections.take(index);
    if (!placeholder)
        return m_pages->widget(index);
    QWidget *page = nullptr;
    switch (Section(index)) {
    case Section::Disclosures:
        m_disclosures = new DisclosuresPage(m_session, m_pages);
        // A disclosure linked to a request opens that request.
        connect(m_disclosures, &DisclosuresPage::caseActivated, this, &MainWindow::openCase);
        connect(m_disclosures, &DisclosuresPage::disclosureAdded, this, &MainWindow::dataChanged);
        connect(m_disclosures, &DisclosuresPage::recipientAdded, this, &MainWindow::dataChanged);
        page = m_disclosures;
        break;
    case Section::Retention:
        m_retention = new RetentionPage(m_session, m_pages);
        // A destruction anonymises people and clears request texts: the desk must show it.
        connect(m_retention, &RetentionPage::dataChanged, this, [this] {
            m_caseList->refresh();
            m_caseDetail->reload();
            dataChanged();
        });
        page = m_retention;
        break;
    case Section::Registers:
        m_processingRegister = new ProcessingRegisterPage(m_session, m_pages);
        page = m_processingRegister;
        break;
    case Section::Dashboards:
        m_dashboards = new DashboardsPage(m_session, m_pages);
        connectDashboards();
        page = m_dashboards;
        break;
    case Section::Breaches:
        m_breaches = new BreachesPage(m_session, m_pages);
        connect(m_breaches, &BreachesPage::breachChanged, this, &MainWindow::dataChanged);
        page = m_breaches;
        break;
    case Section::Requests:
        Q_UNREACHABLE();
    }
    page->setObjectName(QStringLiteral("sectionPage%1").arg(index + 1));
    if (Section(index) != Section::Disclosures && Section(index) != Section::Registers)
        addFindShortcut(page); // Ctrl+F leads to the requests' search (MainWindowSearch.cpp)
    constexpr HelpTopic topics[sectionCount]
        = { HelpTopic::Requests,           HelpTopic::Disclosures, HelpTopic::Retention,
            HelpTopic::ProcessingRegister, HelpTopic::Dashboards,  HelpTopic::DataBreaches };
    setHelpTopic(page, topics[index]);
    // In the placeholder's place; the stack's current page stays where it was.
    const bool wasCurrent = m_pages->currentWidget() == placeholder;
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(placeholder);
    placeholder->deleteLater();
    if (wasCurrent)
        m_pages->setCurrentIndex(index);
    return page;
}

QAction *MainWindow::sectionAction(Section section) const
{
    return m_sectionActions.at(int(section));
}

QAction *MainWindow::languageAction(UiLanguage language) const
{
    return language == UiLanguage::English ? m_englishAction : m_dutchAction;
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QLatin1StringView(geometryKey), saveGeometry());
    settings.setValue(QLatin1StringView(sectionKey), m_pages->currentIndex());
    settings.setValue(QStringLiteral("mainWindow/requestsSplitter"),
                      m_requestsSplitter->saveState());
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(QLatin1StringView(geometryKey)).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // The desk's least size; on a larger screen most of it (1632×918 on 1920×1080), so the
        // list shows its columns beside the request instead of 1200 px in a corner.
        const QSize least(1200, 760);
        resizeWithinScreen(this, least.expandedTo(availableScreenSize(this) * 0.85), 0.95);
        // A screen that cannot hold the desk at its size (1200×800, 1280×720): the whole
        // screen, not 95 % of it with the columns cut. Shown so by the application
        // (wantsWholeScreen): a test that sizes the window itself keeps its size.
        m_wantsWholeScreen = width() < least.width() || height() < least.height();
        if (m_wantsWholeScreen) {
            // Also where no window manager maximizes (a bare X server, Xvfb): the whole area.
            resize(availableScreenSize(this));
            move(screen()->availableGeometry().topLeft());
        }
    }
    if (!m_requestsSplitter->restoreState(
            settings.value(QStringLiteral("mainWindow/requestsSplitter")).toByteArray())) {
        // First start: the list needs room for its filters; the detail takes the rest.
        const int available = width() - 220;
        m_requestsSplitter->setSizes({ available * 62 / 100, available * 38 / 100 });
    }
    const int section = settings.value(QLatin1StringView(sectionKey), 0).toInt();
    if (section >= 0 && section < sectionCount)
        setCurrentSection(Section(section));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
    Q_EMIT quitRequested();
}

void MainWindow::switchLanguage(UiLanguage language)
{
    installTranslations(language);
    settings::setLanguage(language);
    languageAction(language)->setChecked(true);
}

QString MainWindow::aboutText() const
{
    QString text;
    text += u"<h3>" + tr("Privacydesk %1").arg(QStringLiteral(PRIVACYDESK_VERSION)).toHtmlEscaped()
        + u"</h3>";
    text += u"<p>"
        + tr("GDPR requests, disclosures and retention periods for housing corporations.")
              .toHtmlEscaped()
        + u"</p><p>";
    text += tr("Store: %1").arg(QDir::toNativeSeparators(m_info.directory)).toHtmlEscaped()
        + u"<br>";
    if (m_session.store().isServer()) {
        //: Dutch: "Server: %1"
        text += tr("Server: %1").arg(m_info.cipherVersion).toHtmlEscaped() + u"<br>";
        text += tr("Schema version: %1").arg(m_info.schemaVersion).toHtmlEscaped() + u"</p><p>";
        //: Dutch: "De server dwingt de rollen af; versleuteling van de opgeslagen gegevens is die
        //: van het volume van de server."
        text += tr("The server enforces the roles; encryption of the stored data is that of the "
                   "server's volume.")
                    .toHtmlEscaped()
            + u"</p>";
    } else {
        text += tr("SQLCipher version: %1").arg(m_info.cipherVersion).toHtmlEscaped() + u"<br>";
        text += tr("Schema version: %1").arg(m_info.schemaVersion).toHtmlEscaped() + u"</p><p>";
        text += tr("Encrypted with SQLCipher; keys with Argon2id.").toHtmlEscaped() + u"</p>";
    }
    if (m_info.demo)
        text += u"<p><b>" + tr("DEMO — fictitious data").toHtmlEscaped() + u"</b></p>";
    return text;
}

void MainWindow::connectDashboards()
{
    // Every figure leads to the list behind it, in the section that keeps that list.
    connect(m_dashboards, &DashboardsPage::casesRequested, this,
            [this](const CaseListFilter &filter, const QString &description) {
                setCurrentSection(Section::Requests);
                m_caseList->showDrillDown(filter, description);
            });
    connect(m_dashboards, &DashboardsPage::disclosuresRequested, this,
            [this](const DisclosureFilter &filter, const QString &description) {
                setCurrentSection(Section::Disclosures);
                disclosuresPage()->showDrillDown(filter, description);
            });
    connect(m_dashboards, &DashboardsPage::recipientRequested, this, [this](qint64 id) {
        setCurrentSection(Section::Disclosures);
        if (id > 0)
            disclosuresPage()->showRecipient(id);
        else
            disclosuresPage()->showRecipients();
    });
    connect(m_dashboards, &DashboardsPage::retentionDueRequested, this,
            [this](const DueQuery &query, const QString &description) {
                setCurrentSection(Section::Retention);
                retentionPage()->showDueDrillDown(query, description);
            });
    connect(m_dashboards, &DashboardsPage::destructionsRequested, this,
            [this](const DestructionFilter &filter, const QString &description) {
                setCurrentSection(Section::Retention);
                retentionPage()->showDestructions(filter, description);
            });
    connect(m_dashboards, &DashboardsPage::breachesRequested, this, &MainWindow::showBreaches);
    connect(m_dashboards, &DashboardsPage::dpiaReviewsRequested, this, [this] {
        setCurrentSection(Section::Registers);
        processingRegisterPage()->showDpias();
    });
    connect(m_dashboards, &DashboardsPage::holdsRequested, this, [this](QDate on) {
        setCurrentSection(Section::Retention);
        retentionPage()->showHoldsOn(on);
    });
}

void MainWindow::connectTodayStrip()
{
    TodayStrip *today = m_caseList->todayStrip();
    connect(today, &TodayStrip::breachesRequested, this, &MainWindow::showBreaches);
    connect(today, &TodayStrip::dpiaReviewsRequested, this, [this] {
        setCurrentSection(Section::Registers);
        processingRegisterPage()->showDpias();
    });
    connect(today, &TodayStrip::covenantsRequested, this, [this] {
        setCurrentSection(Section::Disclosures);
        disclosuresPage()->showCovenants();
    });
    connect(today, &TodayStrip::processorAgreementsRequested, this, [this] {
        setCurrentSection(Section::Disclosures);
        disclosuresPage()->showRecipients();
    });
    connect(today, &TodayStrip::retentionDueRequested, this,
            [this](const DueQuery &query, const QString &description) {
                setCurrentSection(Section::Retention);
                retentionPage()->showDueDrillDown(query, description,
                                                  DrillDownBanner::Origin::Today);
            });
}

void MainWindow::showBreaches(const QString &number)
{
    setCurrentSection(Section::Breaches);
    BreachesPage *breaches = breachesPage();
    if (!breaches)
        return;
    if (number.isEmpty())
        breaches->setOpenOnly(true);
    else
        breaches->showBreach(number);
}

// On a server store other seats change requests too. The session's ChangeFeed says when
// another seat committed (a burst read as one), and the list, the request shown and the
// dashboards are read again.
void MainWindow::watchOtherSeats()
{
    m_changes = new ChangeFeed(m_session.store(), this);
    if (m_session.store().isServer() && !m_changes->isLive())
        qWarning("the desk does not hear other seats' changes: the server did not answer "
                 "pd_audit_others()");
    connect(m_changes, &ChangeFeed::changed, this, &MainWindow::otherSeatChanged);
}

// An e-mail that failed for now (a 4xx, no connection), a request's letter or a breach's notice,
// goes again by itself while the desk is open; the status bar says what became of it.
void MainWindow::retryMailForNow()
{
    m_mailRetry = new MailRetry(m_session, this);
    connect(m_mailRetry, &MailRetry::answered, this,
            [this](const QString &number, const QString &message) {
                statusBar()->showMessage(message, 30000);
                if (!number.isEmpty() && m_caseDetail->currentNumber() == number)
                    m_caseDetail->reload();
                dataChanged();
            });
}

void MainWindow::otherSeatChanged()
{
    m_caseList->refresh();
    if (!m_caseDetail->currentNumber().isEmpty())
        m_caseDetail->reload();
    dataChanged();
}

void MainWindow::dataChanged()
{
    m_caseList->todayStrip()->invalidate();
    if (m_dashboards)
        m_dashboards->invalidate();
}

void MainWindow::openCase(const QString &number)
{
    setCurrentSection(Section::Requests);
    m_caseDetail->showCase(number);
    // The highlighted row is the request shown (or the one that could not be read), or none.
    const std::optional<Case> shown = m_caseDetail->currentCase();
    m_caseList->selectCase(number, shown ? shown->id : 0);
}

IntakeDialog *MainWindow::openIntake()
{
    auto *dialog = new IntakeDialog(m_session, m_userName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // One dialog may log several calls in a row: each new request shows in the list at once.
    connect(dialog, &IntakeDialog::caseCreated, this, [this](const QString &number) {
        m_caseList->refresh();
        dataChanged();
        openCase(number);
    });
    dialog->open();
    return dialog;
}

NewRequestDialog *MainWindow::openNewRequest()
{
    auto *dialog = new NewRequestDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewRequestDialog::caseCreated, this, [this](const QString &number) {
        m_caseList->refresh();
        dataChanged();
        openCase(number);
    });
    dialog->open();
    return dialog;
}

void MainWindow::openImport()
{
    auto *wizard = new ImportWizard(m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::personsImported, this, [this] {
        m_caseList->refresh();
        m_caseDetail->reload();
        dataChanged();
    });
    wizard->open();
}

void MainWindow::openVeraSync()
{
    auto *dialog = new VeraSyncDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VeraSyncDialog::synced, this, [this] {
        m_caseList->refresh();
        m_caseDetail->reload();
        dataChanged();
    });
    dialog->prepare();
    dialog->open();
}

void MainWindow::openSettings()
{
    settingsDialog()->open();
}

// Where the first letter's missing details are: the deadlines when only the choice of deadline
// is missing, else the organisation.
void MainWindow::openOrganisationSettings()
{
    SettingsDialog *dialog = settingsDialog();
    dialog->setCurrentTab(OrganisationSettings(m_session).details().lettersWaitOnlyForDeadline()
                              ? SettingsDialog::Tab::Deadlines
                              : SettingsDialog::Tab::Organisation);
    dialog->open();
}

SettingsDialog *MainWindow::settingsDialog()
{
    auto *dialog = new SettingsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::languageChosen, this,
            [this](UiLanguage language) { languageAction(language)->trigger(); });
    connect(dialog, &SettingsDialog::settingsSaved, this, [this] {
        // A new deadline policy moves open requests' deadlines; the organisation may be renamed.
        m_organisationName = OrganisationSettings(m_session).details().name;
        m_caseList->refresh();
        m_caseDetail->reload();
        dataChanged();
        retranslateUi();
        updateBackupReminder();
        Q_EMIT securityPolicyChanged(); // the idle lock may have a new time
    });
    return dialog;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Privacydesk"), aboutText());
}

} // namespace pd::ui
