#pragma once

// Private to the planner (core/retention/Retention*.cpp).

#include "retention/Retention.h"

#include <QDate>
#include <QList>

namespace pd::retention {

// A blocker found before stays.
void weighItems(const QList<RetentionItem> &items, bool reduced, QDate today,
                DestructionPlan *plan);
QList<RetentionItem> othersKept(const RetentionService &service, const RetentionItem &item,
                                QDate today, ServiceError *error);

} // namespace pd::retention
