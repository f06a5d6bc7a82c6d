#include "registers/PersonImport.h"

#include "audit/AuditLog.h"
#include "cases/CaseCodes.h"
#include "cases/CaseService.h"
#include "domain/BsnGuard.h"
#include "domain/InputLimits.h"
#include "persons/PersonRepository.h"
#include "registers/RetentionDerivation.h"
#include "session/Access.h"
#include "sql/Dialect.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd {

namespace {

constexpr int progressEvery = 1000;

struct FieldName
{
    ImportField field;
    const char *code;
    const char *label;
};

constexpr FieldName fieldNames[] = {
    { ImportField::Ignore, "negeren", QT_TRANSLATE_NOOP("pd::PersonImport", "(ignore)") },
    { ImportField::Klantnummer, "klantnummer",
      QT_TRANSLATE_NOOP("pd::PersonImport", "Customer number") },
    { ImportField::Naam, "naam", QT_TRANSLATE_NOOP("pd::PersonImport", "Name") },
    { ImportField::Relatie, "relatie", QT_TRANSLATE_NOOP("pd::PersonImport", "Relation") },
    { ImportField::Einddatum, "einddatum",
      QT_TRANSLATE_NOOP("pd::PersonImport", "End of relation") },
    { ImportField::Adres, "adres",
      QT_TRANSLATE_NOOP("pd::PersonImport", "Address (street and number)") },
    { ImportField::Straat, "straat", QT_TRANSLATE_NOOP("pd::PersonImport", "Street") },
    { ImportField::Huisnummer, "huisnummer",
      QT_TRANSLATE_NOOP("pd::PersonImport", "House number") },
    { ImportField::Postcode, "postcode", QT_TRANSLATE_NOOP("pd::PersonImport", "Postcode") },
    { ImportField::Plaats, "plaats", QT_TRANSLATE_NOOP("pd::PersonImport", "City") },
    { ImportField::Telefoon, "telefoon", QT_TRANSLATE_NOOP("pd::PersonImport", "Phone") },
    { ImportField::Email, "email", QT_TRANSLATE_NOOP("pd::PersonImport", "E-mail") },
};

// Column names exports use besides the field codes themselves.
constexpr std::pair<const char *, ImportField> columnAliases[] = {
    { "klantnr", ImportField::Klantnummer },
    { "relatienummer", ImportField::Klantnummer },
    { "e-mail", ImportField::Email },
    { "e-mailadres", ImportField::Email },
    { "emailadres", ImportField::Email },
    { "telefoonnummer", ImportField::Telefoon },
    { "woonplaats", ImportField::Plaats },
    { "einddatum relatie", ImportField::Einddatum },
    { "einddatum huurcontract", ImportField::Einddatum },
};

constexpr std::pair<const char *, const char *> relationSpellings[] = {
    { "huurder", "huurder" },
    { "hoofdhuurder", "huurder" },
    { "medehuurder", "huurder" },
    { "ex-huurder", "ex-huurder" },
    { "exhuurder", "ex-huurder" },
    { "oud-huurder", "ex-huurder" },
    { "oudhuurder", "ex-huurder" },
    { "voormalig-huurder", "ex-huurder" },
    { "vertrokken-huurder", "ex-huurder" },
    { "vertrokken", "ex-huurder" },
    { "woningzoekende", "woningzoekende" },
    { "woningzoekend", "woningzoekende" },
    { "woningzoeker", "woningzoekende" },
    { "ingeschrevene", "woningzoekende" },
    { "medebewoner", "medebewoner" },
    { "inwonende", "medebewoner" },
    { "sollicitant", "sollicitant" },
    { "medewerker", "medewerker" },
    { "werknemer", "medewerker" },
    { "overig", "overig" },
    { "overige", "overig" },
    { "anders", "overig" },
};

// The person columns an import writes, in the order of the UPDATE statement.
const QStringList personColumns { u"name"_s,         u"relation"_s, u"street"_s,
                                  u"house_number"_s, u"postcode"_s, u"city"_s,
                                  u"phone"_s,        u"email"_s,    u"relation_end"_s };
// The two of them the case search indexes (klantnummer, the third, is what an import finds a
// person by, so it never changes).
constexpr int nameColumn = 0;
constexpr int postcodeColumn = 4;

// One row that passed every check that needs no store. Values are trimmed; empty means "not
// given" (an update keeps the stored value).
struct ImportRow
{
    qint64 line = 0;
    QString klantnummer;
    QStringList values; // per personColumns
};

enum class RowStatus { Valid, Rejected, Blank };

QString normalisedKey(QStringView text)
{
    return text.trimmed().toString().toCaseFolded();
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

bool plausibleEmail(const QString &text)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    return pattern.match(text).hasMatch();
}

QString columnLabel(const QStringList &header, qsizetype i)
{
    const QString name = i < header.size() ? header.at(i) : QString();
    return name.isEmpty() ? PersonImport::tr("column %1").arg(i + 1) : name;
}

RowStatus validateRow(const CsvRecord &record, const QStringList &header,
                      const QList<ImportField> &columns, ImportRow *row, QString *reason)
{
    if (!record.error.isEmpty()) {
        *reason = record.error;
        return RowStatus::Rejected;
    }
    if (std::all_of(record.fields.cbegin(), record.fields.cend(),
                    [](const QString &f) { return f.trimmed().isEmpty(); }))
        return RowStatus::Blank;

    QStringList reasons;
    for (qsizetype i = columns.size(); i < record.fields.size(); ++i) {
        if (!record.fields.at(i).trimmed().isEmpty()) {
            //: Dutch: "De regel heeft %1, de kopregel %2: staat er een scheidingsteken zonder
            //: aanhalingstekens in een waarde?" with "5 velden" and "4 kolommen"
            reasons << PersonImport::tr("The line has %1, the header %2: is there a separator in "
                                        "a value without quotes?")
                           .arg(PersonImport::tr("%n field(s)", nullptr,
                                                 static_cast<int>(record.fields.size())),
                                PersonImport::tr("%n column(s)", nullptr,
                                                 static_cast<int>(columns.size())));
            break;
        }
    }

    QList<QPair<QString, QString>> guarded;
    guarded.reserve(record.fields.size());
    for (qsizetype i = 0; i < record.fields.size(); ++i)
        guarded.append({ columnLabel(header, i), record.fields.at(i) });
    const BsnGuard::GuardResult bsn = BsnGuard::checkFields(guarded, false);
    if (!bsn.allowed) {
        QStringList found;
        for (const BsnFinding &finding : bsn.findings)
            found << PersonImport::tr("%1 in “%2”").arg(finding.masked, finding.field);
        //: Dutch: "bevat een nummer dat voldoet aan de elfproef voor een burgerservicenummer
        //: (BSN): %1. Een BSN mag niet worden vastgelegd (art. 46 UAVG)."
        reasons << PersonImport::tr("contains a number that passes the 11-test for a citizen "
                                    "service number (BSN): %1. A BSN may not be recorded "
                                    "(art. 46 UAVG).")
                       .arg(found.join(u", "_s));
    }

    QString values[12];
    for (qsizetype i = 0; i < columns.size() && i < record.fields.size(); ++i) {
        const ImportField field = columns.at(i);
        if (field == ImportField::Ignore)
            continue;
        const QString value = record.fields.at(i).simplified();
        const int maximum = field == ImportField::Naam || field == ImportField::Klantnummer
            ? InputLimits::maxName
            : InputLimits::maxShortText;
        // The label only for a value that is too long (100,000 rows, issue 19).
        if (value.size() > maximum)
            reasons << InputLimits::checkLength(u'“' + columnLabel(header, i) + u'”', value,
                                                maximum);
        values[int(field)] = value;
    }
    const auto value = [&values](ImportField f) -> const QString & {
        return values[int(f)];
    };

    if (value(ImportField::Klantnummer).isEmpty())
        reasons << PersonImport::tr("The customer number is missing.");
    if (value(ImportField::Naam).isEmpty())
        reasons << PersonImport::tr("The name is missing.");
    QString relation;
    if (!value(ImportField::Relatie).isEmpty()) {
        relation = PersonImport::relationCode(value(ImportField::Relatie));
        if (relation.isEmpty()) {
            QStringList known;
            for (Relation r : Codes::relations())
                known << Codes::code(r);
            reasons << PersonImport::tr("Unknown relation “%1” (%2).")
                           .arg(value(ImportField::Relatie), known.join(u", "_s));
        }
    }
    QDate end;
    if (!value(ImportField::Einddatum).isEmpty()) {
        end = PersonImport::parseDate(value(ImportField::Einddatum));
        if (!end.isValid())
            //: Dutch: "“%1” is geen datum (DD-MM-JJJJ of JJJJ-MM-DD)."
            reasons << PersonImport::tr("“%1” is not a date (DD-MM-YYYY or YYYY-MM-DD).")
                           .arg(value(ImportField::Einddatum));
        else if (end < InputLimits::earliestDate())
            reasons << InputLimits::checkDate(PersonImport::tr("The end of the relation"), end);
    }
    if (const QString why = InputLimits::checkPostcode(value(ImportField::Postcode));
        !why.isEmpty())
        reasons << PersonImport::tr("“%1”: %2").arg(value(ImportField::Postcode), why);
    if (const QString why = InputLimits::checkPhone(value(ImportField::Telefoon)); !why.isEmpty())
        reasons << PersonImport::tr("“%1”: %2").arg(value(ImportField::Telefoon), why);
    if (!value(ImportField::Email).isEmpty() && !plausibleEmail(value(ImportField::Email)))
        reasons
            << PersonImport::tr("“%1” is not an e-mail address.").arg(value(ImportField::Email));

    if (!reasons.isEmpty()) {
        *reason = reasons.join(u' ');
        return RowStatus::Rejected;
    }

    QString street = value(ImportField::Straat);
    QString number = value(ImportField::Huisnummer);
    if (!value(ImportField::Adres).isEmpty()) {
        const auto split = PersonImport::splitAddress(value(ImportField::Adres));
        if (street.isEmpty())
            street = split.first;
        if (number.isEmpty())
            number = split.second;
    }
    row->line = record.line;
    row->klantnummer = InputLimits::normalisedIdentifier(value(ImportField::Klantnummer));
    row->values = { value(ImportField::Naam),
                    relation,
                    street,
                    InputLimits::normalisedIdentifier(number),
                    InputLimits::normalisedPostcode(value(ImportField::Postcode)),
                    value(ImportField::Plaats),
                    InputLimits::normalisedIdentifier(value(ImportField::Telefoon)),
                    value(ImportField::Email),
                    end.isValid() ? end.toString(Qt::ISODate) : QString() };
    return RowStatus::Valid;
}

// Resolves the header against the mapping; an empty string when the file can be imported.
QString resolveColumns(const QStringList &header, const QHash<QString, ImportField> &mapping,
                       QList<ImportField> *columns)
{
    columns->clear();
    QSet<QString> names;
    for (const QString &name : header) {
        columns->append(PersonImport::fieldForColumn(name, mapping));
        names.insert(normalisedKey(name));
    }
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (!names.contains(normalisedKey(it.key())))
            //: Dutch: "De koppeling noemt kolom “%1”, maar het bestand heeft die kolom niet
            //: (kolommen: %2)."
            return PersonImport::tr("The mapping names column “%1”, but the file has no such "
                                    "column (columns: %2).")
                .arg(it.key(), header.join(u", "_s));
    }
    for (ImportField field : PersonImport::fields()) {
        if (field == ImportField::Ignore)
            continue;
        QStringList mappedFrom;
        for (qsizetype i = 0; i < columns->size(); ++i) {
            if (columns->at(i) == field)
                mappedFrom << header.at(i);
        }
        if (mappedFrom.size() > 1)
            return PersonImport::tr("Several columns hold %1: %2. Map all but one to %3.")
                .arg(PersonImport::code(field), mappedFrom.join(u", "_s),
                     PersonImport::code(ImportField::Ignore));
        if (mappedFrom.isEmpty()
            && (field == ImportField::Klantnummer || field == ImportField::Naam))
            //: Dutch: "Het bestand heeft geen kolom voor %1 (kolommen: %2). Koppel er een met
            //: KOLOM=%1."
            return PersonImport::tr("The file has no column for %1 (columns: %2). Map one with "
                                    "COLUMN=%1.")
                .arg(PersonImport::code(field), header.join(u", "_s));
    }
    return {};
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result();
}

void sortByLine(QList<ImportRejection> *rejected)
{
    std::stable_sort(
        rejected->begin(), rejected->end(),
        [](const ImportRejection &a, const ImportRejection &b) { return a.line < b.line; });
}

} // namespace

QJsonObject ImportResult::toJson() const
{
    QJsonArray lines;
    for (const ImportRejection &r : rejected)
        lines.append(QJsonObject { { u"line"_s, r.line }, { u"reason"_s, r.reason } });
    QJsonObject json { { u"imported"_s, imported },
                       { u"updated"_s, updated },
                       { u"rejected"_s, lines } };
    const QJsonObject counts = terms.toJson();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QString PersonImport::code(ImportField field)
{
    for (const FieldName &f : fieldNames) {
        if (f.field == field)
            return QString::fromLatin1(f.code);
    }
    return {};
}

QString PersonImport::label(ImportField field)
{
    for (const FieldName &f : fieldNames) {
        if (f.field == field)
            return tr(f.label);
    }
    return {};
}

std::optional<ImportField> PersonImport::fieldFromCode(QStringView code)
{
    const QString key = normalisedKey(code);
    if (key == u"-" || key == u"ignore")
        return ImportField::Ignore;
    for (const FieldName &f : fieldNames) {
        if (key == QLatin1StringView(f.code))
            return f.field;
    }
    for (const auto &[alias, field] : columnAliases) {
        if (key == QLatin1StringView(alias))
            return field;
    }
    return std::nullopt;
}

QList<ImportField> PersonImport::fields()
{
    QList<ImportField> all;
    for (const FieldName &f : fieldNames)
        all << f.field;
    return all;
}

std::optional<QHash<QString, ImportField>> PersonImport::parseMapping(const QString &text,
                                                                      QString *error)
{
    QHash<QString, ImportField> mapping;
    for (const QString &pair : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.lastIndexOf(u'=');
        const QString column = eq > 0 ? pair.left(eq).trimmed() : QString();
        const auto field = eq > 0 ? fieldFromCode(pair.mid(eq + 1)) : std::nullopt;
        if (column.isEmpty() || !field) {
            QStringList codes;
            for (const FieldName &f : fieldNames)
                codes << QString::fromLatin1(f.code);
            //: Dutch: "“%1” is geen koppeling KOLOM=VELD (velden: %2)."
            *error = tr("“%1” is not a mapping COLUMN=FIELD (fields: %2).")
                         .arg(pair.trimmed(), codes.join(u", "_s));
            return std::nullopt;
        }
        mapping.insert(normalisedKey(column), *field);
    }
    return mapping;
}

ImportField PersonImport::fieldForColumn(const QString &column,
                                         const QHash<QString, ImportField> &map)
{
    const QString key = normalisedKey(column);
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (normalisedKey(it.key()) == key)
            return it.value();
    }
    if (key.isEmpty())
        return ImportField::Ignore;
    const auto field = fieldFromCode(key);
    return field && *field != ImportField::Ignore ? *field : ImportField::Ignore;
}

QDate PersonImport::parseDate(QStringView text)
{
    text = text.trimmed();
    // Spreadsheets add a midnight time: "31-12-2024 00:00" or "2024-12-31T00:00:00".
    const qsizetype cut = text.indexOf(u' ') >= 0 ? text.indexOf(u' ') : text.indexOf(u'T');
    if (cut > 0) {
        const QStringView time = text.mid(cut + 1).trimmed();
        if (!std::all_of(time.begin(), time.end(),
                         [](QChar c) { return (c >= u'0' && c <= u'9') || c == u':'; }))
            return {};
        text = text.left(cut);
    }
    if (text.isEmpty())
        return {};
    const QChar sep = text.size() > 4 && (text.at(4) == u'-') ? u'-'
        : text.contains(u'-')                                 ? u'-'
        : text.contains(u'/')                                 ? u'/'
                                                              : u'.';
    const QList<QStringView> parts = text.split(sep);
    if (parts.size() != 3)
        return {};
    int numbers[3] = {};
    for (int i = 0; i < 3; ++i) {
        const QStringView part = parts.at(i);
        if (part.isEmpty() || part.size() > 4
            || !std::all_of(part.begin(), part.end(),
                            [](QChar c) { return c >= u'0' && c <= u'9'; }))
            return {};
        numbers[i] = part.toInt();
    }
    int year = 0;
    int month = numbers[1];
    int day = 0;
    if (parts.at(0).size() == 4 && sep == u'-' && parts.at(1).size() <= 2
        && parts.at(2).size() <= 2) {
        year = numbers[0];
        day = numbers[2];
    } else if (parts.at(2).size() == 4 && parts.at(0).size() <= 2 && parts.at(1).size() <= 2) {
        year = numbers[2];
        day = numbers[0];
    } else {
        return {};
    }
    if (year < 1900 || year > 2199)
        return {};
    return QDate(year, month, day); // invalid for 31-02 and the like
}

QString PersonImport::relationCode(QStringView text)
{
    // Case folded, every run of (ASCII) white space and underscores one hyphen, dots left out:
    // what the regular expression [\s_]+ did, without one per row (issue 19).
    const QString folded = text.trimmed().toString().toCaseFolded();
    QString key;
    key.reserve(folded.size());
    bool inSeparator = false;
    for (const QChar c : folded) {
        if (c == u' ' || (c >= u'\t' && c <= u'\r') || c == u'_') {
            if (!inSeparator)
                key += u'-';
            inSeparator = true;
            continue;
        }
        inSeparator = false;
        if (c != u'.')
            key += c;
    }
    for (const auto &[spelling, code] : relationSpellings) {
        if (key == QLatin1StringView(spelling))
            return QString::fromLatin1(code);
    }
    for (Relation r : Codes::relations()) {
        if (normalisedKey(Codes::label(r)) == text.trimmed().toString().toCaseFolded())
            return Codes::code(r);
    }
    return {};
}

QPair<QString, QString> PersonImport::splitAddress(const QString &address)
{
    static const QRegularExpression pattern(
        u"^(.*\\S)\\s+(\\d+[0-9A-Za-z\\-/]*(?:\\s+[A-Za-z]{1,4})?)$"_s);
    const QString text = address.simplified();
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return { text, QString() };
    return { match.captured(1).trimmed(), match.captured(2).trimmed() };
}

ImportCheck PersonImport::check(const QString &path, const ImportOptions &options,
                                const std::atomic_bool *cancel,
                                const std::function<void(qint64, qint64)> &progress)
{
    ImportCheck result;
    CsvReader reader(path);
    if (!reader.open()) {
        result.error = reader.errorString();
        return result;
    }
    result.encoding = reader.encoding();
    result.bom = reader.hasBom();
    result.delimiter = reader.delimiter();
    result.header = reader.header();
    result.error = resolveColumns(result.header, options.mapping, &result.columns);
    if (!result.ok())
        return result;

    QHash<QString, qint64> firstLine;
    QHash<QString, QList<qint64>> duplicateLines;
    CsvRecord record;
    ImportRow row;
    QString reason;
    while (reader.next(&record)) {
        if (cancel && cancel->load()) {
            result.error = tr("The check was cancelled.");
            return result;
        }
        switch (validateRow(record, result.header, result.columns, &row, &reason)) {
        case RowStatus::Blank:
            continue;
        case RowStatus::Rejected:
            ++result.records;
            result.rejected.append({ record.line, reason });
            break;
        case RowStatus::Valid: {
            ++result.records;
            const auto it = firstLine.constFind(row.klantnummer);
            if (it == firstLine.cend()) {
                firstLine.insert(row.klantnummer, row.line);
                ++result.valid;
            } else {
                QList<qint64> &lines = duplicateLines[row.klantnummer];
                if (lines.isEmpty()) {
                    lines << it.value();
                    --result.valid;
                }
                lines << row.line;
            }
            break;
        }
        }
        if (progress && result.records % progressEvery == 0)
            progress(reader.bytesRead(), reader.totalBytes());
    }
    for (auto it = duplicateLines.cbegin(); it != duplicateLines.cend(); ++it) {
        result.duplicates.insert(it.key());
        QStringList numbers;
        for (qint64 line : it.value())
            numbers << QString::number(line);
        for (qint64 line : it.value()) {
            //: Dutch: "Klantnummer %1 staat op meer regels (%2): welke actueel is, blijkt niet
            //: uit het bestand. Corrigeer de export."
            result.rejected.append({ line,
                                     tr("Customer number %1 is on several lines (%2): which one "
                                        "is current cannot be told from the file. Correct the "
                                        "export.")
                                         .arg(it.key(), numbers.join(u", "_s)) });
        }
    }
    sortByLine(&result.rejected);
    result.digest = fileDigest(path);
    if (progress)
        progress(reader.bytesRead(), reader.totalBytes());
    return result;
}

// The page cache of the import's connection while it runs, in KiB (issue 19). One transaction
// writes every person, retention item and audit event of the file; with the connection's own
// cache (2 MB) SQLite spills dirty pages to the WAL in the middle of it and reads (decrypts)
// them back for the next rows. Measured with bench_import (100,000 ERP rows, 44,502 of them
// existing persons, into a store of 50,000 requests / 180 MiB; Release; shared 2-core machine at
// load 5-10, so CPU time is the figure to compare):
//   cache    import CPU s   wall s
//   2 MB        47           105-184
//   16 MB       31           148
//   32 MB       31           132
//   64 MB       30            58-60
// The cache is given back when the import ends (finish, cancel, failure): the rest of the
// program keeps the connection's setting.
constexpr int importCacheKiB = 64 * 1024;

// Persons whose name or postcode changes (issue 19). The case search (the FTS4 table
// case_search) follows persons through the trigger case_search_person_update: per person, an
// FTS delete and insert of each of their cases. Fired once per person, that was most of an
// import's cost:
//  - a statement that fires it may abort halfway, so SQLite keeps a statement journal for it,
//    and SQLCipher encrypts every page the statement changes into that journal: the same
//    persons, index and search pages were encrypted again for every person;
//  - FTS4 writes its pending terms out as a new segment whenever a docid is lower than the one
//    before it, which every person with more than one request causes: hundreds of small
//    segments per 1,000 rows, and the merges of them.
// So these persons are staged in a temporary table (in memory: temp_store) and, at the end of
// every step, written by one UPDATE while the trigger is set aside; then their cases are
// re-indexed by one INSERT OR REPLACE in docid order, with the rows the trigger writes (an
// import never anonymises, so the trigger's 'optimize' does not apply), and the trigger is put
// back from its own text in sqlite_master. All of it inside the import's transaction: no other
// connection ever sees the store without the trigger, and a failure rolls the drop back with
// everything else. The other updates leave the searched columns out of the SET, so the trigger
// does not fire for them. Both UPDATEs run OR FAIL: a failed constraint check leaves nothing to
// undo (the import then rolls back as a whole), so SQLite keeps no statement journal for them.
// On a server (issue 21) the trigger is a PL/pgSQL function that an application role may not
// drop or disable (only the store's owner may): it steps aside while the transaction-local
// setting privacydesk.person_search is 'deferred', which the import sets around its UPDATE and
// resets right after, so that the trigger is in force again between steps; the cases are then
// re-indexed with the document the trigger computes (case_search_document_of).
const auto stagingTableName = u"pd_import_persons"_s;
const auto searchTrigger = u"case_search_person_update"_s;

QString stagedUpdateSql(const QSqlDatabase &db)
{
    return PersonRepository::stagedUpdateSql(db, sql::temporaryTable(db, stagingTableName),
                                             personColumns);
}

// What case_search_person_update writes for the cases of the staged persons.
QString stagedSearchSql(const QSqlDatabase &db)
{
    const bool server = sql::isServer(db);
    const QString values = u"SELECT c.id AS docid, "
                           "CASE WHEN p.anonymised_at IS NULL THEN p.name END AS name, "
                           "c.number AS number, "
                           "CASE WHEN p.anonymised_at IS NULL THEN p.klantnummer END "
                           "AS klantnummer, "
                           "CASE WHEN p.anonymised_at IS NULL THEN "
                           "replace(upper(p.postcode), ' ', '') || ' ' "
                           "|| substr(replace(upper(p.postcode), ' ', ''), 1, 4) || ' ' "
                           "|| substr(replace(upper(p.postcode), ' ', ''), 5) END AS postcode "
                           "FROM cases c "_s
        + PersonRepository::joinSql(u"p", u"c.person_id")
        + u" WHERE c.person_id IN (SELECT id FROM "_s + sql::temporaryTable(db, stagingTableName)
        + u") ORDER BY c.id"_s;
    if (!server)
        return u"INSERT OR REPLACE INTO case_search (docid, name, number, klantnummer, postcode) "_s
            + values;
    return u"INSERT INTO case_search (docid, name, number, klantnummer, postcode, document) "
           "SELECT s.docid, s.name, s.number, s.klantnummer, s.postcode, "
           "case_search_document_of(s.name, s.number, s.klantnummer, s.postcode) FROM ("_s
        + values
        + u") AS s ON CONFLICT (docid) DO UPDATE SET name = EXCLUDED.name, "
          "number = EXCLUDED.number, klantnummer = EXCLUDED.klantnummer, "
          "postcode = EXCLUDED.postcode, document = EXCLUDED.document"_s;
}

struct PersonImport::Session
{
    explicit Session(const QString &path, QSqlDatabase db)
        : reader(path)
        , transaction(db)
        , find(db)
        , insert(db)
        , update(db)
        , stage(db)
        , applyStaged(db)
        , searchStaged(db)
        , clearStaged(db)
        , rowId(db)
        , m_db(db)
    {
        // Not transactional: it may be set and reset inside the import's transaction. A server
        // connection has no page cache of its own to set.
        if (sql::isServer(m_db))
            return;
        QSqlQuery pragma(m_db);
        if (pragma.exec(u"PRAGMA cache_size"_s) && pragma.next()) {
            m_previousCache = pragma.value(0).toInt();
            pragma.finish();
            m_cacheSet = pragma.exec(u"PRAGMA cache_size = -%1"_s.arg(importCacheKiB));
        }
    }
    ~Session()
    {
        if (!m_cacheSet)
            return;
        QSqlQuery pragma(m_db);
        if (!pragma.exec(u"PRAGMA cache_size = %1"_s.arg(m_previousCache)))
            qWarning("PersonImport: the page cache could not be given back: %s",
                     qPrintable(pragma.lastError().text()));
    }
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    bool prepareStaging(QSqlError *error)
    {
        const bool server = sql::isServer(m_db);
        const QString staging = sql::temporaryTable(m_db, stagingTableName);
        QSqlQuery query(m_db);
        if (!query.exec(u"CREATE TEMP TABLE IF NOT EXISTS "_s
                        + (server ? stagingTableName : staging) + u" (id "_s
                        + (server ? u"bigint"_s : u"INTEGER"_s)
                        + u" PRIMARY KEY, name TEXT, relation TEXT, street TEXT, "
                          "house_number TEXT, postcode TEXT, city TEXT, phone TEXT, "
                          "email TEXT, relation_end TEXT)"_s)
            || !query.prepare(PersonRepository::triggerSql(m_db))) {
            *error = query.lastError();
            return false;
        }
        query.addBindValue(searchTrigger);
        if (!query.exec()) {
            *error = query.lastError();
            return false;
        }
        // Without the trigger (a schema that has none) the staged persons are only written.
        m_searchTriggerSql = query.next() ? query.value(0).toString() : QString();
        query.finish();
        const QList<std::pair<QSqlQuery *, QString>> statements {
            { &stage, u"INSERT INTO "_s + staging + u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s },
            { &applyStaged, stagedUpdateSql(m_db) },
            { &searchStaged, stagedSearchSql(m_db) },
            { &clearStaged, u"DELETE FROM "_s + staging },
        };
        for (const auto &[statement, sql] : statements) {
            if (!statement->prepare(sql)) {
                *error = statement->lastError();
                return false;
            }
        }
        return true;
    }

    // Writes the staged persons and re-indexes their cases; false with *error when the store
    // refuses (the import then rolls back, the trigger's drop with it).
    bool applyStagedPersons(QSqlError *error)
    {
        if (staged == 0)
            return true;
        const bool setAside = !m_searchTriggerSql.isEmpty();
        QSqlQuery ddl(m_db);
        const auto run = [error](QSqlQuery &query, const QString &sql = {}) {
            if (sql.isEmpty() ? query.exec() : query.exec(sql))
                return true;
            *error = query.lastError();
            return false;
        };
        // SQLite: the trigger is dropped and made again from its text; a server's trigger
        // steps aside while the transaction's setting says so (see stagingTableName).
        const bool server = sql::isServer(m_db);
        const QString setAsideSql = server
            ? u"SELECT set_config('privacydesk.person_search', 'deferred', true)"_s
            : u"DROP TRIGGER main."_s + searchTrigger;
        const QString putBackSql = server
            ? u"SELECT set_config('privacydesk.person_search', '', true)"_s
            : m_searchTriggerSql;
        if ((setAside && !run(ddl, setAsideSql)) || !run(applyStaged)
            || (setAside && !run(searchStaged)) || (setAside && !run(ddl, putBackSql))
            || !run(clearStaged))
            return false;
        staged = 0;
        return true;
    }

    // After the commit or rollback: the temporary table goes (it is empty by then, or its
    // creation was rolled back with the import).
    void dropStaging()
    {
        for (QSqlQuery *statement : { &stage, &applyStaged, &searchStaged, &clearStaged })
            statement->clear();
        QSqlQuery drop(m_db);
        if (!drop.exec(u"DROP TABLE IF EXISTS "_s + sql::temporaryTable(m_db, stagingTableName)))
            qWarning("PersonImport: the staging table could not be dropped: %s",
                     qPrintable(drop.lastError().text()));
    }

    CsvReader reader;
    ImportOptions options;
    ImportCheck check;
    QSet<qint64> checkRejected; // lines the check already rejected
    Transaction transaction;
    QSqlQuery find;
    QSqlQuery insert;
    QSqlQuery update; // a person whose searched values (name, postcode) stay as they are
    // A person whose name or postcode changes: staged in a temporary table and written in one
    // UPDATE per step, their cases re-indexed in docid order (see stagingTableName).
    QSqlQuery stage;
    QSqlQuery applyStaged;
    QSqlQuery searchStaged;
    QSqlQuery clearStaged;
    int staged = 0;
    QSqlQuery rowId;
    std::unique_ptr<AuditLog> audit;
    // The person events of the rows written since the last flush: appended in one batch at the
    // end of every step (one chain-head read and one prepared INSERT per batch), so that none is
    // pending between steps, when other code may write on the same connection.
    QList<AuditEntry> pendingEvents;
    std::unique_ptr<RetentionDerivation> derivation;
    QString actor;
    QString now;
    ImportResult result;
    QList<ImportRejection> storeRejected; // found only against the store
    qint64 done = 0;
    bool atEnd = false;
    bool failed = false;

private:
    QSqlDatabase m_db;
    // case_search_person_update as sqlite_master has it; on a server "deferred" (it is there)
    QString m_searchTriggerSql;
    int m_previousCache = 0;
    bool m_cacheSet = false;
};

PersonImport::PersonImport(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

PersonImport::~PersonImport() = default;

ImportResult PersonImport::run(const QString &path, const ImportOptions &options,
                               const std::function<void(qint64, qint64)> &progress)
{
    ImportResult result;
    const ImportCheck checked = check(path, options);
    if (!checked.ok()) {
        result.error = checked.error;
        return result;
    }
    if (!begin(path, options, checked, &result.error)) {
        result.denied = m_denied;
        result.refusedStrict = !m_denied && options.strict && !checked.rejected.isEmpty();
        result.rejected = checked.rejected;
        return result;
    }
    while (step(progressEvery)) {
        if (progress)
            progress(rowsDone(), rowsTotal());
    }
    return finish();
}

bool PersonImport::begin(const QString &path, const ImportOptions &options,
                         const ImportCheck &check, QString *error)
{
    m_session.reset();
    m_denied = false;
    if (ServiceError denied; !permitted(m_store, m_clock, Permission::EditRegisters,
                                        QStringLiteral("person.import"), {}, &denied)) {
        m_denied = true;
        *error = denied.message;
        return false;
    }
    if (!check.ok()) {
        *error = check.error;
        return false;
    }
    if (options.source.simplified().size() > CaseService::maxPersonSourceLength) {
        *error = tr("Keep the source short: at most %n character(s).", nullptr,
                    CaseService::maxPersonSourceLength);
        return false;
    }
    if (const BsnGuard::GuardResult bsn
        = BsnGuard::checkFields({ { tr("Source of the data"), options.source } }, false);
        !bsn.allowed) {
        *error = bsn.message;
        return false;
    }
    if (options.strict && !check.rejected.isEmpty()) {
        //: Dutch: "Er is niets geïmporteerd: %n regel(s) afgekeurd, en met --strict wordt
        //: dan niets geïmporteerd."
        *error = tr("Nothing was imported: %n line(s) rejected, and a strict import then imports "
                    "nothing.",
                    nullptr, int(check.rejected.size()));
        return false;
    }
    if (fileDigest(path) != check.digest) {
        *error = tr("The file changed after it was checked; check it again.");
        return false;
    }
    auto session = std::make_unique<Session>(path, m_store.database());
    if (!session->reader.open()) {
        *error = session->reader.errorString();
        return false;
    }
    if (!session->transaction.isOpen()) {
        *error = StoreError(StoreError::Code::Internal).message();
        return false;
    }
    session->options = options;
    session->check = check;
    for (const ImportRejection &r : check.rejected)
        session->checkRejected.insert(r.line);
    session->audit = std::make_unique<AuditLog>(
        m_store.database(), m_store.storeId().toString(QUuid::WithoutBraces), m_clock);
    session->actor = m_store.userName();
    session->now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    session->find.setForwardOnly(sql::canStream(m_store.database()));
    const PersonRepository::ImportSql statements = PersonRepository::importSql(m_store.database());
    const bool prepared = session->find.prepare(statements.find)
        && session->insert.prepare(statements.insert) && session->update.prepare(statements.update)
        && session->rowId.prepare(sql::lastInsertedIdSql(m_store.database()));
    if (!prepared) {
        *error = Store::errorFromSql(session->find.lastError()).message();
        return false;
    }
    if (QSqlError failed; !session->prepareStaging(&failed)) {
        *error = Store::errorFromSql(failed).message();
        return false;
    }
    session->derivation
        = std::make_unique<RetentionDerivation>(m_store.database(), session->actor, session->now);
    if (ServiceError failed; !session->derivation->prepare(&failed)) {
        *error = failed.message;
        return false;
    }
    m_session = std::move(session);
    return true;
}

bool PersonImport::step(int maxRows)
{
    Session *s = m_session.get();
    if (!s || s->atEnd || s->failed)
        return false;
    CsvRecord record;
    ImportRow row;
    QString reason;
    const auto fail = [s](const QString &why) {
        s->failed = true;
        s->result.error = why;
        return false;
    };
    const auto derive = [s](qint64 id, const QString &relation, const QString &end, bool created) {
        ServiceError failed;
        if (s->derivation->derive(id, relation, QDate::fromString(end, Qt::ISODate), created,
                                  &s->result.terms, &failed))
            return true;
        s->failed = true;
        s->result.error = failed.message;
        return false;
    };
    // Appends the events of this step's rows; false (failed) when the audit trail refuses.
    const auto flush = [s] {
        if (QSqlError failed; !s->applyStagedPersons(&failed)) {
            s->failed = true;
            s->result.error = Store::errorFromSql(failed).message();
            return false;
        }
        QString auditError;
        if (!s->audit->appendBatch(s->pendingEvents, &auditError)) {
            s->failed = true;
            s->result.error = auditError;
            return false;
        }
        s->pendingEvents.clear();
        return true;
    };
    for (int n = 0; n < maxRows; ++n) {
        if (!s->reader.next(&record)) {
            s->atEnd = true;
            flush();
            return false;
        }
        const RowStatus status
            = validateRow(record, s->check.header, s->check.columns, &row, &reason);
        if (status == RowStatus::Blank)
            continue;
        ++s->done;
        if (status == RowStatus::Rejected || s->checkRejected.contains(record.line)
            || s->check.duplicates.contains(row.klantnummer)) {
            if (!s->checkRejected.contains(record.line))
                return fail(tr("The file changed after it was checked; check it again."));
            continue;
        }

        s->find.bindValue(0, row.klantnummer);
        if (!s->find.exec())
            return fail(Store::errorFromSql(s->find.lastError()).message());
        if (s->find.next()) {
            const qint64 id = s->find.value(0).toLongLong();
            if (!s->find.value(10).isNull()) {
                s->find.finish();
                //: Dutch: "De gegevens van klantnummer %1 zijn na afloop van de bewaartermijn
                //: geanonimiseerd; de regel wordt niet opnieuw ingelezen."
                s->storeRejected.append(
                    { row.line,
                      tr("The data of customer number %1 were anonymised when their retention "
                         "period ended; the line is not imported again.")
                          .arg(row.klantnummer) });
                continue;
            }
            QStringList stored;
            for (int i = 0; i < personColumns.size(); ++i)
                stored << s->find.value(i + 1).toString();
            s->find.finish();
            QJsonObject changes;
            QStringList merged = stored;
            for (int i = 0; i < personColumns.size(); ++i) {
                const QString &given = row.values.at(i);
                // A postcode stored as "1234AB" before it was written "1234 AB" is the same.
                const bool same = personColumns.at(i) == u"postcode"_s
                    ? given == InputLimits::normalisedPostcode(stored.at(i))
                    : given == stored.at(i);
                if (!given.isEmpty() && !same) {
                    changes.insert(personColumns.at(i),
                                   QJsonObject { { u"old"_s, stored.at(i) }, { u"new"_s, given } });
                    merged[i] = given;
                }
            }
            if (changes.isEmpty()) {
                // Still derived: the rules may have come after the last import.
                if (!derive(id, stored.at(1), stored.at(8), false))
                    return false;
                ++s->result.unchanged;
                continue;
            }
            if (changes.contains(personColumns.at(nameColumn))
                || changes.contains(personColumns.at(postcodeColumn))) {
                s->stage.bindValue(0, id);
                for (int i = 0; i < personColumns.size(); ++i)
                    s->stage.bindValue(i + 1, nullable(merged.at(i)));
                if (!s->stage.exec())
                    return fail(Store::errorFromSql(s->stage.lastError()).message());
                ++s->staged;
            } else {
                int bound = 0;
                for (int i = 0; i < personColumns.size(); ++i) {
                    if (i != nameColumn && i != postcodeColumn)
                        s->update.bindValue(bound++, nullable(merged.at(i)));
                }
                s->update.bindValue(bound, id);
                if (!s->update.exec())
                    return fail(Store::errorFromSql(s->update.lastError()).message());
            }
            const QJsonObject payload { { u"klantnummer"_s, row.klantnummer },
                                        { u"source"_s, u"import"_s },
                                        { u"changes"_s, changes } };
            s->pendingEvents.append(
                { s->actor, u"person"_s, QString::number(id), u"person.updated"_s, payload });
            if (!derive(id, merged.at(1), merged.at(8), false))
                return false;
            ++s->result.updated;
            continue;
        }
        s->find.finish();

        QStringList values = row.values;
        if (values.at(1).isEmpty())
            values[1] = Codes::code(Relation::Overig);
        for (int i = 0; i < personColumns.size(); ++i)
            s->insert.bindValue(i,
                                i == 0 || i == 1 ? QVariant(values.at(i)) : nullable(values.at(i)));
        const int next = int(personColumns.size());
        s->insert.bindValue(next, row.klantnummer);
        s->insert.bindValue(next + 1, s->now);
        s->insert.bindValue(next + 2, s->actor);
        s->insert.bindValue(next + 3, nullable(s->options.source.simplified()));
        if (!s->insert.exec())
            return fail(Store::errorFromSql(s->insert.lastError()).message());
        if (!s->rowId.exec() || !s->rowId.next())
            return fail(Store::errorFromSql(s->rowId.lastError()).message());
        const qint64 id = s->rowId.value(0).toLongLong();
        s->rowId.finish();
        QJsonObject payload { { u"name"_s, values.at(0) },
                              { u"klantnummer"_s, row.klantnummer },
                              { u"relation"_s, values.at(1) },
                              { u"source"_s, u"import"_s } };
        if (!s->options.source.simplified().isEmpty())
            payload.insert(u"data_source"_s, s->options.source.simplified());
        if (!values.at(8).isEmpty())
            payload.insert(u"relation_end"_s, values.at(8));
        s->pendingEvents.append(
            { s->actor, u"person"_s, QString::number(id), u"person.created"_s, payload });
        if (!derive(id, values.at(1), values.at(8), true))
            return false;
        ++s->result.imported;
    }
    return flush();
}

qint64 PersonImport::rowsDone() const
{
    return m_session ? m_session->done : 0;
}

qint64 PersonImport::rowsTotal() const
{
    return m_session ? m_session->check.records : 0;
}

ImportResult PersonImport::finish()
{
    ImportResult result;
    if (!m_session) {
        result.error = tr("No import is in progress.");
        return result;
    }
    while (step(progressEvery)) { }
    std::unique_ptr<Session> s = std::move(m_session);
    const auto dropStaging = qScopeGuard([&s] { s->dropStaging(); });
    result = s->result;
    result.rejected = s->check.rejected + s->storeRejected;
    sortByLine(&result.rejected);
    if (s->failed) {
        s->transaction.rollback();
        result.imported = result.updated = result.unchanged = 0;
        result.terms = {};
        return result;
    }
    if (s->options.strict && !s->storeRejected.isEmpty()) {
        s->transaction.rollback();
        result.refusedStrict = true;
        result.imported = result.updated = result.unchanged = 0;
        result.terms = {};
        result.error = tr("Nothing was imported: %n line(s) rejected, and a strict import then "
                          "imports nothing.",
                          nullptr, int(result.rejected.size()));
        return result;
    }
    // One event for the whole import with the counts: not one per item (100,000 rows).
    if (result.terms.any()) {
        QJsonObject payload = result.terms.toJson();
        payload.insert(u"source"_s, u"import"_s);
        QString auditError;
        if (!s->audit->append(s->actor, u"retention"_s, u"person-import"_s,
                              u"retention.terms.derived"_s, payload, &auditError)) {
            s->transaction.rollback();
            result.imported = result.updated = result.unchanged = 0;
            result.terms = {};
            result.error = auditError;
            return result;
        }
    }
    if (!s->transaction.commit()) {
        result.imported = result.updated = result.unchanged = 0;
        result.terms = {};
        result.error = StoreError(StoreError::Code::Internal).message();
        return result;
    }
    return result;
}

void PersonImport::cancel()
{
    m_session.reset();
}

} // namespace pd
