#pragma once

#include "cases/CaseService.h"
#include "registers/SystemChecklist.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pd {

class Store;

// The rules a completion must pass that need more than the request itself, as the desk and the
// CLI set them on CaseService (setCompletionRule), in one place: the empty-export gate of a
// portability request (PortabilityGate) and the copy of an inzage.
//
// An inzage (art. 15 GDPR) is answered when the copy is given: one granted in full or in part
// completes only with the inzage report exported for the request (case.report_exported with a
// PDF) and every system whose search found data (SystemChecklist) recorded as sent separately
// with its day. The copy was complete on the last of those days (the report's export, each
// system's sending): the answer's day (Case::answeredOn, what the dossier, the year report and
// the dashboards count on time by) is that day or later, so a completion dated earlier is
// refused as well.
class CompletionGate final
{
    Q_DECLARE_TR_FUNCTIONS(pd::CompletionGate)
public:
    // The day the copy was complete, from the report's export (invalid: none made) and the
    // systems' days sent; invalid when the report was not made.
    static QDate copyDay(QDate reportExported, const QList<SystemCheck> &systems);
    // Why completing c so is refused under the inzage rule, in words (translated); empty when it
    // may go on. reportExported: the day the last inzage report for it was exported, invalid
    // for none.
    static QString copyRefusal(const Case &c, const Completion &done,
                               const QList<SystemCheck> &systems, QDate reportExported);
    // The day of the last inzage report (a PDF) exported for the request, from its trail;
    // invalid for none, nullopt with *error when it could not be read.
    static std::optional<QDate> reportExported(const Store &store, const Clock &clock,
                                               const QString &caseNumber, ServiceError *error);
    // copyRefusal for the stored request; nullopt with *error when it could not be read.
    static std::optional<QString> copyRefusal(const Store &store, const Clock &clock,
                                              const QString &caseNumber,
                                              const Completion &completion, ServiceError *error);
    // Every rule, as CaseService::complete runs them.
    static CaseService::CompletionRule rule(const Store &store, const Clock &clock);
};

} // namespace pd
