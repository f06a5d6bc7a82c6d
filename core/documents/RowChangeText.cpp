#include "documents/RowChangeText.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace pd {

QString RowChangeText::value(const QJsonValue &v, int maxChars)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return v.toVariant().toString();
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        const QString why = o.value(QLatin1StringView("withheld")).toString();
        if (why == QLatin1StringView("secret"))
            //: Dutch: "[geheim, niet bewaard]"
            return tr("[secret, not kept]");
        if (why == QLatin1StringView("bsn"))
            //: Dutch: "[niet bewaard: mogelijk een BSN]"
            return tr("[not kept: may hold a BSN]");
        if (why == QLatin1StringView("size"))
            //: Dutch: "[%n tekens, niet bewaard]"
            return tr("[%n characters, not kept]", nullptr,
                      o.value(QLatin1StringView("chars")).toInt());
    }
    if (!v.isString())
        return v.toVariant().toString();
    QString text = v.toString().simplified();
    if (maxChars > 0 && text.size() > maxChars)
        text = text.left(maxChars - 1) + QChar(0x2026);
    return QChar(0x2018) + text + QChar(0x2019);
}

QString RowChangeText::values(const RowChange &change, int maxChars)
{
    if (change.valuesDestroyed)
        //: Dutch: "de waarden zijn vernietigd volgens de bewaartermijn"
        return tr("the values were destroyed under the retention rule");
    QStringList parts;
    if (change.operation == QLatin1StringView("update")) {
        for (const QString &column : change.columns)
            parts << QStringLiteral("%1: %2 → %3")
                         .arg(column, value(change.oldValues.value(column), maxChars),
                              value(change.newValues.value(column), maxChars));
        return parts.join(QStringLiteral("; "));
    }
    if (change.operation == QLatin1StringView("delete")) {
        for (auto it = change.oldValues.constBegin(); it != change.oldValues.constEnd(); ++it)
            parts << QStringLiteral("%1: %2").arg(it.key(), value(it.value(), maxChars));
        //: Dutch: "de rij was: %1"
        return tr("the row was: %1").arg(parts.join(QStringLiteral("; ")));
    }
    // An insertion keeps no values: the row holds them.
    return {};
}

} // namespace pd
