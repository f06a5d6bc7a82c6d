// A person's consents in the desk (ConsentWidget.h).
#include "cases/ConsentWidget.h"

#include "DateText.h"
#include "ListRows.h"
#include "MessageLabel.h"
#include "cases/ExternalHoldsWidget.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

ConsentWidget::ConsentWidget(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_access(DeskAccess::of(session))
{
    setObjectName(QStringLiteral("consents"));
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("consentList"));
    m_list->setMaximumHeight(110);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_message = new MessageLabel(this);
    m_add = new QPushButton(this);
    m_withdraw = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("consentAdd"));
    m_withdraw->setObjectName(QStringLiteral("consentWithdraw"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : { m_add, m_withdraw }) {
        buttons->addWidget(button);
        m_access.offer(button, Permission::EditCases);
    }
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] { addConsent(); });
    connect(m_withdraw, &QPushButton::clicked, this, [this] { withdraw(); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { updateButtons(); });
    retranslateUi();
}

void ConsentWidget::retranslateUi()
{
    //: Dutch: "Toestemmingen (art. 7 AVG)"
    m_title->setText(tr("Consents (art. 7 GDPR)"));
    m_list->setAccessibleName(m_title->text());
    //: Dutch: "Toestemming vastleggen…"
    m_add->setText(tr("Record a consent…"));
    //: Dutch: "Intrekken…"
    m_withdraw->setText(tr("Withdraw…"));
    reload();
}

void ConsentWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConsentWidget::showPerson(qint64 personId)
{
    m_person = personId;
    reload();
}

void ConsentWidget::reload()
{
    m_list->clear();
    m_consents.clear();
    const bool readable = m_person > 0 && m_access.may(Permission::ViewAllCases);
    setVisible(readable);
    if (!readable)
        return;
    ServiceError error;
    const auto consents = ConsentService(m_session).ofPerson(m_person, &error);
    if (!consents) {
        //: Dutch: "De toestemmingen konden niet worden gelezen: %1"
        m_message->setMessage(tr("The consents could not be read: %1").arg(error.message));
        updateButtons();
        return;
    }
    m_message->setMessage({});
    m_consents = *consents;
    for (const PersonConsent &c : std::as_const(m_consents)) {
        auto *item = new QListWidgetItem(
            c.active()
                //: Dutch: "%1: gegeven op %2 (%3)"
                ? tr("%1: given on %2 (%3)").arg(c.purpose, shortDate(c.givenOn), c.givenHow)
                //: Dutch: "%1: gegeven op %2, ingetrokken op %3 (%4)"
                : tr("%1: given on %2, withdrawn on %3 (%4)")
                      .arg(c.purpose, shortDate(c.givenOn), shortDate(c.withdrawnOn),
                           c.withdrawnHow),
            m_list);
        if (!c.active())
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    if (m_consents.isEmpty())
        //: Dutch: "Geen toestemmingen vastgelegd."
        new QListWidgetItem(tr("No consents recorded."), m_list);
    updateButtons();
}

QStringList ConsentWidget::lines() const
{
    return rowTexts(*m_list);
}

std::optional<PersonConsent> ConsentWidget::selected() const
{
    return currentRecord(*m_list, m_consents);
}

void ConsentWidget::updateButtons()
{
    const auto consent = selected();
    m_withdraw->setEnabled(consent && consent->active());
}

bool ConsentWidget::addConsent()
{
    ConsentDialog dialog(m_session, m_person, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload();
    Q_EMIT changed();
    return true;
}

bool ConsentWidget::withdraw()
{
    const auto consent = selected();
    if (!consent || !consent->active())
        return false;
    ConsentWithdrawDialog dialog(m_session, *consent, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload();
    Q_EMIT changed();
    return true;
}

namespace {

QComboBox *suggestionBox(const QStringList &suggestions, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->addItems(suggestions);
    box->setCurrentIndex(-1);
    box->setInsertPolicy(QComboBox::NoInsert);
    return box;
}

} // namespace

ConsentDialog::ConsentDialog(const Session &session, qint64 personId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_person(personId)
{
    setObjectName(QStringLiteral("consentDialog"));
    //: Dutch: "Toestemming vastleggen (art. 7 AVG)"
    setWindowTitle(tr("Record a consent (art. 7 GDPR)"));
    m_purpose = suggestionBox(ConsentService::purposeSuggestions(), this);
    m_given = new QDateEdit(session.clock().today(), this);
    m_given->setCalendarPopup(true);
    m_given->setMaximumDate(session.clock().today());
    m_how = suggestionBox(ConsentService::howSuggestions(), this);
    m_message = new MessageLabel(this);
    auto *form = new QFormLayout;
    //: Dutch: "&Waarvoor:"
    form->addRow(tr("&Purpose:"), m_purpose);
    //: Dutch: "&Gegeven op:"
    form->addRow(tr("&Given on:"), m_given);
    //: Dutch: "&Hoe (bewijs):"
    form->addRow(tr("&How (proof):"), m_how);
    layOutFormDialog(this, form, m_message, 560);
}

void ConsentDialog::accept()
{
    NewConsent consent;
    consent.personId = m_person;
    consent.purpose = m_purpose->currentText();
    consent.givenOn = m_given->date();
    consent.how = m_how->currentText();
    ServiceError error;
    if (!ConsentService(m_session).give(consent, BsnCheck::Refuse, &error)) {
        m_message->setMessage(error.message);
        return;
    }
    QDialog::accept();
}

ConsentWithdrawDialog::ConsentWithdrawDialog(const Session &session, const PersonConsent &consent,
                                             QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_consent(consent.id)
{
    setObjectName(QStringLiteral("consentWithdrawDialog"));
    //: Dutch: "Toestemming intrekken — %1"
    setWindowTitle(tr("Withdraw a consent — %1").arg(consent.purpose));
    const QDate today = session.clock().today();
    m_withdrawn = new QDateEdit(today, this);
    m_withdrawn->setCalendarPopup(true);
    m_withdrawn->setMaximumDate(today);
    if (consent.givenOn.isValid() && consent.givenOn <= today)
        m_withdrawn->setMinimumDate(consent.givenOn);
    m_how = suggestionBox(ConsentService::howSuggestions(), this);
    m_message = new MessageLabel(this);
    auto *form = new QFormLayout;
    //: Dutch: "Gegeven op %1 (%2)."
    form->addRow(new QLabel(
        tr("Given on %1 (%2).").arg(shortDate(consent.givenOn), consent.givenHow), this));
    //: Dutch: "&Ingetrokken op:"
    form->addRow(tr("&Withdrawn on:"), m_withdrawn);
    //: Dutch: "&Hoe:"
    form->addRow(tr("&How:"), m_how);
    layOutFormDialog(this, form, m_message, 520);
}

void ConsentWithdrawDialog::accept()
{
    ServiceError error;
    if (!ConsentService(m_session).withdraw(m_consent, m_withdrawn->date(), m_how->currentText(),
                                            BsnCheck::Refuse, &error)) {
        m_message->setMessage(error.message);
        return;
    }
    QDialog::accept();
}

} // namespace pd::ui
