#pragma once

#include "crypto/SecureBytes.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>

namespace pd {

// On a connection of its own, so that it can run on a worker thread; not part of opening.
class IntegrityCheck final
{
public:
    static constexpr int intervalDays = 7;

    struct Result
    {
        bool ok = false;
        bool cancelled = false; // cancel() stopped it: nothing is known, nothing is recorded
        QStringList problems; // what SQLite reported (English, technical), or why it could not run
    };

    IntegrityCheck(QString databasePath, SecureBytes key);
    ~IntegrityCheck();
    IntegrityCheck(const IntegrityCheck &) = delete;
    IntegrityCheck &operator=(const IntegrityCheck &) = delete;

    // Any thread, once. A check that cannot run has failed, never passed.
    Result run();
    // quick: every page read, without comparing indexes to their tables.
    static Result runOn(const QSqlDatabase &db, bool quick = false);
    // Any thread.
    void cancel();

    static bool due(const QDateTime &lastRun, bool lastOk, const QDateTime &nowUtc);

private:
    static int progress(void *context);
    static QStringList problemsOf(const QSqlDatabase &db, bool quick = false);

    QString m_databasePath;
    SecureBytes m_key;
    std::atomic_bool m_cancelled = false;
};

} // namespace pd
