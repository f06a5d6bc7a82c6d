#include "session/ChangeFeed.h"

#include "audit/AuditRepository.h"
#include "store/Store.h"

#include <QTimer>

namespace pd {

ChangeFeed::ChangeFeed(const Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    if (!store.isServer() || !readOthers(&m_others))
        return;
    m_live = true;
    m_poll = new QTimer(this);
    m_poll->setInterval(pollMs);
    connect(m_poll, &QTimer::timeout, this, &ChangeFeed::poll);
    m_poll->start();
}

ChangeFeed::~ChangeFeed() = default;

bool ChangeFeed::readOthers(qint64 *others)
{
    const QSqlDatabase db = m_store.database();
    if (!db.isOpen()) {
        m_problem = QStringLiteral("the store's connection is closed");
        return false;
    }
    const std::optional<qint64> read = AuditRepository::othersCommitted(db, &m_problem);
    if (!read)
        return false;
    *others = *read;
    m_problem.clear();
    return true;
}

void ChangeFeed::poll()
{
    qint64 others = 0;
    const bool wasAnswered = m_problem.isEmpty();
    if (!readOthers(&others)) {
        // The next poll asks again; said once, not four times a second (a constant question:
        // the server's answer names no one).
        if (wasAnswered)
            qWarning("the desk does not hear other seats' changes for now: %s",
                     qPrintable(m_problem));
        return;
    }
    const bool moved = others != m_others;
    m_others = others;
    if (moved && !m_pending) {
        m_pending = true;
        m_pendingSince.start();
    }
    if (m_pending && (!moved || m_pendingSince.elapsed() >= maxDelayMs)) {
        m_pending = false;
        emit changed();
    }
}

} // namespace pd
