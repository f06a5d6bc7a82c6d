#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace pd {

// Files of the user's own that another program must not edit unnoticed: 0600 in a 0700 folder,
// each sealed by an HMAC-SHA-256 under the folder's own key.
class KeyedFile final
{
public:
    static QString folder(const QString &name);
    static QByteArray key(const QString &folder, QString *error);
    static QByteArray read(const QString &path, qsizetype maxSize, bool *missing, QString *error);
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
    static QByteArray sealed(const QByteArray &key, const QByteArray &text);
    // nullopt when the MAC does not verify (a file altered or damaged).
    static std::optional<QByteArray> unsealed(const QByteArray &key, const QByteArray &bytes);
};

} // namespace pd
