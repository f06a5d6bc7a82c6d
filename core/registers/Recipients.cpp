#include "registers/Recipients.h"

#include "cases/PersonQuery.h"
#include "domain/CodeTable.h"
#include "registers/DisclosureRepository.h"
#include "registers/Eea.h"
#include "registers/KeptDocumentRepository.h"
#include "registers/RecipientRepository.h"
#include "session/Access.h"
#include "session/Session.h"
#include "session/UnitOfWork.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"

#include <algorithm>
#include <iterator>

namespace pd {

using namespace support;

namespace {

using codes::Entry;

constexpr Entry<RecipientCategory> categoryTable[] = {
    { RecipientCategory::Aannemer, "aannemer",
      QT_TRANSLATE_NOOP("pd::RecipientCodes", "Contractor / maintenance") },
    { RecipientCategory::Deurwaarder, "deurwaarder",
      QT_TRANSLATE_NOOP("pd::RecipientCodes", "Bailiff") },
    { RecipientCategory::Advocaat, "advocaat", QT_TRANSLATE_NOOP("pd::RecipientCodes", "Lawyer") },
    { RecipientCategory::Bouwbedrijf, "bouwbedrijf",
      QT_TRANSLATE_NOOP("pd::RecipientCodes", "Construction company") },
    { RecipientCategory::Gemeente, "gemeente",
      QT_TRANSLATE_NOOP("pd::RecipientCodes", "Municipality") },
    { RecipientCategory::PolitieJustitie, "politie-justitie",
      QT_TRANSLATE_NOOP("pd::RecipientCodes", "Police / justice") },
    { RecipientCategory::Zorginstelling, "zorginstelling",
      QT_TRANSLATE_NOOP("pd::RecipientCodes", "Care institution") },
    { RecipientCategory::Belastingdienst, "belastingdienst",
      QT_TRANSLATE_NOOP("pd::RecipientCodes", "Tax authority (Belastingdienst)") },
    { RecipientCategory::Woningzoekendensysteem, "woningzoekendensysteem",
      QT_TRANSLATE_NOOP("pd::RecipientCodes", "House-seekers' system") },
    { RecipientCategory::Bewindvoerder, "bewindvoerder",
      QT_TRANSLATE_NOOP("pd::RecipientCodes", "Financial administrator") },
    { RecipientCategory::Schuldhulpverlening, "schuldhulpverlening",
      QT_TRANSLATE_NOOP("pd::RecipientCodes", "Debt counselling") },
    { RecipientCategory::CollegaCorporatie, "collega-corporatie",
      QT_TRANSLATE_NOOP("pd::RecipientCodes", "Other housing corporation") },
    { RecipientCategory::Incassobureau, "incassobureau",
      QT_TRANSLATE_NOOP("pd::RecipientCodes", "Debt collection agency") },
    { RecipientCategory::Verwerker, "verwerker",
      QT_TRANSLATE_NOOP("pd::RecipientCodes", "Processor (software, hosting, backups)") },
    { RecipientCategory::Overig, "overig", QT_TRANSLATE_NOOP("pd::RecipientCodes", "Other") },
};

constexpr Entry<RecipientRole> roleTable[] = {
    { RecipientRole::Ontvanger, "ontvanger",
      QT_TRANSLATE_NOOP("pd::RecipientCodes", "Recipient (third party)") },
    { RecipientRole::Verwerker, "verwerker", QT_TRANSLATE_NOOP("pd::RecipientCodes", "Processor") },
};

const QString entity = QStringLiteral("recipient");

QJsonObject payloadOf(const Recipient &r)
{
    QJsonObject payload { { QStringLiteral("name"), r.name },
                          { QStringLiteral("category"), codes::code(r.category) },
                          { QStringLiteral("role"), codes::code(r.role) } };
    if (!r.contact.isEmpty())
        payload.insert(QStringLiteral("contact"), r.contact);
    if (r.isProcessor()) {
        payload.insert(QStringLiteral("agreement_signed"), jsonDate(r.agreement.signedOn));
        payload.insert(QStringLiteral("agreement_review"), jsonDate(r.agreement.reviewOn));
        payload.insert(QStringLiteral("processes"), r.agreement.processes);
        payload.insert(QStringLiteral("location"), r.agreement.locationText());
    }
    return payload;
}

} // namespace

template<> const codes::Vocabulary<RecipientCategory> &codes::vocabulary<RecipientCategory>()
{
    static constexpr codes::Vocabulary<RecipientCategory> v { categoryTable, "pd::RecipientCodes" };
    return v;
}

template<> const codes::Vocabulary<RecipientRole> &codes::vocabulary<RecipientRole>()
{
    static constexpr codes::Vocabulary<RecipientRole> v { roleTable, "pd::RecipientCodes" };
    return v;
}

QString RecipientCodes::describedLabel(RecipientCategory value)
{
    return value == RecipientCategory::Verwerker ? codes::label(RecipientRole::Verwerker)
                                                 : codes::label(value);
}
ProcessorAgreement ProcessorAgreement::withLocation(const QString &location)
{
    ProcessorAgreement agreement;
    const QString text = location.trimmed();
    if (text.isEmpty())
        return agreement;
    if (text.compare(QLatin1StringView("EU"), Qt::CaseInsensitive) == 0
        || text.compare(QLatin1StringView("EER"), Qt::CaseInsensitive) == 0
        || text.compare(QLatin1StringView("EEA"), Qt::CaseInsensitive) == 0) {
        agreement.inEu = true;
        return agreement;
    }
    agreement.country = text.size() == 2 ? text.toUpper() : text;
    agreement.inEu = Eea::contains(agreement.country);
    return agreement;
}

QString ProcessorAgreement::locationText() const
{
    if (!inEu)
        return country;
    if (*inEu)
        return country.isEmpty() ? QStringLiteral("EU") : QStringLiteral("EU (%1)").arg(country);
    return country.isEmpty() ? QStringLiteral("non-EU") : country;
}

bool Recipient::agreementOverdue(QDate today) const
{
    if (!isProcessor() || archived)
        return false;
    return !agreement.signedOn.isValid()
        || (agreement.reviewOn.isValid() && agreement.reviewOn < today);
}

QJsonObject recipientToJson(const Recipient &r, QDate today)
{
    QJsonObject json { { QStringLiteral("id"), r.id },
                       { QStringLiteral("name"), r.name },
                       { QStringLiteral("category"), codes::code(r.category) },
                       { QStringLiteral("role"), codes::code(r.role) },
                       { QStringLiteral("contact"), r.contact },
                       { QStringLiteral("archived"), r.archived } };
    if (r.isProcessor()) {
        json.insert(
            QStringLiteral("agreement"),
            QJsonObject {
                { QStringLiteral("signed"), jsonDate(r.agreement.signedOn) },
                { QStringLiteral("review"), jsonDate(r.agreement.reviewOn) },
                { QStringLiteral("processes"), r.agreement.processes },
                { QStringLiteral("in_eu"),
                  r.agreement.inEu ? QJsonValue(*r.agreement.inEu) : QJsonValue(QJsonValue::Null) },
                { QStringLiteral("country"), r.agreement.country },
                { QStringLiteral("overdue"), r.agreementOverdue(today) },
            });
    }
    return json;
}

RecipientService::RecipientService(const Session &session)
    : m_session(session)
{ }

using support::sink;

QList<RecipientCategory> RecipientService::storedCategories(ServiceError *error) const
{
    ServiceError ignored;
    ServiceError &failure = sink(error, ignored);
    const std::optional<QStringList> codes
        = RecipientRepository::categoryCodes(m_session.store().database(), &failure);
    if (!codes)
        return {}; // never "no categories"
    QList<RecipientCategory> categories;
    for (const QString &code : *codes) {
        if (const auto category = codes::from<RecipientCategory>(code))
            categories << *category;
    }
    return categories;
}

bool RecipientService::permitRead(const QString &target, ServiceError *error) const
{
    return m_session.permitRead(Permission::ViewRegisters, QStringLiteral("recipient.read"), target,
                                error);
}

QList<Recipient> RecipientService::list(bool includeArchived, ServiceError *error) const
{
    if (!permitRead({}, error))
        return {};
    ServiceError failure;
    std::optional<QList<Recipient>> read
        = RecipientRepository::all(m_session.store().database(), includeArchived, &failure);
    if (!read) {
        if (error) // a failed read is an error, never an empty catalogue
            *error = failure;
        return {};
    }
    QList<Recipient> recipients = *read;
    // Sorted here, folded, so that "Ééntje" sorts with the E's whatever the SQL collation.
    std::sort(recipients.begin(), recipients.end(), [](const Recipient &a, const Recipient &b) {
        const QString fa = PersonQuery::fold(a.name);
        const QString fb = PersonQuery::fold(b.name);
        return fa != fb ? fa < fb : a.id < b.id;
    });
    return recipients;
}

std::optional<Recipient> RecipientService::find(qint64 id, ServiceError *error) const
{
    ServiceError ignored;
    ServiceError &failure = sink(error, ignored);
    if (!permitRead(QString::number(id), &failure))
        return std::nullopt;
    std::optional<Recipient> found;
    if (!RecipientRepository::byId(m_session.store().database(), id, &found, &failure))
        return std::nullopt; // never "no such recipient"
    if (!found) {
        failure = { ServiceError::Code::NotFound, tr("This recipient no longer exists."), {} };
        return std::nullopt;
    }
    return found;
}

std::optional<Recipient> RecipientService::findByName(const QString &name,
                                                      ServiceError *error) const
{
    ServiceError ignored;
    ServiceError &failure = sink(error, ignored);
    if (!permitRead({}, &failure))
        return std::nullopt;
    const QString wanted = PersonQuery::fold(name.trimmed());
    if (!wanted.isEmpty()) {
        const QList<Recipient> recipients = list(false, &failure);
        if (failure.isError())
            return std::nullopt; // not read: never "the name is free"
        for (const Recipient &r : recipients) {
            if (PersonQuery::fold(r.name) == wanted)
                return r;
        }
    }
    failure = { ServiceError::Code::NotFound,
                tr("There is no recipient \"%1\" in the catalogue.").arg(name.trimmed()),
                {} };
    return std::nullopt;
}

std::optional<Recipient> RecipientService::findByNameOrId(const QString &nameOrId,
                                                          ServiceError *error) const
{
    ServiceError ignored;
    ServiceError &failure = sink(error, ignored);
    if (!permitRead({}, &failure))
        return std::nullopt;
    bool isNumber = false;
    const qint64 id = nameOrId.trimmed().toLongLong(&isNumber);
    if (isNumber) {
        if (auto r = find(id, &failure))
            return r;
        if (failure.code != ServiceError::Code::NotFound)
            return std::nullopt; // not read: said as such, not looked for as a name
    }
    return findByName(nameOrId, &failure);
}

QString RecipientService::validate(const Recipient &r)
{
    if (r.name.trimmed().isEmpty())
        return tr("Enter the recipient's name.");
    if (r.isProcessor()) {
        if (r.agreement.signedOn.isValid() && r.agreement.reviewOn.isValid()
            && r.agreement.reviewOn < r.agreement.signedOn)
            return tr("The review date of the processing agreement lies before its signing date.");
        if (r.agreement.inEu && !*r.agreement.inEu && r.agreement.country.trimmed().isEmpty())
            return tr("Name the country outside the EEA where the processor processes the data.");
    }
    return {};
}

std::optional<Recipient> RecipientService::add(const Recipient &recipient, BsnCheck bsnCheck,
                                               ServiceError *error)
{
    const Session &session = m_session;
    UnitOfWork unit(session, Permission::EditRegisters, QStringLiteral("recipient.added"));
    if (!unit.permit(error))
        return std::nullopt;
    Recipient r = recipient;
    r.id = 0;
    qint64 id = 0;
    if (!write(unit, r, bsnCheck, &id, error))
        return std::nullopt;
    return find(id, error);
}

bool RecipientService::update(const Recipient &recipient, BsnCheck bsnCheck, ServiceError *error)
{
    const Session &session = m_session;
    UnitOfWork unit(session, Permission::EditRegisters, QStringLiteral("recipient.updated"),
                    QString::number(recipient.id));
    if (!unit.permit(error))
        return false;
    if (recipient.id <= 0) {
        *error = { ServiceError::Code::NotFound, tr("This recipient no longer exists."), {} };
        return false;
    }
    // NotFound only when the recipient is really gone; a failed read says that it failed.
    if (!find(recipient.id, error))
        return false;
    qint64 id = recipient.id;
    return write(unit, recipient, bsnCheck, &id, error);
}

bool RecipientService::write(UnitOfWork &unit, const Recipient &recipient, BsnCheck bsnCheck,
                             qint64 *id, ServiceError *error)
{
    *error = {};
    Recipient r = recipient;
    r.name = r.name.trimmed();
    if (!r.isProcessor())
        r.agreement = {};
    if (const QString problem = validate(r); !problem.isEmpty()) {
        *error = invalid(problem);
        return false;
    }
    const auto existing = findByName(r.name, error);
    if (!existing && error->code != ServiceError::Code::NotFound)
        return false; // not read: the name is not known to be free
    *error = {};
    if (existing && existing->id != r.id) {
        *error = invalid(
            tr("The catalogue already holds a recipient named \"%1\".").arg(existing->name));
        return false;
    }
    if (!unit.guard({ { tr("Name"), r.name },
                      { tr("Contact"), r.contact },
                      { tr("What the processor processes"), r.agreement.processes },
                      { tr("Country"), r.agreement.country } },
                    bsnCheck, error))
        return false;

    const QString now = m_session.clock().now().toString(Qt::ISODateWithMs);
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            // What it said before, for the audit event: an update whose old row cannot be read
            // is not recorded as a creation.
            const std::optional<Recipient> old = r.id > 0 ? find(r.id, failure) : std::nullopt;
            if (r.id > 0 && !old)
                return false;
            const QSqlDatabase db = m_session.store().database();
            if (r.id > 0) {
                if (!RecipientRepository::update(db, r, now, failure))
                    return false;
            } else {
                const std::optional<qint64> added
                    = RecipientRepository::insert(db, r, now, write.session().userName(), failure);
                if (!added)
                    return false;
                r.id = *added;
            }
            QJsonObject payload = payloadOf(r);
            if (old)
                payload = QJsonObject { { QStringLiteral("old"), payloadOf(*old) },
                                        { QStringLiteral("new"), payload } };
            write.record(entity, QString::number(r.id),
                         old ? QStringLiteral("recipient.updated")
                             : QStringLiteral("recipient.created"),
                         payload);
            *id = r.id;
            return true;
        },
        error);
}

bool RecipientService::remove(qint64 id, ServiceError *error)
{
    const Session &session = m_session;
    UnitOfWork unit(session, Permission::EditRegisters, QStringLiteral("recipient.removed"),
                    QString::number(id));
    if (!unit.permit(error))
        return false;
    // NotFound only when the recipient is really gone; a failed read says that it failed.
    const std::optional<Recipient> r = find(id, error);
    if (!r)
        return false;
    if (r->archived) {
        *error = { ServiceError::Code::NotFound, tr("This recipient no longer exists."), {} };
        return false;
    }
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            const QSqlDatabase db = m_session.store().database();
            const std::optional<bool> named = DisclosureRepository::namesRecipient(db, id, failure);
            if (!named)
                return false;
            // A processing agreement kept with it stays, with the processor it was made with.
            std::optional<KeptDocument> agreement;
            if (!KeptDocumentRepository::find(db, KeptDocumentOwner::Processor, id, &agreement,
                                              failure))
                return false;
            const bool referenced = *named || agreement.has_value();
            if (referenced ? !RecipientRepository::archive(
                    db, id, m_session.clock().now().toString(Qt::ISODateWithMs), failure)
                           : !RecipientRepository::remove(db, id, failure))
                return false;
            write.record(entity, QString::number(id),
                         referenced ? QStringLiteral("recipient.archived")
                                    : QStringLiteral("recipient.deleted"),
                         payloadOf(*r));
            return true;
        },
        error);
}

} // namespace pd
