#include "VeraFixture.h"

#include "TestCertificates.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pd::test {

using namespace Qt::StringLiterals;

namespace {

bool writeLine(const QString &path, const QByteArray &line)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(line + '\n') == line.size() + 1;
}

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

bool VeraFixture::start(const QString &folder, QString *error)
{
    const QString root = QDir(folder).absolutePath();
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
    return true;
}

QString VeraFixture::baseUrl(const QString &system) const
{
    return u"https://127.0.0.1:%1/%2"_s.arg(m_port).arg(system);
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
