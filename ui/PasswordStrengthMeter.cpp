#include "PasswordStrengthMeter.h"

#include "Named.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace pd::ui {

PasswordStrengthMeter::PasswordStrengthMeter(QWidget *parent)
    : QWidget(parent)
    , m_bar(named<QProgressBar>(QStringLiteral("strengthBar"), this))
    , m_level(named<QLabel>(QStringLiteral("strengthLevel"), this))
    , m_advice(named<QLabel>(QStringLiteral("strengthAdvice"), this))
{
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(8);
    m_advice->setWordWrap(true);
    QFont small = m_advice->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    m_advice->setFont(small);
    // Two lines are kept for the advice, shown or not: the fields below the meter do not jump
    // while the password is typed.
    m_advice->setMinimumHeight(2 * QFontMetrics(small).lineSpacing());
    QSizePolicy keep = m_advice->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_advice->setSizePolicy(keep);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_bar, 1);
    row->addWidget(m_level);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_advice);
    render();
}

void PasswordStrengthMeter::setPassword(QStringView password)
{
    m_empty = password.isEmpty();
    m_strength = PasswordStrength::estimate(password);
    render();
}

QString PasswordStrengthMeter::levelText() const
{
    return m_level->text();
}

void PasswordStrengthMeter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void PasswordStrengthMeter::render()
{
    if (m_empty) {
        m_bar->setValue(0);
        m_level->setText(tr("Strength: –"));
        m_advice->setText(tr("Use at least %n characters; a sentence of several words works well.",
                             nullptr, PasswordStrength::minimumLength));
        m_advice->setVisible(true);
        m_bar->setStyleSheet({});
        return;
    }
    m_bar->setValue(qMax(m_strength.score(), 5));
    m_level->setText(tr("Strength: %1").arg(m_strength.levelText()));
    m_advice->setText(m_strength.advice());
    m_advice->setVisible(!m_advice->text().isEmpty());
    const char *colour = "#2e7d32";
    if (m_strength.level() == PasswordStrength::Level::Weak)
        colour = "#c62828";
    else if (m_strength.level() == PasswordStrength::Level::Fair)
        colour = "#ef8f00";
    m_bar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background-color: %1; }")
                             .arg(QLatin1StringView(colour)));
}

} // namespace pd::ui
