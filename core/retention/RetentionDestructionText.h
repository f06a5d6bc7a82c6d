#pragma once

// What a destruction says: in its log (Dutch, as logged), in the trails and to the user
// (translated). Private to the planner (core/retention/Retention*.cpp).

#include "audit/AuditLog.h"
#include "retention/Retention.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace pd::retention {

struct Sweep
{
    int disclosures = 0;
    int drafts = 0;
    int auditPayloads = 0;
};

QString keptForLog(const QList<RetentionItem> &kept);
// A step of a destruction as counted (its key in DestructionRecord::counts) with its Dutch words
// for one and for more; a step not always said is left out of the words when it found nothing.
struct CountedStep
{
    const char *key;
    const char *one;
    const char *more;
    bool always = false;
};
QString stepsInWords(const QJsonObject &counts, std::initializer_list<CountedStep> steps);
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
