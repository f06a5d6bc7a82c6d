#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {
class Store;
}

namespace pd::cli {

// Changes made by hand (psql, a script) that a server recorded in the trail; a store folder
// records none. nullopt with *error when the trail cannot be read.
struct HandChanges
{
    QStringList lines;
    QJsonObject json;
};
std::optional<HandChanges> handChanges(const Store &store, QString *error);

} // namespace pd::cli
