#include "store/ServiceSupport.h"

#include "sql/Dialect.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QUuid>

namespace pd::support {

QString isoDate(QDate date)
{
    // What date.toString(Qt::ISODate) writes (empty outside the years 0 to 9999), without its
    // QString::asprintf: an import derives two items of tens of thousands of persons.
    if (!date.isValid() || date.year() < 0 || date.year() > 9999)
        return {};
    const auto digits = [](char16_t *at, int value, int count) {
        for (int i = count - 1; i >= 0; --i, value /= 10)
            at[i] = char16_t(u'0' + value % 10);
    };
    char16_t text[10] = { 0, 0, 0, 0, u'-', 0, 0, u'-', 0, 0 };
    digits(text, date.year(), 4);
    digits(text + 5, date.month(), 2);
    digits(text + 8, date.day(), 2);
    return QStringView(text, 10).toString();
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString isoMoment(const QDateTime &moment)
{
    return moment.isValid() ? moment.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime momentFrom(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
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

ServiceError invalid(const QString &message)
{
    return { ServiceError::Code::Invalid, message, {} };
}

ServiceError &sink(ServiceError *error, ServiceError &ignored)
{
    ServiceError &target = error ? *error : ignored;
    target = {};
    return target;
}

AuditLog auditLog(const Store &store, const Clock &clock)
{
    return AuditLog(store.database(), store.storeId().toString(QUuid::WithoutBraces), clock);
}

} // namespace pd::support
