#pragma once

#include <QObject>
#include <QString>

#ifdef PRIVACYDESK_HAVE_DBUS
#include <QDBusConnection>
#endif

namespace pd::ui {

// Says when the desktop locks the screen or the machine goes to sleep (the desk locks
// "on screen lock where the desktop reports it"). On Linux that is D-Bus:
//   - session bus: org.freedesktop.ScreenSaver.ActiveChanged(true) (KDE, Xfce and others, on
//     /org/freedesktop/ScreenSaver and /ScreenSaver) and org.gnome.ScreenSaver.ActiveChanged
//     (GNOME, on /org/gnome/ScreenSaver);
//   - system bus: logind's Lock signal for this process's session (loginctl lock-session, and
//     what most lock screens send) and PrepareForSleep(true) before suspend.
// Elsewhere, or without a bus, it reports nothing and says so in isListening(); the idle lock
// still applies.
class ScreenLockWatcher final : public QObject
{
    Q_OBJECT
public:
    // Listens on the user's session bus and the system bus.
    explicit ScreenLockWatcher(QObject *parent = nullptr);
#ifdef PRIVACYDESK_HAVE_DBUS
    // Listens on the given buses (tests pass a private bus; a disconnected one is ignored).
    ScreenLockWatcher(const QDBusConnection &session, const QDBusConnection &system,
                      QObject *parent = nullptr);
#endif
    ~ScreenLockWatcher() override;

    // True when at least one source of lock signals is connected.
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
