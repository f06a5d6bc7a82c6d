// EventText: the Tijdlijn's sentences, one known answer per audit action, in English (the
// source text) and in Dutch. The Dutch rows run once the Dutch for pd::EventText is in the
// embedded translation; until then they are skipped with a message (the Codes labels inside
// them are already Dutch). The last tests feed the events CaseService and BreachService really
// write, so a renamed payload key shows up here as a "—" in a sentence.

#include "TestSupport.h"
#include "breaches/BreachService.h"
#include "cases/Case.h"
#include "cases/CaseService.h"
#include "documents/EventText.h"
#include "session/Session.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUuid>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace pd;

namespace {

AuditEvent makeEvent(const QString &action, const QString &payloadJson, bool destroyed)
{
    AuditEvent e;
    e.seq = 1;
    e.occurredAt = QDateTime(QDate(2026, 3, 12), QTime(13, 5), Qt::UTC);
    e.actor = u"J. de Vries"_s;
    e.entityType = u"case"_s;
    e.entityId = u"AVG-2026-0001"_s;
    e.action = action;
    e.payload = QJsonDocument::fromJson(payloadJson.toUtf8()).object();
    e.payloadDestroyed = destroyed;
    return e;
}

// The history an event is shown in: when its details are gone, a later destruction recorded by
// the server, as a dossier of a destroyed request has it.
QList<AuditEvent> historyOf(const AuditEvent &event)
{
    if (!event.payloadDestroyed)
        return { event };
    AuditEvent destruction = makeEvent(u"audit.payloads_destroyed"_s, u"{\"events\": 1}"_s, false);
    destruction.seq = event.seq + 1;
    return { event, destruction };
}

// PRIVACYDESK_TEST_QM=file.qm: Dutch not yet merged into the tree, to check it before the merge.
void useUnmergedDutch(bool use)
{
    static QTranslator extra;
    const QString qm = qEnvironmentVariable("PRIVACYDESK_TEST_QM");
    if (!use)
        QCoreApplication::removeTranslator(&extra);
    else if (!qm.isEmpty() && (!extra.isEmpty() || extra.load(qm)))
        QCoreApplication::installTranslator(&extra);
}

// The sentences of the decisions (reasons, direct marketing, the grounds with their letter).
bool issue14DutchMerged()
{
    const char *probe = "%1; reasons: %2";
    return QCoreApplication::translate("pd::EventText", probe) != QLatin1StringView(probe);
}

// The sentences of the data-breach register's events.
bool breachDutchMerged()
{
    const char *probe = "Data breach reported by %1: %2 (discovered on %3)";
    return QCoreApplication::translate("pd::EventText", probe) != QLatin1StringView(probe);
}

bool dutchMerged()
{
    const char *probe = "Deadline extended by %1: %2 (data subject told on %3; new deadline %4)";
    return QCoreApplication::translate("pd::EventText", probe) != QLatin1StringView(probe);
}

} // namespace

class TestEventText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void english_data() { rows(); }
    void english();
    void dutch_data() { rows(); }
    void dutch();
    void when();
    void titles();
    void serviceEvents();
    void breachServiceEvents();
    void plurals();
    void detailsGoneWithoutARecordedDestruction();

private:
    void rows();
};

void TestEventText::initTestCase()
{
    // A fixed zone, so that 13:05 UTC reads 14:05 in March in both languages.
    qputenv("TZ", "Europe/Amsterdam");
    tzset();
}

void TestEventText::rows()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("payload");
    QTest::addColumn<bool>("destroyed");
    QTest::addColumn<QString>("english"); // empty: depends on English plural forms, see dutch
    QTest::addColumn<QString>("dutch");

    QTest::newRow("created")
        << u"case.created"_s
        << uR"({"person_id":"7","types":["inzage","verwijdering"],"channel":"telefoon",
               "received":"2026-03-02","representative":"","description":"Wil inzage",
               "deadline":"2026-04-01"})"_s
        << false
        << u"Request registered by J. de Vries: Access (art. 15), Erasure (art. 17), received on "
           u"02/03/2026 (Telephone); deadline 01/04/2026"_s
        << u"Verzoek geregistreerd door J. de Vries: Inzage (art. 15), Verwijdering (art. 17), "
           u"ontvangen op 02-03-2026 (Telefoon); uiterste datum 01-04-2026"_s;
    QTest::newRow("identification requested")
        << u"case.identification_requested"_s << uR"({"requested":[null,"2026-03-03"]})"_s << false
        << u"Identification requested by J. de Vries on 03/03/2026"_s
        << u"Identificatie opgevraagd door J. de Vries op 03-03-2026"_s;
    QTest::newRow("identification request date changed")
        << u"case.identification_requested"_s << uR"({"requested":["2026-03-03","2026-03-04"]})"_s
        << false
        << u"Identification request date changed by J. de Vries from 03/03/2026 to 04/03/2026"_s
        << u"Datum van het identificatieverzoek gewijzigd door J. de Vries van 03-03-2026 naar "
           u"04-03-2026"_s;
    QTest::newRow("identification succeeded")
        << u"case.identification_received"_s
        << uR"({"received":"2026-03-05","method":"balie","result":"geslaagd",
               "verified_by":"J. de Vries"})"_s
        << false
        << u"Identification checked by J. de Vries on 05/03/2026: succeeded (ID shown at the front "
           u"desk)"_s
        << u"Identificatie gecontroleerd door J. de Vries op 05-03-2026: geslaagd "
           u"(Identiteitsbewijs getoond aan de balie)"_s;
    QTest::newRow("identification failed")
        << u"case.identification_received"_s
        << uR"({"received":"2026-03-05","method":"portaal","result":"mislukt",
               "verified_by":"J. de Vries"})"_s
        << false
        << u"Identification checked by J. de Vries on 05/03/2026: failed (Logged in to the tenant "
           u"portal)"_s
        << u"Identificatie gecontroleerd door J. de Vries op 05-03-2026: mislukt (Ingelogd op het "
           u"huurdersportaal)"_s;
    QTest::newRow("extended")
        << u"case.extended"_s
        << uR"({"reason":"complex verzoek","notified":"2026-03-20","legally_late":false,
               "deadline":"2026-06-02"})"_s
        << false
        << u"Deadline extended by J. de Vries: complex verzoek (data subject told on 20/03/2026; "
           u"new deadline 02/06/2026)"_s
        << u"Termijn verlengd door J. de Vries: complex verzoek (betrokkene geïnformeerd op "
           u"20-03-2026; nieuwe uiterste datum 02-06-2026)"_s;
    QTest::newRow("extended, notice too late")
        << u"case.extended"_s
        << uR"({"reason":"complex verzoek","notified":"2026-04-10","legally_late":true,
               "deadline":"2026-04-02"})"_s
        << false
        << u"Deadline extended by J. de Vries: complex verzoek (data subject told on 10/04/2026, "
           u"after the first month, so the legal deadline is not extended; deadline 02/04/2026)"_s
        << u"Termijn verlengd door J. de Vries: complex verzoek (betrokkene pas op 10-04-2026 "
           u"geïnformeerd, na de eerste maand, dus de wettelijke termijn is niet verlengd; "
           u"uiterste datum 02-04-2026)"_s;
    // Told after the own deadline, within the legal month.
    QTest::newRow("extended after the own deadline")
        << u"case.extended"_s
        << uR"({"reason":"complex verzoek","notified":"2026-04-02","legally_late":false,
               "after_own_deadline":true,"deadline":"2026-04-01"})"_s
        << false
        << u"Deadline extended by J. de Vries: complex verzoek (data subject told on 02/04/2026, "
           u"after the own deadline, which was not met; deadline 01/04/2026)"_s
        << u"Termijn verlengd door J. de Vries: complex verzoek (betrokkene geïnformeerd op "
           u"02-04-2026, na de eigen termijn: die is niet gehaald; uiterste datum 01-04-2026)"_s;
    QTest::newRow("transmitted to another controller")
        << u"case.transmitted"_s
        << uR"({"to":"Woonstichting Nieuw Thuis","address":"privacy@nieuwthuis.example",
               "files":[{"format":"csv","file":"personen.csv","sha256":"ABCDEF0123456789"},
                        {"format":"json","sha256":"00112233"}]})"_s
        << false
        << u"Data export for Woonstichting Nieuw Thuis (privacy@nieuwthuis.example) made by J. de "
           u"Vries: CSV personen.csv (SHA-256 abcd:ef01:2345:6789); JSON (SHA-256 0011:2233)"_s
        << u"Gegevensexport voor Woonstichting Nieuw Thuis (privacy@nieuwthuis.example) gemaakt "
           u"door J. de Vries: CSV personen.csv (SHA-256 abcd:ef01:2345:6789); JSON (SHA-256 "
           u"0011:2233)"_s;
    QTest::newRow("completed, granted")
        << u"case.completed"_s
        << uR"({"outcome":"toegewezen","grounds":[],"answered_on":"2026-03-25",
               "answer_channel":"E-mail"})"_s
        << false
        << u"Request completed by J. de Vries: Granted; answer sent on 25/03/2026 (E-mail)"_s
        << u"Verzoek afgerond door J. de Vries: Toegewezen; antwoord verstuurd op 25-03-2026 "
           u"(E-mail)"_s;
    QTest::newRow("completed, refused with grounds")
        << u"case.completed"_s << uR"({"outcome":"afgewezen","grounds":["art-12-5","art-15-4"],
               "answered_on":"2026-03-25","answer_channel":""})"_s
        << false
        << u"Request completed by J. de Vries: Refused; answer sent on 25/03/2026; grounds: "
           u"Art. 12(5) GDPR, Art. 15(4) GDPR"_s
        << u"Verzoek afgerond door J. de Vries: Afgewezen; antwoord verstuurd op 25-03-2026; "
           u"gronden: Art. 12 lid 5 AVG, Art. 15 lid 4 AVG"_s;
    QTest::newRow("completed, refused with reasons and without identification")
        << u"case.completed"_s << uR"({"outcome":"deels-toegewezen","grounds":["art-17-3-b"],
               "answered_on":"2026-03-25","answer_channel":"brief",
               "motivation":"Huurbetalingen  vallen\nonder de fiscale bewaarplicht",
               "no_identification_reason":"Bekende betrokkene, teruggebeld"})"_s
        << false
        << u"Request completed by J. de Vries: Partly granted; answer sent on 25/03/2026 (Letter); "
           u"grounds: Art. 17(3)(b) GDPR; reasons: Huurbetalingen vallen onder de fiscale "
           u"bewaarplicht; decided without a recorded identification: Bekende betrokkene, "
           u"teruggebeld"_s
        << u"Verzoek afgerond door J. de Vries: Deels toegewezen; antwoord verstuurd op "
           u"25-03-2026 (Brief); gronden: Art. 17 lid 3 sub b AVG; motivering: Huurbetalingen "
           u"vallen onder de fiscale bewaarplicht; beslist zonder vastgelegde identificatie: "
           u"Bekende betrokkene, teruggebeld"_s;
    QTest::newRow("completed, objection to direct marketing")
        << u"case.completed"_s
        << uR"({"outcome":"toegewezen","grounds":[],"answered_on":"2026-03-25",
               "answer_channel":"","direct_marketing":true})"_s
        << false
        << u"Request completed by J. de Vries: Granted; answer sent on 25/03/2026; the objection "
           u"is against direct marketing"_s
        << u"Verzoek afgerond door J. de Vries: Toegewezen; antwoord verstuurd op 25-03-2026; het "
           u"bezwaar richt zich tegen direct marketing"_s;
    QTest::newRow("completed by a first release, a ground without its letter")
        << u"case.completed"_s
        << uR"({"outcome":"afgewezen","grounds":["art-17-3"],"answered_on":"2026-03-25",
               "answer_channel":""})"_s
        << false
        << u"Request completed by J. de Vries: Refused; answer sent on 25/03/2026; grounds: "
           u"Art. 17(3) GDPR (letter not recorded)"_s
        << u"Verzoek afgerond door J. de Vries: Afgewezen; antwoord verstuurd op 25-03-2026; "
           u"gronden: Art. 17 lid 3 AVG (letter niet vastgelegd)"_s;
    QTest::newRow("reopened")
        << u"case.reopened"_s
        << uR"({"reason":"nieuwe informatie","previous_outcome":"afgewezen"})"_s << false
        << u"Request reopened by J. de Vries: nieuwe informatie (previous outcome: Refused)"_s
        << u"Verzoek heropend door J. de Vries: nieuwe informatie (eerdere uitkomst: Afgewezen)"_s;
    QTest::newRow("reopened, no outcome")
        << u"case.reopened"_s << uR"({"reason":"nieuwe informatie","previous_outcome":""})"_s
        << false << u"Request reopened by J. de Vries: nieuwe informatie"_s
        << u"Verzoek heropend door J. de Vries: nieuwe informatie"_s;
    QTest::newRow("handler assigned")
        << u"case.assigned"_s << uR"({"handler":["j.devries","p.bakker"]})"_s << false
        << u"Handler assigned by J. de Vries: p.bakker (was j.devries)"_s
        << u"Behandelaar toegewezen door J. de Vries: p.bakker (was j.devries)"_s;
    QTest::newRow("handler assigned, none before")
        << u"case.assigned"_s << uR"({"handler":["","p.bakker"]})"_s << false
        << u"Handler assigned by J. de Vries: p.bakker (was nobody)"_s
        << u"Behandelaar toegewezen door J. de Vries: p.bakker (was niemand)"_s;
    QTest::newRow("note, several lines")
        << u"case.note_added"_s << uR"({"text":"Gebeld met huurder.\n  Stuurt kopie."})"_s << false
        << u"Note by J. de Vries: Gebeld met huurder. Stuurt kopie."_s
        << u"Notitie van J. de Vries: Gebeld met huurder. Stuurt kopie."_s;
    // Seed 003: the dossier's chronology said "Gebeurtenis ‘case.system_searched’".
    QTest::newRow("system searched, with a note")
        << u"case.system_searched"_s
        << uR"({"system":"Overlastdossiers","result":"gevonden","note":"Dossier overlast 2025"})"_s
        << false
        << u"System “Overlastdossiers” searched by J. de Vries: Data found (to be sent "
           u"separately) (Dossier overlast 2025)"_s
        << u"Systeem ‘Overlastdossiers’ doorzocht door J. de Vries: Gegevens gevonden (apart te "
           u"versturen) (Dossier overlast 2025)"_s;
    // The day the data found were sent separately.
    QTest::newRow("system's data sent separately")
        << u"case.system_searched"_s
        << uR"({"system":"ERP","result":"apart-verstrekt","sent_on":"2026-10-20"})"_s << false
        << u"System “ERP” searched by J. de Vries: Data provided separately, sent on 20/10/2026"_s
        << u"Systeem ‘ERP’ doorzocht door J. de Vries: Gegevens apart verstrekt, verstuurd op "
           u"20-10-2026"_s;
    QTest::newRow("system searched, nothing found")
        << u"case.system_searched"_s << uR"({"system":"ERP","result":"niets-gevonden"})"_s << false
        << u"System “ERP” searched by J. de Vries: Nothing found"_s
        << u"Systeem ‘ERP’ doorzocht door J. de Vries: Niets gevonden"_s;
    QTest::newRow("bsn override")
        << u"bsn.override"_s << uR"({"findings":[{"field":"Notitie","masked":"*****1234"}]})"_s
        << false
        << u"J. de Vries confirmed that this is not a citizen service number (BSN): *****1234 in "
           u"Notitie"_s
        << u"J. de Vries bevestigde dat dit geen burgerservicenummer (BSN) is: *****1234 in "
           u"Notitie"_s;
    QTest::newRow("person created")
        << u"person.created"_s
        << uR"({"name":"Anne-Marie van der Heijden-Çelik","klantnummer":"K-204518",
               "relation":"huurder"})"_s
        << false
        << u"Data subject registered by J. de Vries: Anne-Marie van der Heijden-Çelik, customer "
           u"number K-204518 (Tenant)"_s
        << u"Betrokkene geregistreerd door J. de Vries: Anne-Marie van der Heijden-Çelik, "
           u"klantnummer K-204518 (Huurder)"_s;
    QTest::newRow("person created, no customer number")
        << u"person.created"_s << uR"({"name":"P. Jansen","klantnummer":"","relation":"overig"})"_s
        << false << u"Data subject registered by J. de Vries: P. Jansen (Other)"_s
        << u"Betrokkene geregistreerd door J. de Vries: P. Jansen (Overig)"_s;
    QTest::newRow("deadline policy")
        << u"settings.deadline_policy"_s
        << uR"({"deadline.base":"4 weeks","deadline.extension":"1 months"})"_s << false << QString()
        << u"Termijnbeleid gewijzigd door J. de Vries: 4 weken, verlenging 1 maand"_s;
    QTest::newRow("destroyed payload")
        << u"case.extended"_s << u"{}"_s << true
        << u"Deadline extended by J. de Vries (details destroyed under the retention rule)"_s
        << u"Termijn verlengd door J. de Vries (details vernietigd volgens de bewaartermijn)"_s;
    QTest::newRow("unknown action") << u"case.reassigned"_s << uR"({"to":"p.bakker"})"_s << false
                                    << u"Event “case.reassigned” by J. de Vries"_s
                                    << u"Gebeurtenis ‘case.reassigned’ door J. de Vries"_s;
    QTest::newRow("unknown action, destroyed")
        << u"register.changed"_s << u"{}"_s << true
        << u"Event “register.changed” by J. de Vries (details destroyed under the retention rule)"_s
        << u"Gebeurtenis ‘register.changed’ door J. de Vries (details vernietigd volgens de "
           u"bewaartermijn)"_s;
    // The data-breach register; moments are stored in UTC and shown in local time.
    QTest::newRow("breach added")
        << u"breach.added"_s
        << uR"({"title":"Brief naar verkeerd adres","discovered_at":"2026-03-27T15:00:00Z",
               "natures":["vertrouwelijkheid"],"data":["naw"]})"_s
        << false
        << u"Data breach reported by J. de Vries: Brief naar verkeerd adres (discovered on "
           u"27/03/2026 16:00)"_s
        << u"Datalek geregistreerd door J. de Vries: Brief naar verkeerd adres (ontdekt op "
           u"27-03-2026 16:00)"_s;
    QTest::newRow("breach updated")
        << u"breach.updated"_s << uR"({"title":"Brief naar verkeerd adres"})"_s << false
        << u"Data breach changed by J. de Vries: Brief naar verkeerd adres"_s
        << u"Datalek gewijzigd door J. de Vries: Brief naar verkeerd adres"_s;
    QTest::newRow("breach assessed")
        << u"breach.assessed"_s
        << uR"({"risk":"hoog-risico","reasoning":"Gezondheidsgegevens","criteria":[],
               "notify_ap":true,"inform_subjects":true})"_s
        << false << u"Risk assessed by J. de Vries: High risk; Gezondheidsgegevens"_s
        << u"Risico beoordeeld door J. de Vries: Hoog risico; Gezondheidsgegevens"_s;
    // When it was decided, not when it was typed in.
    QTest::newRow("breach assessed, decided earlier")
        << u"breach.assessed"_s
        << uR"({"risk":"risico","reasoning":"Eén adres","criteria":[],"notify_ap":true,
               "inform_subjects":false,"at":"2026-03-28T08:15:00Z"})"_s
        << false << u"Risk assessed by J. de Vries: Risk; Eén adres (decided on 28/03/2026 09:15)"_s
        << u"Risico beoordeeld door J. de Vries: Risico; Eén adres (besloten op 28-03-2026 09:15)"_s;
    QTest::newRow("breach decision, decided earlier")
        << u"breach.ap-decided"_s << uR"({"decision":true,"at":"2026-03-28T08:15:00Z"})"_s << false
        << u"J. de Vries decided to notify the AP of the data breach (decided on 28/03/2026 09:15)"_s
        << u"J. de Vries besloot het datalek te melden aan de AP (besloten op 28-03-2026 09:15)"_s;
    QTest::newRow("breach not notified, with reasons")
        << u"breach.ap-decided"_s << uR"({"decision":false,"reason":"Versleutelde laptop"})"_s
        << false
        << u"J. de Vries decided not to notify the AP of the data breach; reasons: Versleutelde "
           u"laptop"_s
        << u"J. de Vries besloot het datalek niet te melden aan de AP; motivering: Versleutelde "
           u"laptop"_s;
    QTest::newRow("breach notified by decision")
        << u"breach.ap-decided"_s << uR"({"decision":true})"_s << false
        << u"J. de Vries decided to notify the AP of the data breach"_s
        << u"J. de Vries besloot het datalek te melden aan de AP"_s;
    QTest::newRow("breach people to be informed")
        << u"breach.subjects-decided"_s << uR"({"decision":true})"_s << false
        << u"J. de Vries decided to inform the people concerned"_s
        << u"J. de Vries besloot de betrokkenen te informeren"_s;
    QTest::newRow("breach people not to be informed")
        << u"breach.subjects-decided"_s << uR"({"decision":false})"_s << false
        << u"J. de Vries decided not to inform the people concerned"_s
        << u"J. de Vries besloot de betrokkenen niet te informeren"_s;
    QTest::newRow("breach notified in time")
        << u"breach.ap-notified"_s
        << uR"({"at":"2026-03-30T09:00:00Z","reference":"M-2026-0417","late":false})"_s << false
        << u"Notified to the AP by J. de Vries on 30/03/2026 11:00, reference number "
           u"M-2026-0417"_s
        << u"Gemeld bij de AP door J. de Vries op 30-03-2026 11:00, meldnummer M-2026-0417"_s;
    QTest::newRow("breach notified late")
        << u"breach.ap-notified"_s
        << uR"({"at":"2026-03-31T08:00:00Z","reference":"M-2026-0417","late":true,
               "late_reason":"Pas na het weekend gemeld"})"_s
        << false
        << u"Notified to the AP by J. de Vries on 31/03/2026 10:00, reference number "
           u"M-2026-0417; after the 72 hours: Pas na het weekend gemeld"_s
        << u"Gemeld bij de AP door J. de Vries op 31-03-2026 10:00, meldnummer M-2026-0417; na "
           u"de 72 uur: Pas na het weekend gemeld"_s;
    QTest::newRow("breach follow-up")
        << u"breach.follow-up"_s
        << uR"({"kind":"aanvullen","at":"2026-04-01T08:00:00Z","reference":"M-2026-0417",
               "text":"Ook de buren kregen een brief"})"_s
        << false
        << u"Supplement to the notification sent to the AP by J. de Vries on 01/04/2026 10:00, "
           u"reference number M-2026-0417: Ook de buren kregen een brief"_s
        << u"Aanvulling op de melding op 01-04-2026 10:00 door J. de Vries aan de AP verstuurd, "
           u"meldnummer M-2026-0417: Ook de buren kregen een brief"_s;
    QTest::newRow("breach people informed")
        << u"breach.subjects-notified"_s
        << uR"({"on":"2026-04-02","how":"Brief aan alle huurders","public_notice":false,
               "count":12})"_s
        << false
        << u"J. de Vries recorded that the people concerned were informed on 02/04/2026: Brief "
           u"aan alle huurders"_s
        << u"J. de Vries legde vast dat de betrokkenen op 02-04-2026 zijn geïnformeerd: Brief aan "
           u"alle huurders"_s;
    QTest::newRow("breach public notice")
        << u"breach.subjects-notified"_s
        << uR"({"on":"2026-04-02","how":"Bericht in de hal","public_notice":true,
               "reason":"Adressen onbekend"})"_s
        << false
        << u"J. de Vries recorded a public notice on 02/04/2026: Bericht in de hal; why: Adressen "
           u"onbekend"_s
        << u"J. de Vries legde een openbare mededeling vast op 02-04-2026: Bericht in de hal; "
           u"waarom: Adressen onbekend"_s;
    QTest::newRow("breach person informed")
        << u"breach.person-informed"_s << uR"({"person_id":7,"on":"2026-04-02"})"_s << false
        << u"J. de Vries recorded that a person concerned was informed on 02/04/2026"_s
        << u"J. de Vries legde vast dat een betrokkene op 02-04-2026 is geïnformeerd"_s;
    QTest::newRow("breach persons linked")
        << u"breach.persons-linked"_s << uR"({"added":[7,8],"removed":[3]})"_s << false
        << u"Persons concerned changed by J. de Vries: 2 linked, 1 unlinked"_s
        << u"Gekoppelde betrokkenen gewijzigd door J. de Vries: 2 gekoppeld, 1 ontkoppeld"_s;
    QTest::newRow("breach closed")
        << u"breach.closed"_s << u"{}"_s << false << u"Data breach closed by J. de Vries"_s
        << u"Datalek afgesloten door J. de Vries"_s;
    QTest::newRow("breach reopened")
        << u"breach.reopened"_s << u"{}"_s << false << u"Data breach reopened by J. de Vries"_s
        << u"Datalek heropend door J. de Vries"_s;
    QTest::newRow("breach letter")
        << u"breach.letter"_s
        << uR"({"kind":"kennisgeving-datalek","person_id":7,"sha256":"ab12cd34ef","letter":1})"_s
        << false
        << u"Letter “Notice of a data breach to the person concerned” generated by J. de Vries "
           u"(SHA-256 ab12:cd34…)"_s
        << u"Brief ‘Kennisgeving datalek aan de betrokkene’ gemaakt door J. de Vries (SHA-256 "
           u"ab12:cd34…)"_s;
    QTest::newRow("breach destroyed")
        << u"breach.destroyed"_s
        << uR"({"rule":"datalekkenregister","method":"vernietigd in Privacydesk",
               "closed_on":"2026-04-11","expired_on":"2031-04-11","counts":{}})"_s
        << false
        << u"Data breach destroyed by J. de Vries under the retention rule (expired on "
           u"11/04/2031): vernietigd in Privacydesk"_s
        << u"Datalek vernietigd door J. de Vries volgens de bewaarregel (verlopen op 11-04-2031): "
           u"vernietigd in Privacydesk"_s;
    QTest::newRow("breach, details destroyed")
        << u"breach.assessed"_s << u"{}"_s << true
        << u"Risk assessed by J. de Vries (details destroyed under the retention rule)"_s
        << u"Risico beoordeeld door J. de Vries (details vernietigd volgens de bewaartermijn)"_s;
    QTest::newRow("keys missing")
        << u"case.extended"_s << u"{}"_s << false
        << u"Deadline extended by J. de Vries: — (data subject told on —; new deadline —)"_s
        << u"Termijn verlengd door J. de Vries: — (betrokkene geïnformeerd op —; nieuwe uiterste "
           u"datum —)"_s;
}

void TestEventText::english()
{
    QFETCH(QString, action);
    QFETCH(QString, payload);
    QFETCH(bool, destroyed);
    QFETCH(QString, english);
    QVERIFY(installTranslations(UiLanguage::English));
    const AuditEvent event = makeEvent(action, payload, destroyed);
    const QString sentence = EventText::sentence(event, historyOf(event));
    if (english.isEmpty()) // plural forms come from the English .ts
        QVERIFY2(sentence.startsWith(u"Deadline policy changed by J. de Vries: 4 week"),
                 qPrintable(sentence));
    else
        QCOMPARE(sentence, english);
}

void TestEventText::dutch()
{
    QFETCH(QString, action);
    QFETCH(QString, payload);
    QFETCH(bool, destroyed);
    QFETCH(QString, dutch);
    QVERIFY(installTranslations(UiLanguage::Dutch));
    useUnmergedDutch(true);
    const bool merged = dutchMerged();
    const bool issue14 = payload.contains(u"motivation") || payload.contains(u"direct_marketing")
        || payload.contains(u"art-17-3");
    const bool issue14Merged = issue14DutchMerged();
    const bool breach = action.startsWith(u"breach.");
    const bool breachMerged = breachDutchMerged();
    const AuditEvent event = makeEvent(action, payload, destroyed);
    const QString sentence = EventText::sentence(event, historyOf(event));
    useUnmergedDutch(false);
    QVERIFY2(merged && (!issue14 || issue14Merged) && (!breach || breachMerged),
             "The Dutch for pd::EventText is missing from translations/privacydesk_nl.ts");
    QCOMPARE(sentence, dutch);
}

void TestEventText::when()
{
    const AuditEvent e = makeEvent(u"case.note_added"_s, u"{}"_s, false);
    QVERIFY(installTranslations(UiLanguage::Dutch));
    QCOMPARE(EventText::when(e), u"12-03-2026 14:05"_s);
    QCOMPARE(EventText::date(QDate(2026, 1, 5)), u"05-01-2026"_s);
    QCOMPARE(EventText::date(QDate()), u"—"_s);
    QVERIFY(installTranslations(UiLanguage::English));
    QCOMPARE(EventText::when(e), u"12/03/2026 14:05"_s);
}

// A count says its noun in singular or plural in both languages ("1 dag" / "2 dagen", "1 day" /
// "2 days"), never "dag(en)" or "day(s)".
void TestEventText::plurals()
{
    const auto late = [](int legal, int policy) {
        Lateness l;
        l.legalDays = legal;
        l.policyDays = policy;
        return l.text();
    };
    const char *agreements = "%n processing agreement(s) overdue for review or not signed.";
    QVERIFY(installTranslations(UiLanguage::Dutch));
    QCOMPARE(late(1, 2), u"wettelijk 1 dag te laat; eigen termijn 2 dagen te laat"_s);
    QCOMPARE(QCoreApplication::translate("pd::ui::DisclosuresPage", agreements, nullptr, 1),
             u"1 verwerkersovereenkomst moet worden geëvalueerd of is niet ondertekend."_s);
    QCOMPARE(QCoreApplication::translate("pd::ui::DisclosuresPage", agreements, nullptr, 2),
             u"2 verwerkersovereenkomsten moeten worden geëvalueerd of zijn niet ondertekend."_s);
    QVERIFY(installTranslations(UiLanguage::English));
    QCOMPARE(late(1, 2), u"legally 1 day late; own deadline 2 days late"_s);
    QCOMPARE(QCoreApplication::translate("pd::ui::DisclosuresPage", agreements, nullptr, 1),
             u"1 processing agreement overdue for review or not signed."_s);
    QCOMPARE(QCoreApplication::translate("pd::ui::DisclosuresPage", agreements, nullptr, 2),
             u"2 processing agreements overdue for review or not signed."_s);
}

void TestEventText::titles()
{
    QVERIFY(installTranslations(UiLanguage::English));
    QCOMPARE(EventText::title(u"case.extended"_s), u"Deadline extended"_s);
    QCOMPARE(EventText::title(u"bsn.override"_s), u"BSN warning overridden"_s);
    QCOMPARE(EventText::title(u"x"_s), u"Event “x”"_s);
}

// Every action CaseService writes, through a real store: each becomes a sentence of its own
// (not the fallback) in which no payload key came up empty.
void TestEventText::serviceEvents()
{
    QVERIFY(installTranslations(UiLanguage::English));
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    auto store = test::createTestStore(tmp.filePath(u"store"_s));
    QVERIFY(store);
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    CaseService service(Session { *store, clock });
    ServiceError error;
    NewCase request;
    request.person.name = u"Anne-Marie van der Heijden-Çelik"_s;
    request.person.klantnummer = u"K-204518"_s;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Telefoon;
    request.receivedDate = QDate(2026, 3, 2);
    request.description = u"Wil weten welke gegevens er zijn"_s;
    const auto c = service.add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));
    clock.set(QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC));
    QVERIFY(service.requestIdentification(c->number, QDate(2026, 3, 3), &error));
    QVERIFY(
        service.receiveIdentification(c->number, QDate(2026, 3, 3), IdMethod::Balie, true, &error));
    QVERIFY(service.extend(c->number, u"complex verzoek"_s, QDate(2026, 3, 3), BsnCheck::Refuse,
                           &error));
    QVERIFY(service.addNote(c->number, u"Gebeld"_s, BsnCheck::Refuse, &error));
    QVERIFY(service.complete(c->number,
                             test::completion(Outcome::Afgewezen, QDate(2026, 3, 3), u"Brief"_s,
                                              { RefusalGround::Art12_5 }, u"Herhaald verzoek"_s),
                             BsnCheck::Refuse, &error));
    QVERIFY(service.reopen(c->number, u"nieuwe informatie"_s, BsnCheck::Refuse, &error));

    const QList<AuditEvent> events = service.timeline(c->number);
    QStringList actions;
    for (const AuditEvent &e : events) {
        actions << e.action;
        const QString sentence = EventText::sentence(e, events);
        QVERIFY2(!sentence.startsWith(u"Event “"), qPrintable(sentence));
        QVERIFY2(!sentence.contains(u"—"), qPrintable(sentence));
        QVERIFY2(sentence.contains(store->userName()), qPrintable(sentence));
    }
    QCOMPARE(actions,
             QStringList({ u"case.created"_s, u"case.identification_requested"_s,
                           u"case.identification_received"_s, u"case.extended"_s,
                           u"case.note_added"_s, u"case.completed"_s, u"case.reopened"_s }));
}

// Every action BreachService writes, through a real store: each becomes a sentence of its own
// (not the fallback) in which no payload key came up empty.
void TestEventText::breachServiceEvents()
{
    QVERIFY(installTranslations(UiLanguage::English));
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    auto store = test::createTestStore(tmp.filePath(u"store"_s));
    QVERIFY(store);
    FixedClock clock(QDateTime(QDate(2026, 3, 27), QTime(15, 30), Qt::UTC));
    ServiceError error;
    NewCase request;
    request.person.name = u"Bram Kooistra"_s;
    request.types = { RequestType::Inzage };
    request.channel = Channel::Telefoon;
    request.receivedDate = QDate(2026, 3, 27);
    const auto c = CaseService(Session { *store, clock }).add(request, BsnCheck::Refuse, &error);
    QVERIFY2(c, qPrintable(error.message));

    BreachService service(Session { *store, clock });
    Breach b;
    b.title = u"Brief naar verkeerd adres"_s;
    b.discoveredAt = BreachCodes::parseLocalMoment(u"2026-03-27T16:00"_s);
    b.natures = { BreachNature::Vertrouwelijkheid };
    b.data = { DataCategory::Naw };
    const auto added = service.add(b, BsnCheck::Refuse, &error);
    QVERIFY2(added, qPrintable(error.message));
    const QString number = added->number;
    b = *added;
    b.description = u"De buren openden de brief"_s;
    QVERIFY(service.update(b, BsnCheck::Refuse, &error));
    QVERIFY(service.linkPersons(number, { c->person.id }, &error));
    QVERIFY(service.assess(number, { BreachRisk::HoogRisico, u"Achterstand"_s, {} },
                           BsnCheck::Refuse, &error));
    QVERIFY(service.recordApDecision(number, true, u"Altijd melden"_s, BsnCheck::Refuse, &error));
    QVERIFY(service.recordSubjectsDecision(number, true, {}, BsnCheck::Refuse, &error));
    clock.set(QDateTime(QDate(2026, 3, 31), QTime(8, 0), Qt::UTC));
    QVERIFY(
        service.notifyAp(number, clock.now(), u"M-1"_s, u"Weekend"_s, BsnCheck::Refuse, &error));
    QVERIFY(service.addFollowUp(
        number, { 0, BreachFollowUpKind::Aanvullen, clock.now(), u"M-1"_s, u"Ook de buren"_s, {} },
        BsnCheck::Refuse, &error));
    QVERIFY(service.markPersonInformed(number, c->person.id, QDate(2026, 3, 31), &error));
    QVERIFY(service.notifySubjects(number, { QDate(2026, 3, 31), u"Brief"_s, 1, false, {} },
                                   BsnCheck::Refuse, &error));
    QVERIFY2(service.close(number, &error), qPrintable(error.message));
    QVERIFY(service.reopen(number, &error));

    const QList<AuditEvent> events
        = AuditLog(store->database(), store->info().storeId.toString(QUuid::WithoutBraces))
              .eventsFor(u"breach"_s, number, test::MustRead());
    QStringList actions;
    for (const AuditEvent &e : events) {
        actions << e.action;
        const QString sentence = EventText::sentence(e, events);
        QVERIFY2(!sentence.startsWith(u"Event “"), qPrintable(sentence));
        QVERIFY2(!sentence.contains(u"—"), qPrintable(sentence));
        QVERIFY2(sentence.contains(store->userName()), qPrintable(sentence));
    }
    QCOMPARE(
        actions,
        QStringList({ u"breach.added"_s, u"breach.updated"_s, u"breach.persons-linked"_s,
                      u"breach.assessed"_s, u"breach.ap-decided"_s, u"breach.subjects-decided"_s,
                      u"breach.ap-notified"_s, u"breach.follow-up"_s, u"breach.person-informed"_s,
                      u"breach.subjects-notified"_s, u"breach.closed"_s, u"breach.reopened"_s }));
}

// Details that are gone while the trail records no destruction after them (a superuser
// set the payload to NULL) are not said to be destroyed under the retention rule.
void TestEventText::detailsGoneWithoutARecordedDestruction()
{
    const AuditEvent gone = makeEvent(u"case.extended"_s, u"{}"_s, true);
    AuditEvent earlier = makeEvent(u"audit.payloads_destroyed"_s, u"{\"events\": 1}"_s, false);
    earlier.seq = 0; // a destruction before it does not explain it
    QVERIFY(installTranslations(UiLanguage::English));
    for (const QList<AuditEvent> &history :
         { QList<AuditEvent> { gone }, QList<AuditEvent> { earlier, gone } })
        QCOMPARE(EventText::sentence(gone, history),
                 u"Deadline extended by J. de Vries (details missing: the audit trail records no "
                 "destruction under the retention rule)"_s);
    QVERIFY(installTranslations(UiLanguage::Dutch));
    QCOMPARE(EventText::sentence(gone, { gone }),
             u"Termijn verlengd door J. de Vries (details ontbreken: de audittrail legt geen "
             "vernietiging volgens de bewaartermijn vast)"_s);
    AuditEvent byRetention = makeEvent(u"retention.destroyed"_s, u"{}"_s, false);
    byRetention.seq = 2;
    QVERIFY(EventText::sentence(gone, { gone, byRetention }).contains(u"vernietigd volgens"_s));
}

QTEST_GUILESS_MAIN(TestEventText)
#include "tst_eventtext.moc"
