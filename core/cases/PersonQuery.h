#pragma once

#include "cases/Case.h"
#include "session/Session.h"
#include "util/ServiceError.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace pd {

struct PersonMatch
{
    Person person;
    int openCases = 0;
};

// What the phone desk tells a caller about a request of theirs that is still open.
struct OpenRequest
{
    QString number;
    // The colleague's name as the users list has it (the login when it has none); empty while
    // nobody handles it.
    QString handler;
};

// Finds callers for the phone intake with one indexed or limited query, never loading all persons.
// Anonymised persons are never found.
class PersonQuery final
{
public:
    static constexpr int nameLimit = 20;

    explicit PersonQuery(const Session &session);

    struct Parsed
    {
        enum class Kind { Empty, Klantnummer, Postcode, Name };
        Kind kind = Kind::Empty;
        QString klantnummer;
        QString postcode; // normalised: "1234AB"
        QString houseNumber; // as typed after the postcode, may be empty
        QString name;
    };
    // "K100234" or "100234": a customer number; "1234 ab 12a": postcode and house number; anything
    // else of two characters or more: a name.
    static Parsed parse(QStringView text);

    // Empty when text is not a Dutch postcode.
    static QString normalisePostcode(QStringView text);
    static QString normaliseHouseNumber(QStringView text);
    static QString fold(QStringView text);

    // A failed read is in *error, never "nobody found".
    QList<PersonMatch> byKlantnummer(const QString &klantnummer,
                                     ServiceError *error = nullptr) const;
    // "12" also finds "12a"; "12a" finds only 12a.
    QList<PersonMatch> byPostcode(const QString &postcode, const QString &houseNumber,
                                  ServiceError *error = nullptr) const;
    // Every word must occur; names that start with the first word come first.
    QList<PersonMatch> byName(const QString &name, int limit = nameLimit,
                              ServiceError *error = nullptr) const;
    QList<PersonMatch> search(QStringView text, ServiceError *error = nullptr) const;
    // The person's open requests, the oldest first, whoever asks: a KCC login that may read none
    // of them still tells the caller which they are. nullopt (and *error) when unreadable.
    std::optional<QList<OpenRequest>> openRequests(qint64 personId,
                                                   ServiceError *error = nullptr) const;

private:
    QList<PersonMatch> withOpenRequests(const std::optional<QList<Person>> &persons,
                                        ServiceError *error) const;
    Session m_session;
};

} // namespace pd
