#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pd {

// The one code that writes SQL naming the table meta.
class MetaRepository final
{
public:
    MetaRepository() = delete;

    static QString value(const QSqlDatabase &db, const QString &key);
    static bool insert(const QSqlDatabase &db, const QString &key, const QString &value);
    // QPSQL binds an empty text as NULL: this keeps it the empty text.
    static bool insertOnServer(const QSqlDatabase &db, const QString &key, const QString &value,
                               QString *error);

    // 0 before the baseline made the table; -1 with *ok false when unreadable.
    static int serverSchemaVersion(const QSqlDatabase &db, bool *ok);
    static bool setServerSchemaVersion(const QSqlDatabase &db, int version, QString *error);
};

} // namespace pd
