// Planning a letter's e-mail in the outbox, and recording what became of each try.

#include "cases/Attachments.h"
#include "cases/CaseService.h"
#include "crypto/AnswerPassword.h"
#include "letters/LetterRepository.h"
#include "letters/Letters.h"
#include "mail/OutgoingMail.h"
#include "mailbox/MailboxRepository.h"
#include "outbox/OutboxRepository.h"
#include "print/PrintedDocument.h"
#include "sending/LetterMail.h"
#include "sending/MailTexts.h"
#include "session/UnitOfWork.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRegularExpression>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

const QString caseEntity = u"case"_s;

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The sentence about the password: how it comes, never the password.
QString passwordSentence(const std::optional<PasswordDelivery> &by)
{
    if (!by)
        return {};
    const QString how = *by == PasswordDelivery::TextMessage ? u"per sms"_s
        : *by == PasswordDelivery::Letter                    ? u"per brief"_s
                                                             : u"per telefoon"_s;
    return u" De PDF is beveiligd met een wachtwoord. Dat wachtwoord krijgt u apart van ons, "_s
        + how + u"; het staat nooit in een e-mail."_s;
}

// What the request and its letter allow; the letter found, or an error.
std::optional<Letter> sendableLetter(const Session &session, const QString &number, qint64 letterId,
                                     ServiceError *error)
{
    ServiceError read;
    const QList<Letter> letters = LetterService(session).letters(number, &read);
    if (read.isError()) {
        *error = read;
        return std::nullopt;
    }
    for (const Letter &letter : letters) {
        if (letter.id != letterId)
            continue;
        if (letter.destroyed) {
            //: Dutch: "Brief %1 van %2 is vernietigd volgens de bewaartermijnen: hij kan niet
            //: worden verstuurd."
            *error = support::invalid(
                LetterMail::tr("Letter %1 of %2 was destroyed under the retention "
                               "rules: it cannot be sent.")
                    .arg(letterId)
                    .arg(number));
            return std::nullopt;
        }
        if (letter.isSent()) {
            //: Dutch: "Brief %1 van %2 is al verstuurd op %3 (%4): een brief gaat één keer."
            *error = support::invalid(
                LetterMail::tr("Letter %1 of %2 was already sent on %3 (%4): a "
                               "letter goes once.")
                    .arg(letterId)
                    .arg(number, letter.sentOn.toString(Qt::ISODate), letter.sentHow));
            return std::nullopt;
        }
        return letter;
    }
    //: Dutch: "Brief %1 hoort niet bij %2 (letter list %2 noemt de brieven)."
    *error = { ServiceError::Code::NotFound,
               LetterMail::tr("Letter %1 is not one of %2's (letter list %2 names them).")
                   .arg(letterId)
                   .arg(number),
               {} };
    return std::nullopt;
}

} // namespace

QByteArray LetterMail::pdf(const Store &store, const QString &html, const QString &title,
                           const std::optional<PasswordDelivery> &encrypt, QString *password,
                           ServiceError *error)
{
    QByteArray pdf = LetterService::pdf(html, title, PrintedDocument::marking(store));
    QString why;
    if (!pdf.isEmpty() && encrypt) {
        *password = AnswerPassword::generate();
        pdf = EncryptedPdf::sealWith(pdf, {}, *password, &why);
    }
    if (pdf.isEmpty())
        //: Dutch: "De PDF van de brief kon niet worden gemaakt. %1"
        *error = support::invalid(tr("The letter's PDF could not be made. %1").arg(why));
    return pdf;
}

std::optional<PreparedMail> LetterMail::prepare(const LetterMailOrder &order, ServiceError *error)
{
    const QString number = order.caseNumber.trimmed().toUpper();
    UnitOfWork unit(m_session, Permission::EditCases, u"case.letter_mail_planned"_s, number);
    if (!unit.permit(error))
        return std::nullopt;
    const QSqlDatabase db = m_session.store().database();
    const std::optional<MailboxAccount> account = sendingAccount(m_session, error);
    if (!account)
        return std::nullopt;
    const std::optional<Case> request = CaseService(m_session).find(number, error);
    if (!request)
        return std::nullopt;
    const std::optional<Letter> letter = sendableLetter(m_session, number, order.letterId, error);
    if (!letter)
        return std::nullopt;
    const Addressee known = onRecord(*request);
    const QString to = order.to.trimmed().isEmpty() ? known.address : order.to.trimmed();
    if (to.isEmpty()) {
        //: Dutch: "Van %1 is geen e-mailadres vastgelegd: geef het adres op."
        *error = support::invalid(
            tr("No e-mail address of %1 is on record: give the address.").arg(known.name));
        return std::nullopt;
    }
    if (!outgoing::validAddress(to)) {
        //: Dutch: "‘%1’ is geen e-mailadres."
        *error = support::invalid(tr("'%1' is not an e-mail address.").arg(to));
        return std::nullopt;
    }
    // What is recorded once it went must pass the guard then: refused now, before it goes.
    if (const BsnGuard::GuardResult guard
        //: Dutch: "E-mailadres"
        = BsnGuard::check(sentHow(to, {}), tr("E-mail address"), BsnCheck::Refuse);
        !guard.allowed) {
        *error = { ServiceError::Code::BsnRefused, guard.message, guard.findings };
        return std::nullopt;
    }
    const bool addressOnRecord = !needsConfirmation(*request, to);
    if (!addressOnRecord && !order.confirmedAddress) {
        //: Dutch: "%1 is niet het adres dat bij het verzoek is vastgelegd (%2): bevestig dat de
        //: brief daarheen moet."
        *error = support::invalid(
            tr("%1 is not the address on record for the request (%2): confirm that "
               "the letter is to go there.")
                .arg(to, known.address.isEmpty() ? tr("none") : known.address));
        return std::nullopt;
    }
    const std::optional<QList<OutboxItem>> planned
        = OutboxRepository::ofCase(db, request->id, OutboxItem::mailChannel(), error);
    if (!planned)
        return std::nullopt;
    QList<OutboxItem> earlier;
    for (const OutboxItem &item : *planned) {
        if (item.carriesLetter(letter->id))
            earlier << item;
    }
    PreparedMail prepared;
    prepared.letterId = letter->id;
    prepared.account = *account;
    prepared.confirmedAgain = order.confirmedAgain;
    for (const OutboxItem &item : std::as_const(earlier)) {
        if (item.state == OutboxState::Done) {
            //: Dutch: "Brief %1 is al per e-mail verstuurd."
            *error = support::invalid(tr("Letter %1 was already sent by e-mail.").arg(letter->id));
            return std::nullopt;
        }
        // The message planned before, not yet taken, goes again byte for byte: the same
        // Message-ID, so that a copy that did arrive is recognised.
        if (item.open() && item.address.compare(to, Qt::CaseInsensitive) == 0) {
            prepared.item = item;
            prepared.messageId = outgoing::messageIdIn(item.body);
            prepared.triedBefore = item.attempts > 0;
            prepared.unsure = item.state == OutboxState::ToDo && item.attempts > 0;
            return prepared;
        }
    }
    return plan(unit, order, *request, *letter, to, addressOnRecord, earlier, prepared, error);
}

std::optional<PreparedMail> LetterMail::plan(UnitOfWork &unit, const LetterMailOrder &order,
                                             const Case &request, const Letter &letter,
                                             const QString &to, bool addressOnRecord,
                                             const QList<OutboxItem> &earlier,
                                             PreparedMail prepared, ServiceError *error)
{
    LetterService letters(m_session);
    std::optional<QHash<QString, QString>> values = letters.values(request.number, error);
    if (!values)
        return std::nullopt;
    values->insert(u"brief.titel"_s, letter.title().toHtmlEscaped());
    values->insert(u"wachtwoord.zin"_s, passwordSentence(order.encrypt).toHtmlEscaped());
    const std::optional<LetterTemplate> text
        = MailTextService(m_session).textFor(letter.kind, error);
    if (!text)
        return std::nullopt;
    const MailText filled = MailTexts::fill(text->html, *values);
    //: Dutch: "E-mailtekst"
    if (!unit.guard(
            { { MailTextService::tr("E-mail text"), filled.subject + u'\n' + filled.body } },
            order.bsnCheck, error))
        return std::nullopt;
    const QByteArray attached = pdf(m_session.store(), letter.html, letter.title(), order.encrypt,
                                    &prepared.password, error);
    if (attached.isEmpty())
        return std::nullopt;
    const std::optional<QString> answered
        = MailboxRepository::messageIdOf(m_session.store().database(), request.number, error);
    if (!answered)
        return std::nullopt;
    const OutgoingMail mail
        = message(filled,
                  { LetterTemplates::plainText(values->value(u"organisatie.naam"_s)),
                    prepared.account.fromAddress() },
                  { onRecord(request).name, to }, letter.title(), attached, *answered,
                  m_session.clock().now());
    OutboxItem &item = prepared.item;
    item = planned(mail, letter.id, earlier.size(), letter.kind, m_session.userName());
    item.caseId = request.id;
    item.caseNumber = request.number;
    prepared.messageId = mail.messageId;
    const bool written = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            // A message to another address, not yet taken, is overtaken by this one.
            for (const OutboxItem &before : earlier) {
                if (before.open()
                    && !OutboxRepository::supersede(write.database(), request.id, before.address,
                                                    before.action, failure))
                    return false;
            }
            bool added = false;
            if (!OutboxRepository::plan(write.database(), item, &added, failure))
                return false;
            write.record(caseEntity, request.number, u"case.letter_mail_planned"_s,
                         QJsonObject { { u"letter"_s, QString::number(letter.id) },
                                       { u"kind"_s, codes::code(letter.kind) },
                                       { u"to"_s, to },
                                       { u"address_on_record"_s, addressOnRecord },
                                       { u"message_id"_s, mail.messageId },
                                       { u"sha256"_s, sha256Hex(item.body) },
                                       { u"size"_s, item.body.size() },
                                       { u"in_reply_to"_s, !answered->isEmpty() },
                                       { u"encrypted"_s, order.encrypt.has_value() },
                                       { u"password_by"_s,
                                         order.encrypt ? EncryptedPdf::deliveryCode(*order.encrypt)
                                                       : QString() } });
            if (!added)
                *failure = { ServiceError::Code::Conflict,
                             //: Dutch: "Deze e-mail is op een andere plek al gepland: probeer
                             //: het opnieuw."
                             tr("This e-mail was planned elsewhere already: try again."),
                             {} };
            return added;
        },
        error);
    if (!written)
        return std::nullopt;
    std::optional<QList<OutboxItem>> now = OutboxRepository::ofCase(
        m_session.store().database(), request.id, OutboxItem::mailChannel(), error);
    if (!now)
        return std::nullopt;
    for (const OutboxItem &stored : *now) {
        if (stored.action == item.action && stored.address == item.address)
            prepared.item = stored;
    }
    return prepared;
}

bool LetterMail::record(const PreparedMail &prepared, const MailAnswer &answer, ServiceError *error)
{
    if (answer.needsConfirmation)
        return true;
    const bool accepted = answer.outcome == SmtpClient::Outcome::Accepted;
    const QString event = accepted ? u"case.letter_mailed"_s : u"case.letter_mail_failed"_s;
    const QString number = prepared.item.caseNumber;
    UnitOfWork unit(m_session, Permission::EditCases, event, number);
    if (!unit.permit(error))
        return false;
    OutboxItem item = prepared.item;
    item.doneAt = answer.at;
    item.doneBy = m_session.userName();
    item.error = maskBsnNumbers(answer.reason);
    switch (answer.outcome) {
    case SmtpClient::Outcome::Accepted:
        item.state = OutboxState::Done;
        break;
    case SmtpClient::Outcome::Refused:
        item.state = OutboxState::Refused;
        break;
    case SmtpClient::Outcome::Unsure:
        // Handed over, the answer unknown: still to be settled, by Sent or by the officer.
        item.state = OutboxState::ToDo;
        break;
    case SmtpClient::Outcome::TryLater:
    case SmtpClient::Outcome::NotSent:
        item.state = OutboxState::Failed;
        break;
    }
    const qint64 storeLimit = AttachmentService(m_session).storeLimitBytes();
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            if (!OutboxRepository::answer(write.database(), item, failure))
                return false;
            QJsonObject payload { { u"letter"_s, QString::number(prepared.letterId) },
                                  { u"to"_s, item.address },
                                  { u"message_id"_s, prepared.messageId },
                                  { u"state"_s, codes::code(item.state) } };
            if (!accepted) {
                payload.insert(u"error"_s, item.error);
                write.record(caseEntity, number, event, payload);
                return true;
            }
            NewAttachment original;
            original.name = u"E-mail %1 %2.eml"_s.arg(
                number, organisationDay(answer.at).toString(Qt::ISODate));
            original.kind = AttachmentKind::Correspondentie;
            original.content = item.body;
            const std::optional<Attachment> kept
                = AttachmentService::insertOwn(write, m_session.clock(), item.caseId, number,
                                               original, u"message/rfc822"_s, storeLimit, failure);
            if (!kept)
                return false;
            const QString how = sentHow(item.address, prepared.messageId);
            if (!LetterRepository::markLetterSent(
                    write.database(), prepared.letterId, organisationDay(answer.at), how,
                    support::isoMoment(answer.at), write.session().userName(), failure))
                return false;
            payload.insert(u"attachment"_s, QString::number(kept->id));
            payload.insert(u"sha256"_s, kept->sha256);
            payload.insert(u"found_in_sent"_s, answer.foundInSent);
            payload.insert(u"copy_in_sent"_s, answer.copyInSent);
            write.record(caseEntity, number, event, payload);
            return true;
        },
        error);
}

} // namespace pd
