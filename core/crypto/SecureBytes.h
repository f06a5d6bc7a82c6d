#pragma once

#include <QByteArray>
#include <QStringView>

#include <cstddef>

namespace pd {

// Key material and passwords: sodium_malloc (guard pages, mlock'ed, out of core dumps), wiped when
// freed.
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

    static SecureBytes random(std::size_t size);
    static SecureBytes takeFrom(QByteArray &source);
    static SecureBytes fromUtf8(QStringView text);
    static SecureBytes copyOf(const unsigned char *data, std::size_t size);

    SecureBytes clone() const;

    unsigned char *data() noexcept { return m_data; }
    const unsigned char *data() const noexcept { return m_data; }
    std::size_t size() const noexcept { return m_size; }
    bool isEmpty() const noexcept { return m_size == 0; }

    // Constant-time.
    bool equals(const SecureBytes &other) const noexcept;
    SecureBytes toHex() const;

    void clear() noexcept; // wipe and free now

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

// A buffer another owner still shares is not written, only dropped: that owner must wipe it.
void wipe(QByteArray &bytes) noexcept;
void wipe(QString &text) noexcept;
// Zeroes even a shared buffer: only for one whose other owner lets go right away (QLineEdit::text()
// hands out its buffer).
void wipeSharedBuffer(QString &text) noexcept;

bool initSodium() noexcept;

} // namespace pd
