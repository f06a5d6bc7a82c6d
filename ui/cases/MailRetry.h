#pragma once

#include "sending/LetterMail.h"
#include "session/Session.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace pd::ui {

// The desk's own next try of a request's e-mail that failed for now (LetterMail::dueAgain: a 4xx,
// or no connection): every few minutes while the desk is open, one e-mail at a time on a worker
// thread, its answer recorded as the officer's Send would record it. What became of each is said
// through answered(), for the status bar.
class MailRetry final : public QObject
{
    Q_OBJECT
public:
    static constexpr int intervalMinutes = 5;

    explicit MailRetry(const Session &session, QObject *parent = nullptr);

    // The e-mails due now, one after another; false when none is due or a round is going.
    bool runNow();
    bool busy() const { return m_watcher.isRunning() || !m_due.isEmpty(); }

Q_SIGNALS:
    // After each e-mail (or when the due ones could not be read): its request, and a sentence.
    void answered(const QString &caseNumber, const QString &message);
    // A round ended: nothing left to try now.
    void finished();

private:
    void next();
    void finish();

    Session m_session;
    QTimer m_timer;
    QList<LetterMailOrder> m_due;
    PreparedMail m_prepared;
    QFutureWatcher<MailAnswer> m_watcher;
};

} // namespace pd::ui
