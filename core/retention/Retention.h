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

// Never removable for a computed rule, whose terms Privacydesk itself derives.
struct RuleUse
{
    int items = 0;
    int logEntries = 0;
    bool computed = false;
    QString blocker(const RetentionRule &rule) const;
};

// Every change is one transaction with its audit event, its free texts under the BSN guard.
// The request files are computed per person, never stored as items: reopening and completing a
// request move their trigger, so a stored copy would go stale.
class RetentionService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::RetentionService)
public:
    explicit RetentionService(const Session &session);

    static constexpr int defaultWithinDays = 30;

    // Reads need Permission::ViewRegisters. A failed read sets *error, never an empty answer: an
    // inzage report must never say "no hold" because the read failed.
    QList<RetentionRule> rules(ServiceError *error) const;
    std::optional<RetentionRule> rule(const QString &code, ServiceError *error) const;
    static QString checkRule(const RetentionRule &rule);
    // A changed period recomputes its items; a period of 0 keeps the data until the trigger itself
    // ("zolang ingeschreven"). A new rule keeps a code it is given (Conflict when taken).
    std::optional<RetentionRule> saveRule(const RetentionRule &rule, BsnCheck bsnCheck,
                                          ServiceError *error, DerivedTerms *terms = nullptr);
    static QString checkCode(const QString &code);
    std::optional<RuleUse> ruleUse(const RetentionRule &rule, ServiceError *error) const;
    // Seeded rules too: the organisation's rules are its own.
    bool removeRule(const QString &code, ServiceError *error);

    std::optional<RetentionItem> setItem(qint64 personId, const QString &ruleCode, QDate trigger,
                                         ServiceError *error);
    // The last item keeping a reduced person, or an imported person without requests or hold,
    // takes the person with it; *outcome says (translated) what became of them.
    bool recordItemDestroyed(qint64 itemId, const QString &method, BsnCheck bsnCheck,
                             ServiceError *error, QString *outcome = nullptr);
    QList<RetentionItem> itemsFor(qint64 personId, QDate on, int withinDays,
                                  ServiceError *error) const;

    static RetentionState stateOn(QDate expires, QDate on, int withinDays, bool held,
                                  bool destroyed);
    QList<RetentionItem> due(const DueQuery &query, ServiceError *error) const;
    int countDue(const DueQuery &query, ServiceError *error) const;

    bool placeHold(qint64 personId, const QString &reason, BsnCheck bsnCheck, ServiceError *error);
    bool releaseHold(qint64 personId, ServiceError *error);
    QList<LegalHold> holds(ServiceError *error) const; // open ones
    QList<LegalHold> holdsOn(QDate on, ServiceError *error) const;
    std::optional<LegalHold> holdFor(qint64 personId, ServiceError *error) const;

    DestructionPlan planDestruction(qint64 personId) const;
    // Then checkpoints the WAL, so that no old page stays behind in it.
    std::optional<DestructionRecord> destroyRequestFiles(qint64 personId, const QString &method,
                                                         BsnCheck bsnCheck, ServiceError *error);
    BreachDestructionPlan planBreachDestruction(const QString &number) const;
    // Its log entry names the breach by number only: no personal data.
    std::optional<DestructionRecord> destroyBreach(const QString &number, const QString &method,
                                                   BsnCheck bsnCheck, ServiceError *error);
    QList<qint64> reducedPersons(ServiceError *error) const;
    QList<DestructionRecord> destructionLog(const DestructionFilter &filter, int offset, int limit,
                                            ServiceError *error) const;
    int destructionCount(const DestructionFilter &filter, ServiceError *error) const;

    QList<DestructionTrace> destructionTraces(ServiceError *error) const;
    // Restore must not resurrect: destroys again what the traces say was destroyed and the backup
    // still holds, matched by number or id *and* moment of creation. What would block it in the
    // older copy does not: the destruction happened. Stops at the first failure.
    bool replayDestructions(const QList<DestructionTrace> &traces, DestructionReplay *report,
                            ServiceError *error);

    // A restore that does not resurrect (replayDestructions on the staged copy). A failed replay
    // refuses the whole restore: the store stays as it was.
    static bool restore(const QString &backupDirectory, const QString &storeDirectory,
                        const QString &userName, const SecureBytes &password, const Clock &clock,
                        QString *safetyBackup, StoreError *error, bool otherStore,
                        Store::RestoreIdentities *identities, DestructionReplay *replay,
                        ServiceError *replayError);

    // Restores into an empty database only: refused while the database still holds the store, whose
    // log is then kept on this computer (KeptDestructions) to be replayed after the restore.
    static bool restoreServer(const QString &file, const SecureBytes &passphrase,
                              const ServerLocation &location, const QString &admin,
                              const SecureBytes &password, const Clock &clock,
                              const RecordedState::Sources &rows, QString *error,
                              DestructionReplay *replay);

    std::optional<qint64> personByKlantnummer(const QString &klantnummer,
                                              ServiceError *error) const;
    std::optional<qint64> personByCase(const QString &caseNumber, ServiceError *error) const;

private:
    // Never in a replay: the destruction it repeats happened, whatever the older copy shows.
    bool blocked(const QString &blocker, const ServiceError &failure, ServiceError *error) const;
    static bool guard(UnitOfWork &unit, const QList<QPair<QString, QString>> &fields,
                      BsnCheck bsnCheck, ServiceError *error);
    static QString itemRuleProblem(const std::optional<RetentionRule> &found,
                                   const QString &ruleCode, QDate trigger);
    bool saveRuleIn(UnitOfWork::Write &write, RetentionRule *rule, DerivedTerms *terms,
                    ServiceError *error);
    bool setItemIn(UnitOfWork::Write &write, qint64 personId, const RetentionRule &found,
                   QDate trigger, std::optional<RetentionItem> *saved, ServiceError *error);
    bool destroyBreachIn(UnitOfWork::Write &write, const QString &wanted, const QString &how,
                         DestructionRecord *record, ServiceError *error);
    bool destroyRequestFilesIn(UnitOfWork::Write &write, qint64 personId, const QString &how,
                               DestructionRecord *record, ServiceError *error);
    DestructionRecord requestFilesRecord(const DestructionPlan &plan, bool keep,
                                         const QJsonObject &counts, const QString &ruleText) const;
    void recordRequestFilesDestroyed(UnitOfWork::Write &write, const DestructionPlan &plan,
                                     const QStringList &breachesWritten, const QString &ruleCode,
                                     const QString &how, bool keep, qint64 personId, qint64 subject,
                                     int destroyed, const QJsonObject &counts);
    bool recordItemDestroyedIn(UnitOfWork::Write &write, qint64 itemId, const QString &method,
                               DestructionRecord *record, QString *said, bool *finish,
                               ServiceError *error);
    Session m_session;
    // Non-null during a replay: it decides what the older copy would block.
    const DestructionTrace *m_replay = nullptr;
};

// The keys are a contract with scripts.
QJsonObject dueItemToJson(const RetentionItem &item);
QJsonObject ruleToJson(const RetentionRule &rule);

} // namespace pd
