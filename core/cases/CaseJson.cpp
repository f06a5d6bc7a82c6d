#include "cases/CaseJson.h"

#include "cases/CaseCodes.h"
#include "domain/DeadlineCalendar.h"
#include "util/Clock.h"

namespace pd {

QJsonValue jsonDate(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonArray objectionToJson(const QList<ObjectionPart> &parts)
{
    QJsonArray result;
    for (const ObjectionPart &part : parts)
        result.append(QJsonObject {
            { QStringLiteral("subject"), codes::code(part.subject) },
            { QStringLiteral("text"),
              part.text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(part.text) },
            { QStringLiteral("stopped"), part.stopped } });
    return result;
}

QList<ObjectionPart> objectionFromJson(const QJsonArray &array)
{
    QList<ObjectionPart> parts;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        if (const auto subject
            = codes::from<ObjectionSubject>(o.value(QStringLiteral("subject")).toString()))
            parts << ObjectionPart { *subject, o.value(QStringLiteral("text")).toString(),
                                     o.value(QStringLiteral("stopped")).toBool(true) };
    }
    return parts;
}

QStringList dataCodes(const QList<DataCategory> &categories)
{
    QStringList codes;
    for (DataCategory category : categories)
        codes << codes::code(category);
    return codes;
}

QJsonArray decisionsToJson(const QList<TypeDecision> &decisions)
{
    QJsonArray result;
    for (const TypeDecision &d : decisions) {
        const QJsonArray grounds = codes::jsonCodes(d.grounds);
        result.append(QJsonObject { { QStringLiteral("type"), codes::code(d.type) },
                                    { QStringLiteral("outcome"), codes::code(d.outcome) },
                                    { QStringLiteral("grounds"), grounds },
                                    { QStringLiteral("motivation"), d.motivation },
                                    { QStringLiteral("granted"), d.granted } });
    }
    return result;
}

QJsonObject deadlinesToJson(const Deadlines &d, bool extended)
{
    return {
        { QStringLiteral("legal"), jsonDate(d.legal) },
        { QStringLiteral("legal_extended"), jsonDate(d.legalExtended) },
        { QStringLiteral("policy"), jsonDate(d.policy) },
        { QStringLiteral("policy_extended"), jsonDate(d.policyExtended) },
        { QStringLiteral("effective"), jsonDate(d.effective) },
        { QStringLiteral("effective_extended"), jsonDate(d.effectiveExtended) },
        { QStringLiteral("binding"), bindingCode(extended ? d.bindingExtended : d.binding) },
        { QStringLiteral("identification_pause_days"), d.pauseDays },
        { QStringLiteral("identification_late"), d.identificationLate },
        { QStringLiteral("suspended"), d.suspended },
        { QStringLiteral("mandate_pause_days"), d.mandatePauseDays },
        { QStringLiteral("mandate_late"), d.mandateLate },
        { QStringLiteral("mandate_suspended"), d.mandateSuspended },
    };
}

QJsonValue jsonMoment(const QDateTime &moment)
{
    return moment.isValid() ? QJsonValue(organisationTime(moment).toString(Qt::ISODate))
                            : QJsonValue(QJsonValue::Null);
}

namespace {

// The fields every reader of a request sees, a KCC-medewerker too (CaseScope).
QJsonObject intakeFields(const Case &c, const QJsonArray &types)
{
    return {
        { QStringLiteral("number"), c.number },
        // Every change of the request raises it (optimistic locking): what
        // case ... --if-version takes.
        { QStringLiteral("version"), c.version },
        { QStringLiteral("person"),
          QJsonObject { { QStringLiteral("name"), c.person.name },
                        { QStringLiteral("klantnummer"), c.person.klantnummer },
                        { QStringLiteral("relation"), codes::code(c.person.relation) },
                        { QStringLiteral("address"), addressLine(c.person) } } },
        { QStringLiteral("types"), types },
        { QStringLiteral("channel"), codes::code(c.channel) },
        { QStringLiteral("received"), jsonDate(c.receivedDate) },
        { QStringLiteral("received_at"), jsonMoment(c.receivedAt) },
        { QStringLiteral("registered_at"), jsonMoment(c.registeredAt) },
        { QStringLiteral("received_by"), c.receivedBy },
        { QStringLiteral("state"), codes::code(c.state) },
        { QStringLiteral("representative"), c.representative },
        { QStringLiteral("representative_mandate"), c.representativeMandate },
        // Where the representative's letters go, the firm and in what capacity.
        { QStringLiteral("representative_address"), c.representativeAddress },
        { QStringLiteral("representative_organisation"), c.representativeOrganisation },
        { QStringLiteral("representative_authority"),
          c.representativeAuthority ? QJsonValue(codes::code(*c.representativeAuthority))
                                    : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("description"), c.description },
    };
}

// What a KCC-medewerker may read: the intake, and the deadline that counts.
QJsonObject intakeToJson(const Case &c, const CaseDeadlines &deadlines, const QJsonArray &types)
{
    QJsonObject json = intakeFields(c, types);
    json.insert(QStringLiteral("callback_phone"), c.callbackPhone);
    json.insert(
        QStringLiteral("deadlines"),
        QJsonObject { { QStringLiteral("current"), jsonDate(deadlines.current) },
                      { QStringLiteral("binding"), bindingCode(deadlines.currentBinding) } });
    json.insert(QStringLiteral("intake_only"), true);
    return json;
}

QJsonObject identificationToJson(const Identification &id)
{
    return QJsonObject { { QStringLiteral("requested"), jsonDate(id.requested) },
                         { QStringLiteral("received"), jsonDate(id.received) },
                         { QStringLiteral("method"),
                           id.method ? QJsonValue(codes::code(*id.method))
                                     : QJsonValue(QJsonValue::Null) },
                         { QStringLiteral("verified_by"), id.verifiedBy },
                         { QStringLiteral("result"),
                           id.succeeded ? QJsonValue(*id.succeeded ? QStringLiteral("geslaagd")
                                                                   : QStringLiteral("mislukt"))
                                        : QJsonValue(QJsonValue::Null) } };
}

} // namespace

QJsonObject caseToJson(const Case &c, const CaseDeadlines &deadlines)
{
    const QJsonArray types = codes::jsonCodes(c.types);
    if (c.intakeOnly)
        return intakeToJson(c, deadlines, types);
    const QJsonArray grounds = codes::jsonCodes(c.refusalGrounds);
    QJsonObject deadlineJson = deadlinesToJson(deadlines.all, c.extended);
    deadlineJson.insert(QStringLiteral("binding"), bindingCode(deadlines.currentBinding));
    deadlineJson.insert(QStringLiteral("current"), jsonDate(deadlines.current));
    QJsonObject json = intakeFields(c, types);
    QJsonObject person = json.value(QStringLiteral("person")).toObject();
    person.insert(QStringLiteral("source"),
                  c.person.source.isEmpty() ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(c.person.source));
    const QJsonObject more {
        { QStringLiteral("person"), person },
        { QStringLiteral("handler"), c.handler },
        { QStringLiteral("attachments"), c.attachmentCount },
        { QStringLiteral("identification"), identificationToJson(c.identification) },
        // A representative's mandate by day; its pause is in the deadlines.
        { QStringLiteral("mandate"),
          QJsonObject { { QStringLiteral("requested"), jsonDate(c.mandate.requested) },
                        { QStringLiteral("received"), jsonDate(c.mandate.received) },
                        { QStringLiteral("awaited"), c.awaitsMandate() } } },
        { QStringLiteral("extension"),
          QJsonObject {
              { QStringLiteral("extended"), c.extended },
              { QStringLiteral("reason"), c.extensionReason },
              { QStringLiteral("notified"), jsonDate(c.extensionNotified) },
              { QStringLiteral("legally_late"), deadlines.extensionLegallyLate },
              // Told after the own deadline, which was not met.
              { QStringLiteral("after_own_deadline"), deadlines.extensionAfterOwnDeadline },
              // Extended under a policy without an extension of its own: a departure from it.
              { QStringLiteral("beyond_own_policy"), deadlines.extensionBeyondOwnPolicy } } },
        { QStringLiteral("outcome"),
          c.outcome ? QJsonValue(codes::code(*c.outcome)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("grounds"), grounds },
        { QStringLiteral("motivation"), c.motivation },
        { QStringLiteral("decisions"), decisionsToJson(CaseWorkflow::decisionsOf(c)) },
        { QStringLiteral("direct_marketing"), c.directMarketing },
        { QStringLiteral("changed_data"), QJsonArray::fromStringList(dataCodes(c.changedData)) },
        { QStringLiteral("objection"), objectionToJson(c.objection) },
        { QStringLiteral("transmit_to"),
          c.transmitTo.isEmpty()
              ? QJsonValue(QJsonValue::Null)
              : QJsonValue(QJsonObject { { QStringLiteral("name"), c.transmitTo.name },
                                         { QStringLiteral("address"), c.transmitTo.address } }) },
        { QStringLiteral("no_identification_reason"), c.noIdentificationReason },
        { QStringLiteral("answered"), jsonDate(c.answeredOn) },
        { QStringLiteral("answer_channel"), c.answerChannel },
        { QStringLiteral("deadlines"), deadlineJson },
    };
    for (auto it = more.begin(); it != more.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

} // namespace pd
