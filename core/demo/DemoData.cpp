#include "demo/DemoData.h"

#include "cases/CaseService.h"
#include "registers/ProcessingRegister.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QRandomGenerator>

namespace pd {

namespace {

const char *const firstNames[] = {
    "Anouk",   "Bram",      "Chaima", "Daan",   "Emma",    "Fatma", "Gerrit", "Hanneke",
    "Ibrahim", "Jasmijn",   "Kees",   "Lotte",  "Mohamed", "Noor",  "Olga",   "Pieter",
    "Quinten", "Ruth",      "Sanne",  "Tobias", "Umut",    "Vera",  "Wim",    "Yasmina",
    "Zoë",     "Agnieszka", "Björn",  "Céline", "Dewi",    "Eline",
};
const char *const lastNames[] = {
    "de Vries", "Jansen",    "van den Berg", "Bakker",   "Visser",       "Smit",
    "Meijer",   "de Boer",   "Mulder",       "de Groot", "Bos",          "Vos",
    "Peters",   "Hendriks",  "van Leeuwen",  "Dekker",   "Brouwer",      "Çelik",
    "Yılmaz",   "El Amrani", "Bouzid",       "Nguyen",   "Kowalski",     "Öztürk",
    "van Dijk", "Sedney",    "Tjon A Fong",  "Hoekstra", "van der Meer", "Koster",
};
const char *const streets[] = {
    "Lindelaan",   "Kastanjestraat", "Molenweg",  "Havenkade", "Beukenlaan",  "Torenstraat",
    "Dorpsstraat", "Vijverhof",      "Eikenlaan", "Sluisweg",  "Rozengracht", "Marktplein",
};
const char *const cities[] = { "Zwolle", "Deventer", "Hengelo", "Almelo", "Kampen", "Enschede" };
const char *const descriptions[] = {
    "Wil weten welke gegevens de corporatie over hem heeft.",
    "Vraagt om een kopie van het huurdersdossier.",
    "Verzoekt om verwijdering van oude inschrijfgegevens.",
    "Meldt een onjuist telefoonnummer en adres in het klantsysteem.",
    "Maakt bezwaar tegen het delen van gegevens met de aannemer.",
    "Wil weten aan wie de gegevens zijn verstrekt.",
    "Trekt de toestemming voor de nieuwsbrief in.",
    "Klaagt over de behandeling van een eerder inzageverzoek.",
    "Vraagt gegevens op in een bruikbaar bestandsformaat.",
    "Wil dat gegevens over overlast worden beperkt tot het dossier.",
};
const char *const extensionReasons[] = {
    "Complex verzoek: gegevens uit meerdere systemen en van de aannemer.",
    "Groot aantal verzoeken van dezelfde betrokkene.",
    "Afstemming nodig met de gemeente over gedeelde gegevens.",
};

template<typename T, std::size_t N> QString pick(QRandomGenerator &random, const T (&list)[N])
{
    return QString::fromUtf8(list[random.bounded(static_cast<quint32>(N))]);
}

// Day d, 09:00-17:00 local time, as UTC.
QDateTime moment(QDate day, QRandomGenerator &random)
{
    return QDateTime(day, QTime(9, 0).addSecs(random.bounded(8 * 3600))).toUTC();
}

} // namespace

bool DemoData::generate(Store &store, const DemoOptions &options,
                        const std::function<bool(int, int)> &progress, QString *error)
{
    if (!store.isDemo()) {
        *error = tr("Fictitious data can only be added to a demo store.");
        return false;
    }
    QRandomGenerator random(options.seed);
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    FixedClock clock(QDateTime(today, QTime(12, 0)).toUTC());
    CaseService cases(store, clock);
    QSqlDatabase db = store.database();
    constexpr int batchSize = 500;

    int done = 0;
    while (done < options.cases) {
        Transaction batch(db);
        if (!batch.isOpen()) {
            *error = batch.errorText();
            return false;
        }
        const int end = std::min(options.cases, done + batchSize);
        for (int i = done; i < end; ++i) {
            ServiceError failure;
            // One in eight requests comes from someone who asked before.
            const int personIndex = (i > 8 && random.bounded(8) == 0) ? random.bounded(i) : i;
            QRandomGenerator personRandom(options.seed ^ static_cast<quint32>(personIndex * 7919));
            NewCase request;
            request.person.klantnummer = QStringLiteral("K%1").arg(100000 + personIndex);
            request.person.name
                = pick(personRandom, firstNames) + u' ' + pick(personRandom, lastNames);
            request.person.relation = Codes::relations().at(personRandom.bounded(5));
            request.person.street = pick(personRandom, streets);
            request.person.houseNumber = QString::number(1 + personRandom.bounded(180));
            request.person.postcode = QStringLiteral("%1 %2%3")
                                          .arg(7000 + personRandom.bounded(999))
                                          .arg(QChar(u'A' + personRandom.bounded(26)))
                                          .arg(QChar(u'A' + personRandom.bounded(26)));
            request.person.city = pick(personRandom, cities);
            request.person.phone
                = QStringLiteral("06-%1").arg(10000000 + personRandom.bounded(89999999));
            request.person.email = QStringLiteral("demo%1@voorbeeld.invalid").arg(personIndex);

            const int age = random.bounded(420);
            const QDate received = today.addDays(-age);
            const quint32 kind = random.bounded(100);
            request.types << (kind < 55       ? RequestType::Inzage
                                  : kind < 67 ? RequestType::Verwijdering
                                  : kind < 77 ? RequestType::Rectificatie
                                  : kind < 83 ? RequestType::Bezwaar
                                  : kind < 88 ? RequestType::Overdraagbaarheid
                                  : kind < 92 ? RequestType::Beperking
                                  : kind < 96 ? RequestType::Klacht
                                              : RequestType::Intrekking);
            if (random.bounded(6) == 0)
                request.types << RequestType::Inzage;
            const quint32 via = random.bounded(100);
            request.channel = via < 35 ? Channel::Email
                : via < 60             ? Channel::Webformulier
                : via < 80             ? Channel::Telefoon
                : via < 90             ? Channel::Brief
                : via < 96             ? Channel::Balie
                : via < 99             ? Channel::Gemachtigde
                                       : Channel::Ap;
            request.receivedDate = received;
            request.receivedAt = moment(received, random);
            request.description = pick(random, descriptions);
            // Half the requests are the demo user's own, so that "Mijn verzoeken" shows some.
            const quint32 who = random.bounded(4);
            request.handler = who < 2 ? store.userName()
                : who == 2            ? QStringLiteral("a.bakker")
                                      : QStringLiteral("m.jansen");

            clock.set(request.receivedAt);
            const auto created = cases.add(request, false, &failure);
            if (!created) {
                *error = failure.message + u' ' + failure.detail;
                return false;
            }
            const QString number = created->number;
            // Each step happens on its own day, never after today.
            QDate day = received;
            const auto step = [&](int minDays, int maxDays) {
                day = day.addDays(minDays + random.bounded(maxDays - minDays + 1));
                if (day > today)
                    return false;
                clock.set(moment(day, random));
                return true;
            };
            // Every step is valid by construction: a refusal is a bug here, and stops.
            bool failed = false;
            const auto must = [&](bool ok) {
                failed = failed || !ok;
                return ok;
            };
            bool identified = false;
            if (random.bounded(10) < 6) {
                if (step(0, 3) && must(cases.requestIdentification(number, day, &failure))) {
                    const IdMethod method = Codes::idMethods().at(random.bounded(5));
                    const bool succeeded = random.bounded(20) != 0;
                    identified = step(1, 12)
                        && must(cases.receiveIdentification(number, day, method, succeeded,
                                                            &failure))
                        && succeeded;
                }
            } else if (step(0, 2)) {
                identified = must(
                    cases.receiveIdentification(number, day, IdMethod::Portaal, true, &failure));
            }
            // Some extensions are told after the first month: the product must flag those.
            if (!failed && identified && random.bounded(8) == 0 && step(5, 30))
                must(cases.extend(number, pick(random, extensionReasons), day, false, &failure));
            if (!failed && !identified) {
                if (step(20, 45)) {
                    must(cases.complete(number,
                                        random.bounded(3) == 0 ? Outcome::Ingetrokken
                                                               : Outcome::NietOntvankelijk,
                                        {}, day, QStringLiteral("brief"), &failure));
                }
            } else if (!failed && random.bounded(100) < (age > 90 ? 99 : 85) && step(3, 32)) {
                // An office answers nearly everything in time; a few recent ones are still open.
                const quint32 result = random.bounded(100);
                const Outcome outcome = result < 68 ? Outcome::Toegewezen
                    : result < 84                   ? Outcome::DeelsToegewezen
                    : result < 94                   ? Outcome::Afgewezen
                                                    : Outcome::Ingetrokken;
                QList<RefusalGround> grounds;
                if (CaseWorkflow::needsGrounds(outcome))
                    grounds << (random.bounded(2) ? RefusalGround::Art15_4
                                                  : RefusalGround::Art12_5);
                must(cases.complete(number, outcome, grounds, day,
                                    random.bounded(2) ? QStringLiteral("e-mail")
                                                      : QStringLiteral("brief"),
                                    &failure));
            }
            if (!failed && random.bounded(4) == 0) {
                clock.set(moment(day, random));
                must(cases.addNote(
                    number,
                    QStringLiteral("Telefonisch contact gehad; betrokkene is op de hoogte."), false,
                    &failure));
            }
            if (failed) {
                *error = QStringLiteral("%1: %2 %3").arg(number, failure.message, failure.detail);
                return false;
            }
        }
        if (!batch.commit()) {
            *error = batch.errorText();
            return false;
        }
        done = end;
        if (progress && !progress(done, options.cases))
            break;
    }
    if (ServiceError failure; !ProcessingRegister(store).seedExample(&failure)) {
        *error = failure.message;
        return false;
    }
    return true;
}

} // namespace pd
