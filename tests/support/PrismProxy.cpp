#include "PrismProxy.h"

#include "LocalPort.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QThread>

namespace pd::test {

using namespace Qt::StringLiterals;

namespace {

// The specification as Prism can check a conforming answer against it (see the header).
QByteArray derived(const QByteArray &specification)
{
    static const QRegularExpression security(u"^(\\s*)security:\\s*$"_s);
    static const QRegularExpression item(u"^(\\s*)- "_s);
    const QStringList lines
        = QString::fromUtf8(specification).replace(u"oneOf:"_s, u"anyOf:"_s).split(u'\n');
    QStringList out;
    qsizetype pathParameter = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed() == u"in: 'path'"_s)
            pathParameter = i;
        if (pathParameter >= 0 && i - pathParameter <= 4
            && lines.at(i).trimmed() == u"type: integer"_s) {
            out << QString(lines.at(i)).replace(u"integer"_s, u"string"_s);
            continue;
        }
        out << lines.at(i);
        if (!security.match(lines.at(i)).hasMatch() || i + 1 >= lines.size())
            continue;
        const QRegularExpressionMatch next = item.match(lines.at(i + 1));
        if (next.hasMatch())
            out << next.captured(1) + u"- ApiKeyAuth: []"_s;
    }
    return out.join(u'\n').toUtf8();
}

} // namespace

PrismProxy::~PrismProxy()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString PrismProxy::program()
{
    return QStringLiteral(PRIVACYDESK_PRISM_PATH);
}

QString PrismProxy::specificationsFolder()
{
    return QStringLiteral(PRIVACYDESK_VERA_SPECS);
}

bool PrismProxy::available(QString *why)
{
    if (!QFileInfo(program()).isExecutable()) {
        *why = u"Prism is not installed at %1 (packaging/install-deps.sh)"_s.arg(program());
        return false;
    }
    if (!QFileInfo::exists(specificationsFolder() + u"/Relaties.yaml"_s)) {
        *why = u"the VERA specifications are not at "_s + specificationsFolder();
        return false;
    }
    return true;
}

bool PrismProxy::start(const QString &folder, const QString &domain, const QString &upstream,
                       const QString &caFile, QString *error)
{
    return launch(folder, domain, upstream, caFile, 0, error) && waitUntilListening(error);
}

bool PrismProxy::launch(const QString &folder, const QString &domain, const QString &upstream,
                        const QString &caFile, int port, QString *error)
{
    QFile source(specificationsFolder() + u'/' + domain + u".yaml"_s);
    QFile copy(QDir(folder).filePath(domain + u".yaml"_s));
    if (!source.open(QIODevice::ReadOnly) || !copy.open(QIODevice::WriteOnly)
        || copy.write(derived(source.readAll())) < 0) {
        *error = u"cannot copy the specification of "_s + domain;
        return false;
    }
    copy.close();
    m_domain = domain;
    m_port = port > 0 ? port : freeLocalPort();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"NODE_EXTRA_CA_CERTS"_s, caFile);
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program(),
                    { u"proxy"_s, u"--errors"_s, u"--host"_s, u"127.0.0.1"_s, u"-p"_s,
                      QString::number(m_port), copy.fileName(), upstream });
    return true;
}

bool PrismProxy::waitUntilListening(QString *error)
{
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(500);
        m_log += QString::fromUtf8(m_process.readAll());
        if (m_log.contains(u"Prism is listening"_s))
            return true;
    }
    *error = u"Prism did not listen for %1: %2"_s.arg(m_domain, m_log.right(2000));
    return false;
}

QString PrismProxy::url() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

QString PrismProxy::log()
{
    // The client asks without an event loop, so the output waits in the pipe until read here;
    // Prism writes its lines for an answer once it has sent it, so wait a moment for the last.
    do
        m_log += QString::fromUtf8(m_process.readAll());
    while (m_process.waitForReadyRead(50));
    return m_log;
}

QStringList PrismProxy::violations()
{
    QStringList found;
    for (const QString &line : log().split(u'\n'))
        if (line.contains(u"violation"_s, Qt::CaseInsensitive))
            found << m_domain + u": "_s + line.trimmed();
    return found;
}

} // namespace pd::test
