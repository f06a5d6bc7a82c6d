#pragma once

#include "audit/AuditLog.h"
#include "audit/RecordedState.h"
#include "session/Session.h"
#include "session/UnitOfWork.h"
#include "store/ServerLocation.h"
#include "store/Store.h"
#include "terms/RetentionTerms.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pd {

class Store;

// Whether a rule may be removed: only while no stored item (destroyed ones included)
// and no destruction-log entry names it; never the computed rules (the request files, the
// data-breach register), whose terms Privacydesk itself derives.
struct RuleUse
{
    int items = 0;
    int logEntries = 0;
    bool computed = false;
    // Translated: why the rule cannot be removed; empty when it can.
    QString blocker(const RetentionRule &rule) const;
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
    explicit RetentionService(const Session &session);

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
    // A new rule with a code (`retention rule add`) keeps it: checkCode, and refused
    // (Conflict) when a rule has it already; without a code it gets one from its category.
    // A period of 0 (any unit, stored as 0 days) keeps the data until the trigger itself
    // ("zolang ingeschreven").
    std::optional<RetentionRule> saveRule(const RetentionRule &rule, bool bsnOverride,
                                          ServiceError *error, DerivedTerms *terms = nullptr);
    // Empty when the code may name a new rule (a-z, 0-9 and hyphens, 2 to 60); else why not.
    static QString checkCode(const QString &code);
    // How much names the rule (ViewRegisters); nothing with *error when the read failed.
    std::optional<RuleUse> ruleUse(const RetentionRule &rule, ServiceError *error) const;
    // Removes the rule (EditRegisters) while nothing names it (RuleUse::blocker: Conflict),
    // with its event retention.rule.removed (the rule as it was). Seeded rules too: the
    // organisation's rules are its own.
    bool removeRule(const QString &code, ServiceError *error);

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
    // Destroys the person's request files and everything else about the person
    // (see DestructionPlan): the person anonymised (or reduced to the name and customer
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
    // Restore must not resurrect: on a store restored from a backup, destroys again
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

    // A restore that does not resurrect, for the desk and the CLI alike: reads the
    // destruction log of the store in storeDirectory (when these credentials open it), then
    // UserService::restore (every argument as there), replaying on the staged copy what that
    // log destroyed after the backup was made (replayDestructions) before the copy replaces the
    // store. True when the store was restored; *replay says what was destroyed again, or why
    // the replaced store's log could not be compared (its store did not open, another store's
    // backup). A replay that fails sets *replayError and refuses the whole restore: the store
    // stays as it was.
    static bool restore(const QString &backupDirectory, const QString &storeDirectory,
                        const QString &userName, const SecureBytes &password, const Clock &clock,
                        QString *safetyBackup, StoreError *error, bool otherStore,
                        Store::RestoreIdentities *identities, DestructionReplay *replay,
                        ServiceError *replayError);

    // The same for a server store (`restore --from FILE` on a postgresql:// location):
    // ServerSetup::restore (every argument as there), which restores into an empty database
    // only. Refused because the database still holds the store, that store's destruction log is
    // read as admin and kept on this computer (KeptDestructions), and *error says so (or why it
    // could not be); nothing changes in the database. Restored, the log kept here for the
    // restored store is replayed on it and then removed; *replay says why not when none is kept
    // (the database was dropped before this computer read it). The replay commits together with
    // opening the database to the store's groups (ServerSetup::openToGroups): until then the
    // restored store is closed, and a kept log that cannot be read, or a replay that fails,
    // returns false with *error and leaves it closed. Run over a store whose restore did not
    // finish (a kill, a failure), it finishes that restore instead of refusing.
    static bool restoreServer(const QString &file, const SecureBytes &passphrase,
                              const ServerLocation &location, const QString &admin,
                              const SecureBytes &password, const Clock &clock,
                              const RecordedState::Sources &rows, QString *error,
                              DestructionReplay *replay);

    // Nothing with *error set when the lookup could not be read (never "no such person").
    std::optional<qint64> personByKlantnummer(const QString &klantnummer,
                                              ServiceError *error) const;
    std::optional<qint64> personByCase(const QString &caseNumber, ServiceError *error) const;

private:
    // Whether a plan's blocker stops a destruction (*error says why): always when its read failed,
    // never in a replay (replayDestructions), because the destruction it repeats happened,
    // whatever the older copy still shows.
    bool blocked(const QString &blocker, const ServiceError &failure, ServiceError *error) const;
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
    // The acting user with the role read once, for every read and write of this service.
    Session m_session;
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
