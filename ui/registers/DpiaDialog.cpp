#include "registers/DpiaDialog.h"

#include "Named.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

using L = DpiaLists::List;

// A list to tick, the codes checked.
QListWidget *checkList(L list, const QStringList &checked, QWidget *parent)
{
    auto *widget = new QListWidget(parent);
    for (const DpiaListItem &item : DpiaLists::items(list)) {
        auto *row = new QListWidgetItem(item.label, widget);
        row->setData(Qt::UserRole, item.code);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        row->setCheckState(checked.contains(item.code) ? Qt::Checked : Qt::Unchecked);
        if (!item.text.isEmpty())
            row->setToolTip(item.text);
    }
    widget->setToolTip(DpiaLists::source(list));
    return widget;
}

QStringList checkedCodes(const QListWidget *widget)
{
    QStringList codes;
    for (int i = 0; i < widget->count(); ++i) {
        if (widget->item(i)->checkState() == Qt::Checked)
            codes << widget->item(i)->data(Qt::UserRole).toString();
    }
    return codes;
}

QDateEdit *dateEdit(QDate date, QWidget *parent)
{
    auto *edit = new QDateEdit(date.isValid() ? date : systemClock().today(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    return edit;
}

QPlainTextEdit *textEdit(const QString &text, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}

} // namespace

DpiaDialog::DpiaDialog(const Session &session, const Dpia &dpia, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_dpia(dpia)
{
    setObjectName(QStringLiteral("dpiaDialog"));
    //: Dutch: "DPIA — %1 %2"
    setWindowTitle(tr("DPIA — %1 %2").arg(dpia.activityCode, dpia.activityName));
    auto *columns = new QHBoxLayout;
    columns->addWidget(createLists(), 1);
    columns->addWidget(createAssessment(), 1);
    m_problems = named<QLabel>(QStringLiteral("problems"), this);
    m_problems->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DpiaDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DpiaDialog::reject);
    for (QListWidget *list : { m_apList, m_art35, m_criteria })
        connect(list, &QListWidget::itemChanged, this, &DpiaDialog::revalidate);
    for (QAbstractButton *button : std::initializer_list<QAbstractButton *> {
             m_needed, m_notNeeded, m_done, m_consulted, m_review })
        connect(button, &QAbstractButton::toggled, this, &DpiaDialog::revalidate);
    for (QPlainTextEdit *edit : { m_reason, m_outcome, m_consultation })
        connect(edit, &QPlainTextEdit::textChanged, this, &DpiaDialog::revalidate);
    for (QDateEdit *edit : { m_assessedOn, m_consultedOn, m_reviewOn })
        connect(edit, &QDateEdit::dateChanged, this, &DpiaDialog::revalidate);
    connect(m_risk, &QComboBox::currentIndexChanged, this, &DpiaDialog::revalidate);
    resize(1080, 700);
    revalidate();
}

QWidget *DpiaDialog::createLists()
{
    //: Dutch: "Is een DPIA nodig?"
    auto *box = new QGroupBox(tr("Is a DPIA needed?"), this);
    m_apList = checkList(L::ApList, m_dpia.apList, box);
    m_apList->setObjectName(QStringLiteral("apList"));
    m_art35 = checkList(L::Art35_3, m_dpia.art35_3, box);
    m_art35->setObjectName(QStringLiteral("art35"));
    m_art35->setWordWrap(true);
    m_art35->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_art35->setFixedHeight(m_art35->fontMetrics().lineSpacing() * 10);
    m_criteria = checkList(L::Criteria, m_dpia.criteria, box);
    m_criteria->setObjectName(QStringLiteral("criteria"));
    m_criteria->setWordWrap(true);
    m_criteria->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // For a screen reader.
    //: Dutch: "Lijst van de AP"
    m_apList->setAccessibleName(tr("The AP's list"));
    //: Dutch: "Gevallen van art. 35 lid 3 AVG"
    m_art35->setAccessibleName(tr("Cases of art. 35(3) GDPR"));
    //: Dutch: "Criteria van de EDPB"
    m_criteria->setAccessibleName(tr("EDPB criteria"));
    m_indication = named<QLabel>(QStringLiteral("indication"), box);
    m_indication->setWordWrap(true);
    auto *layout = new QVBoxLayout(box);
    //: Dutch: "Lijst van de AP: altijd een DPIA (Stcrt. 2019, 64418)"
    auto *apLabel = new QLabel(tr("The AP's list: always a DPIA (Stcrt. 2019, 64418)"), box);
    apLabel->setBuddy(m_apList);
    layout->addWidget(apLabel);
    layout->addWidget(m_apList, 3);
    //: Dutch: "Art. 35 lid 3 AVG"
    layout->addWidget(new QLabel(tr("Art. 35(3) GDPR"), box));
    layout->addWidget(m_art35);
    //: Dutch: "Criteria van de EDPB (WP248): twee of meer, dan waarschijnlijk een DPIA"
    layout->addWidget(
        new QLabel(tr("EDPB criteria (WP248): two or more, then a DPIA is likely needed"), box));
    layout->addWidget(m_criteria, 2);
    layout->addWidget(m_indication);
    return box;
}

QWidget *DpiaDialog::createAssessment()
{
    //: Dutch: "Beslissing en DPIA"
    auto *box = new QGroupBox(tr("Decision and DPIA"), this);
    auto *form = new QFormLayout(box);
    //: Dutch: "DPIA &nodig"
    m_needed = new QRadioButton(tr("DPIA &needed"), box);
    //: Dutch: "&Geen DPIA nodig"
    m_notNeeded = new QRadioButton(tr("N&o DPIA needed"), box);
    (m_dpia.needed ? m_needed : m_notNeeded)->setChecked(true);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_needed);
    choice->addWidget(m_notNeeded);
    choice->addStretch();
    form->addRow(choice);
    m_reason = textEdit(m_dpia.reason, box);
    m_reason->setObjectName(QStringLiteral("reason"));
    //: Dutch: "&Waarom (niet):"
    form->addRow(tr("&Why (not):"), m_reason);
    //: Dutch: "DPIA &uitgevoerd op:"
    m_done = new QCheckBox(tr("DPIA &done on:"), box);
    m_done->setChecked(m_dpia.assessedOn.isValid());
    m_assessedOn = dateEdit(m_dpia.assessedOn, box);
    m_assessedOn->setObjectName(QStringLiteral("assessedOn"));
    form->addRow(m_done, m_assessedOn);
    m_outcome = textEdit(m_dpia.outcome, box);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    //: Dutch: "Uitkomst en &maatregelen:"
    form->addRow(tr("Out&come and measures:"), m_outcome);
    m_risk = named<QComboBox>(QStringLiteral("risk"), box);
    for (ResidualRisk risk :
         { ResidualRisk::Onbekend, ResidualRisk::Laag, ResidualRisk::Middel, ResidualRisk::Hoog })
        m_risk->addItem(codes::label(risk), static_cast<int>(risk));
    m_risk->setCurrentIndex(static_cast<int>(m_dpia.residualRisk));
    //: Dutch: "&Restrisico:"
    form->addRow(tr("&Residual risk:"), m_risk);
    //: Dutch: "AP v&ooraf geraadpleegd op:"
    m_consulted = new QCheckBox(tr("AP consulted &beforehand on:"), box);
    m_consulted->setChecked(m_dpia.consultedOn.isValid());
    //: Dutch: "Nodig als het restrisico hoog blijft (art. 36 lid 1 AVG)."
    m_consulted->setToolTip(tr("Needed when the residual risk stays high (art. 36(1) GDPR)."));
    m_consultedOn = dateEdit(m_dpia.consultedOn, box);
    form->addRow(m_consulted, m_consultedOn);
    m_consultation = textEdit(m_dpia.consultation, box);
    //: Dutch: "Raad&pleging (kenmerk, advies):"
    form->addRow(tr("Consultation (reference, ad&vice):"), m_consultation);
    //: Dutch: "&Herbeoordelen op:"
    m_review = new QCheckBox(tr("Rev&iew on:"), box);
    m_review->setChecked(m_dpia.reviewOn.isValid());
    m_reviewOn = dateEdit(
        m_dpia.reviewOn.isValid() ? m_dpia.reviewOn : systemClock().today().addYears(1), box);
    m_reviewOn->setObjectName(QStringLiteral("reviewOn"));
    form->addRow(m_review, m_reviewOn);
    return box;
}

Dpia DpiaDialog::dpia() const
{
    Dpia d = m_dpia;
    d.apList = checkedCodes(m_apList);
    d.art35_3 = checkedCodes(m_art35);
    d.criteria = checkedCodes(m_criteria);
    d.needed = m_needed->isChecked();
    d.reason = m_reason->toPlainText().trimmed();
    d.assessedOn = m_done->isChecked() ? m_assessedOn->date() : QDate();
    d.outcome = m_outcome->toPlainText().trimmed();
    d.residualRisk = static_cast<ResidualRisk>(m_risk->currentData().toInt());
    d.consultedOn = m_consulted->isChecked() ? m_consultedOn->date() : QDate();
    d.consultation = m_consultation->toPlainText().trimmed();
    d.reviewOn = m_review->isChecked() ? m_reviewOn->date() : QDate();
    return d;
}

QString DpiaDialog::problemsText() const
{
    return DpiaRegister::validate(dpia()).join(u' ');
}

void DpiaDialog::revalidate()
{
    const Dpia d = dpia();
    m_assessedOn->setEnabled(m_done->isChecked());
    m_consultedOn->setEnabled(m_consulted->isChecked());
    m_reviewOn->setEnabled(m_review->isChecked());
    switch (DpiaRegister::indication(d)) {
    case DpiaIndication::Required:
        //: Dutch: "Een DPIA is verplicht: de verwerking staat op de lijst van de AP of valt onder art. 35 lid 3 AVG."
        m_indication->setText(tr("A DPIA is required: the processing is on the AP's list or "
                                 "falls under art. 35(3) GDPR."));
        break;
    case DpiaIndication::Likely:
        //: Dutch: "Twee of meer criteria: een DPIA is waarschijnlijk nodig."
        m_indication->setText(tr("Two or more criteria: a DPIA is likely needed."));
        break;
    case DpiaIndication::NotIndicated:
        //: Dutch: "De lijsten wijzen niet op een DPIA; beoordeel het hoge risico zelf (art. 35 lid 1 AVG)."
        m_indication->setText(tr("The lists do not point to a DPIA; judge the high risk yourself "
                                 "(art. 35(1) GDPR)."));
        break;
    }
    const QStringList problems = DpiaRegister::validate(d);
    const QStringList warnings = DpiaRegister::warnings(d, systemClock().today());
    m_problems->setText((problems + warnings).join(u'\n'));
    m_problems->setStyleSheet(problems.isEmpty() ? QString() : QStringLiteral("color: #8a1f11;"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void DpiaDialog::accept()
{
    DpiaRegister dpias(m_session);
    ServiceError error;
    const Dpia d = dpia();
    const auto saved = m_dpia.id == 0 ? dpias.add(d, BsnCheck::Refuse, &error)
                                      : dpias.update(d, BsnCheck::Refuse, &error);
    if (!saved) {
        //: Dutch: "DPIA niet opgeslagen"
        QMessageBox::warning(this, tr("DPIA not saved"), error.message);
        return;
    }
    m_dpia = *saved;
    QDialog::accept();
}

} // namespace pd::ui
