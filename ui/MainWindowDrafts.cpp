// The locked desk's drafts: before the desk locks, what is being typed in
// the phone intake and in "Nieuw verzoek" is kept in the store as the user's drafts; after
// unlocking, or when the dialog is opened again, it comes back; and where the officer was (the
// page, the request, the search) is handed back to the unlocked desk. The same class as
// MainWindow.cpp, in a file of its own so that neither grows past 800 lines.
#include "MainWindow.h"
#include "cases/CaseActionDialogs.h"
#include "cases/CaseDetailWidget.h"
#include "cases/CaseListPage.h"
#include "cases/IntakeDrafts.h"
#include "intake/IntakeDialog.h"
#include "intake/NewRequestDialog.h"
#include "users/RecoveryKeyDialog.h"

#include <QJsonObject>

#include <algorithm>

namespace pd::ui {

namespace {

// The latest kept draft of a form back in the form open() opens; false when none was kept. A failed
// read is said in the form, never an empty form as if nothing was kept. Once the form holds the
// draft the store's copy goes: leaving the form asks before throwing it away, and locking again
// keeps it again.
template<typename Open>
bool resumeDraft(const Session &session, IntakeDrafts::Form form, const Open &open,
                 const char *what)
{
    IntakeDrafts drafts(session);
    std::optional<IntakeDraft> draft;
    ServiceError error;
    if (!drafts.latest(form, &draft, &error)) {
        open()->draftUnreadable(error.message);
        return true;
    }
    if (!draft)
        return false;
    open()->restoreDraft(draft->fields, draft->savedAt);
    if (!drafts.discard(draft->id, &error))
        qWarning("%s draft %lld not removed: %s", what, draft->id, qPrintable(error.detail));
    return true;
}

} // namespace

QString MainWindow::prepareForLock(bool *attention)
{
    bool bsnLeftOut = false;
    // Keeps a form's fields as a draft of the user's: whether it did (nothing when empty).
    const auto keep = [this, &bsnLeftOut](IntakeDrafts::Form form, const QJsonObject &fields,
                                          QStringList *problems) {
        if (fields.isEmpty())
            return false;
        QStringList leftOut;
        ServiceError error;
        if (IntakeDrafts(m_session).save(form, fields, &leftOut, &error) <= 0) {
            *problems << error.message;
            return false;
        }
        bsnLeftOut = bsnLeftOut || !leftOut.isEmpty();
        return true;
    };
    int kept = 0;
    QStringList problems;
    for (IntakeDialog *intake : findChildren<IntakeDialog *>()) {
        if (keep(IntakeDrafts::Form::PhoneIntake, intake->draftFields(), &problems))
            ++kept;
    }
    // "Nieuw verzoek" too, also where the privacy mailbox opened it.
    int keptRequests = 0;
    QStringList requestProblems;
    for (NewRequestDialog *request : findChildren<NewRequestDialog *>()) {
        if (keep(IntakeDrafts::Form::NewRequest, request->draftFields(), &requestProblems))
            ++keptRequests;
    }
    QStringList notice;
    // A new recovery key that was still on screen and not marked as kept is gone with the lock,
    // and the old one was revoked when it was made: say so, or the store is one forgotten
    // password away from being lost without anyone knowing.
    const QList<RecoveryKeyDialog *> keys = findChildren<RecoveryKeyDialog *>();
    const bool lostKey
        = std::any_of(keys.cbegin(), keys.cend(), [](const RecoveryKeyDialog *dialog) {
              return dialog->isVisible() && !dialog->isKept();
          });
    if (lostKey)
        notice << tr("The new recovery key was still on screen when the desk locked and was not "
                     "marked as kept. The previous key no longer works: after unlocking, renew "
                     "the recovery key again in the user management and keep it.");
    if (kept > 0)
        notice << tr("The phone request you were logging has been kept. It opens again when you "
                     "unlock.");
    if (keptRequests > 0)
        //: Dutch: "Het nieuwe verzoek dat u aan het invoeren was, is bewaard. Het gaat weer open
        //: als u ontgrendelt."
        notice << tr("The new request you were entering has been kept. It opens again when you "
                     "unlock.");
    if (bsnLeftOut)
        notice << tr("A field that looked like a BSN was not kept: a BSN is never stored.");
    if (!problems.isEmpty())
        notice << tr("The phone request you were logging could not be kept: %1")
                      .arg(problems.join(u' '));
    if (!requestProblems.isEmpty())
        //: Dutch: "Het nieuwe verzoek dat u aan het invoeren was, kon niet worden bewaard: %1"
        notice << tr("The new request you were entering could not be kept: %1")
                      .arg(requestProblems.join(u' '));
    if (attention)
        *attention = !problems.isEmpty() || !requestProblems.isEmpty() || lostKey;
    return notice.join(u' ');
}

bool MainWindow::resumeIntakeDraft()
{
    return resumeDraft(
        m_session, IntakeDrafts::Form::PhoneIntake, [this] { return openIntake(); }, "intake");
}

bool MainWindow::resumeNewRequestDraft()
{
    // Only where the desk offers "Nieuw verzoek" (not to a KCC agent, who has the phone intake).
    if (!may(Permission::IntakeCase) || !may(Permission::ViewAllCases))
        return false;
    return resumeDraft(
        m_session, IntakeDrafts::Form::NewRequest, [this] { return openNewRequest(); },
        "new request");
}

void MainWindow::resumeDrafts()
{
    resumeNewRequestDraft();
    resumeIntakeDraft(); // last, on top: a caller may be waiting
}

MainWindow::Place MainWindow::place() const
{
    Place here;
    here.section = currentSection();
    if (m_caseDetail && m_caseDetail->hasContent()) {
        here.caseNumber = m_caseDetail->currentNumber();
        here.caseTab = m_caseDetail->currentTab();
    }
    if (m_caseList)
        here.search = m_caseList->searchText();
    return here;
}

void MainWindow::returnTo(const Place &place)
{
    if (!place.search.isEmpty() && m_caseList)
        m_caseList->setSearchText(place.search);
    if (!place.caseNumber.isEmpty()) {
        openCase(place.caseNumber);
        m_caseDetail->setCurrentTab(place.caseTab);
    }
    setCurrentSection(place.section); // a section the unlocking role may not see stays closed
}

} // namespace pd::ui
