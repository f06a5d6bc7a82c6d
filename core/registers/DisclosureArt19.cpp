// Art. 19 AVG: the recipients of a person's data told of a rectification, erasure or
// restriction, per request; which requests it applies to, and the notices recorded.
#include "cases/PersonQuery.h"
#include "domain/InputLimits.h"
#include "registers/Disclosures.h"
#include "registers/RegisterSupport.h"
#include "session/Access.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace pd {

using namespace registers;

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
    return std::any_of(c.types.cbegin(), c.types.cend(), [](RequestType t) {
        return t == RequestType::Rectificatie || t == RequestType::Verwijdering
            || t == RequestType::Beperking;
    });
}

} // namespace

bool DisclosureService::art19Applies(const QString &caseNumber, ServiceError *error) const
{
    ServiceError ignored;
    ServiceError *failure = error ? error : &ignored;
    *failure = {};
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("disclosure.read"),
                  caseNumber, failure))
        return false;
    // A request that could not be read is an error: the checklist is never hidden for it.
    const std::optional<Case> c = CaseService(m_store, m_clock).find(caseNumber, failure);
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
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("disclosure.read"),
                  caseNumber, failure))
        return {};
    QList<Art19Notification> list;
    // A request that could not be read is an error, not a request without recipients to tell.
    const std::optional<Case> c = CaseService(m_store, m_clock).find(caseNumber, failure);
    if (!c) {
        if (failure->code == ServiceError::Code::NotFound)
            *failure = {};
        return list;
    }
    if (!art19AppliesTo(*c))
        return list;
    const QDate until = c->answeredOn.isValid() ? c->answeredOn : m_clock.today();
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT r.id, r.name, r.category, r.contact, count(*), max(d.disclosed_on), "
                       "max(CASE WHEN d.informed = 'verboden' THEN 1 ELSE 0 END) "
                       "FROM disclosure_persons dp JOIN disclosures d ON d.id = dp.disclosure_id "
                       "JOIN recipients r ON r.id = d.recipient_id "
                       "WHERE dp.person_id = ? AND d.disclosed_on <= ? "
                       "GROUP BY r.id, r.name, r.category, r.contact"));
    query.addBindValue(c->person.id);
    query.addBindValue(isoDate(until));
    if (!query.exec()) {
        *failure = ServiceError::fromSql(query.lastError());
        return list;
    }
    while (query.next()) {
        Art19Notification n;
        n.recipientId = query.value(0).toLongLong();
        n.recipientName = query.value(1).toString();
        n.category = RecipientCodes::category(query.value(2).toString())
                         .value_or(RecipientCategory::Overig);
        n.contact = query.value(3).toString();
        n.disclosures = query.value(4).toInt();
        n.lastDisclosed = dateFrom(query.value(5));
        n.withheld = query.value(6).toInt() != 0;
        list << n;
    }
    query.finish();
    // Recorded notifications, also for a recipient whose disclosure was later removed.
    query.prepare(QStringLiteral(
        "SELECT n.recipient_id, n.notified_on, n.recorded_by, r.name, r.category, r.contact, "
        "n.exempt_reason IS NOT NULL, n.exempt_reason "
        "FROM art19_notifications n JOIN recipients r ON r.id = n.recipient_id "
        "WHERE n.case_id = ?"));
    query.addBindValue(c->id);
    if (!query.exec()) {
        *failure = ServiceError::fromSql(query.lastError());
        return list;
    }
    while (query.next()) {
        const qint64 recipientId = query.value(0).toLongLong();
        auto it = std::find_if(list.begin(), list.end(), [recipientId](const Art19Notification &n) {
            return n.recipientId == recipientId;
        });
        if (it == list.end()) {
            Art19Notification n;
            n.recipientId = recipientId;
            n.recipientName = query.value(3).toString();
            n.category = RecipientCodes::category(query.value(4).toString())
                             .value_or(RecipientCategory::Overig);
            n.contact = query.value(5).toString();
            list << n;
            it = std::prev(list.end());
        }
        it->notifiedOn = dateFrom(query.value(1));
        it->notifiedBy = query.value(2).toString();
        it->exempt = query.value(6).toInt() != 0;
        it->exemptReason = query.value(7).toString();
    }
    std::sort(list.begin(), list.end(), [](const Art19Notification &a, const Art19Notification &b) {
        const QString fa = PersonQuery::fold(a.recipientName);
        const QString fb = PersonQuery::fold(b.recipientName);
        return fa != fb ? fa < fb : a.recipientId < b.recipientId;
    });
    return list;
}

bool DisclosureService::markNotified(const QString &caseNumber, qint64 recipientId, QDate date,
                                     ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::EditRegisters, QStringLiteral("art19.notified"),
                   caseNumber, error))
        return false;
    if (!date.isValid()) {
        *error = invalid(tr("Enter the date on which the recipient was told; it cannot lie in "
                            "the future."));
        return false;
    }
    return recordArt19(caseNumber, recipientId, date, {}, false, error);
}

bool DisclosureService::markExempt(const QString &caseNumber, qint64 recipientId,
                                   const QString &reason, bool bsnOverride, ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::EditRegisters, QStringLiteral("art19.exempted"),
                   caseNumber, error))
        return false;
    if (reason.trimmed().isEmpty()) {
        *error = invalid(tr("Say why telling this recipient proved impossible or would take "
                            "disproportionate effort."));
        return false;
    }
    return recordArt19(caseNumber, recipientId, {}, reason.trimmed(), bsnOverride, error);
}

bool DisclosureService::recordArt19(const QString &caseNumber, qint64 recipientId, QDate date,
                                    const QString &reason, bool bsnOverride, ServiceError *error)
{
    *error = {};
    const bool exempt = !date.isValid();
    const std::optional<Case> c = CaseService(m_store, m_clock).find(caseNumber, error);
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
    QJsonObject overridePayload;
    if (exempt) {
        if (const QString why = InputLimits::checkLength(tr("Why the recipient is not told"),
                                                         reason, InputLimits::maxShortText);
            !why.isEmpty()) {
            *error = invalid(why);
            return false;
        }
        if (!guardFields({ { tr("Why the recipient is not told"), reason } }, bsnOverride,
                         &overridePayload, error))
            return false;
    } else {
        if (date > m_clock.today()) {
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
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("DELETE FROM art19_notifications WHERE case_id = ? AND recipient_id = ?"));
    query.addBindValue(c->id);
    query.addBindValue(recipientId);
    bool ok = query.exec();
    query.prepare(QStringLiteral("INSERT INTO art19_notifications (case_id, recipient_id, "
                                 "notified_on, exempt_reason, recorded_at, recorded_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(c->id);
    query.addBindValue(recipientId);
    query.addBindValue(nullableDate(date));
    query.addBindValue(exempt ? QVariant(reason) : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(m_clock.now().toString(Qt::ISODateWithMs));
    query.addBindValue(m_store.userName());
    ok = ok && query.exec();
    if (!ok) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    QJsonObject payload { { QStringLiteral("recipient_id"), recipientId },
                          { QStringLiteral("recipient"), it->recipientName } };
    if (exempt)
        payload.insert(QStringLiteral("reason"), reason);
    else
        payload.insert(QStringLiteral("notified_on"), isoDate(date));
    // What it replaces, so that the trail shows every change of mind.
    if (it->notifiedOn.isValid())
        payload.insert(QStringLiteral("old_notified_on"), isoDate(it->notifiedOn));
    if (it->exempt)
        payload.insert(QStringLiteral("old_reason"), it->exemptReason);
    AuditLog log = auditLog(m_store, m_clock);
    QString auditError;
    ok = log.append(m_store.userName(), caseEntity, c->number,
                    exempt ? QStringLiteral("case.art19_exempted")
                           : QStringLiteral("case.art19_notified"),
                    payload, &auditError);
    if (ok && !overridePayload.isEmpty())
        ok = log.append(m_store.userName(), caseEntity, c->number, QStringLiteral("bsn.override"),
                        overridePayload, &auditError);
    if (!ok || !transaction.commit()) {
        *error = auditError.isEmpty() ? ServiceError::fromTransaction(transaction)
                                      : ServiceError(ServiceError::Code::Storage, auditError);
        return false;
    }
    return true;
}

} // namespace pd
