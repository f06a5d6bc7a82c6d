// The floor of the person import: the rows the import writes, written straight through
// the SQLCipher C API, without Qt and without the import's checks of each line. No Qt Sql:
// libsqlcipher, libsodium and the standard library, and QtCore only for the one function that
// decides a name's sort key (domain/SortName.h), which the import must compute as well.
//
//   bench_import_floor --persons|--audit|--same-rows DATABASE EXPORT   (the key on stdin)
//
// DATABASE is a copy of the store's database that bench_import made for it (sqlcipher_export
// under a key of its own, so the schema, the triggers and the rows are the store's); the key comes
// on stdin (never in argv) as SQLCipher's raw key form, x'<64 hex>', one line. It is opened the way
// the store's driver opens one (core/sql/SqlCipherDriver.cpp: raw key, cipher_page_size 4096, WAL,
// foreign_keys, secure_delete, temp_store MEMORY) with the store's 64 MB page cache (Store.cpp
// and PersonImportRepository.cpp). EXPORT is bench_import's ERP export (semicolons, no quoting).
//
// Timed: from opening the export to the end of COMMIT, in one transaction. Every mode writes the
// persons the import writes, as PersonImport::importRow decides:
//  - per line the person is looked up by klantnummer (a prepared SELECT of the values the import
//    compares); a new one is inserted (relation 'overig' when none is given, source
//    'ERP-import', the import's default); an existing one is updated only when a value given
//    differs from the stored one (an empty value keeps the stored one; the postcode compared in
//    its "1234 AB" form), with the name and postcode in the SET only when one of them changed
//    (PersonRepository::importSql and stagedUpdateSql); an unchanged or anonymised person is not
//    written. The search trigger (case_search_person_update) is set aside for the transaction and
//    put back from its text, as the import does.
// --persons writes only that (a figure for information: no item is derived, and the requests of
// the persons whose name or postcode changed are not re-indexed). --audit adds one audit_events row
// per person written, with the import's action and payload (person.created / person.updated: the
// same JSON text, keys in the order JsonWriter writes them), chained the real way but done cheaply:
// a 16-byte salt, payload_hash = SHA-256(salt ‖ payload), hash = BLAKE2b-256 keyed with a random
// key over the same length-prefixed fields as the store's keyed chain (AuditLog.cpp), 64 events per
// prepared INSERT as AuditRepository writes them, after the head read once.
// --same-rows (bench_import's floor: the same rows as the import) adds to --audit:
//  - the retention items RetentionDerivation writes for each person of the file, new, changed or
//    unchanged: the derived rules read from retention_rules at the start (relations not empty,
//    not the request files' or breach register's rule); for a rule that runs from the relation's
//    end and names the person's relation, with a relation end, an item with trigger_date = the
//    end (31 December of its year for einde-boekjaar) and expires_on = RetentionCalendar::expiry
//    (days, weeks; months and years clamped to the month's last day), inserted when the person
//    has none for the rule, updated when either date differs; a derived item that no longer
//    applies is deleted; a destroyed or manual item is left alone. Which persons have items is
//    read once, as the import does on a store folder;
//  - the search rows of the requests of the persons whose name or postcode changed: their ids
//    kept in a temporary table, the requests re-indexed at the end by one INSERT OR REPLACE with
//    CaseRepository::reindexPersonsSql's SELECT (the import does it per step of 1,000 lines);
//  - the import's one summary event, retention.terms.derived with the counts, when any.
// Left out: only the checks of each line (PersonImportCheck.cpp: the check pass over the file,
// the BSN guard, lengths, codes, dates, postcodes, phone numbers, e-mail addresses, the records
// digest) and Qt (CsvReader, QString, QSqlQuery, QJsonObject); the floor reads the bench's own
// export, which needs none of them, and normalises only what that export holds. It also writes
// the same rows more simply than the import may (one UPDATE per person, one re-index at the end):
// it is a bound from below, not a second import. bench_import checks after a run that the floor's
// copy and the import's copy hold the same rows.
//
// Prints "[events <n> ]floor_ms <ms> cpu_ms <ms> rows <n> inserted <n> updated <n> unchanged <n>",
// --same-rows then " searched <n> terms_created <n> terms_moved <n> terms_removed <n>" (searched:
// the persons whose requests were re-indexed; cpu_ms: user + system time of the process over the
// same span, the figure to compare on a shared machine).

#include "BenchCpu.h"
#include "domain/SortName.h"

#include <sodium.h>

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace {

[[noreturn]] void die(const std::string &what)
{
    std::fprintf(stderr, "bench_import_floor: %s\n", what.c_str());
    std::exit(2);
}

void check(sqlite3 *db, int rc, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        die(std::string(what) + ": " + sqlite3_errmsg(db));
}

void exec(sqlite3 *db, const std::string &sql)
{
    check(db, sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), sql.c_str());
}

sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    check(db, sqlite3_prepare_v2(db, sql, -1, &statement, nullptr), sql);
    return statement;
}

// Runs a prepared statement that returns no rows, and resets it.
void step(sqlite3 *db, sqlite3_stmt *statement, const char *what)
{
    check(db, sqlite3_step(statement), what);
    sqlite3_reset(statement);
}

// The bound bytes stay alive until the statement has run (no copy: the destructor is
// SQLITE_STATIC, written as nullptr because the macro is an old-style cast).
void bindText(sqlite3_stmt *statement, int index, std::string_view text, bool nullWhenEmpty)
{
    if (text.empty() && nullWhenEmpty)
        sqlite3_bind_null(statement, index);
    else
        sqlite3_bind_text(statement, index, text.data(), int(text.size()), nullptr);
}

std::string columnText(sqlite3_stmt *statement, int column)
{
    const auto *text = sqlite3_column_text(statement, column);
    return text ? std::string(reinterpret_cast<const char *>(text),
                              std::size_t(sqlite3_column_bytes(statement, column)))
                : std::string();
}

// The columns of persons an import writes, in the order of personimport::personColumns.
enum Column { Name, Relation, Street, HouseNumber, Postcode, City, Phone, Email, RelationEnd };
constexpr int columnCount = 9;
using Values = std::array<std::string, columnCount>;

// One line of the export, as the import reads it (PersonImportCheck.cpp fillRow).
struct Row
{
    std::string klantnummer;
    Values values;
};

std::string relationCode(std::string text)
{
    for (char &c : text)
        c = char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    return text;
}

// dd-MM-yyyy → yyyy-MM-dd
std::string isoDate(const std::string &text)
{
    if (text.size() != 10)
        return {};
    return text.substr(6, 4) + '-' + text.substr(3, 2) + '-' + text.substr(0, 2);
}

bool readRow(const std::string &line, Row *row)
{
    std::vector<std::string> cells;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = line.find(';', start);
        cells.push_back(line.substr(start, end == std::string::npos ? end : end - start));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    if (cells.size() != 9)
        return false;
    // klantnummer;naam;relatie;einddatum;adres;postcode;plaats;telefoon;email
    row->klantnummer = cells[0];
    const std::size_t space = cells[4].rfind(' ');
    row->values = { cells[1],
                    relationCode(cells[2]),
                    space == std::string::npos ? cells[4] : cells[4].substr(0, space),
                    space == std::string::npos ? std::string() : cells[4].substr(space + 1),
                    cells[5],
                    cells[6],
                    cells[7],
                    cells[8],
                    isoDate(cells[3]) };
    return true;
}

// A stored postcode as InputLimits::normalisedPostcode writes a plain Dutch one ("1234AB",
// "1234 ab" → "1234 AB"); other text as it is (the bench's stores hold no other).
std::string normalisedPostcode(const std::string &text)
{
    const bool spaced = text.size() == 7 && text[4] == ' ';
    if (text.size() != 6 && !spaced)
        return text;
    const auto digit = [](char c) {
        return c >= '0' && c <= '9';
    };
    const auto letter = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    };
    const char a = text[text.size() - 2];
    const char b = text[text.size() - 1];
    if (text[0] < '1' || text[0] > '9' || !digit(text[1]) || !digit(text[2]) || !digit(text[3])
        || !letter(a) || !letter(b))
        return text;
    const auto upper = [](char c) {
        return char(c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c);
    };
    return text.substr(0, 4) + ' ' + upper(a) + upper(b);
}

// A JSON string as util/JsonWriter (and QJsonDocument) writes it: UTF-8 as it is, '"', '\\' and
// the control characters escaped.
void appendJson(std::string *out, std::string_view text)
{
    out->push_back('"');
    for (const char c : text) {
        const auto unit = static_cast<unsigned char>(c);
        if (unit >= 0x20 && c != '"' && c != '\\') {
            out->push_back(c);
            continue;
        }
        out->push_back('\\');
        switch (c) {
        case '"':
        case '\\':
            out->push_back(c);
            break;
        case '\b':
            out->push_back('b');
            break;
        case '\f':
            out->push_back('f');
            break;
        case '\n':
            out->push_back('n');
            break;
        case '\r':
            out->push_back('r');
            break;
        case '\t':
            out->push_back('t');
            break;
        default: {
            static constexpr char hex[] = "0123456789abcdef";
            out->append("u00");
            out->push_back(hex[unit >> 4]);
            out->push_back(hex[unit & 0xfu]);
        }
        }
    }
    out->push_back('"');
}

void addField(std::vector<unsigned char> *input, const void *bytes, std::size_t size)
{
    const auto length = std::uint32_t(size);
    const std::array<unsigned char, 4> prefix { static_cast<unsigned char>(length >> 24),
                                                static_cast<unsigned char>(length >> 16),
                                                static_cast<unsigned char>(length >> 8),
                                                static_cast<unsigned char>(length) };
    input->insert(input->end(), prefix.begin(), prefix.end());
    const auto *begin = static_cast<const unsigned char *>(bytes);
    input->insert(input->end(), begin, begin + size);
}

void addField(std::vector<unsigned char> *input, std::string_view text)
{
    addField(input, text.data(), text.size());
}

// The audit rows: the head read once, then 64 events per prepared INSERT.
class Chain
{
public:
    // Events per INSERT, as AuditRepository::insert writes them: every INSERT into audit_events
    // runs its append-only trigger, so SQLite keeps a statement journal per statement (which
    // SQLCipher encrypts); one row per INSERT would cost the floor more than the import.
    static constexpr int rowsPerInsert = 64;

    explicit Chain(sqlite3 *db)
        : m_db(db)
        , m_insert(prepare(db, insertSql(rowsPerInsert).c_str()))
    {
        randombytes_buf(m_key.data(), m_key.size());
        sqlite3_stmt *head
            = prepare(db, "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1");
        if (sqlite3_step(head) == SQLITE_ROW
            && sqlite3_column_bytes(head, 1) == int(m_prevHash.size())) {
            m_seq = sqlite3_column_int64(head, 0);
            std::memcpy(m_prevHash.data(), sqlite3_column_blob(head, 1), m_prevHash.size());
        }
        sqlite3_finalize(head);
        m_pending.reserve(rowsPerInsert);
    }
    ~Chain() { sqlite3_finalize(m_insert); }
    Chain(const Chain &) = delete;
    Chain &operator=(const Chain &) = delete;

    void append(const std::string &occurredAt, const char *entityType, std::string entityId,
                const char *action, std::string payload)
    {
        Event event;
        event.seq = ++m_seq;
        event.occurredAt = occurredAt;
        event.entityType = entityType;
        event.entityId = std::move(entityId);
        event.action = action;
        event.payload = std::move(payload);
        randombytes_buf(event.salt.data(), event.salt.size());
        crypto_hash_sha256_state state;
        crypto_hash_sha256_init(&state);
        crypto_hash_sha256_update(&state, event.salt.data(), event.salt.size());
        crypto_hash_sha256_update(&state,
                                  reinterpret_cast<const unsigned char *>(event.payload.data()),
                                  event.payload.size());
        crypto_hash_sha256_final(&state, event.payloadHash.data());
        std::array<unsigned char, 8> seq {};
        for (std::size_t i = 0; i < seq.size(); ++i)
            seq[i] = static_cast<unsigned char>(std::uint64_t(event.seq) >> (56 - 8 * i));
        m_input.clear();
        addField(&m_input, m_prevHash.data(), m_prevHash.size());
        addField(&m_input, seq.data(), seq.size());
        addField(&m_input, event.occurredAt);
        addField(&m_input, actor);
        addField(&m_input, event.entityType);
        addField(&m_input, event.entityId);
        addField(&m_input, event.action);
        addField(&m_input, event.payloadHash.data(), event.payloadHash.size());
        event.prevHash = m_prevHash;
        crypto_generichash(event.hash.data(), event.hash.size(), m_input.data(), m_input.size(),
                           m_key.data(), m_key.size());
        m_prevHash = event.hash;
        m_pending.push_back(std::move(event));
        if (m_pending.size() == rowsPerInsert)
            flush();
    }

    // The events not yet written, in one INSERT.
    void flush()
    {
        if (m_pending.empty())
            return;
        sqlite3_stmt *insert = m_pending.size() == rowsPerInsert
            ? m_insert
            : prepare(m_db, insertSql(int(m_pending.size())).c_str());
        int index = 1;
        for (const Event &event : m_pending) {
            sqlite3_bind_int64(insert, index++, event.seq);
            bindText(insert, index++, event.occurredAt, false);
            bindText(insert, index++, actor, false);
            bindText(insert, index++, event.entityType, false);
            bindText(insert, index++, event.entityId, false);
            bindText(insert, index++, event.action, false);
            bindText(insert, index++, event.payload, false);
            sqlite3_bind_blob(insert, index++, event.salt.data(), int(event.salt.size()), nullptr);
            for (const auto *blob : { &event.payloadHash, &event.prevHash, &event.hash })
                sqlite3_bind_blob(insert, index++, blob->data(), int(blob->size()), nullptr);
        }
        check(m_db, sqlite3_step(insert), "audit insert");
        if (insert == m_insert)
            sqlite3_reset(insert);
        else
            sqlite3_finalize(insert);
        m_events += static_cast<long long>(m_pending.size());
        m_pending.clear();
    }
    long long events() const { return m_events; }

    static constexpr const char *actor = "bench";

private:
    struct Event
    {
        long long seq = 0;
        std::string occurredAt;
        const char *entityType = nullptr;
        std::string entityId;
        const char *action = nullptr;
        std::string payload;
        std::array<unsigned char, 16> salt {};
        std::array<unsigned char, crypto_hash_sha256_BYTES> payloadHash {};
        std::array<unsigned char, 32> prevHash {};
        std::array<unsigned char, 32> hash {};
    };

    static std::string insertSql(int rows)
    {
        std::string sql = "INSERT INTO audit_events (seq, occurred_at, actor, entity_type, "
                          "entity_id, action, payload, payload_salt, payload_hash, prev_hash, "
                          "hash) VALUES ";
        for (int i = 0; i < rows; ++i)
            sql += i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                          : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        return sql;
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_insert;
    std::array<unsigned char, 32> m_key {};
    std::array<unsigned char, 32> m_prevHash {};
    std::vector<unsigned char> m_input;
    std::vector<Event> m_pending;
    long long m_seq = 0;
    long long m_events = 0;
};

// person.created's payload as PersonImport::insertPerson writes it (the keys sorted, as the
// QJsonObject of the event keeps them).
std::string createdPayload(const Row &row, const Values &values)
{
    std::string payload = R"({"data_source":"ERP-import","klantnummer":)";
    appendJson(&payload, row.klantnummer);
    payload += R"(,"name":)";
    appendJson(&payload, values[Name]);
    payload += R"(,"relation":)";
    appendJson(&payload, values[Relation]);
    if (!values[RelationEnd].empty()) {
        payload += R"(,"relation_end":)";
        appendJson(&payload, values[RelationEnd]);
    }
    payload += R"(,"source":"import"})";
    return payload;
}

// person.updated's payload as PersonImport::updatePerson writes it: the changed columns by key
// (city, email, house_number, name, phone, postcode, relation, relation_end, street), each with
// its new and old value.
std::string updatedPayload(const Row &row, const Values &merged, const Values &stored,
                           const std::array<bool, columnCount> &changed)
{
    static constexpr const char *keys[columnCount]
        = { "name", "relation", "street", "house_number", "postcode",
            "city", "phone",    "email",  "relation_end" };
    static constexpr int byKey[]
        = { City, Email, HouseNumber, Name, Phone, Postcode, Relation, RelationEnd, Street };
    std::string payload = R"({"changes":{)";
    bool first = true;
    for (const int i : byKey) {
        if (!changed[std::size_t(i)])
            continue;
        if (!first)
            payload += ',';
        first = false;
        appendJson(&payload, keys[i]);
        payload += R"(:{"new":)";
        appendJson(&payload, merged[std::size_t(i)]);
        payload += R"(,"old":)";
        appendJson(&payload, stored[std::size_t(i)]);
        payload += '}';
    }
    payload += R"(},"klantnummer":)";
    appendJson(&payload, row.klantnummer);
    payload += R"(,"source":"import"})";
    return payload;
}

// --- the retention items (terms/RetentionDerivation.cpp, RetentionCalendar.cpp) ---

using Date = std::chrono::year_month_day;

// yyyy-MM-dd as QDate::fromString(…, Qt::ISODate) reads a stored date; nothing when it is not one.
std::optional<Date> parseDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int parts[3] = {};
    const std::size_t starts[3] = { 0, 5, 8 };
    const std::size_t sizes[3] = { 4, 2, 2 };
    for (std::size_t p = 0; p < 3; ++p) {
        for (std::size_t i = starts[p]; i < starts[p] + sizes[p]; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return std::nullopt;
            parts[p] = parts[p] * 10 + (text[i] - '0');
        }
    }
    const Date date { std::chrono::year(parts[0]), std::chrono::month(unsigned(parts[1])),
                      std::chrono::day(unsigned(parts[2])) };
    if (!date.ok())
        return std::nullopt;
    return date;
}

std::string dateText(const Date &date)
{
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", int(date.year()), unsigned(date.month()),
                  unsigned(date.day()));
    return text;
}

enum class Unit { Days, Weeks, Months, Years };

// A derived rule (RetentionRule::isDerived) as the derivation uses it.
struct Rule
{
    sqlite3_int64 id = 0;
    bool fromRelationEnd = false; // RetentionRule::runsFromRelationEnd
    bool fiscalYear = false; // einde-boekjaar: 31 December of the year the relation ended
    int amount = 0;
    Unit unit = Unit::Years;
    std::vector<std::string> relations;
};

// RetentionCalendar::expiry: QDate::addMonths and addYears clamp to the month's last day.
Date expiry(const Date &trigger, const Rule &rule)
{
    using namespace std::chrono;
    const auto clamped = [](const Date &date) {
        return date.ok() ? date : Date(date.year() / date.month() / last);
    };
    switch (rule.unit) {
    case Unit::Days:
        return Date(sys_days(trigger) + days(rule.amount));
    case Unit::Weeks:
        return Date(sys_days(trigger) + days(7LL * rule.amount));
    case Unit::Months:
        return clamped(trigger + months(rule.amount));
    case Unit::Years:
        return clamped(trigger + years(rule.amount));
    }
    return trigger;
}

// What RetentionDerivation::derive writes for the persons of one import, with the same counts.
class Retention
{
public:
    Retention(sqlite3 *db, const std::string &now)
        : m_db(db)
        , m_now(now)
        , m_items(prepare(db,
                          "SELECT id, rule_id, trigger_date, expires_on, destroyed_on IS NOT "
                          "NULL, derived FROM retention_items WHERE person_id = ?"))
        , m_insert(prepare(db,
                           "INSERT INTO retention_items (person_id, rule_id, trigger_date, "
                           "expires_on, created_at, created_by, derived) "
                           "VALUES (?, ?, ?, ?, ?, ?, 1)"))
        , m_update(prepare(db,
                           "UPDATE OR FAIL retention_items SET trigger_date = ?, expires_on = ? "
                           "WHERE id = ?"))
        , m_remove(prepare(db,
                           "DELETE FROM retention_items WHERE id = ? AND derived = 1 AND "
                           "destroyed_on IS NULL"))
    {
        readRules();
        sqlite3_stmt *persons = prepare(db, "SELECT DISTINCT person_id FROM retention_items");
        while (sqlite3_step(persons) == SQLITE_ROW)
            m_withItems.insert(sqlite3_column_int64(persons, 0));
        sqlite3_finalize(persons);
    }
    ~Retention()
    {
        for (sqlite3_stmt *statement : { m_items, m_insert, m_update, m_remove })
            sqlite3_finalize(statement);
    }
    Retention(const Retention &) = delete;
    Retention &operator=(const Retention &) = delete;

    // The items of one person (RetentionDerivation::derive); newPerson: no items to read.
    void derive(sqlite3_int64 personId, const std::string &relation, const std::string &end,
                bool newPerson)
    {
        const std::optional<Date> relationEnd = parseDate(end);
        m_existing.clear();
        if (!newPerson && m_withItems.count(personId) != 0) {
            sqlite3_bind_int64(m_items, 1, personId);
            while (sqlite3_step(m_items) == SQLITE_ROW) {
                Item item;
                item.id = sqlite3_column_int64(m_items, 0);
                item.ruleId = sqlite3_column_int64(m_items, 1);
                item.trigger = columnText(m_items, 2);
                item.expires = columnText(m_items, 3);
                item.destroyed = sqlite3_column_int(m_items, 4) != 0;
                item.derived = sqlite3_column_int(m_items, 5) != 0;
                m_existing.push_back(std::move(item));
            }
            sqlite3_reset(m_items);
        }
        for (const Rule &rule : m_rules) {
            const auto found = std::find_if(m_existing.begin(), m_existing.end(),
                                            [&](const Item &i) { return i.ruleId == rule.id; });
            apply(personId, &rule, found == m_existing.end() ? nullptr : &*found, relation,
                  relationEnd);
            if (found != m_existing.end())
                m_existing.erase(found);
        }
        // What is left belongs to rules that are no longer derived.
        for (const Item &item : m_existing)
            apply(personId, nullptr, &item, relation, relationEnd);
    }

    long long created() const { return m_created; }
    long long moved() const { return m_moved; }
    long long removed() const { return m_removed; }

private:
    struct Item
    {
        sqlite3_int64 id = 0;
        sqlite3_int64 ruleId = 0;
        std::string trigger;
        std::string expires;
        bool destroyed = false;
        bool derived = false;
    };

    // RetentionRepository::rulesWithRelations, kept when RetentionRule::isDerived.
    void readRules()
    {
        sqlite3_stmt *rules
            = prepare(m_db,
                      "SELECT r.id, r.code, r.trigger_event, r.period_amount, r.period_unit, "
                      "r.relations FROM retention_rules r WHERE r.relations IS NOT NULL AND "
                      "r.relations <> '' ORDER BY r.id");
        while (sqlite3_step(rules) == SQLITE_ROW) {
            const std::string code = columnText(rules, 1);
            const std::string trigger = columnText(rules, 2);
            const std::string unit = columnText(rules, 4);
            const std::string relations = columnText(rules, 5);
            Rule rule;
            rule.id = sqlite3_column_int64(rules, 0);
            rule.fromRelationEnd = trigger == "einde-relatie" || trigger == "einde-boekjaar"
                || trigger == "einde-huurovereenkomst" || trigger == "einde-inschrijving"
                || trigger == "einde-sollicitatieprocedure";
            rule.fiscalYear = trigger == "einde-boekjaar";
            rule.amount = sqlite3_column_int(rules, 3);
            rule.unit = unit == "dagen" ? Unit::Days
                : unit == "weken"       ? Unit::Weeks
                : unit == "maanden"     ? Unit::Months
                                        : Unit::Years;
            std::size_t start = 0;
            for (;;) {
                const std::size_t comma = relations.find(',', start);
                const std::string part
                    = relations.substr(start, comma == std::string::npos ? comma : comma - start);
                if (!part.empty())
                    rule.relations.push_back(part);
                if (comma == std::string::npos)
                    break;
                start = comma + 1;
            }
            if (!rule.relations.empty() && code != "avg-verzoekdossiers"
                && code != "datalekkenregister")
                m_rules.push_back(std::move(rule));
        }
        sqlite3_finalize(rules);
    }

    // RetentionDerivation::apply
    void apply(sqlite3_int64 personId, const Rule *rule, const Item *existing,
               const std::string &relation, const std::optional<Date> &relationEnd)
    {
        if (existing && (existing->destroyed || !existing->derived))
            return; // never revived, never moved; a manual item is the officer's
        if (rule && rule->fromRelationEnd && relationEnd
            && std::find(rule->relations.begin(), rule->relations.end(), relation)
                != rule->relations.end()) {
            const Date triggerDate = rule->fiscalYear
                ? Date(relationEnd->year() / std::chrono::December / 31)
                : *relationEnd;
            const std::string trigger = dateText(triggerDate);
            const std::string expires = dateText(expiry(triggerDate, *rule));
            if (existing) {
                if (existing->trigger == trigger && existing->expires == expires)
                    return;
                bindText(m_update, 1, trigger, false);
                bindText(m_update, 2, expires, false);
                sqlite3_bind_int64(m_update, 3, existing->id);
                step(m_db, m_update, "item update");
                if (existing->expires != expires)
                    ++m_moved;
                return;
            }
            sqlite3_bind_int64(m_insert, 1, personId);
            sqlite3_bind_int64(m_insert, 2, rule->id);
            bindText(m_insert, 3, trigger, false);
            bindText(m_insert, 4, expires, false);
            bindText(m_insert, 5, m_now, false);
            bindText(m_insert, 6, Chain::actor, false);
            step(m_db, m_insert, "item insert");
            m_withItems.insert(personId);
            ++m_created;
            return;
        }
        if (!existing)
            return;
        sqlite3_bind_int64(m_remove, 1, existing->id);
        step(m_db, m_remove, "item delete");
        ++m_removed;
    }

    sqlite3 *m_db;
    std::string m_now;
    sqlite3_stmt *m_items;
    sqlite3_stmt *m_insert;
    sqlite3_stmt *m_update;
    sqlite3_stmt *m_remove;
    std::vector<Rule> m_rules;
    std::unordered_set<sqlite3_int64> m_withItems;
    std::vector<Item> m_existing;
    long long m_created = 0;
    long long m_moved = 0;
    long long m_removed = 0;
};

// --- the search rows (CaseRepository::reindexPersonsSql, SQLite) ---

// The persons whose name or postcode changed; their requests re-indexed once, at the end.
class Search
{
public:
    explicit Search(sqlite3 *db)
        : m_db(db)
    {
        exec(db, "CREATE TEMP TABLE pd_floor_searched (id INTEGER PRIMARY KEY)");
        m_add = prepare(db, "INSERT INTO temp.pd_floor_searched (id) VALUES (?)");
    }
    ~Search() { sqlite3_finalize(m_add); }
    Search(const Search &) = delete;
    Search &operator=(const Search &) = delete;

    void add(sqlite3_int64 personId)
    {
        sqlite3_bind_int64(m_add, 1, personId);
        step(m_db, m_add, "searched insert");
        ++m_persons;
    }

    void reindex()
    {
        if (m_persons == 0)
            return;
        exec(m_db,
             "INSERT OR REPLACE INTO case_search (docid, name, number, klantnummer, postcode) "
             "SELECT c.id AS docid, "
             "CASE WHEN p.anonymised_at IS NULL THEN p.name END AS name, "
             "c.number AS number, "
             "CASE WHEN p.anonymised_at IS NULL THEN p.klantnummer END "
             "AS klantnummer, "
             "CASE WHEN p.anonymised_at IS NULL THEN "
             "replace(upper(p.postcode), ' ', '') || ' ' "
             "|| substr(replace(upper(p.postcode), ' ', ''), 1, 4) || ' ' "
             "|| substr(replace(upper(p.postcode), ' ', ''), 5) END AS postcode "
             "FROM cases c JOIN persons p ON p.id = c.person_id "
             "WHERE c.person_id IN (SELECT id FROM temp.pd_floor_searched) ORDER BY c.id");
    }
    long long persons() const { return m_persons; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_add = nullptr;
    long long m_persons = 0;
};

sqlite3 *open(const char *path, const std::string &key)
{
    sqlite3 *db = nullptr;
    check(db, sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr),
          "open");
    check(db, sqlite3_key(db, key.data(), int(key.size())), "key");
    exec(db, "PRAGMA cipher_page_size = 4096; PRAGMA cipher_default_page_size = 4096;");
    exec(db, "SELECT count(*) FROM sqlite_master");
    exec(db,
         "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; "
         "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;");
    return db;
}

std::string triggerText(sqlite3 *db)
{
    sqlite3_stmt *query = prepare(db,
                                  "SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                  "AND name = 'case_search_person_update'");
    std::string text;
    if (sqlite3_step(query) == SQLITE_ROW)
        text = columnText(query, 0);
    sqlite3_finalize(query);
    return text;
}

enum class Mode { Persons, Audit, SameRows };

struct Counts
{
    long long rows = 0;
    long long inserted = 0;
    long long updated = 0;
    long long unchanged = 0;
    long long searched = 0;
    long long termsCreated = 0;
    long long termsMoved = 0;
    long long termsRemoved = 0;
};

// The persons' statements (PersonRepository::importSql, stagedUpdateSql without the staging).
class Persons
{
public:
    explicit Persons(sqlite3 *db)
        : m_db(db)
        , m_find(prepare(db,
                         "SELECT id, name, relation, street, house_number, postcode, city, "
                         "phone, email, relation_end, anonymised_at FROM persons "
                         "WHERE klantnummer = ?"))
        , m_insert(prepare(
              db,
              "INSERT INTO persons (name, relation, street, house_number, postcode, city, phone, "
              "email, relation_end, klantnummer, created_at, created_by, source, sort_name) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ERP-import', ?)"))
        , m_update(prepare(db,
                           "UPDATE OR FAIL persons SET relation = ?, street = ?, "
                           "house_number = ?, city = ?, phone = ?, email = ?, relation_end = ? "
                           "WHERE id = ?"))
        , m_updateSearched(prepare(db,
                                   "UPDATE OR FAIL persons SET name = ?, relation = ?, "
                                   "street = ?, house_number = ?, postcode = ?, city = ?, "
                                   "phone = ?, email = ?, relation_end = ?, sort_name = ? "
                                   "WHERE id = ?"))
    { }
    ~Persons()
    {
        for (sqlite3_stmt *statement : { m_find, m_insert, m_update, m_updateSearched })
            sqlite3_finalize(statement);
    }
    Persons(const Persons &) = delete;
    Persons &operator=(const Persons &) = delete;

    // The person with this number: false when there is none; *anonymised, else *stored.
    bool find(const std::string &klantnummer, sqlite3_int64 *id, bool *anonymised, Values *stored)
    {
        bindText(m_find, 1, klantnummer, false);
        const bool found = sqlite3_step(m_find) == SQLITE_ROW;
        if (found) {
            *id = sqlite3_column_int64(m_find, 0);
            *anonymised = sqlite3_column_type(m_find, 10) != SQLITE_NULL;
            for (int i = 0; i < columnCount; ++i)
                (*stored)[std::size_t(i)] = columnText(m_find, i + 1);
        }
        sqlite3_reset(m_find);
        return found;
    }

    sqlite3_int64 insert(const Values &values, const std::string &klantnummer,
                         const std::string &now)
    {
        for (int i = 0; i < columnCount; ++i)
            bindText(m_insert, i + 1, values[std::size_t(i)], i > 1);
        bindText(m_insert, 10, klantnummer, false);
        bindText(m_insert, 11, now, false);
        bindText(m_insert, 12, Chain::actor, false);
        const std::string key = sortKey(values[Name]);
        bindText(m_insert, 13, key, false);
        step(m_db, m_insert, "insert");
        return sqlite3_last_insert_rowid(m_db);
    }

    // searched: the name or postcode changed, so they are in the SET (the trigger is aside).
    void update(sqlite3_int64 id, const Values &values, bool searched)
    {
        sqlite3_stmt *update = searched ? m_updateSearched : m_update;
        int index = 1;
        for (int i = 0; i < columnCount; ++i) {
            if (searched || (i != Name && i != Postcode))
                bindText(update, index++, values[std::size_t(i)], true);
        }
        const std::string key = searched ? sortKey(values[Name]) : std::string();
        if (searched)
            bindText(update, index++, key, false);
        sqlite3_bind_int64(update, index, id);
        step(m_db, update, "update");
    }

private:
    static std::string sortKey(const std::string &name)
    {
        return pd::sortKey(QString::fromStdString(name)).toStdString();
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_find;
    sqlite3_stmt *m_insert;
    sqlite3_stmt *m_update;
    sqlite3_stmt *m_updateSearched;
};

Counts importRows(sqlite3 *db, const char *exportPath, Mode mode, bool searchTrigger)
{
    const std::string now = "2026-11-21T09:00:00.000Z";
    Persons persons(db);
    const std::unique_ptr<Chain> chain
        = mode != Mode::Persons ? std::make_unique<Chain>(db) : nullptr;
    const std::unique_ptr<Retention> retention
        = mode == Mode::SameRows ? std::make_unique<Retention>(db, now) : nullptr;
    const std::unique_ptr<Search> search
        = mode == Mode::SameRows && searchTrigger ? std::make_unique<Search>(db) : nullptr;
    std::ifstream in(exportPath, std::ios::binary);
    if (!in)
        die(std::string("cannot read ") + exportPath);
    std::string line;
    std::getline(in, line); // the header
    Counts counts;
    Row row;
    Values stored;
    Values merged;
    while (std::getline(in, line)) {
        if (line.empty())
            continue;
        if (!readRow(line, &row))
            die("unexpected line: " + line);
        ++counts.rows;
        sqlite3_int64 id = 0;
        bool anonymised = false;
        if (!persons.find(row.klantnummer, &id, &anonymised, &stored)) {
            if (row.values[Relation].empty())
                row.values[Relation] = "overig";
            id = persons.insert(row.values, row.klantnummer, now);
            ++counts.inserted;
            if (chain)
                chain->append(now, "person", std::to_string(id), "person.created",
                              createdPayload(row, row.values));
            if (retention)
                retention->derive(id, row.values[Relation], row.values[RelationEnd], true);
            continue;
        }
        if (anonymised)
            continue; // the import rejects the line
        // PersonImport::updatePerson: what is given and differs.
        std::array<bool, columnCount> changed {};
        bool any = false;
        merged = stored;
        for (std::size_t i = 0; i < std::size_t(columnCount); ++i) {
            const std::string &given = row.values[i];
            const bool same
                = i == Postcode ? given == normalisedPostcode(stored[i]) : given == stored[i];
            if (!given.empty() && !same) {
                changed[i] = true;
                any = true;
                merged[i] = given;
            }
        }
        // The end date is the relation's: a changed relation without an end drops the old one.
        if (changed[Relation] && row.values[RelationEnd].empty() && !stored[RelationEnd].empty()) {
            changed[RelationEnd] = true;
            merged[RelationEnd].clear();
        }
        if (!any) {
            ++counts.unchanged;
            if (retention)
                retention->derive(id, stored[Relation], stored[RelationEnd], false);
            continue;
        }
        const bool searched = changed[Name] || changed[Postcode];
        persons.update(id, merged, searched);
        if (searched && search)
            search->add(id);
        ++counts.updated;
        if (chain)
            chain->append(now, "person", std::to_string(id), "person.updated",
                          updatedPayload(row, merged, stored, changed));
        if (retention)
            retention->derive(id, merged[Relation], merged[RelationEnd], false);
    }
    if (search) {
        search->reindex();
        counts.searched = search->persons();
    }
    // PersonImport::finish: one event for the whole import with the counts of the items.
    if (chain && retention
        && (retention->created() != 0 || retention->moved() != 0 || retention->removed() != 0))
        chain->append(now, "retention", "person-import", "retention.terms.derived",
                      R"({"source":"import","terms_created":)"
                          + std::to_string(retention->created()) + R"(,"terms_moved":)"
                          + std::to_string(retention->moved()) + R"(,"terms_removed":)"
                          + std::to_string(retention->removed()) + "}");
    if (chain) {
        chain->flush();
        std::printf("events %lld ", chain->events());
    }
    if (retention) {
        counts.termsCreated = retention->created();
        counts.termsMoved = retention->moved();
        counts.termsRemoved = retention->removed();
    }
    return counts;
}

} // namespace

int main(int argc, char **argv)
{
    const std::string_view modeArg = argc == 4 ? argv[1] : "";
    if (modeArg != "--persons" && modeArg != "--audit" && modeArg != "--same-rows")
        die("usage: bench_import_floor --persons|--audit|--same-rows DATABASE EXPORT (the key on "
            "stdin)");
    const Mode mode = modeArg == "--persons" ? Mode::Persons
        : modeArg == "--audit"               ? Mode::Audit
                                             : Mode::SameRows;
    if (sodium_init() < 0)
        die("libsodium did not initialise");
    std::string key;
    if (!std::getline(std::cin, key) || key.size() != 67 || key.compare(0, 2, "x'") != 0)
        die("expected the raw key x'<64 hex>' on stdin");
    sqlite3 *db = open(argv[2], key);
    sodium_memzero(key.data(), key.size());
    const std::string trigger = triggerText(db);

    const auto start = std::chrono::steady_clock::now();
    const double cpuStart = pd::bench::cpuMs();
    exec(db, "BEGIN IMMEDIATE");
    if (!trigger.empty())
        exec(db, "DROP TRIGGER main.case_search_person_update");
    const Counts counts = importRows(db, argv[3], mode, !trigger.empty());
    if (!trigger.empty())
        exec(db, trigger);
    exec(db, "COMMIT");
    const double ms
        = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
              .count();
    std::printf("floor_ms %.1f cpu_ms %.1f rows %lld inserted %lld updated %lld unchanged %lld", ms,
                pd::bench::cpuMs() - cpuStart, counts.rows, counts.inserted, counts.updated,
                counts.unchanged);
    if (mode == Mode::SameRows)
        std::printf(" searched %lld terms_created %lld terms_moved %lld terms_removed %lld",
                    counts.searched, counts.termsCreated, counts.termsMoved, counts.termsRemoved);
    std::printf("\n");
    check(db, sqlite3_close(db), "close");
    return 0;
}
