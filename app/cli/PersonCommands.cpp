// privacydesk-cli person erase-fields, person set-address, person rename, person correct: the
// person's own record in Privacydesk after the answer to a request. The work is
// cases/PersonCorrections; this file reads the options and prints.
#include "CliContext.h"
#include "cases/PersonCorrections.h"
#include "registers/PersonImport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pd::cli {

namespace {

class PersonCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::PersonCommands)
public:
    // The one KLANTNUMMER (or request number) and --case; usage printed when not one argument.
    struct Target
    {
        QString key;
        QString caseNumber;
    };
    static std::optional<Target> target(const QCommandLineParser &p, const QString &usage)
    {
        const QStringList args = p.positionalArguments();
        if (args.size() != 1) {
            CliContext::usage(usage);
            return std::nullopt;
        }
        return Target { args.first(), p.value(QStringLiteral("case")).trimmed().toUpper() };
    }

    // Runs fn on the person the target names, with the request: --case, or the request number
    // given as the argument (both: the same request).
    static int
    withPerson(CliContext &context, const Target &target,
               const std::function<int(PersonCorrections &, qint64, const QString &)> &fn)
    {
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        PersonCorrections corrections(*session);
        ServiceError error;
        QString named;
        const std::optional<qint64> person = corrections.personOf(target.key, &named, &error);
        if (!person)
            return CliContext::fail(error);
        if (!named.isEmpty() && !target.caseNumber.isEmpty() && named != target.caseNumber)
            //: Dutch: "Geef het verzoek één keer: als argument of met --case."
            return CliContext::usage(tr("Name the request once: as the argument or with --case."));
        return fn(corrections, *person, named.isEmpty() ? target.caseNumber : named);
    }

    static int runErase(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        //: Dutch: "person erase-fields heeft KLANTNUMMER (of een verzoeknummer) en --field
        //: VELD nodig (%1)."
        const QString usage = tr("person erase-fields needs KLANTNUMMER (or a request number) and "
                                 "--field FIELD (%1).")
                                  .arg(fieldCodes());
        const auto given = target(p, usage);
        if (!given)
            return UsageError;
        QList<PersonField> fields;
        for (const QString &code :
             p.values(QStringLiteral("field")).join(u',').split(u',', Qt::SkipEmptyParts)) {
            const auto field = codes::from<PersonField>(code);
            if (!field)
                //: Dutch: "Onbekend veld '%1' (%2)."
                return CliContext::usage(tr("Unknown field '%1' (%2).").arg(code, fieldCodes()));
            if (!fields.contains(*field))
                fields << *field;
        }
        if (fields.isEmpty())
            return CliContext::usage(usage);
        return withPerson(context, *given,
                          [&](PersonCorrections &c, qint64 person, const QString &number) {
                              ServiceError error;
                              const auto erased = c.eraseFields(person, fields, number, &error);
                              if (!erased)
                                  return CliContext::fail(error);
                              printFields(p, *erased, QStringLiteral("erased"),
                                          //: Dutch: "Niets verwijderd: die gegevens waren al leeg."
                                          tr("Nothing erased: those fields were empty already."),
                                          //: Dutch: "Verwijderd uit Privacydesk: %1."
                                          tr("Erased in Privacydesk: %1."));
                              return static_cast<int>(Success);
                          });
    }

    static int runSetAddress(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        //: Dutch: "person set-address heeft KLANTNUMMER (of een verzoeknummer) en --address
        //: ADRES nodig."
        const auto given = target(p,
                                  tr("person set-address needs KLANTNUMMER (or a request "
                                     "number) and --address ADDRESS."));
        if (!given)
            return UsageError;
        const std::optional<Person> moved = addressOf(p.value(QStringLiteral("address")));
        if (!moved)
            return UsageError;
        return withPerson(
            context, *given, [&](PersonCorrections &c, qint64 person, const QString &number) {
                ServiceError error;
                if (!c.setAddress(person, *moved, number, CliContext::bsnCheck(p), &error))
                    return CliContext::fail(error);
                //: Dutch: "Adres vastgelegd: brieven gaan voortaan naar %1."
                CliContext::printLine(
                    tr("Address recorded: letters now go to %1.").arg(addressLine(*moved)));
                return static_cast<int>(Success);
            });
    }

    static int runRename(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        //: Dutch: "person rename heeft KLANTNUMMER (of een verzoeknummer) en --name NAAM nodig."
        const auto given = target(
            p, tr("person rename needs KLANTNUMMER (or a request number) and --name NAME."));
        if (!given)
            return UsageError;
        if (p.value(QStringLiteral("name")).trimmed().isEmpty())
            return CliContext::usage(
                tr("person rename needs KLANTNUMMER (or a request number) and --name NAME."));
        return withPerson(
            context, *given, [&](PersonCorrections &c, qint64 person, const QString &number) {
                ServiceError error;
                if (!c.setName(person, p.value(QStringLiteral("name")), number,
                               CliContext::bsnCheck(p), &error))
                    return CliContext::fail(error);
                //: Dutch: "Naam vastgelegd: %1."
                CliContext::printLine(
                    tr("Name recorded: %1.").arg(p.value(QStringLiteral("name")).simplified()));
                return static_cast<int>(Success);
            });
    }

    // One field of the record corrected after a rectification: the name and the address as
    // rename and set-address take them, the phone number and the e-mail address.
    static int runCorrect(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        //: Dutch: "person correct heeft KLANTNUMMER (of een verzoeknummer) nodig, met --field
        //: VELD (naam|adres|telefoonnummer|emailadres) en --value WAARDE, of met --relation CODE
        //: en/of --relation-end DATUM."
        const QString usage = tr("person correct needs KLANTNUMMER (or a request number) with "
                                 "--field FIELD (naam|adres|telefoonnummer|emailadres) and --value "
                                 "VALUE, or with --relation CODE and/or --relation-end DATE.");
        const auto given = target(p, usage);
        if (!given)
            return UsageError;
        const bool relation
            = p.isSet(QStringLiteral("relation")) || p.isSet(QStringLiteral("relation-end"));
        if (relation && (p.isSet(QStringLiteral("field")) || p.isSet(QStringLiteral("value"))))
            //: Dutch: "Corrigeer de relatie (--relation, --relation-end) of één veld (--field,
            //: --value), niet beide tegelijk."
            return CliContext::usage(tr("Correct the relation (--relation, --relation-end) or one "
                                        "field (--field, --value), not both at once."));
        if (relation)
            return runCorrectRelation(context, *given);
        const auto field = codes::from<PersonField>(p.value(QStringLiteral("field")));
        const QString value = p.value(QStringLiteral("value"));
        const QList<PersonField> fields { PersonField::Name, PersonField::Address,
                                          PersonField::Phone, PersonField::Email };
        if (!field || !fields.contains(*field) || value.trimmed().isEmpty())
            return CliContext::usage(usage);
        Person address;
        if (*field == PersonField::Address) {
            const std::optional<Person> typed = addressOf(value);
            if (!typed)
                return UsageError;
            address = *typed;
        }
        const BsnCheck bsnCheck = CliContext::bsnCheck(p);
        return withPerson(
            context, *given, [&](PersonCorrections &c, qint64 person, const QString &number) {
                ServiceError error;
                const bool done = *field == PersonField::Name
                    ? c.setName(person, value, number, bsnCheck, &error)
                    : *field == PersonField::Address
                    ? c.setAddress(person, address, number, bsnCheck, &error)
                    : c.setContact(person, *field, value, number, bsnCheck, &error);
                if (!done)
                    return CliContext::fail(error);
                if (p.isSet(QStringLiteral("json")))
                    CliContext::printJson(QJsonDocument(
                        QJsonObject { { QStringLiteral("corrected"), codes::code(*field) } }));
                else
                    //: Dutch: "Gecorrigeerd in Privacydesk: %1."
                    CliContext::printLine(
                        tr("Corrected in Privacydesk: %1.").arg(codes::label(*field)));
                return static_cast<int>(Success);
            });
    }

    // The relation and its end, as the import fills them: --relation CODE, --relation-end
    // YYYY-MM-DD (empty: none, a current tenant); what is not given stays as it is.
    static int runCorrectRelation(CliContext &context, const Target &given)
    {
        const QCommandLineParser &p = context.parser();
        std::optional<Relation> relation;
        if (p.isSet(QStringLiteral("relation"))) {
            relation = codes::from<Relation>(p.value(QStringLiteral("relation")));
            if (!relation) {
                QStringList codes;
                for (Relation known : codes::all<Relation>())
                    codes << codes::code(known);
                //: Dutch: "Onbekende relatie '%1' (%2)."
                return CliContext::usage(
                    tr("Unknown relation '%1' (%2).")
                        .arg(p.value(QStringLiteral("relation")), codes.join(u'|')));
            }
        }
        std::optional<QDate> end;
        if (p.isSet(QStringLiteral("relation-end"))) {
            bool ok = true;
            end = p.value(QStringLiteral("relation-end")).trimmed().isEmpty()
                ? QDate()
                : dateOption(p, QStringLiteral("relation-end"), &ok);
            if (!ok)
                return UsageError;
        }
        return withPerson(
            context, given, [&](PersonCorrections &c, qint64 person, const QString &number) {
                ServiceError error;
                const auto corrected = c.setRelation(person, relation, end, number, &error);
                if (!corrected)
                    return CliContext::fail(error);
                printFields(p, *corrected, QStringLiteral("corrected"),
                            //: Dutch: "Niets gecorrigeerd: de relatie en de einddatum stonden al
                            //: zo."
                            tr("Nothing corrected: the relation and its end were recorded so "
                               "already."),
                            tr("Corrected in Privacydesk: %1."));
                return static_cast<int>(Success);
            });
    }

private:
    // The fields a change touched: their codes under key with --json, else none when there are
    // none, or changed with their names for %1.
    static void printFields(const QCommandLineParser &p, const QList<PersonField> &fields,
                            const QString &key, const QString &none, const QString &changed)
    {
        QStringList labels;
        QJsonArray codes;
        for (PersonField field : fields) {
            labels << codes::label(field);
            codes.append(codes::code(field));
        }
        if (p.isSet(QStringLiteral("json")))
            CliContext::printJson(QJsonDocument(QJsonObject { { key, codes } }));
        else
            CliContext::printLine(
                labels.isEmpty() ? none : changed.arg(labels.join(QStringLiteral(", "))));
    }

    // "straat en huisnummer, postcode plaats" as the person's address fields; nullopt after
    // printing the usage.
    static std::optional<Person> addressOf(const QString &text)
    {
        const auto address = PersonImport::typedAddress(text);
        if (!address)
            //: Dutch: "Geef het adres als 'straat en huisnummer, postcode plaats', bijvoorbeeld
            //: \"Kerkpad 12, 6582 BC Heumen\"."
            CliContext::usage(tr("Give the address as 'street and number, postcode city', "
                                 "for example \"Kerkpad 12, 6582 BC Heumen\"."));
        return address;
    }

    static QString fieldCodes()
    {
        QStringList codes;
        for (PersonField field : codes::all<PersonField>()) {
            if (PersonFieldCodes::erasureRefusal(field).isEmpty())
                codes << codes::code(field);
        }
        return codes.join(u'|');
    }
};

QCommandLineOption caseOption()
{
    return option(QStringLiteral("case"),
                  QT_TRANSLATE_NOOP("pd::cli",
                                    "The request the change answers; its trail and AP dossier "
                                    "record it too."),
                  QT_TRANSLATE_NOOP("pd::cli", "NUMBER"));
}

} // namespace

QList<Command> personCommands()
{
    return {
        command("person erase-fields",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Erase fields of a data subject's own record in Privacydesk "
                                  "after a granted erasure (art. 17 GDPR)."),
                "KLANTNUMMER",
                { option(QStringLiteral("field"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "A field to erase: telefoonnummer, "
                                           "emailadres or adres (repeat or "
                                           "separate with commas)."),
                         QT_TRANSLATE_NOOP("pd::cli", "FIELD")),
                  caseOption() },
                PersonCommands::runErase),
        command("person set-address",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Record a data subject's new postal address; the letters made "
                                  "from then on use it."),
                "KLANTNUMMER",
                { option(QStringLiteral("address"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "The new address: \"street and "
                                           "number, postcode city\"."),
                         QT_TRANSLATE_NOOP("pd::cli", "ADDRESS")),
                  caseOption(), confirmNotBsnOption() },
                PersonCommands::runSetAddress),
        command(
            "person rename",
            QT_TRANSLATE_NOOP("pd::cli",
                              "Correct a data subject's name (after a rectification, art. 16 "
                              "GDPR); the letters made from then on use it."),
            "KLANTNUMMER",
            { option(QStringLiteral("name"), QT_TRANSLATE_NOOP("pd::cli", "The corrected name."),
                     QT_TRANSLATE_NOOP("pd::cli", "NAME")),
              caseOption(), confirmNotBsnOption() },
            PersonCommands::runRename),
        command("person correct",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Correct a field of a data subject's own record in Privacydesk "
                                  "after a rectification (art. 16 GDPR): the name, the postal "
                                  "address, the phone number, the e-mail address, or the relation "
                                  "and its end; with --case the request's trail records it and its "
                                  "letters say it."),
                "KLANTNUMMER",
                { option(QStringLiteral("field"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "The field: naam, adres, "
                                           "telefoonnummer or emailadres."),
                         QT_TRANSLATE_NOOP("pd::cli", "FIELD")),
                  option(QStringLiteral("value"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "The corrected value (an address as "
                                           "\"street and number, postcode city\")."),
                         QT_TRANSLATE_NOOP("pd::cli", "VALUE")),
                  option(QStringLiteral("relation"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "The corrected relation: huurder, "
                                           "ex-huurder, woningzoekende, …"),
                         QT_TRANSLATE_NOOP("pd::cli", "CODE")),
                  option(QStringLiteral("relation-end"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "The corrected end of the relation "
                                           "(YYYY-MM-DD; empty: none, a current "
                                           "tenant)."),
                         QT_TRANSLATE_NOOP("pd::cli", "DATE")),
                  caseOption(), confirmNotBsnOption() },
                PersonCommands::runCorrect),
    };
}

} // namespace pd::cli
