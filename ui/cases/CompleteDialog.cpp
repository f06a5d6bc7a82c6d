// The completion of a request (CompleteDialog) and its per-kind decision (KindDecisionBox): the
// largest of the case actions, with the refusal grounds and their letters, kept apart from the
// small dialogs in CaseActionDialogs.cpp.
#include "HelpWindow.h"
#include "Named.h"
#include "TabOrder.h"
#include "WindowSize.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseService.h"
#include "cases/Grounds.h"
#include "documents/CompletionGate.h"
#include "domain/InputLimits.h"
#include "letters/Letters.h"
#include "registers/SystemChecklist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

// A label above its text field, filling part (shown and hidden as one).
void stackLabelled(QWidget *part, QLabel *label, BsnGuardedTextEdit *field)
{
    label->setBuddy(field->editor());
    auto *layout = new QVBoxLayout(part);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(field);
}

// The widget(s) kept for a value (a ground, a data category, an objection's subject), or none.
template<typename Key, typename Widgets>
Widgets widgetFor(const QList<QPair<Key, Widgets>> &list, Key key)
{
    for (const auto &[value, widgets] : list) {
        if (value == key)
            return widgets;
    }
    return {};
}

// The label of what was done: required for a partial grant, optional for a full one.
QString grantedLabel(const Case &c, bool required)
{
    switch (c.types.value(0)) {
    case RequestType::Verwijdering:
        return required ? CompleteDialog::tr("What was &erased (required):")
                        //: Dutch: "Wat is &verwijderd (optioneel):"
                        : CompleteDialog::tr("What was &erased (optional):");
    case RequestType::Rectificatie:
        //: Dutch: "Wat is &gecorrigeerd, oud → nieuw (verplicht):"
        return required ? CompleteDialog::tr("What was &corrected, old → new (required):")
                        //: Dutch: "Wat is &gecorrigeerd, oud → nieuw (optioneel):"
                        : CompleteDialog::tr("What was &corrected, old → new (optional):");
    default:
        break;
    }
    return required ? CompleteDialog::tr("W&hat was done for the granted part (required):")
                    //: Dutch: "W&at is gedaan (optioneel):"
                    : CompleteDialog::tr("W&hat was done (optional):");
}

} // namespace

// --- KindDecisionBox ---

KindDecisionBox::KindDecisionBox(RequestType type, QWidget *parent)
    : QGroupBox(codes::label(type), parent)
    , m_type(type)
    , m_outcome(new QComboBox(this))
    , m_grounds(new QListWidget(this))
    , m_grantedPart(new QWidget(this))
    , m_granted(
          new BsnGuardedTextEdit(tr("What was done (%1)").arg(codes::label(type)), m_grantedPart))
    , m_motivationPart(new QWidget(this))
    , m_motivation(new BsnGuardedTextEdit(
          tr("Reasons for the decision (%1)").arg(codes::label(type)), m_motivationPart))
{
    const QString code = codes::code(type);
    setObjectName(QStringLiteral("kind-") + code);
    m_outcome->setObjectName(QStringLiteral("outcome-") + code);
    m_grounds->setObjectName(QStringLiteral("grounds-") + code);
    m_granted->setObjectName(QStringLiteral("granted-") + code);
    m_motivation->setObjectName(QStringLiteral("motivation-") + code);
    for (Outcome outcome : { Outcome::Toegewezen, Outcome::DeelsToegewezen, Outcome::Afgewezen })
        m_outcome->addItem(codes::label(outcome), static_cast<int>(outcome));
    // The grounds that fit this kind, each with its provision named: art. 17(3) and art. 41(1)
    // UAVG by their letter.
    for (RefusalGround ground : Grounds::choosable({ type })) {
        auto *item = new QListWidgetItem(codes::label(ground), m_grounds);
        item->setData(Qt::UserRole, static_cast<int>(ground));
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(codes::label(ground));
    }
    m_grounds->setAccessibleName(tr("Grounds for the refusal (%1)").arg(codes::label(type)));
    // Long labels end in "…" with the whole ground as tooltip: no sideways scrolling.
    m_grounds->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grounds->setTextElideMode(Qt::ElideRight);
    m_grounds->setFixedHeight(m_grounds->sizeHintForRow(0) * 5 + 2 * m_grounds->frameWidth() + 2);

    const bool erasure = type == RequestType::Verwijdering;
    stackLabelled(
        m_grantedPart,
        new QLabel(erasure ? tr("What was erased:") : tr("What was done:"), m_grantedPart),
        m_granted);
    stackLabelled(m_motivationPart,
                  new QLabel(erasure ? tr("What is kept, and why (art. 12(4) GDPR):")
                                     : tr("Reasons (art. 12(4) GDPR):"),
                             m_motivationPart),
                  m_motivation);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_outcome);
    auto *groundsLabel = new QLabel(tr("Grounds:"), this);
    groundsLabel->setBuddy(m_grounds);
    layout->addWidget(groundsLabel);
    layout->addWidget(m_grounds);
    layout->addWidget(m_grantedPart);
    layout->addWidget(m_motivationPart);
    layout->addStretch(1);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &KindDecisionBox::update);
    connect(m_grounds, &QListWidget::itemChanged, this, &KindDecisionBox::changed);
    connect(m_granted, &BsnGuardedTextEdit::changed, this, &KindDecisionBox::changed);
    connect(m_motivation, &BsnGuardedTextEdit::changed, this, &KindDecisionBox::changed);
    update();
}

void KindDecisionBox::update()
{
    const auto outcome = static_cast<Outcome>(m_outcome->currentData().toInt());
    m_grounds->setEnabled(CaseWorkflow::needsGrounds(outcome));
    m_grantedPart->setVisible(CaseWorkflow::mayTellGranted(outcome));
    m_motivationPart->setVisible(CaseWorkflow::needsMotivation(outcome));
    emit changed();
}

TypeDecision KindDecisionBox::decision() const
{
    TypeDecision d;
    d.type = m_type;
    d.outcome = static_cast<Outcome>(m_outcome->currentData().toInt());
    if (CaseWorkflow::needsGrounds(d.outcome)) {
        for (int i = 0; i < m_grounds->count(); ++i) {
            if (m_grounds->item(i)->checkState() == Qt::Checked)
                d.grounds << static_cast<RefusalGround>(
                    m_grounds->item(i)->data(Qt::UserRole).toInt());
        }
    }
    if (!m_grantedPart->isHidden())
        d.granted = m_granted->text();
    if (!m_motivationPart->isHidden())
        d.motivation = m_motivation->text();
    return d;
}

QString KindDecisionBox::blockingReason() const
{
    if (!m_grantedPart->isHidden() && !m_granted->blockingReason().isEmpty())
        return m_granted->blockingReason();
    if (!m_motivationPart->isHidden())
        return m_motivation->blockingReason();
    return {};
}

bool KindDecisionBox::overrideConfirmed() const
{
    return (!m_grantedPart->isHidden() && m_granted->overrideConfirmed())
        || (!m_motivationPart->isHidden() && m_motivation->overrideConfirmed());
}

// --- CompleteDialog ---

CompleteDialog::CompleteDialog(CaseService &service, const Case &c, QDate today, QWidget *parent,
                               const QStringList &openSystems, bool exportHeldNothing,
                               std::optional<HoldsClosing> holds)
    : CaseActionDialog(service, c, today, parent)
    , m_outcome(named<QComboBox>(QStringLiteral("outcome"), this))
    , m_groundsBox(named<QGroupBox>(QStringLiteral("grounds"), tr("Grounds for the refusal"), this))
    , m_directMarketing(
          new QCheckBox(tr("The objection is against &direct marketing (art. 21(2) GDPR)"), this))
    , m_motivationPart(new QWidget(this))
    , m_motivationLabel(new QLabel(m_motivationPart))
    , m_motivation(named<BsnGuardedTextEdit>(QStringLiteral("motivation"),
                                             tr("Reasons for the decision"), m_motivationPart))
    , m_grantedPart(new QWidget(this))
    , m_grantedLabel(new QLabel(m_grantedPart))
    , m_granted(new BsnGuardedTextEdit(tr("What was done"), m_grantedPart))
    , m_noIdPart(new QWidget(this))
    , m_noIdReason(
          new BsnGuardedTextEdit(tr("Reason for deciding without identification"), m_noIdPart))
    , m_answered(makeDateEdit(today))
    , m_channel(named<QComboBox>(QStringLiteral("answerChannel"), this))
    , m_reminder(wrappedLabel(tr("A refusal letter names the right to complain to the Autoriteit "
                                 "Persoonsgegevens and to go to court within six weeks (art. 35 "
                                 "UAVG)."),
                              this))
    , m_holds(std::move(holds))
{
    m_exportHeldNothing = exportHeldNothing;
    setWindowTitle(tr("Complete the request"));
    setHelpTopic(this, HelpTopic::Completion);
    m_directMarketing->setObjectName(QStringLiteral("directMarketing"));
    m_noIdReason->setObjectName(QStringLiteral("noIdentificationReason"));
    m_answered->setObjectName(QStringLiteral("answeredDate"));
    m_reminder->setObjectName(QStringLiteral("refusalReminder"));
    for (Outcome outcome : codes::all<Outcome>())
        m_outcome->addItem(codes::label(outcome), static_cast<int>(outcome));
    if (c.identification.succeeded == std::optional<bool>(false))
        m_outcome->setCurrentIndex(
            m_outcome->findData(static_cast<int>(Outcome::NietInBehandeling)));

    createGrounds(c);
    createReasons(c);
    createChangedData(c);
    createObjection(c);
    if (c.types.size() > 1)
        createKinds(c);
    createNoIdentificationPart();

    // A choice, not free text: the answer usually goes back the way the request came (a
    // request through the AP or a representative is answered by letter unless chosen otherwise).
    for (Channel channel : { Channel::Brief, Channel::Email, Channel::Webformulier, Channel::Balie,
                             Channel::Telefoon })
        m_channel->addItem(codes::label(channel), codes::code(channel));
    const int preset = m_channel->findData(codes::code(c.channel));
    m_channel->setCurrentIndex(preset >= 0 ? preset : 0);

    createHoldsPart(c);
    layOutColumns();
    if (!openSystems.isEmpty()) {
        // Art. 15 means searching every system on the request's list.
        auto *warning = wrappedLabel(SystemChecklist::openWarning(openSystems), this);
        warning->setObjectName(QStringLiteral("systemsOpenWarning"));
        warning->setStyleSheet(QStringLiteral("color: #8a1f11;"));
        //: Dutch: "&Toch afronden: de open systemen hoeven niet doorzocht te worden"
        m_systemsOpen
            = new QCheckBox(tr("Complete an&yway: the open systems need no search"), this);
        m_systemsOpen->setObjectName(QStringLiteral("systemsOpenOk"));
        formLayout()->addWidget(warning);
        formLayout()->addWidget(m_systemsOpen);
        connect(m_systemsOpen, &QCheckBox::toggled, this, &CompleteDialog::revalidate);
    }
    setReadingTabOrder();
    QPalette palette = m_reminder->palette();
    palette.setColor(QPalette::WindowText, QColor(0x6b, 0x4a, 0x00));
    m_reminder->setPalette(palette);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &CompleteDialog::updateGrounds);
    connect(m_directMarketing, &QCheckBox::toggled, this, &CompleteDialog::updateGrounds);
    connect(m_motivation, &BsnGuardedTextEdit::changed, this, &CompleteDialog::revalidate);
    connect(m_granted, &BsnGuardedTextEdit::changed, this, &CompleteDialog::revalidate);
    connect(m_noIdReason, &BsnGuardedTextEdit::changed, this, &CompleteDialog::revalidate);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &CompleteDialog::revalidate);
    updateGrounds();
}

// Data outside Privacydesk secured for the request (camera images) must
// not outlive it: release them now, or keep them until a day.
void CompleteDialog::createHoldsPart(const Case &c)
{
    if (!m_holds)
        return;
    ServiceError unread;
    const auto held = m_holds->pending(ExternalHoldService::Owner::Case, c.number, &unread);
    if (!held) {
        m_holdsUnread = unread.message;
        return;
    }
    if (held->isEmpty())
        return;
    //: Dutch: "Gegevens buiten Privacydesk"
    m_holdsPart
        = named<QGroupBox>(QStringLiteral("holdsAtClose"), tr("Data outside Privacydesk"), this);
    auto *layout = new QVBoxLayout(m_holdsPart);
    layout->addWidget(wrappedLabel(
        ExternalHoldService::closeRefusal(ExternalHoldService::Owner::Case, *held), m_holdsPart));
    //: Dutch: "Vri&jgeven (reden: verzoek afgerond)"
    m_releaseHolds
        = named<QRadioButton>(QStringLiteral("releaseHolds"),
                              tr("Re&lease them (reason: request completed)"), m_holdsPart);
    //: Dutch: "&Bewaren tot:"
    m_keepHolds
        = named<QRadioButton>(QStringLiteral("keepHolds"), tr("&Keep them until:"), m_holdsPart);
    // Offered: the six weeks within which the person may go to court (art. 35(2) UAVG).
    m_keepHoldsUntil = makeDateEdit(m_answered->date().addDays(42));
    m_keepHoldsUntil->setObjectName(QStringLiteral("keepHoldsUntil"));
    m_keepHoldsUntil->setMinimumDate(m_today);
    //: Dutch: "Voorstel: zes weken na het antwoord, de termijn om naar de rechter te gaan (art.
    //: 35 lid 2 UAVG)."
    m_keepHoldsUntil->setToolTip(tr("Offered: six weeks after the answer, the term to go to "
                                    "court (art. 35(2) UAVG)."));
    auto *keep = new QHBoxLayout;
    keep->addWidget(m_keepHolds);
    keep->addWidget(m_keepHoldsUntil);
    keep->addStretch();
    layout->addWidget(m_releaseHolds);
    layout->addLayout(keep);
    connect(m_releaseHolds, &QRadioButton::toggled, this, &CompleteDialog::revalidate);
    connect(m_keepHolds, &QRadioButton::toggled, this, &CompleteDialog::revalidate);
    connect(m_keepHoldsUntil, &QDateEdit::dateChanged, this, &CompleteDialog::revalidate);
}

HoldsAtClose CompleteDialog::holdsDecision() const
{
    if (m_releaseHolds && m_releaseHolds->isChecked())
        return { HoldsAtClose::Choice::Release, {} };
    if (m_keepHolds && m_keepHolds->isChecked())
        return { HoldsAtClose::Choice::KeepUntil, m_keepHoldsUntil->date() };
    return {};
}

// The grounds that fit the request's kinds; art. 17(3) and art. 41(1) UAVG open their letters, so
// that the list stays short until one is needed.
void CompleteDialog::createGrounds(const Case &c)
{
    auto *groundsLayout = new QVBoxLayout(m_groundsBox);
    const auto letterGroup = [this, groundsLayout](const QString &text, const char *name,
                                                   QCheckBox **parentBox, QWidget **letters) {
        *parentBox = new QCheckBox(text, m_groundsBox);
        (*parentBox)->setObjectName(QLatin1StringView(name));
        (*parentBox)->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
        *letters = new QWidget(m_groundsBox);
        auto *layout = new QVBoxLayout(*letters);
        layout->setContentsMargins(24, 0, 0, 0);
        groundsLayout->addWidget(*parentBox);
        groundsLayout->addWidget(*letters);
        connect(*parentBox, &QCheckBox::toggled, this, &CompleteDialog::updateGrounds);
    };
    for (RefusalGround ground : Grounds::choosable(c.types)) {
        if (Grounds::isArt17_3Letter(ground)) {
            if (!m_art17)
                letterGroup(tr("Art. 17(3) GDPR: an exception to erasure (name the letter)"),
                            "art17", &m_art17, &m_art17Letters);
            addGround(ground, m_art17Letters, qobject_cast<QVBoxLayout *>(m_art17Letters->layout()),
                      true);
        } else if (Grounds::isArt41Uavg(ground)) {
            if (!m_art41)
                letterGroup(tr("Art. 41(1) UAVG: an exception in Dutch law (name the ground)"),
                            "art41", &m_art41, &m_art41Letters);
            addGround(ground, m_art41Letters, qobject_cast<QVBoxLayout *>(m_art41Letters->layout()),
                      true);
        } else {
            QCheckBox *box = addGround(ground, m_groundsBox, groundsLayout);
            if (ground == RefusalGround::Art23)
                box->setToolTip(tr("Only together with art. 41 UAVG, the Dutch provision that "
                                   "applies it."));
            if (ground == RefusalGround::Art21Dwingend)
                box->setToolTip(tr("Not for the direct marketing part of an objection: that "
                                   "part is absolute (art. 21(3) GDPR)."));
        }
    }
    m_directMarketing->setToolTip(tr("Such an objection is absolute (art. 21(3) GDPR): art. 21(1) "
                                     "cannot refuse it."));
    m_directMarketing->setVisible(c.types.contains(RequestType::Bezwaar));
}

// The reasons for the decision and, for a partial grant, what was done.
void CompleteDialog::createReasons(const Case &c)
{
    m_motivation->editor()->setPlaceholderText(
        tr("In plain words, why the request is not granted in full. The data subject reads this "
           "in the decision letter."));
    stackLabelled(m_motivationPart, m_motivationLabel, m_motivation);

    // A grant says what was done, a partial grant must; for an erasure what was erased (the
    // reasons then say what is kept and why), for a rectification the old and the new value.
    m_granted->setObjectName(QStringLiteral("granted"));
    m_grantedLabel->setText(grantedLabel(c, true));
    if (c.types.value(0) == RequestType::Rectificatie)
        m_granted->editor()->setPlaceholderText(
            //: Dutch: "Per gegeven: oud → nieuw, bijvoorbeeld ‘Telefoonnummer: 06 1234 5678 →
            //: 06 8765 4321’."
            tr("Per item: old → new, for example ‘Phone number: 06 1234 5678 → 06 8765 "
               "4321’."));
    stackLabelled(m_grantedPart, m_grantedLabel, m_granted);
}

// Which data a rectification, erasure or restriction changed: art. 19 GDPR then asks
// only the recipients that received them.
void CompleteDialog::createChangedData(const Case &c)
{
    m_changedData = named<QGroupBox>(QStringLiteral("changedData"),
                                     tr("Data that changed (art. 19 GDPR)"), this);
    m_changedData->setToolTip(
        //: Dutch: "Alleen ontvangers die deze gegevens van ons kregen, moeten de wijziging
        //: horen (artikel 19 AVG)."
        tr("Only recipients that received these data from us must be told of the change "
           "(art. 19 GDPR)."));
    // Two columns: eleven categories stay short enough beside the grounds.
    auto *layout = new QGridLayout(m_changedData);
    const QList<DataCategory> categories = codes::all<DataCategory>();
    const auto half = (categories.size() + 1) / 2;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const DataCategory category = categories.at(i);
        auto *box = named<QCheckBox>(QStringLiteral("changed-") + codes::code(category),
                                     codes::label(category), m_changedData);
        box->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
        layout->addWidget(box, static_cast<int>(i % half), static_cast<int>(i / half));
        m_changedBoxes.append({ category, box });
        connect(box, &QCheckBox::toggled, this, &CompleteDialog::revalidate);
    }
    const bool changes = std::any_of(c.types.cbegin(), c.types.cend(), [](RequestType type) {
        return CaseWorkflow::changesData(type);
    });
    m_changedData->setVisible(changes);
}

// What an objection was about, each stopped or going on: the letter names them.
void CompleteDialog::createObjection(const Case &c)
{
    //: Dutch: "Waar gaat het bezwaar over?"
    m_objectionPart
        = named<QGroupBox>(QStringLiteral("objection"), tr("What is the objection about?"), this);
    auto *grid = new QGridLayout(m_objectionPart);
    int row = 0;
    for (ObjectionSubject subject : codes::all<ObjectionSubject>()) {
        auto *box = named<QCheckBox>(QStringLiteral("objection-") + codes::code(subject),
                                     codes::label(subject), m_objectionPart);
        auto *decided = named<QComboBox>(
            QStringLiteral("objection-stopped-") + codes::code(subject), m_objectionPart);
        //: Dutch: "Gestopt"
        decided->addItem(tr("Stopped"), true);
        //: Dutch: "Gaat door"
        decided->addItem(tr("Goes on"), false);
        decided->setAccessibleName(codes::label(subject));
        decided->setEnabled(false);
        grid->addWidget(box, row, 0);
        grid->addWidget(decided, row, 1);
        ++row;
        m_objectionBoxes.append({ subject, { box, decided } });
        connect(box, &QCheckBox::toggled, decided, &QWidget::setEnabled);
        // Marketing is direct marketing whatever else the objection is about (art. 21(2)).
        if (ObjectionPart { subject, {}, true }.marketing())
            connect(box, &QCheckBox::toggled, m_directMarketing,
                    [dm = m_directMarketing](bool on) { dm->setChecked(dm->isChecked() || on); });
        connect(box, &QCheckBox::toggled, this, &CompleteDialog::updateGrounds);
        connect(box, &QCheckBox::toggled, this, &CompleteDialog::revalidate);
        connect(decided, &QComboBox::currentIndexChanged, this, &CompleteDialog::updateGrounds);
        connect(decided, &QComboBox::currentIndexChanged, this, &CompleteDialog::revalidate);
    }
    m_objectionOther = named<QLineEdit>(QStringLiteral("objectionOther"), m_objectionPart);
    //: Dutch: "Anders: waarover, in woorden"
    m_objectionOther->setPlaceholderText(tr("Other: what about, in words"));
    m_objectionOther->setMaxLength(InputLimits::maxShortText);
    grid->addWidget(m_objectionOther, row, 0, 1, 2);
    connect(m_objectionOther, &QLineEdit::textChanged, this, &CompleteDialog::revalidate);
    m_objectionPart->setVisible(c.types.contains(RequestType::Bezwaar));
}

QList<ObjectionPart> CompleteDialog::objectionParts() const
{
    QList<ObjectionPart> parts;
    for (const auto &[subject, boxes] : m_objectionBoxes) {
        auto text = subject == ObjectionSubject::Overig ? m_objectionOther->text() : QString();
        if (boxes.first->isChecked())
            parts << ObjectionPart { subject, text, boxes.second->currentData().toBool() };
    }
    return parts;
}

QCheckBox *CompleteDialog::objectionBox(ObjectionSubject subject) const
{
    return widgetFor(m_objectionBoxes, subject).first;
}

QComboBox *CompleteDialog::objectionStoppedBox(ObjectionSubject subject) const
{
    return widgetFor(m_objectionBoxes, subject).second;
}

QCheckBox *CompleteDialog::changedDataBox(DataCategory category) const
{
    return widgetFor(m_changedBoxes, category);
}

// A request of several kinds, partly granted: decided per kind.
void CompleteDialog::createKinds(const Case &c)
{
    m_kindsPart = named<QWidget>(QStringLiteral("kinds"), this);
    auto *kindsLayout = new QVBoxLayout(m_kindsPart);
    kindsLayout->setContentsMargins(0, 0, 0, 0);
    kindsLayout->addWidget(wrappedLabel(tr("The request asks for several things: decide "
                                           "each kind on its own."),
                                        m_kindsPart));
    auto *kindsRow = new QHBoxLayout;
    for (RequestType type : c.types) {
        auto *box = new KindDecisionBox(type, m_kindsPart);
        kindsRow->addWidget(box, 1);
        m_kinds << box;
        connect(box, &KindDecisionBox::changed, this, &CompleteDialog::revalidate);
        connect(box, &KindDecisionBox::changed, this, &CompleteDialog::fitToContents);
    }
    kindsLayout->addLayout(kindsRow);
}

// Why the identity was not in doubt, asked when no identification was recorded.
void CompleteDialog::createNoIdentificationPart()
{
    auto *noIdLabel = new QLabel(tr("&Why was the identity not in doubt?"), m_noIdPart);
    noIdLabel->setBuddy(m_noIdReason->editor());
    m_noIdReason->editor()->setPlaceholderText(
        tr("For example: known data subject, called back on the known number."));
    auto *noIdLayout = new QVBoxLayout(m_noIdPart);
    noIdLayout->setContentsMargins(0, 0, 0, 0);
    noIdLayout->addWidget(wrappedLabel(tr("No identification was received or recorded for this "
                                          "request. Record it first, or state why the identity "
                                          "of the data subject was not in doubt."),
                                       m_noIdPart));
    noIdLayout->addWidget(noIdLabel);
    noIdLayout->addWidget(m_noIdReason);
}

// Two columns, so that a refusal with its letters open still fits a laptop screen: the
// decision and its grounds on the left, the reasons and the answer on the right.
void CompleteDialog::layOutColumns()
{
    auto *left = new QVBoxLayout;
    auto *form = new QFormLayout;
    form->addRow(tr("&Outcome:"), m_outcome);
    left->addLayout(form);
    left->addWidget(m_directMarketing);
    left->addWidget(m_changedData);
    left->addWidget(m_objectionPart);
    left->addWidget(m_groundsBox);
    // Under the grounds, where the left column has room: in reach without scrolling.
    if (m_holdsPart)
        left->addWidget(m_holdsPart);
    left->addStretch(1);
    m_directMarketing->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_motivationPart->setMinimumWidth(320);
    auto *right = new QVBoxLayout;
    right->addWidget(m_grantedPart);
    right->addWidget(m_motivationPart);
    right->addWidget(m_noIdPart);
    auto *answer = new QFormLayout;
    answer->addRow(tr("&Answer sent on:"), m_answered);
    answer->addRow(tr("Answer sent &by:"), m_channel);
    right->addLayout(answer);
    right->addWidget(m_reminder);
    right->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(12);
    columns->addLayout(right, 1);
    formLayout()->addLayout(columns);
    if (m_kindsPart)
        formLayout()->addWidget(m_kindsPart);
}

// Tab follows the reading order: outcome, grounds, reasons, answer.
void CompleteDialog::setReadingTabOrder()
{
    QList<QWidget *> order { m_outcome, m_directMarketing };
    for (const auto &[category, box] : m_changedBoxes)
        order << box;
    for (const auto &[subject, boxes] : m_objectionBoxes)
        order << boxes.first << boxes.second;
    order << m_objectionOther;
    for (QCheckBox *box : m_groundsBox->findChildren<QCheckBox *>())
        order << box;
    order << m_granted->editor() << m_granted->findChild<QCheckBox *>() << m_motivation->editor()
          << m_motivation->findChild<QCheckBox *>() << m_noIdReason->editor()
          << m_noIdReason->findChild<QCheckBox *>() << m_answered << m_channel;
    chainTabOrder(order);
}

QCheckBox *CompleteDialog::addGround(RefusalGround ground, QWidget *parent, QVBoxLayout *layout,
                                     bool letter)
{
    // A letter under its article shows only its letter and subject: "(b) wettelijke
    // verplichting"; the full label is its tooltip and its name for a screen reader.
    const QString label = codes::label(ground);
    QString text = label;
    if (letter) {
        const qsizetype colon = label.indexOf(QLatin1StringView(": "));
        text = tr("(%1) %2").arg(codes::code(ground).right(1), label.mid(colon + 2));
        if (colon < 0)
            text = label;
    }
    auto *box = new QCheckBox(text, parent);
    box->setToolTip(label);
    box->setAccessibleName(label);
    // Never cut off: the grounds column is as wide as its longest shown ground.
    box->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    box->setObjectName(QStringLiteral("ground-") + codes::code(ground));
    layout->addWidget(box);
    m_grounds.append({ ground, box });
    connect(box, &QCheckBox::toggled, this, &CompleteDialog::updateGrounds);
    return box;
}

QCheckBox *CompleteDialog::groundBox(RefusalGround ground) const
{
    return widgetFor(m_grounds, ground);
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
        // A letter counts only while its article is ticked; art. 23 only while it is offered.
        if (Grounds::isArt17_3Letter(ground) && !(m_art17 && m_art17->isChecked()))
            continue;
        if (Grounds::isArt41Uavg(ground) && !(m_art41 && m_art41->isChecked()))
            continue;
        if (box->isChecked() && box->isEnabled())
            result << ground;
    }
    return result;
}

Completion CompleteDialog::completion() const
{
    Completion done;
    done.outcome = outcome();
    if (m_kindsPart && !m_kindsPart->isHidden()) {
        for (const KindDecisionBox *box : m_kinds)
            done.decisions << box->decision();
    } else {
        done.grounds = grounds();
        if (!m_motivationPart->isHidden())
            done.motivation = m_motivation->text();
        if (!m_grantedPart->isHidden())
            done.granted = m_granted->text();
    }
    done.directMarketing = !m_directMarketing->isHidden() && m_directMarketing->isChecked();
    if (!m_changedData->isHidden() && m_changedData->isEnabled()) {
        for (const auto &[category, box] : m_changedBoxes) {
            if (box->isChecked())
                done.changedData << category;
        }
    }
    if (!m_objectionPart->isHidden() && CaseWorkflow::decides(done.outcome))
        done.objection = objectionParts();
    if (!m_noIdPart->isHidden())
        done.noIdentificationReason = m_noIdReason->text();
    done.answered = m_answered->date();
    done.answerChannel = m_channel->currentData().toString();
    return done;
}

void CompleteDialog::fitToContents()
{
    if (!isVisible() || !layout())
        return;
    for (KindDecisionBox *box : std::as_const(m_kinds))
        box->layout()->invalidate();
    // Up to the screen; beyond it the form scrolls and OK stays in reach.
    growWithinScreen(this);
}

void CompleteDialog::updateGrounds()
{
    const Outcome current = outcome();
    const bool refusal = CaseWorkflow::needsGrounds(current);
    m_groundsBox->setEnabled(refusal);
    m_reminder->setVisible(refusal);
    if (m_art17)
        m_art17Letters->setVisible(m_art17->isChecked());
    if (m_art41)
        m_art41Letters->setVisible(m_art41->isChecked());
    bool art41Named = false;
    for (const auto &[ground, box] : m_grounds)
        art41Named = art41Named
            || (Grounds::isArt41Uavg(ground) && m_art41 && m_art41->isChecked()
                && box->isChecked());
    Completion objection;
    objection.directMarketing = !m_directMarketing->isHidden() && m_directMarketing->isChecked();
    if (m_objectionPart && !m_objectionPart->isHidden())
        objection.objection = objectionParts();
    // Art. 23 GDPR only beside art. 41 UAVG; art. 21(1) never against direct marketing alone.
    for (const auto &[ground, box] : m_grounds) {
        bool offered = true;
        if (ground == RefusalGround::Art23)
            offered = art41Named;
        else if (ground == RefusalGround::Art21Dwingend)
            offered = !CaseWorkflow::onlyAbsolute(objection);
        box->setEnabled(offered);
        if (!offered)
            box->setChecked(false);
    }
    // The reasons: required for a refusal or partial grant; welcome when the request is not
    // taken into consideration; not asked for a grant or a withdrawal.
    const bool motivationRequired = CaseWorkflow::needsMotivation(current);
    const bool perKind = m_kindsPart && current == Outcome::DeelsToegewezen;
    if (m_kindsPart)
        m_kindsPart->setVisible(perKind);
    m_groundsBox->setVisible(!perKind);
    m_grantedPart->setVisible(!perKind && CaseWorkflow::mayTellGranted(current));
    m_grantedLabel->setText(grantedLabel(m_case, CaseWorkflow::needsGranted(current)));
    m_changedData->setEnabled(CaseWorkflow::mayTellGranted(current));
    m_motivationPart->setVisible(!perKind
                                 && (motivationRequired || current == Outcome::NietInBehandeling));
    m_motivationLabel->setText(motivationRequired
                                   ? tr("&Reasons for the decision (required, art. 12(4) GDPR):")
                                   : tr("&Reasons for the decision (optional):"));
    m_noIdPart->setVisible(CaseWorkflow::needsIdentificationReason(m_case, current));
    fitToContents();
    revalidate();
}

QString CompleteDialog::validate() const
{
    if (CaseWorkflow::needsGrounds(outcome())) {
        const auto named = [this](bool (*test)(RefusalGround)) {
            for (const auto &[ground, box] : m_grounds) {
                if (test(ground) && box->isChecked())
                    return true;
            }
            return false;
        };
        if (m_art17 && m_art17->isChecked() && !named(Grounds::isArt17_3Letter))
            return tr("Name the exception of art. 17(3) GDPR that applies, (a) to (e).");
        if (m_art41 && m_art41->isChecked() && !named(Grounds::isArt41Uavg))
            return tr("Name the ground of art. 41(1) UAVG that applies, (a) to (j).");
    }
    const Completion done = completion();
    if (QString problem = CaseWorkflow::checkComplete(m_case, done, m_today); !problem.isEmpty())
        return problem;
    if (QString problem = LetterService::completionRefusal(m_case, done, m_exportHeldNothing);
        !problem.isEmpty())
        return problem;
    if (m_copySystems)
        if (QString problem = CompletionGate::refusal(m_case, done, *m_copySystems,
                                                      { m_reportExported, m_portabilityExported });
            !problem.isEmpty())
            return problem;
    if (m_systemsOpen && !m_systemsOpen->isChecked())
        //: Dutch: "Vink eerst de systemen af (Overzicht, doorzochte systemen), of kies Toch afronden."
        return tr("Tick the systems first (Overview, systems searched), or choose Complete "
                  "anyway.");
    if (!m_holdsUnread.isEmpty())
        return m_holdsUnread;
    if (m_holdsPart && holdsDecision().choice == HoldsAtClose::Choice::Undecided)
        //: Dutch: "Kies wat er gebeurt met de gegevens buiten Privacydesk: vrijgeven of bewaren
        //: tot een datum."
        return tr("Choose what becomes of the data outside Privacydesk: release them or keep "
                  "them until a date.");
    if (!m_motivationPart->isHidden() && !m_motivation->blockingReason().isEmpty())
        return m_motivation->blockingReason();
    if (!m_grantedPart->isHidden() && !m_granted->blockingReason().isEmpty())
        return m_granted->blockingReason();
    for (const KindDecisionBox *box : m_kinds) {
        if (!m_kindsPart->isHidden() && !box->blockingReason().isEmpty())
            return box->blockingReason();
    }
    if (!m_noIdPart->isHidden() && !m_noIdReason->blockingReason().isEmpty())
        return m_noIdReason->blockingReason();
    return {};
}

bool CompleteDialog::apply(QString *message)
{
    ServiceError error;
    bool override = (!m_motivationPart->isHidden() && m_motivation->overrideConfirmed())
        || (!m_grantedPart->isHidden() && m_granted->overrideConfirmed())
        || (!m_noIdPart->isHidden() && m_noIdReason->overrideConfirmed());
    for (const KindDecisionBox *box : m_kinds)
        override = override || (!m_kindsPart->isHidden() && box->overrideConfirmed());
    const BsnCheck bsnCheck = bsnCheckFrom(override);
    const bool done = m_holds
        ? m_holds->completeRequest(m_service, m_case.number, completion(), holdsDecision(),
                                   bsnCheck, &error, m_case.version)
        : m_service.complete(m_case.number, completion(), bsnCheck, &error, m_case.version);
    if (done)
        return true;
    return refused(error, message);
}

} // namespace pd::ui
