#pragma once

#include "domain/DataCategory.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace pd {

// The data-breach register (meldplicht datalekken, art. 33/34 AVG): value types, their
// stable codes and the 72-hour clock. Moments are UTC QDateTimes; they are entered and shown in
// Europe/Amsterdam (organisationTimeZone()), stored as ISO 8601 UTC text ("…Z", to the second).

// What the breach affected (the AP's three kinds of breach).
enum class BreachNature {
    Vertrouwelijkheid, // confidentiality: seen by someone who should not
    Integriteit, // integrity: changed
    Beschikbaarheid, // availability: lost or inaccessible
};

// The outcome of the assessment. Not yet assessed: std::optional without a value.
enum class BreachRisk {
    Geen, // unlikely to result in a risk: not notified, but kept in the register (art. 33(5))
    Risico, // a risk: notify the AP (art. 33(1))
    HoogRisico, // a high risk: notify the AP and inform the people concerned (art. 34)
};

enum class BreachState { Open, Gesloten };

// A follow-up notification to the AP after the first one.
enum class BreachFollowUpKind {
    Aanvullen, // complete or correct the notification
    Intrekken, // withdraw it (it proved not to be a breach that must be notified)
};

// The AP's criteria for the risk, as a checklist on the assessment.
enum class BreachCriterion {
    KindAndAmountOfData, // soort en hoeveelheid gegevens
    EaseOfIdentification, // hoe makkelijk de personen te herkennen zijn
    SeverityOfConsequences, // ernst van de gevolgen
    VulnerableGroups, // kwetsbare groepen (children, people in debt, care)
    SpecialData, // bijzondere of strafrechtelijke gegevens (art. 9/10)
    ManyPeople, // een groot aantal personen
};

// Stable codes (command line, JSON, database) and translated labels, like pd::DisclosureCodes.
// Data categories reuse DataCategoryCodes (domain/DataCategory.h: code, label, isSpecial).
class BreachCodes final
{
    Q_DECLARE_TR_FUNCTIONS(pd::BreachCodes)
public:
    // "vertrouwelijkheid", "integriteit", "beschikbaarheid"
    static QString code(BreachNature value);
    // "geen", "risico", "hoog-risico"
    static QString code(BreachRisk value);
    // "open", "gesloten"
    static QString code(BreachState value);
    // "aanvullen", "intrekken"
    static QString code(BreachFollowUpKind value);
    // "soort-en-omvang", "identificeerbaarheid", "ernst-gevolgen", "kwetsbare-groepen",
    // "bijzondere-gegevens", "groot-aantal"
    static QString code(BreachCriterion value);
    static QString label(BreachNature value);
    static QString label(BreachRisk value);
    static QString label(BreachState value);
    static QString label(BreachFollowUpKind value);
    static QString label(BreachCriterion value);
    static std::optional<BreachNature> nature(QStringView code);
    static std::optional<BreachRisk> risk(QStringView code);
    static std::optional<BreachState> state(QStringView code);
    static std::optional<BreachFollowUpKind> followUpKind(QStringView code);
    static std::optional<BreachCriterion> criterion(QStringView code);
    static QList<BreachNature> natures();
    static QList<BreachRisk> risks();
    static QList<BreachState> states();
    static QList<BreachFollowUpKind> followUpKinds();
    static QList<BreachCriterion> criteria();

    // "DL-2026-0001": the register's number for the year of discovery and the counter.
    static QString number(int year, int counter);

    // A moment as the user types it, "YYYY-MM-DDTHH:MM" (also with seconds, or a space for the
    // T), read as Europe/Amsterdam; returned in UTC. Invalid for anything else, and for a time
    // that does not exist there (the hour skipped when summer time starts).
    static QDateTime parseLocalMoment(const QString &text);
    // The moment as stored: ISO 8601 UTC to the second, "2026-03-27T15:00:00Z"; empty if invalid.
    static QString storedMoment(const QDateTime &moment);
    // The stored text back (invalid for NULL or empty).
    static QDateTime momentFromStored(const QString &text);
    // ISO 8601 with the Amsterdam offset, "2026-03-30T17:00:00+02:00", for JSON; empty if invalid.
    static QString isoLocal(const QDateTime &moment);
    // A delay against the 72 hours in hours and minutes, exactly: "30 minutes", "1 hour",
    // "2 hours and 5 minutes" (translated). A part of a minute counts as a minute: a delay is
    // never told shorter than it was. Seconds of 0 or less: "0 minutes".
    static QString delayText(qint64 seconds);
};

// One of the two decisions of the assessment: "melden aan de AP" and "informeren betrokkenen".
struct BreachDecision
{
    bool recorded = false; // false until the breach is assessed
    bool yes = false;
    // Why; required when the decision differs from what the risk suggests (the default).
    QString reason;
    QString by; // login
    QDateTime at; // UTC

    bool operator==(const BreachDecision &other) const = default;
};

// The assessment as it is entered (BreachService::assess).
struct BreachAssessment
{
    BreachRisk risk = BreachRisk::Risico;
    QString reasoning; // required
    QList<BreachCriterion> criteria;
};

// A follow-up notification to the AP (aanvullen, intrekken) with the AP's meldnummer.
struct BreachFollowUp
{
    qint64 id = 0;
    BreachFollowUpKind kind = BreachFollowUpKind::Aanvullen;
    QDateTime at; // UTC
    QString reference; // the AP's meldnummer
    QString text; // what was added or why it was withdrawn
    QString by; // login (filled when reading)
};

// A person linked to the breach (persons table) and when they were informed (art. 34).
struct BreachPerson
{
    qint64 id = 0;
    QString name; // filled when reading
    QString klantnummer; // filled when reading
    QDate informedOn; // invalid: not (yet) informed individually

    bool operator==(const BreachPerson &other) const = default;
};

// How the people concerned were informed (art. 34), as BreachService::notifySubjects records it:
// individually (on, how, count), or by a public notice with the reason (disproportionate effort,
// art. 34(3)(c)).
struct BreachSubjectsNotice
{
    QDate on;
    QString how; // "brief aan alle huurders van complex X", "e-mail"
    std::optional<int> count; // how many people were informed
    bool publicNotice = false;
    QString publicNoticeReason; // required with publicNotice
};

struct Breach
{
    qint64 id = 0;
    QString number; // DL-YYYY-NNNN, given by BreachService::add
    QString title;
    QString description; // what happened
    QDateTime occurredAt; // UTC; invalid: unknown
    QDateTime discoveredAt; // UTC; the moment of awareness (kennisname): starts the clock
    QString reportedBy; // login of who reported it (set by add)
    QDateTime reportedAt; // UTC (set by add)

    QList<BreachNature> natures;
    QList<DataCategory> data; // the kinds of personal data involved
    // What the other data (DataCategory::Overig) are, in words (ieder1: "overig" could
    // not be described); the AP's text and the art. 34 letter print it (art. 33(3)(a), 34(2)).
    // Only with Overig among the data.
    QString dataText;
    std::optional<int> persons; // number of people concerned
    bool personsEstimate = false;
    std::optional<int> records; // number of records
    bool recordsEstimate = false;
    QString groupText; // the group of people ("huurders", "woningzoekenden")
    QList<BreachPerson> linkedPersons; // where known (BreachService::linkPersons)

    qint64 processorId = 0; // a recipient from the catalogue; 0: none
    // Filled when reading. Writing with processorId 0: add and update find the processor by this
    // name (case-insensitive, not archived), so that a KCC reporter can name it.
    QString processorName;
    QDateTime processorToldAt; // UTC: when the processor told us (art. 33(2))
    // Why the processor's report, when it came before our own discovery, did not make us aware
    // of the breach: then the 72 hours run from the discovery. Empty: they run from the report
    // (art. 33(2): the processor's notice is the controller's awareness). Only with such a report.
    QString processorToldReason;

    QString measuresBefore; // security measures in place before the breach
    QString measuresTaken; // measures taken since (to end it, to limit the consequences)
    QString consequences; // likely consequences for the people
    // The art. 34 letter's own texts for the people concerned, in plain words: what
    // happened, what it can mean for them and what we did about it. Empty: the letter falls back
    // to the description, consequences and measures written for the AP, and says so to the
    // officer.
    QString subjectsDescription;
    QString subjectsConsequences;
    QString subjectsMeasures;
    QString international; // cross-border aspects; empty: none

    // The assessment (BreachService::assess); risk without a value: not assessed.
    std::optional<BreachRisk> risk;
    QString reasoning;
    QList<BreachCriterion> criteria;
    QString assessedBy;
    QDateTime assessedAt;
    BreachDecision apDecision; // melden aan de AP
    BreachDecision subjectsDecision; // informeren betrokkenen

    // The notification to the AP.
    QDateTime apNotifiedAt; // UTC; invalid: not notified
    QString apReference; // the AP's meldnummer
    QString apLateReason; // required when apNotifiedAt > apDeadline()
    QString apNotifiedBy;
    QList<BreachFollowUp> followUps; // oldest first

    // Informing the people (art. 34).
    QDate subjectsNotifiedOn; // invalid: not informed
    QString subjectsHow;
    std::optional<int> subjectsCount;
    bool publicNotice = false;
    QString publicNoticeReason;
    QString subjectsNotifiedBy;

    BreachState state = BreachState::Open;
    QDateTime closedAt;
    QString closedBy;

    // Destroyed under the retention rule "datalekkenregister" (RetentionService::destroyBreach):
    // the personal data and free texts are gone, the skeleton stays (number, moments, nature,
    // data categories, counts, risk, decisions, the AP's meldnummer). Invalid: not destroyed.
    QDate destroyedOn;
    QString destroyedBy;
    bool isDestroyed() const { return destroyedOn.isValid(); }

    // The moment the 72 hours start: the processor's report when it came before the discovery
    // and no reason why not was recorded (processorToldReason), else the discovery.
    QDateTime clockStart() const;
    // Whether clockStart() is the processor's report.
    bool clockFromProcessor() const;
    // The first moment we had word of the breach: the discovery or the processor's report,
    // whichever came first (whatever the reason recorded). Nothing can be done about the breach,
    // such as notifying the AP, before it.
    QDateTime firstKnown() const;
    // The AP deadline: clockStart() + 72 hours of elapsed time (summer time changes included;
    // weekends and holidays do not move it). Invalid without discoveredAt.
    QDateTime apDeadline() const;
    // Whether the 72-hour clock runs: open, not notified, and neither assessed as "geen" nor
    // decided not to notify. Unassessed counts as running: the FG must decide within 72 hours.
    bool clockRunning() const;
    // Whole hours from now until apDeadline() (rounded down; negative once past).
    int hoursLeft(const QDateTime &now) const;
    // Notified after the deadline.
    bool apNotifiedLate() const;
    // The processor's report when it came before the moment of discovery: the 72 hours start at
    // it unless the officer records why not (clockStart()). nullopt otherwise.
    std::optional<QDateTime> earlierAwareness() const;
    // Whether the special (art. 9) or criminal (art. 10) data is involved.
    bool specialData() const;
    // The default decisions a risk gives: geen → no/no, risico → AP yes, people no,
    // hoog-risico → yes/yes.
    static bool defaultApDecision(BreachRisk risk);
    static bool defaultSubjectsDecision(BreachRisk risk);
};

// What the register list shows (BreachService::list): every condition set here must hold.
struct BreachFilter
{
    bool openOnly = false; // state open (the same as state = Open)
    std::optional<BreachState> state;
    int year = 0; // the year of discovery (Europe/Amsterdam); 0: every year
    bool clockRunningOnly = false; // only breaches whose 72-hour clock runs

    bool operator==(const BreachFilter &other) const = default;
};

// The JSON of `breach show --json` and of each element of `breach list --json`; now gives
// hours_left. Keys: number, title, description, occurred_at, discovered_at, clock_start (the
// moment the 72 hours start), ap_deadline (ISO 8601
// with the Amsterdam offset), hours_left (null when the clock does not run), clock_running,
// reported_by, reported_at, natures, data, data_text, special_data, persons, persons_estimate,
// records, records_estimate, group, linked_persons, processor, processor_told_at,
// processor_told_reason,
// measures_before, measures_taken, consequences, subjects_description, subjects_consequences,
// subjects_measures, international, risk (null: not assessed), reasoning, criteria, ap_decision,
// subjects_decision, ap_notified_at, ap_notified_late, ap_reference, ap_late_reason, follow_ups,
// subjects_notified_at, subjects_how, subjects_count, public_notice, public_notice_reason, state,
// closed_at, destroyed_on (null: not destroyed), destroyed_by.
QJsonObject breachToJson(const Breach &breach, const QDateTime &now);

} // namespace pd
