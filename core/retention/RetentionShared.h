#pragma once

// What the retention planner's source files share (Retention.cpp: items and what is due, and the
// shared reads; RetentionCodes.cpp; RetentionRules.cpp; RetentionHolds.cpp;
// RetentionDestruction.cpp with RetentionPlan, RetentionIdentity and RetentionDestructionText;
// RetentionBreaches.cpp). Private to the planner: not included outside
// core/registers/Retention*.cpp.

#include "retention/Retention.h"
#include "store/ServiceSupport.h"
#include "util/ServiceError.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace pd::retention {

// The row values every module shares (store/ServiceSupport.h).
using support::invalid;
using support::isoDate;
using support::nullable;

inline const QString personEntity = QStringLiteral("person");
inline const QString caseEntity = QStringLiteral("case");
inline const QString ruleEntity = QStringLiteral("retention-rule");
inline const QString anonymisedName = QStringLiteral("geanonimiseerd");
inline const QString closedStates
    = QStringLiteral("('afgerond', 'ingetrokken', 'niet-in-behandeling')");

// What replaces destroyed personal data inside a text that stays (Dutch, as stored).
inline const QString destroyedMark = QStringLiteral("[vernietigd]");

// Destruction, shared by every kind of it (the log in RetentionLog.cpp, the write-ahead log in
// RetentionDestructionRepository, its warning in RetentionDestructionText.cpp):
// the latest audit event, the proof a destruction-log entry repeats;
bool lastEvent(const QSqlDatabase &db, qint64 *seq, QString *hash, ServiceError *error);
// the destruction-log entry: completes record with the latest audit event (lastEvent) as its
// proof, writes it in the caller's transaction under ruleId (NULL: no rule) and sets its id;
bool logDestruction(const QSqlDatabase &db, const QVariant &ruleId, DestructionRecord *record,
                    ServiceError *error);
// the rule as the log keeps it ("Datalekkenregister: 5 jaren na afsluiten-datalek", Dutch);
QString ruleTextOf(const RetentionRule &rule);
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
