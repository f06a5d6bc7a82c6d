// The retention planner: its rules (RetentionService, see Retention.h).

#include "cases/CaseCodes.h"
#include "registers/Retention.h"
#include "registers/RetentionDerivation.h"
#include "registers/RetentionShared.h"
#include "session/Access.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
namespace pd {

using namespace retention;

namespace {

// category, trigger_event, period_amount, period_unit, legal_ground, relations: in this order
// in both the UPDATE and the INSERT of a rule.
void bindRuleColumns(QSqlQuery &query, const RetentionRule &rule)
{
    query.addBindValue(rule.category);
    query.addBindValue(RetentionCodes::code(rule.trigger));
    query.addBindValue(rule.period.amount);
    query.addBindValue(RetentionCalendar::unitCode(rule.period.unit));
    query.addBindValue(nullable(rule.legalGround));
    query.addBindValue(nullable(rule.relations.join(u',')));
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

// The rule as it is stored: its texts trimmed, each relation code once, in the order of the
// relation codes (the stored text compares as equal).
RetentionRule normalised(const RetentionRule &input)
{
    RetentionRule rule = input;
    rule.category = rule.category.trimmed();
    rule.legalGround = rule.legalGround.trimmed();
    QStringList relations;
    for (Relation relation : Codes::relations()) {
        if (rule.relations.contains(Codes::code(relation)))
            relations << Codes::code(relation);
    }
    rule.relations = relations;
    return rule;
}

// A rule's period as its trail says it: the amount and the code of its unit.
QString periodText(const RetentionRule &rule)
{
    return QStringLiteral("%1 %2")
        .arg(rule.period.amount)
        .arg(RetentionCalendar::unitCode(rule.period.unit));
}

// What the trail of a changed rule says: each field as [before, after].
QJsonObject changedPayload(const RetentionRule &before, const RetentionRule &rule)
{
    return {
        { QStringLiteral("category"), QJsonArray { before.category, rule.category } },
        { QStringLiteral("trigger"),
          QJsonArray { RetentionCodes::code(before.trigger), RetentionCodes::code(rule.trigger) } },
        { QStringLiteral("period"), QJsonArray { periodText(before), periodText(rule) } },
        { QStringLiteral("legal_ground"), QJsonArray { before.legalGround, rule.legalGround } },
        { QStringLiteral("relations"),
          QJsonArray { before.relations.join(u','), rule.relations.join(u',') } },
    };
}

// What the trail of a new rule says.
QJsonObject createdPayload(const RetentionRule &rule)
{
    return { { QStringLiteral("category"), rule.category },
             { QStringLiteral("trigger"), RetentionCodes::code(rule.trigger) },
             { QStringLiteral("period"), periodText(rule) },
             { QStringLiteral("legal_ground"), rule.legalGround },
             { QStringLiteral("relations"), rule.relations.join(u',') } };
}

// The expiry of the rule's manual items not yet destroyed, recomputed under its (new) period;
// false with *error when a statement failed.
bool recomputeManualExpiries(const QSqlDatabase &db, const RetentionRule &rule, ServiceError *error)
{
    QSqlQuery items(db);
    items.prepare(QStringLiteral("SELECT id, trigger_date FROM retention_items WHERE "
                                 "rule_id = ? AND destroyed_on IS NULL AND derived = 0"));
    items.addBindValue(rule.id);
    if (!items.exec()) {
        *error = ServiceError::fromSql(items.lastError());
        return false;
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE retention_items SET expires_on = ? WHERE id = ?"));
    while (items.next()) {
        const QDate trigger = QDate::fromString(items.value(1).toString(), Qt::ISODate);
        update.addBindValue(isoDate(RetentionCalendar::expiry(trigger, rule.period)));
        update.addBindValue(items.value(0).toLongLong());
        if (!update.exec()) {
            *error = ServiceError::fromSql(update.lastError());
            return false;
        }
    }
    return true;
}

// The code for a new rule of the category: codeFor's, or with -2, -3, ... the first no rule
// has yet; nothing with *error when the read failed.
std::optional<QString> unusedCodeFor(QSqlQuery &query, const QString &category, ServiceError *error)
{
    QString code = codeFor(category);
    for (int suffix = 2;; ++suffix) {
        query.prepare(QStringLiteral("SELECT count(*) FROM retention_rules WHERE code = ?"));
        query.addBindValue(code);
        if (!query.exec() || !query.next()) {
            *error = ServiceError::fromSql(query.lastError());
            return std::nullopt;
        }
        if (query.value(0).toInt() == 0)
            return code;
        code = codeFor(category) + u'-' + QString::number(suffix);
    }
}

} // namespace

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
    if (rule.isBreachRegister() && rule.trigger != RetentionTrigger::Other)
        return tr("The rule for the data-breach register always runs from the closing of the "
                  "breach.");
    if (!rule.relations.isEmpty()) {
        if (rule.isRequestFiles())
            return tr("The rule for closed request files follows the requests; it does not "
                      "apply to relation types.");
        if (rule.isBreachRegister())
            return tr("The rule for the data-breach register follows the breaches; it does not "
                      "apply to relation types.");
        for (const QString &relation : rule.relations) {
            if (!Codes::relation(relation))
                return tr("Unknown relation type “%1”.").arg(relation);
        }
        if (!RetentionRule::runsFromRelationEnd(rule.trigger))
            return tr("Only a rule that runs from the end of a relation can apply to relation "
                      "types.");
    }
    return {};
}

std::optional<RetentionRule> RetentionService::saveRule(const RetentionRule &input,
                                                        bool bsnOverride, ServiceError *error,
                                                        DerivedTerms *terms)
{
    if (terms)
        *terms = {};
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
    RetentionRule rule = normalised(input);
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
        // The fixed triggers are judged by the stored code, not by the one the caller sent.
        if (const QString problem = checkRule(rule);
            (rule.isRequestFiles() || rule.isBreachRegister()) && !problem.isEmpty()) {
            *error = invalid(problem);
            return std::nullopt;
        }
        query.prepare(QStringLiteral(
            "UPDATE retention_rules SET category = ?, trigger_event = ?, period_amount = ?, "
            "period_unit = ?, legal_ground = ?, relations = ?, updated_at = ? WHERE id = ?"));
        bindRuleColumns(query, rule);
        query.addBindValue(now);
        query.addBindValue(rule.id);
        if (!query.exec()) {
            *error = ServiceError::fromSql(query.lastError());
            return std::nullopt;
        }
        payload = changedPayload(*before, rule);
        // Stored items follow their rule (the derived ones are derived again below).
        if (!(before->period == rule.period) && !recomputeManualExpiries(db, rule, error))
            return std::nullopt;
    } else {
        const std::optional<QString> code = unusedCodeFor(query, rule.category, error);
        if (!code)
            return std::nullopt;
        rule.code = *code;
        if (rule.isRequestFiles()) {
            *error = invalid(tr("There is already a rule for closed request files."));
            return std::nullopt;
        }
        query.prepare(QStringLiteral(
            "INSERT INTO retention_rules (code, category, trigger_event, period_amount, "
            "period_unit, legal_ground, relations, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(rule.code);
        bindRuleColumns(query, rule);
        query.addBindValue(now);
        query.addBindValue(now);
        if (!query.exec()) {
            *error = ServiceError::fromSql(query.lastError());
            return std::nullopt;
        }
        rule.id = insertedRowId(db);
        payload = createdPayload(rule);
    }
    // Derived items follow their rule: created, moved or removed as the persons' relations say.
    if (!before || !(before->period == rule.period) || before->trigger != rule.trigger
        || before->relations != rule.relations) {
        RetentionDerivation derivation(db, m_store.userName(), now);
        DerivedTerms derived;
        if (!derivation.prepare(error) || !derivation.deriveRule(rule, &derived, error))
            return std::nullopt;
        if (derived.any()) {
            const QJsonObject counts = derived.toJson();
            for (auto it = counts.begin(); it != counts.end(); ++it)
                payload.insert(it.key(), it.value());
        }
        if (terms)
            *terms = derived;
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

QJsonObject ruleToJson(const RetentionRule &rule)
{
    return { { QStringLiteral("code"), rule.code },
             { QStringLiteral("category"), rule.category },
             { QStringLiteral("trigger"), RetentionCodes::code(rule.trigger) },
             { QStringLiteral("amount"), rule.period.amount },
             { QStringLiteral("unit"), RetentionCalendar::unitCode(rule.period.unit) },
             { QStringLiteral("legal_ground"), rule.legalGround },
             { QStringLiteral("relations"), QJsonArray::fromStringList(rule.relations) } };
}

} // namespace pd
