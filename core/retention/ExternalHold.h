#pragma once

// A hold securing data that another system overwrites on its own (camera images, telephony
// recordings) for a request or a data breach.

#include "terms/RetentionCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

struct ExternalHold
{
    qint64 id = 0;
    QString caseNumber; // the request's, or
    QString breachNumber; // the data breach's: exactly one of the two
    QString system; // "Camerasysteem", "Telefooncentrale (opnames)", ...
    QString secured; // what is (to be) secured: "beelden hal Dorpsstraat 12, 3 maart 14-16 uur"
    QDate recordedOn; // the recording's day: the system's own retention runs from it
    RetentionPeriod period { 4, RetentionUnit::Weeks }; // the system's own retention
    QDate overwrittenOn; // recordedOn + period: secure it before this day
    QDate securedOn; // invalid: not secured yet
    QString securedBy;
    QDate keptUntil; // "vastgelegd tot"; invalid: no end set
    QString createdBy;
    QDate releasedOn; // invalid: still held
    QString releasedBy;
    QString releaseReason;
    // Read with the hold, never stored on it; invalid while its request or breach is open.
    QDate ownerClosedOn;

    bool held() const { return !releasedOn.isValid(); }
    bool toSecure() const { return held() && !securedOn.isValid(); }
    bool overwritten(QDate today) const { return toSecure() && overwrittenOn <= today; }
    bool keptExpired(QDate today) const
    {
        return held() && keptUntil.isValid() && keptUntil < today;
    }
    // Nothing ends such a hold but someone remembering it.
    bool closedWithoutEnd() const
    {
        return held() && ownerClosedOn.isValid() && !keptUntil.isValid();
    }
};

struct HoldViewing
{
    qint64 holdId = 0;
    QDate viewedOn;
    QString viewedBy; // who viewed it: "H. Kok, beveiliging"
    QString reason; // why: "inbraak berging 12 maart, aangifte politie"
    QString recordedBy; // the login that recorded it (read from the trail)
};

class ExternalHoldTexts final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ExternalHoldTexts)
public:
    static QStringList systemSuggestions();
    // nullopt when not a period of at least one day.
    static std::optional<RetentionPeriod> period(const QString &text);
    static QString periodCode(const RetentionPeriod &period); // "4w"
    static QString stateText(const ExternalHold &hold, QDate today);
    static QString viewingText(const HoldViewing &viewing);
    static QString closedText(const ExternalHold &hold);
};

} // namespace pd
