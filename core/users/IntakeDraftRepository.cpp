#include "users/IntakeDraftRepository.h"

#include "sql/Dialect.h"
#include "store/Statements.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

using statements::failed;
using statements::rows;
using statements::run;
using statements::single;

} // namespace

std::optional<qint64> IntakeDraftRepository::insert(const QSqlDatabase &db, const QString &login,
                                                    const QString &savedAt, const QString &fields,
                                                    ServiceError *error)
{
    return statements::inserted(
        db, u"INSERT INTO intake_drafts (login, saved_at, fields) VALUES (?, ?, ?)"_s,
        { login, savedAt, fields }, error);
}

std::optional<bool> IntakeDraftRepository::remove(const QSqlDatabase &db, qint64 id,
                                                  const QString &login, ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query, u"DELETE FROM intake_drafts WHERE id = ? AND login = ?"_s, { id, login },
             error))
        return std::nullopt;
    return query.numRowsAffected() == 1;
}

std::optional<QList<IntakeDraft>>
IntakeDraftRepository::ofLogin(const QSqlDatabase &db, const QString &login, ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query,
             u"SELECT id, saved_at, fields FROM intake_drafts WHERE login = ? "
             "ORDER BY saved_at DESC, id DESC"_s,
             { login }, error))
        return std::nullopt;
    enum DraftColumn { Id, SavedAt, Fields };
    return rows(
        query,
        [](const QSqlQuery &row) {
            IntakeDraft draft;
            draft.id = row.value(Id).toLongLong();
            draft.savedAt = QDateTime::fromString(row.value(SavedAt).toString(), Qt::ISODateWithMs);
            draft.fields = QJsonDocument::fromJson(row.value(Fields).toString().toUtf8()).object();
            return draft;
        },
        error);
}

std::optional<int> IntakeDraftRepository::count(const QSqlDatabase &db, const QString &login,
                                                ServiceError *error)
{
    const auto count
        = single(db, u"SELECT count(*) FROM intake_drafts WHERE login = ?"_s, { login }, error);
    return count ? std::optional<int>(count->toInt()) : std::nullopt;
}

std::optional<int> IntakeDraftRepository::removeAllOf(const QSqlDatabase &db, const QString &login,
                                                      ServiceError *error)
{
    QSqlQuery query(db);
    if (!run(query, u"DELETE FROM intake_drafts WHERE login = ?"_s, { login }, error))
        return std::nullopt;
    return query.numRowsAffected();
}

std::optional<QList<std::pair<qint64, QString>>> IntakeDraftRepository::all(const QSqlDatabase &db,
                                                                            ServiceError *error)
{
    enum DraftColumn { Id, Fields };
    return statements::select(
        db, u"SELECT id, fields FROM intake_drafts ORDER BY id"_s, {},
        [](const QSqlQuery &row) {
            return std::pair { row.value(Id).toLongLong(), row.value(Fields).toString() };
        },
        error);
}

bool IntakeDraftRepository::removeById(const QSqlDatabase &db, qint64 id, ServiceError *error)
{
    return run(db, u"DELETE FROM intake_drafts WHERE id = ?"_s, { id }, error);
}

} // namespace pd
