#include "documents/CompletionGate.h"

#include "documents/PortabilityGate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace pd {

namespace {

bool grantsInzage(const Case &c, const Completion &done)
{
    return CompletionGate::grants(c, done, RequestType::Inzage);
}

// Whether a system's search found data that go to the person separately.
bool foundData(const SystemCheck &check)
{
    return check.searched
        && ((check.result == SystemSearchResult::Gevonden && !check.inReport)
            || check.result == SystemSearchResult::ApartVerstrekt);
}

// The systems whose data found are not recorded as sent yet.
QStringList unsentSystems(const QList<SystemCheck> &systems)
{
    QStringList unsent;
    for (const SystemCheck &check : systems) {
        if (foundData(check) && !check.sentOn.isValid())
            unsent << check.system;
    }
    return unsent;
}

// Whether the payload of a case.report_exported event names a file of that format.
bool holdsFormat(const QJsonObject &payload, QLatin1StringView format)
{
    const QJsonArray files = payload.value(QLatin1StringView("files")).toArray();
    return std::any_of(files.cbegin(), files.cend(), [format](const QJsonValue &file) {
        return file.toObject().value(QLatin1StringView("format")).toString() == format;
    });
}

} // namespace

bool CompletionGate::grants(const Case &c, const Completion &done, RequestType type)
{
    if (!c.types.contains(type))
        return false;
    QString problem; // the completion's own checks say it
    const QList<TypeDecision> decisions = CaseWorkflow::decisionsFor(c, done, &problem);
    return problem.isEmpty()
        && std::any_of(decisions.cbegin(), decisions.cend(), [type](const TypeDecision &d) {
               return d.type == type
                   && (d.outcome == Outcome::Toegewezen || d.outcome == Outcome::DeelsToegewezen);
           });
}

QDate CompletionGate::copyDay(QDate reportExported, const QList<SystemCheck> &systems)
{
    if (!reportExported.isValid())
        return {};
    QDate last = reportExported;
    for (const SystemCheck &check : systems) {
        if (foundData(check) && check.sentOn.isValid())
            last = std::max(last, check.sentOn);
    }
    return last;
}

QString CompletionGate::copyRefusal(const Case &c, const Completion &done,
                                    const QList<SystemCheck> &systems, QDate reportExported)
{
    // A representative's request waits for the mandate first (CaseWorkflow::checkComplete).
    if (!grantsInzage(c, done) || c.awaitsMandate())
        return {};
    if (!reportExported.isValid())
        //: Dutch: "Een inzage is beantwoord als de kopie is gegeven: maak eerst het
        //: inzageoverzicht voor %1 (Inzageoverzicht en export…, of export person %1 --pdf
        //: BESTAND)."
        return tr("An inzage is answered when the copy is given: export the inzage report for %1 "
                  "first (Inzage report and export…, or export person %1 --pdf FILE).")
            .arg(c.number);
    const QStringList unsent = unsentSystems(systems);
    if (!unsent.isEmpty())
        //: Dutch: "Een inzage is beantwoord als de kopie is gegeven: wat in %1 is gevonden, is
        //: nog niet als verstuurd vastgelegd. Leg per systeem de dag vast waarop het is
        //: verstuurd (Systemen: Gegevens apart verstrekt, of case system sent %2 SYSTEEM --on
        //: DATUM)."
        return tr("An inzage is answered when the copy is given: the data found in %1 are not yet "
                  "recorded as sent. Record the day each was sent (Systems: Provided "
                  "separately, or case system sent %2 SYSTEM --on DATE).")
            .arg(QLocale().createSeparatedList(unsent), c.number);
    const QDate day = copyDay(reportExported, systems);
    if (done.answered.isValid() && done.answered < day)
        //: Dutch: "Het antwoord is gegeven toen de kopie compleet was, op %1 (het inzageoverzicht
        //: en wat apart is verstuurd): vul die dag of later in als datum van het antwoord."
        return tr("The answer was given when the copy was complete, on %1 (the inzage report and "
                  "what was sent separately): enter that day or later as the day of the answer.")
            .arg(QLocale().toString(day, QLocale::ShortFormat));
    return {};
}

QString CompletionGate::portabilityRefusal(const Case &c, const Completion &done,
                                           const QList<SystemCheck> &systems, QDate exported)
{
    if (!CompletionGate::grants(c, done, RequestType::Overdraagbaarheid) || c.awaitsMandate())
        return {};
    if (!exported.isValid())
        //: Dutch: "Een verzoek om overdraagbaarheid is beantwoord als de bestanden zijn gegeven:
        //: maak eerst de export voor overdraagbaarheid voor %1 (Inzageoverzicht en export…, of
        //: export person %1 --json BESTAND)."
        return tr("A portability request is answered when the files are given: make the "
                  "portability export for %1 first (Inzage report and export…, or export person "
                  "%1 --json FILE).")
            .arg(c.number);
    const QStringList unsent = unsentSystems(systems);
    if (!unsent.isEmpty())
        //: Dutch: "Een verzoek om overdraagbaarheid is beantwoord als de bestanden zijn gegeven:
        //: wat in %1 is gevonden, is nog niet als verstuurd vastgelegd. Leg per systeem de dag
        //: vast waarop het is verstuurd (Systemen: Gegevens apart verstrekt, of case system sent
        //: %2 SYSTEEM --on DATUM)."
        return tr("A portability request is answered when the files are given: the data found "
                  "in %1 are not yet recorded as sent. Record the day each was sent (Systems: "
                  "Provided separately, or case system sent %2 SYSTEM --on DATE).")
            .arg(QLocale().createSeparatedList(unsent), c.number);
    const QDate day = copyDay(exported, systems);
    if (done.answered.isValid() && done.answered < day)
        //: Dutch: "Het antwoord is gegeven toen de bestanden en wat apart is verstuurd compleet
        //: waren, op %1: vul die dag of later in als datum van het antwoord."
        return tr("The answer was given when the files and what was sent separately were "
                  "complete, on %1: enter that day or later as the day of the answer.")
            .arg(QLocale().toString(day, QLocale::ShortFormat));
    return {};
}

QString CompletionGate::refusal(const Case &c, const Completion &done,
                                const QList<SystemCheck> &systems, Exported exported)
{
    const QString copy = copyRefusal(c, done, systems, exported.report);
    return copy.isEmpty() ? portabilityRefusal(c, done, systems, exported.portability) : copy;
}

std::optional<CompletionGate::Exported>
CompletionGate::exported(const Session &session, const QString &caseNumber, ServiceError *error)
{
    ServiceError failure;
    const QList<AuditEvent> events = CaseService(session).timeline(caseNumber, &failure);
    if (failure.isError()) {
        *error = failure;
        return std::nullopt;
    }
    Exported last;
    for (const AuditEvent &event : events) {
        if (event.action != QLatin1StringView("case.report_exported"))
            continue;
        const QDate day = QDate::fromString(
            event.payload.value(QLatin1StringView("date")).toString(), Qt::ISODate);
        if (!day.isValid())
            continue;
        if (holdsFormat(event.payload, QLatin1StringView("pdf")))
            last.report = std::max(last.report, day);
        // Only an export with the portability files records whether they hold the person's
        // data: a plain JSON or CSV export, or an encrypted PDF with them inside.
        if (event.payload.contains(QLatin1StringView("portable_data")))
            last.portability = std::max(last.portability, day);
    }
    return last;
}

std::optional<QString> CompletionGate::refusal(const Session &session, const QString &caseNumber,
                                               const Completion &completion, ServiceError *error)
{
    const std::optional<Case> c = CaseService(session).find(caseNumber, error);
    if (!c)
        return std::nullopt;
    if (!grantsInzage(*c, completion) && !grants(*c, completion, RequestType::Overdraagbaarheid))
        return QString();
    const std::optional<QList<SystemCheck>> systems = SystemChecklist(session).of(c->number, error);
    if (!systems)
        return std::nullopt;
    const std::optional<Exported> made = exported(session, c->number, error);
    if (!made)
        return std::nullopt;
    return refusal(*c, completion, *systems, *made);
}

CaseService::CompletionRule CompletionGate::rule(const Session &session)
{
    return [session](const QString &caseNumber, const Completion &completion,
                     ServiceError *error) -> std::optional<QString> {
        const std::optional<QString> empty
            = PortabilityGate::completionRefusal(session, caseNumber, completion, error);
        if (!empty || !empty->isEmpty())
            return empty;
        return refusal(session, caseNumber, completion, error);
    };
}

} // namespace pd
