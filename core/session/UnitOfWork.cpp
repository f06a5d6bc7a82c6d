#include "session/UnitOfWork.h"

#include "domain/InputLimits.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QSqlError>
#include <QUuid>

namespace pd {

namespace {

// A service that breaks the unit's rules: a programming error, said as the store's internal
// error (nothing was changed) with the rule as the detail.
ServiceError misuse(const QString &rule)
{
    return {
        ServiceError::Code::Storage, StoreError(StoreError::Code::Internal).message(), {}, rule
    };
}

// A write that failed without saying why: every repository sets the error of the statement
// that failed, so this is a programming error.
ServiceError unsaid()
{
    return misuse(QStringLiteral("unit of work: a write failed without an error"));
}

// The batches of this thread, innermost last.
thread_local QList<UnitOfWork::Batch *> openBatches;

} // namespace

UnitOfWork::Write::Write(const Session &session, QSqlDatabase db)
    : m_session(session)
    , m_db(std::move(db))
{ }

void UnitOfWork::Write::record(const QString &entityType, const QString &entityId,
                               const QString &action, const QJsonObject &payload)
{
    m_events.append(AuditEntry { m_session.userName(), entityType, entityId, action, payload });
}

void UnitOfWork::Write::recordText(const QString &entityType, const QString &entityId,
                                   const QString &action, QByteArray payloadText)
{
    m_events.append(AuditEntry {
        m_session.userName(), entityType, entityId, action, {}, std::move(payloadText) });
}

void UnitOfWork::Write::then(std::function<bool(ServiceError *)> next)
{
    m_next.append(std::move(next));
}

void UnitOfWork::Write::overrideAbout(const QString &entityType, const QString &entityId)
{
    m_overrideType = entityType;
    m_overrideId = entityId;
}

UnitOfWork::UnitOfWork(const Session &session, Permission permission, QString action,
                       QString target)
    : m_session(session)
    , m_permission(permission)
    , m_action(std::move(action))
    , m_target(std::move(target))
{ }

bool UnitOfWork::fail(ServiceError *error, const ServiceError &why)
{
    m_step = Step::Failed;
    m_failure = why;
    *error = why;
    return false;
}

bool UnitOfWork::permit(ServiceError *error)
{
    switch (m_step) {
    case Step::Created:
        break;
    case Step::Permitted:
        return true;
    case Step::Committed:
        return fail(error, misuse(QStringLiteral("unit of work: committed already")));
    case Step::Failed:
        *error = m_failure;
        return false;
    }
    *error = {};
    m_role = std::make_unique<Session::Held>(m_session);
    ServiceError denied;
    if (!m_session.permit(m_permission, m_action, m_target, &denied))
        return fail(error, denied);
    m_step = Step::Permitted;
    return true;
}

bool UnitOfWork::guard(const QList<QPair<QString, QString>> &fields, BsnCheck bsnCheck,
                       ServiceError *error)
{
    if (!permit(error))
        return false;
    const BsnGuard::GuardResult result = BsnGuard::checkFields(fields, bsnCheck);
    if (!result.allowed)
        return fail(error, { ServiceError::Code::BsnRefused, result.message, result.findings });
    if (result.overridden)
        m_overridden << result.findings;
    return true;
}

bool UnitOfWork::commit(const Work &work, ServiceError *error)
{
    const bool done = permit(error) && commitPermitted(work, error);
    m_role.reset(); // the next check after the unit reads the role again
    return done;
}

bool UnitOfWork::commitPermitted(const Work &work, ServiceError *error)
{
    if (Batch *batch = Batch::joinedBy(m_session.store())) {
        if (batch->m_spoiled)
            return fail(error, *batch->m_spoiled);
        if (writeIn(batch->m_transaction->database(), work, error))
            return true;
        batch->spoil(*error);
        return false;
    }
    Transaction transaction(m_session.store().database());
    if (!transaction.isOpen())
        return fail(error, ServiceError::fromTransaction(transaction));
    if (!writeIn(transaction.database(), work, error))
        return false;
    if (!transaction.commit())
        return fail(error, ServiceError::fromTransaction(transaction));
    return true;
}

bool UnitOfWork::writeIn(QSqlDatabase db, const Work &work, ServiceError *error)
{
    Write write(m_session, std::move(db));
    ServiceError failure;
    if (!work(write, &failure))
        return fail(error, failure.isError() ? failure : unsaid());
    QList<AuditEntry> events = write.m_events;
    if (!m_overridden.isEmpty()) {
        // The override is recorded about what the change is about: the server's guard accepts
        // a text only beside a bsn.override event about the row's entity.
        if (events.isEmpty())
            return fail(error,
                        misuse(QStringLiteral("unit of work: a BSN override needs an event")));
        const bool named = !write.m_overrideType.isEmpty();
        events.append(AuditEntry {
            m_session.userName(), named ? write.m_overrideType : events.first().entityType,
            named ? write.m_overrideId : events.first().entityId, QStringLiteral("bsn.override"),
            BsnGuard::overridePayload(m_overridden) });
    }
    QString auditError;
    if (!appendEvents(events, &auditError))
        return fail(error, ServiceError(ServiceError::Code::Storage, auditError));
    for (const auto &next : std::as_const(write.m_next)) {
        ServiceError why;
        if (!next(&why))
            return fail(error, why.isError() ? why : unsaid());
    }
    m_step = Step::Committed;
    return true;
}

UnitOfWork::Batch::Batch(const Session &session, Units units)
    : m_store(session.store())
    , m_units(units)
    , m_transaction(std::make_unique<Transaction>(session.store().database()))
{
    if (!m_transaction->isOpen())
        return;
    m_role = std::make_unique<Session::Held>(session);
    openBatches.append(this);
}

UnitOfWork::Batch::~Batch()
{
    openBatches.removeOne(this);
}

UnitOfWork::Batch *UnitOfWork::Batch::joinedBy(const Store &store)
{
    for (auto batch = openBatches.crbegin(); batch != openBatches.crend(); ++batch) {
        if (&(*batch)->m_store == &store)
            return (*batch)->m_units == Units::FailTogether ? *batch : nullptr;
    }
    return nullptr;
}

void UnitOfWork::Batch::spoil(const ServiceError &why)
{
    if (!m_spoiled)
        m_spoiled = why;
}

bool UnitOfWork::Batch::begun(ServiceError *error) const
{
    if (m_transaction->isOpen())
        return true;
    *error = ServiceError::fromTransaction(*m_transaction);
    return false;
}

bool UnitOfWork::Batch::commit(ServiceError *error)
{
    m_role.reset(); // the next check after the batch reads the role again
    openBatches.removeOne(this);
    if (m_spoiled) {
        // A unit's half-written change is in the transaction: none of it may stay.
        m_transaction->rollback();
        *error = *m_spoiled;
        return false;
    }
    if (m_transaction->commit())
        return true;
    *error = ServiceError::fromTransaction(*m_transaction);
    return false;
}

bool UnitOfWork::appendEvents(const QList<AuditEntry> &events, QString *auditError) const
{
    const Store &store = m_session.store();
    AuditLog log(store.database(), store.storeId().toString(QUuid::WithoutBraces),
                 m_session.clock());
    // One batch: a server store takes it in one pd_audit_append call (up to its limit).
    return log.appendBatch(events, auditError);
}

bool guardShortTexts(UnitOfWork &unit, const QList<QPair<QString, QString>> &fields,
                     BsnCheck bsnCheck, ServiceError *error)
{
    QList<InputLimits::Length> lengths;
    for (const auto &[field, text] : fields)
        lengths.append({ field, text, InputLimits::maxShortText });
    if (const QString why = InputLimits::checkLengths(lengths); !why.isEmpty()) {
        *error = { ServiceError::Code::Invalid, why, {} };
        return false;
    }
    return unit.guard(fields, bsnCheck, error);
}

} // namespace pd
