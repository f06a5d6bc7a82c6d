#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pd {

// One record of a server's row trail. A value the server would not copy is an object in its place:
// {"withheld": "secret"}, {"withheld": "bsn"} or {"withheld": "size", ...}.
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
