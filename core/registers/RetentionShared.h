#pragma once

// What the retention planner's source files share (Retention.cpp: codes, items and what is due;
// RetentionRules.cpp; RetentionHolds.cpp; RetentionDestruction.cpp). Private to the planner: not
// included outside core/registers/Retention*.cpp.

#include "registers/Retention.h"
#include "util/ServiceError.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace pd::retention {

inline const QString personEntity = QStringLiteral("person");
inline const QString caseEntity = QStringLiteral("case");
inline const QString ruleEntity = QStringLiteral("retention-rule");
inline const QString anonymisedName = QStringLiteral("geanonimiseerd");
inline const QString closedStates
    = QStringLiteral("('afgerond', 'ingetrokken', 'niet-in-behandeling')");

QString isoDate(QDate date); // empty for an invalid date
QVariant nullable(const QString &text); // NULL for blank text, else the trimmed text
qint64 insertedRowId(const QSqlDatabase &db);
ServiceError invalid(const QString &message);
void bindAll(QSqlQuery &query, const QVariantList &values);

inline const QString ruleColumns
    = QStringLiteral("r.id, r.code, r.category, r.trigger_event, r.period_amount, r.period_unit, "
                     "r.legal_ground, r.relations");
inline constexpr int ruleColumnCount = 8;
RetentionRule ruleFrom(const QSqlQuery &query, int first);

inline const QString openHoldReason = QStringLiteral(
    "(SELECT h.reason FROM retention_holds h WHERE h.person_id = p.id AND h.released_on IS NULL "
    "ORDER BY h.id LIMIT 1)");

// A stored item with its person, open hold and rule (itemFrom reads a row of it).
inline const QString itemSelect
    = QStringLiteral(
          "SELECT i.id, i.person_id, p.klantnummer, p.name, i.trigger_date, i.expires_on, "
          "i.destroyed_on, i.destroyed_method, i.destroyed_by, ")
    + openHoldReason + QStringLiteral(", ") + ruleColumns + QStringLiteral(", i.derived")
    + QStringLiteral(" FROM retention_items i JOIN persons p ON p.id = i.person_id "
                     "JOIN retention_rules r ON r.id = i.rule_id ");
// The row of itemSelect (or a statement with the same columns: ..., ruleColumns, i.derived).
RetentionItem itemFrom(const QSqlQuery &query, QDate on, int withinDays);

} // namespace pd::retention
