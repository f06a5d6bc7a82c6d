#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace pd {

// Small files of the user's own that another program must not read or edit unnoticed (issue
// 36): under the user's data folder (<data folder>/Privacydesk/<folder>), 0600 in a 0700 folder,
// each text followed by a line "mac=<hex>", an HMAC-SHA-256 under a key of the folder's own
// ("key", 32 random bytes made on first use). ServerAnchor keeps the heads of server trails so,
// KeptDestructions the destruction logs of the server stores a restore is to replace.
class KeyedFile final
{
public:
    // <data folder>/Privacydesk/<name>.
    static QString folder(const QString &name);
    // The key of folder, made (with the folder, 0700) on first use; empty with *error when it
    // cannot be read or made.
    static QByteArray key(const QString &folder, QString *error);
    // The bytes of path, which must be an ordinary file (no link, pipe or device) of at most
    // maxSize bytes: empty with *error when it cannot be read; *missing when it is not there.
    static QByteArray read(const QString &path, qsizetype maxSize, bool *missing, QString *error);
    // Writes bytes to path (0600), replacing what was there at once (a new file renamed).
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
    // text followed by its MAC line under key.
    static QByteArray sealed(const QByteArray &key, const QByteArray &text);
    // The text of sealed bytes when their MAC line verifies under key; nullopt when it does not
    // (a file altered or damaged).
    static std::optional<QByteArray> unsealed(const QByteArray &key, const QByteArray &bytes);
};

} // namespace pd
