#pragma once

#include "terms/RetentionTerms.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace pd {

// A server store's destruction log, kept on this computer across its restore: the database is
// dropped before the restore, and the log with it. Under an HMAC so that another program cannot
// shorten it unnoticed; a file that cannot be read or fails its MAC is an error, never "none".
class KeptDestructions final
{
    Q_DECLARE_TR_FUNCTIONS(pd::KeptDestructions)
public:
    static QString directory();
    // Adds to what is kept, never writes over it.
    static bool keep(const QUuid &storeId, const QList<DestructionTrace> &traces, qsizetype *kept,
                     QString *error);
    // nullopt with *error empty when none is kept on this computer.
    static std::optional<QList<DestructionTrace>> read(const QUuid &storeId, QString *error);
    static bool remove(const QUuid &storeId, QString *error);
};

} // namespace pd
