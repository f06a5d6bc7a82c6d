#pragma once

#include "util/OutputFile.h"

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
    // Through OutputFile: never over an existing file unless the target allows it, never into
    // the store's folder, renamed into place only once written whole.
    static bool write(const QByteArray &bytes, const OutputTarget &target, QString *error);
};

} // namespace pd
