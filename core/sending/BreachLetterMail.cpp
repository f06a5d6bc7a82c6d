#include "sending/BreachLetterMail.h"

#include "breaches/BreachService.h"
#include "letters/BreachLetters.h"
#include "letters/LetterRepository.h"
#include "letters/Letters.h"
#include "mailbox/MailboxRepository.h"
#include "organisation/OrganisationSettings.h"
#include "outbox/OutboxRepository.h"
#include "persons/PersonRepository.h"
#include "print/PrintedDocument.h"
#include "session/UnitOfWork.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

constexpr int page = 100;
const QString breachEntity = u"breach"_s;

} // namespace

BreachLetterMail::BreachLetterMail(const Session &session)
    : m_session(session)
{ }

bool BreachLetterMail::ready(const Session &session, ServiceError *error)
{
    if (!session.permit(Permission::EditRegisters, u"breach.letter"_s, {}, error))
        return false;
    return LetterMail::sendingAccount(session, error).has_value();
}

bool BreachLetterMail::start(const QString &number, ServiceError *error)
{
    const QString wanted = number.trimmed().toUpper();
    if (!m_session.permit(Permission::EditRegisters, u"breach.letter"_s, wanted, error))
        return false;
    m_account = LetterMail::sendingAccount(m_session, error);
    if (!m_account)
        return false;
    m_breach = BreachService(m_session).get(wanted, error);
    if (!m_breach)
        return false;
    const QSqlDatabase db = m_session.store().database();
    if (!MailboxRepository::account(db, &m_account, error) || !m_account)
        return false;
    for (int offset = 0;; offset += page) {
        const std::optional<QList<qint64>> people
            = LetterRepository::linkedPersonsByPostcode(db, wanted, offset, page, error);
        if (!people)
            return false;
        if (people->isEmpty())
            break;
        const std::optional<QList<BreachLetter>> letters
            = LetterRepository::breachLettersTo(db, wanted, *people, false, error);
        if (!letters)
            return false;
        for (const BreachLetter &letter : *letters) {
            if (letter.isSent() || letter.destroyed)
                continue;
            std::optional<PersonRecord> person;
            if (!PersonRepository::byId(db, letter.personId, &person, error))
                return false;
            if (person && BreachLetterRun::route(person->person, true) == BreachLetterRoute::Email)
                m_queue << qMakePair(letter.id, letter.personId);
        }
    }
    m_result.total = int(m_queue.size());
    return true;
}

std::optional<QList<BreachMailDue>> BreachLetterMail::dueAgain(const Session &session,
                                                               ServiceError *error)
{
    if (!session.may(Permission::EditRegisters))
        return QList<BreachMailDue> {};
    // Every few minutes while a desk is open: one read, and the breaches' numbers only when a
    // notice is due.
    const std::optional<QList<OutboxItem>> open
        = OutboxRepository::openMailOfBreaches(session.store().database(), error);
    if (!open)
        return std::nullopt;
    QHash<qint64, QString> numbers;
    QList<BreachMailDue> due;
    for (const OutboxItem &item : *open) {
        if (!LetterMail::dueAgain(item, session))
            continue;
        if (numbers.isEmpty()) {
            ServiceError read;
            for (const Breach &breach : BreachService(session).list({}, &read))
                numbers.insert(breach.id, breach.number);
            if (read.isError()) {
                *error = read;
                return std::nullopt;
            }
        }
        if (numbers.contains(item.breachId))
            due << BreachMailDue { numbers.value(item.breachId), item.letterId() };
    }
    return due;
}

std::optional<PreparedMail> BreachLetterMail::again(const BreachMailDue &due, ServiceError *error)
{
    if (!m_session.permit(Permission::EditRegisters, u"breach.letter"_s, due.breach, error))
        return std::nullopt;
    m_account = LetterMail::sendingAccount(m_session, error);
    if (!m_account)
        return std::nullopt;
    m_breach = BreachService(m_session).get(due.breach, error);
    if (!m_breach)
        return std::nullopt;
    const std::optional<QList<BreachLetter>> letters = LetterRepository::breachLettersTo(
        m_session.store().database(), m_breach->number, {}, false, error);
    if (!letters)
        return std::nullopt;
    const auto letter = std::find_if(letters->cbegin(), letters->cend(),
                                     [&](const BreachLetter &l) { return l.id == due.letterId; });
    if (letter == letters->cend()) {
        //: Dutch: "Deze brief is intussen verstuurd of vernietigd."
        *error = support::invalid(tr("This letter was sent or destroyed meanwhile."));
        return std::nullopt;
    }
    m_queue = { qMakePair(letter->id, letter->personId) };
    m_at = 0;
    m_result = {};
    m_result.total = 1;
    std::optional<PreparedMail> prepared = next(error);
    if (!prepared && !error->isError())
        *error = support::invalid(m_result.notSent.value(0).reason);
    return prepared;
}

void BreachLetterMail::pass(qint64 personId, const QString &why)
{
    std::optional<PersonRecord> person;
    ServiceError ignored;
    PersonRepository::byId(m_session.store().database(), personId, &person, &ignored);
    m_result.notSent << BreachLetterRunPerson { personId,
                                                person ? person->person.klantnummer : QString(),
                                                person ? person->person.name : QString(), why };
}

std::optional<PreparedMail> BreachLetterMail::next(ServiceError *error)
{
    *error = {};
    while (m_at < m_queue.size()) {
        const auto [letterId, personId] = m_queue.at(m_at++);
        ServiceError why;
        std::optional<PreparedMail> prepared = prepare(letterId, personId, &why);
        if (prepared)
            return prepared;
        // The store's own failure stops the run; what is about this one person is listed.
        if (why.code == ServiceError::Code::Storage || why.code == ServiceError::Code::Denied) {
            *error = why;
            return std::nullopt;
        }
        pass(personId, why.message);
    }
    return std::nullopt;
}

std::optional<PreparedMail> BreachLetterMail::prepare(qint64 letterId, qint64 personId,
                                                      ServiceError *error)
{
    const QSqlDatabase db = m_session.store().database();
    const Breach &breach = *m_breach;
    std::optional<PersonRecord> record;
    if (!PersonRepository::byId(db, personId, &record, error))
        return std::nullopt;
    const std::optional<QList<BreachLetter>> letters
        = LetterRepository::breachLettersTo(db, breach.number, { personId }, true, error);
    if (!letters)
        return std::nullopt;
    const auto letter
        = std::find_if(letters->cbegin(), letters->cend(),
                       [letterId](const BreachLetter &l) { return l.id == letterId; });
    if (!record || letter == letters->cend() || letter->isSent() || letter->destroyed) {
        //: Dutch: "Deze brief is intussen verstuurd of vernietigd."
        *error = support::invalid(tr("This letter was sent or destroyed meanwhile."));
        return std::nullopt;
    }
    const Person &person = record->person;
    const QString to = person.email.trimmed();
    if (const BsnGuard::GuardResult guard = BsnGuard::check(
            LetterMail::sentHow(to, {}), LetterMail::tr("E-mail address"), BsnCheck::Refuse);
        !guard.allowed) {
        *error = { ServiceError::Code::BsnRefused, guard.message, guard.findings };
        return std::nullopt;
    }
    const std::optional<QList<OutboxItem>> planned
        = OutboxRepository::ofBreachLetter(db, breach.id, letterId, error);
    if (!planned)
        return std::nullopt;
    const QList<OutboxItem> &earlier = *planned;
    PreparedMail prepared;
    prepared.letterId = letterId;
    prepared.account = *m_account;
    if (std::optional<PreparedMail> again = plannedBefore(earlier, to, prepared, breach.number))
        return again;
    UnitOfWork unit(m_session, Permission::EditRegisters, u"breach.letter_mail_planned"_s,
                    breach.number);
    QString organisation;
    const std::optional<MailText> filled = text(unit, person, *letter, &organisation, error);
    if (!filled)
        return std::nullopt;
    QString none;
    const QByteArray pdf
        = LetterMail::pdf(m_session.store(), letter->html, letter->title(), {}, &none, error);
    if (pdf.isEmpty())
        return std::nullopt;
    const OutgoingMail mail = LetterMail::message(
        *filled, { organisation, m_account->fromAddress() }, { person.name, to }, letter->title(),
        pdf, {}, m_session.clock().now());
    OutboxItem &item = prepared.item;
    item = LetterMail::planned(mail, letterId, earlier.size(), LetterKind::KennisgevingDatalek,
                               m_session.userName());
    item.breachId = breach.id;
    item.caseNumber = breach.number;
    prepared.messageId = mail.messageId;
    const bool written = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            // A message to another address not yet taken is overtaken by this one.
            for (OutboxItem before : earlier) {
                if (!before.open())
                    continue;
                before.state = OutboxState::Superseded;
                before.doneAt = mail.date;
                before.doneBy = m_session.userName();
                if (!OutboxRepository::answer(write.database(), before, failure))
                    return false;
            }
            bool added = false;
            if (!OutboxRepository::plan(write.database(), item, &added, failure))
                return false;
            write.record(
                breachEntity, breach.number, u"breach.letter_mail_planned"_s,
                QJsonObject { { u"letter"_s, QString::number(letterId) },
                              { u"person"_s, QString::number(personId) },
                              { u"to"_s, to },
                              { u"message_id"_s, mail.messageId },
                              { u"sha256"_s,
                                QString::fromLatin1(
                                    QCryptographicHash::hash(item.body, QCryptographicHash::Sha256)
                                        .toHex()) } });
            return added;
        },
        error);
    if (!written)
        return std::nullopt;
    const std::optional<QList<OutboxItem>> now
        = OutboxRepository::ofBreachLetter(db, breach.id, letterId, error);
    if (!now)
        return std::nullopt;
    for (const OutboxItem &stored : *now) {
        if (stored.action == item.action && stored.address == item.address) {
            prepared.item = stored;
            prepared.item.caseNumber = breach.number;
        }
    }
    return prepared;
}

std::optional<PreparedMail> BreachLetterMail::plannedBefore(const QList<OutboxItem> &earlier,
                                                            const QString &to,
                                                            PreparedMail prepared,
                                                            const QString &number)
{
    for (const OutboxItem &item : earlier) {
        if (item.open() && item.address.compare(to, Qt::CaseInsensitive) == 0) {
            prepared.item = item;
            prepared.item.caseNumber = number;
            prepared.messageId = outgoing::messageIdIn(item.body);
            prepared.triedBefore = item.attempts > 0;
            prepared.unsure = item.state == OutboxState::ToDo && item.attempts > 0;
            return prepared;
        }
    }
    return std::nullopt;
}

std::optional<MailText> BreachLetterMail::text(UnitOfWork &unit, const Person &person,
                                               const BreachLetter &letter, QString *organisation,
                                               ServiceError *error) const
{
    LetterContext context;
    context.organisation = OrganisationSettings(m_session).details();
    context.request.person = person;
    LetterService::sign(m_session.store(), &context);
    context.date = m_session.clock().today();
    QHash<QString, QString> values = LetterTemplates::values(context);
    values.insert(BreachLetterService::values(*m_breach, context.organisation));
    values.insert(u"brief.titel"_s, letter.title().toHtmlEscaped());
    values.insert(u"wachtwoord.zin"_s, QString());
    const std::optional<LetterTemplate> stored
        = MailTextService(m_session).textFor(LetterKind::KennisgevingDatalek, error);
    if (!stored)
        return std::nullopt;
    const MailText filled = MailTexts::fill(stored->html, values);
    if (!unit.guard(
            { { MailTextService::tr("E-mail text"), filled.subject + u'\n' + filled.body } },
            BsnCheck::Refuse, error))
        return std::nullopt;
    *organisation = LetterTemplates::plainText(values.value(u"organisatie.naam"_s));
    return filled;
}

bool BreachLetterMail::record(const PreparedMail &prepared, const MailAnswer &answer,
                              ServiceError *error)
{
    const qint64 personId = m_queue.value(m_at - 1).second;
    if (answer.needsConfirmation) {
        pass(personId, answer.reason);
        return true;
    }
    const bool accepted = answer.outcome == SmtpClient::Outcome::Accepted;
    const QString event = accepted ? u"breach.letter_mailed"_s : u"breach.letter_mail_failed"_s;
    const QString number = m_breach->number;
    OutboxItem item = prepared.item;
    item.doneAt = answer.at;
    item.doneBy = m_session.userName();
    item.error = maskBsnNumbers(answer.reason);
    item.state = accepted                                ? OutboxState::Done
        : answer.outcome == SmtpClient::Outcome::Refused ? OutboxState::Refused
        : answer.outcome == SmtpClient::Outcome::Unsure  ? OutboxState::ToDo
                                                         : OutboxState::Failed;
    // The outbox's answer and, once accepted, the letter sent and the person informed: together.
    UnitOfWork::Batch batch(m_session, UnitOfWork::Batch::Units::FailTogether);
    UnitOfWork unit(m_session, Permission::EditRegisters, event, number);
    const bool answered = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            write.record(breachEntity, number, event,
                         QJsonObject { { u"letter"_s, QString::number(prepared.letterId) },
                                       { u"person"_s, QString::number(personId) },
                                       { u"to"_s, item.address },
                                       { u"message_id"_s, prepared.messageId },
                                       { u"state"_s, codes::code(item.state) },
                                       { u"found_in_sent"_s, answer.foundInSent },
                                       { u"error"_s, item.error } });
            return OutboxRepository::answer(write.database(), item, failure);
        },
        error);
    if (!answered
        || (accepted
            && !BreachLetterService(m_session).recordDispatch(
                number, prepared.letterId, organisationDay(answer.at),
                LetterMail::sentHow(item.address, prepared.messageId), BsnCheck::Refuse, error))
        || !batch.commit(error))
        return false;
    if (!accepted)
        pass(personId, answer.reason);
    else if (answer.foundInSent)
        ++m_result.foundInSent;
    else
        ++m_result.sent;
    return true;
}

std::optional<BreachMailResult> BreachLetterMail::run(const Session &session, const QString &number,
                                                      const std::function<void(int, int)> &progress,
                                                      const std::atomic_bool *cancelled,
                                                      ServiceError *error)
{
    BreachLetterMail mail(session);
    if (!mail.start(number, error))
        return std::nullopt;
    while (!(cancelled && cancelled->load())) {
        const std::optional<PreparedMail> prepared = mail.next(error);
        if (!prepared) {
            if (error->isError())
                return std::nullopt;
            break;
        }
        const MailAnswer answer = LetterMail::send(*prepared, session.clock());
        if (!mail.record(*prepared, answer, error))
            return std::nullopt;
        if (progress)
            progress(mail.done(), mail.total());
    }
    return mail.result();
}

} // namespace pd
