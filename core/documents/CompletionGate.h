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
//
// A portability request (art. 20 GDPR) the same: granted in full or in part, it completes only
// with the portability files exported for the request (case.report_exported with
// "portable_data") and every system whose search found data recorded as sent with its day, and
// its answer is not dated before the last of those days. The decision names what the recorded
// files held ("portable_fields") and which systems' data came separately.
class CompletionGate final
{
    Q_DECLARE_TR_FUNCTIONS(pd::CompletionGate)
public:
    // The days of the last export recorded for a request that made the inzage report (a PDF)
    // and of the last that made the portability files; invalid for none.
    struct Exported
    {
        QDate report;
        QDate portability;
    };

    // Whether the completion grants c's part of that kind, in full or in part.
    static bool grants(const Case &c, const Completion &done, RequestType type);
    // The day the copy was complete, from the report's export (invalid: none made) and the
    // systems' days sent; invalid when the report was not made.
    static QDate copyDay(QDate reportExported, const QList<SystemCheck> &systems);
    // Why completing c so is refused under the inzage rule, in words (translated); empty when it
    // may go on. reportExported: the day the last inzage report for it was exported, invalid
    // for none.
    static QString copyRefusal(const Case &c, const Completion &done,
                               const QList<SystemCheck> &systems, QDate reportExported);
    // Why completing c so is refused under the portability rule, in words (translated); empty
    // when it may go on. exported: the day the last portability files for it were exported,
    // invalid for none.
    static QString portabilityRefusal(const Case &c, const Completion &done,
                                      const QList<SystemCheck> &systems, QDate exported);
    // Both rules: the inzage's first, then the portability's.
    static QString refusal(const Case &c, const Completion &done, const QList<SystemCheck> &systems,
                           Exported exported);
    // The exports recorded for the request, from its trail; nullopt with *error when it could
    // not be read.
    static std::optional<Exported> exported(const Session &session, const QString &caseNumber,
                                            ServiceError *error);
    // refusal for the stored request; nullopt with *error when it could not be read.
    static std::optional<QString> refusal(const Session &session, const QString &caseNumber,
                                          const Completion &completion, ServiceError *error);
    // Every rule, as CaseService::complete runs them.
    static CaseService::CompletionRule rule(const Session &session);
};

} // namespace pd
