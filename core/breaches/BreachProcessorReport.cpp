// The processor's report recorded or corrected after the breach was added (art. 33(2) AVG): the
// processor's notice is our awareness, so the moment it came moves the 72 hours and the AP
// deadline; the event keeps what was and what is, so that a deadline that moved can be traced.
#include "breaches/BreachRepository.h"
#include "breaches/BreachService.h"
#include "domain/InputLimits.h"
#include "store/ServiceSupport.h"
#include "util/Clock.h"

namespace pd {

namespace {

using support::invalid;

QJsonValue moment(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(BreachCodes::storedMoment(utc)) : QJsonValue();
}

QJsonValue processor(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

// "old_<key>" and "<key>" in the payload, when they differ.
void oldAndNew(QJsonObject *payload, const QString &key, const QJsonValue &was,
               const QJsonValue &is)
{
    if (was == is)
        return;
    payload->insert(QStringLiteral("old_") + key, was);
    // What is gone is said by its old value alone.
    if (!is.isNull() && is != QJsonValue(QString()))
        payload->insert(key, is);
}

} // namespace

QString BreachService::lateWithoutReason(const Breach &b)
{
    if (!b.apNotifiedLate() || !b.apLateReason.trimmed().isEmpty())
        return {};
    const auto local = [](const QDateTime &utc) {
        return organisationTime(utc).toString(QStringLiteral("dd-MM-yyyy HH:mm"));
    };
    //: Dutch: "De melding aan de AP (%1) valt dan na de 72 uur (uiterlijk %2, %3 te laat) en er
    //: zijn geen redenen voor de vertraging vastgelegd (artikel 33 lid 1 AVG). Geef die redenen,
    //: of leg vast waarom de melding van de verwerker ons niet op de hoogte bracht."
    return tr("The notification to the AP (%1) would then fall after the 72 hours (deadline %2, "
              "%3 late) and no reasons for the delay are recorded (art. 33(1) GDPR). Give those "
              "reasons, or record why the processor's report did not make us aware.")
        .arg(local(b.apNotifiedAt), local(b.apDeadline()),
             BreachCodes::delayText(b.apDeadline().secsTo(b.apNotifiedAt)));
}

bool BreachService::recordProcessorReport(const QString &number,
                                          const BreachProcessorReport &report, BsnCheck bsnCheck,
                                          ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("breach.processor-told"),
                    number);
    const std::optional<Breach> old = forChange(unit, number, error);
    if (!old)
        return false;
    Breach b = *old;
    if (report.processor) {
        b.processorId = 0;
        b.processorName = report.processor->trimmed();
    }
    if (report.toldAt)
        b.processorToldAt = report.toldAt->toUTC();
    if (report.reason)
        b.processorToldReason = report.reason->trimmed();
    if (report.lateReason)
        b.apLateReason = report.lateReason->trimmed();
    if (!b.processorToldAt.isValid()) {
        //: Dutch: "Geef aan wanneer de verwerker ons het datalek meldde."
        *error = invalid(tr("Enter when the processor told us of the breach."));
        return false;
    }
    if (const QString problem = validate(b, m_session.clock().now()); !problem.isEmpty()) {
        *error = invalid(problem);
        return false;
    }
    if (b.apNotifiedAt.isValid() && b.apNotifiedAt < b.firstKnown()) {
        *error = invalid(tr("The AP was notified before that moment of discovery."));
        return false;
    }
    if (const QString why = lateWithoutReason(b); !why.isEmpty()) {
        *error = invalid(why);
        return false;
    }
    // An on-time notification has no delay to explain (as notifyAp records it).
    if (!b.apNotifiedLate())
        b.apLateReason.clear();
    if (const QString why = InputLimits::checkLengths(
            { { processorToldReasonLabel(), b.processorToldReason, InputLimits::maxLongText },
              { tr("Reasons for the delay"), b.apLateReason, InputLimits::maxLongText } });
        !why.isEmpty()) {
        *error = invalid(why);
        return false;
    }
    if (!unit.guard({ { processorToldReasonLabel(), b.processorToldReason },
                      { tr("Reasons for the delay"), b.apLateReason } },
                    bsnCheck, error))
        return false;
    if (!resolveProcessor(&b, old->processorId, error))
        return false;
    QJsonObject payload;
    oldAndNew(&payload, QStringLiteral("processor_id"), processor(old->processorId),
              processor(b.processorId));
    oldAndNew(&payload, QStringLiteral("processor_told_at"), moment(old->processorToldAt),
              moment(b.processorToldAt));
    oldAndNew(&payload, QStringLiteral("processor_told_reason"), old->processorToldReason.trimmed(),
              b.processorToldReason);
    oldAndNew(&payload, QStringLiteral("late_reason"), old->apLateReason.trimmed(), b.apLateReason);
    if (payload.isEmpty())
        return true;
    payload.insert(QStringLiteral("processor_told_at"), moment(b.processorToldAt));
    payload.insert(QStringLiteral("discovered_at"), moment(b.discoveredAt));
    if (!b.processorToldReason.isEmpty())
        payload.insert(QStringLiteral("processor_told_reason"), b.processorToldReason);
    payload.insert(QStringLiteral("old_clock_start"), moment(old->clockStart()));
    payload.insert(QStringLiteral("clock_start"), moment(b.clockStart()));
    payload.insert(QStringLiteral("old_ap_deadline"), moment(old->apDeadline()));
    payload.insert(QStringLiteral("ap_deadline"), moment(b.apDeadline()));
    if (b.apNotifiedAt.isValid())
        payload.insert(QStringLiteral("ap_notified_late"), b.apNotifiedLate());
    return change(
        unit, b, payload,
        [&](UnitOfWork::Write &write, ServiceError *why) {
            return BreachRepository::updateProcessorReport(write.database(), b, why);
        },
        error);
}

} // namespace pd
