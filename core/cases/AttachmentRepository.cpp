#include "cases/AttachmentRepository.h"

#include "cases/CaseRepository.h"
#include "sql/Dialect.h"
#include "store/Statements.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

using statements::failed;
using statements::run;
using statements::single;

} // namespace

std::optional<qint64> AttachmentRepository::usedBytes(const QSqlDatabase &db, ServiceError *error)
{
    const auto used = single(
        db, u"SELECT COALESCE(sum(size), 0) FROM case_attachments WHERE destroyed_at IS NULL"_s, {},
        error);
    return used ? std::optional<qint64>(used->toLongLong()) : std::nullopt;
}

std::optional<qint64> AttachmentRepository::insert(const QSqlDatabase &db, qint64 caseId,
                                                   const Attachment &a, const QString &kindCode,
                                                   const QByteArray &content, ServiceError *error)
{
    return statements::inserted(db,
                                u"INSERT INTO case_attachments (case_id, kind, name, media_type, "
                                "size, sha256, added_at, added_by, content) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                { caseId, kindCode, a.name, a.mediaType, a.size, a.sha256,
                                  a.addedAt.toString(Qt::ISODateWithMs), a.addedBy, content },
                                error);
}

std::optional<QList<Attachment>> AttachmentRepository::ofRequest(const QSqlDatabase &db,
                                                                 const QString &caseNumber,
                                                                 KindFn kindOf, ServiceError *error)
{
    // The SELECT's columns, in its order.
    enum Column { Id, Kind, Name, MediaType, Size, Sha256, AddedAt, AddedBy, DestroyedAt };
    const auto attachmentFrom = [&](const QSqlQuery &query) {
        Attachment a;
        a.id = query.value(Id).toLongLong();
        a.caseNumber = caseNumber;
        a.kind = kindOf(query.value(Kind).toString()).value_or(AttachmentKind::Origineel);
        a.name = query.value(Name).toString();
        a.mediaType = query.value(MediaType).toString();
        a.size = query.value(Size).toLongLong();
        a.sha256 = query.value(Sha256).toString();
        a.addedAt = QDateTime::fromString(query.value(AddedAt).toString(), Qt::ISODateWithMs);
        a.addedBy = query.value(AddedBy).toString();
        a.destroyedAt
            = QDateTime::fromString(query.value(DestroyedAt).toString(), Qt::ISODateWithMs);
        return a;
    };
    return statements::select(db,
                              u"SELECT a.id, a.kind, a.name, a.media_type, a.size, a.sha256, "
                              "a.added_at, a.added_by, a.destroyed_at FROM case_attachments a "_s
                                  + CaseRepository::joinSql(u"c", u"a.case_id")
                                  + u" WHERE c.number = ? ORDER BY a.id"_s,
                              { caseNumber }, attachmentFrom, error);
}

bool AttachmentRepository::content(const QSqlDatabase &db, const QString &caseNumber, qint64 id,
                                   std::optional<StoredAttachment> *found, ServiceError *error)
{
    *found = std::nullopt;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    enum Column { Content, Sha256, DestroyedAt, Name }; // the SELECT's, in its order
    if (!run(query,
             u"SELECT a.content, a.sha256, a.destroyed_at, a.name FROM case_attachments a "_s
                 + CaseRepository::joinSql(u"c", u"a.case_id")
                 + u" WHERE c.number = ? AND a.id = ?"_s,
             { caseNumber, id }, error))
        return false;
    if (!query.next())
        return true;
    *found = StoredAttachment { query.value(Content).toByteArray(), query.value(Sha256).toString(),
                                query.value(Name).toString(),
                                query.isNull(DestroyedAt) ? QString()
                                                          : query.value(DestroyedAt).toString() };
    return true;
}

QString AttachmentRepository::countOfRequestSql(const QString &caseIdSql)
{
    return u"(SELECT count(*) FROM case_attachments a WHERE a.case_id = "_s + caseIdSql + u')';
}

std::optional<int> AttachmentRepository::keptCount(const QSqlDatabase &db, const QString &casesSql,
                                                   const QVariantList &values, ServiceError *error)
{
    return statements::count(
        db,
        u"SELECT count(*) FROM case_attachments WHERE destroyed_at IS NULL AND case_id IN "_s
            + casesSql,
        values, error);
}

bool AttachmentRepository::destroyContents(const QSqlDatabase &db, const QString &casesSql,
                                           const QVariantList &values, const QString &now,
                                           ServiceError *error)
{
    return run(db,
               u"UPDATE case_attachments SET name = NULL, content = NULL, destroyed_at = ? "
               "WHERE destroyed_at IS NULL AND case_id IN "_s
                   + casesSql,
               QVariantList { now } + values, error);
}

} // namespace pd
