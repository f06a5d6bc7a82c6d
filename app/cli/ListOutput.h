#pragma once

#include "util/JsonWriter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <cstdio>
#include <functional>
#include <optional>

namespace pd::cli {

// --offset N skips the first N, --limit N prints at most N, in the list's own order.
struct ListWindow
{
    qint64 offset = 0;
    qint64 limit = -1; // < 0: to the end

    template<typename T> QList<T> of(const QList<T> &all) const
    {
        if (offset >= all.size())
            return {};
        return all.mid(offset, limit < 0 ? -1 : limit);
    }
};

QList<QCommandLineOption> listOptions();
std::optional<ListWindow> listWindow(const QCommandLineParser &parser);

// Writes a list's JSON one element at a time (the memory of one element), byte for byte as
// printJson would; the closing "]" only in finish(), so a list cut short is no valid document.
class JsonListWriter final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::JsonListWriter)
public:
    enum class Format { Array, Lines };

    explicit JsonListWriter(Format format, std::FILE *out = stdout);
    // --jsonl wins over --json; nullopt: neither, the command prints text.
    static std::optional<Format> formatOf(const QCommandLineParser &parser);

    void append(const QJsonObject &element);
    // The same bytes as append() of the object, without building it.
    void append(const std::function<void(JsonWriter &)> &writeElement);
    // Closes the array; false (a line on stderr) when the output could not be written.
    bool finish();

private:
    Format m_format;
    std::FILE *m_out;
    bool m_first = true;
    QByteArray m_buffer;
};

} // namespace pd::cli
