// The floor of the person import (issue 42): what the same rows cost written straight through the
// SQLCipher C API, without Qt, without the import's checks and without the retention terms. No Qt
// Sql, no Qt at all: libsqlcipher, libsodium and the standard library.
//
//   bench_import_floor --persons|--audit DATABASE EXPORT      (the key on stdin, never in argv)
//
// DATABASE is a copy of the store's database that bench_import made for it (sqlcipher_export
// under a key of its own, so the schema, the triggers and the rows are the store's); the key comes
// on stdin as SQLCipher's raw key form, x'<64 hex>', one line. It is opened the way the store's
// driver opens one (core/sql/SqlCipherDriver.cpp: raw key, cipher_page_size 4096, WAL,
// foreign_keys, secure_delete, temp_store MEMORY) with the store's 64 MB page cache (Store.cpp
// and PersonImportRepository.cpp). EXPORT is bench_import's ERP export (semicolons, no quoting).
//
// Timed: from opening the export to the end of COMMIT, in one transaction:
//  - per line: the person looked up by klantnummer (prepared SELECT), then updated (every column
//    the file gives) or inserted (prepared statements, reused);
//  - --audit also one audit_events row per person, chained the real way but done cheaply: the
//    payload is the JSON of the person's values made with snprintf (keys in the order Qt writes
//    them, no escaping needed for the bench's own export), a 16-byte salt, payload_hash =
//    SHA-256(salt ‖ payload), hash = BLAKE2b-256 keyed with a random key over the same
//    length-prefixed fields as the store's keyed chain (AuditLog.cpp), 64 events per prepared
//    INSERT as AuditRepository writes them, after the head read once.
// The search trigger (case_search_person_update) is set aside for the transaction and put back
// from its text, as the import does, and the requests of changed persons are NOT re-indexed, no
// retention item is derived and no line is checked: the floor is a bound from below, not a second
// import. Prints "[events <n> ]floor_ms <ms> cpu_ms <ms> rows <n> inserted <n> updated <n>"
// (cpu_ms: user + system time of the process over the same span, the figure to compare on a shared
// machine).

#include "BenchCpu.h"

#include <sodium.h>

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <sqlite3.h>
#include <string>
#include <string_view>
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

// The bound bytes stay alive until the statement has run (no copy: the destructor is
// SQLITE_STATIC, written as nullptr because the macro is an old-style cast).
void bindText(sqlite3_stmt *statement, int index, std::string_view text, bool nullWhenEmpty)
{
    if (text.empty() && nullWhenEmpty)
        sqlite3_bind_null(statement, index);
    else
        sqlite3_bind_text(statement, index, text.data(), int(text.size()), nullptr);
}

// One line of the export, as the import stores it: the columns of persons in the order of
// personimport::personColumns (name, relation, street, house_number, postcode, city, phone,
// email, relation_end).
struct Row
{
    std::string klantnummer;
    std::array<std::string, 9> values;
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

    void append(const std::string &occurredAt, const std::string &entityId, const char *action,
                std::string payload)
    {
        Event event;
        event.seq = ++m_seq;
        event.occurredAt = occurredAt;
        event.entityId = entityId;
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
        addField(&m_input, "person");
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
            bindText(insert, index++, "person", false);
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

// {"klantnummer":…,"name":…,"relation":…,"relation_end":…,"source":"import"}: the keys sorted,
// as QJsonDocument writes them.
std::string payloadOf(const Row &row)
{
    std::string payload = R"({"klantnummer":")" + row.klantnummer + R"(","name":")" + row.values[0]
        + R"(","relation":")" + row.values[1] + '"';
    if (!row.values[8].empty())
        payload += R"(,"relation_end":")" + row.values[8] + '"';
    payload += R"(,"source":"import"})";
    return payload;
}

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
        text = reinterpret_cast<const char *>(sqlite3_column_text(query, 0));
    sqlite3_finalize(query);
    return text;
}

struct Counts
{
    long long rows = 0;
    long long inserted = 0;
    long long updated = 0;
};

Counts importRows(sqlite3 *db, const char *exportPath, bool audit)
{
    sqlite3_stmt *find = prepare(db, "SELECT id FROM persons WHERE klantnummer = ?");
    sqlite3_stmt *insert = prepare(
        db,
        "INSERT INTO persons (name, relation, street, house_number, postcode, city, phone, "
        "email, relation_end, klantnummer, created_at, created_by, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ERP-import')");
    sqlite3_stmt *update = prepare(
        db,
        "UPDATE OR FAIL persons SET name = ?, relation = ?, street = ?, house_number = ?, "
        "postcode = ?, city = ?, phone = ?, email = ?, relation_end = ? WHERE id = ?");
    const std::string now = "2026-11-21T09:00:00.000Z";
    const std::unique_ptr<Chain> chain = audit ? std::make_unique<Chain>(db) : nullptr;
    std::ifstream in(exportPath, std::ios::binary);
    if (!in)
        die(std::string("cannot read ") + exportPath);
    std::string line;
    std::getline(in, line); // the header
    Counts counts;
    Row row;
    while (std::getline(in, line)) {
        if (line.empty())
            continue;
        if (!readRow(line, &row))
            die("unexpected line: " + line);
        ++counts.rows;
        bindText(find, 1, row.klantnummer, false);
        const bool found = sqlite3_step(find) == SQLITE_ROW;
        sqlite3_int64 id = found ? sqlite3_column_int64(find, 0) : 0;
        sqlite3_reset(find);
        sqlite3_stmt *write = found ? update : insert;
        for (int i = 0; i < 9; ++i)
            bindText(write, i + 1, row.values[std::size_t(i)], i > 1);
        if (found) {
            sqlite3_bind_int64(update, 10, id);
        } else {
            bindText(insert, 10, row.klantnummer, false);
            bindText(insert, 11, now, false);
            bindText(insert, 12, Chain::actor, false);
        }
        check(db, sqlite3_step(write), found ? "update" : "insert");
        sqlite3_reset(write);
        if (!found)
            id = sqlite3_last_insert_rowid(db);
        ++(found ? counts.updated : counts.inserted);
        if (chain)
            chain->append(now, std::to_string(id), found ? "person.updated" : "person.created",
                          payloadOf(row));
    }
    if (chain) {
        chain->flush();
        std::printf("events %lld ", chain->events());
    }
    sqlite3_finalize(find);
    sqlite3_finalize(insert);
    sqlite3_finalize(update);
    return counts;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 4
        || (std::strcmp(argv[1], "--persons") != 0 && std::strcmp(argv[1], "--audit") != 0))
        die("usage: bench_import_floor --persons|--audit DATABASE EXPORT (the key on stdin)");
    if (sodium_init() < 0)
        die("libsodium did not initialise");
    std::string key;
    if (!std::getline(std::cin, key) || key.size() != 67 || key.compare(0, 2, "x'") != 0)
        die("expected the raw key x'<64 hex>' on stdin");
    sqlite3 *db = open(argv[2], key);
    sodium_memzero(key.data(), key.size());
    const bool audit = std::strcmp(argv[1], "--audit") == 0;
    const std::string trigger = triggerText(db);

    const auto start = std::chrono::steady_clock::now();
    const double cpuStart = pd::bench::cpuMs();
    exec(db, "BEGIN IMMEDIATE");
    if (!trigger.empty())
        exec(db, "DROP TRIGGER main.case_search_person_update");
    const Counts counts = importRows(db, argv[3], audit);
    if (!trigger.empty())
        exec(db, trigger);
    exec(db, "COMMIT");
    const double ms
        = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
              .count();
    std::printf("floor_ms %.1f cpu_ms %.1f rows %lld inserted %lld updated %lld\n", ms,
                pd::bench::cpuMs() - cpuStart, counts.rows, counts.inserted, counts.updated);
    check(db, sqlite3_close(db), "close");
    return 0;
}
