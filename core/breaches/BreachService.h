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

struct BreachClock
{
    QString number;
    QString title;
    QDateTime deadline; // UTC
    int hoursLeft = 0; // negative once past
};

struct BreachFigures
{
    QDateTime now; // UTC
    int open = 0; // state open
    int clockRunning = 0; // open breaches whose 72-hour clock runs (clocks.size())
    int notifiedLateThisYear = 0;
    QList<BreachClock> clocks; // the running clocks, soonest deadline first
    // A breach of two natures counts in both.
    QList<QDate> months;
    QList<int> totalByMonth;
    QList<QList<int>> byMonthAndNature; // [month][nature]
};

// nullopt keeps the breach's value.
struct BreachProcessorReport
{
    std::optional<QString> processor; // its name in the recipients catalogue
    std::optional<QDateTime> toldAt; // when the processor told us (art. 33(2))
    std::optional<QString> reason; // Breach::processorToldReason; empty removes it
    std::optional<QString> lateReason; // the AP notification's reasons for the delay
};

// Every write is a UnitOfWork; the role is read once, when the service is made. A KCC employee may
// add a breach and read only those they reported. A destroyed breach refuses every change: what is
// left is the register's proof.
class BreachService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::BreachService)
public:
    explicit BreachService(const Session &session);

    // What can be checked without the store, for dialogs that validate as the user types.
    static QString validate(const Breach &breach, const QDateTime &now);
    // Empty when the processor's report did not come before the discovery.
    static QString awarenessWarning(const Breach &breach);
    static QString processorToldReasonLabel();
    static QString decisionMomentRefusal(const Breach &breach, const QDateTime &at,
                                         const QDateTime &now);
    static QStringList missingForClose(const Breach &breach);

    // Only the description fields count; gives the next number DL-YYYY-NNNN.
    std::optional<Breach> add(const Breach &breach, BsnCheck bsnCheck, ServiceError *error);
    bool update(const Breach &breach, BsnCheck bsnCheck, ServiceError *error);
    // A notification to the AP that an earlier clock start makes late needs the reasons for the
    // delay. Nothing changed: true, no event.
    bool recordProcessorReport(const QString &number, const BreachProcessorReport &report,
                               BsnCheck bsnCheck, ServiceError *error);
    // Sets both decisions to the risk's defaults. at is when it was decided, not typed (invalid:
    // now): not in the future nor before the discovery.
    bool assess(const QString &number, const BreachAssessment &assessment, BsnCheck bsnCheck,
                ServiceError *error, const QDateTime &at = {});
    // reason is required when the decision differs from the risk's default.
    bool recordApDecision(const QString &number, bool notify, const QString &reason,
                          BsnCheck bsnCheck, ServiceError *error, const QDateTime &at = {});
    bool recordSubjectsDecision(const QString &number, bool inform, const QString &reason,
                                BsnCheck bsnCheck, ServiceError *error, const QDateTime &at = {});
    // The reasons for a delay are required after the 72 hours (art. 33(1)).
    bool notifyAp(const QString &number, const QDateTime &at, const QString &reference,
                  const QString &lateReason, BsnCheck bsnCheck, ServiceError *error);
    bool addFollowUp(const QString &number, const BreachFollowUp &followUp, BsnCheck bsnCheck,
                     ServiceError *error);
    bool notifySubjects(const QString &number, const BreachSubjectsNotice &notice,
                        BsnCheck bsnCheck, ServiceError *error);
    bool markPersonInformed(const QString &number, qint64 personId, QDate on, ServiceError *error);
    // Replaces the list; persons who stay keep their dates.
    bool linkPersons(const QString &number, const QList<qint64> &personIds, ServiceError *error);
    bool close(const QString &number, ServiceError *error);
    bool reopen(const QString &number, ServiceError *error);

    // NotFound also for a KCC user who did not report it: they cannot tell it from one that does
    // not exist.
    std::optional<Breach> get(const QString &number, ServiceError *error = nullptr) const;
    QList<Breach> list(const BreachFilter &filter, ServiceError *error = nullptr) const;
    QList<Breach> ownReports(ServiceError *error = nullptr) const;
    BreachFigures figures(const QDateTime &now, ServiceError *error = nullptr) const;

private:
    static QDateTime startOfLocalDay(QDate day);
    static QList<QPair<QString, QString>> descriptionTexts(const Breach &breach);
    static QJsonObject descriptionPayload(const Breach &breach);
    std::optional<Breach> load(const QString &number, ServiceError *error) const;
    std::optional<Breach> forChange(UnitOfWork &unit, const QString &number,
                                    ServiceError *error) const;
    bool resolveProcessor(Breach *breach, qint64 keptId, ServiceError *error) const;
    static QString lateWithoutReason(const Breach &b);
    bool recordDecision(const QString &number, bool ap, bool yes, const QString &reason,
                        const QDateTime &at, BsnCheck bsnCheck, ServiceError *error);
    bool change(UnitOfWork &unit, const Breach &breach, const QJsonObject &payload,
                const std::function<bool(UnitOfWork::Write &, ServiceError *)> &work,
                ServiceError *error);

    Session m_session;
};

} // namespace pd
