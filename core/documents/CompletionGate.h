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

// The completion rules that need more than the request itself, set on CaseService by the desk
// and the CLI alike. An inzage or portability request granted (in part) completes only with its
// report or files exported and every system whose search found data sent separately, and its
// answer is not dated before the last of those days.
class CompletionGate final
{
    Q_DECLARE_TR_FUNCTIONS(pd::CompletionGate)
public:
    struct Exported
    {
        QDate report;
        QDate portability;
    };

    static bool grants(const Case &c, const Completion &done, RequestType type);
    static QDate copyDay(QDate reportExported, const QList<SystemCheck> &systems);
    // Translated; empty when it may go on.
    static QString copyRefusal(const Case &c, const Completion &done,
                               const QList<SystemCheck> &systems, QDate reportExported);
    static QString portabilityRefusal(const Case &c, const Completion &done,
                                      const QList<SystemCheck> &systems, QDate exported);
    static QString refusal(const Case &c, const Completion &done, const QList<SystemCheck> &systems,
                           Exported exported);
    static std::optional<Exported> exported(const Session &session, const QString &caseNumber,
                                            ServiceError *error);
    static std::optional<QString> refusal(const Session &session, const QString &caseNumber,
                                          const Completion &completion, ServiceError *error);
    static CaseService::CompletionRule rule(const Session &session);
};

} // namespace pd
