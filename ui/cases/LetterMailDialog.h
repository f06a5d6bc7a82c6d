#pragma once

#include "letters/Letters.h"
#include "sending/LetterMail.h"
#include "session/Session.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pd::ui {

class EncryptChoice;

// A request's letter sent by e-mail from the privacy mailbox (LetterMail): to the address on
// record, or to another one the officer confirms; the PDF locked when asked. Planning and the
// answer are recorded on this thread, the sending runs on a worker thread; the letter counts as
// sent only once the mail server accepted it, which the dialog then says.
class LetterMailDialog final : public QDialog
{
    Q_OBJECT
public:
    LetterMailDialog(const Session &session, const Case &request, const Letter &letter,
                     QWidget *parent = nullptr);
    ~LetterMailDialog() override;

    // Plans and starts the sending; false (said in the dialog) when it cannot start.
    bool send();
    bool running() const { return m_watcher.isRunning(); }
    bool wasSent() const { return m_sent; }
    QLineEdit *addressField() const { return m_to; }
    QCheckBox *confirmBox() const { return m_confirm; }
    QLabel *status() const { return m_status; }
    QPushButton *sendButton() const { return m_send; }
    // The answer's files go with the letter (the file dialog of "Attach answer…" gives them);
    // false, said in the dialog, when one cannot be read.
    bool setAnswerFiles(const QStringList &paths);
    // A test answers the question after a try without an answer instead of the officer.
    void setAgainAnswer(std::optional<bool> answer) { m_againAnswer = answer; }

Q_SIGNALS:
    void recorded(); // planned or answered: the trail changed

protected:
    void reject() override;

private:
    void updateState();
    void chooseAnswer();
    void finish();
    bool askAgain();

    const Session m_session;
    const Case m_request;
    const Letter m_letter;
    LetterMailOrder m_order;
    PreparedMail m_prepared;
    bool m_sent = false;
    std::optional<bool> m_againAnswer;
    QLabel *m_recorded = nullptr;
    QLineEdit *m_to = nullptr;
    QCheckBox *m_confirm = nullptr;
    EncryptChoice *m_encrypt = nullptr;
    QLabel *m_answer = nullptr;
    QList<AnswerFile> m_answerFiles;
    QLabel *m_status = nullptr;
    QPushButton *m_send = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<MailAnswer> m_watcher;
};

} // namespace pd::ui
