// The structure of a compound file (MS-CFB), checked whole before libgsf reads it. libgsf is
// lenient where a guard must not be: it leaves out, without a word, a directory entry it does
// not like (a stream that claims to be larger than the file, an entry of an unknown type) and
// with it every entry beside it in the directory's tree; it reads every stream from the FAT when
// the header's mini stream cutoff is 0; it follows a FAT chain that loops until memory runs
// out. A message read so would be checked without its body: the file is refused instead.
#include "mail/OutlookParts.h"

#include <QList>
#include <QtEndian>

namespace pd::mail::outlook {

namespace {

constexpr quint32 endOfChain = 0xFFFFFFFE;
constexpr quint32 noStream = 0xFFFFFFFF;
constexpr qsizetype headerSize = 512;
constexpr qsizetype entrySize = 128;
constexpr quint32 miniSectorSize = 64;
constexpr quint32 miniStreamCutoff = 4096;
constexpr int headerDifatEntries = 109;

class Compound final
{
public:
    explicit Compound(QByteArrayView raw)
        : m_raw(raw)
    { }

    std::optional<int> entries();

private:
    quint32 word(qsizetype at) const { return qFromLittleEndian<quint32>(m_raw.data() + at); }
    quint16 half(qsizetype at) const { return qFromLittleEndian<quint16>(m_raw.data() + at); }
    qsizetype offsetOf(quint32 sector) const { return (qsizetype(sector) + 1) * m_sectorSize; }
    bool readHeader();
    bool readFat();
    // The sectors of the chain from start in table, each of them below limit; nullopt when it
    // leaves the table or is longer than there are sectors (it loops).
    std::optional<QList<quint32>> chain(const QList<quint32> &table, quint32 start,
                                        quint32 limit) const;
    // The words of the sectors of a chain, as a table (the FAT, the mini FAT).
    QList<quint32> tableOf(const QList<quint32> &sectors) const;
    // Whether the stream's chain holds all its bytes.
    bool streamWhole(quint32 start, quint64 size) const;

    QByteArrayView m_raw;
    qsizetype m_sectorSize = 0;
    quint32 m_sectors = 0;
    bool m_version4 = false;
    QList<quint32> m_fat;
    QList<quint32> m_miniFat;
    quint32 m_miniSectors = 0;
};

bool Compound::readHeader()
{
    if (m_raw.size() < headerSize || !hasCompoundMagic(m_raw))
        return false;
    const quint16 major = half(26);
    const quint16 shift = half(30);
    // MS-CFB 2.2: 512-byte sectors in version 3, 4096 in version 4; 64-byte mini sectors; the
    // cutoff 4096. A reader that takes another cutoff reads small streams from the wrong place.
    if (!((major == 3 && shift == 9) || (major == 4 && shift == 12)) || half(32) != 6
        || word(56) != miniStreamCutoff)
        return false;
    m_version4 = major == 4;
    m_sectorSize = qsizetype(1) << shift;
    if (m_raw.size() < m_sectorSize * 2)
        return false;
    m_sectors = quint32((m_raw.size() - m_sectorSize) / m_sectorSize);
    return true;
}

bool Compound::readFat()
{
    const quint32 fatSectors = word(44);
    if (fatSectors == 0 || fatSectors > m_sectors)
        return false;
    QList<quint32> sectors;
    for (int i = 0; i < headerDifatEntries && quint32(sectors.size()) < fatSectors; ++i)
        sectors << word(76 + 4 * i);
    // More FAT sectors than the header lists: the rest in the DIFAT sectors' chain, each with
    // the next one's number in its last word.
    quint32 difat = word(68);
    const qsizetype perDifat = m_sectorSize / 4 - 1;
    for (quint32 read = 0; quint32(sectors.size()) < fatSectors; ++read) {
        if (difat >= m_sectors || read >= word(72) || read >= m_sectors)
            return false;
        for (qsizetype i = 0; i < perDifat && quint32(sectors.size()) < fatSectors; ++i)
            sectors << word(offsetOf(difat) + 4 * i);
        difat = word(offsetOf(difat) + 4 * perDifat);
    }
    for (const quint32 sector : std::as_const(sectors)) {
        if (sector >= m_sectors)
            return false;
    }
    m_fat = tableOf(sectors);
    return true;
}

std::optional<QList<quint32>> Compound::chain(const QList<quint32> &table, quint32 start,
                                              quint32 limit) const
{
    QList<quint32> sectors;
    for (quint32 sector = start; sector != endOfChain; sector = table.at(sector)) {
        if (sector >= limit || sector >= quint32(table.size()) || quint32(sectors.size()) >= limit)
            return std::nullopt;
        sectors << sector;
    }
    return sectors;
}

QList<quint32> Compound::tableOf(const QList<quint32> &sectors) const
{
    QList<quint32> table;
    table.reserve(sectors.size() * (m_sectorSize / 4));
    for (const quint32 sector : sectors) {
        for (qsizetype i = 0; i < m_sectorSize / 4; ++i)
            table << word(offsetOf(sector) + 4 * i);
    }
    return table;
}

bool Compound::streamWhole(quint32 start, quint64 size) const
{
    if (size == 0)
        return true;
    if (size >= miniStreamCutoff) {
        const std::optional<QList<quint32>> sectors = chain(m_fat, start, m_sectors);
        return sectors && quint64(sectors->size()) * quint64(m_sectorSize) >= size;
    }
    const std::optional<QList<quint32>> sectors = chain(m_miniFat, start, m_miniSectors);
    return sectors && quint64(sectors->size()) * miniSectorSize >= size;
}

std::optional<int> Compound::entries()
{
    if (!readHeader() || !readFat())
        return std::nullopt;
    const std::optional<QList<quint32>> directory = chain(m_fat, word(48), m_sectors);
    if (!directory || directory->isEmpty())
        return std::nullopt;
    const quint32 count = quint32(directory->size() * (m_sectorSize / entrySize));
    const auto entryAt = [&](quint32 index) {
        const qsizetype perSector = m_sectorSize / entrySize;
        return offsetOf(directory->at(index / perSector)) + (index % perSector) * entrySize;
    };
    const auto sizeOf = [&](qsizetype entry) {
        // Version 3 files may hold anything in the upper half (MS-CFB 2.6.3).
        const quint64 size = qFromLittleEndian<quint64>(m_raw.data() + entry + 120);
        return m_version4 ? size : size & 0xFFFFFFFFu;
    };
    const qsizetype root = entryAt(0);
    if (quint8(m_raw.at(root + 66)) != 5)
        return std::nullopt;
    // The mini stream: the root entry's stream, in 64-byte sectors that the mini FAT chains.
    const std::optional<QList<quint32>> miniFat = chain(m_fat, word(60), m_sectors);
    const std::optional<QList<quint32>> miniStream = chain(m_fat, word(root + 116), m_sectors);
    const quint64 miniStreamSize = sizeOf(root);
    if (!miniFat || !miniStream || miniStreamSize > quint64(m_raw.size())
        || quint64(miniStream->size()) * quint64(m_sectorSize) < miniStreamSize)
        return std::nullopt;
    m_miniFat = tableOf(*miniFat);
    m_miniSectors = quint32((miniStreamSize + miniSectorSize - 1) / miniSectorSize);
    // Every entry in the root's tree once: a storage or a stream, each stream whole.
    QList<bool> seen(count, false);
    QList<quint32> pending { word(root + 76) };
    int entries = 0;
    while (!pending.isEmpty()) {
        const quint32 index = pending.takeLast();
        if (index == noStream)
            continue;
        if (index == 0 || index >= count || seen.at(index))
            return std::nullopt;
        seen[index] = true;
        const qsizetype entry = entryAt(index);
        const quint8 type = quint8(m_raw.at(entry + 66));
        if (type == 2) {
            const quint64 size = sizeOf(entry);
            if (size > quint64(m_raw.size()) || !streamWhole(word(entry + 116), size))
                return std::nullopt;
        } else if (type != 1) {
            return std::nullopt;
        }
        ++entries;
        pending << word(entry + 68) << word(entry + 72);
        if (type == 1)
            pending << word(entry + 76);
    }
    // A storage or stream outside the tree: no reader that walks the tree sees it, but the file
    // holds it; a hex viewer or a lenient reader shows what the guard would not have read.
    for (quint32 index = 1; index < count; ++index) {
        const quint8 type = quint8(m_raw.at(entryAt(index) + 66));
        if ((type == 1 || type == 2) && !seen.at(index))
            return std::nullopt;
    }
    return entries;
}

} // namespace

std::optional<int> compoundEntries(QByteArrayView raw)
{
    return Compound(raw).entries();
}

} // namespace pd::mail::outlook
