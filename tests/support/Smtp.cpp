#include "Smtp.h"

#include "Dovecot.h"
#include "LocalPort.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <tuple>
#include <unistd.h>

namespace pd::test {

using namespace Qt::StringLiterals;

namespace {

// Debian's: master and the daemons it starts (main.cf's daemon_directory).
const QString daemonDirectory = u"/usr/lib/postfix/sbin"_s;

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

// Postfix waits (in steps of 300 ms) until a configuration file is no longer changing: one written
// within the last second or so is read again and again. Its files are dated a minute back.
bool writeSettledFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return false;
    const QDateTime settled = systemNow().addSecs(-60);
    return file.setFileTime(settled, QFileDevice::FileModificationTime)
        && file.setFileTime(settled, QFileDevice::FileAccessTime);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray withCrlf(QByteArray bytes)
{
    return bytes.replace("\r\n", "\n").replace("\n", "\r\n");
}

// Postfix's programs, running as its own user, must pass through the folders above the test's.
void letThrough(const QString &folder)
{
    for (QDir up(folder); !up.isRoot(); up.cdUp()) {
        const QFileInfo info(up.absolutePath());
        if (info.ownerId() == ::geteuid() && !(info.permissions() & QFileDevice::ExeOther))
            QFile::setPermissions(up.absolutePath(),
                                  info.permissions() | QFileDevice::ExeGroup
                                      | QFileDevice::ExeOther);
    }
}

// Reads one connection at a time per thread; the message goes to a file only once complete, so
// the test never sees half of one.
const QByteArray cutScript
    = "import base64, os, socket, ssl, sys, threading\n"
      "port, cert, key, login, password, out = sys.argv[1:7]\n"
      "login, password = login.encode(), password.encode()\n"
      "lock = threading.Lock()\n"
      "count = [0]\n"
      "def b64(line):\n"
      "    return base64.b64decode(line.strip())\n"
      "def session(conn):\n"
      "    r = conn.makefile('rb')\n"
      "    say = lambda text: conn.sendall(text.encode() + b'\\r\\n')\n"
      "    say('220 cut.woonstad.example ESMTP')\n"
      "    authed = False\n"
      "    while True:\n"
      "        line = r.readline()\n"
      "        if not line:\n"
      "            return\n"
      "        words = line.decode('latin-1').strip().split(' ')\n"
      "        verb = words[0].upper()\n"
      "        if verb in ('EHLO', 'HELO'):\n"
      "            conn.sendall(b'250-cut.woonstad.example\\r\\n250-AUTH PLAIN LOGIN\\r\\n'\n"
      "                         b'250-8BITMIME\\r\\n250 SIZE 52428800\\r\\n')\n"
      "        elif verb == 'AUTH' and len(words) > 1 and words[1].upper() == 'PLAIN':\n"
      "            if len(words) < 3:\n"
      "                say('334 ')\n"
      "                words.append(r.readline().decode('latin-1'))\n"
      "            authed = b64(words[2]).split(b'\\0')[1:] == [login, password]\n"
      "            say('235 2.7.0 Authenticated' if authed else '535 5.7.8 Wrong password')\n"
      "        elif verb == 'AUTH' and len(words) > 1 and words[1].upper() == 'LOGIN':\n"
      "            if len(words) < 3:\n"
      "                say('334 VXNlcm5hbWU6')\n"
      "                words.append(r.readline().decode('latin-1'))\n"
      "            say('334 UGFzc3dvcmQ6')\n"
      "            authed = b64(words[2]) == login and b64(r.readline()) == password\n"
      "            say('235 2.7.0 Authenticated' if authed else '535 5.7.8 Wrong password')\n"
      "        elif verb == 'AUTH':\n"
      "            say('504 5.5.4 Mechanism not supported')\n"
      "        elif verb in ('MAIL', 'RCPT'):\n"
      "            say('250 2.1.0 Ok' if authed else '530 5.7.0 Authentication required')\n"
      "        elif verb == 'DATA' and authed:\n"
      "            say('354 End data with <CR><LF>.<CR><LF>')\n"
      "            body = b''\n"
      "            while True:\n"
      "                line = r.readline()\n"
      "                if not line:\n"
      "                    return\n"
      "                if line == b'.\\r\\n':\n"
      "                    break\n"
      "                body += line[1:] if line.startswith(b'.') else line\n"
      "            with lock:\n"
      "                count[0] += 1\n"
      "                name = os.path.join(out, '%06d' % count[0])\n"
      "                with open(name + '.tmp', 'wb') as f:\n"
      "                    f.write(body)\n"
      "                os.replace(name + '.tmp', name + '.eml')\n"
      "            return\n"
      "        elif verb == 'QUIT':\n"
      "            say('221 2.0.0 Bye')\n"
      "            return\n"
      "        elif verb in ('RSET', 'NOOP'):\n"
      "            say('250 2.0.0 Ok')\n"
      "        else:\n"
      "            say('502 5.5.2 Command not taken here')\n"
      "def serve(raw, context):\n"
      "    raw.settimeout(30)\n"
      "    try:\n"
      "        conn = context.wrap_socket(raw, server_side=True)\n"
      "    except (OSError, ValueError):\n"
      "        raw.close()\n"
      "        return\n"
      "    try:\n"
      "        session(conn)\n"
      "    except (OSError, ValueError, IndexError):\n"
      "        pass\n"
      "    conn.close()\n"
      "context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)\n"
      "context.load_cert_chain(cert, key)\n"
      "server = socket.create_server(('127.0.0.1', int(port)))\n"
      "while True:\n"
      "    raw, _ = server.accept()\n"
      "    threading.Thread(target=serve, args=(raw, context), daemon=True).start()\n";

// The maildir's messages in the order Dovecot delivered them: its file names begin with the
// second and the microsecond ("1795891157.M143029P29618.host,S=…").
QStringList maildirFiles(const QString &maildir)
{
    struct Named
    {
        qint64 seconds;
        qint64 micro;
        QString path;
    };
    QList<Named> files;
    for (const QString &sub : { u"new"_s, u"cur"_s }) {
        const QDir dir(maildir + u'/' + sub);
        for (const QString &name : dir.entryList(QDir::Files)) {
            const QStringList parts = name.split(u'.');
            const qsizetype p = parts.value(1).indexOf(u'P');
            files.append({ parts.value(0).toLongLong(), parts.value(1).mid(1, p - 1).toLongLong(),
                           dir.filePath(name) });
        }
    }
    std::sort(files.begin(), files.end(), [](const Named &a, const Named &b) {
        return std::tie(a.seconds, a.micro, a.path) < std::tie(b.seconds, b.micro, b.path);
    });
    QStringList paths;
    for (const Named &file : files)
        paths.append(file.path);
    return paths;
}

} // namespace

SmtpServer::SmtpServer() = default;

SmtpServer::~SmtpServer()
{
    stop();
}

bool SmtpServer::available(QString *why)
{
    if (!Dovecot::availableSmtpDelivery(why))
        return false;
    if (!QFileInfo(daemonDirectory + u"/master"_s).isExecutable() || !::getpwnam("postfix")) {
        *why = u"Postfix is not installed (packaging/install-deps.sh: postfix)"_s;
        return false;
    }
    if (QStandardPaths::findExecutable(u"python3"_s).isEmpty()) {
        *why = u"python3 is not installed: the server that hangs up after DATA needs it"_s;
        return false;
    }
    if (::geteuid() != 0) {
        *why = u"Postfix's master runs only as root (the tests of sending run as root, as in "
               "CI)"_s;
        return false;
    }
    return true;
}

bool SmtpServer::writeConfiguration(const Dovecot &dovecot, QString *error)
{
    // Submission only: nothing is rewritten or added to the message (local_header_rewrite_clients
    // empty, no MIME conversion), no DNS or reverse lookup, and no notice of Postfix's own that
    // would land in the INBOX among the test's messages (notify_classes empty).
    const QString main
        = u"compatibility_level = 3.6\n"
          "queue_directory = %1/queue\n"
          "data_directory = %1/data\n"
          "maillog_file = %1/postfix.log\n"
          "maillog_file_prefixes = %1\n"
          "myhostname = smtp.woonstad.example\n"
          "mydomain = woonstad.example\n"
          "myorigin = woonstad.example\n"
          "mydestination =\n"
          "relay_domains =\n"
          "local_recipient_maps =\n"
          "inet_interfaces = loopback-only\n"
          "inet_protocols = ipv4\n"
          "biff = no\n"
          "append_dot_mydomain = no\n"
          "local_header_rewrite_clients =\n"
          "disable_mime_output_conversion = yes\n"
          "notify_classes =\n"
          "smtpd_peername_lookup = no\n"
          "message_size_limit = 52428800\n"
          "transport_maps = static:lmtp:inet:127.0.0.1:%2\n"
          "default_transport = lmtp:inet:127.0.0.1:%2\n"
          // One recipient per LMTP transaction: Dovecot writes Delivered-To only then.
          "lmtp_destination_recipient_limit = 1\n"
          "smtpd_sasl_auth_enable = yes\n"
          "smtpd_sasl_type = dovecot\n"
          "smtpd_sasl_path = inet:127.0.0.1:%3\n"
          "smtpd_sasl_security_options = noanonymous\n"
          "smtpd_tls_cert_file = %4\n"
          "smtpd_tls_key_file = %5\n"
          "smtpd_tls_session_cache_database =\n"
          "smtpd_tls_security_level = encrypt\n"
          "smtpd_tls_auth_only = yes\n"
          "smtpd_relay_restrictions = permit_sasl_authenticated, reject\n"
          "smtpd_recipient_restrictions = check_recipient_access texthash:%1/etc/recipients,"
          " permit\n"_s.arg(m_folder)
              .arg(dovecot.lmtpPort())
              .arg(dovecot.authPort())
              .arg(dovecot.certificateFile(), dovecot.keyFile());
    // Only the daemons submission and LMTP delivery use; none chrooted.
    const QString master = u"127.0.0.1:%1 inet n - n - - smtpd\n"
                           "  -o syslog_name=postfix/submission\n"
                           "127.0.0.1:%2 inet n - n - - smtpd\n"
                           "  -o syslog_name=postfix/smtps\n"
                           "  -o smtpd_tls_wrappermode=yes\n"
                           "cleanup unix n - n - 0 cleanup\n"
                           "qmgr unix n - n 300 1 qmgr\n"
                           "tlsmgr unix - - n 1000? 1 tlsmgr\n"
                           "rewrite unix - - n - - trivial-rewrite\n"
                           "bounce unix - - n - 0 bounce\n"
                           "defer unix - - n - 0 bounce\n"
                           "trace unix - - n - 0 bounce\n"
                           "verify unix - - n - 1 verify\n"
                           "error unix - - n - - error\n"
                           "retry unix - - n - - error\n"
                           "discard unix - - n - - discard\n"
                           "lmtp unix - - n - - lmtp\n"
                           "anvil unix - - n - 1 anvil\n"
                           "scache unix - - n - 1 scache\n"
                           "postlog unix-dgram n - n - 1 postlogd\n"_s.arg(m_submissionPort)
                               .arg(m_smtpsPort);
    const QByteArray recipients = QByteArray(laterRecipient)
        + " 450 4.2.1 Mailbox busy, try again later\n" + QByteArray(refusedRecipient)
        + " 550 5.1.1 No such mailbox here\n";
    if (!writeSettledFile(m_folder + u"/etc/main.cf"_s, main.toUtf8())
        || !writeSettledFile(m_folder + u"/etc/master.cf"_s, master.toUtf8())
        || !writeSettledFile(m_folder + u"/etc/recipients"_s, recipients)) {
        *error = u"cannot write Postfix's configuration into "_s + m_folder;
        return false;
    }
    return true;
}

bool SmtpServer::makeQueue(QString *error)
{
    // What `postfix check` (post-install create-missing) makes, without its two seconds of
    // checks on the system's files: the queue's folders, Postfix's own but for pid.
    const passwd *postfix = ::getpwnam("postfix");
    const group *postdrop = ::getgrnam("postdrop");
    if (!postfix || !postdrop) {
        *error = u"no user 'postfix' or group 'postdrop' (the postfix package makes them)"_s;
        return false;
    }
    struct Folder
    {
        QString name;
        QFileDevice::Permissions mode;
        gid_t group;
    };
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    const auto all = owner | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::ExeOther;
    QList<Folder> folders {
        { u"data"_s, owner, 0 },
        { u"queue/maildrop"_s, owner | QFileDevice::WriteGroup | QFileDevice::ExeGroup,
          postdrop->gr_gid },
        { u"queue/public"_s, owner | QFileDevice::ExeGroup, postdrop->gr_gid }
    };
    for (const QString &name :
         { u"active"_s, u"bounce"_s, u"corrupt"_s, u"defer"_s, u"deferred"_s, u"flush"_s, u"hold"_s,
           u"incoming"_s, u"private"_s, u"saved"_s, u"trace"_s })
        folders.append({ u"queue/"_s + name, owner, 0 });
    if (!QDir().mkpath(m_folder + u"/etc"_s) || !QDir().mkpath(m_folder + u"/queue/pid"_s)
        || !QFile::setPermissions(m_folder + u"/queue"_s, all)) {
        *error = u"cannot make "_s + m_folder;
        return false;
    }
    for (const Folder &folder : folders) {
        const QString path = m_folder + u'/' + folder.name;
        if (!QDir().mkpath(path) || !QFile::setPermissions(path, folder.mode)
            || ::chown(QFile::encodeName(path).constData(), postfix->pw_uid, folder.group) != 0) {
            *error = u"cannot make Postfix's "_s + path;
            return false;
        }
    }
    return true;
}

bool SmtpServer::startCutServer(const Dovecot &dovecot, QString *error)
{
    m_cutPort = freeLocalPort();
    QDir(m_folder).mkpath(u"cut"_s);
    if (!writeFile(m_folder + u"/cut.py"_s, cutScript)) {
        *error = u"cannot write the cut server"_s;
        return false;
    }
    m_cut = std::make_unique<QProcess>();
    m_cut->setProcessChannelMode(QProcess::ForwardedChannels);
    m_cut->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    // Debian's own python3 (packaging/install-deps.sh) where there is one: it starts at once,
    // where a version manager's python3 on the PATH may first run its shell scripts.
    const QString python
        = QFileInfo(u"/usr/bin/python3"_s).isExecutable() ? u"/usr/bin/python3"_s : u"python3"_s;
    m_cut->start(python,
                 { m_folder + u"/cut.py"_s, QString::number(m_cutPort), dovecot.certificateFile(),
                   dovecot.keyFile(), QString::fromLatin1(Dovecot::login),
                   QString::fromLatin1(Dovecot::password), m_folder + u"/cut"_s });
    if (!m_cut->waitForStarted(10000)) {
        *error = u"python3 did not start: "_s + m_cut->errorString();
        return false;
    }
    return true;
}

bool SmtpServer::startWatchdog(QString *error)
{
    // A test that crashes takes its servers with it through the parent-death signal; but master
    // loses that signal as soon as it takes Postfix's user for a moment (the kernel clears it on
    // any change of the effective user). This shell keeps it, and stops master's process group
    // when it gets it, or when stop() ends it.
    m_watchdog = std::make_unique<QProcess>();
    m_watchdog->setProcessChannelMode(QProcess::ForwardedChannels);
    m_watchdog->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_watchdog->start(u"/bin/sh"_s,
                      { u"-c"_s,
                        u"trap 'kill -TERM -$1 2>/dev/null; exit 0' TERM; "
                        "while :; do sleep 1 & wait $!; done"_s,
                        u"postfix-watchdog"_s, QString::number(m_master->processId()) });
    if (!m_watchdog->waitForStarted(10000)) {
        *error = u"the shell that watches Postfix did not start: "_s + m_watchdog->errorString();
        return false;
    }
    return true;
}

bool SmtpServer::start(const QString &folder, const Dovecot &dovecot, QString *error)
{
    if (!available(error))
        return false;
    if (dovecot.lmtpPort() == 0) {
        *error = u"the Dovecot fixture was started without enableSmtpDelivery()"_s;
        return false;
    }
    m_folder = QDir(folder).absolutePath();
    m_maildir = dovecot.maildir();
    m_caPem = dovecot.caPem();
    m_submissionPort = freeLocalPort();
    m_smtpsPort = freeLocalPort();
    if (!QDir().mkpath(m_folder) || !makeQueue(error) || !writeConfiguration(dovecot, error)
        || !startCutServer(dovecot, error))
        return false;
    letThrough(m_folder);
    m_master = std::make_unique<QProcess>();
    m_master->setProcessChannelMode(QProcess::ForwardedChannels);
    // A process group of its own, which master empties when it stops (it signals its group).
    m_master->setChildProcessModifier([] { ::setsid(); });
    m_master->start(daemonDirectory + u"/master"_s, { u"-c"_s, m_folder + u"/etc"_s, u"-d"_s });
    if (!m_master->waitForStarted(10000)) {
        *error = u"Postfix's master did not start: "_s + m_master->errorString();
        return false;
    }
    if (!startWatchdog(error))
        return false;
    // As long as Dovecot may take (Dovecot.cpp): two busy cores.
    for (int i = 0; i < 400; ++i) {
        if (listening(m_submissionPort) && listening(m_smtpsPort) && listening(m_cutPort))
            return true;
        if (m_master->state() == QProcess::NotRunning || m_cut->state() == QProcess::NotRunning)
            break;
        QThread::msleep(10);
    }
    *error = u"Postfix or the cut server did not listen: "_s + log();
    return false;
}

void SmtpServer::stop()
{
    // The watchdog first: it stops master's group, as master's own SIGTERM would.
    for (QProcess *process : { m_watchdog.get(), m_master.get(), m_cut.get() }) {
        if (!process || process->state() == QProcess::NotRunning)
            continue;
        process->terminate();
        if (!process->waitForFinished(10000)) {
            ::kill(-pid_t(process->processId()), SIGKILL);
            process->kill();
        }
        process->waitForFinished(5000);
    }
}

QList<SmtpServer::Delivery> SmtpServer::delivered() const
{
    QList<Delivery> deliveries;
    for (const QString &path : maildirFiles(m_maildir)) {
        Delivery delivery;
        delivery.raw = withCrlf(readFile(path));
        delivery.message = withoutTraceHeaders(delivery.raw);
        for (const QByteArray &line :
             delivery.raw.first(delivery.raw.size() - delivery.message.size()).split('\n')) {
            if (line.startsWith("Delivered-To: "))
                delivery.recipient = line.mid(14).trimmed();
        }
        deliveries.append(delivery);
    }
    return deliveries;
}

bool SmtpServer::waitForDelivery(int count, int timeoutMs, QString *error) const
{
    QElapsedTimer timer;
    timer.start();
    while (maildirFiles(m_maildir).size() < count) {
        if (timer.elapsed() > timeoutMs) {
            *error = u"%1 of %2 messages delivered after %3 ms; Postfix's log:\n%4"_s
                         .arg(maildirFiles(m_maildir).size())
                         .arg(count)
                         .arg(timeoutMs)
                         .arg(log());
            return false;
        }
        QThread::msleep(10);
    }
    return true;
}

QList<QByteArray> SmtpServer::cutReceived() const
{
    QList<QByteArray> messages;
    const QDir dir(m_folder + u"/cut"_s);
    for (const QString &name : dir.entryList({ u"*.eml"_s }, QDir::Files, QDir::Name))
        messages.append(readFile(dir.filePath(name)));
    return messages;
}

QString SmtpServer::log() const
{
    return QString::fromUtf8(readFile(m_folder + u"/postfix.log"_s));
}

QByteArray withoutTraceHeaders(const QByteArray &raw)
{
    qsizetype at = 0;
    bool inTrace = false;
    while (at < raw.size()) {
        const qsizetype end = raw.indexOf('\n', at);
        const qsizetype next = end < 0 ? raw.size() : end + 1;
        const QByteArray line = raw.mid(at, next - at);
        const bool folded = line.startsWith(' ') || line.startsWith('\t');
        const QByteArray name = line.left(line.indexOf(':')).toLower();
        if (folded ? !inTrace
                   : !(name == "return-path" || name == "delivered-to" || name == "received"))
            break;
        inTrace = true;
        at = next;
    }
    return raw.mid(at);
}

} // namespace pd::test
