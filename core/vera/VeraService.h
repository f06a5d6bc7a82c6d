#pragma once

#include "session/Session.h"
#include "util/ServiceError.h"
#include "vera/VeraClient.h"
#include "vera/VeraSystem.h"

#include <QCoreApplication>
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

private:
    Session m_session;
};

} // namespace pd
