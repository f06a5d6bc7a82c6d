#pragma once

#include "breaches/Breach.h"
#include "session/Session.h"
#include "session/UnitOfWork.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace pd {

class Store;

// One running clock for the desk and the dashboard tile.
struct BreachClock
{
    QString number;
    QString title;
    QDateTime deadline; // UTC
    int hoursLeft = 0; // negative once past
};

// The register's figures for the dashboard (`report dashboard --json` "breaches").
struct BreachFigures
{
    QDateTime now; // UTC
    int open = 0; // state open
    int clockRunning = 0; // open breaches whose 72-hour clock runs (clocks.size())
    // Notified to the AP in now's year (Europe/Amsterdam) after the 72-hour deadline.
    int notifiedLateThisYear = 0;
    QList<BreachClock> clocks; // the running clocks, soonest deadline first
    // The 12 months ending with now's month (first days, oldest first), by month of discovery:
    // total breaches and, per BreachCodes::natures() in that order, those of each nature (a
    // breach of two natures counts in both).
    QList<QDate> months;
    QList<int> totalByMonth;
    QList<QList<int>> byMonthAndNature; // [month][nature]
};

// A correction of the processor's report after the breach was added (`breach update`): each
// field given replaces the breach's; nullopt keeps it.
struct BreachProcessorReport
{
    std::optional<QString> processor; // its name in the recipients catalogue
    std::optional<QDateTime> toldAt; // when the processor told us (art. 33(2))
    std::optional<QString> reason; // Breach::processorToldReason; empty removes it
    std::optional<QString> lateReason; // the AP notification's reasons for the delay
};

// The data-breach register. Every write is a UnitOfWork (session/UnitOfWork.h): the
// role check, the input limits, the BSN guard, and one transaction with its audit event (entity
// "breach", the number as id; actions breach.added, breach.updated, breach.assessed,
// breach.ap-decided, breach.subjects-decided, breach.ap-notified, breach.follow-up,
// breach.subjects-notified, breach.person-informed, breach.persons-linked, breach.closed,
// breach.reopened, breach.processor-told, and bsn.override). The acting role is read once, when the
// service is made.
//
// Roles: a KCC employee (Permission::IntakeCase) may add a breach and read the ones they reported
// themselves (get, ownReports), not the register; functionaris and beheerder
// (Permission::EditRegisters) manage; an auditor (Permission::ViewRegisters) reads everything and
// writes nothing. A refused call writes one user.denied event and sets *error to Denied.
// A read that fails is an error (Storage), never an empty list or "not found".
// A breach destroyed under its retention rule (RetentionService::destroyBreach) refuses every
// change (Invalid): what is left of it is the register's proof.
class BreachService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::BreachService)
public:
    explicit BreachService(const Session &session);

    // The first problem with the description fields (translated), or empty; what can be checked
    // without the store, for dialogs that validate as the user types. now: discovery and
    // occurrence cannot lie after it (invalid now: not checked).
    static QString validate(const Breach &breach, const QDateTime &now);
    // When the processor told us before the moment of discovery entered: names both moments
    // (Dutch time) and says from which the 72 hours run (the report, unless the officer recorded
    // why not: Breach::processorToldReason); empty when the report did not come first.
    static QString awarenessWarning(const Breach &breach);
    // "Why the 72 hours do not start at the processor's report", translated (dialog, checks).
    static QString processorToldReasonLabel();
    // Why a decision or assessment cannot have been taken at `at` (translated), or empty:
    // in the future, or before the breach was discovered (BreachRules.cpp), for dialogs
    // that check as the user types.
    static QString decisionMomentRefusal(const Breach &breach, const QDateTime &at,
                                         const QDateTime &now);
    // What close() still misses (translated sentences), empty when the breach can be closed.
    static QStringList missingForClose(const Breach &breach);

    // Reports a breach (KCC, functionaris, beheerder): the description fields of breach (title,
    // description, occurredAt, discoveredAt, natures, data, counts, group, processor and
    // processorToldAt with processorToldReason, measures, consequences, international); the rest
    // is ignored. Gives the next number of the year of discovery (DL-YYYY-NNNN) and returns the
    // stored breach.
    std::optional<Breach> add(const Breach &breach, bool bsnOverride, ServiceError *error);
    // Changes the description fields of an existing breach (by breach.number); functionaris and
    // beheerder. The number, the reporter, the assessment and the notifications stay.
    bool update(const Breach &breach, bool bsnOverride, ServiceError *error);
    // Records or corrects the processor's report after the breach was added
    // (BreachProcessorReport.cpp): the processor, when it told us and why its report did not make
    // us aware, as one event breach.processor-told with each value old and new and the moment the
    // 72 hours start and the AP deadline recomputed (Breach::clockStart). A notification to the
    // AP that the earlier start makes late needs the reasons for the delay (report.lateReason, or
    // recorded before) or a reason why the report did not make us aware: refused otherwise. An
    // on-time notification keeps no reasons for a delay. Nothing changed: true, no event.
    bool recordProcessorReport(const QString &number, const BreachProcessorReport &report,
                               bool bsnOverride, ServiceError *error);
    // Records (or replaces) the assessment: risk, reasoning (required), criteria, and the moment
    // it was made (at; now when invalid). Both decisions are set to the risk's defaults
    // (Breach::defaultApDecision/defaultSubjectsDecision) by the assessor, at that moment;
    // recordApDecision/recordSubjectsDecision record otherwise afterwards.
    // The register holds when a decision was taken, not when it was typed in: a
    // moment in the future or before the discovery is refused (Invalid).
    bool assess(const QString &number, const BreachAssessment &assessment, bool bsnOverride,
                ServiceError *error, const QDateTime &at = {});
    // The decision "melden aan de AP": yes or no with the reason (required when it differs from
    // the risk's default), taken at `at` (now when invalid; not in the future, not before the
    // discovery nor the assessment). Needs an assessment.
    bool recordApDecision(const QString &number, bool notify, const QString &reason,
                          bool bsnOverride, ServiceError *error, const QDateTime &at = {});
    // The decision "informeren betrokkenen", as recordApDecision.
    bool recordSubjectsDecision(const QString &number, bool inform, const QString &reason,
                                bool bsnOverride, ServiceError *error, const QDateTime &at = {});
    // Records the notification to the AP: the moment (not before the discovery, not in the
    // future), the AP's meldnummer (required) and, when at lies after the 72-hour deadline, the
    // reasons for the delay (required then; art. 33(1)). Replaces an earlier record.
    bool notifyAp(const QString &number, const QDateTime &at, const QString &reference,
                  const QString &lateReason, bool bsnOverride, ServiceError *error);
    // A follow-up notification (aanvullen, intrekken) after the first one; needs notifyAp.
    bool addFollowUp(const QString &number, const BreachFollowUp &followUp, bool bsnOverride,
                     ServiceError *error);
    // Records how the people concerned were informed (art. 34): individually (on, how, count)
    // or by a public notice (publicNotice with its reason). Replaces an earlier record.
    bool notifySubjects(const QString &number, const BreachSubjectsNotice &notice, bool bsnOverride,
                        ServiceError *error);
    // One linked person was informed on that day (the letter "kennisgeving datalek" records it).
    // The person must be linked.
    bool markPersonInformed(const QString &number, qint64 personId, QDate on, ServiceError *error);
    // The persons concerned where known: replaces the list (dates of persons who stay are kept).
    bool linkPersons(const QString &number, const QList<qint64> &personIds, ServiceError *error);
    // Closes the breach: needs the assessment and, when the decisions say so, the notification
    // to the AP and the informing of the people (or a public notice); otherwise Invalid with a
    // Dutch sentence saying what is missing (missingForClose).
    bool close(const QString &number, ServiceError *error);
    // Opens a closed breach again (functionaris, beheerder).
    bool reopen(const QString &number, ServiceError *error);

    // One breach, whole. NotFound when there is no such breach (also for a KCC user who did not
    // report it: they cannot tell it from one that does not exist); Storage when it could not
    // be read.
    std::optional<Breach> get(const QString &number, ServiceError *error = nullptr) const;
    // The register, newest discovery first (Permission::ViewRegisters; a KCC user is Denied).
    QList<Breach> list(const BreachFilter &filter, ServiceError *error = nullptr) const;
    // The breaches the acting user reported, newest first (every role that may report).
    QList<Breach> ownReports(ServiceError *error = nullptr) const;
    // The dashboard figures as of now (Permission::ViewRegisters).
    BreachFigures figures(const QDateTime &now, ServiceError *error = nullptr) const;

private:
    // The first moment of a day in Amsterdam, in UTC (BreachRules.cpp, as the next two).
    static QDateTime startOfLocalDay(QDate day);
    // The description fields' texts under the BSN guard, with their translated names.
    static QList<QPair<QString, QString>> descriptionTexts(const Breach &breach);
    // The payload of breach.added and breach.updated: what the description says.
    static QJsonObject descriptionPayload(const Breach &breach);
    std::optional<Breach> load(const QString &number, ServiceError *error) const;
    // The unit's role check (EditRegisters) and the breach as it is; a destroyed breach is
    // Invalid.
    std::optional<Breach> forChange(UnitOfWork &unit, const QString &number,
                                    ServiceError *error) const;
    // The processor by id or name; refused when the catalogue has it as a recipient that is
    // no processor, unless it is keptId (the one the breach had).
    bool resolveProcessor(Breach *breach, qint64 keptId, ServiceError *error) const;
    // Why b cannot be stored (translated): its notification to the AP lies after its deadline
    // and no reasons for the delay are recorded (art. 33(1)); empty otherwise.
    static QString lateWithoutReason(const Breach &b);
    bool recordDecision(const QString &number, bool ap, bool yes, const QString &reason,
                        const QDateTime &at, bool bsnOverride, ServiceError *error);
    // Commits the unit: work, updated_at, and the event named as the unit's action about the
    // breach (with the BSN override's, when the unit's guard recorded one).
    bool change(UnitOfWork &unit, const Breach &breach, const QJsonObject &payload,
                const std::function<bool(UnitOfWork::Write &, ServiceError *)> &work,
                ServiceError *error);

    Session m_session;
};

} // namespace pd
