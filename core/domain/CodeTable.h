#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <optional>
#include <span>

// A vocabulary as a table: the enum value, its stable code (CLI, JSON, database) and its label,
// marked with QT_TRANSLATE_NOOP in the vocabulary's context.
namespace pd::codes {

template<typename E> struct Entry
{
    E value;
    const char *code;
    const char *label; // nullptr in a vocabulary of codes only, whose labels the screen words
};

template<typename E> struct Vocabulary
{
    std::span<const Entry<E>> entries;
    const char *context; // the one the labels were marked in
    // Codes of earlier releases that still stand in stored events and scripts: read, never written.
    std::span<const Entry<E>> formerCodes = {};
    // Codes a person types (a letter's kind, a restriction's ground): read trimmed and whatever
    // their case.
    bool readLoosely = false;
};

// Defined beside each vocabulary's table, and declared after its enum:
//     template<> const codes::Vocabulary<Channel> &codes::vocabulary<Channel>();
// An enum without one fails to link.
template<typename E> const Vocabulary<E> &vocabulary();

template<typename E> const Entry<E> &entryFor(E value)
{
    const auto entries = vocabulary<E>().entries;
    const auto it = std::find_if(entries.begin(), entries.end(),
                                 [value](const Entry<E> &e) { return e.value == value; });
    Q_ASSERT(it != entries.end());
    return *it;
}

// Without a QString each, for long listings.
template<typename E> QLatin1StringView codeText(E value)
{
    return QLatin1StringView(entryFor(value).code);
}

template<typename E> QString code(E value)
{
    return codeText(value);
}

template<typename E> QString label(E value)
{
    Q_ASSERT(entryFor(value).label);
    return QCoreApplication::translate(vocabulary<E>().context, entryFor(value).label);
}

template<typename E> std::optional<E> from(QStringView code)
{
    const Vocabulary<E> &v = vocabulary<E>();
    const QStringView text = v.readLoosely ? code.trimmed() : code;
    const Qt::CaseSensitivity cs = v.readLoosely ? Qt::CaseInsensitive : Qt::CaseSensitive;
    for (const auto &table : { v.entries, v.formerCodes }) {
        for (const Entry<E> &e : table) {
            if (text.compare(QLatin1StringView(e.code), cs) == 0)
                return e.value;
        }
    }
    return std::nullopt;
}

// The values' codes, in the values' order: a JSON array for payloads and --json.
template<typename E> QJsonArray jsonCodes(const QList<E> &values)
{
    QJsonArray array;
    for (E value : values)
        array.append(code(value));
    return array;
}

// The values' labels, in the values' order: a list to join into a sentence or a cell.
template<typename Values> QStringList labels(const Values &values)
{
    QStringList result;
    for (const auto value : values)
        result << label(value);
    return result;
}

// In the table's order: the order of lists and letters.
template<typename E> QList<E> all()
{
    QList<E> values;
    for (const Entry<E> &e : vocabulary<E>().entries)
        values << e.value;
    return values;
}

} // namespace pd::codes
