#pragma once

#include "documents/PersonReport.h"
#include "session/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

// Possibly someone else's data (art. 15(4) AVG: the copy must not harm the rights of others).
// The officer decides per finding; nothing is left out silently.
struct ReviewFinding
{
    enum class Kind {
        KnownPerson, // the full name of another person in the store
        Email, // an e-mail address that is not the person's own
        Phone, // a phone number that is not the person's own (nor a callback number)
        Name, // looks like a name (heuristic, see PersonReview)
        Address, // a street address or postcode near someone else (rule 5)
    };

    // Changes with the text, so that a decision taken on an old list cannot hit the wrong fragment.
    QString id;
    Kind kind = Kind::Name;
    QString field; // reference of the text, see PersonReport::forEachText
    QString fieldLabel; // translated: where the text is
    qsizetype start = 0; // in the text, unredacted
    qsizetype length = 0;
    QString text; // the fragment itself
    QString context; // the fragment with up to 40 characters either side, on one line

    static QString code(Kind kind); // "person", "email", "phone", "name", "address"
    static QString label(Kind kind); // translated
};

struct ContactSpan
{
    ReviewFinding::Kind kind = ReviewFinding::Kind::Email; // Email, Phone, Name or Address
    qsizetype start = 0;
    qsizetype length = 0;
};

// Finds other people's data in the report's free texts: e-mail addresses, phone numbers, names of
// other persons in the store, name-like phrases, and street addresses next to someone else. It
// errs on the side of listing too much: the officer keeps what is not someone else's.
class PersonReview final
{
    Q_DECLARE_TR_FUNCTIONS(pd::PersonReview)
public:
    explicit PersonReview(const Session &session);

    // A review that could not look is no review: nullopt with *error, never a shorter list.
    std::optional<QList<ReviewFinding>> findings(const PersonReport &report,
                                                 ServiceError *error) const;

    static QList<ContactSpan> contactsIn(const QString &text, const QStringList &ownEmails,
                                         const QStringList &ownPhones);

    static QList<ContactSpan> namesIn(const QString &text, const QStringList &ownNames,
                                      const QStringList &notPersons);

    static QList<ContactSpan> addressesIn(const QString &text, const Person &person,
                                          const QList<ContactSpan> &others);

    static QString marker();

    // Such a text is never quoted to the person: the law forbids telling of it (art. 41 UAVG).
    static bool namesWithheldRecipient(const QString &text, const QList<Disclosure> &disclosures);
    // Overlapping fragments become one marker.
    static PersonReport redact(const PersonReport &report, const QList<ReviewFinding> &findings,
                               const QSet<QString> &redactIds);
    static QStringList unknownIds(const QList<ReviewFinding> &findings, const QStringList &wanted);

    // For EXPLAIN in tests: the lookup must use the case-insensitive index on the names.
    static QString lookupSql(const QSqlDatabase &db, int names);

private:
    Session m_session;
};

} // namespace pd
