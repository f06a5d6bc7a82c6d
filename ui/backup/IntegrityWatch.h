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

// Opening does not read the whole database, so once a week (and at every unlock after a failed
// check) this checks it on a worker thread. Destroying it cancels a running check and waits for
// it, before the store is closed.
class IntegrityWatch final : public QObject
{
    Q_OBJECT
public:
    // window: where the message appears (on top of it, not application-modal).
    IntegrityWatch(const Session &session, QWidget *window);
    ~IntegrityWatch() override;

    // A record that cannot be read counts as due: a failed read is not a passed check.
    bool startIfDue(const QDateTime &nowUtc);
    bool isRunning() const;

    // problems: what SQLite reported (technical).
    static QString failureText(const QString &problems);
    static QString lastCheckText(const Store::IntegrityRecord &record);

Q_SIGNALS:
    // recorded false: the check could not be recorded.
    void finished(bool ok, bool recorded);

private:
    void done();

    const Session m_session;
    QPointer<QWidget> m_window;
    std::shared_ptr<IntegrityCheck> m_check;
    QFutureWatcher<IntegrityCheck::Result> m_watcher;
};

} // namespace pd::ui
