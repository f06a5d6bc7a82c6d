#pragma once

#include "cases/PersonQuery.h"
#include "intake/IntakeForm.h"
#include "session/Session.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;

namespace pd {
class Store;
}

namespace pd::ui {

// Who a request is from, for the phone intake and the officer's "Nieuw verzoek" alike: one
// search field (customer number, postcode + house number, or name) with the hits below it, or
// "New data subject" with a new person's fields in the hits' place. Enter in the search field
// searches and, with a single hit, takes it; ↓ goes into the hits and Enter there takes one
// (personTaken(): the dialog moves the cursor on). The new person's fields are BSN-guarded
// (guardBsn()); the dialog owns the one "this is not a BSN" confirmation for all its fields.
class PersonSearchWidget final : public QWidget
{
    Q_OBJECT
public:
    // The phone intake speaks of the caller, the officer's intake of the data subject.
    using Wording = intake::Wording;

    PersonSearchWidget(const Session &session, Wording wording, QWidget *parent = nullptr);
    ~PersonSearchWidget() override;

    // The new person's e-mail address (hidden by default: the phone intake does not ask it).
    void setEmailShown(bool shown);

    // The person chosen in the hits, if any (never while "New data subject" is ticked).
    std::optional<PersonMatch> selectedPerson() const;
    bool isNewPerson() const;
    // The new person's fields, trimmed.
    Person newPerson() const;
    // Why the person part cannot be saved yet (translated), or empty.
    QString invalidReason() const;
    // The BSN guard on the new person's fields (none while they are not in use): shows each
    // message and returns whether any field holds a number that passes the 11-proef.
    bool guardBsn();
    // Something typed or chosen here.
    bool hasInput() const;
    // Its fields in keyboard order, for the dialog's tab chain.
    QList<QWidget *> tabChain() const;

    // Back to an empty search.
    void clear();
    void focusSearch();
    // From a message that names its sender (an e-mail): searches the name and prefills the new
    // person with it; with nobody found, "New data subject" is ticked.
    void suggest(const QString &name, const QString &email);

    // The locked desk's draft (IntakeDrafts): the search and the new person, field → value.
    void writeDraft(QJsonObject *fields) const;
    // Searches again and chooses the drafted person if still found.
    void restoreDraft(const QJsonObject &fields);

public Q_SLOTS:
    // Runs the search now instead of after the typing pause.
    void searchNow();

Q_SIGNALS:
    // Anything that may change whether the form can be saved.
    void changed();
    // Another person chosen (or none).
    void selectionChanged();
    // Enter took a person: the dialog moves on to the request.
    void personTaken();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createSearchFields();
    void createNewPersonFields();
    void layOutNewPersonForm();
    void retranslateUi();
    void showResults(const QList<PersonMatch> &matches);
    void updateChosen();
    void setNewPerson(bool on);

    const Wording m_wording;
    const Session m_session;
    PersonQuery m_query;
    QList<PersonMatch> m_matches;
    QString m_lastSearch;
    QTimer *m_searchTimer = nullptr;
    QList<intake::GuardedField> m_guarded;

    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLineEdit *m_searchHouse = nullptr;
    QLabel *m_searchHint = nullptr;
    // Why the last search could not be done; empty when it was. While set, nobody is offered
    // as "new": the person may well exist.
    QString m_searchFailure;
    QTreeWidget *m_results = nullptr;
    QLabel *m_chosen = nullptr;
    // The chosen person's restriction of processing (art. 18 AVG), in red.
    QLabel *m_restriction = nullptr;
    QCheckBox *m_newPerson = nullptr;
    QWidget *m_newPersonBox = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_relationLabel = nullptr;
    QComboBox *m_relation = nullptr;
    QLabel *m_klantnummerLabel = nullptr;
    QLineEdit *m_klantnummer = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_houseNumber = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLineEdit *m_city = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLineEdit *m_email = nullptr;
    bool m_emailShown = false;
};

} // namespace pd::ui
