#include "registers/Disclosures.h"

#include "cases/PersonQuery.h"
#include "domain/InputLimits.h"
#include "persons/PersonRepository.h"
#include "registers/Covenants.h"
#include "registers/DisclosureRepository.h"
#include "session/Access.h"
#include "session/Session.h"
#include "session/UnitOfWork.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"

#include <QJsonArray>

#include <algorithm>
#include <iterator>

namespace pd {

using namespace support;

namespace {

const QString entity = QStringLiteral("disclosure");

QJsonObject payloadOf(const Disclosure &d, const QString &recipientName)
{
    QJsonArray persons;
    for (const DisclosurePerson &p : d.persons)
        persons.append(p.id);
    const QJsonArray data = codes::jsonCodes(d.data);
    QJsonObject payload { { QStringLiteral("date"), jsonDate(d.date) },
                          { QStringLiteral("recipient_id"), d.recipientId },
                          { QStringLiteral("recipient"), recipientName },
                          { QStringLiteral("person_ids"), persons },
                          { QStringLiteral("data"), data },
                          { QStringLiteral("purpose"), d.purpose },
                          { QStringLiteral("basis"), codes::code(d.basis) },
                          { QStringLiteral("informed"), codes::code(d.informed) } };
    const auto optional = [&payload](const QString &key, const QString &value) {
        if (!value.isEmpty())
            payload.insert(key, value);
    };
    optional(QStringLiteral("data_text"), d.dataText);
    optional(QStringLiteral("basis_text"), d.basisText);
    optional(QStringLiteral("requested_by"), d.requestedBy);
    optional(QStringLiteral("case"), d.caseNumber);
    optional(QStringLiteral("informed_on"), isoDate(d.informedOn));
    optional(QStringLiteral("not_informed_reason"), d.notInformedReason);
    if (d.covenantId > 0)
        payload.insert(QStringLiteral("covenant_id"), d.covenantId);
    if (d.unknownLeftOut > 0)
        payload.insert(QStringLiteral("unknown_left_out"), d.unknownLeftOut);
    return payload;
}

} // namespace

struct DisclosureService::Where
{
    DisclosureConditions conditions;
    bool none = false; // the search matches no recipient: no rows at all
    ServiceError error; // the recipients could not be read: no condition, no rows
};

DisclosureService::DisclosureService(const Session &session)
    : m_session(session)
{ }

QString DisclosureService::validate(const Disclosure &d, QDate today)
{
    if (!d.date.isValid())
        return tr("Enter the date of the disclosure.");
    if (today.isValid() && d.date > today)
        return tr("The date of the disclosure lies in the future.");
    if (const QString why = InputLimits::checkDate(tr("The date of the disclosure"), d.date);
        !why.isEmpty())
        return why;
    if (const QString why = InputLimits::checkLengths(
            { { tr("Purpose"), d.purpose, InputLimits::maxLongText },
              { tr("Data disclosed"), d.dataText, InputLimits::maxLongText },
              { tr("Statute or covenant"), d.basisText, InputLimits::maxLongText },
              { tr("Why the data subject may not be informed"), d.notInformedReason,
                InputLimits::maxLongText } });
        !why.isEmpty())
        return why;
    if (d.recipientId <= 0)
        return tr("Choose the recipient.");
    if (d.persons.isEmpty())
        return tr("Choose at least one person whose data was disclosed.");
    if (d.data.isEmpty() && d.dataText.trimmed().isEmpty())
        return tr("Say which data was disclosed.");
    if (d.purpose.trimmed().isEmpty())
        return tr("Enter the purpose of the disclosure.");
    if ((d.basis == LegalBasis::LegalObligation || d.basis == LegalBasis::PublicTask)
        && d.basisText.trimmed().isEmpty())
        return tr("Name the statute or covenant that requires or permits the disclosure.");
    switch (d.informed) {
    case InformedStatus::Informed:
        if (!d.informedOn.isValid())
            return tr("Enter the date on which the data subject was informed.");
        if (today.isValid() && d.informedOn > today)
            return tr("The date on which the data subject was informed lies in the future.");
        if (const QString why = InputLimits::checkDate(
                tr("The date on which the data subject was informed"), d.informedOn);
            !why.isEmpty())
            return why;
        break;
    case InformedStatus::Prohibited:
        if (d.notInformedReason.trimmed().isEmpty())
            return tr("Say which law forbids informing the data subject.");
        break;
    case InformedStatus::Pending:
        break;
    }
    return {};
}

namespace {

// What a disclosure stores: the date or reason only with the status that needs it, one row per
// person and category whatever the caller passed twice.
Disclosure cleaned(const Disclosure &disclosure)
{
    Disclosure d = disclosure;
    if (d.informed != InformedStatus::Informed)
        d.informedOn = {};
    if (d.informed != InformedStatus::Prohibited)
        d.notInformedReason.clear();
    QList<DisclosurePerson> persons;
    for (const DisclosurePerson &p : std::as_const(d.persons)) {
        if (std::none_of(persons.cbegin(), persons.cend(),
                         [&p](const DisclosurePerson &q) { return q.id == p.id; }))
            persons << p;
    }
    d.persons = persons;
    QList<DataCategory> data;
    for (DataCategory c : std::as_const(d.data)) {
        if (!data.contains(c))
            data << c;
    }
    d.data = data;
    return d;
}

} // namespace

std::optional<Disclosure> DisclosureService::add(const Disclosure &disclosure, BsnCheck bsnCheck,
                                                 ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("disclosure.added"));
    if (!unit.permit(error))
        return std::nullopt;
    Disclosure d = disclosure;
    d.id = 0;
    qint64 id = 0;
    if (!write(unit, d, bsnCheck, &id, error))
        return std::nullopt;
    return find(id, error);
}

bool DisclosureService::update(const Disclosure &disclosure, BsnCheck bsnCheck, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("disclosure.updated"),
                    QString::number(disclosure.id));
    if (!unit.permit(error))
        return false;
    if (disclosure.id <= 0) {
        *error = { ServiceError::Code::NotFound, tr("This disclosure no longer exists."), {} };
        return false;
    }
    // "No longer exists" only when it is really gone; a failed read says that it failed.
    if (!find(disclosure.id, error))
        return false;
    qint64 id = disclosure.id;
    return write(unit, disclosure, bsnCheck, &id, error);
}

bool DisclosureService::write(UnitOfWork &unit, const Disclosure &disclosure, BsnCheck bsnCheck,
                              qint64 *id, ServiceError *error)
{
    *error = {};
    Disclosure d = cleaned(disclosure);
    if (const QString problem = validate(d, m_session.clock().today()); !problem.isEmpty()) {
        *error = invalid(problem);
        return false;
    }
    std::optional<Recipient> recipient;
    std::optional<Disclosure> old;
    if (!readRecipientAndOld(d, &recipient, &old, error))
        return false;
    if (!unit.guard({ { tr("Data disclosed"), d.dataText },
                      { tr("Purpose"), d.purpose },
                      { tr("Statute or covenant"), d.basisText },
                      { tr("Requested by"), d.requestedBy },
                      { tr("Reason for not informing"), d.notInformedReason } },
                    bsnCheck, error))
        return false;
    const bool written = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            if (!writeRows(&d, old.has_value(), write.session().userName(), failure))
                return false;
            QJsonObject payload = payloadOf(d, recipient->name);
            if (old)
                payload
                    = QJsonObject { { QStringLiteral("old"), payloadOf(*old, old->recipientName) },
                                    { QStringLiteral("new"), payload } };
            write.record(entity, QString::number(d.id),
                         old ? QStringLiteral("disclosure.updated")
                             : QStringLiteral("disclosure.created"),
                         payload);
            return true;
        },
        error);
    if (written)
        *id = d.id;
    return written;
}

bool DisclosureService::readRecipientAndOld(const Disclosure &d,
                                            std::optional<Recipient> *recipient,
                                            std::optional<Disclosure> *old,
                                            ServiceError *error) const
{
    *recipient = RecipientService(m_session).find(d.recipientId, error);
    if (!*recipient) {
        if (error->code == ServiceError::Code::NotFound)
            *error = invalid(tr("The recipient is not in the catalogue."));
        return false; // or not read: never "not in the catalogue"
    }
    // What it said before: an update whose old row cannot be read is not recorded as new.
    *old = d.id > 0 ? find(d.id, error) : std::nullopt;
    if (d.id > 0 && !*old)
        return false;
    if ((*recipient)->archived && (!*old || (*old)->recipientId != d.recipientId)) {
        *error = invalid(tr("The recipient \"%1\" has been archived.").arg((*recipient)->name));
        return false;
    }
    return true;
}

bool DisclosureService::writeRows(Disclosure *disclosure, bool replacing, const QString &actor,
                                  ServiceError *error) const
{
    Disclosure &d = *disclosure;
    const QSqlDatabase db = m_session.store().database();
    QVariant caseId { QMetaType(QMetaType::LongLong) };
    if (!d.caseNumber.trimmed().isEmpty()) {
        std::optional<qint64> found;
        if (!DisclosureRepository::caseIdOf(db, d.caseNumber.trimmed().toUpper(), &found, error))
            return false;
        if (!found) {
            *error = invalid(tr("There is no request %1.").arg(d.caseNumber.trimmed()));
            return false;
        }
        caseId = *found;
        d.caseNumber = d.caseNumber.trimmed().toUpper();
    }
    // One read per batch: a disclosure of many persons at once names thousands.
    QList<qint64> ids;
    for (const DisclosurePerson &p : std::as_const(d.persons))
        ids << p.id;
    const std::optional<QSet<qint64>> present
        = DisclosureRepository::presentPersons(db, ids, error);
    if (!present)
        return false;
    if (present->size() != ids.size()) {
        *error = invalid(tr("One of the persons no longer exists."));
        return false;
    }
    if (d.covenantId > 0) {
        ServiceError covenantError;
        if (!CovenantService(m_session).find(d.covenantId, &covenantError)) {
            *error = covenantError.code == ServiceError::Code::NotFound
                ? invalid(tr("There is no covenant %1.").arg(d.covenantId))
                : covenantError;
            return false;
        }
    }
    const QString now = m_session.clock().now().toString(Qt::ISODateWithMs);
    if (replacing) {
        if (!DisclosureRepository::update(db, d, caseId, now, error))
            return false;
    } else {
        const std::optional<qint64> added
            = DisclosureRepository::insert(db, d, caseId, now, actor, error);
        if (!added)
            return false;
        d.id = *added;
    }
    return DisclosureRepository::writeDetails(db, d, replacing, error);
}

bool DisclosureService::remove(qint64 id, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("disclosure.removed"),
                    QString::number(id));
    if (!unit.permit(error))
        return false;
    // "No longer exists" only when it is really gone; a failed read says that it failed.
    const std::optional<Disclosure> d = find(id, error);
    if (!d)
        return false;
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            if (!DisclosureRepository::remove(m_session.store().database(), id, failure))
                return false;
            write.record(entity, QString::number(id), QStringLiteral("disclosure.deleted"),
                         payloadOf(*d, d->recipientName));
            return true;
        },
        error);
}

std::optional<Disclosure> DisclosureService::find(qint64 id, ServiceError *error) const
{
    if (error)
        *error = {};
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("disclosure.read"),
                              QString::number(id), error))
        return std::nullopt;
    ServiceError failure;
    std::optional<Disclosure> found;
    if (!DisclosureRepository::byId(m_session.store().database(), id, &found, &failure)) {
        if (error)
            *error = failure;
        return std::nullopt;
    }
    if (!found && error)
        *error = { ServiceError::Code::NotFound, tr("This disclosure no longer exists."), {} };
    return found;
}

DisclosureService::Where DisclosureService::where(const DisclosureFilter &filter) const
{
    Where w;
    // The catalogue is small: the search folds its names here (diacritics too) and the list
    // filters on the matching ids, which the recipient index serves.
    QList<qint64> ids;
    const QStringList words = PersonQuery::fold(filter.search).split(u' ', Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        const QList<Recipient> recipients = RecipientService(m_session).list(true, &w.error);
        if (w.error.isError())
            return w;
        for (const Recipient &r : recipients) {
            const QString name = PersonQuery::fold(r.name);
            if (std::all_of(words.cbegin(), words.cend(),
                            [&name](const QString &word) { return name.contains(word); }))
                ids << r.id;
        }
        if (ids.isEmpty()) {
            w.none = true;
            return w;
        }
    }
    w.conditions = DisclosureRepository::conditions(m_session.store().database(), filter, ids);
    return w;
}

std::optional<DisclosurePerson> DisclosureService::person(qint64 personId,
                                                          ServiceError *error) const
{
    ServiceError ignored;
    ServiceError *failure = error ? error : &ignored;
    *failure = {};
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("disclosure.read"), {},
                              failure))
        return std::nullopt;
    std::optional<PersonRecord> stored;
    if (!PersonRepository::byId(m_session.store().database(), personId, &stored, failure))
        return std::nullopt;
    if (!stored || stored->anonymised) {
        *failure = { ServiceError::Code::NotFound, tr("One of the persons no longer exists."), {} };
        return std::nullopt;
    }
    return DisclosurePerson { stored->person.id, stored->person.name, stored->person.klantnummer };
}

int DisclosureService::count(const DisclosureFilter &filter, ServiceError *error) const
{
    if (error)
        *error = {};
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("disclosure.read"), {},
                              error))
        return 0;
    const Where w = where(filter);
    if (w.error.isError()) {
        if (error)
            *error = w.error;
        return 0;
    }
    if (w.none)
        return 0;
    ServiceError failure;
    const std::optional<int> counted = DisclosureRepository::count(
        m_session.store().database(), w.conditions, filter.category.has_value(), &failure);
    if (!counted && error)
        *error = failure;
    return counted.value_or(0);
}

QList<Disclosure> DisclosureService::page(const DisclosureFilter &filter, int offset, int limit,
                                          bool newestFirst, ServiceError *error) const
{
    if (error)
        *error = {};
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("disclosure.read"), {},
                              error))
        return {};
    const Where w = where(filter);
    if (w.error.isError()) {
        if (error)
            *error = w.error;
        return {};
    }
    if (w.none || limit <= 0)
        return {};
    ServiceError failure;
    std::optional<QList<Disclosure>> rows = DisclosureRepository::page(
        m_session.store().database(), w.conditions, newestFirst, limit, offset, &failure);
    if (!rows) {
        if (error)
            *error = failure;
        return {};
    }
    return *rows;
}

QList<Disclosure> DisclosureService::forPerson(qint64 personId, ServiceError *error) const
{
    if (error)
        *error = {};
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("disclosure.read"), {},
                              error))
        return {};
    DisclosureFilter filter;
    filter.personId = personId;
    if (personId <= 0)
        return {};
    return page(filter, 0, std::numeric_limits<int>::max(), true, error);
}

} // namespace pd
