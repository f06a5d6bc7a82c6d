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
    enum CheckColumn {
        System,
        Result,
        Note,
        AttachmentId,
        SearchedBy,
        SearchedAt,
        SentOn,
        InReport
    };
    return statements::select(
        db,
        u"SELECT system, result, note, attachment_id, searched_by, searched_at, "
        "sent_on, in_report FROM case_system_checks WHERE case_id = ? "
        "ORDER BY id"_s,
        { caseId },
        [](const QSqlQuery &row) {
            SystemCheck check;
            check.system = row.value(System).toString();
            check.searched = true;
            check.result = codes::from<SystemSearchResult>(row.value(Result).toString())
                               .value_or(SystemSearchResult::NietsGevonden);
            check.note = row.value(Note).toString();
            check.attachmentId = row.value(AttachmentId).toLongLong();
            check.searchedBy = row.value(SearchedBy).toString();
            check.searchedAt
                = QDateTime::fromString(row.value(SearchedAt).toString(), Qt::ISODateWithMs);
            check.sentOn = QDate::fromString(row.value(SentOn).toString(), Qt::ISODate);
            check.inReport = row.value(InReport).toInt() == 1;
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
                           "attachment_id, searched_by, searched_at, sent_on, in_report) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                           { caseId, tick.system, codes::code(tick.result),
                             support::nullable(tick.note), attachment, user, now,
                             support::nullableDate(tick.sentOn),
                             tick.inReport && tick.result == SystemSearchResult::Gevonden ? 1 : 0 },
                           error);
}

bool SystemChecklistRepository::eraseNotes(const QSqlDatabase &db, const QString &caseIds,
                                           const QVariantList &values, ServiceError *error)
{
    return statements::run(
        db, u"UPDATE case_system_checks SET note = NULL WHERE case_id"_s + caseIds, values, error);
}

} // namespace pd
