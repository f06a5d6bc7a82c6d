#include "lock/ScreenLockWatcher.h"

#include <QCoreApplication>

#ifdef PRIVACYDESK_HAVE_DBUS
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace pd::ui {

ScreenLockWatcher::ScreenLockWatcher(QObject *parent)
    : QObject(parent)
{
#ifdef PRIVACYDESK_HAVE_DBUS
    listen(QDBusConnection::sessionBus(), QDBusConnection::systemBus());
#endif
}

#ifdef PRIVACYDESK_HAVE_DBUS
ScreenLockWatcher::ScreenLockWatcher(const QDBusConnection &session, const QDBusConnection &system,
                                     QObject *parent)
    : QObject(parent)
{
    listen(session, system);
}

void ScreenLockWatcher::listen(const QDBusConnection &session, const QDBusConnection &system)
{
    if (session.isConnected()) {
        QDBusConnection bus = session;
        // An empty service name: whichever program owns the screen saver today.
        const std::pair<const char *, const char *> screenSavers[] = {
            { "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver" },
            { "/ScreenSaver", "org.freedesktop.ScreenSaver" },
            { "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver" },
        };
        for (const auto &[path, interface] : screenSavers) {
            m_listening |= bus.connect(
                QString(), QLatin1StringView(path), QLatin1StringView(interface),
                QStringLiteral("ActiveChanged"), this, SLOT(screenSaverActiveChanged(bool)));
        }
    }
    if (system.isConnected()) {
        m_system = system;
        const QString login1 = QStringLiteral("org.freedesktop.login1");
        m_listening |= m_system.connect(login1, QStringLiteral("/org/freedesktop/login1"),
                                        QStringLiteral("org.freedesktop.login1.Manager"),
                                        QStringLiteral("PrepareForSleep"), this,
                                        SLOT(prepareForSleep(bool)));
        // Which session is ours: asked without blocking the start of the application.
        QDBusMessage call = QDBusMessage::createMethodCall(
            login1, QStringLiteral("/org/freedesktop/login1"),
            QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("GetSessionByPID"));
        call << static_cast<uint>(QCoreApplication::applicationPid());
        auto *watcher = new QDBusPendingCallWatcher(m_system.asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
                [this](QDBusPendingCallWatcher *finished) {
                    const QDBusPendingReply<QDBusObjectPath> reply = *finished;
                    finished->deleteLater();
                    // No logind (a container, another init): the session bus and the idle
                    // lock remain.
                    if (reply.isValid())
                        listenToSession(reply.value().path());
                });
    }
}

void ScreenLockWatcher::listenToSession(const QString &sessionPath)
{
    m_listening |= m_system.connect(QStringLiteral("org.freedesktop.login1"), sessionPath,
                                    QStringLiteral("org.freedesktop.login1.Session"),
                                    QStringLiteral("Lock"), this, SLOT(sessionLocked()));
}
#endif

ScreenLockWatcher::~ScreenLockWatcher() = default;

void ScreenLockWatcher::screenSaverActiveChanged(bool active)
{
    if (active)
        Q_EMIT screenLocked();
}

void ScreenLockWatcher::sessionLocked()
{
    Q_EMIT screenLocked();
}

void ScreenLockWatcher::prepareForSleep(bool sleeping)
{
    if (sleeping)
        Q_EMIT screenLocked();
}

} // namespace pd::ui
