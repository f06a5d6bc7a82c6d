#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QTimer;

namespace pd {

class Store;

// Says when other seats committed. A burst of commits is one changed(), at most maxDelayMs after
// the first; a store folder's feed is never live (one desk at a time).
class ChangeFeed final : public QObject
{
    Q_OBJECT

public:
    static constexpr int pollMs = 250;
    static constexpr int maxDelayMs = 1000;

    // Starts at once. The store must outlive the feed.
    explicit ChangeFeed(const Store &store, QObject *parent = nullptr);
    ~ChangeFeed() override;

    bool isLive() const { return m_live; }
    // Empty while every poll is answered.
    QString problem() const { return m_problem; }

signals:
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
