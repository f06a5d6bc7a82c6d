#pragma once

// The restriction of processing on a person (art. 18 AVG): its plain type and the
// grounds of art. 18 lid 1, as the requests, the letters, the documents and the desk share them.
// The table is cases/RestrictionRepository's; the service that records and lifts a restriction
// (with the notice first, art. 18 lid 3) is retention/Restrictions.

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pd {

// Art. 18 lid 1 sub a to d.
enum class RestrictionGround {
    Accuracy, // a: the accuracy is contested, while the controller checks it
    Unlawful, // b: unlawful processing, erasure opposed, restriction asked instead
    LegalClaims, // c: no longer needed, but the person needs it for a legal claim
    Objection, // d: objection (art. 21 lid 1), while the grounds are weighed
};

struct PersonRestriction
{
    qint64 id = 0;
    qint64 personId = 0;
    QString klantnummer; // the person's, as read
    QString personName;
    QString caseNumber; // empty: no request linked
    QString data; // which data: free text, the data categories
    RestrictionGround ground = RestrictionGround::Accuracy;
    QString reason;
    QDate startedOn;
    QString createdBy;
    QDate liftedOn; // invalid: still in force
    QString liftedBy;
    qint64 liftLetterId = 0; // the notice of lifting recorded as sent (art. 18 lid 3)

    bool active() const { return !liftedOn.isValid(); }
};

class RestrictionCodes final
{
    Q_DECLARE_TR_FUNCTIONS(pd::RestrictionCodes)
public:
    static QString code(RestrictionGround ground); // "a", "b", "c", "d"
    static std::optional<RestrictionGround> ground(QStringView code);
    // "art. 18 lid 1 sub a" with the article's words, translated (the screen, the CLI).
    static QString label(RestrictionGround ground);
    // Dutch whatever the UI language (the letters, the inzage report): the article's own words.
    static QString dutchText(RestrictionGround ground);
    static QList<RestrictionGround> all();
};

} // namespace pd
