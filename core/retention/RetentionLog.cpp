// The destruction log (RetentionService, see Retention.h): an entry written with each destruction,
// tied to the audit trail's head at that moment, and the log read back with its filters.

#include "retention/Retention.h"
#include "retention/RetentionDestructionRepository.h"
#include "retention/RetentionShared.h"
#include "session/Access.h"
#include "store/Store.h"

namespace pd {

using namespace retention;

namespace retention {

bool lastEvent(const QSqlDatabase &db, qint64 *seq, QString *hash, ServiceError *error)
{
    return RetentionDestructionRepository::lastEvent(db, seq, hash, error);
}

bool logDestruction(const QSqlDatabase &db, const QVariant &ruleId, DestructionRecord *record,
                    ServiceError *error)
{
    return lastEvent(db, &record->auditSeq, &record->proofHash, error)
        && RetentionDestructionRepository::insertDestruction(db, ruleId, record, error);
}

bool emptyWriteAheadLog(const QSqlDatabase &db)
{
    QString checkpointFailure;
    if (RetentionDestructionRepository::truncateWriteAheadLog(db, &checkpointFailure))
        return true;
    qWarning("retention: WAL not emptied after destruction: %s", qPrintable(checkpointFailure));
    return false;
}

QString ruleTextOf(const RetentionRule &rule)
{
    // The breach register runs from the closing of the breach, stored as 'overig'.
    return QStringLiteral("%1: %2 %3 na %4")
        .arg(rule.category)
        .arg(rule.period.amount)
        .arg(RetentionCalendar::unitCode(rule.period.unit),
             rule.isBreachRegister() ? QStringLiteral("afsluiten-datalek")
                                     : codes::code(rule.trigger));
}

} // namespace retention

QList<DestructionRecord> RetentionService::destructionLog(const DestructionFilter &filter,
                                                          int offset, int limit,
                                                          ServiceError *error) const
{
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                              error))
        return {};
    ServiceError failure;
    auto result = RetentionDestructionRepository::destructions(m_session.store().database(), filter,
                                                               offset, limit, &failure);
    if (!result) {
        if (error)
            *error = failure;
        return {};
    }
    return *result;
}

int RetentionService::destructionCount(const DestructionFilter &filter, ServiceError *error) const
{
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                              error))
        return 0;
    ServiceError failure;
    const auto count = RetentionDestructionRepository::destructionCount(
        m_session.store().database(), filter, &failure);
    if (!count) {
        if (error)
            *error = failure;
        return 0;
    }
    return *count;
}

} // namespace pd
