// The retention planner: what a destruction says, in its log (Dutch, as logged), in the trails of
// what it touched and to the user (translated). The destruction itself is
// RetentionDestruction.cpp, the plan's description RetentionPlan.cpp.

#include "retention/RetentionDestructionText.h"

#include "retention/Retention.h"
#include "retention/RetentionShared.h"

#include <QLocale>

namespace pd {

namespace retention {

// "Financiële gegevens tot 31-12-2031, Fiscale bewaarplicht (art. 52 AWR)" for each kept item
// (Dutch, as logged).
QString keptForLog(const QList<RetentionItem> &kept)
{
    QStringList parts;
    for (const RetentionItem &item : kept) {
        QString part = QStringLiteral("%1 tot %2")
                           .arg(item.rule.category, item.expires.toString(u"dd-MM-yyyy"));
        if (!item.rule.legalGround.isEmpty())
            part += QStringLiteral(", ") + item.rule.legalGround;
        parts << part;
    }
    return parts.isEmpty()
        ? QString()
        : QStringLiteral("naam en klantnummer bewaard voor: ") + parts.join(QStringLiteral("; "));
}

// Every step as a count (see DestructionRecord::counts) in plain Dutch words, as logged; the
// steps that found nothing are left out of the words (the counts keep them).
QString stepsInWords(const QJsonObject &counts, std::initializer_list<CountedStep> steps)
{
    QStringList words;
    for (const CountedStep &step : steps) {
        const int n = counts.value(QLatin1StringView(step.key)).toInt();
        // Dutch singular and plural ("1 notitie verwijderd", "2 notities verwijderd").
        if (step.always || n > 0)
            words << QString::fromUtf8(n == 1 ? step.one : step.more).arg(n);
    }
    return words.join(QStringLiteral("; "));
}

QString countsInWords(const QJsonObject &counts)
{
    return stepsInWords(
        counts,
        { { "requests", "%1 verzoekdossier", "%1 verzoekdossiers", true },
          { "notes", "%1 notitie verwijderd", "%1 notities verwijderd", true },
          { "audit_payloads", "%1 auditdetails vernietigd", "%1 auditdetails vernietigd", true },
          { "attachments", "%1 bestand vernietigd", "%1 bestanden vernietigd" },
          { "letters", "%1 brief vernietigd", "%1 brieven vernietigd" },
          { "ap_references", "%1 AP-kenmerk verwijderd", "%1 AP-kenmerken verwijderd" },
          { "disclosures", "%1 verstrekking losgekoppeld", "%1 verstrekkingen losgekoppeld" },
          { "drafts", "%1 intakeconcept verwijderd", "%1 intakeconcepten verwijderd" },
          { "search_rows", "%1 zoekindexregel herschreven", "%1 zoekindexregels herschreven" } });
}

// Every step of destroying request files as a count (see DestructionRecord::counts).
QJsonObject requestFileCounts(const DestructionPlan &plan, const Sweep &sweep, int destroyed)
{
    return { { QStringLiteral("requests"), static_cast<int>(plan.caseNumbers.size()) },
             { QStringLiteral("notes"), plan.notes },
             { QStringLiteral("attachments"), plan.attachments },
             { QStringLiteral("letters"), plan.letters },
             { QStringLiteral("ap_references"), plan.apReferences },
             { QStringLiteral("disclosures"), sweep.disclosures },
             { QStringLiteral("drafts"), sweep.drafts },
             { QStringLiteral("audit_payloads"), destroyed },
             { QStringLiteral("search_rows"), plan.searchRows } };
}

// Every step of destroying the remainder of a person without requests as a count.
QJsonObject remainderCounts(const Sweep &sweep, int payloads)
{
    return { { QStringLiteral("requests"), 0 },
             { QStringLiteral("notes"), 0 },
             { QStringLiteral("attachments"), 0 },
             { QStringLiteral("letters"), 0 },
             { QStringLiteral("ap_references"), 0 },
             { QStringLiteral("disclosures"), sweep.disclosures },
             { QStringLiteral("drafts"), sweep.drafts },
             { QStringLiteral("audit_payloads"), payloads + sweep.auditPayloads },
             { QStringLiteral("search_rows"), 0 } };
}

// What went when request files were destroyed, as the log says it (Dutch, as logged): what
// became of the person, the counts in words and what is kept.
QString requestFilesWhat(const DestructionPlan &plan, bool keep, const QJsonObject &counts,
                         const QString &kept)
{
    QString what = plan.remainder ? QStringLiteral("rest van de betrokkene vernietigd (naam en "
                                                   "klantnummer); ")
        : keep ? QStringLiteral("persoon teruggebracht tot naam en klantnummer; ")
        : plan.withoutRequests
        ? QStringLiteral("gegevens van de betrokkene in Privacydesk vernietigd (geen verzoeken); ")
        : QStringLiteral("persoon geanonimiseerd; ");
    what += countsInWords(counts);
    if (!kept.isEmpty())
        what += QStringLiteral("; ") + kept;
    return what;
}

// What went of the remainder of a person without requests, as the log adds it to the item's
// words (Dutch, as logged).
QString remainderWhat(bool reduced, const QJsonObject &counts)
{
    return (reduced ? QStringLiteral("; rest van de betrokkene vernietigd (naam en "
                                     "klantnummer); ")
                    : QStringLiteral("; gegevens van de betrokkene in Privacydesk "
                                     "vernietigd (naam, adres, telefoon, e-mail en "
                                     "klantnummer); "))
        + countsInWords(counts);
}

// The event in the trail of each request and data breach whose data went with the request
// files.
QList<AuditEntry> touchedEvents(const DestructionPlan &plan, const QStringList &breaches,
                                const QString &actor, const QString &ruleCode, const QString &how)
{
    QList<AuditEntry> touched;
    for (const QString &number : plan.caseNumbers)
        touched.append(
            { actor,
              caseEntity,
              number,
              QStringLiteral("retention.destroyed"),
              { { QStringLiteral("rule"), ruleCode }, { QStringLiteral("method"), how } } });
    for (const QString &number : breaches)
        touched.append({ actor,
                         QStringLiteral("breach"),
                         number,
                         QStringLiteral("breach.person_destroyed"),
                         { { QStringLiteral("rule"), ruleCode } } });
    return touched;
}

QString keptAfterItemText(bool reduced, const QList<RetentionItem> &kept)
{
    if (kept.isEmpty())
        return {};
    return (reduced
                ? RetentionService::tr("Kept: %1. Only the name and customer number stay for this; "
                                       "they go when this has been recorded as destroyed too.")
                : RetentionService::tr(
                    "Kept: %1. The data subject's details stay in Privacydesk for "
                    "this; they are destroyed when this has been recorded as "
                    "destroyed too."))
        .arg(DestructionPlan::keptList(kept));
}

QString lastItemText()
{
    return RetentionService::tr(
        "This was the last retained data of the data subject: Privacydesk's own copy "
        "of their details (name, address, phone number, e-mail address and customer "
        "number) has been destroyed too.");
}

QString itemWalWarningText()
{
    return RetentionService::tr(
        "Older copies of the data subject's details may remain in the store's "
        "write-ahead log until the next checkpoint, because another program or "
        "window was reading the store. Close the other windows and programs that "
        "use this store; the log is emptied when the store is closed.");
}

QString walWarningText()
{
    return RetentionService::tr(
        "The data have been destroyed in the database, but older copies may remain in its "
        "write-ahead log until the next checkpoint, because another program or window was "
        "reading the store. Close the other windows and programs that use this store; the log "
        "is emptied when the store is closed.");
}

} // namespace retention

} // namespace pd
