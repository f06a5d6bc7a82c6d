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

template<typename Section>
void CaseDetailWidget::addSectionRow(Section *section, const QString &number)
{
    m_overview->addRow(section);
    connect(
        section, &Section::changed, this,
        [this, number] {
            reload();
            Q_EMIT caseChanged(number);
        },
        Qt::QueuedConnection);
}

void CaseDetailWidget::addRestrictionRow(const Case &c)
{
    auto *restriction = new RestrictionWidget(m_session, m_overview->parentWidget());
    restriction->showPerson(c.person.id, c.number);
    // Lifting it may lift the blocks its request set in the corporation's systems.
    connect(restriction, &RestrictionWidget::lifted, this, &CaseDetailWidget::offerMarks);
    addSectionRow(restriction, c.number);
}

void CaseDetailWidget::addExternalHoldRows(const Case &c)
{
    if (c.intakeOnly)
        return;
    auto *holds = new ExternalHoldsWidget(m_session, m_overview->parentWidget());
    holds->showOwner(ExternalHoldService::Owner::Case, c.number);
    addSectionRow(holds, c.number);
}

// The person's consents and their withdrawal (art. 7 AVG), below the holds.
void CaseDetailWidget::addConsentRow(const Case &c)
{
    if (c.intakeOnly)
        return;
    auto *consents = new ConsentWidget(m_session, m_overview->parentWidget());
    consents->showPerson(c.person.id);
    addSectionRow(consents, c.number);
}

} // namespace pd::ui
