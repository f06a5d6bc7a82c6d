#include "Dovecot.h"

#include "LocalPort.h"
#include "TestCertificates.h"
#include "mailbox/ImapClient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <arpa/inet.h>
#include <csignal>
#include <grp.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace pd::test {

using namespace Qt::StringLiterals;

namespace {

bool listening(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(quint16(port));
    const bool open = ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    ::close(fd);
    return open;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

Dovecot::Dovecot() = default;

Dovecot::~Dovecot()
{
    stop();
}

bool Dovecot::available(QString *why)
{
    if (!TestCertificates::available(why))
        return false;
    if (QStandardPaths::findExecutable(u"dovecot"_s).isEmpty()
        && QStandardPaths::findExecutable(u"dovecot"_s, { u"/usr/sbin"_s, u"/sbin"_s }).isEmpty()) {
        *why = u"dovecot is not installed (packaging/install-deps.sh: dovecot-imapd)"_s;
        return false;
    }
    return true;
}

bool Dovecot::availableOAuth2(QString *why)
{
    if (QStandardPaths::findExecutable(u"python3"_s).isEmpty()) {
        *why = u"python3 is not installed: the XOAUTH2 test needs its http.server"_s;
        return false;
    }
    return available(why);
}

bool Dovecot::availableSmtpDelivery(QString *why)
{
    if (!available(why))
        return false;
    if (!QFileInfo::exists(u"/usr/lib/dovecot/lmtp"_s)) {
        *why = u"Dovecot's LMTP server is not installed (packaging/install-deps.sh: "
               "dovecot-lmtpd)"_s;
        return false;
    }
    return true;
}

bool Dovecot::startIntrospection(QString *config, QString *error)
{
    // RFC 7662 token introspection, as Dovecot's oauth2 passdb asks it (introspection_mode =
    // post: token=... in the body).
    const QByteArray script
        = "import http.server, json, sys, urllib.parse\n"
          "TOKEN = open(sys.argv[2]).read().strip()\n"
          "class H(http.server.BaseHTTPRequestHandler):\n"
          "    def do_POST(self):\n"
          "        body = self.rfile.read(int(self.headers.get('Content-Length', 0))).decode()\n"
          "        token = urllib.parse.parse_qs(body).get('token', [''])[0]\n"
          "        ok = token == TOKEN\n"
          "        out = json.dumps({'active': ok, 'username': sys.argv[3]} if ok\n"
          "                         else {'active': False}).encode()\n"
          "        self.send_response(200)\n"
          "        self.send_header('Content-Type', 'application/json')\n"
          "        self.send_header('Content-Length', str(len(out)))\n"
          "        self.end_headers()\n"
          "        self.wfile.write(out)\n"
          "    def log_message(self, *args):\n"
          "        pass\n"
          "http.server.HTTPServer(('127.0.0.1', int(sys.argv[1])), H).serve_forever()\n";
    const int port = freeLocalPort();
    if (!writeFile(m_folder + u"/introspect.py"_s, script)
        || !writeFile(m_folder + u"/token"_s, m_token)
        || !writeFile(m_folder + u"/oauth2.conf.ext"_s,
                      u"introspection_mode = post\n"
                      "introspection_url = http://127.0.0.1:%1/introspect\n"
                      "username_attribute = username\n"
                      "active_attribute = active\n"
                      "active_value = true\n"_s.arg(port)
                          .toUtf8())) {
        *error = u"cannot write the introspection server"_s;
        return false;
    }
    m_introspection = std::make_unique<QProcess>();
    m_introspection->setProcessChannelMode(QProcess::ForwardedChannels);
    m_introspection->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_introspection->start(u"python3"_s,
                           { m_folder + u"/introspect.py"_s, QString::number(port),
                             m_folder + u"/token"_s, QString::fromLatin1(login) });
    for (int i = 0; i < 100 && m_introspection->waitForStarted(1000); ++i) {
        if (listening(port)) {
            *config = u"passdb {\n  driver = oauth2\n  mechanisms = xoauth2\n"
                      "  args = %1/oauth2.conf.ext\n}\n"_s.arg(m_folder);
            return true;
        }
        QThread::msleep(50);
    }
    *error = u"the introspection server did not listen"_s;
    return false;
}

bool Dovecot::makeCertificates(QString *error)
{
    TestCertificates certificates;
    if (!certificates.make(m_folder, error))
        return false;
    m_caPem = certificates.caPem;
    m_otherCaPem = certificates.otherCaPem;
    return true;
}

bool Dovecot::start(const QString &folder, QString *error)
{
    m_folder = QDir(folder).absolutePath();
    if (!QDir().mkpath(m_folder)) {
        *error = u"cannot make "_s + m_folder;
        return false;
    }
    if (!available(error) || !makeCertificates(error))
        return false;
    // Under root the mail and login processes run as Dovecot's own users (it refuses root); the
    // folders on the way must let them through.
    const bool root = ::geteuid() == 0;
    uid_t uid = ::geteuid();
    gid_t gid = ::getegid();
    QString users;
    if (root) {
        const passwd *dovecot = ::getpwnam("dovecot");
        if (!dovecot) {
            *error = u"no user 'dovecot' (dovecot-core makes it)"_s;
            return false;
        }
        uid = dovecot->pw_uid;
        gid = dovecot->pw_gid;
    } else {
        const passwd *me = ::getpwuid(uid);
        const group *mine = ::getgrgid(gid);
        users = u"default_internal_user = %1\ndefault_login_user = %1\n"
                "default_internal_group = %2\n"_s.arg(QString::fromLocal8Bit(me->pw_name),
                                                      QString::fromLocal8Bit(mine->gr_name));
    }
    QDir(m_folder).mkpath(u"mail"_s);
    QDir(m_folder).mkpath(u"run"_s);
    QDir(m_folder).mkpath(u"state"_s);
    if (root) {
        // Dovecot's auth and mail processes (its own users) pass through the folders above.
        for (QDir up(m_folder); !up.isRoot(); up.cdUp()) {
            const QFileInfo info(up.absolutePath());
            if (info.ownerId() == ::geteuid() && !(info.permissions() & QFileDevice::ExeOther))
                QFile::setPermissions(up.absolutePath(),
                                      info.permissions() | QFileDevice::ExeGroup
                                          | QFileDevice::ExeOther);
        }
        if (::chown(QFile::encodeName(m_folder + u"/mail"_s).constData(), uid, gid) != 0) {
            *error = u"cannot give the maildir to the dovecot user"_s;
            return false;
        }
    }
    m_imapsPort = freeLocalPort();
    m_starttlsPort = freeLocalPort();
    if (m_smtp) {
        if (!availableSmtpDelivery(error))
            return false;
        m_authPort = freeLocalPort();
        m_lmtpPort = freeLocalPort();
    }
    QString oauth2;
    if (!m_token.isEmpty() && !startIntrospection(&oauth2, error))
        return false;
    if (!writeFile(m_folder + u"/dovecot.conf"_s, configuration(uid, gid, users, oauth2).toUtf8())
        || !writeFile(m_folder + u"/users"_s,
                      QByteArray(login) + ":{PLAIN}" + QByteArray(password) + "\n")) {
        *error = u"cannot write the configuration"_s;
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // A test that crashes takes its server with it.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    const QString dovecot = QStandardPaths::findExecutable(u"dovecot"_s).isEmpty()
        ? QStandardPaths::findExecutable(u"dovecot"_s, { u"/usr/sbin"_s, u"/sbin"_s })
        : QStandardPaths::findExecutable(u"dovecot"_s);
    m_process->start(dovecot, { u"-F"_s, u"-c"_s, m_folder + u"/dovecot.conf"_s });
    if (!m_process->waitForStarted(10000)) {
        *error = u"dovecot did not start: "_s + m_process->errorString();
        return false;
    }
    // Up to 20 s: at ctest -j2 on two cores, with a cold build's tests beside it, dovecot once
    // took longer than 5 s to listen (fresh-clone CI of fa23490, log empty).
    for (int i = 0; i < 400; ++i) {
        if (listening(m_imapsPort) && listening(m_starttlsPort)
            && (!m_smtp || (listening(m_authPort) && listening(m_lmtpPort))))
            return true;
        if (m_process->state() == QProcess::NotRunning)
            break;
        QThread::msleep(50);
    }
    *error = u"dovecot did not listen: "_s + log();
    return false;
}

QString Dovecot::configuration(uint uid, uint gid, const QString &users,
                               const QString &oauth2) const
{
    QString mechanisms = u"plain"_s;
    QString smtp;
    QString allUsers;
    QString penalty;
    if (m_smtp) {
        // Postfix's smtpd asks Dovecot's auth service over TCP (no socket file to share between
        // their users), and hands every message to Dovecot's LMTP server; the static userdb then
        // takes any recipient as the one user.
        mechanisms += u" login"_s;
        allUsers = u" allow_all_users=yes"_s;
        // A refused password is answered at once, and the next login from 127.0.0.1 not held
        // back for it: Dovecot's documented way to turn its penalty off (its auth process then
        // logs once that it cannot reach the penalty socket).
        penalty = u"  unix_listener anvil-auth-penalty {\n    mode = 0\n  }\n"_s;
        smtp = u"auth_failure_delay = 0\n"
               "service auth {\n  inet_listener {\n    address = 127.0.0.1\n    port = %1\n  }\n}\n"
               "service lmtp {\n  inet_listener lmtp {\n    address = 127.0.0.1\n"
               "    port = %2\n  }\n}\n"
               "protocol lmtp {\n  ssl = no\n}\n"_s.arg(m_authPort)
                   .arg(m_lmtpPort);
    }
    if (!m_token.isEmpty())
        mechanisms += u" xoauth2"_s;
    return u"base_dir = %1/run\n"
           "state_dir = %1/state\n"
           "log_path = %1/dovecot.log\n"
           "protocols = imap%10\n"
           "listen = 127.0.0.1\n"
           "ssl = required\n"
           "ssl_cert = <%1/server.pem\n"
           "ssl_key = <%1/server.key\n"
           "%2"
           "first_valid_uid = 1\n"
           "auth_mechanisms = %7\n"
           "%8"
           "mail_location = maildir:%1/mail\n"
           "passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u "
           "%1/users\n}\n"
           "userdb {\n  driver = static\n  args = uid=%3 gid=%4 home=%1/mail%9\n}\n"
           "service imap-login {\n"
           "  inet_listener imap {\n    port = %5\n  }\n"
           "  inet_listener imaps {\n    port = %6\n    ssl = yes\n  }\n"
           "  chroot =\n"
           "}\n"
           "service anvil {\n  chroot =\n"_s.arg(m_folder, users)
               .arg(uid)
               .arg(gid)
               .arg(m_starttlsPort)
               .arg(m_imapsPort)
               .arg(mechanisms, oauth2, allUsers, m_smtp ? u" lmtp"_s : QString())
        + penalty + u"}\n"_s + smtp;
}

void Dovecot::stop()
{
    if (m_introspection && m_introspection->state() != QProcess::NotRunning) {
        m_introspection->kill();
        m_introspection->waitForFinished(5000);
    }
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10000))
        m_process->kill();
    m_process->waitForFinished(5000);
}

MailboxAccount Dovecot::account() const
{
    MailboxAccount a;
    a.server = u"127.0.0.1"_s;
    a.port = m_imapsPort;
    a.security = MailboxAccount::Security::Imaps;
    a.login = QString::fromLatin1(login);
    a.secret = QByteArray(password);
    a.caPem = m_caPem;
    return a;
}

bool Dovecot::deliver(const QByteArray &message, QString *error, const QString &folder) const
{
    ImapClient client(account());
    return client.ensureFolder(folder, error) && client.append(folder, message, error);
}

bool Dovecot::deliverStraight(int count, const std::function<QByteArray(int)> &message,
                              QString *error) const
{
    const QString cur = m_folder + u"/mail/cur"_s;
    for (const QString &sub : { u"cur"_s, u"new"_s, u"tmp"_s })
        QDir().mkpath(m_folder + u"/mail/"_s + sub);
    // Under root the mail belongs to Dovecot's own user, which must rename and remove it.
    const passwd *owner = ::geteuid() == 0 ? ::getpwnam("dovecot") : nullptr;
    const auto own = [owner](const QString &path) {
        return !owner
            || ::chown(QFile::encodeName(path).constData(), owner->pw_uid, owner->pw_gid) == 0;
    };
    for (const QString &sub : { u"cur"_s, u"new"_s, u"tmp"_s }) {
        if (!own(m_folder + u"/mail/"_s + sub)) {
            *error = u"cannot give the maildir to the dovecot user"_s;
            return false;
        }
    }
    // Dovecot orders a maildir's new messages by file name: the time, then the number.
    for (int i = 0; i < count; ++i) {
        const QByteArray bytes = message(i);
        const QString path = u"%1/1700000000.M%2P1.privacydesk,S=%3:2,"_s.arg(cur)
                                 .arg(i, 9, 10, QChar(u'0'))
                                 .arg(bytes.size());
        if (!writeFile(path, bytes) || !own(path)) {
            *error = u"cannot write "_s + path;
            return false;
        }
    }
    return true;
}

QString Dovecot::log() const
{
    return QString::fromUtf8(readFile(m_folder + u"/dovecot.log"_s));
}

QByteArray mailMessage(const QString &fromName, const QString &fromAddress, const QString &subject,
                       const QString &date, const QString &messageId, const QString &body)
{
    QString text = u"From: %1 <%2>\r\nTo: privacy@woonstad.example\r\nSubject: %3\r\n"
                   "Date: %4\r\n"_s.arg(fromName, fromAddress, subject, date);
    if (!messageId.isEmpty())
        text += u"Message-ID: <%1>\r\n"_s.arg(messageId);
    text += u"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n"_s
        + QString(body).replace(u"\n"_s, u"\r\n"_s) + u"\r\n"_s;
    return text.toUtf8();
}

QByteArray inzageverzoek(const QString &messageId)
{
    return mailMessage(QStringLiteral("Jan Jansen"), QStringLiteral("jan.jansen@mail.example"),
                       QStringLiteral("Inzageverzoek"),
                       QStringLiteral("Tue, 31 Mar 2026 23:30:00 +0000"), messageId,
                       QStringLiteral("Graag wil ik weten welke gegevens u van mij heeft."));
}

} // namespace pd::test
