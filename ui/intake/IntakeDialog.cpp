#include "intake/IntakeDialog.h"

#include "Icons.h"
#include "MessageLabel.h"
#include "QuietLabel.h"
#include "cases/CaseService.h"
#include "domain/BsnGuard.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

constexpr int searchDelayMs = 250;

QString displayPostcode(const QString &postcode)
{
    const QString normalised = PersonQuery::normalisePostcode(postcode);
    if (normalised.isEmpty())
        return postcode;
    return normalised.left(4) + u' ' + normalised.mid(4);
}

QString addressLine(const Person &p)
{
    QString line = p.street;
    if (!p.houseNumber.isEmpty())
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + p.houseNumber;
    QString place = displayPostcode(p.postcode);
    if (!p.city.isEmpty())
        place += (place.isEmpty() ? QString() : QStringLiteral(" ")) + p.city;
    if (!place.isEmpty())
        line += (line.isEmpty() ? QString() : QStringLiteral(", ")) + place;
    return line;
}

QLabel *makeBuddyLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return label;
}

// A field with its BSN message right under it; the message takes no space while hidden.
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

} // namespace

IntakeDialog::IntakeDialog(const Store &store, const QString &userName, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_clock(&systemClock())
    , m_userName(userName)
    , m_query(store)
    , m_pages(new QStackedWidget(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("intakeDialog"));
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

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &IntakeDialog::searchNow);

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
    resize(960, 680);
    startNewCall();
}

IntakeDialog::~IntakeDialog() = default;

void IntakeDialog::buildForm(QWidget *page)
{
    m_title = new QLabel(page);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    // --- the caller ---
    m_searchLabel = makeBuddyLabel(page);
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(100);
    m_searchHouse = new QLineEdit(page);
    m_searchHouse->setObjectName(QStringLiteral("searchHouseNumber"));
    m_searchHouse->setMaxLength(10);
    m_searchHouse->setMaximumWidth(90);
    m_searchLabel->setBuddy(m_search);
    m_searchHint = new QLabel(page);
    m_searchHint->setObjectName(QStringLiteral("searchHint"));
    m_searchHint->setWordWrap(true);
    setQuiet(m_searchHint);

    m_results = new QTreeWidget(page);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setColumnCount(4);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAllColumnsShowFocus(true);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_results->setMinimumHeight(m_results->fontMetrics().height() * 7);
    m_results->setMaximumHeight(m_results->fontMetrics().height() * 10);
    m_chosen = new QLabel(page);
    m_chosen->setObjectName(QStringLiteral("chosenPerson"));
    m_chosen->setWordWrap(true);
    m_chosen->setTextFormat(Qt::PlainText);

    m_newPerson = new QCheckBox(page);
    m_newPerson->setObjectName(QStringLiteral("newPerson"));
    m_newPersonBox = new QFrame(page);
    m_newPersonBox->setObjectName(QStringLiteral("newPersonBox"));
    m_nameLabel = makeBuddyLabel(m_newPersonBox);
    m_name = new QLineEdit(m_newPersonBox);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(200);
    m_relationLabel = makeBuddyLabel(m_newPersonBox);
    m_relation = new QComboBox(m_newPersonBox);
    m_relation->setObjectName(QStringLiteral("relation"));
    for (Relation relation : Codes::relations())
        m_relation->addItem(Codes::label(relation), static_cast<int>(relation));
    m_klantnummerLabel = makeBuddyLabel(m_newPersonBox);
    m_klantnummer = new QLineEdit(m_newPersonBox);
    m_klantnummer->setObjectName(QStringLiteral("klantnummer"));
    m_klantnummer->setMaxLength(30);
    m_addressLabel = makeBuddyLabel(m_newPersonBox);
    m_street = new QLineEdit(m_newPersonBox);
    m_street->setObjectName(QStringLiteral("street"));
    m_street->setMaxLength(200);
    m_houseNumber = new QLineEdit(m_newPersonBox);
    m_houseNumber->setObjectName(QStringLiteral("houseNumber"));
    m_houseNumber->setMaxLength(10);
    m_houseNumber->setMaximumWidth(80);
    m_postcode = new QLineEdit(m_newPersonBox);
    m_postcode->setObjectName(QStringLiteral("postcode"));
    m_postcode->setMaxLength(7);
    m_postcode->setMaximumWidth(90);
    m_city = new QLineEdit(m_newPersonBox);
    m_city->setObjectName(QStringLiteral("city"));
    m_city->setMaxLength(100);
    m_phoneLabel = makeBuddyLabel(m_newPersonBox);
    m_phone = new QLineEdit(m_newPersonBox);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setMaxLength(30);
    m_nameLabel->setBuddy(m_name);
    m_relationLabel->setBuddy(m_relation);
    m_klantnummerLabel->setBuddy(m_klantnummer);
    m_addressLabel->setBuddy(m_street);
    m_phoneLabel->setBuddy(m_phone);

    // --- the request ---
    m_typesLabel = makeBuddyLabel(page);
    for (RequestType type : Codes::requestTypes()) {
        auto *box = new QCheckBox(page);
        box->setObjectName(u"type-" + Codes::code(type));
        box->setProperty("requestType", static_cast<int>(type));
        m_types << box;
        connect(box, &QCheckBox::toggled, this, &IntakeDialog::validate);
    }
    m_channelLabel = makeBuddyLabel(page);
    m_channel = new QLabel(page);
    m_channel->setObjectName(QStringLiteral("channel"));
    m_callbackLabel = makeBuddyLabel(page);
    m_callback = new QLineEdit(page);
    m_callback->setObjectName(QStringLiteral("callback"));
    m_callback->setMaxLength(30);
    m_callbackLabel->setBuddy(m_callback);
    m_descriptionLabel = makeBuddyLabel(page);
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
    MessageLabel *nameMessage = guard(m_name, [] { return IntakeDialog::tr("Name"); });
    MessageLabel *klantnummerMessage
        = guard(m_klantnummer, [] { return IntakeDialog::tr("Customer number"); });
    MessageLabel *streetMessage = guard(m_street, [] { return IntakeDialog::tr("Street"); });
    MessageLabel *houseMessage
        = guard(m_houseNumber, [] { return IntakeDialog::tr("House number"); });
    MessageLabel *postcodeMessage = guard(m_postcode, [] { return IntakeDialog::tr("Postcode"); });
    MessageLabel *cityMessage = guard(m_city, [] { return IntakeDialog::tr("City"); });
    MessageLabel *phoneMessage = guard(m_phone, [] { return IntakeDialog::tr("Phone"); });
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
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_searchHouse);

    auto *personForm = new QGridLayout(m_newPersonBox);
    personForm->setContentsMargins(24, 0, 0, 0);
    personForm->setColumnStretch(1, 3);
    personForm->setColumnStretch(3, 2);
    personForm->addWidget(m_nameLabel, 0, 0);
    personForm->addLayout(withMessage(m_name, nameMessage), 0, 1, 1, 3);
    personForm->addWidget(m_relationLabel, 1, 0);
    personForm->addWidget(m_relation, 1, 1);
    personForm->addWidget(m_klantnummerLabel, 1, 2);
    personForm->addLayout(withMessage(m_klantnummer, klantnummerMessage), 1, 3);
    personForm->addWidget(m_addressLabel, 2, 0);
    auto *streetRow = new QHBoxLayout;
    streetRow->addLayout(withMessage(m_street, streetMessage), 1);
    streetRow->addLayout(withMessage(m_houseNumber, houseMessage));
    personForm->addLayout(streetRow, 2, 1, 1, 3);
    auto *placeRow = new QHBoxLayout;
    placeRow->addLayout(withMessage(m_postcode, postcodeMessage));
    placeRow->addLayout(withMessage(m_city, cityMessage), 1);
    personForm->addLayout(placeRow, 3, 1, 1, 3);
    personForm->addWidget(m_phoneLabel, 4, 0);
    personForm->addLayout(withMessage(m_phone, phoneMessage), 4, 1);

    auto *typesGrid = new QGridLayout;
    typesGrid->setHorizontalSpacing(18);
    for (int i = 0; i < m_types.size(); ++i)
        typesGrid->addWidget(m_types.at(i), i / 3, i % 3);

    auto *request = new QFormLayout;
    request->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    request->setLabelAlignment(Qt::AlignLeft);
    request->addRow(m_typesLabel, typesGrid);
    request->addRow(m_channelLabel, m_channel);
    request->addRow(m_callbackLabel, withMessage(m_callback, callbackMessage));
    request->addRow(m_descriptionLabel, withMessage(m_description, descriptionMessage));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_receivedBy, 1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_saveButton);

    auto *left = new QVBoxLayout;
    left->addWidget(m_title);
    left->addSpacing(6);
    left->addWidget(m_searchLabel);
    left->addLayout(searchRow);
    left->addWidget(m_searchHint);
    left->addWidget(m_results);
    left->addWidget(m_chosen);
    left->addWidget(m_newPerson);
    left->addWidget(m_newPersonBox);
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
    QList<QWidget *> order { m_search,      m_searchHouse, m_results,     m_newPerson,
                             m_name,        m_relation,    m_klantnummer, m_street,
                             m_houseNumber, m_postcode,    m_city,        m_phone };
    for (QCheckBox *box : std::as_const(m_types))
        order << box;
    order << m_callback << m_description << m_notBsn << m_saveButton << m_cancelButton;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_search, &QLineEdit::textEdited, this, [this] {
        m_searchTimer->start();
        validate();
    });
    connect(m_searchHouse, &QLineEdit::textEdited, this, [this] { m_searchTimer->start(); });
    connect(m_results, &QTreeWidget::itemSelectionChanged, this, &IntakeDialog::selectionChanged);
    connect(m_newPerson, &QCheckBox::toggled, this, &IntakeDialog::setNewPerson);
    for (const GuardedField &field : std::as_const(m_guarded)) {
        if (auto *edit = qobject_cast<QLineEdit *>(field.widget))
            connect(edit, &QLineEdit::textChanged, this, &IntakeDialog::validate);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(field.widget))
            connect(text, &QPlainTextEdit::textChanged, this, &IntakeDialog::validate);
    }
    m_search->installEventFilter(this);
    m_searchHouse->installEventFilter(this);
    m_results->installEventFilter(this);
}

void IntakeDialog::buildResult(QWidget *page)
{
    m_resultTitle = new QLabel(page);
    QFont titleFont = m_resultTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_resultTitle->setFont(titleFont);
    m_resultTitle->setAlignment(Qt::AlignCenter);

    m_resultNumber = new QLabel(page);
    m_resultNumber->setObjectName(QStringLiteral("resultNumber"));
    QFont numberFont = m_resultNumber->font();
    numberFont.setPointSizeF(numberFont.pointSizeF() * 3.0);
    numberFont.setBold(true);
    numberFont.setLetterSpacing(QFont::PercentageSpacing, 104);
    m_resultNumber->setFont(numberFont);
    m_resultNumber->setAlignment(Qt::AlignCenter);
    m_resultNumber->setTextInteractionFlags(Qt::TextSelectableByMouse
                                            | Qt::TextSelectableByKeyboard);

    m_resultSay = new QLabel(page);
    m_resultSay->setAlignment(Qt::AlignCenter);
    setQuiet(m_resultSay);

    m_resultDeadline = new QLabel(page);
    m_resultDeadline->setObjectName(QStringLiteral("resultDeadline"));
    QFont deadlineFont = m_resultDeadline->font();
    deadlineFont.setPointSizeF(deadlineFont.pointSizeF() * 1.5);
    m_resultDeadline->setFont(deadlineFont);
    m_resultDeadline->setAlignment(Qt::AlignCenter);
    m_resultDeadline->setWordWrap(true);
    m_resultDeadline->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_resultDetails = new QLabel(page);
    m_resultDetails->setObjectName(QStringLiteral("resultDetails"));
    m_resultDetails->setAlignment(Qt::AlignCenter);
    m_resultDetails->setWordWrap(true);
    m_resultDetails->setTextFormat(Qt::PlainText);

    m_newCallButton = new QPushButton(page);
    m_newCallButton->setObjectName(QStringLiteral("newCallButton"));
    m_newCallButton->setAutoDefault(false);
    m_closeButton = new QPushButton(page);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAutoDefault(true);
    connect(m_newCallButton, &QPushButton::clicked, this, &IntakeDialog::startNewCall);
    connect(m_closeButton, &QPushButton::clicked, this, &IntakeDialog::accept);

    auto *card = new QFrame(page);
    card->setFrameShape(QFrame::StyledPanel);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(32, 28, 32, 28);
    cardLayout->setSpacing(14);
    cardLayout->addWidget(m_resultTitle);
    cardLayout->addWidget(m_resultNumber);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(m_resultSay);
    cardLayout->addWidget(m_resultDeadline);
    cardLayout->addWidget(m_resultDetails);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_newCallButton);
    buttons->addWidget(m_closeButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->addStretch(1);
    layout->addWidget(card);
    layout->addSpacing(18);
    layout->addLayout(buttons);
    layout->addStretch(2);
    setTabOrder(m_newCallButton, m_closeButton);
}

void IntakeDialog::retranslateUi()
{
    setWindowTitle(tr("Telephone request — Privacydesk"));
    m_title->setText(tr("Telephone request"));
    m_searchLabel->setText(
        tr("&Find the caller: customer number, postcode + house number, or name"));
    m_search->setPlaceholderText(tr("e.g. K100234, 1234 AB 12 or De Vries"));
    m_searchHouse->setPlaceholderText(tr("House no."));
    m_searchHouse->setToolTip(tr("House number, with the postcode in the search field"));
    m_results->setHeaderLabels(
        { tr("Name"), tr("Address"), tr("Customer number"), tr("Open requests") });
    m_newPerson->setText(tr("&New data subject (not found)"));
    m_nameLabel->setText(tr("Na&me:"));
    m_relationLabel->setText(tr("&Relation:"));
    for (int i = 0; i < m_relation->count(); ++i)
        m_relation->setItemText(
            i, Codes::label(static_cast<Relation>(m_relation->itemData(i).toInt())));
    m_klantnummerLabel->setText(tr("C&ustomer number:"));
    m_addressLabel->setText(tr("A&ddress:"));
    m_street->setPlaceholderText(tr("Street"));
    m_houseNumber->setPlaceholderText(tr("No."));
    m_postcode->setPlaceholderText(tr("Postcode"));
    m_city->setPlaceholderText(tr("City"));
    m_phoneLabel->setText(tr("&Phone:"));
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
        tr("Check them against the customer system."),
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
        m_resultDeadline->setText(tr("You will receive an answer by %1 at the latest.")
                                      .arg(QLocale().toString(m_resultDate, QLocale::LongFormat)));
        QStringList types;
        for (RequestType type : std::as_const(m_resultTypes))
            types << Codes::label(type);
        m_resultDetails->setText(
            tr("%1 · %2 · received by telephone by %3")
                .arg(m_resultPersonName, types.join(QStringLiteral(", ")), m_userName));
    }
    if (!m_lastSearch.isEmpty())
        showResults(m_matches);
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
    if (m_newPerson->isChecked())
        return std::nullopt;
    const QList<QTreeWidgetItem *> selected = m_results->selectedItems();
    if (selected.isEmpty())
        return std::nullopt;
    const int index = m_results->indexOfTopLevelItem(selected.first());
    if (index < 0 || index >= m_matches.size())
        return std::nullopt;
    return m_matches.at(index);
}

QString IntakeDialog::fieldText(QWidget *widget) const
{
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        return edit->text();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(widget))
        return text->toPlainText();
    return {};
}

bool IntakeDialog::hasInput() const
{
    if (page() != Page::Form)
        return false;
    if (!m_search->text().trimmed().isEmpty() || !m_searchHouse->text().trimmed().isEmpty()
        || m_newPerson->isChecked() || selectedPerson())
        return true;
    for (const GuardedField &field : m_guarded) {
        if (!fieldText(field.widget).trimmed().isEmpty())
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
    m_searchTimer->stop();
    QString text = m_search->text().simplified();
    const QString house = m_searchHouse->text().simplified();
    if (!house.isEmpty() && PersonQuery::parse(text).kind == PersonQuery::Parsed::Kind::Postcode
        && PersonQuery::parse(text).houseNumber.isEmpty())
        text += u' ' + house;
    if (text == m_lastSearch)
        return;
    m_lastSearch = text;
    showResults(m_query.search(text));
}

void IntakeDialog::showResults(const QList<PersonMatch> &matches)
{
    const std::optional<PersonMatch> before = selectedPerson();
    m_matches = matches;
    {
        const QSignalBlocker blocker(m_results);
        m_results->clear();
        for (const PersonMatch &match : matches) {
            auto *item = new QTreeWidgetItem(m_results);
            item->setText(0, match.person.name);
            item->setText(1, addressLine(match.person));
            item->setText(2, match.person.klantnummer);
            item->setText(3, QLocale().toString(match.openCases));
            item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(0, match.person.name);
            item->setToolTip(1, addressLine(match.person));
            if (match.openCases > 0) {
                QFont bold = item->font(3);
                bold.setBold(true);
                item->setFont(3, bold);
            }
            if (before && before->person.id == match.person.id)
                item->setSelected(true);
        }
    }
    const PersonQuery::Parsed parsed = PersonQuery::parse(m_lastSearch);
    QString what;
    switch (parsed.kind) {
    case PersonQuery::Parsed::Kind::Klantnummer:
        what = tr("Customer number %1").arg(parsed.klantnummer);
        break;
    case PersonQuery::Parsed::Kind::Postcode:
        what = parsed.houseNumber.isEmpty()
            ? tr("Postcode %1").arg(displayPostcode(parsed.postcode))
            : tr("Postcode %1, house number %2")
                  .arg(displayPostcode(parsed.postcode), parsed.houseNumber);
        break;
    case PersonQuery::Parsed::Kind::Name:
        what = tr("Name “%1”").arg(parsed.name);
        break;
    case PersonQuery::Parsed::Kind::Empty:
        break;
    }
    if (what.isEmpty()) {
        m_searchHint->setText(tr("Type a customer number, a postcode with house number, or at "
                                 "least two letters of the name."));
    } else if (matches.isEmpty()) {
        m_searchHint->setText(tr("%1: nobody found. Tick “New data subject” (Alt+N) to register "
                                 "the caller.")
                                  .arg(what));
    } else {
        QString found = tr("%1: %n found", nullptr, int(matches.size())).arg(what);
        if (parsed.kind == PersonQuery::Parsed::Kind::Name
            && matches.size() == PersonQuery::nameLimit)
            found += u' ' + tr("(the first %1; type more of the name)").arg(PersonQuery::nameLimit);
        m_searchHint->setText(found + u' ' + tr("— ↓ to choose, Enter to take."));
    }
    selectionChanged();
}

void IntakeDialog::selectionChanged()
{
    const std::optional<PersonMatch> chosen = selectedPerson();
    if (chosen) {
        QString text = tr("Caller: %1").arg(chosen->person.name);
        if (!chosen->person.klantnummer.isEmpty())
            text += QStringLiteral(" (%1)").arg(chosen->person.klantnummer);
        if (chosen->openCases > 0)
            text += QStringLiteral(" — ")
                + tr("already has %n open request(s)", nullptr, chosen->openCases);
        m_chosen->setText(text);
        // "Call back on the number we already know."
        if (m_callback->text().trimmed().isEmpty() && !chosen->person.phone.isEmpty())
            m_callback->setText(chosen->person.phone);
    } else {
        m_chosen->setText(QString());
    }
    m_chosen->setVisible(chosen.has_value());
    validate();
}

void IntakeDialog::setNewPerson(bool on)
{
    m_newPersonBox->setVisible(on);
    // The new person's fields take the list's place; unticking brings the results back.
    m_results->setEnabled(!on);
    m_results->setVisible(!on);
    if (on) {
        m_results->clearSelection();
        // Take over what was typed in the search field.
        const PersonQuery::Parsed parsed = PersonQuery::parse(m_search->text());
        if (parsed.kind == PersonQuery::Parsed::Kind::Name && m_name->text().isEmpty())
            m_name->setText(parsed.name);
        if (parsed.kind == PersonQuery::Parsed::Kind::Klantnummer
            && m_klantnummer->text().isEmpty())
            m_klantnummer->setText(parsed.klantnummer);
        if (parsed.kind == PersonQuery::Parsed::Kind::Postcode && m_postcode->text().isEmpty()) {
            m_postcode->setText(displayPostcode(parsed.postcode));
            const QString house = parsed.houseNumber.isEmpty() ? m_searchHouse->text().trimmed()
                                                               : parsed.houseNumber;
            if (m_houseNumber->text().isEmpty())
                m_houseNumber->setText(house);
        }
    }
    validate();
}

QString IntakeDialog::invalidReason() const
{
    if (m_newPerson->isChecked()) {
        if (m_name->text().trimmed().isEmpty())
            return tr("Enter the name of the new data subject.");
    } else if (!selectedPerson()) {
        return tr("Choose the caller from the results, or tick “New data subject”.");
    }
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
    bool anyFinding = false;
    for (const GuardedField &field : std::as_const(m_guarded)) {
        const bool active = m_newPerson->isChecked() || !m_newPersonBox->isAncestorOf(field.widget);
        const BsnGuard::GuardResult result = active
            ? BsnGuard::check(fieldText(field.widget), field.label(), false)
            : BsnGuard::GuardResult {};
        field.message->setMessage(result.message);
        anyFinding = anyFinding || !result.findings.isEmpty();
    }
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
        Person &p = request.person;
        p.name = m_name->text().trimmed();
        p.relation = static_cast<Relation>(m_relation->currentData().toInt());
        p.klantnummer = m_klantnummer->text().trimmed();
        p.street = m_street->text().trimmed();
        p.houseNumber = m_houseNumber->text().trimmed();
        p.postcode = m_postcode->text().trimmed();
        p.city = m_city->text().trimmed();
        p.phone = m_phone->text().trimmed();
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
    m_resultDate = cases.deadlines(*created).current;
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
    text("search", m_search->text());
    text("searchHouse", m_searchHouse->text());
    if (const std::optional<PersonMatch> chosen = selectedPerson())
        fields.insert(QStringLiteral("personId"), chosen->person.id);
    if (m_newPerson->isChecked()) {
        fields.insert(QStringLiteral("newPerson"), true);
        fields.insert(QStringLiteral("relation"),
                      Codes::code(static_cast<Relation>(m_relation->currentData().toInt())));
    }
    text("name", m_name->text());
    text("klantnummer", m_klantnummer->text());
    text("street", m_street->text());
    text("houseNumber", m_houseNumber->text());
    text("postcode", m_postcode->text());
    text("city", m_city->text());
    text("phone", m_phone->text());
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
    m_search->setText(text("search"));
    m_searchHouse->setText(text("searchHouse"));
    if (!m_search->text().isEmpty())
        searchNow();
    const qint64 personId = fields.value(QStringLiteral("personId")).toInteger();
    if (personId > 0) {
        for (int i = 0; i < m_matches.size(); ++i) {
            if (m_matches.at(i).person.id == personId) {
                m_results->topLevelItem(i)->setSelected(true);
                m_results->setCurrentItem(m_results->topLevelItem(i));
                break;
            }
        }
    }
    if (fields.value(QStringLiteral("newPerson")).toBool()) {
        m_newPerson->setChecked(true);
        setNewPerson(true);
        if (const auto relation = Codes::relation(text("relation")))
            m_relation->setCurrentIndex(m_relation->findData(static_cast<int>(*relation)));
    }
    m_name->setText(text("name"));
    m_klantnummer->setText(text("klantnummer"));
    m_street->setText(text("street"));
    m_houseNumber->setText(text("houseNumber"));
    m_postcode->setText(text("postcode"));
    m_city->setText(text("city"));
    m_phone->setText(text("phone"));
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
    const QDateTime local = savedAt.toLocalTime();
    m_error->setMessage(
        tr("Restored: the call you were logging when the desk locked (%1). Check it and save it.")
            .arg(QLocale().toString(local, QLocale::ShortFormat)),
        MessageLabel::Kind::Done);
}

void IntakeDialog::startNewCall()
{
    m_searchTimer->stop();
    m_search->clear();
    m_searchHouse->clear();
    m_lastSearch.clear();
    m_matches.clear();
    m_results->clear();
    m_newPerson->setChecked(false);
    setNewPerson(false);
    for (QLineEdit *edit : { m_name, m_klantnummer, m_street, m_houseNumber, m_postcode, m_city,
                             m_phone, m_callback })
        edit->clear();
    m_relation->setCurrentIndex(m_relation->findData(static_cast<int>(Relation::Huurder)));
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
    showResults({});
    m_pages->setCurrentIndex(0);
    m_saveButton->setDefault(true);
    m_search->setFocus();
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

bool IntakeDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const auto focusFirstType = [this] {
        if (!m_types.isEmpty())
            m_types.first()->setFocus(Qt::TabFocusReason);
    };
    if (watched == m_search || watched == m_searchHouse) {
        if (isPlainReturn(key)) {
            // Enter searches and, with exactly one hit, takes it: the usual customer-number call.
            searchNow();
            if (m_matches.size() == 1 && !m_newPerson->isChecked()) {
                m_results->topLevelItem(0)->setSelected(true);
                m_results->setCurrentItem(m_results->topLevelItem(0));
                focusFirstType();
            } else if (!m_matches.isEmpty() && !m_newPerson->isChecked()) {
                m_results->setFocus(Qt::TabFocusReason);
            }
            return true;
        }
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier && !m_matches.isEmpty()
            && m_results->isEnabled()) {
            searchNow();
            if (m_results->topLevelItemCount() > 0) {
                m_results->setFocus(Qt::TabFocusReason);
                if (!m_results->currentItem() || m_results->selectedItems().isEmpty()) {
                    m_results->setCurrentItem(m_results->topLevelItem(0));
                    m_results->topLevelItem(0)->setSelected(true);
                }
            }
            return true;
        }
    } else if (watched == m_results && isPlainReturn(key)) {
        if (QTreeWidgetItem *item = m_results->currentItem()) {
            item->setSelected(true);
            focusFirstType();
        }
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace pd::ui
