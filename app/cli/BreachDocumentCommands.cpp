// privacydesk-cli breach report …: the documents of the data-breach register (issue 20): the
// notification to the AP, prepared as PDF (and as text to copy into the AP's web form).

#include "CliContext.h"
#include "documents/BreachNotification.h"
#include "documents/PrintedDocument.h"

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
        const auto store = context.openStore();
        if (!store)
            return Failure;
        ServiceError error;
        const auto content = BreachNotification(*store).collect(number, &error);
        if (!content)
            return CliContext::readFailure(error, false); // a failed read is [read-failed]
        int pages = 0;
        if (!pdf.isEmpty()) {
            QString writeError;
            if (!BreachNotification::writePdf(
                    *content, PrintedDocument::marking(*store),
                    OutputTarget(pdf, p.isSet(QStringLiteral("overwrite")), store->directory()),
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
};

QList<Command> breachDocumentCommands()
{
    return {
        command(
            "breach report",
            QT_TRANSLATE_NOOP("pd::cli",
                              "Prepare the notification of a data breach to the AP, section "
                              "by section as its web form asks, as PDF (--pdf) and as text to "
                              "copy into the form (--text)."),
            "NUMBER",
            [](QCommandLineParser &p) {
                p.addOptions({
                    option(QStringLiteral("pdf"),
                           QT_TRANSLATE_NOOP("pd::cli", "Write the notification as PDF to FILE."),
                           QT_TRANSLATE_NOOP("pd::cli", "FILE")),
                    option(QStringLiteral("overwrite"),
                           QT_TRANSLATE_NOOP("pd::cli", "Replace an existing file.")),
                    option(QStringLiteral("text"),
                           QT_TRANSLATE_NOOP("pd::cli",
                                             "Print the notification as text, to copy into "
                                             "the AP's form.")),
                });
            },
            BreachDocumentCommands::runReport),
    };
}

} // namespace pd::cli
