#pragma once

#include "DeskAccess.h"
#include "Retranslated.h"
#include "session/Session.h"
#include "vera/VeraService.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pd::ui {

// Settings → Systemen: the organisation's VERA systems, with what their last check said. A
// beheerder adds and removes them (each at once, with its own event); whoever searches them
// checks that each answers (on a worker thread: the desk never waits on a system).
class VeraSystemsWidget final : public Retranslated<QWidget>
{
    Q_OBJECT
public:
    enum Column { NameColumn, DomainColumn, UrlColumn, AuthColumn, CheckColumn, Columns };

    explicit VeraSystemsWidget(const Session &session, QWidget *parent = nullptr);
    ~VeraSystemsWidget() override;

    QTableWidget *table() const { return m_table; }
    QLabel *status() const { return m_status; }
    void reload();
    void addSystem(); // the dialog, modal
    bool removeSelected(bool confirmed); // confirmed: no question asked (tests)
    void checkAll();
    bool checking() const { return m_checks.isRunning(); }

private:
    void retranslateUi() override;
    void retranslateContent() override { reload(); }
    void showChecks();

    Session m_session;
    const DeskAccess m_access;
    QList<VeraSystem> m_systems;
    QFutureWatcher<QList<VeraService::Check>> m_checks;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_check = nullptr;
};

} // namespace pd::ui
