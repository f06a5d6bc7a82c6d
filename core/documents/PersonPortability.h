#pragma once

#include "documents/PersonReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace pd {

// One part of what Privacydesk holds about a data subject, and whether the portability export
// carries it. Art. 20(1) GDPR covers only data processed on consent (art. 6(1)(a)) or under a
// contract (art. 6(1)(b)): the person's details follow the legal bases the register of
// processing activities gives for the person's relation; Privacydesk's own records (the
// requests, the notes, the disclosure log, the retention terms, the sources) are kept because
// the law requires it (art. 6(1)(c)) and are left out. The inzage report holds them all.
struct PortabilityPart
{
    QString code; // "person", "sources", "requests", "notes", "disclosures", "retention"
    QString label; // translated: what the part holds
    bool included = false;
    QStringList legalBases; // art. 6(1) letters "a".."f" the part rests on
    QStringList activities; // "A.2 Huurovereenkomsten": the register's activities behind it
    QString reason; // translated: why it is in the export, or why not
};

// The machine-readable export of a PersonReport under art. 20 GDPR: one JSON document, and in
// a folder persons.csv (core/util/Csv: UTF-8 with BOM, ';', CRLF) with LEESMIJ.txt, which
// says in words what is in the export, what is left out and why. Keys and column names are
// stable snake_case; enumerations are the stable codes of the CLI and the database; dates are
// YYYY-MM-DD and moments ISO 8601 UTC; a missing value is null in JSON and empty in CSV.
//
// JSON (format_version 2; version 1 also carried the requests, notes, disclosures, retention
// terms and sources, which art. 20 does not cover):
//   format              "privacydesk-person-export"
//   format_version      2
//   generated_at        moment of the export
//   controller          the organisation's name
//   demo                true, only in an export from the demo store (fictitious data)
//   included            [{part, label, legal_bases [letters], activities, reason}]
//   left_out            [{part, label, legal_bases [letters], activities, reason}]
//   person              {name, relation, klantnummer, street, house_number, postcode, city,
//                        phone, email, relation_end, created_at}; only when included
//   transmitted_to      {name, address, request}: only in an export made for another
//                        controller at the data subject's request (art. 20(2) GDPR)
//
// A CSV from the demo store has no demo mark: a marker row would break the programs that read
// it, and its data is fictitious anyway (LEESMIJ.txt says so).
class PersonPortability final
{
    Q_DECLARE_TR_FUNCTIONS(pd::PersonPortability)
public:
    static constexpr int formatVersion = 2;
    static constexpr auto formatName = "privacydesk-person-export";
    static constexpr auto readmeFileName = "LEESMIJ.txt";

    // Every part that holds something, the person first, in the order of the report. toAnother:
    // the words speak of the data subject by name, for the controller the export is sent to
    // (art. 20(2) GDPR), not to the data subject as "you".
    static QList<PortabilityPart> scope(const PersonReport &report, bool toAnother = false);
    // Whether some part of scope() is included: else the export holds none of the person's data,
    // which the letters must not hide and a granted completion must not follow.
    static bool holdsData(const PersonReport &report);
    // The fields of the person's record the export holds, by the codes the letters name them by
    // (naam, adres, telefoonnummer, emailadres, klantnummer, relatie, einde_relatie), in that
    // order: those with a value in its "person" object; none when the person's details are left
    // out. Recorded with the export, so that the decision says what the files held, not what
    // they might hold.
    static QStringList heldFields(const PersonReport &report);

    // to: the controller the export goes to directly (art. 20(2) GDPR) for the request
    // requestNumber; null: the export is the data subject's.
    struct Transmission
    {
        ReceivingController to;
        QString requestNumber;
    };
    static QJsonObject toJson(const PersonReport &report, const QDateTime &generatedAt,
                              const Transmission *transmission = nullptr);
    static QByteArray jsonFile(const PersonReport &report, const QDateTime &generatedAt,
                               const Transmission *transmission = nullptr);
    // The explanation for the data subject (translated, plain text, UTF-8 with CRLF); made for
    // another controller, it says so first and speaks of the data subject by name.
    static QString readme(const PersonReport &report, const QDateTime &generatedAt,
                          const Transmission *transmission = nullptr);

    // The files of the folder, in the order written: persons.csv when the person's details are
    // included, then LEESMIJ.txt.
    static QStringList csvFileNames(const PersonReport &report);
    // File name → bytes, in the order of csvFileNames().
    static QList<QPair<QString, QByteArray>> csvFiles(const PersonReport &report,
                                                      const QDateTime &generatedAt,
                                                      const Transmission *transmission = nullptr);
};

} // namespace pd
