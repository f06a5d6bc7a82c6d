#pragma once

// What a destruction says: in its log (Dutch, as logged), in the trails and to the user
// (translated). Private to the planner (core/retention/Retention*.cpp).

#include "audit/AuditLog.h"
#include "retention/Retention.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd::retention {

struct Sweep
{
    int disclosures = 0;
    int drafts = 0;
    int auditPayloads = 0;
};

QString keptForLog(const QList<RetentionItem> &kept);
QString countsInWords(const QJsonObject &counts);
QJsonObject requestFileCounts(const DestructionPlan &plan, const Sweep &sweep, int destroyed);
QJsonObject remainderCounts(const Sweep &sweep, int payloads);
QString requestFilesWhat(const DestructionPlan &plan, bool keep, const QJsonObject &counts,
                         const QString &kept);
QString remainderWhat(bool reduced, const QJsonObject &counts);
QList<AuditEntry> touchedEvents(const DestructionPlan &plan, const QStringList &breaches,
                                const QString &actor, const QString &ruleCode, const QString &how);

QString keptAfterItemText(bool reduced, const QList<RetentionItem> &kept);
QString lastItemText();
QString itemWalWarningText();

} // namespace pd::retention
