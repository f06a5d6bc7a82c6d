// PersonImport's check of a file (split from PersonImport.cpp): the fields and their
// codes, the mapping of the columns, the rows as read and checked without the store.
#include "cases/CaseCodes.h"
#include "domain/BsnCharacters.h"
#include "domain/BsnGuard.h"
#include "domain/InputLimits.h"
#include "persons/Person.h"
#include "registers/PersonImport.h"
#include "registers/PersonImportRows.h"
#include "store/ServiceSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace pd {

using personimport::fileDigest;
using personimport::ImportRow;
using personimport::progressEvery;
using personimport::RowStatus;
using personimport::sortByLine;
using personimport::validateRow;

namespace {

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
    { "address", ImportField::Adres },
    { "postadres", ImportField::Adres },
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

QString normalisedKey(QStringView text)
{
    return text.trimmed().toString().toCaseFolded();
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

// A row with text beyond the header's columns: a separator in a value without quotes.
void checkFieldCount(const CsvRecord &record, const QList<ImportField> &columns,
                     QStringList *reasons)
{
    for (qsizetype i = columns.size(); i < record.fields.size(); ++i) {
        if (!record.fields.at(i).trimmed().isEmpty()) {
            //: Dutch: "De regel heeft %1, de kopregel %2: staat er een scheidingsteken zonder
            //: aanhalingstekens in een waarde?" with "5 velden" and "4 kolommen"
            *reasons << PersonImport::tr("The line has %1, the header %2: is there a separator "
                                         "in a value without quotes?")
                            .arg(PersonImport::tr("%n field(s)", nullptr,
                                                  static_cast<int>(record.fields.size())),
                                 PersonImport::tr("%n column(s)", nullptr,
                                                  static_cast<int>(columns.size())));
            break;
        }
    }
}

// A row whose fields hold a number that passes the BSN 11-test (art. 46 UAVG).
void checkBsn(const CsvRecord &record, const QStringList &header, QStringList *reasons)
{
    QList<QPair<QString, QString>> guarded;
    guarded.reserve(record.fields.size());
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        const QString &field = record.fields.at(i);
        guarded.append({ columnLabel(header, i), field });
        // The store keeps the field simplified (rowValues). That only joins what tabs and line
        // breaks divided, which the guard finds either way — but a right-to-left override that
        // a line break ended then turns the number after it around: guarded as stored too.
        if (bsn::containsRightToLeftOverride(field))
            guarded.append({ columnLabel(header, i), field.simplified() });
    }
    const BsnGuard::GuardResult bsn = BsnGuard::checkFields(guarded, BsnCheck::Refuse);
    if (!bsn.allowed) {
        QStringList found;
        for (const BsnFinding &finding : bsn.findings)
            found << PersonImport::tr("%1 in “%2”").arg(finding.masked, finding.field);
        found.removeDuplicates();
        //: Dutch: "bevat een nummer dat voldoet aan de elfproef voor een burgerservicenummer
        //: (BSN): %1. Een BSN mag niet worden vastgelegd (art. 46 UAVG)."
        *reasons << PersonImport::tr("contains a number that passes the 11-test for a citizen "
                                     "service number (BSN): %1. A BSN may not be recorded "
                                     "(art. 46 UAVG).")
                        .arg(found.join(u", "_s));
    }
}

// A row's values by field, simplified (the ignored columns left out); value(field) reads one.
struct RowValues
{
    QString values[12];

    const QString &operator()(ImportField field) const { return values[int(field)]; }
};

// The values of a row's mapped columns, with a reason for each that is too long.
RowValues rowValues(const CsvRecord &record, const QStringList &header,
                    const QList<ImportField> &columns, QStringList *reasons)
{
    RowValues result;
    for (qsizetype i = 0; i < columns.size() && i < record.fields.size(); ++i) {
        const ImportField field = columns.at(i);
        if (field == ImportField::Ignore)
            continue;
        const QString value = record.fields.at(i).simplified();
        const int maximum = field == ImportField::Naam || field == ImportField::Klantnummer
            ? InputLimits::maxName
            : InputLimits::maxShortText;
        // The label only for a value that is too long (100,000 rows).
        if (value.size() > maximum)
            *reasons << InputLimits::checkLength(u'“' + columnLabel(header, i) + u'”', value,
                                                 maximum);
        result.values[int(field)] = value;
    }
    return result;
}

// The row of a record from its checked values (validateRow, readCheckedRow).
void fillRow(const CsvRecord &record, const RowValues &value, const QString &relation, QDate end,
             ImportRow *row)
{
    QString street = value(ImportField::Straat);
    QString number = value(ImportField::Huisnummer);
    QString postcode = value(ImportField::Postcode);
    QString city = value(ImportField::Plaats);
    if (!value(ImportField::Adres).isEmpty()) {
        // The whole postal address in one column ("Kerkpad 12, 6582 BC Heumen")
        // gives the postcode and city too, where their own columns are empty.
        QString streetLine = value(ImportField::Adres);
        if (const std::optional<PostalLine> line = parsePostalLine(streetLine)) {
            streetLine = line->streetLine;
            if (postcode.isEmpty())
                postcode = line->postcode;
            if (city.isEmpty())
                city = line->city;
        }
        const auto split = PersonImport::splitAddress(streetLine);
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
                    InputLimits::normalisedPostcode(postcode),
                    city,
                    InputLimits::normalisedIdentifier(value(ImportField::Telefoon)),
                    value(ImportField::Email),
                    support::isoDate(end) };
}

} // namespace

namespace personimport {

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
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
    checkFieldCount(record, columns, &reasons);
    checkBsn(record, header, &reasons);
    const RowValues value = rowValues(record, header, columns, &reasons);

    if (value(ImportField::Klantnummer).isEmpty())
        reasons << PersonImport::tr("The customer number is missing.");
    if (value(ImportField::Naam).isEmpty())
        reasons << PersonImport::tr("The name is missing.");
    QString relation;
    if (!value(ImportField::Relatie).isEmpty()) {
        relation = PersonImport::relationCode(value(ImportField::Relatie));
        if (relation.isEmpty()) {
            QStringList known;
            for (Relation r : codes::all<Relation>())
                known << codes::code(r);
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

    fillRow(record, value, relation, end, row);
    return RowStatus::Valid;
}

RowStatus readCheckedRow(const CsvRecord &record, const QStringList &header,
                         const QList<ImportField> &columns, ImportRow *row)
{
    if (!record.error.isEmpty())
        return RowStatus::Rejected;
    if (std::all_of(record.fields.cbegin(), record.fields.cend(),
                    [](const QString &f) { return f.trimmed().isEmpty(); }))
        return RowStatus::Blank;
    QStringList tooLong; // the check said so already
    const RowValues value = rowValues(record, header, columns, &tooLong);
    const QString relation = value(ImportField::Relatie).isEmpty()
        ? QString()
        : PersonImport::relationCode(value(ImportField::Relatie));
    const QDate end = value(ImportField::Einddatum).isEmpty()
        ? QDate()
        : PersonImport::parseDate(value(ImportField::Einddatum));
    fillRow(record, value, relation, end, row);
    return RowStatus::Valid;
}

void RecordDigest::add(const CsvRecord &record)
{
    const auto number = [this](qint64 value) {
        m_bytes.append(reinterpret_cast<const char *>(&value), sizeof value);
    };
    const auto text = [&](QStringView value) {
        number(value.size());
        m_bytes.append(reinterpret_cast<const char *>(value.utf16()),
                       value.size() * qsizetype(sizeof(char16_t)));
    };
    m_bytes.resize(0);
    number(record.line);
    text(record.error);
    number(record.fields.size());
    for (const QString &field : record.fields)
        text(field);
    m_hash.addData(m_bytes);
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

} // namespace personimport

namespace {

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
    // what the regular expression [\s_]+ did, without one per row.
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
    for (Relation r : codes::all<Relation>()) {
        if (normalisedKey(codes::label(r)) == text.trimmed().toString().toCaseFolded())
            return codes::code(r);
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

std::optional<Person> PersonImport::typedAddress(const QString &text)
{
    const std::optional<PostalLine> line = parsePostalLine(text);
    if (!line)
        return std::nullopt;
    Person address;
    std::tie(address.street, address.houseNumber) = splitAddress(line->streetLine);
    address.postcode = line->postcode;
    address.city = line->city;
    return address;
}

namespace {

// The records as next() gives them, checked into *result (its header and columns resolved);
// false when cancelled. progress() every progressEvery records. fromFile: the rejection of a
// customer number on several records says lines of a file, else relations of a system.
template<typename Next, typename Progress>
bool checkRecords(Next next, ImportCheck *result, const std::atomic_bool *cancel, Progress progress,
                  bool fromFile = true)
{
    QHash<QString, qint64> firstLine;
    QHash<QString, QList<qint64>> duplicateLines;
    personimport::RecordDigest records;
    CsvRecord record;
    ImportRow row;
    QString reason;
    while (next(&record)) {
        records.add(record);
        if (cancel && cancel->load()) {
            result->error = PersonImport::tr("The check was cancelled.");
            return false;
        }
        switch (validateRow(record, result->header, result->columns, &row, &reason)) {
        case RowStatus::Blank:
            continue;
        case RowStatus::Rejected:
            ++result->records;
            result->rejected.append({ record.line, reason });
            break;
        case RowStatus::Valid: {
            ++result->records;
            const auto it = firstLine.constFind(row.klantnummer);
            if (it == firstLine.cend()) {
                firstLine.insert(row.klantnummer, row.line);
                ++result->valid;
            } else {
                QList<qint64> &lines = duplicateLines[row.klantnummer];
                if (lines.isEmpty()) {
                    lines << it.value();
                    --result->valid;
                }
                lines << row.line;
            }
            break;
        }
        }
        if (result->records % progressEvery == 0)
            progress();
    }
    for (auto it = duplicateLines.cbegin(); it != duplicateLines.cend(); ++it) {
        result->duplicates.insert(it.key());
        QStringList numbers;
        for (qint64 line : it.value())
            numbers << QString::number(line);
        const QString twice = fromFile
            //: Dutch: "Klantnummer %1 staat op meer regels (%2): welke actueel is, blijkt niet
            //: uit het bestand. Corrigeer de export."
            ? PersonImport::tr("Customer number %1 is on several lines (%2): which one is current "
                               "cannot be told from the file. Correct the export.")
                  .arg(it.key(), numbers.join(u", "_s))
            //: Dutch: "Klantnummer %1 hoort bij meer dan één relatie: welke de juiste is, blijkt
            //: niet. Corrigeer het in het systeem van de relaties."
            : PersonImport::tr("Customer number %1 belongs to more than one relation: which one "
                               "is right cannot be told. Correct it in the system of the "
                               "relations.")
                  .arg(it.key());
        for (qint64 line : it.value())
            result->rejected.append({ line, twice });
    }
    sortByLine(&result->rejected);
    result->recordsDigest = records.result();
    return true;
}

} // namespace

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
    const auto bytesRead = [&] {
        if (progress)
            progress(reader.bytesRead(), reader.totalBytes());
    };
    if (!checkRecords([&reader](CsvRecord *record) { return reader.next(record); }, &result, cancel,
                      bytesRead))
        return result;
    result.digest = fileDigest(path);
    bytesRead();
    return result;
}

ImportCheck PersonImport::check(const ImportRows &rows, const ImportOptions &options)
{
    ImportCheck result;
    result.header = rows.header;
    result.error = resolveColumns(result.header, options.mapping, &result.columns);
    if (!result.ok())
        return result;
    qsizetype next = 0;
    checkRecords(
        [&](CsvRecord *record) {
            if (next >= rows.records.size())
                return false;
            *record = rows.records.at(next++);
            return true;
        },
        &result, nullptr, [] {}, false);
    return result;
}

} // namespace pd
