#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QLatin1StringView>
#include <QStringView>
#include <QVarLengthArray>

namespace pd {

// Writes JSON as the values come, byte for byte what QJsonDocument::toJson writes, without building
// the document. Keys in the order QJsonObject keeps them: ascending, each once (asserted).
class JsonWriter final
{
public:
    enum class Style { Indented, Compact };

    // depth: the level of the first value (1 for an element of an array whose brackets the caller
    // writes).
    JsonWriter(QByteArray *out, Style style, int depth = 0);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    JsonWriter &key(QLatin1StringView name);

    void null();
    void boolean(bool value);
    void number(qint64 value);
    void string(QStringView text);
    void string(QLatin1StringView text);
    void date(QDate day);
    void moment(const QDateTime &moment);

private:
    struct Level
    {
        bool object = false;
        bool empty = true;
        QLatin1StringView lastKey;
    };

    void beforeValue();
    char *extend(qsizetype n);
    void put(QByteArrayView bytes);
    qsizetype separatorSize(bool first) const;
    char *separator(char *cursor, bool first) const;
    void open(bool object);
    void close(bool object);

    QByteArray *m_out;
    bool m_compact;
    int m_depth;
    bool m_keyWritten = false;
    QVarLengthArray<Level, 8> m_levels;
};

} // namespace pd
