#pragma once

#include "registers/Consent.h"
#include "session/Session.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace pd {

class Store;

// What a new consent says (ConsentService::give).
struct NewConsent
{
    qint64 personId = 0; // the person's id, or
    QString klantnummer; // their customer number
    QString purpose; // "nieuwsbrief", "enquêtes", ...
    QDate givenOn; // invalid: today
    QString how; // the proof: "formulier mijn ieder1", "e-mail", ...
};

// The consent register per person (art. 7 AVG): for which purpose a person gave
// consent, when and how (art. 7 lid 1: the controller can show it), and its withdrawal at any
// time (art. 7 lid 3), which leaves the processing before it lawful: so a withdrawal is a
// change of the row with its own event, never a removal. Giving and withdrawing are UnitOfWorks
// (Permission::EditCases: the functionaris and the beheerder) with a person.consent_given /
// person.consent_withdrawn event on the person's trail; the texts pass the BSN guard. Reading
// needs ViewAllCases (the officers and the auditor).
class ConsentService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ConsentService)
public:
    explicit ConsentService(const Session &session);

    std::optional<PersonConsent> give(const NewConsent &consent, bool bsnOverride,
                                      ServiceError *error);
    // Withdrawn on `on` (invalid: today), how; refused before the day it was given.
    bool withdraw(qint64 id, QDate on, const QString &how, bool bsnOverride, ServiceError *error);

    std::optional<QList<PersonConsent>> ofPerson(qint64 personId, ServiceError *error) const;
    std::optional<QList<PersonConsent>> all(bool activeOnly, ServiceError *error) const;
    // The person of a customer number; NotFound when there is none.
    std::optional<qint64> personOf(const QString &klantnummer, ServiceError *error) const;

    // What the desk suggests (translated): purposes a housing corporation asks consent for, and
    // the ways a consent is given or withdrawn.
    static QStringList purposeSuggestions();
    static QStringList howSuggestions();

private:
    // The person the consent is about: by id or customer number, never one anonymised.
    std::optional<qint64> personFor(const NewConsent &consent, const QSqlDatabase &db,
                                    ServiceError *error) const;
    Session m_session;
};

} // namespace pd
