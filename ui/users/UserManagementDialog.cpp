#include "users/UserManagementDialog.h"

#include "BusyLine.h"
#include "HelpWindow.h"
#include "Icons.h"
#include "MessageLabel.h"
#include "Named.h"
#include "RowTables.h"
#include "WaitCursor.h"
#include "WindowSize.h"
#include "organisation/OrganisationSettings.h"
#include "store/Store.h"
#include "users/RecoveryKeyDialog.h"
#include "users/UserDialogs.h"
#include "users/UserListModel.h"

#include <QCheckBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QPushButton *makeButton(QWidget *parent, const char *name)
{
    auto *button = named<QPushButton>(QLatin1StringView(name), parent);
    // Enter on a row opens the password reset; no button may take that key as the default.
    button->setAutoDefault(false);
    return button;
}

} // namespace

UserManagementDialog::UserManagementDialog(Store &store, const Session &session, QWidget *parent)
    : Retranslated(parent)
    , m_store(store)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_readOnlyNote(named<QLabel>(QStringLiteral("readOnlyNote"), this))
    , m_model(new UserListModel(this))
    , m_view(named<QTableView>(QStringLiteral("userTable"), this))
    , m_showRemoved(named<QCheckBox>(QStringLiteral("showRemoved"), this))
    , m_message(named<MessageLabel>(QStringLiteral("message"), this))
    , m_busyLine(new BusyLine(this))
    , m_add(makeButton(this, "addButton"))
    , m_reset(makeButton(this, "resetButton"))
    , m_rename(makeButton(this, "renameButton"))
    , m_remove(makeButton(this, "removeButton"))
    , m_ownPassword(makeButton(this, "ownPasswordButton"))
    , m_recoveryKey(makeButton(this, "recoveryKeyButton"))
    , m_close(makeButton(this, "closeButton"))
{
    setObjectName(QStringLiteral("userManagementDialog"));
    setHelpTopic(this, HelpTopic::Users);
    setWindowIcon(icons::application());

    m_actingRole = m_session.role();
    m_readOnly = !m_actingRole || !UserService::roleMay(*m_actingRole, Permission::ManageUsers);
    m_mayRegenerate
        = m_actingRole && UserService::roleMay(*m_actingRole, Permission::RegenerateRecoveryKey);

    m_intro->setWordWrap(true);
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setVisible(m_readOnly);
    // What only a beheerder may do is not offered at all; the note says why.
    for (QPushButton *button : { m_add, m_reset, m_rename, m_remove })
        button->setVisible(!m_readOnly);
    m_recoveryKey->setVisible(m_mayRegenerate);
    m_view->setModel(m_model);
    pickWholeRows(m_view);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(UserListModel::NameColumn,
                                                     QHeaderView::Stretch);

    layOutWidgets();
    connectWidgets();

    refresh();
    retranslateUi();
    // Wide enough for a long name beside "Functionaris gegevensbescherming" and two dates.
    resizeWithinScreen(this, QSize(980, 480));
    m_view->setFocus();
}

// The table with its buttons beside it; below, the message, the busy row and Close.
void UserManagementDialog::layOutWidgets()
{
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_remove);
    buttons->addSpacing(18);
    buttons->addWidget(m_ownPassword);
    buttons->addWidget(m_recoveryKey);
    buttons->addStretch(1);
    auto *table = new QHBoxLayout;
    table->addWidget(m_view, 1);
    table->addLayout(buttons);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_showRemoved);
    bottom->addStretch(1);
    bottom->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_readOnlyNote);
    layout->addLayout(table, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_busyLine);
    layout->addLayout(bottom);
}

// The buttons, Enter on a row (own password or a reset), Delete and Ctrl+N.
void UserManagementDialog::connectWidgets()
{
    connect(m_add, &QPushButton::clicked, this, &UserManagementDialog::addUser);
    connect(m_reset, &QPushButton::clicked, this, &UserManagementDialog::resetPassword);
    connect(m_rename, &QPushButton::clicked, this, &UserManagementDialog::renameSelected);
    connect(m_remove, &QPushButton::clicked, this, &UserManagementDialog::removeSelected);
    connect(m_ownPassword, &QPushButton::clicked, this, &UserManagementDialog::changeOwnPassword);
    connect(m_recoveryKey, &QPushButton::clicked, this,
            &UserManagementDialog::regenerateRecoveryKey);
    connect(m_close, &QPushButton::clicked, this, &UserManagementDialog::reject);
    connect(m_showRemoved, &QCheckBox::toggled, this, &UserManagementDialog::refresh);
    connect(m_view, &QTableView::activated, this, [this] {
        if (const auto account = selectedAccount(); account && isActingUser(account->login))
            changeOwnPassword();
        else
            resetPassword();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UserManagementDialog::updateButtons);
    auto *removeKey = new QShortcut(QKeySequence::Delete, m_view);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &UserManagementDialog::removeSelected);
    auto *newKey = new QShortcut(QKeySequence::New, this);
    connect(newKey, &QShortcut::activated, this, &UserManagementDialog::addUser);
}

UserManagementDialog::~UserManagementDialog() = default;

QString UserManagementDialog::message() const
{
    return m_message->message();
}

bool UserManagementDialog::isActingUser(const QString &login) const
{
    return !m_store.openedWithRecoveryKey()
        && UserService::normalisedLogin(login) == UserService::normalisedLogin(m_store.userName());
}

std::optional<UserAccount> UserManagementDialog::selectedAccount() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row()))
        return std::nullopt;
    if (const UserAccount *account = m_model->account(current.row()))
        return *account;
    return std::nullopt;
}

QString UserManagementDialog::selectedLogin() const
{
    const auto account = selectedAccount();
    return account ? account->login : QString();
}

bool UserManagementDialog::selectLogin(const QString &login)
{
    const int row = m_model->rowOf(login);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_model->index(row, UserListModel::NameColumn));
    updateButtons();
    return true;
}

void UserManagementDialog::refresh()
{
    const QString selected = selectedLogin();
    const bool removed = m_showRemoved->isChecked();
    UserError error;
    m_model->setUsers(UserService(m_store, m_session).list(removed, &error),
                      m_store.openedWithRecoveryKey() ? QString() : m_store.userName());
    // A list that could not be read is said, never shown as a store without users.
    if (error.isError())
        m_message->setMessage(error.message);
    m_view->setColumnHidden(UserListModel::RemovedColumn, !removed);
    if (selected.isEmpty() || !selectLogin(selected)) {
        if (!selectLogin(m_store.userName()) && m_model->rowCount() > 0)
            m_view->selectRow(0);
    }
    updateButtons();
}

void UserManagementDialog::updateButtons()
{
    const auto account = selectedAccount();
    const bool self = account && isActingUser(account->login);
    const bool active = account && account->isActive();
    // A removed user whose slot is still there (an interrupted rekey): removing again finishes.
    const bool unfinished = account && !active && m_store.hasKeySlot(account->login);
    m_add->setEnabled(!m_readOnly && !m_busy);
    m_reset->setEnabled(!m_readOnly && !m_busy && active && !self);
    m_rename->setEnabled(!m_readOnly && !m_busy && active);
    m_remove->setEnabled(!m_readOnly && !m_busy && (active || unfinished));
    m_ownPassword->setEnabled(!m_busy && m_actingRole && !m_store.openedWithRecoveryKey());
    m_recoveryKey->setEnabled(m_mayRegenerate && !m_busy);
    m_showRemoved->setEnabled(!m_busy);
    m_close->setEnabled(!m_busy);
}

void UserManagementDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_busyLine->setText(text);
    m_busyLine->setVisible(busy);
    m_view->setEnabled(!busy);
    updateButtons();
}

void UserManagementDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void UserManagementDialog::addUser()
{
    if (m_readOnly || m_busy)
        return;
    auto *dialog = new AddUserDialog(m_store, m_session, this);
    openForm(dialog, [this, dialog] {
        const QString login = dialog->addedLogin();
        refresh();
        selectLogin(login);
        return tr("%1 has been added and can open the store with the new password.").arg(login);
    });
}

void UserManagementDialog::resetPassword()
{
    const auto account = selectedAccount();
    if (m_readOnly || m_busy || !account || !account->isActive())
        return;
    if (isActingUser(account->login)) {
        changeOwnPassword();
        return;
    }
    const QString login = account->login;
    openForm(new ResetPasswordDialog(m_store, *account, m_session, this), [login] {
        return tr("%1 has a new password. The old one no longer opens the store.").arg(login);
    });
}

void UserManagementDialog::renameSelected()
{
    const auto account = selectedAccount();
    if (m_readOnly || m_busy || !account || !account->isActive())
        return;
    const QString login = account->login;
    openForm(new DisplayNameDialog(m_store, *account, m_session, this), [this, login] {
        refresh();
        selectLogin(login);
        //: Dutch: "De naam van %1 is gewijzigd. Brieven worden voortaan met die naam ondertekend."
        return tr("The name of %1 has been changed. Letters are signed with it from now on.")
            .arg(login);
    });
}

void UserManagementDialog::changeOwnPassword()
{
    if (m_busy || !m_actingRole || m_store.openedWithRecoveryKey())
        return;
    openForm(new ChangePasswordDialog(m_store, m_session, this),
             [] { return tr("Your password has been changed. Use the new one from now on."); });
}

void UserManagementDialog::openForm(QDialog *dialog, const std::function<QString()> &done)
{
    m_message->setMessage({});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, done] {
        m_message->setMessage(done(), MessageLabel::Kind::Done);
        Q_EMIT usersChanged();
    });
    dialog->open();
}

void UserManagementDialog::removeSelected()
{
    const auto account = selectedAccount();
    if (m_readOnly || m_busy || !account)
        return;
    m_message->setMessage({});
    // Yourself, or the last beheerder: the service refuses before it changes anything, and its
    // refusal is the message. No point asking "are you sure" first.
    int beheerders = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const UserAccount *other = m_model->account(row);
        if (other->isActive() && other->role == Role::Beheerder)
            ++beheerders;
    }
    if (isActingUser(account->login)
        || (account->isActive() && account->role == Role::Beheerder && beheerders <= 1)) {
        UserError error;
        if (!UserService(m_store, m_session).remove(account->login, &error)) {
            m_message->setMessage(error.message);
            return;
        }
        // Not expected: the service saw it otherwise. It has removed the user.
        refresh();
        Q_EMIT usersChanged();
        return;
    }
    const QString name = UserListModel::shownName(*account, false);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove user"),
                                tr("Remove %1 (%2)?").arg(name, account->login),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmRemove"));
    box->setInformativeText(
        tr("%1 can no longer open the store. Their key slot is removed and the whole database is "
           "re-encrypted with a new key, so that a copy of the old key opens nothing written from "
           "now on. This takes a moment, during which Privacydesk does not respond.")
            .arg(account->login)
        + u"\n\n"
        + tr("Backups made earlier keep the old key slots: they still open with the old "
             "password."));
    box->addButton(tr("Remove and re-encrypt"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString login = account->login;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, login](QAbstractButton *button) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            removeConfirmed(login);
    });
    box->open();
}

void UserManagementDialog::removeConfirmed(const QString &login)
{
    setBusy(true, tr("Re-encrypting the database with a new key… this takes a moment."));
    // One turn of the event loop first, so that the busy line is painted before the rekey
    // holds this thread (it must: the store's connection lives here).
    QTimer::singleShot(0, this, [this, login] {
        UserError error;
        bool removed = false;
        {
            WaitCursor cursor;
            removed = UserService(m_store, m_session).remove(login, &error);
        }
        setBusy(false);
        refresh();
        if (!removed) {
            m_message->setMessage(error.message);
            return;
        }
        m_message->setMessage(tr("%1 has been removed. The database is now encrypted with a new "
                                 "key; the old one opens nothing written from now on.")
                                  .arg(login),
                              MessageLabel::Kind::Done);
        Q_EMIT usersChanged();
    });
}

void UserManagementDialog::regenerateRecoveryKey()
{
    if (!m_mayRegenerate || m_busy)
        return;
    m_message->setMessage({});
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Renew recovery key"),
                                tr("Make a new recovery key?"), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmRecoveryKey"));
    box->setInformativeText(
        tr("The current recovery key stops working at once; destroy the old sheet once the new "
           "one is kept. The new key is shown only once: have a printer or pen and paper ready.")
        + u"\n\n" + tr("Backups made earlier still open with the old recovery key."));
    box->addButton(tr("Make a new key"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            regenerateConfirmed();
    });
    box->open();
}

void UserManagementDialog::regenerateConfirmed()
{
    setBusy(true, tr("Making a new recovery key…"));
    QTimer::singleShot(0, this, [this] {
        UserError error;
        QString key;
        {
            WaitCursor cursor;
            key = UserService(m_store, m_session).regenerateRecoveryKey(&error);
        }
        setBusy(false);
        if (key.isEmpty()) {
            m_message->setMessage(error.message);
            return;
        }
        auto *dialog = new RecoveryKeyDialog(key, m_store.storeId(),
                                             OrganisationSettings(m_session).details().name, this);
        wipe(key);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        m_message->setMessage(tr("The recovery key has been renewed; the old one no longer opens "
                                 "the store."),
                              MessageLabel::Kind::Done);
        Q_EMIT usersChanged();
    });
}

void UserManagementDialog::retranslateUi()
{
    setWindowTitle(tr("Users – Privacydesk"));
    m_intro->setText(tr("Everyone who works with this store has their own password and role. "
                        "Every change here is recorded in the audit trail."));
    m_readOnlyNote->setText(
        m_actingRole ? tr("Only an administrator can add or remove users and reset passwords. "
                          "You can change your own password here.")
                     : tr("You are not an active user of this store; you can only look."));
    m_showRemoved->setText(tr("&Show removed users"));
    m_view->setAccessibleName(tr("Users"));
    m_add->setText(tr("&Add…"));
    m_reset->setText(tr("&Reset password…"));
    //: Dutch: "&Naam wijzigen…"
    m_rename->setText(tr("Change &name…"));
    //: Dutch: "De naam waarmee de brieven van deze gebruiker worden ondertekend"
    m_rename->setToolTip(tr("The name this user's letters are signed with"));
    m_remove->setText(tr("Re&move…"));
    m_ownPassword->setText(tr("&Change my password…"));
    m_recoveryKey->setText(tr("Renew recovery &key…"));
    m_close->setText(tr("Close"));
    m_add->setToolTip(tr("Add a user with their own password and role (Ctrl+N)"));
    m_remove->setToolTip(tr("Remove the selected user; the database is re-encrypted (Del)"));
    m_reset->setToolTip(tr("A new password for the selected user (Enter)"));
}

} // namespace pd::ui
