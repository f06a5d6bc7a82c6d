#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QTimer;

namespace pd {

class Store;

// What other seats committed, for whoever shows the store's data: the desk
// reads its list, the request shown and the dashboards again on changed(), and never talks to
// the database driver itself.
//
// On a server store the feed asks the server every pollMs how many audit events other sessions
// have committed (pd_audit_others(), resources/server/audit.sql): every change writes an event,
// and the count leaves out what this connection committed itself. A burst of commits is read as
// one: changed() comes at the first poll that sees no further change, and at the latest
// maxDelayMs after the first change it saw, however busy the other seats are. A store folder
// has one desk at a time: there is nothing to hear, and the feed is not live.
class ChangeFeed final : public QObject
{
    Q_OBJECT

public:
    static constexpr int pollMs = 250;
    static constexpr int maxDelayMs = 1000;

    // Starts at once. The store must outlive the feed.
    explicit ChangeFeed(const Store &store, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // True while other seats' commits are heard.
    bool isLive() const { return m_live; }
    // Why a server store's feed is not live or missed a poll (the server's answer); empty while
    // every poll is answered.
    QString problem() const { return m_problem; }

signals:
    // Another seat committed a change: read again what is shown.
    void changed();

private:
    bool readOthers(qint64 *others);
    void poll();

    const Store &m_store;
    QTimer *m_poll = nullptr;
    bool m_live = false;
    QString m_problem;
    qint64 m_others = 0;
    bool m_pending = false;
    QElapsedTimer m_pendingSince;
};

} // namespace pd
