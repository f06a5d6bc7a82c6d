// The retention planner: legal holds (RetentionService, see Retention.h).

#include "persons/PersonRepository.h"
#include "registers/Retention.h"
#include "registers/RetentionRepository.h"
#include "registers/RetentionShared.h"
#include "session/Access.h"
#include "store/Store.h"
#include "store/Transaction.h"

namespace pd {

using namespace retention;

// --- legal holds ---

bool RetentionService::placeHold(qint64 personId, const QString &reason, bool bsnOverride,
                                 ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::EditRegisters,
                   QStringLiteral("retention.hold_placed"), QString::number(personId), error))
        return false;
    if (reason.trimmed().isEmpty()) {
        *error = invalid(tr("Enter the reason for the legal hold, for example an open complaint "
                            "at the Autoriteit Persoonsgegevens."));
        return false;
    }
    if (!guard({ { tr("Reason for the legal hold"), reason } }, bsnOverride, error))
        return false;
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    ServiceError presentError;
    const std::optional<bool> present = PersonRepository::exists(
        db, personId, PersonRepository::Anonymised::Excluded, &presentError);
    if (!present || !*present) {
        *error = { ServiceError::Code::NotFound, tr("The data subject no longer exists."), {} };
        return false;
    }
    ServiceError readError;
    if (holdFor(personId, &readError) || readError.isError()) {
        *error = readError.isError()
            ? readError
            : invalid(tr("This data subject is already under a legal hold."));
        return false;
    }
    if (!RetentionRepository::insertHold(db, personId, reason.trimmed(), isoDate(m_clock.today()),
                                         m_store.userName(), error))
        return false;
    AuditLog log = audit();
    QString auditError;
    if (!log.append(m_store.userName(), personEntity, QString::number(personId),
                    QStringLiteral("retention.hold.placed"),
                    { { QStringLiteral("reason"), reason.trimmed() } }, &auditError)) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return false;
    }
    if (!flushOverrides(log, personEntity, QString::number(personId), error))
        return false;
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    return true;
}

bool RetentionService::releaseHold(qint64 personId, ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::EditRegisters,
                   QStringLiteral("retention.hold_released"), QString::number(personId), error))
        return false;
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    ServiceError readError;
    if (!holdFor(personId, &readError)) {
        *error = readError.isError() ? readError
                                     : invalid(tr("This data subject is not under a legal hold."));
        return false;
    }
    if (!RetentionRepository::releaseHold(db, personId, isoDate(m_clock.today()),
                                          m_store.userName(), error))
        return false;
    AuditLog log = audit();
    QString auditError;
    if (!log.append(m_store.userName(), personEntity, QString::number(personId),
                    QStringLiteral("retention.hold.released"), {}, &auditError)) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return false;
    }
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    return true;
}

QList<LegalHold> RetentionService::holds(ServiceError *error) const
{
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                  error))
        return {};
    ServiceError failure;
    auto result = RetentionRepository::openHolds(m_store.database(), &failure);
    if (!result) {
        if (error)
            *error = failure;
        return {};
    }
    return *result;
}

QList<LegalHold> RetentionService::holdsOn(QDate on, ServiceError *error) const
{
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                  error))
        return {};
    ServiceError failure;
    auto result = RetentionRepository::holdsOn(m_store.database(), isoDate(on), &failure);
    if (!result) {
        if (error)
            *error = failure;
        return {};
    }
    return *result;
}

std::optional<LegalHold> RetentionService::holdFor(qint64 personId, ServiceError *error) const
{
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                  error))
        return std::nullopt;
    std::optional<LegalHold> found;
    ServiceError failure;
    if (!RetentionRepository::openHoldOf(m_store.database(), personId, &found, &failure)) {
        if (error)
            *error = failure;
        return std::nullopt;
    }
    return found;
}

} // namespace pd
