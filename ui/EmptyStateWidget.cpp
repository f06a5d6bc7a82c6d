#include "EmptyStateWidget.h"

#include "Named.h"
#include "TextEmphasis.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pd::ui {

EmptyStateWidget::EmptyStateWidget(const QIcon &icon, QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(named<QLabel>(QStringLiteral("emptyTitle"), this))
    , m_text(named<QLabel>(QStringLiteral("emptyText"), this))
{
    m_icon->setPixmap(icon.pixmap(72, 72, QIcon::Disabled));
    m_icon->setAlignment(Qt::AlignHCenter);
    m_icon->setFixedHeight(80);
    emphasise(m_title, 1.5);
    // Word-wrapped labels get no sensible width from an aligned layout item (they shrink to a
    // few words), so the text sits in a column of at most 520 pixels, centred, that narrows
    // with a narrow pane (the case detail beside the list).
    auto *column = new QWidget(this);
    column->setMaximumWidth(520);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(m_icon);
    for (QLabel *label : { m_title, m_text }) {
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        label->setWordWrap(true);
        columnLayout->addWidget(label);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addStretch(2);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 10);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(3);
}

void EmptyStateWidget::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyStateWidget::setText(const QString &text)
{
    m_text->setText(text);
}

QString EmptyStateWidget::title() const
{
    return m_title->text();
}

QString EmptyStateWidget::text() const
{
    return m_text->text();
}

} // namespace pd::ui
