// The request's overview, the person's restriction of processing (art. 18 AVG) and the
// holds on data outside Privacydesk, each a widget of its own (RestrictionWidget,
// ExternalHoldsWidget) whose changes reload the request (its Tijdlijn shows the events); and
// the person's consents (ConsentWidget).
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "cases/ConsentWidget.h"
#include "cases/ExternalHoldsWidget.h"
#include "cases/RestrictionWidget.h"

#include <QFormLayout>

namespace pd::ui {

void CaseDetailWidget::addRestrictionRow(const Case &c)
{
    auto *restriction = new RestrictionWidget(m_session, m_overview->parentWidget());
    restriction->showPerson(c.person.id, c.number);
    m_overview->addRow(restriction);
    const QString number = c.number;
    // Queued: the reload removes the widget that asked for it.
    connect(
        restriction, &RestrictionWidget::changed, this,
        [this, number] {
            reload();
            Q_EMIT caseChanged(number);
        },
        Qt::QueuedConnection);
}

void CaseDetailWidget::addExternalHoldRows(const Case &c)
{
    if (c.intakeOnly)
        return;
    auto *holds = new ExternalHoldsWidget(m_session, m_overview->parentWidget());
    holds->showOwner(ExternalHoldService::Owner::Case, c.number);
    m_overview->addRow(holds);
    const QString number = c.number;
    connect(
        holds, &ExternalHoldsWidget::changed, this,
        [this, number] {
            reload();
            Q_EMIT caseChanged(number);
        },
        Qt::QueuedConnection);
}

// The person's consents and their withdrawal (art. 7 AVG), below the holds.
void CaseDetailWidget::addConsentRow(const Case &c)
{
    if (c.intakeOnly)
        return;
    auto *consents = new ConsentWidget(m_session, m_overview->parentWidget());
    consents->showPerson(c.person.id);
    m_overview->addRow(consents);
    const QString number = c.number;
    connect(
        consents, &ConsentWidget::changed, this,
        [this, number] {
            reload();
            Q_EMIT caseChanged(number);
        },
        Qt::QueuedConnection);
}

} // namespace pd::ui
