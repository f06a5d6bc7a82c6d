#include "intake/PersonSearchWidget.h"

#include "FormFields.h"
#include "MessageLabel.h"
#include "Named.h"
#include "domain/InputLimits.h"
#include "retention/Restrictions.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pd::ui {

namespace {

constexpr int searchDelayMs = 250;

// The phone intake's words, translated under the context they were written in before the
// search left IntakeDialog: the same source texts keep their Dutch. Words that differ between
// the caller and the data subject are PersonSearchWidget's own.
class IntakeWords final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::IntakeDialog)
};

QString displayPostcode(const QString &postcode)
{
    const QString normalised = PersonQuery::normalisePostcode(postcode);
    if (normalised.isEmpty())
        return postcode;
    return normalised.left(4) + u' ' + normalised.mid(4);
}

// The caller hears which requests are open and who handles them: the first few by number and
// the colleague's name (never a login), the rest counted.
QString openRequestsText(const PersonQuery &query, const PersonMatch &match)
{
    constexpr int named = 3;
    ServiceError error;
    const auto open = query.openRequests(match.person.id, &error);
    if (!open)
        //: Dutch: "heeft al %n openstaand verzoek, maar welk kon niet worden gelezen: %1" /
        //: "heeft al %n openstaande verzoeken, maar welke kon niet worden gelezen: %1"
        return PersonSearchWidget::tr("already has %n open request(s), but which could not be "
                                      "read: %1",
                                      nullptr, match.openCases)
            .arg(error.message);
    if (open->isEmpty()) // closed since the search found it
        return {};
    QStringList items;
    for (qsizetype i = 0; i < std::min<qsizetype>(open->size(), named); ++i) {
        const OpenRequest &request = open->at(i);
        items << (request.handler.isEmpty()
                      //: Dutch: "%1 (nog geen behandelaar)"
                      ? PersonSearchWidget::tr("%1 (no handler yet)").arg(request.number)
                      //: Dutch: "%1 (behandelaar: %2)"
                      : PersonSearchWidget::tr("%1 (handler: %2)")
                            .arg(request.number, request.handler));
    }
    QString list = items.join(QStringLiteral(", "));
    if (open->size() > named)
        //: Dutch: "%1 en %n meer"
        list = PersonSearchWidget::tr("%1 and %n more", nullptr, int(open->size() - named))
                   .arg(list);
    //: Dutch: "heeft al %n openstaand verzoek: %1" / "heeft al %n openstaande verzoeken: %1"
    return PersonSearchWidget::tr("already has %n open request(s): %1", nullptr, int(open->size()))
        .arg(list);
}

} // namespace

PersonSearchWidget::PersonSearchWidget(const Session &session, Wording wording, QWidget *parent)
    : Retranslated(parent)
    , m_wording(wording)
    , m_session(session)
    , m_query(session)
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("personSearch"));
    createSearchFields();
    createNewPersonFields();
    layOutNewPersonForm();

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_searchHouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_searchLabel);
    layout->addLayout(searchRow);
    layout->addWidget(m_searchHint);
    layout->addWidget(m_results);
    layout->addWidget(m_chosen);
    m_restriction = named<QLabel>(QStringLiteral("restrictionMarker"), this);
    m_restriction->setWordWrap(true);
    m_restriction->setTextFormat(Qt::PlainText);
    m_restriction->setStyleSheet(QStringLiteral("color: #a00000; font-weight: bold;"));
    m_restriction->hide();
    layout->addWidget(m_restriction);
    layout->addWidget(m_newPerson);
    layout->addWidget(m_newPersonBox);

    const QList<QWidget *> order = tabChain();
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &PersonSearchWidget::searchNow);
    connect(m_search, &QLineEdit::textEdited, this, [this] {
        m_searchTimer->start();
        Q_EMIT changed();
    });
    connect(m_searchHouse, &QLineEdit::textEdited, this, [this] { m_searchTimer->start(); });
    connect(m_results, &QTreeWidget::itemSelectionChanged, this, &PersonSearchWidget::updateChosen);
    connect(m_newPerson, &QCheckBox::toggled, this, &PersonSearchWidget::setNewPerson);
    for (const intake::GuardedField &field : std::as_const(m_guarded))
        connect(qobject_cast<QLineEdit *>(field.widget), &QLineEdit::textChanged, this,
                &PersonSearchWidget::changed);
    connect(m_relation, &QComboBox::currentIndexChanged, this, &PersonSearchWidget::changed);
    m_search->installEventFilter(this);
    m_searchHouse->installEventFilter(this);
    m_results->installEventFilter(this);

    retranslateUi();
    clear();
}

// The search (name or customer number, and a house number), its results and the person chosen.
void PersonSearchWidget::createSearchFields()
{
    m_searchLabel = intake::buddyLabel(this);
    m_search = named<QLineEdit>(QStringLiteral("search"), this);
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(100);
    m_searchHouse = limitedEdit(QStringLiteral("searchHouseNumber"), 10, this);
    m_searchHouse->setMaximumWidth(90);
    m_searchLabel->setBuddy(m_search);
    m_searchHint = intake::quietNote(this, QStringLiteral("searchHint"));

    m_results = intake::rowList(this, QStringLiteral("results"),
                                { QHeaderView::Stretch, QHeaderView::Stretch,
                                  QHeaderView::ResizeToContents, QHeaderView::ResizeToContents });
    m_results->setMinimumHeight(m_results->fontMetrics().height() * 7);
    m_results->setMaximumHeight(m_results->fontMetrics().height() * 10);
    m_chosen = named<QLabel>(QStringLiteral("chosenPerson"), this);
    m_chosen->setWordWrap(true);
    m_chosen->setTextFormat(Qt::PlainText);
}

// "New person" and the fields of one not found: name, relation, customer number, address, phone.
void PersonSearchWidget::createNewPersonFields()
{
    m_newPerson = named<QCheckBox>(QStringLiteral("newPerson"), this);
    m_newPersonBox = named<QFrame>(QStringLiteral("newPersonBox"), this);
    const auto edit = [this](const char *name, int maxLength) {
        auto *field = named<QLineEdit>(QLatin1StringView(name), m_newPersonBox);
        field->setMaxLength(maxLength);
        return field;
    };
    m_nameLabel = intake::buddyLabel(m_newPersonBox);
    m_name = edit("name", InputLimits::maxName);
    m_relationLabel = intake::buddyLabel(m_newPersonBox);
    m_relation = named<QComboBox>(QStringLiteral("relation"), m_newPersonBox);
    for (Relation relation : codes::all<Relation>())
        m_relation->addItem(codes::label(relation), static_cast<int>(relation));
    m_klantnummerLabel = intake::buddyLabel(m_newPersonBox);
    m_klantnummer = edit("klantnummer", 30);
    m_addressLabel = intake::buddyLabel(m_newPersonBox);
    m_street = edit("street", InputLimits::maxShortText);
    m_houseNumber = edit("houseNumber", 10);
    m_houseNumber->setMaximumWidth(80);
    m_postcode = edit("postcode", InputLimits::maxPostcode);
    m_postcode->setMaximumWidth(90);
    m_city = edit("city", InputLimits::maxShortText);
    m_phoneLabel = intake::buddyLabel(m_newPersonBox);
    m_phone = edit("phone", InputLimits::maxPhone);
    m_emailLabel = intake::buddyLabel(m_newPersonBox);
    m_email = edit("email", InputLimits::maxShortText);
    m_nameLabel->setBuddy(m_name);
    m_relationLabel->setBuddy(m_relation);
    m_klantnummerLabel->setBuddy(m_klantnummer);
    m_addressLabel->setBuddy(m_street);
    m_phoneLabel->setBuddy(m_phone);
    m_emailLabel->setBuddy(m_email);
}

// The new person's fields in a grid, each with the message that stops a BSN typed into it.
void PersonSearchWidget::layOutNewPersonForm()
{
    const auto guard = [this](QWidget *widget, QString (*label)()) {
        auto *message = named<MessageLabel>(widget->objectName() + u"BsnMessage", m_newPersonBox);
        m_guarded.append({ widget, message, label });
        return message;
    };
    MessageLabel *nameMessage = guard(m_name, [] { return IntakeWords::tr("Name"); });
    MessageLabel *klantnummerMessage
        = guard(m_klantnummer, [] { return IntakeWords::tr("Customer number"); });
    MessageLabel *streetMessage = guard(m_street, [] { return IntakeWords::tr("Street"); });
    MessageLabel *houseMessage
        = guard(m_houseNumber, [] { return IntakeWords::tr("House number"); });
    MessageLabel *postcodeMessage = guard(m_postcode, [] { return IntakeWords::tr("Postcode"); });
    MessageLabel *cityMessage = guard(m_city, [] { return IntakeWords::tr("City"); });
    MessageLabel *phoneMessage = guard(m_phone, [] { return IntakeWords::tr("Phone"); });
    MessageLabel *emailMessage = guard(m_email, [] { return PersonSearchWidget::tr("E-mail"); });

    // A row's warnings go under the whole row: under a field as narrow as a house number the
    // instruction would take ten lines.
    const auto under = [](std::initializer_list<MessageLabel *> messages) {
        auto *box = new QVBoxLayout;
        box->setSpacing(0);
        box->setContentsMargins(0, 0, 0, 0);
        for (MessageLabel *message : messages)
            box->addWidget(message);
        return box;
    };
    auto *personForm = new QGridLayout(m_newPersonBox);
    personForm->setContentsMargins(24, 0, 0, 0);
    personForm->setColumnStretch(1, 3);
    personForm->setColumnStretch(3, 2);
    personForm->addWidget(m_nameLabel, 0, 0);
    personForm->addLayout(intake::withMessage(m_name, nameMessage), 0, 1, 1, 3);
    personForm->addWidget(m_relationLabel, 1, 0);
    personForm->addWidget(m_relation, 1, 1);
    personForm->addWidget(m_klantnummerLabel, 1, 2);
    personForm->addWidget(m_klantnummer, 1, 3);
    personForm->addLayout(under({ klantnummerMessage }), 2, 1, 1, 3);
    personForm->addWidget(m_addressLabel, 3, 0);
    auto *streetRow = new QHBoxLayout;
    streetRow->addWidget(m_street, 1);
    streetRow->addWidget(m_houseNumber);
    personForm->addLayout(streetRow, 3, 1, 1, 3);
    personForm->addLayout(under({ streetMessage, houseMessage }), 4, 1, 1, 3);
    auto *placeRow = new QHBoxLayout;
    placeRow->addWidget(m_postcode);
    placeRow->addWidget(m_city, 1);
    personForm->addLayout(placeRow, 5, 1, 1, 3);
    personForm->addLayout(under({ postcodeMessage, cityMessage }), 6, 1, 1, 3);
    personForm->addWidget(m_phoneLabel, 7, 0);
    personForm->addWidget(m_phone, 7, 1);
    personForm->addWidget(m_emailLabel, 7, 2);
    personForm->addWidget(m_email, 7, 3);
    personForm->addLayout(under({ phoneMessage, emailMessage }), 8, 1, 1, 3);
    m_emailLabel->hide();
    m_email->hide();
}

PersonSearchWidget::~PersonSearchWidget() = default;

void PersonSearchWidget::setEmailShown(bool shown)
{
    m_emailShown = shown;
    m_emailLabel->setVisible(shown);
    m_email->setVisible(shown);
    if (!shown)
        m_email->clear();
}

QList<QWidget *> PersonSearchWidget::tabChain() const
{
    return { m_search, m_searchHouse, m_results,  m_newPerson, m_name,  m_relation, m_klantnummer,
             m_street, m_houseNumber, m_postcode, m_city,      m_phone, m_email };
}

void PersonSearchWidget::retranslateUi()
{
    m_searchLabel->setText(
        m_wording == Wording::Caller
            ? IntakeWords::tr("&Find the caller: customer number, postcode + house number, or name")
            : tr("Find the data sub&ject: customer number, postcode + house number, or name"));
    m_search->setPlaceholderText(IntakeWords::tr("e.g. K100234, 1234 AB 12 or De Vries"));
    m_searchHouse->setPlaceholderText(IntakeWords::tr("House no."));
    m_searchHouse->setAccessibleName(IntakeWords::tr("House number"));
    m_searchHouse->setToolTip(
        IntakeWords::tr("House number, with the postcode in the search field"));
    m_results->setHeaderLabels({ IntakeWords::tr("Name"), IntakeWords::tr("Address"),
                                 IntakeWords::tr("Customer number"),
                                 IntakeWords::tr("Open requests") });
    m_results->setAccessibleName(tr("Search results"));
    m_newPerson->setText(IntakeWords::tr("&New data subject (not found)"));
    m_nameLabel->setText(IntakeWords::tr("Na&me:"));
    m_relationLabel->setText(IntakeWords::tr("&Relation:"));
    for (int i = 0; i < m_relation->count(); ++i)
        m_relation->setItemText(
            i, codes::label(static_cast<Relation>(m_relation->itemData(i).toInt())));
    m_klantnummerLabel->setText(IntakeWords::tr("C&ustomer number:"));
    m_addressLabel->setText(IntakeWords::tr("A&ddress:"));
    m_street->setPlaceholderText(IntakeWords::tr("Street"));
    m_houseNumber->setPlaceholderText(IntakeWords::tr("No."));
    m_postcode->setPlaceholderText(IntakeWords::tr("Postcode"));
    m_city->setPlaceholderText(IntakeWords::tr("City"));
    // The address label names the street; the other parts of the address by their own name.
    m_houseNumber->setAccessibleName(IntakeWords::tr("House number"));
    m_postcode->setAccessibleName(IntakeWords::tr("Postcode"));
    m_city->setAccessibleName(IntakeWords::tr("City"));
    m_phoneLabel->setText(IntakeWords::tr("&Phone:"));
    m_emailLabel->setText(tr("E-mai&l:"));
    showResults(m_matches);
}

std::optional<PersonMatch> PersonSearchWidget::selectedPerson() const
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

bool PersonSearchWidget::isNewPerson() const
{
    return m_newPerson->isChecked();
}

Person PersonSearchWidget::newPerson() const
{
    Person p;
    p.name = m_name->text().trimmed();
    p.relation = static_cast<Relation>(m_relation->currentData().toInt());
    p.klantnummer = m_klantnummer->text().trimmed();
    p.street = m_street->text().trimmed();
    p.houseNumber = m_houseNumber->text().trimmed();
    p.postcode = m_postcode->text().trimmed();
    p.city = m_city->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.email = m_emailShown ? m_email->text().trimmed() : QString();
    return p;
}

QString PersonSearchWidget::invalidReason() const
{
    if (m_newPerson->isChecked()) {
        if (m_name->text().trimmed().isEmpty())
            return IntakeWords::tr("Enter the name of the new data subject.");
    } else if (!selectedPerson()) {
        return m_wording == Wording::Caller
            ? IntakeWords::tr("Choose the caller from the results, or tick “New data subject”.")
            : tr("Choose the data subject from the results, or tick “New data subject”.");
    }
    return {};
}

bool PersonSearchWidget::guardBsn()
{
    if (m_newPerson->isChecked())
        return intake::guardFields(m_guarded);
    // Fields that are not in use are not stored: no message for them.
    for (const intake::GuardedField &field : std::as_const(m_guarded))
        field.message->setMessage(QString());
    return false;
}

bool PersonSearchWidget::hasInput() const
{
    if (!m_search->text().trimmed().isEmpty() || !m_searchHouse->text().trimmed().isEmpty()
        || m_newPerson->isChecked() || selectedPerson())
        return true;
    for (const intake::GuardedField &field : m_guarded) {
        if (!intake::fieldText(field.widget).trimmed().isEmpty())
            return true;
    }
    return false;
}

void PersonSearchWidget::clear()
{
    m_searchTimer->stop();
    m_search->clear();
    m_searchHouse->clear();
    m_lastSearch.clear();
    m_searchFailure.clear();
    m_matches.clear();
    m_results->clear();
    m_newPerson->setChecked(false);
    setNewPerson(false);
    for (const intake::GuardedField &field : std::as_const(m_guarded))
        qobject_cast<QLineEdit *>(field.widget)->clear();
    m_relation->setCurrentIndex(m_relation->findData(static_cast<int>(Relation::Huurder)));
    showResults({});
}

void PersonSearchWidget::focusSearch()
{
    m_search->setFocus();
}

void PersonSearchWidget::suggest(const QString &name, const QString &email)
{
    const QString simplified = name.simplified();
    if (!simplified.isEmpty()) {
        m_search->setText(simplified);
        searchNow();
        m_name->setText(simplified);
    }
    if (m_emailShown && !email.trimmed().isEmpty())
        m_email->setText(email.trimmed());
    if (m_matches.isEmpty() && m_searchFailure.isEmpty()
        && (!simplified.isEmpty() || !email.trimmed().isEmpty())) {
        m_newPerson->setChecked(true);
    }
    Q_EMIT changed();
}

void PersonSearchWidget::searchNow()
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
    ServiceError error;
    const QList<PersonMatch> matches = m_query.search(text, &error);
    m_searchFailure = error.isError() ? error.message : QString();
    if (error.isError())
        m_lastSearch.clear(); // the same text searches again
    showResults(matches);
}

void PersonSearchWidget::showResults(const QList<PersonMatch> &matches)
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
        what = IntakeWords::tr("Customer number %1").arg(parsed.klantnummer);
        break;
    case PersonQuery::Parsed::Kind::Postcode:
        what = parsed.houseNumber.isEmpty()
            ? IntakeWords::tr("Postcode %1").arg(displayPostcode(parsed.postcode))
            : IntakeWords::tr("Postcode %1, house number %2")
                  .arg(displayPostcode(parsed.postcode), parsed.houseNumber);
        break;
    case PersonQuery::Parsed::Kind::Name:
        what = IntakeWords::tr("Name “%1”").arg(parsed.name);
        break;
    case PersonQuery::Parsed::Kind::Empty:
        break;
    }
    if (!m_searchFailure.isEmpty()) {
        m_searchHint->setText(
            tr("The search failed, so it is not known whether this person is registered "
               "already: %1")
                .arg(m_searchFailure));
    } else if (what.isEmpty()) {
        m_searchHint->setText(
            IntakeWords::tr("Type a customer number, a postcode with house number, or at "
                            "least two letters of the name."));
    } else if (matches.isEmpty()) {
        m_searchHint->setText(
            (m_wording == Wording::Caller
                 ? IntakeWords::tr("%1: nobody found. Tick “New data subject” (Alt+N) to "
                                   "register the caller.")
                 : tr("%1: nobody found. Tick “New data subject” (Alt+N) to register them."))
                .arg(what));
    } else {
        QString found = IntakeWords::tr("%1: %n found", nullptr, int(matches.size())).arg(what);
        if (parsed.kind == PersonQuery::Parsed::Kind::Name
            && matches.size() == PersonQuery::nameLimit)
            found += u' '
                + IntakeWords::tr("(the first %1; type more of the name)")
                      .arg(PersonQuery::nameLimit);
        m_searchHint->setText(found + u' ' + IntakeWords::tr("— ↓ to choose, Enter to take."));
    }
    updateChosen();
}

void PersonSearchWidget::updateChosen()
{
    const std::optional<PersonMatch> chosen = selectedPerson();
    if (chosen) {
        QString text = m_wording == Wording::Caller
            ? IntakeWords::tr("Caller: %1").arg(chosen->person.name)
            : tr("Data subject: %1").arg(chosen->person.name);
        if (!chosen->person.klantnummer.isEmpty())
            text += QStringLiteral(" (%1)").arg(chosen->person.klantnummer);
        const QString open = chosen->openCases > 0 ? openRequestsText(m_query, *chosen) : QString();
        if (!open.isEmpty())
            text += QStringLiteral(" — ") + open;
        m_chosen->setText(text);
    } else {
        m_chosen->setText(QString());
    }
    m_chosen->setVisible(chosen.has_value());
    // The marker the phone desk may read too (RestrictionService::markers): say it before the
    // call goes on. A read that failed says so.
    QString restricted;
    if (chosen) {
        ServiceError error;
        const auto markers = RestrictionService(m_session).markers(chosen->person.id, &error);
        restricted = markers
            ? RestrictionService::markerText(*markers)
            //: Dutch: "Of de verwerking is beperkt, kon niet worden gelezen: %1"
            : tr("Whether processing is restricted could not be read: %1").arg(error.message);
    }
    m_restriction->setText(restricted);
    m_restriction->setVisible(!restricted.isEmpty());
    Q_EMIT selectionChanged();
    Q_EMIT changed();
}

void PersonSearchWidget::setNewPerson(bool on)
{
    // The new person's fields take the list's place; unticking brings the results back. The
    // one goes before the other comes, or the window grows to hold both for a moment.
    m_results->setEnabled(!on);
    (on ? m_results : m_newPersonBox)->setVisible(false);
    (on ? m_newPersonBox : m_results)->setVisible(true);
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
    Q_EMIT changed();
}

void PersonSearchWidget::writeDraft(QJsonObject *fields) const
{
    const auto text = [fields](const char *name, const QString &value) {
        if (!value.trimmed().isEmpty())
            fields->insert(QLatin1StringView(name), value);
    };
    text("search", m_search->text());
    text("searchHouse", m_searchHouse->text());
    if (const std::optional<PersonMatch> chosen = selectedPerson())
        fields->insert(QStringLiteral("personId"), chosen->person.id);
    if (m_newPerson->isChecked()) {
        fields->insert(QStringLiteral("newPerson"), true);
        fields->insert(QStringLiteral("relation"),
                       codes::code(static_cast<Relation>(m_relation->currentData().toInt())));
    }
    text("name", m_name->text());
    text("klantnummer", m_klantnummer->text());
    text("street", m_street->text());
    text("houseNumber", m_houseNumber->text());
    text("postcode", m_postcode->text());
    text("city", m_city->text());
    text("phone", m_phone->text());
    if (m_emailShown)
        text("email", m_email->text());
}

void PersonSearchWidget::restoreDraft(const QJsonObject &fields)
{
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
        if (const auto relation = codes::from<Relation>(text("relation")))
            m_relation->setCurrentIndex(m_relation->findData(static_cast<int>(*relation)));
    }
    m_name->setText(text("name"));
    m_klantnummer->setText(text("klantnummer"));
    m_street->setText(text("street"));
    m_houseNumber->setText(text("houseNumber"));
    m_postcode->setText(text("postcode"));
    m_city->setText(text("city"));
    m_phone->setText(text("phone"));
    if (m_emailShown)
        m_email->setText(text("email"));
}

bool PersonSearchWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search || watched == m_searchHouse) {
        if (intake::isPlainReturn(key)) {
            // Enter searches and, with exactly one hit, takes it: the usual customer-number call.
            searchNow();
            if (m_matches.size() == 1 && !m_newPerson->isChecked()) {
                m_results->topLevelItem(0)->setSelected(true);
                m_results->setCurrentItem(m_results->topLevelItem(0));
                Q_EMIT personTaken();
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
    } else if (watched == m_results && intake::isPlainReturn(key)) {
        if (QTreeWidgetItem *item = m_results->currentItem()) {
            item->setSelected(true);
            Q_EMIT personTaken();
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pd::ui
