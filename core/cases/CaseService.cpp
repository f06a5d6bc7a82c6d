#include "cases/CaseService.h"

#include "cases/Attachments.h"
#include "cases/CaseJson.h"
#include "cases/CaseListRepository.h"
#include "cases/CaseRepository.h"
#include "cases/MailIntake.h"
#include "cases/PersonCorrections.h"
#include "domain/InputLimits.h"
#include "persons/PersonRepository.h"
#include "session/Access.h"
#include "session/Session.h"
#include "sql/Dialect.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"
#include "terms/RetentionDerivation.h"
#include "util/Clock.h"

#include <QJsonArray>

#include <algorithm>
#include <utility>

namespace pd {

namespace {

using support::invalid;
using support::isoDate;

const QString caseEntity = QStringLiteral("case");
const QString personEntity = QStringLiteral("person");

// A change of one field in a person.updated event: {"old": ..., "new": ...}, empty as null.
QJsonObject oldNew(const QString &before, const QString &after)
{
    const auto orNull = [](const QString &value) {
        return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    };
    return { { QStringLiteral("old"), orNull(before) }, { QStringLiteral("new"), orNull(after) } };
}

} // namespace

CaseService::CaseService(const Session &session)
    : m_session(session)
{ }

bool CaseService::guard(UnitOfWork &unit, const QList<QPair<QString, QString>> &fields,
                        BsnCheck bsnCheck, ServiceError *error)
{
    // Every free text has the long-text limit at least (shorter ones are checked before): a
    // megabyte pasted into a note is refused, not stored.
    for (const auto &[field, text] : fields) {
        if (const QString why = InputLimits::checkLength(field, text, InputLimits::maxLongText);
            !why.isEmpty()) {
            *error = invalid(why);
            return false;
        }
    }
    // A confirmed override is on record with the change: who confirmed, which fields, the
    // masked numbers (the unit's bsn.override event).
    return unit.guard(fields, bsnCheck, error);
}

std::optional<Case> CaseService::load(const QString &number, ServiceError *error) const
{
    *error = {};
    const QSqlDatabase db = m_session.store().database();
    // A server lets the KCC read no more than the intake fields (find() empties the rest
    // anyway on a store folder).
    const bool intakeOnly = sql::isServer(db) && CaseScope::of(m_session).intakeOnly();
    std::optional<Case> found;
    if (!CaseRepository::byNumber(db, number.trimmed().toUpper(), intakeOnly, &found, error))
        return std::nullopt;
    if (!found)
        *error = { ServiceError::Code::NotFound,
                   tr("There is no request with number %1.").arg(number.trimmed()),
                   {} };
    return found;
}

std::optional<CaseService::Summary> CaseService::summary(QDate today, ServiceError *error) const
{
    ServiceError failure;
    QVariantList scopeValues;
    const QString scope = CaseListRepository::scopeCondition(
        CaseScope::of(m_session), m_session.clock().today(), &scopeValues);
    const auto counts
        = CaseRepository::counts(m_session.store().database(), today, scope, scopeValues, &failure);
    if (error)
        *error = failure;
    if (!counts)
        return std::nullopt; // never "0 overdue" because the count failed
    return Summary { counts->total, counts->open, counts->overdue };
}

std::optional<Case> CaseService::find(const QString &number, ServiceError *error) const
{
    ServiceError failure;
    std::optional<Case> c = load(number, &failure);
    if (error)
        *error = failure;
    const CaseScope scope = CaseScope::of(m_session);
    if (!c && failure.code == ServiceError::Code::NotFound && !scope.all()
        && sql::isServer(m_session.store().database())) {
        // A server shows a KCC login no request outside its window at all (row-level
        // security): one that exists is refused, and recorded, as on a store folder.
        if (CaseRepository::existsBeyondScope(m_session.store().database(),
                                              number.trimmed().toUpper()))
            m_session.permitRead(Permission::ViewAllCases, QStringLiteral("case.read"),
                                 number.trimmed().toUpper(), error);
        return std::nullopt;
    }
    if (!c)
        return std::nullopt; // NotFound, or Storage when it could not be read
    if (scope.all())
        return c;
    if (!inScope(scope, *c, m_session.clock().today())) {
        // Refused as a read of the whole request file: the event says why in the same words.
        m_session.permitRead(Permission::ViewAllCases, QStringLiteral("case.read"), c->number,
                             error);
        return std::nullopt;
    }
    return intakeFields(*c);
}

std::optional<CaseDeadlines> CaseService::deadlines(const Case &c, ServiceError *error) const
{
    ServiceError ignored;
    ServiceError *failure = error ? error : &ignored;
    const std::optional<DeadlinePolicy> rules = policy(failure);
    if (!rules)
        return std::nullopt;
    if (c.intakeOnly) {
        // The deadline is an intake field; the identification and extension it depends on are
        // not, so it is computed from the stored request and only the deadlines leave here.
        const std::optional<Case> stored = load(c.number, failure);
        if (!stored)
            return std::nullopt;
        return deadlinesFor(*stored, *rules);
    }
    return deadlinesFor(c, *rules);
}

QList<Case> CaseService::list(const CaseFilter &filter, ServiceError *error) const
{
    QList<Case> cases;
    if (!forEachListed(
            filter, 0, -1,
            [&cases](const Case &c) {
                cases << c;
                return true;
            },
            error))
        return {};
    return cases;
}

bool CaseService::forEachListed(const CaseFilter &filter, qint64 offset, qint64 limit,
                                const std::function<bool(const Case &)> &visit, ServiceError *error,
                                int pageSize) const
{
    ServiceError ignored;
    ServiceError *failure = error ? error : &ignored;
    *failure = {};
    const CaseScope scope = CaseScope::of(m_session);
    CaseListing listing;
    listing.scopeCondition = CaseListRepository::scopeCondition(scope, m_session.clock().today(),
                                                                &listing.scopeValues);
    listing.state = filter.state;
    listing.overdueOn = filter.overdueOn;
    listing.intakeColumns = sql::isServer(m_session.store().database()) && scope.intakeOnly();
    listing.withDecisions = !scope.intakeOnly();
    const qint64 page = std::max(1, pageSize);
    qint64 remaining = limit < 0 ? -1 : limit;
    CaseListPages pages(m_session.store().database(), std::move(listing));
    QList<Case> cases; // every page in turn, in one allocation
    while (remaining != 0) {
        const qint64 want = remaining < 0 ? page : std::min(page, remaining);
        if (!pages.next(want, offset, &cases, failure))
            return false;
        for (const Case &c : std::as_const(cases)) {
            // The request itself, not a copy of it, unless the scope narrows it.
            if (!(scope.intakeOnly() ? visit(intakeFields(c)) : visit(c)))
                return true;
        }
        if (cases.size() < want)
            break;
        if (remaining > 0)
            remaining -= cases.size();
    }
    return true;
}

// One intake inside its unit of work: what its steps write with (the connection, the unit's
// write, who acts and when) and what each step found for the next.
struct CaseService::IntakeWrite
{
    const NewCase &request;
    Intake checked;
    QSqlDatabase db;
    QString now;
    QString actor;
    UnitOfWork::Write &write;
    QString receivedBy {};
    qint64 personId = 0;
    QString number {};
    qint64 caseId = 0;
    QJsonArray typeCodes {};
    QDate deadline {};
};

std::optional<Case> CaseService::add(const NewCase &request, BsnCheck bsnCheck, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::IntakeCase, QStringLiteral("case.created"));
    if (!unit.permit(error))
        return std::nullopt;
    std::optional<Intake> checked = checkIntake(unit, request, bsnCheck, error);
    if (!checked)
        return std::nullopt;
    QString number;
    Case written; // what the phone desk sees of it: what it wrote
    const bool added = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            IntakeWrite intake { request,
                                 *checked,
                                 m_session.store().database(),
                                 m_session.clock().now().toString(Qt::ISODateWithMs),
                                 m_session.userName(),
                                 write };
            if (!readReceiver(intake, failure) || !resolvePerson(intake, failure)
                || !assignNumber(intake, failure) || !insertCase(intake, failure)
                || !recordIntake(intake, failure))
                return false;
            number = intake.number;
            written = writtenIntake(intake);
            return true;
        },
        error);
    if (!added)
        return std::nullopt;
    // The phone desk gets the intake fields of what it just wrote: its scope may not read the
    // request back (received longer ago than its window; on a server the row policy says so).
    if (CaseScope::of(m_session).intakeOnly())
        return intakeFields(written);
    return load(number, error);
}

namespace {

// A representative's request whose mandate came with it: a file of kind Machtiging.
bool mandateWithRequest(const NewCase &request)
{
    return !request.representative.trimmed().isEmpty()
        && std::any_of(request.attachments.cbegin(), request.attachments.cend(),
                       [](const NewAttachment &a) { return a.kind == AttachmentKind::Machtiging; });
}

} // namespace

// The request as add() wrote it, for intakeFields(): the row's values as the insert stored them.
Case CaseService::writtenIntake(const IntakeWrite &intake)
{
    const NewCase &request = intake.request;
    Case c;
    c.id = intake.caseId;
    c.number = intake.number;
    c.person = intake.checked.person;
    c.person.id = intake.personId;
    for (const QJsonValue &code : intake.typeCodes)
        if (const std::optional<RequestType> type = codes::from<RequestType>(code.toString()))
            c.types.append(*type);
    c.channel = request.channel;
    c.receivedDate = request.receivedDate;
    c.receivedAt = request.receivedAt;
    c.receivedBy = intake.receivedBy;
    c.registeredAt = QDateTime::fromString(intake.now, Qt::ISODateWithMs);
    c.representative = request.representative;
    c.representativeMandate = request.representativeMandate;
    c.representativeAddress = request.representativeAddress.simplified();
    c.representativeOrganisation = request.representativeOrganisation.simplified();
    c.representativeAuthority = request.representativeAuthority;
    if (mandateWithRequest(request))
        c.mandate.received = request.receivedDate;
    c.description = request.description;
    c.callbackPhone = intake.checked.callbackPhone;
    c.state = CaseState::Ontvangen;
    c.version = 1;
    return c;
}

// Who received it: a user of this store (KCC's scope and the dossier name them by login).
bool CaseService::readReceiver(IntakeWrite &intake, ServiceError *error) const
{
    const NewCase &request = intake.request;
    intake.receivedBy = intake.actor;
    if (!request.receivedBy.trimmed().isEmpty()) {
        const std::optional<QString> login
            = CaseRepository::activeLogin(intake.db, request.receivedBy.trimmed(), error);
        if (!login)
            return false;
        if (login->isEmpty()) {
            *error = invalid(tr("%1 is not a user of this store.").arg(request.receivedBy));
            return false;
        }
        intake.receivedBy = *login;
    }
    return true;
}

// The person: given, found by customer number, or new (with its person.created event and the
// retention terms of an ended relation).
bool CaseService::resolvePerson(IntakeWrite &intake, ServiceError *error) const
{
    const Person &p = intake.checked.person;
    QSqlDatabase &db = intake.db;
    const QString &actor = intake.actor;
    const QString &now = intake.now;
    qint64 personId = p.id;
    if (personId == 0 && !p.klantnummer.isEmpty()) {
        // Not read is not "nobody": never a second person with the same customer number.
        const std::optional<qint64> found = PersonRepository::idByKlantnummer(
            db, p.klantnummer, PersonRepository::Anonymised::Included, error);
        if (!found)
            return false;
        personId = *found;
    }
    if (personId == 0) {
        if (p.name.trimmed().isEmpty()) {
            *error = invalid(tr("There is no data subject with customer number %1; enter a name to "
                                "register a new one.")
                                 .arg(p.klantnummer.trimmed()));
            return false;
        }
        const std::optional<qint64> created
            = PersonRepository::insert(db, { p, now, actor }, error);
        if (!created)
            return false;
        personId = *created;
        QJsonObject payload { { QStringLiteral("name"), p.name.trimmed() },
                              { QStringLiteral("klantnummer"), p.klantnummer.trimmed() },
                              { QStringLiteral("relation"), codes::code(p.relation) } };
        if (!p.source.trimmed().isEmpty())
            payload.insert(QStringLiteral("data_source"), p.source.simplified());
        if (p.relationEnd.isValid()) {
            // A person registered at the intake with an ended relation gets the retention
            // terms the rules derive, as an imported one does.
            payload.insert(QStringLiteral("relation_end"), p.relationEnd.toString(Qt::ISODate));
            RetentionDerivation derivation(db, actor, now);
            DerivedTerms derived;
            if (!derivation.prepare(error)
                || !derivation.derive(personId, codes::code(p.relation), p.relationEnd, true,
                                      &derived, error))
                return false;
            const QJsonObject counts = derived.toJson();
            for (auto it = counts.begin(); it != counts.end(); ++it)
                payload.insert(it.key(), it.value());
        }
        intake.write.record(personEntity, QString::number(personId),
                            QStringLiteral("person.created"), payload);
    } else {
        ServiceError readError;
        const std::optional<bool> present = PersonRepository::exists(
            db, personId, PersonRepository::Anonymised::Excluded, &readError);
        if (!present || !*present) {
            *error = { ServiceError::Code::NotFound, tr("The data subject no longer exists."), {} };
            return false;
        }
        if (!sameAddress(db, personId, p, error))
            return false;
    }
    intake.personId = personId;
    return true;
}

// A known person's postal address is not changed at the intake: the letters would go to an
// address no one has checked before the identity is known (art. 12(6) GDPR). Given different
// from what is stored, the intake is refused with what to do instead, never silently dropped.
// (The e-mail address is not compared: an e-mail request fills in its sender, which
// the request keeps with its original.)
bool CaseService::sameAddress(const QSqlDatabase &db, qint64 personId, const Person &given,
                              ServiceError *error) const
{
    std::optional<PersonRecord> stored;
    if (!PersonRepository::byId(db, personId, &stored, error))
        return false;
    if (!stored)
        return true;
    const auto differs = [](const QString &value, const QString &known, bool spaces) {
        const auto fold = [spaces](const QString &text) {
            QString folded = text.simplified().toCaseFolded();
            if (!spaces)
                folded.remove(u' ');
            return folded;
        };
        return !value.trimmed().isEmpty() && fold(value) != fold(known);
    };
    const Person &known = stored->person;
    if (!differs(given.street, known.street, true)
        && !differs(given.houseNumber, known.houseNumber, false)
        && !differs(given.postcode, known.postcode, false)
        && !differs(given.city, known.city, true))
        return true;
    // The step after the identification exists (PersonCorrections::setAddress,
    // `person set-address`), and the message names it.
    //: Dutch: "Klantnummer %1 is al bekend, met een ander adres. Bij de intake wordt dat niet
    //: gewijzigd: brieven gaan pas naar een nieuw adres als de identiteit is vastgesteld. Laat
    //: het adres hier weg en noem het nieuwe adres in de omschrijving van het verzoek. Is de
    //: identiteit vastgesteld, wijzig het adres dan in het overzicht van het verzoek (‘Adres
    //: wijzigen…’) of met privacydesk-cli person set-address VERZOEKNUMMER --address ‘straat en
    //: huisnummer, postcode plaats’."
    *error = invalid(tr("Customer number %1 is known already, with another address. The intake "
                        "does not change it: letters go to a new address only once the identity "
                        "is established. Leave the address out here and name the new one in the "
                        "request's description. Once the identity is established, change the "
                        "address on the request's overview (\"Change the address…\") or with "
                        "privacydesk-cli person set-address REQUESTNUMBER --address \"street and "
                        "number, postcode city\".")
                         .arg(known.klantnummer));
    return false;
}

// The number: AVG-<year of receipt>-NNNN, counted per year. On a server a sequence per year
// (pd_next_case_number): unique under parallel intake without holding a row lock until
// commit; the store's single writer counts in case_numbers.
bool CaseService::assignNumber(IntakeWrite &intake, ServiceError *error) const
{
    const int year = intake.request.receivedDate.year();
    const std::optional<int> next = CaseRepository::nextNumber(intake.db, year, error);
    if (!next)
        return false;
    intake.number = QStringLiteral("AVG-%1-%2").arg(year).arg(*next, 4, 10, QLatin1Char('0'));
    return true;
}

// The request's row with its deadline under the current policy, and a row per kind.
bool CaseService::insertCase(IntakeWrite &intake, ServiceError *error) const
{
    const NewCase &request = intake.request;
    Case c;
    c.number = intake.number;
    c.types = request.types;
    std::sort(c.types.begin(), c.types.end());
    c.types.erase(std::unique(c.types.begin(), c.types.end()), c.types.end());
    c.receivedDate = request.receivedDate;
    const std::optional<DeadlinePolicy> rules = policy(error);
    if (!rules)
        return false; // a deadline under a policy that could not be read is no deadline
    intake.deadline = deadlinesFor(c, *rules).current;
    const NewCaseRow row {
        .number = intake.number,
        .personId = intake.personId,
        .channel = request.channel,
        .receivedAt = request.receivedAt,
        .receivedDate = request.receivedDate,
        .receivedBy = intake.receivedBy,
        .representative = request.representative,
        .representativeMandate = request.representativeMandate,
        .representativeAddress = request.representative.trimmed().isEmpty()
            ? QString()
            : request.representativeAddress.simplified(),
        .mandateReceived = mandateWithRequest(request) ? request.receivedDate : QDate(),
        .description = request.description,
        .callbackPhone = intake.checked.callbackPhone,
        .handler = request.handler,
        .deadline = intake.deadline,
        .now = intake.now,
        .types = c.types,
        .representativeOrganisation = request.representativeOrganisation.simplified(),
        .representativeAuthority = request.representativeAuthority
            ? codes::code(*request.representativeAuthority)
            : QString(),
    };
    const std::optional<qint64> id = CaseRepository::insert(intake.db, row, error);
    if (!id)
        return false;
    intake.caseId = *id;
    for (RequestType type : std::as_const(c.types))
        intake.typeCodes.append(codes::code(type));
    return true;
}

// The case.created event, the attachments with theirs; a confirmed BSN override is recorded
// about the request (the unit appends it last).
bool CaseService::recordIntake(IntakeWrite &intake, ServiceError *error) const
{
    const NewCase &request = intake.request;
    QJsonObject created {
        { QStringLiteral("person_id"), QString::number(intake.personId) },
        { QStringLiteral("types"), intake.typeCodes },
        { QStringLiteral("channel"), codes::code(request.channel) },
        { QStringLiteral("received"), isoDate(request.receivedDate) },
        { QStringLiteral("representative"), request.representative.trimmed() },
        { QStringLiteral("description"), request.description.trimmed() },
        { QStringLiteral("deadline"), isoDate(intake.deadline) },
    };
    if (request.receivedAt.isValid())
        created.insert(QStringLiteral("received_at"),
                       request.receivedAt.toUTC().toString(Qt::ISODate));
    if (intake.receivedBy != intake.actor)
        created.insert(QStringLiteral("received_by"), intake.receivedBy);
    if (!request.representativeMandate.trimmed().isEmpty())
        created.insert(QStringLiteral("mandate"), request.representativeMandate.trimmed());
    if (!request.representativeOrganisation.trimmed().isEmpty())
        created.insert(QStringLiteral("representative_organisation"),
                       request.representativeOrganisation.simplified());
    if (request.representativeAuthority)
        created.insert(QStringLiteral("representative_authority"),
                       codes::code(*request.representativeAuthority));
    intake.write.record(caseEntity, intake.number, QStringLiteral("case.created"), created);
    intake.write.overrideAbout(caseEntity, intake.number);
    if (request.attachments.isEmpty())
        return true;
    const qint64 limit = AttachmentService(m_session).storeLimitBytes();
    for (const NewAttachment &file : request.attachments) {
        if (!AttachmentService::insert(intake.write, m_session.clock(), intake.caseId,
                                       intake.number, file, limit, error))
            return false;
    }
    return true;
}

bool CaseService::applyChange(UnitOfWork &unit, const QString &number,
                              std::optional<int> expectedVersion, ServiceError *error,
                              const std::function<bool(Case &, Change &, ServiceError *)> &edit)
{
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            std::optional<Case> c = load(number, failure); // NotFound, or Storage
            if (!c)
                return false;
            if (expectedVersion && *expectedVersion != c->version) {
                *failure = conflict(*c);
                return false;
            }
            const int readVersion = c->version;
            const CaseState before = c->state;
            const QList<TypeDecision> decisionsBefore = c->decisions;
            Change change;
            if (!edit(*c, change, failure))
                return false;
            if (c->state != before)
                change.payload.insert(QStringLiteral("state"),
                                      QJsonArray { codes::code(before), codes::code(c->state) });
            if (!writeChange(*c, readVersion, c->decisions != decisionsBefore, failure))
                return false;
            write.record(caseEntity, c->number, change.action, change.payload);
            return true;
        },
        error);
}

bool CaseService::writeChange(const Case &c, int readVersion, bool decisionsChanged,
                              ServiceError *error) const
{
    const std::optional<DeadlinePolicy> rules = policy(error);
    if (!rules)
        return false;
    const QSqlDatabase db = m_session.store().database();
    const std::optional<bool> updated
        = CaseRepository::update(db, c, readVersion, deadlinesFor(c, *rules).current,
                                 m_session.clock().now().toString(Qt::ISODateWithMs), error);
    if (!updated)
        return false;
    // No row: another seat committed a change after this transaction read the request (a
    // server's READ COMMITTED re-reads the row after waiting for that seat's lock). The store
    // folder's single writer never gets here.
    if (!*updated) {
        const std::optional<Case> now = load(c.number, error);
        if (now)
            *error = conflict(*now);
        return false;
    }
    // The decisions per kind follow the request: written on completion, gone on reopening, and
    // left alone by every other change (on a server a rewrite behind a note would look like a
    // change by hand).
    return !decisionsChanged || CaseRepository::replaceDecisions(db, c.id, c.decisions, error);
}

bool CaseService::addNote(const QString &number, const QString &text, BsnCheck bsnCheck,
                          ServiceError *error, bool withheld)
{
    UnitOfWork unit(m_session, Permission::EditCases, QStringLiteral("case.note_added"), number);
    if (!unit.permit(error) || !guard(unit, { { tr("Note"), text } }, bsnCheck, error))
        return false;
    const QString now = m_session.clock().now().toString(Qt::ISODateWithMs);
    return applyChange(unit, number, {}, error, [&](Case &c, Change &change, ServiceError *e) {
        if (const QString problem = CaseWorkflow::checkNote(c, text); !problem.isEmpty()) {
            *e = invalid(problem);
            return false;
        }
        if (!CaseRepository::insertNote(m_session.store().database(), c.id, now,
                                        m_session.userName(), text.trimmed(), withheld, e))
            return false;
        change.action = QStringLiteral("case.note_added");
        change.payload = { { QStringLiteral("text"), text.trimmed() } };
        // The chronology of the AP dossier knows the mark from the event.
        if (withheld)
            change.payload.insert(QStringLiteral("withheld"), true);
        return true;
    });
}

bool CaseService::setPersonSource(qint64 personId, const QString &source, BsnCheck bsnCheck,
                                  ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("person.updated"),
                    QString::number(personId));
    if (!unit.permit(error))
        return false;
    const QString text = source.simplified();
    if (text.size() > maxPersonSourceLength) {
        *error = invalid(
            tr("Keep the source short: at most %n character(s).", nullptr, maxPersonSourceLength));
        return false;
    }
    if (!guard(unit, { { tr("Source of the data"), text } }, bsnCheck, error))
        return false;
    bool unchanged = false;
    const bool written = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            const QSqlDatabase db = m_session.store().database();
            std::optional<PersonRecord> stored;
            if (!readPerson(personId, &stored, failure))
                return false;
            const QString before = stored->person.source;
            if (before == text) {
                unchanged = true; // nothing changed, nothing to record: the unit rolls back
                return false;
            }
            if (!PersonRepository::updateSource(db, personId, text, failure))
                return false;
            const QJsonObject payload {
                { QStringLiteral("changes"),
                  QJsonObject { { QStringLiteral("data_source"), oldNew(before, text) } } }
            };
            write.record(personEntity, QString::number(personId), QStringLiteral("person.updated"),
                         payload);
            return true;
        },
        error);
    if (unchanged)
        *error = {};
    return written || unchanged;
}

bool CaseService::readPerson(qint64 personId, std::optional<PersonRecord> *stored,
                             ServiceError *error) const
{
    if (!PersonRepository::byId(m_session.store().database(), personId, stored, error))
        return false;
    if (!*stored || (*stored)->anonymised) {
        *error = { ServiceError::Code::NotFound, tr("The data subject no longer exists."), {} };
        return false;
    }
    return true;
}

QString CaseService::checkRelationEnd(QDate relationEnd, QDate today)
{
    if (!relationEnd.isValid())
        return {};
    if (QString why = InputLimits::checkDate(tr("The end of the relation"), relationEnd);
        !why.isEmpty())
        return why;
    if (relationEnd > today.addYears(maxRelationEndYears))
        return tr("The end of the relation lies more than %n year(s) in the future; was the year "
                  "typed correctly?",
                  nullptr, maxRelationEndYears);
    return {};
}

bool CaseService::setPersonRelation(qint64 personId, Relation relation, QDate relationEnd,
                                    ServiceError *error, DerivedTerms *terms)
{
    // The one write of the relation, also the one a correction after a request makes.
    return PersonCorrections(m_session)
        .setRelation(personId, relation, relationEnd, {}, error, terms)
        .has_value();
}

QStringList CaseService::suggestedPersonSources()
{
    return { QStringLiteral("ERP-import"),
             QStringLiteral("gemeente"),
             QStringLiteral("bewindvoerder"),
             QStringLiteral("BRP via gemeente"),
             QStringLiteral("Entree"),
             QStringLiteral("vorige verhuurder"),
             QStringLiteral("zorginstelling"),
             QStringLiteral("schuldhulpverlening"),
             QStringLiteral("collega-corporatie") };
}

} // namespace pd
