#include "vera/VeraService.h"

#include "cases/CaseService.h"
#include "registers/SystemChecklist.h"
#include "session/UnitOfWork.h"
#include "store/Store.h"
#include "vera/VeraRepository.h"
#include "vera/VeraWriteBack.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

ServiceError invalid(const QString &message)
{
    return { ServiceError::Code::Invalid, message, {} };
}

const QString entity = u"vera_system"_s;

} // namespace

VeraService::VeraService(const Session &session)
    : m_session(session)
{ }

std::optional<QList<VeraSystem>> VeraService::systems(ServiceError *error) const
{
    if (!m_session.permit(Permission::ViewRegisters, u"vera.read"_s, {}, error))
        return std::nullopt;
    return VeraRepository::systems(m_session.store().database(), VeraRepository::Secret::Without,
                                   error);
}

std::optional<QList<VeraSystem>> VeraService::systemsToSearch(ServiceError *error) const
{
    if (!m_session.permit(Permission::EditCases, u"vera.read"_s, {}, error))
        return std::nullopt;
    return VeraRepository::systems(m_session.store().database(), VeraRepository::Secret::With,
                                   error);
}

bool VeraService::addSystem(const VeraSystem &given, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::ChangeSettings, u"vera.system_added"_s, given.name);
    if (!unit.permit(error))
        return false;
    VeraSystem system = given;
    system.name = system.name.simplified();
    system.baseUrl = system.baseUrl.trimmed();
    system.tokenUrl = system.tokenUrl.trimmed();
    system.clientId = system.clientId.trimmed();
    if (system.auth == VeraSystem::Auth::ApiKey) {
        system.tokenUrl.clear();
        system.clientId.clear();
    }
    if (const QString problem = VeraCodes::validate(system); !problem.isEmpty()) {
        *error = invalid(problem);
        return false;
    }
    const std::optional<QList<VeraSystem>> stored = VeraRepository::systems(
        m_session.store().database(), VeraRepository::Secret::Without, error);
    if (!stored)
        return false;
    if (std::any_of(stored->cbegin(), stored->cend(), [&](const VeraSystem &s) {
            return s.name.compare(system.name, Qt::CaseInsensitive) == 0;
        })) {
        //: Dutch: "Er is al een systeem met de naam ‘%1’. Verwijder het eerst om het anders
        //: in te stellen."
        *error = invalid(tr("There is already a system named '%1'. Remove it first to set it up "
                            "differently.")
                             .arg(system.name));
        return false;
    }
    if (!unit.guard({ { u"name"_s, system.name },
                      { u"url"_s, system.baseUrl },
                      { u"client_id"_s, system.clientId } },
                    BsnCheck::Refuse, error))
        return false;
    system.addedAt = m_session.clock().now().toUTC();
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            system.addedBy = write.session().userName();
            // What was set up, never the secret itself.
            write.record(entity, system.name, u"vera.system_added"_s,
                         QJsonObject { { u"domain"_s, codes::code(system.domain) },
                                       { u"url"_s, system.baseUrl },
                                       { u"auth"_s, codes::code(system.auth) },
                                       { u"token_url"_s, system.tokenUrl },
                                       { u"client_id"_s, system.clientId },
                                       { u"own_ca"_s, !system.caPem.isEmpty() },
                                       { u"write_back"_s, system.writeBack },
                                       { u"customer_field"_s, system.customerField } });
            return VeraRepository::insert(write.database(), system, failure);
        },
        error);
}

bool VeraService::removeSystem(const QString &name, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::ChangeSettings, u"vera.system_removed"_s, name);
    if (!unit.permit(error))
        return false;
    const std::optional<QList<VeraSystem>> stored = VeraRepository::systems(
        m_session.store().database(), VeraRepository::Secret::Without, error);
    if (!stored)
        return false;
    const auto found = std::find_if(stored->cbegin(), stored->cend(),
                                    [&](const VeraSystem &s) { return s.name == name; });
    if (found == stored->cend()) {
        //: Dutch: "Er is geen systeem met de naam ‘%1’."
        *error
            = { ServiceError::Code::NotFound, tr("There is no system named '%1'.").arg(name), {} };
        return false;
    }
    if (!unit.guard({}, BsnCheck::Refuse, error))
        return false;
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            write.record(entity, name, u"vera.system_removed"_s,
                         QJsonObject { { u"domain"_s, codes::code(found->domain) },
                                       { u"url"_s, found->baseUrl } });
            return VeraRepository::remove(write.database(), name, failure);
        },
        error);
}

VeraService::Check VeraService::check(const VeraSystem &system)
{
    Check result { system.name, system.domain, VeraStatus::Ok, {} };
    VeraClient client(system, checkSeconds);
    VeraClient::Answer answer;
    if (client.signIn(&answer))
        answer = client.ping();
    result.status = answer.status;
    result.error = answer.error;
    return result;
}

std::optional<VeraService::Prepared> VeraService::prepare(const QString &number,
                                                          ServiceError *error) const
{
    if (!m_session.permit(Permission::EditCases, u"case.vera_searched"_s, number, error))
        return std::nullopt;
    const std::optional<Case> request = CaseService(m_session).find(number, error);
    if (!request)
        return std::nullopt;
    Prepared prepared { number, request->id, request->person.klantnummer.trimmed(), {}, *request };
    if (prepared.customerNumber.isEmpty()) {
        //: Dutch: "De betrokkene van %1 heeft geen klantnummer: vul het in bij de persoon, dan
        //: zoekt Privacydesk de persoon daarmee in de systemen."
        *error = invalid(tr("The data subject of %1 has no customer number: fill it in for the "
                            "person, and Privacydesk looks the person up in the systems by it.")
                             .arg(number));
        return std::nullopt;
    }
    const std::optional<QList<VeraSystem>> systems = VeraRepository::systems(
        m_session.store().database(), VeraRepository::Secret::With, error);
    if (!systems)
        return std::nullopt;
    if (systems->isEmpty()) {
        //: Dutch: "Er zijn nog geen systemen ingesteld: een beheerder voegt ze toe met
        //: privacydesk-cli vera add."
        *error = { ServiceError::Code::NotFound,
                   tr("No systems have been set up yet: a beheerder adds them with "
                      "privacydesk-cli vera add."),
                   {} };
        return std::nullopt;
    }
    prepared.systems = *systems;
    return prepared;
}

std::optional<VeraDiscoveryRecord> VeraService::record(const Prepared &prepared,
                                                       VeraDiscoveryRecord result,
                                                       QStringList *warnings, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditCases, u"case.vera_searched"_s, prepared.number);
    // What was found passed the BSN guard in VeraDiscovery: masked, never refused.
    if (!unit.permit(error) || !unit.guard({}, BsnCheck::Refuse, error))
        return std::nullopt;
    QJsonArray searched;
    for (const VeraSystemResult &s : result.search.systems)
        searched.append(QJsonObject { { u"system"_s, s.name },
                                      { u"status"_s, codes::code(s.status) },
                                      { u"objects"_s, s.objects } });
    const bool recorded = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            result.runBy = write.session().userName();
            write.record(u"case"_s, prepared.number, u"case.vera_searched"_s,
                         QJsonObject { { u"systems"_s, searched },
                                       { u"objects"_s, int(result.search.found.size()) },
                                       { u"person_found"_s, !result.search.personUri.isEmpty() },
                                       { u"cancelled"_s, result.search.cancelled } });
            const std::optional<qint64> id = VeraRepository::insertDiscovery(
                write.database(), prepared.caseId, result, failure);
            if (!id)
                return false;
            result.id = *id;
            return result.search.cancelled
                || VeraWriteBack::plan(write, prepared.request, result.search, prepared.systems,
                                       failure)
                       .has_value();
        },
        error);
    if (!recorded)
        return std::nullopt;
    if (!result.search.cancelled)
        tick(prepared.number, result.search, warnings);
    return result;
}

VeraDiscoveryRecord VeraService::search(const Prepared &prepared, const Clock &clock,
                                        const VeraDiscovery::Limits &limits,
                                        const std::atomic<bool> *cancel,
                                        const VeraDiscovery::Progress &progress)
{
    VeraDiscoveryRecord found;
    found.startedAt = clock.now().toUTC();
    found.customerNumber = prepared.customerNumber;
    found.search
        = VeraDiscovery::run(prepared.systems, prepared.customerNumber, limits, cancel, progress);
    found.finishedAt = clock.now().toUTC();
    return found;
}

std::optional<VeraDiscoveryRecord> VeraService::discover(const QString &number,
                                                         const VeraDiscovery::Limits &limits,
                                                         const std::atomic<bool> *cancel,
                                                         const VeraDiscovery::Progress &progress,
                                                         QStringList *warnings, ServiceError *error)
{
    const std::optional<Prepared> prepared = prepare(number, error);
    if (!prepared)
        return std::nullopt;
    return record(*prepared, search(*prepared, m_session.clock(), limits, cancel, progress),
                  warnings, error);
}

bool VeraService::tick(const QString &number, const VeraSearch &search, QStringList *warnings)
{
    SystemChecklist checklist(m_session);
    ServiceError error;
    const std::optional<QList<SystemCheck>> checks = checklist.of(number, &error);
    if (!checks) {
        *warnings << error.message;
        return false;
    }
    bool all = true;
    for (const VeraSystemResult &s : search.systems) {
        const bool listed
            = std::any_of(checks->cbegin(), checks->cend(), [&](const SystemCheck &c) {
                  return c.system.compare(s.name, Qt::CaseInsensitive) == 0;
              });
        if (!listed) {
            //: Dutch: "%1 staat niet in de systemencontrole van dit verzoek (de systemen van het
            //: verwerkingsregister): daar is niets afgevinkt."
            *warnings << tr("%1 is not in this request's systems checklist (the processing "
                            "register's systems): nothing was ticked there.")
                             .arg(s.name);
            continue;
        }
        SystemTick t;
        t.system = s.name;
        if (s.status != VeraStatus::Ok) {
            t.result = SystemSearchResult::NietDoorzoekbaar;
            t.note = QString(codes::code(s.status) + u": "_s + s.error).left(1000);
        } else {
            t.result
                = s.objects > 0 ? SystemSearchResult::Gevonden : SystemSearchResult::NietsGevonden;
            // What was found is in the inzage report, under the system's name.
            t.inReport = s.objects > 0;
            //: Dutch: "Doorzocht via VERA: %n object(en)."
            t.note = tr("Searched through VERA: %n object(s).", nullptr, s.objects);
        }
        if (!checklist.tick(number, t, BsnCheck::Refuse, &error)) {
            *warnings << u"%1: %2"_s.arg(s.name, error.message);
            all = false;
        }
    }
    return all;
}

std::optional<VeraDiscoveryRecord> VeraService::latest(const QString &number,
                                                       ServiceError *error) const
{
    if (!m_session.permit(Permission::ViewRegisters, u"vera.read"_s, number, error))
        return std::nullopt;
    const std::optional<Case> request = CaseService(m_session).find(number, error);
    if (!request)
        return std::nullopt;
    std::optional<VeraDiscoveryRecord> found;
    *error = {};
    if (!VeraRepository::latestDiscovery(m_session.store().database(), request->id, &found, error))
        return std::nullopt;
    return found;
}

QJsonObject VeraService::toJson(const QString &number, const VeraDiscoveryRecord &record)
{
    const VeraSearch &search = record.search;
    QJsonArray systems;
    for (const VeraSystemResult &s : search.systems) {
        QJsonArray resources;
        for (const VeraResourceResult &r : s.resources)
            resources.append(QJsonObject { { u"resource"_s, r.resource },
                                           { u"status"_s, codes::code(r.status) },
                                           { u"objects"_s, r.objects },
                                           { u"error"_s, r.error } });
        systems.append(QJsonObject { { u"name"_s, s.name },
                                     { u"domain"_s, codes::code(s.domain) },
                                     { u"status"_s, codes::code(s.status) },
                                     { u"objects"_s, s.objects },
                                     { u"error"_s, s.error },
                                     { u"resources"_s, resources },
                                     { u"bsn_held"_s, QJsonArray::fromStringList(s.bsnHeld) } });
    }
    QJsonArray found;
    for (const VeraFoundObject &f : search.found)
        found.append(QJsonObject { { u"system"_s, f.system },
                                   { u"resource"_s, f.resource },
                                   { u"uri"_s, f.uri },
                                   { u"fetched"_s, f.fetchedAt.toString(Qt::ISODate) },
                                   { u"data"_s, f.data } });
    return { { u"case"_s, number },
             { u"person"_s,
               QJsonObject { { u"customer_number"_s, record.customerNumber },
                             { u"found"_s, !search.personUri.isEmpty() },
                             { u"uri"_s, search.personUri } } },
             { u"started"_s, record.startedAt.toString(Qt::ISODate) },
             { u"finished"_s, record.finishedAt.toString(Qt::ISODate) },
             { u"by"_s, record.runBy },
             { u"cancelled"_s, search.cancelled },
             { u"systems"_s, systems },
             { u"unfollowed"_s, QJsonArray::fromStringList(search.unfollowed) },
             { u"found"_s, found } };
}

} // namespace pd
