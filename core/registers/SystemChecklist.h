#pragma once

#include "cases/Case.h"
#include "registers/ProcessingRegister.h"
#include "session/Session.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

class Store;

// What searching one system for a request found (issue 40). Stored as its code.
enum class SystemSearchResult {
    NietsGevonden, // nothing of the person in this system
    Gevonden, // data found: in the inzage report
    ApartVerstrekt, // data found and provided separately (the cover letter's "other systems")
    Gewist, // erased (an erasure)
    Gecorrigeerd, // corrected (a rectification)
    NietDoorzoekbaar, // could not be searched: the note says why
};

// One system on a request's checklist: from the register (the activities naming it), ticked or
// not yet.
struct SystemCheck
{
    QString system;
    QStringList activities; // the sub-codes naming it; empty: no longer in the register
    bool searched = false;
    SystemSearchResult result = SystemSearchResult::NietsGevonden;
    QString note;
    qint64 attachmentId = 0; // one of the request's files, 0: none
    QString attachmentName;
    QString searchedBy;
    QDateTime searchedAt; // UTC
};

// A system ticked as searched: what SystemChecklist::tick records.
struct SystemTick
{
    QString system;
    SystemSearchResult result = SystemSearchResult::NietsGevonden;
    QString note;
    qint64 attachmentId = 0;
};

// The systems searched for a request (issue 40, art. 15 AVG: every system is searched). An
// inzage, erasure or rectification lists the systems of the processing activities whose data
// subjects name the person's relation (DataSubjects: tenant → "huurders en bezoekers", ...),
// each once, in register order; a person whose relation is "overig" gets every system of the
// register. Each is ticked with who searched it, when, the result and a note or one of the
// request's files (case.system_searched on the request's trail); ticking it again replaces the
// tick. Reads need Permission::ViewAllCases, ticks EditCases, through a UnitOfWork; the SQL is
// SystemChecklistRepository's.
class SystemChecklist final
{
    Q_DECLARE_TR_FUNCTIONS(pd::SystemChecklist)
public:
    explicit SystemChecklist(const Store &store, const Clock &clock = systemClock());

    // Whether a request has a checklist: an inzage, erasure or rectification among its kinds.
    static bool applies(const Case &c);
    // The checklist from the register's activities and the ticks stored (pure): the systems of
    // the matching activities in register order, then ticked systems no longer there.
    static QList<SystemCheck> derive(const QList<ProcessingActivity> &activities, Relation relation,
                                     const QList<SystemCheck> &ticked);

    // The request's checklist; empty when applies() is false. nullopt with *error when the
    // request or the register could not be read (or the role may not).
    std::optional<QList<SystemCheck>> of(const QString &number, ServiceError *error) const;
    // The systems not yet ticked of an open request that applies(); nullopt with *error.
    std::optional<QStringList> open(const QString &number, ServiceError *error) const;
    bool tick(const QString &number, const SystemTick &tick, bool bsnOverride, ServiceError *error);

    // "3 systemen nog niet doorzocht: ERP, Klantmailbox, …": the completion's warning.
    static QString openWarning(const QStringList &open);

    static QString resultCode(SystemSearchResult result); // "niets-gevonden", ...
    static QString resultLabel(SystemSearchResult result); // translated
    static std::optional<SystemSearchResult> result(QStringView code);
    static QList<SystemSearchResult> results();
    static QJsonObject toJson(const SystemCheck &check);

private:
    std::optional<Case> load(const QString &number, ServiceError *error) const;

    const Store &m_store;
    const Clock &m_clock;
    Session m_session;
};

} // namespace pd
