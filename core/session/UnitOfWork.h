#pragma once

#include "audit/AuditLog.h"
#include "domain/BsnGuard.h"
#include "session/Session.h"
#include "util/ServiceError.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace pd {

class Store;
class Transaction;

// The one way a service writes. Every change takes the same steps, in this order:
//
//   1. permit()  the role check: refused → one user.denied event and Denied (Session::permit)
//   2. guard()   the BSN guard over the texts the write will store: refused → BsnRefused with
//                the masked findings; overridden → a bsn.override event is recorded with it
//   3. commit()  a transaction (a savepoint inside a caller's) → the write itself (a callback)
//                → its audit event(s), in the order the write recorded them, then the
//                bsn.override event about the first event's entity → what the write said
//                follows it (Write::then) → commit
//
// A step runs the earlier steps that did not run yet (commit() alone checks the role), so a
// service cannot write before the role check; it calls permit() first where it checks the input
// between the two (an invalid input from a role that may not write is still Denied, and is
// never judged). Any failure rolls back and records nothing as done; after a failed step every
// later step fails with the same error. A unit commits once.
//
// A unit's events are appended in one AuditLog::appendBatch call (on a server store one
// pd_audit_append call, up to its limit), each exactly as AuditLog::append would write it.
//
//   UnitOfWork unit(session, Permission::EditRegisters, u"breach.closed"_s, number);
//   if (!unit.permit(error)) return false;
//   ... read and check the input ...
//   if (!unit.guard({ { tr("Reason"), reason } }, bsnOverride, error)) return false;
//   return unit.commit([&](UnitOfWork::Write &write, ServiceError *why) {
//       write.record(u"breach"_s, number, u"breach.closed"_s, payload);
//       return BreachRepository::close(write.database(), id, ..., why);
//   }, error);
class UnitOfWork final
{
    Q_DISABLE_COPY_MOVE(UnitOfWork)
public:
    // What the write gets: the store's connection inside the transaction, on which the
    // modules' repositories run their statements (the unit itself runs none), and the events
    // to record after it.
    class Write final
    {
        Q_DISABLE_COPY_MOVE(Write)
    public:
        QSqlDatabase database() const { return m_db; }
        const Session &session() const { return m_session; }
        // An audit event of this change (the acting user as actor), appended after the write.
        void record(const QString &entityType, const QString &entityId, const QString &action,
                    const QJsonObject &payload = {});
        // The same with the payload already written as its compact JSON text, exactly as the
        // QJsonObject of it would be (AuditEntry::payloadText, util/JsonWriter): a write of
        // many events (the person import's one per row) that needs no QJsonObject for each.
        void recordText(const QString &entityType, const QString &entityId, const QString &action,
                        QByteArray payloadText);
        // The entity a confirmed BSN override is recorded about, when it is not the first
        // event's: a change of several rows about one thing (the organisation's details, one
        // settings.changed event per key, are overridden as "settings"/"organisation").
        void overrideAbout(const QString &entityType, const QString &entityId);
        // A write that follows this change's events in the same transaction, run after they
        // are appended (another service's unit, whose events then come after these): a breach
        // letter recorded as sent marks its person informed. false fails the unit, with *error
        // set (by the repository whose statement failed).
        void then(std::function<bool(ServiceError *error)> next);

    private:
        friend class UnitOfWork;
        Write(const Session &session, QSqlDatabase db);

        const Session &m_session;
        QSqlDatabase m_db;
        QList<AuditEntry> m_events;
        QString m_overrideType;
        QString m_overrideId;
        QList<std::function<bool(ServiceError *)>> m_next;
    };
    // Several units in one transaction, committed together or not at all: the demo's batches
    // of many services' units. Each unit inside checks its own role, guards its own texts and
    // records its own events; the batch itself checks no role and records nothing. It begins
    // when made (a savepoint in turn inside a caller's transaction) and rolls back when it goes
    // out of scope uncommitted, so every early return is safe.
    //
    // Whether a unit inside may fail alone is the caller's to say. Where every failure ends the
    // whole batch (the demo, a mail taken as a request, closing with legal holds), a unit writes
    // straight into the batch's transaction: a savepoint and its release are two round trips a
    // unit on a server. A unit that fails after it began writing then spoils the batch, which
    // no longer takes units and refuses to commit. Where the caller goes on after a unit failed,
    // each unit is a savepoint that takes only its own change back.
    //
    //   UnitOfWork::Batch batch(session, UnitOfWork::Batch::Units::FailTogether);
    //   if (!batch.begun(&error)) return false;
    //   ... units of any service over the same store ...
    //   if (!batch.commit(&error)) return false;
    class Batch final
    {
        Q_DISABLE_COPY_MOVE(Batch)
    public:
        enum class Units { FailTogether, MayFailAlone };
        Batch(const Session &session, Units units);
        ~Batch();
        // false when the transaction could not begin, with *error (fromTransaction).
        bool begun(ServiceError *error) const;
        // false when it could not commit (or never began), with *error; then nothing of the
        // units inside stays.
        bool commit(ServiceError *error);

    private:
        friend class UnitOfWork;
        // The innermost batch of this thread over store whose units write into its transaction
        // without a savepoint, or null.
        static Batch *joinedBy(const Store &store);
        void spoil(const ServiceError &why);

        const Store &m_store;
        const Units m_units;
        std::unique_ptr<Transaction> m_transaction;
        // The role, read once the transaction began, for every unit inside.
        std::unique_ptr<Session::Held> m_role;
        // Why a unit failed after it began writing into the batch's own transaction.
        std::optional<ServiceError> m_spoiled;
    };

    // The write itself: false when it failed, with *error set (the repositories set the error
    // of the statement that failed; one left empty is said as an internal error).
    using Work = std::function<bool(Write &write, ServiceError *error)>;

    // action and target name the change in a refusal's user.denied event: a stable code and an
    // identifier (a number, a row id; empty for something new), never personal data.
    UnitOfWork(const Session &session, Permission permission, QString action, QString target = {});

    const Session &session() const { return m_session; }
    // The change as a refusal names it; services whose event has the same name record it.
    const QString &action() const { return m_action; }

    bool permit(ServiceError *error);
    // fields: (translated label, text) of every free text the write stores; bsnOverride is the
    // user's explicit "this is not a BSN". May be called more than once (every field is checked;
    // the override event lists the findings of all).
    bool guard(const QList<QPair<QString, QString>> &fields, bool bsnOverride, ServiceError *error);
    bool commit(const Work &work, ServiceError *error);

private:
    enum class Step { Created, Permitted, Committed, Failed };
    bool fail(ServiceError *error, const ServiceError &why);
    // commit() once the role check passed.
    bool commitPermitted(const Work &work, ServiceError *error);
    // The write of commit(), inside the transaction it was given (its own, or a batch's).
    bool writeIn(QSqlDatabase db, const Work &work, ServiceError *error);
    // The write's events and the override's, appended in order inside the transaction.
    bool appendEvents(const QList<AuditEntry> &events, QString *auditError) const;

    const Session &m_session;
    // The role read at the unit's check, until it committed or failed (a write that calls on
    // another service's unit does not read it again).
    std::unique_ptr<Session::Held> m_role;
    const Permission m_permission;
    const QString m_action;
    const QString m_target;
    Step m_step = Step::Created;
    ServiceError m_failure;
    QList<BsnFinding> m_overridden; // the findings the user confirmed are not a BSN
};

} // namespace pd
