#include "intake/IntakeDialog.h"

#include "HelpWindow.h"
#include "Icons.h"
#include "MessageLabel.h"
#include "QuietLabel.h"
#include "WindowSize.h"
#include "cases/CaseService.h"
#include "domain/InputLimits.h"
#include "intake/PersonSearchWidget.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pd::ui {

IntakeDialog::IntakeDialog(const Store &store, const QString &userName, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_clock(&systemClock())
    , m_userName(userName)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("intakeDialog"));
    setHelpTopic(this, HelpTopic::PhoneIntake);
    setWindowIcon(icons::application());
    setSizeGripEnabled(true);

    auto *form = new QWidget(m_pages);
    auto *result = new QWidget(m_pages);
    buildForm(form);
    buildResult(result);
    m_pages->addWidget(form);
    m_pages->addWidget(result);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    // Ctrl+Enter saves from any field, Ctrl+N starts the next call from the result page.
    for (const QKeySequence &keys :
         { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(keys, form);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &IntakeDialog::save);
    }
    auto *newCall = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), result);
    newCall->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newCall, &QShortcut::activated, this, &IntakeDialog::startNewCall);

    retranslateUi();
    resizeWithinScreen(this, QSize(960, 680));
    startNewCall();
}

IntakeDialog::~IntakeDialog() = default;

void IntakeDialog::buildForm(QWidget *page)
{
    m_title = intake::titleLabel(page);

    // --- the caller ---
    m_person = new PersonSearchWidget(m_store, PersonSearchWidget::Wording::Caller, page);

    // --- the request ---
    m_typesLabel = intake::buddyLabel(page);
    for (RequestType type : Codes::requestTypes()) {
        auto *box = new QCheckBox(page);
        box->setObjectName(u"type-" + Codes::code(type));
        box->setProperty("requestType", static_cast<int>(type));
        m_types << box;
        connect(box, &QCheckBox::toggled, this, &IntakeDialog::validate);
    }
    m_channelLabel = intake::buddyLabel(page);
    m_channel = new QLabel(page);
    m_channel->setObjectName(QStringLiteral("channel"));
    m_callbackLabel = intake::buddyLabel(page);
    m_callback = new QLineEdit(page);
    m_callback->setObjectName(QStringLiteral("callback"));
    m_callback->setMaxLength(InputLimits::maxPhone);
    m_callbackLabel->setBuddy(m_callback);
    m_descriptionLabel = intake::buddyLabel(page);
    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_descriptionLabel->setBuddy(m_description);

    // Every stored free text is guarded while it is typed; one confirmation covers them all.
    const auto guard = [this, page](QWidget *widget, QString (*label)()) {
        auto *message = new MessageLabel(page);
        message->setObjectName(widget->objectName() + u"BsnMessage");
        m_guarded.append({ widget, message, label });
        return message;
    };
    MessageLabel *callbackMessage
        = guard(m_callback, [] { return IntakeDialog::tr("Callback number"); });
    MessageLabel *descriptionMessage
        = guard(m_description, [] { return IntakeDialog::tr("Description"); });
    m_notBsn = new QCheckBox(page);
    m_notBsn->setObjectName(QStringLiteral("notBsn"));
    m_notBsn->hide();
    connect(m_notBsn, &QCheckBox::toggled, this, &IntakeDialog::validate);

    m_reason = new QLabel(page);
    m_reason->setObjectName(QStringLiteral("invalidReason"));
    m_reason->setWordWrap(true);
    setQuiet(m_reason);
    m_error = new MessageLabel(page);
    m_error->setObjectName(QStringLiteral("errorMessage"));
    m_receivedBy = new QLabel(page);
    setQuiet(m_receivedBy);
    m_cancelButton = new QPushButton(page);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAutoDefault(false);
    m_saveButton = new QPushButton(page);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    connect(m_cancelButton, &QPushButton::clicked, this, &IntakeDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &IntakeDialog::save);

    // --- layout: the form on the left, the script on the right ---
    auto *typesGrid = new QGridLayout;
    typesGrid->setHorizontalSpacing(18);
    for (int i = 0; i < m_types.size(); ++i)
        typesGrid->addWidget(m_types.at(i), i / 3, i % 3);

    auto *request = new QFormLayout;
    request->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    request->setLabelAlignment(Qt::AlignLeft);
    request->addRow(m_typesLabel, typesGrid);
    request->addRow(m_channelLabel, m_channel);
    request->addRow(m_callbackLabel, intake::withMessage(m_callback, callbackMessage));
    request->addRow(m_descriptionLabel, intake::withMessage(m_description, descriptionMessage));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_receivedBy, 1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_saveButton);

    auto *left = new QVBoxLayout;
    left->addWidget(m_title);
    left->addSpacing(6);
    left->addWidget(m_person);
    auto *line = new QFrame(page);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    left->addWidget(line);
    left->addLayout(request);
    left->addWidget(m_notBsn);
    left->addStretch(1);
    left->addWidget(m_reason);
    left->addWidget(m_error);
    left->addLayout(buttons);

    // The identification script, always in view during the call.
    auto *script = new QFrame(page);
    script->setObjectName(QStringLiteral("scriptPanel"));
    script->setFrameShape(QFrame::StyledPanel);
    script->setAutoFillBackground(true);
    QPalette scriptPalette = script->palette();
    scriptPalette.setColor(QPalette::Window, QColor(0xee, 0xf3, 0xf9));
    scriptPalette.setColor(QPalette::WindowText, QColor(0x1d, 0x2b, 0x3a));
    script->setPalette(scriptPalette);
    script->setFixedWidth(270);
    auto *scriptLayout = new QVBoxLayout(script);
    scriptLayout->setContentsMargins(16, 16, 16, 16);
    scriptLayout->setSpacing(10);
    m_scriptTitle = new QLabel(script);
    QFont scriptTitleFont = m_scriptTitle->font();
    scriptTitleFont.setBold(true);
    scriptTitleFont.setPointSizeF(scriptTitleFont.pointSizeF() * 1.15);
    m_scriptTitle->setFont(scriptTitleFont);
    scriptLayout->addWidget(m_scriptTitle);
    for (int i = 0; i < 4; ++i) {
        auto *lineLabel = new QLabel(script);
        lineLabel->setObjectName(QStringLiteral("scriptLine%1").arg(i + 1));
        lineLabel->setWordWrap(true);
        lineLabel->setTextFormat(Qt::RichText);
        m_scriptLines << lineLabel;
        scriptLayout->addWidget(lineLabel);
    }
    scriptLayout->addStretch(1);
    m_scriptNote = new QLabel(script);
    m_scriptNote->setWordWrap(true);
    scriptLayout->addWidget(m_scriptNote);

    auto *columns = new QHBoxLayout(page);
    columns->setContentsMargins(16, 12, 12, 12);
    columns->setSpacing(16);
    columns->addLayout(left, 1);
    columns->addWidget(script);

    // The keyboard path of a call, top to bottom.
    QList<QWidget *> order = m_person->tabChain();
    for (QCheckBox *box : std::as_const(m_types))
        order << box;
    order << m_callback << m_description << m_notBsn << m_saveButton << m_cancelButton;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_person, &PersonSearchWidget::changed, this, &IntakeDialog::validate);
    connect(m_person, &PersonSearchWidget::selectionChanged, this, &IntakeDialog::personChanged);
    connect(m_person, &PersonSearchWidget::personTaken, this, [this] {
        if (!m_types.isEmpty())
            m_types.first()->setFocus(Qt::TabFocusReason);
    });
    intake::onEdited(m_guarded, this, [this] { validate(); });
}

void IntakeDialog::buildResult(QWidget *page)
{
    const intake::ResultPage result = intake::buildResultPage(page, true);
    m_resultTitle = result.title;
    m_resultNumber = result.number;
    m_resultSay = result.say;
    m_resultDeadline = result.deadline;
    m_resultDetails = result.details;
    m_newCallButton = result.next;
    m_newCallButton->setObjectName(QStringLiteral("newCallButton"));
    m_closeButton = result.close;
    connect(m_newCallButton, &QPushButton::clicked, this, &IntakeDialog::startNewCall);
    connect(m_closeButton, &QPushButton::clicked, this, &IntakeDialog::accept);
}

void IntakeDialog::retranslateUi()
{
    setWindowTitle(tr("Telephone request — Privacydesk"));
    m_title->setText(tr("Telephone request"));
    m_typesLabel->setText(tr("Request:"));
    for (QCheckBox *box : std::as_const(m_types))
        box->setText(Codes::label(static_cast<RequestType>(box->property("requestType").toInt())));
    m_channelLabel->setText(tr("Channel:"));
    m_channel->setText(Codes::label(Channel::Telefoon));
    m_callbackLabel->setText(tr("Call&back number:"));
    m_callback->setPlaceholderText(tr("The number we already know for this caller"));
    m_descriptionLabel->setText(tr("D&escription:"));
    m_description->setPlaceholderText(
        tr("In a few words what the caller asks for. No BSN, no document numbers."));
    m_notBsn->setText(tr("This is no&t a BSN (the confirmation is logged)"));
    m_receivedBy->setText(tr("Received by %1 by telephone").arg(m_userName));
    m_cancelButton->setText(tr("Cancel"));
    m_saveButton->setText(tr("&Save request"));
    m_saveButton->setToolTip(tr("Save (Ctrl+Enter)"));
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
    m_resultTitle->setText(tr("Request saved"));
    m_resultSay->setText(tr("Tell the caller the number and:"));
    m_newCallButton->setText(
        tr("New call (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText)));
    m_closeButton->setText(tr("&Close"));
    if (m_resultDate.isValid()) {
        // Never a bare promise of the answer itself: the deadline may be extended, and waiting
        // for identification pauses it (issue 18, finding 11).
        m_resultDeadline->setText(tr("You will hear from us by %1 at the latest: then you get "
                                     "the answer, or we tell you why it takes longer.")
                                      .arg(QLocale().toString(m_resultDate, QLocale::LongFormat)));
        QStringList types;
        for (RequestType type : std::as_const(m_resultTypes))
            types << Codes::label(type);
        m_resultDetails->setText(
            tr("%1 · %2 · received by telephone by %3")
                .arg(m_resultPersonName, types.join(QStringLiteral(", ")), m_userName));
    }
    validate();
}

void IntakeDialog::setClock(const Clock &clock)
{
    m_clock = &clock;
}

IntakeDialog::Page IntakeDialog::page() const
{
    return m_pages->currentIndex() == 0 ? Page::Form : Page::Result;
}

std::optional<PersonMatch> IntakeDialog::selectedPerson() const
{
    return m_person->selectedPerson();
}

bool IntakeDialog::hasInput() const
{
    if (page() != Page::Form)
        return false;
    if (m_person->hasInput())
        return true;
    for (const intake::GuardedField &field : m_guarded) {
        if (!intake::fieldText(field.widget).trimmed().isEmpty())
            return true;
    }
    for (QCheckBox *box : m_types) {
        const bool byDefault
            = static_cast<RequestType>(box->property("requestType").toInt()) == RequestType::Inzage;
        if (box->isChecked() != byDefault)
            return true;
    }
    return false;
}

void IntakeDialog::searchNow()
{
    m_person->searchNow();
}

void IntakeDialog::personChanged()
{
    // "Call back on the number we already know."
    const std::optional<PersonMatch> chosen = selectedPerson();
    if (chosen && m_callback->text().trimmed().isEmpty() && !chosen->person.phone.isEmpty())
        m_callback->setText(chosen->person.phone);
    validate();
}

QString IntakeDialog::invalidReason() const
{
    const QString personReason = m_person->invalidReason();
    if (!personReason.isEmpty())
        return personReason;
    const bool anyType = std::any_of(m_types.cbegin(), m_types.cend(),
                                     [](const QCheckBox *box) { return box->isChecked(); });
    if (!anyType)
        return tr("Tick at least one kind of request.");
    if (m_notBsn->isVisible() && !m_notBsn->isChecked())
        return tr("Remove the number that looks like a BSN, or confirm that it is not one.");
    return {};
}

void IntakeDialog::validate()
{
    const bool personFinding = m_person->guardBsn();
    const bool anyFinding = intake::guardFields(m_guarded) || personFinding;
    if (!anyFinding && m_notBsn->isChecked())
        m_notBsn->setChecked(false);
    m_notBsn->setVisible(anyFinding);
    const QString reason = invalidReason();
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    m_saveButton->setEnabled(reason.isEmpty());
}

void IntakeDialog::save()
{
    if (page() != Page::Form)
        return;
    validate();
    if (!m_saveButton->isEnabled())
        return;
    m_error->setMessage(QString());

    NewCase request;
    if (const std::optional<PersonMatch> chosen = selectedPerson()) {
        request.person = chosen->person;
    } else {
        request.person = m_person->newPerson();
    }
    for (QCheckBox *box : std::as_const(m_types)) {
        if (box->isChecked())
            request.types << static_cast<RequestType>(box->property("requestType").toInt());
    }
    request.channel = Channel::Telefoon;
    request.receivedAt = m_clock->now();
    request.receivedDate = m_clock->today();
    request.callbackPhone = m_callback->text().trimmed();
    request.description = m_description->toPlainText().trimmed();

    CaseService cases(m_store, *m_clock);
    ServiceError error;
    const std::optional<Case> created = cases.add(request, m_notBsn->isChecked(), &error);
    if (!created) {
        m_error->setMessage(error.message);
        return;
    }
    m_createdNumber = created->number;
    // Saved; a deadline that could not be read is not told to the caller (issue 15).
    const std::optional<CaseDeadlines> deadlines = cases.deadlines(*created, &error);
    m_resultDate = deadlines ? deadlines->current : QDate();
    m_resultPersonName = created->person.name;
    m_resultTypes = created->types;
    m_resultNumber->setText(created->number);
    retranslateUi();
    m_pages->setCurrentIndex(1);
    m_closeButton->setDefault(true);
    m_closeButton->setFocus();
    Q_EMIT caseCreated(created->number);
}

QJsonObject IntakeDialog::draftFields() const
{
    if (!hasInput())
        return {};
    QJsonObject fields;
    const auto text = [&fields](const char *name, const QString &value) {
        if (!value.trimmed().isEmpty())
            fields.insert(QLatin1StringView(name), value);
    };
    m_person->writeDraft(&fields);
    QJsonArray types;
    for (QCheckBox *box : m_types) {
        if (box->isChecked())
            types.append(
                Codes::code(static_cast<RequestType>(box->property("requestType").toInt())));
    }
    fields.insert(QStringLiteral("types"), types);
    text("callback", m_callback->text());
    text("description", m_description->toPlainText());
    return fields;
}

void IntakeDialog::restoreDraft(const QJsonObject &fields, const QDateTime &savedAt)
{
    startNewCall();
    const auto text = [&fields](const char *name) {
        return fields.value(QLatin1StringView(name)).toString();
    };
    m_person->restoreDraft(fields);
    if (fields.contains(QStringLiteral("types"))) {
        const QJsonArray types = fields.value(QStringLiteral("types")).toArray();
        for (QCheckBox *box : std::as_const(m_types)) {
            const QString code
                = Codes::code(static_cast<RequestType>(box->property("requestType").toInt()));
            box->setChecked(types.contains(code));
        }
    }
    m_callback->setText(text("callback"));
    m_description->setPlainText(text("description"));
    validate();
    const QDateTime local = organisationTime(savedAt);
    m_error->setMessage(
        tr("Restored: the call you were logging when the desk locked (%1). Check it and save it.")
            .arg(QLocale().toString(local, QLocale::ShortFormat)),
        MessageLabel::Kind::Done);
}

void IntakeDialog::startNewCall()
{
    m_person->clear();
    m_callback->clear();
    m_description->clear();
    // Inzage ("what do you hold about me?") is what almost every caller asks; the box is in
    // plain sight and one Space takes it off.
    for (QCheckBox *box : std::as_const(m_types))
        box->setChecked(static_cast<RequestType>(box->property("requestType").toInt())
                        == RequestType::Inzage);
    m_notBsn->setChecked(false);
    m_error->setMessage(QString());
    m_resultDate = QDate();
    m_createdNumber.clear();
    validate();
    m_pages->setCurrentIndex(0);
    m_saveButton->setDefault(true);
    m_person->focusSearch();
}

bool IntakeDialog::confirmDiscard()
{
    QMessageBox box(QMessageBox::Question, tr("Discard this request?"),
                    tr("What you typed for this call has not been saved. Discard it?"),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("discardQuestion"));
    QPushButton *keep = box.addButton(tr("&Keep typing"), QMessageBox::RejectRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}

void IntakeDialog::reject()
{
    if (page() == Page::Form && hasInput() && !confirmDiscard())
        return;
    QDialog::reject();
}

void IntakeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace pd::ui
