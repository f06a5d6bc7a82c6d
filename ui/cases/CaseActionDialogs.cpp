#include "cases/CaseActionDialogs.h"

#include "MessageLabel.h"
#include "cases/CaseService.h"
#include "cases/EventText.h"
#include "domain/BsnGuard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QString bindingText(Binding binding)
{
    return binding == Binding::Legal ? CaseActionDialog::tr("legal deadline")
                                     : CaseActionDialog::tr("own deadline");
}

} // namespace

// --- BsnGuardedTextEdit ---

BsnGuardedTextEdit::BsnGuardedTextEdit(const QString &fieldLabel, QWidget *parent)
    : QWidget(parent)
    , m_fieldLabel(fieldLabel)
    , m_edit(new QPlainTextEdit(this))
    , m_warning(new MessageLabel(this))
    , m_override(new QCheckBox(tr("This is not a BSN (the confirmation is recorded)"), this))
{
    m_edit->setObjectName(QStringLiteral("text"));
    m_warning->setObjectName(QStringLiteral("bsnWarning"));
    m_override->setObjectName(QStringLiteral("bsnOverride"));
    m_edit->setTabChangesFocus(true);
    m_edit->setAccessibleName(fieldLabel);
    m_edit->setMinimumHeight(m_edit->fontMetrics().lineSpacing() * 4 + 12);
    m_override->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_warning);
    layout->addWidget(m_override);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &BsnGuardedTextEdit::check);
    connect(m_override, &QCheckBox::toggled, this, &BsnGuardedTextEdit::changed);
}

QString BsnGuardedTextEdit::text() const
{
    return m_edit->toPlainText();
}

void BsnGuardedTextEdit::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

bool BsnGuardedTextEdit::overrideConfirmed() const
{
    return m_hasFindings && m_override->isChecked();
}

QString BsnGuardedTextEdit::blockingReason() const
{
    if (!m_hasFindings || m_override->isChecked())
        return {};
    return tr("Remove the number, or confirm that it is not a BSN.");
}

void BsnGuardedTextEdit::check()
{
    const BsnGuard::GuardResult result = BsnGuard::check(text(), m_fieldLabel, false);
    const bool had = m_hasFindings;
    m_hasFindings = !result.findings.isEmpty();
    m_warning->setMessage(result.message);
    m_override->setVisible(m_hasFindings);
    if (had && !m_hasFindings)
        m_override->setChecked(false);
    Q_EMIT changed();
}

// --- CaseActionDialog ---

CaseActionDialog::CaseActionDialog(CaseService &service, const Case &c, QDate today,
                                   QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_case(c)
    , m_today(today)
    , m_form(new QVBoxLayout)
    , m_reason(new MessageLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_ok(m_buttons->button(QDialogButtonBox::Ok))
{
    m_reason->setObjectName(QStringLiteral("invalidReason"));
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    auto *intro = new QLabel(tr("%1 — %2").arg(c.number, c.person.name), this);
    intro->setObjectName(QStringLiteral("caseIntro"));
    QFont bold = intro->font();
    bold.setBold(true);
    intro->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CaseActionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CaseActionDialog::reject);
    setMinimumWidth(520);
}

QString CaseActionDialog::invalidReason() const
{
    return validate();
}

void CaseActionDialog::revalidate()
{
    const QString reason = validate();
    m_reason->setMessage(reason);
    m_ok->setEnabled(reason.isEmpty());
}

void CaseActionDialog::accept()
{
    revalidate();
    if (!m_ok->isEnabled())
        return;
    QString message;
    if (!apply(&message)) {
        m_reason->setMessage(message);
        return;
    }
    QDialog::accept();
}

QDateEdit *CaseActionDialog::makeDateEdit(QDate value)
{
    auto *edit = new QDateEdit(value, this);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    edit->setMinimumDate(QDate(2000, 1, 1));
    connect(edit, &QDateEdit::dateChanged, this, &CaseActionDialog::revalidate);
    return edit;
}

// --- RequestIdentificationDialog ---

RequestIdentificationDialog::RequestIdentificationDialog(CaseService &service, const Case &c,
                                                         QDate today, QWidget *parent)
    : CaseActionDialog(service, c, today, parent)
    , m_date(makeDateEdit(today))
{
    setWindowTitle(tr("Request identification"));
    m_date->setObjectName(QStringLiteral("requestedDate"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Requested on:"), m_date);
    formLayout()->addLayout(form);
    formLayout()->addWidget(wrappedLabel(
        tr("Ask the data subject to identify themselves without undue delay: the deadline is "
           "paused only when the request goes out within the days the policy allows."),
        this));
    revalidate();
}

QString RequestIdentificationDialog::validate() const
{
    return CaseWorkflow::checkRequestIdentification(m_case, m_date->date(), m_today);
}

bool RequestIdentificationDialog::apply(QString *message)
{
    ServiceError error;
    if (m_service.requestIdentification(m_case.number, m_date->date(), &error))
        return true;
    *message = error.message;
    return false;
}

// --- ReceiveIdentificationDialog ---

ReceiveIdentificationDialog::ReceiveIdentificationDialog(CaseService &service, const Case &c,
                                                         QDate today, QWidget *parent)
    : CaseActionDialog(service, c, today, parent)
    , m_date(makeDateEdit(today))
    , m_method(new QComboBox(this))
    , m_succeeded(new QRadioButton(tr("&Succeeded"), this))
    , m_failed(new QRadioButton(tr("&Failed"), this))
    , m_failedNote(wrappedLabel(tr("After a failed identification the request waits for a new "
                                   "one, or is declared inadmissible."),
                                this))
{
    setWindowTitle(tr("Identification received"));
    m_date->setObjectName(QStringLiteral("receivedDate"));
    m_method->setObjectName(QStringLiteral("method"));
    m_succeeded->setObjectName(QStringLiteral("succeeded"));
    m_failed->setObjectName(QStringLiteral("failed"));
    for (IdMethod method : Codes::idMethods())
        m_method->addItem(Codes::label(method), static_cast<int>(method));
    IdMethod preset = IdMethod::Klantgegevens;
    switch (c.channel) {
    case Channel::Balie:
        preset = IdMethod::Balie;
        break;
    case Channel::Webformulier:
        preset = IdMethod::Portaal;
        break;
    case Channel::Gemachtigde:
        preset = IdMethod::Gemachtigde;
        break;
    case Channel::Brief:
    case Channel::Email:
    case Channel::Ap:
    case Channel::Telefoon:
        break;
    }
    m_method->setCurrentIndex(m_method->findData(static_cast<int>(preset)));
    m_succeeded->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_succeeded);
    group->addButton(m_failed);
    auto *result = new QHBoxLayout;
    result->addWidget(m_succeeded);
    result->addWidget(m_failed);
    result->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Received on:"), m_date);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("Result:"), result);
    formLayout()->addLayout(form);
    formLayout()->addWidget(m_failedNote);
    formLayout()->addWidget(wrappedLabel(
        tr("Record how identity was checked, never the document, its number or the BSN."), this));
    m_failedNote->hide();
    connect(m_failed, &QRadioButton::toggled, this,
            [this](bool failed) { m_failedNote->setVisible(failed); });
    revalidate();
}

QString ReceiveIdentificationDialog::validate() const
{
    return CaseWorkflow::checkReceiveIdentification(m_case, m_date->date(), m_today);
}

bool ReceiveIdentificationDialog::apply(QString *message)
{
    ServiceError error;
    const auto method = static_cast<IdMethod>(m_method->currentData().toInt());
    if (m_service.receiveIdentification(m_case.number, m_date->date(), method,
                                        m_succeeded->isChecked(), &error))
        return true;
    *message = error.message;
    return false;
}

// --- ExtendDialog ---

ExtendDialog::ExtendDialog(CaseService &service, const Case &c, QDate today, QWidget *parent)
    : CaseActionDialog(service, c, today, parent)
    , m_reason(new BsnGuardedTextEdit(tr("Reason for the extension"), this))
    , m_notified(makeDateEdit(today))
    , m_preview(wrappedLabel(QString(), this))
    , m_policy(service.policy())
{
    setWindowTitle(tr("Extend the deadline"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_notified->setObjectName(QStringLiteral("notifiedDate"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_legal = deadlinesFor(c, m_policy).all.legal;
    auto *reasonLabel = new QLabel(tr("&Reasons (as told to the data subject):"), this);
    reasonLabel->setBuddy(m_reason->editor());
    formLayout()->addWidget(reasonLabel);
    formLayout()->addWidget(m_reason);
    auto *form = new QFormLayout;
    form->addRow(tr("Data subject &told on:"), m_notified);
    formLayout()->addLayout(form);
    formLayout()->addWidget(wrappedLabel(
        tr("The law allows one extension of at most two months, when the request is complex "
           "or there are many requests. The data subject must be told within the first month "
           "(by %1 at the latest), with the reasons.")
            .arg(EventText::date(m_legal)),
        this));
    formLayout()->addWidget(m_preview);
    connect(m_reason, &BsnGuardedTextEdit::changed, this, &ExtendDialog::revalidate);
    connect(m_notified, &QDateEdit::dateChanged, this, &ExtendDialog::updatePreview);
    updatePreview();
    revalidate();
}

void ExtendDialog::updatePreview()
{
    Case extended = m_case;
    extended.extended = true;
    extended.extensionNotified = m_notified->date();
    const CaseDeadlines after = deadlinesFor(extended, m_policy);
    if (after.extensionLegallyLate) {
        m_preview->clear();
        return;
    }
    m_preview->setText(tr("New deadline after the extension: %1 (%2).")
                           .arg(EventText::date(after.current), bindingText(after.currentBinding)));
}

QString ExtendDialog::validate() const
{
    const QDate notified = m_notified->date();
    if (notified.isValid() && m_legal.isValid() && notified > m_legal)
        return tr("The data subject must be told about the extension within the first month (by "
                  "%1 at the latest); a later notice does not extend the legal deadline.")
            .arg(EventText::date(m_legal));
    if (QString problem = CaseWorkflow::checkExtend(m_case, m_reason->text(), notified, m_today);
        !problem.isEmpty())
        return problem;
    return m_reason->blockingReason();
}

bool ExtendDialog::apply(QString *message)
{
    ServiceError error;
    if (m_service.extend(m_case.number, m_reason->text(), m_notified->date(),
                         m_reason->overrideConfirmed(), &error))
        return true;
    *message = error.message;
    return false;
}

// --- CompleteDialog ---

CompleteDialog::CompleteDialog(CaseService &service, const Case &c, QDate today, QWidget *parent)
    : CaseActionDialog(service, c, today, parent)
    , m_outcome(new QComboBox(this))
    , m_groundsBox(new QGroupBox(tr("Grounds for the refusal"), this))
    , m_answered(makeDateEdit(today))
    , m_channel(new QComboBox(this))
    , m_reminder(wrappedLabel(tr("A refusal letter names the right to complain to the Autoriteit "
                                 "Persoonsgegevens and to go to court within six weeks (art. 35 "
                                 "UAVG)."),
                              this))
{
    setWindowTitle(tr("Complete the request"));
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_groundsBox->setObjectName(QStringLiteral("grounds"));
    m_answered->setObjectName(QStringLiteral("answeredDate"));
    m_channel->setObjectName(QStringLiteral("answerChannel"));
    m_reminder->setObjectName(QStringLiteral("refusalReminder"));
    for (Outcome outcome : Codes::outcomes())
        m_outcome->addItem(Codes::label(outcome), static_cast<int>(outcome));
    if (c.identification.succeeded == std::optional<bool>(false))
        m_outcome->setCurrentIndex(
            m_outcome->findData(static_cast<int>(Outcome::NietOntvankelijk)));
    auto *groundsLayout = new QVBoxLayout(m_groundsBox);
    for (RefusalGround ground : Codes::refusalGrounds()) {
        auto *box = new QCheckBox(Codes::label(ground), m_groundsBox);
        box->setObjectName(QStringLiteral("ground-") + Codes::code(ground));
        groundsLayout->addWidget(box);
        m_grounds.append({ ground, box });
        connect(box, &QCheckBox::toggled, this, &CompleteDialog::revalidate);
    }
    m_channel->setEditable(true);
    for (Channel channel : { Channel::Brief, Channel::Email, Channel::Webformulier, Channel::Balie,
                             Channel::Telefoon })
        m_channel->addItem(Codes::label(channel));
    const int preset = m_channel->findText(Codes::label(c.channel));
    m_channel->setCurrentIndex(preset >= 0 ? preset : 0);

    auto *form = new QFormLayout;
    form->addRow(tr("&Outcome:"), m_outcome);
    formLayout()->addLayout(form);
    formLayout()->addWidget(m_groundsBox);
    auto *answer = new QFormLayout;
    answer->addRow(tr("&Answer sent on:"), m_answered);
    answer->addRow(tr("Answer sent &by:"), m_channel);
    formLayout()->addLayout(answer);
    formLayout()->addWidget(m_reminder);
    QPalette palette = m_reminder->palette();
    palette.setColor(QPalette::WindowText, QColor(0x6b, 0x4a, 0x00));
    m_reminder->setPalette(palette);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &CompleteDialog::updateGrounds);
    connect(m_channel, &QComboBox::currentTextChanged, this, &CompleteDialog::revalidate);
    updateGrounds();
}

QCheckBox *CompleteDialog::groundBox(RefusalGround ground) const
{
    for (const auto &[value, box] : m_grounds) {
        if (value == ground)
            return box;
    }
    return nullptr;
}

Outcome CompleteDialog::outcome() const
{
    return static_cast<Outcome>(m_outcome->currentData().toInt());
}

QList<RefusalGround> CompleteDialog::grounds() const
{
    QList<RefusalGround> result;
    if (!CaseWorkflow::needsGrounds(outcome()))
        return result;
    for (const auto &[ground, box] : m_grounds) {
        if (box->isChecked())
            result << ground;
    }
    return result;
}

void CompleteDialog::updateGrounds()
{
    const bool refusal = CaseWorkflow::needsGrounds(outcome());
    m_groundsBox->setEnabled(refusal);
    m_reminder->setVisible(refusal);
    revalidate();
}

QString CompleteDialog::validate() const
{
    if (QString problem
        = CaseWorkflow::checkComplete(m_case, outcome(), grounds(), m_answered->date(), m_today);
        !problem.isEmpty())
        return problem;
    if (!findBsnNumbers(m_channel->currentText()).isEmpty())
        return BsnGuard::refusalMessage(findBsnNumbers(m_channel->currentText()),
                                        tr("Answer channel"));
    return {};
}

bool CompleteDialog::apply(QString *message)
{
    ServiceError error;
    if (m_service.complete(m_case.number, outcome(), grounds(), m_answered->date(),
                           m_channel->currentText(), &error))
        return true;
    *message = error.message;
    return false;
}

// --- NoteDialog ---

NoteDialog::NoteDialog(CaseService &service, const Case &c, QDate today, QWidget *parent)
    : CaseActionDialog(service, c, today, parent)
    , m_note(new BsnGuardedTextEdit(tr("Note"), this))
{
    setWindowTitle(tr("Add a note"));
    m_note->setObjectName(QStringLiteral("note"));
    auto *label = new QLabel(tr("&Note:"), this);
    label->setBuddy(m_note->editor());
    formLayout()->addWidget(label);
    formLayout()->addWidget(m_note);
    formLayout()->addWidget(wrappedLabel(
        tr("Notes are part of the audit trail and cannot be changed afterwards. Never write "
           "down a citizen service number (BSN)."),
        this));
    connect(m_note, &BsnGuardedTextEdit::changed, this, &NoteDialog::revalidate);
    revalidate();
}

QString NoteDialog::validate() const
{
    if (QString problem = CaseWorkflow::checkNote(m_case, m_note->text()); !problem.isEmpty())
        return problem;
    return m_note->blockingReason();
}

bool NoteDialog::apply(QString *message)
{
    ServiceError error;
    if (m_service.addNote(m_case.number, m_note->text(), m_note->overrideConfirmed(), &error))
        return true;
    *message = error.message;
    return false;
}

// --- ReopenDialog ---

ReopenDialog::ReopenDialog(CaseService &service, const Case &c, QDate today, QWidget *parent)
    : CaseActionDialog(service, c, today, parent)
    , m_reason(new BsnGuardedTextEdit(tr("Reason for reopening"), this))
{
    setWindowTitle(tr("Reopen the request"));
    m_reason->setObjectName(QStringLiteral("reason"));
    okButton()->setText(tr("&Reopen"));
    const QString outcome = c.outcome ? Codes::label(*c.outcome) : QStringLiteral("—");
    formLayout()->addWidget(wrappedLabel(
        tr("Reopening removes the outcome (%1), the grounds and the answer date from this "
           "request; the audit trail keeps them. The deadline runs again from the dates already "
           "recorded.")
            .arg(outcome),
        this));
    auto *label = new QLabel(tr("&Why is the request reopened?"), this);
    label->setBuddy(m_reason->editor());
    formLayout()->addWidget(label);
    formLayout()->addWidget(m_reason);
    connect(m_reason, &BsnGuardedTextEdit::changed, this, &ReopenDialog::revalidate);
    revalidate();
}

QString ReopenDialog::validate() const
{
    if (QString problem = CaseWorkflow::checkReopen(m_case, m_reason->text()); !problem.isEmpty())
        return problem;
    return m_reason->blockingReason();
}

bool ReopenDialog::apply(QString *message)
{
    ServiceError error;
    if (m_service.reopen(m_case.number, m_reason->text(), m_reason->overrideConfirmed(), &error))
        return true;
    *message = error.message;
    return false;
}

} // namespace pd::ui
