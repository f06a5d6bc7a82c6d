#include "intake/IntakeDialog.h"

#include "FormFields.h"
#include "HelpWindow.h"
#include "Icons.h"
#include "MessageLabel.h"
#include "Named.h"
#include "QuietLabel.h"
#include "WindowSize.h"
#include "cases/CaseService.h"
#include "domain/InputLimits.h"
#include "intake/PersonSearchWidget.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <functional>

namespace pd::ui {

IntakeDialog::IntakeDialog(const Session &session, const QString &userName, QWidget *parent)
    : Retranslated(parent)
    , m_session(session)
    , m_userName(userName)
{
    setObjectName(QStringLiteral("intakeDialog"));
    setHelpTopic(this, HelpTopic::PhoneIntake);
    setWindowIcon(icons::application());
    setSizeGripEnabled(true);

    // Inzage ("what do you hold about me?") is what almost every caller asks: ticked on a new
    // form, in plain sight, and one Space takes it off.
    IntakeForm::Setup setup;
    setup.wording = intake::Wording::Caller;
    setup.defaultTypes = { RequestType::Inzage };
    setup.withSay = true;
    setup.save = std::bind_front(&IntakeDialog::save, this);
    setup.next = std::bind_front(&IntakeDialog::startNewCall, this);
    m_form = std::make_unique<IntakeForm>(this, m_session, std::move(setup));
    buildForm(m_form->formPage());
    m_form->result.next->setObjectName(QStringLiteral("newCallButton"));

    // Ctrl+N starts the next call from the result page (Ctrl+Enter saves from the form).
    auto *newCall = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), m_form->resultPage());
    newCall->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newCall, &QShortcut::activated, this, &IntakeDialog::startNewCall);

    retranslateUi();
    resizeWithinScreen(this, QSize(960, 680));
    startNewCall();
}

IntakeDialog::~IntakeDialog() = default;

void IntakeDialog::buildForm(QWidget *page)
{
    // --- the request: the kinds, the channel, the callback number, the description ---
    m_channelLabel = intake::buddyLabel(page);
    m_channel = named<QLabel>(QStringLiteral("channel"), page);
    m_callbackLabel = intake::buddyLabel(page);
    m_callback = limitedEdit(QStringLiteral("callback"), InputLimits::maxPhone, page);
    m_callbackLabel->setBuddy(m_callback);
    QPlainTextEdit *description = m_form->description;
    description->setFixedHeight(description->fontMetrics().lineSpacing() * 4 + 12);
    MessageLabel *callbackMessage
        = m_form->guard(m_callback, [] { return IntakeDialog::tr("Callback number"); });
    m_receivedBy = new QLabel(page);
    setQuiet(m_receivedBy);

    // --- layout: the form on the left, the script on the right ---
    QFormLayout *request = m_form->requestRows();
    request->addRow(m_channelLabel, m_channel);
    request->addRow(m_callbackLabel, intake::withMessage(m_callback, callbackMessage));
    m_form->addDescriptionRow(request);

    auto *left = new QVBoxLayout;
    left->addWidget(m_form->title);
    left->addSpacing(6);
    left->addWidget(m_form->person);
    auto *line = new QFrame(page);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    left->addWidget(line);
    left->addLayout(request);
    m_form->addFooter(left, m_receivedBy);

    // The identification script, always in view during the call.
    QFrame *script = intake::sidePanel(page, QStringLiteral("scriptPanel"), 270);
    auto *scriptLayout = new QVBoxLayout(script);
    scriptLayout->setContentsMargins(16, 16, 16, 16);
    scriptLayout->setSpacing(10);
    m_scriptTitle = intake::panelTitle(script);
    scriptLayout->addWidget(m_scriptTitle);
    for (int i = 0; i < 4; ++i) {
        auto *lineLabel = named<QLabel>(QStringLiteral("scriptLine%1").arg(i + 1), script);
        lineLabel->setWordWrap(true);
        lineLabel->setTextFormat(Qt::RichText);
        m_scriptLines << lineLabel;
        scriptLayout->addWidget(lineLabel);
    }
    scriptLayout->addStretch(1);
    m_scriptNote = new QLabel(script);
    m_scriptNote->setWordWrap(true);
    scriptLayout->addWidget(m_scriptNote);
    m_form->setColumns(left, script);

    // The keyboard path of a call, top to bottom.
    m_form->setTabOrder({}, { m_callback }, {});
    connect(m_form->person, &PersonSearchWidget::selectionChanged, this,
            &IntakeDialog::personChanged);
    connect(m_form->person, &PersonSearchWidget::changed, this, &IntakeDialog::proposeCallback);
}

void IntakeDialog::retranslateUi()
{
    m_form->retranslateUi();
    setWindowTitle(tr("Telephone request — Privacydesk"));
    m_form->title->setText(tr("Telephone request"));
    m_channelLabel->setText(tr("Channel:"));
    m_channel->setText(codes::label(Channel::Telefoon));
    m_callbackLabel->setText(tr("Call&back number:"));
    m_callback->setPlaceholderText(tr("The number we already know for this caller"));
    m_form->descriptionLabel->setText(tr("D&escription:"));
    m_form->description->setPlaceholderText(
        tr("In a few words what the caller asks for. No BSN, no document numbers."));
    m_receivedBy->setText(tr("Received by %1 by telephone").arg(m_userName));
    m_scriptTitle->setText(tr("Identification script"));
    const QStringList script {
        tr("Ask for the customer number, address and date of birth."),
        tr("Check them against the housing system."),
        tr("Never write down the BSN or a document number."),
        tr("Call back on the number we already know."),
    };
    for (qsizetype i = 0; i < m_scriptLines.size(); ++i)
        m_scriptLines.at(i)->setText(
            QStringLiteral("<b>%1.</b>&nbsp;%2")
                .arg(QLocale().toString(int(i + 1)), script.value(i).toHtmlEscaped()));
    m_scriptNote->setText(tr("The request counts from today, even before the caller has been "
                             "identified."));
    m_form->result.say->setText(tr("Tell the caller the number and:"));
    m_form->result.next->setText(
        tr("New call (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText)));
    if (m_resultDate.isValid()) {
        // Never a bare promise of the answer itself: the deadline may be extended, and waiting
        // for identification pauses it (finding 11).
        m_form->result.deadline->setText(
            tr("You will hear from us by %1 at the latest: then you get "
               "the answer, or we tell you why it takes longer.")
                .arg(QLocale().toString(m_resultDate, QLocale::LongFormat)));
        QStringList types;
        for (RequestType type : std::as_const(m_resultTypes))
            types << codes::label(type);
        m_form->result.details->setText(
            tr("%1 · %2 · received by telephone by %3")
                .arg(m_resultPersonName, types.join(QStringLiteral(", ")), m_userName));
    }
    validate();
}

IntakeDialog::Page IntakeDialog::page() const
{
    return m_form->onForm() ? Page::Form : Page::Result;
}

std::optional<PersonMatch> IntakeDialog::selectedPerson() const
{
    return m_form->person->selectedPerson();
}

bool IntakeDialog::hasInput() const
{
    return m_form->hasInput();
}

void IntakeDialog::searchNow()
{
    m_form->person->searchNow();
}

void IntakeDialog::personChanged()
{
    proposeCallback();
    validate();
}

void IntakeDialog::proposeCallback()
{
    // "Call back on the number we already know", or on the one the caller just gave: proposed
    // until the officer types another one (which is kept).
    const QString typed = m_callback->text().trimmed();
    if (!typed.isEmpty() && typed != m_proposedCallback)
        return;
    QString phone;
    if (const std::optional<PersonMatch> chosen = selectedPerson())
        phone = chosen->person.phone;
    else if (m_form->person->isNewPerson())
        phone = m_form->person->newPerson().phone;
    if (phone.isEmpty() && typed.isEmpty())
        return;
    m_proposedCallback = phone;
    if (typed != phone)
        m_callback->setText(phone);
}

QString IntakeDialog::invalidReason() const
{
    return m_form->invalidReason();
}

void IntakeDialog::validate()
{
    m_form->validate();
}

void IntakeDialog::save()
{
    std::optional<NewCase> request = m_form->request();
    if (!request)
        return;
    request->channel = Channel::Telefoon;
    request->receivedAt = m_session.clock().now();
    request->receivedDate = m_session.clock().today();
    request->callbackPhone = m_callback->text().trimmed();

    CaseService cases(m_session);
    const std::optional<Case> created = m_form->add(cases, *request);
    if (!created)
        return;
    m_createdNumber = created->number;
    // Saved; a deadline that could not be read is not told to the caller.
    const std::optional<CaseDeadlines> deadlines = cases.deadlines(*created, nullptr);
    m_resultDate = deadlines ? deadlines->current : QDate();
    m_resultPersonName = created->person.name;
    m_resultTypes = created->types;
    retranslateUi();
    m_form->showResult(created->number);
    Q_EMIT caseCreated(created->number);
}

QJsonObject IntakeDialog::draftFields() const
{
    if (!hasInput())
        return {};
    QJsonObject fields;
    m_form->writeDraft(&fields);
    if (!m_callback->text().trimmed().isEmpty())
        fields.insert(QStringLiteral("callback"), m_callback->text());
    return fields;
}

void IntakeDialog::restoreDraft(const QJsonObject &fields, const QDateTime &savedAt)
{
    startNewCall();
    m_form->restoreDraft(fields);
    m_callback->setText(fields.value(QStringLiteral("callback")).toString());
    validate();
    const QDateTime local = organisationTime(savedAt);
    m_form->error->setMessage(
        tr("Restored: the call you were logging when the desk locked (%1). Check it and save it.")
            .arg(QLocale().toString(local, QLocale::ShortFormat)),
        MessageLabel::Kind::Done);
}

void IntakeDialog::draftUnreadable(const QString &why)
{
    startNewCall();
    //: Dutch: "Het gesprek dat u aan het vastleggen was toen Privacydesk vergrendelde, kon niet
    //: worden gelezen: %1"
    m_form->error->setMessage(
        tr("The call you were logging when the desk locked could not be read: %1").arg(why));
}

void IntakeDialog::startNewCall()
{
    m_form->clear(); // inzage ticked again
    m_callback->clear();
    m_proposedCallback.clear();
    m_resultDate = QDate();
    m_createdNumber.clear();
    m_form->showForm();
    m_form->person->focusSearch();
}

void IntakeDialog::reject()
{
    if (m_form->mayClose(hasInput(),
                         tr("What you typed for this call has not been saved. Discard it?"),
                         tr("&Keep typing")))
        QDialog::reject();
}

} // namespace pd::ui
