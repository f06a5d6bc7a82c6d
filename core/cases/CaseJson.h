#pragma once

#include "cases/Case.h"
#include "util/JsonWriter.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace pd {

// The JSON the CLI prints (keys are a contract with scripts).
QJsonObject deadlinesToJson(const Deadlines &deadlines, bool extended);
QJsonObject caseToJson(const Case &c, const CaseDeadlines &deadlines);
// The same object written into json as it goes (`case list --json` at 50,000), with
// "late_legal_days" and "late_policy_days" from lateness when given: the bytes QJsonDocument
// writes for caseToJson with those two keys inserted (tst_casejson compares them).
void writeCaseJson(JsonWriter &json, const Case &c, const CaseDeadlines &deadlines,
                   const Lateness *lateness = nullptr);
// The decisions per kind as the CLI's JSON and the audit event state them.
QJsonArray decisionsToJson(const QList<TypeDecision> &decisions);
// What an objection was about: [{subject, text (null but for overig), stopped}], as the CLI's
// JSON, the audit event and the stored column (schema 28) state it; and back, skipping what this
// version does not know.
QJsonArray objectionToJson(const QList<ObjectionPart> &parts);
QList<ObjectionPart> objectionFromJson(const QJsonArray &array);
// The data categories' codes ("contact", "naw"), in the order given.
QStringList dataCodes(const QList<DataCategory> &categories);
// A calendar day as ISO 8601 ("2026-04-01"), or null when it is not set.
QJsonValue jsonDate(QDate date);
// A moment as ISO 8601 with its offset in the Netherlands ("2026-04-01T01:40:00+02:00"), or
// null when it is not known: how the CLI's JSON states moments of receipt and registration.
QJsonValue jsonMoment(const QDateTime &moment);

} // namespace pd
