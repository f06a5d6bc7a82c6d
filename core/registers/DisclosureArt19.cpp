// Art. 19 AVG: the recipients of a person's data told of a rectification, erasure or
// restriction, per request; which requests it applies to, and the notices recorded.
#include "cases/PersonQuery.h"
#include "domain/InputLimits.h"
#include "registers/DisclosureRepository.h"
#include "registers/Disclosures.h"
#include "session/Access.h"
#include "session/Session.h"
#include "session/UnitOfWork.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"

#include <QJsonArray>

namespace pd {

using namespace support;

namespace {

const QString caseEntity = QStringLiteral("case");

} // namespace

namespace {

// A completed (partly) granted rectification, erasure or restriction.
bool art19AppliesTo(const Case &c)
{
    if (c.state != CaseState::Afgerond || !c.outcome)
        return false;
    if (*c.outcome != Outcome::Toegewezen && *c.outcome != Outcome::DeelsToegewezen)
        return false;
    return std::any_of(c.types.cbegin(), c.types.cend(),
                       [](RequestType t) { return CaseWorkflow::changesData(t); });
}

QString changedDataText(const QList<DataCategory> &changed)
{
    return codes::labels(changed).join(QStringLiteral(", "));
}

} // namespace

QString DisclosureService::notApplicableText(const QList<DataCategory> &changed)
{
    //: Dutch: "Niet van toepassing: deze ontvanger heeft de gegevens die zijn gewijzigd (%1)
    //: nooit van ons gekregen."
    return tr("Not applicable: this recipient never received the data that changed (%1).")
        .arg(changedDataText(changed));
}

bool DisclosureService::art19Applies(const QString &caseNumber, ServiceError *error) const
{
    ServiceError ignored;
    ServiceError *failure = error ? error : &ignored;
    *failure = {};
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("disclosure.read"),
                              caseNumber, failure))
        return false;
    // A request that could not be read is an error: the checklist is never hidden for it.
    const std::optional<Case> c = CaseService(m_session).find(caseNumber, failure);
    if (!c) {
        if (failure->code == ServiceError::Code::NotFound)
            *failure = {};
        return false;
    }
    return art19AppliesTo(*c);
}

QList<Art19Notification> DisclosureService::art19Notifications(const QString &caseNumber,
                                                               ServiceError *error) const
{
    ServiceError ignored;
    ServiceError *failure = error ? error : &ignored;
    *failure = {};
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("disclosure.read"),
                              caseNumber, failure))
        return {};
    QList<Art19Notification> list;
    // A request that could not be read is an error, not a request without recipients to tell.
    const std::optional<Case> c = CaseService(m_session).find(caseNumber, failure);
    if (!c) {
        if (failure->code == ServiceError::Code::NotFound)
            *failure = {};
        return list;
    }
    if (!art19AppliesTo(*c))
        return list;
    const QDate until = c->answeredOn.isValid() ? c->answeredOn : m_session.clock().today();
    const QSqlDatabase db = m_session.store().database();
    std::optional<QList<Art19Notification>> recipients
        = DisclosureRepository::art19Recipients(db, c->person.id, until, c->changedData, failure);
    if (!recipients)
        return list;
    list = *recipients;
    for (Art19Notification &n : list)
        n.changedData = c->changedData;
    // Recorded notifications, also for a recipient whose disclosure was later removed.
    if (!DisclosureRepository::mergeArt19Recorded(db, c->id, &list, failure))
        return list;
    std::sort(list.begin(), list.end(), [](const Art19Notification &a, const Art19Notification &b) {
        const QString fa = PersonQuery::fold(a.recipientName);
        const QString fb = PersonQuery::fold(b.recipientName);
        return fa != fb ? fa < fb : a.recipientId < b.recipientId;
    });
    return list;
}

QList<qint64> DisclosureService::art19Pending(ServiceError *error) const
{
    ServiceError ignored;
    ServiceError *failure = error ? error : &ignored;
    *failure = {};
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("disclosure.read"), {},
                              failure))
        return {};
    return DisclosureRepository::art19Pending(m_session.store().database(),
                                              m_session.clock().today(), failure)
        .value_or(QList<qint64> {});
}

bool DisclosureService::markNotified(const QString &caseNumber, qint64 recipientId, QDate date,
                                     ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("art19.notified"),
                    caseNumber);
    if (!unit.permit(error))
        return false;
    if (!date.isValid()) {
        *error = invalid(tr("Enter the date on which the recipient was told; it cannot lie in "
                            "the future."));
        return false;
    }
    return recordArt19(unit, caseNumber, recipientId, date, {}, false, BsnCheck::Refuse, error);
}

bool DisclosureService::markExempt(const QString &caseNumber, qint64 recipientId,
                                   const QString &reason, BsnCheck bsnCheck, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("art19.exempted"),
                    caseNumber);
    if (!unit.permit(error))
        return false;
    if (reason.trimmed().isEmpty()) {
        *error = invalid(tr("Say why telling this recipient proved impossible or would take "
                            "disproportionate effort."));
        return false;
    }
    return recordArt19(unit, caseNumber, recipientId, {}, reason.trimmed(), false, bsnCheck, error);
}

bool DisclosureService::markNotApplicable(const QString &caseNumber, qint64 recipientId,
                                          const QString &reason, BsnCheck bsnCheck,
                                          ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("art19.not_applicable"),
                    caseNumber);
    if (!unit.permit(error))
        return false;
    if (reason.trimmed().isEmpty()) {
        //: Dutch: "Zeg waarom artikel 19 AVG niet geldt voor deze ontvanger (bijvoorbeeld: had
        //: alleen het huidige adres)."
        *error = invalid(tr("Say why art. 19 GDPR does not apply to this recipient (for "
                            "example: only ever had the current address)."));
        return false;
    }
    return recordArt19(unit, caseNumber, recipientId, {}, reason.trimmed(), true, bsnCheck, error);
}

bool DisclosureService::recordArt19(UnitOfWork &unit, const QString &caseNumber, qint64 recipientId,
                                    QDate date, const QString &reason, bool notApplicable,
                                    BsnCheck bsnCheck, ServiceError *error)
{
    *error = {};
    const bool withReason = !date.isValid();
    const std::optional<Case> c = CaseService(m_session).find(caseNumber, error);
    if (!c) {
        if (error->code == ServiceError::Code::NotFound)
            *error = { ServiceError::Code::NotFound,
                       tr("There is no request %1.").arg(caseNumber),
                       {} };
        return false; // or not read: said as such
    }
    if (!art19Applies(caseNumber, error)) {
        if (!error->isError())
            *error = invalid(tr("Recipients are told only after a rectification, erasure or "
                                "restriction has been (partly) granted."));
        return false;
    }
    // Never "this recipient did not receive the data" because the list could not be read.
    const QList<Art19Notification> list = art19Notifications(caseNumber, error);
    if (error->isError())
        return false;
    const auto it
        = std::find_if(list.cbegin(), list.cend(), [recipientId](const Art19Notification &n) {
              return n.recipientId == recipientId;
          });
    if (it == list.cend()) {
        *error = invalid(tr("This recipient did not receive the person's data."));
        return false;
    }
    // Art. 19 does not apply to it by the data it had: never "impossible or disproportionate"
    // in the letter. One the officer marked so herself may be recorded again.
    if (it->notApplicable && it->notApplicableReason.isEmpty()) {
        //: Dutch: "Deze ontvanger heeft de gegevens die zijn gewijzigd (%1) nooit gekregen:
        //: artikel 19 AVG geldt niet voor deze ontvanger."
        *error = invalid(tr("This recipient never received the data that changed (%1): art. 19 "
                            "GDPR does not apply to it.")
                             .arg(changedDataText(c->changedData)));
        return false;
    }
    if (withReason) {
        if (const QString why = InputLimits::checkLength(tr("Why the recipient is not told"),
                                                         reason, InputLimits::maxShortText);
            !why.isEmpty()) {
            *error = invalid(why);
            return false;
        }
        if (!unit.guard({ { tr("Why the recipient is not told"), reason } }, bsnCheck, error))
            return false;
    } else {
        if (date > m_session.clock().today()) {
            *error = invalid(tr("Enter the date on which the recipient was told; it cannot lie "
                                "in the future."));
            return false;
        }
        if (date < c->receivedDate) {
            *error = invalid(
                tr("The recipient cannot have been told before the request was received."));
            return false;
        }
    }
    QJsonObject payload { { QStringLiteral("recipient_id"), recipientId },
                          { QStringLiteral("recipient"), it->recipientName } };
    if (withReason)
        payload.insert(QStringLiteral("reason"), reason);
    else
        payload.insert(QStringLiteral("notified_on"), isoDate(date));
    // What it replaces, so that the trail shows every change of mind.
    if (it->notifiedOn.isValid())
        payload.insert(QStringLiteral("old_notified_on"), isoDate(it->notifiedOn));
    if (it->exempt)
        payload.insert(QStringLiteral("old_reason"), it->exemptReason);
    if (!it->notApplicableReason.isEmpty())
        payload.insert(QStringLiteral("old_not_applicable_reason"), it->notApplicableReason);
    const QString action = !withReason ? QStringLiteral("case.art19_notified")
        : notApplicable                ? QStringLiteral("case.art19_not_applicable")
                                       : QStringLiteral("case.art19_exempted");
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            if (!DisclosureRepository::recordArt19(
                    m_session.store().database(), c->id, recipientId, date, reason, notApplicable,
                    m_session.clock().now().toString(Qt::ISODateWithMs), write.session().userName(),
                    failure))
                return false;
            write.record(caseEntity, c->number, action, payload);
            return true;
        },
        error);
}

} // namespace pd
