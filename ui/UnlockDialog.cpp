#include "UnlockDialog.h"

#include "BusyLine.h"
#include "DemoBanner.h"
#include "HelpWindow.h"
#include "Icons.h"
#include "MessageLabel.h"
#include "Named.h"
#include "PasswordLineEdit.h"
#include "QuietLabel.h"
#include "Settings.h"
#include "TextEmphasis.h"
#include "WaitCursor.h"
#include "store/ServerLocation.h"
#include "store/Store.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pd::ui {

UnlockDialog::UnlockDialog(const QString &directory, QWidget *parent)
    : Retranslated(parent)
    , m_backoffTimer(new QTimer(this))
    , m_demoBanner(new DemoBanner(this))
    , m_demoHint(named<QLabel>(QStringLiteral("demoHint"), this))
    , m_title(new QLabel(this))
    , m_location(new QLabel(this))
    , m_lockInfo(named<QLabel>(QStringLiteral("lockInfo"), this))
    , m_lockNotice(named<MessageLabel>(QStringLiteral("lockNotice"), this))
    , m_modes(new QStackedWidget(this))
    , m_userLabel(new QLabel(this))
    , m_user(named<QLineEdit>(QStringLiteral("userName"), this))
    , m_passwordLabel(new QLabel(this))
    , m_password(named<PasswordLineEdit>(QStringLiteral("password"), this))
    , m_remember(named<QCheckBox>(QStringLiteral("rememberUser"), this))
    , m_recoveryHint(new QLabel(this))
    , m_recoveryLabel(new QLabel(this))
    , m_recoveryKey(named<PasswordLineEdit>(QStringLiteral("recoveryKey"), this))
    , m_message(named<MessageLabel>(QStringLiteral("errorMessage"), this))
    , m_busyLine(new BusyLine(this))
    , m_recoveryButton(named<QPushButton>(QStringLiteral("recoveryButton"), this))
    , m_otherStoreButton(named<QPushButton>(QStringLiteral("otherStoreButton"), this))
    , m_quitButton(named<QPushButton>(QStringLiteral("quitButton"), this))
    , m_unlockButton(named<QPushButton>(QStringLiteral("unlockButton"), this))
{
    setObjectName(QStringLiteral("unlockDialog"));
    setHelpTopic(this, HelpTopic::Locked);
    m_lockInfo->setWordWrap(true);
    m_lockInfo->hide();
    m_lockNotice->hide();
    m_backoffTimer->setInterval(1000);
    connect(m_backoffTimer, &QTimer::timeout, this, &UnlockDialog::updateBackoff);
    setWindowIcon(icons::application());

    QLayout *header = createHeader();
    createModePages();

    QLayout *buttons = createButtonRow();

    m_demoBanner->hide();
    m_demoHint->hide();
    m_demoHint->setWordWrap(true);

    QVBoxLayout *layout = dialogColumn(this);
    layout->addWidget(m_demoBanner);
    layout->addLayout(header);
    layout->addWidget(m_demoHint);
    layout->addWidget(m_lockInfo);
    layout->addWidget(m_lockNotice);
    layout->addWidget(m_modes);
    addMessageAndButtons(layout, m_message, m_busyLine, buttons);
    setMinimumWidth(560);

    connect(m_unlockButton, &QPushButton::clicked, this, &UnlockDialog::unlock);
    connect(m_quitButton, &QPushButton::clicked, this, &UnlockDialog::reject);
    connect(m_recoveryButton, &QPushButton::clicked, this,
            [this] { setRecoveryMode(!isRecoveryMode()); });
    connect(m_otherStoreButton, &QPushButton::clicked, this, &UnlockDialog::chooseOtherStore);

    // A name an older version kept without asking goes; a remembered one is offered again.
    settings::forgetUnrememberedUserName();
    m_remember->setChecked(settings::rememberUserName());
    m_user->setText(settings::lastUserName());
    setDirectory(directory);
    connect(&m_unlocking, &QFutureWatcherBase::finished, this, &UnlockDialog::finishUnlock);
    retranslateUi();
    if (m_user->text().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
}

// The logo beside the title and where the store is.
QLayout *UnlockDialog::createHeader()
{
    emphasise(m_title, 1.4);
    m_location->setWordWrap(true);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return logoHeader(this, 48, m_title, m_location, 12);
}

// The two ways in: name and password, or the recovery key.
void UnlockDialog::createModePages()
{
    auto *passwordPage = new QWidget(m_modes);
    auto *passwordForm = new QFormLayout(passwordPage);
    passwordForm->setContentsMargins(0, 0, 0, 0);
    passwordForm->addRow(m_userLabel, m_user);
    passwordForm->addRow(m_passwordLabel, m_password);
    passwordForm->addRow(QString(), m_remember);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);

    auto *recoveryPage = new QWidget(m_modes);
    auto *recoveryLayout = new QVBoxLayout(recoveryPage);
    recoveryLayout->setContentsMargins(0, 0, 0, 0);
    m_recoveryHint->setWordWrap(true);
    recoveryLayout->addWidget(m_recoveryHint);
    auto *recoveryForm = new QFormLayout;
    recoveryForm->addRow(m_recoveryLabel, m_recoveryKey);
    m_recoveryLabel->setBuddy(m_recoveryKey);
    m_recoveryKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    recoveryLayout->addLayout(recoveryForm);
    m_modes->addWidget(passwordPage);
    m_modes->addWidget(recoveryPage);
}

// Recovery key and other store on the left; Quit and Unlock (the default) on the right.
QLayout *UnlockDialog::createButtonRow()
{
    m_unlockButton->setDefault(true);
    m_unlockButton->setAutoDefault(true);
    m_recoveryButton->setAutoDefault(false);
    m_otherStoreButton->setAutoDefault(false);
    m_quitButton->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_recoveryButton);
    buttons->addWidget(m_otherStoreButton);
    buttons->addStretch(1);
    buttons->addWidget(m_quitButton);
    buttons->addWidget(m_unlockButton);
    return buttons;
}

UnlockDialog::~UnlockDialog() = default;

void UnlockDialog::setDirectory(const QString &directory)
{
    m_server = ServerLocation::looksLikeServer(directory);
    m_directory = ServerLocation::cleanLocation(directory);
    m_backoff.load(m_directory);
    // The recovery key belongs to a store folder's keyring; a server has logins only.
    m_recoveryButton->setVisible(!m_server);
    if (m_server && isRecoveryMode())
        setRecoveryMode(false);
    retranslateUi();
    updateBackoff();
}

void UnlockDialog::setClock(const Clock &clock)
{
    m_backoff = UnlockBackoff(clock);
    setDirectory(m_directory);
}

void UnlockDialog::setLocked(LockedBy by, const QString &notice, bool attention)
{
    m_locked = true;
    m_lockedBy = by;
    m_lockInfo->show();
    m_lockNotice->setMessage(notice,
                             attention ? MessageLabel::Kind::Problem : MessageLabel::Kind::Done);
    retranslateUi();
}

QString UnlockDialog::lockText() const
{
    return m_lockInfo->isHidden() ? QString() : m_lockInfo->text();
}

void UnlockDialog::setUserName(const QString &userName)
{
    m_user->setText(userName);
    // A known name needs no typing: the keyboard goes to the password, or a password typed at
    // once would replace the selected name in plain sight.
    if (!userName.isEmpty() && !isRecoveryMode())
        m_password->setFocus();
}

void UnlockDialog::setDemo(bool demo)
{
    m_demo = demo;
    m_demoBanner->setVisible(demo);
    m_demoHint->setVisible(demo);
    retranslateUi();
}

std::unique_ptr<Store> UnlockDialog::takeStore()
{
    return std::move(m_store);
}

bool UnlockDialog::isRecoveryMode() const
{
    return m_modes->currentIndex() == 1;
}

void UnlockDialog::setRecoveryMode(bool recovery)
{
    m_modes->setCurrentIndex(recovery ? 1 : 0);
    m_message->setMessage({});
    retranslateUi();
    if (recovery)
        m_recoveryKey->setFocus();
    else
        m_password->setFocus();
}

QString UnlockDialog::errorMessage() const
{
    return m_message->isHidden() ? QString() : m_message->message();
}

void UnlockDialog::reject()
{
    if (m_busy)
        return; // the store is being opened; let it finish
    QDialog::reject();
}

void UnlockDialog::retranslateUi()
{
    // The title is what a screen reader says of the window first: a locked desk says so.
    if (m_locked) {
        //: Dutch: "DEMO — Privacydesk is vergrendeld"
        const QString demoLocked = tr("DEMO — Privacydesk is locked");
        setWindowTitle(m_demo ? demoLocked : tr("Privacydesk is locked"));
    } else {
        setWindowTitle(m_demo ? tr("DEMO — fictitious data — Privacydesk")
                              : tr("Unlock store – Privacydesk"));
    }
    m_demoHint->setText(tr("This is the demo store with fictitious data. User name: %1, "
                           "password: %2")
                            .arg(QLatin1StringView("demo"), QLatin1StringView("demo-demo-demo")));
    m_title->setText(isRecoveryMode() ? tr("Open the store with the recovery key")
                         : m_locked   ? tr("Privacydesk is locked")
                                      : tr("Unlock store"));
    switch (m_lockedBy) {
    case LockedBy::Hand:
        m_lockInfo->setText(tr("The desk was locked. Nothing of the store is in memory any more; "
                               "type your password to continue."));
        break;
    case LockedBy::Idle:
        m_lockInfo->setText(tr("The desk locked itself because it was not used for a while. "
                               "Nothing of the store is in memory any more; type your password "
                               "to continue."));
        break;
    case LockedBy::ScreenLock:
        m_lockInfo->setText(tr("The desk locked together with the screen. Nothing of the store "
                               "is in memory any more; type your password to continue."));
        break;
    }
    m_location->setText(m_server
                            //: Dutch: "Kluis op de server: %1"
                            ? tr("Store on the server: %1").arg(m_directory)
                            : tr("Store: %1").arg(QDir::toNativeSeparators(m_directory)));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_remember->setText(tr("Re&member user name"));
    m_recoveryHint->setText(
        tr("Type the recovery key exactly as it is printed on paper. Upper or lower case and "
           "the dashes do not matter."));
    m_recoveryLabel->setText(tr("&Recovery key:"));
    m_recoveryKey->setPlaceholderText(
        QStringLiteral("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"));
    m_busyLine->setText(tr("Unlocking… this takes a few seconds."));
    m_recoveryButton->setText(isRecoveryMode() ? tr("Use &password") : tr("Use r&ecovery key…"));
    m_otherStoreButton->setText(tr("&Open another store…"));
    m_quitButton->setText(tr("&Quit"));
    m_unlockButton->setText(tr("Un&lock"));
}

void UnlockDialog::unlock()
{
    if (m_busy)
        return;
    if (secondsToWait() > 0) {
        updateBackoff();
        return;
    }
    m_message->setMessage({});
    if (isRecoveryMode()) {
        if (m_recoveryKey->text().trimmed().isEmpty()) {
            m_message->setMessage(tr("Type the recovery key."));
            m_recoveryKey->setFocus();
            return;
        }
    } else {
        m_pendingUser = m_user->text().trimmed();
        if (m_pendingUser.isEmpty()) {
            m_message->setMessage(tr("Type your user name."));
            m_user->setFocus();
            return;
        }
        if (m_password->text().isEmpty()) {
            m_message->setMessage(tr("Type your password."));
            m_password->setFocus();
            return;
        }
    }
    if (m_server) {
        // A login on the server: no key to derive, so nothing for a worker thread; the
        // connection belongs to the thread that opens it (this one).
        QString why;
        const std::optional<ServerLocation> location = ServerLocation::parse(m_directory, &why);
        StoreError error = location ? StoreError() : StoreError(StoreError::Code::Server, why);
        std::unique_ptr<Store> store;
        if (location) {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            const SecureBytes password = SecureBytes::fromUtf8(m_password->text());
            m_password->clearSecret();
            store = Store::openServer(*location, m_pendingUser, password, &error);
            QApplication::restoreOverrideCursor();
        }
        finishOpen(std::move(store), error);
        return;
    }
    setBusy(true);
    // Argon2id takes about a second and 256 MiB: the key is unlocked on a worker thread so the
    // window stays live. The database is then opened here, because its connection belongs to
    // the thread that opens it. The secrets leave the widgets at once, into locked memory.
    const QString directory = m_directory;
    if (isRecoveryMode()) {
        QString typed = m_recoveryKey->text();
        auto recoveryKey = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(typed));
        wipe(typed);
        m_unlocking.setFuture(QtConcurrent::run([directory, recoveryKey] {
            // The only owner of this buffer (unlockWithRecoveryKey takes a view): wipe() can
            // zero it. A second QString sharing it would make wipe() merely let go.
            QString text = QString::fromUtf8(reinterpret_cast<const char *>(recoveryKey->data()),
                                             static_cast<qsizetype>(recoveryKey->size()));
            auto key = Store::unlockWithRecoveryKey(directory, text);
            wipe(text);
            return key;
        }));
    } else {
        auto password = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(m_password->text()));
        m_password->clearSecret();
        m_unlocking.setFuture(QtConcurrent::run([directory, user = m_pendingUser, password] {
            return Store::unlock(directory, user, *password);
        }));
    }
}

void UnlockDialog::finishUnlock()
{
    if (!m_busy || m_unlocking.future().resultCount() == 0)
        return; // not ours: an empty or cancelled future also reports finished
    StoreError error;
    std::unique_ptr<Store> store = Store::open(m_unlocking.result(), &error);
    setBusy(false);
    finishOpen(std::move(store), error);
}

void UnlockDialog::finishOpen(std::unique_ptr<Store> store, const StoreError &error)
{
    const bool recovery = isRecoveryMode();
    if (!store) {
        m_message->setMessage(error.isError() ? error.message()
                                              : tr("The store could not be opened."));
        if (error.code() == StoreError::Code::WrongPassword
            || error.code() == StoreError::Code::WrongRecoveryKey) {
            m_backoff.recordFailure();
            m_backoff.save(m_directory);
            updateBackoff();
        }
        if (recovery) {
            m_recoveryKey->setFocus();
            m_recoveryKey->selectAll();
        } else {
            m_password->clearSecret();
            m_password->setFocus();
        }
        return;
    }
    m_recoveryKey->clearSecret();
    m_backoff.recordSuccess();
    m_backoff.save(m_directory);
    if (!recovery)
        settings::setLastUserName(m_pendingUser, m_remember->isChecked());
    m_store = std::move(store);
    Q_EMIT unlocked();
    accept();
}

void UnlockDialog::chooseOtherStore()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Open store"), m_directory);
    if (chosen.isEmpty())
        return;
    if (!Store::looksLikeStore(chosen)) {
        m_message->setMessage(tr("The folder %1 does not contain a Privacydesk store.")
                                  .arg(QDir::toNativeSeparators(chosen)));
        return;
    }
    m_message->setMessage({});
    setDirectory(chosen);
    m_password->setFocus();
}

void UnlockDialog::updateBackoff()
{
    const int wait = secondsToWait();
    if (wait > 0) {
        m_unlockButton->setEnabled(false);
        m_message->setMessage(
            tr("The password was wrong %n times in a row. You can try again in %1.", nullptr,
               m_backoff.failures())
                .arg(tr("%n second(s)", nullptr, wait)));
        if (!m_backoffTimer->isActive())
            m_backoffTimer->start();
        return;
    }
    if (m_backoffTimer->isActive()) {
        m_backoffTimer->stop();
        m_message->setMessage(tr("You can try again now."), MessageLabel::Kind::Done);
    }
    m_unlockButton->setEnabled(!m_busy);
}

void UnlockDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_modes->setEnabled(!busy);
    m_unlockButton->setEnabled(!busy);
    m_recoveryButton->setEnabled(!busy);
    m_otherStoreButton->setEnabled(!busy);
    m_quitButton->setEnabled(!busy);
    m_busyLine->setVisible(busy);
    showBusyCursor(this, busy);
}

} // namespace pd::ui
