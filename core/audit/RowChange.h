#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pd {

// One record of a server's row trail (audit_row_changes, resources/server/audit.sql): what one
// change did to one row, as the server kept it. A value the server would not copy is an object
// in place of the value: {"withheld": "secret"}, {"withheld": "bsn"} or {"withheld": "size",
// "chars": N, "sha256": "..."}.
struct RowChange
{
    QString table;
    QString operation; // "insert", "update" or "delete"
    QStringList columns; // an update's changed columns
    QJsonObject oldValues; // an update's changed columns before, a removal's whole row
    QJsonObject newValues; // an update's changed columns after
    bool valuesDestroyed = false; // erased under retention
};

} // namespace pd
