// privacydesk-cli letter send: a letter of a request by e-mail from the privacy mailbox
// (LetterMail): planned in the outbox, sent, and recorded as sent only once the server took it.
// letter mail-text …: the e-mail text each letter kind is sent with.

#include "CliContext.h"
#include "cases/CaseService.h"
#include "letters/LetterKind.h"
#include "sending/LetterMail.h"
#include "sending/MailTexts.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd::cli {

using namespace Qt::StringLiterals;

namespace {

class LetterSendCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::LetterSendCommands)
public:
    static int runSend(CliContext &context);
    static int runTextShow(CliContext &context);
    static int runTextSet(CliContext &context);
    static int runTextReset(CliContext &context);

private:
    static std::optional<LetterKind> kindArgument(const QCommandLineParser &p);
    static QJsonObject json(const PreparedMail &prepared, const MailAnswer &answer);
    static std::optional<QList<AnswerFile>> answerFiles(const QCommandLineParser &p);
};

// The files of --answer, read before the store opens, so that one that cannot be read plans
// nothing.
std::optional<QList<AnswerFile>> LetterSendCommands::answerFiles(const QCommandLineParser &p)
{
    QList<AnswerFile> files;
    for (const QString &path : p.values(u"answer"_s)) {
        ServiceError error;
        const std::optional<AnswerFile> file = LetterMail::readAnswer(path, &error);
        if (!file) {
            CliContext::fail(error);
            return std::nullopt;
        }
        files << *file;
    }
    return files;
}

std::optional<LetterKind> LetterSendCommands::kindArgument(const QCommandLineParser &p)
{
    const QString code = p.positionalArguments().value(0).trimmed();
    const std::optional<LetterKind> kind = codes::from<LetterKind>(code);
    if (!kind) {
        QStringList all;
        // A request's letters and a breach's notice (its e-mail with breach letters --email).
        for (LetterKind each : LetterCodes::kinds() + LetterCodes::breachKinds())
            all << codes::code(each);
        //: Dutch: "Geef een briefsoort: %1."
        CliContext::usage(tr("Give a letter kind: %1.").arg(all.join(u", "_s)));
    }
    return kind;
}

QJsonObject LetterSendCommands::json(const PreparedMail &prepared, const MailAnswer &answer)
{
    return { { u"number"_s, prepared.item.caseNumber },
             { u"letter"_s, prepared.letterId },
             { u"to"_s, prepared.item.address },
             { u"message_id"_s, prepared.messageId },
             { u"sent"_s, answer.outcome == SmtpClient::Outcome::Accepted },
             { u"found_in_sent"_s, answer.foundInSent },
             { u"copy_in_sent"_s, answer.copyInSent },
             { u"needs_confirmation"_s, answer.needsConfirmation },
             { u"reason"_s, answer.reason } };
}

int LetterSendCommands::runSend(CliContext &context)
{
    const QCommandLineParser &p = context.parser();
    const QStringList args = p.positionalArguments();
    bool ok = false;
    const qint64 letterId = args.value(1).toLongLong(&ok);
    if (args.size() != 2 || !ok || letterId <= 0)
        //: Dutch: "letter send heeft het nummer van het verzoek en dat van de brief nodig
        //: (letter list NUMMER noemt ze)."
        return CliContext::usage(tr("letter send needs the request's number and the letter's "
                                    "(letter list NUMBER names them)."));
    bool encrypt = false;
    const std::optional<PasswordDelivery> delivery = passwordDelivery(p, &encrypt);
    if (!delivery)
        return UsageError;
    const std::optional<QList<AnswerFile>> given = answerFiles(p);
    if (!given)
        return Failure;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return CliContext::fail(tr("A PDF needs fonts, which this program did not load."));
    const Session *session = context.openSession();
    if (!session)
        return Failure;
    LetterMailOrder order;
    order.caseNumber = args.at(0).trimmed().toUpper();
    order.letterId = letterId;
    order.to = p.value(u"to"_s);
    if (encrypt)
        order.encrypt = delivery;
    order.answer = *given;
    order.confirmedAddress = p.isSet(u"confirm-address"_s);
    order.confirmedAgain = p.isSet(u"send-again"_s);
    order.bsnCheck = CliContext::bsnCheck(p);
    LetterMail mail(*session);
    ServiceError error;
    if (!order.to.trimmed().isEmpty() && !order.confirmedAddress) {
        const std::optional<Case> request = CaseService(*session).find(order.caseNumber, &error);
        if (!request)
            return CliContext::fail(error);
        if (LetterMail::needsConfirmation(*request, order.to))
            //: Dutch: "%1 is niet het adres dat bij %2 is vastgelegd: bevestig het met
            //: --confirm-address (dat komt in het logboek)."
            return CliContext::usage(tr("%1 is not the address on record for %2: confirm it "
                                        "with --confirm-address (the trail says so).")
                                         .arg(order.to.trimmed(), order.caseNumber));
    }
    const std::optional<PreparedMail> prepared = mail.prepare(order, &error);
    if (!prepared)
        return CliContext::fail(error);
    if (!prepared->password.isEmpty())
        printAnswerPassword(prepared->password, *delivery);
    else if (encrypt && prepared->triedBefore)
        //: Dutch: "Dit is dezelfde e-mail als bij de eerdere poging: de PDF heeft het
        //: wachtwoord dat toen is gegeven."
        CliContext::printError(tr("This is the same e-mail as at the earlier try: the PDF has "
                                  "the password given then."));
    const MailAnswer answer = LetterMail::send(*prepared, session->clock());
    if (!mail.record(*prepared, answer, &error))
        return CliContext::fail(error);
    if (p.isSet(u"json"_s))
        CliContext::printJson(QJsonDocument(json(*prepared, answer)));
    if (answer.needsConfirmation)
        //: Dutch: "%1 Bevestig met --send-again."
        return CliContext::fail(tr("%1 Confirm with --send-again.").arg(answer.reason));
    if (answer.outcome != SmtpClient::Outcome::Accepted)
        return CliContext::fail(answer.reason);
    if (!answer.copyProblem.isEmpty())
        //: Dutch: "Verstuurd, maar de kopie in ‘%1’ lukte niet: %2"
        CliContext::printError(tr("Sent, but the copy in '%1' failed: %2")
                                   .arg(prepared->account.sentFolder, answer.copyProblem));
    if (!p.isSet(u"json"_s))
        CliContext::printLine(answer.foundInSent
                                  //: Dutch: "Brief %1 was al aangekomen bij %2 (gevonden in
                                  //: Verzonden items): vastgelegd als verstuurd, niet nog eens
                                  //: verstuurd."
                                  ? tr("Letter %1 had arrived at %2 already (found in Sent): "
                                       "recorded as sent, not sent again.")
                                        .arg(letterId)
                                        .arg(prepared->item.address)
                                  //: Dutch: "Brief %1 is verstuurd aan %2 (Message-ID <%3>)."
                                  : tr("Letter %1 was sent to %2 (Message-ID <%3>).")
                                        .arg(letterId)
                                        .arg(prepared->item.address, prepared->messageId));
    return Success;
}

int LetterSendCommands::runTextShow(CliContext &context)
{
    const std::optional<LetterKind> kind = kindArgument(context.parser());
    if (!kind)
        return UsageError;
    const Session *session = context.openSession();
    if (!session)
        return Failure;
    ServiceError error;
    const std::optional<LetterTemplate> text = MailTextService(*session).textFor(*kind, &error);
    if (!text)
        return CliContext::fail(error);
    CliContext::printLine(text->html);
    return Success;
}

int LetterSendCommands::runTextSet(CliContext &context)
{
    const QCommandLineParser &p = context.parser();
    const std::optional<LetterKind> kind = kindArgument(p);
    if (!kind)
        return UsageError;
    if (!p.isSet(u"file"_s))
        //: Dutch: "letter mail-text set heeft --file BESTAND nodig."
        return CliContext::usage(tr("letter mail-text set needs --file FILE."));
    const std::optional<QByteArray> bytes
        = CliContext::readFile(p.value(u"file"_s), CliContext::FileRead::Whole);
    if (!bytes)
        return Failure;
    const Session *session = context.openSession();
    if (!session)
        return Failure;
    ServiceError error;
    const QString text = QString::fromUtf8(*bytes).remove(u'\r');
    if (!MailTextService(*session).save(*kind, text, CliContext::bsnCheck(p), &error))
        return CliContext::fail(error);
    return Success;
}

int LetterSendCommands::runTextReset(CliContext &context)
{
    const std::optional<LetterKind> kind = kindArgument(context.parser());
    if (!kind)
        return UsageError;
    return context.act([&](const Session &session, ServiceError *error) {
        return MailTextService(session).reset(*kind, error);
    });
}

} // namespace

QList<Command> letterSendCommands()
{
    using C = LetterSendCommands;
    return {
        command(
            "letter send",
            QT_TRANSLATE_NOOP("pd::cli",
                              "Send a letter of a request by e-mail from the privacy mailbox, "
                              "to the person or the representative it is addressed to; recorded "
                              "as sent once the mail server accepted it."),
            "NUMBER LETTER_ID",
            QList<QCommandLineOption> {
                option(u"to"_s,
                       QT_TRANSLATE_NOOP("pd::cli",
                                         "Another address than the one on record (needs "
                                         "--confirm-address)."),
                       QT_TRANSLATE_NOOP("pd::cli", "address")),
                option(u"confirm-address"_s,
                       QT_TRANSLATE_NOOP("pd::cli",
                                         "Confirm an address that is not on record for the "
                                         "request (said on the trail).")),
                option(u"send-again"_s,
                       QT_TRANSLATE_NOOP("pd::cli",
                                         "Send again after a try whose answer never came "
                                         "and that is not in Sent.")),
                option(u"answer"_s,
                       QT_TRANSLATE_NOOP("pd::cli",
                                         "Attach this file of the request's answer (the "
                                         "report or export that export person wrote for "
                                         "it, unchanged); may be given more than once."),
                       QT_TRANSLATE_NOOP("pd::cli", "FILE")),
                confirmNotBsnOption() }
                + encryptOptions(
                    QT_TRANSLATE_NOOP("pd::cli",
                                      "Lock the letter's PDF with a generated password, said "
                                      "once here and never in the e-mail.")),
            C::runSend),
        command("letter mail-text show",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Show the e-mail text a letter kind is sent with (the default "
                                  "or the organisation's)."),
                "KIND", {}, C::runTextShow),
        command(
            "letter mail-text set",
            QT_TRANSLATE_NOOP("pd::cli",
                              "Change the e-mail text of a letter kind: its first line "
                              "'Onderwerp: …', then the text, with the letters' "
                              "placeholders."),
            "KIND",
            { option(u"file"_s, QT_TRANSLATE_NOOP("pd::cli", "The text, UTF-8, from this file."),
                     QT_TRANSLATE_NOOP("pd::cli", "FILE")),
              confirmNotBsnOption() },
            C::runTextSet),
        command("letter mail-text reset",
                QT_TRANSLATE_NOOP("pd::cli", "Use the default e-mail text of a letter kind again."),
                "KIND", {}, C::runTextReset),
    };
}

} // namespace pd::cli
