#pragma once

#include "Retranslated.h"
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

namespace pd::ui {

// The new person's fields are BSN-guarded (guardBsn()); the dialog owns the one "this is not a
// BSN" confirmation for all its fields.
class PersonSearchWidget final : public Retranslated<QWidget>
{
    Q_OBJECT
public:
    using Wording = intake::Wording;

    PersonSearchWidget(const Session &session, Wording wording, QWidget *parent = nullptr);
    ~PersonSearchWidget() override;

    // Hidden by default: the phone intake does not ask it.
    void setEmailShown(bool shown);

    // Never while "New data subject" is ticked.
    std::optional<PersonMatch> selectedPerson() const;
    bool isNewPerson() const;
    Person newPerson() const;
    QString invalidReason() const;
    // None while they are not in use; whether any field passes the 11-proef.
    bool guardBsn();
    bool hasInput() const;
    QList<QWidget *> tabChain() const;

    void clear();
    void focusSearch();
    // With nobody found under the sender's name, "New data subject" is ticked and prefilled.
    void suggest(const QString &name, const QString &email);

    void writeDraft(QJsonObject *fields) const;
    void restoreDraft(const QJsonObject &fields);

public Q_SLOTS:
    void searchNow();

Q_SIGNALS:
    // Anything that may change whether the form can be saved.
    void changed();
    void selectionChanged();
    // The dialog moves on to the request.
    void personTaken();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createSearchFields();
    void createNewPersonFields();
    void layOutNewPersonForm();
    void retranslateUi() override;
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
    // While set, nobody is offered as "new": the person may well exist.
    QString m_searchFailure;
    QTreeWidget *m_results = nullptr;
    QLabel *m_chosen = nullptr;
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
