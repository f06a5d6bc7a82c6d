#include "backup/BackupDialog.h"

#include "BusyLine.h"
#include "FolderField.h"
#include "HelpWindow.h"
#include "Icons.h"
#include "MessageLabel.h"
#include "Named.h"
#include "QuietLabel.h"
#include "WaitCursor.h"
#include "audit/AuditLog.h"
#include "backup/BackupReminder.h"
#include "store/BackupFolders.h"
#include "store/Store.h"
#include "users/UserService.h"
#include "util/Clock.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

const QString lastFolderKey = QStringLiteral("backup/lastFolder");

bool isInside(const QString &path, const QString &directory)
{
    const QString inner = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QString outer = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    return inner == outer || inner.startsWith(outer + u'/');
}

// A reason as a sentence of its own (some end with an SQLite message without a full stop).
QString sentence(const QString &reason)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty() || trimmed.endsWith(u'.') || trimmed.endsWith(u'!'))
        return trimmed;
    return trimmed + u'.';
}

} // namespace

BackupDialog::BackupDialog(const Session &session, QWidget *parent)
    : Retranslated(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_folderLabel(new QLabel(this))
    , m_folder(new FolderField(QStringLiteral("folder"), this))
    , m_contents(named<QLabel>(QStringLiteral("contents"), this))
    , m_last(quietLabel(this))
    , m_reason(quietLabel(this))
    , m_message(named<MessageLabel>(QStringLiteral("message"), this))
    , m_busyLine(new BusyLine(this))
    , m_close(named<QPushButton>(QStringLiteral("closeButton"), this))
    , m_make(named<QPushButton>(QStringLiteral("makeButton"), this))
{
    setObjectName(QStringLiteral("backupDialog"));
    setHelpTopic(this, HelpTopic::Backup);
    setWindowIcon(icons::application());
    m_last->setObjectName(QStringLiteral("lastBackup"));
    m_reason->setObjectName(QStringLiteral("invalidReason"));

    const std::optional<Role> role = m_session.role();
    m_mayBackUp = role && UserService::roleMay(*role, Permission::Backup);
    m_roleName = role ? UserService::roleName(*role) : QString();

    m_intro->setWordWrap(true);
    m_contents->setWordWrap(true);
    m_contents->setTextFormat(Qt::RichText);
    m_contents->setFrameShape(QFrame::StyledPanel);
    m_contents->setMargin(8);
    m_contents->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setFolder(lastFolder());
    m_folderLabel->setBuddy(m_folder->edit());
    m_close->setAutoDefault(false);
    m_make->setDefault(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_folderLabel, m_folder->row());
    QVBoxLayout *layout = dialogColumn(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_contents);
    layout->addWidget(m_last);
    addMessageAndButtons(layout, m_message, m_busyLine,
                         reasonAndButtons(m_reason, m_close, m_make));
    setMinimumWidth(620);

    connect(m_folder->edit(), &QLineEdit::textChanged, this, &BackupDialog::validate);
    connect(m_folder->browseButton(), &QPushButton::clicked, this, &BackupDialog::chooseFolder);
    connect(m_close, &QPushButton::clicked, this, &BackupDialog::reject);
    connect(m_make, &QPushButton::clicked, this, &BackupDialog::makeBackup);
    retranslateUi();
    m_make->setFocus();
}

BackupDialog::~BackupDialog() = default;

void BackupDialog::setFolder(const QString &folder)
{
    m_folder->setFolder(folder);
}

QString BackupDialog::folder() const
{
    return m_folder->folder();
}

QString BackupDialog::targetDirectory() const
{
    const QString parent = folder();
    return parent.isEmpty()
        ? QString()
        : BackupFolders::newFolderIn(parent, organisationTime(m_session.clock().now()));
}

QString BackupDialog::lastFolder()
{
    const QString stored = QSettings().value(lastFolderKey).toString();
    if (!stored.isEmpty())
        return stored;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("Privacydesk-back-ups"));
}

void BackupDialog::setLastFolder(const QString &folder)
{
    QSettings().setValue(lastFolderKey, QDir::cleanPath(folder));
}

QString BackupDialog::invalidReason() const
{
    if (!m_mayBackUp)
        return m_roleName.isEmpty()
            ? tr("You are not an active user of this store; you cannot make a backup.")
            : tr("Your role (%1) does not allow making backups.").arg(m_roleName);
    const QString parent = folder();
    if (parent.isEmpty())
        return tr("Choose a folder for the backup.");
    const QFileInfo info(parent);
    if (info.exists() && !info.isDir())
        return tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(parent));
    if (isInside(parent, m_session.store().directory()))
        return tr("Choose a folder outside the store's folder: a backup beside the store is lost "
                  "with it.");
    return {};
}

QString BackupDialog::message() const
{
    return m_message->message();
}

QString BackupDialog::description() const
{
    return m_contents->text();
}

void BackupDialog::validate()
{
    const QString reason = invalidReason();
    m_reason->setText(reason);
    m_make->setEnabled(reason.isEmpty() && !m_busy);
    const QString target = targetDirectory();
    // The database file and its write-ahead log: about what the export holds.
    const qint64 bytes = QFileInfo(m_session.store().databasePath()).size()
        + QFileInfo(m_session.store().databasePath() + u"-wal").size();
    const QString size = QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
    QString html = u"<p>"
        + (target.isEmpty()
               ? tr("Privacydesk makes a new folder with:").toHtmlEscaped()
               : tr("In this folder Privacydesk makes a new folder %1 with:")
                     .toHtmlEscaped()
                     .arg(u"<b>" + QFileInfo(target).fileName().toHtmlEscaped() + u"</b>"))
        + u"</p><ul>";
    html += u"<li><b>privacydesk.db</b> — "
        + tr("the database, encrypted with the store's key (%1)").arg(size).toHtmlEscaped()
        + u"</li>";
    html += u"<li><b>keyring.pdk</b> — "
        + tr("the users' key slots and the recovery key slot; useless without a password or "
             "the recovery key")
              .toHtmlEscaped()
        + u"</li></ul>";
    html += u"<p>"
        + tr("Nothing is written unencrypted. Afterwards Privacydesk opens the copy and checks "
             "it.")
              .toHtmlEscaped()
        + u"</p><p>"
        + tr("To restore it you need a password that was valid at the time of the backup, or "
             "the recovery key of that time.")
              .toHtmlEscaped()
        + u"</p>";
    m_contents->setText(html);
}

void BackupDialog::chooseFolder()
{
    m_folder->choose(tr("Folder for backups"), folder().isEmpty() ? QDir::homePath() : folder());
}

void BackupDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void BackupDialog::makeBackup()
{
    if (m_busy || !invalidReason().isEmpty())
        return;
    const QString parent = folder();
    m_message->setMessage({});
    setBusy(true);
    // One turn of the event loop first, so that the busy line is painted before the copy holds
    // this thread (the store's connection lives here).
    QTimer::singleShot(0, this, [this, parent] { finishBackup(parent); });
}

void BackupDialog::finishBackup(const QString &parent)
{
    UserError denied;
    StoreError error;
    QString target;
    const bool made = [&] {
        const WaitCursor cursor;
        return UserService::backupInto(m_session, parent, &target, &denied, &error);
    }();
    setBusy(false);
    if (denied.isError()) {
        m_message->setMessage(denied.message);
        return;
    }
    if (!made) {
        m_message->setMessage(tr("The backup was not made.") + u' ' + error.message());
        return;
    }
    setLastFolder(parent);
    // Every backup walks the whole audit trail: say what it found, because a broken
    // chain found here is the only place the everyday checks (from the checkpoint on) miss it.
    const AuditLog::Verification chain = m_session.store().lastBackupAuditCheck();
    const QString where = QDir::toNativeSeparators(target);
    if (chain.ok)
        m_message->setMessage(tr("Backup made and verified in %1. The whole audit trail was "
                                 "checked: %n event(s), complete and unaltered.",
                                 nullptr, static_cast<int>(chain.eventsChecked))
                                  .arg(where),
                              MessageLabel::Kind::Done);
    else
        m_message->setMessage(tr("Backup made in %1, but the audit trail does not verify. %2 "
                                 "Keep this backup and the previous ones, and have the store "
                                 "examined before you rely on its history.")
                                  .arg(where, sentence(chain.reason)));
    retranslateUi();
    Q_EMIT backupMade(target);
}

void BackupDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_folder->setEnabled(!busy);
    m_close->setEnabled(!busy);
    m_busyLine->showInPlaceOf(m_reason, busy);
    validate();
}

void BackupDialog::retranslateUi()
{
    setWindowTitle(tr("Make a backup – Privacydesk"));
    m_intro->setText(tr("A backup is an encrypted copy of the whole store. Keep it on another "
                        "disk than this computer's, e.g. a USB disk or a network share that is "
                        "backed up itself."));
    m_folderLabel->setText(tr("&Folder:"));
    m_folder->browseButton()->setText(tr("&Choose…"));
    m_last->setText(
        BackupReminder::text(m_session.store().lastBackup(), m_session.clock().today()));
    m_busyLine->setText(tr("Writing and checking the backup… on a large store this takes a "
                           "minute."));
    m_close->setText(tr("Close"));
    m_make->setText(tr("&Make backup"));
    validate();
}

} // namespace pd::ui
