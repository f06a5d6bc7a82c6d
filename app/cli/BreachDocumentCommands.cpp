// privacydesk-cli breach report …: the documents of the data-breach register: the
// notification to the AP, prepared as PDF (and as text to copy into the AP's web form).

#include "BreachOptions.h"
#include "CliContext.h"
#include "cases/PersonQuery.h"
#include "documents/BreachNotification.h"
#include "letters/BreachLetters.h"
#include "letters/Letters.h"
#include "print/PrintedDocument.h"

#include <QGuiApplication>
#include <QJsonObject>

namespace pd::cli {

// Static members so that lupdate sees every tr() in one context.
class BreachDocumentCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::BreachDocumentCommands)
public:
    static int runReport(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const QStringList args = p.positionalArguments();
        if (args.size() != 1 || args.first().trimmed().isEmpty())
            return CliContext::usage(tr("breach report needs the number of the data breach: "
                                        "breach report DL-YYYY-NNNN --pdf FILE."));
        const QString number = args.first().trimmed().toUpper();
        const QString pdf = p.value(QStringLiteral("pdf"));
        const bool text = p.isSet(QStringLiteral("text"));
        if (pdf.isEmpty() && !text)
            return CliContext::usage(tr("breach report needs --pdf FILE (or --text)."));
        if (text && p.isSet(QStringLiteral("json")))
            return CliContext::usage(tr("breach report takes --text or --json, not both."));
        if (!pdf.isEmpty()
            && qobject_cast<QGuiApplication *>(QCoreApplication::instance()) == nullptr)
            return CliContext::fail(tr("A PDF needs fonts, which this program did not load."));
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        ServiceError error;
        const auto content = BreachNotification(*session).collect(number, &error);
        if (!content)
            return CliContext::readFailure(error, false); // a failed read is [read-failed]
        int pages = 0;
        if (!pdf.isEmpty()) {
            QString writeError;
            if (!BreachNotification::writePdf(*content, PrintedDocument::marking(session->store()),
                                              OutputTarget(pdf,
                                                           p.isSet(QStringLiteral("overwrite")),
                                                           session->store().directory()),
                                              &writeError, &pages))
                return CliContext::fail(writeError);
        }
        const Breach &b = content->breach;
        if (text) {
            // The text to copy into the form, on stdout; where the PDF went goes to stderr.
            CliContext::printLine(BreachNotification::text(*content).trimmed());
            if (!pdf.isEmpty())
                CliContext::printError(
                    tr("Notification of %1 written as PDF: %n page(s).", nullptr, pages)
                        .arg(b.number));
        } else if (p.isSet(QStringLiteral("json"))) {
            CliContext::printJson(QJsonDocument(QJsonObject {
                { QStringLiteral("number"), b.number },
                { QStringLiteral("pages"), pages },
                { QStringLiteral("clock_start"), BreachCodes::isoLocal(b.clockStart()) },
                { QStringLiteral("ap_deadline"), BreachCodes::isoLocal(b.apDeadline()) },
                { QStringLiteral("ap_notified_late"), b.apNotifiedLate() },
                { QStringLiteral("special_data"), b.specialData() },
            }));
        } else {
            CliContext::printLine(
                tr("Notification of %1 written as PDF: %n page(s). The AP accepts it only "
                   "through its web form; record the notification number with breach notify-ap.",
                   nullptr, pages)
                    .arg(b.number));
        }
        return Success;
    }

    // The letter "kennisgeving datalek" to one linked person: the PDF first, then recorded (a
    // letter is recorded only once it exists on paper or as a file).
    static int runLetter(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const QStringList args = p.positionalArguments();
        if (args.size() != 1 || args.first().trimmed().isEmpty())
            return CliContext::usage(tr("breach letter needs the number of the data breach: "
                                        "breach letter DL-YYYY-NNNN --person NUMBER --pdf FILE."));
        const QString number = args.first().trimmed().toUpper();
        const QString klantnummer = p.value(QStringLiteral("person")).trimmed();
        const QString pdf = p.value(QStringLiteral("pdf"));
        if (klantnummer.isEmpty() || pdf.isEmpty())
            return CliContext::usage(
                tr("breach letter needs --person (a customer number) and --pdf FILE."));
        if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()) == nullptr)
            return CliContext::fail(tr("A PDF needs fonts, which this program did not load."));
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        ServiceError error;
        const QList<PersonMatch> found = PersonQuery(*session).byKlantnummer(klantnummer, &error);
        if (error.isError())
            return CliContext::readFailure(error, false); // never "no such person"
        if (found.isEmpty())
            return CliContext::fail(tr("No person with customer number %1.").arg(klantnummer));
        BreachLetterService letters(*session);
        const auto rendered = letters.render(number, found.first().person.id, &error);
        if (!rendered)
            return CliContext::fail(error);
        int pages = 0;
        const auto letter = recordLetter(*session, p, letters, *rendered, &pages);
        if (!letter)
            return Failure;
        if (!rendered->warning.isEmpty())
            CliContext::printError(tr("Warning: %1").arg(rendered->warning));
        if (p.isSet(QStringLiteral("json"))) {
            CliContext::printJson(QJsonDocument(QJsonObject {
                { QStringLiteral("number"), letter->breachNumber },
                { QStringLiteral("letter"), letter->id },
                { QStringLiteral("sha256"), letter->sha256 },
                { QStringLiteral("pages"), pages },
                { QStringLiteral("warning"), rendered->warning },
            }));
        } else {
            CliContext::printLine(
                tr("%1 recorded as letter %2 (SHA-256 %3), %n page(s). Record the day it went "
                   "out with breach letter-sent.",
                   nullptr, pages)
                    .arg(letter->title())
                    .arg(letter->id)
                    .arg(letter->sha256));
        }
        return Success;
    }

    static int runLetterSent(CliContext &context)
    {
        return recordLetterDispatch<BreachLetterService>(
            context,
            tr("breach letter-sent needs the number of the data breach and the letter's number "
               "(breach letter prints it)."),
            tr("breach letter-sent needs --on YYYY-MM-DD and --how TEXT."));
    }
};

QList<Command> breachDocumentCommands()
{
    const QList<Command> documents {
        command("breach report",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Prepare the notification of a data breach to the AP, section "
                                  "by section as its web form asks, as PDF (--pdf) and as text to "
                                  "copy into the form (--text)."),
                "NUMBER",
                { option(QStringLiteral("pdf"),
                         QT_TRANSLATE_NOOP("pd::cli", "Write the notification as PDF to FILE."),
                         QT_TRANSLATE_NOOP("pd::cli", "FILE")),
                  overwriteOption(),
                  option(QStringLiteral("text"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "Print the notification as text, to copy into "
                                           "the AP's form.")) },
                BreachDocumentCommands::runReport),
        command("breach letter",
                QT_TRANSLATE_NOOP(
                    "pd::cli",
                    "Make the letter 'kennisgeving datalek' (art. 34 GDPR) for one linked "
                    "person as PDF and record it."),
                "NUMBER",
                { option(QStringLiteral("person"),
                         QT_TRANSLATE_NOOP("pd::cli", "The person's customer number."),
                         QT_TRANSLATE_NOOP("pd::cli", "number")),
                  letterPdfOption(), overwriteOption(), confirmNotBsnOption() },
                BreachDocumentCommands::runLetter),
        command("breach letter-sent",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Record the day a breach letter went out; the person counts as "
                                  "informed from that day."),
                "NUMBER LETTER",
                { option(QStringLiteral("on"), QT_TRANSLATE_NOOP("pd::cli", "The day it went out."),
                         dateValue),
                  option(QStringLiteral("how"),
                         QT_TRANSLATE_NOOP("pd::cli", "How it was sent (required)."), textValue),
                  confirmNotBsnOption() },
                BreachDocumentCommands::runLetterSent),
    };
    return documents + breachLetterCommands();
}

} // namespace pd::cli
