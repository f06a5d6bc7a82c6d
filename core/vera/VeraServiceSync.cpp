// VeraService's sync (split from VeraService.cpp): the retention items from the Overeenkomsten
// system, written through the person import.
#include "registers/PersonImport.h"
#include "session/Session.h"
#include "store/Store.h"
#include "vera/VeraRepository.h"
#include "vera/VeraService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

ServiceError syncInvalid(const QString &message)
{
    return { ServiceError::Code::Invalid, message, {} };
}

} // namespace

std::optional<VeraService::SyncPrepared> VeraService::prepareSync(const QString &system,
                                                                  ServiceError *error) const
{
    if (!m_session.permit(Permission::EditRegisters, u"vera.sync"_s, {}, error))
        return std::nullopt;
    const std::optional<QList<VeraSystem>> systems = VeraRepository::systems(
        m_session.store().database(), VeraRepository::Secret::With, error);
    if (!systems)
        return std::nullopt;
    QList<VeraSystem> contracts;
    QList<VeraSystem> relaties;
    for (const VeraSystem &s : *systems) {
        if (s.domain == VeraDomain::Overeenkomsten
            && (system.isEmpty() || s.name.compare(system.simplified(), Qt::CaseInsensitive) == 0))
            contracts << s;
        if (s.domain == VeraDomain::Relaties)
            relaties << s;
    }
    if (contracts.isEmpty()) {
        *error = syncInvalid(
            system.isEmpty()
                //: Dutch: "Er is geen Overeenkomsten-systeem ingesteld: de huurovereenkomsten
                //: kunnen nergens worden gelezen."
                ? tr("No Overeenkomsten system has been set up: the rental contracts cannot be "
                     "read anywhere.")
                //: Dutch: "Er is geen Overeenkomsten-systeem met de naam ‘%1’."
                : tr("There is no Overeenkomsten system named '%1'.").arg(system));
        return std::nullopt;
    }
    if (contracts.size() > 1) {
        QStringList names;
        for (const VeraSystem &s : std::as_const(contracts))
            names << s.name;
        //: Dutch: "Er zijn meer Overeenkomsten-systemen (%1): noem er een."
        *error = syncInvalid(tr("There are several Overeenkomsten systems (%1): name one.")
                                 .arg(names.join(u", "_s)));
        return std::nullopt;
    }
    if (relaties.isEmpty()) {
        //: Dutch: "Er is geen Relaties-systeem ingesteld: zonder de relaties zijn de
        //: klantnummers van de huurders niet bekend."
        *error = syncInvalid(tr("No Relaties system has been set up: without the relations the "
                                "tenants' customer numbers are not known."));
        return std::nullopt;
    }
    return SyncPrepared { contracts.first(), relaties };
}

VeraSyncRead VeraService::readSync(const SyncPrepared &prepared, QDate today,
                                   const VeraSync::Limits &limits, const std::atomic<bool> *cancel,
                                   const VeraSync::Progress &progress)
{
    return VeraSync::read(prepared.contracts, prepared.relaties, today, limits, cancel, progress);
}

QString VeraService::syncSource(const QString &contracts, const QString &relaties)
{
    // The name came from Relaties, the relation's end from Overeenkomsten.
    QStringList names;
    if (!relaties.isEmpty())
        names << relaties;
    if (contracts.compare(relaties, Qt::CaseInsensitive) != 0)
        names << contracts;
    return u"VERA: "_s + names.join(u", "_s);
}

std::optional<VeraService::SyncResult>
VeraService::writeSync(const SyncPrepared &prepared, VeraSyncRead read, ServiceError *error)
{
    if (read.cancelled) {
        //: Dutch: "Het ophalen is afgebroken: er is niets vastgelegd."
        *error = { ServiceError::Code::Invalid,
                   tr("The sync was cancelled: nothing was recorded."),
                   {} };
        return std::nullopt;
    }
    if (!read.ok()) {
        //: Dutch: "Er is niets vastgelegd: %1"
        *error
            = { ServiceError::Code::Storage, tr("Nothing was recorded: %1").arg(read.error), {} };
        return std::nullopt;
    }
    ImportOptions options;
    options.source = syncSource(prepared.contracts.name, read.relatiesSystem);
    SyncResult result { prepared.contracts.name, read.relatiesSystem, std::move(read), {} };
    result.imported = PersonImport(m_session).run(result.read.rows, options);
    if (!result.imported.ok()) {
        *error
            = { result.imported.denied ? ServiceError::Code::Denied : ServiceError::Code::Storage,
                result.imported.error,
                {} };
        return std::nullopt;
    }
    return result;
}

std::optional<VeraService::SyncResult> VeraService::sync(const QString &system,
                                                         const VeraSync::Limits &limits,
                                                         const std::atomic<bool> *cancel,
                                                         const VeraSync::Progress &progress,
                                                         ServiceError *error)
{
    const std::optional<SyncPrepared> prepared = prepareSync(system, error);
    if (!prepared)
        return std::nullopt;
    return writeSync(
        *prepared, readSync(*prepared, m_session.clock().today(), limits, cancel, progress), error);
}

QJsonObject VeraService::toJson(const SyncResult &result)
{
    QJsonObject json = result.imported.toJson();
    QJsonArray rejected;
    for (const ImportRejection &r : result.imported.rejected)
        rejected.append(QJsonObject { { u"line"_s, r.line },
                                      { u"reason"_s, r.reason },
                                      { u"klantnummer"_s, result.read.customerNumberAt(r.line) },
                                      { u"relation"_s, result.read.relationAt(r.line) } });
    json.insert(u"rejected"_s, rejected);
    json.insert(u"unchanged"_s, result.imported.unchanged);
    json.insert(u"system"_s, result.system);
    json.insert(u"relaties_system"_s, result.relatiesSystem);
    json.insert(u"contracts"_s, result.read.contracts);
    json.insert(u"relations"_s, result.read.relations);
    json.insert(u"unmatched"_s, result.read.unmatched);
    return json;
}

} // namespace pd
