#include "breaches/Breach.h"

#include "domain/CodeTable.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace pd {

namespace {

using codes::Entry;

constexpr Entry<BreachNature> natureTable[] = {
    { BreachNature::Vertrouwelijkheid, "vertrouwelijkheid",
      QT_TRANSLATE_NOOP("pd::BreachCodes", "Confidentiality") },
    { BreachNature::Integriteit, "integriteit", QT_TRANSLATE_NOOP("pd::BreachCodes", "Integrity") },
    { BreachNature::Beschikbaarheid, "beschikbaarheid",
      QT_TRANSLATE_NOOP("pd::BreachCodes", "Availability") },
};

constexpr Entry<BreachRisk> riskTable[] = {
    { BreachRisk::Geen, "geen", QT_TRANSLATE_NOOP("pd::BreachCodes", "No risk") },
    { BreachRisk::Risico, "risico", QT_TRANSLATE_NOOP("pd::BreachCodes", "Risk") },
    { BreachRisk::HoogRisico, "hoog-risico", QT_TRANSLATE_NOOP("pd::BreachCodes", "High risk") },
};

constexpr Entry<BreachState> stateTable[] = {
    { BreachState::Open, "open", QT_TRANSLATE_NOOP("pd::BreachCodes", "Open") },
    { BreachState::Gesloten, "gesloten", QT_TRANSLATE_NOOP("pd::BreachCodes", "Closed") },
};

constexpr Entry<BreachFollowUpKind> followUpTable[] = {
    { BreachFollowUpKind::Aanvullen, "aanvullen",
      QT_TRANSLATE_NOOP("pd::BreachCodes", "Supplement to the notification") },
    { BreachFollowUpKind::Intrekken, "intrekken",
      QT_TRANSLATE_NOOP("pd::BreachCodes", "Withdrawal of the notification") },
};

constexpr Entry<BreachCriterion> criterionTable[] = {
    { BreachCriterion::KindAndAmountOfData, "soort-en-omvang",
      QT_TRANSLATE_NOOP("pd::BreachCodes", "Kind and amount of personal data") },
    { BreachCriterion::EaseOfIdentification, "identificeerbaarheid",
      QT_TRANSLATE_NOOP("pd::BreachCodes", "The people can easily be identified") },
    { BreachCriterion::SeverityOfConsequences, "ernst-gevolgen",
      QT_TRANSLATE_NOOP("pd::BreachCodes", "Serious consequences for the people") },
    { BreachCriterion::VulnerableGroups, "kwetsbare-groepen",
      QT_TRANSLATE_NOOP("pd::BreachCodes", "Vulnerable people are involved") },
    { BreachCriterion::SpecialData, "bijzondere-gegevens",
      QT_TRANSLATE_NOOP("pd::BreachCodes", "Special or criminal personal data") },
    { BreachCriterion::ManyPeople, "groot-aantal",
      QT_TRANSLATE_NOOP("pd::BreachCodes", "A large number of people") },
};

constexpr qint64 apHours = 72;

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue momentOrNull(const QDateTime &moment)
{
    return moment.isValid() ? QJsonValue(BreachCodes::isoLocal(moment))
                            : QJsonValue(QJsonValue::Null);
}

QJsonValue dateOrNull(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue countOrNull(const std::optional<int> &count)
{
    return count ? QJsonValue(*count) : QJsonValue(QJsonValue::Null);
}

QJsonObject decisionToJson(const BreachDecision &decision)
{
    if (!decision.recorded)
        return { { QStringLiteral("recorded"), false } };
    return { { QStringLiteral("recorded"), true },
             { QStringLiteral("yes"), decision.yes },
             { QStringLiteral("reason"), textOrNull(decision.reason) },
             { QStringLiteral("by"), decision.by },
             { QStringLiteral("at"), momentOrNull(decision.at) } };
}

} // namespace

template<> const codes::Vocabulary<BreachNature> &codes::vocabulary<BreachNature>()
{
    static constexpr codes::Vocabulary<BreachNature> v { natureTable, "pd::BreachCodes" };
    return v;
}

template<> const codes::Vocabulary<BreachRisk> &codes::vocabulary<BreachRisk>()
{
    static constexpr codes::Vocabulary<BreachRisk> v { riskTable, "pd::BreachCodes" };
    return v;
}

template<> const codes::Vocabulary<BreachState> &codes::vocabulary<BreachState>()
{
    static constexpr codes::Vocabulary<BreachState> v { stateTable, "pd::BreachCodes" };
    return v;
}

template<> const codes::Vocabulary<BreachFollowUpKind> &codes::vocabulary<BreachFollowUpKind>()
{
    static constexpr codes::Vocabulary<BreachFollowUpKind> v { followUpTable, "pd::BreachCodes" };
    return v;
}

template<> const codes::Vocabulary<BreachCriterion> &codes::vocabulary<BreachCriterion>()
{
    static constexpr codes::Vocabulary<BreachCriterion> v { criterionTable, "pd::BreachCodes" };
    return v;
}

QString BreachCodes::number(int year, int counter)
{
    return QStringLiteral("DL-%1-%2").arg(year).arg(counter, 4, 10, QLatin1Char('0'));
}

QDateTime BreachCodes::parseLocalMoment(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
                     match.capturedLength(6) > 0 ? match.captured(6).toInt() : 0);
    if (!date.isValid() || !time.isValid())
        return {};
    const QDateTime local(date, time, organisationTimeZone());
    // The hour skipped when summer time starts does not exist: Qt would move it.
    if (!local.isValid() || local.date() != date || local.time() != time)
        return {};
    return local.toUTC();
}

QString BreachCodes::storedMoment(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    QDateTime utc = moment.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    return utc.toString(Qt::ISODate);
}

QDateTime BreachCodes::momentFromStored(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime moment = QDateTime::fromString(text, Qt::ISODate);
    return moment.isValid() ? moment.toUTC() : QDateTime();
}

QString BreachCodes::isoLocal(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    return organisationTime(moment).toString(Qt::ISODate);
}

QString BreachCodes::delayText(qint64 seconds)
{
    const qint64 minutes = seconds > 0 ? (seconds + 59) / 60 : 0;
    const int hours = static_cast<int>(minutes / 60);
    const int rest = static_cast<int>(minutes % 60);
    if (hours == 0)
        return tr("%n minute(s)", nullptr, rest);
    if (rest == 0)
        return tr("%n hour(s)", nullptr, hours);
    //: Dutch: "%1 en %2" ("2 uur en 5 minuten")
    return tr("%1 and %2").arg(tr("%n hour(s)", nullptr, hours), tr("%n minute(s)", nullptr, rest));
}

std::optional<QDateTime> Breach::earlierAwareness() const
{
    if (processorToldAt.isValid() && discoveredAt.isValid() && processorToldAt < discoveredAt)
        return processorToldAt;
    return std::nullopt;
}

QDateTime Breach::clockStart() const
{
    return clockFromProcessor() ? processorToldAt.toUTC() : discoveredAt.toUTC();
}

bool Breach::clockFromProcessor() const
{
    return earlierAwareness().has_value() && processorToldReason.trimmed().isEmpty();
}

QDateTime Breach::firstKnown() const
{
    if (const std::optional<QDateTime> earlier = earlierAwareness())
        return earlier->toUTC();
    return discoveredAt.isValid() ? discoveredAt.toUTC() : QDateTime();
}

QDateTime Breach::apDeadline() const
{
    if (!discoveredAt.isValid())
        return {};
    return clockStart().addSecs(apHours * 3600);
}

bool Breach::clockRunning() const
{
    if (state != BreachState::Open || apNotifiedAt.isValid() || !discoveredAt.isValid())
        return false;
    if (risk == BreachRisk::Geen)
        return false;
    return !(apDecision.recorded && !apDecision.yes);
}

int Breach::hoursLeft(const QDateTime &now) const
{
    const QDateTime deadline = apDeadline();
    if (!deadline.isValid() || !now.isValid())
        return 0;
    const qint64 seconds = now.toUTC().secsTo(deadline);
    // Rounded down: 59 minutes left is 0 hours, one second past is -1.
    const qint64 hours = seconds >= 0 ? seconds / 3600 : -((-seconds + 3599) / 3600);
    return static_cast<int>(hours);
}

bool Breach::apNotifiedLate() const
{
    return apNotifiedAt.isValid() && apNotifiedAt.toUTC() > apDeadline();
}

bool Breach::specialData() const
{
    return std::any_of(data.cbegin(), data.cend(), &DataCategoryCodes::isSpecial);
}

bool Breach::defaultApDecision(BreachRisk risk)
{
    return risk != BreachRisk::Geen;
}

bool Breach::defaultSubjectsDecision(BreachRisk risk)
{
    return risk == BreachRisk::HoogRisico;
}

QJsonObject breachToJson(const Breach &b, const QDateTime &now)
{
    const QJsonArray natures = codes::jsonCodes(b.natures);
    QJsonArray data;
    for (DataCategory c : b.data)
        data.append(codes::code(c));
    const QJsonArray criteria = codes::jsonCodes(b.criteria);
    QJsonArray persons;
    for (const BreachPerson &p : b.linkedPersons)
        persons.append(QJsonObject { { QStringLiteral("id"), p.id },
                                     { QStringLiteral("name"), p.name },
                                     { QStringLiteral("klantnummer"), textOrNull(p.klantnummer) },
                                     { QStringLiteral("informed_on"), dateOrNull(p.informedOn) } });
    QJsonArray followUps;
    for (const BreachFollowUp &f : b.followUps)
        followUps.append(QJsonObject { { QStringLiteral("kind"), codes::code(f.kind) },
                                       { QStringLiteral("at"), momentOrNull(f.at) },
                                       { QStringLiteral("reference"), textOrNull(f.reference) },
                                       { QStringLiteral("text"), textOrNull(f.text) },
                                       { QStringLiteral("by"), f.by } });
    const bool running = b.clockRunning();
    return QJsonObject {
        { QStringLiteral("number"), b.number },
        { QStringLiteral("title"), b.title },
        { QStringLiteral("description"), textOrNull(b.description) },
        { QStringLiteral("occurred_at"), momentOrNull(b.occurredAt) },
        { QStringLiteral("discovered_at"), momentOrNull(b.discoveredAt) },
        { QStringLiteral("clock_start"),
          b.discoveredAt.isValid() ? momentOrNull(b.clockStart()) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("ap_deadline"), momentOrNull(b.apDeadline()) },
        { QStringLiteral("hours_left"),
          running ? QJsonValue(b.hoursLeft(now)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("clock_running"), running },
        { QStringLiteral("reported_by"), b.reportedBy },
        { QStringLiteral("reported_at"), momentOrNull(b.reportedAt) },
        { QStringLiteral("natures"), natures },
        { QStringLiteral("data"), data },
        { QStringLiteral("data_text"), textOrNull(b.dataText) },
        { QStringLiteral("special_data"), b.specialData() },
        { QStringLiteral("persons"), countOrNull(b.persons) },
        { QStringLiteral("persons_estimate"), b.personsEstimate },
        { QStringLiteral("records"), countOrNull(b.records) },
        { QStringLiteral("records_estimate"), b.recordsEstimate },
        { QStringLiteral("group"), textOrNull(b.groupText) },
        { QStringLiteral("linked_persons"), persons },
        { QStringLiteral("processor"),
          b.processorId > 0
              ? QJsonValue(QJsonObject { { QStringLiteral("id"), b.processorId },
                                         { QStringLiteral("name"), b.processorName } })
              : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("processor_told_at"), momentOrNull(b.processorToldAt) },
        { QStringLiteral("processor_told_reason"), textOrNull(b.processorToldReason) },
        { QStringLiteral("measures_before"), textOrNull(b.measuresBefore) },
        { QStringLiteral("measures_taken"), textOrNull(b.measuresTaken) },
        { QStringLiteral("consequences"), textOrNull(b.consequences) },
        { QStringLiteral("subjects_description"), textOrNull(b.subjectsDescription) },
        { QStringLiteral("subjects_consequences"), textOrNull(b.subjectsConsequences) },
        { QStringLiteral("subjects_measures"), textOrNull(b.subjectsMeasures) },
        { QStringLiteral("international"), textOrNull(b.international) },
        { QStringLiteral("risk"),
          b.risk ? QJsonValue(codes::code(*b.risk)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("reasoning"), textOrNull(b.reasoning) },
        { QStringLiteral("criteria"), criteria },
        { QStringLiteral("assessed_by"), textOrNull(b.assessedBy) },
        { QStringLiteral("assessed_at"), momentOrNull(b.assessedAt) },
        { QStringLiteral("ap_decision"), decisionToJson(b.apDecision) },
        { QStringLiteral("subjects_decision"), decisionToJson(b.subjectsDecision) },
        { QStringLiteral("ap_notified_at"), momentOrNull(b.apNotifiedAt) },
        { QStringLiteral("ap_notified_late"), b.apNotifiedLate() },
        { QStringLiteral("ap_reference"), textOrNull(b.apReference) },
        { QStringLiteral("ap_late_reason"), textOrNull(b.apLateReason) },
        { QStringLiteral("follow_ups"), followUps },
        { QStringLiteral("subjects_notified_at"), dateOrNull(b.subjectsNotifiedOn) },
        { QStringLiteral("subjects_how"), textOrNull(b.subjectsHow) },
        { QStringLiteral("subjects_count"), countOrNull(b.subjectsCount) },
        { QStringLiteral("public_notice"), b.publicNotice },
        { QStringLiteral("public_notice_reason"), textOrNull(b.publicNoticeReason) },
        { QStringLiteral("state"), codes::code(b.state) },
        { QStringLiteral("closed_at"), momentOrNull(b.closedAt) },
        { QStringLiteral("destroyed_on"), dateOrNull(b.destroyedOn) },
        { QStringLiteral("destroyed_by"), textOrNull(b.destroyedBy) },
    };
}

} // namespace pd
