#include "QuietLabel.h"

#include "Icons.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QVBoxLayout>

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

QHBoxLayout *reasonAndButtons(QLabel *reason, QPushButton *cancel, QPushButton *action)
{
    auto *row = new QHBoxLayout;
    row->addWidget(reason, 1);
    row->addSpacing(12);
    row->addWidget(cancel, 0, Qt::AlignBottom);
    row->addWidget(action, 0, Qt::AlignBottom);
    return row;
}

QVBoxLayout *dialogColumn(QWidget *dialog)
{
    auto *column = new QVBoxLayout(dialog);
    column->setContentsMargins(20, 20, 20, 16);
    column->setSpacing(12);
    return column;
}

QGridLayout *logoHeader(QWidget *dialog, int size, QWidget *title, QWidget *below, int spacing)
{
    auto *logo = new QLabel(dialog);
    logo->setPixmap(icons::application().pixmap(size, size));
    auto *header = new QGridLayout;
    header->addWidget(logo, 0, 0, 2, 1, Qt::AlignTop);
    header->addWidget(title, 0, 1);
    header->addWidget(below, 1, 1);
    header->setColumnStretch(1, 1);
    header->setHorizontalSpacing(spacing);
    return header;
}

void addMessageAndButtons(QVBoxLayout *column, QWidget *message, QWidget *busyLine,
                          QLayout *buttons)
{
    column->addWidget(message);
    column->addWidget(busyLine);
    column->addStretch(1);
    column->addLayout(buttons);
}

} // namespace pd::ui
