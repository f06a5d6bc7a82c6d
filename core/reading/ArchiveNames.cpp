#include "reading/ArchiveNames.h"

#include <QStringDecoder>
#include <QtEndian>

namespace pd::reading {

namespace {

quint16 half(QByteArrayView bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.data() + at);
}

quint32 word(QByteArrayView bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.data() + at);
}

quint64 doubleWord(QByteArrayView bytes, qsizetype at)
{
    return qFromLittleEndian<quint64>(bytes.data() + at);
}

// Whether length bytes from at lie within bytes.
bool within(QByteArrayView bytes, quint64 at, quint64 length)
{
    return at <= quint64(bytes.size()) && length <= quint64(bytes.size()) - at;
}

// A name as bytes: UTF-8 when flagged or valid as such (many tools write UTF-8 unflagged), else
// an 8-bit code page (zip: IBM 437; TNEF: the message's) or, where Qt knows none, Latin-1.
QString nameOf(QByteArrayView raw, const char *codePage)
{
    while (raw.endsWith('\0'))
        raw.chop(1);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString name = utf8(raw);
    if (!utf8.hasError())
        return name;
    QStringDecoder eightBit(codePage);
    if (eightBit.isValid()) {
        name = eightBit(raw);
        if (!eightBit.hasError())
            return name;
    }
    return QString::fromLatin1(raw);
}

constexpr quint32 endOfDirectory = 0x06054B50;
constexpr quint32 zip64Locator = 0x07064B50;
constexpr quint32 zip64EndOfDirectory = 0x06064B50;
constexpr quint32 directoryEntry = 0x02014B50;
constexpr quint32 localHeader = 0x04034B50;
constexpr quint16 unicodePath = 0x7075;
constexpr quint16 utf8Flag = 0x0800;

struct ZipDirectory
{
    quint64 entries = 0;
    quint64 offset = 0;
    quint64 size = 0;
    quint64 end = 0; // where the directory must end: the end records follow it
};

// The end of central directory record, its comment reaching to the end of the file; with the
// Zip64 record where one of its values does not fit.
std::optional<ZipDirectory> zipDirectory(QByteArrayView bytes)
{
    constexpr qsizetype endSize = 22;
    qsizetype end = -1;
    for (qsizetype at = bytes.size() - endSize; at >= 0 && at >= bytes.size() - endSize - 0xFFFF;
         --at) {
        if (word(bytes, at) == endOfDirectory
            && at + endSize + half(bytes, at + 20) == bytes.size()) {
            end = at;
            break;
        }
    }
    if (end < 0 || half(bytes, end + 4) != 0 || half(bytes, end + 6) != 0)
        return std::nullopt; // none, or split over several disks
    ZipDirectory directory { half(bytes, end + 10), word(bytes, end + 16), word(bytes, end + 12),
                             quint64(end) };
    if (directory.entries == 0xFFFF || directory.offset == 0xFFFFFFFF
        || directory.size == 0xFFFFFFFF) {
        const qsizetype locator = end - 20;
        if (locator < 0 || word(bytes, locator) != zip64Locator)
            return std::nullopt;
        const quint64 record = doubleWord(bytes, locator + 8);
        if (!within(bytes, record, 56) || record > quint64(locator)
            || word(bytes, qsizetype(record)) != zip64EndOfDirectory
            || word(bytes, qsizetype(record) + 16) != 0 || word(bytes, qsizetype(record) + 20) != 0)
            return std::nullopt;
        directory = { doubleWord(bytes, qsizetype(record) + 32),
                      doubleWord(bytes, qsizetype(record) + 48),
                      doubleWord(bytes, qsizetype(record) + 40), record };
    }
    if (directory.entries > quint64(maxZipEntries) || directory.offset > directory.end
        || directory.size != directory.end - directory.offset)
        return std::nullopt;
    return directory;
}

// The Unicode path (Info-ZIP extra field 0x7075) among an entry's extra fields, or empty.
QString unicodePathIn(QByteArrayView extra)
{
    for (qsizetype at = 0; at + 4 <= extra.size();) {
        const quint16 id = half(extra, at);
        const quint16 size = half(extra, at + 2);
        if (at + 4 + size > extra.size())
            break;
        if (id == unicodePath && size > 5)
            return QString::fromUtf8(extra.sliced(at + 4 + 5, size - 5));
        at += 4 + size;
    }
    return {};
}

// The name in an entry's local header; nullopt when no local header is there.
std::optional<QString> localName(QByteArrayView bytes, quint64 offset)
{
    if (!within(bytes, offset, 30) || word(bytes, qsizetype(offset)) != localHeader)
        return std::nullopt;
    const qsizetype at = qsizetype(offset);
    const quint16 length = half(bytes, at + 26);
    if (!within(bytes, offset + 30, length))
        return std::nullopt;
    const QByteArrayView raw = bytes.sliced(at + 30, length);
    return (half(bytes, at + 6) & utf8Flag) ? QString::fromUtf8(raw) : nameOf(raw, "IBM437");
}

} // namespace

bool isZip(QByteArrayView bytes)
{
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
}

std::optional<QStringList> zipNames(QByteArrayView bytes)
{
    const std::optional<ZipDirectory> directory = zipDirectory(bytes);
    if (!directory)
        return std::nullopt;
    QStringList names;
    quint64 at = directory->offset;
    for (quint64 entry = 0; entry < directory->entries; ++entry) {
        if (!within(bytes, at, 46) || at + 46 > directory->end
            || word(bytes, qsizetype(at)) != directoryEntry)
            return std::nullopt;
        const qsizetype fixed = qsizetype(at);
        const quint16 flags = half(bytes, fixed + 8);
        const quint64 nameLength = half(bytes, fixed + 28);
        const quint64 extraLength = half(bytes, fixed + 30);
        const quint64 next = at + 46 + nameLength + extraLength + half(bytes, fixed + 32);
        if (next > directory->end)
            return std::nullopt;
        const QByteArrayView raw = bytes.sliced(fixed + 46, qsizetype(nameLength));
        const QString name = (flags & utf8Flag) ? QString::fromUtf8(raw) : nameOf(raw, "IBM437");
        names << name;
        // What another program shows instead: the Unicode path, the local header's name.
        const QString unicode = unicodePathIn(
            bytes.sliced(fixed + 46 + qsizetype(nameLength), qsizetype(extraLength)));
        if (!unicode.isEmpty() && unicode != name)
            names << unicode;
        const quint32 local = word(bytes, fixed + 42);
        if (local != 0xFFFFFFFF) { // else in the Zip64 extra field: the directory's name only
            const std::optional<QString> inHeader = localName(bytes, local);
            if (!inHeader)
                return std::nullopt;
            if (*inHeader != name)
                names << *inHeader;
        }
        at = next;
    }
    if (at != directory->end)
        return std::nullopt;
    return names;
}

namespace {

constexpr quint32 tnefSignature = 0x223E9F78;
constexpr quint32 attAttachTitle = 0x00018010;
constexpr quint32 attAttachment = 0x00069005;
constexpr quint32 attOemCodepage = 0x00069007;
constexpr quint32 maxMapiProperties = 10000;

qsizetype padded(quint32 length)
{
    return (qsizetype(length) + 3) & ~qsizetype(3);
}

// The size in a property list of a MAPI value of a fixed-size type, 0 for another type.
qsizetype fixedSize(quint16 type)
{
    switch (type) {
    case 0x0002: // PtypInteger16, padded
    case 0x0003: // PtypInteger32
    case 0x0004: // PtypFloating32
    case 0x000A: // PtypErrorCode
    case 0x000B: // PtypBoolean, padded
        return 4;
    case 0x0005: // PtypFloating64
    case 0x0006: // PtypCurrency
    case 0x0007: // PtypFloatingTime
    case 0x0014: // PtypInteger64
    case 0x0040: // PtypTime
        return 8;
    case 0x0048: // PtypGuid
        return 16;
    default:
        return 0;
    }
}

bool variableSize(quint16 type)
{
    return type == 0x001E || type == 0x001F || type == 0x0102 || type == 0x000D;
}

bool tnefInto(QByteArrayView bytes, int depth, QStringList *names);

// An attachment's MAPI properties (attAttachment, MS-OXTNEF 2.1.3.4): its names, and those in
// an embedded message.
bool mapiNames(QByteArrayView list, const char *codePage, int depth, QStringList *names)
{
    if (list.size() < 4 || word(list, 0) > maxMapiProperties)
        return false;
    const quint32 count = word(list, 0);
    qsizetype at = 4;
    const auto need = [&](qsizetype length) {
        return within(list, quint64(at), quint64(length));
    };
    for (quint32 property = 0; property < count; ++property) {
        if (!need(4))
            return false;
        const quint16 type = half(list, at);
        const quint16 id = half(list, at + 2);
        at += 4;
        if (id >= 0x8000) { // a named property: its GUID and its number or name
            if (!need(20))
                return false;
            const quint32 kind = word(list, at + 16);
            at += 20;
            if (kind > 1 || !need(4) || (kind == 1 && !need(4 + padded(word(list, at)))))
                return false;
            at += kind == 0 ? 4 : 4 + padded(word(list, at));
        }
        const bool multiple = (type & 0x1000) != 0;
        const quint16 base = type & 0x0FFF;
        quint32 values = 1;
        if (multiple || variableSize(base)) {
            if (!need(4) || word(list, at) > maxMapiProperties)
                return false;
            values = word(list, at);
            at += 4;
        }
        for (quint32 value = 0; value < values; ++value) {
            if (!variableSize(base)) {
                if (fixedSize(base) == 0 || !need(fixedSize(base)))
                    return false;
                at += fixedSize(base);
                continue;
            }
            if (!need(4) || !need(4 + padded(word(list, at))))
                return false;
            const QByteArrayView data = list.sliced(at + 4, word(list, at));
            at += 4 + padded(word(list, at));
            // PidTagAttachLongFilename, PidTagDisplayName, PidTagAttachFilename.
            if (!multiple && (id == 0x3707 || id == 0x3001 || id == 0x3704)) {
                if (base == 0x001F)
                    *names << QString::fromUtf16(reinterpret_cast<const char16_t *>(data.data()),
                                                 data.size() / 2)
                                  .section(QChar(u'\0'), 0, 0);
                else if (base == 0x001E)
                    *names << nameOf(data, codePage);
            }
            // An embedded message (PidTagAttachDataObject): its interface id, then its own
            // TNEF stream.
            if (id == 0x3701 && base == 0x000D && data.size() > 16 && isTnef(data.sliced(16))
                && !tnefInto(data.sliced(16), depth + 1, names))
                return false;
        }
    }
    return true;
}

bool tnefInto(QByteArrayView bytes, int depth, QStringList *names)
{
    if (!isTnef(bytes) || depth > maxTnefDepth)
        return false;
    QByteArray codePage = "windows-1252";
    int attributes = 0;
    for (qsizetype at = 6; at < bytes.size();) {
        // Level, id, length, the value, its checksum.
        if (!within(bytes, quint64(at), 9) || ++attributes > maxTnefAttributes)
            return false;
        const quint8 level = quint8(bytes.at(at));
        const quint32 id = word(bytes, at + 1);
        const quint32 length = word(bytes, at + 5);
        if ((level != 1 && level != 2) || !within(bytes, quint64(at) + 9, quint64(length) + 2))
            return false;
        const QByteArrayView value = bytes.sliced(at + 9, length);
        if (id == attOemCodepage && length >= 4)
            codePage = "windows-" + QByteArray::number(word(value, 0));
        else if (level == 2 && id == attAttachTitle)
            *names << nameOf(value, codePage.constData());
        else if (level == 2 && id == attAttachment
                 && !mapiNames(value, codePage.constData(), depth, names))
            return false;
        at += 9 + qsizetype(length) + 2;
    }
    return true;
}

} // namespace

bool isTnef(QByteArrayView bytes)
{
    return bytes.size() >= 6 && word(bytes, 0) == tnefSignature;
}

std::optional<QStringList> tnefNames(QByteArrayView bytes)
{
    QStringList names;
    if (!tnefInto(bytes, 0, &names))
        return std::nullopt;
    names.removeAll(QString());
    names.removeDuplicates();
    return names;
}

} // namespace pd::reading
