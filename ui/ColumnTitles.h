#pragma once

#include <QVariant>

#include <cstddef>

namespace pd::ui {

// A table model's column titles, one per column in column order, written as QT_TR_NOOP in the
// model's own headerData() so that lupdate files them under the model's context, and translated
// here in that same context. Nothing for the rows: the desk's tables do not number them.
template<typename Model, std::size_t N>
QVariant columnTitle(const char *const (&titles)[N], int section, Qt::Orientation orientation,
                     int role)
{
    static_assert(N == Model::ColumnCount, "one title per column");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= static_cast<int>(N))
        return {};
    return Model::tr(titles[section]);
}

} // namespace pd::ui
