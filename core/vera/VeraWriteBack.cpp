#include "vera/VeraWriteBack.h"

#include "cases/CaseService.h"
#include "cases/RestrictionRepository.h"
#include "outbox/OutboxRepository.h"
#include "store/Store.h"
#include "vera/VeraCatalogue.h"
#include "vera/VeraClient.h"
#include "vera/VeraVocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <map>
#include <memory>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

const QString channel = u"vera"_s;
const QString blocked = u"archiefstatus:GEB"_s;
const QString destroyed = u"archiefstatus:VER"_s;
const QString inactive = u"status:INA"_s;
const QString blockedCode = u"GEB"_s;
const QString liftedReason = u"opgeheven"_s; // the block's request decided without it

// The name the reference data give the code of the resource's field, sent with the code as a
// conforming system shows a reference value.
QString referenceName(const QString &resource, const QString &field, const QString &code)
{
    return VeraVocabulary::referenceName(
        VeraVocabulary::field(VeraVocabulary::schemaOf(resource), field).category, code);
}

OutboxItem mark(const Case &request, const VeraSystem &system, const QString &resource,
                const QString &address, const QString &action, const QString &reason)
{
    const QString field = action.section(u':', 0, 0);
    const QString code = action.section(u':', 1);
    OutboxItem item;
    item.caseId = request.id;
    item.caseNumber = request.number;
    item.channel = channel;
    item.target = system.name;
    item.address = address;
    item.action = action;
    item.body = QJsonDocument(
                    QJsonObject {
                        { field,
                          QJsonObject { { u"code"_s, code },
                                        { u"naam"_s, referenceName(resource, field, code) } } } })
                    .toJson(QJsonDocument::Compact);
    item.reason = reason;
    return item;
}

bool granted(const QList<TypeDecision> &decisions, RequestType type, bool partlyToo)
{
    return std::any_of(decisions.cbegin(), decisions.cend(), [&](const TypeDecision &d) {
        return d.type == type
            && (d.outcome == Outcome::Toegewezen
                || (partlyToo && d.outcome == Outcome::DeelsToegewezen));
    });
}

// Of a request decided: whether its erasure was granted whole, or in part.
bool erasureGranted(const Case &request)
{
    return !isOpen(request.state)
        && granted(CaseWorkflow::decisionsOf(request), RequestType::Verwijdering, false);
}

bool erasurePartlyGranted(const Case &request)
{
    const QList<TypeDecision> decisions = CaseWorkflow::decisionsOf(request);
    return !isOpen(request.state)
        && std::any_of(decisions.cbegin(), decisions.cend(), [](const TypeDecision &d) {
               return d.type == RequestType::Verwijdering && d.outcome == Outcome::DeelsToegewezen;
           });
}

// Whether a granted restriction still holds the request's blocks: not until every restriction
// recorded with it is lifted, which needs the notice of art. 18 lid 3 first.
bool restrictionHolds(const Case &request, bool restrictionsLifted)
{
    return !restrictionsLifted
        && granted(CaseWorkflow::decisionsOf(request), RequestType::Beperking, true);
}

// Whether the request, now decided, leaves nothing blocked: it asked to restrict or to erase, no
// part of an erasure was granted, and no restriction holds. A partly granted erasure waits for
// the officer to say which cases went.
bool blockLifted(const Case &request, bool restrictionsLifted)
{
    if (isOpen(request.state)
        || (!request.types.contains(RequestType::Beperking)
            && !request.types.contains(RequestType::Verwijdering)))
        return false;
    return !granted(CaseWorkflow::decisionsOf(request), RequestType::Verwijdering, true)
        && !restrictionHolds(request, restrictionsLifted);
}

// The system of that name and domain that the organisation lets Privacydesk mark; none: not one.
const VeraSystem *writable(const QList<VeraSystem> &systems, const QString &name, VeraDomain domain)
{
    const auto it = std::find_if(systems.cbegin(), systems.cend(), [&](const VeraSystem &s) {
        return s.name == name && s.domain == domain && s.writeBack;
    });
    return it == systems.cend() ? nullptr : &*it;
}

// Whether the officer has said which cases an erasure granted in part destroyed: a VER or a lift
// planned and not overtaken.
bool destroyedAlreadySaid(const QList<OutboxItem> &marks)
{
    return std::any_of(marks.cbegin(), marks.cend(), [](const OutboxItem &m) {
        return m.state != OutboxState::Superseded
            && (m.action == destroyed || m.reason == liftedReason);
    });
}

// The code an object holds in field, as a reference value ({code, naam}) or a plain code.
QString codeIn(const QJsonObject &object, const QString &field)
{
    const QJsonValue value = object.value(field);
    return value.isObject() ? value.toObject().value(u"code"_s).toString() : value.toString();
}

QString heldCode(const QByteArray &body, const QString &field)
{
    return codeIn(QJsonDocument::fromJson(body).object(), field);
}

OutboxState stateOf(VeraStatus status)
{
    switch (status) {
    case VeraStatus::Ok:
        return OutboxState::Done;
    case VeraStatus::Refused:
    case VeraStatus::NotSupported:
        return OutboxState::Refused;
    case VeraStatus::Failed:
    case VeraStatus::Unreachable:
        break;
    }
    return OutboxState::Failed;
}

} // namespace

VeraWriteBack::VeraWriteBack(const Session &session)
    : m_session(session)
{ }

QList<OutboxItem> VeraWriteBack::wanted(const Case &request, const VeraSearch &search,
                                        const QList<VeraSystem> &systems, const Ending &ending)
{
    const bool pending = isOpen(request.state)
        && (request.types.contains(RequestType::Beperking)
            || request.types.contains(RequestType::Verwijdering));
    const bool erased = erasureGranted(request);
    // Partly granted: the cases the officer names went, the others are free once nothing holds.
    const bool partly = erasurePartlyGranted(request) && ending.destroyed.has_value();
    const bool othersFree = partly && !restrictionHolds(request, ending.restrictionsLifted);
    const bool lifted
        = !pending && !erased && !partly && blockLifted(request, ending.restrictionsLifted);
    if (!pending && !erased && !partly && !lifted)
        return {};
    const QString reason = !pending                         ? u"vernietigd"_s
        : request.types.contains(RequestType::Verwijdering) ? u"verwijdering"_s
                                                            : u"beperking"_s;
    QList<OutboxItem> marks;
    for (const VeraFoundObject &found : search.found) {
        const VeraSystem *system = found.resource == u"zaken"_s
            ? writable(systems, found.system, VeraDomain::Dossier)
            : nullptr;
        if (!system)
            continue;
        const bool gone = erased || (partly && ending.destroyed->contains(found.uri));
        const bool lift = lifted || (othersFree && !gone);
        if (partly && !gone && !lift)
            continue; // a restriction still holds it
        // Lifted: the status the case had when it was searched, before the block; a case that
        // had none, or was blocked already, is left to the officer.
        const QString before = codeIn(found.data, u"archiefstatus"_s);
        if (lift && (before.isEmpty() || before == blockedCode))
            continue;
        marks << mark(request, *system, found.resource, found.uri,
                      lift          ? u"archiefstatus:"_s + before
                          : pending ? blocked
                                    : destroyed,
                      lift ? liftedReason : reason);
    }
    if (erased && !search.personUri.isEmpty()) {
        for (const VeraSystem &system : systems) {
            if (system.writeBack && system.domain == VeraDomain::Relaties
                && VeraCodes::within(search.personUri, system))
                marks << mark(request, system, QString::fromLatin1(VeraCatalogue::personResource),
                              search.personUri, inactive, reason);
        }
    }
    return marks;
}

std::optional<int> VeraWriteBack::plan(UnitOfWork::Write &write, const Case &request,
                                       const VeraSearch &search, const QList<VeraSystem> &systems,
                                       ServiceError *error,
                                       const std::optional<QStringList> &destroyedCases)
{
    Ending ending { false, destroyedCases };
    bool &restrictionsLifted = ending.restrictionsLifted;
    if (!isOpen(request.state) && request.types.contains(RequestType::Beperking)) {
        const std::optional<QList<PersonRestriction>> restrictions
            = RestrictionRepository::ofCase(write.database(), request.id, error);
        if (!restrictions)
            return std::nullopt;
        restrictionsLifted = !restrictions->isEmpty()
            && std::none_of(restrictions->cbegin(), restrictions->cend(),
                            [](const PersonRestriction &r) { return r.active(); });
    }
    QJsonArray planned;
    std::optional<QList<OutboxItem>> marked; // the request's marks, read once a lift is wanted
    for (OutboxItem item : wanted(request, search, systems, ending)) {
        item.plannedAt = write.session().clock().now().toUTC();
        item.plannedBy = write.session().userName();
        const bool lift = item.reason == liftedReason;
        if (lift && !marked) {
            marked = OutboxRepository::ofCase(write.database(), request.id, channel, error);
            if (!marked)
                return std::nullopt;
        }
        const bool wasBlocked
            = lift && std::any_of(marked->cbegin(), marked->cend(), [&](const OutboxItem &m) {
                  return m.address == item.address && m.action == blocked
                      && m.state == OutboxState::Done;
              });
        // A block not yet sent is overtaken by what the decision calls for instead.
        if ((item.action == destroyed || lift)
            && !OutboxRepository::supersede(write.database(), request.id, item.address, blocked,
                                            error, OutboxRepository::Answer::Drop))
            return std::nullopt;
        // Only a block that was set is lifted.
        if (lift && !wasBlocked)
            continue;
        bool added = false;
        if (!OutboxRepository::plan(write.database(), item, &added, error))
            return std::nullopt;
        if (added)
            planned.append(QJsonObject { { u"system"_s, item.target },
                                         { u"action"_s, item.action },
                                         { u"reason"_s, item.reason } });
    }
    if (!planned.isEmpty())
        write.record(u"case"_s, request.number, u"case.vera_marks_planned"_s,
                     QJsonObject { { u"marks"_s, planned } });
    return int(planned.size());
}

std::optional<int> VeraWriteBack::planFor(const QString &number, ServiceError *error,
                                          const std::optional<QStringList> &destroyedCases)
{
    UnitOfWork unit(m_session, Permission::EditCases, u"case.vera_marks_planned"_s, number);
    if (!unit.permit(error))
        return std::nullopt;
    const std::optional<Case> request = CaseService(m_session).find(number, error);
    if (!request)
        return std::nullopt;
    const QSqlDatabase db = m_session.store().database();
    std::optional<VeraDiscoveryRecord> found;
    if (!VeraRepository::latestDiscovery(db, request->id, &found, error))
        return std::nullopt;
    if (destroyedCases && !destroyedSaid(*request, found, *destroyedCases, error))
        return std::nullopt;
    if (!found)
        return 0;
    const std::optional<QList<VeraSystem>> systems
        = VeraRepository::systems(db, VeraRepository::Secret::Without, error);
    if (!systems || !unit.guard({}, BsnCheck::Refuse, error))
        return std::nullopt;
    std::optional<int> planned;
    if (!unit.commit(
            [&](UnitOfWork::Write &write, ServiceError *failure) {
                planned = plan(write, *request, found->search, *systems, failure, destroyedCases);
                return planned.has_value();
            },
            error))
        return std::nullopt;
    return planned;
}

std::optional<QList<VeraFoundObject>> VeraWriteBack::casesToSay(const QString &number,
                                                                ServiceError *error) const
{
    if (!m_session.permit(Permission::ViewRegisters, u"vera.read"_s, number, error))
        return std::nullopt;
    // The marks window asks on every fill: a request that is no erasure granted in part is told
    // from the request alone, before its search is read and decrypted.
    const std::optional<Case> request = CaseService(m_session).find(number, error);
    if (!request)
        return std::nullopt;
    if (!erasurePartlyGranted(*request))
        return QList<VeraFoundObject> {};
    const QSqlDatabase db = m_session.store().database();
    std::optional<VeraDiscoveryRecord> found;
    if (!VeraRepository::latestDiscovery(db, request->id, &found, error))
        return std::nullopt;
    const std::optional<QList<OutboxItem>> marks
        = OutboxRepository::ofCase(db, request->id, channel, error);
    if (!marks)
        return std::nullopt;
    if (!found || destroyedAlreadySaid(*marks))
        return QList<VeraFoundObject> {};
    const std::optional<QList<VeraSystem>> systems
        = VeraRepository::systems(db, VeraRepository::Secret::Without, error);
    if (!systems)
        return std::nullopt;
    QList<VeraFoundObject> cases;
    for (const VeraFoundObject &o : std::as_const(found->search.found)) {
        if (o.resource == u"zaken"_s && writable(*systems, o.system, VeraDomain::Dossier))
            cases << o;
    }
    return cases;
}

bool VeraWriteBack::destroyedSaid(const Case &request,
                                  const std::optional<VeraDiscoveryRecord> &found,
                                  const QStringList &destroyedCases, ServiceError *error) const
{
    const auto invalid = [error](const QString &message) {
        *error = { ServiceError::Code::Invalid, message, {} };
        return false;
    };
    if (!erasurePartlyGranted(request))
        //: Dutch: "Welke zaken vernietigd zijn, wordt alleen gezegd bij een verwijdering die
        //: deels is toegewezen."
        return invalid(tr("Which cases were destroyed is said only for an erasure granted in "
                          "part."));
    if (!found)
        //: Dutch: "Voor verzoek %1 is niet in de systemen gezocht."
        return invalid(tr("Request %1 was not searched for in the systems.").arg(request.number));
    for (const QString &uri : destroyedCases) {
        if (std::none_of(
                found->search.found.cbegin(), found->search.found.cend(),
                [&](const VeraFoundObject &o) { return o.uri == uri && o.resource == u"zaken"_s; }))
            //: Dutch: "%1 is geen zaak die het zoeken voor dit verzoek heeft gevonden."
            return invalid(tr("%1 is no case the search for this request found.").arg(uri));
    }
    const std::optional<QList<OutboxItem>> marks = of(request.number, error);
    if (!marks)
        return false;
    if (destroyedAlreadySaid(*marks))
        //: Dutch: "Voor verzoek %1 is al gezegd welke zaken vernietigd zijn."
        return invalid(tr("For request %1 it was said already which cases were destroyed.")
                           .arg(request.number));
    return true;
}

std::optional<VeraWriteBack::Prepared> VeraWriteBack::prepare(const QString &number,
                                                              ServiceError *error) const
{
    if (!m_session.permit(Permission::EditCases, u"case.vera_marked"_s, number, error))
        return std::nullopt;
    const QSqlDatabase db = m_session.store().database();
    Prepared prepared;
    if (number.isEmpty()) {
        std::optional<QList<OutboxItem>> open = OutboxRepository::open(db, channel, error);
        if (!open)
            return std::nullopt;
        prepared.items = *open;
    } else {
        const std::optional<QList<OutboxItem>> all = of(number, error);
        if (!all)
            return std::nullopt;
        std::copy_if(all->cbegin(), all->cend(), std::back_inserter(prepared.items),
                     [](const OutboxItem &i) { return i.open(); });
    }
    // Every completion asks: with nothing to send, no secret is read.
    if (prepared.items.isEmpty())
        return prepared;
    const std::optional<QList<VeraSystem>> systems
        = VeraRepository::systems(db, VeraRepository::Secret::With, error);
    if (!systems)
        return std::nullopt;
    prepared.systems = *systems;
    return prepared;
}

QList<OutboxItem> VeraWriteBack::send(const Prepared &prepared, const Clock &clock,
                                      const std::atomic<bool> *cancel, const Progress &progress)
{
    std::map<QString, std::unique_ptr<VeraClient>> clients;
    QList<OutboxItem> answers;
    int done = 0;
    for (OutboxItem item : prepared.items) {
        const auto system
            = std::find_if(prepared.systems.cbegin(), prepared.systems.cend(),
                           [&](const VeraSystem &s) { return s.name == item.target; });
        if (system == prepared.systems.cend() || !system->writeBack) {
            item.state = OutboxState::Refused;
            //: Dutch: "Het systeem %1 is niet (meer) ingesteld om te laten markeren."
            item.error
                = tr("The system %1 is not (or no longer) set up to be marked.").arg(item.target);
        } else {
            std::unique_ptr<VeraClient> &client = clients[item.target];
            if (!client) {
                client = std::make_unique<VeraClient>(*system);
                client->setCancel(cancel);
            }
            const QString field = item.action.section(u':', 0, 0);
            const QString code = item.action.section(u':', 1);
            VeraClient::Answer answer = client->getUri(item.address);
            const QString held
                = answer.status == VeraStatus::Ok ? heldCode(answer.body, field) : QString();
            // A mark the object already holds (sent before, or set by hand) is not sent again; a
            // block is lifted only from a case that still holds it, so that a status someone set
            // since is not overwritten.
            if (answer.status == VeraStatus::Ok && held != code
                && (item.reason != liftedReason || held == blockedCode))
                answer = client->patchUri(item.address, item.body);
            item.state = stateOf(answer.status);
            item.error = answer.status == VeraStatus::Ok ? QString() : answer.error;
        }
        item.doneAt = clock.now().toUTC();
        ++item.attempts; // as OutboxRepository::answer counts it
        answers << item;
        if (progress)
            progress(++done, int(prepared.items.size()));
    }
    return answers;
}

bool VeraWriteBack::record(const QList<OutboxItem> &answers, ServiceError *error)
{
    bool all = true;
    for (OutboxItem answer : answers) {
        const QString event = answer.state == OutboxState::Done ? u"case.vera_marked"_s
                                                                : u"case.vera_mark_failed"_s;
        UnitOfWork unit(m_session, Permission::EditCases, event, answer.caseNumber);
        ServiceError failed;
        const bool recorded
            = unit.guard({ { u"error"_s, answer.error } }, BsnCheck::Refuse, &failed)
            && unit.commit(
                [&](UnitOfWork::Write &write, ServiceError *failure) {
                    answer.doneBy = write.session().userName();
                    write.record(u"case"_s, answer.caseNumber, event,
                                 QJsonObject { { u"system"_s, answer.target },
                                               { u"action"_s, answer.action },
                                               { u"state"_s, codes::code(answer.state) },
                                               { u"error"_s, answer.error } });
                    return OutboxRepository::answer(write.database(), answer, failure);
                },
                &failed);
        if (!recorded && all) {
            *error = failed;
            all = false;
        }
    }
    return all;
}

bool VeraWriteBack::dismiss(const QString &number, qint64 id, const QString &why,
                            ServiceError *error)
{
    const QString event = u"case.vera_mark_dismissed"_s;
    UnitOfWork unit(m_session, Permission::EditCases, event, number);
    if (!unit.permit(error))
        return false;
    if (why.trimmed().isEmpty()) {
        //: Dutch: "Zeg waarom de markering vervalt."
        *error = { ServiceError::Code::Invalid, tr("Say why the mark is set aside."), {} };
        return false;
    }
    const std::optional<QList<OutboxItem>> marks = of(number, error);
    if (!marks)
        return false;
    const auto found = std::find_if(marks->cbegin(), marks->cend(),
                                    [id](const OutboxItem &m) { return m.id == id; });
    if (found == marks->cend() || !found->open()) {
        *error
            = { ServiceError::Code::NotFound,
                found == marks->cend()
                    //: Dutch: "Verzoek %1 heeft geen markering %2."
                    ? tr("Request %1 has no mark %2.").arg(number).arg(id)
                    //: Dutch: "Markering %1 staat niet meer open (%2)."
                    : tr("Mark %1 is no longer open (%2).").arg(id).arg(codes::label(found->state)),
                {} };
        return false;
    }
    if (!unit.guard({ { u"reason"_s, why } }, BsnCheck::Refuse, error))
        return false;
    OutboxItem dismissed = *found;
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            dismissed.error = why.trimmed();
            dismissed.doneAt = write.session().clock().now().toUTC();
            dismissed.doneBy = write.session().userName();
            write.record(u"case"_s, number, event,
                         QJsonObject { { u"system"_s, found->target },
                                       { u"action"_s, found->action },
                                       { u"state"_s, codes::code(found->state) },
                                       { u"reason"_s, dismissed.error } });
            return OutboxRepository::dismiss(write.database(), dismissed, failure);
        },
        error);
}

std::optional<QList<OutboxItem>> VeraWriteBack::of(const QString &number, ServiceError *error) const
{
    if (!m_session.permit(Permission::ViewRegisters, u"vera.read"_s, number, error))
        return std::nullopt;
    const std::optional<Case> request = CaseService(m_session).find(number, error);
    if (!request)
        return std::nullopt;
    return OutboxRepository::ofCase(m_session.store().database(), request->id, channel, error);
}

std::optional<QList<OutboxItem>> VeraWriteBack::open(ServiceError *error) const
{
    if (!m_session.permit(Permission::ViewRegisters, u"vera.read"_s, {}, error))
        return std::nullopt;
    return OutboxRepository::open(m_session.store().database(), channel, error);
}

QString VeraWriteBack::actionText(const OutboxItem &item)
{
    if (item.action == blocked)
        //: Dutch: "Zaak geblokkeerd (archiefstatus GEB)"
        return tr("Case blocked (archiefstatus GEB)");
    if (item.action == destroyed)
        //: Dutch: "Zaak als vernietigd gemarkeerd (archiefstatus VER)"
        return tr("Case marked destroyed (archiefstatus VER)");
    if (item.action == inactive)
        //: Dutch: "Relatie inactief gemaakt (status INA)"
        return tr("Relation made inactive (status INA)");
    if (item.reason == liftedReason)
        //: Dutch: "Blokkade van de zaak opgeheven (archiefstatus weer %1)"
        return tr("Case's block lifted (archiefstatus %1 again)").arg(item.action.section(u':', 1));
    return item.action;
}

QJsonObject VeraWriteBack::toJson(const OutboxItem &item)
{
    return { { u"id"_s, item.id },
             { u"case"_s, item.caseNumber },
             { u"system"_s, item.target },
             { u"uri"_s, item.address },
             { u"action"_s, item.action },
             { u"reason"_s, item.reason },
             { u"state"_s, codes::code(item.state) },
             { u"attempts"_s, item.attempts },
             { u"error"_s, item.error },
             { u"planned"_s, item.plannedAt.toString(Qt::ISODate) },
             { u"planned_by"_s, item.plannedBy },
             { u"answered"_s,
               item.doneAt.isValid() ? QJsonValue(item.doneAt.toString(Qt::ISODate))
                                     : QJsonValue() } };
}

} // namespace pd
