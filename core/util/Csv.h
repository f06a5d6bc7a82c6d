#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pd {

// CSV that Dutch Excel opens as it should: UTF-8 with a byte order mark, ';' between fields,
// CRLF line ends, and fields that would start a formula (=, +, -, @) neutralised with a quote
// (CSV injection). Used by every export (processing register, dashboards, inzage).
class Csv final
{
    Q_DECLARE_TR_FUNCTIONS(pd::Csv)

public:
    // One field, quoted when it must be.
    static QString field(QString value);
    // One line of fields, ending in CRLF.
    static QString row(const QStringList &fields);
    // The rows as the bytes of a file: BOM + UTF-8.
    static QByteArray file(const QString &rows);
    // Writes the bytes atomically (QSaveFile); on failure one translated sentence in *error.
    static bool write(const QByteArray &bytes, const QString &path, QString *error);
};

} // namespace pd
