#include "registers/DestroyDialog.h"

#include "TextEmphasis.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

DestroyDialog::DestroyDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
    , m_kept(new QLabel(this))
    , m_method(new QLineEdit(this))
    , m_understood(new QCheckBox(this))
    , m_destroy(new QPushButton(this))
{ }

DestroyDialog::DestroyDialog(const DestructionPlan &plan, QWidget *parent)
    : DestroyDialog(parent)
{
    m_personId = plan.personId;
    build(plan.withoutRequests ? tr("Destroy data subject") : tr("Destroy request files"),
          (plan.remainder ? tr("Destroy what is left of %1 (customer number %2)?")
               : plan.withoutRequests
               ? tr("Destroy Privacydesk's copy of the details of %1 (customer number %2)?")
               : tr("Destroy the request files of %1 (customer number %2)?"))
                  .arg(plan.name, plan.klantnummer)
              + u"\n\n" + plan.description(false),
          plan.kept.isEmpty() ? tr("Nothing about this data subject is kept.") : plan.keptText());
    m_method->setPlaceholderText(tr("e.g. anonymised in Privacydesk"));
}

DestroyDialog::DestroyDialog(const BreachDestructionPlan &plan, QWidget *parent)
    : DestroyDialog(parent)
{
    m_breachNumber = plan.number;
    build(tr("Destroy data breach"),
          tr("Destroy data breach %1 (%2), closed on %3? Its retention period ended on %4.")
                  .arg(plan.number, plan.title,
                       QLocale().toString(plan.closedOn, QLocale::ShortFormat),
                       QLocale().toString(plan.expires, QLocale::ShortFormat))
              + u"\n\n" + plan.description(false),
          BreachDestructionPlan::keptText());
    m_method->setPlaceholderText(tr("e.g. destroyed in Privacydesk"));
}

void DestroyDialog::build(const QString &title, const QString &text, const QString &kept)
{
    setObjectName(QStringLiteral("destroyDialog"));
    setWindowTitle(title);
    m_text->setObjectName(QStringLiteral("destroyText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setText(text);
    // What a retention rule still keeps, apart, so that it is not read over.
    m_kept->setObjectName(QStringLiteral("keptText"));
    m_kept->setWordWrap(true);
    m_kept->setTextFormat(Qt::PlainText);
    m_kept->setText(kept);
    emphasise(m_kept);
    m_method->setObjectName(QStringLiteral("method"));
    m_understood->setObjectName(QStringLiteral("understood"));
    m_understood->setText(tr("I understand that this cannot be &undone"));
    m_destroy->setObjectName(QStringLiteral("destroyButton"));
    m_destroy->setText(tr("&Destroy"));
    m_destroy->setEnabled(false);
    m_destroy->setAutoDefault(false);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_destroy, QDialogButtonBox::DestructiveRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    connect(m_understood, &QCheckBox::toggled, m_destroy, &QPushButton::setEnabled);
    connect(m_destroy, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    auto *methodLabel = new QLabel(tr("&Method:"), this);
    methodLabel->setBuddy(m_method);
    form->addRow(methodLabel, m_method);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_kept);
    layout->addLayout(form);
    layout->addWidget(m_understood);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    // A window does not grow by itself for its word-wrapped labels (a long Dutch plan was cut
    // off at the top): at least the height they need at the minimum width.
    setMinimumHeight(layout->totalHeightForWidth(minimumWidth()));
    // The keyboard starts in the method (first input): typing goes there, and never ticks the
    // confirmation by accident with a space.
}

QString DestroyDialog::description() const
{
    return m_text->text();
}

QString DestroyDialog::keptText() const
{
    return m_kept->text();
}

} // namespace pd::ui
