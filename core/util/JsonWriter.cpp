#include "util/JsonWriter.h"

#include <QChar>
#include <QTime>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace pd {

namespace {

char hexDigit(unsigned value)
{
    return static_cast<char>(value < 10 ? '0' + value : 'a' + (value - 10));
}

// value in exactly width decimal digits, zeros in front.
char *digits(char *cursor, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        cursor[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return cursor + width;
}

// "yyyy-MM-dd" for a year 0 to 9999 (what Qt::ISODate writes), else nothing (Qt writes an
// empty string then).
char *writeDay(char *cursor, QDate day)
{
    int year = 0;
    int month = 0;
    int dayOfMonth = 0;
    day.getDate(&year, &month, &dayOfMonth);
    if (year < 0 || year > 9999)
        return cursor;
    cursor = digits(cursor, year, 4);
    *cursor++ = '-';
    cursor = digits(cursor, month, 2);
    *cursor++ = '-';
    return digits(cursor, dayOfMonth, 2);
}

// A day's text as writeDay wrote it, by the day's number.
struct DayText
{
    qint64 julianDay = 0;
    bool known = false;
    qsizetype size = 0;
    std::array<char, 10> text {};
};

// writeDay's text, kept for the last days asked in a table by their number (a
// request in `case list --json` states a dozen days, mostly the same few and close to those of
// the request before it; taking a day apart into year, month and day was 2 % of the list).
char *isoDay(char *cursor, QDate day)
{
    if (!day.isValid())
        return writeDay(cursor, day);
    thread_local std::array<DayText, 64> recent;
    const qint64 julianDay = day.toJulianDay();
    DayText &kept = recent[static_cast<std::size_t>(julianDay) % recent.size()];
    if (!kept.known || kept.julianDay != julianDay) {
        kept.size = writeDay(kept.text.data(), day) - kept.text.data();
        kept.julianDay = julianDay;
        kept.known = true;
    }
    std::memcpy(cursor, kept.text.data(), static_cast<std::size_t>(kept.size));
    return cursor + kept.size;
}

// "+02:00": the offset's hours and minutes, as Qt::ISODate states an offset.
char *isoOffset(char *cursor, int offsetSeconds)
{
    const int magnitude = std::abs(offsetSeconds);
    *cursor++ = offsetSeconds >= 0 ? '+' : '-';
    cursor = digits(cursor, magnitude / 3600, 2);
    *cursor++ = ':';
    return digits(cursor, (magnitude / 60) % 60, 2);
}

// One ASCII unit, escaped where JSON (and QJsonDocument) escapes it.
char *escapedAscii(char *cursor, char16_t unit)
{
    if (unit >= 0x20 && unit != u'"' && unit != u'\\') {
        *cursor++ = static_cast<char>(unit);
        return cursor;
    }
    *cursor++ = '\\';
    switch (unit) {
    case u'"':
        *cursor++ = '"';
        break;
    case u'\\':
        *cursor++ = '\\';
        break;
    case u'\b':
        *cursor++ = 'b';
        break;
    case u'\f':
        *cursor++ = 'f';
        break;
    case u'\n':
        *cursor++ = 'n';
        break;
    case u'\r':
        *cursor++ = 'r';
        break;
    case u'\t':
        *cursor++ = 't';
        break;
    default:
        *cursor++ = 'u';
        *cursor++ = '0';
        *cursor++ = '0';
        *cursor++ = hexDigit(unit >> 4);
        *cursor++ = hexDigit(unit & 0xfu);
    }
    return cursor;
}

// A surrogate without its partner: "\udxxx", as QJsonDocument writes what UTF-8 cannot hold.
char *escapedUnit(char *cursor, char16_t unit)
{
    *cursor++ = '\\';
    *cursor++ = 'u';
    for (int shift = 12; shift >= 0; shift -= 4)
        *cursor++ = hexDigit((unit >> shift) & 0xfu);
    return cursor;
}

char *utf8(char *cursor, char32_t code)
{
    if (code < 0x800) {
        *cursor++ = static_cast<char>(0xc0 | (code >> 6));
    } else if (code < 0x10000) {
        *cursor++ = static_cast<char>(0xe0 | (code >> 12));
        *cursor++ = static_cast<char>(0x80 | ((code >> 6) & 0x3f));
    } else {
        *cursor++ = static_cast<char>(0xf0 | (code >> 18));
        *cursor++ = static_cast<char>(0x80 | ((code >> 12) & 0x3f));
        *cursor++ = static_cast<char>(0x80 | ((code >> 6) & 0x3f));
    }
    *cursor++ = static_cast<char>(0x80 | (code & 0x3f));
    return cursor;
}

// A unit JSON and QJsonDocument write as it is: ASCII, no control character, no '"' or '\\'.
bool plainUnit(char16_t unit)
{
    return unit >= 0x20 && unit < 0x80 && unit != u'"' && unit != u'\\';
}

// Four units at once (138 MB of `case list --json` pass through string()): whether
// all four are plain, tested on the 16-bit lanes of one word (the classic "has a zero lane"
// test; exact for lanes below 0x8000, which the first test leaves).
bool plainQuad(quint64 units)
{
    constexpr quint64 lanes = 0x0001000100010001ULL;
    constexpr quint64 signs = 0x8000800080008000ULL;
    const auto anyBelow = [](quint64 x, quint64 n) {
        return ((x - n * lanes) & ~x & signs) != 0;
    };
    if ((units & (0xff80 * lanes)) != 0) // a unit of 0x80 or more
        return false;
    return !anyBelow(units, 0x20) && !anyBelow(units ^ (u'"' * lanes), 1)
        && !anyBelow(units ^ (u'\\' * lanes), 1);
}

// The plain units at the front of [unit, end) copied to cursor as bytes, four at a time while
// four are plain; unit and cursor end after them.
void copyPlain(const char16_t *&unit, const char16_t *end, char *&cursor)
{
    while (end - unit >= 4) {
        quint64 quad = 0;
        std::memcpy(&quad, unit, sizeof quad);
        quad = qFromLittleEndian(quad);
        if (!plainQuad(quad))
            break;
        const quint32 bytes
            = static_cast<quint32>((quad & 0xff) | ((quad >> 8) & 0xff00)
                                   | ((quad >> 16) & 0xff0000) | ((quad >> 24) & 0xff000000));
        const quint32 stored = qToLittleEndian(bytes);
        std::memcpy(cursor, &stored, sizeof stored);
        cursor += 4;
        unit += 4;
    }
    while (unit != end && plainUnit(*unit))
        *cursor++ = static_cast<char>(*unit++);
}

} // namespace

JsonWriter::JsonWriter(QByteArray *out, Style style, int depth)
    : m_out(out)
    , m_compact(style == Style::Compact)
    , m_depth(depth)
{ }

// n more bytes at the end of the output, to write into: one call into QByteArray where the
// separator, the indentation and a key took five.
char *JsonWriter::extend(qsizetype n)
{
    const qsizetype at = m_out->size();
    m_out->resize(at + n);
    return m_out->data() + at;
}

// A literal, a number or a date: copied through extend, not QByteArray::append, which inserts
void JsonWriter::put(QByteArrayView bytes)
{
    std::memcpy(extend(bytes.size()), bytes.data(), static_cast<std::size_t>(bytes.size()));
}

// Before a member of the innermost container: the comma and the line break that end the member
// before it (none before the first: open() ended its line), then the member's indentation.
qsizetype JsonWriter::separatorSize(bool first) const
{
    if (m_compact)
        return first ? 0 : 1;
    return (first ? 0 : 2) + 4 * (m_depth + m_levels.size());
}

char *JsonWriter::separator(char *cursor, bool first) const
{
    if (!first)
        *cursor++ = ',';
    if (m_compact)
        return cursor;
    if (!first)
        *cursor++ = '\n';
    const qsizetype spaces = 4 * (m_depth + m_levels.size());
    std::memset(cursor, ' ', static_cast<std::size_t>(spaces));
    return cursor + spaces;
}

void JsonWriter::beforeValue()
{
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (level.object) {
        Q_ASSERT_X(m_keyWritten, "JsonWriter", "a value in an object needs its key first");
        m_keyWritten = false;
        return;
    }
    const bool first = level.empty;
    level.empty = false;
    separator(extend(separatorSize(first)), first);
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    Q_ASSERT_X(!m_levels.isEmpty() && m_levels.last().object && !m_keyWritten, "JsonWriter::key",
               "a key belongs in an object, before its value");
    Level &level = m_levels.last();
    // QJsonObject keeps its keys sorted: a key out of order would be a different document.
    Q_ASSERT_X(level.empty
                   || std::string_view(level.lastKey.data(),
                                       static_cast<std::size_t>(level.lastKey.size()))
                       < std::string_view(name.data(), static_cast<std::size_t>(name.size())),
               "JsonWriter::key", "keys must ascend as QJsonObject orders them");
    const bool first = level.empty;
    level.empty = false;
    level.lastKey = name;
    char *cursor = extend(separatorSize(first) + name.size() + (m_compact ? 3 : 4));
    cursor = separator(cursor, first);
    *cursor++ = '"';
    std::memcpy(cursor, name.data(), static_cast<std::size_t>(name.size()));
    cursor += name.size();
    *cursor++ = '"';
    *cursor++ = ':';
    if (!m_compact)
        *cursor = ' ';
    m_keyWritten = true;
    return *this;
}

void JsonWriter::open(bool object)
{
    beforeValue();
    char *cursor = extend(m_compact ? 1 : 2);
    *cursor = object ? '{' : '[';
    if (!m_compact)
        cursor[1] = '\n';
    m_levels.append(Level { object, true, {} });
}

void JsonWriter::close(bool object)
{
    Q_ASSERT_X(!m_levels.isEmpty() && m_levels.last().object == object && !m_keyWritten,
               "JsonWriter", "closes what is not open");
    const bool empty = m_levels.last().empty;
    m_levels.removeLast();
    // The line break after the last member (an empty container's was written by open()), the
    // container's own indentation, the bracket.
    const qsizetype spaces = m_compact ? 0 : 4 * (m_depth + m_levels.size());
    const bool lineBreak = !m_compact && !empty;
    char *cursor = extend((lineBreak ? 1 : 0) + spaces + 1);
    if (lineBreak)
        *cursor++ = '\n';
    std::memset(cursor, ' ', static_cast<std::size_t>(spaces));
    cursor[spaces] = object ? '}' : ']';
}

void JsonWriter::beginObject()
{
    open(true);
}

void JsonWriter::endObject()
{
    close(true);
}

void JsonWriter::beginArray()
{
    open(false);
}

void JsonWriter::endArray()
{
    close(false);
}

void JsonWriter::null()
{
    beforeValue();
    put("null");
}

void JsonWriter::boolean(bool value)
{
    beforeValue();
    put(value ? QByteArrayView("true") : QByteArrayView("false"));
}

void JsonWriter::number(qint64 value)
{
    beforeValue();
    char text[24];
    const auto result = std::to_chars(text, text + sizeof text, value);
    put(QByteArrayView(text, result.ptr - text));
}

void JsonWriter::string(QStringView text)
{
    beforeValue();
    const qsizetype start = m_out->size();
    const char16_t *unit = text.utf16();
    const char16_t *const end = unit + text.size();
    // Most texts are plain ASCII with nothing to escape: copied straight into their own size,
    // without making room for six bytes a unit first. The first unit that is not
    // plain hands the rest to the general path below.
    char *cursor = extend(text.size() + 2);
    *cursor++ = '"';
    copyPlain(unit, end, cursor);
    if (unit == end) {
        *cursor = '"';
        return;
    }
    // At most six bytes a UTF-16 unit (\uXXXX) for the rest, and the closing quote.
    const qsizetype written = cursor - (m_out->data() + start);
    m_out->resize(start + written + 6 * (end - unit) + 1);
    char *const begin = m_out->data() + start;
    cursor = begin + written;
    while (unit != end) {
        const char16_t u = *unit++;
        if (u < 0x80)
            cursor = escapedAscii(cursor, u);
        else if (!QChar::isSurrogate(u))
            cursor = utf8(cursor, u);
        else if (QChar::isHighSurrogate(u) && unit != end && QChar::isLowSurrogate(*unit))
            cursor = utf8(cursor, QChar::surrogateToUcs4(u, *unit++));
        else
            cursor = escapedUnit(cursor, u);
    }
    *cursor++ = '"';
    m_out->resize(start + (cursor - begin));
}

void JsonWriter::string(QLatin1StringView text)
{
    if (!std::all_of(text.begin(), text.end(),
                     [](char byte) { return plainUnit(static_cast<unsigned char>(byte)); })) {
        string(QString(text)); // not a code: Latin-1 beyond ASCII, or a character to escape
        return;
    }
    beforeValue();
    char *cursor = extend(text.size() + 2);
    *cursor++ = '"';
    if (!text.isEmpty())
        std::memcpy(cursor, text.data(), static_cast<std::size_t>(text.size()));
    cursor[text.size()] = '"';
}

void JsonWriter::date(QDate day)
{
    if (!day.isValid()) {
        null();
        return;
    }
    beforeValue();
    char text[16];
    char *cursor = text;
    *cursor++ = '"';
    cursor = isoDay(cursor, day);
    *cursor++ = '"';
    put(QByteArrayView(text, cursor - text));
}

void JsonWriter::moment(const QDateTime &moment)
{
    if (!moment.isValid()) {
        null();
        return;
    }
    const Qt::TimeSpec spec = moment.timeSpec();
    if (spec == Qt::LocalTime) {
        // Not how this program states moments (UTC or the organisation's zone): Qt's own text.
        string(moment.toString(Qt::ISODate));
        return;
    }
    beforeValue();
    char text[40];
    char *cursor = text;
    *cursor++ = '"';
    char *const day = cursor;
    cursor = isoDay(cursor, moment.date());
    if (cursor != day) { // a year Qt::ISODate cannot write leaves the whole text empty
        const QTime time = moment.time();
        *cursor++ = 'T';
        cursor = digits(cursor, time.hour(), 2);
        *cursor++ = ':';
        cursor = digits(cursor, time.minute(), 2);
        *cursor++ = ':';
        cursor = digits(cursor, time.second(), 2);
        if (spec == Qt::UTC)
            *cursor++ = 'Z';
        else
            cursor = isoOffset(cursor, moment.offsetFromUtc());
    }
    *cursor++ = '"';
    put(QByteArrayView(text, cursor - text));
}

} // namespace pd
