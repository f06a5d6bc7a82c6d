// privacydesk-cli covenant …: the covenant register for scripts and tests.

#include "CliContext.h"
#include "cases/Attachments.h"
#include "registers/Covenants.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pd::cli {

// Static members so that lupdate sees every tr() in one context.
class CovenantCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::CovenantCommands)
public:
    // The options add and set share into *c; only those given change it (set). False after a
    // usage line was printed.
    static bool readOptions(const QCommandLineParser &p, Covenant *c)
    {
        const auto text = [&p](const char *name, QString *into) {
            if (p.isSet(QLatin1StringView(name)))
                *into = p.value(QLatin1StringView(name));
        };
        text("name", &c->name);
        text("purpose", &c->purpose);
        text("basis-text", &c->basisText);
        text("data-text", &c->dataText);
        if (p.isSet(QStringLiteral("party")))
            c->parties = p.values(QStringLiteral("party"));
        if (p.isSet(QStringLiteral("basis"))) {
            const auto basis
                = codes::from<LegalBasis>(p.value(QStringLiteral("basis")).trimmed().toLower());
            if (!basis) {
                //: Dutch: "--basis is de letter van art. 6 lid 1 AVG: a, b, c, d, e of f."
                CliContext::usage(
                    tr("--basis is the letter of art. 6(1) GDPR: a, b, c, d, e or f."));
                return false;
            }
            c->basis = *basis;
        }
        if (p.isSet(QStringLiteral("data"))) {
            c->data.clear();
            for (const QString &code :
                 p.value(QStringLiteral("data")).split(u',', Qt::SkipEmptyParts)) {
                const auto category = codes::from<DataCategory>(code.trimmed());
                if (!category) {
                    //: Dutch: "Onbekende gegevenscategorie '%1'."
                    CliContext::usage(tr("Unknown data category '%1'.").arg(code));
                    return false;
                }
                c->data << *category;
            }
        }
        bool ok = true;
        for (const auto &[name, date] :
             { std::pair { "from", &c->from }, std::pair { "until", &c->until },
               std::pair { "review", &c->reviewOn } }) {
            if (p.isSet(QLatin1StringView(name)))
                *date = dateOption(p, QLatin1StringView(name), &ok);
        }
        return ok;
    }

    static std::optional<NewAttachment> readDocument(const QCommandLineParser &p)
    {
        QString why;
        std::optional<NewAttachment> file
            = AttachmentService::readFile(p.value(QStringLiteral("document")), &why);
        if (!file)
            CliContext::printError(why);
        return file;
    }

    static qint64 idArgument(const QCommandLineParser &p, const char *usage)
    {
        const QStringList args = p.positionalArguments();
        bool ok = false;
        const qint64 id = args.size() == 1 ? args.first().toLongLong(&ok) : 0;
        if (!ok || id <= 0) {
            CliContext::usage(QCoreApplication::translate("pd::cli::CovenantCommands", usage));
            return 0;
        }
        return id;
    }

    static QString line(const Covenant &c, QDate today)
    {
        QString text = QStringLiteral("%1  %2  (%3)  %4 – %5")
                           .arg(QString::number(c.id), c.name, c.parties.join(QStringLiteral(", ")),
                                CliContext::dateText(c.from),
                                c.until.isValid() ? CliContext::dateText(c.until) : QString());
        if (c.reviewOn.isValid())
            //: Dutch: "evaluatie %1"
            text += u"  " + tr("review %1").arg(CliContext::dateText(c.reviewOn));
        if (c.reviewDue(today))
            //: Dutch: "[evaluatie nodig]"
            text += u"  " + tr("[review due]");
        if (c.document.present())
            //: Dutch: "[getekend document]"
            text += u"  " + tr("[signed document]");
        return text;
    }

    static int runAdd(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        if (!p.isSet(QStringLiteral("name")) || !p.isSet(QStringLiteral("party"))
            || !p.isSet(QStringLiteral("purpose")) || !p.isSet(QStringLiteral("basis"))
            || !p.isSet(QStringLiteral("from")))
            //: Dutch: "covenant add heeft --name, --party, --purpose, --basis en --from nodig."
            return CliContext::usage(
                tr("covenant add needs --name, --party, --purpose, --basis and --from."));
        Covenant c;
        if (!readOptions(p, &c))
            return UsageError;
        std::optional<NewAttachment> document;
        if (p.isSet(QStringLiteral("document")) && !(document = readDocument(p)))
            return Failure;
        const auto added = context.made([&](const Session &session, ServiceError *error) {
            return CovenantService(session).add(c, document ? &*document : nullptr,
                                                CliContext::bsnCheck(p), error);
        });
        if (!added)
            return Failure;
        return context.show(covenantToJson(*added, systemClock().today()),
                            QString::number(added->id));
    }

    static int runSet(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const qint64 id = idArgument(p, QT_TR_NOOP("covenant set needs the covenant's id."));
        if (id == 0)
            return UsageError;
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        CovenantService service(*session);
        ServiceError error;
        std::optional<Covenant> c = service.find(id, &error);
        if (!c)
            return CliContext::fail(error);
        if (!readOptions(p, &*c))
            return UsageError;
        if (p.isSet(QStringLiteral("no-until")))
            c->until = {};
        if (p.isSet(QStringLiteral("no-review")))
            c->reviewOn = {};
        if (!service.update(*c, CliContext::bsnCheck(p), &error))
            return CliContext::fail(error);
        if (p.isSet(QStringLiteral("document"))) {
            const std::optional<NewAttachment> document = readDocument(p);
            if (!document)
                return Failure;
            if (!service.setDocument(id, *document, &error))
                return CliContext::fail(error);
        }
        return Success;
    }

    static int runList(CliContext &context)
    {
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        ServiceError error;
        const QList<Covenant> covenants = CovenantService(*session).list(&error);
        if (error.isError())
            return CliContext::readFailure(error);
        const QDate today = systemClock().today();
        if (context.parser().isSet(QStringLiteral("json"))) {
            printJsonArray(covenants, [&](const Covenant &c) { return covenantToJson(c, today); });
            return Success;
        }
        for (const Covenant &c : covenants)
            CliContext::printLine(line(c, today));
        return Success;
    }

    static int runShow(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const qint64 id = idArgument(p, QT_TR_NOOP("covenant show needs the covenant's id."));
        if (id == 0)
            return UsageError;
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        ServiceError error;
        const std::optional<Covenant> c = CovenantService(*session).find(id, &error);
        if (!c)
            return error.code == ServiceError::Code::NotFound
                ? CliContext::fail(error)
                : CliContext::readFailure(error, false);
        const QDate today = systemClock().today();
        if (p.isSet(QStringLiteral("json"))) {
            CliContext::printJson(QJsonDocument(covenantToJson(*c, today)));
            return Success;
        }
        QStringList data;
        for (DataCategory category : c->data)
            data << codes::label(category);
        if (!c->dataText.isEmpty())
            data << c->dataText;
        const QList<QPair<QString, QString>> rows {
            //: Dutch: "Naam"
            { tr("Name"), c->name },
            //: Dutch: "Partijen"
            { tr("Parties"), c->parties.join(QStringLiteral("; ")) },
            //: Dutch: "Doel"
            { tr("Purpose"), c->purpose },
            //: Dutch: "Grondslag"
            { tr("Legal basis"), codes::label(c->basis) + u' ' + c->basisText },
            //: Dutch: "Gegevens"
            { tr("Data"), data.join(QStringLiteral("; ")) },
            //: Dutch: "Looptijd"
            { tr("Term"),
              CliContext::dateText(c->from) + QStringLiteral(" – ")
                  + (c->until.isValid() ? CliContext::dateText(c->until) : QString()) },
            //: Dutch: "Evaluatie op"
            { tr("Review on"),
              c->reviewOn.isValid() ? CliContext::dateText(c->reviewOn) : QString() },
            //: Dutch: "Getekend document"
            { tr("Signed document"),
              c->document.present() ? QStringLiteral("%1 (%2 bytes, SHA-256 %3)")
                                          .arg(c->document.name)
                                          .arg(c->document.size)
                                          .arg(c->document.sha256)
                                    : QString() },
        };
        for (const auto &[label, value] : rows)
            CliContext::printLine(QStringLiteral("%1: %2").arg(label, value.trimmed()));
        if (c->reviewDue(today))
            //: Dutch: "De evaluatie is nodig: de evaluatiedatum is bereikt."
            CliContext::printLine(tr("The review is due: its date has come."));
        return Success;
    }

    static int runDocumentExport(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const qint64 id = idArgument(
            p, QT_TR_NOOP("covenant document export needs the covenant's id and --save FILE."));
        if (id == 0)
            return UsageError;
        if (!p.isSet(QStringLiteral("save")))
            //: Dutch: "covenant document export heeft --save BESTAND nodig."
            return CliContext::usage(tr("covenant document export needs --save FILE."));
        return context.act([&](const Session &session, ServiceError *error) {
            return CovenantService(session).exportDocument(
                id, p.value(QStringLiteral("save")), p.isSet(QStringLiteral("overwrite")), error);
        });
    }
};

namespace {

QList<QCommandLineOption> covenantOptions()
{
    return {
        option(QStringLiteral("name"), QT_TRANSLATE_NOOP("pd::cli", "The covenant's name."),
               textValue),
        option(QStringLiteral("party"),
               QT_TRANSLATE_NOOP("pd::cli",
                                 "A party to the covenant (repeat for each; set: replaces all)."),
               nameValue),
        option(QStringLiteral("purpose"), QT_TRANSLATE_NOOP("pd::cli", "Why the data is shared."),
               textValue),
        legalBasisOption(),
        option(
            QStringLiteral("basis-text"),
            QT_TRANSLATE_NOOP("pd::cli", "The statute or task it rests on (required for c and e)."),
            textValue),
        option(QStringLiteral("data"),
               QT_TRANSLATE_NOOP("pd::cli", "The data categories it covers, as disclosure add."),
               QT_TRANSLATE_NOOP("pd::cli", "codes")),
        dataTextOption(),
        option(QStringLiteral("from"), QT_TRANSLATE_NOOP("pd::cli", "The first day it applies."),
               dateValue),
        option(QStringLiteral("until"), QT_TRANSLATE_NOOP("pd::cli", "The last day it applies."),
               dateValue),
        option(QStringLiteral("review"), QT_TRANSLATE_NOOP("pd::cli", "When it is due for review."),
               dateValue),
        option(
            QStringLiteral("document"),
            QT_TRANSLATE_NOOP("pd::cli", "The signed document, kept encrypted inside the store."),
            QT_TRANSLATE_NOOP("pd::cli", "file")),
        confirmNotBsnOption(),
    };
}

} // namespace

QList<Command> covenantCommands()
{
    using C = CovenantCommands;
    return {
        command("covenant add",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Register a covenant (samenwerkingsconvenant); prints its id."),
                covenantOptions(), C::runAdd),
        command("covenant set",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Change a covenant: only the options given change; --document "
                                  "replaces the signed document."),
                "ID",
                covenantOptions()
                    + QList<QCommandLineOption> { option(QStringLiteral("no-until"),
                                                         QT_TRANSLATE_NOOP("pd::cli",
                                                                           "It has no end date.")),
                                                  option(QStringLiteral("no-review"),
                                                         QT_TRANSLATE_NOOP(
                                                             "pd::cli", "No review is planned.")) },
                C::runSet),
        command("covenant list",
                QT_TRANSLATE_NOOP(
                    "pd::cli",
                    "List the covenant register. With --json: an array of {id, name, parties, "
                    "purpose, basis (a-f), basis_text, data: [codes], data_text, from, until, "
                    "review_on, in_force, review_due, document: {name, media_type, size, sha256} "
                    "or null}."),
                {}, C::runList),
        command("covenant show",
                QT_TRANSLATE_NOOP("pd::cli", "Show one covenant (--json: as covenant list)."), "ID",
                {}, C::runShow),
        command("covenant document export",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Save a copy of a covenant's signed document (recorded in the "
                                  "audit trail)."),
                "ID", { saveCopyOption(), overwriteOption() }, C::runDocumentExport),
    };
}

} // namespace pd::cli
