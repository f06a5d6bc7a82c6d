// privacydesk-cli retention …: what is due for destruction, legal holds, destroying closed
// request files (only with --confirm) and the destruction log; the rules are
// RetentionRuleCommands.cpp.

#include "CliContext.h"
#include "ListOutput.h"
#include "retention/Retention.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>

#include <climits>

namespace pd::cli {

// Static members so that lupdate sees every tr() in one context.
class RetentionCommands final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::RetentionCommands)
public:
    static bool json(CliContext &context) { return context.parser().isSet(QStringLiteral("json")); }

    // --person K or --case NUMBER → the person's id; 0 after reporting the problem.
    static qint64 person(CliContext &context, const RetentionService &service, bool allowCase)
    {
        const QCommandLineParser &p = context.parser();
        if (allowCase && p.isSet(QStringLiteral("case"))) {
            const QString number = p.value(QStringLiteral("case"));
            ServiceError error;
            if (const auto id = service.personByCase(number, &error))
                return *id;
            if (error.isError())
                CliContext::readFailure(error, false);
            else
                CliContext::fail(tr("There is no request %1.").arg(number));
            return 0;
        }
        if (!p.isSet(QStringLiteral("person"))) {
            CliContext::usage(allowCase ? tr("Name the data subject with --person KLANTNUMMER, "
                                             "a request with --case NUMBER or a data breach "
                                             "with --breach NUMBER.")
                                        : tr("Name the data subject with --person KLANTNUMMER."));
            return 0;
        }
        const QString klantnummer = p.value(QStringLiteral("person"));
        ServiceError error;
        if (const auto id = service.personByKlantnummer(klantnummer, &error))
            return *id;
        if (error.isError())
            CliContext::readFailure(error, false);
        else
            CliContext::fail(
                tr("There is no data subject with customer number %1.").arg(klantnummer));
        return 0;
    }

    static int runDue(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const QDate on = p.isSet(QStringLiteral("on"))
            ? QDate::fromString(p.value(QStringLiteral("on")), Qt::ISODate)
            : systemClock().today();
        if (!on.isValid())
            return CliContext::usage(tr("--on needs a date as YYYY-MM-DD, not '%1'.")
                                         .arg(p.value(QStringLiteral("on"))));
        int within = 0;
        if (p.isSet(QStringLiteral("within"))) {
            bool ok = false;
            within = p.value(QStringLiteral("within")).toInt(&ok);
            if (!ok || within < 0 || within > 3650)
                return CliContext::usage(tr("--within needs a number of days from 0 to 3650."));
        }
        const std::optional<ListWindow> window = listWindow(p);
        if (!window)
            return UsageError;
        return context.withService<RetentionService>([&](RetentionService &service) {
            ServiceError error;
            // Read whole (stored items and computed request files merged by expiry), printed
            // as it is written.
            const QList<RetentionItem> items = window->of(service.due({ on, within }, &error));
            if (error.isError())
                return CliContext::readFailure(error);
            if (const auto format = JsonListWriter::formatOf(context.parser())) {
                JsonListWriter out(*format);
                for (const RetentionItem &item : items)
                    out.append(dueItemToJson(item));
                return out.finish() ? int { Success } : int { Failure };
            }
            if (items.isEmpty() && window->offset == 0 && window->limit != 0)
                CliContext::printLine(tr("Nothing is due for destruction."));
            // A breach of the register stands with its number where a person has a customer
            // number.
            for (const RetentionItem &item : items)
                CliContext::printLine(
                    QStringLiteral("%1  %2  %3  %4  %5")
                        .arg(CliContext::dateText(item.expires),
                             (item.isBreach() ? item.breachNumber : item.klantnummer)
                                 .leftJustified(10),
                             item.name, item.rule.category, codes::label(item.state)));
            return int { Success };
        });
    }

    // What a retention rule still keeps of the person: [{rule, category, until, legal_ground}].
    static QJsonArray keptToJson(const DestructionPlan &plan)
    {
        QJsonArray kept;
        for (const RetentionItem &item : plan.kept)
            kept.append(
                QJsonObject { { QStringLiteral("rule"), item.rule.code },
                              { QStringLiteral("category"), item.rule.category },
                              { QStringLiteral("until"), item.expires.toString(Qt::ISODate) },
                              { QStringLiteral("legal_ground"), item.rule.legalGround } });
        return kept;
    }

    // What a destruction did, as retention destroy --json shows it of both kinds.
    static QJsonObject recordToJson(const DestructionRecord &record)
    {
        return { { QStringLiteral("destroyed"), true },
                 { QStringLiteral("subject"), record.subjectRef },
                 { QStringLiteral("method"), record.method },
                 { QStringLiteral("by"), record.destroyedBy },
                 { QStringLiteral("on"), record.destroyedOn.toString(Qt::ISODate) },
                 { QStringLiteral("what"), record.what },
                 { QStringLiteral("audit_seq"), record.auditSeq },
                 { QStringLiteral("proof"), record.proofHash },
                 { QStringLiteral("wal_emptied"), record.walWarning.isEmpty() },
                 { QStringLiteral("counts"), record.counts } };
    }

    // What a destruction did, of both kinds: with --json the record and the kind's own keys,
    // else the kind's lines. A log that could not be emptied is warned of on stderr either way.
    static int printDestroyed(CliContext &context, const DestructionRecord &record,
                              const QJsonObject &kindJson, const std::function<void()> &printText)
    {
        if (json(context)) {
            QJsonObject shown = recordToJson(record);
            for (auto it = kindJson.begin(); it != kindJson.end(); ++it)
                shown.insert(it.key(), it.value());
            CliContext::printJson(QJsonDocument(shown));
        } else {
            printText();
        }
        if (!record.walWarning.isEmpty())
            CliContext::printError(record.walWarning);
        return Success;
    }

    // Both kinds of destruction stop alike before anything is destroyed: a plan that could not be
    // read or is blocked, or one not confirmed (then shown). Success: go on and destroy.
    template<typename Plan>
    static int refusedPlan(CliContext &context, const Plan &plan,
                           const std::function<QJsonObject()> &planJson)
    {
        if (plan.failure.isError())
            return CliContext::readFailure(plan.failure, false);
        if (!plan.blocker.isEmpty())
            return CliContext::fail(plan.blocker);
        if (context.parser().isSet(QStringLiteral("confirm")))
            return Success;
        if (json(context))
            CliContext::printJson(QJsonDocument(planJson()));
        else
            CliContext::printLine(plan.description());
        return CliContext::fail(
            tr("Nothing was destroyed: add --confirm to destroy this for good."));
    }

    // --breach NUMBER: a closed data breach whose retention period has ended.
    static int runDestroyBreach(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const QString number = p.value(QStringLiteral("breach")).trimmed().toUpper();
        return context.withService<RetentionService>([&](RetentionService &service) {
            const BreachDestructionPlan plan = service.planBreachDestruction(number);
            const auto planJson = [&] {
                return QJsonObject {
                    { QStringLiteral("destroyed"), false },
                    { QStringLiteral("breach"), plan.number },
                    { QStringLiteral("closed_on"), plan.closedOn.toString(Qt::ISODate) },
                    { QStringLiteral("expired_on"), plan.expires.toString(Qt::ISODate) },
                    { QStringLiteral("free_texts"), plan.freeTexts },
                    { QStringLiteral("linked_persons"), plan.linkedPersons },
                    { QStringLiteral("letters"), plan.letters },
                    { QStringLiteral("follow_up_texts"), plan.followUps },
                    { QStringLiteral("audit_payloads"), plan.auditEvents }
                };
            };
            if (const int refused = refusedPlan(context, plan, planJson); refused != Success)
                return refused;
            ServiceError error;
            const auto record = service.destroyBreach(number, p.value(QStringLiteral("method")),
                                                      CliContext::bsnCheck(p), &error);
            if (!record)
                return CliContext::fail(error);
            return printDestroyed(
                context, *record, { { QStringLiteral("breach"), record->subjectRef } }, [&] {
                    CliContext::printLine(tr("Destroyed: %1 (%2). Proof: audit event %3, %4.")
                                              .arg(record->subjectRef, record->what)
                                              .arg(record->auditSeq)
                                              .arg(record->proofHash));
                    CliContext::printLine(BreachDestructionPlan::keptText());
                });
        });
    }

    static int runDestroy(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const int named = (p.isSet(QStringLiteral("case")) ? 1 : 0)
            + (p.isSet(QStringLiteral("person")) ? 1 : 0)
            + (p.isSet(QStringLiteral("breach")) ? 1 : 0);
        if (named > 1)
            return CliContext::usage(tr("Give one of --case, --person or --breach, not more."));
        if (p.isSet(QStringLiteral("breach")))
            return runDestroyBreach(context);
        return context.withService<RetentionService>([&](RetentionService &service) {
            const qint64 id = person(context, service, true);
            if (id == 0)
                return int { p.isSet(QStringLiteral("case")) || p.isSet(QStringLiteral("person"))
                                 ? Failure
                                 : UsageError };
            const DestructionPlan plan = service.planDestruction(id);
            const auto planJson = [&] {
                return QJsonObject {
                    { QStringLiteral("destroyed"), false },
                    { QStringLiteral("cases"), QJsonArray::fromStringList(plan.caseNumbers) },
                    { QStringLiteral("notes"), plan.notes },
                    { QStringLiteral("audit_payloads"), plan.auditEvents },
                    { QStringLiteral("expired_on"), plan.expires.toString(Qt::ISODate) },
                    { QStringLiteral("attachments"), plan.attachments },
                    { QStringLiteral("letters"), plan.letters },
                    { QStringLiteral("ap_references"), plan.apReferences },
                    { QStringLiteral("disclosures"), plan.disclosures },
                    { QStringLiteral("drafts"), plan.drafts },
                    { QStringLiteral("search_rows"), plan.searchRows },
                    { QStringLiteral("remainder"), plan.remainder },
                    { QStringLiteral("without_requests"), plan.withoutRequests },
                    { QStringLiteral("kept"), keptToJson(plan) }
                };
            };
            if (const int refused = refusedPlan(context, plan, planJson); refused != Success)
                return refused;
            ServiceError error;
            const auto record = service.destroyRequestFiles(id, p.value(QStringLiteral("method")),
                                                            CliContext::bsnCheck(p), &error);
            if (!record)
                return CliContext::fail(error);
            const QJsonObject requestJson { { QStringLiteral("cases"),
                                              QJsonArray::fromStringList(record->caseNumbers) },
                                            { QStringLiteral("kept"), keptToJson(plan) } };
            return printDestroyed(context, *record, requestJson, [&] {
                // A person without requests: no request numbers to name.
                CliContext::printLine(
                    (record->caseNumbers.isEmpty()
                         ? tr("Destroyed: %1. Proof: audit event %2, %3.").arg(record->what)
                         : tr("Destroyed: %1 (%2). Proof: audit event %3, %4.")
                               .arg(record->caseNumbers.join(QStringLiteral(", ")), record->what))
                        .arg(record->auditSeq)
                        .arg(record->proofHash));
                if (!plan.kept.isEmpty())
                    CliContext::printLine(plan.keptText());
            });
        });
    }

    static int runItemSet(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        bool ok = true;
        const QDate trigger = dateOption(p, QStringLiteral("trigger"), &ok);
        if (!ok)
            return UsageError;
        if (p.value(QStringLiteral("rule")).trimmed().isEmpty() || !trigger.isValid())
            return CliContext::usage(
                tr("retention item set needs --rule CODE and --trigger DATE."));
        return context.withService<RetentionService>([&](RetentionService &service) {
            const qint64 id = person(context, service, false);
            if (id == 0)
                return int { Failure };
            ServiceError error;
            const auto item
                = service.setItem(id, p.value(QStringLiteral("rule")).trimmed(), trigger, &error);
            if (!item)
                return CliContext::fail(error);
            CliContext::printLine(
                tr("Retention item registered: %1, expires on %2.")
                    .arg(item->rule.category, CliContext::dateText(item->expires)));
            return int { Success };
        });
    }

    // One expired item of data outside Privacydesk recorded as destroyed, as the desk's
    // retention page records it (RetentionService::recordItemDestroyed): what it would record
    // is said, and only --confirm records it.
    static int runItemDestroy(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        const QString code = p.value(QStringLiteral("rule")).trimmed();
        if (code.isEmpty())
            //: Dutch: "retention item destroy heeft --person KLANTNUMMER en --rule CODE nodig."
            return CliContext::usage(
                tr("retention item destroy needs --person KLANTNUMMER and --rule CODE."));
        return context.withService<RetentionService>([&](RetentionService &service) {
            const qint64 id = person(context, service, false);
            if (id == 0)
                return int { p.isSet(QStringLiteral("person")) ? Failure : UsageError };
            ServiceError error;
            const QList<RetentionItem> items
                = service.itemsFor(id, systemClock().today(), 0, &error);
            if (error.isError())
                return CliContext::readFailure(error, false);
            const auto found = std::find_if(items.cbegin(), items.cend(), [&](const auto &i) {
                return i.id != 0 && i.rule.code == code;
            });
            if (found == items.cend())
                //: Dutch: "%1 heeft geen bewaartermijn onder de regel %2 (de verzoekdossiers:
                //: retention destroy)."
                return CliContext::fail(tr("%1 has no retention item under the rule %2 (the "
                                           "request files: retention destroy).")
                                            .arg(p.value(QStringLiteral("person")), code));
            const RetentionItem item = *found;
            if (item.state == RetentionState::Active || item.state == RetentionState::ExpiringSoon)
                //: Dutch: "Nog niet verlopen: de %1 van %2 worden bewaard tot %3."
                return CliContext::fail(
                    tr("Not expired yet: the %1 of %2 are kept until %3.")
                        .arg(item.rule.category, item.name, CliContext::dateText(item.expires)));
            if (!p.isSet(QStringLiteral("confirm"))) {
                //: Dutch: "Zou vastleggen dat de %1 van %2 (klantnummer %3) zijn vernietigd; de
                //: bewaartermijn verliep op %4."
                CliContext::printLine(tr("Would record that the %1 of %2 (customer number %3) have "
                                         "been destroyed; the retention period ended on %4.")
                                          .arg(item.rule.category, item.name, item.klantnummer,
                                               CliContext::dateText(item.expires)));
                return CliContext::fail(
                    tr("Nothing was destroyed: add --confirm to destroy this for good."));
            }
            QString outcome;
            if (!service.recordItemDestroyed(item.id, p.value(QStringLiteral("method")),
                                             CliContext::bsnCheck(p), &error, &outcome))
                return CliContext::fail(error);
            if (json(context)) {
                CliContext::printJson(QJsonDocument(
                    QJsonObject { { QStringLiteral("destroyed"), true },
                                  { QStringLiteral("klantnummer"), item.klantnummer },
                                  { QStringLiteral("rule"), item.rule.code },
                                  { QStringLiteral("category"), item.rule.category },
                                  { QStringLiteral("method"), p.value(QStringLiteral("method")) },
                                  { QStringLiteral("outcome"), outcome } }));
            } else {
                //: Dutch: "Vernietiging vastgelegd: %1 van %2 (klantnummer %3)."
                CliContext::printLine(tr("Destruction recorded: %1 of %2 (customer number %3).")
                                          .arg(item.rule.category, item.name, item.klantnummer));
                if (!outcome.isEmpty())
                    CliContext::printLine(outcome);
            }
            return int { Success };
        });
    }

    static int runHold(CliContext &context)
    {
        const QCommandLineParser &p = context.parser();
        if (p.value(QStringLiteral("reason")).trimmed().isEmpty())
            return CliContext::usage(tr("retention hold needs --reason TEXT."));
        return context.withService<RetentionService>([&](RetentionService &service) {
            const qint64 id = person(context, service, false);
            if (id == 0)
                return int { Failure };
            ServiceError error;
            if (!service.placeHold(id, p.value(QStringLiteral("reason")), CliContext::bsnCheck(p),
                                   &error))
                return CliContext::fail(error);
            CliContext::printLine(tr("Legal hold placed: nothing of this data subject will be "
                                     "destroyed until it is released."));
            return int { Success };
        });
    }

    static int runRelease(CliContext &context)
    {
        return context.withService<RetentionService>([&](RetentionService &service) {
            const qint64 id = person(context, service, false);
            if (id == 0)
                return int { Failure };
            ServiceError error;
            if (!service.releaseHold(id, &error))
                return CliContext::fail(error);
            CliContext::printLine(tr("Legal hold released."));
            return int { Success };
        });
    }

    static QJsonObject logEntryToJson(const DestructionRecord &r)
    {
        return QJsonObject { { QStringLiteral("on"), r.destroyedOn.toString(Qt::ISODate) },
                             { QStringLiteral("by"), r.destroyedBy },
                             { QStringLiteral("method"), r.method },
                             { QStringLiteral("kind"), r.kind },
                             { QStringLiteral("rule"), r.ruleText },
                             { QStringLiteral("subject"), r.subjectRef },
                             { QStringLiteral("cases"), QJsonArray::fromStringList(r.caseNumbers) },
                             { QStringLiteral("what"), r.what },
                             { QStringLiteral("audit_seq"), r.auditSeq },
                             { QStringLiteral("proof"), r.proofHash },
                             { QStringLiteral("counts"), r.counts },
                             { QStringLiteral("kept"), r.kept } };
    }

    static int runLog(CliContext &context)
    {
        const std::optional<ListWindow> window = listWindow(context.parser());
        if (!window)
            return UsageError;
        return context.withService<RetentionService>([&](RetentionService &service) {
            // Read and printed a page at a time, newest first; a page that fails
            // halfway leaves what was printed, without the closing "]" of --json, and exits 1.
            std::optional<JsonListWriter> json;
            if (const auto format = JsonListWriter::formatOf(context.parser()))
                json.emplace(*format);
            constexpr qint64 pageSize = 500;
            qint64 remaining = window->limit;
            for (qint64 offset = window->offset; remaining != 0;) {
                const qint64 want = remaining < 0 ? pageSize : std::min(pageSize, remaining);
                ServiceError error;
                const QList<DestructionRecord> log = service.destructionLog(
                    DestructionFilter {}, static_cast<int>(std::min<qint64>(offset, INT_MAX)),
                    static_cast<int>(want), &error);
                if (error.isError())
                    return CliContext::readFailure(error);
                for (const DestructionRecord &r : log) {
                    if (json)
                        json->append(logEntryToJson(r));
                    else
                        CliContext::printLine(QStringLiteral("%1  %2  %3  %4  %5")
                                                  .arg(CliContext::dateText(r.destroyedOn),
                                                       r.destroyedBy, r.subjectRef,
                                                       r.caseNumbers.join(u' '), r.what));
                }
                if (log.size() < want)
                    break;
                offset += log.size();
                if (remaining > 0)
                    remaining -= log.size();
            }
            if (json && !json->finish())
                return int { Failure };
            return int { Success };
        });
    }
};

namespace {

// --person: the customer number of the data subject a command is about.
QCommandLineOption personOption()
{
    return option(QStringLiteral("person"),
                  QT_TRANSLATE_NOOP("pd::cli", "Customer number of the data subject."),
                  QT_TRANSLATE_NOOP("pd::cli", "number"));
}

QCommandLineOption ruleOption()
{
    return option(QStringLiteral("rule"),
                  QT_TRANSLATE_NOOP("pd::cli", "The rule's code (see retention rules)."),
                  codeValue);
}

QCommandLineOption methodOption()
{
    return option(QStringLiteral("method"),
                  QT_TRANSLATE_NOOP("pd::cli", "How it was destroyed (logged)."), textValue);
}

QCommandLineOption confirmOption()
{
    return option(QStringLiteral("confirm"),
                  QT_TRANSLATE_NOOP("pd::cli", "Really destroy; this cannot be undone."));
}

// What is due, and destroying it.
QList<Command> retentionDestructionCommands()
{
    using R = RetentionCommands;
    return {
        command("retention due",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "List what has expired (or expires soon) and must be "
                                  "destroyed."),
                QList<QCommandLineOption> {
                    referenceDateOption(),
                    option(QStringLiteral("within"),
                           QT_TRANSLATE_NOOP("pd::cli",
                                             "Also what expires within this many "
                                             "days after it."),
                           QT_TRANSLATE_NOOP("pd::cli", "days")) }
                    + listOptions(),
                R::runDue),
        command("retention destroy",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Destroy a data subject's closed request files and everything "
                                  "else about them that no other retention rule keeps, or a closed "
                                  "data breach whose retention period has ended (only with "
                                  "--confirm)."),
                { option(QStringLiteral("case"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "A request of the data subject whose request "
                                           "files are destroyed."),
                         QT_TRANSLATE_NOOP("pd::cli", "number")),
                  personOption(),
                  option(QStringLiteral("breach"),
                         QT_TRANSLATE_NOOP("pd::cli",
                                           "A closed data breach (DL-YYYY-NNNN) whose "
                                           "personal data and free texts are destroyed; "
                                           "the register keeps its skeleton."),
                         QT_TRANSLATE_NOOP("pd::cli", "number")),
                  methodOption(), confirmOption(), confirmNotBsnOption() },
                R::runDestroy),
    };
}

// One data subject: when a term starts, and holding destruction.
QList<Command> retentionPersonCommands()
{
    using R = RetentionCommands;
    return {
        command("retention item set",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Register (or move) when a retention period starts for a data "
                                  "subject, e.g. the end of the tenancy."),
                { personOption(), ruleOption(),
                  option(QStringLiteral("trigger"),
                         QT_TRANSLATE_NOOP("pd::cli", "Date of the event the period runs from."),
                         dateValue) },
                R::runItemSet),
        command("retention item destroy",
                QT_TRANSLATE_NOOP("pd::cli",
                                  "Record that one expired retention item of a data subject (data "
                                  "outside Privacydesk) was destroyed (only with --confirm)."),
                { personOption(), ruleOption(), methodOption(), confirmOption(),
                  confirmNotBsnOption() },
                R::runItemDestroy),
        command(
            "retention hold",
            QT_TRANSLATE_NOOP("pd::cli",
                              "Place a legal hold: nothing of the data subject is "
                              "destroyed."),
            { personOption(),
              option(QStringLiteral("reason"),
                     QT_TRANSLATE_NOOP("pd::cli", "Why, e.g. an open AP complaint."), textValue),
              confirmNotBsnOption() },
            R::runHold),
        command("retention release",
                QT_TRANSLATE_NOOP("pd::cli", "Release a data subject's legal hold."),
                { personOption() }, R::runRelease),
    };
}

// The destruction log (the rules: RetentionRuleCommands.cpp).
QList<Command> retentionLogCommands()
{
    return { command("retention log", QT_TRANSLATE_NOOP("pd::cli", "Show the destruction log."),
                     listOptions(), RetentionCommands::runLog) };
}

} // namespace

QList<Command> retentionCommands()
{
    return retentionDestructionCommands() + retentionPersonCommands() + retentionRuleCommands()
        + retentionLogCommands();
}

} // namespace pd::cli
