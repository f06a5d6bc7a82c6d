#include "domain/IpMask.h"

#include <array>

using namespace Qt::StringLiterals;

namespace pd {

namespace {

// Longest IPv6 text: "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255".
constexpr qsizetype MaxIpv6Length = 45;

constexpr bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

constexpr int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

constexpr bool isIpv6Char(QChar c)
{
    return hexValue(c) >= 0 || c.unicode() == u':' || c.unicode() == u'.';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.unicode() == u'_';
}

// Exactly four dot-separated numbers of 1-3 ASCII digits, each 0-255.
bool parseIpv4(QStringView s, std::array<int, 4> &octets)
{
    int part = 0;
    int value = 0;
    int digits = 0;
    for (const QChar c : s) {
        if (c.unicode() == u'.') {
            if (digits == 0 || part == 3)
                return false;
            octets[static_cast<std::size_t>(part++)] = value;
            value = 0;
            digits = 0;
        } else if (isAsciiDigit(c) && digits < 3) {
            value = value * 10 + (c.unicode() - u'0');
            ++digits;
        } else {
            return false;
        }
    }
    if (digits == 0 || part != 3 || value > 255)
        return false;
    octets[3] = value;
    for (const int octet : octets) {
        if (octet > 255)
            return false;
    }
    return true;
}

using Hextets = std::array<quint16, 8>;

// Colon-separated hex groups of 1-4 digits, the last one optionally a dotted IPv4 address
// (two groups). Appends to out; false on an empty or malformed group or more than max groups.
bool parseGroups(QStringView part, bool allowIpv4Tail, Hextets &out, int &count, int max)
{
    if (part.isEmpty())
        return true;
    qsizetype pos = 0;
    while (true) {
        const qsizetype colon = part.indexOf(u':', pos);
        const QStringView group = colon < 0 ? part.sliced(pos) : part.sliced(pos, colon - pos);
        if (colon < 0 && allowIpv4Tail && group.contains(u'.')) {
            std::array<int, 4> octets {};
            if (count + 2 > max || !parseIpv4(group, octets))
                return false;
            out[static_cast<std::size_t>(count++)]
                = static_cast<quint16>(octets[0] << 8 | octets[1]);
            out[static_cast<std::size_t>(count++)]
                = static_cast<quint16>(octets[2] << 8 | octets[3]);
            return true;
        }
        if (group.isEmpty() || group.size() > 4 || count >= max)
            return false;
        int value = 0;
        for (const QChar c : group) {
            const int h = hexValue(c);
            if (h < 0)
                return false;
            value = value * 16 + h;
        }
        out[static_cast<std::size_t>(count++)] = static_cast<quint16>(value);
        if (colon < 0)
            return true;
        pos = colon + 1;
    }
}

// The text forms of RFC 4291 section 2.2, without zone or brackets.
bool parseIpv6(QStringView s, Hextets &hextets)
{
    if (s.size() < 2 || s.size() > MaxIpv6Length)
        return false;
    hextets.fill(0);
    const qsizetype gap = s.indexOf(u"::");
    if (gap < 0) {
        int count = 0;
        return parseGroups(s, true, hextets, count, 8) && count == 8;
    }
    const QStringView left = s.first(gap);
    const QStringView right = s.sliced(gap + 2);
    if (right.contains(u"::"))
        return false;
    Hextets head {};
    Hextets tail {};
    int headCount = 0;
    int tailCount = 0;
    // "::" stands for at least one group of zeros.
    if (!parseGroups(left, false, head, headCount, 7)
        || !parseGroups(right, true, tail, tailCount, 7 - headCount))
        return false;
    for (int k = 0; k < headCount; ++k)
        hextets[static_cast<std::size_t>(k)] = head[static_cast<std::size_t>(k)];
    for (int k = 0; k < tailCount; ++k)
        hextets[static_cast<std::size_t>(8 - tailCount + k)] = tail[static_cast<std::size_t>(k)];
    return true;
}

QString maskedIpv4(QStringView address)
{
    return address.first(address.lastIndexOf(u'.') + 1).toString() + u"XXX"_s;
}

QString maskedIpv6(const Hextets &h)
{
    const bool mapped
        = h[0] == 0 && h[1] == 0 && h[2] == 0 && h[3] == 0 && h[4] == 0 && h[5] == 0xffff;
    if (mapped)
        return u"::ffff:%1.%2.%3.XXX"_s.arg(h[6] >> 8).arg(h[6] & 0xff).arg(h[7] >> 8);
    return u"%1:%2:%3:XXXX:XXXX:XXXX:XXXX:XXXX"_s.arg(h[0], 0, 16)
        .arg(h[1], 0, 16)
        .arg(h[2], 0, 16);
}

// Finds the addresses in one maximal run of hex digits, colons and dots, text[begin, end).
// A run is either one IPv6 address, or colon-separated parts of which some are IPv4
// addresses ("192.168.1.1:8080", "10:15:192.0.2.1"); never a part of a dotted number.
template<typename Replace>
void maskRun(QStringView text, qsizetype begin, qsizetype end, Replace replace)
{
    const bool gluedBefore = begin > 0 && isWordChar(text[begin - 1]);
    const bool gluedAfter = end < text.size() && isWordChar(text[end]);
    if (gluedBefore) {
        // The tail of a word: "interface:10.0.0.1" goes on after the colon; "std::vector",
        // "v1.2.3.4" and "x2001" hold no address.
        const qsizetype colon = text.sliced(begin, end - begin).indexOf(u':');
        if (colon < 0 || (begin + colon + 1 < end && text[begin + colon + 1] == u':'))
            return;
        begin += colon + 1;
    }
    // Punctuation around the run: "...10.0.0.1", "IP :10.0.0.1", "via ::1." and "2001:db8::1:".
    while (begin < end && text[begin] == u'.')
        ++begin;
    if (begin + 1 < end && text[begin] == u':' && text[begin + 1] != u':')
        ++begin;
    if (!gluedAfter) {
        while (end > begin && text[end - 1] == u'.')
            --end;
        if (end - begin >= 2 && text[end - 1] == u':' && text[end - 2] != u':')
            --end;
    }
    if (begin >= end)
        return;

    const QStringView run = text.sliced(begin, end - begin);
    if (!gluedAfter && run.contains(u':')) {
        bool hasDigit = false;
        for (const QChar c : run)
            hasDigit = hasDigit || isAsciiDigit(c);
        Hextets hextets {};
        if (hasDigit && parseIpv6(run, hextets)) {
            replace(begin, run.size(), maskedIpv6(hextets));
            return;
        }
    }
    std::array<int, 4> octets {};
    qsizetype part = begin;
    while (part <= end) {
        qsizetype colon = text.sliced(part, end - part).indexOf(u':');
        colon = colon < 0 ? end : part + colon;
        const QStringView candidate = text.sliced(part, colon - part);
        const bool last = colon == end;
        if (!(last && gluedAfter) && parseIpv4(candidate, octets))
            replace(part, candidate.size(), maskedIpv4(candidate));
        part = colon + 1;
    }
}

} // namespace

QString maskIpAddresses(QStringView text)
{
    const qsizetype n = text.size();
    QString out;
    qsizetype copied = 0; // text[0, copied) is in out already
    const auto replace = [&](qsizetype at, qsizetype length, const QString &masked) {
        if (out.isNull())
            out.reserve(n + 32);
        out.append(text.sliced(copied, at - copied));
        out.append(masked);
        copied = at + length;
    };
    qsizetype i = 0;
    while (i < n) {
        if (!isIpv6Char(text[i])) {
            ++i;
            continue;
        }
        const qsizetype begin = i;
        while (i < n && isIpv6Char(text[i]))
            ++i;
        maskRun(text, begin, i, replace);
    }
    if (out.isNull())
        return text.toString();
    out.append(text.sliced(copied));
    return out;
}

} // namespace pd
