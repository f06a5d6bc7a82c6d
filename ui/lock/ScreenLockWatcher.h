#pragma once

#include <QObject>
#include <QString>

#ifdef PRIVACYDESK_HAVE_DBUS
#include <QDBusConnection>
#endif

namespace pd::ui {

// On Linux through D-Bus: the freedesktop and GNOME screen savers' ActiveChanged on the session
// bus, logind's Lock and PrepareForSleep on the system bus. Elsewhere, or without a bus, it
// reports nothing (isListening() false); the idle lock still applies.
class ScreenLockWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit ScreenLockWatcher(QObject *parent = nullptr);
#ifdef PRIVACYDESK_HAVE_DBUS
    // Tests pass a private bus; a disconnected one is ignored.
    ScreenLockWatcher(const QDBusConnection &session, const QDBusConnection &system,
                      QObject *parent = nullptr);
#endif
    ~ScreenLockWatcher() override;

    bool isListening() const
    {
        return m_listening;
    }

Q_SIGNALS:
    void screenLocked();

private Q_SLOTS:
    void screenSaverActiveChanged(bool active);
    void sessionLocked();
    void prepareForSleep(bool sleeping);

private:
#ifdef PRIVACYDESK_HAVE_DBUS
    void listen(const QDBusConnection &session, const QDBusConnection &system);
    void listenToSession(const QString &sessionPath);
    QDBusConnection m_system { QString() };
#endif
    bool m_listening = false;
};

} // namespace pd::ui
