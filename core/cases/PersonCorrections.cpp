// The person's own record after the answer to a request (ieder1 findings 2, 3, 6).
#include "cases/PersonCorrections.h"

#include "cases/Case.h"
#include "cases/CaseRepository.h"
#include "cases/CaseService.h"
#include "domain/InputLimits.h"
#include "persons/PersonRepository.h"
#include "session/UnitOfWork.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"
#include "terms/RetentionDerivation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <functional>

namespace pd {

using support::invalid;

namespace {

constexpr codes::Entry<PersonField> fieldTable[] = {
    //: Dutch: "naam"
    { PersonField::Name, "naam", QT_TRANSLATE_NOOP("pd::PersonFieldCodes", "name") },
    //: Dutch: "klantnummer"
    { PersonField::Klantnummer, "klantnummer",
      QT_TRANSLATE_NOOP("pd::PersonFieldCodes", "customer number") },
    //: Dutch: "postadres"
    { PersonField::Address, "adres", QT_TRANSLATE_NOOP("pd::PersonFieldCodes", "postal address") },
    //: Dutch: "telefoonnummer"
    { PersonField::Phone, "telefoonnummer",
      QT_TRANSLATE_NOOP("pd::PersonFieldCodes", "phone number") },
    //: Dutch: "e-mailadres"
    { PersonField::Email, "emailadres",
      QT_TRANSLATE_NOOP("pd::PersonFieldCodes", "e-mail address") },
    //: Dutch: "relatie"
    { PersonField::Relation, "relatie", QT_TRANSLATE_NOOP("pd::PersonFieldCodes", "relation") },
    //: Dutch: "einddatum van de relatie"
    { PersonField::RelationEnd, "einddatum",
      QT_TRANSLATE_NOOP("pd::PersonFieldCodes", "end of the relation") },
};

const QString personEntity = QStringLiteral("person");
const QString caseEntity = QStringLiteral("case");
const QString updated = QStringLiteral("person.updated");

// A change of one column in a person.updated event, as PersonImport and CaseService write it:
// {"old": ..., "new": ...}, empty as null.
QJsonObject oldNew(const QString &before, const QString &after)
{
    const auto orNull = [](const QString &value) {
        return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    };
    return { { QStringLiteral("old"), orNull(before) }, { QStringLiteral("new"), orNull(after) } };
}

// Whether the field holds something in the stored record.
bool holds(const Person &p, PersonField field)
{
    switch (field) {
    case PersonField::Name:
        return !p.name.trimmed().isEmpty();
    case PersonField::Klantnummer:
        return !p.klantnummer.trimmed().isEmpty();
    case PersonField::Address:
        return !addressLine(p).isEmpty();
    case PersonField::Phone:
        return !p.phone.trimmed().isEmpty();
    case PersonField::Email:
        return !p.email.trimmed().isEmpty();
    case PersonField::Relation:
        return true;
    case PersonField::RelationEnd:
        return p.relationEnd.isValid();
    }
    return false;
}

QJsonArray codesOf(const QList<PersonField> &fields)
{
    return codes::jsonCodes(fields);
}

// What a correction records: person.updated with the payload (and the request it was made
// for), and on that request's trail the action with the fields it concerns.
void recordCorrection(UnitOfWork::Write &write, qint64 personId, QJsonObject payload,
                      const std::optional<Case> &request, const QString &caseAction,
                      const QJsonArray &fields)
{
    if (request)
        payload.insert(QStringLiteral("case"), request->number);
    write.record(personEntity, QString::number(personId), updated, payload);
    if (request)
        write.record(caseEntity, request->number, caseAction,
                     { { QStringLiteral("fields"), fields } });
}

// The person as stored, not anonymised (NotFound otherwise).
bool readPerson(const QSqlDatabase &db, qint64 personId, PersonRecord *person, ServiceError *error)
{
    std::optional<PersonRecord> stored;
    if (!PersonRepository::byId(db, personId, &stored, error))
        return false;
    if (!stored || stored->anonymised) {
        *error = { ServiceError::Code::NotFound,
                   PersonCorrections::tr("The data subject no longer exists."),
                   {} };
        return false;
    }
    *person = *stored;
    return true;
}

// The request named: it must be about personId (Invalid otherwise); nullopt without error when
// caseNumber is empty.
bool readRequest(const QSqlDatabase &db, const QString &caseNumber, qint64 personId,
                 std::optional<Case> *request, ServiceError *error)
{
    *request = std::nullopt;
    const QString number = caseNumber.trimmed().toUpper();
    if (number.isEmpty())
        return true;
    if (!CaseRepository::byNumber(db, number, false, request, error))
        return false;
    if (!*request) {
        *error = { ServiceError::Code::NotFound,
                   PersonCorrections::tr("There is no request with number %1.").arg(number),
                   {} };
        return false;
    }
    if ((*request)->person.id != personId) {
        //: Dutch: "Verzoek %1 gaat niet over deze betrokkene."
        *error = invalid(
            PersonCorrections::tr("Request %1 is not about this data subject.").arg(number));
        return false;
    }
    return true;
}

// What a correction's write comes to: done, nothing to change (nothing is recorded, the unit
// rolls back), or refused or failed with *failure.
enum class Step { Done, Unchanged, Failed };
using Correction = std::function<Step(UnitOfWork::Write &write, const PersonRecord &stored,
                                      const std::optional<Case> &request, ServiceError *failure)>;

// The opening every correction shares: inside the unit the person as stored and the request
// named (about the person), then the correction. True when done, and when nothing changed: then
// *unchanged is set and *error left empty.
bool commitCorrection(UnitOfWork &unit, qint64 personId, const QString &caseNumber,
                      const Correction &correction, bool *unchanged, ServiceError *error)
{
    *unchanged = false;
    const bool written = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            PersonRecord stored;
            std::optional<Case> request;
            if (!readPerson(write.database(), personId, &stored, failure)
                || !readRequest(write.database(), caseNumber, personId, &request, failure))
                return false;
            const Step step = correction(write, stored, request, failure);
            *unchanged = step == Step::Unchanged;
            return step == Step::Done;
        },
        error);
    if (*unchanged)
        *error = {};
    return written || *unchanged;
}

} // namespace

template<> const codes::Vocabulary<PersonField> &codes::vocabulary<PersonField>()
{
    static constexpr codes::Vocabulary<PersonField> v { .entries = fieldTable,
                                                        .context = "pd::PersonFieldCodes",
                                                        .readLoosely = true };
    return v;
}

QStringList PersonFieldCodes::columns(PersonField field)
{
    switch (field) {
    case PersonField::Name:
        return { QStringLiteral("name") };
    case PersonField::Klantnummer:
        return { QStringLiteral("klantnummer") };
    case PersonField::Address:
        return { QStringLiteral("street"), QStringLiteral("house_number"),
                 QStringLiteral("postcode"), QStringLiteral("city") };
    case PersonField::Phone:
        return { QStringLiteral("phone") };
    case PersonField::Email:
        return { QStringLiteral("email") };
    case PersonField::Relation:
        return { QStringLiteral("relation") };
    case PersonField::RelationEnd:
        return { QStringLiteral("relation_end") };
    }
    return {};
}

QString PersonFieldCodes::erasureRefusal(PersonField field)
{
    switch (field) {
    case PersonField::Name:
        //: Dutch: "De naam blijft staan: zonder naam zegt het dossier van het verzoek niet meer
        //: over wie het gaat, en dat moeten wij kunnen aantonen (art. 5 lid 2 AVG). De naam
        //: verdwijnt met de verzoekdossiers volgens de bewaartermijn."
        return tr("The name stays: without it the request's file no longer says whose request "
                  "it was, which we must be able to show (art. 5(2) GDPR). The name goes with "
                  "the request files under the retention rules.");
    case PersonField::Klantnummer:
        //: Dutch: "Het klantnummer blijft staan: het verbindt het dossier van het verzoek met
        //: de huuradministratie, en zonder klantnummer zou een import de betrokkene opnieuw
        //: als nieuw persoon vastleggen. Het klantnummer verdwijnt met de verzoekdossiers
        //: volgens de bewaartermijn."
        return tr("The customer number stays: it links the request's file to the rental "
                  "administration, and without it an import would register the data subject "
                  "again as a new person. It goes with the request files under the retention "
                  "rules.");
    case PersonField::Relation:
    case PersonField::RelationEnd:
        //: Dutch: "De relatie en de einddatum blijven staan: de bewaartermijnen lopen vanaf het
        //: einde van de relatie. Corrigeer ze als ze niet kloppen."
        return tr("The relation and its end stay: the retention periods run from the end of the "
                  "relation. Correct them if they are wrong.");
    case PersonField::Address:
    case PersonField::Phone:
    case PersonField::Email:
        return {};
    }
    return {};
}

PersonCorrections::PersonCorrections(const Session &session)
    : m_session(session)
{ }

std::optional<qint64> PersonCorrections::personOf(const QString &klantnummerOrRequest,
                                                  QString *caseNumber, ServiceError *error) const
{
    static const QRegularExpression requestNumber(QStringLiteral("^AVG-\\d{4}-\\d+$"),
                                                  QRegularExpression::CaseInsensitiveOption);
    const QString key = InputLimits::normalisedIdentifier(klantnummerOrRequest);
    const QSqlDatabase db = m_session.store().database();
    std::optional<qint64> id;
    if (requestNumber.match(key).hasMatch()) {
        id = CaseRepository::personIdByNumber(db, key.toUpper(), error);
        if (id && *id > 0 && caseNumber)
            *caseNumber = key.toUpper();
    } else if (!key.isEmpty()) {
        id = PersonRepository::idByKlantnummer(db, key, PersonRepository::Anonymised::Excluded,
                                               error);
    } else {
        id = 0;
    }
    if (!id)
        return std::nullopt;
    PersonRecord person;
    if (*id > 0 && readPerson(db, *id, &person, error))
        return id;
    if (*id > 0 && error->code != ServiceError::Code::NotFound)
        return std::nullopt;
    //: Dutch: "Er is geen betrokkene met klantnummer of verzoeknummer %1."
    *error = { ServiceError::Code::NotFound,
               tr("There is no data subject with customer or request number %1.")
                   .arg(klantnummerOrRequest.trimmed()),
               {} };
    return std::nullopt;
}

std::optional<QList<PersonField>> PersonCorrections::eraseFields(qint64 personId,
                                                                 const QList<PersonField> &fields,
                                                                 const QString &caseNumber,
                                                                 ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditCases, updated, QString::number(personId));
    if (!unit.permit(error))
        return std::nullopt;
    for (PersonField field : fields) {
        if (const QString why = PersonFieldCodes::erasureRefusal(field); !why.isEmpty()) {
            *error = invalid(why);
            return std::nullopt;
        }
    }
    QList<PersonField> erased;
    bool nothing = false;
    const auto erase = [&](UnitOfWork::Write &write, const PersonRecord &stored,
                           const std::optional<Case> &request, ServiceError *failure) {
        if (request && !request->types.contains(RequestType::Verwijdering)) {
            //: Dutch: "Verzoek %1 is geen verzoek om verwijdering (art. 17 AVG)."
            *failure = invalid(
                tr("Request %1 does not ask for erasure (art. 17 GDPR).").arg(request->number));
            return Step::Failed;
        }
        QStringList columns;
        for (PersonField field : codes::all<PersonField>()) {
            if (fields.contains(field) && holds(stored.person, field)) {
                erased << field;
                columns << PersonFieldCodes::columns(field);
            }
        }
        if (erased.isEmpty())
            return Step::Unchanged; // every field was empty already
        if (!PersonRepository::eraseColumns(write.database(), personId, columns, failure))
            return Step::Failed;
        recordCorrection(write, personId, { { QStringLiteral("erased"), codesOf(erased) } },
                         request, QStringLiteral("case.person_erased"), codesOf(erased));
        return Step::Done;
    };
    if (!commitCorrection(unit, personId, caseNumber, erase, &nothing, error))
        return std::nullopt;
    return nothing ? QList<PersonField> {} : erased;
}

namespace {

// Whether the identity of the request's data subject is established: identification received
// and confirmed, or the request decided as a known data subject without it.
bool identityEstablished(const Case &c)
{
    return c.identification.succeeded.value_or(false)
        || !c.noIdentificationReason.trimmed().isEmpty();
}

} // namespace

bool PersonCorrections::setAddress(qint64 personId, const Person &address,
                                   const QString &caseNumber, BsnCheck bsnCheck,
                                   ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditCases, updated, QString::number(personId));
    if (!unit.permit(error))
        return false;
    Person given;
    given.street = address.street.simplified();
    given.houseNumber = InputLimits::normalisedIdentifier(address.houseNumber);
    given.postcode
        = InputLimits::normalisedPostcode(InputLimits::normalisedIdentifier(address.postcode));
    given.city = address.city.simplified();
    if (given.street.isEmpty() || given.postcode.isEmpty() || given.city.isEmpty()) {
        //: Dutch: "Geef het nieuwe adres met straat en huisnummer, postcode en plaats. Wilt u
        //: het adres liever verwijderen? Verwijder dan dat gegeven."
        *error = invalid(tr("Give the new address with street and number, postcode and city. "
                            "To erase the address instead, erase the field."));
        return false;
    }
    if (const QString why = InputLimits::checkLengths(
            { { tr("Street"), given.street, InputLimits::maxShortText },
              { tr("House number"), given.houseNumber, InputLimits::maxShortText },
              { tr("City"), given.city, InputLimits::maxShortText } });
        !why.isEmpty()) {
        *error = invalid(why);
        return false;
    }
    if (!unit.guard({ { tr("Street"), given.street },
                      { tr("House number"), given.houseNumber },
                      { tr("Postcode"), given.postcode },
                      { tr("City"), given.city } },
                    bsnCheck, error))
        return false;
    if (const QString why = InputLimits::checkPostcode(given.postcode); !why.isEmpty()) {
        *error = invalid(why);
        return false;
    }
    const auto move = [&](UnitOfWork::Write &write, const PersonRecord &record,
                          const std::optional<Case> &request, ServiceError *failure) {
        if (request && !identityEstablished(*request)) {
            //: Dutch: "Bij verzoek %1 is de identiteit nog niet vastgesteld. Brieven gaan
            //: pas naar een nieuw adres als dat wel zo is: leg eerst de identificatie vast."
            *failure = invalid(tr("The identity is not yet established on request %1. "
                                  "Letters go to a new address only once it is: record the "
                                  "identification first.")
                                   .arg(request->number));
            return Step::Failed;
        }
        const Person &stored = record.person;
        QJsonObject changes;
        const QList<std::pair<const char *, std::pair<QString, QString>>> columns {
            { "street", { stored.street, given.street } },
            { "house_number", { stored.houseNumber, given.houseNumber } },
            { "postcode", { InputLimits::normalisedPostcode(stored.postcode), given.postcode } },
            { "city", { stored.city, given.city } },
        };
        for (const auto &[column, values] : columns) {
            if (values.first.trimmed() != values.second)
                changes.insert(QLatin1StringView(column),
                               oldNew(values.first.trimmed(), values.second));
        }
        if (changes.isEmpty())
            return Step::Unchanged; // the same address
        if (!PersonRepository::updateAddress(write.database(), personId, given, failure))
            return Step::Failed;
        recordCorrection(write, personId, { { QStringLiteral("changes"), changes } }, request,
                         QStringLiteral("case.person_corrected"),
                         QJsonArray { QStringLiteral("adres") });
        return Step::Done;
    };
    bool unchanged = false;
    return commitCorrection(unit, personId, caseNumber, move, &unchanged, error);
}

namespace {

// Why value cannot be recorded as the person's phone number or e-mail address, in a translated
// sentence; empty when it can.
QString contactRefusal(PersonField field, const QString &value)
{
    if (value.isEmpty())
        //: Dutch: "Vul het nieuwe gegeven in. Wilt u het liever verwijderen? Verwijder dan dat
        //: gegeven."
        return PersonCorrections::tr("Enter the corrected value. To erase it instead, erase "
                                     "the field.");
    if (field == PersonField::Phone)
        return InputLimits::checkPhone(value);
    // Deliberately simple, as the organisation's own address: one @, a dot in the domain.
    static const QRegularExpression email(
        QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)*\\.[A-Za-z]{2,}$"));
    if (!email.match(value).hasMatch())
        //: Dutch: "Geef een e-mailadres zoals naam@voorbeeld.nl."
        return PersonCorrections::tr("Enter an e-mail address such as name@example.nl.");
    return InputLimits::checkLengths({ { codes::label(field), value, InputLimits::maxShortText } });
}

} // namespace

bool PersonCorrections::setContact(qint64 personId, PersonField field, const QString &value,
                                   const QString &caseNumber, BsnCheck bsnCheck,
                                   ServiceError *error)
{
    Q_ASSERT(field == PersonField::Phone || field == PersonField::Email);
    const bool email = field == PersonField::Email;
    UnitOfWork unit(m_session, Permission::EditCases, updated, QString::number(personId));
    if (!unit.permit(error))
        return false;
    const QString given = email ? value.trimmed() : InputLimits::normalisedIdentifier(value);
    if (const QString why = contactRefusal(field, given); !why.isEmpty()) {
        *error = invalid(why);
        return false;
    }
    if (!unit.guard({ { codes::label(field), given } }, bsnCheck, error))
        return false;
    const auto correct = [&](UnitOfWork::Write &write, const PersonRecord &stored,
                             const std::optional<Case> &request, ServiceError *failure) {
        const QString before = (email ? stored.person.email : stored.person.phone).trimmed();
        if (before == given)
            return Step::Unchanged;
        if (!PersonRepository::updateContact(write.database(), personId, email, given, failure))
            return Step::Failed;
        recordCorrection(
            write, personId,
            { { QStringLiteral("changes"),
                QJsonObject { { email ? QStringLiteral("email") : QStringLiteral("phone"),
                                oldNew(before, given) } } } },
            request, QStringLiteral("case.person_corrected"), QJsonArray { codes::code(field) });
        return Step::Done;
    };
    bool unchanged = false;
    return commitCorrection(unit, personId, caseNumber, correct, &unchanged, error);
}

bool PersonCorrections::setName(qint64 personId, const QString &name, const QString &caseNumber,
                                BsnCheck bsnCheck, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditCases, updated, QString::number(personId));
    if (!unit.permit(error))
        return false;
    const QString given = name.simplified();
    if (given.isEmpty()) {
        //: Dutch: "Vul de naam in."
        *error = invalid(tr("Enter the name."));
        return false;
    }
    if (const QString why
        = InputLimits::checkLengths({ { tr("Name"), given, InputLimits::maxName } });
        !why.isEmpty()) {
        *error = invalid(why);
        return false;
    }
    if (!unit.guard({ { tr("Name"), given } }, bsnCheck, error))
        return false;
    const auto rename = [&](UnitOfWork::Write &write, const PersonRecord &stored,
                            const std::optional<Case> &request, ServiceError *failure) {
        if (stored.person.name == given)
            return Step::Unchanged;
        if (!PersonRepository::updateName(write.database(), personId, given, failure))
            return Step::Failed;
        // changes.name.new is what verify compares the stored name with (RecordedState).
        recordCorrection(
            write, personId,
            { { QStringLiteral("changes"),
                QJsonObject { { QStringLiteral("name"), oldNew(stored.person.name, given) } } } },
            request, QStringLiteral("case.person_corrected"),
            QJsonArray { QStringLiteral("naam") });
        return Step::Done;
    };
    bool unchanged = false;
    return commitCorrection(unit, personId, caseNumber, rename, &unchanged, error);
}

std::optional<QList<PersonField>>
PersonCorrections::setRelation(qint64 personId, std::optional<Relation> relation,
                               std::optional<QDate> relationEnd, const QString &caseNumber,
                               ServiceError *error, DerivedTerms *terms)
{
    if (terms)
        *terms = {};
    // Without a request it is the register change it always was.
    const Permission permission
        = caseNumber.trimmed().isEmpty() ? Permission::EditRegisters : Permission::EditCases;
    UnitOfWork unit(m_session, permission, updated, QString::number(personId));
    if (!unit.permit(error))
        return std::nullopt;
    if (relationEnd) {
        if (const QString why
            = CaseService::checkRelationEnd(*relationEnd, m_session.clock().today());
            !why.isEmpty()) {
            *error = invalid(why);
            return std::nullopt;
        }
    }
    QList<PersonField> changed;
    DerivedTerms derived;
    const auto correct = [&](UnitOfWork::Write &write, const PersonRecord &stored,
                             const std::optional<Case> &request, ServiceError *failure) {
        const QString newRelation = relation ? codes::code(*relation) : stored.relationCode;
        const QDate end = relationEnd ? *relationEnd : stored.person.relationEnd;
        const QString newEnd = !relationEnd ? stored.relationEndText
            : end.isValid()                 ? end.toString(Qt::ISODate)
                                            : QString();
        QJsonObject changes;
        if (newRelation != stored.relationCode) {
            changed << PersonField::Relation;
            changes.insert(QStringLiteral("relation"),
                           QJsonObject { { QStringLiteral("old"), stored.relationCode },
                                         { QStringLiteral("new"), newRelation } });
        }
        if (newEnd != stored.relationEndText) {
            changed << PersonField::RelationEnd;
            changes.insert(QStringLiteral("relation_end"), oldNew(stored.relationEndText, newEnd));
        }
        if (changed.isEmpty())
            return Step::Unchanged;
        const QSqlDatabase db = write.database();
        if (!PersonRepository::updateRelation(db, personId, newRelation, newEnd, failure))
            return Step::Failed;
        // The retention items the rules derive follow, in this transaction.
        RetentionDerivation derivation(db, m_session.userName(),
                                       m_session.clock().now().toUTC().toString(Qt::ISODateWithMs));
        if (!derivation.prepare(failure)
            || !derivation.derive(personId, newRelation, end, false, &derived, failure))
            return Step::Failed;
        QJsonObject payload { { QStringLiteral("changes"), changes } };
        const QJsonObject counts = derived.any() ? derived.toJson() : QJsonObject();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            payload.insert(it.key(), it.value());
        recordCorrection(write, personId, payload, request, QStringLiteral("case.person_corrected"),
                         codesOf(changed));
        return Step::Done;
    };
    bool unchanged = false;
    if (!commitCorrection(unit, personId, caseNumber, correct, &unchanged, error))
        return std::nullopt;
    if (unchanged)
        return QList<PersonField> {};
    if (terms)
        *terms = derived;
    return changed;
}

} // namespace pd
