#include "cases/PersonRecordDialogs.h"

#include "Named.h"
#include "cases/CaseCodes.h"
#include "domain/BsnGuard.h"
#include "registers/PersonImport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pd::ui {

// --- PersonAddressDialog ---

PersonAddressDialog::PersonAddressDialog(CaseService &service, const Session &session,
                                         const Case &c, QDate today, QWidget *parent)
    : CaseActionDialog(service, c, today, parent)
    , m_corrections(session)
    , m_address(named<QLineEdit>(QStringLiteral("personAddress"), addressLine(c.person), this))
{
    //: Dutch: "Postadres wijzigen"
    setWindowTitle(tr("Change the postal address"));
    //: Dutch: "&Nieuw postadres:"
    auto *label = new QLabel(tr("&New postal address:"), this);
    label->setBuddy(m_address);
    auto *form = new QFormLayout;
    form->addRow(label, m_address);
    formLayout()->addWidget(wrappedLabel(
        //: Dutch: "Straat en huisnummer, postcode en plaats, bijvoorbeeld ‘Kerkpad 12, 6582 BC
        //: Heumen’. De brieven die hierna worden gemaakt, gaan naar dit adres. Dat kan pas als
        //: de identiteit bij dit verzoek is vastgesteld."
        tr("Street and number, postcode and city, for example “Kerkpad 12, 6582 BC Heumen”. The "
           "letters made from now on go to this address. That is possible only once the "
           "identity is established on this request."),
        this));
    formLayout()->addLayout(form);
    connect(m_address, &QLineEdit::textChanged, this, &PersonAddressDialog::revalidate);
    revalidate();
}

QString PersonAddressDialog::validate() const
{
    if (!PersonImport::typedAddress(m_address->text()))
        //: Dutch: "Geef het adres als ‘straat en huisnummer, postcode plaats’."
        return tr("Give the address as “street and number, postcode city”.");
    return BsnGuard::check(m_address->text(), tr("New postal address"), BsnCheck::Refuse).message;
}

bool PersonAddressDialog::apply(QString *message)
{
    const std::optional<Person> address = PersonImport::typedAddress(m_address->text());
    ServiceError error;
    if (address
        && m_corrections.setAddress(m_case.person.id, *address, m_case.number, BsnCheck::Refuse,
                                    &error))
        return true;
    return refused(error, message);
}

// --- PersonNameDialog ---

PersonNameDialog::PersonNameDialog(CaseService &service, const Session &session, const Case &c,
                                   QDate today, QWidget *parent)
    : CaseActionDialog(service, c, today, parent)
    , m_corrections(session)
    , m_name(named<QLineEdit>(QStringLiteral("personName"), c.person.name, this))
{
    //: Dutch: "Naam corrigeren"
    setWindowTitle(tr("Correct the name"));
    //: Dutch: "&Gecorrigeerde naam:"
    auto *label = new QLabel(tr("&Corrected name:"), this);
    label->setBuddy(m_name);
    auto *form = new QFormLayout;
    form->addRow(label, m_name);
    formLayout()->addWidget(wrappedLabel(
        //: Dutch: "Na een rectificatie (art. 16 AVG). De brieven die hierna worden gemaakt,
        //: gebruiken de nieuwe naam; de audittrail bewaart de oude."
        tr("After a rectification (art. 16 GDPR). The letters made from now on use the new "
           "name; the audit trail keeps the old one."),
        this));
    formLayout()->addLayout(form);
    connect(m_name, &QLineEdit::textChanged, this, &PersonNameDialog::revalidate);
    revalidate();
}

QString PersonNameDialog::validate() const
{
    if (m_name->text().simplified().isEmpty())
        return tr("Enter the name.");
    return BsnGuard::check(m_name->text(), tr("Name"), BsnCheck::Refuse).message;
}

bool PersonNameDialog::apply(QString *message)
{
    ServiceError error;
    if (m_corrections.setName(m_case.person.id, m_name->text(), m_case.number, BsnCheck::Refuse,
                              &error))
        return true;
    return refused(error, message);
}

// --- PersonContactDialog ---

PersonContactDialog::PersonContactDialog(CaseService &service, const Session &session,
                                         const Case &c, QDate today, QWidget *parent)
    : CaseActionDialog(service, c, today, parent)
    , m_corrections(session)
    , m_field(named<QComboBox>(QStringLiteral("personContactField"), this))
    , m_value(named<QLineEdit>(QStringLiteral("personContactValue"), c.person.phone, this))
{
    //: Dutch: "Telefoonnummer of e-mailadres corrigeren"
    setWindowTitle(tr("Correct the phone number or e-mail address"));
    for (PersonField f : { PersonField::Phone, PersonField::Email })
        m_field->addItem(codes::label(f), static_cast<int>(f));
    //: Dutch: "&Gegeven:"
    auto *fieldLabel = new QLabel(tr("&Field:"), this);
    fieldLabel->setBuddy(m_field);
    //: Dutch: "&Gecorrigeerd:"
    auto *valueLabel = new QLabel(tr("C&orrected:"), this);
    valueLabel->setBuddy(m_value);
    auto *form = new QFormLayout;
    form->addRow(fieldLabel, m_field);
    form->addRow(valueLabel, m_value);
    formLayout()->addWidget(wrappedLabel(
        //: Dutch: "Na een rectificatie (art. 16 AVG). De brieven die hierna worden gemaakt,
        //: gebruiken het nieuwe gegeven en de bevestiging noemt het; de audittrail bewaart het
        //: oude."
        tr("After a rectification (art. 16 GDPR). The letters made from now on use the new "
           "value and the confirmation names it; the audit trail keeps the old one."),
        this));
    formLayout()->addLayout(form);
    connect(m_field, &QComboBox::currentIndexChanged, this, [this, c] {
        m_value->setText(field() == PersonField::Email ? c.person.email : c.person.phone);
    });
    connect(m_value, &QLineEdit::textChanged, this, &PersonContactDialog::revalidate);
    revalidate();
}

PersonField PersonContactDialog::field() const
{
    return static_cast<PersonField>(m_field->currentData().toInt());
}

QString PersonContactDialog::validate() const
{
    if (m_value->text().trimmed().isEmpty())
        //: Dutch: "Vul het gecorrigeerde gegeven in."
        return tr("Enter the corrected value.");
    return BsnGuard::check(m_value->text(), codes::label(field()), BsnCheck::Refuse).message;
}

bool PersonContactDialog::apply(QString *message)
{
    ServiceError error;
    if (m_corrections.setContact(m_case.person.id, field(), m_value->text(), m_case.number,
                                 BsnCheck::Refuse, &error))
        return true;
    return refused(error, message);
}

// --- PersonEraseDialog ---

PersonEraseDialog::PersonEraseDialog(CaseService &service, const Session &session, const Case &c,
                                     QDate today, QWidget *parent)
    : CaseActionDialog(service, c, today, parent)
    , m_corrections(session)
{
    //: Dutch: "Gegevens verwijderen uit Privacydesk"
    setWindowTitle(tr("Erase data in Privacydesk"));
    formLayout()->addWidget(wrappedLabel(
        //: Dutch: "Na een toegewezen verzoek om verwijdering (art. 17 AVG): de gegevens gaan uit
        //: Privacydesk zelf. De naam en het klantnummer blijven staan voor het dossier van het
        //: verzoek. De audittrail legt vast welke gegevens zijn verwijderd, niet wat erin stond."
        tr("After a granted erasure (art. 17 GDPR): the data leave Privacydesk itself. The name "
           "and the customer number stay for the request's file. The audit trail records which "
           "data were erased, not what they held."),
        this));
    const QList<std::pair<PersonField, QString>> fields {
        //: Dutch: "&Telefoonnummer: %1"
        { PersonField::Phone, tr("&Phone number: %1").arg(c.person.phone) },
        //: Dutch: "&E-mailadres: %1"
        { PersonField::Email, tr("&E-mail address: %1").arg(c.person.email) },
        //: Dutch: "&Postadres: %1"
        { PersonField::Address, tr("P&ostal address: %1").arg(addressLine(c.person)) },
    };
    for (const auto &[field, text] : fields) {
        auto *box = named<QCheckBox>(QStringLiteral("erase-") + codes::code(field), text, this);
        const bool holds = field == PersonField::Phone ? !c.person.phone.isEmpty()
            : field == PersonField::Email              ? !c.person.email.isEmpty()
                                                       : !addressLine(c.person).isEmpty();
        box->setEnabled(holds);
        formLayout()->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &PersonEraseDialog::revalidate);
        m_fields.append({ field, box });
    }
    revalidate();
}

QCheckBox *PersonEraseDialog::fieldBox(PersonField field) const
{
    for (const auto &[f, box] : m_fields) {
        if (f == field)
            return box;
    }
    return nullptr;
}

QList<PersonField> PersonEraseDialog::chosen() const
{
    QList<PersonField> fields;
    for (const auto &[field, box] : m_fields) {
        if (box->isChecked())
            fields << field;
    }
    return fields;
}

QString PersonEraseDialog::validate() const
{
    //: Dutch: "Kies de gegevens die u wilt verwijderen."
    return chosen().isEmpty() ? tr("Choose the data to erase.") : QString();
}

bool PersonEraseDialog::apply(QString *message)
{
    ServiceError error;
    const auto erased
        = m_corrections.eraseFields(m_case.person.id, chosen(), m_case.number, &error);
    if (!erased)
        return refused(error, message);
    QStringList labels;
    for (PersonField field : *erased)
        labels << codes::label(field);
    //: Dutch: "Verwijderd uit Privacydesk: %1."
    setConfirmation(labels.isEmpty()
                        ? tr("Nothing erased: those data were empty already.")
                        : tr("Erased in Privacydesk: %1.").arg(labels.join(QStringLiteral(", "))));
    return true;
}

// --- PersonRelationDialog ---

PersonRelationDialog::PersonRelationDialog(CaseService &service, const Session &session,
                                           const Case &c, QDate today, QWidget *parent)
    : CaseActionDialog(service, c, today, parent)
    , m_corrections(session)
    , m_relation(named<QComboBox>(QStringLiteral("relation"), this))
    , m_ended(named<QCheckBox>(QStringLiteral("ended"), tr("The relation has &ended"), this))
    , m_end(makeDateEdit(c.person.relationEnd.isValid() ? c.person.relationEnd : today))
{
    setWindowTitle(tr("Relation and end date"));
    m_end->setObjectName(QStringLiteral("relationEnd"));
    // A date before 1990 is refused with a reason instead of silently clamped.
    m_end->setMinimumDate(QDate(1900, 1, 1));
    for (Relation relation : codes::all<Relation>())
        m_relation->addItem(codes::label(relation), codes::code(relation));
    m_relation->setCurrentIndex(m_relation->findData(codes::code(c.person.relation)));
    m_ended->setChecked(c.person.relationEnd.isValid());
    m_end->setEnabled(m_ended->isChecked());
    auto *form = new QFormLayout;
    auto *relationLabel = new QLabel(tr("&Relation:"), this);
    relationLabel->setBuddy(m_relation);
    form->addRow(relationLabel, m_relation);
    form->addRow(QString(), m_ended);
    auto *endLabel = new QLabel(tr("End &date:"), this);
    endLabel->setBuddy(m_end);
    form->addRow(endLabel, m_end);
    formLayout()->addWidget(
        wrappedLabel(tr("The relation of %1 with the corporation. The retention periods that run "
                        "from the end of the relation (contact data, financial records, the "
                        "registration as house-seeker) are moved with it; a current tenant has "
                        "no end date.")
                         .arg(c.person.name),
                     this));
    formLayout()->addLayout(form);
    connect(m_relation, &QComboBox::currentIndexChanged, this, &PersonRelationDialog::revalidate);
    connect(m_ended, &QCheckBox::toggled, this, [this](bool ended) {
        m_end->setEnabled(ended);
        revalidate();
    });
    revalidate();
}

QString PersonRelationDialog::validate() const
{
    if (m_relation->currentIndex() < 0)
        return tr("Choose the relation.");
    return m_ended->isChecked() ? CaseService::checkRelationEnd(m_end->date(), m_today) : QString();
}

bool PersonRelationDialog::apply(QString *message)
{
    const auto relation = codes::from<Relation>(m_relation->currentData().toString());
    if (!relation) {
        *message = tr("Choose the relation.");
        return false;
    }
    ServiceError error;
    if (m_corrections.setRelation(m_case.person.id, *relation,
                                  m_ended->isChecked() ? m_end->date() : QDate(), m_case.number,
                                  &error))
        return true;
    return refused(error, message);
}

} // namespace pd::ui
