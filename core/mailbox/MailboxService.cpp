#include "mailbox/MailboxService.h"

#include "domain/InputLimits.h"
#include "mail/MailMessage.h"
#include "mailbox/ImapClient.h"
#include "mailbox/SmtpClient.h"
#include "session/UnitOfWork.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QJsonObject>

#include <algorithm>
#include <csignal>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

ServiceError mailError(const QString &message)
{
    return { ServiceError::Code::Invalid, message, {} };
}

} // namespace

MailboxService::MailboxService(const Session &session)
    : m_session(session)
{ }

std::optional<MailboxAccount> MailboxService::account(ServiceError *error) const
{
    if (!m_session.permit(Permission::EditCases, u"mailbox.read"_s, {}, error))
        return std::nullopt;
    std::optional<MailboxAccount> found;
    if (!MailboxRepository::account(m_session.store().database(), &found, error))
        return std::nullopt;
    if (!found)
        *error = { ServiceError::Code::NotFound,
                   //: Dutch: "Er is nog geen privacypostvak ingesteld: een beheerder doet dat
                   //: in Postvak met ‘Account…’, of met privacydesk-cli mailbox account set."
                   tr("No privacy mailbox has been set up yet: a beheerder does so in the "
                      "Mailbox window with 'Account…', or with privacydesk-cli mailbox account "
                      "set."),
                   {} };
    return found;
}

bool MailboxService::setAccount(const MailboxAccount &given, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::ChangeSettings, u"mailbox.account_set"_s);
    if (!unit.permit(error))
        return false;
    MailboxAccount account = given;
    account.server = account.server.trimmed();
    account.login = account.login.trimmed();
    account.smtpServer = account.smtpServer.trimmed();
    account.address = account.address.trimmed();
    std::optional<MailboxAccount> stored;
    if (!MailboxRepository::account(m_session.store().database(), &stored, error))
        return false;
    const bool newSecret = !account.secret.isEmpty();
    if (!newSecret && stored && stored->auth == account.auth)
        account.secret = stored->secret;
    if (const QString problem = MailboxCodes::validate(account, true); !problem.isEmpty()) {
        *error = mailError(problem);
        return false;
    }
    // No free text a person could type a BSN into: the guard has nothing to see.
    if (!unit.guard({}, BsnCheck::Refuse, error))
        return false;
    const QString now = m_session.clock().now().toString(Qt::ISODateWithMs);
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            // What changed, never the secret itself.
            write.record(u"mailbox"_s, u"account"_s, u"mailbox.account_set"_s,
                         QJsonObject { { u"server"_s, account.server },
                                       { u"port"_s, account.port },
                                       { u"security"_s, codes::code(account.security) },
                                       { u"login"_s, account.login },
                                       { u"auth"_s, codes::code(account.auth) },
                                       { u"own_ca"_s, !account.caPem.isEmpty() },
                                       { u"folder"_s, account.folder },
                                       { u"done_folder"_s, account.doneFolder },
                                       { u"dismiss_folder"_s, account.dismissFolder },
                                       { u"smtp_server"_s, account.smtpServer },
                                       { u"smtp_port"_s, account.smtpPort },
                                       { u"smtp_security"_s, codes::code(account.submission) },
                                       { u"from_address"_s, account.address },
                                       { u"sent_folder"_s, account.sentFolder },
                                       { u"sent_copy"_s, codes::code(account.sentCopy) },
                                       { u"secret_changed"_s, newSecret } });
            return MailboxRepository::setAccount(write.database(), account, stored.has_value(), now,
                                                 write.session().userName(), failure);
        },
        error);
}

bool MailboxService::check(const MailboxAccount &account, QString *error)
{
    ImapClient client(account);
    return client.count(account.folder, error).has_value()
        && client.ensureFolder(account.doneFolder, error)
        && client.ensureFolder(account.dismissFolder, error)
        && (!account.sends() || SmtpClient(account).check(error));
}

std::optional<QList<MailboxMessage>> MailboxService::waiting(const MailboxAccount &account,
                                                             QString *error)
{
    // A folder of 100,000 messages is read in ranges, headers included: minutes, not seconds.
    ImapClient client(account, listingSeconds);
    const std::optional<QList<ImapClient::Listed>> listed
        = client.list(account.folder, error, ImapClient::Detail::Headers);
    if (!listed)
        return std::nullopt;
    QList<MailboxMessage> messages;
    messages.reserve(listed->size());
    for (const ImapClient::Listed &one : *listed) {
        MailboxMessage m;
        m.uid = one.uid;
        m.size = one.size;
        if (const std::optional<MailMessage> read = MailMessage::parse(one.header)) {
            m.fromName = read->from.name;
            m.fromAddress = read->from.address;
            m.subject = read->subject;
            m.date = read->date;
            if (!read->messageId.isEmpty())
                m.key = read->messageId;
        }
        messages << m;
    }
    return messages;
}

std::optional<QByteArray> MailboxService::fetch(const MailboxAccount &account, qint64 uid,
                                                QString *error)
{
    ImapClient client(account);
    std::optional<QByteArray> message = client.message(account.folder, uid, error);
    // A fetch that failed while another desk moved the message away (the server's answer
    // broke off: "Failed to parse FETCH response") is said as the message gone, when the folder
    // no longer holds it; any other failure stays the server's own error.
    if (!message) {
        QString why;
        const std::optional<QList<qint64>> found
            = client.search(account.folder, u"UID %1"_s.arg(uid), &why);
        if (found && !found->contains(uid))
            message = QByteArray();
    }
    if (message && message->isEmpty()) {
        //: Dutch: "Bericht %1 staat niet meer in de map %2: het is al geregistreerd door een
        //: andere werkplek of verplaatst."
        *error = tr("Message %1 is no longer in the folder %2: it was registered by another desk "
                    "or moved.")
                     .arg(uid)
                     .arg(account.folder);
        return std::nullopt;
    }
    return message;
}

namespace {

// The header block of a message, up to its first empty line: what the mailbox needs of it here
// (Message-ID, Date). The whole message is read by the reader process when it is taken.
QByteArrayView headerBlockOf(const QByteArray &message)
{
    const qsizetype crlf = message.indexOf("\r\n\r\n");
    const qsizetype lf = message.indexOf("\n\n");
    qsizetype end = message.size();
    if (crlf >= 0)
        end = crlf + 4;
    if (lf >= 0 && lf + 2 < end)
        end = lf + 2;
    return QByteArrayView(message).first(end);
}

} // namespace

QString MailboxService::keyOf(const QByteArray &message)
{
    const std::optional<MailMessage> read = MailMessage::parse(headerBlockOf(message));
    if (read && !read->messageId.trimmed().isEmpty())
        return read->messageId.trimmed();
    return u"sha256:"_s + sha256Of(message);
}

QString MailboxService::fileName(const QByteArray &message, qint64 uid)
{
    const std::optional<MailMessage> read = MailMessage::parse(headerBlockOf(message));
    const QString day
        = read && read->date.isValid() ? read->date.toString(u"yyyy-MM-dd"_s) : QString();
    return day.isEmpty() ? u"postvak-%1.eml"_s.arg(uid) : u"postvak-%1-%2.eml"_s.arg(day).arg(uid);
}

HandledMessage MailboxService::record(const MailboxAccount &account, qint64 uid,
                                      const QByteArray &message, const QString &movedTo) const
{
    HandledMessage m;
    m.key = keyOf(message);
    m.sha256 = sha256Of(message);
    m.size = message.size();
    m.pending = true;
    m.movedTo = movedTo;
    m.handledAt = m_session.clock().now().toUTC();
    m.handledBy = m_session.userName();
    m.folder = account.folder;
    m.uid = uid;
    return m;
}

ServiceError MailboxService::refusal(const HandledMessage &taken)
{
    if (taken.pending)
        //: Dutch: "Dit bericht wordt al geregistreerd of afgewezen door een andere werkplek (%1,
        //: sinds %2 UTC). Er is niets geregistreerd."
        return { ServiceError::Code::Conflict,
                 tr("This message is already being registered or dismissed by another desk (%1, "
                    "since %2 UTC). Nothing was registered.")
                     .arg(taken.handledBy, taken.handledAt.toString(u"yyyy-MM-dd HH:mm"_s)),
                 {} };
    return { ServiceError::Code::Conflict,
             taken.registered
                 //: Dutch: "Dit bericht is al geregistreerd (door een andere werkplek of
                 //: eerder): verzoek %1, door %2. Er is niets geregistreerd."
                 ? tr("This message was already registered (by another desk or before): "
                      "request %1, by %2. Nothing was registered.")
                       .arg(taken.caseNumber, taken.handledBy)
                 //: Dutch: "Dit bericht is al afgewezen als geen verzoek (door %1)."
                 : tr("This message was already dismissed as not a request (by %1).")
                       .arg(taken.handledBy),
             {} };
}

bool MailboxService::claim(ImapClient &client, const MailboxAccount &account,
                           HandledMessage *handled, MailboxRepository::Hold *hold,
                           ServiceError *error)
{
    std::optional<HandledMessage> taken;
    if (!MailboxRepository::byKey(m_session.store().database(), handled->key, handled->sha256,
                                  &taken, error))
        return false;
    if (!taken) {
        const std::optional<bool> held = hold->take(error);
        if (!held)
            return false;
        if (!*held) {
            //: Dutch: "Dit bericht wordt al geregistreerd of afgewezen door een andere
            //: werkplek. Er is niets geregistreerd."
            *error = { ServiceError::Code::Conflict,
                       tr("This message is already being registered or dismissed by another "
                          "desk. Nothing was registered."),
                       {} };
            return false;
        }
        QString unknown;
        handled->uidValidity = client.uidValidity(account.folder, &unknown).value_or(0);
        UnitOfWork unit(m_session, Permission::EditCases, u"mailbox.pending"_s,
                        QString::number(handled->uid));
        const bool recorded = unit.commit(
            [&](UnitOfWork::Write &write, ServiceError *failure) {
                const std::optional<qint64> id
                    = MailboxRepository::insert(write.database(), *handled, failure);
                if (!id)
                    return false;
                handled->id = *id;
                write.record(u"mailbox"_s, QString::number(*id), u"mailbox.pending"_s,
                             QJsonObject { { u"message_sha256"_s, handled->sha256 },
                                           { u"size"_s, handled->size },
                                           { u"folder"_s, handled->folder },
                                           { u"uid"_s, handled->uid },
                                           { u"moved_to"_s, handled->movedTo } });
                return true;
            },
            error);
        if (recorded)
            return true;
        // Another desk recorded it at the same moment (UNIQUE): said as that desk's.
        ServiceError unread;
        if (!MailboxRepository::byKey(m_session.store().database(), handled->key, handled->sha256,
                                      &taken, &unread)
            || !taken)
            return false;
    }
    if (!taken->pending) {
        // A copy left in the folder (delivered twice) goes where the first went.
        QString ignored;
        client.move(account.folder, handled->uid, taken->movedTo, nullptr, &ignored);
    }
    *error = refusal(*taken);
    return false;
}

bool MailboxService::moveAway(ImapClient &client, const MailboxAccount &account,
                              const HandledMessage &handled, qint64 *movedUid, ServiceError *error)
{
    QString why;
    ImapClient::Move moved = ImapClient::Move::Failed;
    if (client.ensureFolder(handled.movedTo, &why))
        moved = client.move(account.folder, handled.uid, handled.movedTo, movedUid, &why);
    if (moved == ImapClient::Move::Moved)
        return true;
    if (moved == ImapClient::Move::Gone)
        *error = { ServiceError::Code::Conflict,
                   //: Dutch: "Dit bericht is al geregistreerd door een andere werkplek: het
                   //: staat niet meer in de map %1. Er is niets geregistreerd."
                   tr("This message was already registered by another desk: it is no longer in "
                      "the folder %1. Nothing was registered.")
                       .arg(account.folder),
                   {} };
    else
        *error = mailError(why);
    // Not moved: the record of it goes (kept when that fails, for the recovery to remove).
    ServiceError ignored;
    dropPending(handled, &ignored);
    return false;
}

bool MailboxService::dropPending(const HandledMessage &handled, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditCases, u"mailbox.undone"_s,
                    QString::number(handled.id));
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            write.record(u"mailbox"_s, QString::number(handled.id), u"mailbox.undone"_s,
                         QJsonObject { { u"message_sha256"_s, handled.sha256 },
                                       { u"folder"_s, handled.folder } });
            return MailboxRepository::drop(write.database(), handled.id, failure);
        },
        error);
}

void MailboxService::release(ImapClient &client, const MailboxAccount &account,
                             const HandledMessage &handled, qint64 movedUid, ServiceError *error)
{
    QString why;
    if (client.move(handled.movedTo, movedUid, account.folder, nullptr, &why)
        == ImapClient::Move::Moved) {
        ServiceError ignored;
        dropPending(handled, &ignored);
        //: Dutch: "%1 Het bericht staat weer in de map %2."
        error->message
            = tr("%1 The message is back in the folder %2.").arg(error->message, account.folder);
        return;
    }
    // The pending record stays: the next start puts the message back.
    //: Dutch: "%1 Het bericht kon niet terug naar de map %2 (%3): het staat in de map %4 en
    //: gaat bij de volgende start terug."
    error->message
        = tr("%1 The message could not be moved back to the folder %2 (%3): it is in "
             "the folder %4 and goes back at the next start.")
              .arg(error->message, account.folder, why.isEmpty() ? u"-"_s : why, handled.movedTo);
}

bool MailboxService::proceedAfterMove(ServiceError *error) const
{
    // The tests of a desk killed between the move and the registration (the command-line tool
    // run with PRIVACYDESK_TEST_CRASH_AT=mailbox-moved, as UserService's crash points): the next
    // start must put the message back. Harmless outside the tests: it stops the process only
    // where a kill or a power cut could, and recover() undoes that by design.
    if (qEnvironmentVariable("PRIVACYDESK_TEST_CRASH_AT") == u"mailbox-moved"_s)
        ::raise(SIGKILL);
    if (!m_afterMove || m_afterMove())
        return true;
    *error = { ServiceError::Code::Storage, u"stopped after the move (test)"_s, {} };
    return false;
}

std::optional<Case> MailboxService::take(const MailboxAccount &account, qint64 uid,
                                         const QByteArray &message, NewCase request,
                                         BsnCheck bsnCheck, ServiceError *error)
{
    if (!m_session.permit(Permission::EditCases, u"mailbox.taken"_s, QString::number(uid), error))
        return std::nullopt;
    const bool carried = std::any_of(request.attachments.cbegin(), request.attachments.cend(),
                                     [&](const NewAttachment &a) { return a.content == message; });
    if (!carried)
        request.attachments.prepend({ fileName(message, uid), message, AttachmentKind::Origineel });
    ImapClient client(account);
    HandledMessage handled = record(account, uid, message, account.doneFolder);
    MailboxRepository::Hold hold(m_session.store().database(), handled.key);
    qint64 movedUid = 0;
    if (!claim(client, account, &handled, &hold, error)
        || !moveAway(client, account, handled, &movedUid, error) || !proceedAfterMove(error))
        return std::nullopt;
    {
        // Rolled back at the end of this block unless committed: the reads after it see the store
        // as it is without this request.
        UnitOfWork::Batch batch(m_session, UnitOfWork::Batch::Units::FailTogether);
        CaseService cases(m_session);
        std::optional<Case> created;
        if (batch.begun(error) && (created = cases.add(request, bsnCheck, error))) {
            HandledMessage done = handled;
            done.pending = false;
            done.registered = true;
            done.caseNumber = created->number;
            done.handledAt = m_session.clock().now().toUTC();
            UnitOfWork unit(m_session, Permission::EditCases, u"mailbox.taken"_s, created->number);
            const bool recorded = unit.commit(
                [&](UnitOfWork::Write &write, ServiceError *failure) {
                    write.record(u"case"_s, created->number, u"case.mailbox_taken"_s,
                                 QJsonObject { { u"message_sha256"_s, done.sha256 },
                                               { u"size"_s, done.size },
                                               { u"moved_to"_s, done.movedTo } });
                    return MailboxRepository::settle(write.database(), done, failure);
                },
                error);
            if (recorded && batch.commit(error))
                return created;
        }
    }
    release(client, account, handled, movedUid, error);
    return std::nullopt;
}

bool MailboxService::dismiss(const MailboxAccount &account, qint64 uid, const QByteArray &message,
                             const QString &reason, BsnCheck bsnCheck, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditCases, u"mailbox.dismissed"_s, QString::number(uid));
    if (!unit.permit(error))
        return false;
    const QString why = reason.trimmed();
    if (why.isEmpty()) {
        //: Dutch: "Zeg waarom dit bericht geen verzoek is."
        *error = mailError(tr("Say why this message is not a request."));
        return false;
    }
    if (const QString tooLong
        = InputLimits::checkLengths({ { tr("Reason"), why, InputLimits::maxLongText } });
        !tooLong.isEmpty()) {
        *error = mailError(tooLong);
        return false;
    }
    if (!unit.guard({ { tr("Reason"), why } }, bsnCheck, error))
        return false;
    ImapClient client(account);
    HandledMessage handled = record(account, uid, message, account.dismissFolder);
    MailboxRepository::Hold hold(m_session.store().database(), handled.key);
    qint64 movedUid = 0;
    if (!claim(client, account, &handled, &hold, error)
        || !moveAway(client, account, handled, &movedUid, error) || !proceedAfterMove(error))
        return false;
    HandledMessage done = handled;
    done.pending = false;
    done.reason = why;
    done.handledAt = m_session.clock().now().toUTC();
    const bool settled = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            write.record(u"mailbox"_s, QString::number(done.id), u"mailbox.dismissed"_s,
                         QJsonObject { { u"reason"_s, why },
                                       { u"message_sha256"_s, done.sha256 },
                                       { u"size"_s, done.size },
                                       { u"moved_to"_s, done.movedTo } });
            return MailboxRepository::settle(write.database(), done, failure);
        },
        error);
    if (!settled)
        release(client, account, handled, movedUid, error);
    return settled;
}

std::optional<QList<HandledMessage>> MailboxService::handled(int limit, ServiceError *error) const
{
    if (!m_session.permit(Permission::EditCases, u"mailbox.read"_s, {}, error))
        return std::nullopt;
    return MailboxRepository::handled(m_session.store().database(), limit, error);
}

} // namespace pd
