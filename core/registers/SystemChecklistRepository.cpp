#include "registers/SystemChecklistRepository.h"

#include "store/ServiceSupport.h"
#include "store/Statements.h"

#include <QSqlQuery>
#include <QVariant>

namespace pd {

using namespace Qt::StringLiterals;

std::optional<QList<SystemCheck>>
SystemChecklistRepository::ofCase(const QSqlDatabase &db, qint64 caseId, ServiceError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!statements::run(query,
                         u"SELECT system, result, note, attachment_id, searched_by, searched_at, "
                         "sent_on FROM case_system_checks WHERE case_id = ? ORDER BY id"_s,
                         { caseId }, error))
        return std::nullopt;
    return statements::rows(
        query,
        [](const QSqlQuery &row) {
            SystemCheck check;
            check.system = row.value(0).toString();
            check.searched = true;
            check.result = SystemChecklist::result(row.value(1).toString())
                               .value_or(SystemSearchResult::NietsGevonden);
            check.note = row.value(2).toString();
            check.attachmentId = row.value(3).toLongLong();
            check.searchedBy = row.value(4).toString();
            check.searchedAt = QDateTime::fromString(row.value(5).toString(), Qt::ISODateWithMs);
            check.sentOn = QDate::fromString(row.value(6).toString(), Qt::ISODate);
            return check;
        },
        error);
}

bool SystemChecklistRepository::tick(const QSqlDatabase &db, qint64 caseId, const SystemTick &tick,
                                     const QString &user, const QString &now, ServiceError *error)
{
    QSqlQuery query(db);
    const QVariant attachment = tick.attachmentId > 0 ? QVariant(tick.attachmentId)
                                                      : QVariant(QMetaType(QMetaType::LongLong));
    return statements::run(query,
                           u"DELETE FROM case_system_checks WHERE case_id = ? AND system = ?"_s,
                           { caseId, tick.system }, error)
        && statements::run(query,
                           u"INSERT INTO case_system_checks (case_id, system, result, note, "
                           "attachment_id, searched_by, searched_at, sent_on) VALUES (?, ?, ?, "
                           "?, ?, ?, ?, ?)"_s,
                           { caseId, tick.system, SystemChecklist::resultCode(tick.result),
                             support::nullable(tick.note), attachment, user, now,
                             support::nullableDate(tick.sentOn) },
                           error);
}

bool SystemChecklistRepository::eraseNotes(const QSqlDatabase &db, const QString &caseIds,
                                           const QVariantList &values, ServiceError *error)
{
    QSqlQuery query(db);
    return statements::run(query,
                           u"UPDATE case_system_checks SET note = NULL WHERE case_id"_s + caseIds,
                           values, error);
}

} // namespace pd
