// privacydesk-cli dpia document …, dpia export, recipient agreement …: the document kept with a
// DPIA and with a processor, in the shape of covenant document export.

#include "CliContext.h"
#include "cases/Attachments.h"
#include "documents/DpiaDocument.h"
#include "organisation/OrganisationSettings.h"
#include "print/PrintedDocument.h"
#include "registers/Dpia.h"
#include "registers/KeptDocuments.h"
#include "util/Clock.h"

#include <QGuiApplication>
#include <QJsonObject>

namespace pd::cli {

// Static members so that lupdate sees every tr() in one context.
class KeptDocumentCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::KeptDocumentCommands)
public:
    // The owner the one positional argument names: a DPIA by its activity's sub-code, a
    // processor by its id. 0 after printing why.
    static qint64 ownerId(CliContext &context, const Session &session, KeptDocumentOwner owner)
    {
        const QStringList args = context.parser().positionalArguments();
        if (args.size() != 1) {
            CliContext::usage(owner == KeptDocumentOwner::Dpia
                                  //: Dutch: "Geef het nummer van de verwerkingsactiviteit, bijv.
                                  //: C.3."
                                  ? tr("Give the processing activity's number, e.g. C.3.")
                                  //: Dutch: "Geef het id van de verwerker."
                                  : tr("Give the processor's id."));
            return 0;
        }
        ServiceError error;
        if (owner == KeptDocumentOwner::Processor) {
            bool ok = false;
            const qint64 id = args.first().toLongLong(&ok);
            if (!ok || id <= 0) {
                CliContext::usage(tr("Give the processor's id."));
                return 0;
            }
            return id;
        }
        const std::optional<Dpia> dpia = DpiaRegister(session).find(args.first().trimmed(), &error);
        if (!dpia) {
            CliContext::fail(error);
            return 0;
        }
        return dpia->id;
    }

    // The session opened, and fn given the owner's kept documents and the owner's id; Failure
    // when either is missing, after saying why.
    static int withOwner(CliContext &context, KeptDocumentOwner owner,
                         const std::function<int(KeptDocumentService &, qint64)> &fn)
    {
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        const qint64 id = ownerId(context, *session, owner);
        if (id == 0)
            return Failure;
        KeptDocumentService service(*session, owner);
        return fn(service, id);
    }

    static int runAdd(CliContext &context, KeptDocumentOwner owner)
    {
        const QCommandLineParser &p = context.parser();
        if (!p.isSet(QStringLiteral("document")))
            //: Dutch: "Geef het document met --document BESTAND."
            return CliContext::usage(tr("Give the document with --document FILE."));
        QString why;
        const std::optional<NewAttachment> file
            = AttachmentService::readFile(p.value(QStringLiteral("document")), &why);
        if (!file)
            return CliContext::fail(why);
        return withOwner(context, owner, [&](KeptDocumentService &service, qint64 id) {
            ServiceError error;
            if (!service.keep(id, *file, p.isSet(QStringLiteral("yes")), &error))
                return CliContext::fail(error);
            const std::optional<KeptDocument> kept = service.find(id, &error);
            if (kept)
                CliContext::printLine(QStringLiteral("%1  %2").arg(kept->name, kept->sha256));
            return int { Success };
        });
    }

    static int runExport(CliContext &context, KeptDocumentOwner owner)
    {
        const QCommandLineParser &p = context.parser();
        if (!p.isSet(QStringLiteral("save")))
            //: Dutch: "Geef met --save BESTAND waar de kopie komt."
            return CliContext::usage(tr("Give where the copy goes with --save FILE."));
        return withOwner(context, owner, [&](KeptDocumentService &service, qint64 id) {
            ServiceError error;
            if (!service.exportCopy(id, p.value(QStringLiteral("save")),
                                    p.isSet(QStringLiteral("overwrite")), &error))
                return CliContext::fail(error);
            return int { Success };
        });
    }

    static int runRemove(CliContext &context, KeptDocumentOwner owner)
    {
        if (!context.parser().isSet(QStringLiteral("yes")))
            //: Dutch: "Het bewaarde document verwijderen kan niet ongedaan worden: bevestig met
            //: --yes."
            return CliContext::usage(
                tr("Removing the kept document cannot be undone: confirm with --yes."));
        return withOwner(context, owner, [](KeptDocumentService &service, qint64 id) {
            ServiceError error;
            if (!service.remove(id, &error))
                return CliContext::fail(error);
            return int { Success };
        });
    }

    // The DPIA as a PDF, as the desk prints it.
    static int runPdf(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const QString pdf = p.value(QStringLiteral("pdf"));
        if (pdf.isEmpty())
            //: Dutch: "dpia export heeft --pdf BESTAND nodig."
            return CliContext::usage(tr("dpia export needs --pdf FILE."));
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return CliContext::fail(tr("A PDF needs fonts, which this program did not load."));
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        const qint64 id = ownerId(context, *session, KeptDocumentOwner::Dpia);
        if (id == 0)
            return Failure;
        ServiceError error;
        const std::optional<Dpia> dpia
            = DpiaRegister(*session).find(p.positionalArguments().first().trimmed(), &error);
        const std::optional<KeptDocument> kept = dpia
            ? KeptDocumentService(*session, KeptDocumentOwner::Dpia).find(id, &error)
            : std::nullopt;
        if (!kept)
            return CliContext::readFailure(error, false);
        QString writeError;
        if (!DpiaDocument::writePdf(*dpia, OrganisationSettings(*session).details(), *kept,
                                    systemClock().today(),
                                    PrintedDocument::marking(session->store()),
                                    OutputTarget(pdf, p.isSet(QStringLiteral("overwrite")),
                                                 session->store().directory()),
                                    &writeError))
            return CliContext::fail(writeError);
        return Success;
    }
};

namespace {

using K = KeptDocumentCommands;

QList<QCommandLineOption> addOptions()
{
    return { option(QStringLiteral("document"),
                    //: Dutch: "Het document (PDF, Word, …), versleuteld bewaard in de kluis."
                    QT_TRANSLATE_NOOP("pd::cli",
                                      "The document (PDF, Word, …), kept encrypted inside "
                                      "the store."),
                    QT_TRANSLATE_NOOP("pd::cli", "file")),
             option(QStringLiteral("yes"),
                    //: Dutch: "Een al bewaard document vervangen."
                    QT_TRANSLATE_NOOP("pd::cli", "Replace a document kept already.")) };
}

QList<QCommandLineOption> exportOptions()
{
    return { saveCopyOption(), overwriteOption() };
}

QList<QCommandLineOption> removeOptions()
{
    return { option(QStringLiteral("yes"),
                    //: Dutch: "Bevestigen: het bewaarde document gaat weg."
                    QT_TRANSLATE_NOOP("pd::cli", "Confirm: the kept document goes.")) };
}

// add, export and remove, the same for each owner.
QList<Command> documentCommands(KeptDocumentOwner owner, const char *add, const char *addSummary,
                                const char *exportName, const char *exportSummary,
                                const char *remove, const char *removeSummary, const char *argument)
{
    return {
        command(add, addSummary, argument, addOptions(),
                [owner](CliContext &context) { return K::runAdd(context, owner); }),
        command(exportName, exportSummary, argument, exportOptions(),
                [owner](CliContext &context) { return K::runExport(context, owner); }),
        command(remove, removeSummary, argument, removeOptions(),
                [owner](CliContext &context) { return K::runRemove(context, owner); }),
    };
}

} // namespace

QList<Command> keptDocumentCommands()
{
    return documentCommands(
               KeptDocumentOwner::Dpia, "dpia document add",
               //: Dutch: "Het document van de DPIA erbij bewaren (versleuteld, met zijn SHA-256);
               //: --yes vervangt het bewaarde."
               QT_TRANSLATE_NOOP("pd::cli",
                                 "Keep the DPIA's document with it (encrypted, with its "
                                 "SHA-256); --yes replaces the one kept."),
               "dpia document export",
               //: Dutch: "Een kopie van het document van de DPIA opslaan (vastgelegd in het
               //: logboek)."
               QT_TRANSLATE_NOOP("pd::cli",
                                 "Save a copy of the DPIA's document (recorded in the audit "
                                 "trail)."),
               "dpia document remove",
               //: Dutch: "Het document van de DPIA verwijderen (met --yes)."
               QT_TRANSLATE_NOOP("pd::cli", "Remove the DPIA's document (needs --yes)."), "CODE")
        + documentCommands(
               KeptDocumentOwner::Processor, "recipient agreement add",
               //: Dutch: "De verwerkersovereenkomst bij een verwerker bewaren (versleuteld, met
               //: zijn SHA-256); --yes vervangt de bewaarde."
               QT_TRANSLATE_NOOP("pd::cli",
                                 "Keep the processing agreement with a processor (encrypted, "
                                 "with its SHA-256); --yes replaces the one kept."),
               "recipient agreement export",
               //: Dutch: "Een kopie van de verwerkersovereenkomst van een verwerker opslaan
               //: (vastgelegd in het logboek)."
               QT_TRANSLATE_NOOP("pd::cli",
                                 "Save a copy of a processor's agreement (recorded in the audit "
                                 "trail)."),
               "recipient agreement remove",
               //: Dutch: "De verwerkersovereenkomst van een verwerker verwijderen (met --yes)."
               QT_TRANSLATE_NOOP("pd::cli", "Remove a processor's agreement (needs --yes)."), "ID")
        + QList<Command> {
              command("dpia export",
                      //: Dutch: "Eén DPIA uit het register als afdrukbare PDF schrijven."
                      QT_TRANSLATE_NOOP("pd::cli",
                                        "Write one DPIA of the register as a printable PDF."),
                      "CODE",
                      { option(QStringLiteral("pdf"),
                               //: Dutch: "De PDF naar BESTAND schrijven."
                               QT_TRANSLATE_NOOP("pd::cli", "Write the PDF to FILE."),
                               QT_TRANSLATE_NOOP("pd::cli", "FILE")),
                        overwriteOption() },
                      K::runPdf),
          };
}

} // namespace pd::cli
