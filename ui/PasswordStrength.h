#pragma once

#include "users/UserService.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace pd::ui {

// A rough hint, not a security boundary (Argon2id is): it nudges people away from the passwords
// attackers try first.
class PasswordStrength final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::PasswordStrength)
public:
    enum class Level { Weak, Fair, Strong };
    // The core's rule, enforced for every new password.
    static constexpr int minimumLength = int(UserService::minimumPasswordLength);

    static PasswordStrength estimate(QStringView password);
    // Translated; empty when it can be used. One rule for every new password.
    static QString newPasswordProblem(const QString &password, const QString &repeat);

    Level level() const { return m_level; }
    int score() const { return m_score; } // 0..100, for a meter
    double bits() const { return m_bits; }
    bool isCommon() const { return m_common; }
    bool isTooShort() const { return m_tooShort; }
    bool hasRepetition() const { return m_repetitive; }

    QString levelText() const; // "Weak" / "Fair" / "Strong", translated
    QString advice() const; // one translated sentence, empty when there is nothing to add

private:
    Level m_level = Level::Weak;
    int m_score = 0;
    double m_bits = 0;
    bool m_common = false;
    bool m_tooShort = true;
    bool m_repetitive = false;
    bool m_fewClasses = false;
};

} // namespace pd::ui
