#include "PasswordLineEdit.h"

#include "Icons.h"
#include "Named.h"
#include "crypto/SecureBytes.h"

#include <QAction>
#include <QEvent>

namespace pd::ui {

PasswordLineEdit::PasswordLineEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_revealAction(named<QAction>(QStringLiteral("revealPassword"), this))
{
    setEchoMode(QLineEdit::Password);
    // No completion, no drag: a password must not leak into other widgets.
    setDragEnabled(false);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_revealAction->setCheckable(true);
    addAction(m_revealAction, QLineEdit::TrailingPosition);
    connect(m_revealAction, &QAction::toggled, this, &PasswordLineEdit::setRevealed);
    updateRevealAction();
}

bool PasswordLineEdit::isRevealed() const
{
    return echoMode() == QLineEdit::Normal;
}

void PasswordLineEdit::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    if (m_revealAction->isChecked() != revealed)
        m_revealAction->setChecked(revealed);
    updateRevealAction();
}

void PasswordLineEdit::clearSecret()
{
    QString own = text(); // shares the line edit's buffer
    wipeSharedBuffer(own);
    clear();
    setModified(false);
}

void PasswordLineEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateRevealAction();
    QLineEdit::changeEvent(event);
}

void PasswordLineEdit::updateRevealAction()
{
    const bool revealed = isRevealed();
    m_revealAction->setIcon(revealed ? icons::hidePassword() : icons::showPassword());
    m_revealAction->setText(revealed ? tr("Hide password") : tr("Show password"));
    m_revealAction->setToolTip(m_revealAction->text());
}

} // namespace pd::ui
