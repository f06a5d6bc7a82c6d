#pragma once

#include "documents/PersonReport.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace pd {

// The machine-readable export of a PersonReport (art. 20 AVG): one JSON document and one CSV
// file per table (core/util/Csv: UTF-8 with BOM, ';', CRLF). Keys and column names are stable
// snake_case; enumerations are the stable codes of the CLI and the database; dates are
// YYYY-MM-DD and moments ISO 8601 UTC; a missing value is null in JSON and empty in CSV. Free
// texts are as PersonReview::redact left them (redacted fragments read redaction_marker).
//
// JSON (format_version 1):
//   format              "privacydesk-person-export"
//   format_version      1
//   generated_at        moment of the export
//   controller          the organisation's name
//   redaction_marker    the text that replaced other people's data, e.g. "[weggelaten]"
//   redactions          how many fragments were replaced
//   demo                true, only in an export from the demo store (fictitious data)
//   person              {name, relation, klantnummer, street, house_number, postcode, city,
//                        phone, email, relation_end, created_at}
//   sources             [{source ("import", "import-update", "intake"), date, channel,
//                        fields}]
//   requests            [{number, types [codes], channel, received_on, representative,
//                        description, callback_phone, state, identification {requested_on,
//                        received_on, method, result ("geslaagd"/"mislukt")}, deadline_legal,
//                        deadline_policy, deadline_effective, deadline_binding
//                        ("legal"/"policy"), extended, extension_reason,
//                        extension_notified_on, outcome, refusal_grounds [codes],
//                        motivation, direct_marketing, no_identification_reason,
//                        answered_on, answer_channel, closed_at}]
//   notes               [{request_number, written_at, text}]
//   disclosures         [{date, recipient {name, category, role}, data_categories [codes],
//                        data_text, purpose, legal_basis ("a".."f"), legal_basis_text,
//                        requested_by, request_number, informed, informed_on}]
//   retention           [{category, rule, period_amount, period_unit, trigger, trigger_date,
//                        expires_on, state, destroyed_on, request_numbers}]
//   request_files_rule  {category, rule, period_amount, period_unit, trigger} or null
//   legal_hold          {placed_on, reason} or null
//
// CSV: persons.csv, requests.csv, disclosures.csv, retention.csv, notes.csv with the same
// names as columns (nested objects flattened with '_': identification_method,
// recipient_name; lists joined with " | "). A CSV from the demo store has no demo mark: a
// marker row would break the programs that read it, and its data is fictitious anyway.
class PersonPortability final
{
public:
    static constexpr int formatVersion = 1;
    static constexpr auto formatName = "privacydesk-person-export";

    static QJsonObject toJson(const PersonReport &report, const QDateTime &generatedAt);
    static QByteArray jsonFile(const PersonReport &report, const QDateTime &generatedAt);

    static QStringList csvFileNames(); // persons.csv, requests.csv, ...
    // File name → bytes, in the order of csvFileNames().
    static QList<QPair<QString, QByteArray>> csvFiles(const PersonReport &report);
};

} // namespace pd
