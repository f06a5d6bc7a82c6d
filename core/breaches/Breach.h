#pragma once

#include "domain/CodeTable.h"
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

// The data-breach register (art. 33/34 AVG). Moments are UTC; entered and shown in
// Europe/Amsterdam, stored as ISO 8601 UTC text to the second.

enum class BreachNature {
    Vertrouwelijkheid, // confidentiality: seen by someone who should not
    Integriteit, // integrity: changed
    Beschikbaarheid, // availability: lost or inaccessible
};

// Not yet assessed: an empty std::optional.
enum class BreachRisk {
    Geen, // unlikely to result in a risk: not notified, but kept in the register (art. 33(5))
    Risico, // a risk: notify the AP (art. 33(1))
    HoogRisico, // a high risk: notify the AP and inform the people concerned (art. 34)
};

enum class BreachState { Open, Gesloten };

enum class BreachFollowUpKind {
    Aanvullen, // complete or correct the notification
    Intrekken, // withdraw it (it proved not to be a breach that must be notified)
};

enum class BreachCriterion {
    KindAndAmountOfData, // soort en hoeveelheid gegevens
    EaseOfIdentification, // hoe makkelijk de personen te herkennen zijn
    SeverityOfConsequences, // ernst van de gevolgen
    VulnerableGroups, // kwetsbare groepen (children, people in debt, care)
    SpecialData, // bijzondere of strafrechtelijke gegevens (art. 9/10)
    ManyPeople, // een groot aantal personen
};

template<> const codes::Vocabulary<BreachNature> &codes::vocabulary<BreachNature>();
template<> const codes::Vocabulary<BreachRisk> &codes::vocabulary<BreachRisk>();
template<> const codes::Vocabulary<BreachState> &codes::vocabulary<BreachState>();
template<> const codes::Vocabulary<BreachFollowUpKind> &codes::vocabulary<BreachFollowUpKind>();
template<> const codes::Vocabulary<BreachCriterion> &codes::vocabulary<BreachCriterion>();

class BreachCodes final
{
    Q_DECLARE_TR_FUNCTIONS(pd::BreachCodes)
public:
    static QString number(int year, int counter);

    // Read as Europe/Amsterdam, returned in UTC; invalid for a time that does not exist there (the
    // hour skipped when summer time starts).
    static QDateTime parseLocalMoment(const QString &text);
    static QString storedMoment(const QDateTime &moment);
    static QDateTime momentFromStored(const QString &text);
    static QString isoLocal(const QDateTime &moment);
    // A part of a minute counts as a minute: a delay is never told shorter than it was.
    static QString delayText(qint64 seconds);
};

struct BreachDecision
{
    bool recorded = false; // false until the breach is assessed
    bool yes = false;
    // Required when the decision differs from the risk's default.
    QString reason;
    QString by; // login
    QDateTime at; // UTC

    bool operator==(const BreachDecision &other) const = default;
};

struct BreachAssessment
{
    BreachRisk risk = BreachRisk::Risico;
    QString reasoning; // required
    QList<BreachCriterion> criteria;
};

struct BreachFollowUp
{
    qint64 id = 0;
    BreachFollowUpKind kind = BreachFollowUpKind::Aanvullen;
    QDateTime at; // UTC
    QString reference; // the AP's meldnummer
    QString text; // what was added or why it was withdrawn
    QString by; // login (filled when reading)
};

struct BreachPerson
{
    qint64 id = 0;
    QString name; // filled when reading
    QString klantnummer; // filled when reading
    QDate informedOn; // invalid: not (yet) informed individually

    bool operator==(const BreachPerson &other) const = default;
};

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
    // Only with DataCategory::Overig among the data.
    QString dataText;
    std::optional<int> persons; // number of people concerned
    bool personsEstimate = false;
    std::optional<int> records; // number of records
    bool recordsEstimate = false;
    QString groupText; // the group of people ("huurders", "woningzoekenden")
    QList<BreachPerson> linkedPersons; // where known (BreachService::linkPersons)

    qint64 processorId = 0; // a recipient from the catalogue; 0: none
    // Writing with processorId 0, add and update find the processor by this name, so that a KCC
    // reporter can name it.
    QString processorName;
    QDateTime processorToldAt; // UTC: when the processor told us (art. 33(2))
    // Empty: the 72 hours run from the processor's earlier report (art. 33(2): its notice is our
    // awareness).
    QString processorToldReason;

    QString measuresBefore; // security measures in place before the breach
    QString measuresTaken; // measures taken since (to end it, to limit the consequences)
    QString consequences; // likely consequences for the people
    // Empty: the art. 34 letter falls back to the texts written for the AP.
    QString subjectsDescription;
    QString subjectsConsequences;
    QString subjectsMeasures;
    QString international; // cross-border aspects; empty: none

    std::optional<BreachRisk> risk;
    QString reasoning;
    QList<BreachCriterion> criteria;
    QString assessedBy;
    QDateTime assessedAt;
    BreachDecision apDecision; // melden aan de AP
    BreachDecision subjectsDecision; // informeren betrokkenen

    QDateTime apNotifiedAt; // UTC; invalid: not notified
    QString apReference; // the AP's meldnummer
    QString apLateReason; // required when apNotifiedAt > apDeadline()
    QString apNotifiedBy;
    QList<BreachFollowUp> followUps; // oldest first

    QDate subjectsNotifiedOn; // invalid: not informed
    QString subjectsHow;
    std::optional<int> subjectsCount;
    bool publicNotice = false;
    QString publicNoticeReason;
    QString subjectsNotifiedBy;

    BreachState state = BreachState::Open;
    QDateTime closedAt;
    QString closedBy;

    // Destroyed under its retention rule: the personal data and free texts are gone, the skeleton
    // stays as the register's proof.
    QDate destroyedOn;
    QString destroyedBy;
    bool isDestroyed() const { return destroyedOn.isValid(); }

    // The processor's earlier report unless a reason why not is recorded, else the discovery.
    QDateTime clockStart() const;
    bool clockFromProcessor() const;
    // Nothing, such as notifying the AP, can be done before it.
    QDateTime firstKnown() const;
    // 72 hours of elapsed time: summer time counts, weekends and holidays do not move it.
    QDateTime apDeadline() const;
    // Unassessed counts as running: the officer must decide within the 72 hours.
    bool clockRunning() const;
    // Rounded down; negative once past.
    int hoursLeft(const QDateTime &now) const;
    bool apNotifiedLate() const;
    std::optional<QDateTime> earlierAwareness() const;
    bool specialData() const;
    static bool defaultApDecision(BreachRisk risk);
    static bool defaultSubjectsDecision(BreachRisk risk);
};

struct BreachFilter
{
    bool openOnly = false; // state open (the same as state = Open)
    std::optional<BreachState> state;
    int year = 0; // the year of discovery (Europe/Amsterdam); 0: every year
    bool clockRunningOnly = false; // only breaches whose 72-hour clock runs

    bool operator==(const BreachFilter &other) const = default;
};

// The JSON of `breach show --json` and of each element of `breach list --json`; moments ISO 8601
// with the Amsterdam offset.
QJsonObject breachToJson(const Breach &breach, const QDateTime &now);

} // namespace pd
