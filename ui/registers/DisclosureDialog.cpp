#include "registers/DisclosureDialog.h"

#include "HelpWindow.h"
#include "MessageLabel.h"
#include "cases/PersonQuery.h"
#include "domain/BsnGuard.h"
#include "registers/Covenants.h"
#include "store/Store.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pd::ui {

QDateEdit *registerDateEdit(QDate date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

QListWidget *dataCategoryList(QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setFlow(QListView::LeftToRight);
    list->setWrapping(true);
    list->setResizeMode(QListView::Adjust);
    list->setMaximumHeight(100);
    for (DataCategory c : codes::all<DataCategory>()) {
        auto *item = new QListWidgetItem(codes::label(c), list);
        item->setData(Qt::UserRole, static_cast<int>(c));
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    return list;
}

QList<DataCategory> checkedCategories(const QListWidget *list)
{
    QList<DataCategory> checked;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            checked << static_cast<DataCategory>(list->item(i)->data(Qt::UserRole).toInt());
    }
    return checked;
}

void checkCategories(QListWidget *list, const QList<DataCategory> &categories)
{
    for (int i = 0; i < list->count(); ++i) {
        const auto category = static_cast<DataCategory>(list->item(i)->data(Qt::UserRole).toInt());
        list->item(i)->setCheckState(categories.contains(category) ? Qt::Checked : Qt::Unchecked);
    }
}

QString bsnWarning(const QList<QPair<QString, QString>> &fields)
{
    QStringList lines;
    for (const auto &[label, text] : fields) {
        const QList<BsnFinding> findings = findBsnNumbers(text);
        if (!findings.isEmpty())
            lines << BsnGuard::refusalMessage(findings, label);
    }
    return lines.join(u'\n');
}

namespace {

QDateEdit *dateEdit(QDate date, QWidget *parent)
{
    return registerDateEdit(date, parent);
}

QString personText(const QString &name, const QString &klantnummer)
{
    return klantnummer.isEmpty() ? name : QStringLiteral("%1 — %2").arg(klantnummer, name);
}

constexpr int personIdRole = Qt::UserRole + 1;
constexpr int personNameRole = Qt::UserRole + 2;
constexpr int personNumberRole = Qt::UserRole + 3;

} // namespace

// ---------------------------------------------------------------------------------------------

RecipientDialog::RecipientDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("New recipient"));
    setHelpTopic(this, HelpTopic::Disclosures);
    m_name = new QLineEdit(this);
    m_category = new QComboBox(this);
    ServiceError readError;
    for (RecipientCategory c : RecipientService(session).storedCategories(&readError))
        m_category->addItem(codes::label(c), static_cast<int>(c));
    if (readError.isError()) // never a dialog without categories and without a reason
        m_readError = tr("The recipient categories could not be read: %1").arg(readError.message);
    m_role = new QComboBox(this);
    for (RecipientRole r : codes::all<RecipientRole>())
        m_role->addItem(codes::label(r), static_cast<int>(r));
    m_contact = new QLineEdit(this);
    m_contact->setPlaceholderText(tr("E-mail, phone or department"));

    m_agreementBox = new QWidget(this);
    auto *agreement = new QFormLayout(m_agreementBox);
    agreement->setContentsMargins(0, 0, 0, 0);
    m_signed = dateEdit(m_session.clock().today(), m_agreementBox);
    m_review = dateEdit(m_session.clock().today().addYears(1), m_agreementBox);
    m_processes = new QLineEdit(m_agreementBox);
    m_processes->setPlaceholderText(tr("e.g. hosting and backups of the housing system"));
    m_location = new QLineEdit(QStringLiteral("EU"), m_agreementBox);
    m_location->setToolTip(
        tr("EEA (or EU), or the country where the data is processed: its code (NL, DE, US, …) "
           "or its name. A country outside the EEA is a transfer (chapter V GDPR)."));
    agreement->addRow(tr("Processing agreement &signed on:"), m_signed);
    agreement->addRow(tr("Re&view due on:"), m_review);
    agreement->addRow(tr("What it &processes:"), m_processes);
    agreement->addRow(tr("&Location:"), m_location);

    m_notBsn = new QCheckBox(tr("This number is not a &BSN (logged)"), this);
    m_notBsn->hide();
    m_message = new MessageLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("C&ontact:"), m_contact);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_agreementBox);
    layout->addWidget(m_notBsn);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecipientDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecipientDialog::reject);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        // A processor category proposes the processor role.
        if (static_cast<RecipientCategory>(m_category->currentData().toInt())
            == RecipientCategory::Verwerker)
            m_role->setCurrentIndex(m_role->findData(static_cast<int>(RecipientRole::Verwerker)));
        validate();
    });
    for (QLineEdit *edit : { m_name, m_contact, m_processes, m_location })
        connect(edit, &QLineEdit::textChanged, this, &RecipientDialog::validate);
    for (QDateEdit *edit : { m_signed, m_review })
        connect(edit, &QDateEdit::dateChanged, this, &RecipientDialog::validate);
    connect(m_role, &QComboBox::currentIndexChanged, this, &RecipientDialog::validate);
    connect(m_notBsn, &QCheckBox::toggled, this, &RecipientDialog::validate);
    validate();
}

void RecipientDialog::setName(const QString &name)
{
    m_name->setText(name);
}

Recipient RecipientDialog::recipient() const
{
    Recipient r;
    r.name = m_name->text().trimmed();
    r.category = static_cast<RecipientCategory>(m_category->currentData().toInt());
    r.role = static_cast<RecipientRole>(m_role->currentData().toInt());
    r.contact = m_contact->text().trimmed();
    if (r.isProcessor()) {
        r.agreement = ProcessorAgreement::withLocation(m_location->text());
        r.agreement.signedOn = m_signed->date();
        r.agreement.reviewOn = m_review->date();
        r.agreement.processes = m_processes->text().trimmed();
    }
    return r;
}

QString RecipientDialog::problem() const
{
    if (!m_readError.isEmpty())
        return m_readError;
    const Recipient r = recipient();
    if (QString p = RecipientService::validate(r); !p.isEmpty())
        return p;
    ServiceError error;
    if (const auto existing = RecipientService(m_session).findByName(r.name, &error))
        return tr("The catalogue already holds a recipient named \"%1\".").arg(existing->name);
    if (error.code != ServiceError::Code::NotFound) // not read: the name is not known to be free
        return tr("The catalogue could not be read: %1").arg(error.message);
    const QString warning
        = bsnWarning({ { tr("Name"), r.name },
                       { tr("Contact"), r.contact },
                       { tr("What the processor processes"), r.agreement.processes } });
    if (!warning.isEmpty() && !m_notBsn->isChecked())
        return warning;
    return {};
}

void RecipientDialog::validate()
{
    const bool processor
        = static_cast<RecipientRole>(m_role->currentData().toInt()) == RecipientRole::Verwerker;
    m_agreementBox->setVisible(processor);
    const Recipient r = recipient();
    m_notBsn->setVisible(
        !bsnWarning({ { tr("Name"), r.name },
                      { tr("Contact"), r.contact },
                      { tr("What the processor processes"), r.agreement.processes } })
             .isEmpty());
    const QString p = problem();
    // An empty form is not an error yet: only say what is wrong once something was typed.
    m_message->setMessage(m_name->text().isEmpty() && m_readError.isEmpty() ? QString() : p);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(p.isEmpty());
    adjustSize();
}

void RecipientDialog::accept()
{
    if (!problem().isEmpty())
        return;
    ServiceError error;
    m_added
        = RecipientService(m_session).add(recipient(), bsnCheckFrom(m_notBsn->isChecked()), &error);
    if (!m_added) {
        m_message->setMessage(error.message);
        return;
    }
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------

DisclosureDialog::DisclosureDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("New disclosure"));
    setHelpTopic(this, HelpTopic::Disclosures);
    createWidgets();
    layOutWidgets();
    fillRecipients(0);
    fillCovenants();
    connectWidgets();
    validate();
}

// The fields, the options for informing the data subject, the BSN warning and the buttons.
void DisclosureDialog::createWidgets()
{
    m_date = dateEdit(m_session.clock().today(), this);
    m_recipient = new QComboBox(this);
    m_newRecipient = new QPushButton(tr("New &recipient…"), this);
    m_newRecipient->setAutoDefault(false);

    m_personSearch = new QLineEdit(this);
    m_personSearch->setPlaceholderText(tr("Customer number, postcode or name"));
    m_personSearch->setClearButtonEnabled(true);
    m_personResults = new QListWidget(this);
    m_personResults->setMaximumHeight(90);
    m_persons = new QListWidget(this);
    m_persons->setMaximumHeight(70);
    m_persons->setToolTip(tr("Delete removes the selected person"));
    auto *removePerson = new QAction(tr("Remove person"), m_persons);
    removePerson->setShortcut(QKeySequence::Delete);
    removePerson->setShortcutContext(Qt::WidgetShortcut);
    m_persons->addAction(removePerson);
    connect(removePerson, &QAction::triggered, this, &DisclosureDialog::removeSelectedPerson);

    m_data = dataCategoryList(this);
    m_dataText = new QLineEdit(this);
    m_dataText->setPlaceholderText(tr("Details, e.g. \"only the amount of the arrears\""));
    m_purpose = new QLineEdit(this);
    m_basis = new QComboBox(this);
    for (LegalBasis b : codes::all<LegalBasis>())
        m_basis->addItem(codes::label(b), static_cast<int>(b));
    m_basis->setCurrentIndex(m_basis->findData(static_cast<int>(LegalBasis::LegalObligation)));
    m_basisText = new QLineEdit(this);
    m_basisText->setPlaceholderText(
        tr("Statute or covenant, e.g. \"Convenant Aanpak Woonoverlast\""));
    m_requestedBy = new QLineEdit(this);
    m_case = new QLineEdit(this);
    m_case->setPlaceholderText(QStringLiteral("AVG-2026-0001"));

    m_informed = new QRadioButton(tr("&Informed on"), this);
    m_informedOn = dateEdit(m_session.clock().today(), this);
    m_prohibited = new QRadioButton(tr("Not informed: &prohibited by law, because"), this);
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("e.g. art. 23 GDPR: ongoing criminal investigation"));
    m_pending = new QRadioButton(tr("S&till to inform"), this);
    m_pending->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_informed);
    group->addButton(m_prohibited);
    group->addButton(m_pending);

    m_bsnWarning = new QLabel(this);
    m_bsnWarning->setWordWrap(true);
    m_bsnWarning->setStyleSheet(QStringLiteral("color: #8a1f11;"));
    m_bsnWarning->hide();
    m_notBsn = new QCheckBox(tr("This number is not a &BSN (logged)"), this);
    m_notBsn->hide();
    m_message = new MessageLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    createListWidgets();
}

// A disclosure of many persons at once: the list of customer numbers, its preview
// and the covenant (made after the form's own, which keep their order among the children).
void DisclosureDialog::createListWidgets()
{
    //: Dutch: "Li&jst van klantnummers (CSV)…"
    m_csvButton = new QPushButton(tr("List of customer &numbers (CSV)…"), this);
    m_csvButton->setAutoDefault(false);
    m_csvSummary = new QLabel(this); // one line: the file's name and the count
    m_csvProblems = new QPlainTextEdit(this);
    m_csvProblems->setReadOnly(true);
    m_csvProblems->setMaximumHeight(48);
    //: Dutch: "Deze nummers bewust &weglaten (wordt vastgelegd)"
    m_skipUnknown = new QCheckBox(tr("Leave these numbers &out on purpose (recorded)"), this);
    m_covenant = new QComboBox(this);
}

// The form with its rows, and under it the BSN warning, the message and the buttons.
void DisclosureDialog::layOutWidgets()
{
    auto *recipientRow = new QHBoxLayout;
    recipientRow->addWidget(m_recipient, 1);
    recipientRow->addWidget(m_newRecipient);
    auto *informedOnRow = new QHBoxLayout;
    informedOnRow->addWidget(m_informed);
    informedOnRow->addWidget(m_informedOn);
    informedOnRow->addStretch();
    auto *prohibitedRow = new QHBoxLayout;
    prohibitedRow->addWidget(m_prohibited);
    prohibitedRow->addWidget(m_reason, 1);
    auto *informedBox = new QVBoxLayout;
    informedBox->addLayout(informedOnRow);
    informedBox->addLayout(prohibitedRow);
    informedBox->addWidget(m_pending);

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    auto *recipientLabel = new QLabel(tr("Re&cipient:"), this);
    recipientLabel->setBuddy(m_recipient);
    form->addRow(recipientLabel, recipientRow);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_personSearch, 1);
    searchRow->addWidget(m_csvButton);
    auto *searchLabel = new QLabel(tr("&Find person:"), this);
    searchLabel->setBuddy(m_personSearch);
    form->addRow(searchLabel, searchRow);
    form->addRow(QString(), m_personResults);
    form->addRow(tr("Persons concerned:"), m_persons);
    auto *csvRow = new QHBoxLayout;
    csvRow->addWidget(m_csvSummary, 1);
    csvRow->addWidget(m_skipUnknown);
    form->addRow(QString(), csvRow);
    form->addRow(QString(), m_csvProblems);
    // Shown once a list is read (loadPersonsCsv).
    form->setRowVisible(csvRow, false);
    form->setRowVisible(m_csvProblems, false);
    m_form = form;
    m_csvRow = csvRow;
    form->addRow(tr("Data &shared:"), m_data);
    form->addRow(QString(), m_dataText);
    form->addRow(tr("P&urpose:"), m_purpose);
    auto *basisRow = new QHBoxLayout;
    basisRow->addWidget(m_basis, 1);
    //: Dutch: "Onder &convenant:"
    auto *covenantLabel = new QLabel(tr("Und&er covenant:"), this);
    covenantLabel->setBuddy(m_covenant);
    basisRow->addWidget(covenantLabel);
    basisRow->addWidget(m_covenant, 1);
    auto *basisLabel = new QLabel(tr("&Legal basis:"), this);
    basisLabel->setBuddy(m_basis);
    form->addRow(basisLabel, basisRow);
    form->addRow(tr("Statute or co&venant:"), m_basisText);
    form->addRow(tr("Re&quested by:"), m_requestedBy);
    form->addRow(tr("Lin&ked request (optional):"), m_case);
    form->addRow(tr("Data subject:"), informedBox);
    // Lists take no name from their label, and rows without one need their own.
    m_personResults->setAccessibleName(tr("Persons found"));
    //: Dutch: "Klantnummers die niemand noemen"
    m_csvProblems->setAccessibleName(tr("Customer numbers that name nobody"));
    m_persons->setAccessibleName(tr("Persons concerned"));
    m_data->setAccessibleName(tr("Data shared"));
    m_dataText->setAccessibleName(tr("Details of the data shared"));
    m_informedOn->setAccessibleName(tr("Date the data subject was informed"));
    m_reason->setAccessibleName(tr("Why the law prohibits informing the data subject"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_bsnWarning);
    layout->addWidget(m_notBsn);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(760); // the list's preview and its confirmation on one line
}

// Every change validates again; the search finds persons; a reason or a date chooses its option.
void DisclosureDialog::connectWidgets()
{
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DisclosureDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DisclosureDialog::reject);
    connect(m_newRecipient, &QPushButton::clicked, this, &DisclosureDialog::newRecipient);
    connect(m_csvButton, &QPushButton::clicked, this, &DisclosureDialog::chooseCsv);
    connect(m_skipUnknown, &QCheckBox::toggled, this, &DisclosureDialog::validate);
    connect(m_covenant, &QComboBox::currentIndexChanged, this, [this] {
        // A covenant proposes its legal basis and its name as the covenant the basis names.
        ServiceError error;
        if (const auto c
            = CovenantService(m_session).find(m_covenant->currentData().toLongLong(), &error)) {
            m_basis->setCurrentIndex(m_basis->findData(static_cast<int>(c->basis)));
            if (m_basisText->text().trimmed().isEmpty())
                m_basisText->setText(c->name);
        }
        validate();
    });
    connect(m_personSearch, &QLineEdit::textChanged, this, &DisclosureDialog::searchPersons);
    // Enter in the search takes the first hit; Down moves into the results.
    connect(m_personSearch, &QLineEdit::returnPressed, this, [this] {
        if (m_personResults->count() > 0)
            chooseResult(0);
    });
    connect(m_personResults, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { chooseResult(m_personResults->row(item)); });
    connect(m_data, &QListWidget::itemChanged, this, &DisclosureDialog::validate);
    for (QLineEdit *edit : { m_dataText, m_purpose, m_basisText, m_requestedBy, m_case, m_reason })
        connect(edit, &QLineEdit::textChanged, this, &DisclosureDialog::validate);
    for (QDateEdit *edit : { m_date, m_informedOn })
        connect(edit, &QDateEdit::dateChanged, this, &DisclosureDialog::validate);
    for (QComboBox *combo : { m_recipient, m_basis })
        connect(combo, &QComboBox::currentIndexChanged, this, &DisclosureDialog::validate);
    for (QRadioButton *button : { m_informed, m_prohibited, m_pending })
        connect(button, &QRadioButton::toggled, this, &DisclosureDialog::validate);
    connect(m_notBsn, &QCheckBox::toggled, this, &DisclosureDialog::validate);
    // Typing a reason or changing the date chooses its option.
    connect(m_reason, &QLineEdit::textEdited, m_prohibited,
            [this] { m_prohibited->setChecked(true); });
    connect(m_informedOn, &QDateEdit::dateChanged, m_informed,
            [this] { m_informed->setChecked(true); });
}

void DisclosureDialog::fillRecipients(qint64 select)
{
    const QSignalBlocker blocker(m_recipient);
    m_recipient->clear();
    m_recipient->addItem(tr("— choose a recipient —"), qint64(0));
    ServiceError error;
    const QList<Recipient> recipients = RecipientService(m_session).list(false, &error);
    // Never an empty catalogue because it could not be read.
    m_recipientsError = error.isError()
        ? tr("The recipients could not be read: %1").arg(error.message)
        : QString();
    for (const Recipient &r : recipients) {
        m_recipient->addItem(QStringLiteral("%1 (%2)").arg(r.name, codes::label(r.category)), r.id);
    }
    const int index = m_recipient->findData(select);
    m_recipient->setCurrentIndex(index >= 0 ? index : 0);
}

void DisclosureDialog::setRecipient(qint64 recipientId)
{
    fillRecipients(recipientId);
    validate();
}

void DisclosureDialog::newRecipient()
{
    RecipientDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted && dialog.added())
        setRecipient(dialog.added()->id);
}

void DisclosureDialog::searchPersons()
{
    m_personResults->clear();
    ServiceError error;
    const QList<PersonMatch> matches
        = PersonQuery(m_session).search(m_personSearch->text(), &error);
    // A failed search is said until the next search, never shown as an empty list.
    m_searchFailure = error.isError() ? tr("The search failed: %1").arg(error.message) : QString();
    for (const PersonMatch &match : matches) {
        auto *item = new QListWidgetItem(personText(match.person.name, match.person.klantnummer),
                                         m_personResults);
        item->setData(personIdRole, match.person.id);
        item->setData(personNameRole, match.person.name);
        item->setData(personNumberRole, match.person.klantnummer);
    }
    validate();
}

void DisclosureDialog::chooseResult(int row)
{
    QListWidgetItem *item = m_personResults->item(row);
    if (!item)
        return;
    const qint64 id = item->data(personIdRole).toLongLong();
    for (int i = 0; i < m_persons->count(); ++i) {
        if (m_persons->item(i)->data(personIdRole).toLongLong() == id) {
            m_personSearch->clear();
            return;
        }
    }
    auto *chosen = new QListWidgetItem(item->text(), m_persons);
    chosen->setData(personIdRole, id);
    chosen->setData(personNameRole, item->data(personNameRole));
    chosen->setData(personNumberRole, item->data(personNumberRole));
    m_personSearch->clear();
    validate();
}

void DisclosureDialog::addPerson(qint64 personId)
{
    ServiceError error;
    const std::optional<DisclosurePerson> p = DisclosureService(m_session).person(personId, &error);
    if (!p) {
        // A failed read (or a refused one) is said until the next search, as a failed search
        // is; a person who is gone is not added, as before.
        if (error.code != ServiceError::Code::NotFound) {
            m_searchFailure = error.message;
            validate();
        }
        return;
    }
    for (int i = 0; i < m_persons->count(); ++i) {
        if (m_persons->item(i)->data(personIdRole).toLongLong() == p->id)
            return;
    }
    auto *chosen = new QListWidgetItem(personText(p->name, p->klantnummer), m_persons);
    chosen->setData(personIdRole, p->id);
    chosen->setData(personNameRole, p->name);
    chosen->setData(personNumberRole, p->klantnummer);
    validate();
}

void DisclosureDialog::removeSelectedPerson()
{
    delete m_persons->currentItem();
    validate();
}

void DisclosureDialog::setCaseNumber(const QString &number)
{
    m_case->setText(number);
}

Disclosure DisclosureDialog::disclosure() const
{
    Disclosure d;
    d.date = m_date->date();
    d.recipientId = m_recipient->currentData().toLongLong();
    for (int i = 0; i < m_persons->count(); ++i) {
        const QListWidgetItem *item = m_persons->item(i);
        d.persons << DisclosurePerson { item->data(personIdRole).toLongLong(),
                                        item->data(personNameRole).toString(),
                                        item->data(personNumberRole).toString() };
    }
    if (m_csv) {
        d.persons << m_csv->persons;
        d.unknownLeftOut = int(m_csv->unknown.size() + m_csv->ambiguous.size());
    }
    d.covenantId = m_covenant->currentData().toLongLong();
    d.data = checkedCategories(m_data);
    d.dataText = m_dataText->text().trimmed();
    d.purpose = m_purpose->text().trimmed();
    d.basis = static_cast<LegalBasis>(m_basis->currentData().toInt());
    d.basisText = m_basisText->text().trimmed();
    d.requestedBy = m_requestedBy->text().trimmed();
    d.caseNumber = m_case->text().trimmed();
    if (m_informed->isChecked()) {
        d.informed = InformedStatus::Informed;
        d.informedOn = m_informedOn->date();
    } else if (m_prohibited->isChecked()) {
        d.informed = InformedStatus::Prohibited;
        d.notInformedReason = m_reason->text().trimmed();
    }
    return d;
}

QList<QPair<QString, QString>> DisclosureDialog::freeTexts() const
{
    return { { tr("Data disclosed"), m_dataText->text() },
             { tr("Purpose"), m_purpose->text() },
             { tr("Statute or covenant"), m_basisText->text() },
             { tr("Requested by"), m_requestedBy->text() },
             { tr("Reason for not informing"),
               m_prohibited->isChecked() ? m_reason->text() : QString() } };
}

QString DisclosureDialog::problem() const
{
    if (!m_recipientsError.isEmpty())
        return m_recipientsError;
    if (m_csv && !m_csv->complete() && !m_skipUnknown->isChecked())
        //: Dutch: "Niet elk klantnummer van de lijst noemt één persoon: pas de lijst aan, of
        //: laat deze nummers bewust weg."
        return tr("Not every customer number of the list names one person: correct the list, "
                  "or leave these numbers out on purpose.");
    if (QString p = DisclosureService::validate(disclosure(), m_session.clock().today());
        !p.isEmpty())
        return p;
    if (!bsnWarning(freeTexts()).isEmpty() && !m_notBsn->isChecked())
        return tr("Remove the citizen service number, or confirm that it is not one.");
    return {};
}

void DisclosureDialog::validate()
{
    const QString warning = bsnWarning(freeTexts());
    m_bsnWarning->setText(warning);
    m_bsnWarning->setVisible(!warning.isEmpty());
    m_notBsn->setVisible(!warning.isEmpty());
    m_reason->setEnabled(m_prohibited->isChecked() || !m_reason->text().isEmpty());
    const QString p = problem();
    m_message->setMessage(m_searchFailure.isEmpty() ? p : m_searchFailure);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(p.isEmpty());
}

void DisclosureDialog::accept()
{
    if (!problem().isEmpty())
        return;
    ServiceError error;
    m_added = DisclosureService(m_session).add(disclosure(), bsnCheckFrom(m_notBsn->isChecked()),
                                               &error);
    if (!m_added) {
        m_message->setMessage(error.message);
        return;
    }
    QDialog::accept();
}

void DisclosureDialog::fillCovenants()
{
    const QSignalBlocker blocker(m_covenant);
    const qint64 selected = m_covenant->currentData().toLongLong();
    m_covenant->clear();
    //: Dutch: "— geen convenant —"
    m_covenant->addItem(tr("— no covenant —")); // no data: currentData() is 0
    ServiceError error;
    for (const Covenant &c : CovenantService(m_session).list(&error))
        m_covenant->addItem(c.name, c.id);
    // Never "no covenants" because they could not be read: said with the recipients' failure.
    if (error.isError())
        //: Dutch: "De convenanten konden niet worden gelezen: %1"
        m_recipientsError = tr("The covenants could not be read: %1").arg(error.message);
    m_covenant->setCurrentIndex(std::max(0, m_covenant->findData(selected)));
}

void DisclosureDialog::setCovenant(qint64 covenantId)
{
    m_covenant->setCurrentIndex(std::max(0, m_covenant->findData(covenantId)));
}

void DisclosureDialog::chooseCsv()
{
    //: Dutch: "Lijst van klantnummers"
    const QString path
        = QFileDialog::getOpenFileName(this, tr("List of customer numbers"), QString(),
                                       //: Dutch: "CSV-bestanden (*.csv *.txt);;Alle bestanden (*)"
                                       tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadPersonsCsv(path);
}

bool DisclosureDialog::loadPersonsCsv(const QString &path)
{
    ServiceError error;
    std::optional<DisclosurePersonList> list
        = DisclosureService(m_session).personsFromCsv(path, &error);
    if (!list) {
        m_message->setMessage(error.message);
        return false;
    }
    m_csv = std::move(list);
    m_csvName = QFileInfo(path).fileName();
    m_skipUnknown->setChecked(false);
    //: Dutch: "Uit %1: %n persoon/personen."
    QString summary
        = tr("From %1: %n person(s).", nullptr, int(m_csv->persons.size())).arg(m_csvName);
    if (m_csv->repeated > 0)
        //: Dutch: "%n nummer(s) stond(en) er meer dan eens in (één keer geteld)."
        summary += u' '
            + tr("%n number(s) listed more than once (counted once).", nullptr, m_csv->repeated);
    m_csvSummary->setText(summary);
    m_csvProblems->setPlainText(m_csv->problems().join(u'\n'));
    m_form->setRowVisible(m_csvRow, true);
    m_form->setRowVisible(m_csvProblems, !m_csv->complete());
    m_skipUnknown->setVisible(!m_csv->complete());
    validate();
    adjustSize();
    return true;
}

QString DisclosureDialog::csvPreview() const
{
    if (!m_csv)
        return {};
    return m_csvSummary->text()
        + (m_csv->complete() ? QString() : u'\n' + m_csvProblems->toPlainText());
}

} // namespace pd::ui
