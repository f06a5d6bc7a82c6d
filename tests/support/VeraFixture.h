#pragma once

#include "PrismProxy.h"
#include "session/Session.h"
#include "vera/VeraSystem.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

namespace pd::test {

// The fictitious corporation's VERA systems (tests/vera/VeraFixtureMain.cpp) on 127.0.0.1 over
// TLS with a certificate of the test's own CA, started in a folder of the test and stopped with
// it. A system's behaviour is its folder's name (see the program).
//
// Started with its answers checked, each of the systems that hold data (relaties, dossier, ...)
// is reached through Stoplight Prism against the official specification of its domain
// (PrismProxy): baseUrl() and the links in the data are the proxy's, so the client sees only
// what passed the specification, and violations() lists anything that did not. The systems that
// misbehave on purpose (niet, kapot, traag, ...) are reached as they are: Prism would turn their
// faults into its own.
class VeraFixture final
{
public:
    enum class Answers { AsSent, CheckedAgainstSpecification };

    static constexpr auto apiKey = "vera-api-sleutel-2026";
    static constexpr auto clientId = "privacydesk-test";
    static constexpr auto clientSecret = "vera-client-secret-2026";

    VeraFixture() = default;
    ~VeraFixture();
    Q_DISABLE_COPY_MOVE(VeraFixture)

    static bool available(QString *why);
    // The number that passes the 11-test which the data hold as a BSN ({bsn}).
    static QByteArray bsn();
    bool start(const QString &folder, QString *error, Answers answers = Answers::AsSent);

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
    // The request's person searched across the systems set up in session's store (false, with a
    // warning, when the search failed).
    static bool search(const Session &session, const QString &number);
    // The lines the program printed for the requests since the last call.
    QStringList requests();
    // What Prism found against the specification since the start (checked answers only).
    QStringList violations();
    // The data as they were read at the start, and no object refusing writes; false with *error
    // when the program did not confirm it in 10 s.
    bool reset(QString *error);

private:
    bool startProxies(const QString &root, QString *error);
    QString direct(const QString &system) const;

    QProcess m_process;
    QByteArray m_caPem;
    QByteArray m_otherCaPem;
    QByteArray m_output;
    QString m_root;
    int m_port = 0;
    // The system's folder and its proxy, for the systems whose answers are checked.
    std::map<QString, std::unique_ptr<PrismProxy>> m_proxies;
    QList<int> m_proxyPorts;
};

} // namespace pd::test
