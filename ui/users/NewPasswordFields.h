#pragma once

#include "crypto/SecureBytes.h"

#include <QObject>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace pd::ui {

class PasswordLineEdit;
class PasswordStrengthMeter;

// Rows of the owner's form, so that the labels line up with its other rows.
class NewPasswordFields final : public QObject
{
    Q_OBJECT
public:
    explicit NewPasswordFields(QWidget *parent);

    void addRowsTo(QFormLayout *form);
    // After retranslateUi().
    void setPasswordLabel(const QString &text);

    QString problem() const; // translated, empty when the password may be used
    // Both fields are wiped and emptied.
    SecureBytes takePassword();
    void clear();
    void setEnabled(bool enabled);

    PasswordLineEdit *passwordEdit() const { return m_password; }
    PasswordLineEdit *repeatEdit() const { return m_repeat; }

    // The owner calls it from its own retranslateUi().
    void retranslateUi();

Q_SIGNALS:
    void changed();

private:
    QLabel *m_passwordLabel;
    PasswordLineEdit *m_password;
    PasswordStrengthMeter *m_meter;
    QLabel *m_repeatLabel;
    PasswordLineEdit *m_repeat;
};

} // namespace pd::ui
