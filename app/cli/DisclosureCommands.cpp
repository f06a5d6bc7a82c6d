// privacydesk-cli recipient … and disclosure …: the recipients catalogue and the disclosure
// register for scripts and tests.

#include "CliContext.h"
#include "ListOutput.h"
#include "cases/CaseService.h"
#include "cases/PersonQuery.h"
#include "registers/Disclosures.h"
#include "registers/Recipients.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace pd::cli {

// Static members so that lupdate sees every tr() in one context.
class DisclosureCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::DisclosureCommands)
public:
    static QString categoryCodes()
    {
        QStringList codes;
        for (RecipientCategory c : codes::all<RecipientCategory>())
            codes << codes::code(c);
        return codes.join(QStringLiteral(", "));
    }

    static QString dataCodes()
    {
        QStringList codes;
        for (DataCategory c : codes::all<DataCategory>())
            codes << codes::code(c);
        return codes.join(QStringLiteral(", "));
    }

    static int runRecipientAdd(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const QStringList args = p.positionalArguments();
        if (args.size() != 1 || args.first().trimmed().isEmpty())
            return CliContext::usage(tr("recipient add needs the recipient's name."));
        Recipient r;
        r.name = args.first();
        const auto category = codes::from<RecipientCategory>(p.value(QStringLiteral("category")));
        if (!category)
            return CliContext::usage(
                tr("recipient add needs --category (%1).").arg(categoryCodes()));
        r.category = *category;
        r.role = r.category == RecipientCategory::Verwerker ? RecipientRole::Verwerker
                                                            : RecipientRole::Ontvanger;
        if (p.isSet(QStringLiteral("role"))) {
            const auto role = codes::from<RecipientRole>(p.value(QStringLiteral("role")));
            if (!role)
                return CliContext::usage(tr("Unknown role '%1' (ontvanger, verwerker).")
                                             .arg(p.value(QStringLiteral("role"))));
            r.role = *role;
        }
        r.contact = p.value(QStringLiteral("contact"));
        const bool agreementGiven = p.isSet(QStringLiteral("agreement-signed"))
            || p.isSet(QStringLiteral("agreement-review")) || p.isSet(QStringLiteral("location"))
            || p.isSet(QStringLiteral("processes"));
        if (agreementGiven && !r.isProcessor())
            return CliContext::usage(
                tr("Only a processor (--role verwerker) has a processing agreement."));
        bool ok = true;
        r.agreement = ProcessorAgreement::withLocation(p.value(QStringLiteral("location")));
        r.agreement.signedOn = dateOption(p, QStringLiteral("agreement-signed"), &ok);
        r.agreement.reviewOn = dateOption(p, QStringLiteral("agreement-review"), &ok);
        r.agreement.processes = p.value(QStringLiteral("processes"));
        if (!ok)
            return UsageError;
        const auto added = context.made([&](const Session &session, ServiceError *error) {
            return RecipientService(session).add(r, CliContext::bsnCheck(p), error);
        });
        if (!added)
            return Failure;
        return context.show(recipientToJson(*added, systemClock().today()),
                            QString::number(added->id));
    }

    static int runRecipientList(CliContext &context)
    {
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        ServiceError error;
        const QList<Recipient> recipients = RecipientService(*session).list(
            context.parser().isSet(QStringLiteral("archived")), &error);
        if (error.isError())
            return CliContext::readFailure(error);
        const QDate today = systemClock().today();
        if (context.parser().isSet(QStringLiteral("json"))) {
            printJsonArray(recipients,
                           [&](const Recipient &r) { return recipientToJson(r, today); });
            return Success;
        }
        for (const Recipient &r : recipients) {
            QString line = QStringLiteral("%1  %2  (%3, %4)")
                               .arg(QString::number(r.id), r.name, codes::label(r.category),
                                    codes::label(r.role));
            if (r.isProcessor() && r.agreement.reviewOn.isValid())
                line += u"  " + tr("review %1").arg(CliContext::dateText(r.agreement.reviewOn));
            if (r.agreementOverdue(today))
                line += u"  " + tr("[agreement overdue]");
            CliContext::printLine(line);
        }
        return Success;
    }

    // --person K[,K2]: each customer number one person, or the command fails.
    static int readPersons(const QCommandLineParser &p, const Session &session, Disclosure *d)
    {
        const PersonQuery persons(session);
        ServiceError readError;
        for (const QString &klantnummer :
             p.value(QStringLiteral("person")).split(u',', Qt::SkipEmptyParts)) {
            const QList<PersonMatch> found
                = persons.byKlantnummer(klantnummer.trimmed(), &readError);
            if (readError.isError())
                return CliContext::readFailure(readError, false); // never "no such person"
            if (found.isEmpty())
                return CliContext::fail(tr("No person with customer number %1.").arg(klantnummer));
            d->persons << DisclosurePerson { found.first().person.id, found.first().person.name,
                                             found.first().person.klantnummer };
        }
        return Success;
    }

    // --persons-csv FILE: every number of the list one person; a number that names
    // nobody (or more than one) refuses the whole disclosure with the list, unless
    // --skip-unknown confirms leaving them out (their count is recorded in the event).
    static int readPersonsCsv(const QCommandLineParser &p, const Session &session, Disclosure *d)
    {
        ServiceError error;
        const std::optional<DisclosurePersonList> list = DisclosureService(session).personsFromCsv(
            p.value(QStringLiteral("persons-csv")), &error);
        if (!list)
            return CliContext::fail(error);
        const bool skip = p.isSet(QStringLiteral("skip-unknown"));
        if (!list->complete()) {
            for (const QString &problem : list->problems())
                CliContext::printError(problem);
            if (!skip)
                //: Dutch: "Niets vastgelegd. Pas de lijst aan, of laat deze nummers bewust weg
                //: met --skip-unknown."
                return CliContext::fail(tr("Nothing was recorded. Correct the list, or leave "
                                           "these numbers out on purpose with --skip-unknown."));
        }
        if (list->persons.isEmpty())
            //: Dutch: "De lijst noemt niemand die bekend is."
            return CliContext::fail(tr("The list names nobody who is known."));
        d->persons = list->persons;
        d->unknownLeftOut = int(list->unknown.size() + list->ambiguous.size());
        return Success;
    }

    static int runDisclosureAdd(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        if (!p.isSet(QStringLiteral("recipient"))
            || (!p.isSet(QStringLiteral("person")) && !p.isSet(QStringLiteral("persons-csv")))
            || !p.isSet(QStringLiteral("purpose")) || !p.isSet(QStringLiteral("basis")))
            return CliContext::usage(tr("disclosure add needs --recipient, --person, --purpose "
                                        "and --basis."));
        if (p.isSet(QStringLiteral("person")) && p.isSet(QStringLiteral("persons-csv")))
            //: Dutch: "Geef --person of --persons-csv, niet allebei."
            return CliContext::usage(tr("Give either --person or --persons-csv, not both."));
        Disclosure d;
        bool ok = true;
        d.date = p.isSet(QStringLiteral("date")) ? dateOption(p, QStringLiteral("date"), &ok)
                                                 : systemClock().today();
        for (const QString &code :
             p.value(QStringLiteral("data")).split(u',', Qt::SkipEmptyParts)) {
            const auto category = codes::from<DataCategory>(code.trimmed());
            if (!category)
                return CliContext::usage(
                    tr("Unknown data category '%1' (%2).").arg(code, dataCodes()));
            d.data << *category;
        }
        d.dataText = p.value(QStringLiteral("data-text"));
        d.purpose = p.value(QStringLiteral("purpose"));
        const auto basis
            = codes::from<LegalBasis>(p.value(QStringLiteral("basis")).trimmed().toLower());
        if (!basis)
            return CliContext::usage(
                tr("--basis is the letter of art. 6(1) GDPR: a, b, c, d, e or f."));
        d.basis = *basis;
        d.basisText = p.value(QStringLiteral("basis-text"));
        d.requestedBy = p.value(QStringLiteral("requested-by"));
        d.caseNumber = p.value(QStringLiteral("case"));
        if (p.isSet(QStringLiteral("informed")) && p.isSet(QStringLiteral("not-informed-reason")))
            return CliContext::usage(
                tr("Give either --informed or --not-informed-reason, not both."));
        if (p.isSet(QStringLiteral("informed"))) {
            d.informed = InformedStatus::Informed;
            d.informedOn = dateOption(p, QStringLiteral("informed"), &ok);
        } else if (p.isSet(QStringLiteral("not-informed-reason"))) {
            d.informed = InformedStatus::Prohibited;
            d.notInformedReason = p.value(QStringLiteral("not-informed-reason"));
        }
        if (!ok)
            return UsageError;

        const Session *session = context.openSession();
        if (!session)
            return Failure;
        ServiceError readError;
        const auto recipient = RecipientService(*session).findByNameOrId(
            p.value(QStringLiteral("recipient")), &readError);
        if (!recipient && readError.code != ServiceError::Code::NotFound)
            return CliContext::readFailure(readError, false); // never "no such recipient"
        if (!recipient)
            return CliContext::fail(tr("No recipient '%1' in the catalogue; add it with "
                                       "recipient add.")
                                        .arg(p.value(QStringLiteral("recipient"))));
        d.recipientId = recipient->id;
        if (const int failed = p.isSet(QStringLiteral("persons-csv"))
                ? readPersonsCsv(p, *session, &d)
                : readPersons(p, *session, &d);
            failed != Success)
            return failed;
        if (p.isSet(QStringLiteral("covenant"))) {
            bool isNumber = false;
            d.covenantId = p.value(QStringLiteral("covenant")).toLongLong(&isNumber);
            if (!isNumber || d.covenantId <= 0)
                //: Dutch: "--covenant is het nummer van een convenant (covenant list)."
                return CliContext::usage(tr("--covenant is a covenant's id (covenant list)."));
        }
        ServiceError error;
        const auto added = DisclosureService(*session).add(d, CliContext::bsnCheck(p), &error);
        if (!added)
            return CliContext::fail(error);
        return context.show(disclosureToJson(*added), QString::number(added->id));
    }

    static int runDisclosureList(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const std::optional<ListWindow> window = listWindow(p);
        if (!window)
            return UsageError;
        const Session *session = context.openSession();
        if (!session)
            return Failure;
        DisclosureFilter filter;
        if (p.isSet(QStringLiteral("person"))) {
            const QList<PersonMatch> found
                = PersonQuery(*session).byKlantnummer(p.value(QStringLiteral("person")).trimmed());
            if (found.isEmpty())
                return CliContext::fail(tr("No person with customer number %1.")
                                            .arg(p.value(QStringLiteral("person"))));
            filter.personId = found.first().person.id;
        }
        const DisclosureService service(*session);
        ServiceError error;
        const int total = service.count(filter, &error);
        if (error.isError())
            return CliContext::readFailure(error);
        // Printed a page at a time as it is read; a page that fails halfway leaves
        // what was printed, without the closing "]" of --json, and exits 1.
        std::optional<JsonListWriter> json;
        if (const auto format = JsonListWriter::formatOf(p))
            json.emplace(*format);
        const qint64 end
            = window->limit < 0 ? total : std::min<qint64>(total, window->offset + window->limit);
        constexpr qint64 pageSize = 500;
        for (qint64 offset = window->offset; offset < end; offset += pageSize) {
            const QList<Disclosure> rows
                = service.page(filter, static_cast<int>(offset),
                               static_cast<int>(std::min(pageSize, end - offset)), true, &error);
            if (error.isError())
                return CliContext::readFailure(error);
            for (const Disclosure &d : rows) {
                if (json) {
                    json->append(disclosureToJson(d));
                    continue;
                }
                QStringList names;
                for (const DisclosurePerson &person : d.persons)
                    names << person.klantnummer;
                if (names.size() > 5)
                    //: Dutch: "%n personen"
                    names = QStringList { tr("%n persons", nullptr, int(names.size())) };
                CliContext::printLine(QStringLiteral("%1  %2  %3  [%4]  %5  %6")
                                          .arg(CliContext::dateText(d.date), d.recipientName,
                                               names.join(u','), codes::code(d.basis),
                                               codes::label(d.informed), d.purpose));
            }
        }
        if (json && !json->finish())
            return Failure;
        return Success;
    }

    static QString art19Status(const Art19Notification &n)
    {
        if (n.notifiedOn.isValid())
            return tr("told on %1").arg(CliContext::dateText(n.notifiedOn));
        if (n.exempt && n.exemptReason.trimmed().isEmpty())
            return tr("not told: impossible or disproportionate");
        if (n.exempt)
            return tr("not told: impossible or disproportionate — %1")
                .arg(n.exemptReason.simplified());
        if (n.notApplicable && !n.notApplicableReason.trimmed().isEmpty())
            //: Dutch: "niet van toepassing — %1"
            return tr("not applicable — %1").arg(n.notApplicableReason.simplified());
        if (n.notApplicable)
            return DisclosureService::notApplicableText(n.changedData);
        return tr("not yet told");
    }

    // disclosure art19 NUMBER [--json]: the checklist; with --recipient and --notified or
    // --exempt: records one recipient, then prints the checklist.
    static int runArt19(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const QStringList args = p.positionalArguments();
        if (args.size() != 1 || args.first().trimmed().isEmpty())
            return CliContext::usage(tr("disclosure art19 needs the request's number."));
        const QString number = args.first().trimmed().toUpper();
        const bool notified = p.isSet(QStringLiteral("notified"));
        const bool exempt = p.isSet(QStringLiteral("exempt"));
        const bool notApplicable = p.isSet(QStringLiteral("not-applicable"));
        const bool recipientGiven = p.isSet(QStringLiteral("recipient"));
        if (int(notified) + int(exempt) + int(notApplicable) > 1)
            //: Dutch: "Geef één van --notified, --exempt en --not-applicable."
            return CliContext::usage(tr("Give one of --notified, --exempt and --not-applicable."));
        if ((notified || exempt || notApplicable) != recipientGiven)
            //: Dutch: "Om één ontvanger vast te leggen geeft u --recipient met --notified DATUM,
            //: --exempt REDEN of --not-applicable REDEN."
            return CliContext::usage(tr("To record one recipient give --recipient with "
                                        "--notified DATE, --exempt REASON or --not-applicable "
                                        "REASON."));
        bool ok = true;
        const QDate date = dateOption(p, QStringLiteral("notified"), &ok);
        if (!ok)
            return UsageError;

        const Session *session = context.openSession();
        if (!session)
            return Failure;
        ServiceError error;
        // "No such request" only when there is none; a failed read says that it failed.
        if (!CaseService(*session).find(number, &error)) {
            if (error.code == ServiceError::Code::NotFound)
                return CliContext::fail(tr("There is no request %1.").arg(number));
            return CliContext::readFailure(error, false);
        }
        DisclosureService service(*session);
        if (recipientGiven) {
            ServiceError readError;
            const auto recipient = RecipientService(*session).findByNameOrId(
                p.value(QStringLiteral("recipient")), &readError);
            if (!recipient && readError.code != ServiceError::Code::NotFound)
                return CliContext::readFailure(readError, false); // never "no such recipient"
            if (!recipient)
                return CliContext::fail(tr("No recipient '%1' in the catalogue.")
                                            .arg(p.value(QStringLiteral("recipient"))));
            const BsnCheck bsnCheck = CliContext::bsnCheck(p);
            const bool recorded = notified
                ? service.markNotified(number, recipient->id, date, &error)
                : notApplicable
                ? service.markNotApplicable(number, recipient->id,
                                            p.value(QStringLiteral("not-applicable")), bsnCheck,
                                            &error)
                : service.markExempt(number, recipient->id, p.value(QStringLiteral("exempt")),
                                     bsnCheck, &error);
            if (!recorded)
                return CliContext::fail(error);
        }
        const bool applies = service.art19Applies(number, &error);
        if (error.isError())
            return CliContext::readFailure(error, false);
        const QList<Art19Notification> list = service.art19Notifications(number, &error);
        if (error.isError())
            return CliContext::readFailure(error);
        const bool done = std::all_of(list.cbegin(), list.cend(),
                                      [](const Art19Notification &n) { return n.done(); });
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray recipients;
            for (const Art19Notification &n : list)
                recipients.append(art19NotificationToJson(n));
            CliContext::printJson(
                QJsonDocument(QJsonObject { { QStringLiteral("case"), number },
                                            { QStringLiteral("applies"), applies },
                                            { QStringLiteral("done"), applies && done },
                                            { QStringLiteral("recipients"), recipients } }));
            return Success;
        }
        if (!applies) {
            CliContext::printLine(tr("Art. 19 GDPR does not apply to %1: it is not a completed, "
                                     "(partly) granted rectification, erasure or restriction.")
                                      .arg(number));
            return Success;
        }
        if (list.isEmpty()) {
            CliContext::printLine(tr("No recipient received this person's data before the "
                                     "request was answered: nobody needs to be told."));
            return Success;
        }
        for (const Art19Notification &n : list)
            CliContext::printLine(
                QStringLiteral("%1  %2  %3")
                    .arg(QString::number(n.recipientId), n.recipientName, art19Status(n)));
        return Success;
    }
};

namespace {

// The catalogue of recipients and processors.
QList<Command> recipientCommands()
{
    using D = DisclosureCommands;
    return {
        Command {
            .name = QStringLiteral("recipient add"),
            .summary = QT_TRANSLATE_NOOP(
                "pd::cli", "Add a recipient or processor to the catalogue; prints its id."),
            .options
            = { option(QStringLiteral("category"),
                       QT_TRANSLATE_NOOP("pd::cli",
                                         "Category: aannemer, deurwaarder, advocaat, "
                                         "bouwbedrijf, gemeente, politie-justitie, "
                                         "zorginstelling, belastingdienst, "
                                         "woningzoekendensysteem, bewindvoerder, "
                                         "schuldhulpverlening, collega-corporatie, "
                                         "incassobureau, verwerker, overig."),
                       codeValue),
                option(QStringLiteral("role"),
                       QT_TRANSLATE_NOOP("pd::cli",
                                         "ontvanger (default) or verwerker "
                                         "(default for category verwerker)."),
                       QT_TRANSLATE_NOOP("pd::cli", "role")),
                option(QStringLiteral("contact"), QT_TRANSLATE_NOOP("pd::cli", "Contact details."),
                       textValue),
                option(QStringLiteral("agreement-signed"),
                       QT_TRANSLATE_NOOP("pd::cli",
                                         "Processor: date the processing "
                                         "agreement was signed."),
                       dateValue),
                option(QStringLiteral("agreement-review"),
                       QT_TRANSLATE_NOOP("pd::cli",
                                         "Processor: date the agreement is "
                                         "due for review."),
                       dateValue),
                option(QStringLiteral("processes"),
                       QT_TRANSLATE_NOOP("pd::cli", "Processor: what it processes."), textValue),
                option(QStringLiteral("location"),
                       QT_TRANSLATE_NOOP("pd::cli",
                                         "Processor: where it processes: EU, "
                                         "or a country code such as NL or US."),
                       QT_TRANSLATE_NOOP("pd::cli", "EU|country")),
                confirmNotBsnOption() },
            .run = D::runRecipientAdd,
            .arguments = QStringLiteral("NAME") },
        command("recipient list",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "List the recipients catalogue. With --json: an array of "
                                  "{id, name, category, role, contact, archived, agreement "
                                  "(processors only): {signed, review, processes, in_eu, "
                                  "country, overdue}}."),
                { option(QStringLiteral("archived"),
                         QT_TRANSLATE_NOOP("pd::cli", "Include archived recipients.")) },
                D::runRecipientList),
    };
}

// The disclosures made.
// disclosure add: its many options (the register's form, on the command line).
Command disclosureAddCommand()
{
    using D = DisclosureCommands;
    return command(
        "disclosure add",
        QT_TRANSLATE_NOOP("pd::cli", "Register a disclosure of personal data; prints its id."),
        { option(QStringLiteral("recipient"),
                 QT_TRANSLATE_NOOP("pd::cli",
                                   "The recipient: its name or id in the "
                                   "catalogue."),
                 QT_TRANSLATE_NOOP("pd::cli", "name|id")),
          option(QStringLiteral("person"),
                 QT_TRANSLATE_NOOP("pd::cli",
                                   "Customer numbers of the persons concerned, one or more."),
                 QT_TRANSLATE_NOOP("pd::cli", "K[,K2]")),
          option(QStringLiteral("persons-csv"),
                 QT_TRANSLATE_NOOP("pd::cli",
                                   "Many persons at once: a CSV list of customer numbers (the "
                                   "column klantnummer, else the first). A number that names "
                                   "nobody refuses the whole disclosure, with the list."),
                 QT_TRANSLATE_NOOP("pd::cli", "file")),
          option(QStringLiteral("skip-unknown"),
                 QT_TRANSLATE_NOOP("pd::cli",
                                   "With --persons-csv: leave the numbers that name "
                                   "nobody out, on purpose (recorded).")),
          option(QStringLiteral("covenant"),
                 QT_TRANSLATE_NOOP("pd::cli",
                                   "The covenant it is made under (its id, covenant "
                                   "list)."),
                 QT_TRANSLATE_NOOP("pd::cli", "id")),
          option(QStringLiteral("date"),
                 QT_TRANSLATE_NOOP("pd::cli", "Date of the disclosure (default: today)."),
                 dateValue),
          option(QStringLiteral("data"),
                 QT_TRANSLATE_NOOP("pd::cli",
                                   "Data categories: naw, naam, adres, "
                                   "telefoonnummer, emailadres, "
                                   "contact (both), klantnummer, "
                                   "huurgegevens, betaalgegevens, rekeningnummer, "
                                   "inkomen, huishouden, overlast, gezondheid, "
                                   "strafrechtelijk, overig."),
                 QT_TRANSLATE_NOOP("pd::cli", "codes")),
          dataTextOption(),
          option(QStringLiteral("purpose"),
                 QT_TRANSLATE_NOOP("pd::cli", "Purpose of the disclosure."), textValue),
          legalBasisOption(),
          option(QStringLiteral("basis-text"),
                 QT_TRANSLATE_NOOP("pd::cli",
                                   "The statute or covenant (required for c "
                                   "and e)."),
                 textValue),
          option(QStringLiteral("requested-by"),
                 QT_TRANSLATE_NOOP("pd::cli", "Who asked for the data."), textValue),
          option(QStringLiteral("case"), QT_TRANSLATE_NOOP("pd::cli", "Linked request."),
                 QT_TRANSLATE_NOOP("pd::cli", "AVG-YYYY-NNNN")),
          option(QStringLiteral("informed"),
                 QT_TRANSLATE_NOOP("pd::cli", "Date the data subject was informed."), dateValue),
          option(QStringLiteral("not-informed-reason"),
                 QT_TRANSLATE_NOOP("pd::cli",
                                   "The law that forbids informing the data "
                                   "subject. Without this or --informed: still "
                                   "to inform."),
                 textValue),
          confirmNotBsnOption() },
        D::runDisclosureAdd);
}

QList<Command> disclosureRegisterCommands()
{
    using D = DisclosureCommands;
    return {
        disclosureAddCommand(),
        command(
            "disclosure list",
            QT_TRANSLATE_NOOP(
                "pd::cli",
                "List disclosures, newest first. With --json: an array of {id, date, recipient: "
                "{id, name, category, role}, persons: [{id, klantnummer, name}], data: [codes], "
                "data_text, purpose, basis (a-f), basis_text, requested_by, case, informed "
                "(geinformeerd, verboden or nog-te-doen), informed_on, not_informed_reason, "
                "destroyed_persons, person_count, covenant: {id, name}}; absent values are null."),
            QList<QCommandLineOption> { option(QStringLiteral("person"),
                                               QT_TRANSLATE_NOOP("pd::cli",
                                                                 "Only disclosures concerning this "
                                                                 "customer number."),
                                               QT_TRANSLATE_NOOP("pd::cli", "klantnummer")) }
                + listOptions(),
            D::runDisclosureList),
    };
}

// The art. 19 notifications a disclosure calls for.
QList<Command> art19Commands()
{
    using D = DisclosureCommands;
    return {
        command(
            "disclosure art19",
            QT_TRANSLATE_NOOP(
                "pd::cli",
                "Art. 19 GDPR after a rectification, erasure or restriction: list the recipients "
                "to be told and their status, or record one with --recipient and --notified, "
                "--exempt or --not-applicable (replacing what was recorded). With --json: {case, "
                "applies, done, recipients: [{recipient: {id, name, category}, disclosures, "
                "last_disclosed, status (geinformeerd, onmogelijk-of-onevenredig, "
                "niet-van-toepassing or nog-te-doen), notified_on, exempt_reason, "
                "not_applicable_reason, recorded_by, withheld}]}; absent values are null. A "
                "recipient that never received the data the request changed (case complete "
                "--data) is niet-van-toepassing and cannot be recorded."),
            "NUMBER",
            { option(QStringLiteral("recipient"),
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "The recipient to record: its name or id in the "
                                       "catalogue."),
                     QT_TRANSLATE_NOOP("pd::cli", "name|id")),
              option(QStringLiteral("notified"),
                     QT_TRANSLATE_NOOP("pd::cli", "Date the recipient was told."), dateValue),
              option(QStringLiteral("exempt"),
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "Telling the recipient proved impossible or "
                                       "would take disproportionate effort: why."),
                     QT_TRANSLATE_NOOP("pd::cli", "reason")),
              option(QStringLiteral("not-applicable"),
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "Art. 19 does not apply to the recipient: why, "
                                       "in your own words (it only ever had the "
                                       "current address). The letter names it with "
                                       "this reason."),
                     QT_TRANSLATE_NOOP("pd::cli", "reason")),
              confirmNotBsnOption() },
            D::runArt19),
    };
}

} // namespace

QList<Command> disclosureCommands()
{
    return recipientCommands() + disclosureRegisterCommands() + art19Commands();
}

} // namespace pd::cli
