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

struct NewConsent
{
    qint64 personId = 0; // the person's id, or
    QString klantnummer; // their customer number
    QString purpose; // "nieuwsbrief", "enquêtes", ...
    QDate givenOn; // invalid: today
    QString how; // the proof: "formulier mijn ieder1", "e-mail", ...
};

// A withdrawal leaves the processing before it lawful (art. 7(3) AVG), so it changes the row
// with its own event, never removes it. Reading needs ViewAllCases, writing EditCases.
class ConsentService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ConsentService)
public:
    explicit ConsentService(const Session &session);

    std::optional<PersonConsent> give(const NewConsent &consent, BsnCheck bsnCheck,
                                      ServiceError *error);
    // on invalid: today; refused before the day it was given.
    bool withdraw(qint64 id, QDate on, const QString &how, BsnCheck bsnCheck, ServiceError *error);

    std::optional<QList<PersonConsent>> ofPerson(qint64 personId, ServiceError *error) const;
    std::optional<QList<PersonConsent>> all(bool activeOnly, ServiceError *error) const;
    std::optional<qint64> personOf(const QString &klantnummer, ServiceError *error) const;

    static QStringList purposeSuggestions();
    static QStringList howSuggestions();

private:
    std::optional<qint64> personFor(const NewConsent &consent, const QSqlDatabase &db,
                                    ServiceError *error) const;
    Session m_session;
};

} // namespace pd
