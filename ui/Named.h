#pragma once

#include <QString>

#include <utility>

namespace pd::ui {

// A new W made from args (its parent among them), with the object name that the tests and the
// desk's own checks find it by.
template<typename W, typename... Args> W *named(const QString &objectName, Args &&...args)
{
    auto *object = new W(std::forward<Args>(args)...);
    object->setObjectName(objectName);
    return object;
}

} // namespace pd::ui
