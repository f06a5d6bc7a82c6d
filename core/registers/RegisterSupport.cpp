#include "registers/RegisterSupport.h"

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

// Asked of SQLite itself (see CaseService: lastInsertId() can be empty).
qint64 insertedRowId(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT last_insert_rowid()")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

ServiceError invalid(const QString &message)
{
    return { ServiceError::Code::Invalid, message, {} };
}

AuditLog auditLog(const Store &store, const Clock &clock)
{
    return AuditLog(store.database(), store.info().storeId.toString(QUuid::WithoutBraces), clock);
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
