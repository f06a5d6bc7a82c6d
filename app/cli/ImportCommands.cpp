// privacydesk-cli import persons: persons and relation end dates from a housing-ERP export.

#include "CliContext.h"
#include "registers/PersonImport.h"

#include <QJsonObject>

namespace pd::cli {

// Static members so that lupdate sees every tr() in one context.
class ImportCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::ImportCommands)
public:
    static int runPersons(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const QStringList args = p.positionalArguments();
        if (args.size() != 1)
            return CliContext::usage(tr("import persons needs exactly one FILE."));
        ImportOptions options;
        options.strict = p.isSet(QStringLiteral("strict"));
        if (p.isSet(QStringLiteral("source")))
            options.source = p.value(QStringLiteral("source"));
        if (p.isSet(QStringLiteral("map"))) {
            QString error;
            const auto mapping
                = PersonImport::parseMapping(p.values(QStringLiteral("map")).join(u','), &error);
            if (!mapping)
                return CliContext::usage(error);
            options.mapping = *mapping;
        }
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        PersonImport importer(*session);
        const ImportResult result = importer.run(args.first(), options);
        const bool json = p.isSet(QStringLiteral("json"));
        // A strict refusal still lists the rejected lines: they are what the user must fix.
        if (result.ok() || result.refusedStrict) {
            if (json) {
                CliContext::printJson(QJsonDocument(result.toJson()));
            } else {
                CliContext::printLine(tr("%1 imported, %2 updated, %3 rejected.")
                                          .arg(result.imported)
                                          .arg(result.updated)
                                          .arg(result.rejected.size()));
                CliContext::printLine(
                    tr("Retention terms: %n created", nullptr, result.terms.created) + u", "
                    + tr("%n moved", nullptr, result.terms.moved) + u", "
                    + tr("%n removed", nullptr, result.terms.removed) + u'.');
                for (const ImportRejection &r : result.rejected)
                    CliContext::printLine(tr("line %1: %2").arg(r.line).arg(r.reason));
            }
        }
        return result.ok() ? int(Success) : CliContext::fail(result.error);
    }
};

QList<Command> importCommands()
{
    return {
        { .name = QStringLiteral("import persons"),
          .summary = QT_TRANSLATE_NOOP(
              "pd::cli",
              "Import persons and relation end dates from a CSV export (one transaction)."),
          .options
          = { QCommandLineOption(QStringLiteral("map"),
                                 QCoreApplication::translate(
                                     "pd::cli",
                                     "Column names to fields: COLUMN=FIELD,... (fields: "
                                     "klantnummer, naam, relatie, einddatum, adres, straat, "
                                     "huisnummer, postcode, plaats, telefoon, email, negeren)."),
                                 QCoreApplication::translate("pd::cli", "mapping")),
              QCommandLineOption(QStringLiteral("source"),
                                 QCoreApplication::translate(
                                     "pd::cli",
                                     "Where the data of new persons came from, as the access "
                                     "report names it (default: ERP-import; \"\" for none)."),
                                 QCoreApplication::translate("pd::cli", "text")),
              QCommandLineOption(QStringLiteral("strict"),
                                 QCoreApplication::translate(
                                     "pd::cli", "Import nothing when any line is rejected.")) },
          .run = ImportCommands::runPersons,
          .arguments = QStringLiteral("FILE") }
    };
}

} // namespace pd::cli
