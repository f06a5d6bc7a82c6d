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
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace pd {
struct HoldsAtClose;
struct MailMessage;
struct ServiceError;
} // namespace pd

namespace pd::cli {

// Exit codes: 0 success, 1 the operation failed (one line on stderr says why), 2 the command
// line was wrong.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// Everything a command needs: the parsed options, the password, the store, output helpers.
// Passwords come from --password-file, --password-stdin or PRIVACYDESK_PASSWORD, never argv.
class CliContext final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::CliContext)
public:
    explicit CliContext(QCommandLineParser &parser);

    QCommandLineParser &parser() { return m_parser; }
    QString storeDirectory() const;
    QString userName() const;

    // Reads the password once from the chosen source; an empty result has already been
    // reported on stderr. confirm: ask twice when prompting on a terminal.
    SecureBytes readPassword(bool confirm = false);
    // The passphrase of a server store's backup, apart from the login password:
    // --passphrase-file FILE (the command's option) or PRIVACYDESK_BACKUP_PASSPHRASE (unset once
    // read). Empty after printing why.
    SecureBytes readBackupPassphrase();
    // With keepPassword: the password read, for commands that need it again (user passwd).
    // From the third wrong password in a row a run is refused until the pause has passed
    // (UnlockBackoff, the same counter as the desk's unlock screen).
    std::unique_ptr<Store> openStore(SecureBytes *keepPassword = nullptr);

    // Opens path to read a secret or a certificate from: only a regular file. A FIFO or a device
    // would wait for a writer or never end, so it is opened without waiting and refused on the
    // open descriptor. false after printing why (what: "the password file", ...); else
    // *othersMayRead (when asked) says whether the group or others may read it.
    static bool openRegularFile(QFile *file, const QString &path, const QString &what,
                                bool *othersMayRead = nullptr);

    static void printLine(const QString &text); // stdout
    static void printJson(const QJsonDocument &json); // stdout, indented
    static void printError(const QString &text); // stderr, one line
    static int fail(const QString &reason); // stderr, returns Failure
    // A service's refusal or failure as the service words it; a storage failure carries the
    // store's code as every store error does ("... [disk-full]").
    static int fail(const ServiceError &error);
    // A read that failed: "The list could not be read: <why> [read-failed]", or for
    // a single record or a report "The data could not be read: ...", returns Failure. Never an
    // empty list, a zero or "not found" with exit 0.
    static int readFailure(const ServiceError &error, bool list = true);
    static int usage(const QString &reason); // stderr, returns UsageError
    // A day and a moment as the tool's messages show them: the locale's short date
    // (22-11-2026 in Dutch), a moment in local time to the second; "-" for none. Only --json
    // output keeps ISO 8601, for scripts.
    static QString dateText(QDate date);
    static QString momentText(const QDateTime &moment);
    int storeFailure(const StoreError &error) const; // message (and detail with --verbose)

private:
    static std::unique_ptr<Store> opened(std::unique_ptr<Store> store, SecureBytes password,
                                         SecureBytes *keepPassword);
    QCommandLineParser &m_parser;
    bool m_passwordRead = false;
};

// One sub-command: `privacydesk-cli [options] NAME [command options]`.
struct Command
{
    QString name;
    const char *summary = nullptr; // source text; translated (context "pd::cli") when shown
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<int(CliContext &)> run;
    // Positional arguments after the command name, as shown in --help ("NUMBER"); empty: none.
    QString arguments;
};

// The options every command accepts (--store, --user, --password-file, --password-stdin,
// --json, --verbose, --lang).
void addCommonOptions(QCommandLineParser &parser);

// What every command file needs, kept here instead of copied per file. Descriptions and value
// names are QT_TRANSLATE_NOOP("pd::cli", ...) source texts, translated when shown.
QCommandLineOption option(const QString &name, const char *description,
                          const char *valueName = nullptr);
Command command(const char *name, const char *summary,
                std::function<void(QCommandLineParser &)> addOptions,
                std::function<int(CliContext &)> run);
Command command(const char *name, const char *summary, const char *arguments,
                std::function<void(QCommandLineParser &)> addOptions,
                std::function<int(CliContext &)> run);
// A YYYY-MM-DD option: invalid QDate when not given; on a bad value a usage line is printed and
// *ok set to false.
QDate dateOption(const QCommandLineParser &parser, const QString &name, bool *ok);

// What recording a letter's dispatch takes (letter sent, breach letter-sent): the request's or
// breach's number and the letter's id as arguments, --on YYYY-MM-DD and --how TEXT.
struct LetterDispatchArguments
{
    QString number; // upper case
    qint64 letterId = 0;
    QDate on;
    QString how;
};
// nullopt after printing missingArguments or missingOptions as usage (the command's own words).
std::optional<LetterDispatchArguments> letterDispatchArguments(const QCommandLineParser &parser,
                                                               const QString &missingArguments,
                                                               const QString &missingOptions);
// --encrypt and --password-by HOW (export person, dossier): the options, and how the
// password goes as the command line says it (telefoon when not given); nullopt after printing
// the usage error (--password-by without --encrypt, an unknown HOW). Not encrypting: *encrypt
// false and Phone.
QList<QCommandLineOption> encryptOptions(const char *encryptHelp);
std::optional<PasswordDelivery> passwordDelivery(const QCommandLineParser &parser, bool *encrypt);
// The generated password of an encrypted answer, said once on stderr (stdout stays the normal
// output); it is kept nowhere.
void printAnswerPassword(const QString &password, PasswordDelivery by);

inline constexpr const char *confirmNotBsnHelp = QT_TRANSLATE_NOOP(
    "pd::cli", "Confirm that a number the BSN guard stops is not a BSN (logged).");

// Dutch: "Bevestigen dat een bestand waarvan de naam of de tekst (van een PDF) op een
// identiteitsbewijs wijst er geen is (wordt vastgelegd)."
inline constexpr const char *notIdDocumentHelp
    = QT_TRANSLATE_NOOP("pd::cli",
                        "Confirm that a file whose name or text (of a PDF) suggests an "
                        "identity document is not one (logged).");

// A file named on the command line (an original, a mandate), read whole into memory and never
// copied anywhere else: an ordinary file within AttachmentService's size limit. A FIFO or a
// device is refused unread. Failures are printed; nullopt then. What the checks cannot read (a
// scan without a text layer) is said on stderr.
std::optional<NewAttachment> readAttachmentFile(const QString &path, AttachmentKind kind,
                                                bool notIdentityDocument);

// The e-mail an original is (an .eml or an Outlook .msg, told apart by its bytes), read into *mail;
// nullopt there when it is no e-mail or an .eml that cannot be read (kept as a file). An Outlook
// message that cannot be read would be refused when kept: false, with the reason printed.
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
QList<Command> exportCommands(); // export person
QList<Command> documentCommands(); // letter …, letter template …, dossier
QList<Command> reportCommands(); // report dashboard, today
QList<Command> userCommands(); // user …, recovery-key regenerate, backup, restore
QList<Command> settingsCommands(); // settings show, settings set
// breach add, assess, notify-ap, notify-subjects, follow-up, close, list, show
QList<Command> breachCommands();
// breach report: the documents of the register (BreachDocumentCommands.cpp), part of the above
QList<Command> breachDocumentCommands();
// breach update: the processor's report afterwards (BreachUpdateCommand.cpp), part of the above
QList<Command> breachUpdateCommands();
QList<Command> serverCommands(); // server init, server check
// case show --json with "restrictions": the person's restrictions of processing in force
// (art. 18 AVG): [{"id", "data", "ground", "started_on"}] (HoldCommands.cpp).
QJsonObject withRestrictions(const Session &session, const Case &request, QJsonObject json);
// case hold …, breach hold … (HoldCommands.cpp)
QList<Command> holdCommands();
// HoldCommands.cpp: case complete's and breach close's options for the
// holds still held (--release-holds, --keep-holds-until DATE); read into *decision (false after
// a usage error printed); and the refusal while a hold is held and neither was given (Success
// when the closing may go on, else Failure with the refusal and the options printed).
QList<QCommandLineOption> holdsAtCloseOptions();
bool readHoldsAtClose(const QCommandLineParser &p, HoldsAtClose *decision);
int holdsAtCloseRefusal(const Session &session, bool onCase, const QString &number,
                        const HoldsAtClose &decision);
// person restrict, person restriction lift, person restrictions (HoldCommands.cpp)
QList<Command> restrictionCommands();
// person consent add, person consent withdraw, person consent list (ConsentCommands.cpp)
QList<Command> consentCommands();
// mailbox account set|show, fetch, list, take, dismiss (MailboxCommands.cpp)
QList<Command> mailboxCommands();
// person erase-fields, person set-address, person rename (PersonCommands.cpp)
QList<Command> personCommands();

} // namespace pd::cli
