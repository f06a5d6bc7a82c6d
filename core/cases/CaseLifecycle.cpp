// A request's life cycle as CaseService changes it: identification asked for and received, the
// extension, the decision and the reopening. Each is a change through applyChange (one row, one
// event); the state machine's checks are CaseWorkflow's.

#include "cases/CaseJson.h"
#include "cases/CaseService.h"
#include "session/Roles.h"
#include "session/Session.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"
#include "store/UserRepository.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace pd {

using support::invalid;
using support::isoDate;

bool CaseService::datedStep(
    const QString &number, const QString &action, std::optional<int> expectedVersion,
    ServiceError *error, const std::function<QString(const Case &, QDate today)> &check,
    const std::function<bool(Case &, Change &, const Session &, ServiceError *)> &apply)
{
    UnitOfWork unit(m_session, Permission::EditCases, action, number);
    if (!unit.permit(error))
        return false;
    const QDate today = m_session.clock().today();
    return applyChange(unit, number, expectedVersion, error,
                       [&](Case &c, Change &change, ServiceError *e) {
                           if (const QString problem = check(c, today); !problem.isEmpty()) {
                               *e = invalid(problem);
                               return false;
                           }
                           change.action = action;
                           return apply(c, change, m_session, e);
                       });
}

bool CaseService::requestIdentification(const QString &number, QDate requested, ServiceError *error,
                                        std::optional<int> expectedVersion)
{
    return datedStep(
        number, QStringLiteral("case.identification_requested"), expectedVersion, error,
        [requested](const Case &c, QDate today) {
            return CaseWorkflow::checkRequestIdentification(c, requested, today);
        },
        [requested](Case &c, Change &change, const Session &, ServiceError *) {
            change.payload
                = { { QStringLiteral("requested"),
                      QJsonArray { jsonDate(c.identification.requested), isoDate(requested) } } };
            c.identification.requested = requested;
            c.state = CaseState::Identificatie;
            return true;
        });
}

bool CaseService::receiveIdentification(const QString &number, QDate received, IdMethod method,
                                        bool succeeded, ServiceError *error,
                                        std::optional<int> expectedVersion)
{
    return datedStep(
        number, QStringLiteral("case.identification_received"), expectedVersion, error,
        [received, method](const Case &c, QDate today) {
            if (QString problem = CaseWorkflow::checkReceiveIdentification(c, received, today);
                !problem.isEmpty())
                return problem;
            // Identified through the representative rests on their mandate: it must be in hand.
            if (method == IdMethod::Gemachtigde && c.awaitsMandate())
                //: Dutch: "Identificatie via de gemachtigde rust op de machtiging (of de
                //: beschikking van de rechter): leg eerst vast dat die van %1 is ontvangen."
                return tr("Identification through the representative rests on the mandate (or "
                          "the court's decision): record first that the one of %1 was "
                          "received.")
                    .arg(c.representative.trimmed());
            return QString();
        },
        [&](Case &c, Change &change, const Session &session, ServiceError *) {
            const QString actor = session.userName();
            c.identification.received = received;
            c.identification.method = method;
            c.identification.verifiedBy = actor;
            c.identification.succeeded = succeeded;
            // A failed identification keeps the case waiting: it is then declared inadmissible.
            c.state = succeeded ? CaseState::InBehandeling : CaseState::Identificatie;
            change.payload
                = { { QStringLiteral("received"), isoDate(received) },
                    { QStringLiteral("method"), codes::code(method) },
                    { QStringLiteral("result"),
                      succeeded ? QStringLiteral("geslaagd") : QStringLiteral("mislukt") },
                    { QStringLiteral("verified_by"), actor } };
            return true;
        });
}

// The mandate's two steps have the identification's shape.
bool CaseService::requestMandate(const QString &number, QDate requested, ServiceError *error,
                                 std::optional<int> expectedVersion)
{
    return datedStep(
        number, QStringLiteral("case.mandate_requested"), expectedVersion, error,
        [requested](const Case &c, QDate today) {
            return CaseWorkflow::checkRequestMandate(c, requested, today);
        },
        [requested](Case &c, Change &change, const Session &, ServiceError *) {
            change.payload = { { QStringLiteral("requested"),
                                 QJsonArray { jsonDate(c.mandate.requested), isoDate(requested) } },
                               { QStringLiteral("representative"), c.representative.trimmed() } };
            c.mandate.requested = requested;
            return true;
        });
}

bool CaseService::receiveMandate(const QString &number, QDate received, ServiceError *error,
                                 std::optional<int> expectedVersion)
{
    return datedStep(
        number, QStringLiteral("case.mandate_received"), expectedVersion, error,
        [received](const Case &c, QDate today) {
            return CaseWorkflow::checkReceiveMandate(c, received, today);
        },
        [this, received](Case &c, Change &change, const Session &, ServiceError *e) {
            // The payload says where the deadline went: under the policy now in force.
            const std::optional<DeadlinePolicy> currentPolicy = policy(e);
            if (!currentPolicy)
                return false;
            c.mandate.received = received;
            const CaseDeadlines after = deadlinesFor(c, *currentPolicy);
            change.payload = { { QStringLiteral("received"), isoDate(received) },
                               { QStringLiteral("pause_days"), after.all.mandatePauseDays },
                               { QStringLiteral("deadline"), isoDate(after.current) } };
            return true;
        });
}

bool CaseService::extend(const QString &number, const QString &reason, QDate notified,
                         BsnCheck bsnCheck, ServiceError *error, std::optional<int> expectedVersion)
{
    UnitOfWork unit(m_session, Permission::EditCases, QStringLiteral("case.extended"), number);
    if (!unit.permit(error))
        return false;
    if (!guard(unit, { { tr("Reason for the extension"), reason } }, bsnCheck, error))
        return false;
    const QDate today = m_session.clock().today();
    const std::optional<DeadlinePolicy> currentPolicy = policy(error);
    if (!currentPolicy)
        return false;
    return applyChange(
        unit, number, expectedVersion, error, [&](Case &c, Change &change, ServiceError *e) {
            if (const QString problem = CaseWorkflow::checkExtend(c, reason, notified, today);
                !problem.isEmpty()) {
                *e = invalid(problem);
                return false;
            }
            c.extended = true;
            c.extensionReason = reason.trimmed();
            c.extensionNotified = notified;
            const CaseDeadlines after = deadlinesFor(c, *currentPolicy);
            change.action = QStringLiteral("case.extended");
            change.payload
                = { { QStringLiteral("reason"), c.extensionReason },
                    { QStringLiteral("notified"), isoDate(notified) },
                    { QStringLiteral("legally_late"), after.extensionLegallyLate },
                    // Told after the organisation's own deadline, which
                    // was therefore not met (the dossier and the lists say so).
                    { QStringLiteral("after_own_deadline"), after.extensionAfterOwnDeadline },
                    // Under a policy without an extension of its own: only the legal
                    // deadline moved, the own term is departed from.
                    { QStringLiteral("beyond_own_policy"), after.extensionBeyondOwnPolicy },
                    { QStringLiteral("deadline"), isoDate(after.current) } };
            if (after.extensionBeyondOwnPolicy)
                change.payload.insert(QStringLiteral("legal_deadline"),
                                      isoDate(after.all.legalExtended));
            return true;
        });
}

void CaseService::setCompletionRule(CompletionRule rule)
{
    m_completionRule = std::move(rule);
}

bool CaseService::passesCompletionRule(const QString &number, const Completion &completion,
                                       ServiceError *error) const
{
    if (!m_completionRule)
        return true;
    const std::optional<QString> refusal = m_completionRule(number, completion, error);
    if (!refusal)
        return false;
    if (!refusal->isEmpty()) {
        *error = invalid(*refusal);
        return false;
    }
    return true;
}

bool CaseService::complete(const QString &number, const Completion &completion, BsnCheck bsnCheck,
                           ServiceError *error, std::optional<int> expectedVersion)
{
    UnitOfWork unit(m_session, Permission::EditCases, QStringLiteral("case.completed"), number);
    if (!unit.permit(error))
        return false;
    if (!passesCompletionRule(number, completion, error))
        return false;
    if (!guard(unit, { { tr("Answer channel"), completion.answerChannel } }, BsnCheck::Refuse,
               error))
        return false;
    QList<std::pair<QString, QString>> texts {
        { tr("Reasons for the decision"), completion.motivation },
        { tr("What was done"), completion.granted },
        { tr("Reason for deciding without identification"), completion.noIdentificationReason }
    };
    for (const ObjectionPart &part : completion.objection)
        //: Dutch: "Waar het bezwaar over gaat"
        texts << std::pair { tr("What the objection is about"), part.text };
    for (const TypeDecision &d : completion.decisions)
        texts << std::pair { tr("Reasons for the decision (%1)").arg(codes::label(d.type)),
                             d.motivation }
              << std::pair { tr("What was done (%1)").arg(codes::label(d.type)), d.granted };
    if (!guard(unit, texts, bsnCheck, error))
        return false;
    // The same ground twice is one ground; they are kept in the order of the table, so that
    // the letter and the dossier list them alike.
    Completion done = completion;
    std::sort(done.grounds.begin(), done.grounds.end());
    done.grounds.erase(std::unique(done.grounds.begin(), done.grounds.end()), done.grounds.end());
    const QDate today = m_session.clock().today();
    const QDateTime now = m_session.clock().now();
    return applyChange(
        unit, number, expectedVersion, error, [&](Case &c, Change &change, ServiceError *e) {
            if (const QString problem = CaseWorkflow::checkComplete(c, done, today);
                !problem.isEmpty()) {
                *e = invalid(problem);
                return false;
            }
            QString unused;
            c.decisions = CaseWorkflow::decisionsFor(c, done, &unused);
            c.outcome = done.outcome;
            c.refusalGrounds = done.grounds;
            c.motivation = done.motivation.trimmed();
            if (!done.decisions.isEmpty()) {
                // Decided per kind: the request's own grounds and reasons summarise its parts, for
                // the lists, the dashboards and a template of before schema 15.
                QStringList reasons;
                for (const TypeDecision &d : std::as_const(c.decisions)) {
                    c.refusalGrounds << d.grounds;
                    if (!d.motivation.isEmpty())
                        reasons << codes::label(d.type) + QStringLiteral(": ") + d.motivation;
                }
                std::sort(c.refusalGrounds.begin(), c.refusalGrounds.end());
                c.refusalGrounds.erase(
                    std::unique(c.refusalGrounds.begin(), c.refusalGrounds.end()),
                    c.refusalGrounds.end());
                c.motivation = reasons.join(u'\n');
            }
            c.directMarketing = CaseWorkflow::againstMarketing(done);
            c.changedData = done.changedData;
            std::sort(c.changedData.begin(), c.changedData.end());
            c.changedData.erase(std::unique(c.changedData.begin(), c.changedData.end()),
                                c.changedData.end());
            c.objection = done.objection;
            for (ObjectionPart &part : c.objection)
                part.text
                    = part.subject == ObjectionSubject::Overig ? part.text.trimmed() : QString();
            c.noIdentificationReason = done.noIdentificationReason.trimmed();
            c.answeredOn = done.answered;
            c.answerChannel = done.answerChannel.trimmed();
            c.closedAt = now;
            c.state = CaseWorkflow::stateAfter(done.outcome);
            QJsonArray groundCodes;
            for (RefusalGround ground : done.grounds)
                groundCodes.append(codes::code(ground));
            change.action = QStringLiteral("case.completed");
            change.payload = { { QStringLiteral("outcome"), codes::code(done.outcome) },
                               { QStringLiteral("grounds"), groundCodes },
                               { QStringLiteral("answered_on"), isoDate(done.answered) },
                               { QStringLiteral("answer_channel"), c.answerChannel } };
            if (!c.motivation.isEmpty())
                change.payload.insert(QStringLiteral("motivation"), c.motivation);
            if (c.directMarketing)
                change.payload.insert(QStringLiteral("direct_marketing"), true);
            if (!c.objection.isEmpty())
                change.payload.insert(QStringLiteral("objection"), objectionToJson(c.objection));
            if (!c.changedData.isEmpty())
                change.payload.insert(QStringLiteral("changed_data"),
                                      QJsonArray::fromStringList(dataCodes(c.changedData)));
            if (c.types.size() > 1 || !c.decisions.value(0).granted.isEmpty())
                change.payload.insert(QStringLiteral("decisions"), decisionsToJson(c.decisions));
            if (!c.noIdentificationReason.isEmpty())
                change.payload.insert(QStringLiteral("no_identification_reason"),
                                      c.noIdentificationReason);
            return true;
        });
}

bool CaseService::setTransmitTo(const QString &number, const ReceivingController &to,
                                BsnCheck bsnCheck, ServiceError *error,
                                std::optional<int> expectedVersion)
{
    UnitOfWork unit(m_session, Permission::EditCases, QStringLiteral("case.transmit_to_set"),
                    number);
    if (!unit.permit(error))
        return false;
    //: Dutch: "Naam van de ontvangende organisatie"
    if (!guard(unit,
               { { tr("Name of the receiving controller"), to.name },
                 //: Dutch: "Adres of e-mail van de ontvangende organisatie"
                 { tr("Address or e-mail of the receiving controller"), to.address } },
               bsnCheck, error))
        return false;
    const ReceivingController next = to.isEmpty()
        ? ReceivingController {}
        : ReceivingController { to.name.simplified(), to.address.trimmed() };
    return applyChange(
        unit, number, expectedVersion, error, [&](Case &c, Change &change, ServiceError *e) {
            if (!c.types.contains(RequestType::Overdraagbaarheid)) {
                //: Dutch: "Alleen een verzoek om overdraagbaarheid (artikel 20 AVG) gaat
                //: rechtstreeks naar een andere organisatie."
                *e = invalid(tr("Only a portability request (art. 20 GDPR) goes directly to "
                                "another controller."));
                return false;
            }
            if (!next.isEmpty() && next.address.isEmpty()) {
                //: Dutch: "Geef het adres of e-mailadres van de ontvangende organisatie."
                *e = invalid(tr("Give the postal or e-mail address of the receiving "
                                "controller."));
                return false;
            }
            change.action = QStringLiteral("case.transmit_to_set");
            change.payload
                = { { QStringLiteral("name"), QJsonArray { c.transmitTo.name, next.name } },
                    { QStringLiteral("address"),
                      QJsonArray { c.transmitTo.address, next.address } } };
            c.transmitTo = next;
            return true;
        });
}

bool CaseService::assign(const QString &number, const QString &handler, ServiceError *error,
                         std::optional<int> expectedVersion)
{
    UnitOfWork unit(m_session, Permission::EditCases, QStringLiteral("case.assigned"), number);
    if (!unit.permit(error))
        return false;
    const QString login = Roles::normalisedLogin(handler);
    if (!login.isEmpty()) {
        std::optional<UserRepository::Row> user;
        if (!UserRepository::find(m_session.store().database(), login, &user, error))
            return false;
        if (!user || user->removed.isValid()) {
            //: Dutch: "Er is geen gebruiker met de inlognaam %1."
            *error = invalid(tr("There is no user with the login %1.").arg(login));
            return false;
        }
        const std::optional<Role> role = Roles::fromCode(user->roleCode);
        if (!role || !Roles::may(*role, Permission::EditCases)) {
            //: Dutch: "%1 is %2 en mag geen verzoeken behandelen: kies een functionaris of
            //: beheerder."
            *error = invalid(tr("%1 is %2 and may not handle requests: choose a functionaris or "
                                "beheerder.")
                                 .arg(login, role ? Roles::name(*role) : user->roleCode));
            return false;
        }
    }
    bool unchanged = false;
    const bool written = applyChange(
        unit, number, expectedVersion, error, [&](Case &c, Change &change, ServiceError *e) {
            if (c.handler == login) {
                unchanged = true; // nothing to record: the unit rolls back
                *e = {};
                return false;
            }
            change.action = QStringLiteral("case.assigned");
            change.payload = { { QStringLiteral("handler"), QJsonArray { c.handler, login } } };
            c.handler = login;
            return true;
        });
    if (unchanged)
        *error = {};
    return written || unchanged;
}

QList<std::pair<QString, QString>> CaseService::possibleHandlers(ServiceError *error) const
{
    *error = {};
    QList<UserRepository::Row> rows;
    if (!UserRepository::list(m_session.store().database(), false, &rows, error))
        return {};
    QList<std::pair<QString, QString>> handlers;
    for (const UserRepository::Row &row : std::as_const(rows)) {
        const std::optional<Role> role = Roles::fromCode(row.roleCode);
        if (role && Roles::may(*role, Permission::EditCases))
            handlers.append({ row.login, row.displayName });
    }
    return handlers;
}

bool CaseService::reopen(const QString &number, const QString &reason, BsnCheck bsnCheck,
                         ServiceError *error, std::optional<int> expectedVersion)
{
    UnitOfWork unit(m_session, Permission::EditCases, QStringLiteral("case.reopened"), number);
    if (!unit.permit(error))
        return false;
    if (!guard(unit, { { tr("Reason for reopening"), reason } }, bsnCheck, error))
        return false;
    return applyChange(
        unit, number, expectedVersion, error, [&](Case &c, Change &change, ServiceError *e) {
            if (const QString problem = CaseWorkflow::checkReopen(c, reason); !problem.isEmpty()) {
                *e = invalid(problem);
                return false;
            }
            change.action = QStringLiteral("case.reopened");
            change.payload = { { QStringLiteral("reason"), reason.trimmed() },
                               { QStringLiteral("previous_outcome"),
                                 c.outcome ? codes::code(*c.outcome) : QString() } };
            c.outcome.reset();
            c.decisions.clear();
            c.refusalGrounds.clear();
            c.motivation.clear();
            c.directMarketing = false;
            c.changedData.clear();
            c.objection.clear();
            c.noIdentificationReason.clear();
            c.answeredOn = QDate();
            c.answerChannel.clear();
            c.closedAt = QDateTime();
            // Back to where the life cycle was: handled once identified; waiting for identification
            // when it was asked for or failed; else received, where it can still be asked for.
            if (c.identification.succeeded.value_or(false))
                c.state = CaseState::InBehandeling;
            else if (c.identification.requested.isValid() || c.identification.succeeded.has_value())
                c.state = CaseState::Identificatie;
            else
                c.state = CaseState::Ontvangen;
            return true;
        });
}
} // namespace pd
