#pragma once

#include "cases/Case.h"
#include "session/Session.h"
#include "util/Clock.h"
#include "util/ServiceError.h"
#include "vera/VeraClient.h"
#include "vera/VeraDiscovery.h"
#include "vera/VeraRepository.h"
#include "vera/VeraSync.h"
#include "vera/VeraSystem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pd {

// The corporation's VERA systems: a beheerder adds and removes them (settings); the officers'
// desks read them with their secrets to search a person's data; the auditor sees which there are.
// The network calls touch no store: the desk runs them on a worker thread.
class VeraService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::VeraService)
public:
    explicit VeraService(const Session &session);

    // Without their secrets: for whoever may read the registers.
    std::optional<QList<VeraSystem>> systems(ServiceError *error) const;
    // With their secrets: for whoever searches (an officer).
    std::optional<QList<VeraSystem>> systemsToSearch(ServiceError *error) const;
    // addedAt and addedBy are the session's.
    bool addSystem(const VeraSystem &system, ServiceError *error);
    bool removeSystem(const QString &name, ServiceError *error);

    // A system's /ping, after its token when it signs in with client credentials.
    struct Check
    {
        QString name;
        VeraDomain domain = VeraDomain::Relaties;
        VeraStatus status = VeraStatus::Failed;
        QString error;
    };
    static constexpr int checkSeconds = 20;
    static Check check(const VeraSystem &system);

    // The three steps of discover, for a desk that searches on a worker thread: prepare and
    // record on the store's thread, search (no store) on the worker.
    struct Prepared
    {
        QString number;
        qint64 caseId = 0;
        QString customerNumber;
        QList<VeraSystem> systems; // with their secrets
        Case request; // as read before the search: what it calls to be marked (VeraWriteBack)
    };
    std::optional<Prepared> prepare(const QString &number, ServiceError *error) const;
    static VeraDiscoveryRecord search(const Prepared &prepared, const Clock &clock,
                                      const VeraDiscovery::Limits &limits,
                                      const std::atomic<bool> *cancel,
                                      const VeraDiscovery::Progress &progress);
    std::optional<VeraDiscoveryRecord> record(const Prepared &prepared, VeraDiscoveryRecord result,
                                              QStringList *warnings, ServiceError *error);

    // The request's person searched in every system (VeraDiscovery, no store open meanwhile),
    // then recorded with the request in one unit, with the marks it calls for in the systems
    // that allow them planned (VeraWriteBack, sent by the caller), and the systems checklist
    // ticked from it for
    // the systems it names (who: the officer who ran it). *warnings: the ticks that could not be
    // made, and why. Needs EditCases.
    std::optional<VeraDiscoveryRecord> discover(const QString &number,
                                                const VeraDiscovery::Limits &limits,
                                                const std::atomic<bool> *cancel,
                                                const VeraDiscovery::Progress &progress,
                                                QStringList *warnings, ServiceError *error);
    // The request's last search; nullopt with an empty error when there is none.
    std::optional<VeraDiscoveryRecord> latest(const QString &number, ServiceError *error) const;
    static QJsonObject toJson(const QString &number, const VeraDiscoveryRecord &record);

    // The retention items from the Overeenkomsten system (vera sync), in three steps as
    // discover's: on the store's thread the systems (the Overeenkomsten system named, or the only
    // one, and the Relaties systems); on a worker the reading (VeraSync, no store); on the
    // store's thread the rows written through the person import (PersonImport: the same checks,
    // updates, derivation, audit events and one transaction). Needs EditRegisters, the import's
    // role. A system that cannot be read is an error, and nothing is written.
    struct SyncPrepared
    {
        VeraSystem contracts; // with their secrets
        QList<VeraSystem> relaties; // VeraSync reads the one the contracts point into
    };
    struct SyncResult
    {
        QString system; // the Overeenkomsten system's name
        QString relatiesSystem;
        VeraSyncRead read;
        ImportResult imported;
    };
    std::optional<SyncPrepared> prepareSync(const QString &system, ServiceError *error) const;
    static VeraSyncRead readSync(const SyncPrepared &prepared, QDate today,
                                 const VeraSync::Limits &limits, const std::atomic<bool> *cancel,
                                 const VeraSync::Progress &progress);
    // Refuses a read that failed or was cancelled; *imported tells about the import itself.
    std::optional<SyncResult> writeSync(const SyncPrepared &prepared, VeraSyncRead read,
                                        ServiceError *error);
    std::optional<SyncResult> sync(const QString &system, const VeraSync::Limits &limits,
                                   const std::atomic<bool> *cancel,
                                   const VeraSync::Progress &progress, ServiceError *error);
    // The person import's keys (imported, updated, rejected, terms_*) with the systems and the
    // counts read; each rejection also names its customer number and relation.
    static QJsonObject toJson(const SyncResult &result);
    // What the persons the sync creates record as their source.
    static QString syncSource(const QString &contracts, const QString &relaties);

private:
    bool tick(const QString &number, const VeraSearch &search, QStringList *warnings);
    Session m_session;
};

} // namespace pd
