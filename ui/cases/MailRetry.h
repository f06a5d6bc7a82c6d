#pragma once

#include "sending/BreachLetterMail.h"
#include "sending/LetterMail.h"
#include "session/Session.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <optional>

namespace pd::ui {

// The desk's own next try of an e-mail that failed for now (a 4xx, or no connection): a
// request's letter (LetterMail::dueAgain) or a breach's notice (BreachLetterMail::dueAgain),
// every few minutes while the desk is open, one e-mail at a time on a worker thread, its answer
// recorded as the officer's Send or the breach's run would record it. What became of each is
// said through answered(), for the status bar.
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
    // After each e-mail (or when the due ones could not be read): its request or breach, and a
    // sentence.
    void answered(const QString &number, const QString &message);
    // A round ended: nothing left to try now.
    void finished();

private:
    // One e-mail to try: a request's letter, or a breach's notice (breach set).
    struct Due
    {
        LetterMailOrder order;
        std::optional<BreachMailDue> breach;
        QString number() const { return breach ? breach->breach : order.caseNumber; }
    };
    std::optional<QList<Due>> due(QString *why) const;
    void next();
    void finish();

    Session m_session;
    QTimer m_timer;
    QList<Due> m_due;
    std::optional<Due> m_current;
    std::optional<BreachLetterMail> m_breachMail; // the breach notice being tried
    PreparedMail m_prepared;
    QFutureWatcher<MailAnswer> m_watcher;
};

} // namespace pd::ui
