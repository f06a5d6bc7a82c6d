// Planning a letter's e-mail in the outbox, and recording what became of each try.

#include "cases/Attachments.h"
#include "cases/CaseService.h"
#include "crypto/AnswerPassword.h"
#include "letters/LetterRepository.h"
#include "letters/Letters.h"
#include "mail/MailMessage.h"
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
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

const QString caseEntity = u"case"_s;

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A file of the request's answer as its trail records it: the name, the format and whether it
// went encrypted are those of the export that wrote it.
struct RecordedAnswer
{
    OutgoingAttachment file;
    QString format;
    QString sha256;
    std::optional<PasswordDelivery> passwordBy; // set: encrypted, its password given that way
};

QString mediaType(const QString &format)
{
    if (format == u"pdf"_s)
        return u"application/pdf"_s;
    if (format == u"json"_s)
        return u"application/json"_s;
    if (format == u"csv"_s)
        return u"text/csv"_s;
    return format == u"txt"_s ? u"text/plain"_s : u"application/octet-stream"_s;
}

// Each file given as the answer, found by its SHA-256 among the files the request's
// case.report_exported events record; an error names the first that is not one of them.
std::optional<QList<RecordedAnswer>> recordedAnswers(const Session &session, const QString &number,
                                                     const QList<AnswerFile> &given,
                                                     ServiceError *error)
{
    if (given.isEmpty())
        return QList<RecordedAnswer> {};
    ServiceError read;
    const QList<AuditEvent> events = CaseService(session).timeline(number, &read);
    if (read.isError()) {
        *error = read;
        return std::nullopt;
    }
    QList<RecordedAnswer> found;
    for (const AnswerFile &answer : given) {
        const QString sha = sha256Hex(answer.bytes);
        if (std::any_of(found.cbegin(), found.cend(),
                        [&](const RecordedAnswer &a) { return a.sha256 == sha; }))
            continue;
        std::optional<RecordedAnswer> match;
        for (const AuditEvent &event : events) {
            if (event.action != QLatin1StringView("case.report_exported"))
                continue;
            for (const QJsonValue &value : event.payload.value(u"files"_s).toArray()) {
                const QJsonObject file = value.toObject();
                if (file.value(u"sha256"_s).toString() != sha)
                    continue;
                const QString format = file.value(u"format"_s).toString();
                match = RecordedAnswer { { file.value(u"name"_s).toString(), mediaType(format),
                                           answer.bytes },
                                         format,
                                         sha,
                                         std::nullopt };
                if (event.payload.value(u"encrypted"_s).toBool())
                    match->passwordBy
                        = EncryptedPdf::delivery(event.payload.value(u"password_by"_s).toString());
            }
        }
        if (!match) {
            //: Dutch: "‘%1’ is geen antwoord dat voor %2 is gemaakt: alleen een bestand dat
            //: export person voor dit verzoek schreef, ongewijzigd, gaat mee."
            *error = support::invalid(
                LetterMail::tr("'%1' is not an answer made for %2: only a file that export "
                               "person wrote for this request, unchanged, goes with it.")
                    .arg(QFileInfo(answer.name).fileName(), number));
            return std::nullopt;
        }
        found << *match;
    }
    return found;
}

// The sentence about the password: how it comes, never the password. With the answer's files,
// it names them first, and which of them is locked.
QString passwordSentence(const std::optional<PasswordDelivery> &letterLocked,
                         const QList<RecordedAnswer> &answer)
{
    // QString, not auto: a QStringBuilder would outlive the temporaries it refers to. The codes
    // are Dutch words: "per telefoon", "per sms", "per brief".
    const auto apart = [](PasswordDelivery by) -> QString {
        return u" Dat wachtwoord krijgt u apart van ons, per "_s + EncryptedPdf::deliveryCode(by)
            + u"; het staat nooit in een e-mail."_s;
    };
    QString sentence;
    if (letterLocked)
        sentence = u" De PDF is beveiligd met een wachtwoord."_s + apart(*letterLocked);
    if (answer.isEmpty())
        return sentence;
    QStringList names;
    for (const RecordedAnswer &file : answer)
        names << u"‘"_s + file.file.fileName + u"’"_s;
    sentence += (answer.size() == 1 ? u" Ook bijgevoegd is ons antwoord: "_s
                                    : u" Ook bijgevoegd is ons antwoord, in deze bestanden: "_s)
        + names.join(u", "_s) + u'.';
    for (const RecordedAnswer &file : answer) {
        if (file.passwordBy) {
            sentence += u" Het bestand ‘"_s + file.file.fileName
                + u"’ is beveiligd met een wachtwoord."_s + apart(*file.passwordBy);
        }
    }
    return sentence;
}

// Whether the message planned before carries exactly these files of the answer besides the
// letter, so that it can go again as it is; true when none are given.
bool carriesAnswer(const QByteArray &message, const QList<AnswerFile> &given)
{
    if (given.isEmpty())
        return true;
    const std::optional<MailMessage> parsed = MailMessage::parse(message);
    if (!parsed)
        return false;
    QSet<QString> carried;
    for (qsizetype i = 1; i < parsed->attachments.size(); ++i)
        carried << sha256Hex(parsed->attachments.at(i).content);
    QSet<QString> wanted;
    for (const AnswerFile &file : given)
        wanted << sha256Hex(file.bytes);
    return carried == wanted;
}

// What case.letter_mail_planned records: to whom, the message's fingerprint, and of the answer's
// files their names, formats and SHA-256; never a password.
QJsonObject plannedPayload(const Letter &letter, const OutboxItem &item, const QString &messageId,
                           bool addressOnRecord, bool inReplyTo,
                           const std::optional<PasswordDelivery> &encrypt,
                           const QList<RecordedAnswer> &answer)
{
    QJsonObject payload { { u"letter"_s, QString::number(letter.id) },
                          { u"kind"_s, codes::code(letter.kind) },
                          { u"to"_s, item.address },
                          { u"address_on_record"_s, addressOnRecord },
                          { u"message_id"_s, messageId },
                          { u"sha256"_s, sha256Hex(item.body) },
                          { u"size"_s, item.body.size() },
                          { u"in_reply_to"_s, inReplyTo },
                          { u"encrypted"_s, encrypt.has_value() },
                          { u"password_by"_s,
                            encrypt ? EncryptedPdf::deliveryCode(*encrypt) : QString() } };
    if (answer.isEmpty())
        return payload;
    QJsonArray files;
    for (const RecordedAnswer &file : answer) {
        QJsonObject entry { { u"name"_s, file.file.fileName },
                            { u"format"_s, file.format },
                            { u"sha256"_s, file.sha256 },
                            { u"encrypted"_s, file.passwordBy.has_value() } };
        if (file.passwordBy)
            entry.insert(u"password_by"_s, EncryptedPdf::deliveryCode(*file.passwordBy));
        files.append(entry);
    }
    payload.insert(u"answer"_s, files);
    return payload;
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

std::optional<AnswerFile> LetterMail::readAnswer(const QString &path, ServiceError *error)
{
    const QFileInfo info(path);
    QFile file(path);
    // Not a FIFO or a device, which would block or never end.
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        //: Dutch: "geen gewoon bestand"
        const QString notRegular = tr("not a regular file");
        //: Dutch: "%1 kon niet worden gelezen: %2"
        *error = support::invalid(
            tr("%1 could not be read: %2")
                .arg(path, info.exists() && !info.isFile() ? notRegular : file.errorString()));
        return std::nullopt;
    }
    if (file.size() > answerMostBytes) {
        //: Dutch: "%1 is groter dan %2 MB: zo'n bestand gaat niet per e-mail."
        *error = support::invalid(tr("%1 is larger than %2 MB: such a file does not go by e-mail.")
                                      .arg(path)
                                      .arg(answerMostBytes >> 20));
        return std::nullopt;
    }
    AnswerFile answer { path, file.readAll() };
    if (file.error() != QFileDevice::NoError || answer.bytes.size() != file.size()) {
        //: Dutch: "%1 kon niet worden gelezen: %2"
        *error = support::invalid(tr("%1 could not be read: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return answer;
}

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
    if (order.encrypt && !order.answer.isEmpty()) {
        //: Dutch: "Het antwoord heeft een eigen wachtwoord, of gaat onversleuteld: de brief wordt
        //: er niet nog eens apart bij versleuteld."
        *error = support::invalid(tr("The answer has a password of its own, or goes unlocked: "
                                     "the letter with it is not locked separately."));
        return std::nullopt;
    }
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
        // Message-ID, so that a copy that did arrive is recognised. One without the answer now
        // given is overtaken, unless it may have arrived.
        if (item.open() && item.address.compare(to, Qt::CaseInsensitive) == 0) {
            if (!carriesAnswer(item.body, order.answer)) {
                if (item.state != OutboxState::ToDo || item.attempts == 0)
                    break;
                //: Dutch: "Een eerdere e-mail met deze brief is misschien aangekomen, zonder
                //: deze bestanden: verstuur hem eerst opnieuw zoals hij was."
                *error = support::invalid(
                    tr("An earlier e-mail with this letter may have arrived, without these "
                       "files: send it again as it was first."));
                return std::nullopt;
            }
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
    const std::optional<QList<RecordedAnswer>> answer
        = recordedAnswers(m_session, request.number, order.answer, error);
    if (!answer)
        return std::nullopt;
    values->insert(u"brief.titel"_s, letter.title().toHtmlEscaped());
    values->insert(u"wachtwoord.zin"_s, passwordSentence(order.encrypt, *answer).toHtmlEscaped());
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
    OutgoingMail mail = message(filled,
                                { LetterTemplates::plainText(values->value(u"organisatie.naam"_s)),
                                  prepared.account.fromAddress() },
                                { onRecord(request).name, to }, letter.title(), attached, *answered,
                                m_session.clock().now());
    for (const RecordedAnswer &file : *answer)
        mail.attachments << file.file;
    OutboxItem &item = prepared.item;
    item = planned(mail, letter.id, earlier.size(), letter.kind, m_session.userName());
    // Kept whole among the request's files once it went: what the store has no room for does
    // not go, or the server would take a message that could not be recorded as sent.
    //: Dutch: "De e-mail"
    if (!AttachmentService::fits(m_session.store().database(),
                                 AttachmentService(m_session).storeLimitBytes(), tr("The e-mail"),
                                 item.body.size(), error))
        return std::nullopt;
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
                         plannedPayload(letter, item, mail.messageId, addressOnRecord,
                                        !answered->isEmpty(), order.encrypt, *answer));
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
