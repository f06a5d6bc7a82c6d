#pragma once

#include "cases/Case.h"
#include "crypto/SecureBytes.h"
#include "print/EncryptedPdf.h"
#include "session/Session.h"
#include "store/Store.h"
#include "util/ServiceError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace pd {
struct HoldsAtClose;
struct MailMessage;
struct ServiceError;
} // namespace pd

namespace pd::cli {

// 1: the operation failed (one line on stderr says why); 2: the command line was wrong. What
// reads an option and returns false or nullopt has printed the usage error.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// Passwords come from --password-file, --password-stdin or PRIVACYDESK_PASSWORD, never argv.
class CliContext final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::CliContext)
public:
    explicit CliContext(QCommandLineParser &parser);

    QCommandLineParser &parser() { return m_parser; }
    QString storeDirectory() const;
    QString userName() const;

    // Reads once; empty after reporting on stderr. confirm: ask twice at a terminal prompt.
    SecureBytes readPassword(bool confirm = false);
    // --passphrase-file or PRIVACYDESK_BACKUP_PASSPHRASE (unset once read); empty: why printed.
    SecureBytes readBackupPassphrase();
    // Refused from the third wrong password in a row until the pause has passed (UnlockBackoff).
    // The store opened once for this command and the one session that acts in it; null after
    // reporting why on stderr. Commands check their arguments first, so that a usage error never
    // asks for a password. keepPassword: the login password, for commands that check it again.
    const Session *openSession(SecureBytes *keepPassword = nullptr);
    // The session opened and one service call made, which says through its ServiceError why it
    // failed: Success (done, when given, on stdout), or Failure once that reason is on stderr.
    int act(const std::function<bool(const Session &, ServiceError *)> &call,
            const QString &done = {});
    // The session opened and fn given a Service made on it; Failure when the store did not open.
    template<typename Service> int withService(const std::function<int(Service &)> &fn)
    {
        const Session *session = openSession();
        if (!session)
            return Failure;
        Service service(*session);
        return fn(service);
    }
    // The session opened and one service call made that returns what it made (an optional);
    // nullopt once why is on stderr, as act says it.
    template<typename Call> auto made(const Call &call)
    {
        using Made
            = decltype(call(std::declval<const Session &>(), std::declval<ServiceError *>()));
        const Session *session = openSession();
        if (!session)
            return Made {};
        ServiceError error;
        Made result = call(*session, &error);
        if (!result)
            fail(error);
        return result;
    }
    // What a command made or changed: with --json its object, else one line; Success.
    int show(const QJsonObject &json, const QString &line) const;
    // After openSession succeeded: the store, for what changes its keys.
    Store &store() { return *m_store; }

    // Only a regular file: a FIFO or a device would block, so it is opened without waiting and
    // refused. False after printing why; *othersMayRead: the group or others may read it.
    static bool openRegularFile(QFile *file, const QString &path, const QString &what,
                                bool *othersMayRead = nullptr);
    // A secret's file (its first line, with a warning when others may read it) or a
    // certificate's (whole, up to 1 MB); nullopt after printing why.
    enum class FileRead { FirstLine, Whole };
    static std::optional<QByteArray> readFile(const QString &path, FileRead read);

    static void printLine(const QString &text); // stdout
    static void printJson(const QJsonDocument &json); // stdout, indented
    static void printError(const QString &text); // stderr, one line
    static int fail(const QString &reason); // stderr, returns Failure
    // A storage failure carries the store's code ("... [disk-full]").
    static int fail(const ServiceError &error);
    // "The list (or !list: the data) could not be read: <why> [read-failed]", returns Failure, so
    // that a failed read never looks like an empty list with exit 0.
    static int readFailure(const ServiceError &error, bool list = true);
    static int usage(const QString &reason); // stderr, returns UsageError
    static BsnCheck bsnCheck(const QCommandLineParser &p); // --confirm-not-bsn
    // The locale's short date; local time to the second; "-" for none (--json keeps ISO 8601).
    static QString dateText(QDate date);
    static QString momentText(const QDateTime &moment);
    int storeFailure(const StoreError &error) const; // message (and detail with --verbose)

private:
    std::unique_ptr<Store> openStore(SecureBytes *keepPassword);
    static std::unique_ptr<Store> opened(std::unique_ptr<Store> store, SecureBytes password,
                                         SecureBytes *keepPassword);
    QCommandLineParser &m_parser;
    bool m_passwordRead = false;
    std::unique_ptr<Store> m_store;
    std::optional<Session> m_session;
};

// A list as --json prints it: an array of each element's JSON, in the list's order.
template<typename List, typename ToJson>
void printJsonArray(const List &items, const ToJson &toJson)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(toJson(item));
    CliContext::printJson(QJsonDocument(array));
}

struct Command
{
    QString name;
    const char *summary = nullptr; // source text; translated (context "pd::cli") when shown
    // Made with the table, after main installed the translations, so --help shows them translated.
    QList<QCommandLineOption> options;
    std::function<int(CliContext &)> run;
    // As shown in --help ("NUMBER"); empty: none.
    QString arguments;
};

void addCommonOptions(QCommandLineParser &parser);

// Descriptions and value names are QT_TRANSLATE_NOOP("pd::cli", ...) source texts.
QCommandLineOption option(const QString &name, const char *description,
                          const char *valueName = nullptr);
// The value names most options show in --help.
inline constexpr const char *textValue = QT_TRANSLATE_NOOP("pd::cli", "text");
inline constexpr const char *codeValue = QT_TRANSLATE_NOOP("pd::cli", "code");
inline constexpr const char *nameValue = QT_TRANSLATE_NOOP("pd::cli", "name");
inline constexpr const char *dateValue = QT_TRANSLATE_NOOP("pd::cli", "YYYY-MM-DD");
inline constexpr const char *momentValue = QT_TRANSLATE_NOOP("pd::cli", "YYYY-MM-DDTHH:MM");
Command command(const char *name, const char *summary, QList<QCommandLineOption> options,
                std::function<int(CliContext &)> run);
Command command(const char *name, const char *summary, const char *arguments,
                QList<QCommandLineOption> options, std::function<int(CliContext &)> run);
// YYYY-MM-DD; invalid when not given.
QDate dateOption(const QCommandLineParser &parser, const QString &name, bool *ok);

struct LetterDispatchArguments
{
    QString number; // upper case
    qint64 letterId = 0;
    QDate on;
    QString how;
};
std::optional<LetterDispatchArguments> letterDispatchArguments(const QCommandLineParser &parser,
                                                               const QString &missingArguments,
                                                               const QString &missingOptions);
// letter sent and breach letter-sent: the day a letter went out and how, recorded by the
// Service that made it.
template<typename Service>
int recordLetterDispatch(CliContext &context, const QString &missingArguments,
                         const QString &missingOptions)
{
    const QCommandLineParser &p = context.parser();
    const auto sent = letterDispatchArguments(p, missingArguments, missingOptions);
    if (!sent)
        return UsageError;
    return context.act([&](const Session &session, ServiceError *error) {
        return Service(session).recordDispatch(sent->number, sent->letterId, sent->on, sent->how,
                                               CliContext::bsnCheck(p), error);
    });
}
// A letter's PDF written to --pdf FILE (--overwrite replaces one), marked as the store's
// documents are, before the letter is recorded; false after printing why. DocumentCommands.cpp.
bool writeLetterPdf(const Session &session, const QCommandLineParser &p, const QString &html,
                    const QString &title, int *pages);
// letter and breach letter: the PDF first, then the letter recorded, so that a letter is
// recorded only once it exists on paper (or as a file); the PDF, made a moment ago, goes again
// when nothing was recorded. nullopt after printing why.
template<typename Service, typename Rendered>
auto recordLetter(const Session &session, const QCommandLineParser &p, Service &letters,
                  const Rendered &rendered, int *pages)
{
    using Recorded = decltype(letters.record(rendered, CliContext::bsnCheck(p), nullptr));
    if (!writeLetterPdf(session, p, rendered.html, rendered.title, pages))
        return Recorded {};
    ServiceError error;
    Recorded letter = letters.record(rendered, CliContext::bsnCheck(p), &error);
    if (!letter) {
        QFile::remove(p.value(QStringLiteral("pdf")));
        CliContext::fail(error);
    }
    return letter;
}
// --encrypt and --password-by HOW (telefoon when absent); not encrypting: *encrypt false, Phone.
QList<QCommandLineOption> encryptOptions(const char *encryptHelp);
std::optional<PasswordDelivery> passwordDelivery(const QCommandLineParser &parser, bool *encrypt);
// Said once on stderr, kept nowhere.
void printAnswerPassword(const QString &password, PasswordDelivery by);

inline constexpr const char *confirmNotBsnHelp = QT_TRANSLATE_NOOP(
    "pd::cli", "Confirm that a number the BSN guard stops is not a BSN (logged).");

inline constexpr const char *notIdDocumentHelp
    = QT_TRANSLATE_NOOP("pd::cli",
                        "Confirm that a file whose name or text (of a PDF) suggests an "
                        "identity document is not one (logged).");

// The options several commands share, each with one text.
QCommandLineOption confirmNotBsnOption(); // --confirm-not-bsn, for the commands that store text
QCommandLineOption notIdDocumentOption(); // --not-an-id-document
QCommandLineOption overwriteOption(); // --overwrite: replace an existing file
QCommandLineOption saveCopyOption(); // --save FILE: where a stored copy goes
QCommandLineOption overwriteFilesOption(); // --overwrite, of the commands that write several
QCommandLineOption referenceDateOption(); // --on DATE: the day the figures are as of
QCommandLineOption confirmRemovalOption(); // --yes: removal cannot be undone
QCommandLineOption legalBasisOption(); // --basis a-f, of a disclosure and of a covenant
QCommandLineOption dataTextOption(); // --data-text: which data, in words
// --pdf FILE of both kinds of letter; DocumentCommands.cpp, beside writeLetterPdf.
QCommandLineOption letterPdfOption();

// Read whole into memory, never copied elsewhere; only a regular file within AttachmentService's
// size limit. nullopt after printing why.
std::optional<NewAttachment> readAttachmentFile(const QString &path, AttachmentKind kind,
                                                bool notIdentityDocument);

// *mail: nullopt for no e-mail or an unreadable .eml; false (printed) for an unreadable .msg.
bool readOriginalMail(const NewAttachment &original, std::optional<MailMessage> *mail);

QList<Command> storeCommands(); // init, info, verify
QList<Command> caseCommands(); // case …, deadline
QList<Command> attachmentCommands(); // case attach, case attachments, case attachment
QList<Command> disclosureCommands(); // recipient …, disclosure …
QList<Command> covenantCommands(); // covenant …
QList<Command> importCommands(); // import persons
QList<Command> retentionCommands(); // retention due, destroy, hold, release, rules, log
QList<Command> retentionRuleCommands(); // retention rule list, set, add, remove
QList<Command> registerCommands(); // register list, add, export
QList<Command> dpiaCommands(); // dpia list, criteria, add, set (DpiaCommands.cpp)
// dpia document …, dpia export, recipient agreement … (KeptDocumentCommands.cpp)
QList<Command> keptDocumentCommands();
QList<Command> exportCommands(); // export person
QList<Command> documentCommands(); // letter …, letter template …, dossier
QList<Command> letterSendCommands(); // letter send, letter mail-text …
QList<Command> reportCommands(); // report dashboard, today
QList<Command> userCommands(); // user …, recovery-key regenerate, backup, restore
QList<Command> settingsCommands(); // settings show, settings set
QList<Command> breachCommands();
QList<Command> breachDocumentCommands();
QList<Command> breachUpdateCommands();
QList<Command> serverCommands(); // server init, server check
// case show --json's "restrictions": those in force (art. 18 AVG).
QJsonObject withRestrictions(const Session &session, const Case &request, QJsonObject json);
QList<Command> holdCommands();
// case complete's and breach close's --release-holds and --keep-holds-until DATE; the refusal
// is Success when the closing may go on.
QList<QCommandLineOption> holdsAtCloseOptions();
bool readHoldsAtClose(const QCommandLineParser &p, HoldsAtClose *decision);
int holdsAtCloseRefusal(const Session &session, bool onCase, const QString &number,
                        const HoldsAtClose &decision);
QList<Command> restrictionCommands();
QList<Command> consentCommands();
QList<Command> mailboxCommands();
QList<Command> veraCommands();
QList<Command> veraMarkCommands();
// The marks not done in the organisation's systems, of number (all requests: empty) sent and
// their answers recorded, one line each on stderr; Failure when one is not done.
int sendVeraMarks(const Session &session, const QString &number, QJsonArray *json = nullptr);
QList<Command> personCommands();

} // namespace pd::cli
