#include "DemoBanner.h"

#include "Icons.h"
#include "Named.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace pd::ui {

DemoBanner::DemoBanner(QWidget *parent)
    : Retranslated(parent)
    , m_text(named<QLabel>(QStringLiteral("demoBannerText"), this))
{
    setObjectName(QStringLiteral("demoBanner"));
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, QColor(0xff, 0xe0, 0x66));
    palette.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    setPalette(palette);
    setFrameShape(QFrame::NoFrame);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    auto *icon = new QLabel(this);
    icon->setPixmap(icons::warning().pixmap(22, 22));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(icon, 0, Qt::AlignVCenter);
    layout->addWidget(m_text, 1);
    retranslateUi();
}

QString DemoBanner::text() const
{
    return m_text->text();
}

void DemoBanner::retranslateUi()
{
    m_text->setText(u"<b>" + tr("DEMO — fictitious data").toHtmlEscaped() + u"</b>&nbsp;&nbsp;"
                    + tr("This store holds made-up data only. Never enter real personal data "
                         "here.")
                          .toHtmlEscaped());
}

} // namespace pd::ui
