#pragma once

// What the planner's source files share. Private to the planner (core/retention/Retention*.cpp).

#include "retention/Retention.h"
#include "store/ServiceSupport.h"
#include "util/ServiceError.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace pd::retention {

using support::invalid;
using support::isoDate;
using support::nullable;

inline const QString personEntity = QStringLiteral("person");
inline const QString caseEntity = QStringLiteral("case");
inline const QString ruleEntity = QStringLiteral("retention-rule");
inline const QString anonymisedName = QStringLiteral("geanonimiseerd");
inline const QString closedStates
    = QStringLiteral("('afgerond', 'ingetrokken', 'niet-in-behandeling')");

// Dutch, as stored.
inline const QString destroyedMark = QStringLiteral("[vernietigd]");

bool lastEvent(const QSqlDatabase &db, qint64 *seq, QString *hash, ServiceError *error);
// Completes record with lastEvent as its proof and writes it in the caller's transaction.
bool logDestruction(const QSqlDatabase &db, const QVariant &ruleId, DestructionRecord *record,
                    ServiceError *error);
QString ruleTextOf(const RetentionRule &rule);
QString walWarningText();
// Empties the write-ahead log after a destruction, so that no old page of the destroyed rows
// lingers in it; false (and a warning logged) while another connection reads and it may.
bool emptyWriteAheadLog(const QSqlDatabase &db);

bool dueBreaches(const QSqlDatabase &db, const DueQuery &query, const RetentionRule &rule,
                 qint64 wanted, QList<RetentionItem> *items, ServiceError *error);
std::optional<int> countDueBreaches(const QSqlDatabase &db, const DueQuery &query,
                                    const RetentionRule &rule, ServiceError *error);

} // namespace pd::retention
