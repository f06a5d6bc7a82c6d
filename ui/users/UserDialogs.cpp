#include "users/UserDialogs.h"

#include "BusyLine.h"
#include "Icons.h"
#include "MessageLabel.h"
#include "Named.h"
#include "PasswordLineEdit.h"
#include "QuietLabel.h"
#include "WaitCursor.h"
#include "store/Store.h"
#include "users/NewPasswordFields.h"
#include "users/UserListModel.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::ui {

// --- UserFormDialog ---

UserFormDialog::UserFormDialog(Store &store, const Session &session, QWidget *parent)
    : Retranslated(parent)
    , m_store(store)
    , m_session(session)
    , m_intro(named<QLabel>(QStringLiteral("intro"), this))
    , m_form(new QFormLayout)
    , m_reason(quietLabel(this))
    , m_message(named<MessageLabel>(QStringLiteral("errorMessage"), this))
    , m_busyLine(new BusyLine(this))
    , m_cancel(named<QPushButton>(QStringLiteral("cancelButton"), this))
    , m_action(named<QPushButton>(QStringLiteral("actionButton"), this))
{
    setWindowIcon(icons::application());
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_reason->setObjectName(QStringLiteral("invalidReason"));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_cancel->setAutoDefault(false);
    m_action->setDefault(true);
    connect(m_cancel, &QPushButton::clicked, this, &UserFormDialog::reject);
    connect(m_action, &QPushButton::clicked, this, &UserFormDialog::submit);
}

UserFormDialog::~UserFormDialog() = default;

void UserFormDialog::finishLayout()
{
    QVBoxLayout *layout = dialogColumn(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    addMessageAndButtons(layout, m_message, m_busyLine,
                         reasonAndButtons(m_reason, m_cancel, m_action));
    setMinimumWidth(560);
    retranslateUi();
}

QString UserFormDialog::errorMessage() const
{
    return m_message->message();
}

void UserFormDialog::retranslateUi()
{
    m_cancel->setText(tr("Cancel"));
    validate();
}

void UserFormDialog::validate()
{
    const QString reason = reasonFor();
    m_reason->setText(reason);
    m_action->setEnabled(reason.isEmpty() && !m_busy);
}

void UserFormDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void UserFormDialog::submit()
{
    if (m_busy || !reasonFor().isEmpty())
        return;
    m_message->setMessage({});
    setBusy(true);
    // One turn of the event loop first, so that the busy line is on the screen before the
    // key derivation holds this thread.
    QTimer::singleShot(0, this, [this] {
        UserError error;
        bool done = false;
        {
            WaitCursor cursor;
            done = perform(&error);
        }
        setBusy(false);
        if (done) {
            accept();
            return;
        }
        m_message->setMessage(error.message.isEmpty() ? tr("That did not work.") : error.message);
    });
}

void UserFormDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *child : findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(child) || qobject_cast<QComboBox *>(child))
            child->setEnabled(!busy);
    }
    m_cancel->setEnabled(!busy);
    m_busyLine->showInPlaceOf(m_reason, busy);
    validate();
}

// --- AddUserDialog ---

AddUserDialog::AddUserDialog(Store &store, const Session &session, QWidget *parent)
    : UserFormDialog(store, session, parent)
    , m_nameLabel(new QLabel(this))
    , m_name(named<QLineEdit>(QStringLiteral("displayName"), this))
    , m_loginLabel(new QLabel(this))
    , m_login(named<QLineEdit>(QStringLiteral("login"), this))
    , m_roleLabel(new QLabel(this))
    , m_role(named<QComboBox>(QStringLiteral("role"), this))
    , m_roleExplanation(quietLabel(this))
    , m_password(new NewPasswordFields(this))
{
    setObjectName(QStringLiteral("addUserDialog"));
    m_roleExplanation->setObjectName(QStringLiteral("roleExplanation"));
    m_name->setMaxLength(200);
    m_login->setMaxLength(64);
    for (Role role : { Role::Beheerder, Role::Functionaris, Role::Kcc, Role::Auditor })
        m_role->addItem(QString(), static_cast<int>(role));
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(Role::Functionaris)));
    m_nameLabel->setBuddy(m_name);
    m_loginLabel->setBuddy(m_login);
    m_roleLabel->setBuddy(m_role);
    // Only to say early that a login is taken: adding checks it again, and says a failed read.
    UserError unread;
    for (const UserAccount &account : UserService(m_store, m_session).list(false, &unread))
        m_activeLogins.insert(account.login);

    auto *roleBox = new QVBoxLayout;
    roleBox->setSpacing(2);
    roleBox->addWidget(m_role);
    roleBox->addWidget(m_roleExplanation);
    m_form->addRow(m_nameLabel, m_name);
    m_form->addRow(m_loginLabel, m_login);
    m_form->addRow(m_roleLabel, roleBox);
    m_password->addRowsTo(m_form);

    connect(m_name, &QLineEdit::textChanged, this, &AddUserDialog::validate);
    connect(m_login, &QLineEdit::textChanged, this, &AddUserDialog::validate);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AddUserDialog::updateExplanation);
    connect(m_password, &NewPasswordFields::changed, this, &AddUserDialog::validate);
    finishLayout();
    m_name->setFocus();
}

Role AddUserDialog::currentRole() const
{
    return static_cast<Role>(m_role->currentData().toInt());
}

void AddUserDialog::updateExplanation()
{
    m_roleExplanation->setText(UserListModel::roleExplanation(currentRole()));
}

QString AddUserDialog::reasonFor() const
{
    const QString login = UserService::normalisedLogin(m_login->text());
    if (login.isEmpty())
        return tr("Fill in a user name.");
    if (login.contains(u' '))
        return tr("A user name has no spaces, e.g. j.devries.");
    if (m_activeLogins.contains(login))
        return tr("There is already a user %1.").arg(login);
    return m_password->problem();
}

bool AddUserDialog::perform(UserError *error)
{
    const QString login = UserService::normalisedLogin(m_login->text());
    const SecureBytes password = m_password->takePassword();
    if (!UserService(m_store, m_session)
             .add(login, m_name->text().trimmed(), currentRole(), password, error))
        return false;
    m_addedLogin = login;
    return true;
}

void AddUserDialog::retranslateUi()
{
    setWindowTitle(tr("Add user – Privacydesk"));
    m_intro->setText(tr("The new user gets a key slot of their own: with this password they "
                        "open the store. Give the password in person, not by e-mail; they can "
                        "change it themselves afterwards."));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("e.g. Jan de Vries"));
    m_loginLabel->setText(tr("&User name:"));
    m_login->setPlaceholderText(tr("e.g. j.devries (no spaces)"));
    m_roleLabel->setText(tr("R&ole:"));
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(i,
                            UserService::roleName(static_cast<Role>(m_role->itemData(i).toInt())));
    m_password->retranslateUi();
    m_busyLine->setText(tr("Making the key slot… this takes a few seconds."));
    m_action->setText(tr("&Add"));
    updateExplanation();
    UserFormDialog::retranslateUi();
}

// --- ResetPasswordDialog ---

ResetPasswordDialog::ResetPasswordDialog(Store &store, const UserAccount &account,
                                         const Session &session, QWidget *parent)
    : UserFormDialog(store, session, parent)
    , m_account(account)
    , m_password(new NewPasswordFields(this))
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    m_password->addRowsTo(m_form);
    connect(m_password, &NewPasswordFields::changed, this, &ResetPasswordDialog::validate);
    finishLayout();
    m_password->passwordEdit()->setFocus();
}

QString ResetPasswordDialog::reasonFor() const
{
    return m_password->problem();
}

bool ResetPasswordDialog::perform(UserError *error)
{
    const SecureBytes password = m_password->takePassword();
    return UserService(m_store, m_session).resetPassword(m_account.login, password, error);
}

void ResetPasswordDialog::retranslateUi()
{
    setWindowTitle(tr("Reset password – Privacydesk"));
    const QString name = m_account.displayName.isEmpty() ? m_account.login : m_account.displayName;
    m_intro->setText(tr("A new password for %1 (%2), without the old one. Give it in person, "
                        "not by e-mail, and ask them to change it themselves afterwards.")
                         .arg(name, m_account.login));
    m_password->retranslateUi();
    m_password->setPasswordLabel(tr("&New password:"));
    m_busyLine->setText(tr("Replacing the key slot… this takes a few seconds."));
    m_action->setText(tr("Re&set password"));
    UserFormDialog::retranslateUi();
}

// --- DisplayNameDialog ---

DisplayNameDialog::DisplayNameDialog(Store &store, const UserAccount &account,
                                     const Session &session, QWidget *parent)
    : UserFormDialog(store, session, parent)
    , m_account(account)
    , m_nameLabel(new QLabel(this))
    , m_name(named<QLineEdit>(QStringLiteral("displayName"), this))
{
    setObjectName(QStringLiteral("displayNameDialog"));
    m_name->setMaxLength(200);
    m_name->setText(account.displayName);
    m_nameLabel->setBuddy(m_name);
    m_form->addRow(m_nameLabel, m_name);
    connect(m_name, &QLineEdit::textChanged, this, &DisplayNameDialog::validate);
    finishLayout();
    m_name->selectAll();
    m_name->setFocus();
}

QString DisplayNameDialog::reasonFor() const
{
    //: Dutch: "Vul de naam in waarmee brieven worden ondertekend."
    return m_name->text().trimmed().isEmpty() ? tr("Fill in the name letters are signed with.")
                                              : QString();
}

bool DisplayNameDialog::perform(UserError *error)
{
    return UserService(m_store, m_session).setDisplayName(m_account.login, m_name->text(), error);
}

void DisplayNameDialog::retranslateUi()
{
    //: Dutch: "Naam wijzigen – Privacydesk"
    setWindowTitle(tr("Change name – Privacydesk"));
    //: Dutch: "De naam van %1 zoals brieven ermee worden ondertekend, bijvoorbeeld \"Jan de
    //: Vries\". Nooit een gebruikersnaam."
    m_intro->setText(tr("The name of %1 as letters are signed with it, for example \"Jan de "
                        "Vries\". Never a user name.")
                         .arg(m_account.login));
    //: Dutch: "&Naam:"
    m_nameLabel->setText(tr("&Name:"));
    m_busyLine->setText(tr("Saving…"));
    //: Dutch: "Naam op&slaan"
    m_action->setText(tr("&Save name"));
    UserFormDialog::retranslateUi();
}

// --- ChangePasswordDialog ---

ChangePasswordDialog::ChangePasswordDialog(Store &store, const Session &session, QWidget *parent)
    : UserFormDialog(store, session, parent)
    , m_currentLabel(new QLabel(this))
    , m_current(named<PasswordLineEdit>(QStringLiteral("currentPassword"), this))
    , m_password(new NewPasswordFields(this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    m_currentLabel->setBuddy(m_current);
    m_form->addRow(m_currentLabel, m_current);
    m_password->addRowsTo(m_form);
    connect(m_current, &QLineEdit::textChanged, this, &ChangePasswordDialog::validate);
    connect(m_password, &NewPasswordFields::changed, this, &ChangePasswordDialog::validate);
    finishLayout();
    m_current->setFocus();
}

QString ChangePasswordDialog::reasonFor() const
{
    if (m_current->text().isEmpty())
        return tr("Fill in your current password.");
    return m_password->problem();
}

bool ChangePasswordDialog::perform(UserError *error)
{
    const SecureBytes current = SecureBytes::fromUtf8(m_current->text());
    m_current->clearSecret();
    const SecureBytes password = m_password->takePassword();
    if (UserService(m_store, m_session)
            .changePassword(m_store.userName(), current, password, error))
        return true;
    if (error->code == UserError::Code::WrongPassword)
        error->message = tr("Your current password is not correct. Nothing was changed.");
    m_current->setFocus();
    return false;
}

void ChangePasswordDialog::retranslateUi()
{
    setWindowTitle(tr("Change my password – Privacydesk"));
    m_intro->setText(tr("A new password for %1. Only your own key slot changes; the other "
                        "users keep theirs.")
                         .arg(m_store.userName()));
    m_currentLabel->setText(tr("&Current password:"));
    m_password->retranslateUi();
    m_password->setPasswordLabel(tr("&New password:"));
    m_busyLine->setText(tr("Changing the password… this takes a few seconds."));
    m_action->setText(tr("C&hange password"));
    UserFormDialog::retranslateUi();
}

} // namespace pd::ui
