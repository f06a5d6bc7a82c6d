#include "util/Csv.h"

namespace pd {

QString Csv::field(QString value)
{
    // A leading =, +, - or @ makes Excel evaluate the cell as a formula (CSV injection).
    if (!value.isEmpty() && QStringView(u"=+-@").contains(value.front()))
        value.prepend(u'\'');
    const bool quote = value.contains(u';') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r') || value.startsWith(u' ') || value.endsWith(u' ');
    if (!quote)
        return value;
    value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

QString Csv::row(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &value : fields)
        quoted << field(value);
    return quoted.join(u';') + QStringLiteral("\r\n");
}

QByteArray Csv::file(const QString &rows)
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + rows.toUtf8();
}

bool Csv::write(const QByteArray &bytes, const OutputTarget &target, QString *error)
{
    QString why;
    if (OutputFile::write(target, bytes, &why))
        return true;
    if (error)
        *error = why;
    return false;
}

} // namespace pd
