#include "retention/Retention.h"

#include "cases/CaseRepository.h"
#include "domain/InputLimits.h"
#include "persons/PersonRepository.h"
#include "retention/RetentionDestructionRepository.h"
#include "retention/RetentionShared.h"
#include "session/Access.h"
#include "session/Session.h"
#include "store/Store.h"
#include "terms/RetentionRepository.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QUuid>

#include <algorithm>
namespace pd {

using namespace retention;

// --- service ---

RetentionService::RetentionService(const Session &session)
    : m_session(session)
{ }

bool RetentionService::guard(UnitOfWork &unit, const QList<QPair<QString, QString>> &fields,
                             BsnCheck bsnCheck, ServiceError *error)
{
    if (!unit.permit(error))
        return false;
    for (const auto &[field, text] : fields) {
        if (const QString why = InputLimits::checkLength(field, text, InputLimits::maxLongText);
            !why.isEmpty()) {
            *error = invalid(why);
            return false;
        }
    }
    return unit.guard(fields, bsnCheck, error);
}

std::optional<qint64> RetentionService::personByKlantnummer(const QString &klantnummer,
                                                            ServiceError *error) const
{
    ServiceError failure;
    const std::optional<qint64> id = PersonRepository::idByKlantnummer(
        m_session.store().database(), InputLimits::normalisedIdentifier(klantnummer),
        PersonRepository::Anonymised::Excluded, &failure);
    if (!id && error)
        *error = failure;
    if (!id || *id == 0)
        return std::nullopt;
    return id;
}

std::optional<qint64> RetentionService::personByCase(const QString &caseNumber,
                                                     ServiceError *error) const
{
    ServiceError failure;
    const std::optional<qint64> id = CaseRepository::personIdByNumber(
        m_session.store().database(), caseNumber.trimmed().toUpper(), &failure);
    if (!id && error)
        *error = failure;
    if (!id || *id == 0)
        return std::nullopt;
    return id;
}

QList<qint64> RetentionService::reducedPersons(ServiceError *error) const
{
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                              error))
        return {};
    ServiceError failure;
    const auto ids
        = RetentionDestructionRepository::reducedPersons(m_session.store().database(), &failure);
    if (!ids) {
        if (error)
            *error = failure;
        return {};
    }
    return *ids;
}

std::optional<RetentionItem> RetentionService::setItem(qint64 personId, const QString &ruleCode,
                                                       QDate trigger, ServiceError *error)
{
    const Session &session = m_session;
    UnitOfWork unit(session, Permission::EditRegisters, QStringLiteral("retention.item_set"),
                    QString::number(personId));
    if (!unit.permit(error))
        return std::nullopt;
    ServiceError readError; // *error may hold an earlier call's error: judge this read alone
    const auto found = rule(ruleCode, &readError);
    if (readError.isError()) {
        *error = readError;
        return std::nullopt;
    }
    if (const QString why = itemRuleProblem(found, ruleCode, trigger); !why.isEmpty()) {
        *error = found ? invalid(why) : ServiceError { ServiceError::Code::NotFound, why, {} };
        return std::nullopt;
    }
    std::optional<RetentionItem> saved;
    const bool written = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            return setItemIn(write, personId, *found, trigger, &saved, failure);
        },
        error);
    if (!written)
        return std::nullopt;
    return saved;
}

QString RetentionService::itemRuleProblem(const std::optional<RetentionRule> &found,
                                          const QString &ruleCode, QDate trigger)
{
    if (!found)
        return tr("There is no retention rule %1.").arg(ruleCode);
    if (found->isRequestFiles())
        return tr("Closed request files follow from the requests themselves.");
    if (found->isBreachRegister())
        return tr("The data breaches follow from the register itself: each closed "
                  "breach expires on its own.");
    if (!trigger.isValid())
        return tr("Enter the date of the event the retention period runs from.");
    return InputLimits::checkDate(tr("The date the retention period runs from"), trigger);
}

bool RetentionService::setItemIn(UnitOfWork::Write &write, qint64 personId,
                                 const RetentionRule &found, QDate trigger,
                                 std::optional<RetentionItem> *saved, ServiceError *error)
{
    const QSqlDatabase db = m_session.store().database();
    ServiceError presentError;
    const std::optional<bool> present = PersonRepository::exists(
        db, personId, PersonRepository::Anonymised::Excluded, &presentError);
    if (!present || !*present) {
        *error = { ServiceError::Code::NotFound, tr("The data subject no longer exists."), {} };
        return false;
    }
    const QDate expires = RetentionCalendar::expiry(trigger, found.period);
    std::optional<RetentionRepository::ItemTrigger> stored;
    if (!RetentionRepository::itemTriggerOf(db, personId, found.id, &stored, error))
        return false;
    QJsonObject payload { { QStringLiteral("rule"), found.code },
                          { QStringLiteral("expires"), isoDate(expires) } };
    qint64 itemId = 0;
    if (stored) {
        if (stored->destroyed) {
            *error = invalid(tr("This data has already been destroyed."));
            return false;
        }
        itemId = stored->id;
        payload.insert(QStringLiteral("trigger"), QJsonArray { stored->trigger, isoDate(trigger) });
        // A date the officer sets is theirs: a derived item becomes manual, and the derivation
        // leaves it alone from now on.
        if (!RetentionRepository::setItemTrigger(db, itemId, isoDate(trigger), isoDate(expires),
                                                 error))
            return false;
    } else {
        payload.insert(QStringLiteral("trigger"), isoDate(trigger));
        const std::optional<qint64> id = RetentionRepository::insertItem(
            db, personId, found.id, isoDate(trigger), isoDate(expires),
            m_session.clock().now().toString(Qt::ISODateWithMs), m_session.store().userName(),
            error);
        if (!id)
            return false;
        itemId = *id;
    }
    write.record(personEntity, QString::number(personId), QStringLiteral("retention.item.set"),
                 payload);
    // Read back inside the transaction: a failed read undoes the change instead of reporting a
    // saved item as not saved (or the other way round).
    ServiceError readError;
    const QList<RetentionItem> items
        = itemsFor(personId, m_session.clock().today(), defaultWithinDays, &readError);
    if (readError.isError()) {
        *error = readError;
        return false;
    }
    const auto it = std::find_if(items.cbegin(), items.cend(),
                                 [itemId](const RetentionItem &item) { return item.id == itemId; });
    if (it == items.cend()) {
        *error = ServiceError(ServiceError::Code::Storage,
                              tr("The retention item could not be read back after saving."));
        return false;
    }
    *saved = *it;
    return true;
}

bool RetentionService::blocked(const QString &blocker, const ServiceError &failure,
                               ServiceError *error) const
{
    if (blocker.isEmpty() || (m_replay && !failure.isError()))
        return false;
    *error = failure.isError() ? failure : invalid(blocker);
    return true;
}

RetentionState RetentionService::stateOn(QDate expires, QDate on, int withinDays, bool held,
                                         bool destroyed)
{
    return retentionStateOn(expires, on, withinDays, held, destroyed);
}

QList<RetentionItem> RetentionService::itemsFor(qint64 personId, QDate on, int withinDays,
                                                ServiceError *error) const
{
    ServiceError failure; // judged alone: *error may hold an earlier call's error
    const auto report = qScopeGuard([&failure, error] {
        if (error && failure.isError())
            *error = failure;
    });
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                              &failure))
        return {};
    const QSqlDatabase db = m_session.store().database();
    auto stored = RetentionRepository::itemsOfPerson(db, personId, on, withinDays, &failure);
    if (!stored)
        return {};
    QList<RetentionItem> result = *stored;
    // The computed request-files item, when every request of the person is closed.
    const auto files = rule(QLatin1StringView(RetentionRule::requestFilesCode), &failure);
    if (failure.isError())
        return {};
    if (!files)
        return result;
    std::optional<RetentionItem> computed;
    if (!RetentionDestructionRepository::requestFilesItemOf(db, personId, *files, on, withinDays,
                                                            &computed, &failure))
        return {};
    if (computed) {
        const auto requests = CaseRepository::requestsOfPerson(db, personId, &failure);
        if (!requests)
            return {};
        for (const auto &request : *requests)
            computed->caseNumbers << request.first;
        result << *computed;
    }
    return result;
}

namespace {

// Two lists ordered by expiry merged into one (stable: a's first on the same day).
void mergeByExpiry(QList<RetentionItem> *into, const QList<RetentionItem> &more)
{
    if (more.isEmpty())
        return;
    QList<RetentionItem> merged;
    merged.reserve(into->size() + more.size());
    std::merge(
        into->cbegin(), into->cend(), more.cbegin(), more.cend(), std::back_inserter(merged),
        [](const RetentionItem &a, const RetentionItem &b) { return a.expires < b.expires; });
    *into = std::move(merged);
}

// Whether the request-files rule files is among what the query selects.
bool selectsFiles(const DueQuery &q, const std::optional<RetentionRule> &files)
{
    return files && (q.ruleCode.isEmpty() || q.ruleCode == files->code);
}

// Whether the breach register's rule is among what the query selects.
bool selectsBreaches(const DueQuery &q)
{
    return q.ruleCode.isEmpty()
        || q.ruleCode == QLatin1StringView(RetentionRule::breachRegisterCode);
}

} // namespace

QList<RetentionItem> RetentionService::due(const DueQuery &q, ServiceError *error) const
{
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                              error))
        return {};
    if (!q.on.isValid())
        return {};
    ServiceError failure; // judged alone: *error may hold an earlier call's error
    const auto report = qScopeGuard([&failure, error] {
        if (error && failure.isError())
            *error = failure;
    });
    const qint64 wanted = q.limit < 0 ? -1 : qint64 { q.offset } + q.limit;
    const auto files = rule(QLatin1StringView(RetentionRule::requestFilesCode), &failure);
    if (failure.isError())
        return {};
    const QSqlDatabase db = m_session.store().database();

    // A failed read is an error, never "nothing due": the dashboard and the CLI act on this.
    // Stored items and the request-file items computed per person, by expiry.
    auto stored = RetentionDestructionRepository::dueStored(db, q, wanted, &failure);
    if (!stored)
        return {};
    QList<RetentionItem> result = std::move(*stored);
    if (selectsFiles(q, files)) {
        const auto computed
            = RetentionDestructionRepository::dueRequestFiles(db, q, *files, wanted, &failure);
        if (!computed)
            return {};
        mergeByExpiry(&result, *computed);
    }

    // The breach register's items: its closed breaches, computed as the request files are.
    if (selectsBreaches(q)) {
        const auto breaches = rule(QLatin1StringView(RetentionRule::breachRegisterCode), &failure);
        if (failure.isError())
            return {};
        QList<RetentionItem> items;
        if (breaches && !dueBreaches(db, q, *breaches, wanted, &items, &failure))
            return {};
        mergeByExpiry(&result, items);
    }
    if (q.offset > 0)
        result.remove(0, std::min<qsizetype>(q.offset, result.size()));
    if (q.limit >= 0 && result.size() > q.limit)
        result.resize(q.limit);

    // Case numbers for the request-file items on this page.
    for (RetentionItem &item : result) {
        if (item.id != 0 || item.isBreach())
            continue;
        const auto requests = CaseRepository::requestsOfPerson(db, item.personId, &failure);
        if (!requests)
            return {};
        for (const auto &request : *requests)
            item.caseNumbers << request.first;
    }
    return result;
}

int RetentionService::countDue(const DueQuery &q, ServiceError *error) const
{
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                              error))
        return 0;
    if (!q.on.isValid())
        return 0;
    ServiceError readError;
    const auto report = qScopeGuard([&readError, error] {
        if (error && readError.isError())
            *error = readError;
    });
    const auto files = rule(QLatin1StringView(RetentionRule::requestFilesCode), &readError);
    if (readError.isError())
        return 0;
    const QSqlDatabase db = m_session.store().database();
    const auto stored = RetentionDestructionRepository::countDueStored(db, q, &readError);
    if (!stored)
        return 0;
    int total = *stored;
    if (selectsFiles(q, files)) {
        const auto computed
            = RetentionDestructionRepository::countDueRequestFiles(db, q, *files, &readError);
        if (!computed)
            return 0;
        total += *computed;
    }
    if (!selectsBreaches(q))
        return total;
    const auto breaches = rule(QLatin1StringView(RetentionRule::breachRegisterCode), &readError);
    if (readError.isError())
        return 0;
    if (!breaches)
        return total;
    const auto closed = countDueBreaches(db, q, *breaches, &readError);
    if (!closed)
        return 0;
    return total + *closed;
}

QJsonObject dueItemToJson(const RetentionItem &item)
{
    QJsonObject json { { QStringLiteral("klantnummer"), item.klantnummer },
                       { QStringLiteral("name"), item.name },
                       { QStringLiteral("category"), item.rule.category },
                       { QStringLiteral("rule"), item.rule.code },
                       { QStringLiteral("expires"), isoDate(item.expires) },
                       { QStringLiteral("state"), codes::code(item.state) } };
    if (item.isBreach())
        json.insert(QStringLiteral("breach"), item.breachNumber);
    return json;
}

} // namespace pd
