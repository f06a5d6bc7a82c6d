#include "mailbox/MailboxWindow.h"

#include "DateText.h"
#include "DeskAccess.h"
#include "MessageLabel.h"
#include "Named.h"
#include "WaitCursor.h"
#include "WindowSize.h"
#include "intake/NewRequestDialog.h"
#include "mailbox/MailboxAccountDialog.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pd::ui {

using namespace Qt::StringLiterals;

MailboxWindow::MailboxWindow(const Session &session, QWidget *parent)
    : Retranslated(parent)
    , m_session(session)
{
    setObjectName(u"mailboxWindow"_s);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_list = named<QTreeWidget>(u"mailboxList"_s, this);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setColumnCount(4);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);
    m_status = named<MessageLabel>(u"mailboxStatus"_s, this);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_register = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_register->setObjectName(u"registerMessage"_s);
    m_register->setDefault(true);
    m_dismiss = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_dismiss->setObjectName(u"dismissMessage"_s);
    m_refresh = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_refresh->setObjectName(u"refreshMailbox"_s);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    // Setting up the account is no action on a message: on its own, at the left. Not in the
    // button box, which shows every button it lays out again (Qt 6.4), a hidden one too.
    m_accountButton = named<QPushButton>(u"mailboxAccount"_s, this);
    m_accountButton->setAutoDefault(false);
    // Only a beheerder sets the account: for anyone else the button is not there.
    m_mayChangeAccount = DeskAccess::of(session).offer(m_accountButton, Permission::ChangeSettings);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_accountButton);
    bottom->addWidget(buttons, 1);
    layout->addLayout(bottom);

    connect(m_register, &QPushButton::clicked, this, &MailboxWindow::registerSelected);
    connect(m_dismiss, &QPushButton::clicked, this, &MailboxWindow::dismissSelected);
    connect(m_refresh, &QPushButton::clicked, this, &MailboxWindow::refresh);
    connect(m_accountButton, &QPushButton::clicked, this, &MailboxWindow::editAccount);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &MailboxWindow::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &MailboxWindow::registerSelected);
    connect(&m_listing, &QFutureWatcherBase::finished, this, &MailboxWindow::showListing);
    connect(&m_fetching, &QFutureWatcherBase::finished, this, [this] {
        setBusy(false);
        m_status->setMessage(QString());
        const Fetched fetched = m_fetching.result();
        std::function<void(const QByteArray &)> next = std::move(m_next);
        if (!fetched.first) {
            m_status->setMessage(fetched.second);
            return;
        }
        if (next)
            next(*fetched.first);
    });
    retranslateUi();
    resizeWithinScreen(this, QSize(900, 520));
    updateButtons();
    refresh();
}

MailboxWindow::~MailboxWindow() = default;

int MailboxWindow::messageCount() const
{
    return int(m_messages.size());
}

QString MailboxWindow::statusMessage() const
{
    return m_status->message();
}

bool MailboxWindow::busy() const
{
    return m_busy;
}

void MailboxWindow::retranslateUi()
{
    //: Dutch: "Postvak"
    setWindowTitle(tr("Mailbox"));
    m_intro->setText(
        m_account
            //: Dutch: "Nieuwe berichten in de map %1 van %2. Registreer een verzoek, of wijs
            //: een bericht dat geen verzoek is af met de reden."
            ? tr("New messages in the folder %1 of %2. Register a request, or dismiss a message "
                 "that is not one, with the reason.")
                  .arg(m_account->folder, m_account->login)
            : QString());
    m_list->setHeaderLabels({ //: Dutch: "Ontvangen"
                              tr("Received"),
                              //: Dutch: "Van"
                              tr("From"),
                              //: Dutch: "Onderwerp"
                              tr("Subject"),
                              //: Dutch: "Grootte"
                              tr("Size") });
    //: Dutch: "&Registreren…"
    m_register->setText(tr("&Register…"));
    //: Dutch: "&Afwijzen…"
    m_dismiss->setText(tr("&Dismiss…"));
    //: Dutch: "&Vernieuwen"
    m_refresh->setText(tr("Re&fresh"));
    //: Dutch: "A&ccount…"
    m_accountButton->setText(tr("A&ccount…"));
    //: Dutch: "Berichten in het postvak"
    m_list->setAccessibleName(tr("Messages in the mailbox"));
}

void MailboxWindow::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        //: Dutch: "Het postvak wordt gelezen…"
        m_status->setMessage(tr("Reading the mailbox…"), MessageLabel::Kind::Done);
    updateButtons();
}

void MailboxWindow::updateButtons()
{
    const bool chosen = selectedUid().has_value();
    m_register->setEnabled(!m_busy && chosen);
    m_dismiss->setEnabled(!m_busy && chosen);
    m_refresh->setEnabled(!m_busy && m_account.has_value());
    m_accountButton->setEnabled(!m_busy && m_mayChangeAccount);
    // Without an account, setting it up is what Enter does (for whoever may).
    m_accountButton->setDefault(!m_account && m_mayChangeAccount);
    m_register->setDefault(!m_accountButton->isDefault());
}

std::optional<qint64> MailboxWindow::selectedUid() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->isSelected())
        return std::nullopt;
    return item->data(0, Qt::UserRole).toLongLong();
}

void MailboxWindow::refresh()
{
    if (m_busy)
        return;
    ServiceError error;
    m_account = MailboxService(m_session).account(&error);
    retranslateUi();
    if (!m_account) {
        m_list->clear();
        m_messages.clear();
        m_status->setMessage(
            error.code == ServiceError::Code::NotFound && m_mayChangeAccount
                //: Dutch: "Er is nog geen privacypostvak ingesteld. Stel het in met
                //: ‘Account…’: de mailserver, de aanmelding en de mappen."
                ? tr("No privacy mailbox has been set up yet. Set it up with 'Account…': the "
                     "mail server, the sign-in and the folders.")
                : error.message);
        updateButtons();
        Q_EMIT refreshed();
        return;
    }
    if (!m_recovered) {
        // What a desk that stopped halfway left pending, put back before the folder is read.
        m_recovered = true;
        WaitCursor wait;
        const std::optional<QString> recovered
            = MailboxService(m_session).recover(*m_account, &error);
        const QString said = recovered.value_or(error.message);
        if (!said.isEmpty())
            m_done = m_done.isEmpty() ? said : m_done + u' ' + said;
    }
    setBusy(true);
    m_listing.setFuture(QtConcurrent::run([account = *m_account] {
        QString why;
        std::optional<QList<MailboxMessage>> waiting = MailboxService::waiting(account, &why);
        return Listing { std::move(waiting), why };
    }));
}

void MailboxWindow::showListing()
{
    setBusy(false);
    const Listing listing = m_listing.result();
    m_list->clear();
    m_messages = listing.first.value_or(QList<MailboxMessage>());
    for (const MailboxMessage &m : std::as_const(m_messages)) {
        const QString from
            = m.fromName.isEmpty() ? m.fromAddress : u"%1 <%2>"_s.arg(m.fromName, m.fromAddress);
        const QString received = m.date.isValid()
            ? u"%1 %2"_s.arg(shortDate(organisationTime(m.date).date()),
                             organisationClockTime(m.date))
            : QString();
        auto *item = new QTreeWidgetItem(
            m_list,
            { received, from, m.subject,
              QLocale().formattedDataSize(m.size, 1, QLocale::DataSizeTraditionalFormat) });
        item->setData(0, Qt::UserRole, m.uid);
    }
    for (int column = 0; column < 3; ++column)
        m_list->resizeColumnToContents(column);
    if (!listing.first)
        m_status->setMessage(listing.second);
    else if (!m_done.isEmpty())
        m_status->setMessage(m_done, MessageLabel::Kind::Done);
    else if (m_messages.isEmpty())
        //: Dutch: "Er wachten geen berichten."
        m_status->setMessage(tr("No messages are waiting."), MessageLabel::Kind::Done);
    else
        m_status->setMessage(QString());
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
        m_list->topLevelItem(0)->setSelected(true);
    }
    m_done.clear();
    m_list->setFocus();
    updateButtons();
    Q_EMIT refreshed();
}

void MailboxWindow::withMessage(qint64 uid, std::function<void(const QByteArray &)> next)
{
    if (m_busy || !m_account)
        return;
    m_next = std::move(next);
    setBusy(true);
    m_fetching.setFuture(QtConcurrent::run([account = *m_account, uid] {
        QString why;
        std::optional<QByteArray> message = MailboxService::fetch(account, uid, &why);
        return Fetched { std::move(message), why };
    }));
}

void MailboxWindow::registerSelected()
{
    const std::optional<qint64> uid = selectedUid();
    if (uid)
        withMessage(*uid, [this, uid = *uid](const QByteArray &bytes) { openIntake(uid, bytes); });
}

void MailboxWindow::dismissSelected()
{
    const std::optional<qint64> uid = selectedUid();
    if (uid)
        withMessage(*uid, [this, uid = *uid](const QByteArray &bytes) { dismiss(uid, bytes); });
}

void MailboxWindow::editAccount()
{
    if (m_busy || !m_mayChangeAccount)
        return;
    auto *dialog = new MailboxAccountDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        //: Dutch: "Het account van het postvak is opgeslagen."
        m_done = tr("The mailbox's account was saved.");
        refresh();
    });
    dialog->open();
}

void MailboxWindow::openIntake(qint64 uid, const QByteArray &message)
{
    auto *intake = new NewRequestDialog(m_session, this);
    intake->setAttribute(Qt::WA_DeleteOnClose);
    intake->addOriginal(
        { MailboxService::fileName(message, uid), message, AttachmentKind::Origineel });
    // Saving takes the message: claimed on the server, registered with the request.
    intake->setSaver([this, uid, message, account = *m_account](
                         const NewCase &request, BsnCheck bsnCheck, ServiceError *error) {
        WaitCursor wait;
        return MailboxService(m_session).take(account, uid, message, request, bsnCheck, error);
    });
    connect(intake, &NewRequestDialog::caseCreated, this, &MailboxWindow::caseCreated);
    connect(intake, &QDialog::finished, this, &MailboxWindow::refresh);
    intake->open();
}

void MailboxWindow::dismiss(qint64 uid, const QByteArray &message)
{
    bool ok = false;
    // One line: Enter gives it, Escape cancels (the keyboard's way, as everywhere).
    const QString reason = QInputDialog::getText(
        this,
        //: Dutch: "Bericht afwijzen"
        tr("Dismiss message"),
        //: Dutch: "Waarom is dit bericht geen verzoek? De reden komt in de audittrail."
        tr("Why is this message not a request? The reason goes on the audit trail."),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    ServiceError error;
    bool done = false;
    {
        WaitCursor wait;
        done = MailboxService(m_session).dismiss(*m_account, uid, message, reason, BsnCheck::Refuse,
                                                 &error);
    }
    if (!done) {
        m_status->setMessage(error.message);
        return;
    }
    //: Dutch: "Het bericht is afgewezen en staat nu in de map %1."
    m_done = tr("The message was dismissed and is now in the folder %1.")
                 .arg(m_account->dismissFolder);
    refresh();
}

} // namespace pd::ui
