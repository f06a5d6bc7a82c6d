// privacydesk-cli case attach / attachments / attachment: the files kept with a request (the
// request as received, a mandate, correspondence), inside the encrypted store.

#include "CliContext.h"
#include "cases/Attachments.h"
#include "cases/CaseJson.h"
#include "cases/CaseService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace pd::cli {

std::optional<NewAttachment> readAttachmentFile(const QString &path, AttachmentKind kind,
                                                bool notIdentityDocument)
{
    QString error;
    std::optional<NewAttachment> attachment = AttachmentService::readFile(path, &error);
    if (!attachment) {
        CliContext::printError(error);
        return std::nullopt;
    }
    attachment->kind = kind;
    attachment->confirmedNotIdentityDocument = notIdentityDocument;
    // A scan without a text layer (or a PDF that could not be read): the checks could not read
    // it, the officer must. Said on stderr, so that --json output stays JSON.
    if (const QString notice
        = AttachmentService::textLayerNotice(attachment->name, attachment->content);
        !notice.isEmpty())
        CliContext::printError(notice);
    return attachment;
}

bool readOriginalMail(const NewAttachment &original, std::optional<MailMessage> *mail)
{
    mail->reset();
    if (!AttachmentService::isMail(original.name, original.content))
        return true;
    QString why;
    *mail = AttachmentService::readMail(original.name, original.content, &why);
    if (!*mail
        && AttachmentService::mediaTypeOf(original.name, original.content)
            == QLatin1String("application/vnd.ms-outlook")) {
        CliContext::printError(QStringLiteral("%1: %2").arg(original.name, why));
        return false;
    }
    return true;
}

// Static members so that lupdate sees every tr() in one context.
class AttachmentCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::AttachmentCommands)
public:
    static QJsonObject toJson(const Attachment &a)
    {
        return { { QStringLiteral("id"), a.id },
                 { QStringLiteral("name"),
                   a.isDestroyed() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.name) },
                 { QStringLiteral("kind"), AttachmentService::kindCode(a.kind) },
                 { QStringLiteral("media_type"), a.mediaType },
                 { QStringLiteral("size"), a.size },
                 { QStringLiteral("sha256"), a.sha256 },
                 { QStringLiteral("added_by"), a.addedBy },
                 { QStringLiteral("added_at"), jsonMoment(a.addedAt) },
                 { QStringLiteral("destroyed_at"), jsonMoment(a.destroyedAt) } };
    }

    static QString text(const Attachment &a)
    {
        return QStringLiteral("%1  %2  %3  %4  %5")
            .arg(QString::number(a.id).rightJustified(4),
                 AttachmentService::kindCode(a.kind).leftJustified(15),
                 QString::number(a.size).rightJustified(9), a.sha256.left(16),
                 a.isDestroyed() ? tr("(destroyed)") : a.name);
    }

    static std::optional<AttachmentKind> kindOption(const QCommandLineParser &p)
    {
        if (!p.isSet(QStringLiteral("kind")))
            return AttachmentKind::Origineel;
        const auto kind = AttachmentService::kind(p.value(QStringLiteral("kind")));
        if (!kind) {
            QStringList codes;
            for (AttachmentKind k : AttachmentService::kinds())
                codes << AttachmentService::kindCode(k);
            CliContext::usage(
                tr("Unknown kind '%1' (%2).")
                    .arg(p.value(QStringLiteral("kind")), codes.join(QStringLiteral(", "))));
        }
        return kind;
    }

    static int runAttach(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const QStringList args = p.positionalArguments();
        if (args.size() != 2)
            return CliContext::usage(tr("case attach needs the case number and the file."));
        const auto kind = kindOption(p);
        if (!kind)
            return UsageError;
        // Open first: the file is read under the organisation's limits, which come with it.
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        const auto file
            = readAttachmentFile(args.at(1), *kind, p.isSet(QStringLiteral("not-an-id-document")));
        if (!file)
            return Failure;
        ServiceError error;
        const auto added
            = AttachmentService(*session).add(args.at(0).trimmed().toUpper(), *file, &error);
        if (!added)
            return CliContext::fail(error);
        // A mandate for a representative's request that still waits for it: the next step is to
        // record its receipt, since nothing is granted before (said on stderr: --json stays JSON).
        if (*kind == AttachmentKind::Machtiging) {
            const std::optional<Case> c = CaseService(*session).find(added->caseNumber);
            if (c && isOpen(c->state) && c->awaitsMandate())
                //: Dutch: "De machtiging is bewaard, maar nog niet als ontvangen vastgelegd: doe
                //: dat met case mandate %1 --received DATUM."
                CliContext::printError(tr("The mandate is kept, but not yet recorded as received: "
                                          "do that with case mandate %1 --received DATE.")
                                           .arg(c->number));
        }
        return context.show(toJson(*added), text(*added));
    }

    static int runList(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const QStringList args = p.positionalArguments();
        if (args.size() != 1)
            return CliContext::usage(tr("case attachments needs the case number."));
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        ServiceError error;
        const auto files = AttachmentService(*session).list(args.at(0).trimmed().toUpper(), &error);
        if (!files)
            return CliContext::fail(error);
        if (p.isSet(QStringLiteral("json"))) {
            printJsonArray(*files, [&](const Attachment &a) { return toJson(a); });
        } else {
            for (const Attachment &a : *files)
                CliContext::printLine(text(a));
        }
        return Success;
    }

    static int runSave(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const QStringList args = p.positionalArguments();
        bool idOk = false;
        const qint64 id = args.size() == 2 ? args.at(1).toLongLong(&idOk) : 0;
        if (args.size() != 2 || !idOk || id <= 0)
            return CliContext::usage(
                tr("case attachment needs the case number and the file's id (case "
                   "attachments lists them)."));
        if (!p.isSet(QStringLiteral("save")))
            return CliContext::usage(tr("case attachment needs --save FILE."));
        return context.act([&](const Session &session, ServiceError *error) {
            return AttachmentService(session).saveCopy(args.at(0).trimmed().toUpper(), id,
                                                       p.value(QStringLiteral("save")),
                                                       p.isSet(QStringLiteral("overwrite")), error);
        });
    }
};

QList<Command> attachmentCommands()
{
    const auto kindOption = [] {
        return option(
            QStringLiteral("kind"),
            QT_TRANSLATE_NOOP("pd::cli", "origineel (default), machtiging or correspondentie."),
            QT_TRANSLATE_NOOP("pd::cli", "kind"));
    };
    return {
        command("case attach",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Keep a file with a request (the original, a mandate, "
                                  "correspondence) inside the encrypted store."),
                "NUMBER FILE", { kindOption(), notIdDocumentOption() },
                AttachmentCommands::runAttach),
        command("case attachments",
                QT_TRANSLATE_NOOP("pd::cli", "List the files kept with a request."), "NUMBER", {},
                AttachmentCommands::runList),
        command("case attachment",
                QT_TRANSLATE_NOOP("pd::cli", "Save a copy of a file kept with a request."),
                "NUMBER ID", { saveCopyOption(), overwriteOption() }, AttachmentCommands::runSave),
    };
}

} // namespace pd::cli
