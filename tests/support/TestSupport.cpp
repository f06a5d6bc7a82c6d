#include "TestSupport.h"

#include "ServerStoreFixture.h"
#include "crypto/SecureBytes.h"
#include "demo/DemoData.h"
#include "store/Migrations.h"
#include "util/Clock.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

namespace pd::test {

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

} // namespace pd::test

#include <QDir>
#include <QProcess>

#include <unistd.h>

namespace pd::test {

namespace {
bool runQuietly(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
}
} // namespace

TmpfsMount::TmpfsMount(const QString &mountPoint, int megabytes)
    : m_path(mountPoint)
{
    QDir().mkpath(mountPoint);
    if (::geteuid() != 0)
        return;
    m_mounted = runQuietly(QStringLiteral("mount"),
                           { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                             QStringLiteral("size=%1m,mode=0700").arg(megabytes),
                             QStringLiteral("privacydesk-test"), mountPoint });
}

TmpfsMount::~TmpfsMount()
{
    if (m_mounted)
        runQuietly(QStringLiteral("umount"), { QStringLiteral("-l"), m_path });
}

bool TmpfsMount::remount(const QString &options)
{
    return m_mounted
        && runQuietly(QStringLiteral("mount"),
                      { QStringLiteral("-o"), QStringLiteral("remount,") + options, m_path });
}

} // namespace pd::test

#include <QCryptographicHash>
#include <QTest>

namespace pd::test {

std::unique_ptr<Store> createTestStore(const QString &directory, QString *recoveryKey,
                                       const QString &organisation)
{
    StoreCreateOptions options;
    options.kdf = KdfParams::minimum();
    options.organisationName = organisation;
    StoreError error;
    QString recovery;
    auto store = Store::create(directory, testUser, SecureBytes::fromUtf8(testPassword), options,
                               &recovery, &error);
    if (!store)
        qWarning("createTestStore: %s", qPrintable(error.detail()));
    if (recoveryKey)
        *recoveryKey = recovery;
    return store;
}

std::unique_ptr<Store> openTestStore(const QString &directory, StoreError *error)
{
    return Store::open(directory, testUser, SecureBytes::fromUtf8(testPassword), error);
}

std::unique_ptr<Store> makeDemoStore(const QString &dir, int cases, QDate today)
{
    StoreCreateOptions options;
    options.kdf = KdfParams::minimum();
    options.demo = true;
    StoreError error;
    QString recovery;
    auto store = Store::create(dir, testUser, SecureBytes::fromUtf8(testPassword), options,
                               &recovery, &error);
    if (!store) {
        qWarning("create failed: %s", qPrintable(error.detail()));
        return store;
    }
    DemoOptions demo;
    demo.cases = cases;
    demo.today = today;
    QString failure;
    if (!DemoData::generate(*store, demo, {}, &failure)) {
        qWarning("demo failed: %s", qPrintable(failure));
        return nullptr;
    }
    return store;
}

std::unique_ptr<Store> openStoreAs(const QString &directory, const QString &user,
                                   const QString &password)
{
    StoreError error;
    auto store = Store::open(directory, user, SecureBytes::fromUtf8(password), &error);
    if (!store)
        qWarning("open as %s: %s", qPrintable(user), qPrintable(error.detail()));
    return store;
}

QMap<QString, QByteArray> fingerprint(const QString &dir)
{
    QMap<QString, QByteArray> result;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            result.insert(path,
                          QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return result;
}

} // namespace pd::test

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <ctime>

namespace pd::test {

QDate systemToday()
{
    return systemClock().today();
}

QDateTime systemNow()
{
    return systemClock().now();
}

void setComputerTimeZone(const char *zone)
{
    qputenv("TZ", zone);
    ::tzset();
}

bool execSql(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

bool renameTable(const QSqlDatabase &db, const QString &from, const QString &to)
{
    // On a server only the store's owner may (execAsOwner).
    return execAsOwner(db, { QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(from, to) });
}

int countRows(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QStringList rowsAsText(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return { QStringLiteral("(failed)") };
    }
    QStringList all;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << (query.value(i).isNull() ? QStringLiteral("NULL")
                                               : query.value(i).toString());
        all << values.join(u'|');
    }
    return all;
}

int denials(const Store &store)
{
    // Read past the roles: on a server a KCC login may not read the audit trail.
    bool ok = false;
    const int count
        = readAsOwner(
              store.database(),
              QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'user.denied'"))
              .value(0)
              .toInt(&ok);
    return ok ? count : -1;
}

} // namespace pd::test

namespace pd::test {

QString elfProefNumber(int n, int length)
{
    if (n < 0 || n > 9 || (length != 8 && length != 9))
        qFatal("elfProefNumber(%d, %d): n is 0 to 9, length 8 or 9", n, length);
    // w·d1 + … + 2·d(length−1) − d(length) ≡ 0 (mod 11), the weights w = length down to 2: the
    // last digit is that sum mod 11, when it is one digit.
    const int first = (20481632 + n * 7654321) / (length == 9 ? 1 : 10);
    for (int base = first;; ++base) {
        const QString digits = QString::number(base);
        int sum = 0;
        for (int i = 0; i < length - 1; ++i)
            sum += (length - i) * digits.at(i).digitValue();
        if (sum % 11 < 10)
            return digits + QString::number(sum % 11);
    }
}

QString grouped(const QString &digits, const QList<int> &sizes, const QString &separator)
{
    QStringList groups;
    qsizetype from = 0;
    for (const int size : sizes) {
        groups.append(digits.mid(from, size));
        from += size;
    }
    if (from != digits.size())
        qFatal("grouped: the groups do not hold %s", qPrintable(digits));
    return groups.join(separator);
}

QString fullWidth(const QString &digits)
{
    QString wide;
    for (const QChar c : digits)
        wide.append(QChar(c.digitValue() < 0 ? c.unicode() : char16_t(0xFF10 + c.digitValue())));
    return wide;
}

QString maskedNumber(const QString &digits)
{
    return QString(digits.size() - 4, u'*') + digits.right(4);
}

} // namespace pd::test

namespace pd::test {

bool rebuildAtSchema(QSqlDatabase &db, int version, QString *error)
{
    if (!execSql(db, QStringLiteral("PRAGMA foreign_keys = OFF"))) {
        *error = QStringLiteral("foreign keys stay on");
        return false;
    }
    QSqlQuery virtualTables(db);
    QStringList drop;
    if (!virtualTables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND sql LIKE 'CREATE VIRTUAL%'"))) {
        *error = virtualTables.lastError().text();
        return false;
    }
    while (virtualTables.next())
        drop << virtualTables.value(0).toString();
    virtualTables.finish();
    for (const QString &table : db.tables()) {
        if (table != QLatin1StringView("meta") && table != QLatin1StringView("users")
            && table != QLatin1StringView("settings") && !drop.contains(table)
            && !table.startsWith(QLatin1StringView("case_search_")))
            drop << table;
    }
    // An older store still has its audit trail (the table has had one shape since schema 3),
    // and the keyring's anchor expects it: keep the events across the rebuild.
    const bool keepAudit = version >= 3 && drop.contains(QStringLiteral("audit_events"));
    if (keepAudit
        && !execSql(
            db, QStringLiteral("CREATE TEMP TABLE pd_kept_audit AS SELECT * FROM audit_events"))) {
        *error = QStringLiteral("cannot keep the audit trail");
        return false;
    }
    for (const QString &table : std::as_const(drop)) {
        if (!execSql(db, QStringLiteral("DROP TABLE IF EXISTS ") + table)) {
            *error = QStringLiteral("cannot drop ") + table;
            return false;
        }
    }
    if (!execSql(db, QStringLiteral("PRAGMA user_version = 2")))
        return false;
    if (!applyMigrations(db, builtinMigrations().mid(0, version), error))
        return false;
    if (keepAudit
        && (!execSql(db, QStringLiteral("INSERT INTO audit_events SELECT * FROM pd_kept_audit"))
            || !execSql(db, QStringLiteral("DROP TABLE temp.pd_kept_audit")))) {
        *error = QStringLiteral("cannot put the audit trail back");
        return false;
    }
    return true;
}

Completion completion(Outcome outcome, QDate answered, const QString &answerChannel,
                      const QList<RefusalGround> &grounds, const QString &motivation,
                      const QString &noIdentificationReason)
{
    Completion done;
    done.outcome = outcome;
    done.grounds = grounds;
    done.motivation = motivation;
    // A partial grant says what was done; tests of that rule build their Completion
    // themselves.
    if (outcome == Outcome::DeelsToegewezen)
        done.granted = QStringLiteral("Het deel waarvoor geen grond tot weigering bestond.");
    done.noIdentificationReason = noIdentificationReason;
    done.answered = answered;
    done.answerChannel = answerChannel;
    return done;
}

} // namespace pd::test

namespace pd::test {

QString onlySubfolder(const QString &folder)
{
    const QStringList names
        = QDir(folder).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    return names.size() == 1 ? QDir(folder).filePath(names.first()) : QString();
}

QByteArray pdfOfObjects(const QList<QByteArray> &objects, const QByteArray &before)
{
    QByteArray out = before + "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << out.size() - before.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size() - before.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
        + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray loopingPdf()
{
    const QByteArray text = "BT /F1 12 Tf 72 720 Td (Mijn BSN is 111222334) Tj ET";
    return pdfOfObjects(
        { "<< /Type /Catalog /Pages 2 0 R >>",
          "<< /Type /Pages /Kids [6 0 R 3 0 R] /Count 2147483647 >>",
          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
          "/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
          "<< /Length " + QByteArray::number(text.size()) + " >>\nstream\n" + text + "\nendstream",
          "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
          "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 6 0 R] /Count 2147483647 >>" });
}

QByteArray minimalPdf(const QByteArray &text, const QByteArray &padding)
{
    const auto stream = [](const QByteArray &data) {
        return "<< /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data
            + "\nendstream";
    };
    return pdfOfObjects(
        { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
          "/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
          stream("BT /F1 12 Tf 72 760 Td (" + text + ") Tj ET"),
          "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", stream(padding) });
}

} // namespace pd::test

namespace pd::test {

bool startServiceTest(const QTemporaryDir &tmp)
{
    if (!tmp.isValid())
        return false;
    qputenv("TMPDIR", QFile::encodeName(tmp.path()));
    QStandardPaths::setTestModeEnabled(true);
    return initSodium();
}

} // namespace pd::test
