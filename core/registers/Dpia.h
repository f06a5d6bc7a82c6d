#pragma once

#include "session/Session.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

class Store;
struct ProcessingActivity;

// One entry of the lists that say whether a DPIA is needed, in the interface's language.
struct DpiaListItem
{
    QString code;
    QString label;
    QString text; // the AP list's description; empty for the others
};

// The lists as data (resources/dpia/dpia-lists.json), each with its source: the AP's
// list of processing types that always need a DPIA (Stcrt. 2019, 64418; art. 35 lid 4 AVG), the
// three cases of art. 35 lid 3 AVG and the nine criteria of the EDPB (WP248; two or more: a
// DPIA is likely needed).
class DpiaLists final
{
public:
    enum class List { ApList, Art35_3, Criteria };
    static QList<DpiaListItem> items(List list);
    static QString source(List list);
    static QString label(List list, const QString &code); // the code itself when unknown
    static QString code(List list); // "ap", "art35-3", "criteria": the JSON's keys
};

// A DPIA's outcome: the residual risk after the measures.
enum class ResidualRisk { Onbekend, Laag, Middel, Hoog };

// What the lists say about an activity: a DPIA is required (the AP's list or art. 35 lid 3),
// likely needed (two or more criteria) or not indicated by them.
enum class DpiaIndication { Required, Likely, NotIndicated };

// The assessment of one processing activity (one per activity): whether a DPIA is needed and
// why, and the DPIA itself once done.
struct Dpia
{
    qint64 id = 0;
    qint64 activityId = 0;
    QString activityCode; // "C.2", read with the register
    QString activityName;
    bool needed = false;
    QStringList apList; // codes of DpiaLists::ApList
    QStringList art35_3; // "a", "b", "c"
    QStringList criteria; // codes of DpiaLists::Criteria
    QString reason; // why a DPIA is (not) needed
    QDate assessedOn; // the DPIA's date; invalid while not done
    QString outcome;
    ResidualRisk residualRisk = ResidualRisk::Onbekend;
    QDate consultedOn; // the AP consulted beforehand (art. 36 lid 1 AVG)
    QString consultation;
    QDate reviewOn;

    QDateTime updatedAt; // UTC
    QString updatedBy;

    bool done() const { return assessedOn.isValid(); }
    bool reviewDue(QDate today) const { return reviewOn.isValid() && reviewOn <= today; }
    // Done, the residual risk high and the AP not consulted: art. 36 lid 1.
    bool consultationMissing() const
    {
        return residualRisk == ResidualRisk::Hoog && !consultedOn.isValid();
    }
};

// The DPIA register (art. 35 AVG). Reads need Permission::ViewRegisters ("dpia.read"),
// writes EditRegisters, each a UnitOfWork with its event (entity "dpia", id = the activity's
// sub-code: dpia.created, dpia.changed) and every text under the BSN guard. The SQL is
// DpiaRepository's.
class DpiaRegister final
{
    Q_DECLARE_TR_FUNCTIONS(pd::DpiaRegister)
public:
    explicit DpiaRegister(const Session &session);

    // In register order of the activities. A failed read is an error, never an empty register.
    std::optional<QList<Dpia>> list(ServiceError *error) const;
    // The assessment of activity subCode: NotFound when there is none.
    std::optional<Dpia> find(const QString &subCode, ServiceError *error) const;
    // The reviews due on today (review date reached), in register order.
    std::optional<QList<Dpia>> dueForReview(ServiceError *error) const;

    // activityCode names the activity; add refuses a second assessment of the same activity.
    std::optional<Dpia> add(const Dpia &dpia, bool bsnOverride, ServiceError *error);
    std::optional<Dpia> update(const Dpia &dpia, bool bsnOverride, ServiceError *error);

    static DpiaIndication indication(const Dpia &dpia);
    // What refuses the assessment (translated, one sentence each): empty when it may be saved.
    static QStringList validate(const Dpia &dpia);
    // What the officer should do next (not refused): the DPIA still to be done, the AP to be
    // consulted.
    static QStringList warnings(const Dpia &dpia, QDate today);
    // "DPIA 2026-03-01", "DPIA needed, not done", "No DPIA needed": the register's column.
    static QString status(const std::optional<Dpia> &dpia);

    static QString riskCode(ResidualRisk risk); // "", "laag", "middel", "hoog"
    static QString riskLabel(ResidualRisk risk);
    static std::optional<ResidualRisk> risk(QStringView code);
    static QJsonObject toJson(const Dpia &dpia);

private:
    bool write(const Dpia &dpia, bool isNew, bool bsnOverride, ServiceError *error);
    Session m_session;
};

} // namespace pd
