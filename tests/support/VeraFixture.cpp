#include "VeraFixture.h"

#include "LocalPort.h"
#include "TestCertificates.h"
#include "TestSupport.h"
#include "vera/VeraService.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <array>

namespace pd::test {

using namespace Qt::StringLiterals;

namespace {

bool writeLine(const QString &path, const QByteArray &line)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(line + '\n') == line.size() + 1;
}

// The systems of the data with the specification of their domain.
constexpr std::array<std::pair<const char *, const char *>, 6> specified { {
    { "relaties", "Relaties" },
    { "overeenkomsten", "Overeenkomsten" },
    { "financien", "Financien" },
    { "dossier", "Dossier" },
    { "woonruimteverdeling", "Woonruimteverdeling" },
    { "onderhoud", "Onderhoud" },
} };

} // namespace

VeraFixture::~VeraFixture()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool VeraFixture::available(QString *why)
{
    if (!QFileInfo::exists(QStringLiteral(PRIVACYDESK_VERA_FIXTURE_PATH))) {
        *why = u"the fixture program was not built"_s;
        return false;
    }
    return TestCertificates::available(why);
}

QByteArray VeraFixture::bsn()
{
    return elfProefNumber(7).toLatin1();
}

bool VeraFixture::start(const QString &folder, QString *error, Answers answers)
{
    const QString root = QDir(folder).absolutePath();
    m_root = root;
    TestCertificates certificates;
    if (!QDir().mkpath(root) || !certificates.make(root, error))
        return false;
    m_caPem = certificates.caPem;
    m_otherCaPem = certificates.otherCaPem;
    if (!writeLine(root + u"/api-key"_s, apiKey)
        || !writeLine(root + u"/client-secret"_s, clientSecret)
        || !writeLine(root + u"/bsn"_s, bsn())) {
        *error = u"cannot write the fixture's secrets"_s;
        return false;
    }
    // The proxies' ports are chosen first: the fixture writes them into the data's links.
    QByteArray proxied;
    if (answers == Answers::CheckedAgainstSpecification) {
        if (!PrismProxy::available(error))
            return false;
        for (const auto &[system, domain] : specified) {
            const int port = freeLocalPort();
            m_proxies.emplace(QString::fromLatin1(system), std::make_unique<PrismProxy>());
            proxied += QByteArray(system) + " http://127.0.0.1:" + QByteArray::number(port) + '\n';
            m_proxyPorts.append(port);
        }
    }
    QFile file(root + u"/public"_s);
    if (!file.open(QIODevice::WriteOnly) || file.write(proxied) != proxied.size()) {
        *error = u"cannot write the proxies' addresses"_s;
        return false;
    }
    file.close();
    m_process.start(QStringLiteral(PRIVACYDESK_VERA_FIXTURE_PATH),
                    { root, QStringLiteral(PRIVACYDESK_VERA_DATA) });
    while (m_process.waitForReadyRead(10000)) {
        m_output += m_process.readAllStandardOutput();
        const qsizetype end = m_output.indexOf('\n');
        if (end < 0)
            continue;
        const QByteArray first = m_output.left(end);
        m_output.remove(0, end + 1);
        if (first.startsWith("port "))
            m_port = first.mid(5).toInt();
        break;
    }
    if (m_port <= 0) {
        *error = u"the fixture did not listen: "_s
            + QString::fromLocal8Bit(m_process.readAllStandardError());
        return false;
    }
    return startProxies(root, error);
}

bool VeraFixture::startProxies(const QString &root, QString *error)
{
    if (m_proxyPorts.contains(m_port)) {
        *error = u"the fixture took a port chosen for a proxy; run the test again"_s;
        return false;
    }
    const QString ca = root + u"/ca.pem"_s;
    std::size_t i = 0;
    for (const auto &[system, domain] : specified) {
        if (m_proxies.empty())
            break;
        const QString name = QString::fromLatin1(system);
        if (!m_proxies.at(name)->launch(root, QString::fromLatin1(domain), direct(name), ca,
                                        m_proxyPorts.at(qsizetype(i++)), error))
            return false;
    }
    for (auto &[system, proxy] : m_proxies)
        if (!proxy->waitUntilListening(error))
            return false;
    return true;
}

QString VeraFixture::direct(const QString &system) const
{
    return u"https://127.0.0.1:%1/%2"_s.arg(m_port).arg(system);
}

QString VeraFixture::baseUrl(const QString &system) const
{
    const auto proxy = m_proxies.find(system);
    return proxy == m_proxies.end() ? direct(system) : proxy->second->url();
}

bool VeraFixture::reset(QString *error)
{
    if (QFile::exists(m_root + u"/refuse-writes"_s)
        && !QFile::remove(m_root + u"/refuse-writes"_s)) {
        *error = u"cannot remove refuse-writes"_s;
        return false;
    }
    requests();
    m_process.write("reset\n");
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && m_process.waitForReadyRead(int(deadline.remainingTime()))) {
        m_output += m_process.readAllStandardOutput();
        const qsizetype at = m_output.indexOf("reset\n");
        if (at >= 0 && (at == 0 || m_output.at(at - 1) == '\n')) {
            m_output.remove(0, at + 6);
            return true;
        }
    }
    *error = u"the fixture did not put its data back"_s;
    return false;
}

QStringList VeraFixture::violations()
{
    QStringList found;
    for (auto &[system, proxy] : m_proxies)
        found << proxy->violations();
    return found;
}

QString VeraFixture::tokenUrl(const QString &tokenKind) const
{
    return tokenKind.isEmpty()
        ? u"https://127.0.0.1:%1/oauth/token"_s.arg(m_port)
        : u"https://127.0.0.1:%1/oauth/%2/token"_s.arg(m_port).arg(tokenKind);
}

VeraSystem VeraFixture::apiKeySystem(const QString &name, const QString &behaviour,
                                     VeraDomain domain) const
{
    VeraSystem s;
    s.name = name;
    s.domain = domain;
    s.baseUrl = baseUrl(behaviour);
    s.auth = VeraSystem::Auth::ApiKey;
    s.secret = apiKey;
    s.caPem = m_caPem;
    return s;
}

VeraSystem VeraFixture::clientSystem(const QString &name, const QString &behaviour,
                                     const QString &tokenKind, VeraDomain domain) const
{
    VeraSystem s = apiKeySystem(name, behaviour, domain);
    s.auth = VeraSystem::Auth::ClientCredentials;
    s.tokenUrl = tokenUrl(tokenKind);
    s.clientId = QString::fromLatin1(clientId);
    s.secret = clientSecret;
    return s;
}

bool VeraFixture::search(const Session &session, const QString &number)
{
    QStringList warnings;
    ServiceError error;
    if (VeraService(session).discover(number, {}, nullptr, {}, &warnings, &error))
        return true;
    qWarning("search of %s: %s %s", qPrintable(number), qPrintable(error.message),
             qPrintable(error.detail));
    return false;
}

QStringList VeraFixture::requests()
{
    m_process.waitForReadyRead(100);
    m_output += m_process.readAllStandardOutput();
    const qsizetype end = m_output.lastIndexOf('\n') + 1;
    const QStringList lines
        = QString::fromUtf8(m_output.left(end)).split(u'\n', Qt::SkipEmptyParts);
    m_output.remove(0, end);
    return lines;
}

} // namespace pd::test
