#include "sending/LetterMail.h"

#include "cases/CaseService.h"
#include "mail/OutgoingMail.h"
#include "mailbox/ImapClient.h"
#include "mailbox/MailboxRepository.h"
#include "outbox/OutboxRepository.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"

namespace pd {

using namespace Qt::StringLiterals;

LetterMail::LetterMail(const Session &session)
    : m_session(session)
{ }

std::optional<MailboxAccount> LetterMail::sendingAccount(const Session &session,
                                                         ServiceError *error)
{
    std::optional<MailboxAccount> account;
    if (!MailboxRepository::account(session.store().database(), &account, error))
        return std::nullopt;
    if (!account || !account->sends()) {
        //: Dutch: "Het privacypostvak verstuurt nog niets: stel de server voor versturen in
        //: (mailbox account set --smtp-server, of Instellingen → Privacypostvak)."
        *error = support::invalid(tr("The privacy mailbox does not send yet: set up the server "
                                     "for sending (mailbox account set --smtp-server, or "
                                     "Settings → Privacy mailbox)."));
        return std::nullopt;
    }
    return account;
}

OutgoingMail LetterMail::message(const MailText &filled, const MailAddress &from,
                                 const MailAddress &to, const QString &title, const QByteArray &pdf,
                                 const QString &answered, const QDateTime &now)
{
    OutgoingMail mail;
    mail.from = from;
    mail.to = to;
    mail.subject = filled.subject;
    mail.text = filled.body;
    mail.attachments = { { title + u".pdf"_s, u"application/pdf"_s, pdf } };
    mail.messageId = outgoing::newMessageId(from.address);
    mail.inReplyTo = answered;
    if (!answered.isEmpty())
        mail.references = { answered };
    mail.date = now;
    return mail;
}

OutboxItem LetterMail::planned(const OutgoingMail &mail, qint64 letterId, qsizetype earlier,
                               LetterKind kind, const QString &by)
{
    OutboxItem item;
    item.channel = OutboxItem::mailChannel();
    item.target = mail.from.address;
    item.address = mail.to.address;
    item.action = OutboxItem::letterAction(letterId, earlier);
    item.body = outgoing::compose(mail);
    item.reason = codes::code(kind);
    item.plannedAt = mail.date;
    item.plannedBy = by;
    return item;
}

QString LetterMail::sentHow(const QString &to, const QString &messageId)
{
    // Dutch whatever the desk's language, as the letter itself.
    return u"per e-mail aan %1 (Message-ID <%2>)"_s.arg(to, messageId);
}

LetterMail::Addressee LetterMail::onRecord(const Case &request)
{
    if (!request.representative.trimmed().isEmpty()) {
        const QString address = request.representativeAddress.trimmed();
        return { request.representative.simplified(),
                 outgoing::validAddress(address) ? address : QString() };
    }
    const QString address = request.person.email.trimmed();
    return { request.person.name.simplified(),
             outgoing::validAddress(address) ? address : QString() };
}

bool LetterMail::needsConfirmation(const Case &request, const QString &to)
{
    const QString known = onRecord(request).address;
    return known.isEmpty() || to.trimmed().compare(known, Qt::CaseInsensitive) != 0;
}

std::optional<QList<OutboxItem>> LetterMail::of(const QString &caseNumber,
                                                ServiceError *error) const
{
    const std::optional<Case> request = CaseService(m_session).find(caseNumber, error);
    if (!request)
        return std::nullopt;
    return OutboxRepository::ofCase(m_session.store().database(), request->id,
                                    OutboxItem::mailChannel(), error);
}

std::optional<QList<LetterMailOrder>> LetterMail::dueAgain(ServiceError *error) const
{
    if (!m_session.may(Permission::EditCases))
        return QList<LetterMailOrder> {};
    const std::optional<QList<OutboxItem>> open
        = OutboxRepository::open(m_session.store().database(), OutboxItem::mailChannel(), error,
                                 OutboxRepository::Bodies::Without);
    if (!open)
        return std::nullopt;
    QList<LetterMailOrder> due;
    for (const OutboxItem &item : *open) {
        if (item.caseNumber.isEmpty() || !dueAgain(item, m_session))
            continue;
        LetterMailOrder order;
        order.caseNumber = item.caseNumber;
        order.letterId = item.letterId();
        order.to = item.address;
        // Confirmed when it was planned: the same message goes again.
        order.confirmedAddress = true;
        due << order;
    }
    return due;
}

bool LetterMail::dueAgain(const OutboxItem &item, const Session &session)
{
    const QDateTime latest = session.clock().now().addSecs(-qint64(retryMinutes) * 60);
    // Only the officer's own: two desks of a server store never both send one again.
    return item.state == OutboxState::Failed && item.plannedBy == session.userName()
        && item.attempts < automaticTries && item.letterId() != 0 && item.doneAt.isValid()
        && item.doneAt <= latest;
}

MailAnswer LetterMail::send(const PreparedMail &prepared, const Clock &clock)
{
    MailAnswer answer;
    const MailboxAccount &account = prepared.account;
    if (prepared.triedBefore) {
        // A message handed over before may have arrived: the mail server (Microsoft 365 does)
        // puts what it accepted in Sent, where its Message-ID finds it.
        QString why;
        const std::optional<QList<qint64>> found = ImapClient(account).search(
            account.sentFolder, u"HEADER Message-ID \"%1\""_s.arg(prepared.messageId), &why);
        answer.at = clock.now();
        if (found && !found->isEmpty()) {
            answer.outcome = SmtpClient::Outcome::Accepted;
            answer.foundInSent = true;
            answer.copyInSent = true;
            return answer;
        }
        if (prepared.unsure && !prepared.confirmedAgain) {
            answer.outcome = SmtpClient::Outcome::Unsure;
            answer.needsConfirmation = true;
            answer.reason = found
                //: Dutch: "Een eerdere poging is aan de mailserver overgedragen, maar het antwoord
                //: kwam nooit, en het bericht staat niet in ‘%1’. Misschien is het toch
                //: aangekomen: bevestig dat het opnieuw moet worden verstuurd."
                ? tr("An earlier try was handed over to the mail server, but its answer never "
                     "came, and the message is not in '%1'. It may have arrived all the same: "
                     "confirm that it is to be sent again.")
                      .arg(account.sentFolder)
                //: Dutch: "Een eerdere poging is aan de mailserver overgedragen, maar het antwoord
                //: kwam nooit, en in ‘%1’ kon niet worden gekeken (%2). Bevestig dat het
                //: opnieuw moet worden verstuurd."
                : tr("An earlier try was handed over to the mail server, but its answer never "
                     "came, and '%1' could not be looked in (%2). Confirm that it is to be sent "
                     "again.")
                      .arg(account.sentFolder, why);
            return answer;
        }
    }
    const SmtpClient::Result result
        = SmtpClient(account).send(prepared.item.address, prepared.item.body);
    answer.outcome = result.outcome;
    answer.reason = result.reason;
    answer.at = clock.now();
    if (result.outcome != SmtpClient::Outcome::Accepted)
        return answer;
    // The server keeps its own copy: a second one would stand beside it.
    if (account.sentCopy == MailboxAccount::SentCopy::Server)
        return answer;
    ImapClient imap(account);
    QString why;
    if (imap.ensureFolder(account.sentFolder, &why)
        && imap.append(account.sentFolder, prepared.item.body, &why))
        answer.copyInSent = true;
    else
        answer.copyProblem = why;
    return answer;
}

} // namespace pd
