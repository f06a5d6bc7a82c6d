#pragma once

#include "audit/AuditLog.h"
#include "cases/CaseService.h"
#include "domain/BsnGuard.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

namespace pd {

class Store;

// What the registers' services and repositories share (and some of cases and documents):
// NULL-aware binding, an invalid-input ServiceError, the audit log of a store (for reading its
// trail; writes go through UnitOfWork). Storage errors: ServiceError::fromSql and
// ServiceError::fromTransaction.
namespace registers {

QString isoDate(QDate date);
QDate dateFrom(const QVariant &value);
QVariant nullable(const QString &text);
QVariant nullableDate(QDate date);
QJsonValue jsonDate(QDate date);
qint64 insertedRowId(const QSqlDatabase &db);
ServiceError invalid(const QString &message);
AuditLog auditLog(const Store &store, const Clock &clock);

} // namespace registers
} // namespace pd
