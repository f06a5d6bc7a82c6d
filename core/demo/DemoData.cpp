#include "demo/DemoData.h"

#include "cases/Attachments.h"
#include "cases/CaseService.h"
#include "demo/DemoBreaches.h"
#include "demo/DemoCopies.h"
#include "demo/DemoDpias.h"
#include "demo/DemoTexts.h"
#include "documents/CompletionGate.h"
#include "organisation/OrganisationSettings.h"
#include "persons/PersonRepository.h"
#include "registers/Disclosures.h"
#include "registers/ProcessingRegister.h"
#include "registers/Recipients.h"
#include "session/Session.h"
#include "session/UnitOfWork.h"
#include "store/Store.h"
#include "terms/RetentionDerivation.h"
#include "util/Clock.h"

#include <QRandomGenerator>
#include <QUuid>

namespace pd {

namespace {

// Day d, 09:00-17:00 local time, as UTC.
QDateTime moment(QDate day, QRandomGenerator &random)
{
    return QDateTime(day, QTime(9, 0).addSecs(random.bounded(8 * 3600)), organisationTimeZone())
        .toUTC();
}

// The e-mail a demo request arrived as: what a mail program saves as .eml, with an encoded
// sender name and subject (RFC 2047) and an 8-bit UTF-8 body, as the officer's intake reads it.
NewAttachment demoMail(const NewCase &request, const QDateTime &arrived, int index)
{
    const QByteArray name = request.person.name.toUtf8();
    QByteArray mail;
    mail += "Return-Path: <" + request.person.email.toUtf8() + ">\r\n";
    mail += "From: =?UTF-8?B?" + name.toBase64() + "?= <" + request.person.email.toUtf8() + ">\r\n";
    mail += "To: privacy@woonstede-demo.invalid\r\n";
    mail += "Subject: =?UTF-8?B?" + request.description.toUtf8().toBase64() + "?=\r\n";
    mail += "Date: " + arrived.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    mail += "Message-ID: <demo-" + QByteArray::number(index) + "@voorbeeld.invalid>\r\n";
    mail += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n";
    mail += "Geachte heer, mevrouw,\r\n\r\n";
    mail += request.description.toUtf8() + ".\r\n\r\n";
    mail += "Met vriendelijke groet,\r\n" + name + "\r\n(DEMO \xE2\x80\x94 fictieve gegevens)\r\n";
    NewAttachment original;
    original.name = QStringLiteral("verzoek-%1.eml").arg(index + 1);
    original.content = mail;
    return original;
}

// A request whose rectification, erasure or restriction was granted: its person's earlier
// recipients are to be told (art. 19 AVG). After is the moment of its last event.
struct Art19Candidate
{
    QString number;
    qint64 personId = 0;
    QDate received;
    QDate answered;
    QDateTime after;
};

// The kinds of recipient the demo discloses to, each with what it receives, why and whether the
// person was told.
struct DisclosureKind
{
    const char *name;
    RecipientCategory category;
    QList<DataCategory> data;
    const char *purpose;
    LegalBasis basis;
    const char *basisText;
    InformedStatus informed;
};

// A contractor, a bailiff, the municipality under a covenant and the police (informing the
// person prohibited); the contractor first.
QList<DisclosureKind> disclosureKinds()
{
    return {
        { "Aannemersbedrijf Vakwerk (demo)",
          RecipientCategory::Aannemer,
          { DataCategory::Naw, DataCategory::Contact },
          "Uitvoeren van een reparatieverzoek",
          LegalBasis::Contract,
          "",
          InformedStatus::Informed },
        { "Gerechtsdeurwaarderskantoor Noord (demo)",
          RecipientCategory::Deurwaarder,
          { DataCategory::Naw, DataCategory::Betaalgegevens },
          "Invordering van huurachterstand",
          LegalBasis::LegitimateInterest,
          "",
          InformedStatus::Informed },
        { "Gemeente Voorbeeldstad (demo)",
          RecipientCategory::Gemeente,
          { DataCategory::Naw, DataCategory::Overlast },
          "Aanpak woonoverlast in de wijk",
          LegalBasis::PublicTask,
          "Convenant Woonoverlast Voorbeeldstad 2025",
          InformedStatus::Pending },
        { "Politie Oost-Nederland (demo)",
          RecipientCategory::PolitieJustitie,
          { DataCategory::Naw, DataCategory::Strafrechtelijk },
          "Vordering in een strafrechtelijk onderzoek",
          LegalBasis::LegalObligation,
          "Art. 126nd Wetboek van Strafvordering",
          InformedStatus::Prohibited },
    };
}

// One recipient per kind (their ids in the kinds' order), and a processor whose agreement is due
// for review.
std::optional<QList<qint64>> addRecipients(RecipientService &recipients,
                                           const QList<DisclosureKind> &kinds, QDate today,
                                           QString *error)
{
    ServiceError failure;
    QList<qint64> recipientIds;
    for (const DisclosureKind &kind : kinds) {
        Recipient recipient;
        recipient.name = QString::fromUtf8(kind.name);
        recipient.category = kind.category;
        const auto added = recipients.add(recipient, BsnCheck::Refuse, &failure);
        if (!added) {
            *error = failure.message + u' ' + failure.detail;
            return std::nullopt;
        }
        recipientIds << added->id;
    }
    Recipient processor;
    processor.name = QStringLiteral("Cloudhosting Voorbeeld B.V. (demo)");
    processor.category = RecipientCategory::Verwerker;
    processor.role = RecipientRole::Verwerker;
    processor.agreement = ProcessorAgreement::withLocation(QStringLiteral("NL"));
    processor.agreement.signedOn = today.addYears(-3);
    processor.agreement.reviewOn = today.addMonths(-2); // overdue: the register must show it
    processor.agreement.processes = QStringLiteral("Hosting van het klantsysteem en de back-ups");
    if (!recipients.add(processor, BsnCheck::Refuse, &failure)) {
        *error = failure.message + u' ' + failure.detail;
        return std::nullopt;
    }
    return recipientIds;
}

// The disclosures of one run, written with its clock and random sequence.
struct DisclosureRun
{
    DisclosureService &disclosures;
    FixedClock &clock;
    QRandomGenerator &random;
    QDate today;
    QList<DisclosureKind> kinds;
    QList<qint64> recipientIds; // one per kind
};

// Every twelfth person had data disclosed to a recipient of a random kind within the last year,
// each registered on the day the person was told, or else on the day itself.
bool addEveryTwelfth(DisclosureRun &run, const QList<qint64> &persons, QString *error)
{
    ServiceError failure;
    for (qsizetype i = 0; i < persons.size(); i += 12) {
        const int which = static_cast<int>(run.random.bounded(4));
        const DisclosureKind &kind = run.kinds.at(which);
        Disclosure disclosure;
        disclosure.date = run.today.addDays(-static_cast<int>(run.random.bounded(360)));
        disclosure.recipientId = run.recipientIds.at(which);
        disclosure.persons = { DisclosurePerson { persons.at(i), {}, {} } };
        disclosure.data = kind.data;
        disclosure.purpose = QString::fromUtf8(kind.purpose);
        disclosure.basis = kind.basis;
        disclosure.basisText = QString::fromUtf8(kind.basisText);
        disclosure.requestedBy = which == 3 ? QStringLiteral("Officier van justitie") : QString();
        disclosure.informed = kind.informed;
        if (kind.informed == InformedStatus::Informed)
            disclosure.informedOn
                = std::min(run.today, disclosure.date.addDays(run.random.bounded(5)));
        if (kind.informed == InformedStatus::Prohibited)
            disclosure.notInformedReason = QStringLiteral(
                "Lopend strafrechtelijk onderzoek: informeren is wettelijk verboden.");
        run.clock.set(moment(std::max(disclosure.date, disclosure.informedOn), run.random));
        if (!run.disclosures.add(disclosure, BsnCheck::Refuse, &failure)) {
            *error = failure.message + u' ' + failure.detail;
            return false;
        }
    }
    return true;
}

// Half the people whose correction or erasure was granted had data with the contractor before
// their request.
bool addEarlierToContractor(DisclosureRun &run, const QList<Art19Candidate> &candidates,
                            QString *error)
{
    ServiceError failure;
    const DisclosureKind &contractor = run.kinds.at(0);
    for (qsizetype i = 0; i < candidates.size(); i += 2) {
        const Art19Candidate &candidate = candidates.at(i);
        Disclosure disclosure;
        disclosure.date
            = candidate.received.addDays(-10 - static_cast<int>(run.random.bounded(200)));
        disclosure.recipientId = run.recipientIds.at(0);
        disclosure.persons = { DisclosurePerson { candidate.personId, {}, {} } };
        disclosure.data = contractor.data;
        disclosure.purpose = QString::fromUtf8(contractor.purpose);
        disclosure.basis = contractor.basis;
        disclosure.informed = contractor.informed;
        disclosure.informedOn = disclosure.date;
        run.clock.set(moment(disclosure.date, run.random));
        if (!run.disclosures.add(disclosure, BsnCheck::Refuse, &failure)) {
            *error = failure.message + u' ' + failure.detail;
            return false;
        }
    }
    return true;
}

// Three in four of the recipients to be told of a change (art. 19) were told some days after
// the answer; the others are still on the checklist.
bool tellOfChanges(DisclosureRun &run, const QList<Art19Candidate> &candidates, QString *error)
{
    ServiceError failure;
    for (const Art19Candidate &candidate : candidates) {
        ServiceError readError;
        const QList<Art19Notification> toTell
            = run.disclosures.art19Notifications(candidate.number, &readError);
        if (readError.isError()) {
            *error = readError.message;
            return false;
        }
        const QDate told = candidate.answered.addDays(run.random.bounded(8));
        QDateTime last = candidate.after;
        for (const Art19Notification &recipient : toTell) {
            if (recipient.done() || run.random.bounded(4) == 0 || told > run.today)
                continue;
            last = std::max(moment(told, run.random), last.addSecs(60));
            run.clock.set(last);
            if (!run.disclosures.markNotified(candidate.number, recipient.recipientId, told,
                                              &failure)) {
                *error = failure.message + u' ' + failure.detail;
                return false;
            }
        }
    }
    return true;
}

// Fictitious recipients and disclosures: a contractor, a bailiff, the municipality under a
// covenant, the police (informing the person prohibited) and a processor whose agreement is
// due for review, so every part of the register has something to show. Each disclosure is
// registered on its own day. Half the people whose correction or erasure was granted had data
// with the contractor before; three in four of those contractors were told of the change some
// days after the answer (art. 19), the others are still on the checklist.
bool addDisclosures(Store &store, quint32 seed, QDate today,
                    const QList<Art19Candidate> &candidates, QString *error)
{
    QRandomGenerator random(seed ^ 0x5eedU);
    FixedClock clock(QDateTime(today, QTime(12, 0), organisationTimeZone()).toUTC());
    // The demo makes its own store and acts on its own timeline: a session per clock it keeps.
    const Session session(store, clock);
    RecipientService recipients(session);
    DisclosureService disclosures(session);
    DisclosureRun run { disclosures, clock, random, today, disclosureKinds(), {} };
    const std::optional<QList<qint64>> recipientIds
        = addRecipients(recipients, run.kinds, today, error);
    if (!recipientIds)
        return false;
    run.recipientIds = *recipientIds;

    ServiceError readFailure;
    const std::optional<QList<qint64>> persons
        = PersonRepository::allIds(store.database(), &readFailure);
    if (!persons) {
        *error = readFailure.detail;
        return false;
    }

    UnitOfWork::Batch batch(session, UnitOfWork::Batch::Units::FailTogether);
    if (!addEveryTwelfth(run, *persons, error) || !addEarlierToContractor(run, candidates, error)
        || !tellOfChanges(run, candidates, error))
        return false;
    if (ServiceError failure; !batch.commit(&failure)) {
        *error = failure.detail; // the transaction's own error text
        return false;
    }
    return true;
}

// A fictitious organisation, so that the demo's letters can be made (they need a name, a postal
// address, a way to reach the organisation, a chosen deadline and a title under the signature);
// what a demo store already has is kept. Its own term is the usual 30 days, extension 30 days.
bool addOrganisation(Store &store, QString *error)
{
    const Session session(store);
    OrganisationSettings organisation(session);
    OrganisationDetails details = organisation.details();
    const auto fill = [](QString &field, const char *value) {
        if (field.trimmed().isEmpty())
            field = QString::fromUtf8(value);
    };
    if (details.street.trimmed().isEmpty() || details.postcode.trimmed().isEmpty()
        || details.city.trimmed().isEmpty()) {
        details.street = QStringLiteral("Voorbeeldplein 1");
        details.postcode = QStringLiteral("9999 ZZ");
        details.city = QStringLiteral("Demostad");
    }
    fill(details.privacyEmail, "privacy@woonstede-demo.invalid");
    fill(details.phone, "0900 123 45 67");
    fill(details.fgName, "F. de Demo");
    fill(details.fgEmail, "fg@woonstede-demo.invalid");
    fill(details.signatureRole, OrganisationDetails::suggestedSignatureRole);
    ServiceError failure;
    if (!organisation.save(details, BsnCheck::Refuse, &failure)
        || (!details.deadlinePolicyChosen
            && !CaseService(session).setPolicy(DeadlinePolicy {}, &failure))) {
        *error = failure.message;
        return false;
    }
    return true;
}

// What the requests of one run share: the service and clock they are written with, the run's
// random sequence (the same seed gives the same store), how many e-mails kept their original,
// and the requests whose recipients are to be told of a change (art. 19).
struct RequestRun
{
    Store &store;
    quint32 seed;
    QDate today;
    QRandomGenerator &random;
    FixedClock &clock;
    CaseService &cases;
    demo::DemoCopies &copies; // what a granted inzage or portability gives before its answer
    int originals = 0;
    QList<Art19Candidate> candidates;
};

// Data subject number personIndex: the same number gives the same person, drawn from a
// sequence of its own.
void describePerson(Person &person, int personIndex, quint32 seed, QDate today)
{
    QRandomGenerator personRandom(seed ^ static_cast<quint32>(personIndex * 7919));
    person.klantnummer = QStringLiteral("K%1").arg(100000 + personIndex);
    person.name = demo::firstName(personRandom) + u' ' + demo::lastName(personRandom);
    person.relation = codes::all<Relation>().at(personRandom.bounded(5));
    person.street = demo::street(personRandom);
    person.houseNumber = QString::number(1 + personRandom.bounded(180));
    person.postcode = QStringLiteral("%1 %2%3")
                          .arg(7000 + personRandom.bounded(999))
                          .arg(QChar(u'A' + personRandom.bounded(26)))
                          .arg(QChar(u'A' + personRandom.bounded(26)));
    person.city = demo::city(personRandom);
    person.phone = QStringLiteral("06-%1").arg(10000000 + personRandom.bounded(89999999));
    person.email = QStringLiteral("demo%1@voorbeeld.invalid").arg(personIndex);
    // Ex-tenants who left in the last two years and house-seekers who de-registered in the last
    // one: the retention rules derive their items from this end date, so the
    // dashboard shows them expiring month by month ahead (contact data after two years,
    // registration data after one, financial records after the fiscal year + 7).
    if (person.relation == Relation::ExHuurder)
        person.relationEnd = today.addDays(-1 - personRandom.bounded(700));
    else if (person.relation == Relation::Woningzoekende)
        person.relationEnd = today.addDays(-1 - personRandom.bounded(350));
}

// Request number i as it arrived, up to 420 days ago: its kinds, channel, day (and moment) of
// receipt, what it asks, the original of one of the first e-mails, its handler. Returns the
// moment it arrived.
QDateTime describeRequest(RequestRun &run, int i, NewCase &request)
{
    constexpr int maxOriginals = 40;
    QRandomGenerator &random = run.random;
    const int age = random.bounded(420);
    const QDate received = run.today.addDays(-age);
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
    const QDateTime arrived = moment(received, random);
    // A letter has a day of receipt, not a time; the other channels know the moment.
    if (request.channel != Channel::Brief)
        request.receivedAt = arrived;
    request.description = demo::description(random);
    // The first e-mails come with their original, so the Documenten tab has some.
    if (request.channel == Channel::Email && run.originals < maxOriginals) {
        ++run.originals;
        request.attachments << demoMail(request, arrived, i);
    }
    // Half the requests are the demo user's own, so that "Mijn verzoeken" shows some.
    const quint32 who = random.bounded(4);
    request.handler = who < 2 ? run.store.userName()
        : who == 2            ? QStringLiteral("a.bakker")
                              : QStringLiteral("m.jansen");
    return arrived;
}

// The decision an answer with that outcome gives: a combined request is decided per kind
// (refused as a whole, or its first kind granted in part and the others in full); a single one
// names a ground that fits the request's kind, with its reasons.
Completion decisionFor(const QList<RequestType> &types, Outcome outcome, bool specific)
{
    Completion completion;
    completion.outcome = outcome;
    QList<RequestType> kinds = types;
    std::sort(kinds.begin(), kinds.end());
    kinds.erase(std::unique(kinds.begin(), kinds.end()), kinds.end());
    if (CaseWorkflow::needsGrounds(outcome) && kinds.size() > 1) {
        for (RequestType type : kinds) {
            TypeDecision part { type, outcome, {}, {}, {} };
            if (outcome == Outcome::DeelsToegewezen && type != kinds.first())
                part.outcome = Outcome::Toegewezen;
            if (CaseWorkflow::needsGrounds(part.outcome)) {
                part.grounds << demo::refusalFor(type, part.outcome, specific);
                part.motivation = demo::motivationFor(part.grounds.first());
            }
            if (CaseWorkflow::needsGranted(part.outcome))
                part.granted = demo::grantedFor(type);
            completion.decisions << part;
        }
    } else if (CaseWorkflow::needsGrounds(outcome)) {
        const RefusalGround ground = demo::refusalFor(types.first(), outcome, specific);
        completion.grounds << ground;
        completion.motivation = demo::motivationFor(ground);
        if (CaseWorkflow::needsGranted(outcome))
            completion.granted = demo::grantedFor(types.first());
    }
    return completion;
}

// One request's steps after its receipt. Each happens on its own day, never after today, and
// later than the step before it: a second step on the same day comes some minutes after the
// first. Every step is valid by construction: a refusal is a bug here, and stops (failed).
class RequestSteps
{
public:
    RequestSteps(RequestRun &run, const QString &number, QDate received, const QDateTime &arrived)
        : day(received)
        , last(arrived)
        , m_run(run)
        , m_number(number)
    { }

    QDate day; // of the last step
    QDateTime last; // the moment of the last step
    bool asked = false; // identification was asked for
    bool failed = false;
    ServiceError failure; // why, when failed

    // Identification asked for and received (six in ten), or received at once through the
    // portal; true when it succeeded.
    bool identify()
    {
        CaseService &cases = m_run.cases;
        if (m_run.random.bounded(10) < 6) {
            asked = step(0, 3) && must(cases.requestIdentification(m_number, day, &failure));
            if (!asked)
                return false;
            const IdMethod method = codes::all<IdMethod>().at(m_run.random.bounded(5));
            const bool succeeded = m_run.random.bounded(20) != 0;
            return step(1, 12)
                && must(cases.receiveIdentification(m_number, day, method, succeeded, &failure))
                && succeeded;
        }
        return step(0, 2)
            && must(cases.receiveIdentification(m_number, day, IdMethod::Portaal, true, &failure));
    }

    // The deadline extended, some days up to a month after the last step (so some too late).
    void extend()
    {
        if (step(5, 30))
            must(m_run.cases.extend(m_number, demo::extensionReason(m_run.random), day,
                                    BsnCheck::Refuse, &failure));
    }

    // Not identified: answered a few days after the identification failed.
    void answerUnidentified()
    {
        if (day > m_run.today || !step(2, 10))
            return;
        Completion completion;
        // Not dealt with only after identification was asked for (art. 12(2)).
        completion.outcome = m_run.random.bounded(3) == 0 || !asked ? Outcome::Ingetrokken
                                                                    : Outcome::NietInBehandeling;
        completion.answered = day;
        completion.answerChannel = codes::code(Channel::Brief);
        must(m_run.cases.complete(m_number, completion, BsnCheck::Refuse, &failure));
    }

    // An office answers nearly everything before the deadline that applies; about one in twenty
    // is late, by a day up to four weeks. Answers due after today are still open (no outcome).
    std::optional<Outcome> answer(const QList<RequestType> &types)
    {
        CaseService &cases = m_run.cases;
        QRandomGenerator &random = m_run.random;
        const std::optional<Case> now = cases.find(m_number, &failure);
        const std::optional<CaseDeadlines> deadlines
            = now ? cases.deadlines(*now, &failure) : std::nullopt;
        must(deadlines.has_value());
        const QDate due = deadlines ? deadlines->current : day;
        const qint64 room = std::max<qint64>(1, day.daysTo(due));
        const QDate answered = random.bounded(100) < 5
            ? std::max(due, day).addDays(1 + random.bounded(28))
            : day.addDays(1 + static_cast<qint64>(random.bounded(static_cast<quint32>(room))));
        if (answered > m_run.today)
            return std::nullopt;
        day = answered;
        advance(day);
        const quint32 result = random.bounded(100);
        const Outcome outcome = result < 68 ? Outcome::Toegewezen
            : result < 84                   ? Outcome::DeelsToegewezen
            : result < 94                   ? Outcome::Afgewezen
                                            : Outcome::Ingetrokken;
        const bool specific = random.bounded(2) != 0;
        Completion completion = decisionFor(types, outcome, specific);
        // Art. 20 gives nothing to a person whose relation the register names no processing on
        // consent or for a contract for: the officer refuses it.
        if (now && CompletionGate::grants(*now, completion, RequestType::Overdraagbaarheid)) {
            const std::optional<bool> portable
                = m_run.copies.portable(now->person.relation, &failure);
            if (!must(portable.has_value()))
                return std::nullopt;
            if (!*portable)
                completion = decisionFor(types, Outcome::Afgewezen, specific);
        }
        completion.answered = day;
        completion.answerChannel = codes::code(random.bounded(2) ? Channel::Email : Channel::Brief);
        // The copy first: an inzage is answered when it is given.
        if (now && !must(m_run.copies.give(*now, completion, &last, &failure)))
            return std::nullopt;
        must(cases.complete(m_number, completion, BsnCheck::Refuse, &failure));
        return completion.outcome;
    }

    void addNote()
    {
        advance(day);
        must(m_run.cases.addNote(
            m_number, QStringLiteral("Telefonisch contact gehad; betrokkene is op de hoogte."),
            BsnCheck::Refuse, &failure));
    }

private:
    RequestRun &m_run;
    QString m_number;

    void advance(QDate on)
    {
        last = std::max(moment(on, m_run.random), last.addSecs(60 + m_run.random.bounded(1800)));
        m_run.clock.set(last);
    }
    // The next step minDays..maxDays after the last; false (no step) when that is after today.
    bool step(int minDays, int maxDays)
    {
        day = day.addDays(minDays + m_run.random.bounded(maxDays - minDays + 1));
        if (day > m_run.today)
            return false;
        advance(day);
        return true;
    }
    bool must(bool ok)
    {
        failed = failed || !ok;
        return ok;
    }
};

// Request number i, from someone new or (one in eight) someone who asked before, registered
// and taken through its steps up to today.
bool addRequest(RequestRun &run, int i, QString *error)
{
    QRandomGenerator &random = run.random;
    const int personIndex = (i > 8 && random.bounded(8) == 0) ? random.bounded(i) : i;
    NewCase request;
    describePerson(request.person, personIndex, run.seed, run.today);
    const QDateTime arrived = describeRequest(run, i, request);
    run.clock.set(arrived);
    ServiceError failure;
    const auto created = run.cases.add(request, BsnCheck::Refuse, &failure);
    if (!created) {
        *error = failure.message + u' ' + failure.detail;
        return false;
    }
    RequestSteps steps(run, created->number, request.receivedDate, arrived);
    const bool identified = steps.identify();
    // Some extensions are told after the first month: the product must flag those.
    if (!steps.failed && identified && random.bounded(8) == 0)
        steps.extend();
    std::optional<Outcome> outcome;
    if (!steps.failed && !identified)
        steps.answerUnidentified();
    else if (!steps.failed && steps.day <= run.today)
        outcome = steps.answer(request.types);
    if (!steps.failed && random.bounded(4) == 0 && steps.day <= run.today)
        steps.addNote();
    const bool changed
        = std::any_of(request.types.cbegin(), request.types.cend(), [](RequestType type) {
              return type == RequestType::Rectificatie || type == RequestType::Verwijdering
                  || type == RequestType::Beperking;
          });
    if (!steps.failed && changed
        && (outcome == Outcome::Toegewezen || outcome == Outcome::DeelsToegewezen))
        run.candidates << Art19Candidate { created->number, created->person.id,
                                           request.receivedDate, steps.day, steps.last };
    if (steps.failed) {
        *error = QStringLiteral("%1: %2 %3")
                     .arg(created->number, steps.failure.message, steps.failure.detail);
        return false;
    }
    return true;
}

} // namespace

bool DemoData::generate(Store &store, const DemoOptions &options,
                        const std::function<bool(int, int)> &progress, QString *error)
{
    if (!store.isDemo()) {
        *error = tr("Fictitious data can only be added to a demo store.");
        return false;
    }
    if (!addOrganisation(store, error))
        return false;
    QRandomGenerator random(options.seed);
    const QDate today = options.today.isValid() ? options.today : systemClock().today();
    FixedClock clock(QDateTime(today, QTime(12, 0), organisationTimeZone()).toUTC());
    // The register first, before the first request: the requests' systems are searched and their
    // portability exported from it.
    FixedClock registered(QDateTime(today.addDays(-421), QTime(8, 0), organisationTimeZone()));
    if (ServiceError failure;
        !ProcessingRegister(Session(store, registered)).seedExample(&failure)) {
        *error = failure.message;
        return false;
    }
    const Session session(store, clock);
    CaseService cases(session);
    // Every answer as the desk gives it: under the completion rule (CompletionGate).
    cases.setCompletionRule(CompletionGate::rule(session));
    demo::DemoCopies copies(session, clock, options.seed);
    RequestRun run { store, options.seed, today, random, clock, cases, copies, 0, {} };
    constexpr int batchSize = 500;

    // The requests, one transaction per batch of units; progress after each.
    int done = 0;
    while (done < options.cases) {
        UnitOfWork::Batch batch(session, UnitOfWork::Batch::Units::FailTogether);
        ServiceError failure;
        if (!batch.begun(&failure)) {
            *error = failure.detail; // the transaction's own error text
            return false;
        }
        const int end = std::min(options.cases, done + batchSize);
        for (int i = done; i < end; ++i)
            if (!addRequest(run, i, error))
                return false;
        if (!batch.commit(&failure)) {
            *error = failure.detail;
            return false;
        }
        done = end;
        if (progress && !progress(done, options.cases))
            break;
    }
    if (!addDisclosures(store, options.seed, today, run.candidates, error))
        return false;
    if (!demo::addBreaches(store, today, error))
        return false;
    return demo::addDpias(store, today, error);
}

} // namespace pd
