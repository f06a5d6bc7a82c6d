#pragma once

#include <QFont>

namespace pd::ui {

// Bold, at scale times its own size: a title, a figure or a row that has to stand out. For a
// widget or an item (anything with font() and setFont()).
template<typename Target> void emphasise(Target *target, qreal scale = 1.0)
{
    QFont font = target->font();
    if (scale != 1.0)
        font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    target->setFont(font);
}

} // namespace pd::ui
