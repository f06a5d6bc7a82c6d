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

// Art. 20(1) covers only data processed on consent or under a contract; Privacydesk's own
// records are kept because the law requires it, and are left out.
struct PortabilityPart
{
    QString code; // "person", "sources", "requests", "notes", "disclosures", "retention"
    QString label; // translated: what the part holds
    bool included = false;
    QStringList legalBases; // art. 6(1) letters "a".."f" the part rests on
    QStringList activities; // "A.2 Huurovereenkomsten": the register's activities behind it
    QString reason; // translated: why it is in the export, or why not
};

// Keys are stable snake_case, dates YYYY-MM-DD, moments ISO 8601 UTC. A CSV from the demo store
// has no demo mark: a marker row would break the programs that read it.
class PersonPortability final
{
    Q_DECLARE_TR_FUNCTIONS(pd::PersonPortability)
public:
    static constexpr int formatVersion = 2;
    static constexpr auto formatName = "privacydesk-person-export";
    static constexpr auto readmeFileName = "LEESMIJ.txt";
    static constexpr auto systemsCsvName = "systemen.csv";

    // toAnother: speaks of the data subject by name, for the controller it is sent to.
    static QList<PortabilityPart> scope(const PersonReport &report, bool toAnother = false);
    // The letters must not hide an export that holds none of the person's data.
    static bool holdsData(const PersonReport &report);
    // Recorded with the export: the decision names what the files held, not what they might.
    static QStringList heldFields(const PersonReport &report);

    struct Transmission
    {
        ReceivingController to;
        QString requestNumber;
    };
    static QJsonObject toJson(const PersonReport &report, const QDateTime &generatedAt,
                              const Transmission *transmission = nullptr);
    static QByteArray jsonFile(const PersonReport &report, const QDateTime &generatedAt,
                               const Transmission *transmission = nullptr);
    // Plain text, UTF-8 with CRLF.
    static QString readme(const PersonReport &report, const QDateTime &generatedAt,
                          const Transmission *transmission = nullptr);

    static QStringList csvFileNames(const PersonReport &report);
    static QList<QPair<QString, QByteArray>> csvFiles(const PersonReport &report,
                                                      const QDateTime &generatedAt,
                                                      const Transmission *transmission = nullptr);

private:
    static PortabilityPart systemsPart(const PersonReport &report, const PortabilityPart &person,
                                       bool toAnother);
};

} // namespace pd
