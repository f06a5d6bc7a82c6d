#include "session/ChangeFeed.h"

#include "store/Store.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QTimer>

namespace pd {

namespace {

const QString channel = QStringLiteral("privacydesk_changed");

} // namespace

ChangeFeed::ChangeFeed(const Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    if (!store.isServer())
        return;
    QSqlDriver *driver = store.database().driver();
    if (!driver || !driver->subscribeToNotification(channel)) {
        m_problem = driver ? driver->lastError().text() : QStringLiteral("no driver");
        if (m_problem.trimmed().isEmpty())
            m_problem = QStringLiteral("LISTEN was refused");
        return;
    }
    m_live = true;
    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(settleMs);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                if (name == channel && source != QSqlDriver::SelfSource)
                    m_settle->start();
            });
    connect(m_settle, &QTimer::timeout, this, &ChangeFeed::changed);
}

ChangeFeed::~ChangeFeed()
{
    // The connection outlives the feed (the store's): stop the server's notifications to it.
    if (m_live)
        if (QSqlDriver *driver = m_store.database().driver(); driver && driver->isOpen())
            driver->unsubscribeFromNotification(channel);
}

} // namespace pd
