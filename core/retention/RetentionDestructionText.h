#pragma once

// What a destruction says (RetentionDestructionText.cpp): in its log (Dutch, as logged), in the
// trails of what it touched and to the user (translated). Private to the planner: not included
// outside core/registers/Retention*.cpp.

#include "audit/AuditLog.h"
#include "retention/Retention.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd::retention {

// What the sweep of a person's traces took (see sweepTraces in RetentionDestruction.cpp).
struct Sweep
{
    int disclosures = 0;
    int drafts = 0;
    int auditPayloads = 0;
};

// What is kept, for the log: "Financiële gegevens tot 31-12-2031, ..." for each kept item.
QString keptForLog(const QList<RetentionItem> &kept);
// Every step as a count (see DestructionRecord::counts) in plain Dutch words.
QString countsInWords(const QJsonObject &counts);
// The counts of destroying request files, and of the remainder of a person without requests.
QJsonObject requestFileCounts(const DestructionPlan &plan, const Sweep &sweep, int destroyed);
QJsonObject remainderCounts(const Sweep &sweep, int payloads);
// What went, in the log's words: of request files (whole), of a remainder (added to the item's).
QString requestFilesWhat(const DestructionPlan &plan, bool keep, const QJsonObject &counts,
                         const QString &kept);
QString remainderWhat(bool reduced, const QJsonObject &counts);
// The events in the trails of the requests and data breaches whose data went with request files.
QList<AuditEntry> touchedEvents(const DestructionPlan &plan, const QStringList &breaches,
                                const QString &actor, const QString &ruleCode, const QString &how);

// After an item was recorded as destroyed (RetentionService::recordItemDestroyed), for the
// page: what still keeps the person (empty when nothing does), that it was their last data and
// their details went too, that older copies of those may remain in the write-ahead log.
QString keptAfterItemText(bool reduced, const QList<RetentionItem> &kept);
QString lastItemText();
QString itemWalWarningText();

} // namespace pd::retention
