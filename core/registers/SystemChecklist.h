#pragma once

#include "cases/Case.h"
#include "domain/CodeTable.h"
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

class UnitOfWork;

enum class SystemSearchResult {
    NietsGevonden, // nothing of the person in this system
    // The inzage report holds only Privacydesk's data: another system's goes separately.
    Gevonden, // found, not yet recorded as sent
    ApartVerstrekt, // found and provided separately: on sentOn, when recorded
    Gewist, // erased (an erasure)
    Gecorrigeerd, // corrected (a rectification)
    NietDoorzoekbaar, // could not be searched: the note says why
};

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
    // Invalid: not recorded (a tick from before schema 39, or not sent yet).
    QDate sentOn {};
    // What the search found there (VERA) is in the inzage report itself: the checklist, the
    // letters and the AP dossier do not promise it apart (with Gevonden only).
    bool inReport = false;
};

struct SystemTick
{
    QString system;
    SystemSearchResult result = SystemSearchResult::NietsGevonden;
    QString note;
    qint64 attachmentId = 0;
    // Only with ApartVerstrekt; not in the future, not before the request was received.
    QDate sentOn {};
    // Only with Gevonden, from the VERA search: what was found is in the inzage report.
    bool inReport = false;
};

// Art. 15 AVG: every system is searched: those of the activities whose data subjects name the
// person's relation ("overig": every system). Reads need ViewAllCases, ticks EditCases.
template<> const codes::Vocabulary<SystemSearchResult> &codes::vocabulary<SystemSearchResult>();

class SystemChecklist final
{
    Q_DECLARE_TR_FUNCTIONS(pd::SystemChecklist)
public:
    // The result as the checklist, the CLI and the AP dossier word it: data found through the
    // VERA search are "in het inzageoverzicht", not "apart te versturen".
    static QString resultText(const SystemCheck &check);
    static QString resultText(SystemSearchResult result, bool inReport);
    explicit SystemChecklist(const Session &session);

    static bool applies(const Case &c);
    static QList<SystemCheck> derive(const QList<ProcessingActivity> &activities, Relation relation,
                                     const QList<SystemCheck> &ticked);

    std::optional<QList<SystemCheck>> of(const QString &number, ServiceError *error) const;
    std::optional<QStringList> open(const QString &number, ServiceError *error) const;
    bool tick(const QString &number, const SystemTick &tick, BsnCheck bsnCheck,
              ServiceError *error);
    // Also after completion, since the data often go with or after the answer.
    bool recordSent(const QString &number, const QString &system, QDate day, ServiceError *error);

    static QString openWarning(const QStringList &open);

    static QJsonObject toJson(const SystemCheck &check);

private:
    std::optional<Case> load(const QString &number, ServiceError *error) const;
    // A completed request takes only the day its data were sent.
    bool check(const Case &c, const QList<SystemCheck> &list, SystemTick *tick,
               const SystemCheck **found, ServiceError *error) const;
    bool write(UnitOfWork &unit, const Case &c, const SystemTick &tick, const SystemCheck &before,
               BsnCheck bsnCheck, ServiceError *error);
    Session m_session;
};

} // namespace pd
