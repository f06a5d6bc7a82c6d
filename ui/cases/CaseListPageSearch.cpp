// CaseListPage's account of a search's results: the count, the matches the state
// filter hides ("1 afgerond verzoek gevonden – tonen") and the empty state; apart so that
// CaseListPage.cpp stays under 800 lines.
#include "EmptyStateWidget.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPage.h"
#include "organisation/OrganisationSettings.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>

#include <algorithm>

namespace pd::ui {

namespace {

// "1 afgerond verzoek gevonden – tonen": how many matches the state filter hides, named by
// their state when they share one.
QString hiddenMatchesText(const QMap<CaseState, int> &hidden)
{
    int total = 0;
    for (const int count : hidden)
        total += count;
    const QList<CaseState> states = hidden.keys();
    const auto only = [&states](std::initializer_list<CaseState> these) {
        return std::all_of(states.cbegin(), states.cend(), [these](CaseState state) {
            return std::find(these.begin(), these.end(), state) != these.end();
        });
    };
    if (only({ CaseState::Afgerond }))
        //: Dutch: "%n afgerond verzoek gevonden – tonen" / "%n afgeronde verzoeken gevonden –
        //: tonen"
        return CaseListPage::tr("%n completed request(s) found – show", nullptr, total);
    if (only({ CaseState::Ingetrokken }))
        //: Dutch: "%n ingetrokken verzoek gevonden – tonen" / "%n ingetrokken verzoeken
        //: gevonden – tonen"
        return CaseListPage::tr("%n withdrawn request(s) found – show", nullptr, total);
    if (only({ CaseState::Afgerond, CaseState::Ingetrokken })) // the default filter's case
        //: Dutch: "%n afgerond of ingetrokken verzoek gevonden – tonen" / "%n afgeronde of
        //: ingetrokken verzoeken gevonden – tonen"
        return CaseListPage::tr("%n completed or withdrawn request(s) found – show", nullptr,
                                total);
    if (only({ CaseState::Ontvangen, CaseState::Identificatie, CaseState::InBehandeling }))
        //: Dutch: "%n open verzoek gevonden – tonen" / "%n open verzoeken gevonden – tonen"
        return CaseListPage::tr("%n open request(s) found – show", nullptr, total);
    //: Dutch: "%n verzoek met een andere status gevonden – tonen" / "%n verzoeken met een
    //: andere status gevonden – tonen"
    return CaseListPage::tr("%n request(s) with another status found – show", nullptr, total);
}

} // namespace

void CaseListPage::showHiddenMatches()
{
    m_state->setCurrentIndex(0); // "All states" (fillCombos); applies the filter
}

void CaseListPage::updateCountAndEmptyState()
{
    const int total = m_model->totalCount();
    const QString failure = m_model->errorText();
    QString count = failure.isEmpty() ? tr("%Ln request(s)", nullptr, total) : failure;
    if (failure.isEmpty() && m_filtersSetAside)
        //: Dutch: "%1 · verzoeknummer: filters staan uit"
        count = tr("%1 · request number: filters set aside").arg(count);
    m_count->setText(count);
    updateHiddenMatches(total == 0);
    if (total > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    const int stored = failure.isEmpty() ? m_model->storeCount() : -1;
    if (stored < 0) {
        // Never "no requests" for a list that could not be read.
        m_empty->setTitle(tr("The requests could not be read"));
        m_empty->setText(failure.isEmpty() ? tr("The list could not be read.") : failure);
        m_clearFilters->setVisible(false);
        m_stack->setCurrentWidget(m_emptyPage);
        return;
    }
    const CaseListFilter filter = m_model->filter();
    const bool filtered = hasActiveFilter();
    if (stored == 0) {
        m_empty->setTitle(tr("No requests yet"));
        if (m_access.intakeOnly() && m_access.may(Permission::IntakeCase))
            m_empty->setText(tr("The requests you logged in the last %n day(s) will appear "
                                "here. Log a request from a phone call with Ctrl+N.",
                                nullptr, CaseScope::kccWindowDays));
        else if (m_access.may(Permission::IntakeCase))
            m_empty->setText(tr("The GDPR requests of data subjects will appear here, each with "
                                "its deadline. Log a request from a phone call with Ctrl+N."));
        else
            m_empty->setText(tr("The GDPR requests of data subjects will appear here, each with "
                                "its deadline."));
        m_clearFilters->setVisible(false);
        showWhatLettersNeed();
        m_stack->setCurrentWidget(m_emptyPage);
        return;
    }
    if (!CaseQuery::matchExpression(filter.search).isEmpty()) {
        m_empty->setTitle(tr("No requests found for ‘%1’").arg(filter.search));
        const bool othersOnly = !filter.type && !filter.channel && !filter.handler
            && !filter.overdue && !filter.dueWithinWeek && !filter.mine && !m_drillDown;
        if (!m_model->hiddenByState().isEmpty())
            //: Dutch: "Namen, klantnummers en postcodes worden gezocht onder de verzoeken met de
            //: gekozen status; een verzoeknummer vindt zijn verzoek bij elke status."
            m_empty->setText(tr("Names, customer numbers and postcodes are searched among the "
                                "requests with the chosen status; a request number finds its "
                                "request whatever its status."));
        else if (othersOnly && !filter.states.isEmpty())
            // Nothing hidden by the state either: nothing matches in any state.
            //: Dutch: "Bij geen enkele status begint een naam, verzoeknummer, klantnummer of
            //: postcode met deze woorden. Controleer de spelling of zoek op iets anders."
            m_empty->setText(tr("In no status does a name, request number, customer number or "
                                "postcode start with these words. Check the spelling or search "
                                "for something else."));
        else
            m_empty->setText(othersOnly
                                 ? tr("No name, request number, customer number or postcode "
                                      "starts with these words. Check the spelling or search "
                                      "for something else.")
                                 : tr("Among the requests the other filters show, no name, "
                                      "request number, customer number or postcode starts with "
                                      "these words. Clear the filters to search all requests."));
    } else if (filtered) {
        m_empty->setTitle(tr("No requests match these filters"));
        m_empty->setText(tr("Clear the filters to see all requests."));
    } else {
        // The default view (open requests) is empty while the store is not: all are closed.
        m_empty->setTitle(tr("No open requests"));
        m_empty->setText(tr("Every request in this store has been closed. Choose “All states” "
                            "to see them."));
    }
    m_clearFilters->setVisible(filtered);
    m_stack->setCurrentWidget(m_emptyPage);
}

void CaseListPage::updateHiddenMatches(bool listEmpty)
{
    const QMap<CaseState, int> hidden = m_model->hiddenByState();
    const QString text = hidden.isEmpty() ? QString() : hiddenMatchesText(hidden);
    m_hiddenMatches->setText(text);
    m_showHidden->setText(text);
    // One of the two: above the list, or in the empty state's place of the list.
    m_hiddenMatches->setVisible(!hidden.isEmpty() && !listEmpty);
    m_showHidden->setVisible(!hidden.isEmpty() && listEmpty);
}

// A new store: before the first letter the organisation's details are needed, and whoever may
// fill them in is told which and taken there.
void CaseListPage::showWhatLettersNeed()
{
    const bool may = m_access.may(Permission::ChangeSettings);
    const OrganisationDetails details
        = may ? OrganisationSettings(m_session).details() : OrganisationDetails {};
    const QStringList missing = may ? details.missingForLetters() : QStringList();
    m_fillOrganisation->setVisible(!missing.isEmpty());
    if (missing.isEmpty())
        return;
    const QString needs = missing.join(QStringLiteral("; "));
    // The choice of deadline is made on the Deadlines page, the rest on the Organisation page.
    if (details.lettersWaitOnlyForDeadline()) {
        //: Dutch: "%1\n\nVoor de eerste brief is nodig: %2. Maak die keuze onder Instellingen →
        //: Termijnen."
        m_empty->setText(tr("%1\n\nThe first letter needs %2. Make it under Settings → "
                            "Deadlines.")
                             .arg(m_empty->text(), needs));
        return;
    }
    //: Dutch: "%1\n\nVoor de eerste brief zijn nodig: %2. Vul ze in onder Instellingen →
    //: Organisatie."
    QString text = tr("%1\n\nThe first letter needs %2. Fill them in under Settings → "
                      "Organisation.")
                       .arg(m_empty->text(), needs);
    if (!details.deadlinePolicyChosen)
        //: Dutch: "De termijnkeuze maakt u onder Instellingen → Termijnen."
        text += u' ' + tr("The choice of deadline is made under Settings → Deadlines.");
    m_empty->setText(text);
}

} // namespace pd::ui
