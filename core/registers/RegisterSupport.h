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

// What the recipient and disclosure services share: NULL-aware binding, an invalid-input
// ServiceError, and the BSN guard with its logged override. Storage errors: ServiceError::fromSql
// and ServiceError::fromTransaction.
namespace registers {

QString isoDate(QDate date);
QDate dateFrom(const QVariant &value);
QVariant nullable(const QString &text);
QVariant nullableDate(QDate date);
QJsonValue jsonDate(QDate date);
qint64 insertedRowId(const QSqlDatabase &db);
ServiceError invalid(const QString &message);
AuditLog auditLog(const Store &store, const Clock &clock);

// BsnGuard::checkFields with CaseService's contract: refused → *error; overridden → the
// payload of the "bsn.override" event to write with the change (else an empty object).
bool guardFields(const QList<QPair<QString, QString>> &fields, bool bsnOverride,
                 QJsonObject *overridePayload, ServiceError *error);

} // namespace registers
} // namespace pd
