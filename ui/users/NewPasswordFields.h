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

// A new password typed twice with the strength hint under the first field, as rows of the
// owner's form (so that the labels line up with its other rows). problem() says in one
// sentence why the password cannot be used yet: shorter than UserService::minimumPasswordLength,
// on the list of most used passwords, not repeated or not the same twice.
class NewPasswordFields final : public QObject
{
    Q_OBJECT
public:
    explicit NewPasswordFields(QWidget *parent);

    // Adds "Password:", the meter and "Repeat password:" (labels with mnemonics).
    void addRowsTo(QFormLayout *form);
    // The owner's own wording ("&New password:"), after retranslateUi().
    void setPasswordLabel(const QString &text);

    QString problem() const; // translated, empty when the password may be used
    // The password as SecureBytes; both fields are wiped and emptied.
    SecureBytes takePassword();
    void clear();
    void setEnabled(bool enabled);

    PasswordLineEdit *passwordEdit() const { return m_password; }
    PasswordLineEdit *repeatEdit() const { return m_repeat; }

    // The default labels; the owner calls it from its own retranslateUi().
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
