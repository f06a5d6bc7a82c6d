#include "registers/CovenantDialog.h"

#include "HelpWindow.h"
#include "MessageLabel.h"
#include "cases/Attachments.h"
#include "registers/DisclosureDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

CovenantDialog::CovenantDialog(const Session &session, const std::optional<Covenant> &covenant,
                               QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    //: Dutch: "Convenant wijzigen" / "Nieuw convenant"
    setWindowTitle(covenant ? tr("Change covenant") : tr("New covenant"));
    setHelpTopic(this, HelpTopic::Disclosures);
    createWidgets();
    layOutWidgets();
    if (covenant)
        fill(*covenant);
    for (QLineEdit *edit : { m_name, m_purpose, m_basisText, m_dataText })
        connect(edit, &QLineEdit::textChanged, this, &CovenantDialog::validate);
    connect(m_parties, &QPlainTextEdit::textChanged, this, &CovenantDialog::validate);
    for (QDateEdit *edit : { m_from, m_until, m_review })
        connect(edit, &QDateEdit::dateChanged, this, &CovenantDialog::validate);
    for (QCheckBox *box : { m_hasUntil, m_hasReview, m_notBsn })
        connect(box, &QCheckBox::toggled, this, &CovenantDialog::validate);
    connect(m_basis, &QComboBox::currentIndexChanged, this, &CovenantDialog::validate);
    connect(m_data, &QListWidget::itemChanged, this, &CovenantDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CovenantDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CovenantDialog::reject);
    validate();
}

void CovenantDialog::createWidgets()
{
    m_name = new QLineEdit(this);
    //: Dutch: "bijv. \"Convenant Vroegsignalering schulden gemeente Groningen\""
    m_name->setPlaceholderText(tr("e.g. \"Covenant early warning of debts, municipality\""));
    m_parties = new QPlainTextEdit(this);
    m_parties->setTabChangesFocus(true);
    m_parties->setMaximumHeight(70);
    //: Dutch: "Eén partij per regel"
    m_parties->setPlaceholderText(tr("One party a line"));
    m_purpose = new QLineEdit(this);
    m_basis = new QComboBox(this);
    for (LegalBasis b : codes::all<LegalBasis>())
        m_basis->addItem(codes::label(b), static_cast<int>(b));
    m_basis->setCurrentIndex(m_basis->findData(static_cast<int>(LegalBasis::PublicTask)));
    m_basisText = new QLineEdit(this);
    //: Dutch: "bijv. \"Wet gemeentelijke schuldhulpverlening, art. 3a\""
    m_basisText->setPlaceholderText(tr("e.g. \"Wet gemeentelijke schuldhulpverlening, art. 3a\""));
    m_data = dataCategoryList(this);
    m_dataText = new QLineEdit(this);
    //: Dutch: "Andere gegevens, in woorden (optioneel)"
    m_dataText->setPlaceholderText(tr("Other data, in words (optional)"));
    const QDate today = m_session.clock().today();
    m_from = registerDateEdit(today, this);
    //: Dutch: "&Tot en met"
    m_hasUntil = new QCheckBox(tr("Unt&il"), this);
    m_until = registerDateEdit(today.addYears(2), this);
    //: Dutch: "&Evalueren op"
    m_hasReview = new QCheckBox(tr("Re&view on"), this);
    m_hasReview->setChecked(true);
    m_review = registerDateEdit(today.addYears(1), this);
    m_document = new QLabel(this); // one line: the name is cut in the middle when long
    //: Dutch: "This number is not a &BSN (logged)"
    m_notBsn = new QCheckBox(tr("This number is not a &BSN (logged)"), this);
    m_notBsn->hide();
    m_message = new MessageLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
}

void CovenantDialog::layOutWidgets()
{
    auto *term = new QHBoxLayout;
    term->addWidget(m_from);
    term->addWidget(m_hasUntil);
    term->addWidget(m_until);
    term->addStretch();
    auto *review = new QHBoxLayout;
    review->addWidget(m_hasReview);
    review->addWidget(m_review);
    review->addStretch();
    //: Dutch: "Getekend document &kiezen…"
    auto *choose = new QPushButton(tr("Choose signed &document…"), this);
    choose->setAutoDefault(false);
    connect(choose, &QPushButton::clicked, this, [this] {
        //: Dutch: "Getekend convenant"
        const QString path = QFileDialog::getOpenFileName(this, tr("Signed covenant"));
        if (!path.isEmpty())
            chooseDocument(path);
    });
    auto *document = new QHBoxLayout;
    document->addWidget(m_document, 1);
    document->addWidget(choose);

    auto *form = new QFormLayout;
    //: Dutch: "&Naam:"
    form->addRow(tr("&Name:"), m_name);
    //: Dutch: "&Partijen:"
    form->addRow(tr("&Parties:"), m_parties);
    //: Dutch: "D&oel:"
    form->addRow(tr("P&urpose:"), m_purpose);
    //: Dutch: "&Grondslag:"
    form->addRow(tr("&Legal basis:"), m_basis);
    //: Dutch: "&Wet of taak:"
    form->addRow(tr("&Statute or task:"), m_basisText);
    //: Dutch: "Gegevens:"
    form->addRow(tr("Data covered:"), m_data);
    form->addRow(QString(), m_dataText);
    //: Dutch: "&Looptijd vanaf:"
    auto *termLabel = new QLabel(tr("&Term from:"), this);
    termLabel->setBuddy(m_from);
    form->addRow(termLabel, term);
    //: Dutch: "Evaluatie:"
    form->addRow(tr("Review:"), review);
    //: Dutch: "Getekend document:"
    form->addRow(tr("Signed document:"), document);
    //: Dutch: "Gegevens in het convenant"
    m_data->setAccessibleName(tr("Data covered"));
    //: Dutch: "Gegevens in woorden"
    m_dataText->setAccessibleName(tr("Data covered, in words"));
    //: Dutch: "Begindatum"
    m_from->setAccessibleName(tr("Start date"));
    //: Dutch: "Einddatum"
    m_until->setAccessibleName(tr("End date"));
    //: Dutch: "Evaluatiedatum"
    m_review->setAccessibleName(tr("Review date"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_notBsn);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(640);
}

void CovenantDialog::fill(const Covenant &c)
{
    m_id = c.id;
    m_name->setText(c.name);
    m_parties->setPlainText(c.parties.join(u'\n'));
    m_purpose->setText(c.purpose);
    m_basis->setCurrentIndex(m_basis->findData(static_cast<int>(c.basis)));
    m_basisText->setText(c.basisText);
    checkCategories(m_data, c.data);
    m_dataText->setText(c.dataText);
    m_from->setDate(c.from);
    m_hasUntil->setChecked(c.until.isValid());
    if (c.until.isValid())
        m_until->setDate(c.until);
    m_hasReview->setChecked(c.reviewOn.isValid());
    if (c.reviewOn.isValid())
        m_review->setDate(c.reviewOn);
    if (c.document.present())
        //: Dutch: "%1 (%2), versleuteld bewaard"
        m_documentText = tr("%1 (%2), kept encrypted")
                             .arg(fontMetrics().elidedText(c.document.name, Qt::ElideMiddle, 240),
                                  QLocale().formattedDataSize(c.document.size));
}

bool CovenantDialog::chooseDocument(const QString &path)
{
    QString why;
    m_newDocument = AttachmentService::readFile(path, &why);
    if (!m_newDocument) {
        m_message->setMessage(why);
        return false;
    }
    validate();
    return true;
}

Covenant CovenantDialog::covenant() const
{
    Covenant c;
    c.id = m_id;
    c.name = m_name->text().trimmed();
    for (const QString &line : m_parties->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            c.parties << line.trimmed();
    }
    c.purpose = m_purpose->text().trimmed();
    c.basis = static_cast<LegalBasis>(m_basis->currentData().toInt());
    c.basisText = m_basisText->text().trimmed();
    c.data = checkedCategories(m_data);
    c.dataText = m_dataText->text().trimmed();
    c.from = m_from->date();
    if (m_hasUntil->isChecked())
        c.until = m_until->date();
    if (m_hasReview->isChecked())
        c.reviewOn = m_review->date();
    return c;
}

QList<QPair<QString, QString>> CovenantDialog::freeTexts() const
{
    return { { tr("Name"), m_name->text() },
             //: Dutch: "Partijen"
             { tr("Parties"), m_parties->toPlainText() },
             { tr("Purpose"), m_purpose->text() },
             //: Dutch: "Wet of taak"
             { tr("Statute or task"), m_basisText->text() },
             //: Dutch: "Gegevens"
             { tr("Data covered"), m_dataText->text() } };
}

QString CovenantDialog::problem() const
{
    if (QString p = CovenantService::validate(covenant()); !p.isEmpty())
        return p;
    if (!bsnWarning(freeTexts()).isEmpty() && !m_notBsn->isChecked())
        //: Dutch: "Verwijder het burgerservicenummer, of bevestig dat het er geen is."
        return tr("Remove the citizen service number, or confirm that it is not one.");
    return {};
}

void CovenantDialog::validate()
{
    m_until->setEnabled(m_hasUntil->isChecked());
    m_review->setEnabled(m_hasReview->isChecked());
    const QString warning = bsnWarning(freeTexts());
    m_notBsn->setVisible(!warning.isEmpty());
    if (m_newDocument)
        //: Dutch: "%1 (%2), wordt versleuteld bewaard bij Opslaan"
        m_document->setText(
            tr("%1 (%2), kept encrypted when saved")
                .arg(fontMetrics().elidedText(m_newDocument->name, Qt::ElideMiddle, 240),
                     QLocale().formattedDataSize(m_newDocument->content.size())));
    else
        //: Dutch: "Nog geen document"
        m_document->setText(m_documentText.isEmpty() ? tr("No document yet") : m_documentText);
    const QString p = problem();
    // An empty form is not an error yet: only say what is wrong once something was typed.
    m_message->setMessage(m_name->text().isEmpty() ? QString() : (warning.isEmpty() ? p : warning));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(p.isEmpty());
}

void CovenantDialog::accept()
{
    if (!problem().isEmpty())
        return;
    CovenantService service(m_session);
    ServiceError error;
    const Covenant c = covenant();
    const BsnCheck bsnCheck = bsnCheckFrom(m_notBsn->isChecked());
    if (m_id == 0) {
        m_saved = service.add(c, m_newDocument ? &*m_newDocument : nullptr, bsnCheck, &error);
    } else if (service.update(c, bsnCheck, &error)
               && (!m_newDocument || service.setDocument(m_id, *m_newDocument, &error))) {
        m_saved = service.find(m_id, &error);
    }
    if (!m_saved) {
        m_message->setMessage(error.message);
        return;
    }
    QDialog::accept();
}

} // namespace pd::ui
