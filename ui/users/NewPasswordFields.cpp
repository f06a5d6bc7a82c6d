#include "users/NewPasswordFields.h"

#include "Named.h"
#include "PasswordLineEdit.h"
#include "PasswordStrength.h"
#include "PasswordStrengthMeter.h"

#include <QFormLayout>
#include <QLabel>

namespace pd::ui {

NewPasswordFields::NewPasswordFields(QWidget *parent)
    : QObject(parent)
    , m_passwordLabel(new QLabel(parent))
    , m_password(named<PasswordLineEdit>(QStringLiteral("newPassword"), parent))
    , m_meter(named<PasswordStrengthMeter>(QStringLiteral("strengthMeter"), parent))
    , m_repeatLabel(new QLabel(parent))
    , m_repeat(named<PasswordLineEdit>(QStringLiteral("repeatPassword"), parent))
{
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setBuddy(m_repeat);
    connect(m_password, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_meter->setPassword(text);
        Q_EMIT changed();
    });
    connect(m_repeat, &QLineEdit::textChanged, this, &NewPasswordFields::changed);
    retranslateUi();
}

void NewPasswordFields::addRowsTo(QFormLayout *form)
{
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_meter);
    form->addRow(m_repeatLabel, m_repeat);
}

void NewPasswordFields::setPasswordLabel(const QString &text)
{
    m_passwordLabel->setText(text);
}

void NewPasswordFields::retranslateUi()
{
    m_passwordLabel->setText(tr("&Password:"));
    m_repeatLabel->setText(tr("&Repeat password:"));
}

QString NewPasswordFields::problem() const
{
    const QString password = m_password->text();
    if (password.isEmpty())
        return tr("Choose a password.");
    return PasswordStrength::newPasswordProblem(password, m_repeat->text());
}

SecureBytes NewPasswordFields::takePassword()
{
    SecureBytes password = SecureBytes::fromUtf8(m_password->text());
    clear();
    return password;
}

void NewPasswordFields::clear()
{
    m_password->clearSecret();
    m_repeat->clearSecret();
    m_meter->setPassword({});
}

void NewPasswordFields::setEnabled(bool enabled)
{
    m_password->setEnabled(enabled);
    m_repeat->setEnabled(enabled);
}

} // namespace pd::ui
