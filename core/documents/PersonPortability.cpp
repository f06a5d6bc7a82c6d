#include "documents/PersonPortability.h"

#include "store/ServiceSupport.h"
#include "util/Clock.h"
#include "util/Csv.h"
#include "vera/VeraCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace pd {

namespace {

using support::jsonDate;

bool portableBasis(const QString &code)
{
    return code == QLatin1StringView("a") || code == QLatin1StringView("b");
}

QJsonValue text(const QString &value)
{
    return value.trimmed().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue moment(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(utc.toUTC().toString(Qt::ISODate))
                         : QJsonValue(QJsonValue::Null);
}

QJsonObject partJson(const PortabilityPart &part)
{
    return { { QStringLiteral("part"), part.code },
             { QStringLiteral("label"), part.label },
             { QStringLiteral("legal_bases"), QJsonArray::fromStringList(part.legalBases) },
             { QStringLiteral("activities"), QJsonArray::fromStringList(part.activities) },
             { QStringLiteral("reason"), part.reason } };
}

// A JSON value as a CSV field: null empty.
QString csvValue(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

// The bases as the data subject reads them: "Overeenkomst (art. 6 lid 1 sub b AVG)".
QString basesText(const QStringList &codes)
{
    QStringList labels;
    for (const QString &code : codes)
        labels << ProcessingRegister::legalBasisLabel(code);
    return labels.join(QStringLiteral(", "));
}

// How the files for another controller speak of the data subject after naming them once at the
// top of LEESMIJ.txt (seed 000: the full name about 15 times): "de betrokkene".
// What the person gave the corporation, as the last search of each request found it in the
// organisation's systems (VERA), each object once (by its system and address).
QList<ReportFoundObject> providedObjects(const PersonReport &report)
{
    QList<ReportFoundObject> provided;
    QSet<QString> seen;
    for (const ReportSystemSearch &search : report.systemSearches) {
        for (const ReportFoundObject &o : search.objects) {
            // An object without an address of its own (no id) is never taken for another.
            const QString key = o.uri.contains(u"://") ? o.system + u'\n' + o.uri : QString();
            if (!VeraCatalogue::providedByPerson(o.resource)
                || (!key.isEmpty() && seen.contains(key)))
                continue;
            seen.insert(key);
            provided << o;
        }
    }
    return provided;
}

QString dataSubject()
{
    //: Dutch: "de betrokkene"
    return PersonPortability::tr("the data subject");
}

// Privacydesk's own records: a legal obligation, never consent or contract. toAnother: about the
// data subject (PersonPortability::scope).
void ownRecords(const PersonReport &report, bool toAnother, QList<PortabilityPart> *parts)
{
    const QString name = toAnother ? dataSubject() : report.person.name;
    const auto own
        = [parts](const char *code, bool holds, const QString &label, const QString &reason) {
              if (!holds)
                  return;
              *parts << PortabilityPart { QLatin1StringView(code), label, false,
                                          { QStringLiteral("c") }, {},    reason };
          };
    // The same record, about the data subject by name for another controller, or to them.
    const auto says = [toAnother, &name](const QString &ofThem, const QString &toYou) {
        return toAnother ? ofThem.arg(name) : toYou;
    };
    own("sources", !report.sources.isEmpty() || !report.person.source.trimmed().isEmpty(),
        //: Dutch: "Waar de gegevens van %1 vandaan komen"
        says(PersonPortability::tr("Where the data of %1 came from"),
             PersonPortability::tr("Where your data came from")),
        //: Dutch: "Dit is onze eigen vastlegging van waar wij de gegevens van %1 vandaan hebben,
        //: die de wet ons verplicht bij te houden (artikel 6 lid 1 sub c AVG, met artikel 5 lid 2
        //: en artikel 15 lid 1 sub g); %1 heeft ons deze gegevens niet zelf gegeven."
        says(PersonPortability::tr(
                 "This is our own record of where we got the data of %1, which the law requires "
                 "us to keep (article 6(1)(c) GDPR, with articles 5(2) and 15(1)(g)); %1 did not "
                 "give us these data."),
             PersonPortability::tr(
                 "This is our own record of where we got your data, which the law requires us to "
                 "keep (article 6(1)(c) GDPR, with articles 5(2) and 15(1)(g)); you did not give "
                 "us these data.")));
    own("requests", !report.requests.isEmpty(),
        //: Dutch: "De verzoeken van %1 en hoe wij die behandelden"
        says(PersonPortability::tr("The requests of %1 and how we handled them"),
             PersonPortability::tr("Your requests and how we handled them")),
        //: Dutch: "Wij leggen de verzoeken van %1 en de behandeling ervan vast omdat de wet dat
        //: vraagt (artikel 6 lid 1 sub c AVG, met artikel 12 en artikel 5 lid 2), niet met
        //: toestemming van %1 of voor een overeenkomst."
        says(PersonPortability::tr(
                 "We record the requests of %1 and how we handled them because the law requires "
                 "it (article 6(1)(c) GDPR, with articles 12 and 5(2)), not on the consent of %1 "
                 "or under a contract."),
             PersonPortability::tr(
                 "We record your requests and how we handled them because the law requires it "
                 "(article 6(1)(c) GDPR, with articles 12 and 5(2)), not on your consent or under "
                 "a contract.")));
    own("notes", !report.notes.isEmpty(),
        //: Dutch: "Onze aantekeningen bij de verzoeken van %1"
        says(PersonPortability::tr("Our notes on the requests of %1"),
             PersonPortability::tr("Our notes on your requests")),
        //: Dutch: "Onze aantekeningen horen bij de behandeling van de verzoeken van %1, die de
        //: wet vraagt (artikel 6 lid 1 sub c AVG, met artikel 12 en artikel 5 lid 2); %1 heeft
        //: ons deze gegevens niet zelf gegeven."
        says(PersonPortability::tr(
                 "Our notes are part of handling the requests of %1, which the law requires "
                 "(article 6(1)(c) GDPR, with articles 12 and 5(2)); %1 did not give us these "
                 "data."),
             PersonPortability::tr(
                 "Our notes are part of handling your requests, which the law requires (article "
                 "6(1)(c) GDPR, with articles 12 and 5(2)); you did not give us these data.")));
    own("disclosures", !report.disclosures.isEmpty(),
        //: Dutch: "Wie de gegevens van %1 van ons kreeg"
        says(PersonPortability::tr("Who received the data of %1 from us"),
             PersonPortability::tr("Who received your data from us")),
        //: Dutch: "Wij leggen vast wie de gegevens van %1 kreeg omdat de wet dat vraagt (artikel
        //: 6 lid 1 sub c AVG, met artikel 5 lid 2, artikel 15 lid 1 sub c en artikel 19); %1
        //: heeft ons deze gegevens niet zelf gegeven."
        says(PersonPortability::tr(
                 "We record who received the data of %1 because the law requires it (article "
                 "6(1)(c) GDPR, with articles 5(2), 15(1)(c) and 19); %1 did not give us these "
                 "data."),
             PersonPortability::tr(
                 "We record who received your data because the law requires it (article 6(1)(c) "
                 "GDPR, with articles 5(2), 15(1)(c) and 19); you did not give us these data.")));
    own("retention", !report.retention.isEmpty() || report.hold.has_value(),
        //: Dutch: "Hoe lang wij de gegevens van %1 bewaren"
        says(PersonPortability::tr("How long we keep the data of %1"),
             PersonPortability::tr("How long we keep your data")),
        //: Dutch: "Wij leggen vast hoe lang wij de gegevens van %1 bewaren en wanneer ze worden
        //: vernietigd omdat de wet dat vraagt (artikel 6 lid 1 sub c AVG, met artikel 5 lid 1
        //: sub e en lid 2); %1 heeft ons deze gegevens niet zelf gegeven."
        says(PersonPortability::tr(
                 "We record how long we keep the data of %1 and when they are destroyed because "
                 "the law requires it (article 6(1)(c) GDPR, with article 5(1)(e) and 5(2)); %1 "
                 "did not give us these data."),
             PersonPortability::tr(
                 "We record how long we keep your data and when they are destroyed because the "
                 "law requires it (article 6(1)(c) GDPR, with article 5(1)(e) and 5(2)); you did "
                 "not give us these data.")));
}

} // namespace

// What the person gave us as the organisation's other systems hold it (VERA), on the same
// grounds as the person's details.
PortabilityPart PersonPortability::systemsPart(const PersonReport &report,
                                               const PortabilityPart &person, bool toAnother)
{
    PortabilityPart part;
    part.code = QStringLiteral("systems");
    QStringList kinds;
    const QList<ReportFoundObject> provided = providedObjects(report);
    for (const ReportFoundObject &o : provided) {
        if (!kinds.contains(o.what))
            kinds << o.what;
    }
    const QString what
        = kinds.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(kinds.join(u", "));
    part.label = toAnother
        //: Dutch: "Wat %1 ons zelf gaf, zoals het in onze andere systemen staat%2"
        ? tr("What %1 gave us, as our other systems hold it%2").arg(dataSubject(), what)
        //: Dutch: "Wat u ons zelf gaf, zoals het in onze andere systemen staat%1"
        : tr("What you gave us, as our other systems hold it%1").arg(what);
    part.legalBases = person.legalBases;
    part.activities = person.activities;
    part.included = person.included && !provided.isEmpty();
    if (part.included || !person.included)
        part.reason = person.reason;
    else
        //: Dutch: "In onze andere systemen vonden wij niets dat %1 ons zelf gaf: wat daar staat,
        //: legden wij zelf vast of leidden wij af, en het staat in het inzageoverzicht."
        part.reason = toAnother
            ? tr("In our other systems we found nothing %1 gave us: what they hold we recorded "
                 "or derived ourselves, and it is in the access report.")
                  .arg(dataSubject())
            //: Dutch: "In onze andere systemen vonden wij niets dat u ons zelf gaf: wat daar
            //: staat, legden wij zelf vast of leidden wij af, en het staat in uw
            //: inzageoverzicht."
            : tr("In our other systems we found nothing you gave us: what they hold we recorded "
                 "or derived ourselves, and it is in your access report.");
    return part;
}

bool PersonPortability::holdsData(const PersonReport &report)
{
    const QList<PortabilityPart> parts = scope(report);
    return std::any_of(parts.cbegin(), parts.cend(),
                       [](const PortabilityPart &part) { return part.included; });
}

QList<PortabilityPart> PersonPortability::scope(const PersonReport &report, bool toAnother)
{
    QList<PortabilityPart> parts;
    // Sent straight to another controller (art. 20(2)), the words speak of the data subject,
    // never to the receiving organisation as "you" (seed 000); the readme names them
    // once.
    const QString name = dataSubject();

    // The person's details: on the bases the register gives for the relation.
    PortabilityPart person;
    person.code = QStringLiteral("person");
    person.label = toAnother
        //: Dutch: "Gegevens van %1 (naam, adres, telefoon, e-mail, klantnummer, relatie)"
        ? tr("Details of %1 (name, address, phone, e-mail, customer number, relation)").arg(name)
        : tr("Your details (name, address, phone, e-mail, customer number, relation)");
    QStringList portable;
    QStringList other;
    for (const ProcessingActivity &a : report.activities) {
        const QString activity = QStringLiteral("%1 %2").arg(a.subCode, a.name);
        const bool onConsentOrContract
            = std::any_of(a.legalBases.cbegin(), a.legalBases.cend(), portableBasis);
        if (onConsentOrContract && !person.activities.contains(activity))
            person.activities << activity;
        for (const QString &basis : a.legalBases) {
            QStringList &into = portableBasis(basis) ? portable : other;
            if (!into.contains(basis))
                into << basis;
        }
    }
    std::sort(portable.begin(), portable.end());
    std::sort(other.begin(), other.end());
    const QString relation = codes::label(report.person.relation).toLower();
    person.included = !person.activities.isEmpty();
    if (person.included) {
        person.legalBases = portable;
        const QString activities = person.activities.join(QStringLiteral(", "));
        person.reason = toAnother
            //: Dutch: "Wij verwerken deze gegevens met toestemming van %3 of voor
            //: een overeenkomst met hem of haar: %1; grondslag: %2."
            ? tr("We process these data on the consent of %3 or under a contract "
                 "with him or her: %1; legal basis: %2.")
                  .arg(activities, basesText(portable), name)
            : tr("We process these data on your consent or under a contract with "
                 "you: %1; legal basis: %2.")
                  .arg(activities, basesText(portable));
    } else if (report.activities.isEmpty()) {
        person.reason = toAnother
            //: Dutch: "Ons register van verwerkingsactiviteiten noemt geen
            //: verwerking van gegevens van mensen met de relatie van %2 tot ons
            //: (%1) met hun toestemming of voor een overeenkomst met hen."
            ? tr("Our register of processing activities names no processing of "
                 "data of people with the relation of %2 to us (%1) on their "
                 "consent or under a contract with them.")
                  .arg(relation, name)
            : tr("Our register of processing activities names no processing of "
                 "data of people with your relation to us (%1) on your consent "
                 "or under a contract with you.")
                  .arg(relation);
    } else {
        person.legalBases = other;
        for (const ProcessingActivity &a : report.activities)
            person.activities << QStringLiteral("%1 %2").arg(a.subCode, a.name);
        person.reason = toAnother
            //: Dutch: "Wij verwerken de gegevens van mensen met de relatie van %3
            //: tot ons (%1) op een andere grondslag dan hun toestemming of een
            //: overeenkomst met hen: %2."
            ? tr("We process the data of people with the relation of %3 to us "
                 "(%1) on another legal basis than their consent or a contract "
                 "with them: %2.")
                  .arg(relation, basesText(other), name)
            : tr("We process the data of people with your relation to us (%1) "
                 "on another legal basis than your consent or a contract with "
                 "you: %2.")
                  .arg(relation, basesText(other));
    }
    parts << person;
    if (!report.systemSearches.isEmpty())
        parts << systemsPart(report, person, toAnother);

    ownRecords(report, toAnother, &parts);
    return parts;
}

QStringList PersonPortability::heldFields(const PersonReport &report)
{
    const QJsonObject person = toJson(report, {}).value(QLatin1StringView("person")).toObject();
    const auto has = [&person](const QStringList &keys) {
        return std::any_of(keys.cbegin(), keys.cend(), [&person](const QString &key) {
            const QJsonValue value = person.value(key);
            return value.isString() && !value.toString().trimmed().isEmpty();
        });
    };
    // Each code with the keys of the person object it stands for.
    const QList<std::pair<QString, QStringList>> codes {
        { QStringLiteral("naam"), { QStringLiteral("name") } },
        { QStringLiteral("adres"),
          { QStringLiteral("street"), QStringLiteral("house_number"), QStringLiteral("postcode"),
            QStringLiteral("city") } },
        { QStringLiteral("telefoonnummer"), { QStringLiteral("phone") } },
        { QStringLiteral("emailadres"), { QStringLiteral("email") } },
        { QStringLiteral("klantnummer"), { QStringLiteral("klantnummer") } },
        { QStringLiteral("relatie"), { QStringLiteral("relation") } },
        { QStringLiteral("einde_relatie"), { QStringLiteral("relation_end") } },
    };
    QStringList fields;
    for (const auto &[code, keys] : codes) {
        if (has(keys))
            fields << code;
    }
    const QList<PortabilityPart> parts = scope(report);
    if (std::any_of(parts.cbegin(), parts.cend(), [](const PortabilityPart &part) {
            return part.included && part.code == QLatin1StringView("systems");
        }))
        fields << QStringLiteral("systemen");
    return fields;
}

QJsonObject PersonPortability::toJson(const PersonReport &report, const QDateTime &generatedAt,
                                      const Transmission *transmission)
{
    QJsonArray included;
    QJsonArray leftOut;
    bool withPerson = false;
    bool withSystems = false;
    for (const PortabilityPart &part : scope(report, transmission != nullptr)) {
        (part.included ? included : leftOut).append(partJson(part));
        withPerson = withPerson || (part.included && part.code == QLatin1StringView("person"));
        withSystems = withSystems || (part.included && part.code == QLatin1StringView("systems"));
    }
    QJsonObject json {
        { QStringLiteral("format"), QLatin1StringView(formatName) },
        { QStringLiteral("format_version"), formatVersion },
        { QStringLiteral("generated_at"), moment(generatedAt) },
        { QStringLiteral("controller"), text(report.organisation) },
        { QStringLiteral("included"), included },
        { QStringLiteral("left_out"), leftOut },
    };
    if (withPerson) {
        const Person &p = report.person;
        json.insert(QStringLiteral("person"),
                    QJsonObject { { QStringLiteral("name"), p.name },
                                  { QStringLiteral("relation"), codes::code(p.relation) },
                                  { QStringLiteral("klantnummer"), text(p.klantnummer) },
                                  { QStringLiteral("street"), text(p.street) },
                                  { QStringLiteral("house_number"), text(p.houseNumber) },
                                  { QStringLiteral("postcode"), text(p.postcode) },
                                  { QStringLiteral("city"), text(p.city) },
                                  { QStringLiteral("phone"), text(p.phone) },
                                  { QStringLiteral("email"), text(p.email) },
                                  { QStringLiteral("relation_end"), jsonDate(p.relationEnd) },
                                  { QStringLiteral("created_at"), moment(report.createdAt) } });
    }
    if (withSystems) {
        QJsonArray systems;
        for (const ReportFoundObject &o : providedObjects(report))
            systems.append(QJsonObject { { QStringLiteral("system"), o.system },
                                         { QStringLiteral("resource"), o.resource },
                                         { QStringLiteral("kind"), o.what },
                                         { QStringLiteral("data"), o.data } });
        json.insert(QStringLiteral("systems"), systems);
    }
    if (report.demo)
        json.insert(QStringLiteral("demo"), true);
    if (transmission)
        json.insert(QStringLiteral("transmitted_to"),
                    QJsonObject { { QStringLiteral("name"), transmission->to.name },
                                  { QStringLiteral("address"), text(transmission->to.address) },
                                  { QStringLiteral("request"), transmission->requestNumber } });
    return json;
}

QByteArray PersonPortability::jsonFile(const PersonReport &report, const QDateTime &generatedAt,
                                       const Transmission *transmission)
{
    return QJsonDocument(toJson(report, generatedAt, transmission)).toJson(QJsonDocument::Indented);
}

QString PersonPortability::readme(const PersonReport &report, const QDateTime &generatedAt,
                                  const Transmission *transmission)
{
    const QList<PortabilityPart> parts = scope(report, transmission != nullptr);
    QStringList lines;
    if (transmission) {
        //: Dutch: "Voor: %1, %2"
        lines << tr("For: %1, %2").arg(transmission->to.name, transmission->to.address);
        //: Dutch: "%1 (de betrokkene) vroeg ons deze gegevens rechtstreeks aan u te sturen
        //: (artikel 20 lid 2 AVG; ons kenmerk %2)."
        lines << tr("%1 (the data subject) asked us to send these data directly to you (article "
                    "20(2) GDPR; our reference %2).")
                     .arg(report.person.name, transmission->requestNumber);
        lines << QString();
    }
    if (transmission) {
        //: Dutch: "Persoonsgegevens van %1 (artikel 20 AVG)"
        lines << tr("Personal data of %1 (article 20 GDPR)").arg(dataSubject());
        //: Dutch: "Gemaakt door %1 op %2."
        lines << tr("Made by %1 on %2.")
                     .arg(report.organisation.isEmpty() ? tr("our organisation")
                                                        : report.organisation,
                          PersonReport::dateText(organisationDay(generatedAt)));
    } else {
        lines << tr("Your personal data to take with you (article 20 GDPR)");
        lines << tr("For %1. Made by %2 on %3.")
                     .arg(report.person.name,
                          report.organisation.isEmpty() ? tr("our organisation")
                                                        : report.organisation,
                          PersonReport::dateText(organisationDay(generatedAt)));
    }
    if (report.demo)
        lines << tr("DEMO: these data are fictitious.");
    lines << QString();
    if (transmission)
        //: Dutch: "Artikel 20 van de Algemene verordening gegevensbescherming (AVG) geeft de
        //: betrokkene het recht de persoonsgegevens die hij of zij ons gaf rechtstreeks naar een
        //: andere organisatie te laten sturen, in een gestructureerde, gangbare en
        //: machineleesbare vorm. Dat geldt voor zover wij ze verwerken met toestemming van de
        //: betrokkene of voor een overeenkomst met hem of haar (artikel 20 lid 1 en lid 2). Deze
        //: export bevat die gegevens. Wat wij op een andere grondslag verwerken, staat er niet in.
        //: Dat krijgt alleen de betrokkene zelf, als hij of zij ons om inzage vraagt (artikel 15
        //: AVG)."
        lines << tr("Article 20 of the General Data Protection Regulation (GDPR) gives the data "
                    "subject the right to have the personal data he or she gave us sent directly "
                    "to another organisation, in a structured, commonly used and machine-readable "
                    "form. That holds as far as we process them on the consent of the data subject "
                    "or under a contract with him or her (article 20(1) and (2)). This export "
                    "holds those data. What we process on another legal basis is not in it. Only "
                    "the data subject receives that, on asking us for access (article 15 GDPR).");
    else
        lines << tr("Article 20 of the General Data Protection Regulation (GDPR) gives you the "
                    "right to receive the personal data you gave us in a structured, commonly "
                    "used and machine-readable form, as far as we process them on your consent or "
                    "under a contract with you. This export holds those data. What we process on "
                    "another legal basis is not in it: you find it in the access report (article "
                    "15 GDPR).");
    lines << QString();
    const auto list = [&lines, &parts](bool included) {
        bool any = false;
        for (const PortabilityPart &part : parts) {
            if (part.included != included)
                continue;
            lines << QStringLiteral("- %1: %2").arg(part.label, part.reason);
            any = true;
        }
        if (!any)
            lines << QStringLiteral("- %1").arg(tr("nothing"));
    };
    if (csvFileNames(report).contains(QLatin1StringView(systemsCsvName)))
        //: Dutch: "In deze export (persons.csv, systemen.csv en het JSON-bestand):"
        lines << tr("In this export (persons.csv, systemen.csv and the JSON file):");
    else
        lines << tr("In this export (persons.csv and the JSON file):");
    list(true);
    lines << QString();
    lines << tr("Not in this export, and why:");
    list(false);
    if (parts.constFirst().included) {
        lines << QString();
        if (csvFileNames(report).contains(QLatin1StringView(systemsCsvName)))
            //: Dutch: "De CSV-bestanden zijn UTF-8 met ‘;’ tussen de velden, zoals Excel ze
            //: opent; het JSON-bestand bevat dezelfde gegevens, die van de andere systemen zoals
            //: de systemen ze stuurden, en deze redenen in een vorm die programma's lezen."
            lines << tr("The CSV files are UTF-8 with ';' between the fields, as Excel opens them; "
                        "the JSON file holds the same data, those of the other systems as the "
                        "systems sent them, and these reasons in a form programs read.");
        else
            lines << tr("The CSV file is UTF-8 with ';' between the fields, as Excel opens it; the "
                        "JSON file holds the same data and these reasons in a form programs "
                        "read.");
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QStringList PersonPortability::csvFileNames(const PersonReport &report)
{
    QStringList names;
    const QList<PortabilityPart> parts = scope(report);
    if (parts.constFirst().included)
        names << QStringLiteral("persons.csv");
    if (std::any_of(parts.cbegin(), parts.cend(), [](const PortabilityPart &part) {
            return part.included && part.code == QLatin1StringView("systems");
        }))
        names << QLatin1StringView(systemsCsvName);
    names << QLatin1StringView(readmeFileName);
    return names;
}

QList<QPair<QString, QByteArray>> PersonPortability::csvFiles(const PersonReport &report,
                                                              const QDateTime &generatedAt,
                                                              const Transmission *transmission)
{
    QList<QPair<QString, QByteArray>> files;
    const QJsonObject person
        = toJson(report, generatedAt).value(QStringLiteral("person")).toObject();
    if (!person.isEmpty()) {
        const QStringList columns { QStringLiteral("name"),         QStringLiteral("relation"),
                                    QStringLiteral("klantnummer"),  QStringLiteral("street"),
                                    QStringLiteral("house_number"), QStringLiteral("postcode"),
                                    QStringLiteral("city"),         QStringLiteral("phone"),
                                    QStringLiteral("email"),        QStringLiteral("relation_end"),
                                    QStringLiteral("created_at") };
        QStringList fields;
        for (const QString &column : columns)
            fields << csvValue(person.value(column));
        files.append(
            { QStringLiteral("persons.csv"), Csv::file(Csv::row(columns) + Csv::row(fields)) });
    }
    // One line per field of each object, in the specifications' words (the JSON has them as the
    // systems sent them).
    if (csvFileNames(report).contains(QLatin1StringView(systemsCsvName))) {
        //: Dutch: "systeem", "soort", "gegeven", "waarde": the columns of systemen.csv
        const QStringList columns { tr("system"), tr("kind"), tr("item"), tr("value") };
        QString rows = Csv::row(columns);
        for (const ReportFoundObject &o : providedObjects(report)) {
            for (const ReportFoundField &f : o.fields)
                rows += Csv::row({ o.system, o.what, f.label, f.value });
        }
        files.append({ QLatin1StringView(systemsCsvName), Csv::file(rows) });
    }
    // With a BOM, like the CSV: Notepad and the other editors then read the accents right.
    files.append(
        { QLatin1StringView(readmeFileName),
          QByteArray("\xEF\xBB\xBF") + readme(report, generatedAt, transmission).toUtf8() });
    return files;
}

} // namespace pd
