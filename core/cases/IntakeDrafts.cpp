#include "IntakeDrafts.h"

#include "domain/BsnGuard.h"
#include "session/Session.h"
#include "session/UnitOfWork.h"
#include "store/Store.h"
#include "users/UserService.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace pd {

namespace {

constexpr auto draftEntity = "intake_draft";
// The field that names the form of a draft other than the phone intake's.
constexpr auto formField = "form";
constexpr auto newRequestForm = "new_request";

// True when text may hold a BSN (the guard would refuse it without an override).
bool mayHoldBsn(const QString &text)
{
    return !BsnGuard::check(text, QString(), BsnCheck::Refuse).allowed;
}

} // namespace

IntakeDrafts::IntakeDrafts(const Session &session)
    : m_session(session)
{ }

QString IntakeDrafts::login() const
{
    return UserService::normalisedLogin(m_session.store().userName());
}

qint64 IntakeDrafts::save(Form form, const QJsonObject &typed, QStringList *droppedFields,
                          ServiceError *error)
{
    QJsonObject fields = typed;
    fields.remove(QLatin1StringView(formField));
    if (form == Form::NewRequest)
        fields.insert(QLatin1StringView(formField), QLatin1StringView(newRequestForm));
    if (droppedFields)
        droppedFields->clear();
    UnitOfWork unit(m_session, Permission::IntakeCase, QStringLiteral("intake_draft.save"));
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
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            const std::optional<qint64> inserted = IntakeDraftRepository::insert(
                m_session.store().database(), login(),
                m_session.clock().now().toString(Qt::ISODateWithMs),
                QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)), failure);
            if (!inserted)
                return false;
            id = *inserted;
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

bool IntakeDrafts::latest(Form form, std::optional<IntakeDraft> *found, ServiceError *error) const
{
    *found = std::nullopt;
    const std::optional<QList<IntakeDraft>> drafts
        = IntakeDraftRepository::ofLogin(m_session.store().database(), login(), error);
    if (!drafts)
        return false;
    const auto draft = std::find_if(drafts->cbegin(), drafts->cend(),
                                    [form](const IntakeDraft &d) { return formOf(d) == form; });
    if (draft != drafts->cend())
        *found = *draft;
    return true;
}

IntakeDrafts::Form IntakeDrafts::formOf(const IntakeDraft &draft)
{
    return draft.fields.value(QLatin1StringView(formField)).toString()
            == QLatin1StringView(newRequestForm)
        ? Form::NewRequest
        : Form::PhoneIntake;
}

int IntakeDrafts::count() const
{
    ServiceError ignored;
    return IntakeDraftRepository::count(m_session.store().database(), login(), &ignored)
        .value_or(0);
}

bool IntakeDrafts::discard(qint64 id, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::IntakeCase, QStringLiteral("intake_draft.discard"),
                    QString::number(id));
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            const std::optional<bool> deleted
                = IntakeDraftRepository::remove(m_session.store().database(), id, login(), failure);
            if (!deleted)
                return false;
            if (!*deleted) {
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
