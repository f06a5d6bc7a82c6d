#pragma once

#include <QList>
#include <QListWidget>
#include <QStringList>

#include <optional>

namespace pd::ui {

inline QStringList rowTexts(const QListWidget &list)
{
    QStringList result;
    for (int i = 0; i < list.count(); ++i)
        result << list.item(i)->text();
    return result;
}

// None when no row is current or the row is the empty-state line beyond the records.
template<typename T>
std::optional<T> currentRecord(const QListWidget &list, const QList<T> &records)
{
    const int row = list.currentRow();
    if (row < 0 || row >= records.size())
        return std::nullopt;
    return records.at(row);
}

} // namespace pd::ui
