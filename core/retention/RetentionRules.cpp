// The retention planner: its rules (RetentionService, see Retention.h).

#include "cases/CaseCodes.h"
#include "retention/Retention.h"
#include "retention/RetentionDestructionRepository.h"
#include "retention/RetentionShared.h"
#include "session/Access.h"
#include "session/Session.h"
#include "store/Store.h"
#include "terms/RetentionDerivation.h"
#include "terms/RetentionRepository.h"

#include <QJsonArray>

#include <algorithm>
namespace pd {

using namespace retention;

namespace {

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
    rule.code = rule.code.trimmed();
    // Nothing after the trigger is nothing in any unit: stored as 0 days.
    if (rule.period.amount == 0)
        rule.period.unit = RetentionUnit::Days;
    QStringList relations;
    for (Relation relation : codes::all<Relation>()) {
        if (rule.relations.contains(codes::code(relation)))
            relations << codes::code(relation);
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
          QJsonArray { codes::code(before.trigger), codes::code(rule.trigger) } },
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
             { QStringLiteral("trigger"), codes::code(rule.trigger) },
             { QStringLiteral("period"), periodText(rule) },
             { QStringLiteral("legal_ground"), rule.legalGround },
             { QStringLiteral("relations"), rule.relations.join(u',') } };
}

// The expiry of the rule's manual items not yet destroyed, recomputed under its (new) period;
// false with *error when a statement failed.
bool recomputeManualExpiries(const QSqlDatabase &db, const RetentionRule &rule, ServiceError *error)
{
    const auto items = RetentionRepository::manualItemsOf(db, rule.id, error);
    if (!items)
        return false;
    for (const auto &[id, trigger] : *items) {
        if (!RetentionRepository::setItemExpiry(
                db, id, isoDate(RetentionCalendar::expiry(trigger, rule.period)), error))
            return false;
    }
    return true;
}

// The code for a new rule of the category: codeFor's, or with -2, -3, ... the first no rule
// has yet; nothing with *error when the read failed.
std::optional<QString> unusedCodeFor(const QSqlDatabase &db, const QString &category,
                                     ServiceError *error)
{
    QString code = codeFor(category);
    for (int suffix = 2;; ++suffix) {
        const std::optional<bool> taken = RetentionRepository::codeTaken(db, code, error);
        if (!taken)
            return std::nullopt;
        if (!*taken)
            return code;
        code = codeFor(category) + u'-' + QString::number(suffix);
    }
}

// What names the rule: its stored items and the destruction log's entries; nothing with *error
// when a read failed.
std::optional<RuleUse> useOf(const QSqlDatabase &db, const RetentionRule &rule, ServiceError *error)
{
    const auto items = RetentionRepository::itemCountOf(db, rule.id, error);
    if (!items)
        return std::nullopt;
    const auto logged = RetentionDestructionRepository::destructionCountOfRule(db, rule.id, error);
    if (!logged)
        return std::nullopt;
    return RuleUse { *items, *logged, rule.isRequestFiles() || rule.isBreachRegister() };
}

} // namespace

QList<RetentionRule> RetentionService::rules(ServiceError *error) const
{
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                              error))
        return {};
    ServiceError failure;
    auto result = RetentionRepository::rules(m_session.store().database(), &failure);
    if (!result) {
        if (error) // a failed read is an error, never "no rules"
            *error = failure;
        return {};
    }
    return *result;
}

std::optional<RetentionRule> RetentionService::rule(const QString &code, ServiceError *error) const
{
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                              error))
        return std::nullopt;
    std::optional<RetentionRule> found;
    ServiceError failure;
    if (!RetentionRepository::ruleByCode(m_session.store().database(), code, &found, &failure)) {
        if (error)
            *error = failure;
        return std::nullopt;
    }
    return found;
}

QString RetentionService::checkRule(const RetentionRule &rule)
{
    if (rule.category.trimmed().isEmpty())
        return tr("Enter the data category.");
    if (rule.category.trimmed().size() > 200)
        return tr("The data category is too long (at most 200 characters).");
    if (rule.period.amount < 0)
        //: Dutch: "De bewaartermijn kan niet negatief zijn (0 betekent: tot de aanleiding zelf)."
        return tr("The retention period cannot be negative (0 means: until the trigger itself).");
    if (rule.period.amount > 36500)
        return tr("The retention period is implausibly long.");
    if ((rule.isRequestFiles() || rule.isBreachRegister()) && rule.period.amount == 0)
        //: Dutch: "De regel voor afgeronde verzoekdossiers en die voor het datalekkenregister bewaren hun dossiers ten minste een dag."
        return tr("The rule for closed request files and the rule for the data-breach register "
                  "keep their files for at least a day.");
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
            if (!codes::from<Relation>(relation))
                return tr("Unknown relation type “%1”.").arg(relation);
        }
        if (!RetentionRule::runsFromRelationEnd(rule.trigger))
            return tr("Only a rule that runs from the end of a relation can apply to relation "
                      "types.");
    }
    return {};
}

std::optional<RetentionRule> RetentionService::saveRule(const RetentionRule &input,
                                                        BsnCheck bsnCheck, ServiceError *error,
                                                        DerivedTerms *terms)
{
    if (terms)
        *terms = {};
    const Session &session = m_session;
    UnitOfWork unit(session, Permission::EditRegisters, QStringLiteral("retention.rule_saved"),
                    input.code);
    if (!unit.permit(error))
        return std::nullopt;
    if (QString problem = checkRule(input); !problem.isEmpty()
        || (input.id == 0 && !input.code.trimmed().isEmpty()
            && !(problem = checkCode(input.code)).isEmpty())) {
        *error = invalid(problem);
        return std::nullopt;
    }
    if (!guard(
            unit,
            { { tr("Data category"), input.category }, { tr("Legal ground"), input.legalGround } },
            bsnCheck, error))
        return std::nullopt;
    RetentionRule rule = normalised(input);
    const bool saved = unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            return saveRuleIn(write, &rule, terms, failure);
        },
        error);
    if (!saved)
        return std::nullopt;
    return rule;
}

bool RetentionService::saveRuleIn(UnitOfWork::Write &write, RetentionRule *saved,
                                  DerivedTerms *terms, ServiceError *error)
{
    const QSqlDatabase db = m_session.store().database();
    RetentionRule &rule = *saved;
    const QString now = m_session.clock().now().toString(Qt::ISODateWithMs);
    QJsonObject payload;
    std::optional<RetentionRule> before;
    if (rule.id != 0) {
        if (ServiceError failure;
            !RetentionRepository::ruleById(db, rule.id, &before, &failure) || !before) {
            *error
                = { ServiceError::Code::NotFound, tr("This retention rule no longer exists."), {} };
            return false;
        }
        rule.code = before->code;
        // The fixed triggers are judged by the stored code, not by the one the caller sent.
        if (const QString problem = checkRule(rule);
            (rule.isRequestFiles() || rule.isBreachRegister()) && !problem.isEmpty()) {
            *error = invalid(problem);
            return false;
        }
        if (!RetentionRepository::updateRule(db, rule, now, error))
            return false;
        payload = changedPayload(*before, rule);
        // Stored items follow their rule (the derived ones are derived again below).
        if (!(before->period == rule.period) && !recomputeManualExpiries(db, rule, error))
            return false;
    } else {
        // A rule the organisation names itself keeps its code (`retention rule add`);
        // without one it gets a code from its category.
        if (!rule.code.isEmpty()) {
            const std::optional<bool> taken = RetentionRepository::codeTaken(db, rule.code, error);
            if (!taken)
                return false;
            if (*taken) {
                //: Dutch: "Er is al een bewaarregel met de code „%1”: kies een andere code (zie de lijst met regels)."
                *error = { ServiceError::Code::Conflict,
                           tr("There is already a retention rule with the code “%1”: choose "
                              "another code (see the list of rules).")
                               .arg(rule.code),
                           {} };
                return false;
            }
        } else {
            const std::optional<QString> code = unusedCodeFor(db, rule.category, error);
            if (!code)
                return false;
            rule.code = *code;
        }
        if (rule.isRequestFiles() || rule.isBreachRegister()) {
            *error = invalid(rule.isRequestFiles()
                                 ? tr("There is already a rule for closed request files.")
                                 //: Dutch: "Er is al een regel voor het datalekkenregister."
                                 : tr("There is already a rule for the data-breach register."));
            return false;
        }
        const std::optional<qint64> id = RetentionRepository::insertRule(db, rule, now, error);
        if (!id)
            return false;
        rule.id = *id;
        payload = createdPayload(rule);
    }
    // Derived items follow their rule: created, moved or removed as the persons' relations say.
    if (!before || !(before->period == rule.period) || before->trigger != rule.trigger
        || before->relations != rule.relations) {
        RetentionDerivation derivation(db, m_session.store().userName(), now);
        DerivedTerms derived;
        if (!derivation.prepare(error) || !derivation.deriveRule(rule, &derived, error))
            return false;
        if (derived.any()) {
            const QJsonObject counts = derived.toJson();
            for (auto it = counts.begin(); it != counts.end(); ++it)
                payload.insert(it.key(), it.value());
        }
        if (terms)
            *terms = derived;
    }
    write.record(ruleEntity, rule.code,
                 before ? QStringLiteral("retention.rule.changed")
                        : QStringLiteral("retention.rule.created"),
                 payload);
    return true;
}

QString RetentionService::checkCode(const QString &input)
{
    const QString code = input.trimmed();
    if (code.isEmpty())
        //: Dutch: "Vul de code van de regel in."
        return tr("Enter the rule's code.");
    if (code.size() < 2 || code.size() > 60)
        //: Dutch: "De code van een regel is twee tot zestig tekens lang."
        return tr("A rule's code is two to sixty characters long.");
    for (QChar ch : code) {
        if (!((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9') || ch == u'-'))
            //: Dutch: "De code van een regel heeft alleen kleine letters a-z, cijfers en streepjes, zoals betaalgegevens-klant; niet „%1”."
            return tr("A rule's code has only small letters a-z, digits and hyphens, such as "
                      "betaalgegevens-klant; not “%1”.")
                .arg(code);
    }
    if (code.front() == u'-' || code.back() == u'-')
        //: Dutch: "De code van een regel begint en eindigt niet met een streepje."
        return tr("A rule's code does not start or end with a hyphen.");
    return {};
}

std::optional<RuleUse> RetentionService::ruleUse(const RetentionRule &rule,
                                                 ServiceError *error) const
{
    if (!m_session.permitRead(Permission::ViewRegisters, QStringLiteral("retention.read"), {},
                              error))
        return std::nullopt;
    ServiceError failure;
    const std::optional<RuleUse> use = useOf(m_session.store().database(), rule, &failure);
    if (!use && error) // a failed read is an error, never "not in use"
        *error = failure;
    return use;
}

QString RuleUse::blocker(const RetentionRule &rule) const
{
    if (computed)
        //: Dutch: "De regel „%1” kan niet worden verwijderd: Privacydesk berekent de termijnen zelf uit de %2."
        return RetentionService::tr("The rule “%1” cannot be removed: Privacydesk computes its "
                                    "terms from the %2 itself.")
            .arg(rule.category,
                 //: Dutch: "afgeronde verzoeken"
                 rule.isRequestFiles() ? RetentionService::tr("closed requests")
                                       : /*: Dutch: "afgesloten datalekken" */ RetentionService::tr(
                                           "closed data breaches"));
    if (items > 0)
        //: Dutch: "De regel „%1” kan niet worden verwijderd: %n bewaartermijn(en) gebruiken hem (ook vernietigde)."
        return RetentionService::tr("The rule “%1” cannot be removed: %n retention term(s) "
                                    "use it (destroyed ones included).",
                                    nullptr, items)
            .arg(rule.category);
    if (logEntries > 0)
        //: Dutch: "De regel „%1” kan niet worden verwijderd: het vernietigingsregister noemt hem %n keer."
        return RetentionService::tr("The rule “%1” cannot be removed: the destruction log names "
                                    "it %n time(s).",
                                    nullptr, logEntries)
            .arg(rule.category);
    return {};
}

bool RetentionService::removeRule(const QString &code, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::EditRegisters, QStringLiteral("retention.rule_removed"),
                    code);
    if (!unit.permit(error))
        return false;
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *failure) {
            const QSqlDatabase db = m_session.store().database();
            std::optional<RetentionRule> found;
            if (!RetentionRepository::ruleByCode(db, code.trimmed(), &found, failure))
                return false;
            if (!found) {
                //: Dutch: "Er is geen bewaarregel „%1”."
                *failure = { ServiceError::Code::NotFound,
                             tr("There is no retention rule “%1”.").arg(code.trimmed()),
                             {} };
                return false;
            }
            const std::optional<RuleUse> use = useOf(db, *found, failure);
            if (!use)
                return false;
            if (const QString blocker = use->blocker(*found); !blocker.isEmpty()) {
                *failure = { ServiceError::Code::Conflict, blocker, {} };
                return false;
            }
            if (!RetentionRepository::deleteRule(db, found->id, failure))
                return false;
            write.record(ruleEntity, found->code, QStringLiteral("retention.rule.removed"),
                         createdPayload(*found));
            return true;
        },
        error);
}

QJsonObject ruleToJson(const RetentionRule &rule)
{
    return { { QStringLiteral("code"), rule.code },
             { QStringLiteral("category"), rule.category },
             { QStringLiteral("trigger"), codes::code(rule.trigger) },
             { QStringLiteral("amount"), rule.period.amount },
             { QStringLiteral("unit"), RetentionCalendar::unitCode(rule.period.unit) },
             { QStringLiteral("legal_ground"), rule.legalGround },
             { QStringLiteral("relations"), QJsonArray::fromStringList(rule.relations) } };
}

} // namespace pd
