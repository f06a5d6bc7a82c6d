#pragma once

#include "session/Session.h"
#include "store/IntegrityCheck.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace pd::ui {

// The desk's weekly integrity check: opening no longer reads the whole database, so
// once a week (and at every unlock after a failed check) the desk runs IntegrityCheck on a
// worker thread while the officer works on, records when it ran, and says in plain words when it
// found damage. Lives as long as the store's session: destroying it cancels a running check and
// waits for it, before the store is closed.
class IntegrityWatch final : public QObject
{
    Q_OBJECT
public:
    // window: where the message appears (it stays on top of it, not modal to the application).
    IntegrityWatch(const Session &session, QWidget *window);
    ~IntegrityWatch() override;

    // Starts the check when IntegrityCheck::due at nowUtc; true when it started. A record that
    // cannot be read is treated as due (a failed read is not a passed check).
    bool startIfDue(const QDateTime &nowUtc);
    bool isRunning() const;

    // The message a failed check shows (problems: what SQLite reported, technical).
    static QString failureText(const QString &problems);
    // One sentence on the last check for the settings: when it ran and what it found, or that it
    // has not run yet (the weekly check, `verify` and every backup record it).
    static QString lastCheckText(const Store::IntegrityRecord &record);

Q_SIGNALS:
    // After a check finished and was recorded (or could not be recorded: recorded false).
    void finished(bool ok, bool recorded);

private:
    void done();

    const Session m_session;
    QPointer<QWidget> m_window;
    std::shared_ptr<IntegrityCheck> m_check;
    QFutureWatcher<IntegrityCheck::Result> m_watcher;
};

} // namespace pd::ui
