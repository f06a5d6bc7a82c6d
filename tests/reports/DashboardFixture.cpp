#include "DashboardFixture.h"

#include "TestSupport.h"
#include "cases/CaseService.h"
#include "registers/Disclosures.h"
#include "registers/Recipients.h"
#include "retention/Retention.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace pd::test {

// The story (every date a day at noon UTC; P<n> is the person of C<n>; deadlines as stored):
//
// Requests (C = case, "eff." = the effective deadline the service stores)
//   C15 recv 2023-01-09 inzage, answered 2023-01-20; its files destroyed 2025-11-15
//   C13 recv 2023-06-01 inzage, answered 2023-06-15       (request files expire 2025-06-15)
//   C14 recv 2023-09-04 inzage, answered 2023-09-20       (expire 2025-09-20; hold from 2025-11-01)
//   C9  recv 2024-11-04 inzage, answered 2024-11-20       (expire 2026-11-20)
//   C7  recv 2025-05-05 klacht; extended 2025-05-20 (in time: legal 2025-06-05);
//       eff. 2025-07-04 (policy 30 + 30 days); answered 2025-07-01: on time, 57 days
//   C11 recv 2025-06-02 inzage; eff. 2025-07-02; answered 2025-06-20: on time, 18 days
//   C8  recv 2025-08-04 inzage; extended 2025-09-10, after the legal 2025-09-04 and the own
//       2025-09-03: late for both, so the deadline stays eff. 2025-09-03 (a notice
//       after the own deadline does not extend it); answered 2025-09-30: late, 57 days
//   C1  recv 2025-10-06 inzage; eff. 2025-11-05; answered 2025-11-03: on time, 28 days
//   C12 recv 2025-10-13 inzage; eff. 2025-11-12; answered 2026-02-02: late, 112 days
//   C2  recv 2025-12-01 rectificatie + verwijdering; identification asked 12-02, received
//       12-05 (3 days' pause): eff. 2025-12-31 + 3 = 2026-01-03; answered 2026-01-08: late,
//       38 days
//   C3  recv 2025-12-08 bezwaar; identification asked 12-09, never received: suspended at
//       eff. 2026-01-07; still open (identificatie)
//   C10 recv 2026-01-05 intrekking; eff. 2026-02-04; ingetrokken 2026-01-06: on time, 1 day
//   C5  recv 2026-02-16 inzage; legal 2026-03-16 (a Monday) before policy 2026-03-18: eff.
//       2026-03-16; open (ontvangen)
//   C4  recv 2026-03-03 inzage; eff. 2026-04-02; open (ontvangen)
//   C6  recv 2026-03-09 overdraagbaarheid; identification received 03-10 without being asked
//       (no pause): eff. 2026-04-08; open (in-behandeling)
//
// Legal holds: P13 from 2025-05-01 to 2025-08-01 (released); P14 from 2025-11-01 (open).
// Retention items, registered 2026-02-09 (rule, trigger → expiry):
//   I1 P1  contactgegevens-huurder 2024-06-30 → 2026-06-30
//   I2 P2  camerabeelden           2026-02-20 → 2026-03-20
//   I3 P3  sollicitanten           2026-01-10 → 2026-02-07
//   I4 P14 inkomensgegevens-toew.  2024-10-01 → 2025-10-01 (P14 on hold)
//   I5 P12 camerabeelden           2026-01-01 → 2026-01-29, destroyed 2026-02-10
//   I6 P10 financiele-gegevens     2019-03-31 → 2026-03-31
//   I7 P11 contactgegevens-huurder 2025-02-28 → 2027-02-28
//   I8 P7  contactgegevens-huurder 2025-03-31 → 2027-03-31
// Recipients: R1 aannemer, R2 gemeente, R3 politie-justitie; processors R4 (review
// 2026-01-01), R5 (no agreement signed), R6 (review 2025-01-01, archived).
// Disclosures (date, recipient, basis, told?, persons):
//   D9 2024-05-02 R6 a told 2024-05-03 (P9)
//   D1 2025-03-10 R1 b told 2025-03-12 (P9)
//   D2 2025-06-15 R2 e to do (P1, P2)
//   D3 2025-11-20 R3 c prohibited (P3)
//   D4 2025-12-01 R1 b told 2026-01-15 (P12)
//   D5 2026-01-20 R1 f told 2026-01-21 (P1)
//   D6 2026-02-03 R2 c to do (P1)
//   D7 2026-03-16 R2 c to do (P3)
//   D8 2026-03-20 R1 a to do (P4): after peildatum A

bool DashboardFixture::build(Store &store, FixedClock &clock, QString *error)
{
    CaseService caseService(Session { store, clock });
    RetentionService retention(Session { store, clock });
    RecipientService recipientService(Session { store, clock });
    DisclosureService disclosureService(Session { store, clock });
    ServiceError failure;
    const auto at = [&clock](QDate day) {
        clock.set(QDateTime(day, QTime(12, 0), Qt::UTC));
    };
    const auto check = [&](bool ok, const QString &step) {
        if (!ok)
            *error = step + u": "_s + failure.message + u' ' + failure.detail;
        return ok;
    };

    const auto add = [&](const QString &name, QDate received, QList<RequestType> types) {
        at(received);
        const QString key = u'P' + name.mid(1);
        NewCase request;
        request.person.name = u"Persoon "_s + name;
        request.person.klantnummer = u"K-"_s + key;
        request.person.relation = Relation::Huurder;
        request.types = types;
        request.channel = Channel::Email;
        request.receivedDate = received;
        const std::optional<Case> c = caseService.add(request, BsnCheck::Refuse, &failure);
        if (!check(c.has_value(), u"add "_s + name))
            return false;
        cases.insert(name, c->number);
        persons.insert(key, c->person.id);
        return true;
    };
    const auto complete = [&](const QString &name, QDate answered,
                              Outcome outcome = Outcome::Toegewezen) {
        at(answered);
        // Most of these requests were never identified: decided as known data subjects.
        const std::optional<Case> c = caseService.find(cases.value(name));
        const QString reason = c && CaseWorkflow::needsIdentificationReason(*c, outcome)
            ? knownDataSubject
            : QString();
        return check(caseService.complete(cases.value(name),
                                          completion(outcome, answered, u"brief"_s, {}, {}, reason),
                                          BsnCheck::Refuse, &failure),
                     u"complete "_s + name);
    };
    const auto extend = [&](const QString &name, QDate notified) {
        at(notified);
        return check(caseService.extend(cases.value(name), u"Veel dossiers"_s, notified,
                                        BsnCheck::Refuse, &failure),
                     u"extend "_s + name);
    };
    const auto askId = [&](const QString &name, QDate day) {
        at(day);
        return check(caseService.requestIdentification(cases.value(name), day, &failure),
                     u"identification asked "_s + name);
    };
    const auto receiveId = [&](const QString &name, QDate day) {
        at(day);
        return check(caseService.receiveIdentification(cases.value(name), day, IdMethod::Balie,
                                                       true, &failure),
                     u"identification received "_s + name);
    };
    const auto hold = [&](const QString &person, QDate day) {
        at(day);
        return check(retention.placeHold(persons.value(person), u"Klacht bij de AP"_s,
                                         BsnCheck::Refuse, &failure),
                     u"hold "_s + person);
    };
    const auto release = [&](const QString &person, QDate day) {
        at(day);
        return check(retention.releaseHold(persons.value(person), &failure),
                     u"release "_s + person);
    };

    // The story was worked out with the own deadline unmoved (the organisation says so, the
    // default moves it): C2's own 30 days end on Saturday 3 January 2026.
    DeadlinePolicy unmoved;
    unmoved.moveToWorkingDay = false;
    at({ 2023, 1, 9 });
    if (!check(caseService.setPolicy(unmoved, &failure), u"policy"_s))
        return false;
    using T = RequestType;
    bool ok = add(u"C15"_s, { 2023, 1, 9 }, { T::Inzage }) && complete(u"C15"_s, { 2023, 1, 20 })
        && add(u"C13"_s, { 2023, 6, 1 }, { T::Inzage }) && complete(u"C13"_s, { 2023, 6, 15 })
        && add(u"C14"_s, { 2023, 9, 4 }, { T::Inzage }) && complete(u"C14"_s, { 2023, 9, 20 })
        && add(u"C9"_s, { 2024, 11, 4 }, { T::Inzage }) && complete(u"C9"_s, { 2024, 11, 20 })
        && hold(u"P13"_s, { 2025, 5, 1 }) && add(u"C7"_s, { 2025, 5, 5 }, { T::Klacht })
        && extend(u"C7"_s, { 2025, 5, 20 }) && add(u"C11"_s, { 2025, 6, 2 }, { T::Inzage })
        && complete(u"C11"_s, { 2025, 6, 20 }) && complete(u"C7"_s, { 2025, 7, 1 })
        && release(u"P13"_s, { 2025, 8, 1 }) && add(u"C8"_s, { 2025, 8, 4 }, { T::Inzage })
        && extend(u"C8"_s, { 2025, 9, 10 }) && complete(u"C8"_s, { 2025, 9, 30 })
        && add(u"C1"_s, { 2025, 10, 6 }, { T::Inzage })
        && add(u"C12"_s, { 2025, 10, 13 }, { T::Inzage }) && hold(u"P14"_s, { 2025, 11, 1 })
        && complete(u"C1"_s, { 2025, 11, 3 });
    if (!ok)
        return false;

    at({ 2025, 11, 15 });
    if (!check(
            retention
                .destroyRequestFiles(persons.value(u"P15"_s), QString(), BsnCheck::Refuse, &failure)
                .has_value(),
            u"destroy P15"_s))
        return false;

    ok = add(u"C2"_s, { 2025, 12, 1 }, { T::Rectificatie, T::Verwijdering })
        && askId(u"C2"_s, { 2025, 12, 2 }) && receiveId(u"C2"_s, { 2025, 12, 5 })
        && add(u"C3"_s, { 2025, 12, 8 }, { T::Bezwaar }) && askId(u"C3"_s, { 2025, 12, 9 })
        && add(u"C10"_s, { 2026, 1, 5 }, { T::Intrekking })
        && complete(u"C10"_s, { 2026, 1, 6 }, Outcome::Ingetrokken)
        && complete(u"C2"_s, { 2026, 1, 8 }) && complete(u"C12"_s, { 2026, 2, 2 });
    if (!ok)
        return false;

    at({ 2026, 2, 9 });
    struct Item
    {
        QString person;
        QString rule;
        QDate trigger;
    };
    const QList<Item> items {
        { u"P1"_s, u"contactgegevens-huurder"_s, { 2024, 6, 30 } },
        { u"P2"_s, u"camerabeelden"_s, { 2026, 2, 20 } },
        { u"P3"_s, u"sollicitanten"_s, { 2026, 1, 10 } },
        { u"P14"_s, u"inkomensgegevens-toewijzing"_s, { 2024, 10, 1 } },
        { u"P12"_s, u"camerabeelden"_s, { 2026, 1, 1 } },
        { u"P10"_s, u"financiele-gegevens"_s, { 2019, 3, 31 } },
        { u"P11"_s, u"contactgegevens-huurder"_s, { 2025, 2, 28 } },
        { u"P7"_s, u"contactgegevens-huurder"_s, { 2025, 3, 31 } },
    };
    qint64 destroyLater = 0;
    for (const Item &item : items) {
        const auto set
            = retention.setItem(persons.value(item.person), item.rule, item.trigger, &failure);
        if (!check(set.has_value(), u"item "_s + item.person + u' ' + item.rule))
            return false;
        if (item.person == u"P12"_s)
            destroyLater = set->id;
    }
    at({ 2026, 2, 10 });
    if (!check(retention.recordItemDestroyed(destroyLater, u"Beelden overschreven"_s,
                                             BsnCheck::Refuse, &failure),
               u"destroy I5"_s))
        return false;

    ok = add(u"C5"_s, { 2026, 2, 16 }, { T::Inzage }) && add(u"C4"_s, { 2026, 3, 3 }, { T::Inzage })
        && add(u"C6"_s, { 2026, 3, 9 }, { T::Overdraagbaarheid })
        && receiveId(u"C6"_s, { 2026, 3, 10 });
    if (!ok)
        return false;

    // The registers, recorded on the last day of the story.
    at({ 2026, 3, 20 });
    const auto recipient = [&](const QString &key, const QString &name, RecipientCategory category,
                               RecipientRole role, QDate signedOn, QDate reviewOn) {
        Recipient r;
        r.name = name;
        r.category = category;
        r.role = role;
        r.agreement.signedOn = signedOn;
        r.agreement.reviewOn = reviewOn;
        const auto added = recipientService.add(r, BsnCheck::Refuse, &failure);
        if (!check(added.has_value(), u"recipient "_s + key))
            return false;
        recipients.insert(key, added->id);
        return true;
    };
    using C = RecipientCategory;
    ok = recipient(u"R1"_s, u"Aannemer Bouwmeester"_s, C::Aannemer, RecipientRole::Ontvanger, {},
                   {})
        && recipient(u"R2"_s, u"Gemeente Utrecht"_s, C::Gemeente, RecipientRole::Ontvanger, {}, {})
        && recipient(u"R3"_s, u"Politie Midden-Nederland"_s, C::PolitieJustitie,
                     RecipientRole::Ontvanger, {}, {})
        && recipient(u"R4"_s, u"Hosting Noord"_s, C::Verwerker, RecipientRole::Verwerker,
                     { 2024, 1, 1 }, { 2026, 1, 1 })
        && recipient(u"R5"_s, u"Back-up Diensten"_s, C::Verwerker, RecipientRole::Verwerker, {}, {})
        && recipient(u"R6"_s, u"Oude Verwerker"_s, C::Verwerker, RecipientRole::Verwerker,
                     { 2023, 1, 1 }, { 2025, 1, 1 });
    if (!ok)
        return false;

    const auto disclose
        = [&](const QString &name, QDate date, const QString &recipientKey, LegalBasis basis,
              InformedStatus informed, QDate informedOn, const QStringList &personKeys) {
              Disclosure d;
              d.date = date;
              d.recipientId = recipients.value(recipientKey);
              for (const QString &key : personKeys)
                  d.persons.append({ persons.value(key), {}, {} });
              d.data = { DataCategory::Naw };
              d.purpose = u"Uitvoering"_s;
              d.basis = basis;
              d.basisText = u"Convenant"_s;
              d.informed = informed;
              d.informedOn = informedOn;
              if (informed == InformedStatus::Prohibited)
                  d.notInformedReason = u"Strafrechtelijk onderzoek"_s;
              return check(disclosureService.add(d, BsnCheck::Refuse, &failure).has_value(),
                           u"disclosure "_s + name);
          };
    using B = LegalBasis;
    using I = InformedStatus;
    ok = disclose(u"D9"_s, { 2024, 5, 2 }, u"R6"_s, B::Consent, I::Informed, { 2024, 5, 3 },
                  { u"P9"_s })
        && disclose(u"D1"_s, { 2025, 3, 10 }, u"R1"_s, B::Contract, I::Informed, { 2025, 3, 12 },
                    { u"P9"_s })
        && disclose(u"D2"_s, { 2025, 6, 15 }, u"R2"_s, B::PublicTask, I::Pending, {},
                    { u"P1"_s, u"P2"_s })
        && disclose(u"D3"_s, { 2025, 11, 20 }, u"R3"_s, B::LegalObligation, I::Prohibited, {},
                    { u"P3"_s })
        && disclose(u"D4"_s, { 2025, 12, 1 }, u"R1"_s, B::Contract, I::Informed, { 2026, 1, 15 },
                    { u"P12"_s })
        && disclose(u"D5"_s, { 2026, 1, 20 }, u"R1"_s, B::LegitimateInterest, I::Informed,
                    { 2026, 1, 21 }, { u"P1"_s })
        && disclose(u"D6"_s, { 2026, 2, 3 }, u"R2"_s, B::LegalObligation, I::Pending, {},
                    { u"P1"_s })
        && disclose(u"D7"_s, { 2026, 3, 16 }, u"R2"_s, B::LegalObligation, I::Pending, {},
                    { u"P3"_s })
        && disclose(u"D8"_s, { 2026, 3, 20 }, u"R1"_s, B::Consent, I::Pending, {}, { u"P4"_s });
    if (!ok)
        return false;
    // R6 received data, so removing it archives it.
    if (!check(recipientService.remove(recipients.value(u"R6"_s), &failure), u"archive R6"_s))
        return false;

    at(peildatumA);
    return true;
}

} // namespace pd::test
