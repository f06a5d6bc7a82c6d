#pragma once

#include "util/OutputFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pd {

// CSV that Dutch Excel opens as it should: UTF-8 with a BOM, ';', CRLF, and a field that would
// start a formula neutralised (CSV injection).
class Csv final
{
    Q_DECLARE_TR_FUNCTIONS(pd::Csv)

public:
    static QString field(QString value);
    static QString row(const QStringList &fields);
    static QByteArray file(const QString &rows);
    static bool write(const QByteArray &bytes, const OutputTarget &target, QString *error);
};

} // namespace pd
