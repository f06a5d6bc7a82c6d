#pragma once

#include "domain/CodeTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pd {

// VERA's information domains: one system per domain, each with its own base URL. The codes are the
// specifications' file names in lower case.
enum class VeraDomain {
    Relaties,
    Overeenkomsten,
    Financien,
    Dossier,
    Woonruimteverdeling,
    Onderhoud,
    Vastgoed,
    Kwaliteit,
    Organisatie,
    Algemeen,
    Energie,
    Projectontwikkeling,
};
template<> const codes::Vocabulary<VeraDomain> &codes::vocabulary<VeraDomain>();

// One of the corporation's own systems. TLS always, the certificate verified (plain HTTP only to
// this machine itself, where a test's proxy listens). The secret (the API key or the client
// secret) is kept in the store only, never in QSettings, a log, the audit trail, the environment
// or a command line.
struct VeraSystem
{
    enum class Auth { ApiKey, ClientCredentials };

    QString name; // as the systems checklist names it
    VeraDomain domain = VeraDomain::Relaties;
    QString baseUrl; // the domain's API root: /ping, /natuurlijk-personen, ... below it
    Auth auth = Auth::ApiKey;
    QString tokenUrl; // ClientCredentials: where the access token is asked for
    QString clientId;
    QByteArray secret; // never shown, never logged
    QByteArray caPem; // the certificate authority to trust, PEM; empty: the system's
    bool writeBack = false; // the organisation lets Privacydesk mark records there
    QString customerField = QStringLiteral("code"); // the Relatie field of the customer number
    QDateTime addedAt; // UTC
    QString addedBy;
};

// Codes only ("api-key", "client-credentials"): the CLI's options and the settings page word them.
template<> const codes::Vocabulary<VeraSystem::Auth> &codes::vocabulary<VeraSystem::Auth>();

class VeraCodes final
{
    Q_DECLARE_TR_FUNCTIONS(pd::VeraCodes)
public:
    VeraCodes() = delete;
    // The Relatie fields a customer number may be kept in (VERA's Relatie-basis).
    static const QStringList &customerFields();
    static QString validate(const VeraSystem &system);
    // A base or token URL as the client takes it: https, or http to this machine itself.
    static bool acceptableUrl(const QString &url);
    // Whether a URI lies below the system's base URL (a link into that system).
    static bool within(const QString &uri, const VeraSystem &system);
};

} // namespace pd
