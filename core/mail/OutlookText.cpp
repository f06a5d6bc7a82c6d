#include "mail/MailMessage.h"
#include "mail/MailParts.h"
#include "mail/OutlookParts.h"

#include <QtEndian>

#include <array>

// The texts of an Outlook message: 8-bit strings in the message's code page, the compressed RTF
// body (MS-OXRTFCP) and RTF as plain text, HTML encapsulated in RTF (MS-OXRTFEX) included.

namespace pd::mail::outlook {

namespace {

// MS-OXRTFCP 3.1.1.1.1: the dictionary's initial contents.
constexpr QByteArrayView rtfPrebuffer(
    "{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern "
    "\\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0"
    "\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx");

constexpr quint32 compressedMagic = 0x75465A4C; // "LZFu"
constexpr quint32 uncompressedMagic = 0x414C454D; // "MELA"

} // namespace

QByteArray charsetOfCodePage(int codePage)
{
    switch (codePage) {
    case 65001:
        return "utf-8";
    case 20127:
        return "us-ascii";
    case 932:
        return "Shift_JIS";
    case 936:
        return "GBK";
    case 949:
        return "EUC-KR";
    case 950:
        return "Big5";
    case 20866:
        return "KOI8-R";
    case 21866:
        return "KOI8-U";
    case 50220:
    case 50221:
    case 50222:
        return "ISO-2022-JP";
    case 51932:
        return "EUC-JP";
    default:
        break;
    }
    if (codePage == 874 || (codePage >= 1250 && codePage <= 1258))
        return "windows-" + QByteArray::number(codePage);
    if (codePage >= 28591 && codePage <= 28606)
        return "iso-8859-" + QByteArray::number(codePage - 28590);
    if (codePage == 437 || codePage == 850 || codePage == 852 || codePage == 866)
        return "IBM" + QByteArray::number(codePage);
    return "windows-1252";
}

QString decodeCodePage(QByteArrayView bytes, int codePage)
{
    return decodeCharset(bytes, charsetOfCodePage(codePage));
}

std::optional<QByteArray> decompressRtf(QByteArrayView value, qsizetype maxBytes)
{
    if (value.size() < 16)
        return std::nullopt;
    const auto *header = reinterpret_cast<const uchar *>(value.data());
    const quint32 compressedSize = qFromLittleEndian<quint32>(header);
    const quint32 rawSize = qFromLittleEndian<quint32>(header + 4);
    const quint32 type = qFromLittleEndian<quint32>(header + 8);
    // COMPSIZE counts the 12 header bytes after it; a writer may pad the value after that.
    const qsizetype end = std::min<qsizetype>(value.size(), qsizetype(compressedSize) + 4);
    if (end < 16)
        return std::nullopt;
    const QByteArrayView contents = value.sliced(16, end - 16);
    const qsizetype wanted = std::min<qsizetype>(qsizetype(rawSize), maxBytes);
    if (type == uncompressedMagic)
        return contents.first(std::min(contents.size(), wanted)).toByteArray();
    if (type != compressedMagic)
        return std::nullopt;

    std::array<char, 4096> dictionary {};
    std::copy(rtfPrebuffer.begin(), rtfPrebuffer.end(), dictionary.begin());
    qsizetype write = rtfPrebuffer.size();
    QByteArray out;
    out.reserve(std::min<qsizetype>(wanted, 16 * contents.size() + 16));
    const auto put = [&](char c) {
        out.append(c);
        dictionary[std::size_t(write)] = c;
        write = (write + 1) % 4096;
    };
    qsizetype pos = 0;
    while (pos < contents.size() && out.size() < wanted) {
        const uchar control = uchar(contents[pos++]);
        for (int bit = 0; bit < 8 && out.size() < wanted; ++bit) {
            if ((control & (1u << bit)) == 0) {
                if (pos >= contents.size())
                    return out; // the last run ended without its end reference
                put(contents[pos++]);
                continue;
            }
            if (pos + 2 > contents.size())
                return std::nullopt;
            const quint16 reference
                = quint16((uchar(contents[pos]) << 8) | uchar(contents[pos + 1]));
            pos += 2;
            const qsizetype offset = reference >> 4;
            const qsizetype length = (reference & 0xF) + 2;
            if (offset == write)
                return out; // the end
            for (qsizetype i = 0; i < length && out.size() < wanted; ++i)
                put(dictionary[std::size_t((offset + i) % 4096)]);
        }
    }
    return out;
}

} // namespace pd::mail::outlook
