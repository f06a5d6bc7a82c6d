#pragma once

// The rows of a QListWidget that shows a list of records one line each (the request overview's
// holds and consents): their texts, and the record of the current row.

#include <QList>
#include <QListWidget>
#include <QStringList>

#include <optional>

namespace pd::ui {

// Every row's text, top to bottom (what the tests and the accessibility read).
inline QStringList rowTexts(const QListWidget &list)
{
    QStringList result;
    for (int i = 0; i < list.count(); ++i)
        result << list.item(i)->text();
    return result;
}

// The record shown in the current row; none when no row is current or the row is the list's
// empty-state line (beyond the records).
template<typename T>
std::optional<T> currentRecord(const QListWidget &list, const QList<T> &records)
{
    const int row = list.currentRow();
    if (row < 0 || row >= records.size())
        return std::nullopt;
    return records.at(row);
}

} // namespace pd::ui
