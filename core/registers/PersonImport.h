#pragma once

#include "registers/CsvReader.h"
#include "session/Session.h"
#include "session/UnitOfWork.h"
#include "terms/RetentionTerms.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace pd {

class Store;
namespace personimport {
struct ImportRow;
}

// What a column of an import file holds. Codes are the Dutch column names (--map, JSON).
enum class ImportField {
    Ignore,
    Klantnummer,
    Naam,
    Relatie,
    Einddatum,
    Adres, // street and house number in one: "Dorpsstraat 12 A"
    Straat,
    Huisnummer,
    Postcode,
    Plaats,
    Telefoon,
    Email,
};

struct ImportOptions
{
    // Column name (compared case-insensitively, trimmed) → field; overrides the recognised
    // names, and ImportField::Ignore leaves a recognised column out.
    QHash<QString, ImportField> mapping;
    bool strict = false; // import nothing when any line is rejected
    // Where the data of the persons this import creates came from (Person::source, the inzage
    // report's art. 15(1)(g) GDPR); persons that exist already keep theirs. Free text under the
    // BSN guard; empty records none.
    QString source = defaultSource();
    static QString defaultSource() { return QStringLiteral("ERP-import"); }
};

struct ImportRejection
{
    qint64 line = 0; // the header is line 1
    QString reason; // translated; never contains a BSN (only its masked form)
};

// The first pass over a file, without the store: what it holds and which lines would be
// rejected. Safe on any thread.
struct ImportCheck
{
    QString error; // the file cannot be imported at all (unreadable, no naam column, ...)
    CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
    bool bom = false;
    QChar delimiter;
    QStringList header;
    QList<ImportField> columns; // per header column
    qint64 records = 0; // data records read (blank lines not counted)
    qint64 valid = 0; // records that pass every check that needs no store
    QList<ImportRejection> rejected;
    QSet<QString> duplicates; // klantnummers on more than one line: all those lines rejected
    QByteArray digest; // SHA-256 of the file, so the write can tell if it changed since
    // BLAKE2b-256 of every record as read (its line, error and fields): the write pass
    // builds the rows without checking them again and compares this at the end of the file,
    // so that nothing it did not check is committed. Empty: the write checks every row.
    QByteArray recordsDigest;

    bool ok() const { return error.isEmpty(); }
};

struct ImportResult
{
    QString error; // set: nothing was imported (unreadable, --strict refusal, storage error)
    bool refusedStrict = false;
    bool denied = false; // the role may not import (recorded as user.denied); error says so
    int imported = 0; // new persons
    int updated = 0; // existing persons with at least one changed value
    int unchanged = 0; // existing persons the file confirms as they are
    QList<ImportRejection> rejected; // in line order
    // The retention items the rules derive from the imported relations and end dates.
    DerivedTerms terms;

    bool ok() const { return error.isEmpty(); }
    // {"imported": N, "updated": N, "rejected": [{"line": L, "reason": "..."}], "terms_created":
    // N, "terms_moved": N, "terms_removed": N} (the CLI's contract with scripts).
    QJsonObject toJson() const;
};

// Imports persons and relation end dates from a housing-ERP CSV export (Retention).
//
// Rules:
//  - Columns are recognised by name (klantnummer, naam, relatie, einddatum, adres, postcode,
//    telefoon, email, and straat, huisnummer, plaats) or mapped; klantnummer and naam are
//    required columns and required values.
//  - Every field of every row, mapped or not, passes the BSN guard: a BSN anywhere rejects the
//    row, without the override a form offers (nobody confirms 100,000 rows one by one).
//  - Dates DD-MM-YYYY, D-M-YYYY (also with / or .) or YYYY-MM-DD; relation codes in the Dutch
//    spellings offices use ("Huurder", "ex huurder", "oud-huurder", ...).
//  - A klantnummer on more than one line rejects all those lines: which of them is current
//    cannot be told from the file, and a wrong end date would start a retention period wrongly
//    (last-wins would destroy data too early or keep it too long without anyone noticing).
//  - An existing klantnummer is updated, never duplicated: only the values the file gives (a
//    blank cell never erases), one person.updated event with old → new per changed person.
//    An anonymised person is not brought back.
//  - Everything is written in one transaction with its audit events (a UnitOfWork::Batch: the
//    import's unit checks the role and guards the source before it begins, every step's rows
//    are a unit inside it): a crash, an error or a cancel leaves nothing half-imported. With
//    strict, any rejected line imports nothing.
//  - Every imported (also unchanged) person's retention items are derived in that transaction
//    (RetentionDerivation: created, moved, removed), with ONE audit event for the whole import
//    that holds the counts (retention.terms.derived), not one per item.
//
// The write can run at once (run(): the CLI) or in steps (begin/step/finish: the wizard keeps
// the window painted between steps, on the store's thread, without processEvents).
class PersonImport final
{
    Q_DECLARE_TR_FUNCTIONS(pd::PersonImport)
public:
    explicit PersonImport(const Session &session);
    ~PersonImport(); // rolls back an unfinished import
    PersonImport(const PersonImport &) = delete;
    PersonImport &operator=(const PersonImport &) = delete;

    // Field codes and labels; parseMapping reads "COLUMN=FIELD,COLUMN=FIELD" (--map).
    static QString code(ImportField field);
    static QString label(ImportField field);
    static std::optional<ImportField> fieldFromCode(QStringView code);
    static QList<ImportField> fields();
    static std::optional<QHash<QString, ImportField>> parseMapping(const QString &text,
                                                                   QString *error);
    // The field a column gets by its name and the mapping.
    static ImportField fieldForColumn(const QString &column,
                                      const QHash<QString, ImportField> &map);

    // Dates as DD-MM-YYYY, D-M-YYYY (-, / or .) or YYYY-MM-DD; invalid otherwise.
    static QDate parseDate(QStringView text);
    // "Huurder", "ex huurder", "oud-huurder", ... → the stored relation code; empty when unknown.
    static QString relationCode(QStringView text);
    // "Dorpsstraat 12 A" → {"Dorpsstraat", "12 A"}; no number found → {text, ""}.
    static QPair<QString, QString> splitAddress(const QString &address);

    // The first pass (no store; any thread). cancel may be null; progress gets bytes read.
    static ImportCheck check(const QString &path, const ImportOptions &options,
                             const std::atomic_bool *cancel = nullptr,
                             const std::function<void(qint64 bytes, qint64 total)> &progress = {});

    // All at once: check, then write. progress(rowsDone, rowsTotal) after every 1000 rows.
    ImportResult run(const QString &path, const ImportOptions &options,
                     const std::function<void(qint64 done, qint64 total)> &progress = {});

    // In steps, on the store's thread: begin() with the check of the same file (refused when the
    // file changed since), step() until it returns false, then finish() commits. Destroying
    // the importer or cancel() before finish() rolls everything back.
    bool begin(const QString &path, const ImportOptions &options, const ImportCheck &check,
               QString *error);
    bool step(int maxRows);
    qint64 rowsDone() const;
    qint64 rowsTotal() const;
    ImportResult finish();
    void cancel();
    // True when the last begin() was refused because the acting user's role may not import
    // (EditRegisters); the refusal is recorded as a user.denied event.
    bool denied() const { return m_denied; }

private:
    struct Run;
    // The named steps of step(): each false when the import failed (the run says why). The
    // rows' events are recorded on the step's unit (write).
    bool fail(const QString &why);
    bool derive(qint64 id, const QString &relation, const QString &end, bool created);
    bool writeRows(UnitOfWork::Write &write, int maxRows);
    bool importRow(UnitOfWork::Write &write, const personimport::ImportRow &row);
    bool updatePerson(UnitOfWork::Write &write, const personimport::ImportRow &row, qint64 id,
                      const QStringList &stored);
    bool insertPerson(UnitOfWork::Write &write, const personimport::ImportRow &row);

    Session m_session;
    std::unique_ptr<Run> m_run;
    bool m_denied = false;
};

} // namespace pd
