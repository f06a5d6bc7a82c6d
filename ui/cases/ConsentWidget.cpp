// A person's consents in the desk (ConsentWidget.h).
#include "cases/ConsentWidget.h"

#include "DateText.h"
#include "FormFields.h"
#include "ListRows.h"
#include "MessageLabel.h"
#include "Named.h"
#include "cases/ExternalHoldsWidget.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace pd::ui {

ConsentWidget::ConsentWidget(const Session &session, QWidget *parent)
    : RecordListWidget(session, QStringLiteral("consentList"), parent)
{
    setObjectName(QStringLiteral("consents"));
    m_add = named<QPushButton>(QStringLiteral("consentAdd"), this);
    m_withdraw = named<QPushButton>(QStringLiteral("consentWithdraw"), this);
    addButtons({ { m_add,
                   [this] {
                       return addConsent();
                   } },
                 { m_withdraw,
                   [this] {
                       return withdraw();
                   } } },
               Permission::EditCases);
    retranslateUi();
}

void ConsentWidget::retranslateUi()
{
    //: Dutch: "Toestemmingen (art. 7 AVG)"
    setTitle(tr("Consents (art. 7 GDPR)"));
    //: Dutch: "Toestemming vastleggen…"
    m_add->setText(tr("Record a consent…"));
    //: Dutch: "Intrekken…"
    m_withdraw->setText(tr("Withdraw…"));
    reload();
}

void ConsentWidget::showPerson(qint64 personId)
{
    m_person = personId;
    reload();
}

void ConsentWidget::reload()
{
    m_consents.clear();
    if (!startReload(m_person > 0 && m_access.may(Permission::ViewAllCases)))
        return;
    ServiceError error;
    const auto consents = ConsentService(m_session).ofPerson(m_person, &error);
    if (!consents) {
        //: Dutch: "De toestemmingen konden niet worden gelezen: %1"
        readFailed(tr("The consents could not be read: %1").arg(error.message));
        return;
    }
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
            list());
        if (!c.active())
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    //: Dutch: "Geen toestemmingen vastgelegd."
    finishReload(m_consents.isEmpty(), tr("No consents recorded."));
}

std::optional<PersonConsent> ConsentWidget::selected() const
{
    return currentRecord(*list(), m_consents);
}

void ConsentWidget::updateButtons()
{
    const auto consent = selected();
    m_withdraw->setEnabled(consent && consent->active());
}

bool ConsentWidget::addConsent()
{
    ConsentDialog dialog(m_session, m_person, this);
    return execSaved(dialog);
}

bool ConsentWidget::withdraw()
{
    const auto consent = selected();
    if (!consent || !consent->active())
        return false;
    ConsentWithdrawDialog dialog(m_session, *consent, this);
    return execSaved(dialog);
}

ConsentDialog::ConsentDialog(const Session &session, qint64 personId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_person(personId)
{
    setObjectName(QStringLiteral("consentDialog"));
    //: Dutch: "Toestemming vastleggen (art. 7 AVG)"
    setWindowTitle(tr("Record a consent (art. 7 GDPR)"));
    m_purpose = suggestionBox(ConsentService::purposeSuggestions(), this);
    m_given = pastDateEdit(session.clock().today(), this);
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
    m_withdrawn = pastDateEdit(today, this);
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
