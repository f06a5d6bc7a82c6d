#include "intake/RepresentativeRows.h"

#include "FormFields.h"
#include "MessageLabel.h"
#include "Named.h"
#include "cases/CaseCodes.h"
#include "cases/CaseService.h"
#include "domain/InputLimits.h"
#include "intake/IntakeForm.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace pd::ui {

RepresentativeRows::RepresentativeRows(QWidget *page, IntakeForm &form)
    : m_form(form)
{
    m_nameLabel = intake::buddyLabel(page);
    m_name = limitedEdit(QStringLiteral("representative"), InputLimits::maxName, page);
    m_nameLabel->setBuddy(m_name);
    // The firm and the capacity, as case add's --representative-organisation
    // and --representative-authority.
    m_organisationLabel = intake::buddyLabel(page);
    m_organisation
        = limitedEdit(QStringLiteral("representativeOrganisation"), InputLimits::maxName, page);
    m_organisationLabel->setBuddy(m_organisation);
    // Beside the name, without a label of its own: "mr. P. Hendriks [Bewindvoerder]". As wide as
    // the longest kind, so that the one chosen reads whole; the name takes the rest of the row.
    m_authority = named<QComboBox>(QStringLiteral("representativeAuthority"), page);
    m_authority->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_authority->addItem(QString());
    for (RepresentativeAuthority authority : codes::all<RepresentativeAuthority>())
        m_authority->addItem(codes::label(authority), static_cast<int>(authority));
    m_needsName = named<MessageLabel>(QStringLiteral("representativeNeedsName"), page);
    m_mandateLabel = intake::buddyLabel(page);
    m_mandate = limitedEdit(QStringLiteral("mandate"), InputLimits::maxShortText, page);
    m_mandate->setEnabled(false);
    m_mandateLabel->setBuddy(m_mandate);
    // The letters of a representative's request go to the representative's address.
    m_addressLabel = intake::buddyLabel(page);
    m_address
        = limitedEdit(QStringLiteral("representativeAddress"), InputLimits::maxShortText, page);
    m_address->setEnabled(false);
    m_addressLabel->setBuddy(m_address);
    m_addressMessage
        = form.guard(m_address, [] { return RepresentativeRows::tr("Representative's address"); });
    m_nameMessage = form.guard(m_name, [] { return RepresentativeRows::tr("Representative"); });
    m_organisationMessage = form.guard(m_organisation, [] {
        //: Dutch: "Organisatie van de gemachtigde"
        return RepresentativeRows::tr("Representative's organisation");
    });
    m_mandateMessage = form.guard(m_mandate, [] { return RepresentativeRows::tr("Mandate"); });
    QObject::connect(m_name, &QLineEdit::textChanged, m_mandate, [this](const QString &text) {
        // A mandate belongs to a representative.
        m_mandate->setEnabled(!text.trimmed().isEmpty());
        m_address->setEnabled(!text.trimmed().isEmpty());
    });
    QObject::connect(m_name, &QLineEdit::textChanged, m_needsName, [this] { updateNeedsName(); });
    QObject::connect(m_organisation, &QLineEdit::textChanged, m_needsName,
                     [this] { updateNeedsName(); });
    QObject::connect(m_authority, &QComboBox::currentIndexChanged, m_needsName, [this] {
        updateNeedsName();
        m_form.validate();
    });
}

// Said under the name and the capacity as they are chosen, not only when saving.
void RepresentativeRows::updateNeedsName()
{
    NewCase request;
    fill(&request);
    m_needsName->setMessage(CaseService::checkRepresentative(request));
}

void RepresentativeRows::place(QGridLayout *grid, int row) const
{
    // On rows of their own under the receipt, as wide as it (beside the dates they
    // were cut to 65 px), so that every field shows what it asks for (its placeholder) at the
    // desk's 1200×800, in Dutch and in English. A label stands beside its field's line, also
    // when a message shows under the field.
    const auto add = [grid](QLabel *label, int at, int column, QLayout *field, int span) {
        label->setMinimumHeight(label->buddy()->sizeHint().height());
        grid->addWidget(label, at, column, Qt::AlignLeft | Qt::AlignTop);
        grid->addLayout(field, at, column + 1, 1, span, Qt::AlignTop);
    };
    // The name with the capacity beside it: "mr. P. Hendriks [Bewindvoerder]".
    auto *nameRow = new QHBoxLayout;
    nameRow->setContentsMargins(0, 0, 0, 0);
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_authority, 0, Qt::AlignTop);
    auto *nameBox = new QVBoxLayout;
    nameBox->setContentsMargins(0, 0, 0, 0);
    nameBox->setSpacing(0);
    nameBox->addLayout(nameRow);
    nameBox->addWidget(m_nameMessage); // under the capacity too: half as many lines
    nameBox->addWidget(m_needsName);
    add(m_nameLabel, row, 0, nameBox, 3);
    add(m_organisationLabel, row + 1, 0, intake::withMessage(m_organisation, m_organisationMessage),
        3);
    // The mandate and where the letters go in the receipt's two columns, each label in line
    // with the ones above it; their warnings under both, as wide as the rows above (under half
    // the width the instruction took ten lines and was cut).
    const auto alone = [](QWidget *field) {
        auto *box = new QVBoxLayout;
        box->setContentsMargins(0, 0, 0, 0);
        box->addWidget(field);
        return box;
    };
    add(m_mandateLabel, row + 2, 0, alone(m_mandate), 1);
    add(m_addressLabel, row + 2, 2, alone(m_address), 1);
    auto *messages = new QVBoxLayout;
    messages->setContentsMargins(0, 0, 0, 0);
    messages->setSpacing(0);
    messages->addWidget(m_mandateMessage);
    messages->addWidget(m_addressMessage);
    grid->addLayout(messages, row + 3, 1, 1, 3);
}

QList<QWidget *> RepresentativeRows::tabOrder() const
{
    return { m_name, m_authority, m_organisation, m_mandate, m_address };
}

void RepresentativeRows::retranslateUi()
{
    m_nameLabel->setText(tr("Repr&esentative:"));
    m_name->setPlaceholderText(tr("Who asks on their behalf, if anyone"));
    // No Alt-letter: every letter of the word is taken in this dialog (tst_accelerators).
    //: Dutch: "Organisatie:"
    m_organisationLabel->setText(tr("Organisation:"));
    //: Dutch: "bijv. Bewindvoering Salland, als de gemachtigde daar werkt"
    m_organisation->setPlaceholderText(tr("e.g. Bewindvoering Salland, if they work there"));
    //: Dutch: "Hoedanigheid"
    m_authority->setAccessibleName(tr("Capacity"));
    // Not chosen: it reads as what the box is for.
    //: Dutch: "(hoedanigheid)"
    m_authority->setItemText(0, tr("(capacity)"));
    for (int i = 1; i < m_authority->count(); ++i)
        m_authority->setItemText(
            i,
            codes::label(static_cast<RepresentativeAuthority>(m_authority->itemData(i).toInt())));
    //: Dutch: "Hoedanigheid: waarom de gemachtigde namens de betrokkene mag optreden. De brief
    //: die om het bewijs vraagt, vraagt wat daarbij hoort: een machtiging, de beschikking van de
    //: kantonrechter of een uittreksel uit het gezagsregister."
    m_authority->setToolTip(
        tr("Capacity: why the representative may act for the data subject. The letter asking "
           "for the proof asks for what goes with it: a mandate, the kantonrechter's decision or "
           "an extract from the gezagsregister."));
    updateNeedsName();
    m_mandateLabel->setText(tr("M&andate:"));
    m_mandate->setPlaceholderText(tr("e.g. written authorisation"));
    //: Dutch: "&Postadres:"
    m_addressLabel->setText(tr("Letters &go to:"));
    m_address->setAccessibleName(tr("Representative's address"));
    //: Dutch: "bijv. Dorpsstraat 3, 6582 AB Heumen"
    m_address->setPlaceholderText(tr("e.g. Dorpsstraat 3, 6582 AB Heumen"));
    //: Dutch: "Waar de brieven aan de gemachtigde heen gaan"
    m_address->setToolTip(tr("Where the letters to the representative go"));
}

void RepresentativeRows::clear()
{
    m_name->clear();
    m_organisation->clear();
    m_authority->setCurrentIndex(0);
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
    NewCase request;
    fill(&request);
    return CaseService::checkRepresentative(request);
}

// The organisation and the capacity go as typed, also without a name: CaseService::add refuses
// them then, as it refuses case add's.
void RepresentativeRows::fill(NewCase *request) const
{
    request->representative = name();
    request->representativeOrganisation = m_organisation->text().simplified();
    request->representativeAuthority = std::nullopt;
    if (m_authority->currentIndex() > 0)
        request->representativeAuthority
            = static_cast<RepresentativeAuthority>(m_authority->currentData().toInt());
    if (!request->representative.isEmpty())
        request->representativeMandate = m_mandate->text().trimmed();
    if (!request->representative.isEmpty())
        request->representativeAddress = m_address->text().simplified();
}

void RepresentativeRows::writeDraft(QJsonObject *fields) const
{
    const auto text = [fields](const char *name, const QLineEdit *edit) {
        if (!edit->text().trimmed().isEmpty())
            fields->insert(QLatin1StringView(name), edit->text());
    };
    text("representative", m_name);
    text("representativeOrganisation", m_organisation);
    if (m_authority->currentIndex() > 0)
        fields->insert(
            QStringLiteral("representativeAuthority"),
            codes::code(static_cast<RepresentativeAuthority>(m_authority->currentData().toInt())));
    text("mandate", m_mandate);
    text("representativeAddress", m_address);
}

void RepresentativeRows::restoreDraft(const QJsonObject &fields)
{
    const auto text = [&fields](const char *name) {
        return fields.value(QLatin1StringView(name)).toString();
    };
    m_name->setText(text("representative")); // first: it opens the mandate and the address
    m_organisation->setText(text("representativeOrganisation"));
    const std::optional<RepresentativeAuthority> authority
        = codes::from<RepresentativeAuthority>(text("representativeAuthority"));
    m_authority->setCurrentIndex(
        authority ? std::max(0, m_authority->findData(static_cast<int>(*authority))) : 0);
    m_mandate->setText(text("mandate"));
    m_address->setText(text("representativeAddress"));
}

} // namespace pd::ui
