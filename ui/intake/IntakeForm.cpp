#include "intake/IntakeForm.h"

#include "MessageLabel.h"
#include "Named.h"
#include "QuietLabel.h"
#include "WindowSize.h"
#include "cases/CaseService.h"
#include "domain/BsnGuard.h"
#include "intake/PersonSearchWidget.h"

#include <QCheckBox>
#include <QDialog>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pd::ui::intake {

QLabel *buddyLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return label;
}

QVBoxLayout *withMessage(QWidget *field, MessageLabel *message)
{
    auto *box = new QVBoxLayout;
    box->setSpacing(0);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(field);
    box->addWidget(message);
    return box;
}

bool isPlainReturn(const QKeyEvent *key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
        && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

QString fieldText(const QWidget *widget)
{
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        return edit->text();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(widget))
        return text->toPlainText();
    return {};
}

bool guardFields(const QList<GuardedField> &fields)
{
    bool anyFinding = false;
    for (const GuardedField &field : fields) {
        // Under its field the warning need not name it, and takes a line less (four lines did
        // not fit in "Nieuw verzoek" at 1280 x 800); a screen reader, which reads it apart from
        // the field, gets the field's name with it.
        const BsnGuard::GuardResult result
            = BsnGuard::check(fieldText(field.widget), QString(), BsnCheck::Refuse);
        field.message->setMessage(result.message);
        field.message->setAccessibleName(BsnGuard::refusalMessage(result.findings, field.label()));
        anyFinding = anyFinding || !result.findings.isEmpty();
    }
    return anyFinding;
}

namespace {

// A bold QLabel, its font scale times the default size.
QLabel *boldLabel(QWidget *parent, qreal scale)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

QLabel *quietNote(QWidget *parent, const QString &objectName)
{
    auto *note = named<QLabel>(objectName, parent);
    note->setWordWrap(true);
    setQuiet(note);
    return note;
}

QPushButton *sideButton(QWidget *parent, const QString &objectName)
{
    auto *button = named<QPushButton>(objectName, parent);
    button->setAutoDefault(false);
    return button;
}

QTreeWidget *rowList(QWidget *parent, const QString &objectName,
                     const QList<QHeaderView::ResizeMode> &sizes)
{
    auto *list = named<QTreeWidget>(objectName, parent);
    list->setColumnCount(static_cast<int>(sizes.size()));
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAllColumnsShowFocus(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->header()->setStretchLastSection(false);
    for (int i = 0; i < sizes.size(); ++i)
        list->header()->setSectionResizeMode(i, sizes.at(i));
    return list;
}

QLabel *titleLabel(QWidget *parent)
{
    return boldLabel(parent, 1.4);
}

QFrame *sidePanel(QWidget *page, const QString &objectName, int width)
{
    auto *panel = named<QFrame>(objectName, page);
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setAutoFillBackground(true);
    QPalette palette = panel->palette();
    palette.setColor(QPalette::Window, QColor(0xee, 0xf3, 0xf9));
    palette.setColor(QPalette::WindowText, QColor(0x1d, 0x2b, 0x3a));
    panel->setPalette(palette);
    panel->setFixedWidth(width);
    return panel;
}

QLabel *panelTitle(QWidget *panel)
{
    return boldLabel(panel, 1.15);
}

QLabel *caseNumberLabel(QWidget *parent)
{
    QLabel *number = boldLabel(parent, 3.0);
    QFont font = number->font();
    font.setLetterSpacing(QFont::PercentageSpacing, 104);
    number->setFont(font);
    number->setAlignment(Qt::AlignCenter);
    number->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return number;
}

void onEdited(const QList<GuardedField> &fields, QObject *receiver,
              const std::function<void()> &changed)
{
    for (const GuardedField &field : fields) {
        if (auto *edit = qobject_cast<QLineEdit *>(field.widget))
            QObject::connect(edit, &QLineEdit::textChanged, receiver, changed);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(field.widget))
            QObject::connect(text, &QPlainTextEdit::textChanged, receiver, changed);
    }
}

ResultPage buildResultPage(QWidget *page, bool withSay)
{
    ResultPage result;
    result.title = titleLabel(page);
    result.title->setAlignment(Qt::AlignCenter);
    result.number = caseNumberLabel(page);
    result.number->setObjectName(QStringLiteral("resultNumber"));
    if (withSay) {
        result.say = new QLabel(page);
        result.say->setAlignment(Qt::AlignCenter);
        setQuiet(result.say);
    }
    result.deadline = new QLabel(page);
    result.deadline->setObjectName(QStringLiteral("resultDeadline"));
    QFont deadlineFont = result.deadline->font();
    deadlineFont.setPointSizeF(deadlineFont.pointSizeF() * 1.5);
    result.deadline->setFont(deadlineFont);
    result.deadline->setAlignment(Qt::AlignCenter);
    result.deadline->setWordWrap(true);
    result.deadline->setTextInteractionFlags(Qt::TextSelectableByMouse);

    result.details = new QLabel(page);
    result.details->setObjectName(QStringLiteral("resultDetails"));
    result.details->setAlignment(Qt::AlignCenter);
    result.details->setWordWrap(true);
    result.details->setTextFormat(Qt::PlainText);

    result.next = sideButton(page);
    result.close = new QPushButton(page);
    result.close->setObjectName(QStringLiteral("closeButton"));
    result.close->setAutoDefault(true);

    auto *card = new QFrame(page);
    card->setFrameShape(QFrame::StyledPanel);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(32, 28, 32, 28);
    cardLayout->setSpacing(14);
    cardLayout->addWidget(result.title);
    cardLayout->addWidget(result.number);
    cardLayout->addSpacing(8);
    if (result.say)
        cardLayout->addWidget(result.say);
    cardLayout->addWidget(result.deadline);
    cardLayout->addWidget(result.details);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(result.next);
    buttons->addWidget(result.close);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->addStretch(1);
    layout->addWidget(card);
    layout->addSpacing(18);
    layout->addLayout(buttons);
    layout->addStretch(2);
    QWidget::setTabOrder(result.next, result.close);
    return result;
}

} // namespace pd::ui::intake

namespace pd::ui {

namespace {

RequestType typeOf(const QCheckBox *box)
{
    return static_cast<RequestType>(box->property("requestType").toInt());
}

} // namespace

IntakeForm::IntakeForm(QDialog *dialog, const Session &session, Setup setup)
    : m_dialog(dialog)
    , m_setup(std::move(setup))
    , m_pages(new QStackedWidget(dialog))
    , m_form(new QWidget(m_pages))
    , m_result(new QWidget(m_pages))
{
    title = intake::titleLabel(m_form);
    person = new PersonSearchWidget(session, m_setup.wording, m_form);
    buildRequest(m_form);
    result = intake::buildResultPage(m_result, m_setup.withSay);
    m_pages->addWidget(m_form);
    m_pages->addWidget(m_result);
    auto *layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    // Ctrl+Enter saves from any field.
    for (const QKeySequence &keys :
         { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(keys, m_form);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(shortcut, &QShortcut::activated, dialog, m_setup.save);
    }
    QObject::connect(result.next, &QPushButton::clicked, dialog, m_setup.next);
    QObject::connect(result.close, &QPushButton::clicked, dialog, &QDialog::accept);
    QObject::connect(person, &PersonSearchWidget::changed, dialog, [this] { validate(); });
    QObject::connect(person, &PersonSearchWidget::personTaken, dialog, [this] {
        if (!types.isEmpty())
            types.first()->setFocus(Qt::TabFocusReason);
    });
}

IntakeForm::~IntakeForm() = default;

void IntakeForm::buildRequest(QWidget *page)
{
    typesLabel = intake::buddyLabel(page);
    for (RequestType type : codes::all<RequestType>()) {
        auto *box = named<QCheckBox>(u"type-" + codes::code(type), page);
        box->setProperty("requestType", static_cast<int>(type));
        types << box;
        QObject::connect(box, &QCheckBox::toggled, m_dialog, [this] { validate(); });
    }
    descriptionLabel = intake::buddyLabel(page);
    description = named<QPlainTextEdit>(QStringLiteral("description"), page);
    description->setTabChangesFocus(true);
    descriptionLabel->setBuddy(description);

    // Every stored free text is guarded while it is typed; one confirmation covers them all.
    m_descriptionMessage = guard(description, [] { return tr("Description"); });
    notBsn = named<QCheckBox>(QStringLiteral("notBsn"), page);
    notBsn->hide();
    QObject::connect(notBsn, &QCheckBox::toggled, m_dialog, [this] { validate(); });

    reason = intake::quietNote(page, QStringLiteral("invalidReason"));
    error = named<MessageLabel>(QStringLiteral("errorMessage"), page);
    cancelButton = intake::sideButton(page, QStringLiteral("cancelButton"));
    saveButton = named<QPushButton>(QStringLiteral("saveButton"), page);
    saveButton->setDefault(true);
    QObject::connect(cancelButton, &QPushButton::clicked, m_dialog, &QDialog::reject);
    QObject::connect(saveButton, &QPushButton::clicked, m_dialog, m_setup.save);
}

QWidget *IntakeForm::formPage() const
{
    return m_form;
}

QWidget *IntakeForm::resultPage() const
{
    return m_result;
}

bool IntakeForm::onForm() const
{
    return m_pages->currentIndex() == 0;
}

MessageLabel *IntakeForm::guard(QWidget *widget, QString (*label)())
{
    auto *message = named<MessageLabel>(widget->objectName() + u"BsnMessage", m_form);
    m_guarded.append({ widget, message, label });
    intake::onEdited({ m_guarded.constLast() }, m_dialog, [this] { validate(); });
    return message;
}

QFormLayout *IntakeForm::requestRows(int rowSpacing) const
{
    auto *typesGrid = new QGridLayout;
    typesGrid->setHorizontalSpacing(18);
    if (rowSpacing >= 0)
        typesGrid->setVerticalSpacing(rowSpacing);
    for (int i = 0; i < types.size(); ++i)
        typesGrid->addWidget(types.at(i), i / 3, i % 3);
    auto *rows = new QFormLayout;
    rows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    rows->setLabelAlignment(Qt::AlignLeft);
    rows->addRow(typesLabel, typesGrid);
    return rows;
}

void IntakeForm::addDescriptionRow(QFormLayout *rows) const
{
    rows->addRow(descriptionLabel, intake::withMessage(description, m_descriptionMessage));
}

void IntakeForm::addFooter(QVBoxLayout *column, QWidget *besideButtons) const
{
    auto *buttons = new QHBoxLayout;
    if (besideButtons)
        buttons->addWidget(besideButtons, 1);
    else
        buttons->addStretch(1);
    buttons->addWidget(cancelButton);
    buttons->addWidget(saveButton);
    column->addWidget(notBsn);
    column->addStretch(1);
    column->addWidget(reason);
    column->addWidget(error);
    column->addLayout(buttons);
}

void IntakeForm::setColumns(QVBoxLayout *column, QWidget *panel) const
{
    auto *columns = new QHBoxLayout(m_form);
    columns->setContentsMargins(16, 12, 12, 12);
    columns->setSpacing(16);
    columns->addLayout(column, 1);
    columns->addWidget(panel);
}

void IntakeForm::setTabOrder(const QList<QWidget *> &before, const QList<QWidget *> &between,
                             const QList<QWidget *> &beforeSave) const
{
    QList<QWidget *> order = before;
    order << person->tabChain();
    for (QCheckBox *box : types)
        order << box;
    order << between << description << notBsn << beforeSave << saveButton << cancelButton;
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

void IntakeForm::retranslateUi()
{
    typesLabel->setText(tr("Request:"));
    for (QCheckBox *box : std::as_const(types))
        box->setText(codes::label(typeOf(box)));
    notBsn->setText(tr("This is no&t a BSN (the confirmation is logged)"));
    cancelButton->setText(tr("Cancel"));
    saveButton->setText(tr("&Save request"));
    saveButton->setToolTip(tr("Save (Ctrl+Enter)"));
    result.title->setText(tr("Request saved"));
    result.close->setText(tr("&Close"));
}

void IntakeForm::validate()
{
    const bool personFinding = person->guardBsn();
    const bool anyFinding = intake::guardFields(m_guarded) || personFinding;
    if (!anyFinding && notBsn->isChecked())
        notBsn->setChecked(false);
    notBsn->setVisible(anyFinding);
    const QString why = invalidReason();
    reason->setText(why);
    reason->setVisible(!why.isEmpty());
    saveButton->setEnabled(why.isEmpty());
    if (anyFinding) {
        // A warning under a field takes as many lines as its width needs: the dialog grows down
        // (within the screen) once the layouts have taken them in, instead of cutting it short.
        QTimer::singleShot(0, m_dialog, [dialog = m_dialog] { growWithinScreen(dialog); });
    }
}

QString IntakeForm::invalidReason() const
{
    if (m_setup.ownReason) {
        if (const QString own = m_setup.ownReason(); !own.isEmpty())
            return own;
    }
    const QString personReason = person->invalidReason();
    if (!personReason.isEmpty())
        return personReason;
    if (checkedTypes().isEmpty())
        return tr("Tick at least one kind of request.");
    if (notBsn->isVisible() && !notBsn->isChecked())
        return tr("Remove the number that looks like a BSN, or confirm that it is not one.");
    return {};
}

bool IntakeForm::hasInput() const
{
    if (!onForm())
        return false;
    if (person->hasInput())
        return true;
    for (const intake::GuardedField &field : m_guarded) {
        if (!intake::fieldText(field.widget).trimmed().isEmpty())
            return true;
    }
    return std::any_of(types.cbegin(), types.cend(), [this](const QCheckBox *box) {
        return box->isChecked() != m_setup.defaultTypes.contains(typeOf(box));
    });
}

bool IntakeForm::mayClose(bool filledIn, const QString &question, const QString &keep) const
{
    if (!filledIn)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Discard this request?"), question,
                    QMessageBox::NoButton, m_dialog);
    box.setObjectName(QStringLiteral("discardQuestion"));
    QPushButton *keepButton = box.addButton(keep, QMessageBox::RejectRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(keepButton);
    box.setEscapeButton(keepButton);
    box.exec();
    return box.clickedButton() == discard;
}

QList<RequestType> IntakeForm::checkedTypes() const
{
    QList<RequestType> checked;
    for (const QCheckBox *box : types) {
        if (box->isChecked())
            checked << typeOf(box);
    }
    return checked;
}

void IntakeForm::setCheckedTypes(const QList<RequestType> &checked)
{
    for (QCheckBox *box : std::as_const(types))
        box->setChecked(checked.contains(typeOf(box)));
}

void IntakeForm::writeDraft(QJsonObject *fields) const
{
    person->writeDraft(fields);
    QJsonArray codes;
    for (RequestType type : checkedTypes())
        codes.append(codes::code(type));
    fields->insert(QStringLiteral("types"), codes);
    if (const QString text = description->toPlainText(); !text.trimmed().isEmpty())
        fields->insert(QStringLiteral("description"), text);
}

void IntakeForm::restoreDraft(const QJsonObject &fields)
{
    person->restoreDraft(fields);
    if (fields.contains(QStringLiteral("types"))) {
        const QJsonArray codes = fields.value(QStringLiteral("types")).toArray();
        QList<RequestType> checked;
        for (RequestType type : codes::all<RequestType>()) {
            if (codes.contains(codes::code(type)))
                checked << type;
        }
        setCheckedTypes(checked);
    }
    description->setPlainText(fields.value(QStringLiteral("description")).toString());
}

std::optional<NewCase> IntakeForm::request()
{
    if (!onForm())
        return std::nullopt;
    validate();
    if (!saveButton->isEnabled())
        return std::nullopt;
    error->setMessage(QString());
    NewCase request;
    if (const std::optional<PersonMatch> chosen = person->selectedPerson())
        request.person = chosen->person;
    else
        request.person = person->newPerson();
    request.types = checkedTypes();
    request.description = description->toPlainText().trimmed();
    return request;
}

std::optional<Case> IntakeForm::add(CaseService &cases, const NewCase &request)
{
    return add([&cases](const NewCase &r, BsnCheck bsnCheck,
                        ServiceError *failure) { return cases.add(r, bsnCheck, failure); },
               request);
}

std::optional<Case> IntakeForm::add(const Saver &save, const NewCase &request)
{
    ServiceError failure;
    std::optional<Case> created = save(request, bsnCheckFrom(notBsn->isChecked()), &failure);
    if (!created)
        error->setMessage(failure.message);
    return created;
}

void IntakeForm::showResult(const QString &number)
{
    result.number->setText(number);
    m_pages->setCurrentIndex(1);
    result.close->setDefault(true);
    result.close->setFocus();
}

void IntakeForm::clear()
{
    person->clear();
    description->clear();
    setCheckedTypes(m_setup.defaultTypes);
    notBsn->setChecked(false);
    error->setMessage(QString());
}

void IntakeForm::showForm()
{
    validate();
    m_pages->setCurrentIndex(0);
    saveButton->setDefault(true);
}

} // namespace pd::ui
