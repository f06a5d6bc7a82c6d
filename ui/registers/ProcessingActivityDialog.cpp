#include "registers/ProcessingActivityDialog.h"

#include "DeskAccess.h"
#include "MessageLabel.h"
#include "Named.h"
#include "WindowSize.h"
#include "domain/BsnGuard.h"
#include "registers/DataSubjects.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pd::ui {

namespace {

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList result;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    }
    return result;
}

QPlainTextEdit *listEdit(const QStringList &values, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(values.join(u'\n'), parent);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}

const QStringList flagColumns { QStringLiteral("gezondheid"), QStringLiteral("strafrechtelijk"),
                                QStringLiteral("overlast") };

// The "Other" column's text: the categories by name, as the officer reads them.
QString otherNames(const QStringList &codes)
{
    QStringList names;
    for (const QString &code : codes)
        names << ProcessingRegister::specialCategoryLabel(code);
    return names.join(QStringLiteral(", "));
}

// What was typed there back to codes: a category's name (in either case) or its code; anything
// else stays as typed, for the register's check to name it.
QStringList otherCodes(const QString &text)
{
    QStringList codes;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString typed = part.trimmed();
        QString code = typed.toLower();
        for (const QString &known : ProcessingRegister::specialCategoryCodes()) {
            if (typed.compare(ProcessingRegister::specialCategoryLabel(known), Qt::CaseInsensitive)
                == 0)
                code = known;
        }
        codes << code;
    }
    return codes;
}

} // namespace

ProcessingActivityDialog::ProcessingActivityDialog(const Session &session,
                                                   const ProcessingActivity &activity,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_id(activity.id)
{
    const DeskAccess access = DeskAccess::of(session);
    m_readOnly = !access.may(Permission::EditRegisters);
    if (activity.id == 0)
        setWindowTitle(tr("New processing activity"));
    else if (m_readOnly)
        setWindowTitle(tr("Processing activity %1 (read only)").arg(activity.subCode));
    else
        setWindowTitle(tr("Processing activity %1").arg(activity.subCode));
    createWidgets(activity);
    if (m_readOnly) {
        makeReadOnly(access.role() ? tr("Read only — your role (%1) may not change the register.")
                                         .arg(UserService::roleName(*access.role()))
                                   : access.deniedReason());
    }
    revalidate();
}

void ProcessingActivityDialog::createWidgets(const ProcessingActivity &a)
{
    auto *content = new QWidget;
    auto *form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // narrow: the label above its field

    addPurposeRows(form, a);
    addBasisRows(form, a);
    addDataRows(form, a);
    addFlowRows(form, a);

    m_retention = named<QLineEdit>(QStringLiteral("retention"), a.retention, content);
    m_retention->setPlaceholderText(tr("e.g. end of tenancy + 2 years"));
    form->addRow(tr("R&etention:"), m_retention);
    m_security = named<QPlainTextEdit>(QStringLiteral("security"), a.security, content);
    m_security->setTabChangesFocus(true);
    m_security->setFixedHeight(m_security->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("Securit&y measures:"), m_security);

    // Scrolls down, and wraps rather than growing wider than the screen (it was
    // wider than its window, with no scroll bar sideways).
    auto *scroll = new FormScrollArea(content, this);

    m_readOnlyNote = named<QLabel>(QStringLiteral("readOnlyNote"), this);
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->hide();
    m_message = named<MessageLabel>(QStringLiteral("message"), this);
    m_confirmNotBsn
        = named<QCheckBox>(QStringLiteral("bsnOverride"),
                           tr("This is not a BSN (the confirmation is recorded)"), this);
    m_confirmNotBsn->hide();
    // Read only: Close alone (a reject), so neither a click nor Enter can reach save().
    m_buttons = new QDialogButtonBox(m_readOnly ? QDialogButtonBox::Close
                                                : QDialogButtonBox::Save | QDialogButtonBox::Cancel,
                                     this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_confirmNotBsn);
    layout->addWidget(m_buttons);
    resizeWithinScreen(this, QSize(820, 760));

    fillPurposes(a.purposeCode);
    connect(m_purposeChoice, &QComboBox::currentIndexChanged, this,
            &ProcessingActivityDialog::purposeChosen);
    for (QLineEdit *edit : { m_purposeCode, m_purpose, m_subCode, m_subPurpose, m_name, m_basisText,
                             m_criminalBasis, m_country, m_safeguard, m_retention })
        connect(edit, &QLineEdit::textChanged, this, &ProcessingActivityDialog::revalidate);
    for (QPlainTextEdit *edit : { m_description, m_subjects, m_sources, m_recipients, m_processors,
                                  m_systems, m_security })
        connect(edit, &QPlainTextEdit::textChanged, this, &ProcessingActivityDialog::revalidate);
    for (QCheckBox *box : std::as_const(m_bases))
        connect(box, &QCheckBox::toggled, this, &ProcessingActivityDialog::revalidate);
    connect(m_confirmNotBsn, &QCheckBox::toggled, this, &ProcessingActivityDialog::revalidate);
    (m_id == 0 && a.purposeCode.isEmpty() ? static_cast<QWidget *>(m_purposeChoice)
                                          : static_cast<QWidget *>(m_name))
        ->setFocus();
}

// The purpose (main and sub), the name and the description of the activity.
void ProcessingActivityDialog::addPurposeRows(QFormLayout *form, const ProcessingActivity &a)
{
    QWidget *content = form->parentWidget();
    // Main purpose: one of those in the register, or a new one with its own letter.
    m_purposeChoice = named<QComboBox>(QStringLiteral("purposeChoice"), content);
    // A long purpose shows whole in the list and in the tooltip, not as the form's width.
    m_purposeChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_purposeChoice->setMinimumContentsLength(30);
    m_purposeCode = named<QLineEdit>(QStringLiteral("purposeCode"), a.purposeCode, content);
    m_purposeCode->setMaxLength(3);
    m_purposeCode->setMaximumWidth(
        m_purposeCode->fontMetrics().horizontalAdvance(QStringLiteral("WWWW")) + 16);
    m_purposeCode->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_purposeCode));
    m_purpose = named<QLineEdit>(QStringLiteral("purpose"), a.purpose, content);
    m_purpose->setPlaceholderText(tr("e.g. Leveren van diensten"));
    //: Dutch: "Naam van het hoofddoel"
    m_purpose->setAccessibleName(tr("Name of the main purpose"));
    auto *purposeRow = new QHBoxLayout;
    purposeRow->addWidget(m_purposeCode);
    purposeRow->addWidget(m_purpose, 1);
    form->addRow(tr("&Main purpose:"), m_purposeChoice);
    auto *purposeLabel = new QLabel(tr("C&ode and name:"), content);
    purposeLabel->setBuddy(m_purposeCode);
    form->addRow(purposeLabel, purposeRow);

    m_subCode = named<QLineEdit>(QStringLiteral("subCode"), a.subCode, content);
    m_subCode->setMaximumWidth(m_subCode->fontMetrics().horizontalAdvance(QStringLiteral("WWW.999"))
                               + 16);
    m_subPurpose = named<QLineEdit>(QStringLiteral("subPurpose"), a.subPurpose, content);
    m_subPurpose->setPlaceholderText(tr("e.g. Opmaken van huurovereenkomst"));
    //: Dutch: "Naam van het subdoel"
    m_subPurpose->setAccessibleName(tr("Name of the sub-purpose"));
    auto *subRow = new QHBoxLayout;
    subRow->addWidget(m_subCode);
    subRow->addWidget(m_subPurpose, 1);
    auto *subLabel = new QLabel(tr("&Sub-purpose:"), content);
    subLabel->setBuddy(m_subCode);
    form->addRow(subLabel, subRow);

    m_name = named<QLineEdit>(QStringLiteral("name"), a.name, content);
    form->addRow(tr("&Name of the activity:"), m_name);
    m_description = named<QPlainTextEdit>(QStringLiteral("description"), a.description, content);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("&Description:"), m_description);
}

// The legal bases (art. 6 AVG), the statute or covenant, and whose data it is.
void ProcessingActivityDialog::addBasisRows(QFormLayout *form, const ProcessingActivity &a)
{
    QWidget *content = form->parentWidget();
    auto *bases = new QWidget(content);
    auto *basesLayout = new QGridLayout(bases);
    basesLayout->setContentsMargins(0, 0, 0, 0);
    const QStringList codes = ProcessingRegister::legalBasisCodes();
    for (int i = 0; i < codes.size(); ++i) {
        auto *box = named<QCheckBox>(QStringLiteral("basis_") + codes.at(i),
                                     ProcessingRegister::legalBasisLabel(codes.at(i)), bases);
        box->setChecked(a.legalBases.contains(codes.at(i)));
        basesLayout->addWidget(box, i % 3, i / 3);
        m_bases << box;
    }
    form->addRow(tr("Legal basis:"), bases);
    m_basisText = named<QLineEdit>(QStringLiteral("basisText"), a.legalBasisText, content);
    m_basisText->setPlaceholderText(tr("e.g. Huisvestingswet 2014, art. 10; convenant woonfraude"));
    form->addRow(tr("S&tatute or covenant:"), m_basisText);

    m_subjects = listEdit(a.subjects, tr("One per line, e.g. huurders, woningzoekenden"), content);
    m_subjects->setObjectName(QStringLiteral("subjects"));
    form->addRow(tr("Data s&ubjects:"), m_subjects);
    // Groups that name no relation reach no tenant's inzage report: said, not refused.
    m_subjectsNote = named<QLabel>(QStringLiteral("subjectsNote"), content);
    m_subjectsNote->setWordWrap(true);
    m_subjectsNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subjectsNote->setVisible(false);
    form->addRow(QString(), m_subjectsNote);
}

// The categories of personal data with their art. 9 and art. 10 marks, and the exception and
// basis those marks require.
void ProcessingActivityDialog::addDataRows(QFormLayout *form, const ProcessingActivity &a)
{
    QWidget *content = form->parentWidget();
    m_data = named<QTableWidget>(QStringLiteral("dataCategories"), 0, 5, content);
    m_data->setAccessibleName(tr("Category of personal data"));
    // Where each category is marked, once: the rows below ask only for what the marks require.
    m_data->setHorizontalHeaderLabels({ tr("Category of personal data"),
                                        ProcessingRegister::specialCategoryLabel(flagColumns.at(0)),
                                        ProcessingRegister::specialCategoryLabel(flagColumns.at(1)),
                                        ProcessingRegister::specialCategoryLabel(flagColumns.at(2)),
                                        //: Dutch: "Overig (art. 9)"
                                        tr("Other (art. 9)") });
    const QStringList headerTips {
        {},
        tr("A special category of personal data (art. 9 GDPR): needs the exception below"),
        tr("Criminal data (art. 10 GDPR): needs the basis below"),
        tr("Nuisance reports: neither art. 9 nor art. 10 GDPR"),
        //: Dutch: "Andere bijzondere persoonsgegevens (art. 9 AVG), bij naam of code, gescheiden
        //: door komma's"
        tr("Other special categories (art. 9 GDPR), by name or code, separated by commas"),
    };
    for (int column = HealthColumn; column <= OtherColumn; ++column)
        m_data->horizontalHeaderItem(column)->setToolTip(headerTips.at(column));
    // The categories' names whole; the other special categories, by name, take the rest and wrap
    // (the rows grow with them) rather than push the names out of view.
    m_data->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_data->horizontalHeader()->setSectionResizeMode(OtherColumn, QHeaderView::Stretch);
    m_data->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_data->setWordWrap(true);
    m_data->setTabKeyNavigation(false);
    m_data->verticalHeader()->hide();
    m_data->setMinimumHeight(m_data->fontMetrics().lineSpacing() * 9);
    QStringList otherArt9 = ProcessingRegister::art9CategoryCodes();
    otherArt9.removeAll(flagColumns.at(0));
    m_data->setToolTip(tr("Other special categories (art. 9 GDPR): %1").arg(otherNames(otherArt9)));
    for (const PersonalDataCategory &category : a.dataCategories)
        addDataRow(category);
    m_addData = named<QPushButton>(QStringLiteral("addDataCategory"), tr("&Add category"), content);
    m_removeData
        = named<QPushButton>(QStringLiteral("removeDataCategory"), tr("Remove category"), content);
    auto *dataBox = new QVBoxLayout;
    dataBox->addWidget(m_data);
    auto *dataButtons = new QHBoxLayout;
    dataButtons->addWidget(m_addData);
    dataButtons->addWidget(m_removeData);
    dataButtons->addStretch();
    dataBox->addLayout(dataButtons);
    auto *dataLabel = new QLabel(tr("Persona&l data:"), content);
    dataLabel->setBuddy(m_data);
    form->addRow(dataLabel, dataBox);
    connect(m_addData, &QPushButton::clicked, this, [this] {
        addDataRow({});
        m_data->setCurrentCell(m_data->rowCount() - 1, NameColumn);
        m_data->setFocus();
        m_data->editItem(m_data->item(m_data->rowCount() - 1, NameColumn));
    });
    connect(m_removeData, &QPushButton::clicked, this, [this] {
        if (m_data->currentRow() >= 0)
            m_data->removeRow(m_data->currentRow());
        revalidate();
    });
    connect(m_data, &QTableWidget::itemChanged, this, &ProcessingActivityDialog::revalidate);

    // Art. 9 and art. 10 AVG are separate questions; overlast is neither. Whether the activity
    // has such data is marked in the table above, once: these ask only for the exception and
    // the basis the marks require, and are off (and not saved) without them.
    m_art9Exception = named<QComboBox>(QStringLiteral("art9Exception"), content);
    m_art9Exception->addItem(QString(), QString()); // text set by updateArticleFields()
    m_art9Exception->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_art9Exception->setMinimumContentsLength(30);
    for (const QString &code : ProcessingRegister::art9ExceptionCodes())
        m_art9Exception->addItem(ProcessingRegister::art9ExceptionLabel(code), code);
    m_art9Exception->setCurrentIndex(
        std::max(0, m_art9Exception->findData(a.specialException.trimmed().toLower())));
    form->addRow(tr("E&xception (art. 9(2) GDPR):"), m_art9Exception);
    connect(m_art9Exception, &QComboBox::currentIndexChanged, this,
            &ProcessingActivityDialog::revalidate);
    m_criminalBasis = named<QLineEdit>(QStringLiteral("criminalBasis"), a.criminalBasis, content);
    form->addRow(tr("Basis for cr&iminal data (art. 10 GDPR):"), m_criminalBasis);
}

// Where the data come from and go to: sources, recipients, processors and a transfer abroad.
void ProcessingActivityDialog::addFlowRows(QFormLayout *form, const ProcessingActivity &a)
{
    QWidget *content = form->parentWidget();
    m_sources
        = listEdit(a.sources, tr("One per line, e.g. betrokkene zelf, BRP via gemeente"), content);
    m_sources->setObjectName(QStringLiteral("sources"));
    form->addRow(tr("Sour&ces:"), m_sources);
    m_recipients = listEdit(a.recipients, tr("One per line: recipient category codes"), content);
    m_recipients->setObjectName(QStringLiteral("recipients"));
    form->addRow(tr("&Recipients:"), m_recipients);
    const QString onePerLine = tr("One per line");
    m_processors = listEdit(a.processors, onePerLine, content);
    m_processors->setObjectName(QStringLiteral("processors"));
    form->addRow(tr("&Processors:"), m_processors);
    // The systems a request of one of its data subjects searches.
    //: Dutch: "Eén per regel, bijvoorbeeld ERP, klantmailbox, camerasysteem"
    m_systems = listEdit(a.systems, tr("One per line, e.g. ERP, customer mailbox, camera system"),
                         content);
    m_systems->setObjectName(QStringLiteral("systems"));
    //: Dutch: "Systemen waar de gegevens staan; een inzage, verwijdering of rectificatie doorzoekt ze."
    m_systems->setToolTip(tr("Systems that hold the data; an inzage, erasure or rectification "
                             "searches them."));
    //: Dutch: "Systemen:"
    form->addRow(tr("Systems:"), m_systems);
    // Ieder1 says of each survey whether its answers are anonymous.
    //: Dutch: "De antwoorden (van een enquête) worden anoniem verwerkt, niet tot een persoon te
    //: herleiden"
    m_anonymous = new QCheckBox(tr("The answers (of a survey) are processed anonymously, not "
                                   "traceable to a person"),
                                content);
    m_anonymous->setObjectName(QStringLiteral("anonymous"));
    m_anonymous->setChecked(a.anonymous);
    form->addRow(m_anonymous);

    m_outsideEu = named<QCheckBox>(QStringLiteral("outsideEu"),
                                   tr("Data go to a country outside the EEA"), content);
    m_outsideEu->setChecked(a.outsideEu);
    m_country = named<QLineEdit>(QStringLiteral("country"), a.transferCountry, content);
    m_country->setPlaceholderText(tr("Country, if not the Netherlands"));
    //: Dutch: "Land"
    m_country->setAccessibleName(tr("Country"));
    m_country->setToolTip(tr("Where processors or recipients hold the data. A country outside "
                             "the EEA is a transfer and needs a safeguard."));
    m_safeguard = named<QLineEdit>(QStringLiteral("safeguard"), a.transferSafeguard, content);
    m_safeguard->setPlaceholderText(tr("Safeguard, e.g. standard contractual clauses"));
    auto *transferRow = new QHBoxLayout;
    transferRow->addWidget(m_outsideEu);
    transferRow->addWidget(m_country);
    transferRow->addWidget(m_safeguard, 1);
    auto *transferLabel = new QLabel(tr("Trans&fer:"), content);
    transferLabel->setBuddy(m_outsideEu);
    form->addRow(transferLabel, transferRow);
    connect(m_outsideEu, &QCheckBox::toggled, this, [this](bool on) {
        m_safeguard->setEnabled(on);
        revalidate();
    });
    m_safeguard->setEnabled(a.outsideEu);
}

void ProcessingActivityDialog::makeReadOnly(const QString &note)
{
    // Texts stay legible and copyable (read only, not disabled); a placeholder would read as
    // data, so there is none. Choices that have no read-only state are disabled.
    for (QLineEdit *edit : { m_purposeCode, m_purpose, m_subCode, m_subPurpose, m_name, m_basisText,
                             m_criminalBasis, m_country, m_safeguard, m_retention }) {
        edit->setReadOnly(true);
        edit->setPlaceholderText(QString());
    }
    for (QPlainTextEdit *edit : { m_description, m_subjects, m_sources, m_recipients, m_processors,
                                  m_systems, m_security }) {
        edit->setReadOnly(true);
        edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        edit->setPlaceholderText(QString());
    }
    m_purposeChoice->setEnabled(false);
    for (QCheckBox *box : std::as_const(m_bases))
        box->setEnabled(false);
    m_outsideEu->setEnabled(false);
    m_anonymous->setEnabled(false);
    m_art9Exception->setEnabled(false);
    m_data->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < m_data->rowCount(); ++row) {
        for (int column = 0; column < m_data->columnCount(); ++column) {
            if (QTableWidgetItem *item = m_data->item(row, column))
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable); // the check shows
        }
    }
    for (QPushButton *button : { m_addData, m_removeData }) {
        button->setEnabled(false);
        button->hide();
    }
    m_confirmNotBsn->hide();
    m_readOnlyNote->setText(note);
    m_readOnlyNote->show();
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true); // Enter closes
}

void ProcessingActivityDialog::fillPurposes(const QString &code)
{
    const QSignalBlocker blocker(m_purposeChoice);
    m_purposeChoice->clear();
    ServiceError error;
    const QList<QPair<QString, QString>> purposes = ProcessingRegister(m_session).purposes(&error);
    // Never "there are no main purposes yet": the form says the read failed and cannot be saved.
    m_purposesError = error.isError()
        ? tr("The main purposes of the register could not be read: %1").arg(error.message)
        : QString();
    for (const auto &[purposeCode, name] : purposes)
        m_purposeChoice->addItem(QStringLiteral("%1. %2").arg(purposeCode, name), purposeCode);
    m_purposeChoice->addItem(tr("New main purpose…"), QString());
    const int index = code.isEmpty() ? -1 : m_purposeChoice->findData(code);
    m_purposeChoice->setCurrentIndex(index >= 0 ? index : m_purposeChoice->count() - 1);
    const bool fresh = m_purposeChoice->currentData().toString().isEmpty();
    m_purposeCode->setReadOnly(!fresh);
    m_purpose->setReadOnly(!fresh);
}

void ProcessingActivityDialog::purposeChosen()
{
    const QString code = m_purposeChoice->currentData().toString();
    const bool fresh = code.isEmpty();
    m_purposeCode->setReadOnly(!fresh);
    m_purpose->setReadOnly(!fresh);
    if (fresh) {
        m_purposeCode->clear();
        m_purpose->clear();
        m_purposeCode->setFocus();
    } else {
        ServiceError error;
        const QList<QPair<QString, QString>> purposes
            = ProcessingRegister(m_session).purposes(&error);
        m_purposesError = error.isError()
            ? tr("The main purposes of the register could not be read: %1").arg(error.message)
            : QString();
        for (const auto &[purposeCode, name] : purposes) {
            if (purposeCode == code) {
                m_purposeCode->setText(purposeCode);
                m_purpose->setText(name);
            }
        }
    }
    m_subCode->clear();
    revalidate();
}

void ProcessingActivityDialog::addDataRow(const PersonalDataCategory &category)
{
    const QSignalBlocker blocker(m_data);
    const int row = m_data->rowCount();
    m_data->insertRow(row);
    m_data->setItem(row, NameColumn, new QTableWidgetItem(category.name));
    QStringList others;
    for (const QString &code : category.special) {
        if (!flagColumns.contains(code))
            others << code;
    }
    for (int column = HealthColumn; column <= NuisanceColumn; ++column) {
        auto *item = new QTableWidgetItem;
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(category.special.contains(flagColumns.at(column - HealthColumn))
                                ? Qt::Checked
                                : Qt::Unchecked);
        m_data->setItem(row, column, item);
    }
    m_data->setItem(row, OtherColumn, new QTableWidgetItem(otherNames(others)));
}

ProcessingActivity ProcessingActivityDialog::activity() const
{
    ProcessingActivity a;
    a.id = m_id;
    a.purposeCode = m_purposeCode->text();
    a.purpose = m_purpose->text();
    a.subCode = m_subCode->text();
    a.subPurpose = m_subPurpose->text();
    a.name = m_name->text();
    a.description = m_description->toPlainText();
    for (QCheckBox *box : m_bases) {
        if (box->isChecked())
            a.legalBases << box->objectName().mid(6);
    }
    a.legalBasisText = m_basisText->text();
    a.subjects = lines(m_subjects);
    for (int row = 0; row < m_data->rowCount(); ++row) {
        PersonalDataCategory category;
        category.name
            = m_data->item(row, NameColumn) ? m_data->item(row, NameColumn)->text() : QString();
        for (int column = HealthColumn; column <= NuisanceColumn; ++column) {
            if (m_data->item(row, column) && m_data->item(row, column)->checkState() == Qt::Checked)
                category.special << flagColumns.at(column - HealthColumn);
        }
        if (const QTableWidgetItem *other = m_data->item(row, OtherColumn))
            category.special << otherCodes(other->text());
        if (!category.name.trimmed().isEmpty())
            a.dataCategories << category;
    }
    a.sources = lines(m_sources);
    a.recipients = lines(m_recipients);
    a.processors = lines(m_processors);
    a.systems = lines(m_systems);
    // What the marks do not ask for is not saved (kept in the form while a mark is undone).
    a.specialException
        = m_readOnly || m_art9Required ? m_art9Exception->currentData().toString() : QString();
    a.criminalBasis = m_readOnly || m_criminalRequired ? m_criminalBasis->text() : QString();
    a.outsideEu = m_outsideEu->isChecked();
    a.anonymous = m_anonymous->isChecked();
    a.transferCountry = m_country->text();
    a.transferSafeguard = m_safeguard->text();
    a.retention = m_retention->text();
    a.security = m_security->toPlainText();
    return a;
}

void ProcessingActivityDialog::updateArticleFields()
{
    bool art9 = false;
    bool criminal = false;
    const QStringList art9Codes = ProcessingRegister::art9CategoryCodes();
    for (int row = 0; row < m_data->rowCount(); ++row) {
        const QTableWidgetItem *name = m_data->item(row, NameColumn);
        if (!name || name->text().trimmed().isEmpty())
            continue;
        const auto checked = [this, row](int column) {
            const QTableWidgetItem *item = m_data->item(row, column);
            return item && item->checkState() == Qt::Checked;
        };
        art9 = art9 || checked(HealthColumn);
        criminal = criminal || checked(CriminalColumn);
        if (const QTableWidgetItem *other = m_data->item(row, OtherColumn)) {
            for (const QString &code : otherCodes(other->text())) {
                art9 = art9 || art9Codes.contains(code);
                criminal = criminal || code == flagColumns.at(1);
            }
        }
    }
    m_art9Required = art9;
    m_criminalRequired = criminal;
    m_art9Exception->setItemText(0,
                                 art9 ? tr("Choose the exception (required)…")
                                      : tr("Not applicable: no special category marked"));
    if (!m_readOnly) {
        m_art9Exception->setEnabled(art9);
        m_criminalBasis->setEnabled(criminal);
        m_criminalBasis->setPlaceholderText(criminal
                                                ? tr("Required, e.g. art. 33(4)(b) UAVG")
                                                : tr("Not applicable: no criminal data marked"));
    }
}

void ProcessingActivityDialog::revalidate()
{
    updateArticleFields();
    const QString subjectsNote
        = DataSubjects::warning(DataSubjects::withoutRelation(lines(m_subjects)));
    m_subjectsNote->setText(subjectsNote);
    m_subjectsNote->setVisible(!subjectsNote.isEmpty());
    if (m_readOnly) {
        // Nothing to save: no problems, no BSN confirmation to offer; only a read that failed.
        m_message->setMessage(m_purposesError);
        return;
    }
    const ProcessingActivity a = activity();
    m_problems = ProcessingRegister::validate(a);
    if (m_subCode->text().isEmpty()) {
        ServiceError error;
        const QString next = a.purposeCode.isEmpty()
            ? QString()
            : ProcessingRegister(m_session).nextSubCode(a.purposeCode, &error);
        m_subCode->setPlaceholderText(next);
        // Never a number that looks free because the numbers in use could not be read.
        if (error.isError())
            m_problems.prepend(tr("The numbers in use could not be read: %1").arg(error.message));
    }
    if (!m_purposesError.isEmpty())
        m_problems.prepend(m_purposesError);

    QList<QPair<QString, QString>> fields {
        { tr("Main purpose"), a.purpose },
        { tr("Sub-purpose"), a.subPurpose },
        { tr("Name"), a.name },
        { tr("Description"), a.description },
        { tr("Statute or covenant"), a.legalBasisText },
        { tr("Basis for criminal data"), a.criminalBasis },
        { tr("Country"), a.transferCountry },
        { tr("Safeguard"), a.transferSafeguard },
        { tr("Retention"), a.retention },
        { tr("Security measures"), a.security },
        { tr("Data subjects"), a.subjects.join(u'\n') },
        { tr("Sources"), a.sources.join(u'\n') },
        { tr("Recipients"), a.recipients.join(u'\n') },
        { tr("Processors"), a.processors.join(u'\n') },
        { tr("Systems"), a.systems.join(u'\n') },
    };
    for (const PersonalDataCategory &category : a.dataCategories)
        fields.append({ tr("Personal data"), category.name });
    const BsnGuard::GuardResult guard = BsnGuard::checkFields(fields, BsnCheck::Refuse);
    m_bsnFound = !guard.findings.isEmpty();
    m_confirmNotBsn->setVisible(m_bsnFound);
    if (!m_bsnFound)
        m_confirmNotBsn->setChecked(false);
    if (m_bsnFound && !m_confirmNotBsn->isChecked())
        m_problems.prepend(guard.message);
    m_message->setMessage(m_problems.isEmpty() ? QString() : m_problems.first());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_problems.isEmpty());
}

QStringList ProcessingActivityDialog::problems() const
{
    return m_problems;
}

bool ProcessingActivityDialog::canSave() const
{
    return !m_readOnly && m_problems.isEmpty();
}

bool ProcessingActivityDialog::save()
{
    if (m_readOnly || !canSave())
        return false;
    ProcessingRegister reg(m_session);
    ServiceError error;
    const BsnCheck bsnCheck = bsnCheckFrom(m_bsnFound && m_confirmNotBsn->isChecked());
    if (m_id == 0) {
        const auto added = reg.add(activity(), bsnCheck, &error);
        if (added)
            m_savedId = added->id;
    } else if (reg.update(activity(), bsnCheck, &error)) {
        m_savedId = m_id;
    }
    if (m_savedId == 0) {
        m_message->setMessage(error.message);
        return false;
    }
    return true;
}

} // namespace pd::ui
