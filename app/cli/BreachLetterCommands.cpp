// privacydesk-cli breach letters …: the letter "kennisgeving datalek" to every linked person at
// once, for the post as one PDF, and the letters recorded as sent at once.

#include "BreachOptions.h"
#include "CliContext.h"
#include "letters/BreachLetterRun.h"
#include "letters/BreachLetters.h"
#include "sending/BreachLetterMail.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace pd::cli {

// Static members so that lupdate sees every tr() in one context.
class BreachLetterCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::BreachLetterCommands)
public:
    static QString listed(const BreachLetterRunPerson &person)
    {
        return person.klantnummer.isEmpty()
            //: Dutch: "persoon %1" (no customer number: the person's number in the store)
            ? tr("person %1").arg(person.id)
            : person.klantnummer;
    }

    static QJsonArray peopleJson(const QList<BreachLetterRunPerson> &people)
    {
        QJsonArray array;
        for (const BreachLetterRunPerson &p : people) {
            QJsonObject person { { QStringLiteral("person_id"), p.id },
                                 { QStringLiteral("klantnummer"), p.klantnummer } };
            if (!p.reason.isEmpty())
                person.insert(QStringLiteral("reason"), p.reason);
            array.append(person);
        }
        return array;
    }

    static void printMailed(const BreachMailResult &m)
    {
        //: Dutch: "Per e-mail: %1 verstuurd, %2 al aangekomen (gevonden in Verzonden items), %3
        //: niet verstuurd."
        CliContext::printLine(tr("By e-mail: %1 sent, %2 had arrived already (found in Sent), %3 "
                                 "not sent.")
                                  .arg(m.sent)
                                  .arg(m.foundInSent)
                                  .arg(m.notSent.size()));
        for (const BreachLetterRunPerson &p : m.notSent)
            //: Dutch: "Geen e-mail aan %1: %2"
            CliContext::printLine(tr("No e-mail to %1: %2").arg(listed(p), p.reason));
    }

    static void printResult(const QString &number, const QString &pdf,
                            const BreachLetterRunResult &r)
    {
        //: Dutch: "Kennisgeving datalek %1 aan %n betrokkene(n): %2 nu gemaakt, %3 al eerder
        //: gemaakt (%4 daarvan al verstuurd)."
        CliContext::printLine(tr("Notice of data breach %1 to %n person(s) concerned: %2 made "
                                 "now, %3 made before (%4 of them sent already).",
                                 nullptr, r.total)
                                  .arg(number)
                                  .arg(r.made)
                                  .arg(r.alreadyMade)
                                  .arg(r.alreadySent));
        if (r.pdfWritten)
            //: Dutch: "%n brief/brieven voor de post in %1. Leg de dag van verzending vast met
            //: breach letters-sent."
            CliContext::printLine(tr("%n letter(s) for the post in %1. Record the day they went "
                                     "out with breach letters-sent.",
                                     nullptr, r.inPdf)
                                      .arg(pdf));
        else
            //: Dutch: "Geen brieven voor de post: er is geen PDF geschreven."
            CliContext::printLine(tr("No letters for the post: no PDF was written."));
        QStringList without;
        for (const BreachLetterRunPerson &p : r.withoutAddress)
            without << listed(p);
        if (!without.isEmpty())
            //: Dutch: "Zonder volledig postadres (niet in de PDF): %1"
            CliContext::printLine(tr("Without a complete postal address (not in the PDF): %1")
                                      .arg(without.join(QStringLiteral(", "))));
        for (const BreachLetterRunPerson &p : r.refused)
            //: Dutch: "Geen brief aan %1: %2"
            CliContext::printLine(tr("No letter to %1: %2").arg(listed(p), p.reason));
    }

    static int runLetters(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const std::optional<QString> given = BreachOptions::number(p, "breach letters");
        if (!given)
            return UsageError;
        const QString number = given->toUpper();
        const QString pdf = p.value(QStringLiteral("pdf"));
        if (pdf.isEmpty())
            //: Dutch: "breach letters heeft --pdf BESTAND nodig: de brieven voor de post."
            return CliContext::usage(
                tr("breach letters needs --pdf FILE: the letters for the post."));
        if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()) == nullptr)
            return CliContext::fail(tr("A PDF needs fonts, which this program did not load."));
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        BreachLetterRunOptions options;
        options.number = number;
        options.pdf
            = OutputTarget(pdf, p.isSet(QStringLiteral("overwrite")), session->store().directory());
        options.resume = p.isSet(QStringLiteral("resume"));
        options.email = p.isSet(QStringLiteral("email"));
        ServiceError error;
        // Nothing is made for e-mail while the mailbox cannot send it.
        if (options.email && !BreachLetterMail::ready(*session, &error))
            return CliContext::fail(error);
        const std::optional<BreachLetterRunResult> result
            = BreachLetterRun::run(*session, options, {}, nullptr, &error);
        if (!result)
            return CliContext::fail(error);
        // The letters made for e-mail go after the post's PDF is whole.
        std::optional<BreachMailResult> mailed;
        if (options.email) {
            mailed = BreachLetterMail::run(*session, number, {}, nullptr, &error);
            if (!mailed)
                return CliContext::fail(error);
        }
        if (p.isSet(QStringLiteral("json"))) {
            CliContext::printJson(QJsonDocument(QJsonObject {
                { QStringLiteral("number"), number },
                { QStringLiteral("total"), result->total },
                { QStringLiteral("made"), result->made },
                { QStringLiteral("already_made"), result->alreadyMade },
                { QStringLiteral("already_sent"), result->alreadySent },
                { QStringLiteral("in_pdf"), result->inPdf },
                { QStringLiteral("pages"), result->pages },
                { QStringLiteral("pdf_written"), result->pdfWritten },
                { QStringLiteral("without_address"), peopleJson(result->withoutAddress) },
                { QStringLiteral("refused"), peopleJson(result->refused) },
                { QStringLiteral("by_email"), result->byEmail },
                { QStringLiteral("mailed"), mailed ? mailed->sent : 0 },
                { QStringLiteral("found_in_sent"), mailed ? mailed->foundInSent : 0 },
                { QStringLiteral("not_mailed"),
                  peopleJson(mailed ? mailed->notSent : QList<BreachLetterRunPerson>()) },
            }));
        } else {
            printResult(number, pdf, *result);
            if (mailed)
                printMailed(*mailed);
        }
        if (mailed && !mailed->notSent.isEmpty()) {
            //: Dutch: "Niet iedereen met een e-mailadres kreeg de brief: zie de lijst. Probeer
            //: het opnieuw met --resume --email, of zet ze in de PDF voor de post met --resume."
            CliContext::printError(tr("Not everyone with an e-mail address got the letter: see "
                                      "the list. Try again with --resume --email, or put them "
                                      "in the PDF for the post with --resume."));
            return Failure;
        }
        if (result->everyoneServed())
            return Success;
        //: Dutch: "Niet iedereen heeft een brief voor de post: zie de lijst hierboven."
        CliContext::printError(tr("Not everyone has a letter for the post: see the list."));
        return Failure;
    }

    static int runLettersSent(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const std::optional<QString> given = BreachOptions::number(p, "breach letters-sent");
        if (!given)
            return UsageError;
        const QString number = given->toUpper();
        bool ok = true;
        const QDate on = dateOption(p, QStringLiteral("on"), &ok);
        if (!ok)
            return UsageError;
        if (!on.isValid())
            //: Dutch: "breach letters-sent heeft --on JJJJ-MM-DD nodig."
            return CliContext::usage(tr("breach letters-sent needs --on YYYY-MM-DD."));
        const QString how = p.isSet(QStringLiteral("how")) ? p.value(QStringLiteral("how"))
                                                           : QStringLiteral("per post");
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        ServiceError error;
        const std::optional<int> count = BreachLetterService(*session).recordDispatchAll(
            number, on, how, CliContext::bsnCheck(p), &error);
        if (!count)
            return CliContext::fail(error);
        if (p.isSet(QStringLiteral("json")))
            CliContext::printJson(
                QJsonDocument(QJsonObject { { QStringLiteral("number"), number },
                                            { QStringLiteral("sent"), *count },
                                            { QStringLiteral("on"), on.toString(Qt::ISODate) } }));
        else
            //: Dutch: "%n brief/brieven van %1 vastgelegd als verstuurd op %2."
            CliContext::printLine(tr("%n letter(s) of %1 recorded as sent on %2.", nullptr, *count)
                                      .arg(number, CliContext::dateText(on)));
        return Success;
    }
};

QList<Command> breachLetterCommands()
{
    return {
        command("breach letters",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Make the letter 'kennisgeving datalek' (art. 34 GDPR) for every "
                                  "linked person who has none yet, record each, and write every "
                                  "letter not yet sent into one PDF for the post, by postcode."),
                "NUMBER",
                { option(QStringLiteral("pdf"),
                         QT_TRANSLATE_NOOP("pd::cli", "Write the letters as one PDF to FILE."),
                         QT_TRANSLATE_NOOP("pd::cli", "FILE")),
                  option(QStringLiteral("resume"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "Go on where an earlier run stopped: who has a "
                                           "letter gets no second one.")),
                  option(QStringLiteral("email"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "By e-mail, from the privacy mailbox, to who has an "
                                           "e-mail address; the others in the PDF.")),
                  overwriteOption() },
                BreachLetterCommands::runLetters),
        command("breach letters-sent",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Record every letter of a data breach made and not yet sent as "
                                  "sent on one day; their people count as informed from that day."),
                "NUMBER",
                { option(QStringLiteral("on"),
                         QT_TRANSLATE_NOOP("pd::cli", "The day they went out."), dateValue),
                  option(QStringLiteral("how"),
                         QT_TRANSLATE_NOOP("pd::cli", "How they were sent (default: per post)."),
                         textValue),
                  confirmNotBsnOption() },
                BreachLetterCommands::runLettersSent),
    };
}

} // namespace pd::cli
