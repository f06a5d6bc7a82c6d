#pragma once

// Recorded and lifted by retention/Restrictions (the notice first, art. 18 lid 3).

#include "domain/CodeTable.h"

#include <QDate>
#include <QString>

namespace pd {

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

// Codes "a" to "d", the article's letters, read in either case.
template<> const codes::Vocabulary<RestrictionGround> &codes::vocabulary<RestrictionGround>();

class RestrictionCodes final
{
public:
    // Dutch whatever the UI language: the article's own words, for the letters and reports.
    static QString dutchText(RestrictionGround ground);
};

} // namespace pd
