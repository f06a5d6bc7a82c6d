#include "DrillDownBanner.h"

#include "Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace pd::ui {

DrillDownBanner::DrillDownBanner(QWidget *parent)
    : Retranslated(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_clear(new QPushButton(this))
{
    setObjectName(QStringLiteral("drillDownBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, tinted.color(QPalette::AlternateBase));
    setPalette(tinted);
    m_icon->setPixmap(icons::dashboards().pixmap(18, 18));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        hide();
        m_description.clear();
        Q_EMIT cleared();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_clear);
    hide();
    retranslateUi();
}

void DrillDownBanner::showDescription(const QString &description, Origin origin)
{
    m_description = description;
    m_origin = origin;
    retranslateUi();
    show();
}

QString DrillDownBanner::description() const
{
    return m_description;
}

void DrillDownBanner::retranslateUi()
{
    m_text->setText(m_origin == Origin::Today
                        //: Dutch: "Vanuit Vandaag: %1"
                        ? tr("From Today: %1").arg(m_description)
                        : tr("From the dashboard: %1").arg(m_description));
    m_clear->setText(tr("Show all"));
    m_clear->setToolTip(tr("Drop the dashboard's selection and show the list with its own "
                           "filters"));
}

} // namespace pd::ui
