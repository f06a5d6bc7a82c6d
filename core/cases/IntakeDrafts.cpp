#include "IntakeDrafts.h"

#include "domain/BsnGuard.h"
#include "registers/RegisterSupport.h"
#include "session/Session.h"
#include "session/UnitOfWork.h"
#include "store/Store.h"
#include "users/UserService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace pd {

namespace {

constexpr auto draftEntity = "intake_draft";

// True when text may hold a BSN (the guard would refuse it without an override).
bool mayHoldBsn(const QString &text)
{
    return !BsnGuard::check(text, QString(), false).allowed;
}

} // namespace

IntakeDrafts::IntakeDrafts(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

QString IntakeDrafts::login() const
{
    return UserService::normalisedLogin(m_store.userName());
}

qint64 IntakeDrafts::save(const QJsonObject &fields, QStringList *droppedFields,
                          ServiceError *error)
{
    if (droppedFields)
        droppedFields->clear();
    const Session session(m_store, m_clock);
    UnitOfWork unit(session, Permission::IntakeCase, QStringLiteral("intake_draft.save"));
    if (!unit.permit(error))
        return 0;

    QJsonObject kept;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        bool bsn = false;
        if (it->isString()) {
            bsn = mayHoldBsn(it->toString());
        } else if (it->isArray()) {
            const QJsonArray items = it->toArray();
            bsn = std::any_of(items.begin(), items.end(), [](const QJsonValue &item) {
                return item.isString() && mayHoldBsn(item.toString());
            });
        } else if (it->isObject()) {
            bsn = true; // nested objects are not a form field; never store what is not checked
        }
        if (bsn) {
            if (droppedFields)
                droppedFields->append(it.key());
            continue;
        }
        kept.insert(it.key(), it.value());
    }

    QJsonArray names;
    for (auto it = kept.begin(); it != kept.end(); ++it)
        names.append(it.key());
    QJsonArray dropped;
    if (droppedFields) {
        for (const QString &name : std::as_const(*droppedFields))
            dropped.append(name);
    }
    qint64 id = 0;
    const bool saved = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *) {
            QSqlQuery &query = write.query();
            query.prepare(QStringLiteral(
                "INSERT INTO intake_drafts (login, saved_at, fields) VALUES (?, ?, ?)"));
            query.addBindValue(login());
            query.addBindValue(m_clock.now().toString(Qt::ISODateWithMs));
            query.addBindValue(
                QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)));
            if (!query.exec())
                return false;
            id = registers::insertedRowId(m_store.database());
            write.record(QString::fromLatin1(draftEntity), QString::number(id),
                         QStringLiteral("intake_draft.saved"),
                         { { QStringLiteral("fields"), names },
                           { QStringLiteral("left_out_bsn"), dropped } });
            return true;
        },
        error);
    if (!saved)
        return 0;
    return id;
}

std::optional<IntakeDraft> IntakeDrafts::latest() const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT id, saved_at, fields FROM intake_drafts WHERE login = ? "
                                 "ORDER BY saved_at DESC, id DESC LIMIT 1"));
    query.addBindValue(login());
    if (!query.exec() || !query.next())
        return std::nullopt;
    IntakeDraft draft;
    draft.id = query.value(0).toLongLong();
    draft.savedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    draft.fields = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
    return draft;
}

int IntakeDrafts::count() const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM intake_drafts WHERE login = ?"));
    query.addBindValue(login());
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

bool IntakeDrafts::discard(qint64 id, ServiceError *error)
{
    const Session session(m_store, m_clock);
    UnitOfWork unit(session, Permission::IntakeCase, QStringLiteral("intake_draft.discard"),
                    QString::number(id));
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            QSqlQuery &query = write.query();
            query.prepare(QStringLiteral("DELETE FROM intake_drafts WHERE id = ? AND login = ?"));
            query.addBindValue(id);
            query.addBindValue(login());
            if (!query.exec())
                return false;
            if (query.numRowsAffected() != 1) {
                *failure = { ServiceError::Code::NotFound, tr("This draft no longer exists.") };
                return false;
            }
            write.record(QString::fromLatin1(draftEntity), QString::number(id),
                         QStringLiteral("intake_draft.discarded"));
            return true;
        },
        error);
}

} // namespace pd
