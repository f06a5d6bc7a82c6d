#pragma once

#include "cases/PersonQuery.h"
#include "intake/IntakeForm.h"
#include "session/Session.h"

#include <QDateTime>
#include <QDialog>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;

namespace pd {
class Clock;
class Store;
} // namespace pd

namespace pd::ui {

// "Telefonisch verzoek": the form a KlantContactCentrum agent fills in while the caller is on the
// line. One search field finds the caller (customer number, postcode + house number, or name)
// or the agent registers a new person; the request types are check boxes with inzage ticked
// (most callers ask what the corporation holds about them); the channel is always telefoon. A
// side panel holds the identification script. The BSN guard runs on every keystroke in every
// stored field. Saving shows the case number and the date to tell the caller, with "Nieuw
// gesprek" for the next call. Everything works from the keyboard: Enter in the search field
// takes a single hit, Ctrl+Enter saves, Ctrl+N starts the next call, and Escape asks before it
// throws a half-typed intake away.
//
// Non-blocking for the caller: show it with open() or show(); caseCreated() names every case
// it creates (it may create several, one per call, before it is closed).
class IntakeDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Page { Form, Result };

    IntakeDialog(const Session &session, const QString &userName, QWidget *parent = nullptr);
    ~IntakeDialog() override;

    Page page() const;
    // Why saving is not possible now (translated), or empty.
    QString invalidReason() const;
    // Something typed or chosen that Escape would throw away.
    bool hasInput() const;
    // The caller chosen in the results, if any.
    std::optional<PersonMatch> selectedPerson() const;
    QString createdNumber() const { return m_createdNumber; }

    // The locked desk. The form as a draft, field name → value (codes, not labels),
    // for IntakeDrafts; empty when there is nothing to keep.
    QJsonObject draftFields() const;
    // Fills the form from a draft (the caller is searched again and chosen if still found) and
    // says above the form that it was restored.
    void restoreDraft(const QJsonObject &fields, const QDateTime &savedAt);
    // Says above the (empty) form that the call kept when the desk locked could not be read:
    // never an empty form as if nothing was kept.
    void draftUnreadable(const QString &why);

public Q_SLOTS:
    // Clears the form for the next call and puts the cursor in the search field.
    void startNewCall();
    // Runs the search now instead of after the typing pause.
    void searchNow();
    void save();
    void reject() override;

Q_SIGNALS:
    void caseCreated(const QString &number);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm(QWidget *page);
    void retranslateUi();
    void personChanged();
    // The callback number proposed from the caller's phone: the one we know for the
    // person chosen, or the one typed for a new caller, while the officer typed no other.
    void proposeCallback();
    void validate();

    const Session m_session;
    QString m_userName;
    QString m_createdNumber;
    std::unique_ptr<IntakeForm> m_form; // the pages, the caller and what both intakes ask

    // Form page: what only the phone intake asks and shows
    QLabel *m_channelLabel = nullptr;
    QLabel *m_channel = nullptr;
    QLabel *m_callbackLabel = nullptr;
    QLineEdit *m_callback = nullptr;
    QString m_proposedCallback; // what proposeCallback() put there last
    QLabel *m_receivedBy = nullptr;
    QLabel *m_scriptTitle = nullptr;
    QList<QLabel *> m_scriptLines;
    QLabel *m_scriptNote = nullptr;

    // Result page
    QDate m_resultDate;
    QString m_resultPersonName;
    QList<RequestType> m_resultTypes;
};

} // namespace pd::ui
