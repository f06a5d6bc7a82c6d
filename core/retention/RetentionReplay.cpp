// Restore does not resurrect: the destruction log of the store a restore replaces is read first
// (destructionTraces), and what it destroyed after the backup was made is destroyed again in what
// was restored (replayDestructions) while it is still staged, before it replaces the store.
// RetentionService::restore does both around UserService::restore, for the desk and the CLI.

#include "breaches/BreachRepository.h"
#include "persons/PersonRepository.h"
#include "retention/Retention.h"
#include "retention/RetentionReplayRepository.h"
#include "retention/RetentionShared.h"
#include "session/Access.h"
#include "store/Store.h"
#include "terms/RetentionRepository.h"
#include "users/UserService.h"

namespace pd {

using namespace retention;

namespace {

// The method a replay logs: that it is one, when and by whom the destruction was first done,
// and how (Dutch, as the log keeps methods).
QString replayMethod(const DestructionTrace &trace)
{
    return QStringLiteral("opnieuw uitgevoerd na herstel van een back-up (eerst vernietigd op "
                          "%1 door %2: %3)")
        .arg(trace.destroyedAt.toString(Qt::ISODate), trace.destroyedBy, trace.method);
}

} // namespace

QList<DestructionTrace> RetentionService::destructionTraces(ServiceError *error) const
{
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                              error))
        return {};
    // What identifies the data in an earlier copy: a number (or id) and the moment it was made,
    // which a copy of another line of the store does not share. The destroyed requests are
    // those of anonymised data subjects (a destruction anonymises the person, or moves the
    // requests to an anonymous one): their moments of creation are read once, not per entry.
    const QSqlDatabase db = m_session.store().database();
    const auto requestMade = RetentionReplayRepository::anonymisedRequestsMade(db, error);
    if (!requestMade)
        return {};
    auto traces = RetentionReplayRepository::destructionTraces(db, *requestMade, error);
    if (!traces)
        return {};
    return *traces;
}

bool RetentionService::replayDestructions(const QList<DestructionTrace> &traces,
                                          DestructionReplay *report, ServiceError *error)
{
    if (!m_session.permit(Permission::EditRegisters, QStringLiteral("retention.replayed"), {},
                          error))
        return false;
    struct Replaying
    {
        const DestructionTrace *&slot;
        ~Replaying() { slot = nullptr; }
    };
    for (const DestructionTrace &trace : traces) {
        const QString method = replayMethod(trace);
        m_replay = &trace;
        const Replaying replaying { m_replay };
        if (!trace.breachNumber.isEmpty()) {
            std::optional<QString> destroyedOn;
            if (!BreachRepository::destroyedOnOf(m_session.store().database(), trace.breachNumber,
                                                 trace.breachReportedAt, &destroyedOn, error))
                return false;
            if (!destroyedOn) {
                ++report->notInBackup;
            } else if (!destroyedOn->isEmpty()) {
                ++report->alreadyDone;
            } else {
                if (!destroyBreach(trace.breachNumber, method, BsnCheck::Refuse, error))
                    return false;
                report->replayed << trace.breachNumber;
            }
            continue;
        }
        // The person the destruction was about, in this copy: by the requests it named
        // (moved to an anonymous data subject when a rule kept the name), else by id.
        qint64 person = 0;
        if (!trace.cases.isEmpty()) {
            for (const auto &[number, createdAt] : trace.cases) {
                const std::optional<qint64> of = RetentionReplayRepository::personOfRequest(
                    m_session.store().database(), number, createdAt, error);
                if (!of)
                    return false;
                if (*of != 0) {
                    person = *of;
                    break;
                }
            }
        } else if (trace.personId != 0 && !trace.personCreatedAt.isEmpty()) {
            std::optional<PersonRecord> made;
            if (!PersonRepository::byId(m_session.store().database(), trace.personId, &made, error))
                return false;
            person = made && made->createdAt == trace.personCreatedAt ? trace.personId : 0;
        }
        if (person == 0) {
            ++report->notInBackup;
            continue;
        }
        std::optional<PersonRecord> stored;
        if (!PersonRepository::byId(m_session.store().database(), person, &stored, error))
            return false;
        const bool anonymised = stored && stored->anonymised;
        const bool reduced = stored && stored->reduced;
        const QString subject = trace.cases.isEmpty() ? QStringLiteral("P-%1").arg(person)
                                                      : trace.cases.first().first;
        if (trace.kind == QLatin1StringView("item") && trace.ruleId != 0) {
            // An item of another rule recorded as destroyed (outside Privacydesk).
            std::optional<RetentionRepository::ItemTrigger> item;
            if (!RetentionRepository::itemTriggerOf(m_session.store().database(), person,
                                                    trace.ruleId, &item, error))
                return false;
            if (!item) {
                ++report->notInBackup;
            } else if (item->destroyed) {
                ++report->alreadyDone;
            } else {
                if (!recordItemDestroyed(item->id, method, BsnCheck::Refuse, error))
                    return false;
                report->replayed << subject;
            }
            continue;
        }
        // The request files (or a person's details without requests): done when the person is
        // anonymised, or reduced as the destruction reduced them.
        if (anonymised || (trace.reduced && reduced && trace.cases.isEmpty())) {
            ++report->alreadyDone;
            continue;
        }
        if (!destroyRequestFiles(person, method, BsnCheck::Refuse, error))
            return false;
        report->replayed << subject;
    }
    return true;
}

bool RetentionService::restore(const QString &backupDirectory, const QString &storeDirectory,
                               const QString &userName, const SecureBytes &password,
                               const Clock &clock, QString *safetyBackup, StoreError *error,
                               bool otherStore, Store::RestoreIdentities *identities,
                               DestructionReplay *replay, ServiceError *replayError)
{
    *replay = {};
    *replayError = {};
    // 1. What the store being replaced destroyed, read before it goes.
    QList<DestructionTrace> traces;
    QUuid liveId;
    bool liveThere = false;
    {
        StoreError openError;
        const std::unique_ptr<Store> live
            = Store::open(storeDirectory, userName, password, &openError);
        const std::optional<Session> session
            = live ? std::make_optional<Session>(*live, clock) : std::nullopt;
        if (live && !session->may(Permission::EditRegisters)) {
            // Not a beheerder or functionaris there: the restore refuses such a user (and
            // records that once); a read refused here would be a second refusal.
            liveThere = true;
            //: Dutch: "Uw rol in de vervangen kluis laat het lezen van haar vernietigingsregister
            //: niet toe."
            replay->uncheckedWhy
                = tr("Your role in the store being replaced does not allow reading "
                     "its destruction log.");
        } else if (live) {
            liveThere = true;
            liveId = live->storeId();
            ServiceError readError;
            traces = RetentionService(*session).destructionTraces(&readError);
            if (readError.isError())
                //: Dutch: "Het vernietigingsregister van de vervangen kluis kon niet worden
                //: gelezen (%1)."
                replay->uncheckedWhy = tr("The destruction log of the store being replaced could "
                                          "not be read (%1).")
                                           .arg(readError.message);
        } else if (openError.code() == StoreError::Code::InUse) {
            *error = openError;
            return false;
        } else if (openError.code() != StoreError::Code::NotAStore) {
            liveThere = true;
            //: Dutch: "De vervangen kluis ging met deze gegevens niet open (%1)."
            replay->uncheckedWhy = tr("The store being replaced did not open with these "
                                      "credentials (%1).")
                                       .arg(openError.message());
        }
    }
    // 2. The restore itself, and 3. what was destroyed after the backup done again on the
    // staged copy before it replaces the store (Store::restore, step 3): a kill leaves the old
    // store or the restored one with the replay, never the backup's data without it; a replay
    // that fails replaces nothing.
    const bool replayThere = liveThere && replay->uncheckedWhy.isEmpty();
    const Store::StagedWork replayStaged = [&](Store &staged, StoreError *stagedError) {
        if (!replayThere)
            return true;
        if (staged.storeId() != liveId) {
            // Another store's backup: the replaced store's destructions are not about its data.
            //: Dutch: "De back-up is van een andere kluis: de vernietigingen van de vervangen
            //: kluis gaan daar niet over."
            replay->uncheckedWhy = tr("The backup is of another store: the destructions of the "
                                      "replaced store do not concern it.");
            return true;
        }
        replay->checked = true;
        // The staged copy is a store of its own, opened here: its own session.
        const Session stagedSession(staged, clock);
        if (RetentionService(stagedSession).replayDestructions(traces, replay, replayError))
            return true;
        replay->replayed.clear();
        *stagedError = { StoreError::Code::Internal, QStringLiteral("the replay failed") };
        return false;
    };
    return UserService::restore(backupDirectory, storeDirectory, userName, password, clock,
                                safetyBackup, error, otherStore, identities, replayStaged);
}

} // namespace pd
