#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {
class Store;
}

namespace pd::cli {

// What verify and server check show of the changes made by hand (psql, a script) that a server
// recorded in the trail (sql.changed): how many, and the latest with who, when and what, in words
// (lines) and for --json (json: "total" and "latest"). A store folder records none. nullopt with
// *error when the trail cannot be read.
struct HandChanges
{
    QStringList lines;
    QJsonObject json;
};
std::optional<HandChanges> handChanges(const Store &store, QString *error);

} // namespace pd::cli
