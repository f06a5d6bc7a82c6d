// The data subject's own record after the answer on the request's overview (the ieder1
// reading): the postal address with "Change…", the name corrected, data erased after a granted
// erasure (PersonRecordDialogs). CaseDetailWidget's members for them, apart from its own file.
#include "Named.h"
#include "cases/CaseDetailWidget.h"
#include "cases/PersonRecordDialogs.h"

#include <QAction>

namespace pd::ui {

// The person's source and relation, changed from the overview.
void CaseDetailWidget::connectPersonActions()
{
    opensOnCase<PersonSourceDialog>(m_sourceAction);
    opensOnCase<PersonRelationDialog>(m_relationAction);
}

void CaseDetailWidget::createPersonRecordActions()
{
    const auto add = [this](const char *name) {
        auto *action = named<QAction>(QLatin1StringView(name), this);
        addAction(action);
        return action;
    };
    m_addressAction = add("personAddress");
    m_nameAction = add("personName");
    m_contactAction = add("personContact");
    m_eraseAction = add("personErase");
    opensOnCase<PersonAddressDialog>(m_addressAction);
    opensOnCase<PersonNameDialog>(m_nameAction);
    opensOnCase<PersonContactDialog>(m_contactAction);
    opensOnCase<PersonEraseDialog>(m_eraseAction);
}

void CaseDetailWidget::retranslatePersonRecordActions()
{
    //: Dutch: "Adres wi&jzigen…"
    m_addressAction->setText(tr("Change the &address…"));
    //: Dutch: "Naam &corrigeren…"
    m_nameAction->setText(tr("Correct t&he name…"));
    //: Dutch: "&Telefoon of e-mail corrigeren…"
    m_contactAction->setText(tr("Correct the phone or e-&mail…"));
    //: Dutch: "Gegevens ver&wijderen…"
    m_eraseAction->setText(tr("Erase data in &Privacydesk…"));
}

void CaseDetailWidget::updatePersonRecordActions(bool shown)
{
    const bool erasure = m_case && m_case->types.contains(RequestType::Verwijdering);
    for (QAction *action : { m_addressAction, m_nameAction, m_contactAction, m_eraseAction }) {
        action->setEnabled(shown && (action != m_eraseAction || erasure));
        action->setToolTip(action->text().remove(u'&').remove(u'…'));
        m_access.offer(action, Permission::EditCases);
    }
}

} // namespace pd::ui
