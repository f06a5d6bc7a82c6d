#include "crypto/RecoveryKey.h"

#include <cstddef>

namespace pd::RecoveryKey {

namespace {

constexpr std::size_t keyBytes = 25; // 200 bits = 40 symbols of 5 bits, no padding
constexpr std::size_t symbolCount = 40;
constexpr std::size_t groupSize = 5;
constexpr std::size_t formattedLength = symbolCount + symbolCount / groupSize - 1;
constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U

// The 5-bit value of a normalised character, or -1.
int symbolValue(char16_t c)
{
    if (c >= u'a' && c <= u'z')
        c = static_cast<char16_t>(c - u'a' + u'A');
    if (c == u'O')
        c = u'0';
    else if (c == u'I' || c == u'L')
        c = u'1';
    for (int i = 0; i < 32; ++i) {
        if (c == static_cast<char16_t>(alphabet[i]))
            return i;
    }
    return -1;
}

} // namespace

SecureBytes generate()
{
    return SecureBytes::random(keyBytes);
}

QString format(const SecureBytes &key)
{
    if (key.size() != keyBytes)
        return {};
    // Build the text in secure memory; only the returned QString is a plain copy.
    SecureBytes text(formattedLength);
    unsigned int buffer = 0;
    int bits = 0;
    std::size_t symbols = 0;
    std::size_t out = 0;
    for (std::size_t i = 0; i < keyBytes; ++i) {
        buffer = (buffer << 8) | key.data()[i];
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (symbols > 0 && symbols % groupSize == 0)
                text.data()[out++] = '-';
            text.data()[out++] = static_cast<unsigned char>(alphabet[(buffer >> bits) & 0x1fU]);
            ++symbols;
        }
        buffer &= (1U << bits) - 1U;
    }
    buffer = 0;
    return QString::fromLatin1(reinterpret_cast<const char *>(text.data()),
                               static_cast<qsizetype>(text.size()));
}

SecureBytes parse(QStringView text)
{
    SecureBytes values(symbolCount);
    std::size_t count = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u'-' || ch.isSpace())
            continue;
        const int value = symbolValue(c);
        if (value < 0 || count == symbolCount)
            return {};
        values.data()[count++] = static_cast<unsigned char>(value);
    }
    if (count != symbolCount)
        return {};

    SecureBytes key(keyBytes);
    unsigned int buffer = 0;
    int bits = 0;
    std::size_t out = 0;
    for (std::size_t i = 0; i < symbolCount; ++i) {
        buffer = (buffer << 5) | values.data()[i];
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            key.data()[out++] = static_cast<unsigned char>((buffer >> bits) & 0xffU);
            buffer &= (1U << bits) - 1U;
        }
    }
    buffer = 0;
    return key;
}

} // namespace pd::RecoveryKey
