#pragma once

#include "audit/AuditLog.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

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

// What the modules share; storage errors are ServiceError::fromSql and fromTransaction.
namespace support {

QString isoDate(QDate date);
QDate dateFrom(const QVariant &value);
// A moment as the stores keep it: ISO 8601 in UTC with milliseconds; empty when invalid.
QString isoMoment(const QDateTime &moment);
QDateTime momentFrom(const QVariant &value);
QVariant nullable(const QString &text);
QVariant nullableDate(QDate date);
QJsonValue jsonDate(QDate date);
ServiceError invalid(const QString &message);
// The error a read reports, cleared, or a place to drop it when the caller gave none.
ServiceError &sink(ServiceError *error, ServiceError &ignored);
AuditLog auditLog(const Store &store, const Clock &clock);

} // namespace support
} // namespace pd
