#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>
#include <QString>
#include <QtEndian>

#include <array>

// Shared by appending and verifying; the format is written down at the top of AuditLog.cpp.
namespace pd::auditchain {

inline constexpr qsizetype saltSize = 16;
inline constexpr qsizetype hashSize = 32;
inline constexpr auto chainTag = "privacydesk-audit-v1";

inline QByteArray genesisHash(const QString &storeId)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(chainTag));
    hash.addData(storeId.toUtf8());
    return hash.result();
}

inline QByteArray payloadHash(QByteArrayView salt, QByteArrayView payload)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(payload);
    return hash.result();
}

// F(x): x's 4-byte big-endian length, then x.
inline void addField(QByteArray &input, QByteArrayView bytes)
{
    std::array<char, 4> length {};
    qToBigEndian(static_cast<quint32>(bytes.size()), length.data());
    input.append(length.data(), qsizetype(length.size()));
    input.append(bytes);
}

inline void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace pd::auditchain
