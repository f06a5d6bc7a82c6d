// privacydesk-cli deadline: the deadlines of a date of receipt, without a store.

#include "CaseCommands.h"
#include "CliContext.h"
#include "cases/CaseJson.h"

#include <QJsonObject>

namespace pd::cli {

int CaseCommands::runDeadline(CliContext &context)
{
    const QCommandLineParser &p = context.parser();
    bool ok = true;
    DeadlineInput input;
    input.received = dateOption(p, QStringLiteral("received"), &ok);
    input.identificationRequested = dateOption(p, QStringLiteral("id-requested"), &ok);
    input.identificationReceived = dateOption(p, QStringLiteral("id-received"), &ok);
    if (!ok)
        return UsageError;
    if (!input.received.isValid())
        return CliContext::usage(tr("deadline needs --received YYYY-MM-DD."));
    DeadlinePolicy policy;
    const auto positive = [&](const QString &name, int *target) {
        if (!p.isSet(name))
            return true;
        bool isNumber = false;
        const int value = p.value(name).toInt(&isNumber);
        if (!isNumber || value < 0)
            return false;
        *target = value;
        return true;
    };
    if (!positive(QStringLiteral("policy-days"), &policy.base.amount)
        || !positive(QStringLiteral("policy-extension-days"), &policy.extension.amount)
        || !positive(QStringLiteral("id-within-days"), &policy.identificationRequestWithinDays))
        return CliContext::usage(tr("--policy-days, --policy-extension-days and "
                                    "--id-within-days take a whole number."));
    // A policy term of 0 days would make the day of receipt the effective deadline; the
    // store refuses such a policy too (CaseService::setPolicy).
    if (policy.base.amount == 0)
        return CliContext::usage(QCoreApplication::translate(
            "pd::CaseService", "The deadline policy needs a positive term."));
    if (p.isSet(QStringLiteral("id-model"))) {
        const auto model = parseIdentificationModel(p.value(QStringLiteral("id-model")));
        if (!model)
            return CliContext::usage(tr("--id-model is pause or restart."));
        policy.identificationModel = *model;
    }
    policy.moveToWorkingDay = p.isSet(QStringLiteral("policy-move"));
    for (const QString &day : p.values(QStringLiteral("closing-day"))) {
        const QDate date = QDate::fromString(day, Qt::ISODate);
        if (!date.isValid())
            return CliContext::usage(tr("--closing-day needs a date as YYYY-MM-DD."));
        policy.closingDays.insert(date);
    }
    const Deadlines d = computeDeadlines(input, policy);
    const bool extended = p.isSet(QStringLiteral("extended"));
    if (p.isSet(QStringLiteral("json"))) {
        CliContext::printJson(QJsonDocument(
            QJsonObject { { QStringLiteral("received"), input.received.toString(Qt::ISODate) },
                          { QStringLiteral("extended"), extended },
                          { QStringLiteral("deadlines"), deadlinesToJson(d, extended) } }));
        return Success;
    }
    const QDate effective = extended ? d.effectiveExtended : d.effective;
    const Binding binding = extended ? d.bindingExtended : d.binding;
    CliContext::printLine(
        tr("Legal:     %1 (extended %2)")
            .arg(CliContext::dateText(d.legal), CliContext::dateText(d.legalExtended)));
    CliContext::printLine(
        tr("Policy:    %1 (extended %2)")
            .arg(CliContext::dateText(d.policy), CliContext::dateText(d.policyExtended)));
    CliContext::printLine(tr("Effective: %1 (%2 binds)")
                              .arg(CliContext::dateText(effective),
                                   binding == Binding::Legal ? tr("legal") : tr("policy")));
    return Success;
}

// The deadline calculator: no store needed.
QList<Command> deadlineCommands()
{
    return {
        command(
            "deadline",
            QT_TRANSLATE_NOOP("pd::cli",
                              "Compute the deadlines for a date of receipt (no store needed)."),
            "",
            { receivedOption(),
              option(QStringLiteral("id-requested"),
                     QT_TRANSLATE_NOOP("pd::cli", "Date identification was requested."), dateValue),
              option(QStringLiteral("id-received"),
                     QT_TRANSLATE_NOOP("pd::cli", "Date identification was received."), dateValue),
              option(QStringLiteral("extended"),
                     QT_TRANSLATE_NOOP("pd::cli", "The term is extended.")),
              option(QStringLiteral("policy-days"),
                     QT_TRANSLATE_NOOP("pd::cli", "Policy term in days (default 30)."),
                     QT_TRANSLATE_NOOP("pd::cli", "days")),
              option(QStringLiteral("policy-extension-days"),
                     QT_TRANSLATE_NOOP("pd::cli", "Policy extension in days (default 30)."),
                     QT_TRANSLATE_NOOP("pd::cli", "days")),
              option(QStringLiteral("policy-move"),
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "Move the policy deadline to the next working day too.")),
              option(QStringLiteral("id-model"),
                     QT_TRANSLATE_NOOP("pd::cli", "Identification: pause (default) or restart."),
                     QT_TRANSLATE_NOOP("pd::cli", "model")),
              option(QStringLiteral("id-within-days"),
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "Days after receipt within which an identification "
                                       "request pauses the clock (default 7)."),
                     QT_TRANSLATE_NOOP("pd::cli", "days")),
              option(QStringLiteral("closing-day"),
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "An extra closing day of the organisation (repeatable)."),
                     dateValue) },
            CaseCommands::runDeadline),
    };
}

} // namespace pd::cli
