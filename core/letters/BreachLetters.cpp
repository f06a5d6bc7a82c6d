#include "letters/BreachLetters.h"

#include "breaches/BreachService.h"
#include "letters/LetterRepository.h"
#include "letters/Letters.h"
#include "persons/PersonRepository.h"
#include "print/PrintedDocument.h"
#include "session/Access.h"
#include "session/UnitOfWork.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace pd {

namespace {

using support::invalid;

const QString breachEntity = QStringLiteral("breach");

QString escaped(const QString &text)
{
    return PrintedDocument::html(text.trimmed());
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(escaped(text));
}

QString dutchDate(QDate date)
{
    static const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    return date.isValid() ? dutch.toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QString list(const QStringList &items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(escaped(item));
    return html + QStringLiteral("</ul>");
}

// What the breach did to the data, for the person (the three kinds of breach of the AP).
QString natureHtml(const QList<BreachNature> &natures)
{
    QStringList items;
    for (BreachNature nature : natures) {
        switch (nature) {
        case BreachNature::Vertrouwelijkheid:
            items << QStringLiteral("Iemand die uw gegevens niet mocht zien, heeft ze misschien "
                                    "gezien of gekregen.");
            break;
        case BreachNature::Integriteit:
            items << QStringLiteral("Uw gegevens zijn misschien veranderd, terwijl dat niet de "
                                    "bedoeling was.");
            break;
        case BreachNature::Beschikbaarheid:
            items << QStringLiteral("Uw gegevens zijn misschien kwijt, of wij konden er een tijd "
                                    "niet bij.");
            break;
        }
    }
    return items.isEmpty() ? QString() : list(items);
}

QString dataPhrase(DataCategory category)
{
    switch (category) {
    case DataCategory::Naw:
        return QStringLiteral("uw naam en adres");
    case DataCategory::Naam:
        return QStringLiteral("uw naam");
    case DataCategory::Adres:
        return QStringLiteral("uw adres");
    case DataCategory::Contact:
        return QStringLiteral("uw telefoonnummer en e-mailadres");
    case DataCategory::Telefoonnummer:
        return QStringLiteral("uw telefoonnummer");
    case DataCategory::Emailadres:
        return QStringLiteral("uw e-mailadres");
    case DataCategory::Klantnummer:
        return QStringLiteral("uw klantnummer");
    case DataCategory::Huurgegevens:
        return QStringLiteral("gegevens over uw huurovereenkomst en uw woning");
    case DataCategory::Betaalgegevens:
        return QStringLiteral("gegevens over uw betalingen, en over een huurachterstand als u "
                              "die heeft");
    case DataCategory::Rekeningnummer:
        return QStringLiteral("uw bankrekeningnummer");
    case DataCategory::Inkomen:
        return QStringLiteral("gegevens over uw inkomen");
    case DataCategory::Huishouden:
        return QStringLiteral("gegevens over wie er bij u in huis wonen");
    case DataCategory::Overlast:
        return QStringLiteral("meldingen over overlast");
    case DataCategory::Gezondheid:
        return QStringLiteral("gegevens over uw gezondheid. Dit zijn bijzondere "
                              "persoonsgegevens: die zijn extra gevoelig");
    case DataCategory::Strafrechtelijk:
        return QStringLiteral("strafrechtelijke persoonsgegevens. Die zijn extra gevoelig");
    case DataCategory::Overig:
        return QStringLiteral("andere gegevens: zie hierboven wat er is gebeurd");
    }
    return {};
}

// Advice on what the person can do, chosen by the kinds of data involved (the EDPB asks for
// specific advice to protect themselves). Always: be wary of odd messages and tell us.
QString adviceHtml(const QList<DataCategory> &data)
{
    const auto has = [&data](std::initializer_list<DataCategory> categories) {
        return std::any_of(categories.begin(), categories.end(),
                           [&data](DataCategory c) { return data.contains(c); });
    };
    QStringList items;
    items << QStringLiteral("Let goed op bij berichten die u niet verwacht. Krijgt u een e-mail, "
                            "sms, brief of telefoontje dat u niet vertrouwt? Ook als het van ons "
                            "lijkt te komen? Reageer dan niet, klik niet op links en neem contact "
                            "met ons op.");
    if (has({ DataCategory::Naw, DataCategory::Naam, DataCategory::Adres, DataCategory::Contact,
              DataCategory::Telefoonnummer, DataCategory::Emailadres, DataCategory::Klantnummer }))
        // Never "we never ask for a copy of your ID": the identification request asks for one,
        // by e-mail too (seed 000). Only what the organisation really never asks.
        items << QStringLiteral("Iemand kan zich met uw gegevens voordoen als u, of als ons. Wij "
                                "vragen u nooit per e-mail of telefoon om een wachtwoord of een "
                                "pincode. Vraagt iemand u om een kopie van uw identiteitsbewijs, "
                                "terwijl u zelf niets bij ons heeft aangevraagd? Stuur die dan "
                                "niet en neem eerst contact met ons op.");
    // Bank advice only when an account number leaked; payments or income alone
    // give the warning about payment requests.
    if (has({ DataCategory::Rekeningnummer }))
        items << QStringLiteral("Kijk de komende maanden goed naar uw bankrekening. Ziet u een "
                                "afschrijving die u niet kent? Neem dan meteen contact op met uw "
                                "bank. Wij vragen u nooit om geld naar een ander rekeningnummer "
                                "over te maken.");
    else if (has({ DataCategory::Betaalgegevens, DataCategory::Inkomen }))
        items << QStringLiteral("Iemand kan doen alsof hij van ons komt en u om geld vragen. Wij "
                                "vragen u nooit om geld naar een ander rekeningnummer over te "
                                "maken.");
    if (has({ DataCategory::Gezondheid, DataCategory::Strafrechtelijk, DataCategory::Overlast,
              DataCategory::Huishouden }))
        items << QStringLiteral("Het gaat om gevoelige gegevens. Wilt u hierover met iemand "
                                "praten? Neem contact met ons op. Dan maken wij een afspraak met "
                                "u.");
    return list(items);
}

// Why the person gets the letter. Art. 34 obliges only at a high risk (seed 000): a
// letter sent by choice at a lower risk does not cite it, and says plainly why it is sent.
QString reasonText(const Breach &breach)
{
    if (breach.risk == BreachRisk::HoogRisico)
        return QStringLiteral("Het kan voor u gevolgen hebben. Daarom krijgt u deze brief "
                              "(artikel 34 AVG).");
    if (breach.risk)
        return QStringLiteral("Wij denken niet dat het grote gevolgen voor u heeft. Toch willen "
                              "wij dat u het weet. Dan kunt u goed opletten.");
    return QStringLiteral("Het kan voor u gevolgen hebben. Daarom laten wij het u weten.");
}

// How to reach the data protection officer (art. 34(2) with art. 33(3)(b)), as a sentence, by
// the title the organisation gives them (an organisation without an FG does not claim
// one); their own e-mail and phone when set, else the organisation's privacy address and phone.
QString fgContactHtml(const OrganisationDetails &o)
{
    const auto first = [](const QStringList &values) {
        for (const QString &value : values) {
            if (!value.trimmed().isEmpty())
                return value.trimmed();
        }
        return QString();
    };
    const QString email = first({ o.officerEmail, o.fgEmail, o.privacyEmail });
    const QString phone = first({ o.officerPhone, o.phone });
    QString ways = escaped(email);
    if (!phone.isEmpty())
        ways = email.isEmpty()
            ? QStringLiteral("telefoonnummer %1").arg(escaped(phone))
            : QStringLiteral("%1 of telefoonnummer %2").arg(ways, escaped(phone));
    const QString title = escaped(o.signatureRoleText());
    // The FG by name, else the privacy officer by name (organisation.officer_name).
    const QString name = first({ o.fgName, o.officerName });
    if (!name.isEmpty())
        return QStringLiteral("Neem dan contact op met onze %1, %2, via %3.")
            .arg(title, escaped(name), ways);
    return QStringLiteral("Neem dan contact op met onze %1 via %2.").arg(title, ways);
}

struct PersonRow
{
    Person person;
    bool anonymised = false;
};

std::optional<PersonRow> readPerson(const Store &store, qint64 id, ServiceError *error)
{
    std::optional<PersonRecord> stored;
    if (!PersonRepository::byId(store.database(), id, &stored, error))
        return std::nullopt;
    if (!stored) {
        *error = { ServiceError::Code::NotFound,
                   BreachLetterService::tr("Person %1 does not exist.").arg(id),
                   {} };
        return std::nullopt;
    }
    // What the letters print: the name and the address.
    PersonRow row;
    row.person.id = id;
    row.person.name = stored->person.name;
    row.person.klantnummer = stored->person.klantnummer;
    row.person.street = stored->person.street;
    row.person.houseNumber = stored->person.houseNumber;
    row.person.postcode = stored->person.postcode;
    row.person.city = stored->person.city;
    row.anonymised = stored->anonymised;
    return row;
}

} // namespace

QString BreachLetter::title() const
{
    return LetterCodes::dutchTitle(kind) + u' ' + breachNumber;
}

BreachLetterService::BreachLetterService(const Session &session)
    : m_session(session)
{ }

QHash<QString, QString> BreachLetterService::values(const Breach &breach,
                                                    const OrganisationDetails &organisation)
{
    QHash<QString, QString> v;
    v.insert(QStringLiteral("datalek.nummer"), escaped(breach.number));
    v.insert(QStringLiteral("datalek.ontdekt"), dutchDate(organisationDay(breach.discoveredAt)));
    v.insert(QStringLiteral("datalek.reden"), escaped(reasonText(breach)));
    v.insert(QStringLiteral("datalek.aard"), natureHtml(breach.natures));
    // The texts written for the people, else those written for the AP (render() warns).
    const auto forPeople = [](const QString &own, const QString &forAp) {
        return paragraph(own.trimmed().isEmpty() ? forAp : own);
    };
    v.insert(QStringLiteral("datalek.omschrijving"),
             forPeople(breach.subjectsDescription, breach.description));
    QStringList data;
    // The other data in the officer's words when recorded (art. 34(2) AVG).
    QString other = breach.dataText.simplified();
    while (other.endsWith(u'.'))
        other.chop(1);
    for (DataCategory category : breach.data)
        data << (category == DataCategory::Overig && !other.isEmpty()
                     ? QStringLiteral("andere gegevens: %1").arg(other)
                     : dataPhrase(category))
                + u'.';
    // A capital at the start of each item: it is a list of short sentences.
    for (QString &item : data)
        item[0] = item.at(0).toUpper();
    v.insert(QStringLiteral("datalek.gegevens"),
             data.isEmpty() ? paragraph(QStringLiteral("Dat weten wij nog niet precies."))
                            : list(data));
    v.insert(QStringLiteral("datalek.gevolgen"),
             forPeople(breach.subjectsConsequences, breach.consequences));
    v.insert(QStringLiteral("datalek.maatregelen"),
             forPeople(breach.subjectsMeasures, breach.measuresTaken));
    v.insert(QStringLiteral("datalek.advies"), adviceHtml(breach.data));
    v.insert(QStringLiteral("fg.contact"), fgContactHtml(organisation));
    return v;
}

QString BreachLetterService::reusedApTexts(const Breach &breach)
{
    QStringList reused;
    if (breach.subjectsDescription.trimmed().isEmpty())
        //: Dutch: "wat er is gebeurd"
        reused << tr("what happened");
    if (breach.subjectsConsequences.trimmed().isEmpty())
        //: Dutch: "de waarschijnlijke gevolgen"
        reused << tr("the likely consequences");
    if (breach.subjectsMeasures.trimmed().isEmpty())
        //: Dutch: "wat wij hebben gedaan"
        reused << tr("what we did");
    if (reused.isEmpty())
        return {};
    //: Dutch: "De brief gebruikt de tekst voor de AP over %1: die is niet voor de betrokkene
    //: geschreven. Schrijf bij het datalek een eigen tekst voor de betrokkenen, in eenvoudige
    //: taal."
    return tr("The letter uses the text written for the AP about %1: it was not written for the "
              "person. Write a text of its own for the people with the data breach, in plain "
              "language.")
        .arg(reused.size() == 1 ? reused.constFirst()
                                : reused.mid(0, reused.size() - 1).join(QStringLiteral(", "))
                     + tr(" and ") + reused.constLast());
}

QString BreachLetterService::contentRefusal(const Breach &breach)
{
    // The letter tells either text, the one written for the people first (forPeople): only
    // when both are empty is something missing.
    const auto bothEmpty = [](const QString &forPeople, const QString &forTheAp) {
        return forPeople.trimmed().isEmpty() && forTheAp.trimmed().isEmpty();
    };
    QStringList missing;
    if (bothEmpty(breach.subjectsDescription, breach.description))
        missing << tr("what happened");
    if (bothEmpty(breach.subjectsConsequences, breach.consequences))
        missing << tr("the likely consequences");
    if (bothEmpty(breach.subjectsMeasures, breach.measuresTaken))
        missing << tr("the measures taken");
    if (missing.isEmpty())
        return {};
    return tr("The letter must tell the person %1 (art. 34(2) GDPR): record it with the data "
              "breach first.")
        .arg(missing.join(QStringLiteral(", ")));
}

std::optional<RenderedBreachLetter>
BreachLetterService::render(const QString &number, qint64 personId, ServiceError *error) const
{
    const QString wanted = number.trimmed().toUpper();
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("breach.letter.read"),
                              wanted, error))
        return std::nullopt;
    *error = {};
    const std::optional<Breach> breach = BreachService(m_session).get(wanted, error);
    if (!breach)
        return std::nullopt;
    if (std::none_of(breach->linkedPersons.cbegin(), breach->linkedPersons.cend(),
                     [personId](const BreachPerson &p) { return p.id == personId; })) {
        *error = invalid(tr("This person is not linked to data breach %1: link the person "
                            "first.")
                             .arg(breach->number));
        return std::nullopt;
    }
    const std::optional<PersonRow> person = readPerson(m_session.store(), personId, error);
    if (!person)
        return std::nullopt;
    if (person->anonymised) {
        *error = invalid(tr("This person's data were destroyed: no letter can be addressed."));
        return std::nullopt;
    }
    const LetterKind kind = LetterKind::KennisgevingDatalek;
    const LetterService letters(m_session);
    const QString templateHtml = letters.templateFor(kind).html;
    LetterContext context;
    context.organisation = OrganisationSettings(m_session).details();
    QString reason = LetterService::organisationRefusal(context.organisation, templateHtml);
    if (reason.isEmpty())
        reason = contentRefusal(*breach);
    if (!reason.isEmpty()) {
        *error = invalid(reason);
        return std::nullopt;
    }
    context.request.person = person->person;
    LetterService::sign(m_session.store(), &context);
    context.date = m_session.clock().today();

    RenderedBreachLetter letter;
    letter.breachNumber = breach->number;
    letter.personId = personId;
    letter.kind = kind;
    QString tooLarge;
    letter.html = LetterTemplates::render(kind, templateHtml, context,
                                          values(*breach, context.organisation), &tooLarge);
    if (!tooLarge.isEmpty()) {
        *error = invalid(tooLarge);
        return std::nullopt;
    }
    letter.title = LetterCodes::dutchTitle(kind) + u' ' + breach->number;
    letter.date = context.date;
    QStringList warnings;
    if (!breach->subjectsDecision.recorded || !breach->subjectsDecision.yes)
        warnings << tr("The decision to inform the people concerned is not recorded as "
                       "'yes'. You may still inform this person; record the decision with "
                       "the assessment.");
    if (const QString reused = reusedApTexts(*breach); !reused.isEmpty())
        warnings << reused;
    if (breach->data.contains(DataCategory::Overig) && breach->dataText.trimmed().isEmpty())
        //: Dutch: "Bij de soorten gegevens staat ‘Overig’ zonder omschrijving: de brief zegt dan
        //: alleen ‘andere gegevens’. Omschrijf bij het datalek welke gegevens dat zijn."
        warnings << tr("The kinds of data include 'Other' without a description: the letter then "
                       "only says 'other data'. Describe with the data breach which data these "
                       "are.");
    // An organisation's own template from before {{datalek.reden}} may still cite art. 34.
    if (breach->risk != BreachRisk::HoogRisico
        && LetterTemplates::plainText(letter.html).contains(QLatin1StringView("artikel 34")))
        //: Dutch: "De brief noemt artikel 34 AVG als reden, maar het risico is niet als hoog
        //: beoordeeld: dan verplicht artikel 34 de brief niet. Gebruik {{datalek.reden}} in het
        //: sjabloon, of zet het terug naar de standaard (Extra → Briefsjablonen)."
        warnings << tr("The letter cites article 34 GDPR as its reason, while the risk is not "
                       "assessed as high: article 34 does not oblige this letter then. Use "
                       "{{datalek.reden}} in the template, or reset it to the default "
                       "(Extra → Letter templates).");
    letter.warning = warnings.join(u' ');
    letter.bsnFindings = findBsnNumbers(LetterTemplates::plainText(letter.html));
    for (BsnFinding &finding : letter.bsnFindings)
        finding.field = tr("Letter");
    return letter;
}

std::optional<BreachLetter> BreachLetterService::record(const RenderedBreachLetter &shown,
                                                        BsnCheck bsnCheck, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("breach.letter"),
                    shown.breachNumber);
    if (!unit.permit(error))
        return std::nullopt;
    const std::optional<RenderedBreachLetter> fresh
        = render(shown.breachNumber, shown.personId, error);
    if (!fresh)
        return std::nullopt;
    if (fresh->html != shown.html) {
        *error = invalid(tr("The letter changed since it was shown (the data breach, the "
                            "organisation's details or the template changed): look at it again "
                            "before it is recorded."));
        return std::nullopt;
    }
    // The guard finds in the letter's text what render() found (fresh->bsnFindings).
    if (!unit.guard({ { tr("Letter"), LetterTemplates::plainText(fresh->html) } }, bsnCheck, error))
        return std::nullopt;
    BreachLetter letter;
    letter.breachNumber = fresh->breachNumber;
    letter.personId = fresh->personId;
    letter.kind = fresh->kind;
    letter.html = fresh->html;
    letter.sha256 = LetterRepository::digest(fresh->html);
    letter.generatedAt = m_session.clock().now();
    letter.generatedBy = m_session.userName();
    const bool recorded = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            if (!LetterRepository::insertBreachLetter(write.database(), &letter, failure))
                return false;
            write.record(breachEntity, letter.breachNumber, QStringLiteral("breach.letter"),
                         { { QStringLiteral("kind"), codes::code(letter.kind) },
                           { QStringLiteral("person_id"), letter.personId },
                           { QStringLiteral("sha256"), letter.sha256 },
                           { QStringLiteral("letter"), letter.id } });
            return true;
        },
        error);
    if (!recorded)
        return std::nullopt;
    return letter;
}

std::optional<BreachLetter> BreachLetterService::generate(const QString &number, qint64 personId,
                                                          BsnCheck bsnCheck, ServiceError *error)
{
    // The write's own check first: a role that may not record is refused as such.
    if (!m_session.permit(Permission::EditRegisters, QStringLiteral("breach.letter"),
                          number.trimmed().toUpper(), error))
        return std::nullopt;
    const std::optional<RenderedBreachLetter> rendered = render(number, personId, error);
    if (!rendered)
        return std::nullopt;
    return record(*rendered, bsnCheck, error);
}

bool BreachLetterService::recordDispatch(const QString &number, qint64 letterId, QDate sentOn,
                                         const QString &how, BsnCheck bsnCheck, ServiceError *error)
{
    const QString wanted = number.trimmed().toUpper();
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("breach.letter_sent"),
                    wanted);
    if (!unit.permit(error))
        return false;
    if (how.trimmed().isEmpty()) {
        *error = invalid(tr("Say how the letter was sent (per post, per e-mail, ...)."));
        return false;
    }
    if (!LetterService::guardDispatch(unit, how, tr("How it was sent"), bsnCheck, error))
        return false;
    const QList<BreachLetter> all = letters(wanted, error);
    if (error->isError())
        return false;
    const auto letter = std::find_if(
        all.cbegin(), all.cend(), [letterId](const BreachLetter &l) { return l.id == letterId; });
    if (letter == all.cend()) {
        *error = { ServiceError::Code::NotFound,
                   tr("Data breach %1 has no letter %2.").arg(wanted).arg(letterId),
                   {} };
        return false;
    }
    return dispatch(unit, wanted, *letter, sentOn, how, error);
}

bool BreachLetterService::dispatch(UnitOfWork &unit, const QString &wanted,
                                   const BreachLetter &letter, QDate sentOn, const QString &how,
                                   ServiceError *error)
{
    if (letter.isSent()) {
        *error = invalid(
            tr("This letter was already recorded as sent on %1 (%2).")
                .arg(QLocale().toString(letter.sentOn, QLocale::ShortFormat), letter.sentHow));
        return false;
    }
    const QDate made = organisationDay(letter.generatedAt);
    if (!sentOn.isValid() || sentOn < made || sentOn > m_session.clock().today()) {
        *error = invalid(tr("Enter the day the letter was sent: not before it was made (%1) and "
                            "not in the future.")
                             .arg(QLocale().toString(made, QLocale::ShortFormat)));
        return false;
    }

    const qint64 personId = letter.personId;
    const qint64 letterId = letter.id;
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            if (!LetterRepository::markBreachLetterSent(
                    write.database(), letterId, sentOn, how,
                    m_session.clock().now().toString(Qt::ISODateWithMs), m_session.userName(),
                    failure))
                return false;
            write.record(breachEntity, wanted, QStringLiteral("breach.letter_sent"),
                         { { QStringLiteral("letter"), letterId },
                           { QStringLiteral("person_id"), personId },
                           { QStringLiteral("kind"), codes::code(letter.kind) },
                           { QStringLiteral("sha256"), letter.sha256 },
                           { QStringLiteral("sent_on"), sentOn.toString(Qt::ISODate) },
                           { QStringLiteral("how"), how.trimmed() } });
            // The person is informed on the day the letter went out (breach.person-informed),
            // in this transaction and after this letter's events: a letter recorded as sent
            // always has its person marked.
            write.then([&](ServiceError *informed) {
                return BreachService(m_session).markPersonInformed(wanted, personId, sentOn,
                                                                   informed);
            });
            return true;
        },
        error);
}

QList<BreachLetter> BreachLetterService::letters(const QString &number, ServiceError *error) const
{
    if (error)
        *error = {};
    const QString wanted = number.trimmed().toUpper();
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("breach.letter.read"),
                              wanted, error))
        return {};
    ServiceError failure;
    return LetterRepository::breachLettersOf(m_session.store().database(), wanted,
                                             error ? error : &failure)
        .value_or(QList<BreachLetter> {});
}

} // namespace pd
