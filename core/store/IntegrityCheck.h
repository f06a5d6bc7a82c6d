#pragma once

#include "crypto/SecureBytes.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>

namespace pd {

// SQLite's PRAGMA integrity_check of a store's database, on a connection of its own so that it
// can run on a worker thread while the desk works on. It reads the whole file, so it is not part
// of opening: it runs at `verify`, before every backup and once a week in the
// background (Store::integrityCheck, Store::recordIntegrityCheck). Opening still refuses a file
// when SQLite itself reports corruption in what opening reads.
class IntegrityCheck final
{
public:
    // How often the desk runs it: a store whose last check is this many days old (or failed,
    // or never ran) is due.
    static constexpr int intervalDays = 7;

    struct Result
    {
        bool ok = false;
        bool cancelled = false; // cancel() stopped it: nothing is known, nothing is recorded
        QStringList problems; // what SQLite reported (English, technical), or why it could not run
    };

    // Made on the store's thread (Store::integrityCheck): the database path and a copy of the key.
    IntegrityCheck(QString databasePath, SecureBytes key);
    ~IntegrityCheck();
    IntegrityCheck(const IntegrityCheck &) = delete;
    IntegrityCheck &operator=(const IntegrityCheck &) = delete;

    // Any thread, once. A check that cannot run (the file cannot be opened or read) is a failed
    // check, never a passed one.
    Result run();
    // On an open connection, on its thread. quick: PRAGMA quick_check (every page read, so
    // every damaged page found, without comparing indexes to their tables: 7x faster at 50k).
    static Result runOn(const QSqlDatabase &db, bool quick = false);
    // Any thread: stops a running check soon (before the store is closed or locked).
    void cancel();

    // True when a check is due at nowUtc: never ran, the last one failed, or it ran
    // intervalDays or more ago (or, by a clock set back, in the future).
    static bool due(const QDateTime &lastRun, bool lastOk, const QDateTime &nowUtc);

private:
    static int progress(void *context);
    static QStringList problemsOf(const QSqlDatabase &db, bool quick = false);

    QString m_databasePath;
    SecureBytes m_key;
    std::atomic_bool m_cancelled = false;
};

} // namespace pd
