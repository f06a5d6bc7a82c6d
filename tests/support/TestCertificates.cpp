#include "TestCertificates.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

namespace pd::test {

using namespace Qt::StringLiterals;

namespace {

bool run(const QString &folder, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(u"openssl"_s, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = u"openssl %1: %2"_s.arg(arguments.join(u' '),
                                         QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

bool TestCertificates::available(QString *why)
{
    if (!QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
        return true;
    *why = u"openssl is not installed (packaging/install-deps.sh)"_s;
    return false;
}

bool TestCertificates::make(const QString &folder, QString *error)
{
    for (const QString &ca : { u"ca"_s, u"other-ca"_s }) {
        if (!run(folder,
                 { u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                   ca + u".key"_s, u"-out"_s, ca + u".pem"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                   u"/CN=Privacydesk test CA "_s + ca, u"-addext"_s,
                   u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                   u"keyUsage=critical,keyCertSign,cRLSign"_s },
                 error))
            return false;
    }
    QFile extensions(folder + u"/server.ext"_s);
    const QByteArray ext = "subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                           "extendedKeyUsage=serverAuth\n";
    if (!extensions.open(QIODevice::WriteOnly) || extensions.write(ext) != ext.size()) {
        *error = u"cannot write "_s + extensions.fileName();
        return false;
    }
    extensions.close();
    if (!run(folder,
             { u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, u"server.key"_s,
               u"-out"_s, u"server.csr"_s, u"-subj"_s, u"/CN=127.0.0.1"_s },
             error)
        || !run(folder,
                { u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.pem"_s,
                  u"-CAkey"_s, u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, u"server.pem"_s,
                  u"-days"_s, u"2"_s, u"-extfile"_s, u"server.ext"_s },
                error))
        return false;
    caPem = readFile(folder + u"/ca.pem"_s);
    otherCaPem = readFile(folder + u"/other-ca.pem"_s);
    serverCertificate = folder + u"/server.pem"_s;
    serverKey = folder + u"/server.key"_s;
    if (caPem.isEmpty() || otherCaPem.isEmpty()) {
        *error = u"the certificates were not made in "_s + folder;
        return false;
    }
    return true;
}

} // namespace pd::test
