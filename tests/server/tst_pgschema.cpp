// The server's baseline schema (resources/migrations/pg/0026_server_baseline.sql)
// against the schema the SQLite migrations leave in a real encrypted store. The baseline runs as
// the server store will run it: one exec through QPSQL inside a transaction, with search_path
// privacydesk and unaccent installed there. Then, side by side with a store made by
// Store::create: the same tables with the same columns in the same order (type, NOT NULL,
// default, identity), the same primary keys, UNIQUE sets, foreign keys and number of CHECKs, the
// same named indexes (columns, partial, unique), the same triggers (but the audit trail's), the
// same seeded rows. And behaviour: the same statements on both leave the same case_search rows,
// types keys and person files after every step; what SQLite refuses PostgreSQL refuses for the
// same reason; a search finds the same requests on both; pd_fold folds names as SQLite's does.

#include "PostgresCluster.h"
#include "TestSupport.h"
#include "cases/CaseQuery.h"
#include "cases/PersonQuery.h"
#include "crypto/SecureBytes.h"
#include "domain/SortName.h"
#include "session/Session.h"
#include "sql/Dialect.h"
#include "store/Migrations.h"
#include "store/Store.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

using Rows = QList<QStringList>;

const QString pgConnection = u"pgschema"_s;
const QString ownerPassword = u"eigenaar van de kluis op de server"_s;

// The FTS4 table's shadow tables: SQLite's own, no counterpart on the server.
const QStringList ftsShadowTables
    = { u"case_search_content"_s, u"case_search_segments"_s, u"case_search_segdir"_s,
        u"case_search_docsize"_s, u"case_search_stat"_s };
// Rows Store::create writes (not the schema): compared by nobody.
const QStringList storeWrittenTables
    = { u"meta"_s, u"users"_s, u"settings"_s, u"audit_events"_s, u"audit_checkpoints"_s };
// INTEGER PRIMARY KEY columns whose value is always given: no identity on the server.
const QStringList givenKeys = { u"audit_events.seq"_s,
                                u"case_numbers.year"_s,
                                u"case_ap_references.case_id"_s,
                                u"audit_checkpoints.id"_s,
                                u"person_files.person_id"_s,
                                u"dpia_documents.dpia_id"_s,
                                u"processor_agreements.recipient_id"_s };

// What an officer types in the case list's search field.
const QStringList searches
    = QStringLiteral(
          "jans|Jansen|pieter jans|zoe|Zoë|brouw|de vries|jan de|ozturk|Öztürk|ibrahim|"
          "İbra|5555|5555aa|5555 AA|aa|k3000|K300002|avg|2025|0042|AVG-2025-0042|2025-00|"
          "celik|Çelik|ayse|geanonimiseerde|emile|ørsted|Ørsted-Ærø|ærø|lars|2511cv|"
          "x")
          .split(u'|');

// Typed without the letter's stroke or ligature: pd_fold makes "Ørsted" orsted and "Ærø" aero,
// as PersonQuery::fold does, where SQLite's unicode61 removes only diacritical marks (ørsted,
// ærø). The server finds these; SQLite does not.
const QStringList foldedFurtherOnServer = { u"orsted"_s, u"Aero"_s };

// Names as a Dutch housing corporation's tenants have them.
const QStringList foldedNames
    = QStringLiteral(
          "Jan de Vries|JANSEN|Émile Ĳsselstein|ĲZERMAN|ĳsbrand|Ayşe Çelik|İbrahim Öztürk|"
          "Yılmaz|Søren Ørsted|Ærø|Œuvre|Łukasz Đoković|Straße|Þór Ólafsson|"
          "Müller-Lüdenscheidt|Zoë van der Meulen-Brouwer|Renée d'Hondt|'t Hooft|"
          "François Fañch|Åsa Ångström|Nguyễn Văn Thành|Dvořák|Ğül Şahin|Ñúñez|José María|"
          "Hélène Côté")
          .split(u'|');

QString text(const QVariant &value)
{
    return value.isNull() ? u"NULL"_s : value.toString();
}

// Every row of a query as text (NULL as "NULL"); false, with a warning saying why, when it fails.
bool readRows(const QSqlDatabase &db, const QString &sql, Rows *rows,
              const QVariantList &values = {})
{
    rows->clear();
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < query.record().count(); ++i)
            row << text(query.value(i));
        rows->append(row);
    }
    return true;
}

// The first column of every row.
QStringList column(const Rows &rows)
{
    QStringList result;
    for (const QStringList &row : rows)
        result << row.value(0);
    return result;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

// Runs one statement; the error's text when it fails, empty when it succeeds.
QString run(const QSqlDatabase &db, const QString &sql, QSqlError *error = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return {};
    if (error)
        *error = query.lastError();
    return query.lastError().text().isEmpty() ? u"failed"_s : query.lastError().text();
}

QString quoted(const QString &name)
{
    return u'"' + name + u'"';
}

} // namespace

class TestPgSchema final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sameTables();
    void sameColumns();
    void sameKeysReferencesAndChecks();
    void sameIndexes();
    void sameTriggersAndFunctions();
    void sameSeededRows();
    void triggersKeepTheSameRows();
    void refusesWhatSqliteRefuses_data();
    void refusesWhatSqliteRefuses();
    void searchFindsWhatSqliteFinds_data();
    void searchFindsWhatSqliteFinds();
    void foldAgreesWithSqlite_data();
    void foldAgreesWithSqlite();
    void sortNameAgreesWithTheApplication_data();
    void sortNameAgreesWithTheApplication();
    void aScriptFailingPartWayIsAnError();

private:
    QSqlDatabase pg() const { return QSqlDatabase::database(pgConnection); }
    QSqlDatabase lite() const { return m_store->database(); }
    QStringList sqliteTables() const;
    // Runs sql on both; fails the test when either refuses it.
    bool onBoth(const QString &sql);
    // case_search, cases.types_key and person_files on both sides, compared.
    void compareMaintainedRows(const QString &after);
    // The persons and requests the searches look for, on both (once).
    void addSearchRows();

    PostgresCluster m_cluster;
    QTemporaryDir m_tmp;
    std::unique_ptr<Store> m_store;
    bool m_searchRows = false;
};

void TestPgSchema::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(initSodium());
    m_store = createTestStore(m_tmp.filePath(u"kluis"_s));
    QVERIFY(m_store);
    // PersonQuery registers pd_fold on the store's connection (and it stays there).
    const PersonQuery registersFold(Session { *m_store });

    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s),
             "Qt's QPSQL driver is missing (libqt6sql6-psql: packaging/install-deps.sh)");
    QString error;
    QVERIFY2(m_cluster.start(&error), qPrintable(error));
    // As the server's administrator would: a database, the role that owns Privacydesk's objects
    // (no superuser), its schema, and unaccent in that schema.
    QVERIFY2(m_cluster.execAsSuperuser(
                 { u"CREATE DATABASE privacydesk"_s,
                   u"CREATE ROLE privacydesk_owner LOGIN PASSWORD '%1'"_s.arg(ownerPassword) },
                 &error),
             qPrintable(error));
    QVERIFY2(
        m_cluster.execAsSuperuser({ u"CREATE SCHEMA privacydesk AUTHORIZATION privacydesk_owner"_s,
                                    u"CREATE EXTENSION unaccent WITH SCHEMA privacydesk"_s },
                                  &error, u"privacydesk"_s),
        qPrintable(error));

    // The baseline as the server store runs it: by the owner, in one exec, in a transaction.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, pgConnection);
    db.setHostName(m_cluster.socketDir());
    db.setPort(m_cluster.port());
    db.setUserName(u"privacydesk_owner"_s);
    db.setPassword(ownerPassword);
    db.setDatabaseName(u"privacydesk"_s);
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    const QString searchPath = run(db, u"SET search_path = privacydesk"_s);
    QVERIFY2(searchPath.isEmpty(), qPrintable(searchPath));
    // The baseline and every server migration after it, as the store folder has every SQLite
    // migration up to the same version.
    QString listError;
    const QList<Migration> migrations = builtinMigrations(sql::Dialect::PostgreSQL, &listError);
    QVERIFY2(!migrations.isEmpty(), qPrintable(listError));
    QCOMPARE(migrations.constFirst().version, serverBaselineVersion);
    QCOMPARE(migrations.constLast().version, latestSchemaVersion());
    QVERIFY(db.transaction());
    for (const Migration &migration : migrations) {
        // Every statement's failure, not the first one's only (QSqlQuery::exec).
        QString failed;
        QVERIFY2(sql::executeServerScript(db, migration.sql, &failed),
                 qPrintable(migration.name + u": "_s + failed));
    }
    QVERIFY2(db.commit(), qPrintable(db.lastError().text()));
}

void TestPgSchema::cleanupTestCase()
{
    if (QSqlDatabase::contains(pgConnection)) {
        pg().close();
        QSqlDatabase::removeDatabase(pgConnection);
    }
    m_store.reset();
}

QStringList TestPgSchema::sqliteTables() const
{
    Rows rows;
    if (!readRows(lite(),
                  u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                  "'sqlite\\_%' ESCAPE '\\' ORDER BY name"_s,
                  &rows))
        return {};
    QStringList tables;
    for (const QString &name : column(rows)) {
        if (!ftsShadowTables.contains(name))
            tables << name;
    }
    return tables;
}

bool TestPgSchema::onBoth(const QString &sql)
{
    const QString onSqlite = run(lite(), sql);
    const QString onServer = run(pg(), sql);
    if (onSqlite.isEmpty() && onServer.isEmpty())
        return true;
    qWarning("%s\n  SQLite: %s\n  PostgreSQL: %s", qPrintable(sql), qPrintable(onSqlite),
             qPrintable(onServer));
    return false;
}

void TestPgSchema::sameTables()
{
    const QStringList tables = sqliteTables();
    QVERIFY(tables.contains(u"cases"_s));
    QVERIFY(tables.contains(u"case_search"_s));
    QVERIFY(tables.contains(u"person_files"_s));
    Rows rows;
    QVERIFY(readRows(pg(),
                     u"SELECT table_name FROM information_schema.tables WHERE table_schema = "
                     "'privacydesk' AND table_type = 'BASE TABLE'"_s,
                     &rows));
    QCOMPARE(sorted(column(rows)), tables);
}

void TestPgSchema::sameColumns()
{
    static const QHash<QString, QString> types = { { u"INTEGER"_s, u"bigint"_s },
                                                   { u"TEXT"_s, u"text"_s },
                                                   { u"BLOB"_s, u"bytea"_s },
                                                   { u"REAL"_s, u"double precision"_s },
                                                   { QString(), u"text"_s } };
    for (const QString &table : sqliteTables()) {
        Rows lite;
        Rows server;
        QVERIFY(readRows(this->lite(), u"PRAGMA table_info(%1)"_s.arg(quoted(table)), &lite));
        QVERIFY(readRows(pg(),
                         u"SELECT column_name, data_type, is_nullable, column_default, "
                         "is_identity FROM information_schema.columns WHERE table_schema = "
                         "'privacydesk' AND table_name = ? ORDER BY ordinal_position"_s,
                         &server, { table }));
        if (table == u"case_search") {
            // FTS4 has the four searchable columns (and the hidden docid); the server keys the
            // rows by docid and keeps the search document next to them.
            QStringList names;
            for (const QStringList &row : std::as_const(lite)) // cid, name, ...
                names << row.at(1);
            QCOMPARE(names,
                     QStringList({ u"name"_s, u"number"_s, u"klantnummer"_s, u"postcode"_s }));
            QCOMPARE(column(server),
                     QStringList({ u"docid"_s, u"name"_s, u"number"_s, u"klantnummer"_s,
                                   u"postcode"_s, u"document"_s }));
            QCOMPARE(server.at(5).at(1), u"tsvector"_s);
            QCOMPARE(server.at(5).at(2), u"NO"_s);
            continue;
        }
        int primaryKeyColumns = 0;
        for (const QStringList &row : std::as_const(lite))
            primaryKeyColumns += row.at(5) != u"0" ? 1 : 0;
        QCOMPARE(server.size(), lite.size());
        for (qsizetype i = 0; i < lite.size(); ++i) {
            // cid, name, type, notnull, dflt_value, pk
            const QStringList &l = lite.at(i);
            const QStringList &s = server.at(i);
            const QString what = table + u'.' + l.at(1);
            QVERIFY2(s.at(0) == l.at(1), qPrintable(what + u" is "_s + s.at(0)));
            QVERIFY2(types.contains(l.at(2)), qPrintable(what + u": "_s + l.at(2)));
            QVERIFY2(s.at(1) == types.value(l.at(2)), qPrintable(what + u": "_s + s.at(1)));
            // A primary key column is NOT NULL on the server (SQLite admits NULL in a TEXT key).
            const bool notNull = l.at(3) == u"1" || l.at(5) != u"0";
            QVERIFY2((s.at(2) == u"NO") == notNull, qPrintable(what + u" nullable: "_s + s.at(2)));
            QString serverDefault = s.at(3);
            serverDefault.remove(QRegularExpression(u"::(text|bigint)$"_s));
            QVERIFY2(serverDefault == l.at(4),
                     qPrintable(what + u" default: "_s + serverDefault + u" <> "_s + l.at(4)));
            const bool rowid = l.at(2) == u"INTEGER" && l.at(5) == u"1" && primaryKeyColumns == 1;
            const bool identity = rowid && !givenKeys.contains(what);
            QVERIFY2((s.at(4) == u"YES") == identity, qPrintable(what + u" identity"_s));
        }
    }
}

void TestPgSchema::sameKeysReferencesAndChecks()
{
    static const QRegularExpression check(u"\\bCHECK\\s*\\("_s,
                                          QRegularExpression::CaseInsensitiveOption);
    for (const QString &table : sqliteTables()) {
        if (table == u"case_search")
            continue;
        const QVariantList name { table };
        // Primary key and UNIQUE sets, as "column,column".
        QStringList liteKeys;
        Rows columns;
        QVERIFY(readRows(lite(), u"PRAGMA table_info(%1)"_s.arg(quoted(table)), &columns));
        QStringList primaryKey;
        for (const QStringList &row : std::as_const(columns)) {
            if (row.at(5) != u"0")
                primaryKey << row.at(1); // needed only for the rowid key, one column
        }
        Rows indexes;
        QVERIFY(readRows(lite(), u"PRAGMA index_list(%1)"_s.arg(quoted(table)), &indexes));
        bool primaryKeyIndexed = false;
        for (const QStringList &index : std::as_const(indexes)) {
            // seq, name, unique, origin, partial
            if (index.at(2) != u"1" || index.at(3) == u"c")
                continue;
            Rows info;
            QVERIFY(readRows(lite(), u"PRAGMA index_info(%1)"_s.arg(quoted(index.at(1))), &info));
            QStringList keyColumns;
            for (const QStringList &row : std::as_const(info))
                keyColumns << row.at(2);
            liteKeys << keyColumns.join(u',');
            primaryKeyIndexed = primaryKeyIndexed || index.at(3) == u"pk";
        }
        if (!primaryKeyIndexed && !primaryKey.isEmpty()) // INTEGER PRIMARY KEY: the rowid
            liteKeys << primaryKey.join(u',');
        Rows serverKeys;
        QVERIFY(readRows(pg(),
                         u"SELECT (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM "
                         "unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord) JOIN pg_attribute "
                         "a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) FROM "
                         "pg_constraint con WHERE con.conrelid = ?::regclass AND con.contype IN "
                         "('p', 'u')"_s,
                         &serverKeys, name));
        QVERIFY2(sorted(column(serverKeys)) == sorted(liteKeys),
                 qPrintable(table + u": "_s + column(serverKeys).join(u" ") + u" <> "_s
                            + liteKeys.join(u" ")));

        // Foreign keys, as "column->table(column)".
        Rows references;
        QVERIFY(readRows(lite(), u"PRAGMA foreign_key_list(%1)"_s.arg(quoted(table)), &references));
        QStringList liteReferences;
        for (const QStringList &row : std::as_const(references)) // id, seq, table, from, to
            liteReferences << row.at(3) + u"->"_s + row.at(2) + u'(' + row.at(4) + u')';
        Rows serverReferences;
        QVERIFY(readRows(pg(),
                         u"SELECT a.attname || '->' || con.confrelid::regclass::text || '(' || "
                         "b.attname || ')' FROM pg_constraint con JOIN pg_attribute a ON "
                         "a.attrelid = con.conrelid AND a.attnum = con.conkey[1] JOIN "
                         "pg_attribute b ON b.attrelid = con.confrelid AND b.attnum = "
                         "con.confkey[1] WHERE con.conrelid = ?::regclass AND con.contype = 'f' "
                         "AND cardinality(con.conkey) = 1"_s,
                         &serverReferences, name));
        QVERIFY2(sorted(column(serverReferences)) == sorted(liteReferences),
                 qPrintable(table + u": "_s + column(serverReferences).join(u" ") + u" <> "_s
                            + liteReferences.join(u" ")));

        // As many CHECKs (the behaviour of some is tested below).
        Rows sql;
        QVERIFY(readRows(lite(),
                         u"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"_s, &sql,
                         name));
        QCOMPARE(sql.size(), 1);
        Rows checks;
        QVERIFY(readRows(pg(),
                         u"SELECT count(*) FROM pg_constraint WHERE conrelid = ?::regclass AND "
                         "contype = 'c'"_s,
                         &checks, name));
        QVERIFY2(checks.at(0).at(0).toLongLong() == sql.at(0).at(0).count(check),
                 qPrintable(table + u": "_s + checks.at(0).at(0) + u" CHECKs"_s));
    }
}

void TestPgSchema::sameIndexes()
{
    // Each named index as "table|key columns|unique|partial" (an expression is "<expr>").
    Rows named;
    QVERIFY(readRows(lite(),
                     u"SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS "
                     "NOT NULL ORDER BY name"_s,
                     &named));
    QMap<QString, QString> liteIndexes;
    for (const QStringList &index : std::as_const(named)) {
        Rows info;
        QVERIFY(readRows(lite(), u"PRAGMA index_info(%1)"_s.arg(quoted(index.at(0))), &info));
        QStringList keyColumns;
        for (const QStringList &row : std::as_const(info)) // seqno, cid, name
            keyColumns << (row.at(1) == u"-2" ? u"<expr>"_s : row.at(2));
        Rows list;
        QVERIFY(readRows(lite(), u"PRAGMA index_list(%1)"_s.arg(quoted(index.at(1))), &list));
        const auto entry = std::find_if(list.cbegin(), list.cend(), [&index](const QStringList &l) {
            return l.at(1) == index.at(0);
        });
        QVERIFY(entry != list.cend());
        liteIndexes.insert(
            index.at(0),
            QStringList { index.at(1), keyColumns.join(u','), entry->at(2), entry->at(4) }.join(
                u'|'));
    }
    QVERIFY(liteIndexes.contains(u"cases_closed_on"_s));
    // COLLATE NOCASE has no counterpart: the server indexes the name with A-Z folded, in byte
    // order (sql::noCase).
    QCOMPARE(liteIndexes.value(u"persons_name_nocase"_s), u"persons|name|0|0"_s);
    liteIndexes.insert(u"persons_name_nocase"_s, u"persons|<expr>|0|0"_s);
    QCOMPARE(liteIndexes.value(u"persons_sort_name_nocase"_s), u"persons|sort_name|0|0"_s);
    liteIndexes.insert(u"persons_sort_name_nocase"_s, u"persons|<expr>|0|0"_s);
    // The search document's GIN index stands in for the FTS4 index.
    liteIndexes.insert(u"case_search_document"_s, u"case_search|document|0|0"_s);

    // Every index on the server that does not back a PRIMARY KEY or UNIQUE constraint.
    Rows server;
    QVERIFY(readRows(pg(),
                     u"SELECT c.relname, t.relname || '|' || (SELECT string_agg(CASE WHEN "
                     "k.attnum = 0 THEN '<expr>' ELSE a.attname END, ',' ORDER BY k.ord) FROM "
                     "unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord) LEFT JOIN "
                     "pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum) || '|' "
                     "|| i.indisunique::int || '|' || (i.indpred IS NOT NULL)::int, "
                     "pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = "
                     "i.indexrelid JOIN pg_class t ON t.oid = i.indrelid WHERE t.relnamespace = "
                     "'privacydesk'::regnamespace AND NOT EXISTS (SELECT 1 FROM pg_constraint "
                     "con WHERE con.conindid = i.indexrelid) ORDER BY c.relname"_s,
                     &server));
    QMap<QString, QString> serverIndexes;
    for (const QStringList &row : std::as_const(server))
        serverIndexes.insert(row.at(0), row.at(1));
    QCOMPARE(serverIndexes.keys(), liteIndexes.keys());
    for (auto it = liteIndexes.cbegin(); it != liteIndexes.cend(); ++it)
        QVERIFY2(serverIndexes.value(it.key()) == it.value(),
                 qPrintable(it.key() + u": "_s + serverIndexes.value(it.key()) + u" <> "_s
                            + it.value()));
    for (const QStringList &row : std::as_const(server)) {
        if (row.at(0) == u"persons_name_nocase")
            QVERIFY2(row.at(2).contains(u"(translate(name, "_s)
                         && row.at(2).contains(u"COLLATE \"C\")"_s),
                     qPrintable(row.at(2)));
        if (row.at(0) == u"persons_sort_name_nocase")
            QVERIFY2(row.at(2).contains(u"(translate(sort_name, "_s)
                         && row.at(2).contains(u"COLLATE \"C\")"_s),
                     qPrintable(row.at(2)));
        if (row.at(0) == u"case_search_document")
            QVERIFY2(row.at(2).contains(u"USING gin (document)"_s), qPrintable(row.at(2)));
    }
}

void TestPgSchema::sameTriggersAndFunctions()
{
    // "name AFTER UPDATE OF a,b ON table" from either side's CREATE TRIGGER.
    static const QRegularExpression shape(
        u"CREATE\\s+TRIGGER\\s+(\\w+)\\s+(BEFORE|AFTER)\\s+(INSERT|UPDATE|DELETE)"
        "(?:\\s+OF\\s+([\\w\\s,]+?))?\\s+ON\\s+(?:\\w+\\.)?(\\w+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto normalised = [](const QString &sql) -> QString {
        const QRegularExpressionMatch match = shape.match(sql);
        if (!match.hasMatch())
            return u"unreadable: "_s + sql;
        QString columns = match.captured(4);
        columns.remove(QRegularExpression(u"\\s+"_s));
        return match.captured(1) + u' ' + match.captured(2).toUpper() + u' '
            + match.captured(3).toUpper() + (columns.isEmpty() ? QString() : u" OF "_s + columns)
            + u" ON "_s + match.captured(5);
    };
    Rows lite;
    QVERIFY(readRows(this->lite(),
                     u"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name <> "
                     "'audit_events'"_s,
                     &lite));
    QStringList liteTriggers;
    for (const QString &sql : column(lite))
        liteTriggers << normalised(sql);
    // Schema 48: mailbox_messages_kept and mailbox_messages_not_removed.
    QCOMPARE(liteTriggers.size(), 13);
    Rows server;
    QVERIFY(readRows(pg(),
                     u"SELECT pg_get_triggerdef(t.oid), t.tgname, p.proname, "
                     "array_to_string(p.proconfig, ';'), (t.tgtype & 1)::int FROM pg_trigger t "
                     "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
                     "WHERE NOT t.tgisinternal AND c.relnamespace = 'privacydesk'::regnamespace"_s,
                     &server));
    QStringList serverTriggers;
    bool sortNameTrigger = false;
    for (const QStringList &row : std::as_const(server)) {
        // A server derives a person's sort key itself (pg/0058); SQLite's rows get it from the
        // application, which writes it with the name.
        if (row.at(1) == u"persons_sort_name") {
            QVERIFY2(row.at(0).contains(u"BEFORE INSERT OR UPDATE OF name, sort_name ON "
                                        "privacydesk.persons FOR EACH ROW"_s),
                     qPrintable(row.at(0)));
            sortNameTrigger = true;
        } else {
            serverTriggers << normalised(row.at(0));
        }
        QCOMPARE(row.at(2), row.at(1) + u"_fn"_s);
        QCOMPARE(row.at(3), u"search_path=privacydesk, pg_temp"_s);
        QCOMPARE(row.at(4), u"1"_s); // FOR EACH ROW, as every SQLite trigger
    }
    QVERIFY(sortNameTrigger);
    QCOMPARE(sorted(serverTriggers), sorted(liteTriggers));

    Rows fold;
    QVERIFY(readRows(pg(),
                     u"SELECT provolatile, proisstrict, proparallel, pg_get_function_result(oid) "
                     "FROM pg_proc WHERE proname = 'pd_fold' AND pronamespace = "
                     "'privacydesk'::regnamespace"_s,
                     &fold));
    QCOMPARE(fold, Rows({ { u"i"_s, u"true"_s, u"s"_s, u"text"_s } }));
}

void TestPgSchema::sameSeededRows()
{
    int seeded = 0;
    for (const QString &table : sqliteTables()) {
        if (storeWrittenTables.contains(table) || table == u"case_search")
            continue;
        Rows lite;
        Rows server;
        QVERIFY(readRows(this->lite(), u"SELECT * FROM %1"_s.arg(table), &lite));
        QVERIFY(readRows(pg(), u"SELECT * FROM %1"_s.arg(table), &server));
        std::sort(lite.begin(), lite.end());
        std::sort(server.begin(), server.end());
        QVERIFY2(server == lite, qPrintable(table));
        seeded += lite.isEmpty() ? 0 : 1;
    }
    QCOMPARE(seeded, 2); // recipient_categories, retention_rules

    // A rule made next gets the same id on both: the identity goes on after the seeded rules.
    for (QSqlDatabase db : { lite(), pg() }) {
        QVERIFY(db.transaction());
        const QString failed = run(db,
                                   u"INSERT INTO retention_rules (code, category, trigger_event, "
                                   "period_amount, period_unit, created_at, updated_at) VALUES "
                                   "('proef', 'Proef', 'overig', 1, 'jaren', "
                                   "'2026-03-10T09:00:00.000Z', '2026-03-10T09:00:00.000Z')"_s);
        Rows id;
        const bool read
            = readRows(db, u"SELECT id FROM retention_rules WHERE code = 'proef'"_s, &id);
        QVERIFY(db.rollback());
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(read);
        QCOMPARE(id, Rows({ { u"8"_s } }));
    }
}

void TestPgSchema::compareMaintainedRows(const QString &after)
{
    static const QStringList reads = {
        u"SELECT docid, name, number, klantnummer, postcode FROM case_search ORDER BY docid"_s,
        u"SELECT id, types_key FROM cases ORDER BY id"_s,
        u"SELECT person_id, open_requests, last_answer FROM person_files ORDER BY person_id"_s,
    };
    for (const QString &read : reads) {
        Rows lite;
        Rows server;
        QVERIFY(readRows(this->lite(), read, &lite));
        QVERIFY(readRows(pg(), read, &server));
        if (server != lite) {
            QString message = u"after "_s + after + u"\n  "_s + read + u"\n  SQLite:"_s;
            for (const QStringList &row : std::as_const(lite))
                message += u"\n    "_s + row.join(u" | ");
            message += u"\n  PostgreSQL:"_s;
            for (const QStringList &row : std::as_const(server))
                message += u"\n    "_s + row.join(u" | ");
            QFAIL(qPrintable(message));
        }
    }
    // Every document is the one its row's columns make, whatever statement wrote it last.
    Rows stale;
    QVERIFY(readRows(pg(),
                     u"SELECT docid FROM case_search WHERE document IS DISTINCT FROM "
                     "case_search_document_of(name, number, klantnummer, postcode)"_s,
                     &stale));
    QVERIFY2(stale.isEmpty(), qPrintable(after));
}

void TestPgSchema::triggersKeepTheSameRows()
{
    const QString person = u"INSERT INTO persons (id, name, relation, klantnummer, postcode, "
                           "created_at, created_by) VALUES (%1, '%2', '%3', %4, %5, "
                           "'2026-01-05T09:00:00.000Z', 'j.devries')"_s;
    const QString request = u"INSERT INTO cases (id, number, person_id, channel, received_date, "
                            "received_by, state, created_at, updated_at) VALUES (%1, '%2', %3, "
                            "'telefoon', '%4', 'j.devries', 'ontvangen', "
                            "'2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z')"_s;
    const QStringList statements = {
        person.arg(1).arg(u"Émile Jansen"_s, u"huurder"_s, u"'K100234'"_s, u"'1234 ab'"_s),
        person.arg(2).arg(u"Ayşe Çelik"_s, u"ex-huurder"_s, u"'K100235'"_s, u"'3011AB'"_s),
        person.arg(3).arg(u"Søren Ørsted"_s, u"woningzoekende"_s, u"NULL"_s, u"NULL"_s),
        request.arg(10).arg(u"AVG-2026-0001"_s).arg(1).arg(u"2026-01-05"_s),
        request.arg(11).arg(u"AVG-2026-0002"_s).arg(1).arg(u"2026-01-06"_s),
        request.arg(12).arg(u"AVG-2026-0003"_s).arg(2).arg(u"2026-01-07"_s),
        request.arg(13).arg(u"AVG-2026-0004"_s).arg(3).arg(u"2026-01-08"_s),
        // The types key: added, two at once, moved to another request, renamed, removed.
        u"INSERT INTO case_types (case_id, type) VALUES (10, 'inzage')"_s,
        u"INSERT INTO case_types (case_id, type) VALUES (10, 'bezwaar')"_s,
        u"INSERT INTO case_types (case_id, type) VALUES (11, 'rectificatie'), "
        "(12, 'verwijdering'), (12, 'beperking')"_s,
        u"UPDATE case_types SET case_id = 11 WHERE case_id = 10 AND type = 'bezwaar'"_s,
        u"UPDATE case_types SET type = 'klacht' WHERE case_id = 12 AND type = 'verwijdering'"_s,
        u"DELETE FROM case_types WHERE case_id = 10"_s,
        // The person files: answered, closed without an answer date, moved, reopened.
        u"UPDATE cases SET state = 'afgerond', outcome = 'toegewezen', answered_on = "
        "'2026-01-20', closed_at = '2026-01-21T10:00:00.000Z' WHERE id = 10"_s,
        u"UPDATE cases SET state = 'afgerond', closed_at = '2026-02-03T16:30:00.000Z' "
        "WHERE id = 12"_s,
        u"UPDATE cases SET person_id = 2 WHERE id = 11"_s,
        u"UPDATE cases SET number = 'AVG-2026-0099' WHERE id = 13"_s,
        u"UPDATE cases SET handler = 'j.devries' WHERE person_id = 1"_s,
        u"UPDATE cases SET state = 'in-behandeling', answered_on = NULL, closed_at = NULL "
        "WHERE person_id = 2"_s,
        u"UPDATE cases SET answered_on = '2026-02-10', closed_at = "
        "'2026-02-11T08:00:00.000Z', state = 'afgerond' WHERE id IN (11, 12)"_s,
        // The search: a rename, a new postcode and customer number, a change it ignores.
        u"UPDATE persons SET name = 'Emile Jansen-de Vries' WHERE id = 1"_s,
        u"UPDATE persons SET postcode = '3011 xz', klantnummer = 'K200001' WHERE id = 2"_s,
        u"UPDATE persons SET city = 'Rotterdam' WHERE id = 2"_s,
        // Anonymised: only the case numbers stay searchable, also of a request added later.
        u"UPDATE persons SET name = 'Geanonimiseerde betrokkene', klantnummer = NULL, "
        "postcode = NULL, anonymised_at = '2026-03-01T08:00:00.000Z' WHERE id = 3"_s,
        request.arg(14).arg(u"AVG-2026-0005"_s).arg(3).arg(u"2026-03-02"_s),
        u"UPDATE cases SET person_id = 3 WHERE id = 11"_s,
        // A person's last request moved to another: the file goes with it.
        person.arg(4).arg(u"Fatima el Amrani"_s, u"huurder"_s, u"'K100236'"_s, u"'2511CV'"_s),
        request.arg(15).arg(u"AVG-2026-0006"_s).arg(4).arg(u"2026-03-03"_s),
        u"UPDATE cases SET person_id = 3 WHERE id = 15"_s,
        // Deleted: the index row goes, the person's file is counted again or goes.
        u"DELETE FROM case_types WHERE case_id IN (11, 12)"_s,
        u"DELETE FROM cases WHERE id = 12"_s,
        u"DELETE FROM cases WHERE id = 10"_s,
    };
    for (const QString &statement : statements) {
        QVERIFY(onBoth(statement));
        compareMaintainedRows(statement);
        if (QTest::currentTestFailed())
            return;
    }
    // What the steps did, to be sure the comparison compared something.
    Rows files;
    QVERIFY(readRows(pg(),
                     u"SELECT person_id, open_requests, last_answer FROM person_files "
                     "ORDER BY person_id"_s,
                     &files));
    QCOMPARE(files, Rows({ { u"3"_s, u"3"_s, u"2026-02-10"_s } }));
    Rows search;
    QVERIFY(readRows(pg(),
                     u"SELECT docid, name, number, klantnummer, postcode FROM case_search "
                     "ORDER BY docid"_s,
                     &search));
    QCOMPARE(search,
             Rows({ { u"11"_s, u"NULL"_s, u"AVG-2026-0002"_s, u"NULL"_s, u"NULL"_s },
                    { u"13"_s, u"NULL"_s, u"AVG-2026-0099"_s, u"NULL"_s, u"NULL"_s },
                    { u"14"_s, u"NULL"_s, u"AVG-2026-0005"_s, u"NULL"_s, u"NULL"_s },
                    { u"15"_s, u"NULL"_s, u"AVG-2026-0006"_s, u"NULL"_s, u"NULL"_s } }));
}

void TestPgSchema::refusesWhatSqliteRefuses_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("sqliteMessage");
    QTest::addColumn<QString>("sqlState");
    const QString checkFailed = u"CHECK constraint failed"_s;
    const QString request = u"INSERT INTO cases (id, number, person_id, channel, received_date, "
                            "received_by, state, created_at, updated_at) VALUES (90, "
                            "'AVG-2026-0900', %1, 'telefoon', '2026-01-05', 'j.devries', '%2', "
                            "'2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z')"_s;
    QTest::newRow("relation") << u"INSERT INTO persons (id, name, relation, created_at, "
                                 "created_by) VALUES (90, 'Piet Buur', 'buurman', "
                                 "'2026-01-05T09:00:00.000Z', 'j.devries')"_s
                              << checkFailed << u"23514"_s;
    QTest::newRow("state") << request.arg(u"999"_s, u"gesloten"_s) << checkFailed << u"23514"_s;
    QTest::newRow("art. 19 neither notified nor exempt")
        << u"INSERT INTO art19_notifications (case_id, recipient_id, recorded_at, recorded_by) "
           "VALUES (999, 999, '2026-01-05T09:00:00.000Z', 'j.devries')"_s
        << checkFailed << u"23514"_s;
    QTest::newRow("informed without a date")
        << u"INSERT INTO disclosures (disclosed_on, recipient_id, purpose, legal_basis, informed, "
           "created_at, created_by, updated_at) VALUES ('2026-01-05', 999, 'Incasso', 'f', "
           "'geinformeerd', 'x', 'j.devries', 'x')"_s
        << checkFailed << u"23514"_s;
    // 0 is a term (schema 31: "zolang ingeschreven"); below 0 none.
    QTest::newRow("retention period below 0")
        << u"INSERT INTO retention_rules (code, category, trigger_event, period_amount, "
           "period_unit, created_at, updated_at) VALUES ('min', 'Min', 'overig', -1, 'jaren', "
           "'x', 'x')"_s
        << checkFailed << u"23514"_s;
    QTest::newRow("public notice without a reason")
        << u"INSERT INTO breaches (number, year, counter, title, discovered_at, ap_deadline, "
           "reported_by, reported_at, public_notice, created_at, updated_at) VALUES "
           "('DL-2026-0001', 2026, 1, 'Lek', 'x', 'x', 'j.devries', 'x', 1, 'x', 'x')"_s
        << checkFailed << u"23514"_s;
    QTest::newRow("unknown person") << request.arg(u"999"_s, u"ontvangen"_s)
                                    << u"FOREIGN KEY constraint failed"_s << u"23503"_s;
    QTest::newRow("same customer number")
        << u"INSERT INTO persons (id, name, relation, klantnummer, created_at, created_by) "
           "VALUES (91, 'A', 'huurder', 'K999', 'x', 'x'), (92, 'B', 'huurder', 'K999', 'x', "
           "'x')"_s
        << u"UNIQUE constraint failed"_s << u"23505"_s;
    QTest::newRow("no name") << u"INSERT INTO persons (id, relation, created_at, created_by) "
                                "VALUES (93, 'huurder', 'x', 'x')"_s
                             << u"NOT NULL constraint failed"_s << u"23502"_s;
}

void TestPgSchema::refusesWhatSqliteRefuses()
{
    QFETCH(QString, statement);
    QFETCH(QString, sqliteMessage);
    QFETCH(QString, sqlState);
    const QString onSqlite = run(lite(), statement);
    QVERIFY2(onSqlite.contains(sqliteMessage), qPrintable(u"SQLite: "_s + onSqlite));
    QSqlError error;
    const QString onServer = run(pg(), statement, &error);
    QVERIFY2(!onServer.isEmpty(), "PostgreSQL took it");
    QVERIFY2(error.nativeErrorCode() == sqlState,
             qPrintable(error.nativeErrorCode() + u": "_s + onServer));
}

void TestPgSchema::addSearchRows()
{
    if (m_searchRows)
        return;
    const QString person = u"INSERT INTO persons (id, name, relation, klantnummer, "
                           "postcode, created_at, created_by) VALUES (%1, '%2', 'huurder', "
                           "'%3', '%4', '2026-01-05T09:00:00.000Z', 'j.devries')"_s;
    const QString request
        = u"INSERT INTO cases (id, number, person_id, channel, received_date, received_by, "
          "state, created_at, updated_at) VALUES (%1, '%2', %3, 'email', '2025-06-01', "
          "'j.devries', 'ontvangen', '2025-06-01T09:00:00.000Z', "
          "'2025-06-01T09:00:00.000Z')"_s;
    for (const QString &statement :
         { person.arg(200).arg(u"Pieter Jansen"_s, u"K300001"_s, u"5555 AA"_s),
           person.arg(201).arg(u"Zoë Brouwer"_s, u"K300002"_s, u"9876ZX"_s),
           person.arg(202).arg(u"Jan de Vries"_s, u"K300003"_s, u"5555AB"_s),
           person.arg(203).arg(u"İbrahim Öztürk"_s, u"K300004"_s, u"1011 AA"_s),
           person.arg(204).arg(u"Ayşe Çelik-Jansen"_s, u"K300005"_s, u"3011AB"_s),
           person.arg(205).arg(u"Lars Ørsted-Ærø"_s, u"K300006"_s, u"2511 CV"_s),
           request.arg(300).arg(u"AVG-2025-0042"_s).arg(200),
           request.arg(301).arg(u"AVG-2025-0043"_s).arg(201),
           request.arg(302).arg(u"AVG-2025-0044"_s).arg(202),
           request.arg(303).arg(u"AVG-2025-0045"_s).arg(203),
           request.arg(304).arg(u"AVG-2025-0046"_s).arg(204),
           request.arg(305).arg(u"AVG-2025-0047"_s).arg(200),
           request.arg(306).arg(u"AVG-2025-0048"_s).arg(205) })
        QVERIFY(onBoth(statement));
    // The search as the server store will run it finds "Jansen" by its first letters.
    Rows found;
    QVERIFY(readRows(pg(),
                     u"SELECT c.docid FROM case_search c JOIN cases r ON r.id = c.docid "
                     "WHERE c.document @@ to_tsquery('simple', 'jans:*') AND r.person_id = "
                     "200 ORDER BY c.docid"_s,
                     &found));
    QCOMPARE(column(found), QStringList({ u"300"_s, u"305"_s }));
    m_searchRows = true;
}

void TestPgSchema::searchFindsWhatSqliteFinds_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("serverFindsMore");
    for (const QString &typed : searches)
        QTest::newRow(qPrintable(typed)) << typed << false;
    for (const QString &typed : foldedFurtherOnServer)
        QTest::newRow(qPrintable(typed)) << typed << true;
}

void TestPgSchema::searchFindsWhatSqliteFinds()
{
    QFETCH(QString, typed);
    QFETCH(bool, serverFindsMore);
    addSearchRows();
    if (QTest::currentTestFailed())
        return;

    // SQLite: the case list's own MATCH expression. The server: the same words, each folded by
    // pd_fold, as prefixes that must all occur.
    const QString match = CaseQuery::matchExpression(typed);
    QVERIFY(!match.isEmpty());
    Rows lite;
    QVERIFY(readRows(this->lite(),
                     u"SELECT docid FROM case_search WHERE case_search MATCH ? ORDER BY docid"_s,
                     &lite, { match }));
    static const QRegularExpression word(u"\"([^\"*]+)\\*\""_s);
    QStringList prefixes;
    for (auto it = word.globalMatch(match); it.hasNext();) {
        Rows folded;
        QVERIFY(readRows(pg(), u"SELECT pd_fold(?)"_s, &folded, { it.next().captured(1) }));
        prefixes << folded.at(0).at(0) + u":*"_s;
    }
    Rows server;
    QVERIFY(readRows(pg(),
                     u"SELECT docid FROM case_search WHERE document @@ to_tsquery('simple', ?) "
                     "ORDER BY docid"_s,
                     &server, { prefixes.join(u" & "_s) }));
    if (!serverFindsMore) {
        QCOMPARE(column(server), column(lite));
        return;
    }
    QVERIFY2(server.size() > lite.size(), qPrintable(column(server).join(u' ')));
    for (const QString &docid : column(lite))
        QVERIFY(column(server).contains(docid));
}

void TestPgSchema::foldAgreesWithSqlite_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : foldedNames)
        QTest::newRow(qPrintable(name)) << name;
}

void TestPgSchema::foldAgreesWithSqlite()
{
    QFETCH(QString, name);
    Rows lite;
    Rows server;
    QVERIFY(readRows(this->lite(), u"SELECT pd_fold(?)"_s, &lite, { name }));
    QVERIFY(readRows(pg(), u"SELECT pd_fold(?)"_s, &server, { name }));
    QCOMPARE(lite.at(0).at(0), PersonQuery::fold(name));
    QCOMPARE(server.at(0).at(0), lite.at(0).at(0));
}

// The migration that gave a server's persons their sort key computed it in SQL (pd_sort_name,
// pg/0058); the application writes every later key with sortName(): the two must agree, or the
// persons kept before the upgrade sort apart from those added after it.
void TestPgSchema::sortNameAgreesWithTheApplication_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names {
        u"Jan de Vries"_s,
        u"Anna van den Berg"_s,
        u"Sanne in 't Veld"_s,
        u"Sanne in \u2019t Veld"_s,
        u"P. Brouwer"_s,
        u"J.P. de Vries"_s,
        u"Kees"_s,
        u"Anna Jansen-de Vries"_s,
        u"Maria de Jong-van Dam"_s,
        u"Jan Van Der Meer"_s,
        u"de Vries"_s,
        u"Brouwer, P."_s,
        u"  Jan   de  Vries "_s,
        u"Jan van"_s,
        u"Jansen-de Vries"_s,
        u"Karin Smit- Bos"_s,
        u"Smit- Bos"_s,
        u"Emre \u00c7elik"_s,
        u"Jan\tde\nVries"_s,
        u"Anna\u00a0van\u2003Dijk"_s,
        u"Ruud van 't Hek Jr."_s,
        u"Ik ben de van"_s,
        u"Nicolette d' Arcy"_s,
        u"DE VRIES"_s,
        u"Zo\u00eb 's-Gravendeel"_s,
        u"\u00c9mile \u00d8rsted-\u00c6r\u00f8"_s,
        u"Stra\u00dfe \u0141ukasz \u0110oki\u0107 \u00de\u00f3r Y\u0131lmaz"_s,
        u"\uff2a\uff41\uff4e de \uff36ries"_s,
        u"Jose\u0301 Ferna\u0301ndez"_s,
        u""_s,
    };
    for (const QString &name : names)
        QTest::newRow(qPrintable(name.isEmpty() ? u"(empty)"_s : name)) << name;
}

void TestPgSchema::sortNameAgreesWithTheApplication()
{
    QFETCH(QString, name);
    Rows server;
    QVERIFY(readRows(pg(), u"SELECT pd_sort_name(?), pd_sort_key(?)"_s, &server, { name, name }));
    QCOMPARE(server.at(0).at(0), pd::sortName(name));
    QCOMPARE(server.at(0).at(1), pd::sortKey(name)); // what the server's trigger keeps
}

// A migration or audit.sql runs as one text of many statements: the failure of a later one is
// the script's, with the server's message (QSqlQuery::exec reads the first statement's result
// only, and the upgrade went on in an aborted transaction).
void TestPgSchema::aScriptFailingPartWayIsAnError()
{
    QString error;
    QVERIFY(!sql::executeServerScript(
        pg(), u"SELECT 1; SELECT count(*) FROM no_such_table; SELECT 2"_s, &error));
    QVERIFY2(error.contains(u"no_such_table"_s), qPrintable(error));
    QVERIFY2(sql::executeServerScript(pg(), u"SELECT 1; SELECT 2"_s, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestPgSchema)
#include "tst_pgschema.moc"
