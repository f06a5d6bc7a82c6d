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
class UnitOfWork;

// What searching one system for a request found. Stored as its code.
enum class SystemSearchResult {
    NietsGevonden, // nothing of the person in this system
    // Data found. The inzage report holds only what Privacydesk keeps: what another system holds
    // goes to the person separately (the cover letter's "other systems").
    Gevonden, // found, not yet recorded as sent
    ApartVerstrekt, // found and provided separately: on sentOn, when recorded
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
    // The day the data found were sent separately (ApartVerstrekt); invalid: not
    // recorded (a tick from before schema 39, or not sent yet).
    QDate sentOn {};
};

// A system ticked as searched: what SystemChecklist::tick records.
struct SystemTick
{
    QString system;
    SystemSearchResult result = SystemSearchResult::NietsGevonden;
    QString note;
    qint64 attachmentId = 0;
    // The day the data found were sent separately; only with ApartVerstrekt, not in the
    // future, not before the request was received.
    QDate sentOn {};
};

// The systems searched for a request (art. 15 AVG: every system is searched). An
// inzage, erasure, rectification or portability lists the systems of the processing activities
// whose data subjects name the person's relation (DataSubjects: tenant → "huurders en bezoekers",
// ...), each once, in register order; a person whose relation is "overig" gets every system of the
// register. Each is ticked with who searched it, when, the result and a note or one of the
// request's files (case.system_searched on the request's trail); ticking it again replaces the
// tick. Reads need Permission::ViewAllCases, ticks EditCases, through a UnitOfWork; the SQL is
// SystemChecklistRepository's.
class SystemChecklist final
{
    Q_DECLARE_TR_FUNCTIONS(pd::SystemChecklist)
public:
    explicit SystemChecklist(const Session &session);

    // Whether a request has a checklist: an inzage, erasure, rectification or
    // portability among its kinds.
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
    // The data a search found (gevonden or apart-verstrekt) recorded as sent separately
    // on day, the system's note and file kept: a tick with ApartVerstrekt and sentOn, by you,
    // now. Also after the request was completed, since the data often go with or after the
    // answer; nothing else of a completed request's list changes.
    bool recordSent(const QString &number, const QString &system, QDate day, ServiceError *error);

    // "3 systemen nog niet doorzocht: ERP, Klantmailbox, …": the completion's warning.
    static QString openWarning(const QStringList &open);

    static QString resultCode(SystemSearchResult result); // "niets-gevonden", ...
    static QString resultLabel(SystemSearchResult result); // translated
    static std::optional<SystemSearchResult> result(QStringView code);
    static QList<SystemSearchResult> results();
    static QJsonObject toJson(const SystemCheck &check);

private:
    std::optional<Case> load(const QString &number, ServiceError *error) const;
    // Whether tick may be recorded on c, whose list is list: false with *error (a refusal, or a
    // failed read of the files) when not. Then *found is its system on the list and tick->system
    // the list's spelling. A completed request takes only the day its data were sent.
    bool check(const Case &c, const QList<SystemCheck> &list, SystemTick *tick,
               const SystemCheck **found, ServiceError *error) const;
    // The guard and the tick with its case.system_searched event, through unit.
    bool write(UnitOfWork &unit, const Case &c, const SystemTick &tick, const SystemCheck &before,
               bool bsnOverride, ServiceError *error);
    Session m_session;
};

} // namespace pd
