#pragma once

#include "store/StoreError.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace pd {

// The dated folders that backups into a chosen folder get — the desk's "Back-up maken…" and
// `privacydesk-cli backup --to DIR` alike — and finding them again, so that `backup --keep N`
// removes only what this scheme made for this store and nothing else in that folder.
class BackupFolders final
{
public:
    // "privacydesk-back-up-2026-03-02-1430" for a time on the organisation's
    // clock (organisationTime), to the minute.
    static QString nameFor(const QDateTime &localTime);
    // parent/nameFor(localTime), or with -2, -3 … appended while that name exists (as a folder,
    // a file or a dangling link): never an existing name.
    static QString newFolderIn(const QString &parent, const QDateTime &localTime);

    // A name of this scheme: its minute and its number (1 without a suffix, else 2, 3 …).
    struct Stamp
    {
        QDateTime localTime;
        int number = 1;
    };
    static std::optional<Stamp> stampOf(const QString &name);
    // The older first; within one minute the lower number first.
    static bool isOlder(const Stamp &a, const Stamp &b);

    // The names in parent that this scheme made (whatever they are), oldest first. A folder
    // that cannot be read is an error (false), never an empty list.
    static bool list(const QString &parent, QStringList *names, StoreError *error);

    enum class Identity {
        ThisStore, // a backup of the store asked about
        OtherStore, // a backup, of another store (another id in its keyring)
        Unknown, // anything else: a link, a file, other files inside, an unreadable keyring
    };
    // Whether folder is a backup of the store with storeId: an ordinary folder (no link) that
    // holds exactly privacydesk.db and keyring.pdk (what Store::backupTo writes) as ordinary
    // files, whose keyring reads and carries that store id.
    static Identity identify(const QString &folder, const QUuid &storeId);
};

} // namespace pd
