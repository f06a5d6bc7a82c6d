#pragma once

#include "session/Session.h"
#include "vera/VeraWriteBack.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pd::ui {

// A request's marks in the organisation's systems (VeraWriteBack): a row per mark with its state
// and the system's answer, Send for those not done, and Set aside for the chosen one that can no
// longer be done (with the reason, on the request's trail); of an erasure granted in part, which
// cases went (VeraDestroyedDialog). Sending runs on a worker thread, the
// answers are recorded on this one; Cancel stops after the mark that is being sent.
class VeraMarksDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Column { SystemColumn, WhatColumn, StateColumn, ReasonColumn, Columns };

    VeraMarksDialog(const Session &session, const QString &number, QWidget *parent = nullptr);
    ~VeraMarksDialog() override;

    // The marks not done sent now; false (said in the dialog) when there are none or they
    // cannot be read.
    bool send();
    bool running() const { return m_watcher.isRunning(); }
    int openMarks() const;
    // The chosen mark set aside with why; false (said in the dialog) when it was not.
    bool dismiss(const QString &why);
    QTableWidget *table() const { return m_table; }
    QLabel *status() const { return m_status; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *dismissButton() const { return m_dismiss; }
    // Shown for an erasure granted in part until the officer has said which cases went.
    QPushButton *destroyedButton() const { return m_destroyed; }

Q_SIGNALS:
    void recorded(); // answers were kept: the trail changed

protected:
    void reject() override;

private:
    void fill();
    void finish();
    void askDismiss();
    void askDestroyed();
    const OutboxItem *chosen() const;

    const Session m_session;
    const QString m_number;
    QList<OutboxItem> m_marks;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_dismiss = nullptr;
    QPushButton *m_destroyed = nullptr;
    QList<VeraFoundObject> m_casesToSay;
    QDialogButtonBox *m_buttons = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QFutureWatcher<QList<OutboxItem>> m_watcher;
};

} // namespace pd::ui
