#pragma once

#include "audit/AuditLog.h"
#include "cases/CaseService.h"
#include "registers/RetentionCalendar.h"
#include "session/UnitOfWork.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

class Store;

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
    // The rule for the data-breach register (issue 20): the product's own documentation, no
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

// The retention planner: rules, items, legal holds and destruction with proof. Every change is
// one transaction with its audit event, attributed to the store's user; every free text passes
// the BSN guard (with the logged override), as in CaseService.
//
// Privacydesk's own request files are not stored as items: their trigger is the answer date
// (or the closing date) of the person's last closed request, which reopening and completing
// change, so a stored copy would go stale. They are computed per person (all requests closed,
// not anonymised) with one aggregate query that is range-limited through
// RetentionCalendar::latestTriggerExpiringBy.
class RetentionService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::RetentionService)
public:
    explicit RetentionService(const Store &store, const Clock &clock = systemClock());

    static constexpr int defaultWithinDays = 30;

    // Reads need Permission::ViewRegisters ("retention.read"): refused, they return nothing and
    // leave one user.denied event (error, where there is one, says why). personByKlantnummer
    // and personByCase give an id only and are not refused.
    QList<RetentionRule> rules(ServiceError *error) const;
    // The reads below report a query SQLite refused in *error (when given): an inzage report must
    // never say "no retention items" or "no hold" because the read failed.
    std::optional<RetentionRule> rule(const QString &code, ServiceError *error) const;
    // Empty when valid; else one translated sentence (for validation as the user types).
    static QString checkRule(const RetentionRule &rule);
    // New (id 0) or changed rule; a changed period recomputes its items' expiry dates, and a
    // changed period, trigger or relation types recomputes its derived items (counted in *terms
    // when given).
    std::optional<RetentionRule> saveRule(const RetentionRule &rule, bool bsnOverride,
                                          ServiceError *error, DerivedTerms *terms = nullptr);

    // Registers (or moves the trigger date of) the item for this person and rule.
    std::optional<RetentionItem> setItem(qint64 personId, const QString &ruleCode, QDate trigger,
                                         ServiceError *error);
    // Records that stored data outside Privacydesk (an item) was destroyed. When it was the last
    // item for which a reduced person's name and customer number were kept, they go too (in the
    // same transaction, said in the log entry). So does Privacydesk's own copy of a person
    // without requests (imported from the ERP) when it was their last item not yet destroyed and
    // no legal hold is open. *outcome (when given) says, translated, what became of the person:
    // destroyed too, or which items still keep them (empty when the person has requests).
    bool recordItemDestroyed(qint64 itemId, const QString &method, bool bsnOverride,
                             ServiceError *error, QString *outcome = nullptr);
    QList<RetentionItem> itemsFor(qint64 personId, QDate on, int withinDays,
                                  ServiceError *error) const;

    static RetentionState stateOn(QDate expires, QDate on, int withinDays, bool held,
                                  bool destroyed);
    // Items expired on `on` (or expiring within withinDays after it), not destroyed, ordered
    // by expiry; stored items and computed request-file items together.
    QList<RetentionItem> due(const DueQuery &query, ServiceError *error) const;
    // 0 with *error set when the count could not be read.
    int countDue(const DueQuery &query, ServiceError *error) const;

    bool placeHold(qint64 personId, const QString &reason, bool bsnOverride, ServiceError *error);
    bool releaseHold(qint64 personId, ServiceError *error);
    QList<LegalHold> holds(ServiceError *error) const; // open ones
    // Open on that day: placed by then, not released.
    QList<LegalHold> holdsOn(QDate on, ServiceError *error) const;
    std::optional<LegalHold> holdFor(qint64 personId, ServiceError *error) const;

    DestructionPlan planDestruction(qint64 personId) const;
    // Destroys the person's request files (see issue 5) and everything else about the person
    // (issue 16, see DestructionPlan): the person anonymised (or reduced to the name and customer
    // number a running rule keeps), the requests' free texts, notes, letters, originals and AP
    // references removed, the disclosures unlinked, the intake drafts deleted, the audit payloads
    // of all of it destroyed (the chain still verifies), one destruction-log entry with a count
    // per step; then the WAL is checkpointed so no old page stays behind in it.
    std::optional<DestructionRecord> destroyRequestFiles(qint64 personId, const QString &method,
                                                         bool bsnOverride, ServiceError *error);
    // What destroying the closed breach would do, and what blocks it (open, not yet expired,
    // already destroyed, or a read that failed).
    BreachDestructionPlan planBreachDestruction(const QString &number) const;
    // Destroys a closed breach whose retention period has ended (see BreachDestructionPlan): one
    // transaction with its audit event (breach.destroyed) and one destruction-log entry (kind
    // "datalek", the number as subject, counts in plain Dutch, no personal data); then the WAL
    // is checkpointed as with destroyRequestFiles.
    std::optional<DestructionRecord> destroyBreach(const QString &number, const QString &method,
                                                   bool bsnOverride, ServiceError *error);
    // The data subjects of whom only the name and customer number are kept for another rule
    // (their request files were destroyed); for the retention page to show them as such.
    QList<qint64> reducedPersons(ServiceError *error) const;
    // Newest first; DestructionFilter {} for all. A failed read sets *error (never "no entries").
    QList<DestructionRecord> destructionLog(const DestructionFilter &filter, int offset, int limit,
                                            ServiceError *error) const;
    int destructionCount(const DestructionFilter &filter, ServiceError *error) const;

    // Every destruction in this store's log with what identifies its data (DestructionTrace),
    // oldest first; Permission::ViewRegisters. A failed read sets *error (never "none").
    QList<DestructionTrace> destructionTraces(ServiceError *error) const;
    // Restore must not resurrect (issue 36): on a store restored from a backup, destroys again
    // what the traces (read from the store it replaced) say was destroyed and the backup still
    // holds, matched by number or id *and* moment of creation (a copy of another branch of the
    // store is never matched by number alone). What was destroyed before the backup is found
    // destroyed and left; what came after it is not there. Each replay is the destruction it
    // repeats (the same steps, audit events and log entry), with the method saying that it was
    // replayed and when it was first done; holds, open requests and periods that block it in
    // the older copy do not, because the destruction happened. Permission::EditRegisters. Stops
    // at the first failure (*error); report says what was done before it.
    bool replayDestructions(const QList<DestructionTrace> &traces, DestructionReplay *report,
                            ServiceError *error);

    // A restore that does not resurrect (issue 36), for the desk and the CLI alike: reads the
    // destruction log of the store in storeDirectory (when these credentials open it), then
    // UserService::restore (every argument as there), then replays on what was restored what
    // that log destroyed after the backup was made (replayDestructions). True when the store
    // was restored; *replay says what was destroyed again, or why the replaced store's log could
    // not be compared (its store did not open, another store's backup); *replayError is set when
    // the replay itself failed on the restored store (then the restore stands: say so loudly).
    static bool restore(const QString &backupDirectory, const QString &storeDirectory,
                        const QString &userName, const SecureBytes &password, const Clock &clock,
                        QString *safetyBackup, StoreError *error, bool otherStore,
                        Store::RestoreIdentities *identities, DestructionReplay *replay,
                        ServiceError *replayError);

    // Nothing with *error set when the lookup could not be read (never "no such person").
    std::optional<qint64> personByKlantnummer(const QString &klantnummer,
                                              ServiceError *error) const;
    std::optional<qint64> personByCase(const QString &caseNumber, ServiceError *error) const;

private:
    // The texts' lengths (InputLimits::maxLongText), then the unit's BSN guard over them.
    static bool guard(UnitOfWork &unit, const QList<QPair<QString, QString>> &fields,
                      bool bsnOverride, ServiceError *error);
    // Why the item under the rule found (ruleCode) cannot be set to trigger (translated, empty
    // when it can): no such rule (NotFound), a computed rule, an invalid date.
    static QString itemRuleProblem(const std::optional<RetentionRule> &found,
                                   const QString &ruleCode, QDate trigger);
    // The write of saveRule, in its unit: the rule (normalised) stored under its code, its
    // items following it, its event; *rule gets its code and id.
    bool saveRuleIn(UnitOfWork::Write &write, RetentionRule *rule, DerivedTerms *terms,
                    ServiceError *error);
    // The write of setItem, in its unit: the item stored, its event, the item read back.
    bool setItemIn(UnitOfWork::Write &write, qint64 personId, const RetentionRule &found,
                   QDate trigger, std::optional<RetentionItem> *saved, ServiceError *error);
    // The write of destroyBreach (see there), in its unit; *record is the log's entry.
    bool destroyBreachIn(UnitOfWork::Write &write, const QString &wanted, const QString &how,
                         DestructionRecord *record, ServiceError *error);
    // The write of destroyRequestFiles (see there), in its unit.
    bool destroyRequestFilesIn(UnitOfWork::Write &write, qint64 personId, const QString &how,
                               DestructionRecord *record, ServiceError *error);
    // destroyRequestFiles' log entry, but for its subject, method and proof.
    DestructionRecord requestFilesRecord(const DestructionPlan &plan, bool keep,
                                         const QJsonObject &counts, const QString &ruleText) const;
    // destroyRequestFiles' events: the requests' and breaches' own, the person's (when kept
    // apart from the requests), the subject's; a BSN override about the subject.
    void recordRequestFilesDestroyed(UnitOfWork::Write &write, const DestructionPlan &plan,
                                     const QStringList &breachesWritten, const QString &ruleCode,
                                     const QString &how, bool keep, qint64 personId, qint64 subject,
                                     int destroyed, const QJsonObject &counts);
    // The write of recordItemDestroyed (see there), in its unit: *said what became of the
    // person, *finish whether their remainder went too (the write-ahead log is emptied then).
    bool recordItemDestroyedIn(UnitOfWork::Write &write, qint64 itemId, const QString &method,
                               DestructionRecord *record, QString *said, bool *finish,
                               ServiceError *error);

    const Store &m_store;
    const Clock &m_clock;
    // The destruction being replayed (replayDestructions), else null: it decides what the
    // older copy would block or decide otherwise.
    const DestructionTrace *m_replay = nullptr;
};

// {"klantnummer", "name", "category", "rule", "expires", "state"} (a contract with scripts); a
// breach-register item has "breach" (its number) besides, an empty klantnummer and its title as
// name.
QJsonObject dueItemToJson(const RetentionItem &item);
QJsonObject ruleToJson(const RetentionRule &rule);

} // namespace pd
