#include "registers/KeptDocumentRepository.h"

#include "store/Statements.h"

#include <QSqlQuery>

namespace pd {

using namespace Qt::StringLiterals;
using statements::run;

namespace {

// The table and its key: the owner's kind decides both, never a caller's text.
struct Table
{
    QString name;
    QString key;
};

Table tableOf(KeptDocumentOwner owner)
{
    return owner == KeptDocumentOwner::Dpia
        ? Table { u"dpia_documents"_s, u"dpia_id"_s }
        : Table { u"processor_agreements"_s, u"recipient_id"_s };
}

} // namespace

bool KeptDocumentRepository::find(const QSqlDatabase &db, KeptDocumentOwner owner, qint64 ownerId,
                                  std::optional<KeptDocument> *found, ServiceError *error)
{
    const Table t = tableOf(owner);
    enum Column { Name, MediaType, Size, Sha256 };
    return statements::selectFirst(
        db, u"SELECT name, media_type, size, sha256 FROM %1 WHERE %2 = ?"_s.arg(t.name, t.key),
        { ownerId },
        [](const QSqlQuery &q) {
            return KeptDocument { q.value(Name).toString(), q.value(MediaType).toString(),
                                  q.value(Size).toLongLong(), q.value(Sha256).toString() };
        },
        found, error);
}

bool KeptDocumentRepository::content(const QSqlDatabase &db, KeptDocumentOwner owner,
                                     qint64 ownerId, QByteArray *bytes, QString *sha256,
                                     ServiceError *error)
{
    const Table t = tableOf(owner);
    QSqlQuery query(db);
    if (!run(query, u"SELECT content, sha256 FROM %1 WHERE %2 = ?"_s.arg(t.name, t.key),
             { ownerId }, error))
        return false;
    if (!query.next())
        return statements::ended(query, error);
    enum Column { Content, Sha256 };
    *bytes = query.value(Content).toByteArray();
    *sha256 = query.value(Sha256).toString();
    return true;
}

bool KeptDocumentRepository::put(const QSqlDatabase &db, KeptDocumentOwner owner, qint64 ownerId,
                                 const KeptDocument &meta, const QByteArray &bytes, bool replacing,
                                 const QString &now, const QString &actor, ServiceError *error)
{
    const Table t = tableOf(owner);
    QSqlQuery query(db);
    if (replacing)
        return run(
            query,
            u"UPDATE %1 SET name = ?, media_type = ?, size = ?, sha256 = ?, added_at = ?, "
            "added_by = ?, content = ? WHERE %2 = ?"_s.arg(t.name, t.key),
            { meta.name, meta.mediaType, meta.size, meta.sha256, now, actor, bytes, ownerId },
            error);
    return run(query,
               u"INSERT INTO %1 (%2, name, media_type, size, sha256, added_at, added_by, content) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(t.name, t.key),
               { ownerId, meta.name, meta.mediaType, meta.size, meta.sha256, now, actor, bytes },
               error);
}

bool KeptDocumentRepository::remove(const QSqlDatabase &db, KeptDocumentOwner owner, qint64 ownerId,
                                    ServiceError *error)
{
    const Table t = tableOf(owner);
    return run(db, u"DELETE FROM %1 WHERE %2 = ?"_s.arg(t.name, t.key), { ownerId }, error);
}

} // namespace pd
