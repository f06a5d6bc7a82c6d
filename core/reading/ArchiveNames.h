#pragma once

#include <QByteArrayView>
#include <QStringList>

#include <optional>

namespace pd::reading {

// Read in the reader process; nullopt when the list cannot be read whole: the file is then refused.

bool isZip(QByteArrayView bytes);
std::optional<QStringList> zipNames(QByteArrayView bytes);

bool isTnef(QByteArrayView bytes);
std::optional<QStringList> tnefNames(QByteArrayView bytes);

constexpr int maxZipEntries = 10000;
constexpr int maxTnefAttributes = 10000;
constexpr int maxTnefDepth = 4;

} // namespace pd::reading
