#pragma once

#include "letters/BreachLetterRun.h"
#include "session/Session.h"

#include <QProgressDialog>

#include <memory>
#include <optional>

class QPushButton;
class QTimer;

namespace pd::ui {

// The art. 34 letter to every linked person at once (BreachLetterRun): the progress while the
// letters are made and painted, a person at a time from the event loop (the store is the GUI
// thread's), and what became of everyone once done. Cancel keeps the letters recorded so far and
// writes no PDF: the next run goes on where this one stopped.
class BreachLetterRunDialog final : public QProgressDialog
{
    Q_OBJECT
public:
    BreachLetterRunDialog(const Session &session, const QString &number, const QString &path,
                          bool resume, QWidget *parent = nullptr);
    ~BreachLetterRunDialog() override;

    // Starts the run; false (with the reason shown) when it could not start.
    bool begin();
    bool isDone() const { return m_done; }
    const std::optional<BreachLetterRunResult> &result() const { return m_result; }
    QString message() const { return m_message; }
    QPushButton *button() const { return m_button; }

Q_SIGNALS:
    void lettersRecorded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void work();
    void stop();
    void end(const QString &message);
    QString resultText(const BreachLetterRunResult &result) const;

    const Session m_session;
    const QString m_number;
    const QString m_path;
    std::unique_ptr<BreachLetterRun> m_run;
    std::optional<BreachLetterRunResult> m_result;
    QTimer *m_timer = nullptr;
    QPushButton *m_button = nullptr;
    QString m_message;
    bool m_done = false;
    bool m_busy = false;
};

} // namespace pd::ui
