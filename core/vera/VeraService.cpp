#include "vera/VeraService.h"

#include "session/UnitOfWork.h"
#include "store/Store.h"
#include "vera/VeraRepository.h"

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

} // namespace pd
