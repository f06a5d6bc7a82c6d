#pragma once

#include "vera/VeraSystem.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace pd::test {

// The fictitious corporation's VERA systems (tests/vera/VeraFixtureMain.cpp) on 127.0.0.1 over
// TLS with a certificate of the test's own CA, started in a folder of the test and stopped with
// it. A system's behaviour is its folder's name (see the program).
class VeraFixture final
{
public:
    static constexpr auto apiKey = "vera-api-sleutel-2026";
    static constexpr auto clientId = "privacydesk-test";
    static constexpr auto clientSecret = "vera-client-secret-2026";

    VeraFixture() = default;
    ~VeraFixture();
    Q_DISABLE_COPY_MOVE(VeraFixture)

    static bool available(QString *why);
    // The number that passes the 11-test which the data hold as a BSN ({bsn}).
    static QByteArray bsn();
    bool start(const QString &folder, QString *error);

    int port() const { return m_port; }
    QByteArray caPem() const { return m_caPem; }
    QByteArray otherCaPem() const { return m_otherCaPem; }
    QString baseUrl(const QString &system) const;
    // tokenKind: "" (good), "once" (good for one request), "mac" (not a bearer token).
    QString tokenUrl(const QString &tokenKind = {}) const;
    // A system of that behaviour, signing in with the API key, trusting the test's CA.
    VeraSystem apiKeySystem(const QString &name, const QString &behaviour,
                            VeraDomain domain = VeraDomain::Relaties) const;
    VeraSystem clientSystem(const QString &name, const QString &behaviour,
                            const QString &tokenKind = {},
                            VeraDomain domain = VeraDomain::Relaties) const;
    // The lines the program printed for the requests since the last call.
    QStringList requests();

private:
    QProcess m_process;
    QByteArray m_caPem;
    QByteArray m_otherCaPem;
    QByteArray m_output;
    int m_port = 0;
};

} // namespace pd::test
