#pragma once

#include "letters/BreachLetterRun.h"
#include "sending/BreachLetterMail.h"
#include "session/Session.h"

#include <QFutureWatcher>
#include <QProgressDialog>

#include <memory>
#include <optional>

class QPushButton;
class QTimer;

namespace pd::ui {

// The art. 34 letter to every linked person at once (BreachLetterRun): the progress while the
// letters are made and painted, a person at a time from the event loop (the store is the GUI
// thread's), and what became of everyone once done. Cancel keeps the letters recorded so far and
// writes no PDF: the next run goes on where this one stopped. With email, who has an e-mail
// address gets the letter from the privacy mailbox once the PDF is whole (BreachLetterMail: each
// message planned and its answer recorded here, sent on a worker thread); Cancel then stops
// after the e-mail that is being sent.
class BreachLetterRunDialog final : public QProgressDialog
{
    Q_OBJECT
public:
    BreachLetterRunDialog(const Session &session, const QString &number, const QString &path,
                          bool resume, bool email = false, QWidget *parent = nullptr);
    ~BreachLetterRunDialog() override;

    // Starts the run; false (with the reason shown) when it could not start.
    bool begin();
    bool isDone() const { return m_done; }
    const std::optional<BreachLetterRunResult> &result() const { return m_result; }
    const std::optional<BreachMailResult> &mailed() const { return m_mailed; }
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
    void startMailing(const QString &postText);
    void mailNext();
    void mailAnswered();
    QString mailText() const;

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
    const bool m_email;
    std::unique_ptr<BreachLetterMail> m_mail;
    std::optional<BreachMailResult> m_mailed;
    PreparedMail m_current;
    QFutureWatcher<MailAnswer> m_sending;
    QString m_postText;
    bool m_stopMailing = false;
};

} // namespace pd::ui
