#pragma once

#include "persons/Person.h"
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
    // Compared case-insensitively, trimmed; Ignore leaves a recognised column out.
    QHash<QString, ImportField> mapping;
    bool strict = false; // import nothing when any line is rejected
    // For the persons this import creates only (art. 15(1)(g)); BSN-guarded; empty records none.
    QString source = defaultSource();
    static QString defaultSource() { return QStringLiteral("ERP-import"); }
};

// Rows from another source than a file (vera sync), checked and written as a file's lines:
// the header names the columns as a file's would, and each record's line is the row's number
// as in a file (the header is line 1).
struct ImportRows
{
    QStringList header;
    QList<CsvRecord> records;
    // Named on the events as the system the rows came from; empty for none.
    QString system;
};

struct ImportRejection
{
    qint64 line = 0; // the header is line 1
    QString reason; // translated; never contains a BSN (only its masked form)
};

// Safe on any thread: it needs no store.
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
    // The write pass builds the rows without checking them again and compares this at the end, so
    // that nothing it did not check is committed. Empty: the write checks every row.
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
    DerivedTerms terms;

    bool ok() const { return error.isEmpty(); }
    // The CLI's contract with scripts: keep the keys.
    QJsonObject toJson() const;
};

// Imports persons and relation end dates from a housing-ERP CSV export.
//  - Every field passes the BSN guard, without an override: nobody confirms 100,000 rows.
//  - A klantnummer on more than one line rejects all those lines: which is current cannot be
//    told, and a wrong end date would start a retention period wrongly.
//  - An existing klantnummer is updated, never duplicated; a blank cell never erases; an
//    anonymised person is not brought back.
//  - One transaction (UnitOfWork::Batch): a crash or a cancel leaves nothing half-imported.
// In steps (begin/step/finish) the wizard keeps the window painted without processEvents.
class PersonImport final
{
    Q_DECLARE_TR_FUNCTIONS(pd::PersonImport)
public:
    explicit PersonImport(const Session &session);
    ~PersonImport(); // rolls back an unfinished import
    PersonImport(const PersonImport &) = delete;
    PersonImport &operator=(const PersonImport &) = delete;

    static QString code(ImportField field);
    static QString label(ImportField field);
    static std::optional<ImportField> fieldFromCode(QStringView code);
    static QList<ImportField> fields();
    static std::optional<QHash<QString, ImportField>> parseMapping(const QString &text,
                                                                   QString *error);
    static ImportField fieldForColumn(const QString &column,
                                      const QHash<QString, ImportField> &map);

    static QDate parseDate(QStringView text);
    static QString relationCode(QStringView text);
    static QPair<QString, QString> splitAddress(const QString &address);
    // An address typed on one line, "straat en huisnummer, postcode plaats", as a person's
    // street, house number, postcode and city; nullopt when it is not in that form.
    static std::optional<Person> typedAddress(const QString &text);

    // cancel may be null; progress gets bytes read.
    static ImportCheck check(const QString &path, const ImportOptions &options,
                             const std::atomic_bool *cancel = nullptr,
                             const std::function<void(qint64 bytes, qint64 total)> &progress = {});
    // The same check of rows another source made; ImportCheck::digest stays empty.
    static ImportCheck check(const ImportRows &rows, const ImportOptions &options);

    ImportResult run(const QString &path, const ImportOptions &options,
                     const std::function<void(qint64 done, qint64 total)> &progress = {});
    ImportResult run(const ImportRows &rows, const ImportOptions &options,
                     const std::function<void(qint64 done, qint64 total)> &progress = {});

    // begin() refuses a file changed since its check. Destroying the importer or cancel() before
    // finish() rolls everything back.
    bool begin(const QString &path, const ImportOptions &options, const ImportCheck &check,
               QString *error);
    // The rows are kept (shared) until finish(); refused when they are not what was checked.
    bool begin(const ImportRows &rows, const ImportOptions &options, const ImportCheck &check,
               QString *error);
    bool step(int maxRows);
    qint64 rowsDone() const;
    qint64 rowsTotal() const;
    ImportResult finish();
    void cancel();
    bool denied() const { return m_denied; }

private:
    struct Run;
    ImportResult runChecked(const ImportCheck &checked, const ImportOptions &options,
                            const std::function<bool(QString *)> &begun,
                            const std::function<void(qint64, qint64)> &progress);
    bool permitted(const ImportOptions &options, const ImportCheck &check,
                   std::unique_ptr<UnitOfWork> *unit, QString *error);
    bool start(std::unique_ptr<Run> run, QString *error);
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
