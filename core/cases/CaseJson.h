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

// Keys are a contract with scripts.
QJsonObject deadlinesToJson(const Deadlines &deadlines, bool extended);
QJsonObject caseToJson(const Case &c, const CaseDeadlines &deadlines);
// Byte for byte what QJsonDocument writes for caseToJson plus the two late_ keys (tst_casejson).
void writeCaseJson(JsonWriter &json, const Case &c, const CaseDeadlines &deadlines,
                   const Lateness *lateness = nullptr);
QJsonArray decisionsToJson(const QList<TypeDecision> &decisions);
// objectionFromJson skips what this version does not know.
QJsonArray objectionToJson(const QList<ObjectionPart> &parts);
QList<ObjectionPart> objectionFromJson(const QJsonArray &array);
QStringList dataCodes(const QList<DataCategory> &categories);
QJsonValue jsonDate(QDate date);
// With its offset in the Netherlands; null when not known.
QJsonValue jsonMoment(const QDateTime &moment);

} // namespace pd
