#include "QuietLabel.h"

#include <QLabel>
#include <QPalette>

namespace pd::ui {

void setQuiet(QWidget *widget)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText,
                     palette.color(QPalette::Disabled, QPalette::WindowText).darker(140));
    widget->setPalette(palette);
}

QLabel *quietLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    setQuiet(label);
    return label;
}

} // namespace pd::ui
