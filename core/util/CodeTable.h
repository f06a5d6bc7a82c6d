#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <iterator>
#include <optional>

// A vocabulary as a table: the enum value, its stable code (CLI, JSON, database) and its label,
// marked with QT_TRANSLATE_NOOP.
namespace pd::codes {

template<typename E> struct Entry
{
    E value;
    const char *code;
    const char *label;
};

template<typename E, std::size_t N> const Entry<E> &entryFor(const Entry<E> (&table)[N], E value)
{
    const auto it = std::find_if(std::begin(table), std::end(table),
                                 [value](const Entry<E> &e) { return e.value == value; });
    Q_ASSERT(it != std::end(table));
    return *it;
}

template<typename E, std::size_t N>
std::optional<E> fromCode(const Entry<E> (&table)[N], QStringView code)
{
    for (const Entry<E> &e : table) {
        if (code == QLatin1StringView(e.code))
            return e.value;
    }
    return std::nullopt;
}

template<typename E, std::size_t N> QList<E> valuesOf(const Entry<E> (&table)[N])
{
    QList<E> values;
    values.reserve(static_cast<qsizetype>(N));
    for (const Entry<E> &e : table)
        values << e.value;
    return values;
}

template<typename E, std::size_t N> QString codeOf(const Entry<E> (&table)[N], E value)
{
    return QLatin1StringView(entryFor(table, value).code);
}

template<typename E, std::size_t N>
QString labelOf(const char *context, const Entry<E> (&table)[N], E value)
{
    return QCoreApplication::translate(context, entryFor(table, value).label);
}

} // namespace pd::codes
