#pragma once

#include "cases/Case.h"
#include "session/Session.h"
#include "util/ServiceError.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace pd {

class Store;

// A person found while a caller is on the line, with how many of their requests are open (so
// the agent sees at once "already has a request running").
struct PersonMatch
{
    Person person;
    int openCases = 0;
};

// Finds callers quickly for the phone intake: by customer number (exact), by postcode and
// house number, or by name (case- and diacritics-insensitive: "celik" finds "Çelik"). Every
// search is one indexed or limited query of the persons (PersonRepository's searches), then one
// of the open requests of those found; it never loads all persons. Anonymised persons are never
// found.
//
// The name search folds text in a SQL function (pd_fold) that it registers on the store's
// connection, so the comparison happens inside SQLite without a schema change. A PostgreSQL
// backend would use lower(unaccent(name)) for the same thing.
class PersonQuery final
{
public:
    static constexpr int nameLimit = 20;

    explicit PersonQuery(const Session &session);

    // What the single search field of the intake makes of its text.
    struct Parsed
    {
        enum class Kind { Empty, Klantnummer, Postcode, Name };
        Kind kind = Kind::Empty;
        QString klantnummer;
        QString postcode; // normalised: "1234AB"
        QString houseNumber; // as typed after the postcode, may be empty
        QString name;
    };
    // "K100234" or "100234" → customer number; "1234 ab 12a" → postcode + house number;
    // anything else with at least two characters → name.
    static Parsed parse(QStringView text);

    // "1234 ab" → "1234AB"; empty when text is not a Dutch postcode.
    static QString normalisePostcode(QStringView text);
    // "12 a", "12-A", "12A" → "12A": for comparing house numbers with an addition.
    static QString normaliseHouseNumber(QStringView text);
    // Lower case without diacritics: "Çelik" → "celik", "Ærø" → "aero".
    static QString fold(QStringView text);

    // Each search reports a query SQLite refused in *error (when given): "nobody found" is never
    // said because the read failed.
    QList<PersonMatch> byKlantnummer(const QString &klantnummer,
                                     ServiceError *error = nullptr) const;
    // houseNumber empty: everybody at that postcode (at most nameLimit). "12" also finds "12a";
    // "12a" finds only 12a.
    QList<PersonMatch> byPostcode(const QString &postcode, const QString &houseNumber,
                                  ServiceError *error = nullptr) const;
    // Every word must occur in the name; names that start with the first word come first.
    QList<PersonMatch> byName(const QString &name, int limit = nameLimit,
                              ServiceError *error = nullptr) const;
    // Dispatches on parse().
    QList<PersonMatch> search(QStringView text, ServiceError *error = nullptr) const;

private:
    // The persons found (PersonRepository's search; nothing when the read failed), each with
    // the number of their open requests, read in one query on the cases.
    QList<PersonMatch> withOpenRequests(const std::optional<QList<Person>> &persons,
                                        ServiceError *error) const;
    Session m_session;
};

} // namespace pd
