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

// The one way a service writes: permit() the role check, guard() the BSN guard, commit() the
// write and its audit events in one transaction. A step runs the earlier ones not yet run.
// Any failure rolls back; after it every later step fails with the same error.
class UnitOfWork final
{
    Q_DISABLE_COPY_MOVE(UnitOfWork)
public:
    class Write final
    {
        Q_DISABLE_COPY_MOVE(Write)
    public:
        QSqlDatabase database() const { return m_db; }
        const Session &session() const { return m_session; }
        void record(const QString &entityType, const QString &entityId, const QString &action,
                    const QJsonObject &payload = {});
        // payloadText exactly as AuditEntry::payloadText would write the QJsonObject.
        void recordText(const QString &entityType, const QString &entityId, const QString &action,
                        QByteArray payloadText);
        void overrideAbout(const QString &entityType, const QString &entityId);
        // Runs after this change's events in the same transaction; false fails the unit.
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
    // Several units committed together or not at all; rolls back when destroyed uncommitted. Under
    // FailTogether units write without savepoints, and one that fails spoils the batch.
    class Batch final
    {
        Q_DISABLE_COPY_MOVE(Batch)
    public:
        enum class Units { FailTogether, MayFailAlone };
        Batch(const Session &session, Units units);
        ~Batch();
        bool begun(ServiceError *error) const;
        bool commit(ServiceError *error);

    private:
        friend class UnitOfWork;
        static Batch *joinedBy(const Store &store);
        void spoil(const ServiceError &why);

        const Store &m_store;
        const Units m_units;
        std::unique_ptr<Transaction> m_transaction;
        std::unique_ptr<Session::Held> m_role;
        std::optional<ServiceError> m_spoiled;
    };

    using Work = std::function<bool(Write &write, ServiceError *error)>;

    // action and target name a refusal's user.denied event: never personal data.
    UnitOfWork(const Session &session, Permission permission, QString action, QString target = {});

    const Session &session() const { return m_session; }
    const QString &action() const { return m_action; }

    bool permit(ServiceError *error);
    // fields: (translated label, text) of every free text stored. May be called more than once.
    bool guard(const QList<QPair<QString, QString>> &fields, BsnCheck bsnCheck,
               ServiceError *error);
    bool commit(const Work &work, ServiceError *error);

private:
    enum class Step { Created, Permitted, Committed, Failed };
    bool fail(ServiceError *error, const ServiceError &why);
    bool commitPermitted(const Work &work, ServiceError *error);
    bool writeIn(QSqlDatabase db, const Work &work, ServiceError *error);
    bool appendEvents(const QList<AuditEntry> &events, QString *auditError) const;

    const Session &m_session;
    std::unique_ptr<Session::Held> m_role;
    const Permission m_permission;
    const QString m_action;
    const QString m_target;
    Step m_step = Step::Created;
    ServiceError m_failure;
    QList<BsnFinding> m_overridden; // the findings the user confirmed are not a BSN
};

// Each text within InputLimits::maxShortText (a clear refusal first), then the unit's BSN guard.
bool guardShortTexts(UnitOfWork &unit, const QList<QPair<QString, QString>> &fields,
                     BsnCheck bsnCheck, ServiceError *error);

} // namespace pd
