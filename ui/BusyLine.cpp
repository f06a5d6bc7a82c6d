// A busy text with its bar (BusyLine.h).
#include "BusyLine.h"

#include "Named.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace pd::ui {

BusyLine::BusyLine(QWidget *parent)
    : QWidget(parent)
    , m_text(named<QLabel>(QStringLiteral("busyText"), this))
    , m_bar(named<QProgressBar>(QStringLiteral("busyBar"), this))
{
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(10);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_bar, 1);
    hide();
}

void BusyLine::setText(const QString &text)
{
    m_text->setText(text);
}

void BusyLine::showInPlaceOf(QWidget *reason, bool busy)
{
    setVisible(busy);
    reason->setVisible(!busy);
}

} // namespace pd::ui
