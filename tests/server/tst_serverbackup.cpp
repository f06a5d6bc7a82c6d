// ServerBackup against a private PostgreSQL cluster. A login role's database (a
// schema, two tables, a row-level security policy, a GRANT to another login) is backed up as
// that role into exactly one new owner-only file that shows nothing of the archive; restored
// into a new empty database it has the same rows, owners, policy and grant, and the policy
// works for the other login. A pg_restore that fails undoes what it did. Refused, each leaving the
// target database empty: a database that is not empty (which stays as it was), a wrong passphrase,
// one changed byte anywhere (header, first, middle, last chunk), a file cut off inside a chunk or
// before its last chunk, and bytes after its end. A short passphrase, a pg_dump older than the
// server, and a pg_dump that fails leave no file; a second backup of the same second gets a name of
// its own. The password is never in an error, nor on pg_dump's and pg_restore's command lines as
// they are started, and no PG* variable of the caller reaches them.

#include "PostgresCluster.h"
#include "crypto/SecureBytes.h"
#include "store/ServerBackup.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::test;

namespace {

const QString owner = u"j.devries"_s;
const QString ownerPassword = u"correct horse battery staple"_s;
const QString kcc = u"k.kcc"_s;
const QString kccPassword = u"kcc-telefoon-wachtwoord"_s;
const QString passphrase = u"back-up in de kluis van de FG"_s;
const QByteArray marker = "Jansen-marker-4e9b";

// The file format as ServerBackup.h describes it: a 61-byte header, then chunks of a 4-byte
// length and that many bytes.
constexpr qsizetype headerBytes = 61;

QList<qsizetype> chunkOffsets(const QByteArray &file)
{
    QList<qsizetype> offsets;
    qsizetype at = headerBytes;
    while (at + 4 <= file.size()) {
        offsets << at;
        at += 4 + qFromBigEndian<quint32>(file.constData() + at);
    }
    return offsets;
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                  | QDir::NoDotAndDotDot);
}

int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes, int mode = 0644)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    return ::chmod(QFile::encodeName(path).constData(), static_cast<mode_t>(mode)) == 0;
}

ServerBackupOptions cheap()
{
    ServerBackupOptions options;
    options.kdf = KdfParams::minimum();
    return options;
}

} // namespace

class TestServerBackup final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void backsUpIntoOneNewPrivateFile();
    void restoresRowsOwnersPolicyAndGrant();
    void refusesADatabaseThatIsNotEmpty();
    void aRestoreThatFailsUndoesEverything();
    void refusesAWrongPassphrase();
    void refusesAChangedByte_data();
    void refusesAChangedByte();
    void refusesAnIncompleteFile_data();
    void refusesAnIncompleteFile();
    void refusesAShortPassphrase();
    void neverOverwritesABackupOfTheSameSecond();
    void keepsThePasswordOffCommandLinesAndOutOfErrors();
    void aFailingPgDumpLeavesNoFile();
    void refusesAPgDumpOlderThanTheServer();

private:
    ServerLocation location(const QString &database) const;
    QSqlDatabase superuser(const QString &database);
    bool exec(const QString &database, const QString &sql);
    QVariant scalar(const QString &database, const QString &sql);
    bool createDatabase(const QString &name);
    // No schema zaken and no relation outside the system schemas.
    bool isEmpty(const QString &database);
    bool restore(const QString &file, const QString &database, const QString &phrase,
                 QString *error, const ServerBackupOptions &options = {});

    PostgresCluster m_cluster;
    QTemporaryDir m_dir;
    QString backupFolder() const { return m_dir.filePath(u"nieuw/back-ups"_s); }
    QString m_backup; // made by initTestCase
    QStringList m_connections;
};

ServerLocation TestServerBackup::location(const QString &database) const
{
    QString error;
    return *ServerLocation::parse(u"postgresql:///%1?host=%2&port=%3"_s.arg(database)
                                      .arg(m_cluster.socketDir())
                                      .arg(m_cluster.port()),
                                  &error);
}

QSqlDatabase TestServerBackup::superuser(const QString &database)
{
    const QString name = u"su-"_s + database;
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    m_connections << name;
    db.setHostName(m_cluster.socketDir());
    db.setPort(m_cluster.port());
    db.setUserName(PostgresCluster::superuser());
    db.setDatabaseName(database);
    if (!db.open())
        qWarning() << "superuser connection to" << database << db.lastError().text();
    return db;
}

bool TestServerBackup::exec(const QString &database, const QString &sql)
{
    QSqlQuery query(superuser(database));
    if (query.exec(sql))
        return true;
    qWarning() << sql << query.lastError().text();
    return false;
}

QVariant TestServerBackup::scalar(const QString &database, const QString &sql)
{
    QSqlQuery query(superuser(database));
    if (!query.exec(sql) || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return {};
    }
    return query.value(0);
}

bool TestServerBackup::createDatabase(const QString &name)
{
    return exec(u"postgres"_s, u"CREATE DATABASE %1 OWNER \"j.devries\""_s.arg(name));
}

bool TestServerBackup::isEmpty(const QString &database)
{
    return scalar(database,
                  u"SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                  "c.relnamespace WHERE n.nspname <> 'information_schema' AND n.nspname NOT "
                  "LIKE 'pg\\_%') + (SELECT count(*) FROM pg_namespace WHERE nspname = 'zaken')"_s)
               .toLongLong()
        == 0;
}

bool TestServerBackup::restore(const QString &file, const QString &database, const QString &phrase,
                               QString *error, const ServerBackupOptions &options)
{
    return ServerBackup::restore(file, SecureBytes::fromUtf8(phrase), location(database), owner,
                                 SecureBytes::fromUtf8(ownerPassword), error, options);
}

void TestServerBackup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_cluster.start(&error), qPrintable(error));
    QVERIFY(
        exec(u"postgres"_s, u"CREATE ROLE \"j.devries\" LOGIN PASSWORD '%1'"_s.arg(ownerPassword)));
    QVERIFY(exec(u"postgres"_s, u"CREATE ROLE \"k.kcc\" LOGIN PASSWORD '%1'"_s.arg(kccPassword)));
    QVERIFY(createDatabase(u"bron"_s));

    // The store's objects are the login role's own, made by it (as the server store will be).
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"setup"_s);
        db.setHostName(m_cluster.socketDir());
        db.setPort(m_cluster.port());
        db.setUserName(owner);
        db.setPassword(ownerPassword);
        db.setDatabaseName(u"bron"_s);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        const QStringList setup {
            u"CREATE SCHEMA zaken"_s,
            u"CREATE TABLE zaken.verzoeken (id integer PRIMARY KEY, naam text NOT NULL, "
            "behandelaar text NOT NULL)"_s,
            u"CREATE TABLE zaken.notities (id serial PRIMARY KEY, verzoek integer NOT NULL "
            "REFERENCES zaken.verzoeken, tekst text NOT NULL)"_s,
            u"INSERT INTO zaken.verzoeken VALUES (1, 'M. %1', 'k.kcc'), (2, 'P. de Boer', "
            "'j.devries'), (3, 'A. El Amrani', 'j.devries')"_s.arg(QString::fromLatin1(marker)),
            u"INSERT INTO zaken.notities (verzoek, tekst) VALUES (1, 'Belde over %1')"_s.arg(
                QString::fromLatin1(marker)),
            // Enough that hardly compresses for several chunks of 64 KiB.
            u"INSERT INTO zaken.notities (verzoek, tekst) SELECT 1 + g % 3, md5(random()::text) "
            "|| md5(random()::text) || md5(random()::text) || md5(random()::text) FROM "
            "generate_series(1, 4000) g"_s,
            u"ALTER TABLE zaken.verzoeken ENABLE ROW LEVEL SECURITY"_s,
            u"CREATE POLICY eigen_verzoeken ON zaken.verzoeken FOR SELECT TO \"k.kcc\" USING "
            "(behandelaar = current_user)"_s,
            u"GRANT USAGE ON SCHEMA zaken TO \"k.kcc\""_s,
            u"GRANT SELECT ON zaken.verzoeken TO \"k.kcc\""_s,
        };
        for (const QString &sql : setup)
            QVERIFY2(query.exec(sql), qPrintable(sql + u": "_s + query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"setup"_s);

    // The backup the tests read: into a folder that does not exist yet.
    QVERIFY2(ServerBackup::backup(location(u"bron"_s), owner, SecureBytes::fromUtf8(ownerPassword),
                                  SecureBytes::fromUtf8(passphrase), backupFolder(), &m_backup,
                                  &error, cheap()),
             qPrintable(error));
}

void TestServerBackup::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

void TestServerBackup::backsUpIntoOneNewPrivateFile()
{
    const QString folder = backupFolder();
    const QString file = m_backup;
    QCOMPARE(QFileInfo(file).absolutePath(), QDir(folder).absolutePath());
    QCOMPARE(entriesOf(folder), QStringList { QFileInfo(file).fileName() });
    QVERIFY2(QFileInfo(file).fileName().startsWith(u"privacydesk-bron-"_s), qPrintable(file));
    QVERIFY(file.endsWith(u".pdbackup"_s));
    QCOMPARE(modeOf(file), 0600);
    QCOMPARE(modeOf(folder), 0700);
    QCOMPARE(modeOf(m_dir.filePath(u"nieuw"_s)), 0700);

    const QByteArray bytes = readAll(file);
    QVERIFY(bytes.startsWith("PDSB1"));
    QVERIFY(!bytes.contains(marker));
    QVERIFY(!bytes.contains("PGDMP")); // pg_dump's custom-format magic
    QVERIFY(!bytes.contains("zaken"));
    const QList<qsizetype> chunks = chunkOffsets(bytes);
    // The Argon2id cost it was made with, in the header; the product's default is moderate.
    QCOMPARE(qFromBigEndian<quint64>(bytes.constData() + 5), KdfParams::minimum().opsLimit);
    QCOMPARE(qFromBigEndian<quint64>(bytes.constData() + 13), KdfParams::minimum().memLimit);
    QVERIFY(ServerBackupOptions().kdf == KdfParams::moderate());
    // Chunks of 64 KiB of the archive (plus 17 bytes of tag and MAC), the last one shorter.
    QVERIFY2(chunks.size() >= 3, qPrintable(QString::number(chunks.size())));
    for (qsizetype i = 0; i + 1 < chunks.size(); ++i)
        QCOMPARE(qFromBigEndian<quint32>(bytes.constData() + chunks.at(i)), 64u * 1024 + 17);
    QVERIFY(qFromBigEndian<quint32>(bytes.constData() + chunks.last()) <= 64 * 1024 + 17);
    QCOMPARE(chunks.last() + 4 + qFromBigEndian<quint32>(bytes.constData() + chunks.last()),
             bytes.size());
}

void TestServerBackup::restoresRowsOwnersPolicyAndGrant()
{
    QVERIFY(createDatabase(u"herstel"_s));
    QVERIFY(isEmpty(u"herstel"_s));
    QString error;
    QVERIFY2(restore(m_backup, u"herstel"_s, passphrase, &error), qPrintable(error));

    for (const QString &table : { u"zaken.verzoeken"_s, u"zaken.notities"_s }) {
        const QString rows = u"SELECT count(*) || ':' || md5(string_agg(t::text, '|' ORDER BY "
                             "t.id)) FROM %1 t"_s.arg(table);
        const QString source = scalar(u"bron"_s, rows).toString();
        QVERIFY(!source.isEmpty());
        QCOMPARE(scalar(u"herstel"_s, rows).toString(), source);
    }
    QCOMPARE(scalar(u"herstel"_s, u"SELECT count(*) FROM zaken.notities"_s).toInt(), 4001);
    QCOMPARE(
        scalar(u"herstel"_s, u"SELECT tekst FROM zaken.notities WHERE tekst LIKE 'Belde over%'"_s)
            .toString(),
        u"Belde over "_s + QString::fromLatin1(marker));
    const QString owners = u"SELECT string_agg(tablename || '=' || tableowner, ',' ORDER BY "
                           "tablename) FROM pg_tables WHERE schemaname = 'zaken'"_s;
    QCOMPARE(scalar(u"herstel"_s, owners).toString(), u"notities=j.devries,verzoeken=j.devries"_s);
    const QString policy = u"SELECT policyname || ' ' || cmd || ' ' || roles::text || ' ' || qual "
                           "FROM pg_policies WHERE schemaname = 'zaken'"_s;
    QVERIFY(!scalar(u"bron"_s, policy).toString().isEmpty());
    QCOMPARE(scalar(u"herstel"_s, policy).toString(), scalar(u"bron"_s, policy).toString());
    QCOMPARE(
        scalar(u"herstel"_s,
               u"SELECT relrowsecurity FROM pg_class WHERE oid = 'zaken.verzoeken'::regclass"_s)
            .toBool(),
        true);
    QCOMPARE(
        scalar(u"herstel"_s, u"SELECT has_table_privilege('k.kcc', 'zaken.verzoeken', 'SELECT')"_s)
            .toBool(),
        true);
    QCOMPARE(
        scalar(u"herstel"_s, u"SELECT has_table_privilege('k.kcc', 'zaken.notities', 'SELECT')"_s)
            .toBool(),
        false);

    // The grant and the policy at work: the KCC login sees its own request only.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"kcc"_s);
        db.setHostName(m_cluster.socketDir());
        db.setPort(m_cluster.port());
        db.setUserName(kcc);
        db.setPassword(kccPassword);
        db.setDatabaseName(u"herstel"_s);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY2(query.exec(u"SELECT string_agg(id::text, ',') FROM zaken.verzoeken"_s),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"1"_s);
        QVERIFY(!query.exec(u"SELECT count(*) FROM zaken.notities"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"kcc"_s);
}

void TestServerBackup::refusesADatabaseThatIsNotEmpty()
{
    QVERIFY(createDatabase(u"bezet"_s));
    QVERIFY(exec(u"bezet"_s,
                 u"CREATE TABLE public.bestaand (id integer); INSERT INTO public.bestaand VALUES "
                 "(7)"_s));
    QString error;
    QVERIFY(!restore(m_backup, u"bezet"_s, passphrase, &error));
    QVERIFY2(error.contains(u"not empty"_s), qPrintable(error));
    QCOMPARE(
        scalar(u"bezet"_s, u"SELECT string_agg(id::text, ',') FROM public.bestaand"_s).toString(),
        u"7"_s);
    QCOMPARE(
        scalar(u"bezet"_s, u"SELECT count(*) FROM pg_namespace WHERE nspname = 'zaken'"_s).toInt(),
        0);

    // A schema of its own, without a table in it, is something too.
    QVERIFY(createDatabase(u"schema_alleen"_s));
    QVERIFY(exec(u"schema_alleen"_s, u"CREATE SCHEMA zaken"_s));
    QVERIFY(!restore(m_backup, u"schema_alleen"_s, passphrase, &error));
    QVERIFY2(error.contains(u"not empty"_s), qPrintable(error));
}

void TestServerBackup::aRestoreThatFailsUndoesEverything()
{
    // The KCC login may create the schema in its own database, but may not give it to its owner
    // j.devries (the restore keeps owners): pg_restore stops there, and its one transaction
    // takes the schema back out.
    QVERIFY(exec(u"postgres"_s, u"CREATE DATABASE van_kcc OWNER \"k.kcc\""_s));
    QString error;
    QVERIFY(!ServerBackup::restore(m_backup, SecureBytes::fromUtf8(passphrase),
                                   location(u"van_kcc"_s), kcc, SecureBytes::fromUtf8(kccPassword),
                                   &error, cheap()));
    QVERIFY2(error.contains(u"pg_restore"_s) && error.contains(u"undid"_s), qPrintable(error));
    QVERIFY2(!error.contains(kccPassword), qPrintable(error));
    QVERIFY(isEmpty(u"van_kcc"_s));
}

void TestServerBackup::refusesAWrongPassphrase()
{
    QVERIFY(createDatabase(u"leeg_wachtzin"_s));
    QString error;
    QVERIFY(!restore(m_backup, u"leeg_wachtzin"_s, passphrase + u'!', &error));
    QVERIFY2(error.contains(u"passphrase does not open"_s), qPrintable(error));
    QVERIFY(!error.contains(passphrase));
    QVERIFY(isEmpty(u"leeg_wachtzin"_s));
}

void TestServerBackup::refusesAChangedByte_data()
{
    QTest::addColumn<QString>("where");
    for (const char *where :
         { "magic", "opslimit", "memlimit", "salt", "stream header", "first length", "first chunk",
           "middle chunk", "middle length", "last chunk", "last byte" })
        QTest::newRow(where) << QString::fromLatin1(where);
}

void TestServerBackup::refusesAChangedByte()
{
    QFETCH(QString, where);
    QByteArray bytes = readAll(m_backup);
    const QList<qsizetype> chunks = chunkOffsets(bytes);
    QVERIFY(chunks.size() >= 3);
    const qsizetype middle = chunks.at(chunks.size() / 2);
    const QHash<QString, qsizetype> offsets {
        { u"magic"_s, 0 },
        { u"opslimit"_s, 5 + 7 },
        { u"memlimit"_s, 13 + 5 },
        { u"salt"_s, 21 + 3 },
        { u"stream header"_s, 37 + 10 },
        { u"first length"_s, headerBytes + 3 },
        { u"first chunk"_s, headerBytes + 4 + 100 },
        { u"middle chunk"_s, middle + 4 + 30000 },
        { u"middle length"_s, middle + 2 },
        { u"last chunk"_s, chunks.last() + 4 + 5 },
        { u"last byte"_s, bytes.size() - 1 },
    };
    const qsizetype at = offsets.value(where);
    QVERIFY(at < bytes.size());
    bytes[at] = static_cast<char>(bytes.at(at) ^ 0x02);
    const QString changed = m_dir.filePath(u"veranderd.pdbackup"_s);
    QVERIFY(writeAll(changed, bytes));

    const QString database = u"leeg_"_s + where.replace(u' ', u'_');
    QVERIFY(createDatabase(database));
    QString error;
    QVERIFY(!restore(changed, database, passphrase, &error));
    QVERIFY2(error.contains(u"Nothing was restored"_s) || error.contains(u"not a backup"_s),
             qPrintable(error));
    QVERIFY(isEmpty(database));
}

void TestServerBackup::refusesAnIncompleteFile_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("cut inside a chunk") << u"inside"_s;
    QTest::newRow("without the final chunk") << u"final"_s;
    QTest::newRow("only the header") << u"header"_s;
    QTest::newRow("half the header") << u"half header"_s;
    QTest::newRow("a byte after the end") << u"after"_s;
    QTest::newRow("a copy of the last chunk after the end") << u"repeated"_s;
}

void TestServerBackup::refusesAnIncompleteFile()
{
    QFETCH(QString, how);
    QByteArray bytes = readAll(m_backup);
    const QList<qsizetype> chunks = chunkOffsets(bytes);
    if (how == u"inside"_s)
        bytes.truncate(chunks.at(1) + 1000);
    else if (how == u"final"_s)
        bytes.truncate(chunks.last());
    else if (how == u"header"_s)
        bytes.truncate(headerBytes);
    else if (how == u"half header"_s)
        bytes.truncate(30);
    else if (how == u"after"_s)
        bytes.append('\0');
    else
        bytes.append(bytes.mid(chunks.last()));
    const QString cut = m_dir.filePath(u"afgebroken.pdbackup"_s);
    QVERIFY(writeAll(cut, bytes));

    const QString database = u"leeg_"_s + how.replace(u' ', u'_');
    QVERIFY(createDatabase(database));
    QString error;
    QVERIFY(!restore(cut, database, passphrase, &error));
    QVERIFY2(error.contains(u"Nothing was restored"_s), qPrintable(error));
    QVERIFY(isEmpty(database));
}

void TestServerBackup::refusesAShortPassphrase()
{
    const QString folder = m_dir.filePath(u"kort"_s);
    // Eleven characters, and eleven characters in 22 bytes: characters count, not bytes.
    for (const QString &phrase : { u"elf tekens!"_s, u"ëëëëëëëëëëë"_s }) {
        QString file;
        QString error;
        QVERIFY(
            !ServerBackup::backup(location(u"bron"_s), owner, SecureBytes::fromUtf8(ownerPassword),
                                  SecureBytes::fromUtf8(phrase), folder, &file, &error, cheap()));
        QVERIFY2(error.contains(u"12 characters"_s), qPrintable(error));
        QVERIFY(!error.contains(phrase));
        QVERIFY(file.isEmpty());
        QVERIFY(!QFileInfo::exists(folder));
    }
}

void TestServerBackup::neverOverwritesABackupOfTheSameSecond()
{
    const QString folder = m_dir.filePath(u"zelfde-seconde"_s);
    const FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(14, 30, 5), Qt::UTC));
    ServerBackupOptions options = cheap();
    options.clock = &clock;
    QString first;
    QString second;
    QString error;
    QVERIFY2(ServerBackup::backup(location(u"bron"_s), owner, SecureBytes::fromUtf8(ownerPassword),
                                  SecureBytes::fromUtf8(passphrase), folder, &first, &error,
                                  options),
             qPrintable(error));
    const QByteArray firstBytes = readAll(first);
    const QString base
        = u"privacydesk-bron-"_s + organisationTime(clock.now()).toString(u"yyyyMMdd-HHmmss"_s);
    QCOMPARE(QFileInfo(first).fileName(), base + u".pdbackup"_s);
    QVERIFY2(ServerBackup::backup(location(u"bron"_s), owner, SecureBytes::fromUtf8(ownerPassword),
                                  SecureBytes::fromUtf8(passphrase), folder, &second, &error,
                                  options),
             qPrintable(error));
    QCOMPARE(QFileInfo(second).fileName(), base + u"-2.pdbackup"_s);
    QCOMPARE(readAll(first), firstBytes);
    QCOMPARE(entriesOf(folder).size(), 2);
    QCOMPARE(modeOf(second), 0600);

    // The second one is whole.
    QVERIFY(createDatabase(u"tweede"_s));
    QVERIFY2(restore(second, u"tweede"_s, passphrase, &error), qPrintable(error));
    QCOMPARE(scalar(u"tweede"_s, u"SELECT count(*) FROM zaken.verzoeken"_s).toInt(), 3);
}

void TestServerBackup::keepsThePasswordOffCommandLinesAndOutOfErrors()
{
    // The argument lists, as built.
    for (const QStringList &arguments :
         { ServerBackup::dumpArguments(location(u"bron"_s), owner),
           ServerBackup::restoreArguments(location(u"herstel"_s), owner) }) {
        const QString joined = arguments.join(u' ');
        QVERIFY2(!joined.contains(ownerPassword), qPrintable(joined));
        QVERIFY2(!joined.contains(u"password="_s), qPrintable(joined));
    }

    // As the tools are started: wrappers that write down their arguments and the names of the
    // PG* variables they get, then run the real tool.
    QTemporaryDir tools;
    QVERIFY(tools.isValid());
    for (const QString &tool : { u"pg_dump"_s, u"pg_restore"_s }) {
        const QString real = ServerBackup::toolPath(tool);
        QVERIFY2(!real.isEmpty(), qPrintable(tool));
        const QString script = u"#!/bin/sh\n"
                               "printf '%s\\n' \"$@\" >> \"%1.args\"\n"
                               "env | sed -n 's/^\\(PG[A-Z_]*\\)=.*/\\1/p' >> \"%1.env\"\n"
                               "exec \"%2\" \"$@\"\n"_s.arg(tools.filePath(tool), real);
        QVERIFY(writeAll(tools.filePath(tool), script.toUtf8(), 0700));
    }
    ServerBackupOptions options = cheap();
    options.toolDirectory = tools.path();
    // The caller's PG* variables would send a tool elsewhere; they do not reach it.
    qputenv("PGHOST", "/nonexistent");
    qputenv("PGDATABASE", "elders");
    qputenv("PGPASSWORD", "not this one either");
    const auto unset = qScopeGuard([] {
        qunsetenv("PGHOST");
        qunsetenv("PGDATABASE");
        qunsetenv("PGPASSWORD");
    });
    const QString folder = m_dir.filePath(u"omwikkeld"_s);
    QString file;
    QString error;
    QVERIFY2(ServerBackup::backup(location(u"bron"_s), owner, SecureBytes::fromUtf8(ownerPassword),
                                  SecureBytes::fromUtf8(passphrase), folder, &file, &error,
                                  options),
             qPrintable(error));
    QVERIFY(createDatabase(u"omwikkeld"_s));
    QVERIFY2(restore(file, u"omwikkeld"_s, passphrase, &error, options), qPrintable(error));
    QCOMPARE(scalar(u"omwikkeld"_s, u"SELECT count(*) FROM zaken.verzoeken"_s).toInt(), 3);
    for (const QString &tool : { u"pg_dump"_s, u"pg_restore"_s }) {
        const QString arguments = QString::fromUtf8(readAll(tools.filePath(tool + u".args"_s)));
        QVERIFY2(arguments.contains(u"--format=custom"_s), qPrintable(arguments));
        QVERIFY2(!arguments.contains(ownerPassword), qPrintable(arguments));
        QVERIFY2(!arguments.contains(u"password="_s), qPrintable(arguments));
        const QStringList variables = QString::fromUtf8(readAll(tools.filePath(tool + u".env"_s)))
                                          .split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(variables.contains(u"PGPASSWORD"_s), qPrintable(variables.join(u' ')));
        QVERIFY2(!variables.contains(u"PGHOST"_s), qPrintable(variables.join(u' ')));
        QVERIFY2(!variables.contains(u"PGDATABASE"_s), qPrintable(variables.join(u' ')));
    }
    QVERIFY(readAll(tools.filePath(u"pg_restore.args"_s)).contains("--single-transaction"));

    // A wrong password: the server refused, said without the password.
    const QString refused = m_dir.filePath(u"geweigerd"_s);
    QVERIFY(!ServerBackup::backup(
        location(u"bron"_s), owner, SecureBytes::fromUtf8(u"wrong horse battery staple"),
        SecureBytes::fromUtf8(passphrase), refused, &file, &error, cheap()));
    QVERIFY2(error.contains(u"refused"_s) && error.contains(owner), qPrintable(error));
    QVERIFY2(!error.contains(u"wrong horse"_s), qPrintable(error));
    QVERIFY(!error.contains(passphrase));
    QVERIFY(!QFileInfo::exists(refused) || entriesOf(refused).isEmpty());
    QVERIFY(createDatabase(u"geweigerd"_s));
    QVERIFY(!ServerBackup::restore(
        m_backup, SecureBytes::fromUtf8(passphrase), location(u"geweigerd"_s), owner,
        SecureBytes::fromUtf8(u"wrong horse battery staple"), &error, cheap()));
    QVERIFY2(error.contains(u"refused"_s), qPrintable(error));
    QVERIFY2(!error.contains(u"wrong horse"_s), qPrintable(error));
    QVERIFY(isEmpty(u"geweigerd"_s));
}

void TestServerBackup::aFailingPgDumpLeavesNoFile()
{
    // The KCC login may read one table of the store: pg_dump refuses to dump the rest.
    const QString folder = m_dir.filePath(u"mislukt"_s);
    QString file;
    QString error;
    QVERIFY(!ServerBackup::backup(location(u"bron"_s), kcc, SecureBytes::fromUtf8(kccPassword),
                                  SecureBytes::fromUtf8(passphrase), folder, &file, &error,
                                  cheap()));
    QVERIFY2(error.contains(u"pg_dump"_s) && error.contains(u"permission denied"_s),
             qPrintable(error));
    QVERIFY2(!error.contains(kccPassword), qPrintable(error));
    QVERIFY(file.isEmpty());
    QCOMPARE(entriesOf(folder), QStringList()); // not even the temporary file
}

void TestServerBackup::refusesAPgDumpOlderThanTheServer()
{
    QTemporaryDir tools;
    QVERIFY(tools.isValid());
    QVERIFY(writeAll(tools.filePath(u"pg_dump"_s),
                     "#!/bin/sh\necho 'pg_dump (PostgreSQL) 9.6.24'\n", 0700));
    ServerBackupOptions options = cheap();
    options.toolDirectory = tools.path();
    const QString folder = m_dir.filePath(u"oud"_s);
    QString file;
    QString error;
    QVERIFY(!ServerBackup::backup(location(u"bron"_s), owner, SecureBytes::fromUtf8(ownerPassword),
                                  SecureBytes::fromUtf8(passphrase), folder, &file, &error,
                                  options));
    const int server = scalar(u"bron"_s, u"SHOW server_version_num"_s).toInt() / 10000;
    QVERIFY2(error.contains(u"version 9"_s)
                 && error.contains(u"postgresql-client-%1"_s.arg(server)),
             qPrintable(error));
    QVERIFY(!QFileInfo::exists(folder) || entriesOf(folder).isEmpty());
}

QTEST_GUILESS_MAIN(TestServerBackup)
#include "tst_serverbackup.moc"
