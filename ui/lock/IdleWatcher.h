#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace pd::ui {

// One single-shot timer for the moment the interval would run out, so that an idle desk wakes no
// CPU in between. Time comes from a monotonic clock; tests give their own and call check().
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

    // Also what every input event does.
    void touch();
    // Emits idle() once the interval has passed since the last activity, else re-arms.
    void check();
    Milliseconds idleFor() const;

Q_SIGNALS:
    // Once per idle stretch; any input starts a new one.
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
