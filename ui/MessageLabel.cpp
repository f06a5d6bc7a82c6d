#include "MessageLabel.h"

#include "Icons.h"
#include "Named.h"

#include <QHBoxLayout>
#include <QLabel>

namespace pd::ui {

MessageLabel::MessageLabel(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(named<QLabel>(QStringLiteral("messageText"), this))
{
    m_icon->setPixmap(icons::warning().pixmap(20, 20));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void MessageLabel::setMessage(const QString &message, Kind kind)
{
    const bool problem = kind == Kind::Problem;
    m_icon->setVisible(problem);
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, QColor(0xa3, 0x15, 0x15));
    m_text->setPalette(palette);
    m_text->setAccessibleName(problem ? tr("Error") : tr("Status"));
    m_text->setText(message);
    setVisible(!message.isEmpty());
}

QString MessageLabel::message() const
{
    return m_text->text();
}

} // namespace pd::ui
