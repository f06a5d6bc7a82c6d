#include "UnlockBackoff.h"

#include "crypto/Keyring.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>

#include <algorithm>

namespace pd {

UnlockBackoff::UnlockBackoff(const Clock &clock)
    : m_clock(&clock)
{ }

int UnlockBackoff::delayAfter(int failures)
{
    if (failures <= freeAttempts)
        return 0;
    // 5 · 2^(n-3), computed without overflowing for any n.
    const int doublings = std::min(failures - freeAttempts - 1, 16);
    return std::min(firstDelaySeconds << doublings, maximumDelaySeconds);
}

void UnlockBackoff::recordFailure()
{
    ++m_failures;
    m_lastFailure = m_clock->now();
}

void UnlockBackoff::recordSuccess()
{
    m_failures = 0;
    m_lastFailure = QDateTime();
}

int UnlockBackoff::secondsToWait() const
{
    const int delay = delayAfter(m_failures);
    if (delay == 0 || !m_lastFailure.isValid())
        return 0;
    const qint64 elapsed = m_lastFailure.secsTo(m_clock->now());
    // A clock set back (or a lastFailure in the future) does not shorten the wait below zero
    // elapsed: the full delay applies from now.
    if (elapsed < 0)
        return delay;
    return static_cast<int>(std::max<qint64>(0, delay - elapsed));
}

namespace {

// Keyed by the store's identity (the store id in its keyring, read without unlocking it), so
// that a copy, a symlink or another spelling of the path shares the pause; only a folder whose
// keyring cannot be read falls back to its path.
QString settingsGroup(const QString &storeDirectory)
{
    Keyring::Status status = Keyring::Status::Ok;
    const Keyring keyring = Keyring::load(
        QDir(storeDirectory).filePath(QLatin1StringView(Store::keyringFileName)), &status);
    const QByteArray identity = keyring.isValid()
        ? QByteArray("store:") + keyring.storeId().toRfc4122()
        : QDir::cleanPath(QDir(storeDirectory).absolutePath()).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(identity, QCryptographicHash::Sha256);
    return QStringLiteral("unlock/") + QString::fromLatin1(hash.toHex().left(16));
}

} // namespace

void UnlockBackoff::load(const QString &storeDirectory)
{
    QSettings settings;
    settings.beginGroup(settingsGroup(storeDirectory));
    restore(settings.value(QStringLiteral("failures")).toInt(),
            settings.value(QStringLiteral("lastFailure")).toDateTime());
}

void UnlockBackoff::save(const QString &storeDirectory) const
{
    QSettings settings;
    if (m_failures == 0) {
        settings.remove(settingsGroup(storeDirectory));
        return;
    }
    settings.beginGroup(settingsGroup(storeDirectory));
    settings.setValue(QStringLiteral("failures"), m_failures);
    settings.setValue(QStringLiteral("lastFailure"), m_lastFailure);
}

void UnlockBackoff::restore(int failures, const QDateTime &lastFailure)
{
    m_failures = std::max(0, failures);
    m_lastFailure = m_failures > 0 ? lastFailure.toUTC() : QDateTime();
}

} // namespace pd
