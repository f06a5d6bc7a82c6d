#include "store/ServiceSupport.h"

#include "sql/Dialect.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QUuid>

namespace pd::support {

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

} // namespace pd::support
