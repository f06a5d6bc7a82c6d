#pragma once

#include <QByteArray>
#include <QMap>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

class QTemporaryDir;

// Tests that read a PDF back need pdftotext (poppler-utils, which packaging/install-deps.sh
// installs). Without it they fail: a PDF that was not read must not pass as checked.
#define PD_REQUIRE_PDFTOTEXT() \
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), \
             "pdftotext (poppler-utils) is missing: run packaging/install-deps.sh")

namespace pd::test {

// Every regular file below dir (recursively) whose raw bytes contain needle. Used to prove
// that nothing in a store folder is plaintext.
QStringList filesContaining(const QString &dir, const QByteArray &needle);

// What a test of the services does first: temporary files only in tmp (TMPDIR), QStandardPaths'
// test mode and libsodium. False when tmp is not usable or libsodium failed. (A desk test adds
// the application's names and empty settings: startDeskTest.)
bool startServiceTest(const QTemporaryDir &tmp);

} // namespace pd::test

namespace pd::test {

// A small tmpfs mounted for one test: a real full disk or a really read-only file system.
// Only root can mount; isMounted() says whether the test got one (otherwise it simulates).
class TmpfsMount final
{
public:
    TmpfsMount(const QString &mountPoint, int megabytes);
    ~TmpfsMount();
    bool isMounted() const { return m_mounted; }
    bool remount(const QString &options); // e.g. "ro", "rw,size=64m"
    QString path() const { return m_path; }

private:
    QString m_path;
    bool m_mounted = false;
};

} // namespace pd::test

#include "cases/Case.h"
#include "store/Store.h"

#include <QSqlDatabase>

#include <memory>

namespace pd::test {

inline const QString testUser = QStringLiteral("j.devries");
inline const QString testPassword = QStringLiteral("correct horse battery staple");

// A store with libsodium's minimum Argon2id cost (fast); fails the calling test on error.
std::unique_ptr<Store> createTestStore(const QString &directory, QString *recoveryKey = nullptr,
                                       const QString &organisation = QString());
std::unique_ptr<Store> openTestStore(const QString &directory, StoreError *error);
// A demo store (minimal key derivation) with this many requests, counted to today; null with a
// warning when it could not be made.
std::unique_ptr<Store> makeDemoStore(const QString &dir, int cases, QDate today);
// The store in directory opened as user; null, with a warning saying why, when that fails.
std::unique_ptr<Store> openStoreAs(const QString &directory, const QString &user,
                                   const QString &password);
// How many user.denied events the audit log holds (refused actions), or -1 when that fails.
int denials(const Store &store);

// Today and now as the product reckons them (pd::systemClock()): the organisation's day in
// Europe/Amsterdam, never the computer's. Between 23:00 and 24:00 UTC in winter (22:00 in
// summer) a machine set to UTC is still on yesterday, and a test that took its day from
// QDate::currentDate() would type a day the product calls yesterday or tomorrow.
QDate systemToday();
QDateTime systemNow();

// Sets the computer's time zone for the rest of this test process (TZ, re-read at once): a zone
// far from Amsterdam's, such as farZone (UTC+14), shows where a day is taken from the computer
// instead of from the organisation's clock.
inline constexpr const char *farZone = "Pacific/Kiritimati";
void setComputerTimeZone(const char *zone);

// A nine-digit number that passes the BSN 11-proef, computed at run time: tst_codeshape fails on
// such a number written in a test (outside the guard's own tests), since it could be a real
// person's. The check digit is computed here, independently of the guard under test. Each n from
// 0 to 9 gives another number, apart in most digits, for a test that needs several; length 8
// gives one of eight digits, which the guard pads with a leading 0.
QString elfProefNumber(int n = 0, int length = 9);
// The digits in groups of the sizes given, joined by separator: as a letter or an ID card writes
// a number ({ 4, 2, 3 } and "." make 1234.56.789 of 123456789).
QString grouped(const QString &digits, const QList<int> &sizes, const QString &separator);
// The digits as full-width digits (U+FF10 to U+FF19), as an East Asian input method types them.
QString fullWidth(const QString &digits);
// A number as the guard shows what it found: all but the last four digits starred.
QString maskedNumber(const QString &digits);

// Runs one statement; on failure says why (qWarning) and returns false.
bool execSql(const QSqlDatabase &db, const QString &sql);
// Turns a store into a genuine older one: every table but the store's own (meta, users,
// settings) dropped, and the built-in migrations up to `version` applied again. The caller
// then writes rows in the old shape and reopens the store to run the newer migrations.
bool rebuildAtSchema(QSqlDatabase &db, int version, QString *error);
// SELECT count(*) FROM table, or -1 when that fails.
int countRows(const QSqlDatabase &db, const QString &table);
// Every row of a query as text, its values joined by '|' (NULL as "NULL"); when the query
// fails, one row "(failed)" and a warning saying why.
QStringList rowsAsText(const QSqlDatabase &db, const QString &sql);
// Makes every read of a table fail for real (reads never pretend): ALTER TABLE from
// RENAME TO to, and back again with the names swapped.
bool renameTable(const QSqlDatabase &db, const QString &from, const QString &to);

// A completion as the tests write it. A refusal or partial grant gives its reasons in words;
// a request decided without a recorded identification gives the reason.
Completion completion(Outcome outcome, QDate answered, const QString &answerChannel = {},
                      const QList<RefusalGround> &grounds = {}, const QString &motivation = {},
                      const QString &noIdentificationReason = {});
// The reason the tests give for deciding a request that was never identified.
inline const QString knownDataSubject
    = QStringLiteral("Bekende betrokkene, teruggebeld op het bekende nummer");

// Hash of every file below dir (path → SHA-256), to prove an operation changed nothing.
QMap<QString, QByteArray> fingerprint(const QString &dir);

} // namespace pd::test

#include "util/ServiceError.h"

#include <QTest>

namespace pd::test {

// For a read the test does not make fail: pass `test::MustRead()` as the ServiceError out
// parameter. A read that fails anyway fails the running test with its message instead of
// passing as an empty list (it lives until the end of the full expression that called it).
class MustRead final
{
public:
    MustRead() = default;
    MustRead(const MustRead &) = delete;
    MustRead &operator=(const MustRead &) = delete;
    ~MustRead()
    {
        if (m_error.isError())
            QTest::qFail(qPrintable(QStringLiteral("read failed: ") + m_error.message + u' '
                                    + m_error.detail),
                         __FILE__, __LINE__);
    }
    operator ServiceError *() { return &m_error; }

private:
    ServiceError m_error;
};

} // namespace pd::test

namespace pd::test {

// The one folder inside folder — the dated folder a `backup --to folder` made there — or an
// empty string when there is not exactly one.
QString onlySubfolder(const QString &folder);

// A PDF from its objects (numbered from 1, the first the catalogue) with a correct cross-
// reference table; before: bytes ahead of "%PDF-" (junk a reader skips).
QByteArray pdfOfObjects(const QList<QByteArray> &objects, const QByteArray &before = {});
// A PDF whose page tree lists itself among its kids: a reader walks it without end, so the
// reader process meets its time limit.
QByteArray loopingPdf();
// A real one-page PDF that PDF readers open (an attachment is refused when none can): the page
// shows text; padding is kept in an object no page uses (a marker to find in the stored
// bytes, or size).
QByteArray minimalPdf(const QByteArray &text = "Brief", const QByteArray &padding = {});

} // namespace pd::test
