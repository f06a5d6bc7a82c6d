#include "intake/IntakeForm.h"

#include "MessageLabel.h"
#include "QuietLabel.h"
#include "domain/BsnGuard.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui::intake {

QLabel *buddyLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return label;
}

QVBoxLayout *withMessage(QWidget *field, MessageLabel *message)
{
    auto *box = new QVBoxLayout;
    box->setSpacing(0);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(field);
    box->addWidget(message);
    return box;
}

bool isPlainReturn(const QKeyEvent *key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
        && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

QString fieldText(const QWidget *widget)
{
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        return edit->text();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(widget))
        return text->toPlainText();
    return {};
}

bool guardFields(const QList<GuardedField> &fields)
{
    bool anyFinding = false;
    for (const GuardedField &field : fields) {
        const BsnGuard::GuardResult result
            = BsnGuard::check(fieldText(field.widget), field.label(), false);
        field.message->setMessage(result.message);
        anyFinding = anyFinding || !result.findings.isEmpty();
    }
    return anyFinding;
}

QLabel *titleLabel(QWidget *parent)
{
    auto *title = new QLabel(parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    return title;
}

QLabel *caseNumberLabel(QWidget *parent)
{
    auto *number = new QLabel(parent);
    QFont font = number->font();
    font.setPointSizeF(font.pointSizeF() * 3.0);
    font.setBold(true);
    font.setLetterSpacing(QFont::PercentageSpacing, 104);
    number->setFont(font);
    number->setAlignment(Qt::AlignCenter);
    number->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return number;
}

void onEdited(const QList<GuardedField> &fields, QObject *receiver,
              const std::function<void()> &changed)
{
    for (const GuardedField &field : fields) {
        if (auto *edit = qobject_cast<QLineEdit *>(field.widget))
            QObject::connect(edit, &QLineEdit::textChanged, receiver, changed);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(field.widget))
            QObject::connect(text, &QPlainTextEdit::textChanged, receiver, changed);
    }
}

ResultPage buildResultPage(QWidget *page, bool withSay)
{
    ResultPage result;
    result.title = titleLabel(page);
    result.title->setAlignment(Qt::AlignCenter);
    result.number = caseNumberLabel(page);
    result.number->setObjectName(QStringLiteral("resultNumber"));
    if (withSay) {
        result.say = new QLabel(page);
        result.say->setAlignment(Qt::AlignCenter);
        setQuiet(result.say);
    }
    result.deadline = new QLabel(page);
    result.deadline->setObjectName(QStringLiteral("resultDeadline"));
    QFont deadlineFont = result.deadline->font();
    deadlineFont.setPointSizeF(deadlineFont.pointSizeF() * 1.5);
    result.deadline->setFont(deadlineFont);
    result.deadline->setAlignment(Qt::AlignCenter);
    result.deadline->setWordWrap(true);
    result.deadline->setTextInteractionFlags(Qt::TextSelectableByMouse);

    result.details = new QLabel(page);
    result.details->setObjectName(QStringLiteral("resultDetails"));
    result.details->setAlignment(Qt::AlignCenter);
    result.details->setWordWrap(true);
    result.details->setTextFormat(Qt::PlainText);

    result.next = new QPushButton(page);
    result.next->setAutoDefault(false);
    result.close = new QPushButton(page);
    result.close->setObjectName(QStringLiteral("closeButton"));
    result.close->setAutoDefault(true);

    auto *card = new QFrame(page);
    card->setFrameShape(QFrame::StyledPanel);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(32, 28, 32, 28);
    cardLayout->setSpacing(14);
    cardLayout->addWidget(result.title);
    cardLayout->addWidget(result.number);
    cardLayout->addSpacing(8);
    if (result.say)
        cardLayout->addWidget(result.say);
    cardLayout->addWidget(result.deadline);
    cardLayout->addWidget(result.details);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(result.next);
    buttons->addWidget(result.close);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->addStretch(1);
    layout->addWidget(card);
    layout->addSpacing(18);
    layout->addLayout(buttons);
    layout->addStretch(2);
    QWidget::setTabOrder(result.next, result.close);
    return result;
}

} // namespace pd::ui::intake
