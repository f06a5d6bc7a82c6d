#pragma once

// The retention register's terms: the rules, the items a rule gives a person, the
// legal holds, and the plain records of what destruction did, as the modules share them. The
// terms are derived below the requests (the intake and the import derive them,
// RetentionDerivation); the service that plans and destroys, RetentionService, sits above every
// module (retention/Retention.h).

#include "terms/RetentionCalendar.h"
#include "util/ServiceError.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

enum class RetentionTrigger {
    EndOfTenancy, // einde huurovereenkomst
    EndOfRegistration, // einde inschrijving (woningzoekende)
    RequestCompleted, // afronding verzoek
    EndOfApplication, // einde sollicitatieprocedure
    Recording, // opname (camerabeelden)
    Other,
    EndOfRelation, // einde relatie (persons.relation_end)
    EndOfFiscalYear, // einde boekjaar: 31 December of the year the relation ended (art. 52 AWR)
};

enum class RetentionState {
    Active, // actief
    ExpiringSoon, // verloopt binnenkort
    Expired, // verlopen: te vernietigen
    Destroyed, // vernietigd
    LegalHold, // bewaarplicht: blocks destruction
};

// Codes as stored and printed by the CLI, and translated labels for the screen.
class RetentionCodes final
{
    Q_DECLARE_TR_FUNCTIONS(pd::RetentionCodes)
public:
    static QString code(RetentionTrigger value);
    static QString code(RetentionState value);
    static std::optional<RetentionTrigger> trigger(QStringView code);
    static QString label(RetentionTrigger value);
    static QString label(RetentionState value);
    static QString label(RetentionUnit unit, int amount); // "2 years", "4 weeks"
    static QList<RetentionTrigger> allTriggers();
};

struct RetentionRule
{
    qint64 id = 0;
    QString code; // stable; generated from the category for new rules
    QString category;
    RetentionTrigger trigger = RetentionTrigger::Other;
    RetentionPeriod period { 1, RetentionUnit::Years };
    QString legalGround;
    // The persons.relation codes the rule applies to. Not empty: its items are derived from each
    // person's relation and relation end (RetentionDerivation); empty: a manual rule whose items
    // are registered per person.
    QStringList relations;

    // The rule for Privacydesk's own closed request files (items computed from the cases).
    static constexpr auto requestFilesCode = "avg-verzoekdossiers";
    bool isRequestFiles() const { return code == QLatin1StringView(requestFilesCode); }
    // The rule for the data-breach register: the product's own documentation, no
    // person's data by kind or relation.
    static constexpr auto breachRegisterCode = "datalekkenregister";
    // Its items are computed from the closed breaches (the closing day in Europe/Amsterdam is
    // the trigger): its trigger is fixed (stored as 'overig') and reads "the breach was closed".
    bool isBreachRegister() const { return code == QLatin1StringView(breachRegisterCode); }
    // Translated: what starts the period, the trigger's label ("request completed"), for the
    // breach register "the breach was closed".
    QString triggerText() const;
    QString periodText() const; // "2 years after request completed", translated
    bool isDerived() const
    {
        return !relations.isEmpty() && !isRequestFiles() && !isBreachRegister();
    }
    // Triggers that are the end of a person's relation, so that items can be derived from
    // persons.relation_end (einde-relatie, einde-boekjaar, einde-huurovereenkomst, ...).
    static bool runsFromRelationEnd(RetentionTrigger trigger);
};

// How many derived items a change created, moved (a new expiry date) and removed (no longer
// applies), for the result texts and the audit events.
struct DerivedTerms
{
    int created = 0;
    int moved = 0;
    int removed = 0;

    bool any() const { return created != 0 || moved != 0 || removed != 0; }
    DerivedTerms &operator+=(const DerivedTerms &other);
    QJsonObject toJson() const; // {"terms_created", "terms_moved", "terms_removed"}
};

// One rule applied to one person. Items of the request-files rule are not stored: they are
// computed from the person's closed cases (id 0, caseNumbers set), see RetentionService. Nor are
// those of the breach register: one per closed breach not yet destroyed (id 0, personId 0,
// breachNumber set, name the breach's title, trigger the day it was closed).
struct RetentionItem
{
    qint64 id = 0;
    qint64 personId = 0;
    QString klantnummer;
    QString name;
    RetentionRule rule;
    QDate trigger;
    QDate expires;
    RetentionState state = RetentionState::Active;
    QDate destroyedOn;
    QString destroyedMethod;
    QString destroyedBy;
    QString holdReason; // with LegalHold
    QStringList caseNumbers; // request-file items
    bool derived = false; // derived from the person's relation (see RetentionDerivation)
    QString breachNumber; // breach-register items: DL-YYYY-NNNN

    bool isBreach() const { return !breachNumber.isEmpty(); }
};

struct LegalHold
{
    qint64 id = 0;
    qint64 personId = 0;
    QString klantnummer;
    QString name;
    QString reason;
    QDate placedOn;
    QString placedBy;
};

// One entry of the destruction log. Holds no personal data.
struct DestructionRecord
{
    qint64 id = 0;
    QDateTime destroyedAt; // UTC
    QDate destroyedOn;
    QString destroyedBy;
    QString method;
    QString kind; // "verzoekdossier", "item" or "datalek"
    QString ruleText; // the rule as it was then
    QString subjectRef; // pseudonymous: "P-<person id>"; a breach's number (kind "datalek")
    QStringList caseNumbers;
    QDate expiredOn;
    QString what; // counts in plain words (Dutch, as logged)
    // Each step as a count, never a name (stored as JSON): requests, notes, attachments,
    // letters, ap_references, disclosures, drafts, audit_payloads, search_rows.
    QJsonObject counts;
    // What a retention rule still keeps of the data subject, in Dutch as logged ("Financiële
    // gegevens tot 31-12-2031: Fiscale bewaarplicht (art. 52 AWR)"); empty: nothing.
    QString kept;
    qint64 auditSeq = 0;
    QString proofHash; // hex hash of the audit event recording the destruction
    // Not empty (translated) when the write-ahead log could not be emptied after a destruction
    // (another connection was reading): old copies of the data may remain there until the next
    // checkpoint. Not stored.
    QString walWarning;
};

// A destruction as the log of a store holds it, with what identifies what went in a copy of
// the same store made earlier (a backup): the requests by number and moment of creation, the
// person by id and moment of creation, the breach by number and moment of reporting. Read from
// the live store before a restore replaces it (RetentionService::destructionTraces), replayed
// on what was restored (replayDestructions). Holds no personal data.
struct DestructionTrace
{
    QDateTime destroyedAt; // UTC
    QString destroyedBy;
    QString method;
    QString kind; // as DestructionRecord::kind
    QList<QPair<QString, QString>> cases; // number, created_at (kind "verzoekdossier")
    qint64 personId = 0; // the person the entry names (P-<id>) when no requests identify them
    QString personCreatedAt;
    QString breachNumber; // kind "datalek"
    QString breachReportedAt;
    qint64 ruleId = 0; // kind "item": the rule whose item was recorded as destroyed
    bool reduced
        = false; // a rule still kept the name and customer number (DestructionRecord::kept)
    bool personGone = false; // kind "item": the person's own details went with it (counts)
};

// What replaying the later destructions on a restored store did (see replayDestructions).
struct DestructionReplay
{
    bool checked = false; // the live store's log was read and compared
    QString uncheckedWhy; // translated: why it was not (empty when checked or no store there)
    // What was destroyed again ("AVG-2026-0003", "P-12", "DL-2026-001"), in the log's order.
    QStringList replayed;
    int alreadyDone = 0; // entries whose data the backup no longer held (older than it)
    int notInBackup = 0; // entries about data the backup never held (made after it)
    QString note; // translated: what else to say, beside a replay that was done
};

// What destroying a person's request files would do, for the confirmation and for --confirm-less
// runs of the CLI. blocker is empty when it may go ahead.
//
// Destruction takes everything about the person: the request files (texts, notes, letters,
// originals, AP references, the search index), the person's identity in the disclosures that
// named them, intake drafts that hold their name, customer number, phone or e-mail, and the
// audit details of all of it. When another retention rule still runs for the person (kept, e.g.
// financial records for 7 years under art. 52 AWR), only the name and customer number are kept
// for it and the requests are detached from them; once those items have been recorded as
// destroyed, the rest goes too (remainder).
struct DestructionPlan
{
    qint64 personId = 0;
    QString klantnummer;
    QString name;
    QStringList caseNumbers;
    int notes = 0;
    int attachments = 0; // files kept with the requests (originals, mandates), not yet destroyed
    int auditEvents = 0; // of the person, the requests and the disclosures naming the person
    int letters = 0; // letters whose text is destroyed (kind, date and fingerprint stay)
    int apReferences = 0; // the AP's references of complaints about the requests
    int disclosures = 0; // disclosures naming the person: the link and texts naming them go
    int drafts = 0; // intake drafts holding the person's name, customer number, phone or e-mail
    int searchRows = 0; // rows of the request search index rebuilt without the person
    QDate expires;
    // Items of other rules not yet recorded as destroyed: for them the name and customer number
    // are kept (with nothing else), shown as such.
    QList<RetentionItem> kept;
    // Only a remainder is left (name and customer number, kept earlier for items that have been
    // destroyed since): destroying it removes that too.
    bool remainder = false;
    // The data subject has no requests (imported from the ERP only): what goes is Privacydesk's
    // own copy of their details. Allowed only when none of their items still runs: when all have
    // been recorded as destroyed (or there are none) everything goes; while an expired item has
    // not yet been recorded as destroyed, the name and customer number stay for it (kept).
    bool withoutRequests = false;
    QString blocker;
    ServiceError failure; // set when the plan could not be read (blocker says so too)
    // Translated: what will be destroyed, and (withKept) what is kept.
    QString description(bool withKept = true) const;
    // Translated, empty when nothing is kept: "Kept: Financiële gegevens until 31-12-2031
    // (Fiscale bewaarplicht (art. 52 AWR)). Only the name and customer number stay for it."
    QString keptText() const;
    // Translated, each kept item: "Financiële gegevens until 31-12-2031, Fiscale bewaarplicht
    // (art. 52 AWR)" (or "..., expired on ... but not yet recorded as destroyed"), joined by "; ".
    static QString keptList(const QList<RetentionItem> &kept);
};

// What destroying a closed data breach would do (RetentionService::planBreachDestruction), for
// the confirmation and for the CLI without --confirm. blocker is empty when it may go ahead.
//
// The register's skeleton stays, as accountability (art. 5 lid 2 and art. 33 lid 5 AVG) and the
// statistics need it: the number, the moments (happened, discovered, AP deadline, notified,
// informed, closed), the nature, the data categories, the counts, the risk and the criteria, the
// decisions yes or no, the AP's meldnummer and whether the notification was late. What goes: the
// title (replaced by "[vernietigd]"), every free text (what happened, the group, the measures,
// the consequences, the international aspects, the reasoning, the decisions' reasons, the reasons
// for a late notification, how the people were informed, why a public notice, the follow-ups'
// texts), the linked persons, the letters to them, and the details of the breach's audit events.
struct BreachDestructionPlan
{
    QString number;
    QString title;
    QDate closedOn; // Europe/Amsterdam
    QDate expires;
    int freeTexts = 0; // free texts that go (besides the title)
    int linkedPersons = 0; // links to persons that go
    int letters = 0; // letters "kennisgeving datalek" that go
    int followUps = 0; // follow-ups whose text goes (kind, moment and meldnummer stay)
    int auditEvents = 0; // audit events of the breach whose details are destroyed
    QString blocker;
    ServiceError failure; // set when the plan could not be read (blocker says so too)
    // Translated: what will be destroyed, and (withKept) what stays.
    QString description(bool withKept = true) const;
    // Translated: the skeleton that stays.
    static QString keptText();
};

struct DueQuery
{
    QDate on;
    int withinDays = 0; // also what expires in (on, on + withinDays]
    bool includeExpired = true;
    bool includeHeld = true;
    int offset = 0;
    int limit = -1; // -1: all
    QDate from {}; // valid: only what expires on or after this day
    QString ruleCode {}; // not empty: only items of this rule (the request-files rule included)
    // Destruction, anonymisation and legal holds as they stood on `on` (from their dates)
    // instead of as they stand now: the same for a future `on`, history for a past one.
    bool asOfOn = false;
};

// Which entries of the destruction log: all conditions set must hold.
struct DestructionFilter
{
    QDate from {}; // inclusive; invalid: open
    QDate to {}; // inclusive; invalid: open
    QString kind {}; // "verzoekdossier", "item" or "datalek"; empty: all
};

// An item's state on `on`: destroyed, held, expired, expiring within withinDays, or active.
RetentionState retentionStateOn(QDate expires, QDate on, int withinDays, bool held, bool destroyed);

} // namespace pd
