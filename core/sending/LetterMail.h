#pragma once

#include "cases/Case.h"
#include "domain/BsnGuard.h"
#include "mail/OutgoingMail.h"
#include "mailbox/MailboxAccount.h"
#include "mailbox/SmtpClient.h"
#include "outbox/Outbox.h"
#include "print/EncryptedPdf.h"
#include "sending/MailTexts.h"
#include "session/Session.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pd {

struct Letter;
class Store;
class UnitOfWork;

// A file made as the request's answer, sent with its letter byte for byte: the inzage report or
// portability export that export person wrote for the request. Only a file whose SHA-256 the
// request's trail records as written for it (case.report_exported) goes, under the name
// recorded there, so that the wrong file cannot reach the wrong tenant.
struct AnswerFile
{
    QString name; // as the officer has it: named in an error only
    QByteArray bytes;
};

// What the officer asks: this letter of this request by e-mail.
struct LetterMailOrder
{
    QString caseNumber;
    qint64 letterId = 0;
    QString to; // empty: the address on record
    std::optional<PasswordDelivery> encrypt; // set: the PDF locked, its password told that way
    QList<AnswerFile> answer; // attached besides the letter; not with encrypt (its own password)
    bool confirmedAddress = false; // an address not on record, and the officer confirmed it
    bool confirmedAgain = false; // sent again after a try whose answer never came
    BsnCheck bsnCheck = BsnCheck::Refuse; // over the e-mail's text
};

// The message as planned in the outbox, read on the store's thread, with what sending needs.
struct PreparedMail
{
    OutboxItem item; // body: the message's exact bytes
    qint64 letterId = 0;
    QString messageId;
    MailboxAccount account; // with its secret
    QString password; // only when this message was made now and locked; never kept
    bool triedBefore = false; // Sent is looked in first
    bool unsure = false; // the last try's answer never came
    bool confirmedAgain = false;
};

// What became of one try, on the worker thread.
struct MailAnswer
{
    SmtpClient::Outcome outcome = SmtpClient::Outcome::NotSent;
    QString reason; // translated; empty when accepted
    bool foundInSent = false; // an earlier try had arrived: not sent again
    bool needsConfirmation = false; // an earlier try may have arrived: nothing was done
    bool copyInSent = false;
    QString copyProblem; // why the copy could not be put in Sent
    QDateTime at; // UTC
};

// A letter of a request sent by e-mail from the privacy mailbox, through the outbox: the
// message composed once (the e-mail text of its kind, the letter's PDF, locked when asked),
// planned with its exact bytes in a unit of its own (case.letter_mail_planned), sent after that
// commit, and its answer recorded: only once the server accepted it is the letter recorded as
// sent (the day, "per e-mail aan …" with the Message-ID), the message's bytes kept among the
// request's files as its outgoing original (case.letter_mailed), and a copy put in Sent. A try that
// was not accepted records why and nothing as sent; the same message, byte for byte, is what a
// next try sends, after looking in Sent for it when an earlier try was handed over.
class LetterMail final
{
    Q_DECLARE_TR_FUNCTIONS(pd::LetterMail)
public:
    explicit LetterMail(const Session &session);

    struct Addressee
    {
        QString name;
        QString address; // empty: none on record
    };
    // The representative's e-mail address for a representative's request, else the person's.
    static Addressee onRecord(const Case &request);
    // Whether to is not the address on record, so that sending needs the officer's confirmation
    // (and the trail says it was not on record).
    static bool needsConfirmation(const Case &request, const QString &to);

    // The privacy mailbox's account, with its secret, when it sends; else an error that says how
    // to set it up.
    static std::optional<MailboxAccount> sendingAccount(const Session &session,
                                                        ServiceError *error);

    // EditCases. Plans the message, or takes the one planned before and not yet sent.
    std::optional<PreparedMail> prepare(const LetterMailOrder &order, ServiceError *error);
    // No store: Sent looked in first after an earlier try, then SMTP, then the copy in Sent
    // (none when the mail server keeps its own: MailboxAccount::SentCopy).
    static MailAnswer send(const PreparedMail &prepared, const Clock &clock);
    // The answer in a unit of its own; nothing when the answer needs the officer first.
    bool record(const PreparedMail &prepared, const MailAnswer &answer, ServiceError *error);

    // A file of the answer as the officer names it, read whole: an error says why when it is
    // not a regular file, cannot be read, or is larger than any e-mail carries.
    static constexpr qint64 answerMostBytes = qint64(64) << 20;
    static std::optional<AnswerFile> readAnswer(const QString &path, ServiceError *error);

    // The e-mails planned for the request, every state.
    std::optional<QList<OutboxItem>> of(const QString &caseNumber, ServiceError *error) const;

    // A try that failed for now (a 4xx: "try again later", or no connection) is made again by
    // the desk itself while it is open (ui/cases/MailRetry), as the officer would: prepare, send,
    // record. Due: a request's e-mail in state fout that this login planned (so that two desks
    // of a server store never both send it), tried fewer than automaticTries times, the last try
    // at least retryMinutes ago. A refusal (5xx) and a handed-over message whose answer
    // never came are left to the officer. Empty for a login that may not edit requests.
    static constexpr int automaticTries = 4;
    static constexpr int retryMinutes = 15;
    // The rule, for a request's e-mail and a breach's notice alike.
    static bool dueAgain(const OutboxItem &item, const Session &session);
    std::optional<QList<LetterMailOrder>> dueAgain(ServiceError *error) const;

    // The e-mail of a letter: its text filled, its PDF attached, under the e-mail answered (its
    // Message-ID; empty: none).
    static OutgoingMail message(const MailText &filled, const MailAddress &from,
                                const MailAddress &to, const QString &title, const QByteArray &pdf,
                                const QString &answered, const QDateTime &now);
    // The outbox's row of a letter's e-mail: the message's exact bytes, from and to, and which of
    // the letter's messages it is (earlier: how many the letter had); its owner set by the caller.
    static OutboxItem planned(const OutgoingMail &mail, qint64 letterId, qsizetype earlier,
                              LetterKind kind, const QString &by);
    // The letter's PDF as recorded, locked with a new password when asked; empty with *error.
    static QByteArray pdf(const Store &store, const QString &html, const QString &title,
                          const std::optional<PasswordDelivery> &encrypt, QString *password,
                          ServiceError *error);
    // How a letter sent by e-mail is recorded: Dutch, with the Message-ID.
    static QString sentHow(const QString &to, const QString &messageId);

private:
    std::optional<PreparedMail> plan(UnitOfWork &unit, const LetterMailOrder &order,
                                     const Case &request, const Letter &letter, const QString &to,
                                     bool addressOnRecord, const QList<OutboxItem> &earlier,
                                     PreparedMail prepared, ServiceError *error);
    Session m_session;
};

} // namespace pd
