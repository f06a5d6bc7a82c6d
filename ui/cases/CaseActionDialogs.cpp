#include "cases/CaseActionDialogs.h"

#include "DialogFocus.h"
#include "FormFields.h"
#include "HelpWindow.h"
#include "MessageLabel.h"
#include "Named.h"
#include "TextEmphasis.h"
#include "WindowSize.h"
#include "cases/CaseService.h"
#include "cases/Grounds.h"
#include "documents/EventText.h"
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
    , m_edit(named<QPlainTextEdit>(QStringLiteral("text"), this))
    , m_warning(named<MessageLabel>(QStringLiteral("bsnWarning"), this))
    , m_override(named<QCheckBox>(QStringLiteral("bsnOverride"),
                                  tr("This is not a BSN (the confirmation is recorded)"), this))
{
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
    const BsnGuard::GuardResult result = BsnGuard::check(text(), m_fieldLabel, BsnCheck::Refuse);
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
    , m_reason(named<MessageLabel>(QStringLiteral("invalidReason"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_ok(m_buttons->button(QDialogButtonBox::Ok))
{
    setHelpTopic(this, HelpTopic::CaseDetail); // the actions below name their own section
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    auto *intro = named<QLabel>(QStringLiteral("caseIntro"),
                                tr("%1 — %2").arg(c.number, c.person.name), this);
    emphasise(intro);
    intro->setWordWrap(true); // a long name wraps rather than widening the dialog
    // The form scrolls when it is more than the screen holds: the buttons stay.
    auto *form = named<QWidget>(QStringLiteral("form"), this);
    auto *formFrame = new QVBoxLayout(form);
    formFrame->setContentsMargins(0, 0, 0, 0);
    formFrame->addLayout(m_form);
    formFrame->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(new FormScrollArea(form, this), 1);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CaseActionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CaseActionDialog::reject);
    setMinimumWidth(520);
}

void CaseActionDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_focusPlaced) {
        m_focusPlaced = true;
        focusFirstInput(this);
    }
}

QString CaseActionDialog::invalidReason() const
{
    return validate();
}

void CaseActionDialog::revalidate()
{
    const QString reason = isStale() ? m_conflict : validate();
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
        if (isStale()) {
            m_ok->setEnabled(false);
            m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
            Q_EMIT conflicted(message);
        }
        return;
    }
    QDialog::accept();
}

bool CaseActionDialog::refused(const ServiceError &error, QString *message)
{
    *message = error.message;
    if (error.code == ServiceError::Code::Conflict)
        m_conflict = error.message;
    return false;
}

QLabel *CaseActionDialog::wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QDate CaseActionDialog::deadlineNow() const
{
    ServiceError error;
    const std::optional<Case> now = m_service.find(m_case.number, &error);
    const std::optional<CaseDeadlines> deadlines
        = now ? m_service.deadlines(*now, &error) : std::nullopt;
    if (!deadlines || deadlines->all.suspended || deadlines->all.mandateSuspended)
        return {};
    return deadlines->current;
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
    setHelpTopic(this, HelpTopic::Identification);
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
    if (!m_service.requestIdentification(m_case.number, m_date->date(), &error, m_case.version))
        return refused(error, message);
    //: Dutch: "Identificatie gevraagd op %1. De termijn is opgeschort tot de identificatie binnen
    //: is."
    setConfirmation(tr("Identification requested on %1. The deadline is paused until the "
                       "identification is received.")
                        .arg(EventText::date(m_date->date())));
    return true;
}

// --- ReceiveIdentificationDialog ---

ReceiveIdentificationDialog::ReceiveIdentificationDialog(CaseService &service, const Case &c,
                                                         QDate today, QWidget *parent)
    : CaseActionDialog(service, c, today, parent)
    , m_date(makeDateEdit(today))
    , m_method(named<QComboBox>(QStringLiteral("method"), this))
    , m_succeeded(named<QRadioButton>(QStringLiteral("succeeded"), tr("&Succeeded"), this))
    , m_failed(named<QRadioButton>(QStringLiteral("failed"), tr("&Failed"), this))
    , m_failedNote(wrappedLabel(tr("After a failed identification the request waits for a new "
                                   "one, or is closed as not dealt with: identity not "
                                   "established."),
                                this))
{
    setWindowTitle(tr("Identification received"));
    setHelpTopic(this, HelpTopic::Identification);
    m_date->setObjectName(QStringLiteral("receivedDate"));
    for (IdMethod method : codes::all<IdMethod>())
        m_method->addItem(codes::label(method), static_cast<int>(method));
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
    if (!m_service.receiveIdentification(m_case.number, m_date->date(), method,
                                         m_succeeded->isChecked(), &error, m_case.version))
        return refused(error, message);
    // The desk confirms it, with the deadline that now runs.
    const QString day = EventText::date(m_date->date());
    const QDate deadline = deadlineNow();
    if (!m_succeeded->isChecked())
        //: Dutch: "Mislukte identificatie vastgelegd (%1). Het verzoek wacht op een nieuwe
        //: identificatie, of wordt afgesloten: identiteit niet vastgesteld."
        setConfirmation(tr("Failed identification recorded (%1). The request waits for a new "
                           "identification, or is closed as identity not established.")
                            .arg(day));
    else if (deadline.isValid())
        //: Dutch: "Identificatie vastgelegd: geslaagd op %1. De termijn loopt weer: nieuwe
        //: uiterste datum %2."
        setConfirmation(tr("Identification recorded: succeeded on %1. The deadline runs again: "
                           "new deadline %2.")
                            .arg(day, EventText::date(deadline)));
    else
        //: Dutch: "Identificatie vastgelegd: geslaagd op %1."
        setConfirmation(tr("Identification recorded: succeeded on %1.").arg(day));
    return true;
}

// --- MandateDialog ---

MandateDialog::MandateDialog(CaseService &service, const Case &c, QDate today, Step step,
                             QWidget *parent)
    : CaseActionDialog(service, c, today, parent)
    , m_step(step)
    , m_date(makeDateEdit(today))
{
    const bool requested = step == Step::Requested;
    //: Dutch: "Machtiging gevraagd", "Machtiging ontvangen"
    setWindowTitle(requested ? tr("Mandate requested") : tr("Mandate received"));
    setHelpTopic(this, HelpTopic::Identification);
    m_date->setObjectName(requested ? QStringLiteral("requestedDate")
                                    : QStringLiteral("receivedDate"));
    auto *form = new QFormLayout;
    form->addRow(requested ? tr("&Requested on:") : tr("&Received on:"), m_date);
    formLayout()->addLayout(form);
    formLayout()->addWidget(wrappedLabel(
        requested
            //: Dutch: "Vraag %1 zonder onnodige vertraging om de machtiging (de brief 'Verzoek om
            //: machtiging'): de termijn staat vanaf die dag stil, tot de machtiging binnen is."
            ? tr("Ask %1 for the mandate without undue delay (the letter 'Request for a "
                 "mandate'): the deadline stands still from that day until the mandate arrives.")
                  .arg(c.representative.trimmed())
            //: Dutch: "De machtiging van %1 is binnen: de termijn loopt weer, met de dagen van
            //: het wachten erbij. Daarna gaan de brieven naar de gemachtigde."
            : tr("The mandate of %1 has arrived: the deadline runs again, with the days of the "
                 "wait added. The letters then go to the representative.")
                  .arg(c.representative.trimmed()),
        this));
    revalidate();
}

QString MandateDialog::validate() const
{
    return m_step == Step::Requested
        ? CaseWorkflow::checkRequestMandate(m_case, m_date->date(), m_today)
        : CaseWorkflow::checkReceiveMandate(m_case, m_date->date(), m_today);
}

bool MandateDialog::apply(QString *message)
{
    ServiceError error;
    const bool done = m_step == Step::Requested
        ? m_service.requestMandate(m_case.number, m_date->date(), &error, m_case.version)
        : m_service.receiveMandate(m_case.number, m_date->date(), &error, m_case.version);
    return done || refused(error, message);
}

// --- ExtendDialog ---

ExtendDialog::ExtendDialog(CaseService &service, const Case &c, QDate today, QWidget *parent,
                           const QString &noticeRefusal)
    : CaseActionDialog(service, c, today, parent)
    , m_reason(
          named<BsnGuardedTextEdit>(QStringLiteral("reason"), tr("Reason for the extension"), this))
    , m_notified(makeDateEdit(today))
    , m_preview(wrappedLabel(QString(), this))
{
    ServiceError policyError;
    m_policy = service.policy(&policyError);
    m_policyError = policyError.message;
    m_noticeRefusal = noticeRefusal;
    setWindowTitle(tr("Extend the deadline"));
    setHelpTopic(this, HelpTopic::Extension);
    m_notified->setObjectName(QStringLiteral("notifiedDate"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_legal = m_policy ? deadlinesFor(c, *m_policy).all.legal : QDate();
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
    if (!m_policy) {
        // No new deadline under a policy that is not the store's.
        m_preview->setText(tr("The deadline could not be computed: %1").arg(m_policyError));
        return;
    }
    const CaseDeadlines after = deadlinesFor(extended, *m_policy);
    if (after.extensionLegallyLate) {
        m_preview->clear();
        return;
    }
    // Told after the own deadline, the own deadline is not extended and was
    // not met; the legal one moves, and the notice announces the date it gives.
    if (after.extensionAfterOwnDeadline) {
        //: Dutch: "Let op: de eigen termijn (%1) is al voorbij. De eigen termijn is dan niet
        //: gehaald; dat wordt zo vastgelegd. Het verlengingsbericht noemt als nieuwe uiterste
        //: datum %2."
        m_preview->setText(tr("Note: the own deadline (%1) has already passed. The own deadline "
                              "was then not met; it is recorded so. The extension notice gives "
                              "%2 as the new deadline.")
                               .arg(EventText::date(after.all.policy),
                                    EventText::date(after.all.effectiveExtended)));
        return;
    }
    // A policy without an extension of its own: the law's extension all the same, departing
    // from the own policy.
    if (after.extensionBeyondOwnPolicy) {
        //: Dutch: "Let op: het eigen beleid kent geen verlenging. De eigen termijn (%1) wordt
        //: dan niet gehaald; alleen de wettelijke termijn schuift op, naar %2 (art. 12 lid 3
        //: AVG). Het verlengingsbericht zegt dat, met de redenen, en het dossier legt de
        //: afwijking van het eigen beleid vast."
        m_preview->setText(
            tr("Note: the own policy has no extension. The own deadline (%1) is "
               "then not met; only the legal deadline moves, to %2 (art. 12(3) "
               "GDPR). The extension notice says so, with the reasons, and the "
               "dossier records the departure from the own policy.")
                .arg(EventText::date(after.all.policy), EventText::date(after.all.legalExtended)));
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
    // Never an extension whose notice cannot be made: the law asks for one, with its reasons.
    if (!m_noticeRefusal.isEmpty())
        return m_noticeRefusal;
    return m_reason->blockingReason();
}

bool ExtendDialog::apply(QString *message)
{
    ServiceError error;
    if (m_service.extend(m_case.number, m_reason->text(), m_notified->date(), m_reason->bsnCheck(),
                         &error, m_case.version))
        return true;
    return refused(error, message);
}

// --- NoteDialog ---

NoteDialog::NoteDialog(CaseService &service, const Case &c, QDate today, QWidget *parent)
    : CaseActionDialog(service, c, today, parent)
    , m_note(named<BsnGuardedTextEdit>(QStringLiteral("note"), tr("Note"), this))
    //: Dutch: "Niet aan &klager verstrekken"
    , m_withheld(named<QCheckBox>(QStringLiteral("withheld"),
                                  tr("Not to be given to the &complainant"), this))
{
    setWindowTitle(tr("Add a note"));
    auto *label = new QLabel(tr("&Note:"), this);
    label->setBuddy(m_note->editor());
    formLayout()->addWidget(label);
    formLayout()->addWidget(m_note);
    formLayout()->addWidget(m_withheld);
    //: Dutch: "Aangevinkt markeert het klachtdossier AP de notitie; de versie voor de klager en
    //: het inzageoverzicht laten haar weg."
    formLayout()->addWidget(wrappedLabel(tr("When ticked, the AP complaint dossier marks the note; "
                                            "the version for the complainant and the access "
                                            "report leave it out."),
                                         this));
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
    if (m_service.addNote(m_case.number, m_note->text(), m_note->bsnCheck(), &error,
                          m_withheld->isChecked()))
        return true;
    *message = error.message;
    return false;
}

// --- ReopenDialog ---

ReopenDialog::ReopenDialog(CaseService &service, const Case &c, QDate today, QWidget *parent)
    : CaseActionDialog(service, c, today, parent)
    , m_reason(
          named<BsnGuardedTextEdit>(QStringLiteral("reason"), tr("Reason for reopening"), this))
{
    setWindowTitle(tr("Reopen the request"));
    okButton()->setText(tr("&Reopen"));
    const QString outcome = c.outcome ? codes::label(*c.outcome) : QStringLiteral("—");
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
    if (m_service.reopen(m_case.number, m_reason->text(), m_reason->bsnCheck(), &error,
                         m_case.version))
        return true;
    return refused(error, message);
}

// --- PersonSourceDialog ---

PersonSourceDialog::PersonSourceDialog(CaseService &service, const Case &c, QDate today,
                                       QWidget *parent)
    : CaseActionDialog(service, c, today, parent)
    , m_source(suggestionBox(CaseService::suggestedPersonSources(), this))
{
    setWindowTitle(tr("Source of the data"));
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setEditText(c.person.source);
    auto *label = new QLabel(tr("&Where did the data of %1 come from?").arg(c.person.name), this);
    label->setWordWrap(true);
    label->setBuddy(m_source);
    formLayout()->addWidget(label);
    formLayout()->addWidget(m_source);
    formLayout()->addWidget(wrappedLabel(
        tr("The access report names this source (article 15(1)(g) GDPR) when the data did not "
           "come from the data subject: the housing system's import, the municipality, a "
           "guardian (bewindvoerder). Leave it empty when the data subject gave them."),
        this));
    connect(m_source, &QComboBox::editTextChanged, this, &PersonSourceDialog::revalidate);
    revalidate();
}

QString PersonSourceDialog::validate() const
{
    const QString text = m_source->currentText().simplified();
    if (text.size() > CaseService::maxPersonSourceLength)
        return tr("Keep the source short: at most %n character(s).", nullptr,
                  CaseService::maxPersonSourceLength);
    // A source never needs a number: one that passes the 11-proef is refused, not overridden.
    return BsnGuard::check(text, tr("Source of the data"), BsnCheck::Refuse).message;
}

bool PersonSourceDialog::apply(QString *message)
{
    ServiceError error;
    if (m_service.setPersonSource(m_case.person.id, m_source->currentText(), BsnCheck::Refuse,
                                  &error))
        return true;
    *message = error.message;
    return false;
}

} // namespace pd::ui
