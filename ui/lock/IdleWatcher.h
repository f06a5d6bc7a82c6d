#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace pd::ui {

// Says when nobody has used the keyboard or mouse of this application for a while (the
// desk locks after 5 minutes by default). It watches the input events of the whole application
// (an event filter on qApp; a mouse move costs one clock read), and arms one single-shot timer
// for the moment the interval would run out, so an idle desk wakes no CPU in between.
//
// Time comes from a monotonic clock; tests give their own and call check().
class IdleWatcher final : public QObject
{
    Q_OBJECT
public:
    using Milliseconds = std::chrono::milliseconds;
    using TimeSource = std::function<Milliseconds()>;

    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    // Zero or less: never idle.
    void setInterval(Milliseconds interval);
    Milliseconds interval() const { return m_interval; }
    void setTimeSource(TimeSource now);

    // Counts as activity (also what every input event does).
    void touch();
    // Emits idle() once when the interval has passed since the last activity, else re-arms.
    void check();
    Milliseconds idleFor() const;

Q_SIGNALS:
    // Once per idle stretch: touch() (any input) starts a new stretch.
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void arm();

    TimeSource m_now;
    Milliseconds m_interval { 0 };
    Milliseconds m_lastActivity { 0 };
    bool m_reported = false;
    QTimer m_timer;
};

} // namespace pd::ui
