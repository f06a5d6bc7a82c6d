#pragma once

#include "breaches/BreachService.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QAbstractTableModel>
#include <QList>

namespace pd {
class Store;
}

namespace pd::ui {

// The data-breach register as a table over BreachService: number, title, discovery,
// the 72-hour clock in words, risk and state. It reads nothing until the section is shown
// (load()), and a role that may not list the register (KCC) sees the breaches it reported
// itself (BreachService::ownReports). A register holds a few dozen breaches a year: the whole
// (filtered) list is read at once.
class BreachListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        TitleColumn,
        DiscoveredColumn,
        ClockColumn,
        RiskColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        NumberRole = Qt::UserRole + 1, // QString: DL-YYYY-NNNN
        LateRole, // bool: past the deadline without a notification, or notified late
    };

    // ownOnly: the acting user reads only their own reports (KCC).
    BreachListModel(const Session &session, bool ownOnly, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setOpenOnly(bool openOnly);
    bool openOnly() const { return m_openOnly; }
    bool isLoaded() const { return m_loaded; }
    // Reads the list (again); keeps the filter.
    void load();
    // Why the last read failed (translated), or empty: a list that could not be read is shown
    // as such, never as an empty register.
    QString errorText() const { return m_error; }
    const Breach *rowAt(int row) const;
    int rowOf(const QString &number) const; // -1 when not in the list

    // The 72-hour clock in words, as the list, the detail and the dashboard say it: "31 uur
    // over", "termijn 5 uur verstreken", "gemeld op 30-03-2026 14:10", "te laat gemeld op …",
    // "geen melding nodig". *late: past the deadline or notified after it.
    static QString clockText(const Breach &breach, const QDateTime &now, bool *late = nullptr);
    // A moment as the desk shows it: in Europe/Amsterdam, "27-03-2026 16:00"; empty if invalid.
    static QString momentText(const QDateTime &moment);
    static QString riskText(const Breach &breach); // "not assessed" without a risk
    // The title, or for a breach destroyed under its retention rule "(destroyed on 02-05-2031)".
    static QString titleText(const Breach &breach);

private:
    const Session m_session;
    BreachService m_service;
    bool m_ownOnly = false;
    bool m_openOnly = true;
    bool m_loaded = false;
    QList<Breach> m_rows;
    QDateTime m_now; // of the last read: the clocks are shown as of then
    QString m_error;
};

} // namespace pd::ui
