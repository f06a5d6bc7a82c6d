#pragma once

// What the retention planner's source files share (Retention.cpp: items and what is due, and the
// shared reads; RetentionCodes.cpp; RetentionRules.cpp; RetentionHolds.cpp;
// RetentionDestruction.cpp with RetentionPlan, RetentionIdentity and RetentionDestructionText;
// RetentionBreaches.cpp). Private to the planner: not included outside
// core/registers/Retention*.cpp.

#include "persons/PersonRepository.h"
#include "registers/Retention.h"
#include "util/ServiceError.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

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
    + QStringLiteral(" FROM retention_items i ") + PersonRepository::joinSql(u"p", u"i.person_id")
    + QStringLiteral(" JOIN retention_rules r ON r.id = i.rule_id ");
// The row of itemSelect (or a statement with the same columns: ..., ruleColumns, i.derived).
RetentionItem itemFrom(const QSqlQuery &query, QDate on, int withinDays);

// What replaces destroyed personal data inside a text that stays (Dutch, as stored).
inline const QString destroyedMark = QStringLiteral("[vernietigd]");

// Destruction, shared by every kind of it (the log in RetentionLog.cpp, the write-ahead log in
// Retention.cpp, its warning in RetentionDestructionText.cpp):
// the latest audit event, the proof a destruction-log entry repeats;
bool lastEvent(const QSqlDatabase &db, qint64 *seq, QString *hash, ServiceError *error);
// the destruction-log entry: completes record with the latest audit event (lastEvent) as its
// proof, writes it in the caller's transaction under ruleId (NULL: no rule) and sets its id;
bool logDestruction(const QSqlDatabase &db, const QVariant &ruleId, DestructionRecord *record,
                    ServiceError *error);
// the rule as the log keeps it ("Datalekkenregister: 5 jaren na afsluiten-datalek", Dutch);
QString ruleTextOf(const RetentionRule &rule);
// PRAGMA wal_checkpoint(TRUNCATE) until its row says busy = 0 and every frame of the log was
// copied back (log = checkpointed): another connection in a read transaction keeps the log in
// use, and with it the old page images. A few short tries; false with why when it stays busy.
bool truncateWriteAheadLog(const QSqlDatabase &db, QString *why);
// The warning (translated) when the write-ahead log could not be emptied after a destruction.
QString walWarningText();

// The breach register's items (RetentionBreaches.cpp): closed breaches not destroyed whose
// retention period under rule ends in the range of the query, by expiry; at most wanted of them
// (-1: all). False with *error when the read failed.
bool dueBreaches(const QSqlDatabase &db, const DueQuery &query, const RetentionRule &rule,
                 qint64 wanted, QList<RetentionItem> *items, ServiceError *error);
// How many dueBreaches would give without a limit; nothing with *error when the read failed.
std::optional<int> countDueBreaches(const QSqlDatabase &db, const DueQuery &query,
                                    const RetentionRule &rule, ServiceError *error);

} // namespace pd::retention
