#include "documents/PersonPortability.h"

#include "documents/PersonReview.h"
#include "registers/RegisterSupport.h"
#include "util/Csv.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pd {

namespace {

using registers::jsonDate;

QJsonValue text(const QString &value)
{
    return value.trimmed().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue moment(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(utc.toUTC().toString(Qt::ISODate))
                         : QJsonValue(QJsonValue::Null);
}

QJsonArray strings(const QStringList &values)
{
    QJsonArray array;
    for (const QString &value : values)
        array.append(value);
    return array;
}

QJsonObject ruleJson(const RetentionRule &rule)
{
    return { { QStringLiteral("category"), rule.category },
             { QStringLiteral("rule"), rule.code },
             { QStringLiteral("period_amount"), rule.period.amount },
             { QStringLiteral("period_unit"), RetentionCalendar::unitCode(rule.period.unit) },
             { QStringLiteral("trigger"), RetentionCodes::code(rule.trigger) } };
}

QJsonObject requestJson(const ReportRequest &r)
{
    const Case &c = r.request;
    QStringList types;
    for (RequestType type : c.types)
        types << Codes::code(type);
    QStringList grounds;
    for (RefusalGround ground : c.refusalGrounds)
        grounds << Codes::code(ground);
    const Identification &id = c.identification;
    const Deadlines &d = r.deadlines.all;
    return {
        { QStringLiteral("number"), c.number },
        { QStringLiteral("types"), strings(types) },
        { QStringLiteral("channel"), Codes::code(c.channel) },
        { QStringLiteral("received_on"), jsonDate(c.receivedDate) },
        { QStringLiteral("representative"), text(c.representative) },
        { QStringLiteral("description"), text(c.description) },
        { QStringLiteral("callback_phone"), text(c.callbackPhone) },
        { QStringLiteral("state"), Codes::code(c.state) },
        { QStringLiteral("identification"),
          QJsonObject {
              { QStringLiteral("requested_on"), jsonDate(id.requested) },
              { QStringLiteral("received_on"), jsonDate(id.received) },
              { QStringLiteral("method"),
                id.method ? QJsonValue(Codes::code(*id.method)) : QJsonValue(QJsonValue::Null) },
              { QStringLiteral("result"),
                id.succeeded ? QJsonValue(*id.succeeded ? QStringLiteral("geslaagd")
                                                        : QStringLiteral("mislukt"))
                             : QJsonValue(QJsonValue::Null) } } },
        { QStringLiteral("deadline_legal"),
          jsonDate(c.extended && !r.deadlines.extensionLegallyLate ? d.legalExtended : d.legal) },
        { QStringLiteral("deadline_policy"), jsonDate(c.extended ? d.policyExtended : d.policy) },
        { QStringLiteral("deadline_effective"), jsonDate(r.deadlines.current) },
        { QStringLiteral("deadline_binding"), bindingCode(r.deadlines.currentBinding) },
        { QStringLiteral("extended"), c.extended },
        { QStringLiteral("extension_reason"), text(c.extensionReason) },
        { QStringLiteral("extension_notified_on"), jsonDate(c.extensionNotified) },
        { QStringLiteral("outcome"),
          c.outcome ? QJsonValue(Codes::code(*c.outcome)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("refusal_grounds"), strings(grounds) },
        { QStringLiteral("motivation"), text(c.motivation) },
        { QStringLiteral("direct_marketing"), c.directMarketing },
        { QStringLiteral("no_identification_reason"), text(c.noIdentificationReason) },
        { QStringLiteral("answered_on"), jsonDate(c.answeredOn) },
        { QStringLiteral("answer_channel"), text(c.answerChannel) },
        { QStringLiteral("closed_at"), moment(c.closedAt) },
    };
}

QJsonObject disclosureJson(const Disclosure &d)
{
    QStringList data;
    for (DataCategory category : d.data)
        data << DisclosureCodes::code(category);
    return {
        { QStringLiteral("date"), jsonDate(d.date) },
        { QStringLiteral("recipient"),
          QJsonObject { { QStringLiteral("name"), d.recipientName },
                        { QStringLiteral("category"), RecipientCodes::code(d.recipientCategory) },
                        { QStringLiteral("role"), RecipientCodes::code(d.recipientRole) } } },
        { QStringLiteral("data_categories"), strings(data) },
        { QStringLiteral("data_text"), text(d.dataText) },
        { QStringLiteral("purpose"), text(d.purpose) },
        { QStringLiteral("legal_basis"), DisclosureCodes::code(d.basis) },
        { QStringLiteral("legal_basis_text"), text(d.basisText) },
        { QStringLiteral("requested_by"), text(d.requestedBy) },
        { QStringLiteral("request_number"), text(d.caseNumber) },
        { QStringLiteral("informed"), DisclosureCodes::code(d.informed) },
        { QStringLiteral("informed_on"), jsonDate(d.informedOn) },
    };
}

QJsonObject retentionJson(const RetentionItem &item)
{
    QJsonObject object = ruleJson(item.rule);
    object.insert(QStringLiteral("trigger_date"), jsonDate(item.trigger));
    object.insert(QStringLiteral("expires_on"), jsonDate(item.expires));
    object.insert(QStringLiteral("state"), RetentionCodes::code(item.state));
    object.insert(QStringLiteral("destroyed_on"), jsonDate(item.destroyedOn));
    object.insert(QStringLiteral("request_numbers"), strings(item.caseNumbers));
    return object;
}

// A JSON value as a CSV field: null empty, lists joined with " | ".
QString csvValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &part : value.toArray())
            parts << csvValue(part);
        return parts.join(QStringLiteral(" | "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

// One CSV file from JSON objects; a column "a_b" reads key b of the object under key a when
// there is no key "a_b" itself.
QByteArray csvTable(const QStringList &columns, const QJsonArray &objects)
{
    QString rows = Csv::row(columns);
    for (const QJsonValue &entry : objects) {
        const QJsonObject object = entry.toObject();
        QStringList fields;
        for (const QString &column : columns) {
            QJsonValue value = object.value(column);
            if (value.isUndefined()) {
                const qsizetype split = column.indexOf(u'_');
                if (split > 0)
                    value
                        = object.value(column.left(split)).toObject().value(column.mid(split + 1));
            }
            fields << csvValue(value);
        }
        rows += Csv::row(fields);
    }
    return Csv::file(rows);
}

} // namespace

QJsonObject PersonPortability::toJson(const PersonReport &report, const QDateTime &generatedAt)
{
    const Person &p = report.person;
    QJsonArray sources;
    for (const ReportSource &s : report.sources)
        sources.append(QJsonObject {
            { QStringLiteral("source"), ReportSource::code(s.kind) },
            { QStringLiteral("date"), jsonDate(s.date) },
            { QStringLiteral("channel"),
              s.channel ? QJsonValue(Codes::code(*s.channel)) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("fields"), strings(s.fields) } });
    QJsonArray requests;
    for (const ReportRequest &r : report.requests)
        requests.append(requestJson(r));
    QJsonArray notes;
    for (const ReportNote &n : report.notes)
        notes.append(QJsonObject { { QStringLiteral("request_number"), n.caseNumber },
                                   { QStringLiteral("written_at"), moment(n.writtenAt) },
                                   { QStringLiteral("text"), n.text } });
    QJsonArray disclosures;
    for (const Disclosure &d : report.disclosures)
        disclosures.append(disclosureJson(d));
    QJsonArray retention;
    for (const RetentionItem &item : report.retention)
        retention.append(retentionJson(item));
    QJsonObject json {
        { QStringLiteral("format"), QLatin1StringView(formatName) },
        { QStringLiteral("format_version"), formatVersion },
        { QStringLiteral("generated_at"), moment(generatedAt) },
        { QStringLiteral("controller"), text(report.organisation) },
        { QStringLiteral("redaction_marker"), PersonReview::marker() },
        { QStringLiteral("redactions"), report.redactions },
        { QStringLiteral("person"),
          QJsonObject { { QStringLiteral("name"), p.name },
                        { QStringLiteral("relation"), Codes::code(p.relation) },
                        { QStringLiteral("klantnummer"), text(p.klantnummer) },
                        { QStringLiteral("street"), text(p.street) },
                        { QStringLiteral("house_number"), text(p.houseNumber) },
                        { QStringLiteral("postcode"), text(p.postcode) },
                        { QStringLiteral("city"), text(p.city) },
                        { QStringLiteral("phone"), text(p.phone) },
                        { QStringLiteral("email"), text(p.email) },
                        { QStringLiteral("relation_end"), jsonDate(p.relationEnd) },
                        { QStringLiteral("created_at"), moment(report.createdAt) } } },
        { QStringLiteral("sources"), sources },
        { QStringLiteral("requests"), requests },
        { QStringLiteral("notes"), notes },
        { QStringLiteral("disclosures"), disclosures },
        { QStringLiteral("retention"), retention },
        { QStringLiteral("request_files_rule"),
          report.requestFilesRule ? QJsonValue(ruleJson(*report.requestFilesRule))
                                  : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("legal_hold"),
          report.hold ? QJsonValue(
              QJsonObject { { QStringLiteral("placed_on"), jsonDate(report.hold->placedOn) },
                            { QStringLiteral("reason"), report.hold->reason } })
                      : QJsonValue(QJsonValue::Null) },
    };
    if (report.demo)
        json.insert(QStringLiteral("demo"), true);
    return json;
}

QByteArray PersonPortability::jsonFile(const PersonReport &report, const QDateTime &generatedAt)
{
    return QJsonDocument(toJson(report, generatedAt)).toJson(QJsonDocument::Indented);
}

QStringList PersonPortability::csvFileNames()
{
    return { QStringLiteral("persons.csv"), QStringLiteral("requests.csv"),
             QStringLiteral("disclosures.csv"), QStringLiteral("retention.csv"),
             QStringLiteral("notes.csv") };
}

QList<QPair<QString, QByteArray>> PersonPortability::csvFiles(const PersonReport &report)
{
    const QJsonObject json = toJson(report, QDateTime());
    const QStringList names = csvFileNames();
    const auto column = [](const char *list) {
        return QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts);
    };
    return {
        { names.at(0),
          csvTable(column("name relation klantnummer street house_number postcode city phone "
                          "email relation_end created_at"),
                   QJsonArray { json.value(QStringLiteral("person")) }) },
        { names.at(1),
          csvTable(column("number types channel received_on representative description "
                          "callback_phone state identification_requested_on "
                          "identification_received_on identification_method "
                          "identification_result deadline_legal deadline_policy "
                          "deadline_effective deadline_binding extended extension_reason "
                          "extension_notified_on outcome refusal_grounds motivation "
                          "direct_marketing no_identification_reason answered_on "
                          "answer_channel closed_at"),
                   json.value(QStringLiteral("requests")).toArray()) },
        { names.at(2),
          csvTable(column("date recipient_name recipient_category recipient_role "
                          "data_categories data_text purpose legal_basis legal_basis_text "
                          "requested_by request_number informed informed_on"),
                   json.value(QStringLiteral("disclosures")).toArray()) },
        { names.at(3),
          csvTable(column("category rule period_amount period_unit trigger trigger_date "
                          "expires_on state destroyed_on request_numbers"),
                   json.value(QStringLiteral("retention")).toArray()) },
        { names.at(4),
          csvTable(column("request_number written_at text"),
                   json.value(QStringLiteral("notes")).toArray()) },
    };
}

} // namespace pd
