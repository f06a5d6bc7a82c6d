#include "cases/Case.h"

#include "cases/Grounds.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace pd {

DeadlineInput Case::deadlineInput() const
{
    return { receivedDate, identification.requested, identification.received };
}

QString CaseWorkflow::checkReceived(QDate received, QDate today)
{
    if (!received.isValid())
        return tr("Enter the date the request was received.");
    if (received > today)
        return tr("The date of receipt lies in the future.");
    if (received < earliestReceipt())
        return tr("The date of receipt lies before %1.")
            .arg(QLocale().toString(earliestReceipt(), QLocale::ShortFormat));
    return {};
}

CaseDeadlines deadlinesFor(const Case &c, const DeadlinePolicy &policy)
{
    CaseDeadlines result;
    result.all = computeDeadlines(c.deadlineInput(), policy);
    result.extensionLegallyLate
        = c.extended && c.extensionNotified.isValid() && c.extensionNotified > result.all.legal;
    if (!c.extended) {
        result.current = result.all.effective;
        result.currentBinding = result.all.binding;
    } else if (!result.extensionLegallyLate) {
        result.current = result.all.effectiveExtended;
        result.currentBinding = result.all.bindingExtended;
    } else {
        // A notice sent after the first month does not extend the legal term (art. 12(3)):
        // the one-month legal deadline stays, against the extended policy deadline.
        const bool legalFirst = result.all.legal <= result.all.policyExtended;
        result.current = legalFirst ? result.all.legal : result.all.policyExtended;
        result.currentBinding = legalFirst ? Binding::Legal : Binding::Policy;
    }
    return result;
}

QString CaseWorkflow::checkRequestIdentification(const Case &c, QDate requested, QDate today)
{
    if (c.state != CaseState::Ontvangen && c.state != CaseState::Identificatie)
        return tr("Identification can only be requested for a case that was received and is not "
                  "yet being handled.");
    if (!requested.isValid())
        return tr("Enter the date the identification was requested.");
    if (requested < c.receivedDate)
        return tr("The identification cannot have been requested before the request was received.");
    if (requested > today)
        return tr("The date the identification was requested lies in the future.");
    if (c.identification.received.isValid())
        return tr("The identification has already been received.");
    return {};
}

QString CaseWorkflow::checkReceiveIdentification(const Case &c, QDate received, QDate today)
{
    if (!isOpen(c.state) || c.state == CaseState::InBehandeling)
        return tr("Identification can only be recorded for a case that is received or waiting "
                  "for identification.");
    if (!received.isValid())
        return tr("Enter the date the identification was received.");
    if (received < c.receivedDate)
        return tr("The identification cannot have been received before the request.");
    if (c.identification.requested.isValid() && received < c.identification.requested)
        return tr("The identification cannot have been received before it was requested.");
    if (received > today)
        return tr("The date the identification was received lies in the future.");
    return {};
}

QString CaseWorkflow::checkExtend(const Case &c, const QString &reason, QDate notified, QDate today)
{
    if (!isOpen(c.state))
        return tr("Only an open case can be extended.");
    if (c.extended)
        return tr("This case has already been extended; the law allows one extension of at most "
                  "two months.");
    if (reason.trimmed().isEmpty())
        return tr("State the reasons for the extension; the data subject must be told them.");
    if (!notified.isValid())
        return tr("Enter the date the data subject was told about the extension.");
    if (notified < c.receivedDate)
        return tr("The data subject cannot have been told before the request was received.");
    if (notified > today)
        return tr("The date the data subject was told lies in the future.");
    return {};
}

QString CaseWorkflow::checkComplete(const Case &c, const Completion &done, QDate today)
{
    if (!isOpen(c.state))
        return tr("This case is already closed; reopen it first.");
    if (!done.answered.isValid())
        return tr("Enter the date the answer was sent.");
    if (done.answered < c.receivedDate)
        return tr("The answer cannot have been sent before the request was received.");
    if (done.answered > today)
        return tr("The date the answer was sent lies in the future.");
    if (needsGrounds(done.outcome) && done.grounds.isEmpty())
        return tr("A refusal must name its grounds (for example art. 12(5) or art. 15(4) GDPR).");
    if (!needsGrounds(done.outcome) && !done.grounds.isEmpty())
        return tr("Grounds for refusal only belong to a refused or partly granted request.");
    if ((done.outcome == Outcome::Toegewezen || done.outcome == Outcome::DeelsToegewezen
         || done.outcome == Outcome::Afgewezen)
        && c.identification.succeeded == std::optional<bool>(false))
        return tr("The identification failed: the request can only be declared inadmissible or "
                  "withdrawn.");
    if (done.directMarketing && !c.types.contains(RequestType::Bezwaar))
        return tr("Only an objection (art. 21 GDPR) can be against direct marketing.");
    if (QString problem = Grounds::check(c.types, done.grounds, done.directMarketing);
        !problem.isEmpty())
        return problem;
    if (needsMotivation(done.outcome) && done.motivation.trimmed().isEmpty())
        return tr("State the reasons for the decision in words (art. 12(4) GDPR): the data "
                  "subject must read why the request is not granted in full.");
    const bool reasonNeeded = needsIdentificationReason(c, done.outcome);
    if (reasonNeeded && done.noIdentificationReason.trimmed().isEmpty())
        return tr("No identification was recorded for this request: record it first, or state "
                  "why the identity of the data subject was not in doubt.");
    if (!reasonNeeded && !done.noIdentificationReason.trimmed().isEmpty())
        return tr("A reason for deciding without identification only belongs to a granted or "
                  "refused request whose identification was never recorded.");
    return {};
}

QString CaseWorkflow::checkReopen(const Case &c, const QString &reason)
{
    if (isOpen(c.state))
        return tr("This case is still open.");
    if (reason.trimmed().isEmpty())
        return tr("State why the case is reopened.");
    return {};
}

QString CaseWorkflow::checkNote(const Case &, const QString &text)
{
    if (text.trimmed().isEmpty())
        return tr("The note is empty.");
    return {};
}

CaseState CaseWorkflow::stateAfter(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ingetrokken:
        return CaseState::Ingetrokken;
    case Outcome::NietOntvankelijk:
        return CaseState::NietOntvankelijk;
    case Outcome::Toegewezen:
    case Outcome::DeelsToegewezen:
    case Outcome::Afgewezen:
        break;
    }
    return CaseState::Afgerond;
}

bool CaseWorkflow::needsGrounds(Outcome outcome)
{
    return outcome == Outcome::Afgewezen || outcome == Outcome::DeelsToegewezen;
}

bool CaseWorkflow::needsMotivation(Outcome outcome)
{
    return outcome == Outcome::Afgewezen || outcome == Outcome::DeelsToegewezen;
}

bool CaseWorkflow::needsIdentificationReason(const Case &c, Outcome outcome)
{
    const bool decided = outcome == Outcome::Toegewezen || outcome == Outcome::DeelsToegewezen
        || outcome == Outcome::Afgewezen;
    return decided && !c.identification.received.isValid() && !c.identification.method;
}

Lateness Lateness::of(const Case &c, const CaseDeadlines &deadlines, QDate today)
{
    Lateness result;
    const QDate day = c.answeredOn.isValid() ? c.answeredOn : today;
    if (!day.isValid() || deadlines.all.suspended)
        return result;
    // The legal clock runs three months only after a valid extension (told within the month).
    const bool legallyExtended = c.extended && !deadlines.extensionLegallyLate;
    const QDate legal = legallyExtended ? deadlines.all.legalExtended : deadlines.all.legal;
    const QDate policy = c.extended ? deadlines.all.policyExtended : deadlines.all.policy;
    if (legal.isValid())
        result.legalDays = static_cast<int>(std::max<qint64>(0, legal.daysTo(day)));
    if (policy.isValid())
        result.policyDays = static_cast<int>(std::max<qint64>(0, policy.daysTo(day)));
    return result;
}

QString Lateness::text() const
{
    QStringList parts;
    if (legalDays > 0)
        parts << CaseWorkflow::tr("legally %n day(s) late", nullptr, legalDays);
    if (policyDays > 0)
        parts << CaseWorkflow::tr("own deadline %n day(s) late", nullptr, policyDays);
    return parts.join(QStringLiteral("; "));
}

} // namespace pd
