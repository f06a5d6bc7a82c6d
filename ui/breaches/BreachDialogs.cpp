#include "breaches/BreachDialogs.h"

#include "DeskAccess.h"
#include "HelpWindow.h"
#include "MessageLabel.h"
#include "Named.h"
#include "breaches/BreachFormFields.h"
#include "breaches/BreachListModel.h"
#include "domain/BsnGuard.h"
#include "registers/Recipients.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pd::ui {

using namespace breachfields;

// ---------------------------------------------------------------------------------------------

BreachFormDialog::BreachFormDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setHelpTopic(this, HelpTopic::DataBreaches);
}

void BreachFormDialog::finish(QLayout *content)
{
    m_bsnWarning = new QLabel(this);
    m_bsnWarning->setWordWrap(true);
    m_bsnWarning->setStyleSheet(QStringLiteral("color: #8a1f11;"));
    m_bsnWarning->hide();
    m_notBsn = named<QCheckBox>(QStringLiteral("notBsn"), tr("This number is not a &BSN (logged)"),
                                this);
    m_notBsn->hide();
    m_message = new MessageLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(content);
    layout->addWidget(m_bsnWarning);
    layout->addWidget(m_notBsn);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BreachFormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BreachFormDialog::reject);
    connect(m_notBsn, &QCheckBox::toggled, this, &BreachFormDialog::validate);
    m_finished = true;
    validate();
}

void BreachFormDialog::watch(const QList<QWidget *> &widgets)
{
    const auto changed = [this] {
        m_typed = true;
        m_refusal.clear();
        validate();
    };
    for (QWidget *widget : widgets) {
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            connect(line, &QLineEdit::textChanged, this, changed);
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
            connect(plain, &QPlainTextEdit::textChanged, this, changed);
        else if (auto *moment = qobject_cast<QDateTimeEdit *>(widget))
            connect(moment, &QDateTimeEdit::dateTimeChanged, this, changed);
        else if (auto *spin = qobject_cast<QSpinBox *>(widget))
            connect(spin, &QSpinBox::valueChanged, this, changed);
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            connect(combo, &QComboBox::currentIndexChanged, this, changed);
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            connect(button, &QAbstractButton::toggled, this, changed);
        else if (auto *list = qobject_cast<QListWidget *>(widget))
            connect(list, &QListWidget::itemChanged, this, changed);
    }
}

QString BreachFormDialog::problem() const
{
    if (QString p = check(); !p.isEmpty())
        return p;
    for (const auto &[label, value] : freeTexts()) {
        if (!findBsnNumbers(value).isEmpty() && !m_notBsn->isChecked())
            return tr("Remove the citizen service number, or confirm that it is not one.");
    }
    return {};
}

QString BreachFormDialog::message() const
{
    return m_message ? m_message->message() : QString();
}

void BreachFormDialog::setNotice(const QString &notice)
{
    m_notice = notice;
    validate();
}

void BreachFormDialog::validate()
{
    if (!m_finished)
        return;
    updateState();
    QStringList lines;
    for (const auto &[label, value] : freeTexts()) {
        const QList<BsnFinding> findings = findBsnNumbers(value);
        if (!findings.isEmpty())
            lines << BsnGuard::refusalMessage(findings, label);
    }
    m_bsnWarning->setText(lines.join(u'\n'));
    m_bsnWarning->setVisible(!lines.isEmpty());
    m_notBsn->setVisible(!lines.isEmpty());
    const QString p = problem();
    // An untouched form is not wrong yet: it says what is missing once something was typed.
    m_message->setMessage(!m_refusal.isEmpty() ? m_refusal : (m_typed ? p : m_notice));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(p.isEmpty());
}

void BreachFormDialog::accept()
{
    if (!problem().isEmpty())
        return;
    ServiceError error;
    if (!save(bsnCheckFrom(m_notBsn->isChecked()), &error)) {
        // Not saved: the dialog stays with what was typed, and says why.
        m_refusal = error.message;
        m_message->setMessage(m_refusal);
        return;
    }
    QDialog::accept();
}

bool BreachFormDialog::confirmDiscard()
{
    QMessageBox box(QMessageBox::Question, tr("Discard what you typed?"),
                    tr("What you typed here has not been saved. Discard it?"),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("discardQuestion"));
    QPushButton *keep = box.addButton(tr("&Keep typing"), QMessageBox::RejectRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}

void BreachFormDialog::reject()
{
    if (m_typed && !confirmDiscard())
        return;
    QDialog::reject();
}

// ---------------------------------------------------------------------------------------------

BreachAssessDialog::BreachAssessDialog(const Session &session, const Breach &breach,
                                       QWidget *parent)
    : BreachFormDialog(session, parent)
    , m_breach(breach)
{
    setObjectName(QStringLiteral("breachAssessDialog"));
    setWindowTitle(tr("Assess data breach %1").arg(breach.number));
    createRiskButtons();
    m_reasoning = textEdit(this, 4);
    m_reasoning->setObjectName(QStringLiteral("breachReasoning"));
    auto *criteriaBox = new QGroupBox(tr("The AP's criteria that weigh in this breach"), this);
    auto *criteriaGrid = new QGridLayout(criteriaBox);
    const QList<BreachCriterion> criteria = codes::all<BreachCriterion>();
    for (int i = 0; i < criteria.size(); ++i) {
        auto *box = new QCheckBox(codes::label(criteria.at(i)), criteriaBox);
        box->setProperty("criterion", static_cast<int>(criteria.at(i)));
        box->setChecked(breach.criteria.contains(criteria.at(i)));
        criteriaGrid->addWidget(box, i / 2, i % 2);
        m_criteria << box;
    }

    auto *apBox = new QGroupBox(tr("Notify the AP (art. 33 GDPR)"), this);
    m_apYes = new QRadioButton(tr("&Yes"), apBox);
    m_apNo = new QRadioButton(tr("N&o"), apBox);
    m_apReason = new QLineEdit(apBox);
    m_apReason->setAccessibleName(tr("Why (notify the AP)"));
    m_apReason->setPlaceholderText(tr("Why: required when it differs from what the risk gives"));
    auto *apLayout = new QHBoxLayout(apBox);
    apLayout->addWidget(m_apYes);
    apLayout->addWidget(m_apNo);
    apLayout->addWidget(m_apReason, 1);
    auto *subjectsBox = new QGroupBox(tr("Inform the people concerned (art. 34 GDPR)"), this);
    m_subjectsYes = new QRadioButton(tr("Y&es, inform them"), subjectsBox);
    m_subjectsNo = new QRadioButton(tr("No, &do not inform them"), subjectsBox);
    m_subjectsReason = new QLineEdit(subjectsBox);
    m_subjectsReason->setAccessibleName(tr("Why (inform the people concerned)"));
    m_subjectsReason->setPlaceholderText(m_apReason->placeholderText());
    auto *subjectsLayout = new QHBoxLayout(subjectsBox);
    subjectsLayout->addWidget(m_subjectsYes);
    subjectsLayout->addWidget(m_subjectsNo);
    subjectsLayout->addWidget(m_subjectsReason, 1);
    auto *apGroup = new QButtonGroup(this);
    apGroup->addButton(m_apYes);
    apGroup->addButton(m_apNo);
    auto *subjectsGroup = new QButtonGroup(this);
    subjectsGroup->addButton(m_subjectsYes);
    subjectsGroup->addButton(m_subjectsNo);

    showAssessment(breach);
    // Choosing a risk proposes its decisions; the user may record otherwise with a reason.
    for (QRadioButton *button : std::as_const(m_risks)) {
        connect(button, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                setDecisions(Breach::defaultApDecision(risk()),
                             Breach::defaultSubjectsDecision(risk()));
        });
    }

    auto *riskBox = new QGroupBox(tr("Risk for the people concerned"), this);
    auto *riskLayout = new QVBoxLayout(riskBox);
    for (QRadioButton *button : std::as_const(m_risks))
        riskLayout->addWidget(button);
    m_at = momentEdit(this);
    m_at->setObjectName(QStringLiteral("breachAssessedAt"));
    setMoment(m_at, session.clock().now());
    auto *form = new QFormLayout;
    form->addRow(tr("Reasonin&g:"), m_reasoning);
    //: Dutch: "&Beoordeeld en besloten op:"
    addMomentRow(form, tr("Assessed and decided &at:"), m_at, this);
    auto *layout = new QVBoxLayout;
    layout->addWidget(hint(tr("%1 — %2").arg(breach.number, breach.title), this));
    layout->addWidget(riskBox);
    layout->addLayout(form);
    layout->addWidget(criteriaBox);
    layout->addWidget(apBox);
    layout->addWidget(subjectsBox);
    setMinimumWidth(720);

    QList<QWidget *> watched { m_reasoning,   m_apYes,      m_apNo,           m_apReason,
                               m_subjectsYes, m_subjectsNo, m_subjectsReason, m_at };
    for (QRadioButton *button : std::as_const(m_risks))
        watched << button;
    for (QCheckBox *box : std::as_const(m_criteria))
        watched << box;
    watch(watched);
    finish(layout);
}

// The three risks, each saying what it leads to.
void BreachAssessDialog::createRiskButtons()
{
    auto *risks = new QButtonGroup(this);
    for (BreachRisk risk : codes::all<BreachRisk>()) {
        QString label;
        switch (risk) {
        case BreachRisk::Geen:
            label = tr("&No risk: not notified, kept in the register");
            break;
        case BreachRisk::Risico:
            label = tr("&Risk: notify the AP");
            break;
        case BreachRisk::HoogRisico:
            label = tr("&High risk: notify the AP and inform the people concerned");
            break;
        }
        auto *button = new QRadioButton(label, this);
        button->setProperty("risk", static_cast<int>(risk));
        risks->addButton(button);
        m_risks << button;
    }
}

// The risk (a proposal of 'risk' when none was recorded), and the reasoning and decisions
// recorded before.
void BreachAssessDialog::showAssessment(const Breach &breach)
{
    setRisk(breach.risk.value_or(BreachRisk::Risico));
    if (breach.risk) {
        m_reasoning->setPlainText(breach.reasoning);
        if (breach.apDecision.recorded) {
            m_apYes->setChecked(breach.apDecision.yes);
            m_apNo->setChecked(!breach.apDecision.yes);
            m_apReason->setText(breach.apDecision.reason);
        }
        if (breach.subjectsDecision.recorded) {
            m_subjectsYes->setChecked(breach.subjectsDecision.yes);
            m_subjectsNo->setChecked(!breach.subjectsDecision.yes);
            m_subjectsReason->setText(breach.subjectsDecision.reason);
        }
    }
}

void BreachAssessDialog::setRisk(BreachRisk risk)
{
    for (QRadioButton *button : std::as_const(m_risks)) {
        if (static_cast<BreachRisk>(button->property("risk").toInt()) == risk)
            button->setChecked(true);
    }
    setDecisions(Breach::defaultApDecision(risk), Breach::defaultSubjectsDecision(risk));
}

BreachRisk BreachAssessDialog::risk() const
{
    for (QRadioButton *button : m_risks) {
        if (button->isChecked())
            return static_cast<BreachRisk>(button->property("risk").toInt());
    }
    return BreachRisk::Risico;
}

bool BreachAssessDialog::apDecision() const
{
    return m_apYes->isChecked();
}

bool BreachAssessDialog::subjectsDecision() const
{
    return m_subjectsYes->isChecked();
}

void BreachAssessDialog::setDecisions(bool notifyAp, bool informSubjects)
{
    (notifyAp ? m_apYes : m_apNo)->setChecked(true);
    (informSubjects ? m_subjectsYes : m_subjectsNo)->setChecked(true);
}

void BreachAssessDialog::updateState()
{
    // A reason is asked for where the decision differs from what the risk gives.
    const bool apDiffers = apDecision() != Breach::defaultApDecision(risk());
    const bool subjectsDiffers = subjectsDecision() != Breach::defaultSubjectsDecision(risk());
    m_apReason->setEnabled(apDiffers || !m_apReason->text().isEmpty());
    m_subjectsReason->setEnabled(subjectsDiffers || !m_subjectsReason->text().isEmpty());
}

QString BreachAssessDialog::check() const
{
    if (text(m_reasoning).isEmpty())
        return tr("Write down the reasoning behind the risk.");
    if (const QDateTime at = momentOf(m_at); !at.isValid())
        //: Dutch: "Vul in wanneer het risico is beoordeeld en besloten."
        return tr("Enter when the risk was assessed and decided.");
    else if (const QString why
             = BreachService::decisionMomentRefusal(m_breach, at, m_session.clock().now());
             !why.isEmpty())
        return why;
    if (apDecision() != Breach::defaultApDecision(risk()) && m_apReason->text().trimmed().isEmpty())
        return tr("Give the reason for deciding otherwise about notifying the AP.");
    if (subjectsDecision() != Breach::defaultSubjectsDecision(risk())
        && m_subjectsReason->text().trimmed().isEmpty())
        return tr("Give the reason for deciding otherwise about informing the people concerned.");
    return {};
}

QList<QPair<QString, QString>> BreachAssessDialog::freeTexts() const
{
    return { { tr("Reasoning"), m_reasoning->toPlainText() },
             { tr("Why (notify the AP)"), m_apReason->text() },
             { tr("Why (inform the people concerned)"), m_subjectsReason->text() } };
}

bool BreachAssessDialog::save(BsnCheck bsnCheck, ServiceError *error)
{
    BreachAssessment assessment;
    assessment.risk = risk();
    assessment.reasoning = text(m_reasoning);
    for (QCheckBox *box : std::as_const(m_criteria)) {
        if (box->isChecked())
            assessment.criteria << static_cast<BreachCriterion>(box->property("criterion").toInt());
    }
    const QDateTime at = momentOf(m_at);
    BreachService service(m_session);
    if (!service.assess(m_breach.number, assessment, bsnCheck, error, at))
        return false;
    // The assessment set the risk's own decisions; record otherwise only where the user did,
    // or gave a reason for the default.
    const QString apReason = m_apReason->text().trimmed();
    if ((apDecision() != Breach::defaultApDecision(assessment.risk) || !apReason.isEmpty())
        && !service.recordApDecision(m_breach.number, apDecision(), apReason, bsnCheck, error, at))
        return false;
    const QString subjectsReason = m_subjectsReason->text().trimmed();
    if ((subjectsDecision() != Breach::defaultSubjectsDecision(assessment.risk)
         || !subjectsReason.isEmpty())
        && !service.recordSubjectsDecision(m_breach.number, subjectsDecision(), subjectsReason,
                                           bsnCheck, error, at))
        return false;
    return true;
}

// ---------------------------------------------------------------------------------------------

BreachApNotificationDialog::BreachApNotificationDialog(const Session &session, const Breach &breach,
                                                       QWidget *parent)
    : BreachFormDialog(session, parent)
    , m_breach(breach)
{
    setObjectName(QStringLiteral("breachApDialog"));
    setWindowTitle(tr("Notification to the AP — %1").arg(breach.number));
    m_at = momentEdit(this);
    m_at->setObjectName(QStringLiteral("breachApAt"));
    setMoment(m_at, breach.apNotifiedAt.isValid() ? breach.apNotifiedAt : m_session.clock().now());
    m_reference = named<QLineEdit>(QStringLiteral("breachApReference"), breach.apReference, this);
    m_reference->setPlaceholderText(tr("The number the AP's form gave"));
    m_lateNote = new QLabel(this);
    m_lateNote->setWordWrap(true);
    m_lateNote->setStyleSheet(QStringLiteral("color: #8a1f11; font-weight: bold;"));
    m_lateReason = textEdit(this, 4);
    m_lateReason->setObjectName(QStringLiteral("breachLateReason"));
    m_lateReason->setPlainText(breach.apLateReason);

    auto *form = new QFormLayout;
    form->addRow(tr("Deadline:"),
                 new QLabel(breach.clockFromProcessor()
                                //: Dutch: "%1 (72 uur na de melding van de verwerker op %2,
                                //: artikel 33 lid 2 AVG)"
                                ? tr("%1 (72 hours after the processor's report on %2, art. "
                                     "33(2) GDPR)")
                                      .arg(BreachListModel::momentText(breach.apDeadline()),
                                           BreachListModel::momentText(breach.clockStart()))
                                : tr("%1 (72 hours after the discovery on %2)")
                                      .arg(BreachListModel::momentText(breach.apDeadline()),
                                           BreachListModel::momentText(breach.discoveredAt)),
                            this));
    addMomentRow(form, tr("&Notified at:"), m_at, this);
    form->addRow(tr("AP &reference (meldnummer):"), m_reference);
    form->addRow(QString(), m_lateNote);
    form->addRow(tr("Reasons for the &delay:"), m_lateReason);
    setMinimumWidth(640);
    watch({ m_at, m_reference, m_lateReason });
    finish(form);
}

void BreachApNotificationDialog::setNotifiedAt(const QDateTime &utc)
{
    setMoment(m_at, utc);
}

bool BreachApNotificationDialog::isLate() const
{
    const QDateTime at = momentOf(m_at);
    return at.isValid() && m_breach.apDeadline().isValid() && at > m_breach.apDeadline();
}

void BreachApNotificationDialog::updateState()
{
    const QDateTime at = momentOf(m_at);
    if (isLate()) {
        //: Dutch: "Te laat: %1 na de termijn. Geef de redenen voor de vertraging (art. 33
        //: lid 1 AVG)."
        m_lateNote->setText(tr("Late: %1 after the deadline. Give the reasons for the delay "
                               "(art. 33(1) GDPR).")
                                .arg(BreachCodes::delayText(m_breach.apDeadline().secsTo(at))));
        m_lateNote->show();
    } else {
        m_lateNote->hide();
    }
    m_lateReason->setEnabled(isLate() || !m_lateReason->toPlainText().isEmpty());
}

QString BreachApNotificationDialog::check() const
{
    const QDateTime at = momentOf(m_at);
    if (!at.isValid())
        return tr("That moment does not exist in Dutch time (the hour skipped when summer time "
                  "starts).");
    if (at > m_session.clock().now())
        return tr("The notification cannot lie in the future.");
    if (const QDateTime first = m_breach.firstKnown(); first.isValid() && at < first)
        //: Dutch: "De melding kan niet liggen vóór het eerste moment dat wij van het datalek
        //: wisten."
        return tr("The notification cannot lie before the first moment we knew of the breach.");
    if (m_reference->text().trimmed().isEmpty())
        return tr("Enter the AP's reference (meldnummer).");
    if (isLate() && text(m_lateReason).isEmpty())
        return tr("The notification is late: give the reasons for the delay.");
    return {};
}

QList<QPair<QString, QString>> BreachApNotificationDialog::freeTexts() const
{
    return { { tr("AP reference"), m_reference->text() },
             { tr("Reasons for the delay"), m_lateReason->toPlainText() } };
}

bool BreachApNotificationDialog::save(BsnCheck bsnCheck, ServiceError *error)
{
    return BreachService(m_session).notifyAp(
        m_breach.number, momentOf(m_at), m_reference->text().trimmed(),
        isLate() ? text(m_lateReason) : QString(), bsnCheck, error);
}

// ---------------------------------------------------------------------------------------------

BreachFollowUpDialog::BreachFollowUpDialog(const Session &session, const Breach &breach,
                                           QWidget *parent)
    : BreachFormDialog(session, parent)
    , m_breach(breach)
{
    setObjectName(QStringLiteral("breachFollowUpDialog"));
    setWindowTitle(tr("Follow-up notification — %1").arg(breach.number));
    m_complete = new QRadioButton(tr("&Supplement or correct the notification"), this);
    m_withdraw = new QRadioButton(tr("&Withdraw the notification"), this);
    m_complete->setChecked(true);
    m_at = momentEdit(this);
    setMoment(m_at, m_session.clock().now());
    m_reference = new QLineEdit(breach.apReference, this);
    m_text = textEdit(this, 5);
    auto *form = new QFormLayout;
    form->addRow(choiceBox(tr("Kind"), { m_complete, m_withdraw }, this));
    addMomentRow(form, tr("&At:"), m_at, this);
    form->addRow(tr("AP &reference (meldnummer):"), m_reference);
    form->addRow(tr("&Text (what was added, or why withdrawn):"), m_text);
    setMinimumWidth(600);
    watch({ m_complete, m_withdraw, m_at, m_reference, m_text });
    finish(form);
}

QString BreachFollowUpDialog::check() const
{
    const QDateTime at = momentOf(m_at);
    if (!at.isValid())
        return tr("That moment does not exist in Dutch time (the hour skipped when summer time "
                  "starts).");
    if (at > m_session.clock().now())
        return tr("The follow-up cannot lie in the future.");
    if (m_reference->text().trimmed().isEmpty())
        return tr("Enter the AP's reference (meldnummer).");
    if (text(m_text).isEmpty())
        return tr("Say what was added, or why the notification is withdrawn.");
    return {};
}

QList<QPair<QString, QString>> BreachFollowUpDialog::freeTexts() const
{
    return { { tr("AP reference"), m_reference->text() }, { tr("Text"), m_text->toPlainText() } };
}

bool BreachFollowUpDialog::save(BsnCheck bsnCheck, ServiceError *error)
{
    BreachFollowUp followUp;
    followUp.kind
        = m_withdraw->isChecked() ? BreachFollowUpKind::Intrekken : BreachFollowUpKind::Aanvullen;
    followUp.at = momentOf(m_at);
    followUp.reference = m_reference->text().trimmed();
    followUp.text = text(m_text);
    return BreachService(m_session).addFollowUp(m_breach.number, followUp, bsnCheck, error);
}

// ---------------------------------------------------------------------------------------------

BreachSubjectsDialog::BreachSubjectsDialog(const Session &session, const Breach &breach,
                                           QWidget *parent)
    : BreachFormDialog(session, parent)
    , m_breach(breach)
{
    setObjectName(QStringLiteral("breachSubjectsDialog"));
    setWindowTitle(tr("Informing the people concerned — %1").arg(breach.number));
    m_individual = new QRadioButton(tr("&Each person concerned was informed"), this);
    m_public = new QRadioButton(
        tr("A &public notice: informing each person would take disproportionate effort"), this);
    auto *kindBox = choiceBox(tr("How"), { m_individual, m_public }, this);
    (breach.publicNotice ? m_public : m_individual)->setChecked(true);
    m_on = new QDateEdit(breach.subjectsNotifiedOn.isValid() ? breach.subjectsNotifiedOn
                                                             : m_session.clock().today(),
                         this);
    m_on->setCalendarPopup(true);
    m_on->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_how = new QLineEdit(breach.subjectsHow, this);
    m_how->setPlaceholderText(tr("e.g. a letter to every tenant of the complex, an e-mail"));
    m_count = new QSpinBox(this);
    m_count->setRange(0, 10'000'000);
    m_count->setSpecialValueText(tr("unknown"));
    m_count->setValue(breach.subjectsCount.value_or(breach.persons.value_or(0)));
    m_reason = textEdit(this, 3);
    m_reason->setPlainText(breach.publicNoticeReason);
    auto *form = new QFormLayout;
    form->addRow(kindBox);
    form->addRow(tr("&On:"), m_on);
    form->addRow(tr("By what &means:"), m_how);
    form->addRow(tr("&Number informed:"), m_count);
    form->addRow(tr("&Reason for the public notice:"), m_reason);
    setMinimumWidth(620);
    watch({ m_individual, m_public, m_on, m_how, m_count, m_reason });
    connect(m_on, &QDateEdit::dateChanged, this, [this] { validate(); });
    finish(form);
}

void BreachSubjectsDialog::updateState()
{
    m_reason->setEnabled(m_public->isChecked());
    m_count->setEnabled(m_individual->isChecked());
}

BreachSubjectsNotice BreachSubjectsDialog::notice() const
{
    BreachSubjectsNotice n;
    n.on = m_on->date();
    n.how = m_how->text().trimmed();
    n.publicNotice = m_public->isChecked();
    if (n.publicNotice)
        n.publicNoticeReason = text(m_reason);
    else if (m_count->value() > 0)
        n.count = m_count->value();
    return n;
}

QString BreachSubjectsDialog::check() const
{
    const BreachSubjectsNotice n = notice();
    if (n.on > m_session.clock().today())
        return tr("The date cannot lie in the future.");
    if (n.how.isEmpty())
        return tr("Say by what means the people were informed.");
    if (n.publicNotice && n.publicNoticeReason.isEmpty())
        return tr("Give the reason for a public notice instead of informing each person.");
    return {};
}

QList<QPair<QString, QString>> BreachSubjectsDialog::freeTexts() const
{
    return { { tr("By what means"), m_how->text() },
             { tr("Reason for the public notice"),
               m_public->isChecked() ? m_reason->toPlainText() : QString() } };
}

bool BreachSubjectsDialog::save(BsnCheck bsnCheck, ServiceError *error)
{
    return BreachService(m_session).notifySubjects(m_breach.number, notice(), bsnCheck, error);
}

} // namespace pd::ui
