#pragma once

// What the person's retention items say about a destruction plan (RetentionPlan.cpp). Private
// to the planner: not included outside core/registers/Retention*.cpp.

#include "retention/Retention.h"

#include <QDate>
#include <QList>

namespace pd::retention {

// The items (RetentionService::itemsFor, on today) weighed into the plan of a person whose
// requests are read: when the request files expire, which items keep the name and customer
// number, whether it is a person without requests or the remainder of a reduced one, and what
// of this blocks the destruction (a blocker found before stays).
void weighItems(const QList<RetentionItem> &items, bool reduced, QDate today,
                DestructionPlan *plan);
// The person's other items that still keep them once item is destroyed
// (RetentionService::recordItemDestroyed; *error when the read failed).
QList<RetentionItem> othersKept(const RetentionService &service, const RetentionItem &item,
                                QDate today, ServiceError *error);

} // namespace pd::retention
