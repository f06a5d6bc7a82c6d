#include "CliContext.h"

#include "cases/CaseService.h"
#include "cases/ReaderSettings.h"
#include "domain/BsnGuard.h"
#include "store/UnlockBackoff.h"
#include "users/UserService.h"
#include "util/Clock.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>
#include <utility>

namespace pd::cli {

namespace {

const QString passwordEnv = QStringLiteral("PRIVACYDESK_PASSWORD");

// stderr never shows a number that passes the BSN 11-proef: an argument echoed in a refusal
// ("Er is geen verzoek met nummer …", "Onbekende opdracht ‘…’" with a BSN typed in) is masked as
// the guard masks it, since a script's log keeps what the command said.
//
// A UUID the command prints (a store's id, "5f1c…-1234-5678-2…") is left whole: about one in
// thirty holds digits that, read across its dashes, pass the 11-proef, and the officer needs the
// id as it is to compare it. Nobody writes a BSN inside 8-4-4-4-12 hexadecimal groups.
QString withBsnMasked(const QString &text)
{
    const QList<BsnFinding> findings = findBsnNumbers(text);
    if (findings.isEmpty())
        return text;
    static const QRegularExpression uuid(
        QStringLiteral("(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-"
                       "[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])"));
    QList<std::pair<qsizetype, qsizetype>> ids;
    for (auto it = uuid.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        ids.append({ match.capturedStart(), match.capturedEnd() });
    }
    const auto inAnId = [&ids](const BsnFinding &finding) {
        return std::any_of(ids.cbegin(), ids.cend(), [&finding](const auto &id) {
            return finding.position >= id.first && finding.position + finding.length <= id.second;
        });
    };
    QString out;
    qsizetype at = 0;
    for (const BsnFinding &finding : findings) {
        if (finding.position < at || inAnId(finding))
            continue;
        out += QStringView(text).sliced(at, finding.position - at) + finding.masked;
        at = finding.position + finding.length;
    }
    return out + QStringView(text).sliced(at);
}

void writeTo(FILE *stream, const QString &shown)
{
    const QString text = stream == stderr ? withBsnMasked(shown) : shown;
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

// Strips one trailing line ending: files written by editors end with one, it is no part of
// the password.
void chopLineEnding(QByteArray &bytes)
{
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
}

// One line from standard input; without echo when it is a terminal.
QByteArray readLineFromStdin(const QString &prompt)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved {};
    if (terminal) {
        writeTo(stderr, prompt);
        if (::tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios silent = saved;
            silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        }
    }
    QByteArray line;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        line.append(c);
    c = 0;
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        writeTo(stderr, QStringLiteral("\n"));
    }
    chopLineEnding(line);
    return line;
}

} // namespace

QCommandLineOption option(const QString &name, const char *description, const char *valueName)
{
    const QString text = QCoreApplication::translate("pd::cli", description);
    return valueName
        ? QCommandLineOption(name, text, QCoreApplication::translate("pd::cli", valueName))
        : QCommandLineOption(name, text);
}

QCommandLineOption confirmNotBsnOption()
{
    return option(QStringLiteral("confirm-not-bsn"), confirmNotBsnHelp);
}

QCommandLineOption notIdDocumentOption()
{
    return option(QStringLiteral("not-an-id-document"), notIdDocumentHelp);
}

QCommandLineOption overwriteOption()
{
    return option(QStringLiteral("overwrite"),
                  QT_TRANSLATE_NOOP("pd::cli", "Replace an existing file."));
}

QCommandLineOption saveCopyOption()
{
    return option(QStringLiteral("save"), QT_TRANSLATE_NOOP("pd::cli", "Where to save the copy."),
                  QT_TRANSLATE_NOOP("pd::cli", "file"));
}

QCommandLineOption overwriteFilesOption()
{
    return option(QStringLiteral("overwrite"),
                  QT_TRANSLATE_NOOP("pd::cli", "Replace files that exist already."));
}

QCommandLineOption referenceDateOption()
{
    return option(QStringLiteral("on"),
                  QT_TRANSLATE_NOOP("pd::cli", "Reference date (default: today)."), dateValue);
}

QCommandLineOption confirmRemovalOption()
{
    return option(QStringLiteral("yes"),
                  QT_TRANSLATE_NOOP("pd::cli", "Confirm; removal cannot be undone."));
}

QCommandLineOption legalBasisOption()
{
    return option(QStringLiteral("basis"),
                  QT_TRANSLATE_NOOP(
                      "pd::cli", "Legal basis, the letter of art. 6(1) GDPR: a, b, c, d, e or f."),
                  QT_TRANSLATE_NOOP("pd::cli", "letter"));
}

QCommandLineOption dataTextOption()
{
    return option(QStringLiteral("data-text"),
                  QT_TRANSLATE_NOOP("pd::cli", "Which data, in words."), textValue);
}

Command command(const char *name, const char *summary, QList<QCommandLineOption> options,
                std::function<int(CliContext &)> run)
{
    return command(name, summary, "", std::move(options), std::move(run));
}

Command command(const char *name, const char *summary, const char *arguments,
                QList<QCommandLineOption> options, std::function<int(CliContext &)> run)
{
    return { .name = QLatin1StringView(name),
             .summary = summary,
             .options = std::move(options),
             .run = std::move(run),
             .arguments = QLatin1StringView(arguments) };
}

QDate dateOption(const QCommandLineParser &parser, const QString &name, bool *ok)
{
    if (!parser.isSet(name))
        return {};
    const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!date.isValid()) {
        CliContext::usage(CliContext::tr("--%1 needs a date as YYYY-MM-DD, not '%2'.")
                              .arg(name, parser.value(name)));
        *ok = false;
    }
    return date;
}

std::optional<LetterDispatchArguments> letterDispatchArguments(const QCommandLineParser &parser,
                                                               const QString &missingArguments,
                                                               const QString &missingOptions)
{
    const QStringList args = parser.positionalArguments();
    bool idOk = false;
    const qint64 id = args.size() == 2 ? args.at(1).toLongLong(&idOk) : 0;
    if (args.size() != 2 || !idOk || id <= 0) {
        CliContext::usage(missingArguments);
        return std::nullopt;
    }
    bool ok = true;
    const QDate on = dateOption(parser, QStringLiteral("on"), &ok);
    if (!ok)
        return std::nullopt;
    const QString how = parser.value(QStringLiteral("how"));
    if (!on.isValid() || how.trimmed().isEmpty()) {
        CliContext::usage(missingOptions);
        return std::nullopt;
    }
    return LetterDispatchArguments { args.at(0).trimmed().toUpper(), id, on, how };
}

QList<QCommandLineOption> encryptOptions(const char *encryptHelp)
{
    return { option(QStringLiteral("encrypt"), encryptHelp),
             option(QStringLiteral("password-by"),
                    QT_TRANSLATE_NOOP("pd::cli",
                                      "With --encrypt: how the password goes to the data subject, "
                                      "telefoon, brief or sms (default telefoon); recorded on "
                                      "the trail, the password itself never."),
                    QT_TRANSLATE_NOOP("pd::cli", "HOW")) };
}

std::optional<PasswordDelivery> passwordDelivery(const QCommandLineParser &parser, bool *encrypt)
{
    *encrypt = parser.isSet(QStringLiteral("encrypt"));
    const QString by = parser.value(QStringLiteral("password-by"));
    if (!*encrypt && !by.isEmpty()) {
        //: Dutch: "--password-by hoort bij --encrypt."
        CliContext::usage(CliContext::tr("--password-by goes with --encrypt."));
        return std::nullopt;
    }
    const auto delivery = EncryptedPdf::delivery(by.isEmpty() ? QStringLiteral("telefoon") : by);
    if (!delivery)
        //: Dutch: "--password-by is %1."
        CliContext::usage(
            CliContext::tr("--password-by is %1.").arg(EncryptedPdf::deliveryCodes().join(u'|')));
    return delivery;
}

void printAnswerPassword(const QString &password, PasswordDelivery by)
{
    //: Dutch: "Wachtwoord van de PDF (geef het apart door, %1; het wordt nergens bewaard): %2"
    CliContext::printError(
        CliContext::tr("Password of the PDF (give it separately, %1; it is not kept anywhere): %2")
            .arg(EncryptedPdf::deliveryLabel(by), password));
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        { QStringLiteral("store"),
          QCoreApplication::translate("pd::cli",
                                      "The store folder (default: %1, or PRIVACYDESK_STORE), or a "
                                      "store on a PostgreSQL server: postgresql://HOST:PORT/DB?"
                                      "sslmode=verify-full&sslrootcert=CA or "
                                      "postgresql:///DB?host=SOCKET_FOLDER.")
              .arg(Store::defaultDirectory()),
          QCoreApplication::translate("pd::cli", "folder") },
        { QStringLiteral("user"),
          QCoreApplication::translate("pd::cli",
                                      "The user to act as (or PRIVACYDESK_USER). Without "
                                      "it, every user's key slot is tried."),
          QCoreApplication::translate("pd::cli", "name") },
        { QStringLiteral("password-file"),
          QCoreApplication::translate("pd::cli", "Read the password from this file (first line)."),
          QCoreApplication::translate("pd::cli", "file") },
        { QStringLiteral("password-stdin"),
          QCoreApplication::translate("pd::cli",
                                      "Read the password from standard input (one line).") },
        { QStringLiteral("json"),
          QCoreApplication::translate("pd::cli", "Print machine-readable JSON.") },
        { QStringLiteral("verbose"),
          QCoreApplication::translate("pd::cli", "Add technical details to error messages.") },
        { QStringLiteral("lang"),
          QCoreApplication::translate("pd::cli", "Language of messages: nl (default) or en."),
          QCoreApplication::translate("pd::cli", "code") },
    });
}

CliContext::CliContext(QCommandLineParser &parser)
    : m_parser(parser)
{ }

QString CliContext::storeDirectory() const
{
    if (m_parser.isSet(QStringLiteral("store")))
        return m_parser.value(QStringLiteral("store"));
    const QString fromEnv = qEnvironmentVariable("PRIVACYDESK_STORE");
    return fromEnv.isEmpty() ? Store::defaultDirectory() : fromEnv;
}

QString CliContext::userName() const
{
    if (m_parser.isSet(QStringLiteral("user")))
        return m_parser.value(QStringLiteral("user"));
    return qEnvironmentVariable("PRIVACYDESK_USER");
}

bool CliContext::openRegularFile(QFile *file, const QString &path, const QString &what,
                                 bool *othersMayRead)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    struct stat status
    {
    };
    QString why;
    if (fd < 0) {
        why = QString::fromLocal8Bit(std::strerror(errno));
    } else if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        //: Dutch: "het is geen gewoon bestand"
        why = tr("it is not a regular file");
    } else if (const int flags = ::fcntl(fd, F_GETFL); flags < 0
               || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0
               || !file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        why = file->errorString();
    }
    if (why.isEmpty()) {
        if (othersMayRead)
            *othersMayRead = (status.st_mode & (S_IRGRP | S_IROTH)) != 0;
        return true;
    }
    if (fd >= 0 && !file->isOpen())
        ::close(fd);
    //: Dutch: "Kan %1 %2 niet lezen: %3."
    fail(tr("Cannot read %1 %2: %3.").arg(what, path, why));
    return false;
}

std::optional<QByteArray> CliContext::readFile(const QString &path, FileRead read)
{
    QFile file;
    bool othersMayRead = false;
    //: Dutch: "het bestand"
    if (!openRegularFile(&file, path, tr("the file"), &othersMayRead))
        return std::nullopt;
    if (read == FileRead::Whole)
        return file.read(1 << 20);
    QByteArray bytes = file.readLine(16384);
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    if (othersMayRead)
        //: Dutch: "Let op: andere gebruikers kunnen %1 lezen."
        printError(tr("Warning: other users can read %1.").arg(path));
    return bytes;
}

SecureBytes CliContext::readPassword(bool confirm)
{
    if (m_passwordRead) {
        fail(tr("The password can be read only once."));
        return {};
    }
    m_passwordRead = true;
    QByteArray bytes;
    if (m_parser.isSet(QStringLiteral("password-file"))) {
        QFile file;
        bool othersMayRead = false;
        if (!openRegularFile(&file, m_parser.value(QStringLiteral("password-file")),
                             tr("the password file"), &othersMayRead))
            return {};
        if (othersMayRead)
            writeTo(stderr, tr("Warning: the password file can be read by other users.") + u'\n');
        bytes = file.readLine(4096);
        chopLineEnding(bytes);
    } else if (m_parser.isSet(QStringLiteral("password-stdin"))) {
        bytes = readLineFromStdin(tr("Password: "));
        if (confirm && ::isatty(STDIN_FILENO) == 1) {
            QByteArray again = readLineFromStdin(tr("Password (again): "));
            const bool same = again == bytes;
            wipe(again);
            if (!same) {
                wipe(bytes);
                fail(tr("The passwords do not match."));
                return {};
            }
        }
    } else if (qEnvironmentVariableIsSet("PRIVACYDESK_PASSWORD")) {
        bytes = qgetenv("PRIVACYDESK_PASSWORD");
        // Children of this process need not inherit it.
        qunsetenv("PRIVACYDESK_PASSWORD");
    } else {
        fail(tr("No password given. Use --password-file FILE, --password-stdin or the "
                "environment variable %1.")
                 .arg(passwordEnv));
        return {};
    }
    if (bytes.isEmpty()) {
        fail(tr("The password is empty."));
        return {};
    }
    return SecureBytes::takeFrom(bytes);
}

SecureBytes CliContext::readBackupPassphrase()
{
    QByteArray bytes;
    const QString fileOption = QStringLiteral("passphrase-file");
    if (m_parser.isSet(fileOption)) {
        QFile file;
        bool othersMayRead = false;
        if (!openRegularFile(&file, m_parser.value(fileOption), tr("the passphrase file"),
                             &othersMayRead))
            return {};
        if (othersMayRead)
            writeTo(stderr, tr("Warning: the passphrase file can be read by other users.") + u'\n');
        bytes = file.readLine(4096);
        chopLineEnding(bytes);
    } else if (qEnvironmentVariableIsSet("PRIVACYDESK_BACKUP_PASSPHRASE")) {
        bytes = qgetenv("PRIVACYDESK_BACKUP_PASSPHRASE");
        qunsetenv("PRIVACYDESK_BACKUP_PASSPHRASE");
    } else {
        fail(tr("A backup of a server store needs its passphrase: --passphrase-file FILE or the "
                "environment variable PRIVACYDESK_BACKUP_PASSPHRASE. Keep it apart from the "
                "backups: without it they cannot be restored."));
        return {};
    }
    if (bytes.isEmpty()) {
        fail(tr("The passphrase is empty."));
        return {};
    }
    return SecureBytes::takeFrom(bytes);
}

const Session *CliContext::openSession(SecureBytes *keepPassword)
{
    if (!m_session) {
        m_store = openStore(keepPassword);
        if (!m_store)
            return nullptr;
        m_session.emplace(*m_store);
        // The deadlines a store from before today's extension rules kept.
        for (const QString &warning : CaseService(*m_session).refreshAtOpen())
            printError(warning);
        useReaderLimitsOf(*m_session);
    }
    return &*m_session;
}

int CliContext::act(const std::function<bool(const Session &, ServiceError *)> &call,
                    const QString &done)
{
    const Session *session = openSession();
    if (!session)
        return Failure;
    ServiceError error;
    if (!call(*session, &error))
        return fail(error);
    if (!done.isEmpty())
        printLine(done);
    return Success;
}

std::unique_ptr<Store> CliContext::openStore(SecureBytes *keepPassword)
{
    const QString directory = storeDirectory();
    if (ServerLocation::looksLikeServer(directory)) {
        // A server store: the user logs in as their own PostgreSQL role; the
        // server, not a key slot, checks the password (and throttles as IT configured it).
        QString why;
        const std::optional<ServerLocation> location = ServerLocation::parse(directory, &why);
        if (!location) {
            fail(why);
            return {};
        }
        SecureBytes password = readPassword();
        if (password.isEmpty())
            return {};
        StoreError error;
        auto store = Store::openServer(*location, userName(), password, &error);
        if (!store) {
            storeFailure(error);
            return store;
        }
        return opened(std::move(store), std::move(password), keepPassword);
    }
    if (!Store::looksLikeStore(directory)) {
        StoreError error;
        // Let the store say whether this is a plain SQLite file or just not a store; it does so
        // before it looks at a password.
        Store::open(directory, {}, SecureBytes(), &error);
        storeFailure(error);
        return {};
    }
    UnlockBackoff backoff;
    backoff.load(directory);
    if (const int wait = backoff.secondsToWait(); wait > 0) {
        fail(tr("The password was wrong %n times in a row. Try again in %1 seconds.", nullptr,
                backoff.failures())
                 .arg(wait));
        return {};
    }
    SecureBytes password = readPassword();
    if (password.isEmpty())
        return {};
    StoreError error;
    auto store = Store::open(directory, userName(), password, &error);
    if (!store) {
        if (error.code() == StoreError::Code::WrongPassword) {
            backoff.recordFailure();
            backoff.save(directory);
        }
        storeFailure(error);
        return store;
    }
    backoff.recordSuccess();
    backoff.save(directory);
    return opened(std::move(store), std::move(password), keepPassword);
}

// Either kind of store, once open: what opening found (a repaired removal, a trail cut back on
// the server) on stderr, and the password kept when the command needs it again.
std::unique_ptr<Store> CliContext::opened(std::unique_ptr<Store> store, SecureBytes password,
                                          SecureBytes *keepPassword)
{
    for (const QString &warning : store->openWarnings())
        printError(warning);
    if (keepPassword)
        *keepPassword = std::move(password);
    return store;
}

int CliContext::show(const QJsonObject &json, const QString &line) const
{
    if (m_parser.isSet(QStringLiteral("json")))
        printJson(QJsonDocument(json));
    else
        printLine(line);
    return Success;
}

void CliContext::printLine(const QString &text)
{
    writeTo(stdout, text + u'\n');
}

void CliContext::printJson(const QJsonDocument &json)
{
    const QByteArray bytes = json.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliContext::printError(const QString &text)
{
    writeTo(stderr, text + u'\n');
}

int CliContext::fail(const QString &reason)
{
    // Every refusal for lack of rights carries the one code [denied], whichever service refused
    // (each records its user.denied event through UserService).
    const bool refused
        = UserService::refusalsRecorded() > 0 && !reason.contains(QLatin1StringView("[denied"));
    writeTo(stderr,
            QStringLiteral("privacydesk-cli: ") + reason
                + (refused ? QStringLiteral(" [denied]") : QString()) + u'\n');
    return Failure;
}

int CliContext::fail(const ServiceError &error)
{
    if (error.code == ServiceError::Code::Storage && !error.storeCode.isEmpty())
        return fail(error.message + QStringLiteral(" [") + error.storeCode + u']');
    return fail(error.message);
}

int CliContext::readFailure(const ServiceError &error, bool list)
{
    if (error.code != ServiceError::Code::Storage)
        return fail(error.message); // refused, not found: said as every command says it
    const QString why = list ? tr("The list could not be read: %1").arg(error.message)
                             : tr("The data could not be read: %1").arg(error.message);
    return fail(why + QStringLiteral(" [read-failed]"));
}

int CliContext::usage(const QString &reason)
{
    writeTo(stderr, QStringLiteral("privacydesk-cli: ") + reason + u'\n');
    return UsageError;
}

BsnCheck CliContext::bsnCheck(const QCommandLineParser &p)
{
    return bsnCheckFrom(p.isSet(QStringLiteral("confirm-not-bsn")));
}

QString CliContext::dateText(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QStringLiteral("-");
}

QString CliContext::momentText(const QDateTime &moment)
{
    if (!moment.isValid())
        return QStringLiteral("-");
    const QDateTime local = organisationTime(moment);
    return dateText(local.date()) + u' ' + local.time().toString(QStringLiteral("HH:mm:ss"));
}

int CliContext::storeFailure(const StoreError &error) const
{
    QString line = error.message();
    if (m_parser.isSet(QStringLiteral("verbose")) && !error.detail().isEmpty())
        line += QStringLiteral(" [%1: %2]").arg(StoreError::codeName(error.code()), error.detail());
    else
        line += QStringLiteral(" [%1]").arg(StoreError::codeName(error.code()));
    return fail(line);
}

} // namespace pd::cli
