#pragma once

// Recorded and lifted by retention/Restrictions (the notice first, art. 18 lid 3).

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

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

class RestrictionCodes final
{
    Q_DECLARE_TR_FUNCTIONS(pd::RestrictionCodes)
public:
    static QString code(RestrictionGround ground); // "a", "b", "c", "d"
    static std::optional<RestrictionGround> ground(QStringView code);
    static QString label(RestrictionGround ground);
    // Dutch whatever the UI language: the article's own words, for the letters and reports.
    static QString dutchText(RestrictionGround ground);
    static QList<RestrictionGround> all();
};

} // namespace pd
