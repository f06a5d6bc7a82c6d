#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QLatin1StringView>
#include <QStringView>
#include <QVarLengthArray>

namespace pd {

// Writes JSON straight into a byte buffer as the values come, byte for byte what
// QJsonDocument::toJson writes for the same document (`case list --json` built a
// QJsonObject and a QJsonDocument for every request, 62 % of its time). The caller gives an
// object's keys in the order QJsonObject keeps them, ascending and each once (asserted); the
// writer keeps QJsonDocument's layout (four spaces a level, "key": value) and its escaping (\",
// \\, \b \f \n \r \t, \u00XX for other control characters and \uXXXX for a lone surrogate;
// every other character as UTF-8).
class JsonWriter final
{
public:
    enum class Style { Indented, Compact };

    // Appends to *out. depth: the level of the first value, as QJsonDocument indents it (1 for
    // an element of an array whose brackets the caller writes).
    JsonWriter(QByteArray *out, Style style, int depth = 0);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // Inside an object: the key of the value written next (plain ASCII, no escapes).
    JsonWriter &key(QLatin1StringView name);

    void null();
    void boolean(bool value);
    void number(qint64 value);
    void string(QStringView text);
    // A code of the product's tables (plain ASCII): copied as it is, without a QString.
    void string(QLatin1StringView text);
    // A day as QDate::toString(Qt::ISODate) gives it ("2026-04-01"), null when invalid.
    void date(QDate day);
    // A moment as QDateTime::toString(Qt::ISODate) gives it ("2026-04-01T01:40:00+02:00", "Z"
    // for UTC), null when invalid.
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
