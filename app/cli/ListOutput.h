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

// Which part of a long list to print: --offset N skips the first N, --limit N prints
// at most N. The order is the list's own, so offset and limit page through it.
struct ListWindow
{
    qint64 offset = 0;
    qint64 limit = -1; // < 0: to the end

    // The part of a list that was read whole.
    template<typename T> QList<T> of(const QList<T> &all) const
    {
        if (offset >= all.size())
            return {};
        return all.mid(offset, limit < 0 ? -1 : limit);
    }
};

// --limit, --offset and --jsonl, for the commands that print a list that can grow with the
// store.
QList<QCommandLineOption> listOptions();
// The window the options ask for; on a bad value a usage line is printed and nullopt returned.
std::optional<ListWindow> listWindow(const QCommandLineParser &parser);

// Prints a list's JSON while it is read, one element at a time, so that a list of any length
// costs the memory of one element. With --json it writes byte for byte what
// CliContext::printJson(QJsonDocument(array)) writes for the whole array; with --jsonl one
// compact object per line (JSON Lines). Nothing is written before the first element, so a list
// whose first read fails prints nothing; the closing "]" is written only by finish(): a list
// cut short by a later failed read is no valid document, and the exit code (1) says so in both
// forms.
class JsonListWriter final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::JsonListWriter)
public:
    enum class Format { Array, Lines };

    explicit JsonListWriter(Format format, std::FILE *out = stdout);
    // Array with --json, Lines with --jsonl (it wins when both are given); nullopt: neither,
    // the command prints text.
    static std::optional<Format> formatOf(const QCommandLineParser &parser);

    void append(const QJsonObject &element);
    // The element that writeElement writes (one object): the same bytes as append() of the
    // object it stands for, without building it, in one buffer kept for the list.
    void append(const std::function<void(JsonWriter &)> &writeElement);
    // Closes the array and flushes; false (with a line on stderr) when the output could not be
    // written.
    bool finish();

private:
    Format m_format;
    std::FILE *m_out;
    bool m_first = true;
    QByteArray m_buffer;
};

} // namespace pd::cli
