#include "mailbox/MailboxAccountDialog.h"

#include "DeskAccess.h"
#include "MessageLabel.h"
#include "Named.h"
#include "PasswordLineEdit.h"
#include "WaitCursor.h"
#include "WindowSize.h"
#include "crypto/SecureBytes.h"
#include "mailbox/MailboxService.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pd::ui {

using namespace Qt::StringLiterals;

namespace {

int defaultPort(MailboxAccount::Security security)
{
    return security == MailboxAccount::Security::StartTls ? 143 : 993;
}

int defaultPort(MailboxAccount::Submission submission)
{
    return submission == MailboxAccount::Submission::Tls ? 465 : 587;
}

// A port of one's own stays; the other kind's default moves with the choice.
template<typename Kind> void moveDefaultPort(QSpinBox *port, Kind chosen, Kind other)
{
    if (port->value() == defaultPort(other))
        port->setValue(defaultPort(chosen));
}

QLabel *rowLabel(QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

MailboxAccountDialog::MailboxAccountDialog(const Session &session, QWidget *parent)
    : Retranslated(parent)
    , m_session(session)
    , m_allowed(DeskAccess::of(session).may(Permission::ChangeSettings))
{
    setObjectName(u"mailboxAccountDialog"_s);
    createFields();
    createSendingFields();
    layOutForm();
    createButtons();
    connectControls();
    showStoredAccount();
    resizeWithinScreen(this, QSize(680, 560));
}

// The account's fields, in the order the form shows them (and Tab visits them).
void MailboxAccountDialog::createFields()
{
    m_form = new QWidget(this);
    m_intro = new QLabel(m_form);
    m_intro->setWordWrap(true);

    m_server = named<QLineEdit>(u"mailboxServer"_s, m_form);
    m_security = named<QComboBox>(u"mailboxSecurity"_s, m_form);
    m_security->addItem(QString(), int(MailboxAccount::Security::Imaps));
    m_security->addItem(QString(), int(MailboxAccount::Security::StartTls));
    m_port = named<QSpinBox>(u"mailboxPort"_s, m_form);
    m_port->setRange(1, 65535);
    m_port->setValue(defaultPort(MailboxAccount::Security::Imaps));
    m_login = named<QLineEdit>(u"mailboxLogin"_s, m_form);
    m_auth = named<QComboBox>(u"mailboxAuth"_s, m_form);
    m_auth->addItem(QString(), int(MailboxAccount::Auth::Password));
    m_auth->addItem(QString(), int(MailboxAccount::Auth::XOAuth2));
    m_secret = named<PasswordLineEdit>(u"mailboxSecret"_s, m_form);

    m_caState = named<QLabel>(u"mailboxCaState"_s, m_form);
    m_caState->setWordWrap(true);
    m_caState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caBrowse = named<QPushButton>(u"mailboxCaBrowse"_s, m_form);
    m_caClear = named<QPushButton>(u"mailboxCaClear"_s, m_form);

    m_folder = named<QLineEdit>(u"mailboxFolder"_s, m_form);
    m_doneFolder = named<QLineEdit>(u"mailboxDoneFolder"_s, m_form);
    m_dismissFolder = named<QLineEdit>(u"mailboxDismissFolder"_s, m_form);
    m_foldersNote = new QLabel(m_form);
    m_foldersNote->setWordWrap(true);
}

// Sending answers, below the folders: a box ticked when the mailbox sends, its own form.
void MailboxAccountDialog::createSendingFields()
{
    m_sending = named<QGroupBox>(u"mailboxSending"_s, m_form);
    m_sending->setCheckable(true);
    m_sending->setChecked(false);
    m_smtpServer = named<QLineEdit>(u"mailboxSmtpServer"_s, m_sending);
    m_submission = named<QComboBox>(u"mailboxSubmission"_s, m_sending);
    m_submission->addItem(QString(), int(MailboxAccount::Submission::StartTls));
    m_submission->addItem(QString(), int(MailboxAccount::Submission::Tls));
    m_smtpPort = named<QSpinBox>(u"mailboxSmtpPort"_s, m_sending);
    m_smtpPort->setRange(1, 65535);
    m_smtpPort->setValue(defaultPort(MailboxAccount::Submission::StartTls));
    m_fromAddress = named<QLineEdit>(u"mailboxFromAddress"_s, m_sending);
    m_sentFolder = named<QLineEdit>(u"mailboxSentFolder"_s, m_sending);
    m_serverCopy = named<QCheckBox>(u"mailboxServerCopy"_s, m_sending);
    // The tick follows the server typed: Microsoft 365 keeps its own copy.
    connect(m_smtpServer, &QLineEdit::textEdited, this, [this](const QString &server) {
        m_serverCopy->setChecked(MailboxCodes::defaultSentCopy(server)
                                 == MailboxAccount::SentCopy::Server);
    });
    m_sendingNote = new QLabel(m_sending);
    m_sendingNote->setWordWrap(true);
    m_smtpServerLabel = rowLabel(m_smtpServer, m_sending);
    m_submissionLabel = rowLabel(m_submission, m_sending);
    m_smtpPortLabel = rowLabel(m_smtpPort, m_sending);
    m_fromAddressLabel = rowLabel(m_fromAddress, m_sending);
    m_sentFolderLabel = rowLabel(m_sentFolder, m_sending);
    auto *form = new QFormLayout(m_sending);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_smtpServerLabel, m_smtpServer);
    form->addRow(m_submissionLabel, m_submission);
    form->addRow(m_smtpPortLabel, m_smtpPort);
    form->addRow(m_fromAddressLabel, m_fromAddress);
    form->addRow(m_sentFolderLabel, m_sentFolder);
    form->addRow(QString(), m_serverCopy);
    form->addRow(m_sendingNote);
}

// The fields' labels and the form: the introduction, a row per field, the note on the folders.
void MailboxAccountDialog::layOutForm()
{
    m_serverLabel = rowLabel(m_server, m_form);
    m_securityLabel = rowLabel(m_security, m_form);
    m_portLabel = rowLabel(m_port, m_form);
    m_loginLabel = rowLabel(m_login, m_form);
    m_authLabel = rowLabel(m_auth, m_form);
    m_secretLabel = rowLabel(m_secret, m_form);
    // The CA row is operated with its buttons; the label names the state beside it.
    m_caLabel = new QLabel(m_form);
    m_folderLabel = rowLabel(m_folder, m_form);
    m_doneFolderLabel = rowLabel(m_doneFolder, m_form);
    m_dismissFolderLabel = rowLabel(m_dismissFolder, m_form);

    auto *caButtons = new QHBoxLayout;
    caButtons->addWidget(m_caBrowse);
    caButtons->addWidget(m_caClear);
    caButtons->addStretch(1);
    auto *caBox = new QVBoxLayout;
    caBox->addWidget(m_caState);
    caBox->addLayout(caButtons);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_securityLabel, m_security);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_authLabel, m_auth);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(m_caLabel, caBox);
    form->addRow(m_folderLabel, m_folder);
    form->addRow(m_doneFolderLabel, m_doneFolder);
    form->addRow(m_dismissFolderLabel, m_dismissFolder);
    form->addRow(m_foldersNote);
    form->addRow(m_sending);
    auto *formBox = new QVBoxLayout(m_form);
    formBox->setContentsMargins(0, 0, 0, 0);
    formBox->addWidget(m_intro);
    formBox->addLayout(form);
    formBox->addStretch(1);
}

// The message line and the buttons under the scrolling form: the test at the left, apart from
// saving and cancelling.
void MailboxAccountDialog::createButtons()
{
    m_message = named<MessageLabel>(u"mailboxAccountMessage"_s, this);
    m_test = named<QPushButton>(u"mailboxTest"_s, this);
    m_test->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(u"mailboxSave"_s);
    m_save->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"mailboxCancel"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new FormScrollArea(m_form, this), 1);
    layout->addWidget(m_message);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_test);
    bottom->addWidget(buttons, 1);
    layout->addLayout(bottom);
}

void MailboxAccountDialog::connectControls()
{
    connect(m_security, &QComboBox::currentIndexChanged, this,
            &MailboxAccountDialog::securityChosen);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &MailboxAccountDialog::updateSecret);
    connect(m_submission, &QComboBox::currentIndexChanged, this,
            &MailboxAccountDialog::submissionChosen);
    connect(m_caBrowse, &QPushButton::clicked, this, &MailboxAccountDialog::browseCaFile);
    connect(m_caClear, &QPushButton::clicked, this, [this] {
        m_caPem.clear();
        m_caName.clear();
        updateCa();
    });
    connect(m_test, &QPushButton::clicked, this, &MailboxAccountDialog::testConnection);
    connect(m_save, &QPushButton::clicked, this, &MailboxAccountDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &MailboxAccountDialog::reject);
    connect(&m_checking, &QFutureWatcherBase::finished, this, &MailboxAccountDialog::checkDone);
}

// The stored account in the form, without its secret; a role that may not change the settings
// sees the form disabled and why.
void MailboxAccountDialog::showStoredAccount()
{
    MailboxAccount shown;
    if (m_allowed) {
        ServiceError error;
        if (const std::optional<MailboxAccount> stored
            = MailboxService(m_session).account(&error)) {
            shown = *stored;
            m_storedAuth = stored->auth;
        } else if (error.code != ServiceError::Code::NotFound) {
            m_message->setMessage(error.message);
        }
    }
    wipe(shown.secret); // never shown, and not kept here: a sign-in reads it again
    fill(shown);
    retranslateUi();
    if (!m_allowed) {
        m_message->setMessage(DeskAccess::of(m_session).deniedReason());
        m_form->setEnabled(false);
        m_test->setEnabled(false);
        m_save->setEnabled(false);
    }
}

MailboxAccountDialog::~MailboxAccountDialog()
{
    m_secret->clearSecret();
    wipe(m_toSave.secret);
}

void MailboxAccountDialog::fill(const MailboxAccount &stored)
{
    m_server->setText(stored.server);
    m_security->setCurrentIndex(m_security->findData(int(stored.security)));
    m_port->setValue(stored.port);
    m_login->setText(stored.login);
    m_auth->setCurrentIndex(m_auth->findData(int(stored.auth)));
    m_caPem = stored.caPem;
    m_caName.clear();
    m_folder->setText(stored.folder);
    m_doneFolder->setText(stored.doneFolder);
    m_dismissFolder->setText(stored.dismissFolder);
    m_sending->setChecked(stored.sends());
    m_smtpServer->setText(stored.smtpServer);
    m_submission->setCurrentIndex(m_submission->findData(int(stored.submission)));
    m_smtpPort->setValue(stored.smtpPort);
    m_fromAddress->setText(stored.address);
    m_sentFolder->setText(stored.sentFolder);
    m_serverCopy->setChecked(stored.sentCopy == MailboxAccount::SentCopy::Server);
}

void MailboxAccountDialog::retranslateUi()
{
    //: Dutch: "Account van het privacypostvak"
    setWindowTitle(tr("Privacy mailbox account"));
    //: Dutch: "Het IMAP-account waaruit de werkplekken de verzoeken in het privacypostvak lezen.
    //: Het wachtwoord of token staat alleen in de kluis en wordt nooit getoond."
    m_intro->setText(tr("The IMAP account the desks read the requests in the privacy mailbox from. "
                        "The password or token is kept in the store only and is never shown."));
    //: Dutch: "&Server:"
    m_serverLabel->setText(tr("&Server:"));
    //: Dutch: "&Beveiliging:"
    m_securityLabel->setText(tr("S&ecurity:"));
    //: Dutch: "&Poort:"
    m_portLabel->setText(tr("&Port:"));
    //: Dutch: "&Gebruikersnaam:"
    m_loginLabel->setText(tr("&User name:"));
    //: Dutch: "&Aanmelden met:"
    m_authLabel->setText(tr("Sign &in with:"));
    //: Dutch: "Certificaatautoriteit:"
    m_caLabel->setText(tr("Certificate authority:"));
    //: Dutch: "&Map met nieuwe berichten:"
    m_folderLabel->setText(tr("&Folder of new messages:"));
    //: Dutch: "Map voor ge&registreerde berichten:"
    m_doneFolderLabel->setText(tr("Folder for re&gistered messages:"));
    //: Dutch: "Map voor a&fgewezen berichten:"
    m_dismissFolderLabel->setText(tr("Folder for &dismissed messages:"));
    //: Dutch: "Privacydesk maakt deze twee mappen op de server als ze ontbreken (bij het testen
    //: en bij het opslaan)."
    m_foldersNote->setText(tr("Privacydesk makes these two folders on the server when they are "
                              "missing (when testing and when saving)."));
    //: Dutch: "Antwoorden &uit dit postvak versturen (SMTP, met dezelfde gebruikersnaam en
    //: hetzelfde wachtwoord of token)"
    m_sending->setTitle(tr("Se&nd answers from this mailbox (SMTP, with the same user name and "
                           "password or token)"));
    //: Dutch: "Server voor versture&n:"
    m_smtpServerLabel->setText(tr("Outgoing se&rver:"));
    //: Dutch: "B&eveiliging bij versturen:"
    m_submissionLabel->setText(tr("Sending securit&y:"));
    //: Dutch: "Poort bi&j versturen:"
    m_smtpPortLabel->setText(tr("Sending p&ort:"));
    //: Dutch: "Af&zenderadres:"
    m_fromAddressLabel->setText(tr("Sender's &address:"));
    //: Dutch: "Map voor verstuurde beric&hten:"
    m_sentFolderLabel->setText(tr("Folder for sent &messages:"));
    //: Dutch: "De mailserver legt zelf een &kopie in die map (Microsoft 365 doet dat):
    //: Privacydesk legt er geen tweede bij"
    m_serverCopy->setText(tr("The mail server &keeps a copy in that folder itself (Microsoft "
                             "365 does): Privacydesk adds no second one"));
    //: Dutch: "STARTTLS (poort 587)"
    m_submission->setItemText(0, tr("STARTTLS (port 587)"));
    //: Dutch: "TLS vanaf het begin (poort 465)"
    m_submission->setItemText(1, tr("TLS from the start (port 465)"));
    //: Dutch: "Beveiliging bij versturen"
    m_submission->setAccessibleName(tr("Sending security"));
    //: Dutch: "smtp.woningcorporatie.nl, of smtp.office365.com"
    m_smtpServer->setPlaceholderText(tr("smtp.corporation.nl, or smtp.office365.com"));
    //: Dutch: "Leeg: de gebruikersnaam"
    m_fromAddress->setPlaceholderText(tr("Empty: the user name"));
    //: Dutch: "Het certificaat van de server wordt altijd gecontroleerd. Een kopie van elk
    //: verstuurd antwoord gaat naar de map voor verstuurde berichten."
    m_sendingNote->setText(tr("The server's certificate is always verified. A copy of every "
                              "answer sent goes to the folder for sent messages."));
    //: Dutch: "IMAPS (poort 993)"
    m_security->setItemText(0, tr("IMAPS (port 993)"));
    //: Dutch: "STARTTLS (poort 143)"
    m_security->setItemText(1, tr("STARTTLS (port 143)"));
    //: Dutch: "Wachtwoord"
    m_auth->setItemText(0, tr("Password"));
    //: Dutch: "OAuth2-toegangstoken (Microsoft 365)"
    m_auth->setItemText(1, tr("OAuth2 access token (Microsoft 365)"));
    //: Dutch: "mail.woningcorporatie.nl, of outlook.office365.com"
    m_server->setPlaceholderText(tr("mail.corporation.nl, or outlook.office365.com"));
    //: Dutch: "privacy@woningcorporatie.nl (het adres van het postvak)"
    m_login->setPlaceholderText(tr("privacy@corporation.nl (the mailbox's address)"));
    // A combo box reports its value as its name on Linux: its own name for the screen reader.
    //: Dutch: "Beveiliging"
    m_security->setAccessibleName(tr("Security"));
    //: Dutch: "Aanmelden met"
    m_auth->setAccessibleName(tr("Sign in with"));
    //: Dutch: "Certificaatautoriteit"
    m_caState->setAccessibleName(tr("Certificate authority"));
    //: Dutch: "B&laderen…"
    m_caBrowse->setText(tr("&Browse…"));
    //: Dutch: "Eigen CA kiezen (PEM-bestand)"
    m_caBrowse->setAccessibleName(tr("Choose your own CA (PEM file)"));
    //: Dutch: "W&issen"
    m_caClear->setText(tr("C&lear"));
    //: Dutch: "Eigen CA wissen: de certificaatautoriteiten van het systeem vertrouwen"
    m_caClear->setAccessibleName(tr("Clear your own CA: trust the system's certificate "
                                    "authorities"));
    //: Dutch: "&Verbinding testen"
    m_test->setText(tr("Test &connection"));
    //: Dutch: "&Opslaan"
    m_save->setText(tr("Sa&ve"));
    updateSecret();
    updateCa();
}

void MailboxAccountDialog::securityChosen()
{
    const auto chosen = MailboxAccount::Security(m_security->currentData().toInt());
    moveDefaultPort(m_port, chosen,
                    chosen == MailboxAccount::Security::Imaps ? MailboxAccount::Security::StartTls
                                                              : MailboxAccount::Security::Imaps);
}

void MailboxAccountDialog::submissionChosen()
{
    const auto chosen = MailboxAccount::Submission(m_submission->currentData().toInt());
    moveDefaultPort(m_smtpPort, chosen,
                    chosen == MailboxAccount::Submission::Tls ? MailboxAccount::Submission::StartTls
                                                              : MailboxAccount::Submission::Tls);
}

bool MailboxAccountDialog::keepsStoredSecret() const
{
    return m_storedAuth && int(*m_storedAuth) == m_auth->currentData().toInt();
}

void MailboxAccountDialog::updateSecret()
{
    const bool token = m_auth->currentData().toInt() == int(MailboxAccount::Auth::XOAuth2);
    m_secretLabel->setText(token
                               //: Dutch: "&Toegangstoken:"
                               ? tr("Access &token:")
                               //: Dutch: "&Wachtwoord:"
                               : tr("Pass&word:"));
    QString placeholder;
    if (keepsStoredSecret())
        placeholder = token
            //: Dutch: "Leeg laten: het opgeslagen token blijft"
            ? tr("Leave empty to keep the stored token")
            //: Dutch: "Leeg laten: het opgeslagen wachtwoord blijft"
            : tr("Leave empty to keep the stored password");
    m_secret->setPlaceholderText(placeholder);
}

void MailboxAccountDialog::updateCa()
{
    if (m_caPem.isEmpty())
        //: Dutch: "Geen eigen CA: de certificaatautoriteiten van het systeem worden vertrouwd."
        m_caState->setText(tr("No CA of your own: the system's certificate authorities are "
                              "trusted."));
    else if (m_caName.isEmpty())
        //: Dutch: "De eigen CA die bij het account is opgeslagen, wordt vertrouwd in plaats van
        //: die van het systeem."
        m_caState->setText(tr("The CA of your own stored with the account is trusted instead of "
                              "the system's."));
    else
        //: Dutch: "%1 wordt vertrouwd in plaats van de certificaatautoriteiten van het systeem
        //: (na het opslaan)."
        m_caState->setText(tr("%1 is trusted instead of the system's certificate authorities "
                              "(once saved).")
                               .arg(m_caName));
    m_caClear->setEnabled(!m_caPem.isEmpty());
}

void MailboxAccountDialog::browseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this,
        //: Dutch: "Certificaatautoriteit van de mailserver"
        tr("Certificate authority of the mail server"), QString(),
        //: Dutch: "Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)"
        tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        chooseCaFile(path);
}

bool MailboxAccountDialog::chooseCaFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        //: Dutch: "Kan %1 niet lezen: %2."
        m_message->setMessage(tr("Cannot read %1: %2.").arg(name, file.errorString()));
        return false;
    }
    const QByteArray pem = file.read(1 << 20);
    if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
        //: Dutch: "%1 is geen PEM-certificaat: kies het CA-bestand dat met
        //: -----BEGIN CERTIFICATE----- begint."
        m_message->setMessage(tr("%1 is not a PEM certificate: choose the CA file that begins "
                                 "with -----BEGIN CERTIFICATE-----.")
                                  .arg(name));
        return false;
    }
    m_caPem = pem;
    m_caName = name;
    m_message->setMessage(QString());
    updateCa();
    return true;
}

bool MailboxAccountDialog::busy() const
{
    return m_busy;
}

QString MailboxAccountDialog::message() const
{
    return m_message->message();
}

void MailboxAccountDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_form->setEnabled(!busy);
    m_test->setEnabled(!busy);
    m_save->setEnabled(!busy);
    showBusyCursor(this, busy);
}

std::optional<MailboxAccount> MailboxAccountDialog::formAccount(QString *problem) const
{
    MailboxAccount a;
    a.server = m_server->text().trimmed();
    a.security = MailboxAccount::Security(m_security->currentData().toInt());
    a.port = m_port->value();
    a.login = m_login->text().trimmed();
    a.auth = MailboxAccount::Auth(m_auth->currentData().toInt());
    a.secret = m_secret->text().toUtf8();
    a.caPem = m_caPem;
    a.folder = m_folder->text().trimmed();
    a.doneFolder = m_doneFolder->text().trimmed();
    a.dismissFolder = m_dismissFolder->text().trimmed();
    if (m_sending->isChecked()) {
        a.smtpServer = m_smtpServer->text().trimmed();
        a.smtpPort = m_smtpPort->value();
        a.submission = MailboxAccount::Submission(m_submission->currentData().toInt());
        a.address = m_fromAddress->text().trimmed();
        a.sentFolder = m_sentFolder->text().trimmed();
        a.sentCopy = m_serverCopy->isChecked() ? MailboxAccount::SentCopy::Server
                                               : MailboxAccount::SentCopy::Privacydesk;
        if (a.smtpServer.isEmpty()) {
            //: Dutch: "Geef de server voor versturen, of zet ‘Antwoorden uit dit postvak
            //: versturen’ uit."
            *problem = tr("Enter the outgoing server, or untick 'Send answers from this "
                          "mailbox'.");
            wipe(a.secret);
            return std::nullopt;
        }
    }
    *problem = MailboxCodes::validate(a, !keepsStoredSecret());
    if (!problem->isEmpty()) {
        wipe(a.secret);
        return std::nullopt;
    }
    return a;
}

std::optional<MailboxAccount> MailboxAccountDialog::withSecret(MailboxAccount account,
                                                               QString *problem) const
{
    if (!account.secret.isEmpty())
        return account;
    ServiceError error;
    const std::optional<MailboxAccount> stored = MailboxService(m_session).account(&error);
    if (!stored) {
        *problem = error.message;
        return std::nullopt;
    }
    account.secret = stored->secret;
    return account;
}

void MailboxAccountDialog::testConnection()
{
    if (m_busy || !m_allowed)
        return;
    QString problem;
    std::optional<MailboxAccount> account = formAccount(&problem);
    if (account)
        account = withSecret(*account, &problem);
    if (!account) {
        m_message->setMessage(problem);
        return;
    }
    startCheck(*account, Then::Report);
    wipe(account->secret);
}

void MailboxAccountDialog::accept()
{
    if (m_busy || !m_allowed)
        return;
    QString problem;
    std::optional<MailboxAccount> account = formAccount(&problem);
    std::optional<MailboxAccount> signingIn;
    if (account)
        signingIn = withSecret(*account, &problem);
    if (!signingIn) {
        m_message->setMessage(problem);
        return;
    }
    // Saved as typed: an empty secret keeps the stored one (and the event says it did not change).
    m_toSave = *account;
    wipe(account->secret);
    startCheck(*signingIn, Then::Save);
    wipe(signingIn->secret);
}

void MailboxAccountDialog::reject()
{
    // A sign-in still under way is not followed by a save nobody waits for.
    m_then = Then::Nothing;
    wipe(m_toSave.secret);
    QDialog::reject();
}

void MailboxAccountDialog::startCheck(const MailboxAccount &account, Then then)
{
    m_then = then;
    setBusy(true);
    //: Dutch: "Aanmelden bij %1…"
    m_message->setMessage(tr("Signing in to %1…").arg(account.server), MessageLabel::Kind::Done);
    m_checking.setFuture(QtConcurrent::run([account] {
        MailboxAccount signingIn = account;
        QString why;
        const bool ok = MailboxService::check(signingIn, &why);
        wipe(signingIn.secret);
        return Checked { ok, why };
    }));
}

void MailboxAccountDialog::checkDone()
{
    setBusy(false);
    const auto [ok, why] = m_checking.result();
    const Then then = std::exchange(m_then, Then::Nothing);
    if (then == Then::Save) {
        if (ok)
            save();
        else
            offerSaveAnyway(why);
    } else if (then == Then::Report) {
        if (ok)
            //: Dutch: "De verbinding werkt: aanmelden bij %1 als %2 lukt en de map %3 is te
            //: lezen. De mappen %4 en %5 staan op de server (Privacydesk heeft ze gemaakt als ze
            //: ontbraken)."
            m_message->setMessage(
                tr("The connection works: signing in to %1 as %2 succeeds and the folder %3 can "
                   "be read. The folders %4 and %5 are on the server (Privacydesk made them if "
                   "they were missing).")
                        .arg(m_server->text().trimmed(), m_login->text().trimmed(),
                             m_folder->text().trimmed(), m_doneFolder->text().trimmed(),
                             m_dismissFolder->text().trimmed())
                    + (m_sending->isChecked()
                           //: Dutch: " Aanmelden bij %1 om te versturen lukt ook."
                           ? tr(" Signing in to %1 for sending succeeds too.")
                                 .arg(m_smtpServer->text().trimmed())
                           : QString()),
                MessageLabel::Kind::Done);
        else
            m_message->setMessage(why);
    }
    Q_EMIT checked();
}

void MailboxAccountDialog::offerSaveAnyway(const QString &why)
{
    m_message->setMessage(why);
    auto *box = new QMessageBox(QMessageBox::Warning,
                                //: Dutch: "Aanmelden is niet gelukt"
                                tr("Signing in did not work"),
                                //: Dutch: "Het account is nog niet opgeslagen: aanmelden bij de
                                //: mailserver is niet gelukt."
                                tr("The account was not saved yet: signing in to the mail server "
                                   "did not work."),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"confirmSaveUnchecked"_s);
    //: Dutch: "%1\n\nToch opslaan? De werkplekken kunnen het postvak pas lezen als de verbinding
    //: werkt, en de mappen voor geregistreerde en afgewezen berichten zijn niet gemaakt."
    box->setInformativeText(tr("%1\n\nSave anyway? The desks can read the mailbox only once the "
                               "connection works, and the folders for registered and dismissed "
                               "messages were not made.")
                                .arg(why));
    //: Dutch: "&Toch opslaan"
    QPushButton *anyway = box->addButton(tr("Save &anyway"), QMessageBox::AcceptRole);
    anyway->setObjectName(u"saveAnyway"_s);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, anyway](QAbstractButton *button) {
        if (button == anyway && box->buttonRole(button) == QMessageBox::AcceptRole)
            save();
        else
            wipe(m_toSave.secret);
    });
    box->open();
}

void MailboxAccountDialog::save()
{
    ServiceError error;
    const bool saved = MailboxService(m_session).setAccount(m_toSave, &error);
    wipe(m_toSave.secret);
    if (!saved) {
        m_message->setMessage(error.message);
        return;
    }
    m_secret->clearSecret();
    QDialog::accept();
}

} // namespace pd::ui
