#pragma once

// The retention terms as the modules share them: derived below the requests, planned and destroyed
// above them (retention/Retention.h).

#include "domain/CodeTable.h"
#include "terms/RetentionCalendar.h"
#include "util/ServiceError.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

enum class RetentionTrigger {
    EndOfTenancy, // einde huurovereenkomst
    EndOfRegistration, // einde inschrijving (woningzoekende)
    RequestCompleted, // afronding verzoek
    EndOfApplication, // einde sollicitatieprocedure
    Recording, // opname (camerabeelden)
    Other,
    EndOfRelation, // einde relatie (persons.relation_end)
    EndOfFiscalYear, // einde boekjaar: 31 December of the year the relation ended (art. 52 AWR)
};

enum class RetentionState {
    Active, // actief
    ExpiringSoon, // verloopt binnenkort
    Expired, // verlopen: te vernietigen
    Destroyed, // vernietigd
    LegalHold, // bewaarplicht: blocks destruction
};

// Stored as Dutch codes ("einde-relatie", "verlopen"), shown translated. codes::all of the
// triggers: the order of the lists, those that run from the relation's end first.
template<> const codes::Vocabulary<RetentionTrigger> &codes::vocabulary<RetentionTrigger>();
template<> const codes::Vocabulary<RetentionState> &codes::vocabulary<RetentionState>();

class RetentionCodes final
{
    Q_DECLARE_TR_FUNCTIONS(pd::RetentionCodes)
public:
    static QString label(RetentionUnit unit, int amount); // "2 years", "4 weeks"
};

struct RetentionRule
{
    qint64 id = 0;
    QString code; // stable; generated from the category for new rules
    QString category;
    RetentionTrigger trigger = RetentionTrigger::Other;
    RetentionPeriod period { 1, RetentionUnit::Years };
    QString legalGround;
    // Not empty: items derived from each person's relation and its end; empty: a manual rule whose
    // items are registered per person.
    QStringList relations;

    // Its items are computed from the closed requests, not stored.
    static constexpr auto requestFilesCode = "avg-verzoekdossiers";
    bool isRequestFiles() const { return code == QLatin1StringView(requestFilesCode); }
    static constexpr auto breachRegisterCode = "datalekkenregister";
    // Its items are computed from the closed breaches (the closing day in Europe/Amsterdam); its
    // trigger is stored as 'overig'.
    bool isBreachRegister() const { return code == QLatin1StringView(breachRegisterCode); }
    QString triggerText() const;
    QString periodText() const; // "2 years after request completed", translated
    bool isDerived() const
    {
        return !relations.isEmpty() && !isRequestFiles() && !isBreachRegister();
    }
    static bool runsFromRelationEnd(RetentionTrigger trigger);
};

struct DerivedTerms
{
    int created = 0;
    int moved = 0;
    int removed = 0;

    bool any() const { return created != 0 || moved != 0 || removed != 0; }
    DerivedTerms &operator+=(const DerivedTerms &other);
    QJsonObject toJson() const; // {"terms_created", "terms_moved", "terms_removed"}
};

// Items of the request-files and breach-register rules are computed, not stored: id 0.
struct RetentionItem
{
    qint64 id = 0;
    qint64 personId = 0;
    QString klantnummer;
    QString name;
    RetentionRule rule;
    QDate trigger;
    QDate expires;
    RetentionState state = RetentionState::Active;
    QDate destroyedOn;
    QString destroyedMethod;
    QString destroyedBy;
    QString holdReason; // with LegalHold
    QStringList caseNumbers; // request-file items
    bool derived = false; // derived from the person's relation (see RetentionDerivation)
    QString breachNumber; // breach-register items: DL-YYYY-NNNN

    bool isBreach() const { return !breachNumber.isEmpty(); }
};

struct LegalHold
{
    qint64 id = 0;
    qint64 personId = 0;
    QString klantnummer;
    QString name;
    QString reason;
    QDate placedOn;
    QString placedBy;
};

// Holds no personal data.
struct DestructionRecord
{
    qint64 id = 0;
    QDateTime destroyedAt; // UTC
    QDate destroyedOn;
    QString destroyedBy;
    QString method;
    QString kind; // "verzoekdossier", "item" or "datalek"
    QString ruleText; // the rule as it was then
    QString subjectRef; // pseudonymous: "P-<person id>"; a breach's number (kind "datalek")
    QStringList caseNumbers;
    QDate expiredOn;
    QString what; // counts in plain words (Dutch, as logged)
    // Counts, never names.
    QJsonObject counts;
    QString kept;
    qint64 auditSeq = 0;
    QString proofHash; // hex hash of the audit event recording the destruction
    // Not stored: the write-ahead log could not be emptied, so old copies of the data may remain
    // until the next checkpoint.
    QString walWarning;
};

// A destruction with what identifies its data in an earlier backup of the same store, to replay it
// after a restore. Holds no personal data.
struct DestructionTrace
{
    QDateTime destroyedAt; // UTC
    QString destroyedBy;
    QString method;
    QString kind; // as DestructionRecord::kind
    QList<QPair<QString, QString>> cases; // number, created_at (kind "verzoekdossier")
    qint64 personId = 0; // the person the entry names (P-<id>) when no requests identify them
    QString personCreatedAt;
    QString breachNumber; // kind "datalek"
    QString breachReportedAt;
    qint64 ruleId = 0; // kind "item": the rule whose item was recorded as destroyed
    bool reduced
        = false; // a rule still kept the name and customer number (DestructionRecord::kept)
    bool personGone = false; // kind "item": the person's own details went with it (counts)
};

struct DestructionReplay
{
    bool checked = false; // the live store's log was read and compared
    QString uncheckedWhy; // translated: why it was not (empty when checked or no store there)
    QStringList replayed;
    int alreadyDone = 0; // entries whose data the backup no longer held (older than it)
    int notInBackup = 0; // entries about data the backup never held (made after it)
    QString note; // translated: what else to say, beside a replay that was done
};

// blocker empty: it may go ahead. While another rule still runs for the person, only the name and
// customer number are kept for it.
struct DestructionPlan
{
    qint64 personId = 0;
    QString klantnummer;
    QString name;
    QStringList caseNumbers;
    int notes = 0;
    int attachments = 0; // files kept with the requests (originals, mandates), not yet destroyed
    int auditEvents = 0; // of the person, the requests and the disclosures naming the person
    int letters = 0; // letters whose text is destroyed (kind, date and fingerprint stay)
    int apReferences = 0; // the AP's references of complaints about the requests
    int disclosures = 0; // disclosures naming the person: the link and texts naming them go
    int drafts = 0; // intake drafts holding the person's name, customer number, phone or e-mail
    int searchRows = 0; // rows of the request search index rebuilt without the person
    QDate expires;
    QList<RetentionItem> kept;
    bool remainder = false;
    // No requests (imported from the ERP only): allowed only when none of their items still runs.
    bool withoutRequests = false;
    QString blocker;
    ServiceError failure; // set when the plan could not be read (blocker says so too)
    QString description(bool withKept = true) const;
    QString keptText() const;
    static QString keptList(const QList<RetentionItem> &kept);
};

// The register's skeleton stays, as accountability (art. 5(2), 33(5) AVG) and the statistics need
// it; the title, free texts, linked persons, letters and audit details go.
struct BreachDestructionPlan
{
    QString number;
    QString title;
    QDate closedOn; // Europe/Amsterdam
    QDate expires;
    int freeTexts = 0; // free texts that go (besides the title)
    int linkedPersons = 0; // links to persons that go
    int letters = 0; // letters "kennisgeving datalek" that go
    int followUps = 0; // follow-ups whose text goes (kind, moment and meldnummer stay)
    int auditEvents = 0; // audit events of the breach whose details are destroyed
    QString blocker;
    ServiceError failure; // set when the plan could not be read (blocker says so too)
    QString description(bool withKept = true) const;
    static QString keptText();
};

struct DueQuery
{
    QDate on;
    int withinDays = 0; // also what expires in (on, on + withinDays]
    bool includeExpired = true;
    bool includeHeld = true;
    int offset = 0;
    int limit = -1; // -1: all
    QDate from {}; // valid: only what expires on or after this day
    QString ruleCode {}; // not empty: only items of this rule (the request-files rule included)
    // As they stood on `on` rather than now: history for a past `on`.
    bool asOfOn = false;
};

struct DestructionFilter
{
    QDate from {}; // inclusive; invalid: open
    QDate to {}; // inclusive; invalid: open
    QString kind {}; // "verzoekdossier", "item" or "datalek"; empty: all
};

RetentionState retentionStateOn(QDate expires, QDate on, int withinDays, bool held, bool destroyed);

} // namespace pd
