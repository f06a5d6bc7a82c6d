#pragma once

#include "PasswordStrength.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace pd::ui {

// The level in words as well, because colour alone says nothing to everyone; keeps only the
// estimate, never the password.
class PasswordStrengthMeter final : public QWidget
{
    Q_OBJECT
public:
    explicit PasswordStrengthMeter(QWidget *parent = nullptr);

    void setPassword(QStringView password);
    QString levelText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QProgressBar *m_bar;
    QLabel *m_level;
    QLabel *m_advice;
    PasswordStrength m_strength;
    bool m_empty = true;
};

} // namespace pd::ui
