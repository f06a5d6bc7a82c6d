#pragma once

#include "Retranslated.h"
#include "mailbox/MailboxService.h"
#include "session/Session.h"

#include <QByteArray>
#include <QDialog>
#include <QFutureWatcher>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace pd::ui {

class MessageLabel;

// Registering claims the message on the server exactly once (MailboxService::take): another desk
// that took it first is said so. The server is read on a worker thread, so the desk never hangs on
// a slow or unreachable server.
class MailboxWindow final : public Retranslated<QDialog>
{
    Q_OBJECT
public:
    explicit MailboxWindow(const Session &session, QWidget *parent = nullptr);
    ~MailboxWindow() override;
    int messageCount() const;
    QString statusMessage() const;
    bool busy() const;

public Q_SLOTS:
    void refresh();
    void registerSelected();
    void dismissSelected();
    void editAccount();

Q_SIGNALS:
    void caseCreated(const QString &number);
    // For tests, also when reading failed.
    void refreshed();

private:
    using Listing = std::pair<std::optional<QList<MailboxMessage>>, QString>;
    using Fetched = std::pair<std::optional<QByteArray>, QString>;
    void retranslateUi() override;
    void showListing();
    void setBusy(bool busy);
    void updateButtons();
    std::optional<qint64> selectedUid() const;
    // On a worker thread; next(bytes) on this one.
    void withMessage(qint64 uid, std::function<void(const QByteArray &)> next);
    void openIntake(qint64 uid, const QByteArray &message);
    void dismiss(qint64 uid, const QByteArray &message);

    const Session m_session;
    bool m_mayChangeAccount = false; // a beheerder (Permission::ChangeSettings)
    std::optional<MailboxAccount> m_account;
    QList<MailboxMessage> m_messages;
    QFutureWatcher<Listing> m_listing;
    QFutureWatcher<Fetched> m_fetching;
    std::function<void(const QByteArray &)> m_next;
    bool m_busy = false;
    QString m_done; // what was just done, said once the folder is read again
    bool m_recovered = false; // what a desk left pending was put back (once, at the start)

    QLabel *m_intro = nullptr;
    QTreeWidget *m_list = nullptr;
    MessageLabel *m_status = nullptr;
    QPushButton *m_register = nullptr;
    QPushButton *m_dismiss = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_accountButton = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace pd::ui
