#include "intake/RepresentativeRows.h"

#include "MessageLabel.h"
#include "cases/CaseService.h"
#include "domain/InputLimits.h"
#include "intake/IntakeForm.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace pd::ui {

RepresentativeRows::RepresentativeRows(QWidget *page, IntakeForm &form)
{
    m_nameLabel = intake::buddyLabel(page);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("representative"));
    m_name->setMaxLength(InputLimits::maxName);
    m_nameLabel->setBuddy(m_name);
    m_mandateLabel = intake::buddyLabel(page);
    m_mandate = new QLineEdit(page);
    m_mandate->setObjectName(QStringLiteral("mandate"));
    m_mandate->setMaxLength(InputLimits::maxShortText);
    m_mandate->setEnabled(false);
    m_mandateLabel->setBuddy(m_mandate);
    // Issue 38: the letters of a representative's request go to the representative's address.
    m_addressLabel = intake::buddyLabel(page);
    m_address = new QLineEdit(page);
    m_address->setObjectName(QStringLiteral("representativeAddress"));
    m_address->setMaxLength(InputLimits::maxShortText);
    m_address->setEnabled(false);
    m_addressLabel->setBuddy(m_address);
    m_addressMessage
        = form.guard(m_address, [] { return RepresentativeRows::tr("Representative's address"); });
    m_nameMessage = form.guard(m_name, [] { return RepresentativeRows::tr("Representative"); });
    m_mandateMessage = form.guard(m_mandate, [] { return RepresentativeRows::tr("Mandate"); });
    QObject::connect(m_name, &QLineEdit::textChanged, m_mandate, [this](const QString &text) {
        // A mandate belongs to a representative.
        m_mandate->setEnabled(!text.trimmed().isEmpty());
        m_address->setEnabled(!text.trimmed().isEmpty());
    });
}

void RepresentativeRows::place(QGridLayout *grid, int row, int column) const
{
    grid->addWidget(m_nameLabel, row, column, Qt::AlignLeft);
    grid->addLayout(intake::withMessage(m_name, m_nameMessage), row, column + 1);
    grid->addWidget(m_mandateLabel, row + 1, column, Qt::AlignLeft | Qt::AlignTop);
    // The mandate and where the letters go side by side: the dialog fits the desk's 1200×800.
    auto *mandateRow = new QHBoxLayout;
    mandateRow->setContentsMargins(0, 0, 0, 0);
    mandateRow->addLayout(intake::withMessage(m_mandate, m_mandateMessage), 1);
    mandateRow->addWidget(m_addressLabel, 0, Qt::AlignTop);
    mandateRow->addLayout(intake::withMessage(m_address, m_addressMessage), 2);
    grid->addLayout(mandateRow, row + 1, column + 1, Qt::AlignTop);
}

QList<QWidget *> RepresentativeRows::tabOrder() const
{
    return { m_name, m_mandate, m_address };
}

void RepresentativeRows::retranslateUi()
{
    m_nameLabel->setText(tr("Repr&esentative:"));
    m_name->setPlaceholderText(tr("Who asks on their behalf, if anyone"));
    m_mandateLabel->setText(tr("M&andate:"));
    m_mandate->setPlaceholderText(tr("e.g. written authorisation"));
    //: Dutch: "&postadres:"
    m_addressLabel->setText(tr("letters &go to:"));
    m_address->setAccessibleName(tr("Representative's address"));
    //: Dutch: "waar de brieven heen gaan: Dorpsstraat 3, 6582 AB Heumen"
    m_address->setPlaceholderText(tr("where the letters go: Dorpsstraat 3, 6582 AB Heumen"));
}

void RepresentativeRows::clear()
{
    m_name->clear();
    m_mandate->clear();
    m_address->clear();
}

QString RepresentativeRows::name() const
{
    return m_name->text().trimmed();
}

QString RepresentativeRows::invalidReason(bool required) const
{
    if (required && name().isEmpty())
        return tr("Enter the representative who made the request.");
    return {};
}

void RepresentativeRows::fill(NewCase *request) const
{
    request->representative = name();
    if (!request->representative.isEmpty())
        request->representativeMandate = m_mandate->text().trimmed();
    if (!request->representative.isEmpty())
        request->representativeAddress = m_address->text().simplified();
}

} // namespace pd::ui
