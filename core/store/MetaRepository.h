#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pd {

// The table meta (key, value), the store's own: its id, when and by which version it was made,
// the organisation's name at creation, the demo mark, the first audit event whose chain hash is
// keyed, and on a server store the schema version (a store folder keeps that in user_version).
// The one code that writes SQL naming it; the store's files ask it.
class MetaRepository final
{
public:
    MetaRepository() = delete;

    // A key's value; empty when the key is not there or the read failed.
    static QString value(const QSqlDatabase &db, const QString &key);
    // A new key; false when the insert failed (the statement's error is on the connection).
    static bool insert(const QSqlDatabase &db, const QString &key, const QString &value);
    // A new key on a server store, where QPSQL binds an empty text as NULL: an empty value is
    // kept as the empty text, as a store folder keeps it. False with the statement's error text.
    static bool insertOnServer(const QSqlDatabase &db, const QString &key, const QString &value,
                               QString *error);

    // The server's schema version: 0 before the baseline made the table; *ok false when the
    // read failed (then -1).
    static int serverSchemaVersion(const QSqlDatabase &db, bool *ok);
    // The server's schema version set, inside the caller's transaction; false with the
    // statement's error text.
    static bool setServerSchemaVersion(const QSqlDatabase &db, int version, QString *error);
};

} // namespace pd
