#include "registers/Covenants.h"

#include "domain/InputLimits.h"
#include "registers/CovenantRepository.h"
#include "session/UnitOfWork.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"

#include <QJsonArray>

#include <algorithm>

namespace pd {

using namespace support;

namespace {

const QString entity = QStringLiteral("covenant");

QJsonObject payloadOf(const Covenant &c)
{
    const QJsonArray data = codes::jsonCodes(c.data);
    QJsonObject payload { { QStringLiteral("name"), c.name },
                          { QStringLiteral("parties"), QJsonArray::fromStringList(c.parties) },
                          { QStringLiteral("purpose"), c.purpose },
                          { QStringLiteral("basis"), codes::code(c.basis) },
                          { QStringLiteral("data"), data },
                          { QStringLiteral("from"), jsonDate(c.from) } };
    const auto optional = [&payload](const QString &key, const QString &value) {
        if (!value.isEmpty())
            payload.insert(key, value);
    };
    optional(QStringLiteral("basis_text"), c.basisText);
    optional(QStringLiteral("data_text"), c.dataText);
    optional(QStringLiteral("until"), isoDate(c.until));
    optional(QStringLiteral("review_on"), isoDate(c.reviewOn));
    return payload;
}

// What a covenant stores: trimmed parties without empty or repeated ones, each category once.
Covenant cleaned(const Covenant &covenant)
{
    Covenant c = covenant;
    c.name = c.name.trimmed();
    QStringList parties;
    for (const QString &party : std::as_const(c.parties)) {
        const QString name = party.trimmed();
        if (!name.isEmpty() && !parties.contains(name, Qt::CaseInsensitive))
            parties << name;
    }
    c.parties = parties;
    QList<DataCategory> data;
    for (DataCategory category : std::as_const(c.data)) {
        if (!data.contains(category))
            data << category;
    }
    c.data = data;
    return c;
}

} // namespace

bool Covenant::reviewDue(QDate today) const
{
    return reviewOn.isValid() && reviewOn <= today && (!until.isValid() || until >= today);
}

bool Covenant::inForce(QDate today) const
{
    return from.isValid() && from <= today && (!until.isValid() || until >= today);
}

QJsonObject covenantToJson(const Covenant &c, QDate today)
{
    QJsonObject json = payloadOf(c);
    json.insert(QStringLiteral("id"), c.id);
    for (const char *key : { "basis_text", "data_text", "until", "review_on" }) {
        if (!json.contains(QLatin1StringView(key)))
            json.insert(QLatin1StringView(key), QJsonValue::Null);
    }
    json.insert(QStringLiteral("in_force"), c.inForce(today));
    json.insert(QStringLiteral("review_due"), c.reviewDue(today));
    json.insert(QStringLiteral("document"),
                c.document.present() ? QJsonValue(keptDocuments::payload(c.document))
                                     : QJsonValue(QJsonValue::Null));
    return json;
}

CovenantService::CovenantService(const Session &session)
    : m_session(session)
{ }

QString CovenantService::validate(const Covenant &c)
{
    if (c.name.trimmed().isEmpty())
        return tr("Enter the name of the covenant.");
    if (std::none_of(c.parties.cbegin(), c.parties.cend(),
                     [](const QString &p) { return !p.trimmed().isEmpty(); }))
        return tr("Name at least one party to the covenant.");
    if (c.purpose.trimmed().isEmpty())
        return tr("Enter the purpose of the covenant.");
    if ((c.basis == LegalBasis::LegalObligation || c.basis == LegalBasis::PublicTask)
        && c.basisText.trimmed().isEmpty())
        return tr("Name the statute or task the covenant rests on.");
    if (c.data.isEmpty() && c.dataText.trimmed().isEmpty())
        return tr("Say which data the covenant covers.");
    if (!c.from.isValid())
        return tr("Enter the date from which the covenant applies.");
    for (const auto &[label, date] : { std::pair { tr("The start of the covenant"), c.from },
                                       std::pair { tr("The end of the covenant"), c.until },
                                       std::pair { tr("The review date"), c.reviewOn } }) {
        if (date.isValid()) {
            if (const QString why = InputLimits::checkDate(label, date); !why.isEmpty())
                return why;
        }
    }
    if (c.until.isValid() && c.until < c.from)
        return tr("The covenant ends before it begins.");
    QList<InputLimits::Length> lengths {
        { tr("Name"), c.name, InputLimits::maxShortText },
        { tr("Purpose"), c.purpose, InputLimits::maxLongText },
        { tr("Statute or task"), c.basisText, InputLimits::maxLongText },
        { tr("Data covered"), c.dataText, InputLimits::maxLongText }
    };
    for (const QString &party : c.parties)
        lengths.append({ tr("Party"), party, InputLimits::maxShortText });
    return InputLimits::checkLengths(lengths);
}

QList<Covenant> CovenantService::list(ServiceError *error) const
{
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("covenant.read"), {},
                              error))
        return {};
    ServiceError failure;
    std::optional<QList<Covenant>> read
        = CovenantRepository::all(m_session.store().database(), &failure);
    if (!read) {
        if (error)
            *error = failure;
        return {};
    }
    return *read;
}

std::optional<Covenant> CovenantService::find(qint64 id, ServiceError *error) const
{
    ServiceError ignored;
    ServiceError &failure = error ? *error : ignored;
    failure = {};
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("covenant.read"),
                              QString::number(id), &failure))
        return std::nullopt;
    std::optional<Covenant> found;
    if (!CovenantRepository::byId(m_session.store().database(), id, &found, &failure))
        return std::nullopt;
    if (!found)
        failure = { ServiceError::Code::NotFound, tr("There is no covenant %1.").arg(id), {} };
    return found;
}

QList<Covenant> CovenantService::reviewDue(ServiceError *error) const
{
    QList<Covenant> due = list(error);
    const QDate today = m_session.clock().today();
    due.removeIf([today](const Covenant &c) { return !c.reviewDue(today); });
    std::stable_sort(due.begin(), due.end(),
                     [](const Covenant &a, const Covenant &b) { return a.reviewOn < b.reviewOn; });
    return due;
}

std::optional<Covenant> CovenantService::add(const Covenant &covenant,
                                             const NewAttachment *document, BsnCheck bsnCheck,
                                             ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("covenant.added"));
    if (!unit.permit(error))
        return std::nullopt;
    Covenant c = covenant;
    c.id = 0;
    qint64 id = 0;
    if (!write(unit, c, document, bsnCheck, &id, error))
        return std::nullopt;
    return find(id, error);
}

bool CovenantService::update(const Covenant &covenant, BsnCheck bsnCheck, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("covenant.updated"),
                    QString::number(covenant.id));
    if (!unit.permit(error))
        return false;
    qint64 id = covenant.id;
    return write(unit, covenant, nullptr, bsnCheck, &id, error);
}

bool CovenantService::write(UnitOfWork &unit, const Covenant &covenant,
                            const NewAttachment *document, BsnCheck bsnCheck, qint64 *id,
                            ServiceError *error)
{
    *error = {};
    Covenant c = cleaned(covenant);
    if (const QString problem = validate(c); !problem.isEmpty()) {
        *error = invalid(problem);
        return false;
    }
    std::optional<KeptDocument> meta;
    if (document && !(meta = keptDocuments::describe(*document, error)))
        return false;
    // What it said before, for the event: an update whose old row cannot be read is no change.
    const std::optional<Covenant> old = c.id > 0 ? find(c.id, error) : std::nullopt;
    if (c.id > 0 && !old)
        return false;
    QList<QPair<QString, QString>> texts { { tr("Name"), c.name },
                                           { tr("Purpose"), c.purpose },
                                           { tr("Statute or task"), c.basisText },
                                           { tr("Data covered"), c.dataText } };
    for (const QString &party : std::as_const(c.parties))
        texts.append({ tr("Party"), party });
    if (!unit.guard(texts, bsnCheck, error))
        return false;
    const QString now = m_session.clock().now().toString(Qt::ISODateWithMs);
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            const QSqlDatabase db = m_session.store().database();
            if (old) {
                if (!CovenantRepository::update(db, c, now, failure))
                    return false;
            } else {
                const std::optional<qint64> added
                    = CovenantRepository::insert(db, c, now, write.session().userName(), failure);
                if (!added)
                    return false;
                c.id = *added;
            }
            if (!CovenantRepository::writeDetails(db, c, old.has_value(), failure))
                return false;
            write.record(entity, QString::number(c.id),
                         old ? QStringLiteral("covenant.updated")
                             : QStringLiteral("covenant.created"),
                         old ? QJsonObject { { QStringLiteral("old"), payloadOf(*old) },
                                             { QStringLiteral("new"), payloadOf(c) } }
                             : payloadOf(c));
            if (meta) {
                if (!CovenantRepository::setDocument(db, c.id, *meta, document->content, now,
                                                     failure))
                    return false;
                write.record(entity, QString::number(c.id),
                             QStringLiteral("covenant.document_added"),
                             keptDocuments::payload(*meta));
            }
            *id = c.id;
            return true;
        },
        error);
}

bool CovenantService::setDocument(qint64 id, const NewAttachment &document, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("covenant.document_added"),
                    QString::number(id));
    if (!unit.permit(error))
        return false;
    const std::optional<Covenant> c = find(id, error);
    if (!c)
        return false;
    const std::optional<KeptDocument> meta = keptDocuments::describe(document, error);
    if (!meta)
        return false;
    const QString now = m_session.clock().now().toString(Qt::ISODateWithMs);
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            if (!CovenantRepository::setDocument(m_session.store().database(), id, *meta,
                                                 document.content, now, failure))
                return false;
            QJsonObject payload = keptDocuments::payload(*meta);
            if (c->document.present())
                payload.insert(QStringLiteral("replaced_sha256"), c->document.sha256);
            write.record(entity, QString::number(id), QStringLiteral("covenant.document_added"),
                         payload);
            return true;
        },
        error);
}

std::optional<QByteArray> CovenantService::documentContent(qint64 id, ServiceError *error) const
{
    const std::optional<Covenant> c = find(id, error);
    if (!c)
        return std::nullopt;
    if (!c->document.present()) {
        *error = { ServiceError::Code::NotFound,
                   tr("No signed document is kept with covenant %1.").arg(id),
                   {} };
        return std::nullopt;
    }
    QByteArray bytes;
    QString sha;
    if (!CovenantRepository::document(m_session.store().database(), id, &bytes, &sha, error))
        return std::nullopt;
    if (!keptDocuments::intact(bytes, sha,
                               tr("The document of covenant %1 no longer matches its fingerprint: "
                                  "it was damaged in the store.")
                                   .arg(id),
                               error))
        return std::nullopt;
    return bytes;
}

bool CovenantService::exportDocument(qint64 id, const QString &path, bool overwrite,
                                     ServiceError *error)
{
    if (!keptDocuments::outputAllowed(m_session, path, overwrite, error))
        return false;
    const std::optional<QByteArray> bytes = documentContent(id, error);
    return bytes
        && keptDocuments::exportCopy(m_session, *bytes, path, overwrite, entity,
                                     QString::number(id),
                                     QStringLiteral("covenant.document_exported"), error);
}

} // namespace pd
