#include "registers/RegisterSupport.h"

#include "sql/Dialect.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QUuid>

namespace pd::registers {

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant nullable(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                    : QVariant(text.trimmed());
}

QVariant nullableDate(QDate date)
{
    return date.isValid() ? QVariant(isoDate(date)) : QVariant(QMetaType(QMetaType::QString));
}

QJsonValue jsonDate(QDate date)
{
    return date.isValid() ? QJsonValue(isoDate(date)) : QJsonValue(QJsonValue::Null);
}

qint64 insertedRowId(const QSqlDatabase &db)
{
    return sql::lastInsertedId(db);
}

ServiceError invalid(const QString &message)
{
    return { ServiceError::Code::Invalid, message, {} };
}

AuditLog auditLog(const Store &store, const Clock &clock)
{
    return AuditLog(store.database(), store.storeId().toString(QUuid::WithoutBraces), clock);
}

bool guardFields(const QList<QPair<QString, QString>> &fields, bool bsnOverride,
                 QJsonObject *overridePayload, ServiceError *error)
{
    *overridePayload = {};
    const BsnGuard::GuardResult result = BsnGuard::checkFields(fields, bsnOverride);
    if (!result.allowed) {
        *error = { ServiceError::Code::BsnRefused, result.message, result.findings };
        return false;
    }
    if (result.overridden) {
        *overridePayload = result.auditPayload();
    }
    return true;
}

} // namespace pd::registers
