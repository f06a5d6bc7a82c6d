#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace pd {

class Store;

// What other seats committed (issues 21, 37), for whoever shows the store's data: the desk reads
// its list, the request shown and the dashboards again on changed(), and never talks to the
// database driver itself.
//
// On a server store every commit that wrote audit events notifies the channel
// privacydesk_changed (resources/server/audit.sql). The feed listens on the store's connection,
// ignores what this connection committed itself, and reads a burst of notifications as one:
// changed() comes once, 250 ms after the last of them. A store folder has one desk at a time:
// there is nothing to hear, and the feed is not live.
class ChangeFeed final : public QObject
{
    Q_OBJECT

public:
    static constexpr int settleMs = 250;

    // Starts listening at once. The store must outlive the feed.
    explicit ChangeFeed(const Store &store, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // True while other seats' commits are heard.
    bool isLive() const { return m_live; }
    // Why a server store's feed is not live (the server refused LISTEN); empty otherwise.
    QString problem() const { return m_problem; }

signals:
    // Another seat committed a change: read again what is shown.
    void changed();

private:
    const Store &m_store;
    QTimer *m_settle = nullptr;
    bool m_live = false;
    QString m_problem;
};

} // namespace pd
