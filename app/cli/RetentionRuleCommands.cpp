// privacydesk-cli retention rule …: the retention rules as the organisation defines them (issue
// 40): list them, change one (set), add one (add) and remove one no item uses (remove --yes).

#include "CliContext.h"
#include "cases/CaseCodes.h"
#include "retention/Retention.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pd::cli {

// Static members so that lupdate sees every tr() in one context: the context the rule commands
// had when they were part of RetentionCommands.cpp.
class RetentionRuleCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::RetentionCommands)
public:
    static bool json(CliContext &context) { return context.parser().isSet(QStringLiteral("json")); }

    static int runRules(CliContext &context)
    {
        return context.withService<RetentionService>([&](RetentionService &service) {
            ServiceError error;
            const QList<RetentionRule> rules = service.rules(&error);
            if (error.isError())
                return CliContext::readFailure(error);
            if (json(context)) {
                printJsonArray(rules, [&](const RetentionRule &rule) { return ruleToJson(rule); });
                return int { Success };
            }
            for (const RetentionRule &rule : rules) {
                QString line
                    = QStringLiteral("%1  %2: %3")
                          .arg(rule.code.leftJustified(28), rule.category, rule.periodText());
                if (rule.isDerived())
                    line += u' '
                        + tr("(derived for: %1)").arg(rule.relations.join(QStringLiteral(", ")));
                CliContext::printLine(line);
            }
            return int { Success };
        });
    }

    // "2y", "18m", "4w", "30d" (also the Dutch j for jaar), and "0d" (until the
    // trigger itself, "zolang ingeschreven"): nullopt when not such a period.
    static std::optional<RetentionPeriod> period(const QString &text)
    {
        const QString t = text.trimmed().toLower();
        if (t.size() < 2)
            return std::nullopt;
        bool ok = false;
        const int amount = t.left(t.size() - 1).toInt(&ok);
        if (!ok || amount < 0 || t.front() == u'+' || t.front() == u'-')
            return std::nullopt;
        if (amount == 0) // nothing after the trigger is written in days only
            return t.back() == u'd' ? std::optional(RetentionPeriod { 0, RetentionUnit::Days })
                                    : std::nullopt;
        switch (t.back().unicode()) {
        case u'y':
        case u'j':
            return RetentionPeriod { amount, RetentionUnit::Years };
        case u'm':
            return RetentionPeriod { amount, RetentionUnit::Months };
        case u'w':
            return RetentionPeriod { amount, RetentionUnit::Weeks };
        case u'd':
            return RetentionPeriod { amount, RetentionUnit::Days };
        default:
            return std::nullopt;
        }
    }

    // What --period, --trigger and --relations say (each only when given).
    struct RuleOptions
    {
        std::optional<RetentionPeriod> period;
        std::optional<RetentionTrigger> trigger;
        bool hasRelations = false;
        QStringList relations;
    };

    // The rule options given; nullopt after printing why one is not valid (a usage error).
    static std::optional<RuleOptions> ruleOptions(const QCommandLineParser &p)
    {
        RuleOptions options;
        if (p.isSet(QStringLiteral("period"))) {
            options.period = period(p.value(QStringLiteral("period")));
            if (!options.period) {
                CliContext::usage(tr("--period needs a number and a unit, such as 2y, 18m, 4w or "
                                     "30d (0d: until the trigger itself), not '%1'.")
                                      .arg(p.value(QStringLiteral("period"))));
                return std::nullopt;
            }
        }
        if (p.isSet(QStringLiteral("trigger"))) {
            options.trigger
                = codes::from<RetentionTrigger>(p.value(QStringLiteral("trigger")).trimmed());
            if (!options.trigger) {
                QStringList codes;
                for (RetentionTrigger trigger : codes::all<RetentionTrigger>())
                    codes << codes::code(trigger);
                CliContext::usage(
                    tr("Unknown trigger '%1' (triggers: %2).")
                        .arg(p.value(QStringLiteral("trigger")), codes.join(QStringLiteral(", "))));
                return std::nullopt;
            }
        }
        options.hasRelations = p.isSet(QStringLiteral("relations"));
        for (const QString &part :
             p.value(QStringLiteral("relations")).split(u',', Qt::SkipEmptyParts)) {
            const QString code = part.trimmed();
            if (code.isEmpty())
                continue;
            if (!codes::from<Relation>(code)) {
                QStringList codes;
                for (Relation relation : codes::all<Relation>())
                    codes << codes::code(relation);
                CliContext::usage(tr("Unknown relation type '%1' (relation types: %2).")
                                      .arg(code, codes.join(QStringLiteral(", "))));
                return std::nullopt;
            }
            options.relations << code;
        }
        return options;
    }

    // The rule saved (a usage error when checkRule refuses it) and printed as --json prints it
    // (with the derived terms' counts), or in words: said(the saved rule).
    static int saveAndPrint(CliContext &context, RetentionService &service,
                            const RetentionRule &rule, BsnCheck bsnCheck,
                            const std::function<QString(const RetentionRule &)> &said)
    {
        if (const QString problem = RetentionService::checkRule(rule); !problem.isEmpty())
            return CliContext::usage(problem);
        ServiceError error;
        DerivedTerms terms;
        const auto saved = service.saveRule(rule, bsnCheck, &error, &terms);
        if (!saved)
            return CliContext::fail(error);
        if (json(context)) {
            QJsonObject out = ruleToJson(*saved);
            const QJsonObject counts = terms.toJson();
            for (auto it = counts.begin(); it != counts.end(); ++it)
                out.insert(it.key(), it.value());
            CliContext::printJson(QJsonDocument(out));
            return int { Success };
        }
        CliContext::printLine(said(*saved));
        CliContext::printLine(tr("%n retention term(s) moved", nullptr, terms.moved) + u"; "
                              + tr("%n created", nullptr, terms.created) + u"; "
                              + tr("%n removed", nullptr, terms.removed) + u'.');
        return int { Success };
    }

    // The rule with this code, read through service; nullopt after saying why there is none
    // (*exit: a usage error for an unknown code, a failure for a failed read).
    static std::optional<RetentionRule> existing(const RetentionService &service,
                                                 const QString &code, int *exit)
    {
        ServiceError error;
        const auto found = service.rule(code, &error);
        if (error.isError())
            *exit = CliContext::readFailure(error, false);
        else if (!found)
            *exit = CliContext::usage(
                tr("There is no retention rule '%1'; see retention rule list.").arg(code));
        return found;
    }

    static int runRuleSet(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const QStringList args = p.positionalArguments();
        if (args.size() != 1)
            return CliContext::usage(tr("retention rule set needs exactly one rule CODE (see "
                                        "retention rule list)."));
        if (!p.isSet(QStringLiteral("period")) && !p.isSet(QStringLiteral("trigger"))
            && !p.isSet(QStringLiteral("relations")))
            return CliContext::usage(
                tr("Say what changes: --period, --trigger and/or --relations."));
        const std::optional<RuleOptions> options = ruleOptions(p);
        if (!options)
            return UsageError;
        return context.withService<RetentionService>([&](RetentionService &service) {
            int exit = Failure;
            std::optional<RetentionRule> rule = existing(service, args.first().trimmed(), &exit);
            if (!rule)
                return exit;
            if (options->period)
                rule->period = *options->period;
            if (options->trigger)
                rule->trigger = *options->trigger;
            if (options->hasRelations)
                rule->relations = options->relations;
            return saveAndPrint(
                context, service, *rule, BsnCheck::Refuse, [](const RetentionRule &saved) {
                    return tr("Rule %1 saved: %2.").arg(saved.code, saved.periodText());
                });
        });
    }

    static int runRuleAdd(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const QStringList args = p.positionalArguments();
        if (args.size() != 1)
            //: Dutch: "retention rule add heeft precies één CODE nodig, zoals betaalgegevens-klant."
            return CliContext::usage(tr("retention rule add needs exactly one CODE, such as "
                                        "betaalgegevens-klant."));
        if (const QString problem = RetentionService::checkCode(args.first()); !problem.isEmpty())
            return CliContext::usage(problem);
        if (p.value(QStringLiteral("name")).trimmed().isEmpty()
            || !p.isSet(QStringLiteral("trigger")) || !p.isSet(QStringLiteral("period")))
            //: Dutch: "retention rule add heeft --name TEKST, --trigger TRIGGER en --period N(d|w|m|y) nodig."
            return CliContext::usage(tr("retention rule add needs --name TEXT, --trigger "
                                        "TRIGGER and --period N(d|w|m|y)."));
        const std::optional<RuleOptions> options = ruleOptions(p);
        if (!options)
            return UsageError;
        RetentionRule rule;
        rule.code = args.first().trimmed();
        rule.category = p.value(QStringLiteral("name"));
        rule.trigger = *options->trigger;
        rule.period = *options->period;
        rule.relations = options->relations;
        rule.legalGround = p.value(QStringLiteral("basis"));
        if (const QString problem = RetentionService::checkRule(rule); !problem.isEmpty())
            return CliContext::usage(problem);
        return context.withService<RetentionService>([&](RetentionService &service) {
            return saveAndPrint(
                context, service, rule, CliContext::bsnCheck(p), [](const RetentionRule &saved) {
                    //: Dutch: "Regel %1 toegevoegd: %2."
                    return tr("Rule %1 added: %2.").arg(saved.code, saved.periodText());
                });
        });
    }

    static int runRuleRemove(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const QStringList args = p.positionalArguments();
        if (args.size() != 1)
            //: Dutch: "retention rule remove heeft precies één regelCODE nodig (zie retention rule list)."
            return CliContext::usage(tr("retention rule remove needs exactly one rule CODE (see "
                                        "retention rule list)."));
        const QString code = args.first().trimmed();
        return context.withService<RetentionService>([&](RetentionService &service) {
            int exit = Failure;
            const std::optional<RetentionRule> found = existing(service, code, &exit);
            if (!found)
                return exit;
            ServiceError error;
            const auto use = service.ruleUse(*found, &error);
            if (!use)
                return CliContext::readFailure(error, false);
            if (const QString blocker = use->blocker(*found); !blocker.isEmpty())
                return CliContext::fail(blocker);
            if (!p.isSet(QStringLiteral("yes")))
                //: Dutch: "Regel %1 (%2) verwijderen kan niet ongedaan worden gemaakt; bevestig met --yes."
                return CliContext::usage(tr("Removing rule %1 (%2) cannot be undone; confirm "
                                            "with --yes.")
                                             .arg(found->code, found->category));
            if (!service.removeRule(code, &error))
                return CliContext::fail(error);
            if (json(context)) {
                CliContext::printJson(
                    QJsonDocument(QJsonObject { { QStringLiteral("removed"), true },
                                                { QStringLiteral("rule"), ruleToJson(*found) } }));
                return int { Success };
            }
            //: Dutch: "Regel %1 (%2) verwijderd."
            CliContext::printLine(tr("Rule %1 (%2) removed.").arg(found->code, found->category));
            return int { Success };
        });
    }
};

namespace {

QCommandLineOption periodOption()
{
    return option(QStringLiteral("period"),
                  QT_TRANSLATE_NOOP("pd::cli",
                                    "The retention period: 2y, 18m, 4w or 30d; 0d keeps the "
                                    "data until the trigger itself."),
                  QT_TRANSLATE_NOOP("pd::cli", "period"));
}

QCommandLineOption triggerOption()
{
    return option(QStringLiteral("trigger"),
                  QT_TRANSLATE_NOOP("pd::cli",
                                    "What starts it: einde-relatie, einde-boekjaar, "
                                    "einde-huurovereenkomst, einde-inschrijving, "
                                    "afronding-verzoek, einde-sollicitatieprocedure, "
                                    "opname, overig."),
                  codeValue);
}

QCommandLineOption relationsOption()
{
    return option(QStringLiteral("relations"),
                  QT_TRANSLATE_NOOP("pd::cli",
                                    "The relation types whose items are derived, "
                                    "e.g. huurder,ex-huurder (\"\" for a manual "
                                    "rule)."),
                  QT_TRANSLATE_NOOP("pd::cli", "codes"));
}

} // namespace

QList<Command> retentionRuleCommands()
{
    using R = RetentionRuleCommands;
    return {
        command("retention rules", QT_TRANSLATE_NOOP("pd::cli", "List the retention rules."), {},
                R::runRules),
        command("retention rule list", QT_TRANSLATE_NOOP("pd::cli", "List the retention rules."),
                {}, R::runRules),
        command("retention rule set",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Change a retention rule's period, trigger or relation types; "
                                  "recomputes the items derived from it."),
                "CODE", { periodOption(), triggerOption(), relationsOption() }, R::runRuleSet),
        command(
            "retention rule add",
            QT_TRANSLATE_NOOP("pd::cli",
                              "Add a retention rule of the organisation's own; derives its "
                              "items for the relation types it names."),
            "CODE",
            { option(QStringLiteral("name"),
                     QT_TRANSLATE_NOOP("pd::cli", "The data the rule keeps, e.g. Betaalgegevens."),
                     textValue),
              triggerOption(), periodOption(), relationsOption(),
              option(QStringLiteral("basis"),
                     QT_TRANSLATE_NOOP("pd::cli",
                                       "Why: the legal ground or the organisation's own "
                                       "policy."),
                     textValue),
              confirmNotBsnOption() },
            R::runRuleAdd),
        command("retention rule remove",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Remove a retention rule that no item uses (only with --yes)."),
                "CODE", { confirmRemovalOption() }, R::runRuleRemove),
    };
}

} // namespace pd::cli
