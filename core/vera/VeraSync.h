#pragma once

#include "registers/PersonImport.h"
#include "vera/VeraClient.h"
#include "vera/VeraPaging.h"
#include "vera/VeraSystem.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace pd {

// What the sync read from the systems: the rows for the person import, one per relation that
// has a rental contract, and what was read to make them. Not ok: nothing is to be written.
struct VeraSyncRead
{
    VeraStatus status = VeraStatus::Ok;
    QString error;
    bool cancelled = false;
    int contracts = 0; // huurovereenkomsten read
    int relations = 0; // natuurlijke personen read
    // Relations of contracts that are no natural person of the Relaties system (an organisation,
    // a link into another system): left out.
    int unmatched = 0;
    ImportRows rows; // klantnummer, naam, relatie, einddatum
    QStringList relationIds; // per row, the relation's id in the Relaties system
    QString relatiesSystem; // the Relaties system read, by its name; empty: none was needed

    bool ok() const { return status == VeraStatus::Ok; }
    // The relation and the customer number of a row, by its line (an import rejection's).
    QString relationAt(qint64 line) const;
    QString customerNumberAt(qint64 line) const;
};

// The retention items' source read from the systems (no store): every Huurovereenkomst of the
// Overeenkomsten system, each with its relations (URIs into Relaties, recognised by the id they
// end in: …/relaties/<id>) and its einddatum; then the natural persons of the Relaties system,
// read once, for the customer number (the system's customerField) and the name of those
// relations. With several Relaties systems, the one the contracts' links point into is read; when
// they point into none or into more than one, nothing is given. Per relation: huurder while one of
// its contracts runs (no einddatum, or one after today), else ex-huurder with the latest einddatum.
// Both lists are read whole, bounded in pages and in time, before anything is given; a list that
// fails halfway gives nothing.
class VeraSync final
{
    Q_DECLARE_TR_FUNCTIONS(pd::VeraSync)
public:
    struct Limits
    {
        int secondsPerSystem = 1800;
        // A corporation's natural persons include its house-seekers: up to 500,000.
        VeraPaging paging { 100, 5000 };
    };
    // objects: read so far from both systems; called after every page, on the caller's thread.
    using Progress = std::function<void(int objects)>;

    static VeraSyncRead read(const VeraSystem &contracts, const QList<VeraSystem> &relaties,
                             QDate today, const Limits &limits,
                             const std::atomic<bool> *cancel = nullptr,
                             const Progress &progress = {});

    // The name of a natural person as the Relaties system gives it.
    static QString nameOf(const QJsonObject &person);
    // The relation's id a URI into Relaties ends in; empty when it names no relation.
    static QString relationIdOf(const QString &uri);

private:
    static const VeraSystem *relatiesOf(const QList<VeraSystem> &relaties,
                                        const QSet<const VeraSystem *> &pointedInto,
                                        VeraSyncRead *read);
};

} // namespace pd
