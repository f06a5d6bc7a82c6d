#pragma once

#include "session/Session.h"
#include "vera/VeraService.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace pd::ui {

// The retention items read from the Overeenkomsten system (vera sync): which systems will be
// read, then Fetch, the objects read so far and Cancel while it reads; the rows written through
// the person import in one transaction, or nothing at all when a system failed or the officer
// cancelled. The network runs on a worker thread; the store is read and written on this one.
class VeraSyncDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit VeraSyncDialog(const Session &session, QWidget *parent = nullptr);
    ~VeraSyncDialog() override;

    // False (said in the dialog) when there is nothing to read from: no systems, no role.
    bool prepare();
    void start();
    bool running() const { return m_watcher.isRunning(); }
    QLabel *status() const { return m_status; }
    QPlainTextEdit *rejected() const { return m_rejected; }
    QPushButton *fetchButton() const { return m_fetch; }

Q_SIGNALS:
    void synced(); // persons and their retention items changed

protected:
    void reject() override;

private:
    void showRead(int objects);
    void finish();

    Session m_session;
    std::optional<VeraService::SyncPrepared> m_prepared;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QFutureWatcher<VeraSyncRead> m_watcher;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_rejected = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_fetch = nullptr;
};

} // namespace pd::ui
