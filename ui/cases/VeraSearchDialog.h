#pragma once

#include "session/Session.h"
#include "vera/VeraService.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace pd::ui {

// A request's person searched in the corporation's systems (VERA): a row per system that fills
// as each one answers, Cancel while it runs (what was asked so far is still recorded, as
// cancelled), and the outcome recorded with the request and ticked on its systems checklist.
// The network runs on a worker thread; the store is read and written on this one.
class VeraSearchDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Column { SystemColumn, DomainColumn, StatusColumn, ObjectsColumn, ReasonColumn, Columns };

    VeraSearchDialog(const Session &session, const QString &number, QWidget *parent = nullptr);
    ~VeraSearchDialog() override;

    // False (said in the dialog) when the search cannot start: no systems, no customer number.
    bool start();
    bool running() const { return m_watcher.isRunning(); }
    QTableWidget *table() const { return m_table; }
    QLabel *status() const { return m_status; }

Q_SIGNALS:
    void recorded(); // the search was kept with the request: its checklist changed

protected:
    void reject() override;

private:
    void showProgress(const VeraSystemResult &result, int done, int total);
    void finish();

    Session m_session;
    QString m_number;
    std::optional<VeraService::Prepared> m_prepared;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QFutureWatcher<VeraDiscoveryRecord> m_watcher;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pd::ui
