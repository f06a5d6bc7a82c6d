#pragma once

#include "terms/RetentionTerms.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace pd {

// The destruction log of a server store, kept on this computer across its restore.
//
// A server store is restored into an empty database only: IT drops and re-creates the database
// first, and with it goes the log of what the replaced store destroyed after the backup was
// made. `restore` on the database that still holds the store therefore reads that log first (as
// DestructionTraces: numbers, ids and moments, no personal data), keeps it here per store, and
// refuses; the same `restore` into the emptied database then destroys again what the backup still
// holds of it (RetentionService::restoreServer) and removes the file. A second refusal adds to
// what the first kept, so that the log of the store as it was is never lost.
//
// The file is the user's own (<data folder>/Privacydesk/server-destructions/<store id>.traces,
// 0600 in a 0700 folder) under an HMAC-SHA-256 with a key beside it (KeyedFile): another program
// cannot shorten the list unnoticed, and a file that cannot be read or fails its MAC is an error,
// never "nothing kept".
class KeptDestructions final
{
    Q_DECLARE_TR_FUNCTIONS(pd::KeptDestructions)
public:
    static QString directory();
    // Keeps traces as the log of storeId, added to what is kept for it already (never written
    // over: entries kept before stay, the same entry is kept once); *kept receives how many are
    // kept now. A kept log that cannot be read or was altered is left as it is: false, *error.
    static bool keep(const QUuid &storeId, const QList<DestructionTrace> &traces, qsizetype *kept,
                     QString *error);
    // The log kept for storeId; nullopt with *error empty when none is kept on this computer,
    // with *error (translated) when the file cannot be read, or was altered or damaged.
    static std::optional<QList<DestructionTrace>> read(const QUuid &storeId, QString *error);
    // Removes the log kept for storeId (true when none is there).
    static bool remove(const QUuid &storeId, QString *error);
};

} // namespace pd
