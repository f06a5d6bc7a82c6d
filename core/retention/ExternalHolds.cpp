// Holds on data outside Privacydesk (ExternalHolds.h).
#include "retention/ExternalHolds.h"

#include "breaches/BreachRepository.h"
#include "cases/CaseRepository.h"
#include "domain/InputLimits.h"
#include "session/UnitOfWork.h"
#include "store/ServiceSupport.h"
#include "store/Store.h"

#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace pd {

using namespace support;

namespace {

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QJsonObject payloadOf(const ExternalHold &h)
{
    QJsonObject payload { { QStringLiteral("hold"), h.id },
                          { QStringLiteral("system"), h.system },
                          { QStringLiteral("secured"), h.secured },
                          { QStringLiteral("recorded_on"), isoDate(h.recordedOn) },
                          { QStringLiteral("retention"), ExternalHoldTexts::periodCode(h.period) },
                          { QStringLiteral("overwritten_on"), isoDate(h.overwrittenOn) } };
    if (h.keptUntil.isValid())
        payload.insert(QStringLiteral("kept_until"), isoDate(h.keptUntil));
    if (h.securedOn.isValid()) {
        payload.insert(QStringLiteral("secured_on"), isoDate(h.securedOn));
        payload.insert(QStringLiteral("secured_by"), h.securedBy);
    }
    return payload;
}

} // namespace

QString ExternalHoldService::entityOf(Owner owner)
{
    return owner == Owner::Case ? QStringLiteral("case") : QStringLiteral("breach");
}

QString ExternalHoldService::actionOf(Owner owner, const char *what)
{
    return entityOf(owner) + QStringLiteral(".external_hold_") + QLatin1StringView(what);
}

QStringList ExternalHoldTexts::systemSuggestions()
{
    return {
        //: Dutch: "Camerasysteem"
        tr("Camera system"),
        //: Dutch: "Telefooncentrale (gespreksopnames)"
        tr("Telephone system (call recordings)"),
        //: Dutch: "Mailbox"
        tr("Mailbox"),
        //: Dutch: "Toegangssysteem (sleutels, tags)"
        tr("Access control system (keys, tags)"),
        //: Dutch: "Back-ups"
        tr("Backups"),
    };
}

std::optional<RetentionPeriod> ExternalHoldTexts::period(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^([1-9]\\d{0,3})\\s*([dwmyj])$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QChar unit = match.captured(2).toLower().front();
    const RetentionUnit unitOf = unit == u'd' ? RetentionUnit::Days
        : unit == u'w'                        ? RetentionUnit::Weeks
        : unit == u'm'                        ? RetentionUnit::Months
                                              : RetentionUnit::Years;
    return RetentionPeriod { match.captured(1).toInt(), unitOf };
}

QString ExternalHoldTexts::periodCode(const RetentionPeriod &period)
{
    const char unit = period.unit == RetentionUnit::Days ? 'd'
        : period.unit == RetentionUnit::Weeks            ? 'w'
        : period.unit == RetentionUnit::Months           ? 'm'
                                                         : 'y';
    return QString::number(period.amount) + QLatin1Char(unit);
}

QString ExternalHoldTexts::closedText(const ExternalHold &hold)
{
    if (!hold.held() || !hold.ownerClosedOn.isValid())
        return {};
    return (hold.caseNumber.isEmpty()
                //: Dutch: "datalek afgesloten op %1"
                ? tr("data breach closed on %1")
                //: Dutch: "verzoek afgerond op %1"
                : tr("request completed on %1"))
        .arg(shortDate(hold.ownerClosedOn));
}

QString ExternalHoldTexts::stateText(const ExternalHold &hold, QDate today)
{
    if (!hold.held())
        //: Dutch: "vrijgegeven op %1 door %2"
        return tr("released on %1 by %2").arg(shortDate(hold.releasedOn), hold.releasedBy);
    QString text;
    if (hold.securedOn.isValid())
        //: Dutch: "veiliggesteld op %1 door %2"
        text = tr("secured on %1 by %2").arg(shortDate(hold.securedOn), hold.securedBy);
    else if (hold.overwritten(today))
        //: Dutch: "NIET veiliggesteld: het systeem overschrijft de gegevens op %1"
        text = tr("NOT secured: the system overwrites the data on %1")
                   .arg(shortDate(hold.overwrittenOn));
    else
        //: Dutch: "veiligstellen vóór %1 (dan overschrijft het systeem de gegevens)"
        text = tr("secure before %1 (the system overwrites the data then)")
                   .arg(shortDate(hold.overwrittenOn));
    if (hold.closedWithoutEnd())
        //: Dutch: "geen einddatum: geef vrij of leg een datum vast"
        text += QStringLiteral("; ") + tr("no end date: release it or record a date");
    if (hold.keptUntil.isValid())
        text += QStringLiteral("; ")
            + (hold.keptExpired(today)
                   //: Dutch: "vastgelegd tot %1: verlopen, geef vrij of verleng"
                   ? tr("kept until %1: expired, release or extend").arg(shortDate(hold.keptUntil))
                   //: Dutch: "vastgelegd tot %1"
                   : tr("kept until %1").arg(shortDate(hold.keptUntil)));
    const QString closed = closedText(hold);
    return closed.isEmpty() ? text : closed + QStringLiteral("; ") + text;
}

ExternalHoldService::ExternalHoldService(const Session &session)
    : m_session(session)
{ }

std::optional<qint64> ExternalHoldService::ownerId(Owner owner, const QString &number,
                                                   ServiceError *error) const
{
    const QSqlDatabase db = m_session.store().database();
    qint64 id = 0;
    if (owner == Owner::Case) {
        const std::optional<qint64> found = CaseRepository::idByNumber(db, number, error);
        if (!found)
            return std::nullopt;
        id = *found;
    } else {
        std::optional<Breach> breach;
        if (!BreachRepository::byNumber(db, number, &breach, error))
            return std::nullopt;
        id = breach ? breach->id : 0;
    }
    if (id > 0)
        return id;
    *error = { ServiceError::Code::NotFound,
               owner == Owner::Case
                   //: Dutch: "Er is geen verzoek %1."
                   ? tr("There is no request %1.").arg(number)
                   //: Dutch: "Er is geen datalek %1."
                   : tr("There is no data breach %1.").arg(number),
               {} };
    return std::nullopt;
}

std::optional<ExternalHold> ExternalHoldService::holdOf(Owner owner, const QString &number,
                                                        qint64 id, ServiceError *error,
                                                        bool mustBeHeld) const
{
    std::optional<ExternalHold> found;
    if (!ExternalHoldRepository::byId(m_session.store().database(), id, &found, error))
        return std::nullopt;
    const QString of = owner == Owner::Case ? (found ? found->caseNumber : QString())
                                            : (found ? found->breachNumber : QString());
    if (!found || of.compare(number, Qt::CaseInsensitive) != 0) {
        *error = { ServiceError::Code::NotFound,
                   //: Dutch: "%1 heeft geen bewaring %2 van gegevens buiten Privacydesk."
                   tr("%1 has no hold %2 on data outside Privacydesk.").arg(number).arg(id),
                   {} };
        return std::nullopt;
    }
    if (mustBeHeld && !found->held()) {
        //: Dutch: "Bewaring %1 is al vrijgegeven op %2."
        *error = invalid(
            tr("Hold %1 was released on %2 already.").arg(id).arg(shortDate(found->releasedOn)));
        return std::nullopt;
    }
    return found;
}

std::optional<ExternalHold> ExternalHoldService::add(Owner owner, const QString &number,
                                                     const NewExternalHold &input,
                                                     BsnCheck bsnCheck, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, actionOf(owner, "added"), number);
    if (!unit.permit(error))
        return std::nullopt;
    const QDate today = m_session.clock().today();
    if (input.system.trimmed().isEmpty() || input.secured.trimmed().isEmpty()) {
        //: Dutch: "Noem het systeem (bijvoorbeeld het camerasysteem) en wat er wordt
        //: veiliggesteld."
        *error = invalid(tr("Name the system (for example the camera system) and what is "
                            "secured."));
        return std::nullopt;
    }
    if (!input.recordedOn.isValid() || input.recordedOn > today || input.period.amount <= 0) {
        //: Dutch: "Geef de datum van de opname (niet in de toekomst) en hoe lang het systeem
        //: zelf bewaart, bijvoorbeeld 4w."
        *error = invalid(tr("Give the date of the recording (not in the future) and how long "
                            "the system itself keeps it, for example 4w."));
        return std::nullopt;
    }
    ExternalHold hold;
    hold.system = input.system.trimmed();
    hold.secured = input.secured.trimmed();
    hold.recordedOn = input.recordedOn;
    hold.period = input.period;
    hold.overwrittenOn = RetentionCalendar::expiry(input.recordedOn, input.period);
    hold.keptUntil = input.keptUntil;
    hold.createdBy = m_session.store().userName();
    if (input.securedOn.isValid()) {
        if (input.securedOn > today || input.securedOn < input.recordedOn) {
            //: Dutch: "De datum van veiligstellen ligt tussen de opname en vandaag."
            *error = invalid(tr("The day it was secured lies between the recording and today."));
            return std::nullopt;
        }
        hold.securedOn = input.securedOn;
        hold.securedBy = input.securedBy.trimmed().isEmpty() ? m_session.store().userName()
                                                             : input.securedBy.trimmed();
    }
    if (hold.keptUntil.isValid() && hold.keptUntil < hold.recordedOn) {
        //: Dutch: "‘Vastgelegd tot’ ligt na de datum van de opname."
        *error = invalid(tr("‘Kept until’ lies after the date of the recording."));
        return std::nullopt;
    }
    if (!guardShortTexts(unit,
                         { { tr("System"), hold.system },
                           { tr("What is secured"), hold.secured },
                           { tr("Secured by"), hold.securedBy } },
                         bsnCheck, error))
        return std::nullopt;
    const bool done = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            const std::optional<qint64> id = ownerId(owner, number, failure);
            if (!id
                || !ExternalHoldRepository::insert(write.database(), owner, *id, &hold,
                                                   m_session.clock().now().toString(Qt::ISODate),
                                                   failure))
                return false;
            write.record(entityOf(owner), number, actionOf(owner, "added"), payloadOf(hold));
            return true;
        },
        error);
    if (!done)
        return std::nullopt;
    (owner == Owner::Case ? hold.caseNumber : hold.breachNumber) = number;
    return hold;
}

bool ExternalHoldService::secure(Owner owner, const QString &number, qint64 id, QDate on,
                                 const QString &by, BsnCheck bsnCheck, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, actionOf(owner, "secured"), number);
    if (!unit.permit(error))
        return false;
    const std::optional<ExternalHold> hold = holdOf(owner, number, id, error);
    if (!hold)
        return false;
    if (hold->securedOn.isValid()) {
        //: Dutch: "Bewaring %1 is al veiliggesteld op %2."
        *error = invalid(
            tr("Hold %1 was secured on %2 already.").arg(id).arg(shortDate(hold->securedOn)));
        return false;
    }
    if (!on.isValid() || on > m_session.clock().today() || on < hold->recordedOn) {
        *error = invalid(tr("The day it was secured lies between the recording and today."));
        return false;
    }
    const QString who = by.trimmed().isEmpty() ? m_session.store().userName() : by.trimmed();
    if (!guardShortTexts(unit, { { tr("Secured by"), who } }, bsnCheck, error))
        return false;
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            if (!ExternalHoldRepository::markSecured(write.database(), id, on, who, failure))
                return false;
            write.record(entityOf(owner), number, actionOf(owner, "secured"),
                         { { QStringLiteral("hold"), id },
                           { QStringLiteral("system"), hold->system },
                           { QStringLiteral("secured_on"), isoDate(on) },
                           { QStringLiteral("secured_by"), who },
                           { QStringLiteral("late"), on >= hold->overwrittenOn } });
            return true;
        },
        error);
}

bool ExternalHoldService::release(Owner owner, const QString &number, qint64 id,
                                  const QString &reason, BsnCheck bsnCheck, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, actionOf(owner, "released"), number);
    if (!unit.permit(error))
        return false;
    if (reason.trimmed().isEmpty()) {
        //: Dutch: "Zeg waarom de bewaring wordt vrijgegeven, bijvoorbeeld: het verzoek is
        //: afgehandeld."
        *error = invalid(tr("Say why the hold is released, for example: the request has been "
                            "answered."));
        return false;
    }
    const std::optional<ExternalHold> hold = holdOf(owner, number, id, error);
    if (!hold)
        return false;
    if (!guardShortTexts(unit, { { tr("Reason for the release"), reason } }, bsnCheck, error))
        return false;
    const QDate today = m_session.clock().today();
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            if (!ExternalHoldRepository::release(write.database(), id, today,
                                                 m_session.store().userName(), reason.trimmed(),
                                                 failure))
                return false;
            write.record(entityOf(owner), number, actionOf(owner, "released"),
                         { { QStringLiteral("hold"), id },
                           { QStringLiteral("system"), hold->system },
                           { QStringLiteral("reason"), reason.trimmed() } });
            return true;
        },
        error);
}

bool ExternalHoldService::permitRead(Owner owner, const QString &number, ServiceError *error) const
{
    return m_session.permit(owner == Owner::Case ? Permission::ViewAllCases
                                                 : Permission::ViewRegisters,
                            actionOf(owner, "read"), number, error);
}

std::optional<QList<ExternalHold>> ExternalHoldService::of(Owner owner, const QString &number,
                                                           ServiceError *error) const
{
    if (!permitRead(owner, number, error) || !ownerId(owner, number, error))
        return std::nullopt;
    return ExternalHoldRepository::of(m_session.store().database(), owner, number, error);
}

std::optional<QList<ExternalHold>> ExternalHoldService::held(ServiceError *error) const
{
    if (!m_session.permit(Permission::ViewRegisters, QStringLiteral("external_hold.read"), {},
                          error))
        return std::nullopt;
    return ExternalHoldRepository::held(m_session.store().database(), error);
}

} // namespace pd
