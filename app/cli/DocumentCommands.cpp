// privacydesk-cli letter … and dossier: letters to the data subject and the AP complaint dossier.

#include "CliContext.h"
#include "cases/CaseService.h"
#include "documents/ComplaintDossier.h"
#include "letters/Letters.h"
#include "print/PrintedDocument.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextDocument>

namespace pd::cli {

bool writeLetterPdf(const Session &session, const QCommandLineParser &p, const QString &html,
                    const QString &title, int *pages)
{
    QString error;
    const OutputTarget target(p.value(QStringLiteral("pdf")), p.isSet(QStringLiteral("overwrite")),
                              session.store().directory());
    if (LetterService::writePdf(html, title, PrintedDocument::marking(session.store()), target,
                                &error, pages))
        return true;
    CliContext::fail(error);
    return false;
}

QCommandLineOption letterPdfOption()
{
    return option(QStringLiteral("pdf"),
                  QT_TRANSLATE_NOOP("pd::cli", "Write the letter as PDF to FILE."),
                  QT_TRANSLATE_NOOP("pd::cli", "FILE"));
}

// Static members so that lupdate sees every tr() in one context.
class DocumentCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::DocumentCommands)
public:
    static QString kindCodes()
    {
        QStringList codes;
        for (LetterKind kind : LetterCodes::kinds())
            codes << codes::code(kind);
        return codes.join(QStringLiteral(", "));
    }

    // The single positional argument (a request number or a letter kind), or empty.
    static QString argument(CliContext &context)
    {
        const QStringList args = context.parser().positionalArguments();
        return args.size() == 1 ? args.first().trimmed() : QString();
    }

    static std::optional<LetterKind> kindArgument(CliContext &context, const QString &command)
    {
        const QString code = argument(context);
        const auto kind = codes::from<LetterKind>(code);
        if (!kind)
            CliContext::usage(code.isEmpty()
                                  ? tr("%1 needs a letter kind (%2).").arg(command, kindCodes())
                                  : tr("Unknown letter kind '%1' (%2).").arg(code, kindCodes()));
        return kind;
    }

    static bool fontsLoaded()
    {
        return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
    }

    static int runLetter(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const QString number = argument(context).toUpper();
        const QStringList positional = p.positionalArguments();
        // `letter AVG-2026-0001 ontvangstbevestiging`: the kind given without --kind.
        if (positional.size() == 2 && codes::from<LetterKind>(positional.at(1).trimmed())
            && !p.isSet(QStringLiteral("kind")))
            return CliContext::usage(
                tr("Give the letter kind with --kind: letter %1 --kind %2 "
                   "--pdf FILE.")
                    .arg(positional.at(0).trimmed().toUpper(), positional.at(1).trimmed()));
        if (number.isEmpty())
            return CliContext::usage(positional.size() > 1
                                         ? tr("letter takes one request number, not %n "
                                              "arguments: letter NUMBER --kind KIND --pdf FILE.",
                                              nullptr, int(positional.size()))
                                         : tr("letter needs a request number: letter NUMBER "
                                              "--kind KIND --pdf FILE."));
        const auto kind = codes::from<LetterKind>(p.value(QStringLiteral("kind")));
        if (!kind)
            return CliContext::usage(tr("letter needs --kind (%1).").arg(kindCodes()));
        const QString pdf = p.value(QStringLiteral("pdf"));
        if (pdf.isEmpty())
            return CliContext::usage(tr("letter needs --pdf FILE."));
        if (!fontsLoaded())
            return CliContext::fail(tr("A PDF needs fonts, which this program did not load."));
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        LetterService letters(*session);
        ServiceError error;
        const auto rendered = letters.render(number, *kind, &error);
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
                { QStringLiteral("number"), letter->caseNumber },
                { QStringLiteral("kind"), codes::code(letter->kind) },
                { QStringLiteral("letter"), letter->id },
                { QStringLiteral("sha256"), letter->sha256 },
                { QStringLiteral("generated_at"), letter->generatedAt.toString(Qt::ISODateWithMs) },
                { QStringLiteral("pages"), pages },
                { QStringLiteral("warning"), rendered->warning },
            }));
        } else {
            CliContext::printLine(
                tr("%1 for %2 recorded (SHA-256 %3), %n page(s).", nullptr, pages)
                    .arg(codes::label(letter->kind), letter->caseNumber, letter->sha256));
        }
        return Success;
    }

    static int runSent(CliContext &context)
    {
        return recordLetterDispatch<LetterService>(
            context,
            tr("letter sent needs the request number and the letter's id (letter list shows "
               "them)."),
            tr("letter sent needs --on YYYY-MM-DD and --how TEXT."));
    }

    static int runList(CliContext &context)
    {
        const QString number = argument(context).toUpper();
        if (number.isEmpty())
            return CliContext::usage(tr("letter list needs a request number."));
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        ServiceError error;
        if (!CaseService(*session).find(number, &error))
            return CliContext::readFailure(error);
        const QList<Letter> made = LetterService(*session).letters(number, &error);
        if (error.isError())
            return CliContext::readFailure(error);
        if (context.parser().isSet(QStringLiteral("json"))) {
            printJsonArray(made, [&](const Letter &l) {
                return QJsonObject {
                    { QStringLiteral("id"), l.id },
                    { QStringLiteral("kind"), codes::code(l.kind) },
                    { QStringLiteral("sha256"), l.sha256 },
                    { QStringLiteral("generated_at"), l.generatedAt.toString(Qt::ISODateWithMs) },
                    { QStringLiteral("generated_by"), l.generatedBy },
                    { QStringLiteral("sent_on"),
                      l.isSent() ? QJsonValue(l.sentOn.toString(Qt::ISODate))
                                 : QJsonValue(QJsonValue::Null) },
                    { QStringLiteral("sent_how"),
                      l.isSent() ? QJsonValue(l.sentHow) : QJsonValue(QJsonValue::Null) },
                };
            });
            return Success;
        }
        for (const Letter &l : made)
            CliContext::printLine(
                QStringLiteral("%1  %2  %3  %4")
                    .arg(QString::number(l.id).rightJustified(4),
                         codes::code(l.kind).leftJustified(26),
                         CliContext::momentText(l.generatedAt),
                         l.isSent()
                             ? tr("sent %1 (%2)").arg(CliContext::dateText(l.sentOn), l.sentHow)
                             : tr("only made")));
        return Success;
    }

    static int runKinds(CliContext &context)
    {
        const QString number = argument(context).toUpper();
        if (number.isEmpty())
            return CliContext::usage(tr("letter kinds needs a request number."));
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        ServiceError error;
        const QList<LetterAvailability> kinds
            = LetterService(*session).availability(number, &error);
        if (kinds.isEmpty())
            return CliContext::fail(error.isError() ? error.message
                                                    : tr("There is no request %1.").arg(number));
        if (context.parser().isSet(QStringLiteral("json"))) {
            printJsonArray(kinds, [&](const LetterAvailability &a) {
                return QJsonObject { { QStringLiteral("kind"), codes::code(a.kind) },
                                     { QStringLiteral("available"), a.available },
                                     { QStringLiteral("reason"), a.reason },
                                     { QStringLiteral("warning"), a.warning } };
            });
            return Success;
        }
        for (const LetterAvailability &a : kinds) {
            const QString note = a.available ? a.warning : a.reason;
            CliContext::printLine(
                QStringLiteral("%1  %2%3")
                    .arg(codes::code(a.kind).leftJustified(26), a.available ? tr("yes") : tr("no"),
                         note.isEmpty() ? QString() : QStringLiteral("  ") + note));
        }
        return Success;
    }

    static int runTemplates(CliContext &context)
    {
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        const QList<LetterTemplate> templates = LetterService(*session).templates();
        if (context.parser().isSet(QStringLiteral("json"))) {
            printJsonArray(templates, [&](const LetterTemplate &t) {
                return QJsonObject {
                    { QStringLiteral("kind"), codes::code(t.kind) },
                    { QStringLiteral("label"), codes::label(t.kind) },
                    { QStringLiteral("customised"), t.customised },
                    { QStringLiteral("changed_at"),
                      t.customised ? QJsonValue(t.changedAt.toString(Qt::ISODateWithMs))
                                   : QJsonValue(QJsonValue::Null) },
                    { QStringLiteral("changed_by"),
                      t.customised ? QJsonValue(t.changedBy) : QJsonValue(QJsonValue::Null) }
                };
            });
            return Success;
        }
        for (const LetterTemplate &t : templates)
            CliContext::printLine(QStringLiteral("%1  %2").arg(
                codes::code(t.kind).leftJustified(26),
                t.customised ? tr("changed by %1 on %2")
                                   .arg(t.changedBy, CliContext::momentText(t.changedAt))
                             : tr("default")));
        return Success;
    }

    static int runTemplateShow(CliContext &context)
    {
        const auto kind = kindArgument(context, QStringLiteral("letter template show"));
        if (!kind)
            return UsageError;
        if (context.parser().isSet(QStringLiteral("default"))) {
            CliContext::printLine(LetterTemplates::defaultHtml(*kind).trimmed());
            return Success;
        }
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        CliContext::printLine(LetterService(*session).templateFor(*kind).html.trimmed());
        return Success;
    }

    static int runTemplateSet(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const auto kind = kindArgument(context, QStringLiteral("letter template set"));
        if (!kind)
            return UsageError;
        const QString path = p.value(QStringLiteral("file"));
        if (path.isEmpty())
            return CliContext::usage(tr("letter template set needs --file FILE (UTF-8 HTML)."));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return CliContext::fail(
                tr("Cannot read %1: %2.").arg(file.fileName(), file.errorString()));
        const QString html = QString::fromUtf8(file.readAll());
        // The same sentences the editor shows, before the store is opened.
        if (const QStringList problems = LetterTemplates::check(*kind, html); !problems.isEmpty())
            return CliContext::fail(problems.join(u' '));
        return context.act([&](const Session &session, ServiceError *error) {
            return LetterService(session).saveTemplate(*kind, html, CliContext::bsnCheck(p), error);
        });
    }

    static int runTemplateReset(CliContext &context)
    {
        const auto kind = kindArgument(context, QStringLiteral("letter template reset"));
        if (!kind)
            return UsageError;
        return context.act([&](const Session &session, ServiceError *error) {
            return LetterService(session).resetTemplate(*kind, error);
        });
    }

    static int runDossier(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const QString number = argument(context).toUpper();
        if (number.isEmpty())
            return CliContext::usage(
                tr("dossier needs a request number: dossier NUMBER --pdf FILE."));
        const QString pdf = p.value(QStringLiteral("pdf"));
        if (pdf.isEmpty())
            return CliContext::usage(tr("dossier needs --pdf FILE."));
        bool encrypt = false;
        const auto delivery = passwordDelivery(p, &encrypt);
        if (!delivery)
            return UsageError;
        if (!fontsLoaded())
            return CliContext::fail(tr("A PDF needs fonts, which this program did not load."));
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        ComplaintDossier dossier(*session);
        ServiceError error;
        if (p.isSet(QStringLiteral("ap-reference"))
            && !dossier.setApReference(number, p.value(QStringLiteral("ap-reference")),
                                       CliContext::bsnCheck(p), &error))
            return CliContext::fail(error);
        auto content = dossier.collect(number, &error);
        if (!content)
            return CliContext::readFailure(error, false); // a failed read is [read-failed]
        // Without what the complainant may not see; either version is recorded on
        // the request's trail with its SHA-256.
        content->version = p.isSet(QStringLiteral("complainant")) ? DossierVersion::Complainant
                                                                  : DossierVersion::Complete;
        int pages = 0;
        QString sha256;
        QString password;
        // --encrypt: the PDF sealed with a generated password, said once on stderr.
        const ComplaintDossier::Sealing sealing { *delivery, &password };
        if (!dossier.write(*content,
                           OutputTarget(pdf, p.isSet(QStringLiteral("overwrite")),
                                        session->store().directory()),
                           &error, &pages, &sha256, encrypt ? &sealing : nullptr))
            return CliContext::fail(error);
        if (encrypt)
            printAnswerPassword(password, *delivery);
        const AuditLog::Verification &v = content->verification;
        if (p.isSet(QStringLiteral("json"))) {
            CliContext::printJson(QJsonDocument(QJsonObject {
                { QStringLiteral("number"), content->request.number },
                { QStringLiteral("pages"), pages },
                { QStringLiteral("events"), static_cast<int>(content->events.size()) },
                { QStringLiteral("letters"), static_cast<int>(content->letters.size()) },
                { QStringLiteral("disclosures"), static_cast<int>(content->disclosures.size()) },
                { QStringLiteral("ap_reference"), content->apReference },
                { QStringLiteral("audit_chain_ok"), v.ok },
                { QStringLiteral("audit_head_seq"), v.headSeq },
                { QStringLiteral("audit_head_hash"), QString::fromLatin1(v.headHash) },
                { QStringLiteral("version"), ComplaintDossier::versionCode(content->version) },
                { QStringLiteral("sha256"), sha256 },
                { QStringLiteral("encrypted"), encrypt },
            }));
        } else if (v.ok) {
            CliContext::printLine(tr("Dossier for %1 written: %n page(s), audit trail verified up "
                                     "to event %2.",
                                     nullptr, pages)
                                      .arg(content->request.number)
                                      .arg(v.headSeq));
        }
        if (!v.ok)
            return CliContext::fail(tr("[audit-chain-broken] The dossier was written with a "
                                       "warning: the audit trail is broken at event %1: %2")
                                        .arg(v.firstBrokenSeq)
                                        .arg(v.reason));
        return Success;
    }
};

namespace {

// The letters of a request.
QList<Command> letterCommands()
{
    using D = DocumentCommands;
    return {
        command("letter",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Generate a letter for a request as PDF and record it with its "
                                  "SHA-256 on the request (see letter kinds NUMBER)."),
                "NUMBER",
                { option(QStringLiteral("kind"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "ontvangstbevestiging, verzoek-identificatie, "
                                           "verzoek-machtiging, verlengingsbericht, besluit, "
                                           "bevestiging-verwijdering, bevestiging-rectificatie, "
                                           "begeleidende-brief-export or "
                                           "kennisgeving-opheffing-beperking."),
                         QT_TRANSLATE_NOOP("pd::cli", "kind")),
                  letterPdfOption(), overwriteOption(), confirmNotBsnOption() },
                D::runLetter),
        command("letter list",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "The letters made for a request, with whether and how they "
                                  "were sent."),
                "NUMBER", {}, D::runList),
        command(
            "letter sent",
            QT_TRANSLATE_NOOP("pd::cli",
                              "Record that a letter made for a request was sent: the day "
                              "and how."),
            "NUMBER LETTER",
            { option(QStringLiteral("on"), QT_TRANSLATE_NOOP("pd::cli", "The day it was sent."),
                     dateValue),
              option(QStringLiteral("how"),
                     QT_TRANSLATE_NOOP("pd::cli", "How: per post, per e-mail, aangetekend, ..."),
                     textValue),
              confirmNotBsnOption() },
            D::runSent),
        command("letter kinds",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Which letters make sense for a request now, and why not."),
                "NUMBER", {}, D::runKinds),
    };
}

// The letter templates.
QList<Command> letterTemplateCommands()
{
    using D = DocumentCommands;
    return {
        command("letter templates",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "List the letter templates: the default or changed, by whom."),
                {}, D::runTemplates),
        command("letter template show",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Print a letter template (Dutch HTML with {{placeholders}})."),
                "KIND",
                { option(QStringLiteral("default"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "The built-in default, not the "
                                           "organisation's version.")) },
                D::runTemplateShow),
        command("letter template set",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Replace a letter template by the organisation's own version "
                                  "(checked for unknown placeholders and BSNs; logged)."),
                "KIND",
                { option(QStringLiteral("file"),
                         QT_TRANSLATE_NOOP("pd::cli", "The template: a UTF-8 HTML file."),
                         QT_TRANSLATE_NOOP("pd::cli", "FILE")),
                  confirmNotBsnOption() },
                D::runTemplateSet),
        command("letter template reset",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Put the built-in default back for a letter kind (logged)."),
                "KIND", {}, D::runTemplateReset),
    };
}

// The AP complaint dossier.
QList<Command> dossierCommands()
{
    using D = DocumentCommands;
    return {
        command(
            "dossier",
            QT_TRANSLATE_NOOP("pd::cli",
                              "Write the AP complaint dossier of a request as PDF. Exits with 1 "
                              "([audit-chain-broken]) when the audit trail does not verify; the "
                              "PDF then says so."),
            "NUMBER",
            QList<QCommandLineOption> {
                option(QStringLiteral("pdf"),
                       QT_TRANSLATE_NOOP("pd::cli", "Write the dossier as PDF to FILE."),
                       QT_TRANSLATE_NOOP("pd::cli", "FILE")),
                overwriteOption(),
                option(QStringLiteral("complainant"),
                       QT_TRANSLATE_NOOP("pd::cli",
                                         "The version for the complainant: without other "
                                         "people's contact data and the disclosures the law "
                                         "forbids telling the data subject.")),
                option(QStringLiteral("ap-reference"),
                       QT_TRANSLATE_NOOP("pd::cli",
                                         "Record the AP's reference of the complaint first "
                                         "(logged; empty removes it)."),
                       QT_TRANSLATE_NOOP("pd::cli", "reference")),
                confirmNotBsnOption() }
                + encryptOptions(
                    QT_TRANSLATE_NOOP("pd::cli",
                                      "Write the dossier as an encrypted PDF (PDF 2.0, AES-256); "
                                      "the generated password is printed once on stderr and kept "
                                      "nowhere.")),
            D::runDossier),
    };
}

} // namespace

QList<Command> documentCommands()
{
    return letterCommands() + letterTemplateCommands() + dossierCommands();
}

} // namespace pd::cli
