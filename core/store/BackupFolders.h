#pragma once

#include "store/StoreError.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace pd {

// Dated backup folders, so that backup --keep N removes only what this naming made.
class BackupFolders final
{
public:
    // On the organisation's clock, to the minute.
    static QString nameFor(const QDateTime &localTime);
    // Never an existing name (a folder, a file or a dangling link).
    static QString newFolderIn(const QString &parent, const QDateTime &localTime);

    struct Stamp
    {
        QDateTime localTime;
        int number = 1;
    };
    static std::optional<Stamp> stampOf(const QString &name);
    static bool isOlder(const Stamp &a, const Stamp &b);

    static bool list(const QString &parent, QStringList *names, StoreError *error);

    enum class Identity {
        ThisStore, // a backup of the store asked about
        OtherStore, // a backup, of another store (another id in its keyring)
        Unknown, // anything else: a link, a file, other files inside, an unreadable keyring
    };
    // Exactly privacydesk.db and keyring.pdk as ordinary files, the keyring with that store id.
    static Identity identify(const QString &folder, const QUuid &storeId);
};

} // namespace pd
