#pragma once

#include <QByteArray>
#include <QString>

namespace pd::test {

// A certificate authority of the test's own, another one that signed nothing the servers show,
// and a server certificate for 127.0.0.1 and localhost signed by the first: made with the openssl
// program into folder as ca.pem, other-ca.pem, server.pem and server.key, valid for two days.
struct TestCertificates
{
    QByteArray caPem;
    QByteArray otherCaPem;
    QString serverCertificate; // the files' paths
    QString serverKey;

    static bool available(QString *why);
    bool make(const QString &folder, QString *error);
};

} // namespace pd::test
