// The organisation's deadline policy as CaseService keeps it (settings deadline.*): read, and
// changed with the open requests' deadlines following it, each in its own trail.

#include "cases/CaseRepository.h"
#include "cases/CaseService.h"
#include "domain/LawAlone.h"
#include "organisation/OrganisationSettings.h"
#include "session/Session.h"
#include "session/UnitOfWork.h"
#include "store/ServiceSupport.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QJsonArray>

namespace pd {

using support::invalid;
using support::isoDate;

namespace {

const QString caseEntity = QStringLiteral("case");

// Settings keys of the deadline policy (the settings table holds text values).
const QString keyBase = QString::fromLatin1(OrganisationSettings::keyDeadlineBase);
const QString keyExtension = QStringLiteral("deadline.extension");
const QString keyMove = QStringLiteral("deadline.move_to_working_day");
const QString keyModel = QStringLiteral("deadline.identification_model");
const QString keyWithin = QStringLiteral("deadline.identification_within_days");
const QString keyClosing = QStringLiteral("deadline.closing_days");

// The name the policy is kept under for the units of a batch (Session::keep).
constexpr std::string_view keptPolicy = "deadline-policy";

QString periodText(Period period)
{
    return QStringLiteral("%1 %2").arg(period.amount).arg(unitCode(period.unit));
}

std::optional<Period> periodFromText(const QString &text)
{
    const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
    bool ok = false;
    const int amount = parts.value(0).toInt(&ok);
    const auto unit = parseUnit(parts.value(1));
    // 0 is a period too: a policy without extension ("binnen vier weken") stores "0 days",
    // which must read back as no extension, never as the default 30 days.
    if (parts.size() != 2 || !ok || amount < 0 || !unit)
        return std::nullopt;
    return Period { amount, *unit };
}

} // namespace

std::optional<DeadlinePolicy> CaseService::policy(ServiceError *error) const
{
    if (error)
        *error = {};
    // Inside a batch the policy is read by its first unit, and kept for the others.
    if (const std::any *kept = Session::kept(m_session.store(), keptPolicy))
        return std::any_cast<DeadlinePolicy>(*kept);
    ServiceError failure;
    const auto stored = SettingsRepository::startingWith(m_session.store().database(),
                                                         QStringLiteral("deadline."), &failure);
    if (!stored) {
        // Never the default policy in place of the stored one: every deadline would be wrong.
        if (error)
            *error = failure;
        return std::nullopt;
    }
    // Until the organisation chooses (setPolicy writes every key at once), the law alone: an own
    // term of 30 days would be a promise to tenants nobody made.
    DeadlinePolicy policy = stored->contains(keyBase) ? DeadlinePolicy {} : lawAlonePolicy();
    for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
        const QString &key = it.key();
        const QString &value = it.value();
        if (key == keyBase) {
            const auto base = periodFromText(value);
            if (base && base->amount > 0)
                policy.base = *base;
        } else if (key == keyExtension) {
            policy.extension = periodFromText(value).value_or(policy.extension);
        } else if (key == keyMove) {
            policy.moveToWorkingDay = value == QLatin1StringView("1");
        } else if (key == keyModel) {
            policy.identificationModel
                = parseIdentificationModel(value).value_or(policy.identificationModel);
        } else if (key == keyWithin) {
            policy.identificationRequestWithinDays = value.toInt();
        } else if (key == keyClosing) {
            for (const QString &day : value.split(u',', Qt::SkipEmptyParts)) {
                const QDate date = QDate::fromString(day, Qt::ISODate);
                if (date.isValid())
                    policy.closingDays.insert(date);
            }
        }
    }
    Session::keep(m_session.store(), keptPolicy, policy);
    return policy;
}

bool CaseService::setPolicy(const DeadlinePolicy &policy, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::ChangeSettings,
                    QStringLiteral("settings.deadline_policy"));
    if (!unit.permit(error))
        return false;
    if (policy.base.amount <= 0 || policy.extension.amount < 0
        || policy.identificationRequestWithinDays < 0) {
        *error = invalid(tr("The deadline policy needs a positive term."));
        return false;
    }
    QStringList closing;
    for (const QDate &day : policy.closingDays)
        closing << isoDate(day);
    closing.sort();
    const QList<QPair<QString, QString>> values {
        { keyBase, periodText(policy.base) },
        { keyExtension, periodText(policy.extension) },
        { keyMove, policy.moveToWorkingDay ? QStringLiteral("1") : QStringLiteral("0") },
        { keyModel, identificationModelCode(policy.identificationModel) },
        { keyWithin, QString::number(policy.identificationRequestWithinDays) },
        { keyClosing, closing.join(u',') },
    };
    // Before (a read inside the change sees the policy it writes) and after (changed or rolled
    // back): a batch's units read the policy as the store holds it.
    Session::forget(m_session.store(), keptPolicy);
    const bool changed = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            QJsonObject payload;
            for (const auto &[key, value] : values) {
                if (!SettingsRepository::put(write.database(), key, value, m_session.clock().now(),
                                             m_session.userName(), failure))
                    return false;
                payload.insert(key, value);
            }
            // Open requests follow the new policy at once, so that lists, sorting and the
            // overdue figures name the same date as the request itself. Closed requests keep
            // the deadline they were judged by: a policy change must not rewrite whether an
            // answer was on time. Each request whose deadline moves says so in its own trail
            // (case.deadline_recomputed), so that its history explains its deadline (and a
            // server sees every changed request described: resources/server/audit.sql).
            const auto moved = followPolicy(write, policy, failure);
            if (!moved)
                return false;
            payload.insert(QStringLiteral("open_requests_recomputed"), *moved);
            write.record(QStringLiteral("settings"), QStringLiteral("deadline"),
                         QStringLiteral("settings.deadline_policy"), payload);
            return true;
        },
        error);
    Session::forget(m_session.store(), keptPolicy);
    return changed;
}

std::optional<int> CaseService::refreshExtendedDeadlines(ServiceError *error)
{
    *error = {};
    // Only whoever may change requests writes their deadline; the others read it as stored.
    if (!m_session.may(Permission::EditCases))
        return 0;
    const auto currentPolicy = policy(error);
    if (!currentPolicy)
        return std::nullopt;
    // Only an extension told after the earliest day the own deadline can fall (the own period
    // from receipt: pauses, a restart and a move to a working day only make it later) can have
    // moved: the others are not read again, so that opening a big store stays quick.
    const Period base = currentPolicy->base;
    const auto stored = CaseRepository::openDeadlines(
        m_session.store().database(), error,
        [base](QDate received, QDate told) { return told > addPeriod(received, base); });
    if (!stored)
        return std::nullopt;
    // Read first, so that an open that finds every deadline in step writes nothing.
    QList<std::pair<Case, QString>> moved;
    for (const auto &[number, deadline] : *stored) {
        const std::optional<Case> c = load(number, error);
        if (!c)
            return std::nullopt;
        if (isoDate(deadlinesFor(*c, *currentPolicy).current) != deadline)
            moved.append({ *c, deadline });
    }
    if (moved.isEmpty())
        return 0;
    UnitOfWork unit(m_session, Permission::EditCases, QStringLiteral("case.deadline_recomputed"),
                    {});
    if (!unit.permit(error))
        return std::nullopt;
    const bool written = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            for (const auto &[c, deadline] : std::as_const(moved)) {
                const QString recomputed = isoDate(deadlinesFor(c, *currentPolicy).current);
                if (!CaseRepository::setDeadline(write.database(), c.id, recomputed, failure))
                    return false;
                write.record(
                    caseEntity, c.number, QStringLiteral("case.deadline_recomputed"),
                    QJsonObject {
                        { QStringLiteral("deadline"), QJsonArray { deadline, recomputed } },
                        { QStringLiteral("reason"), QStringLiteral("extension_rules") } });
            }
            return true;
        },
        error);
    return written ? std::optional<int>(int(moved.size())) : std::nullopt;
}

QStringList CaseService::refreshAtOpen()
{
    ServiceError error;
    const auto moved = refreshExtendedDeadlines(&error);
    if (!moved)
        //: Dutch: "De termijnen van verlengde open verzoeken konden niet worden bijgewerkt: %1"
        return { tr("The deadlines of extended open requests could not be brought up to date: %1")
                     .arg(error.message) };
    if (*moved == 0)
        return {};
    //: Dutch: "Bij het openen is de termijn van %n open verzoek(en) herberekend: een verlenging
    //: waarover de betrokkene na de eigen termijn is geïnformeerd, verlengt alleen de wettelijke
    //: termijn. Elk verzoek vermeldt het in zijn audittrail."
    return { tr("On opening, the deadline of %n open request(s) was recomputed: an extension "
                "told after the own deadline extends only the legal one. Each request's audit "
                "trail says so.",
                nullptr, *moved) };
}

std::optional<int> CaseService::followPolicy(UnitOfWork::Write &write, const DeadlinePolicy &policy,
                                             ServiceError *error) const
{
    const QSqlDatabase db = m_session.store().database();
    const auto openDeadlines = CaseRepository::openDeadlines(db, error);
    if (!openDeadlines)
        return std::nullopt;
    for (const auto &[number, stored] : *openDeadlines) {
        const std::optional<Case> c = load(number, error);
        if (!c)
            return std::nullopt;
        const QString recomputed = isoDate(deadlinesFor(*c, policy).current);
        if (recomputed == stored)
            continue;
        if (!CaseRepository::setDeadline(db, c->id, recomputed, error))
            return std::nullopt;
        write.record(
            caseEntity, number, QStringLiteral("case.deadline_recomputed"),
            QJsonObject { { QStringLiteral("deadline"), QJsonArray { stored, recomputed } } });
    }
    return int(openDeadlines->size());
}

} // namespace pd
