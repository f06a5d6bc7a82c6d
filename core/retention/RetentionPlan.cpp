// The retention planner: a destruction plan as the user sees it (DestructionPlan, see
// Retention.h), and what the person's retention items say about it. The plan is read by
// RetentionService::planDestruction (RetentionDestruction.cpp).

#include "retention/RetentionPlan.h"

#include "retention/Retention.h"

#include <QLocale>

#include <algorithm>

namespace pd {

namespace retention {

void weighItems(const QList<RetentionItem> &items, bool reduced, QDate today, DestructionPlan *plan)
{
    for (const RetentionItem &item : items) {
        if (item.id == 0) {
            plan->expires = item.expires;
            if (item.expires > today)
                plan->blocker = RetentionService::tr(
                                    "The retention period of these request files runs until %1.")
                                    .arg(QLocale().toString(item.expires, QLocale::ShortFormat));
        } else if (item.state != RetentionState::Destroyed) {
            // Another rule still runs (or its destruction outside Privacydesk has not been
            // recorded yet): the person record is what that item points to, so its name and
            // customer number stay for it, and nothing else.
            plan->kept << item;
        }
    }
    if (plan->caseNumbers.isEmpty() && !reduced) {
        // A person without requests (imported from the ERP only): their details in Privacydesk
        // go once nothing of them must still be kept. An expired item not yet recorded as
        // destroyed keeps the name and customer number (to find the data in the ERP by).
        plan->withoutRequests = true;
        for (const RetentionItem &item : items) {
            if (!plan->expires.isValid() || item.expires > plan->expires)
                plan->expires = item.expires;
        }
        const bool running
            = std::any_of(plan->kept.cbegin(), plan->kept.cend(),
                          [today](const RetentionItem &item) { return item.expires > today; });
        if (running && plan->blocker.isEmpty())
            plan->blocker = RetentionService::tr(
                                "This data subject has no requests, and their details must still "
                                "be kept: %1. They can be destroyed when all of this has expired.")
                                .arg(DestructionPlan::keptList(plan->kept));
    } else if (plan->caseNumbers.isEmpty()) {
        // A reduced person without (new) requests: only the kept name and customer number.
        plan->remainder = true;
        if (!plan->kept.isEmpty() && plan->blocker.isEmpty())
            plan->blocker = RetentionService::tr(
                                "Only the name and customer number of this data subject are left, "
                                "kept for other data: %1. They are destroyed when that has been "
                                "recorded as destroyed.")
                                .arg(plan->kept.first().rule.category);
    }
}

QList<RetentionItem> othersKept(const RetentionService &service, const RetentionItem &item,
                                QDate today, ServiceError *error)
{
    QList<RetentionItem> kept;
    for (const RetentionItem &other : service.itemsFor(item.personId, today, 0, error)) {
        if (other.id != 0 && other.id != item.id && other.state != RetentionState::Destroyed)
            kept << other;
    }
    return kept;
}

} // namespace retention

QString DestructionPlan::keptList(const QList<RetentionItem> &kept)
{
    QStringList parts;
    for (const RetentionItem &item : kept) {
        const QString date = QLocale().toString(item.expires, QLocale::ShortFormat);
        QString part = item.state == RetentionState::Expired
            ? RetentionService::tr("%1, expired on %2 but not yet recorded as destroyed")
                  .arg(item.rule.category, date)
            : RetentionService::tr("%1 until %2").arg(item.rule.category, date);
        if (!item.rule.legalGround.isEmpty())
            part += QStringLiteral(", ") + item.rule.legalGround;
        parts << part;
    }
    return parts.join(QStringLiteral("; "));
}

QString DestructionPlan::keptText() const
{
    if (kept.isEmpty())
        return {};
    return RetentionService::tr("Kept: %1. Only the name and customer number stay for this; "
                                "everything else about the data subject is destroyed. When this "
                                "has been recorded as destroyed, they go too.")
        .arg(keptList(kept));
}

QString DestructionPlan::description(bool withKept) const
{
    if (caseNumbers.isEmpty() && !remainder && !withoutRequests)
        return RetentionService::tr("Nothing to destroy.");
    QStringList sentences;
    const QString numbers = caseNumbers.join(QStringLiteral(", "));
    // "the request AVG-2026-0001" / "the requests AVG-2026-0001, AVG-2026-0002"
    const QString requests
        = RetentionService::tr("the request(s) %1", nullptr, static_cast<int>(caseNumbers.size()))
              .arg(numbers);
    if (withoutRequests && kept.isEmpty())
        sentences << RetentionService::tr(
            "The data subject has no requests. Their name, address, phone number, e-mail address "
            "and customer number are replaced: nothing of the data subject remains.");
    if (withoutRequests && !kept.isEmpty())
        sentences << RetentionService::tr("The data subject has no requests. Their address, "
                                          "phone number and e-mail address are removed.");
    if (remainder)
        sentences << RetentionService::tr(
            "The name and customer number that were kept for other data are replaced: nothing "
            "of the data subject remains.");
    if (!caseNumbers.isEmpty() && kept.isEmpty())
        sentences << RetentionService::tr(
                         "The data subject's name, address, phone number, e-mail address and "
                         "customer number are replaced; the descriptions, representatives, "
                         "callback numbers and %n note(s) of %1 are removed.",
                         nullptr, notes)
                         .arg(requests);
    if (!caseNumbers.isEmpty() && !kept.isEmpty())
        sentences << RetentionService::tr(
                         "The data subject's address, phone number and e-mail address are "
                         "removed and %1; their descriptions, representatives, callback numbers "
                         "and %n note(s) are removed.",
                         nullptr, notes)
                         .arg(RetentionService::tr(
                                  "the request(s) %1 are detached from the data subject", nullptr,
                                  static_cast<int>(caseNumbers.size()))
                                  .arg(numbers));
    if (attachments > 0)
        sentences << RetentionService::tr("%n file(s) kept with the requests (originals, "
                                          "mandates) are destroyed; their name goes, their size "
                                          "and fingerprint stay as proof.",
                                          nullptr, attachments);
    if (letters > 0)
        sentences << RetentionService::tr("The text of %n letter(s) is destroyed; their kind, "
                                          "date and fingerprint stay as proof.",
                                          nullptr, letters);
    if (apReferences > 0)
        sentences << RetentionService::tr(
            "%n reference(s) of the Autoriteit Persoonsgegevens are removed.", nullptr,
            apReferences);
    if (disclosures > 0)
        sentences << RetentionService::tr(
            "%n disclosure(s) no longer name the data subject; their date, recipient, legal "
            "basis, data categories and purpose stay.",
            nullptr, disclosures);
    if (drafts > 0)
        sentences << RetentionService::tr(
            "%n intake draft(s) holding the data subject's details are deleted.", nullptr, drafts);
    if (searchRows > 0)
        sentences << RetentionService::tr(
            "The search index no longer finds the requests by the data subject.");
    sentences << RetentionService::tr(
        "The details of %n audit event(s) are destroyed (the events themselves stay, so the "
        "audit trail still verifies).",
        nullptr, auditEvents);
    sentences << RetentionService::tr("This cannot be undone.");
    if (withKept && !kept.isEmpty())
        sentences << keptText();
    return sentences.join(u' ');
}

} // namespace pd
