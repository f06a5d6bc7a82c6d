#pragma once

// A hold on data outside Privacydesk: a request or a data breach about data another
// system overwrites on its own (camera images kept four weeks, telephony recordings, a mailbox)
// secures them before that. Its table is retention/ExternalHoldRepository's, its service
// retention/ExternalHolds.

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
    // The day its request was completed or closed (the answer's day) or
    // its breach closed; invalid while that is open. Read with the hold, never stored on it.
    QDate ownerClosedOn;

    bool held() const { return !releasedOn.isValid(); }
    // Still to be secured: held, not secured yet.
    bool toSecure() const { return held() && !securedOn.isValid(); }
    // Still to be secured and the system overwrote the data (or does so today) already.
    bool overwritten(QDate today) const { return toSecure() && overwrittenOn <= today; }
    // Held beyond the day it was to be kept until.
    bool keptExpired(QDate today) const
    {
        return held() && keptUntil.isValid() && keptUntil < today;
    }
    // Still held after its request or breach closed, with no day it is kept until: nothing
    // ends it but someone remembering it (finding 12).
    bool closedWithoutEnd() const
    {
        return held() && ownerClosedOn.isValid() && !keptUntil.isValid();
    }
};

// Who viewed a hold's secured data, when and why (finding 12): a line of its viewing
// log, kept on the trail (ExternalHoldService::recordViewing).
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
    // The systems offered as suggestions (the text stays free).
    static QStringList systemSuggestions();
    // "4w", "28d", "3m", "1y": nullopt when not a period of at least one day.
    static std::optional<RetentionPeriod> period(const QString &text);
    static QString periodCode(const RetentionPeriod &period); // "4w"
    // Its state in words for the screen and the CLI: "secure before 31-03-2026",
    // "overwritten on ...", "secured on ... by ...", "released on ...": prefixed, while held after
    // its request or breach closed, with that ("verzoek afgerond op ...") and, without a day
    // it is kept until, "geen einddatum" (finding 12).
    static QString stateText(const ExternalHold &hold, QDate today);
    // "bekeken op 12-03-2026 door H. Kok: inbraak berging" (translated).
    static QString viewingText(const HoldViewing &viewing);
    // "verzoek afgerond op ..." for a hold still held after its request closed; empty else.
    static QString closedText(const ExternalHold &hold);
};

} // namespace pd
