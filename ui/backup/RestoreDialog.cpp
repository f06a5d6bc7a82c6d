#include "backup/RestoreDialog.h"

#include "BusyLine.h"
#include "FolderField.h"
#include "HelpWindow.h"
#include "Icons.h"
#include "MessageLabel.h"
#include "Named.h"
#include "PasswordLineEdit.h"
#include "QuietLabel.h"
#include "TextEmphasis.h"
#include "WaitCursor.h"
#include "backup/BackupDialog.h"
#include "crypto/Keyring.h"
#include "retention/Retention.h"
#include "store/Store.h"
#include "users/UserService.h"
#include "util/Clock.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pd::ui {

namespace {

QString shownDate(const QDateTime &moment)
{
    return QLocale().toString(organisationTime(moment), QLocale::ShortFormat);
}

} // namespace

bool performRestore(const QString &backupDir, const QString &storeDir, const QString &user,
                    const SecureBytes &password, QString *safetyBackup, QString *message,
                    bool otherStore, bool *attention)
{
    QString safety;
    StoreError error;
    DestructionReplay replay;
    ServiceError replayError;
    const QDateTime date = RestoreDialog::backupDateOf(backupDir);
    const bool restored
        = RetentionService::restore(backupDir, storeDir, user, password, systemClock(), &safety,
                                    &error, otherStore, nullptr, &replay, &replayError);
    if (attention)
        *attention = restored && !replay.uncheckedWhy.isEmpty();
    if (safetyBackup)
        *safetyBackup = safety;
    if (!message)
        return restored;
    if (!restored) {
        //: Dutch: "Opnieuw vernietigen wat na het maken van de back-up is vernietigd, is
        //: mislukt: %1 De gegevens zijn zoals ze waren."
        const QString replayFailed = RestoreDialog::tr(
            "Destroying again what was destroyed after the backup was made failed: %1 The data "
            "are as they were.");
        *message = RestoreDialog::tr("The backup was not restored.") + u' '
            + (replayError.isError() ? replayFailed.arg(replayError.message) : error.message());
        return false;
    }
    *message = date.isValid()
        ? RestoreDialog::tr("The backup of %1 has been restored.").arg(shownDate(date))
        : RestoreDialog::tr("The backup has been restored.");
    if (!safety.isEmpty())
        *message += u' '
            + RestoreDialog::tr("The data as they were are kept in %1.")
                  .arg(QDir::toNativeSeparators(safety));
    if (!replay.replayed.isEmpty())
        //: Dutch: "Wat na het maken van deze back-up is vernietigd, is opnieuw vernietigd: %1."
        *message += u' '
            + RestoreDialog::tr("What was destroyed after this backup was made has been destroyed "
                                "again: %1.")
                  .arg(replay.replayed.join(QStringLiteral(", ")));
    if (!replay.uncheckedWhy.isEmpty())
        //: Dutch: "Of er na deze back-up gegevens zijn vernietigd, kon niet worden nagegaan: %1
        //: Vergelijk het vernietigingsregister met dat van de bewaarde gegevens."
        *message += u' '
            + RestoreDialog::tr("Whether data was destroyed after this backup could not be "
                                "checked: %1 Compare the destruction log with that of the data "
                                "as they were.")
                  .arg(replay.uncheckedWhy);
    return true;
}

RestoreDialog::RestoreDialog(const Session &session, QWidget *parent)
    : Retranslated(parent)
    , m_storeDirectory(session.store().directory())
    , m_storeUser(session.store().openedWithRecoveryKey() ? QString() : session.userName())
    , m_storeId(session.store().storeId())
    , m_intro(new QLabel(this))
    , m_folderLabel(new QLabel(this))
    , m_folder(new FolderField(QStringLiteral("folder"), this))
    , m_backupInfo(named<QLabel>(QStringLiteral("backupInfo"), this))
    , m_userLabel(new QLabel(this))
    , m_user(named<QLineEdit>(QStringLiteral("userName"), this))
    , m_passwordLabel(new QLabel(this))
    , m_passwordEdit(named<PasswordLineEdit>(QStringLiteral("password"), this))
    , m_consequence(named<QLabel>(QStringLiteral("consequence"), this))
    , m_reason(quietLabel(this))
    , m_message(named<MessageLabel>(QStringLiteral("message"), this))
    , m_busyLine(new BusyLine(this))
    , m_cancel(named<QPushButton>(QStringLiteral("cancelButton"), this))
    , m_restore(named<QPushButton>(QStringLiteral("restoreButton"), this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setHelpTopic(this, HelpTopic::Restore);
    setWindowIcon(icons::application());
    m_reason->setObjectName(QStringLiteral("invalidReason"));

    const std::optional<Role> role = session.role();
    m_mayRestore = role && UserService::roleMay(*role, Permission::Restore);
    m_roleName = role ? UserService::roleName(*role) : QString();

    m_intro->setWordWrap(true);
    m_backupInfo->setWordWrap(true);
    m_backupInfo->setTextFormat(Qt::PlainText);
    m_consequence->setWordWrap(true);
    m_consequence->setTextFormat(Qt::PlainText);
    emphasise(m_consequence);
    m_storeOrganisation = session.store().info().organisationName;
    m_user->setText(m_storeUser);
    m_user->setMaxLength(64);
    m_folderLabel->setBuddy(m_folder->edit());
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_passwordEdit);
    m_cancel->setAutoDefault(false);
    m_restore->setDefault(true);

    layOutWidgets();

    connect(m_folder->edit(), &QLineEdit::textChanged, this, &RestoreDialog::updateBackupInfo);
    connect(m_user, &QLineEdit::textChanged, this, &RestoreDialog::validate);
    connect(m_passwordEdit, &QLineEdit::textChanged, this, &RestoreDialog::validate);
    connect(m_folder->browseButton(), &QPushButton::clicked, this, &RestoreDialog::chooseFolder);
    connect(m_cancel, &QPushButton::clicked, this, &RestoreDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::restore);
    connect(&m_checking, &QFutureWatcherBase::finished, this, &RestoreDialog::passwordChecked);

    m_folder->setFolder(newestBackupIn(BackupDialog::lastFolder()));
    retranslateUi();
    if (m_folder->folder().isEmpty())
        m_folder->edit()->setFocus();
    else
        m_passwordEdit->setFocus();
}

// The backup folder and what it holds, the account to restore with, what a restore does, and
// the buttons with the reason Restore is off beside them.
void RestoreDialog::layOutWidgets()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_folderLabel, m_folder->row());
    form->addRow(QString(), m_backupInfo);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_passwordEdit);
    QVBoxLayout *layout = dialogColumn(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_consequence);
    addMessageAndButtons(layout, m_message, m_busyLine,
                         reasonAndButtons(m_reason, m_cancel, m_restore));
    setMinimumWidth(640);
}

RestoreDialog::~RestoreDialog()
{
    // A check still running holds only its own copy of the password; wait for it so that the
    // watcher does not outlive the dialog's members.
    m_checking.waitForFinished();
}

bool RestoreDialog::looksLikeBackup(const QString &directory)
{
    const QDir dir(directory);
    return !directory.isEmpty()
        && QFileInfo(dir.filePath(QLatin1StringView(Store::databaseFileName))).isFile()
        && QFileInfo(dir.filePath(QLatin1StringView(Store::keyringFileName))).isFile();
}

QDateTime RestoreDialog::backupDateOf(const QString &directory)
{
    if (!looksLikeBackup(directory))
        return {};
    return QFileInfo(QDir(directory).filePath(QLatin1StringView(Store::databaseFileName)))
        .lastModified();
}

QString RestoreDialog::newestBackupIn(const QString &folder)
{
    QString newest;
    QDateTime newestDate;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString candidate = dir.filePath(name);
        const QDateTime date = backupDateOf(candidate);
        if (date.isValid() && (!newestDate.isValid() || date > newestDate)) {
            newest = candidate;
            newestDate = date;
        }
    }
    return newest;
}

void RestoreDialog::setBackupDirectory(const QString &directory)
{
    m_folder->setFolder(directory);
}

QString RestoreDialog::backupDirectory() const
{
    return m_folder->folder();
}

QDateTime RestoreDialog::backupDate() const
{
    return backupDateOf(backupDirectory());
}

QString RestoreDialog::message() const
{
    return m_message->message();
}

QString RestoreDialog::invalidReason() const
{
    if (!m_mayRestore)
        return m_roleName.isEmpty()
            ? tr("You are not an active user of this store; you cannot restore a backup.")
            : tr("Your role (%1) does not allow restoring a backup; an administrator can.")
                  .arg(m_roleName);
    const QString directory = backupDirectory();
    if (directory.isEmpty())
        return tr("Choose the folder of the backup.");
    if (!looksLikeBackup(directory))
        return tr("This folder holds no Privacydesk backup (privacydesk.db and keyring.pdk).");
    if (QDir::cleanPath(QFileInfo(directory).absoluteFilePath())
        == QDir::cleanPath(QFileInfo(m_storeDirectory).absoluteFilePath()))
        return tr("This is the store itself, not a backup of it.");
    if (m_user->text().trimmed().isEmpty())
        return tr("Fill in your user name.");
    if (m_passwordEdit->text().isEmpty())
        return tr("Fill in your password.");
    return {};
}

QString RestoreDialog::confirmationText() const
{
    const QDateTime date = backupDate();
    const QString safety = QDir::toNativeSeparators(
        QDir(m_storeDirectory).filePath(QLatin1StringView(Store::backupDirName)));
    return tr("The current data are replaced by the backup of %1. First a second backup of the "
              "current data is made automatically in %2.")
        .arg(date.isValid() ? shownDate(date) : tr("unknown date"), safety);
}

void RestoreDialog::updateBackupInfo()
{
    const QString directory = backupDirectory();
    QString info;
    if (looksLikeBackup(directory)) {
        info = tr("Backup of %1 (the time of its database file).").arg(shownDate(backupDate()));
        Keyring::Status status = Keyring::Status::Ok;
        const Keyring keyring = Keyring::load(
            QDir(directory).filePath(QLatin1StringView(Store::keyringFileName)), &status);
        if (keyring.isValid() && !m_storeId.isNull() && keyring.storeId() != m_storeId)
            info += u' '
                + tr("It belongs to another store (ID %1): restoring it replaces this store by "
                     "that one.")
                      .arg(keyring.storeId().toString(QUuid::WithoutBraces));
    }
    m_backupInfo->setText(info);
    m_backupInfo->setVisible(!info.isEmpty());
    validate();
}

void RestoreDialog::validate()
{
    const QString directory = backupDirectory();
    const QString reason = invalidReason();
    m_reason->setText(reason);
    m_consequence->setText(m_mayRestore && looksLikeBackup(directory) ? confirmationText()
                                                                      : QString());
    m_consequence->setVisible(!m_consequence->text().isEmpty());
    m_restore->setEnabled(reason.isEmpty() && !m_busy);
}

void RestoreDialog::chooseFolder()
{
    const QString start
        = backupDirectory().isEmpty() ? BackupDialog::lastFolder() : backupDirectory();
    m_folder->choose(tr("Folder of the backup"), start);
}

void RestoreDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void RestoreDialog::restore()
{
    if (m_busy || !invalidReason().isEmpty())
        return;
    m_message->setMessage({});
    m_password = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(m_passwordEdit->text()));
    m_passwordEdit->clearSecret();
    setBusy(true);
    // Argon2id on the backup's slot: a second or two, off the GUI thread. The key it yields is
    // dropped at once; only "it opens" matters here.
    m_checking.setFuture(QtConcurrent::run(
        [directory = backupDirectory(), user = m_user->text().trimmed(), password = m_password] {
            return Store::unlock(directory, user, *password);
        }));
}

void RestoreDialog::passwordChecked()
{
    if (!m_busy || m_checking.future().resultCount() == 0)
        return;
    std::shared_ptr<StoreKey> key = m_checking.result();
    const StoreError error = key ? key->error() : StoreError(StoreError::Code::Internal);
    key.reset();
    m_checking.setFuture(QFuture<std::shared_ptr<StoreKey>>());
    setBusy(false);
    if (error.isError()) {
        m_password.reset();
        m_message->setMessage(error.code() == StoreError::Code::WrongPassword
                                  ? tr("This password does not open the backup. Use the password "
                                       "you had when the backup was made.")
                                  : error.message());
        m_passwordEdit->setFocus();
        return;
    }
    m_otherStore = false;
    if (!otherStoreQuestion().isEmpty())
        askOtherStore();
    else
        confirm();
}

QString RestoreDialog::otherStoreQuestion() const
{
    Keyring::Status status = Keyring::Status::Ok;
    const Keyring keyring = Keyring::load(
        QDir(backupDirectory()).filePath(QLatin1StringView(Store::keyringFileName)), &status);
    if (!keyring.isValid() || m_storeId.isNull() || keyring.storeId() == m_storeId)
        return {};
    const QString current = m_storeOrganisation.trimmed().isEmpty()
        ? tr("store ID %1").arg(m_storeId.toString(QUuid::WithoutBraces))
        : tr("%1, store ID %2")
              .arg(m_storeOrganisation.trimmed(), m_storeId.toString(QUuid::WithoutBraces));
    return tr("This backup belongs to another store (store ID %1) than the one open now (%2). "
              "Restoring it replaces this store by that other one. Do you want that?")
        .arg(keyring.storeId().toString(QUuid::WithoutBraces), current);
}

void RestoreDialog::askOtherStore()
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Backup of another store"),
                                otherStoreQuestion(), QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmOtherStore"));
    box->setDefaultButton(QMessageBox::No);
    box->setEscapeButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int answer) {
        if (answer != QMessageBox::Yes || !m_password) {
            m_password.reset();
            m_message->setMessage(tr("Nothing was restored: the backup belongs to another store."));
            return;
        }
        m_otherStore = true;
        confirm();
    });
    box->open();
}

void RestoreDialog::confirm()
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Restore backup"), confirmationText(),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmRestore"));
    box->setInformativeText(
        tr("Privacydesk closes the store, restores the backup and opens it again. Everything "
           "entered after the backup is then only in that second backup."));
    box->addButton(tr("Replace the current data"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        if (box->buttonRole(button) != QMessageBox::DestructiveRole || !m_password) {
            m_password.reset();
            return;
        }
        m_request.backupDirectory = backupDirectory();
        m_request.storeDirectory = m_storeDirectory;
        m_request.userName = m_user->text().trimmed();
        m_request.password = std::move(*m_password);
        m_request.backupDate = backupDate();
        m_request.otherStore = m_otherStore;
        m_password.reset();
        accept();
    });
    box->open();
}

RestoreRequest RestoreDialog::takeRequest()
{
    return std::move(m_request);
}

void RestoreDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_folder->setEnabled(!busy);
    for (QWidget *widget : std::initializer_list<QWidget *> { m_user, m_passwordEdit, m_cancel })
        widget->setEnabled(!busy);
    m_busyLine->showInPlaceOf(m_reason, busy);
    showBusyCursor(this, busy);
    validate();
}

void RestoreDialog::retranslateUi()
{
    setWindowTitle(tr("Restore backup – Privacydesk"));
    m_intro->setText(tr("Puts the data of a backup back in place of the current data of this "
                        "store. Use it after a damaged disk or a serious mistake."));
    m_folderLabel->setText(tr("&Backup:"));
    m_folder->browseButton()->setText(tr("&Choose…"));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_passwordEdit->setPlaceholderText(tr("Your password at the time of the backup"));
    m_busyLine->setText(tr("Checking the password on the backup…"));
    m_cancel->setText(tr("Cancel"));
    m_restore->setText(tr("&Restore…"));
    updateBackupInfo();
}

} // namespace pd::ui
