#include "registers/Retention.h"

#include "domain/InputLimits.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "users/Access.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <algorithm>

namespace pd {

namespace {

const QString personEntity = QStringLiteral("person");
const QString caseEntity = QStringLiteral("case");
const QString ruleEntity = QStringLiteral("retention-rule");
const QString anonymisedName = QStringLiteral("geanonimiseerd");
const QString closedStates = QStringLiteral("('afgerond', 'ingetrokken', 'niet-in-behandeling')");

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QVariant nullable(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                    : QVariant(text.trimmed());
}

qint64 insertedRowId(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT last_insert_rowid()")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

ServiceError invalid(const QString &message)
{
    return { ServiceError::Code::Invalid, message, {} };
}

const QString ruleColumns = QStringLiteral(
    "r.id, r.code, r.category, r.trigger_event, r.period_amount, r.period_unit, r.legal_ground");

RetentionRule ruleFrom(const QSqlQuery &query, int first)
{
    RetentionRule rule;
    rule.id = query.value(first).toLongLong();
    rule.code = query.value(first + 1).toString();
    rule.category = query.value(first + 2).toString();
    rule.trigger = RetentionCodes::trigger(query.value(first + 3).toString())
                       .value_or(RetentionTrigger::Other);
    rule.period.amount = query.value(first + 4).toInt();
    rule.period.unit = RetentionCalendar::unitFromCode(query.value(first + 5).toString())
                           .value_or(RetentionUnit::Years);
    rule.legalGround = query.value(first + 6).toString();
    return rule;
}

// A code for a new rule: its category folded to [a-z0-9-], made unique by the caller.
QString codeFor(const QString &category)
{
    QString folded;
    for (QChar ch : category.normalized(QString::NormalizationForm_D).toLower()) {
        if ((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9'))
            folded += ch;
        else if ((ch.isSpace() || ch == u'-') && !folded.endsWith(u'-'))
            folded += u'-';
    }
    while (folded.endsWith(u'-'))
        folded.chop(1);
    return folded.isEmpty() ? QStringLiteral("regel") : folded;
}

const QString openHoldReason = QStringLiteral(
    "(SELECT h.reason FROM retention_holds h WHERE h.person_id = p.id AND h.released_on IS NULL "
    "ORDER BY h.id LIMIT 1)");

} // namespace

// --- codes ---

QString RetentionCodes::code(RetentionTrigger value)
{
    switch (value) {
    case RetentionTrigger::EndOfTenancy:
        return QStringLiteral("einde-huurovereenkomst");
    case RetentionTrigger::EndOfRegistration:
        return QStringLiteral("einde-inschrijving");
    case RetentionTrigger::RequestCompleted:
        return QStringLiteral("afronding-verzoek");
    case RetentionTrigger::EndOfApplication:
        return QStringLiteral("einde-sollicitatieprocedure");
    case RetentionTrigger::Recording:
        return QStringLiteral("opname");
    case RetentionTrigger::Other:
        return QStringLiteral("overig");
    }
    return {};
}

QString RetentionCodes::code(RetentionState value)
{
    switch (value) {
    case RetentionState::Active:
        return QStringLiteral("actief");
    case RetentionState::ExpiringSoon:
        return QStringLiteral("verloopt-binnenkort");
    case RetentionState::Expired:
        return QStringLiteral("verlopen");
    case RetentionState::Destroyed:
        return QStringLiteral("vernietigd");
    case RetentionState::LegalHold:
        return QStringLiteral("bewaarplicht");
    }
    return {};
}

QList<RetentionTrigger> RetentionCodes::allTriggers()
{
    return { RetentionTrigger::EndOfTenancy,     RetentionTrigger::EndOfRegistration,
             RetentionTrigger::RequestCompleted, RetentionTrigger::EndOfApplication,
             RetentionTrigger::Recording,        RetentionTrigger::Other };
}

std::optional<RetentionTrigger> RetentionCodes::trigger(QStringView text)
{
    for (RetentionTrigger value : allTriggers())
        if (text == code(value))
            return value;
    return std::nullopt;
}

QString RetentionCodes::label(RetentionTrigger value)
{
    switch (value) {
    case RetentionTrigger::EndOfTenancy:
        return tr("end of tenancy");
    case RetentionTrigger::EndOfRegistration:
        return tr("end of registration");
    case RetentionTrigger::RequestCompleted:
        return tr("request completed");
    case RetentionTrigger::EndOfApplication:
        return tr("end of application procedure");
    case RetentionTrigger::Recording:
        return tr("recording");
    case RetentionTrigger::Other:
        return tr("other event");
    }
    return {};
}

QString RetentionCodes::label(RetentionState value)
{
    switch (value) {
    case RetentionState::Active:
        return tr("Active");
    case RetentionState::ExpiringSoon:
        return tr("Expiring soon");
    case RetentionState::Expired:
        return tr("Expired: to be destroyed");
    case RetentionState::Destroyed:
        return tr("Destroyed");
    case RetentionState::LegalHold:
        return tr("Legal hold");
    }
    return {};
}

QString RetentionCodes::label(RetentionUnit unit, int amount)
{
    switch (unit) {
    case RetentionUnit::Days:
        return tr("%n day(s)", nullptr, amount);
    case RetentionUnit::Weeks:
        return tr("%n week(s)", nullptr, amount);
    case RetentionUnit::Months:
        return tr("%n month(s)", nullptr, amount);
    case RetentionUnit::Years:
        return tr("%n year(s)", nullptr, amount);
    }
    return {};
}

QString RetentionRule::periodText() const
{
    return RetentionService::tr("%1 after %2")
        .arg(RetentionCodes::label(period.unit, period.amount), RetentionCodes::label(trigger));
}

QString DestructionPlan::description() const
{
    if (caseNumbers.isEmpty())
        return RetentionService::tr("Nothing to destroy.");
    return RetentionService::tr(
               "The data subject's name, address, phone number, e-mail address and customer "
               "number are replaced; the descriptions, representatives, callback numbers and "
               "%n note(s) of the request(s) %1 are removed; the details of %2 audit events are "
               "destroyed (the events themselves stay, so the audit trail still verifies). This "
               "cannot be undone.",
               nullptr, notes)
               .arg(caseNumbers.join(QStringLiteral(", ")))
               .arg(auditEvents)
        + (attachments > 0 ? u' '
                   + RetentionService::tr("%n file(s) kept with the requests (originals, "
                                          "mandates) are destroyed; their name goes, their size "
                                          "and fingerprint stay as proof.",
                                          nullptr, attachments)
                           : QString());
}

// --- service ---

RetentionService::RetentionService(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

AuditLog RetentionService::audit() const
{
    return AuditLog(m_store.database(), m_store.info().storeId.toString(QUuid::WithoutBraces),
                    m_clock);
}

bool RetentionService::guard(const QList<QPair<QString, QString>> &fields, bool bsnOverride,
                             ServiceError *error)
{
    m_pendingOverrides.clear();
    for (const auto &[field, text] : fields) {
        if (const QString why = InputLimits::checkLength(field, text, InputLimits::maxLongText);
            !why.isEmpty()) {
            *error = invalid(why);
            return false;
        }
    }
    const BsnGuard::GuardResult result = BsnGuard::checkFields(fields, bsnOverride);
    if (!result.allowed) {
        *error = { ServiceError::Code::BsnRefused, result.message, result.findings };
        return false;
    }
    if (result.overridden) {
        m_pendingOverrides.append(result.auditPayload());
    }
    return true;
}

bool RetentionService::flushOverrides(AuditLog &log, const QString &entityType,
                                      const QString &entityId, ServiceError *error)
{
    QString auditError;
    for (const auto &pending : std::as_const(m_pendingOverrides)) {
        if (!log.append(m_store.userName(), entityType, entityId, QStringLiteral("bsn.override"),
                        pending, &auditError)) {
            m_pendingOverrides.clear();
            *error = { ServiceError::Code::Storage, auditError, {} };
            return false;
        }
    }
    m_pendingOverrides.clear();
    return true;
}

QList<RetentionRule> RetentionService::rules(ServiceError *error) const
{
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                  error))
        return {};
    QList<RetentionRule> result;
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT ") + ruleColumns
                    + QStringLiteral(" FROM retention_rules r ORDER BY r.id"))) {
        if (error) // a failed read is an error, never "no rules"
            *error = ServiceError::fromSql(query.lastError());
        return result;
    }
    while (query.next())
        result << ruleFrom(query, 0);
    return result;
}

std::optional<RetentionRule> RetentionService::rule(const QString &code, ServiceError *error) const
{
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                  error))
        return std::nullopt;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT ") + ruleColumns
                  + QStringLiteral(" FROM retention_rules r WHERE r.code = ?"));
    query.addBindValue(code);
    if (!query.exec()) {
        if (error)
            *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return ruleFrom(query, 0);
}

QString RetentionService::checkRule(const RetentionRule &rule)
{
    if (rule.category.trimmed().isEmpty())
        return tr("Enter the data category.");
    if (rule.category.trimmed().size() > 200)
        return tr("The data category is too long (at most 200 characters).");
    if (rule.period.amount <= 0)
        return tr("The retention period must be at least 1.");
    if (rule.period.amount > 36500)
        return tr("The retention period is implausibly long.");
    if (rule.isRequestFiles() && rule.trigger != RetentionTrigger::RequestCompleted)
        return tr("The rule for closed request files always runs from the completion of the "
                  "request.");
    return {};
}

std::optional<RetentionRule> RetentionService::saveRule(const RetentionRule &input,
                                                        bool bsnOverride, ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::EditRegisters,
                   QStringLiteral("retention.rule_saved"), input.code, error))
        return std::nullopt;
    if (const QString problem = checkRule(input); !problem.isEmpty()) {
        *error = invalid(problem);
        return std::nullopt;
    }
    if (!guard(
            { { tr("Data category"), input.category }, { tr("Legal ground"), input.legalGround } },
            bsnOverride, error))
        return std::nullopt;

    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return std::nullopt;
    }
    RetentionRule rule = input;
    rule.category = rule.category.trimmed();
    rule.legalGround = rule.legalGround.trimmed();
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    QSqlQuery query(db);
    QJsonObject payload;
    std::optional<RetentionRule> before;
    if (rule.id != 0) {
        query.prepare(QStringLiteral("SELECT ") + ruleColumns
                      + QStringLiteral(" FROM retention_rules r WHERE r.id = ?"));
        query.addBindValue(rule.id);
        if (!query.exec() || !query.next()) {
            *error
                = { ServiceError::Code::NotFound, tr("This retention rule no longer exists."), {} };
            return std::nullopt;
        }
        before = ruleFrom(query, 0);
        rule.code = before->code;
        if (rule.isRequestFiles() && rule.trigger != RetentionTrigger::RequestCompleted) {
            *error = invalid(checkRule(rule));
            return std::nullopt;
        }
        query.prepare(QStringLiteral(
            "UPDATE retention_rules SET category = ?, trigger_event = ?, period_amount = ?, "
            "period_unit = ?, legal_ground = ?, updated_at = ? WHERE id = ?"));
        query.addBindValue(rule.category);
        query.addBindValue(RetentionCodes::code(rule.trigger));
        query.addBindValue(rule.period.amount);
        query.addBindValue(RetentionCalendar::unitCode(rule.period.unit));
        query.addBindValue(nullable(rule.legalGround));
        query.addBindValue(now);
        query.addBindValue(rule.id);
        if (!query.exec()) {
            *error = ServiceError::fromSql(query.lastError());
            return std::nullopt;
        }
        payload = {
            { QStringLiteral("category"), QJsonArray { before->category, rule.category } },
            { QStringLiteral("trigger"),
              QJsonArray { RetentionCodes::code(before->trigger),
                           RetentionCodes::code(rule.trigger) } },
            { QStringLiteral("period"),
              QJsonArray { QStringLiteral("%1 %2")
                               .arg(before->period.amount)
                               .arg(RetentionCalendar::unitCode(before->period.unit)),
                           QStringLiteral("%1 %2")
                               .arg(rule.period.amount)
                               .arg(RetentionCalendar::unitCode(rule.period.unit)) } },
            { QStringLiteral("legal_ground"),
              QJsonArray { before->legalGround, rule.legalGround } },
        };
        // Stored items follow their rule: recompute the expiry of those not yet destroyed.
        if (!(before->period == rule.period)) {
            QSqlQuery items(db);
            items.prepare(QStringLiteral("SELECT id, trigger_date FROM retention_items WHERE "
                                         "rule_id = ? AND destroyed_on IS NULL"));
            items.addBindValue(rule.id);
            if (!items.exec()) {
                *error = ServiceError::fromSql(items.lastError());
                return std::nullopt;
            }
            QSqlQuery update(db);
            update.prepare(
                QStringLiteral("UPDATE retention_items SET expires_on = ? WHERE id = ?"));
            while (items.next()) {
                const QDate trigger = QDate::fromString(items.value(1).toString(), Qt::ISODate);
                update.addBindValue(isoDate(RetentionCalendar::expiry(trigger, rule.period)));
                update.addBindValue(items.value(0).toLongLong());
                if (!update.exec()) {
                    *error = ServiceError::fromSql(update.lastError());
                    return std::nullopt;
                }
            }
        }
    } else {
        QString code = codeFor(rule.category);
        for (int suffix = 2;; ++suffix) {
            query.prepare(QStringLiteral("SELECT count(*) FROM retention_rules WHERE code = ?"));
            query.addBindValue(code);
            if (!query.exec() || !query.next()) {
                *error = ServiceError::fromSql(query.lastError());
                return std::nullopt;
            }
            if (query.value(0).toInt() == 0)
                break;
            code = codeFor(rule.category) + u'-' + QString::number(suffix);
        }
        rule.code = code;
        if (rule.isRequestFiles()) {
            *error = invalid(tr("There is already a rule for closed request files."));
            return std::nullopt;
        }
        query.prepare(QStringLiteral(
            "INSERT INTO retention_rules (code, category, trigger_event, period_amount, "
            "period_unit, legal_ground, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(rule.code);
        query.addBindValue(rule.category);
        query.addBindValue(RetentionCodes::code(rule.trigger));
        query.addBindValue(rule.period.amount);
        query.addBindValue(RetentionCalendar::unitCode(rule.period.unit));
        query.addBindValue(nullable(rule.legalGround));
        query.addBindValue(now);
        query.addBindValue(now);
        if (!query.exec()) {
            *error = ServiceError::fromSql(query.lastError());
            return std::nullopt;
        }
        rule.id = insertedRowId(db);
        payload = { { QStringLiteral("category"), rule.category },
                    { QStringLiteral("trigger"), RetentionCodes::code(rule.trigger) },
                    { QStringLiteral("period"),
                      QStringLiteral("%1 %2")
                          .arg(rule.period.amount)
                          .arg(RetentionCalendar::unitCode(rule.period.unit)) },
                    { QStringLiteral("legal_ground"), rule.legalGround } };
    }
    AuditLog log = audit();
    QString auditError;
    if (!log.append(m_store.userName(), ruleEntity, rule.code,
                    before ? QStringLiteral("retention.rule.changed")
                           : QStringLiteral("retention.rule.created"),
                    payload, &auditError)) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return std::nullopt;
    }
    if (!flushOverrides(log, ruleEntity, rule.code, error))
        return std::nullopt;
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return std::nullopt;
    }
    return rule;
}

namespace {

std::optional<qint64> idFrom(QSqlQuery &query, ServiceError *error)
{
    if (!query.exec()) {
        if (error)
            *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

} // namespace

std::optional<qint64> RetentionService::personByKlantnummer(const QString &klantnummer,
                                                            ServiceError *error) const
{
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT id FROM persons WHERE klantnummer = ? AND anonymised_at IS NULL"));
    query.addBindValue(klantnummer.trimmed());
    return idFrom(query, error);
}

std::optional<qint64> RetentionService::personByCase(const QString &caseNumber,
                                                     ServiceError *error) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT person_id FROM cases WHERE number = ?"));
    query.addBindValue(caseNumber.trimmed().toUpper());
    return idFrom(query, error);
}

std::optional<RetentionItem> RetentionService::setItem(qint64 personId, const QString &ruleCode,
                                                       QDate trigger, ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::EditRegisters,
                   QStringLiteral("retention.item_set"), QString::number(personId), error))
        return std::nullopt;
    ServiceError readError; // *error may hold an earlier call's error: judge this read alone
    const auto found = rule(ruleCode, &readError);
    if (readError.isError()) {
        *error = readError;
        return std::nullopt;
    }
    if (!found) {
        *error = { ServiceError::Code::NotFound,
                   tr("There is no retention rule %1.").arg(ruleCode),
                   {} };
        return std::nullopt;
    }
    if (found->isRequestFiles()) {
        *error = invalid(tr("Closed request files follow from the requests themselves."));
        return std::nullopt;
    }
    if (!trigger.isValid()) {
        *error = invalid(tr("Enter the date of the event the retention period runs from."));
        return std::nullopt;
    }
    if (const QString why
        = InputLimits::checkDate(tr("The date the retention period runs from"), trigger);
        !why.isEmpty()) {
        *error = invalid(why);
        return std::nullopt;
    }
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return std::nullopt;
    }
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT count(*) FROM persons WHERE id = ? AND anonymised_at IS NULL"));
    query.addBindValue(personId);
    if (!query.exec() || !query.next() || query.value(0).toInt() != 1) {
        *error = { ServiceError::Code::NotFound, tr("The data subject no longer exists."), {} };
        return std::nullopt;
    }
    const QDate expires = RetentionCalendar::expiry(trigger, found->period);
    query.prepare(QStringLiteral("SELECT id, trigger_date, destroyed_on FROM retention_items "
                                 "WHERE person_id = ? AND rule_id = ?"));
    query.addBindValue(personId);
    query.addBindValue(found->id);
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    QJsonObject payload { { QStringLiteral("rule"), found->code },
                          { QStringLiteral("expires"), isoDate(expires) } };
    qint64 itemId = 0;
    if (query.next()) {
        if (!query.value(2).isNull()) {
            *error = invalid(tr("This data has already been destroyed."));
            return std::nullopt;
        }
        itemId = query.value(0).toLongLong();
        payload.insert(QStringLiteral("trigger"),
                       QJsonArray { query.value(1).toString(), isoDate(trigger) });
        query.prepare(QStringLiteral(
            "UPDATE retention_items SET trigger_date = ?, expires_on = ? WHERE id = ?"));
        query.addBindValue(isoDate(trigger));
        query.addBindValue(isoDate(expires));
        query.addBindValue(itemId);
    } else {
        payload.insert(QStringLiteral("trigger"), isoDate(trigger));
        query.prepare(QStringLiteral(
            "INSERT INTO retention_items (person_id, rule_id, trigger_date, expires_on, "
            "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(personId);
        query.addBindValue(found->id);
        query.addBindValue(isoDate(trigger));
        query.addBindValue(isoDate(expires));
        query.addBindValue(m_clock.now().toString(Qt::ISODateWithMs));
        query.addBindValue(m_store.userName());
    }
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    if (itemId == 0)
        itemId = insertedRowId(db);
    AuditLog log = audit();
    QString auditError;
    if (!log.append(m_store.userName(), personEntity, QString::number(personId),
                    QStringLiteral("retention.item.set"), payload, &auditError)) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return std::nullopt;
    }
    // Read back inside the transaction: a failed read undoes the change instead of reporting a
    // saved item as not saved (or the other way round).
    const QList<RetentionItem> items
        = itemsFor(personId, m_clock.today(), defaultWithinDays, &readError);
    if (readError.isError()) {
        *error = readError;
        return std::nullopt;
    }
    const auto saved
        = std::find_if(items.cbegin(), items.cend(),
                       [itemId](const RetentionItem &item) { return item.id == itemId; });
    if (saved == items.cend()) {
        *error = ServiceError(ServiceError::Code::Storage,
                              tr("The retention item could not be read back after saving."));
        return std::nullopt;
    }
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return std::nullopt;
    }
    return *saved;
}

RetentionState RetentionService::stateOn(QDate expires, QDate on, int withinDays, bool held,
                                         bool destroyed)
{
    if (destroyed)
        return RetentionState::Destroyed;
    if (held)
        return RetentionState::LegalHold;
    if (expires <= on)
        return RetentionState::Expired;
    if (expires <= on.addDays(withinDays))
        return RetentionState::ExpiringSoon;
    return RetentionState::Active;
}

namespace {

const QString itemSelect
    = QStringLiteral(
          "SELECT i.id, i.person_id, p.klantnummer, p.name, i.trigger_date, i.expires_on, "
          "i.destroyed_on, i.destroyed_method, i.destroyed_by, ")
    + openHoldReason + QStringLiteral(", ") + ruleColumns
    + QStringLiteral(" FROM retention_items i JOIN persons p ON p.id = i.person_id "
                     "JOIN retention_rules r ON r.id = i.rule_id ");

RetentionItem itemFrom(const QSqlQuery &query, QDate on, int withinDays)
{
    RetentionItem item;
    item.id = query.value(0).toLongLong();
    item.personId = query.value(1).toLongLong();
    item.klantnummer = query.value(2).toString();
    item.name = query.value(3).toString();
    item.trigger = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    item.expires = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    item.destroyedOn = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    item.destroyedMethod = query.value(7).toString();
    item.destroyedBy = query.value(8).toString();
    item.holdReason = query.value(9).toString();
    item.rule = ruleFrom(query, 10);
    item.state = RetentionService::stateOn(item.expires, on, withinDays, !query.isNull(9),
                                           item.destroyedOn.isValid());
    return item;
}

} // namespace

QList<RetentionItem> RetentionService::itemsFor(qint64 personId, QDate on, int withinDays,
                                                ServiceError *error) const
{
    ServiceError failure; // judged alone: *error may hold an earlier call's error
    const auto report = qScopeGuard([&failure, error] {
        if (error && failure.isError())
            *error = failure;
    });
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                  &failure))
        return {};
    QList<RetentionItem> result;
    QSqlDatabase db = m_store.database();
    QSqlQuery query(db);
    query.prepare(itemSelect + QStringLiteral("WHERE i.person_id = ? ORDER BY i.expires_on, i.id"));
    query.addBindValue(personId);
    if (!query.exec()) {
        failure = ServiceError::fromSql(query.lastError());
        return {};
    }
    while (query.next())
        result << itemFrom(query, on, withinDays);
    // The computed request-files item, when every request of the person is closed.
    const auto files = rule(QLatin1StringView(RetentionRule::requestFilesCode), &failure);
    if (failure.isError())
        return {};
    if (!files)
        return result;
    query.prepare(QStringLiteral("SELECT p.id, p.klantnummer, p.name, MAX(COALESCE(c.answered_on, "
                                 "substr(c.closed_at, 1, 10))), ")
                  + openHoldReason
                  + QStringLiteral(" FROM cases c JOIN persons p ON p.id = c.person_id "
                                   "WHERE p.id = ? AND p.anonymised_at IS NULL GROUP BY p.id, "
                                   "p.klantnummer, p.name HAVING SUM(CASE WHEN c.state IN ")
                  + closedStates + QStringLiteral(" THEN 0 ELSE 1 END) = 0"));
    query.addBindValue(personId);
    if (!query.exec()) {
        failure = ServiceError::fromSql(query.lastError());
        return {};
    }
    if (query.next()) {
        RetentionItem item;
        item.personId = personId;
        item.klantnummer = query.value(1).toString();
        item.name = query.value(2).toString();
        item.rule = *files;
        item.trigger = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        item.expires = RetentionCalendar::expiry(item.trigger, files->period);
        item.holdReason = query.value(4).toString();
        item.state = stateOn(item.expires, on, withinDays, !query.isNull(4), false);
        QSqlQuery numbers(db);
        numbers.prepare(QStringLiteral("SELECT number FROM cases WHERE person_id = ? ORDER BY id"));
        numbers.addBindValue(personId);
        if (!numbers.exec()) {
            failure = ServiceError::fromSql(numbers.lastError());
            return {};
        }
        while (numbers.next())
            item.caseNumbers << numbers.value(0).toString();
        result << item;
    }
    return result;
}

namespace {

// The two statements behind RetentionService::due and countDue: stored items, and the
// request-file items computed per person. Both read indexes of migration 0009 where they can.
struct DueStatements
{
    QString stored;
    QVariantList storedValues;
    QString computed; // empty: the request-files rule is excluded
    QVariantList computedValues;
};

DueStatements dueStatements(const DueQuery &q, const std::optional<RetentionRule> &files,
                            bool counting, const QString &limit)
{
    DueStatements d;
    const QDate until = q.on.addDays(std::max(0, q.withinDays));
    const QString on = isoDate(q.on);
    // The persons under a hold open now, or (asOfOn) open on `on`: placed by then and not yet
    // released. A short list that SQLite builds once per statement.
    const QString held = q.asOfOn
        ? QStringLiteral("(SELECT h.person_id FROM retention_holds h WHERE h.placed_on <= ? AND "
                         "(h.released_on IS NULL OR h.released_on > ?))")
        : QStringLiteral("(SELECT h.person_id FROM retention_holds h WHERE h.released_on IS "
                         "NULL)");
    const QVariantList heldValues = q.asOfOn ? QVariantList { on, on } : QVariantList {};
    const QString holdReason = QStringLiteral("(SELECT h.reason FROM retention_holds h WHERE "
                                              "h.person_id = p.id AND ")
        + (q.asOfOn ? QStringLiteral("h.placed_on <= ? AND (h.released_on IS NULL OR "
                                     "h.released_on > ?)")
                    : QStringLiteral("h.released_on IS NULL"))
        + QStringLiteral(" ORDER BY h.id LIMIT 1)");

    // Stored items, by expiry.
    if (counting) {
        d.stored = QStringLiteral("SELECT count(*) FROM retention_items i JOIN retention_rules r "
                                  "ON r.id = i.rule_id WHERE ");
    } else {
        d.stored
            = QStringLiteral("SELECT i.id, i.person_id, p.klantnummer, p.name, i.trigger_date, "
                             "i.expires_on, i.destroyed_on, i.destroyed_method, i.destroyed_by, ")
            + holdReason + QStringLiteral(", ") + ruleColumns
            + QStringLiteral(" FROM retention_items i JOIN persons p ON p.id = i.person_id "
                             "JOIN retention_rules r ON r.id = i.rule_id WHERE ");
        d.storedValues << heldValues;
    }
    if (q.asOfOn) {
        d.stored += QStringLiteral("(i.destroyed_on IS NULL OR i.destroyed_on > ?)");
        d.storedValues << on;
    } else {
        d.stored += QStringLiteral("i.destroyed_on IS NULL");
    }
    d.stored += QStringLiteral(" AND i.expires_on <= ?");
    d.storedValues << isoDate(until);
    if (!q.includeExpired) {
        d.stored += QStringLiteral(" AND i.expires_on > ?");
        d.storedValues << on;
    }
    if (q.from.isValid()) {
        d.stored += QStringLiteral(" AND i.expires_on >= ?");
        d.storedValues << isoDate(q.from);
    }
    if (!q.ruleCode.isEmpty()) {
        d.stored += QStringLiteral(" AND r.code = ?");
        d.storedValues << q.ruleCode;
    }
    if (!q.includeHeld) {
        d.stored += QStringLiteral(" AND i.person_id NOT IN ") + held;
        d.storedValues << heldValues;
    }
    if (!counting)
        d.stored += QStringLiteral(" ORDER BY i.expires_on, i.id") + limit;

    // Computed request-file items: per person whose requests are all answered (or closed), the
    // last answer is the trigger; range-limited through latestTriggerExpiringBy. Closed means
    // closed_at is set (CaseService sets it with every closing state and clears it on reopening),
    // so that cases_person_closed answers the grouping without reading the cases.
    if (!files || (!q.ruleCode.isEmpty() && q.ruleCode != files->code))
        return d;
    const QString closed = QStringLiteral("COALESCE(c.answered_on, substr(c.closed_at, 1, 10))");
    QString inner = QStringLiteral("SELECT c.person_id AS person, MAX(") + closed
        + QStringLiteral(") AS t FROM cases c");
    QVariantList innerValues;
    if (q.asOfOn) {
        // As it stood on `on`: the requests received by then, all answered by then.
        inner += QStringLiteral(" WHERE c.received_date <= ? GROUP BY c.person_id HAVING "
                                "SUM(CASE WHEN c.closed_at IS NOT NULL AND ")
            + closed + QStringLiteral(" <= ? THEN 0 ELSE 1 END) = 0");
        innerValues << on << on;
    } else {
        inner += QStringLiteral(" GROUP BY c.person_id HAVING SUM(CASE WHEN c.closed_at IS NOT "
                                "NULL THEN 0 ELSE 1 END) = 0");
    }
    inner += QStringLiteral(" AND MAX(") + closed + QStringLiteral(") <= ?");
    innerValues << isoDate(RetentionCalendar::latestTriggerExpiringBy(until, files->period));
    if (!q.includeExpired) {
        inner += QStringLiteral(" AND MAX(") + closed + QStringLiteral(") > ?");
        innerValues << isoDate(RetentionCalendar::latestTriggerExpiringBy(q.on, files->period));
    }
    if (q.from.isValid()) {
        inner += QStringLiteral(" AND MAX(") + closed + QStringLiteral(") > ?");
        innerValues << isoDate(
            RetentionCalendar::latestTriggerExpiringBy(q.from.addDays(-1), files->period));
    }
    // Not anonymised (by `on`): the anonymised persons are a short list (persons_anonymised).
    const QString anonymised = q.asOfOn
        ? QStringLiteral("(SELECT a.id FROM persons a WHERE a.anonymised_at IS NOT NULL AND "
                         "substr(a.anonymised_at, 1, 10) <= ?)")
        : QStringLiteral("(SELECT a.id FROM persons a WHERE a.anonymised_at IS NOT NULL)");
    const QVariantList anonymisedValues = q.asOfOn ? QVariantList { on } : QVariantList {};
    if (counting) {
        d.computed = QStringLiteral("SELECT count(*) FROM (") + inner;
    } else {
        d.computed = QStringLiteral("SELECT p.id, p.klantnummer, p.name, g.t, ") + holdReason
            + QStringLiteral(" FROM (") + inner;
        d.computedValues << heldValues;
    }
    d.computed += QStringLiteral(") g ");
    d.computedValues << innerValues;
    if (!counting)
        d.computed += QStringLiteral("JOIN persons p ON p.id = g.person ");
    d.computed += QStringLiteral("WHERE g.person NOT IN ") + anonymised;
    d.computedValues << anonymisedValues;
    if (!q.includeHeld) {
        d.computed += QStringLiteral(" AND g.person NOT IN ") + held;
        d.computedValues << heldValues;
    }
    if (!counting)
        d.computed += QStringLiteral(" ORDER BY g.t, p.id") + limit;
    return d;
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

} // namespace

QList<RetentionItem> RetentionService::due(const DueQuery &q, ServiceError *error) const
{
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                  error))
        return {};
    QList<RetentionItem> result;
    if (!q.on.isValid())
        return result;
    ServiceError failure; // judged alone: *error may hold an earlier call's error
    const auto report = qScopeGuard([&failure, error] {
        if (error && failure.isError())
            *error = failure;
    });
    const qint64 wanted = q.limit < 0 ? -1 : qint64 { q.offset } + q.limit;
    const QString limit = wanted < 0 ? QString() : QStringLiteral(" LIMIT %1").arg(wanted);
    const auto files = rule(QLatin1StringView(RetentionRule::requestFilesCode), &failure);
    if (failure.isError())
        return {};
    const DueStatements statements = dueStatements(q, files, false, limit);
    QSqlDatabase db = m_store.database();

    // A failed read is an error, never "nothing due": the dashboard and the CLI act on this.
    QSqlQuery query(db);
    query.prepare(statements.stored);
    bindAll(query, statements.storedValues);
    if (!query.exec()) {
        failure = ServiceError::fromSql(query.lastError());
        return {};
    }
    while (query.next()) {
        RetentionItem item = itemFrom(query, q.on, q.withinDays);
        if (q.asOfOn && item.destroyedOn > q.on) // not yet destroyed then
            item.state = stateOn(item.expires, q.on, q.withinDays, !query.isNull(9), false);
        result << item;
    }

    if (!statements.computed.isEmpty()) {
        query.prepare(statements.computed);
        bindAll(query, statements.computedValues);
        QList<RetentionItem> computed;
        if (!query.exec()) {
            failure = ServiceError::fromSql(query.lastError());
            return {};
        }
        while (query.next()) {
            RetentionItem item;
            item.personId = query.value(0).toLongLong();
            item.klantnummer = query.value(1).toString();
            item.name = query.value(2).toString();
            item.rule = *files;
            item.trigger = QDate::fromString(query.value(3).toString(), Qt::ISODate);
            item.expires = RetentionCalendar::expiry(item.trigger, files->period);
            item.holdReason = query.value(4).toString();
            item.state = stateOn(item.expires, q.on, q.withinDays, !query.isNull(4), false);
            computed << item;
        }
        // Merge the two ordered lists by expiry.
        QList<RetentionItem> merged;
        merged.reserve(result.size() + computed.size());
        std::merge(result.cbegin(), result.cend(), computed.cbegin(), computed.cend(),
                   std::back_inserter(merged), [](const RetentionItem &a, const RetentionItem &b) {
                       return a.expires < b.expires;
                   });
        result = std::move(merged);
    }
    if (q.offset > 0)
        result.remove(0, std::min<qsizetype>(q.offset, result.size()));
    if (q.limit >= 0 && result.size() > q.limit)
        result.resize(q.limit);

    // Case numbers for the request-file items on this page.
    QSqlQuery numbers(db);
    numbers.prepare(QStringLiteral("SELECT number FROM cases WHERE person_id = ? ORDER BY id"));
    for (RetentionItem &item : result) {
        if (item.id != 0)
            continue;
        numbers.addBindValue(item.personId);
        if (!numbers.exec()) {
            failure = ServiceError::fromSql(numbers.lastError());
            return {};
        }
        while (numbers.next())
            item.caseNumbers << numbers.value(0).toString();
    }
    return result;
}

int RetentionService::countDue(const DueQuery &q, ServiceError *error) const
{
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                  error))
        return 0;
    if (!q.on.isValid())
        return 0;
    ServiceError readError;
    const auto files = rule(QLatin1StringView(RetentionRule::requestFilesCode), &readError);
    if (readError.isError()) {
        if (error)
            *error = readError;
        return 0;
    }
    const DueStatements statements = dueStatements(q, files, true, {});
    QSqlQuery query(m_store.database());
    const auto countOf = [&](const QString &sql, const QVariantList &values) -> std::optional<int> {
        query.prepare(sql);
        bindAll(query, values);
        if (!query.exec() || !query.next()) {
            if (error)
                *error = ServiceError::fromSql(query.lastError());
            return std::nullopt;
        }
        return query.value(0).toInt();
    };
    const auto stored = countOf(statements.stored, statements.storedValues);
    if (!stored)
        return 0;
    if (statements.computed.isEmpty())
        return *stored;
    const auto computed = countOf(statements.computed, statements.computedValues);
    return computed ? *stored + *computed : 0;
}

// --- legal holds ---

bool RetentionService::placeHold(qint64 personId, const QString &reason, bool bsnOverride,
                                 ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::EditRegisters,
                   QStringLiteral("retention.hold_placed"), QString::number(personId), error))
        return false;
    if (reason.trimmed().isEmpty()) {
        *error = invalid(tr("Enter the reason for the legal hold, for example an open complaint "
                            "at the Autoriteit Persoonsgegevens."));
        return false;
    }
    if (!guard({ { tr("Reason for the legal hold"), reason } }, bsnOverride, error))
        return false;
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT count(*) FROM persons WHERE id = ? AND anonymised_at IS NULL"));
    query.addBindValue(personId);
    if (!query.exec() || !query.next() || query.value(0).toInt() != 1) {
        *error = { ServiceError::Code::NotFound, tr("The data subject no longer exists."), {} };
        return false;
    }
    ServiceError readError;
    if (holdFor(personId, &readError) || readError.isError()) {
        *error = readError.isError()
            ? readError
            : invalid(tr("This data subject is already under a legal hold."));
        return false;
    }
    query.prepare(QStringLiteral("INSERT INTO retention_holds (person_id, reason, placed_on, "
                                 "placed_by) VALUES (?, ?, ?, ?)"));
    query.addBindValue(personId);
    query.addBindValue(reason.trimmed());
    query.addBindValue(isoDate(m_clock.today()));
    query.addBindValue(m_store.userName());
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    AuditLog log = audit();
    QString auditError;
    if (!log.append(m_store.userName(), personEntity, QString::number(personId),
                    QStringLiteral("retention.hold.placed"),
                    { { QStringLiteral("reason"), reason.trimmed() } }, &auditError)) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return false;
    }
    if (!flushOverrides(log, personEntity, QString::number(personId), error))
        return false;
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    return true;
}

bool RetentionService::releaseHold(qint64 personId, ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::EditRegisters,
                   QStringLiteral("retention.hold_released"), QString::number(personId), error))
        return false;
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    ServiceError readError;
    if (!holdFor(personId, &readError)) {
        *error = readError.isError() ? readError
                                     : invalid(tr("This data subject is not under a legal hold."));
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE retention_holds SET released_on = ?, released_by = ? "
                                 "WHERE person_id = ? AND released_on IS NULL"));
    query.addBindValue(isoDate(m_clock.today()));
    query.addBindValue(m_store.userName());
    query.addBindValue(personId);
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    AuditLog log = audit();
    QString auditError;
    if (!log.append(m_store.userName(), personEntity, QString::number(personId),
                    QStringLiteral("retention.hold.released"), {}, &auditError)) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return false;
    }
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    return true;
}

namespace {

const QString holdSelect = QStringLiteral(
    "SELECT h.id, h.person_id, p.klantnummer, p.name, h.reason, h.placed_on, h.placed_by "
    "FROM retention_holds h JOIN persons p ON p.id = h.person_id WHERE h.released_on IS NULL ");

LegalHold holdFrom(const QSqlQuery &query)
{
    return { query.value(0).toLongLong(), query.value(1).toLongLong(),
             query.value(2).toString(),   query.value(3).toString(),
             query.value(4).toString(),   QDate::fromString(query.value(5).toString(), Qt::ISODate),
             query.value(6).toString() };
}

} // namespace

QList<LegalHold> RetentionService::holds(ServiceError *error) const
{
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                  error))
        return {};
    QList<LegalHold> result;
    QSqlQuery query(m_store.database());
    if (!query.exec(holdSelect + QStringLiteral("ORDER BY h.placed_on, h.id"))) {
        if (error)
            *error = ServiceError::fromSql(query.lastError());
        return {};
    }
    while (query.next())
        result << holdFrom(query);
    return result;
}

QList<LegalHold> RetentionService::holdsOn(QDate on, ServiceError *error) const
{
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                  error))
        return {};
    QList<LegalHold> result;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "SELECT h.id, h.person_id, p.klantnummer, p.name, h.reason, h.placed_on, h.placed_by "
        "FROM retention_holds h JOIN persons p ON p.id = h.person_id WHERE h.placed_on <= ? "
        "AND (h.released_on IS NULL OR h.released_on > ?) ORDER BY h.placed_on, h.id"));
    query.addBindValue(isoDate(on));
    query.addBindValue(isoDate(on));
    if (!query.exec()) {
        if (error)
            *error = ServiceError::fromSql(query.lastError());
        return {};
    }
    while (query.next())
        result << holdFrom(query);
    return result;
}

std::optional<LegalHold> RetentionService::holdFor(qint64 personId, ServiceError *error) const
{
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                  error))
        return std::nullopt;
    QSqlQuery query(m_store.database());
    query.prepare(holdSelect + QStringLiteral("AND h.person_id = ? ORDER BY h.id LIMIT 1"));
    query.addBindValue(personId);
    if (!query.exec()) {
        if (error)
            *error = ServiceError::fromSql(query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return holdFrom(query);
}

// --- destruction ---

bool RetentionService::recordItemDestroyed(qint64 itemId, const QString &method, bool bsnOverride,
                                           ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::EditRegisters,
                   QStringLiteral("retention.item_destroyed"), QString::number(itemId), error))
        return false;
    if (method.trimmed().isEmpty()) {
        *error = invalid(tr("Enter how the data was destroyed."));
        return false;
    }
    if (!guard({ { tr("Method"), method } }, bsnOverride, error))
        return false;
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    QSqlQuery query(db);
    query.prepare(itemSelect + QStringLiteral("WHERE i.id = ?"));
    query.addBindValue(itemId);
    if (!query.exec() || !query.next()) {
        *error = { ServiceError::Code::NotFound, tr("This retention item no longer exists."), {} };
        return false;
    }
    const QDate today = m_clock.today();
    const RetentionItem item = itemFrom(query, today, 0);
    if (item.state == RetentionState::Destroyed) {
        *error = invalid(tr("This data has already been destroyed."));
        return false;
    }
    if (item.state == RetentionState::LegalHold) {
        *error = invalid(tr("This data is under a legal hold and may not be destroyed: %1")
                             .arg(item.holdReason));
        return false;
    }
    query.prepare(QStringLiteral("UPDATE retention_items SET destroyed_on = ?, destroyed_method = "
                                 "?, destroyed_by = ? WHERE id = ?"));
    query.addBindValue(isoDate(today));
    query.addBindValue(method.trimmed());
    query.addBindValue(m_store.userName());
    query.addBindValue(itemId);
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    const QString subject = QStringLiteral("P-%1").arg(item.personId);
    const QString what = QStringLiteral("%1 (buiten Privacydesk)").arg(item.rule.category);
    AuditLog log = audit();
    QString auditError;
    if (!log.append(m_store.userName(), personEntity, QString::number(item.personId),
                    QStringLiteral("retention.destroyed"),
                    { { QStringLiteral("rule"), item.rule.code },
                      { QStringLiteral("method"), method.trimmed() },
                      { QStringLiteral("expired_on"), isoDate(item.expires) } },
                    &auditError)
        || !flushOverrides(log, personEntity, QString::number(item.personId), error)) {
        if (!auditError.isEmpty())
            *error = { ServiceError::Code::Storage, auditError, {} };
        return false;
    }
    query.prepare(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"));
    if (!query.exec() || !query.next()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    const qint64 seq = query.value(0).toLongLong();
    const QString proof = QString::fromLatin1(query.value(1).toByteArray().toHex());
    query.prepare(QStringLiteral(
        "INSERT INTO retention_destructions (destroyed_at, destroyed_on, destroyed_by, method, "
        "kind, rule_id, rule_text, subject_ref, case_numbers, expired_on, what, audit_seq, "
        "proof_hash) VALUES (?, ?, ?, ?, 'item', ?, ?, ?, NULL, ?, ?, ?, ?)"));
    query.addBindValue(m_clock.now().toString(Qt::ISODateWithMs));
    query.addBindValue(isoDate(today));
    query.addBindValue(m_store.userName());
    query.addBindValue(method.trimmed());
    query.addBindValue(item.rule.id);
    query.addBindValue(QStringLiteral("%1: %2 %3 na %4")
                           .arg(item.rule.category)
                           .arg(item.rule.period.amount)
                           .arg(RetentionCalendar::unitCode(item.rule.period.unit),
                                RetentionCodes::code(item.rule.trigger)));
    query.addBindValue(subject);
    query.addBindValue(isoDate(item.expires));
    query.addBindValue(what);
    query.addBindValue(seq);
    query.addBindValue(proof);
    if (!query.exec()) {
        *error = ServiceError::fromSql(query.lastError());
        return false;
    }
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    return true;
}

DestructionPlan RetentionService::planDestruction(qint64 personId) const
{
    DestructionPlan plan;
    plan.personId = personId;
    if (ServiceError denied; !readable(m_store, m_clock, Permission::ViewRegisters,
                                       QStringLiteral("retention.read"), {}, &denied)) {
        plan.blocker = denied.message; // what a caller shows before it destroys anything
        return plan;
    }
    QSqlDatabase db = m_store.database();
    QSqlQuery query(db);
    // A failed read blocks: nothing is destroyed on a plan that could not be made, and the
    // dialog never shows "0 notes" because a count failed.
    const auto readFailed = [&plan](const QSqlQuery &failed) {
        plan.failure = ServiceError::fromSql(failed.lastError());
        plan.blocker = plan.failure.message;
        return plan;
    };
    query.prepare(
        QStringLiteral("SELECT klantnummer, name, anonymised_at FROM persons WHERE id = ?"));
    query.addBindValue(personId);
    if (!query.exec())
        return readFailed(query);
    if (!query.next()) {
        plan.blocker = tr("The data subject no longer exists.");
        return plan;
    }
    plan.klantnummer = query.value(0).toString();
    plan.name = query.value(1).toString();
    if (!query.isNull(2)) {
        plan.blocker = tr("The request files of this data subject have already been destroyed.");
        return plan;
    }
    query.prepare(
        QStringLiteral("SELECT number, state FROM cases WHERE person_id = ? ORDER BY id"));
    query.addBindValue(personId);
    QStringList open;
    if (!query.exec())
        return readFailed(query);
    while (query.next()) {
        plan.caseNumbers << query.value(0).toString();
        const QString state = query.value(1).toString();
        if (!closedStates.contains(u'\'' + state + u'\''))
            open << query.value(0).toString();
    }
    const auto count = [&](const QString &sql, const QVariantList &values) -> std::optional<int> {
        query.prepare(sql);
        bindAll(query, values);
        if (!query.exec() || !query.next())
            return std::nullopt;
        return query.value(0).toInt();
    };
    const auto notes = count(QStringLiteral("SELECT count(*) FROM case_notes n JOIN cases c ON "
                                            "c.id = n.case_id WHERE c.person_id = ?"),
                             { personId });
    if (!notes)
        return readFailed(query);
    plan.notes = *notes;
    const auto attachments
        = count(QStringLiteral("SELECT count(*) FROM case_attachments a JOIN cases c ON c.id = "
                               "a.case_id WHERE c.person_id = ? AND a.destroyed_at IS NULL"),
                { personId });
    if (!attachments)
        return readFailed(query);
    plan.attachments = *attachments;
    const auto events = count(
        QStringLiteral("SELECT count(*) FROM audit_events WHERE payload IS NOT NULL AND "
                       "((entity_type = 'person' AND entity_id = ?) OR (entity_type = 'case' "
                       "AND entity_id IN (SELECT number FROM cases WHERE person_id = ?)))"),
        { QString::number(personId), personId });
    if (!events)
        return readFailed(query);
    plan.auditEvents = *events;

    if (plan.caseNumbers.isEmpty()) {
        plan.blocker = tr("This data subject has no request files.");
        return plan;
    }
    if (!open.isEmpty()) {
        plan.blocker = tr("The request(s) %1 are still open.").arg(open.join(QStringLiteral(", ")));
        return plan;
    }
    ServiceError failure;
    const auto hold = holdFor(personId, &failure);
    if (!failure.isError() && hold) {
        plan.blocker
            = tr("Destruction is blocked by a legal hold since %1: %2")
                  .arg(QLocale().toString(hold->placedOn, QLocale::ShortFormat), hold->reason);
        return plan;
    }
    const QDate today = m_clock.today();
    const QList<RetentionItem> items
        = failure.isError() ? QList<RetentionItem> {} : itemsFor(personId, today, 0, &failure);
    if (failure.isError()) {
        plan.failure = failure;
        plan.blocker = failure.message;
        return plan;
    }
    for (const RetentionItem &item : items) {
        if (item.id == 0) {
            plan.expires = item.expires;
            if (item.expires > today)
                plan.blocker = tr("The retention period of these request files runs until %1.")
                                   .arg(QLocale().toString(item.expires, QLocale::ShortFormat));
        } else if (item.state != RetentionState::Destroyed) {
            // The person record is also what the organisation's other retention items point to.
            plan.blocker = tr("Other data of this data subject is still kept (%1, until %2): "
                              "record its destruction first.")
                               .arg(item.rule.category,
                                    QLocale().toString(item.expires, QLocale::ShortFormat));
        }
        if (!plan.blocker.isEmpty())
            break;
    }
    return plan;
}

namespace {

// PRAGMA wal_checkpoint(TRUNCATE) until its row says busy = 0 and every frame of the log was
// copied back (log = checkpointed): another connection in a read transaction keeps the log in
// use, and with it the old page images. A few short tries; false with why when it stays busy.
bool truncateWriteAheadLog(const QSqlDatabase &db, QString *why)
{
    constexpr int attempts = 5;
    constexpr int pauseMs = 100;
    QSqlQuery query(db);
    int previousTimeout = -1;
    if (query.exec(QStringLiteral("PRAGMA busy_timeout")) && query.next())
        previousTimeout = query.value(0).toInt();
    query.finish();
    // Each try waits for readers only briefly: the retries below are the waiting.
    if (!query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(pauseMs)))
        previousTimeout = -1;
    bool emptied = false;
    QString failure;
    for (int attempt = 0; attempt < attempts && !emptied; ++attempt) {
        if (attempt > 0)
            QThread::msleep(pauseMs);
        if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next()) {
            failure = query.lastError().text();
            continue;
        }
        const int busy = query.value(0).toInt();
        const int log = query.value(1).toInt();
        const int checkpointed = query.value(2).toInt();
        query.finish();
        emptied = busy == 0 && log == checkpointed;
        if (!emptied)
            failure = QStringLiteral("busy=%1 log=%2 checkpointed=%3")
                          .arg(busy)
                          .arg(log)
                          .arg(checkpointed);
    }
    if (previousTimeout >= 0)
        query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(previousTimeout));
    if (!emptied)
        *why = failure;
    return emptied;
}

} // namespace

std::optional<DestructionRecord> RetentionService::destroyRequestFiles(qint64 personId,
                                                                       const QString &method,
                                                                       bool bsnOverride,
                                                                       ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::EditRegisters,
                   QStringLiteral("retention.request_files_destroyed"), QString::number(personId),
                   error))
        return std::nullopt;
    const QString how = method.trimmed().isEmpty()
        ? QStringLiteral("geanonimiseerd en auditdetails vernietigd in Privacydesk")
        : method.trimmed();
    if (!guard({ { tr("Method"), how } }, bsnOverride, error))
        return std::nullopt;
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return std::nullopt;
    }
    const DestructionPlan plan = planDestruction(personId);
    if (!plan.blocker.isEmpty()) {
        *error = plan.failure.isError() ? plan.failure : invalid(plan.blocker);
        return std::nullopt;
    }
    ServiceError readError;
    const auto files = rule(QLatin1StringView(RetentionRule::requestFilesCode), &readError);
    if (readError.isError()) {
        *error = readError;
        return std::nullopt;
    }
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    const QDate today = m_clock.today();
    QSqlQuery query(db);
    const auto run = [&](const QString &sql, const QVariantList &values) {
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (query.exec())
            return true;
        *error = ServiceError::fromSql(query.lastError());
        return false;
    };
    const QString ofPerson = QStringLiteral("(SELECT id FROM cases WHERE person_id = ?)");
    if (!run(QStringLiteral("DELETE FROM case_notes WHERE case_id IN ") + ofPerson, { personId })
        || !run(QStringLiteral("UPDATE cases SET representative = NULL, description = NULL, "
                               "callback_phone = NULL, extension_reason = NULL, answer_channel "
                               "= NULL, motivation = NULL, no_identification_reason = NULL, "
                               "updated_at = ? WHERE person_id = ?"),
                { now, personId })
        || !run(QStringLiteral("UPDATE case_decisions SET motivation = NULL, granted = NULL "
                               "WHERE case_id IN ")
                    + ofPerson,
                { personId })
        || !run(QStringLiteral("UPDATE retention_holds SET reason = '' WHERE person_id = ?"),
                { personId })
        // Letters name the person: their texts go, their kind, date and hash stay as proof.
        || !run(QStringLiteral("UPDATE letters SET body = NULL, sent_how = NULL, destroyed_at = ? "
                               "WHERE body IS NOT NULL AND case_id IN ")
                    + ofPerson,
                { now, personId })
        // The originals and mandates: the bytes and the name go (secure_delete zeroes the
        // freed pages), kind, size and fingerprint stay as proof.
        || !run(QStringLiteral("UPDATE case_attachments SET name = NULL, content = NULL, "
                               "destroyed_at = ? WHERE destroyed_at IS NULL AND case_id IN ")
                    + ofPerson,
                { now, personId })
        || !run(
            QStringLiteral("UPDATE persons SET name = ?, klantnummer = NULL, street = NULL, "
                           "house_number = NULL, postcode = NULL, city = NULL, phone = NULL, "
                           "email = NULL, relation_end = NULL, source = NULL, anonymised_at = ? "
                           "WHERE id = ?"),
            { anonymisedName, now, personId })) {
        return std::nullopt;
    }
    AuditLog log = audit();
    QString auditError;
    int destroyed = 0;
    for (const QString &number : plan.caseNumbers) {
        const int count = log.destroyPayloads(caseEntity, number, &auditError);
        if (count < 0) {
            *error = { ServiceError::Code::Storage, auditError, {} };
            return std::nullopt;
        }
        destroyed += count;
    }
    const int personCount
        = log.destroyPayloads(personEntity, QString::number(personId), &auditError);
    if (personCount < 0) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return std::nullopt;
    }
    destroyed += personCount;

    const QString ruleText = files ? QStringLiteral("%1: %2 %3 na %4")
                                         .arg(files->category)
                                         .arg(files->period.amount)
                                         .arg(RetentionCalendar::unitCode(files->period.unit),
                                              RetentionCodes::code(files->trigger))
                                   : QString();
    QString what = QStringLiteral("persoon geanonimiseerd; %1 verzoekdossier(s); %2 "
                                  "notitie(s) verwijderd; %3 auditdetails vernietigd")
                       .arg(plan.caseNumbers.size())
                       .arg(plan.notes)
                       .arg(destroyed);
    if (plan.attachments > 0)
        what += QStringLiteral("; %1 bestand(en) vernietigd").arg(plan.attachments);
    if (!log.append(m_store.userName(), personEntity, QString::number(personId),
                    QStringLiteral("retention.destroyed"),
                    { { QStringLiteral("rule"), files ? files->code : QString() },
                      { QStringLiteral("method"), how },
                      { QStringLiteral("cases"), QJsonArray::fromStringList(plan.caseNumbers) },
                      { QStringLiteral("expired_on"), isoDate(plan.expires) },
                      { QStringLiteral("audit_payloads"), destroyed },
                      { QStringLiteral("attachments"), plan.attachments } },
                    &auditError)) {
        *error = { ServiceError::Code::Storage, auditError, {} };
        return std::nullopt;
    }
    if (!flushOverrides(log, personEntity, QString::number(personId), error))
        return std::nullopt;
    if (!run(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"), {})
        || !query.next()) {
        return std::nullopt;
    }
    DestructionRecord record;
    record.auditSeq = query.value(0).toLongLong();
    record.proofHash = QString::fromLatin1(query.value(1).toByteArray().toHex());
    record.destroyedAt = m_clock.now();
    record.destroyedOn = today;
    record.destroyedBy = m_store.userName();
    record.method = how;
    record.kind = QStringLiteral("verzoekdossier");
    record.ruleText = ruleText;
    record.subjectRef = QStringLiteral("P-%1").arg(personId);
    record.caseNumbers = plan.caseNumbers;
    record.expiredOn = plan.expires;
    record.what = what;
    if (!run(QStringLiteral(
                 "INSERT INTO retention_destructions (destroyed_at, destroyed_on, destroyed_by, "
                 "method, kind, rule_id, rule_text, subject_ref, case_numbers, expired_on, what, "
                 "audit_seq, proof_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             { now, isoDate(today), record.destroyedBy, how, record.kind,
               files ? QVariant(files->id) : QVariant(QMetaType(QMetaType::LongLong)), ruleText,
               record.subjectRef, plan.caseNumbers.join(u' '), isoDate(plan.expires), what,
               record.auditSeq, record.proofHash })) {
        return std::nullopt;
    }
    record.id = insertedRowId(db);
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return std::nullopt;
    }
    // Old page images of the destroyed rows must not linger in the write-ahead log. While
    // another connection reads, they may: then say so, never that the data is gone.
    QString checkpointFailure;
    if (!truncateWriteAheadLog(db, &checkpointFailure)) {
        qWarning("retention: WAL not emptied after destruction: %s", qPrintable(checkpointFailure));
        record.walWarning
            = tr("The data have been destroyed in the database, but older copies may remain in "
                 "its write-ahead log until the next checkpoint, because another program or "
                 "window was reading the store. Close the other windows and programs that use "
                 "this store; the log is emptied when the store is closed.");
    }
    return record;
}

namespace {

// " WHERE ..." over retention_destructions for the filter, with its values.
QString destructionWhere(const DestructionFilter &filter, QVariantList *values)
{
    QStringList conditions;
    if (filter.from.isValid()) {
        conditions << QStringLiteral("destroyed_on >= ?");
        *values << isoDate(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("destroyed_on <= ?");
        *values << isoDate(filter.to);
    }
    if (!filter.kind.isEmpty()) {
        conditions << QStringLiteral("kind = ?");
        *values << filter.kind;
    }
    return conditions.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

QList<DestructionRecord> RetentionService::destructionLog(const DestructionFilter &filter,
                                                          int offset, int limit,
                                                          ServiceError *error) const
{
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                  error))
        return {};
    QList<DestructionRecord> result;
    QVariantList values;
    const QString where = destructionWhere(filter, &values);
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT id, destroyed_at, destroyed_on, destroyed_by, method, kind, "
                       "rule_text, subject_ref, case_numbers, expired_on, what, audit_seq, "
                       "proof_hash FROM retention_destructions")
        + where + QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?"));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec()) {
        if (error)
            *error = ServiceError::fromSql(query.lastError());
        return {};
    }
    while (query.next()) {
        DestructionRecord r;
        r.id = query.value(0).toLongLong();
        r.destroyedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        r.destroyedOn = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        r.destroyedBy = query.value(3).toString();
        r.method = query.value(4).toString();
        r.kind = query.value(5).toString();
        r.ruleText = query.value(6).toString();
        r.subjectRef = query.value(7).toString();
        r.caseNumbers = query.value(8).toString().split(u' ', Qt::SkipEmptyParts);
        r.expiredOn = QDate::fromString(query.value(9).toString(), Qt::ISODate);
        r.what = query.value(10).toString();
        r.auditSeq = query.value(11).toLongLong();
        r.proofHash = query.value(12).toString();
        result << r;
    }
    return result;
}

int RetentionService::destructionCount(const DestructionFilter &filter, ServiceError *error) const
{
    if (!readable(m_store, m_clock, Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                  error))
        return 0;
    QVariantList values;
    const QString where = destructionWhere(filter, &values);
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM retention_destructions") + where);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = ServiceError::fromSql(query.lastError());
        return 0;
    }
    return query.value(0).toInt();
}

QJsonObject dueItemToJson(const RetentionItem &item)
{
    return { { QStringLiteral("klantnummer"), item.klantnummer },
             { QStringLiteral("name"), item.name },
             { QStringLiteral("category"), item.rule.category },
             { QStringLiteral("rule"), item.rule.code },
             { QStringLiteral("expires"), isoDate(item.expires) },
             { QStringLiteral("state"), RetentionCodes::code(item.state) } };
}

QJsonObject ruleToJson(const RetentionRule &rule)
{
    return { { QStringLiteral("code"), rule.code },
             { QStringLiteral("category"), rule.category },
             { QStringLiteral("trigger"), RetentionCodes::code(rule.trigger) },
             { QStringLiteral("amount"), rule.period.amount },
             { QStringLiteral("unit"), RetentionCalendar::unitCode(rule.period.unit) },
             { QStringLiteral("legal_ground"), rule.legalGround } };
}

} // namespace pd
