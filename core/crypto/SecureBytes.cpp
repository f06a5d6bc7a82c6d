#include "crypto/SecureBytes.h"

#include <QString>

#include <cstring>
#include <mutex>
#include <new>
#include <sodium.h>
#include <utility>

namespace pd {

bool initSodium() noexcept
{
    // sodium_init() is itself idempotent, but call_once also publishes its result safely.
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = sodium_init() >= 0; });
    return ok;
}

SecureBytes::SecureBytes(std::size_t size)
{
    if (size == 0)
        return;
    if (!initSodium())
        throw std::bad_alloc();
    void *p = sodium_malloc(size);
    if (!p)
        throw std::bad_alloc();
    m_data = static_cast<unsigned char *>(p);
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{ }

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes out(size);
    if (size > 0)
        randombytes_buf(out.m_data, size);
    return out;
}

SecureBytes SecureBytes::takeFrom(QByteArray &source)
{
    SecureBytes out = copyOf(reinterpret_cast<const unsigned char *>(source.constData()),
                             static_cast<std::size_t>(source.size()));
    wipe(source);
    return out;
}

SecureBytes SecureBytes::fromUtf8(QStringView text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBytes out = copyOf(reinterpret_cast<const unsigned char *>(utf8.constData()),
                             static_cast<std::size_t>(utf8.size()));
    wipe(utf8);
    return out;
}

SecureBytes SecureBytes::copyOf(const unsigned char *data, std::size_t size)
{
    SecureBytes out(size);
    if (size > 0)
        std::memcpy(out.m_data, data, size);
    return out;
}

SecureBytes SecureBytes::clone() const
{
    return copyOf(m_data, m_size);
}

bool SecureBytes::equals(const SecureBytes &other) const noexcept
{
    if (m_size != other.m_size)
        return false; // the length of a key is not secret
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

SecureBytes SecureBytes::toHex() const
{
    if (m_size == 0)
        return {};
    // sodium_bin2hex writes a terminating NUL, so convert in a buffer one byte longer.
    SecureBytes buffer(m_size * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char *>(buffer.m_data), buffer.m_size, m_data, m_size);
    return copyOf(buffer.m_data, m_size * 2);
}

void SecureBytes::clear() noexcept
{
    if (m_data)
        sodium_free(m_data); // wipes before freeing
    m_data = nullptr;
    m_size = 0;
}

void wipe(QByteArray &bytes) noexcept
{
    // Only an unshared buffer can be wiped: data() on a shared one would detach and wipe a copy.
    if (bytes.isDetached() && !bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

void wipe(QString &text) noexcept
{
    if (text.isDetached() && !text.isEmpty())
        sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

void wipeSharedBuffer(QString &text) noexcept
{
    // data() would detach (and wipe a fresh copy): write through constData() into the heap
    // buffer itself. isMutable(): allocated by Qt, not a literal or raw data.
    if (!text.isEmpty() && text.data_ptr().isMutable())
        sodium_memzero(const_cast<QChar *>(text.constData()),
                       static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace pd
