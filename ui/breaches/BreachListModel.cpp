#include "breaches/BreachListModel.h"

#include "ColumnTitles.h"
#include "util/Clock.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace pd::ui {

namespace {

// Dark red, as the desk's other warnings: always with words that say "late", never colour only.
const QColor lateColor(0x8a, 0x1f, 0x11);

} // namespace

BreachListModel::BreachListModel(const Session &session, bool ownOnly, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_service(session)
    , m_ownOnly(ownOnly)
{ }

int BreachListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BreachListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BreachListModel::momentText(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    return QLocale().toString(organisationTime(moment), QLocale::ShortFormat);
}

QString BreachListModel::riskText(const Breach &breach)
{
    return breach.risk ? codes::label(*breach.risk) : tr("not assessed");
}

QString BreachListModel::titleText(const Breach &breach)
{
    return breach.isDestroyed()
        ? tr("(destroyed on %1)").arg(QLocale().toString(breach.destroyedOn, QLocale::ShortFormat))
        : breach.title;
}

QString BreachListModel::clockText(const Breach &breach, const QDateTime &now, bool *late)
{
    if (late)
        *late = false;
    if (breach.apNotifiedAt.isValid()) {
        if (breach.apNotifiedLate()) {
            if (late)
                *late = true;
            return tr("notified late on %1").arg(momentText(breach.apNotifiedAt));
        }
        return tr("notified on %1").arg(momentText(breach.apNotifiedAt));
    }
    if (breach.clockRunning()) {
        const int hours = breach.hoursLeft(now);
        if (hours < 0) {
            if (late)
                *late = true;
            // Exactly, in hours and minutes: 30 minutes late is not "1 hour".
            //: Dutch: "te laat: termijn %1 geleden verstreken"
            return tr("late: deadline passed %1 ago")
                .arg(BreachCodes::delayText(breach.apDeadline().secsTo(now)));
        }
        return tr("%n hour(s) left", nullptr, hours);
    }
    if (breach.risk == BreachRisk::Geen || (breach.apDecision.recorded && !breach.apDecision.yes))
        return tr("no notification needed");
    return tr("not notified");
}

QVariant BreachListModel::data(const QModelIndex &index, int role) const
{
    const Breach *b = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!b)
        return {};
    bool late = false;
    const QString clock = clockText(*b, m_now, &late);
    if (role == NumberRole)
        return b->number;
    if (role == LateRole)
        return late;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn:
            return b->number;
        case TitleColumn:
            return titleText(*b);
        case DiscoveredColumn:
            return momentText(b->discoveredAt);
        case ClockColumn:
            return clock;
        case RiskColumn:
            return riskText(*b);
        case StateColumn:
            return b->isDestroyed() ? tr("Destroyed") : codes::label(b->state);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ClockColumn && b->discoveredAt.isValid())
            return tr("Deadline for the AP: %1 (72 hours after the discovery)")
                .arg(momentText(b->apDeadline()));
        if (index.column() == TitleColumn)
            return titleText(*b);
        return {};
    }
    if (index.column() == ClockColumn && late) {
        if (role == Qt::ForegroundRole)
            return QBrush(lateColor);
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
    }
    return {};
}

QVariant BreachListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static constexpr const char *titles[] = {
        QT_TR_NOOP("Number"),     QT_TR_NOOP("Title"),
        QT_TR_NOOP("Discovered"), QT_TR_NOOP("AP deadline (72 hours)"),
        QT_TR_NOOP("Risk"),       QT_TR_NOOP("State"),
    };
    return columnTitle<BreachListModel>(titles, section, orientation, role);
}

void BreachListModel::setOpenOnly(bool openOnly)
{
    if (openOnly == m_openOnly)
        return;
    m_openOnly = openOnly;
    if (m_loaded)
        load();
}

void BreachListModel::load()
{
    ServiceError error;
    QList<Breach> rows;
    if (m_ownOnly) {
        rows = m_service.ownReports(&error);
        if (m_openOnly)
            rows.removeIf([](const Breach &b) { return b.state != BreachState::Open; });
    } else {
        BreachFilter filter;
        filter.openOnly = m_openOnly;
        rows = m_service.list(filter, &error);
    }
    beginResetModel();
    m_now = m_session.clock().now();
    m_loaded = true;
    if (error.isError()) {
        m_rows.clear();
        m_error = tr("The register could not be read: %1").arg(error.message);
    } else {
        m_rows = rows;
        m_error.clear();
    }
    endResetModel();
}

const Breach *BreachListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int BreachListModel::rowOf(const QString &number) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).number == number)
            return i;
    }
    return -1;
}

} // namespace pd::ui
