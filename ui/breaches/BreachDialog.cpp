// The report and the description of a data breach (BreachDialog); the frame it shares with the
// assessment and the notifications is in BreachDialogs.cpp.
#include "DeskAccess.h"
#include "Named.h"
#include "TextEmphasis.h"
#include "breaches/BreachDialogs.h"
#include "breaches/BreachFormFields.h"
#include "registers/Disclosures.h"
#include "registers/Recipients.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pd::ui {

using namespace breachfields;

BreachDialog::BreachDialog(const Session &session, const std::optional<Breach> &existing,
                           QWidget *parent)
    : BreachFormDialog(session, parent)
    , m_existing(existing)
{
    setObjectName(QStringLiteral("breachDialog"));
    setWindowTitle(existing ? tr("Data breach %1").arg(existing->number)
                            : tr("Report a data breach"));
    createFields();

    // The catalogue is read by who may read the registers; a KCC employee names the processor in
    // the description, and the privacy officer links it.
    const bool readsCatalogue = DeskAccess::of(session).may(Permission::ViewRegisters);
    if (readsCatalogue)
        loadProcessors();

    const QDateTime now = m_session.clock().now();
    setMoment(m_discovered, now);
    setMoment(m_occurred, now);
    setMoment(m_processorTold, now);
    if (existing)
        showBreach(*existing);

    QFormLayout *left = createLeftColumn();
    QFormLayout *right = createRightColumn(readsCatalogue);
    auto *rightColumn = new QVBoxLayout;
    rightColumn->addLayout(right);
    rightColumn->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addSpacing(12);
    columns->addLayout(rightColumn, 2);
    setMinimumWidth(980);

    QList<QWidget *> watched { m_title,
                               m_description,
                               m_discovered,
                               m_occurredKnown,
                               m_occurred,
                               m_data,
                               m_dataText,
                               m_persons,
                               m_personsEstimate,
                               m_records,
                               m_recordsEstimate,
                               m_group,
                               m_processor,
                               m_processorToldKnown,
                               m_processorTold,
                               m_processorToldReason,
                               m_measuresBefore,
                               m_measuresTaken,
                               m_consequences,
                               m_subjectsDescription,
                               m_subjectsConsequences,
                               m_subjectsMeasures,
                               m_international };
    for (QCheckBox *box : std::as_const(m_natures))
        watched << box;
    watch(watched);
    finish(columns);
}

// The fields in the order the tab key visits them (the order they are made in).
void BreachDialog::createFields()
{
    m_title = named<QLineEdit>(QStringLiteral("breachTitle"), this);
    m_title->setPlaceholderText(tr("e.g. \"Letter about rent arrears sent to the wrong address\""));
    m_description = textEdit(this, 4);
    m_discovered = momentEdit(this);
    m_discovered->setObjectName(QStringLiteral("breachDiscovered"));
    m_occurredKnown = new QCheckBox(tr("It &happened at:"), this);
    m_occurred = momentEdit(this);
    m_occurred->setAccessibleName(tr("When the breach happened"));
    for (BreachNature nature : codes::all<BreachNature>()) {
        auto *box = new QCheckBox(codes::label(nature), this);
        box->setProperty("nature", static_cast<int>(nature));
        m_natures << box;
    }
    m_data = named<QListWidget>(QStringLiteral("breachData"), this);
    m_data->setAccessibleName(tr("Personal data involved"));
    m_data->setFlow(QListView::LeftToRight);
    m_data->setWrapping(true);
    m_data->setResizeMode(QListView::Adjust);
    m_data->setFixedHeight(104);
    for (DataCategory c : codes::all<DataCategory>()) {
        // Special (art. 9) and criminal (art. 10) data: their labels say so; bold besides.
        auto *item = new QListWidgetItem(codes::label(c), m_data);
        item->setData(Qt::UserRole, static_cast<int>(c));
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        if (DataCategoryCodes::isSpecial(c)) {
            emphasise(item);
            item->setToolTip(tr("Special or criminal data (art. 9 and 10 GDPR): weighs heavily "
                                "in the risk"));
        }
    }
    m_dataText = named<QLineEdit>(QStringLiteral("breachDataText"), this);
    //: Dutch: "Welke andere gegevens"
    m_dataText->setAccessibleName(tr("Which other data"));
    //: Dutch: "bij Overig: welke gegevens, bijvoorbeeld ‘datum van het gesprek’"
    m_dataText->setPlaceholderText(tr("with Other: which data, e.g. 'date of the meeting'"));
    m_persons = new QSpinBox(this);
    m_persons->setRange(0, 10'000'000);
    m_persons->setSpecialValueText(tr("unknown"));
    m_personsEstimate = new QCheckBox(tr("&Estimate"), this);
    m_records = new QSpinBox(this);
    m_records->setRange(0, 100'000'000);
    m_records->setSpecialValueText(tr("unknown"));
    m_recordsEstimate = new QCheckBox(tr("Es&timate"), this);
    m_group = new QLineEdit(this);
    m_group->setPlaceholderText(tr("e.g. tenants of one complex, house-seekers"));
    m_processor = new QComboBox(this);
    m_processor->addItem(tr("— none —"), qint64(0));
    m_processorToldKnown = new QCheckBox(tr("The processor told us &at:"), this);
    m_processorTold = momentEdit(this);
    m_processorTold->setAccessibleName(tr("When the processor told us"));
    m_measuresBefore = textEdit(this);
    m_measuresTaken = textEdit(this);
    m_consequences = textEdit(this);
    // The art. 34 letter's own texts, in plain words for the people.
    m_subjectsDescription = textEdit(this, 2);
    m_subjectsDescription->setObjectName(QStringLiteral("subjectsDescription"));
    //: Dutch: "Voor de brief aan de betrokkenen: wat er is gebeurd, in eenvoudige taal"
    m_subjectsDescription->setPlaceholderText(
        tr("For the letter to the people: what happened, in plain words"));
    m_subjectsConsequences = textEdit(this, 2);
    m_subjectsConsequences->setObjectName(QStringLiteral("subjectsConsequences"));
    //: Dutch: "Voor de brief aan de betrokkenen: wat het voor hen kan betekenen"
    m_subjectsConsequences->setPlaceholderText(
        tr("For the letter to the people: what it can mean for them"));
    m_subjectsMeasures = textEdit(this, 2);
    m_subjectsMeasures->setObjectName(QStringLiteral("subjectsMeasures"));
    //: Dutch: "Voor de brief aan de betrokkenen: wat wij hebben gedaan, in eenvoudige taal"
    m_subjectsMeasures->setPlaceholderText(
        tr("For the letter to the people: what we did, in plain words"));
    // Art. 33(2): the report starts the 72 hours unless the officer says why it did not make us
    // aware.
    m_processorToldReason = named<QLineEdit>(QStringLiteral("processorToldReason"), this);
    m_processorToldReason->setPlaceholderText(BreachService::processorToldReasonLabel());
    m_processorToldReason->setAccessibleName(BreachService::processorToldReasonLabel());
    m_international = new QLineEdit(this);
    m_international->setPlaceholderText(tr("Empty: none"));
}

// The processors of the catalogue only: a recipient that is no processor is refused as the
// breach's processor; one a breach had before is added by showBreach.
void BreachDialog::loadProcessors()
{
    ServiceError error;
    const QList<Recipient> recipients = RecipientService(m_session).list(false, &error);
    if (error.isError())
        m_catalogueError = tr("The recipients could not be read: %1").arg(error.message);
    for (const Recipient &r : recipients) {
        if (r.isProcessor())
            m_processor->addItem(r.name, r.id);
    }
}

// The values of a breach being edited.
void BreachDialog::showBreach(const Breach &b)
{
    m_title->setText(b.title);
    m_description->setPlainText(b.description);
    setMoment(m_discovered, b.discoveredAt);
    m_occurredKnown->setChecked(b.occurredAt.isValid());
    setMoment(m_occurred, b.occurredAt);
    for (QCheckBox *box : std::as_const(m_natures))
        box->setChecked(
            b.natures.contains(static_cast<BreachNature>(box->property("nature").toInt())));
    for (DataCategory c : b.data)
        setDataChecked(c, true);
    m_dataText->setText(b.dataText);
    m_persons->setValue(b.persons.value_or(0));
    m_personsEstimate->setChecked(b.personsEstimate);
    m_records->setValue(b.records.value_or(0));
    m_recordsEstimate->setChecked(b.recordsEstimate);
    m_group->setText(b.groupText);
    if (b.processorId > 0) {
        if (m_processor->findData(b.processorId) < 0)
            m_processor->addItem(b.processorName, b.processorId);
        m_processor->setCurrentIndex(m_processor->findData(b.processorId));
    }
    m_processorToldKnown->setChecked(b.processorToldAt.isValid());
    setMoment(m_processorTold, b.processorToldAt);
    m_processorToldReason->setText(b.processorToldReason);
    m_subjectsDescription->setPlainText(b.subjectsDescription);
    m_subjectsConsequences->setPlainText(b.subjectsConsequences);
    m_subjectsMeasures->setPlainText(b.subjectsMeasures);
    m_measuresBefore->setPlainText(b.measuresBefore);
    m_measuresTaken->setPlainText(b.measuresTaken);
    m_consequences->setPlainText(b.consequences);
    m_international->setText(b.international);
}

// What happened: the description, the moments, nature, data and the people involved.
QFormLayout *BreachDialog::createLeftColumn()
{
    auto *natureRow = new QHBoxLayout;
    natureRow->setContentsMargins(0, 0, 0, 0);
    for (QCheckBox *box : std::as_const(m_natures))
        natureRow->addWidget(box);
    natureRow->addStretch();
    auto *personsRow = new QHBoxLayout;
    personsRow->addWidget(m_persons);
    personsRow->addWidget(m_personsEstimate);
    personsRow->addStretch();
    auto *recordsRow = new QHBoxLayout;
    recordsRow->addWidget(m_records);
    recordsRow->addWidget(m_recordsEstimate);
    recordsRow->addStretch();
    auto *discoveredRow = new QHBoxLayout;
    discoveredRow->addWidget(m_discovered);
    discoveredRow->addWidget(hint(zoneHint(), this), 1);
    auto *natureBox = new QWidget(this);
    natureBox->setLayout(natureRow);

    auto *left = new QFormLayout;
    left->addRow(tr("T&itle:"), m_title);
    left->addRow(tr("&What happened:"), m_description);
    auto *discoveredLabel = new QLabel(tr("&Discovered at:"), this);
    discoveredLabel->setBuddy(m_discovered);
    left->addRow(discoveredLabel, discoveredRow);
    left->addRow(QString(),
                 hint(tr("The 72 hours for notifying the AP start at the discovery."), this));
    left->addRow(m_occurredKnown, m_occurred);
    left->addRow(tr("Nature:"), natureBox);
    auto *dataLabel = new QLabel(tr("&Personal data:"), this);
    dataLabel->setBuddy(m_data);
    left->addRow(dataLabel, m_data);
    //: Dutch: "Andere gegevens: wel&ke?"
    auto *dataTextLabel = new QLabel(tr("Other data, in &your words:"), this);
    dataTextLabel->setBuddy(m_dataText);
    left->addRow(dataTextLabel, m_dataText);
    auto *personsLabel = new QLabel(tr("Number of pe&rsons:"), this);
    personsLabel->setBuddy(m_persons);
    left->addRow(personsLabel, personsRow);
    auto *recordsLabel = new QLabel(tr("Number of re&cords:"), this);
    recordsLabel->setBuddy(m_records);
    left->addRow(recordsLabel, recordsRow);
    left->addRow(tr("&Group of people:"), m_group);
    return left;
}

// The processor and when it told us, the measures, consequences and international aspects.
QFormLayout *BreachDialog::createRightColumn(bool readsCatalogue)
{
    auto *right = new QFormLayout;
    // A long label ("De verwerker meldde het ons aan op:") puts its field below it: otherwise
    // this column's minimum took the width the left one needs, and cut off "Vertrouwelijkheid"
    // and the data categories in Dutch at 1200 pixels.
    right->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *processorLabel = new QLabel(tr("Pr&ocessor involved:"), this);
    processorLabel->setBuddy(m_processor);
    right->addRow(processorLabel, m_processor);
    // The check box and its moment on a row of their own, across the column: as the row's label
    // the long check box made the label column so wide that the texts below got a third of it.
    auto *toldRow = new QHBoxLayout;
    toldRow->addWidget(m_processorToldKnown);
    toldRow->addWidget(m_processorTold, 1);
    right->addRow(toldRow);
    // A report before the discovery: the 72 hours start at the earliest awareness.
    m_earlierWarning = named<QLabel>(QStringLiteral("earlierAwareness"), this);
    m_earlierWarning->setWordWrap(true);
    m_earlierWarning->setStyleSheet(QStringLiteral("color: #8a1f11;"));
    //: Dutch: "Neem dit moment als &ontdekking"
    m_takeEarlier = named<QPushButton>(QStringLiteral("takeEarlierAwareness"),
                                       tr("Take this moment as the disco&very"), this);
    connect(m_takeEarlier, &QPushButton::clicked, this, [this] {
        if (const std::optional<QDateTime> earlier = breach().earlierAwareness())
            setMoment(m_discovered, *earlier);
    });
    right->addRow(m_earlierWarning);
    right->addRow(m_processorToldReason);
    right->addRow(QString(), m_takeEarlier);
    m_earlierWarning->hide();
    m_processorToldReason->hide();
    m_takeEarlier->hide();
    if (!readsCatalogue) {
        processorLabel->hide();
        m_processor->hide();
        m_processorToldKnown->hide();
        m_processorTold->hide();
    }
    right->addRow(tr("&Measures before:"), m_measuresBefore);
    right->addRow(tr("Measures ta&ken since:"), m_measuresTaken);
    right->addRow(tr("Likely conse&quences:"), m_consequences);
    //: Dutch: "Brief: wat er gebe&urde:"
    right->addRow(tr("&Letter: what happened:"), m_subjectsDescription);
    //: Dutch: "Brief: gevolgen voor he&n:"
    right->addRow(tr("Letter: conseq&uences for them:"), m_subjectsConsequences);
    //: Dutch: "Brief: wat wi&j gedaan hebben:"
    right->addRow(tr("Letter: what we did &so far:"), m_subjectsMeasures);
    right->addRow(tr("I&nternational:"), m_international);
    m_persons->setAccessibleName(tr("Number of persons"));
    m_records->setAccessibleName(tr("Number of records"));
    m_processor->setAccessibleName(tr("Processor involved"));
    return right;
}

void BreachDialog::setDiscovered(const QDateTime &utc)
{
    setMoment(m_discovered, utc);
}

void BreachDialog::setProcessorTold(qint64 processorId, const QDateTime &utc)
{
    m_processor->setCurrentIndex(m_processor->findData(processorId));
    m_processorToldKnown->setChecked(utc.isValid());
    setMoment(m_processorTold, utc);
}

void BreachDialog::setDataChecked(DataCategory category, bool checked)
{
    for (int i = 0; i < m_data->count(); ++i) {
        if (m_data->item(i)->data(Qt::UserRole).toInt() == static_cast<int>(category))
            m_data->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

Breach BreachDialog::breach() const
{
    Breach b = m_existing.value_or(Breach {});
    b.title = m_title->text().trimmed();
    b.description = text(m_description);
    b.discoveredAt = momentOf(m_discovered);
    b.occurredAt = m_occurredKnown->isChecked() ? momentOf(m_occurred) : QDateTime();
    b.natures.clear();
    for (QCheckBox *box : m_natures) {
        if (box->isChecked())
            b.natures << static_cast<BreachNature>(box->property("nature").toInt());
    }
    b.data.clear();
    for (int i = 0; i < m_data->count(); ++i) {
        if (m_data->item(i)->checkState() == Qt::Checked)
            b.data << static_cast<DataCategory>(m_data->item(i)->data(Qt::UserRole).toInt());
    }
    // The other data's words go with "Overig" only (BreachService::validate).
    b.dataText = b.data.contains(DataCategory::Overig) ? m_dataText->text().trimmed() : QString();
    b.persons = m_persons->value() > 0 ? std::optional<int>(m_persons->value()) : std::nullopt;
    b.personsEstimate = b.persons && m_personsEstimate->isChecked();
    b.records = m_records->value() > 0 ? std::optional<int>(m_records->value()) : std::nullopt;
    b.recordsEstimate = b.records && m_recordsEstimate->isChecked();
    b.groupText = m_group->text().trimmed();
    if (!m_processor->isHidden()) {
        b.processorId = m_processor->currentData().toLongLong();
        b.processorToldAt = b.processorId > 0 && m_processorToldKnown->isChecked()
            ? momentOf(m_processorTold)
            : QDateTime();
    }
    // A reason only with a report before the discovery (BreachService::validate).
    b.processorToldReason = b.earlierAwareness() && m_processorToldReason
        ? m_processorToldReason->text().trimmed()
        : QString();
    b.measuresBefore = text(m_measuresBefore);
    b.measuresTaken = text(m_measuresTaken);
    b.consequences = text(m_consequences);
    b.subjectsDescription = text(m_subjectsDescription);
    b.subjectsConsequences = text(m_subjectsConsequences);
    b.subjectsMeasures = text(m_subjectsMeasures);
    b.international = m_international->text().trimmed();
    return b;
}

void BreachDialog::updateState()
{
    m_occurred->setEnabled(m_occurredKnown->isChecked());
    const bool processor = m_processor->currentData().toLongLong() > 0;
    m_processorToldKnown->setEnabled(processor);
    m_processorTold->setEnabled(processor && m_processorToldKnown->isChecked());
    m_personsEstimate->setEnabled(m_persons->value() > 0);
    m_recordsEstimate->setEnabled(m_records->value() > 0);
    bool other = false;
    for (int i = 0; i < m_data->count(); ++i)
        other = other
            || (m_data->item(i)->checkState() == Qt::Checked
                && m_data->item(i)->data(Qt::UserRole).toInt()
                    == static_cast<int>(DataCategory::Overig));
    m_dataText->setEnabled(other);
    if (m_earlierWarning) {
        const QString warning = BreachService::awarenessWarning(breach());
        m_earlierWarning->setText(warning);
        m_earlierWarning->setVisible(!warning.isEmpty());
        m_takeEarlier->setVisible(!warning.isEmpty());
        m_processorToldReason->setVisible(!warning.isEmpty());
    }
}

QString BreachDialog::check() const
{
    if (!m_catalogueError.isEmpty())
        return m_catalogueError;
    const Breach b = breach();
    if (!b.discoveredAt.isValid())
        return tr("That moment of discovery does not exist in Dutch time (the hour skipped when "
                  "summer time starts).");
    if (m_occurredKnown->isChecked() && !b.occurredAt.isValid())
        return tr("That moment of the breach does not exist in Dutch time (the hour skipped when "
                  "summer time starts).");
    return BreachService::validate(b, m_session.clock().now());
}

QList<QPair<QString, QString>> BreachDialog::freeTexts() const
{
    return { { tr("Title"), m_title->text() },
             { tr("What happened"), m_description->toPlainText() },
             { tr("Group of people"), m_group->text() },
             { tr("Measures before"), m_measuresBefore->toPlainText() },
             { tr("Measures taken since"), m_measuresTaken->toPlainText() },
             { tr("Likely consequences"), m_consequences->toPlainText() },
             { tr("Letter: what happened"), m_subjectsDescription->toPlainText() },
             { tr("Letter: consequences for them"), m_subjectsConsequences->toPlainText() },
             //: Dutch: "Brief: wat wij hebben gedaan"
             { tr("Letter: what we did"), m_subjectsMeasures->toPlainText() },
             //: Dutch: "Andere gegevens"
             { tr("Other data"), m_dataText->text() },
             { tr("International"), m_international->text() },
             { BreachService::processorToldReasonLabel(), m_processorToldReason->text() } };
}

bool BreachDialog::save(BsnCheck bsnCheck, ServiceError *error)
{
    BreachService service(m_session);
    if (m_existing) {
        if (!service.update(breach(), bsnCheck, error))
            return false;
        m_saved = service.get(m_existing->number, error);
        return m_saved.has_value();
    }
    m_saved = service.add(breach(), bsnCheck, error);
    return m_saved.has_value();
}

} // namespace pd::ui
