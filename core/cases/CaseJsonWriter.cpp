// writeCaseJson: caseToJson's object written straight into the output, key by key in
// the order QJsonObject sorts them, so that `case list --json` prints the same bytes without a
// QJsonObject and a QJsonDocument per request. tst_casejson holds the two side by side.

#include "cases/CaseCodes.h"
#include "cases/CaseJson.h"
#include "domain/DeadlineCalendar.h"
#include "util/Clock.h"

#include <QTimeZone>

#include <limits>

namespace pd {

namespace {

using namespace Qt::StringLiterals;

// The organisation's offset from UTC, kept for the stretch between two transitions of its zone
// that the last moment asked fell in (`case list --json` states two moments a request,
// nearly all in the few stretches of the years it lists, and converting each to the zone was
// 2 % of its time).
class ZoneOffsets final
{
public:
    int offsetAt(const QDateTime &moment)
    {
        const qint64 at = moment.toMSecsSinceEpoch();
        if (at < m_from || at >= m_until) {
            const QTimeZone zone = organisationTimeZone();
            m_offset = zone.offsetFromUtc(moment);
            // The last transition at or before the moment, the first after it.
            const QTimeZone::OffsetData before = zone.previousTransition(moment.addMSecs(1));
            const QTimeZone::OffsetData after = zone.nextTransition(moment);
            m_from = before.atUtc.isValid() ? before.atUtc.toMSecsSinceEpoch()
                                            : std::numeric_limits<qint64>::min();
            m_until = after.atUtc.isValid() ? after.atUtc.toMSecsSinceEpoch()
                                            : std::numeric_limits<qint64>::max();
        }
        return m_offset;
    }

private:
    qint64 m_from = 0;
    qint64 m_until = 0; // empty: nothing known yet
    int m_offset = 0;
};

// The moment in the organisation's zone, as organisationTime gives it, at the offset kept for its
// stretch. An offset of 0 goes through organisationTime: Qt states a moment at offset 0 that is
// no zone's as UTC ("Z"), a zone's as "+00:00".
void writeMoment(JsonWriter &json, const QDateTime &moment)
{
    if (!moment.isValid()) {
        json.null();
        return;
    }
    thread_local ZoneOffsets offsets;
    const int offset = offsets.offsetAt(moment);
    if (offset == 0)
        json.moment(organisationTime(moment));
    else
        json.moment(
            QDateTime::fromMSecsSinceEpoch(moment.toMSecsSinceEpoch(), Qt::OffsetFromUTC, offset));
}

void writeTextOrNull(JsonWriter &json, const QString &text)
{
    if (text.isEmpty())
        json.null();
    else
        json.string(text);
}

template<typename Code> void writeCodes(JsonWriter &json, const QList<Code> &values)
{
    json.beginArray();
    for (const Code value : values)
        json.string(codes::codeText(value));
    json.endArray();
}

void writePerson(JsonWriter &json, const Person &person, bool withSource)
{
    json.beginObject();
    json.key("address"_L1).string(addressLine(person));
    json.key("klantnummer"_L1).string(person.klantnummer);
    json.key("name"_L1).string(person.name);
    json.key("relation"_L1).string(codes::code(person.relation));
    if (withSource)
        writeTextOrNull(json.key("source"_L1), person.source);
    json.endObject();
}

void writeLateness(JsonWriter &json, const Lateness *lateness)
{
    if (!lateness)
        return;
    json.key("late_legal_days"_L1).number(lateness->legalDays);
    json.key("late_policy_days"_L1).number(lateness->policyDays);
}

// deadlinesToJson with the binding and the day that count now (caseToJson's "deadlines").
void writeDeadlines(JsonWriter &json, const CaseDeadlines &deadlines)
{
    const Deadlines &d = deadlines.all;
    json.beginObject();
    json.key("binding"_L1).string(bindingCode(deadlines.currentBinding));
    json.key("current"_L1).date(deadlines.current);
    json.key("effective"_L1).date(d.effective);
    json.key("effective_extended"_L1).date(d.effectiveExtended);
    json.key("identification_late"_L1).boolean(d.identificationLate);
    json.key("identification_pause_days"_L1).number(d.pauseDays);
    json.key("legal"_L1).date(d.legal);
    json.key("legal_extended"_L1).date(d.legalExtended);
    json.key("mandate_late"_L1).boolean(d.mandateLate);
    json.key("mandate_pause_days"_L1).number(d.mandatePauseDays);
    json.key("mandate_suspended"_L1).boolean(d.mandateSuspended);
    json.key("policy"_L1).date(d.policy);
    json.key("policy_extended"_L1).date(d.policyExtended);
    json.key("suspended"_L1).boolean(d.suspended);
    json.endObject();
}

// An array of one object per item, its members written by members.
template<typename Item, typename Members>
void writeObjects(JsonWriter &json, const QList<Item> &items, Members members)
{
    json.beginArray();
    for (const Item &item : items) {
        json.beginObject();
        members(item);
        json.endObject();
    }
    json.endArray();
}

void writeDecisions(JsonWriter &json, const QList<TypeDecision> &decisions)
{
    writeObjects(json, decisions, [&json](const TypeDecision &d) {
        json.key("granted"_L1).string(d.granted);
        writeCodes(json.key("grounds"_L1), d.grounds);
        json.key("motivation"_L1).string(d.motivation);
        json.key("outcome"_L1).string(codes::codeText(d.outcome));
        json.key("type"_L1).string(codes::codeText(d.type));
    });
}

void writeObjection(JsonWriter &json, const QList<ObjectionPart> &parts)
{
    writeObjects(json, parts, [&json](const ObjectionPart &part) {
        json.key("stopped"_L1).boolean(part.stopped);
        json.key("subject"_L1).string(codes::code(part.subject));
        writeTextOrNull(json.key("text"_L1), part.text);
    });
}

void writeIdentification(JsonWriter &json, const Identification &id)
{
    json.beginObject();
    if (id.method)
        json.key("method"_L1).string(codes::codeText(*id.method));
    else
        json.key("method"_L1).null();
    json.key("received"_L1).date(id.received);
    json.key("requested"_L1).date(id.requested);
    if (id.succeeded)
        json.key("result"_L1).string(*id.succeeded ? u"geslaagd"_s : u"mislukt"_s);
    else
        json.key("result"_L1).null();
    json.key("verified_by"_L1).string(id.verifiedBy);
    json.endObject();
}

// "mandate", "extension": the two small objects between the identification and the end.
void writeMandate(JsonWriter &json, const Case &c)
{
    json.beginObject();
    json.key("awaited"_L1).boolean(c.awaitsMandate());
    json.key("received"_L1).date(c.mandate.received);
    json.key("requested"_L1).date(c.mandate.requested);
    json.endObject();
}

void writeExtension(JsonWriter &json, const Case &c, const CaseDeadlines &deadlines)
{
    json.beginObject();
    json.key("after_own_deadline"_L1).boolean(deadlines.extensionAfterOwnDeadline);
    json.key("beyond_own_policy"_L1).boolean(deadlines.extensionBeyondOwnPolicy);
    json.key("extended"_L1).boolean(c.extended);
    json.key("legally_late"_L1).boolean(deadlines.extensionLegallyLate);
    json.key("notified"_L1).date(c.extensionNotified);
    json.key("reason"_L1).string(c.extensionReason);
    json.endObject();
}

// The keys from "received" to "state", the same in the full and in the intake object.
void writeReceipt(JsonWriter &json, const Case &c)
{
    json.key("received"_L1).date(c.receivedDate);
    writeMoment(json.key("received_at"_L1), c.receivedAt);
    json.key("received_by"_L1).string(c.receivedBy);
    writeMoment(json.key("registered_at"_L1), c.registeredAt);
    json.key("representative"_L1).string(c.representative);
    json.key("representative_address"_L1).string(c.representativeAddress);
    json.key("representative_authority"_L1);
    if (c.representativeAuthority)
        json.string(codes::code(*c.representativeAuthority));
    else
        json.null();
    json.key("representative_mandate"_L1).string(c.representativeMandate);
    json.key("representative_organisation"_L1).string(c.representativeOrganisation);
    json.key("state"_L1).string(codes::codeText(c.state));
}

void writeIntake(JsonWriter &json, const Case &c, const CaseDeadlines &deadlines,
                 const Lateness *lateness)
{
    json.beginObject();
    json.key("callback_phone"_L1).string(c.callbackPhone);
    json.key("channel"_L1).string(codes::codeText(c.channel));
    json.key("deadlines"_L1).beginObject();
    json.key("binding"_L1).string(bindingCode(deadlines.currentBinding));
    json.key("current"_L1).date(deadlines.current);
    json.endObject();
    json.key("description"_L1).string(c.description);
    json.key("intake_only"_L1).boolean(true);
    writeLateness(json, lateness);
    json.key("number"_L1).string(c.number);
    writePerson(json.key("person"_L1), c.person, false);
    writeReceipt(json, c);
    writeCodes(json.key("types"_L1), c.types);
    json.key("version"_L1).number(c.version);
    json.endObject();
}

// The keys from "answer_channel" to "late_policy_days".
void writeFirstHalf(JsonWriter &json, const Case &c, const CaseDeadlines &deadlines,
                    const Lateness *lateness)
{
    json.key("answer_channel"_L1).string(c.answerChannel);
    json.key("answered"_L1).date(c.answeredOn);
    json.key("attachments"_L1).number(c.attachmentCount);
    json.key("changed_data"_L1).beginArray();
    for (const DataCategory category : c.changedData)
        json.string(codes::code(category));
    json.endArray();
    json.key("channel"_L1).string(codes::codeText(c.channel));
    writeDeadlines(json.key("deadlines"_L1), deadlines);
    writeDecisions(json.key("decisions"_L1), CaseWorkflow::decisionsOf(c));
    json.key("description"_L1).string(c.description);
    json.key("direct_marketing"_L1).boolean(c.directMarketing);
    writeExtension(json.key("extension"_L1), c, deadlines);
    writeCodes(json.key("grounds"_L1), c.refusalGrounds);
    json.key("handler"_L1).string(c.handler);
    writeIdentification(json.key("identification"_L1), c.identification);
    writeLateness(json, lateness);
}

// The keys from "mandate" to the end.
void writeSecondHalf(JsonWriter &json, const Case &c)
{
    writeMandate(json.key("mandate"_L1), c);
    json.key("motivation"_L1).string(c.motivation);
    json.key("no_identification_reason"_L1).string(c.noIdentificationReason);
    json.key("number"_L1).string(c.number);
    writeObjection(json.key("objection"_L1), c.objection);
    if (c.outcome)
        json.key("outcome"_L1).string(codes::codeText(*c.outcome));
    else
        json.key("outcome"_L1).null();
    writePerson(json.key("person"_L1), c.person, true);
    writeReceipt(json, c);
    if (c.transmitTo.isEmpty()) {
        json.key("transmit_to"_L1).null();
    } else {
        json.key("transmit_to"_L1).beginObject();
        json.key("address"_L1).string(c.transmitTo.address);
        json.key("name"_L1).string(c.transmitTo.name);
        json.endObject();
    }
    writeCodes(json.key("types"_L1), c.types);
    json.key("version"_L1).number(c.version);
}

} // namespace

void writeCaseJson(JsonWriter &json, const Case &c, const CaseDeadlines &deadlines,
                   const Lateness *lateness)
{
    if (c.intakeOnly) {
        writeIntake(json, c, deadlines, lateness);
        return;
    }
    json.beginObject();
    writeFirstHalf(json, c, deadlines, lateness);
    writeSecondHalf(json, c);
    json.endObject();
}

} // namespace pd
