#pragma once

#include "Retranslated.h"
#include "mailbox/MailboxAccount.h"
#include "session/Session.h"

#include <QByteArray>
#include <QDialog>
#include <QFutureWatcher>
#include <QString>

#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pd::ui {

class MessageLabel;
class PasswordLineEdit;

// The form opens without the stored secret: an empty secret keeps the stored one. Signing in runs
// on a worker thread, so the desk never hangs on a slow server; "Opslaan" signs in first (to the
// SMTP server too when answers are sent) and saves only when that works, else offers "Toch
// opslaan" (the CLI's --no-check).
class MailboxAccountDialog final : public Retranslated<QDialog>
{
    Q_OBJECT
public:
    MailboxAccountDialog(const Session &session, QWidget *parent = nullptr);
    ~MailboxAccountDialog() override;

    // For tests; false (and said) when it is no readable PEM certificate.
    bool chooseCaFile(const QString &path);
    bool busy() const;
    QString message() const;

public Q_SLOTS:
    void testConnection();
    void accept() override;
    void reject() override;

Q_SIGNALS:
    // For tests.
    void checked();

private:
    using Checked = std::pair<bool, QString>;
    enum class Then { Nothing, Report, Save };

    void createFields();
    void createSendingFields();
    void layOutForm();
    void createButtons();
    void connectControls();
    void showStoredAccount();
    void retranslateUi() override;
    void fill(const MailboxAccount &stored);
    void securityChosen();
    void submissionChosen();
    void updateSecret();
    void updateCa();
    void browseCaFile();
    void setBusy(bool busy);
    bool keepsStoredSecret() const;
    // The secret as typed (empty: keep the stored).
    std::optional<MailboxAccount> formAccount(QString *problem) const;
    // The stored secret when none was typed.
    std::optional<MailboxAccount> withSecret(MailboxAccount account, QString *problem) const;
    void startCheck(const MailboxAccount &account, Then then);
    void checkDone();
    void offerSaveAnyway(const QString &why);
    void save();

    const Session m_session;
    bool m_allowed = false;
    std::optional<MailboxAccount::Auth> m_storedAuth; // the stored account's, when there is one
    QByteArray m_caPem;
    QString m_caName; // the file it was read from; empty: the stored one
    QFutureWatcher<Checked> m_checking;
    Then m_then = Then::Nothing;
    MailboxAccount m_toSave; // while signing in before saving: the account as the form gave it
    bool m_busy = false;

    QLabel *m_intro = nullptr;
    QLineEdit *m_server = nullptr;
    QComboBox *m_security = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_login = nullptr;
    QComboBox *m_auth = nullptr;
    QLabel *m_secretLabel = nullptr;
    PasswordLineEdit *m_secret = nullptr;
    QLabel *m_caLabel = nullptr;
    QLabel *m_caState = nullptr;
    QPushButton *m_caBrowse = nullptr;
    QPushButton *m_caClear = nullptr;
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_doneFolder = nullptr;
    QLineEdit *m_dismissFolder = nullptr;
    QLabel *m_foldersNote = nullptr;
    // Sending answers (SMTP submission with the same login and secret): unticked, not set up.
    QGroupBox *m_sending = nullptr;
    QLineEdit *m_smtpServer = nullptr;
    QComboBox *m_submission = nullptr;
    QSpinBox *m_smtpPort = nullptr;
    QLineEdit *m_fromAddress = nullptr;
    QLineEdit *m_sentFolder = nullptr;
    QCheckBox *m_serverCopy = nullptr; // the mail server keeps the copy in Sent itself
    QLabel *m_sendingNote = nullptr;
    QLabel *m_smtpServerLabel = nullptr;
    QLabel *m_submissionLabel = nullptr;
    QLabel *m_smtpPortLabel = nullptr;
    QLabel *m_fromAddressLabel = nullptr;
    QLabel *m_sentFolderLabel = nullptr;
    QWidget *m_form = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_securityLabel = nullptr;
    QLabel *m_portLabel = nullptr;
    QLabel *m_loginLabel = nullptr;
    QLabel *m_authLabel = nullptr;
    QLabel *m_folderLabel = nullptr;
    QLabel *m_doneFolderLabel = nullptr;
    QLabel *m_dismissFolderLabel = nullptr;
};

} // namespace pd::ui
