#pragma once

#include "breaches/BreachService.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QAbstractTableModel>
#include <QList>

namespace pd::ui {

// Reads nothing until the section is shown (load()). A register holds a few dozen breaches a year,
// so the (filtered) list is read whole.
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
    // Keeps the filter.
    void load();
    // A list that could not be read is shown as such, never as an empty register.
    QString errorText() const { return m_error; }
    const Breach *rowAt(int row) const;
    int rowOf(const QString &number) const; // -1 when not in the list

    // As the list, the detail and the dashboard say it. *late: past the deadline or notified after
    // it.
    static QString clockText(const Breach &breach, const QDateTime &now, bool *late = nullptr);
    // In Europe/Amsterdam; empty if invalid.
    static QString momentText(const QDateTime &moment);
    static QString riskText(const Breach &breach); // "not assessed" without a risk
    // Or "(destroyed on …)" for a breach destroyed under its retention rule.
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
