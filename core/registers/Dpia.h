#pragma once

#include "domain/CodeTable.h"
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

struct DpiaListItem
{
    QString code;
    QString label;
    QString text; // the AP list's description; empty for the others
};

// Each list with its source: the AP's list (art. 35(4)), art. 35(3) and the EDPB's nine criteria
// (two or more: a DPIA is likely needed).
class DpiaLists final
{
public:
    enum class List { ApList, Art35_3, Criteria };
    static QList<DpiaListItem> items(List list);
    static QString source(List list);
    static QString label(List list, const QString &code); // the code itself when unknown
    static QString code(List list); // "ap", "art35-3", "criteria": the JSON's keys
};

enum class ResidualRisk { Onbekend, Laag, Middel, Hoog };

enum class DpiaIndication { Required, Likely, NotIndicated };

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
    bool consultationMissing() const
    {
        return residualRisk == ResidualRisk::Hoog && !consultedOn.isValid();
    }
};

// Reads need Permission::ViewRegisters, writes EditRegisters.
template<> const codes::Vocabulary<ResidualRisk> &codes::vocabulary<ResidualRisk>();

class DpiaRegister final
{
    Q_DECLARE_TR_FUNCTIONS(pd::DpiaRegister)
public:
    explicit DpiaRegister(const Session &session);

    std::optional<QList<Dpia>> list(ServiceError *error) const;
    std::optional<Dpia> find(const QString &subCode, ServiceError *error) const;
    std::optional<QList<Dpia>> dueForReview(ServiceError *error) const;

    // add refuses a second assessment of the same activity.
    std::optional<Dpia> add(const Dpia &dpia, BsnCheck bsnCheck, ServiceError *error);
    std::optional<Dpia> update(const Dpia &dpia, BsnCheck bsnCheck, ServiceError *error);

    static DpiaIndication indication(const Dpia &dpia);
    static QStringList validate(const Dpia &dpia);
    // Not refused: what the officer should do next.
    static QStringList warnings(const Dpia &dpia, QDate today);
    static QString status(const std::optional<Dpia> &dpia);

    static QJsonObject toJson(const Dpia &dpia);

private:
    bool write(const Dpia &dpia, bool isNew, BsnCheck bsnCheck, ServiceError *error);
    Session m_session;
};

} // namespace pd
