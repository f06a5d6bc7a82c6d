// The retention planner: legal holds (RetentionService, see Retention.h).

#include "persons/PersonRepository.h"
#include "retention/Retention.h"
#include "retention/RetentionShared.h"
#include "session/Access.h"
#include "session/Session.h"
#include "store/Store.h"
#include "terms/RetentionRepository.h"

namespace pd {

using namespace retention;

// --- legal holds ---

bool RetentionService::placeHold(qint64 personId, const QString &reason, BsnCheck bsnCheck,
                                 ServiceError *error)
{
    const Session &session = m_session;
    UnitOfWork unit(session, Permission::EditRegisters, QStringLiteral("retention.hold_placed"),
                    QString::number(personId));
    if (!unit.permit(error))
        return false;
    if (reason.trimmed().isEmpty()) {
        *error = invalid(tr("Enter the reason for the legal hold, for example an open complaint "
                            "at the Autoriteit Persoonsgegevens."));
        return false;
    }
    if (!guard(unit, { { tr("Reason for the legal hold"), reason } }, bsnCheck, error))
        return false;
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            const QSqlDatabase db = m_session.store().database();
            ServiceError presentError;
            const std::optional<bool> present = PersonRepository::exists(
                db, personId, PersonRepository::Anonymised::Excluded, &presentError);
            if (!present || !*present) {
                *failure = { ServiceError::Code::NotFound,
                             tr("The data subject no longer exists."),
                             {} };
                return false;
            }
            ServiceError readError;
            if (holdFor(personId, &readError) || readError.isError()) {
                *failure = readError.isError()
                    ? readError
                    : invalid(tr("This data subject is already under a legal hold."));
                return false;
            }
            if (!RetentionRepository::insertHold(db, personId, reason.trimmed(),
                                                 isoDate(m_session.clock().today()),
                                                 m_session.store().userName(), failure))
                return false;
            write.record(personEntity, QString::number(personId),
                         QStringLiteral("retention.hold.placed"),
                         { { QStringLiteral("reason"), reason.trimmed() } });
            return true;
        },
        error);
}

bool RetentionService::releaseHold(qint64 personId, ServiceError *error)
{
    const Session &session = m_session;
    UnitOfWork unit(session, Permission::EditRegisters, QStringLiteral("retention.hold_released"),
                    QString::number(personId));
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            ServiceError readError;
            if (!holdFor(personId, &readError)) {
                *failure = readError.isError()
                    ? readError
                    : invalid(tr("This data subject is not under a legal hold."));
                return false;
            }
            if (!RetentionRepository::releaseHold(m_session.store().database(), personId,
                                                  isoDate(m_session.clock().today()),
                                                  m_session.store().userName(), failure))
                return false;
            write.record(personEntity, QString::number(personId),
                         QStringLiteral("retention.hold.released"));
            return true;
        },
        error);
}

QList<LegalHold> RetentionService::holds(ServiceError *error) const
{
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                              error))
        return {};
    ServiceError failure;
    auto result = RetentionRepository::openHolds(m_session.store().database(), &failure);
    if (!result) {
        if (error)
            *error = failure;
        return {};
    }
    return *result;
}

QList<LegalHold> RetentionService::holdsOn(QDate on, ServiceError *error) const
{
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                              error))
        return {};
    ServiceError failure;
    auto result = RetentionRepository::holdsOn(m_session.store().database(), isoDate(on), &failure);
    if (!result) {
        if (error)
            *error = failure;
        return {};
    }
    return *result;
}

std::optional<LegalHold> RetentionService::holdFor(qint64 personId, ServiceError *error) const
{
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                              error))
        return std::nullopt;
    std::optional<LegalHold> found;
    ServiceError failure;
    if (!RetentionRepository::openHoldOf(m_session.store().database(), personId, &found,
                                         &failure)) {
        if (error)
            *error = failure;
        return std::nullopt;
    }
    return found;
}

} // namespace pd
