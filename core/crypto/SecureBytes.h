#pragma once

#include <QByteArray>
#include <QStringView>

#include <cstddef>

namespace pd {

// Key material and passwords live here, never in a plain QByteArray/QString longer than needed:
// the buffer comes from sodium_malloc (guard pages, mlock'ed, excluded from core dumps where
// the platform allows) and is wiped with sodium_memzero when it is freed. Move-only.
class SecureBytes final
{
public:
    SecureBytes() noexcept = default;
    explicit SecureBytes(std::size_t size); // zero-filled
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    // size bytes from the operating system's CSPRNG (randombytes_buf).
    static SecureBytes random(std::size_t size);
    // Copies bytes and then wipes the source buffer (which the caller no longer needs).
    static SecureBytes takeFrom(QByteArray &source);
    // The UTF-8 bytes of a password typed into a widget; the temporary copy is wiped.
    static SecureBytes fromUtf8(QStringView text);
    static SecureBytes copyOf(const unsigned char *data, std::size_t size);

    SecureBytes clone() const;

    unsigned char *data() noexcept { return m_data; }
    const unsigned char *data() const noexcept { return m_data; }
    std::size_t size() const noexcept { return m_size; }
    bool isEmpty() const noexcept { return m_size == 0; }

    // Constant-time comparison (sodium_memcmp).
    bool equals(const SecureBytes &other) const noexcept;
    // Lower-case hex of the bytes, itself in secure memory (used for SQLCipher's raw key form).
    SecureBytes toHex() const;

    void clear() noexcept; // wipe and free now

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

// Wipes a Qt buffer that held a secret (sodium_memzero over its detached data). A buffer that
// another QByteArray/QString still shares is not written (that would corrupt the other owner):
// the reference is only dropped, and the other owner must wipe it.
void wipe(QByteArray &bytes) noexcept;
void wipe(QString &text) noexcept;
// Zeroes the characters even when the buffer is shared, then drops the reference: only for a
// buffer whose other owner lets go of it right away, like a line edit's own text that is
// replaced next (QLineEdit::text() hands out its buffer, not a copy). Every sharer sees the
// zeros. Static and raw data (literals, fromRawData) are never written.
void wipeSharedBuffer(QString &text) noexcept;

// Calls sodium_init() once; safe from any thread. Returns false if libsodium cannot work.
bool initSodium() noexcept;

} // namespace pd
