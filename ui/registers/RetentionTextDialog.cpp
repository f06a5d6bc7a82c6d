#include "registers/RetentionTextDialog.h"

#include "MessageLabel.h"
#include "Named.h"
#include "domain/BsnGuard.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

RetentionTextDialog::RetentionTextDialog(const QString &title, const QString &label,
                                         const QString &fieldLabel, QWidget *parent)
    : QDialog(parent)
    , m_fieldLabel(fieldLabel)
    , m_edit(named<QLineEdit>(QStringLiteral("text"), this))
    , m_message(named<MessageLabel>(QStringLiteral("bsnWarning"), this))
    , m_override(named<QCheckBox>(QStringLiteral("bsnOverride"), this))
    , m_ok(nullptr)
{
    setObjectName(QStringLiteral("retentionTextDialog"));
    setWindowTitle(title);
    m_override->setText(tr("This number is &not a BSN (this confirmation is logged)"));
    m_override->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &RetentionTextDialog::validate);
    connect(m_override, &QCheckBox::toggled, this, &RetentionTextDialog::validate);

    auto *caption = new QLabel(label, this);
    caption->setWordWrap(true);
    caption->setBuddy(m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(caption);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    layout->addWidget(m_override);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    validate();
}

QString RetentionTextDialog::text() const
{
    return m_edit->text().trimmed();
}

BsnCheck RetentionTextDialog::bsnCheck() const
{
    return bsnCheckFrom(m_override->isVisible() && m_override->isChecked());
}

void RetentionTextDialog::setError(const QString &message)
{
    m_message->setMessage(message);
}

void RetentionTextDialog::validate()
{
    const auto findings = findBsnNumbers(m_edit->text());
    m_override->setVisible(!findings.isEmpty());
    if (findings.isEmpty())
        m_override->setChecked(false);
    m_message->setMessage(findings.isEmpty() || m_override->isChecked()
                              ? QString()
                              : BsnGuard::refusalMessage(findings, m_fieldLabel));
    m_ok->setEnabled(!text().isEmpty() && (findings.isEmpty() || m_override->isChecked()));
}

} // namespace pd::ui
