#include "lock/IdleWatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>

namespace pd::ui {

namespace {

IdleWatcher::Milliseconds monotonicNow()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return IdleWatcher::Milliseconds(clock.elapsed());
}

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
    , m_now(&monotonicNow)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer); // a second early or late does not matter
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    m_lastActivity = m_now();
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatcher::setInterval(Milliseconds interval)
{
    m_interval = interval;
    m_reported = false;
    arm();
}

void IdleWatcher::setTimeSource(TimeSource now)
{
    m_now = now ? std::move(now) : TimeSource(&monotonicNow);
    m_lastActivity = m_now();
    arm();
}

void IdleWatcher::touch()
{
    m_lastActivity = m_now();
    if (m_reported) {
        m_reported = false;
        arm();
    } else if (!m_timer.isActive()) {
        arm();
    }
    // Otherwise the timer stays as it is: when it fires, check() sees the newer activity and
    // re-arms for the remainder. That keeps a mouse move at one clock read.
}

IdleWatcher::Milliseconds IdleWatcher::idleFor() const
{
    return m_now() - m_lastActivity;
}

void IdleWatcher::check()
{
    if (m_interval <= Milliseconds(0) || m_reported)
        return;
    if (idleFor() >= m_interval) {
        m_reported = true;
        m_timer.stop();
        Q_EMIT idle();
        return;
    }
    arm();
}

void IdleWatcher::arm()
{
    if (m_interval <= Milliseconds(0) || m_reported) {
        m_timer.stop();
        return;
    }
    const Milliseconds remaining = m_interval - idleFor();
    m_timer.start(std::max(remaining, Milliseconds(1)));
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (isInput(event->type()))
        touch();
    return QObject::eventFilter(watched, event);
}

} // namespace pd::ui
