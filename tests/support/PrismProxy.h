#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace pd::test {

// Stoplight Prism (`prism proxy --errors`, npm @stoplight/prism-cli 5.14.2, installed by
// packaging/install-deps.sh) in front of one of the fixture's systems: every answer the client
// receives is checked against the official VERA specification of that domain, and one that
// does not conform comes back as a 500 with the violations (sl-violations), never as data.
// The specification is read from a copy with three changes, each needed for a conforming answer
// or request to pass at all: every `oneOf` is an `anyOf` (VERA's Relatie, Contactgegeven,
// Overeenkomst, ... have no discriminator, so any valid object matches all their schemas and
// "exactly one" always fails); each operation also takes the API key (the specification allows
// X-API-KEY at its root but lists only OAuth2 on the operations); and a PATCH takes the id as the
// GET and the PUT of the same path do, a string (the PATCH alone types it as an integer, so an
// object whose id the GET gave as "Z1" could not be changed).
class PrismProxy final
{
public:
    PrismProxy() = default;
    ~PrismProxy();
    Q_DISABLE_COPY_MOVE(PrismProxy)

    static QString program();
    // The VERA specifications (../shared/vera of the checkout).
    static QString specificationsFolder();
    static bool available(QString *why);
    // Starts the proxy for Informatiedomeinen/<domain>.yaml in front of upstream (https), trusting
    // caFile, on a free port of 127.0.0.1; false with *error when it did not come up in 60 s.
    bool start(const QString &folder, const QString &domain, const QString &upstream,
               const QString &caFile, QString *error);
    // The same in two steps, so that several proxies come up side by side: launch on port (0: a
    // free one), then wait until it listens.
    bool launch(const QString &folder, const QString &domain, const QString &upstream,
                const QString &caFile, int port, QString *error);
    bool waitUntilListening(QString *error);
    QString url() const;
    QString log();
    // The log's lines that report a request or an answer against the specification; empty when
    // everything conformed.
    QStringList violations();

private:
    QProcess m_process;
    QString m_log;
    QString m_domain;
    int m_port = 0;
};

} // namespace pd::test
