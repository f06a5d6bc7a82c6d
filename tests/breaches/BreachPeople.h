#pragma once

// People for a breach's letters to everyone: made through the person import, as an ERP export
// makes them, and linked to the breach with the people it has already.

#include "breaches/BreachService.h"
#include "persons/PersonRepository.h"
#include "registers/PersonImport.h"
#include "session/Session.h"
#include "store/Store.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd::test {

struct ImportedPerson
{
    QString klantnummer;
    QString name;
    QString street; // with the house number
    QString postcode;
    QString city;
    QString email = {};
};

// The people made and linked, after those linked already; their ids in the order given (the
// linked ones first), or nullopt with *error.
inline std::optional<QList<qint64>> importAndLink(const Session &session, const QString &number,
                                                  const QList<ImportedPerson> &people,
                                                  QString *error)
{
    ImportRows rows;
    rows.header
        = { QStringLiteral("klantnummer"), QStringLiteral("naam"),   QStringLiteral("adres"),
            QStringLiteral("postcode"),    QStringLiteral("plaats"), QStringLiteral("email") };
    qint64 line = 1;
    for (const ImportedPerson &p : people)
        rows.records << CsvRecord {
            ++line, { p.klantnummer, p.name, p.street, p.postcode, p.city, p.email }, {}
        };
    PersonImport importer(session);
    const ImportResult imported = importer.run(rows, {});
    if (!imported.ok() || !imported.rejected.isEmpty()) {
        *error = imported.ok() ? imported.rejected.constFirst().reason : imported.error;
        return std::nullopt;
    }
    ServiceError failure;
    const std::optional<Breach> breach = BreachService(session).get(number, &failure);
    if (!breach) {
        *error = failure.message;
        return std::nullopt;
    }
    QList<qint64> ids;
    for (const BreachPerson &linked : breach->linkedPersons)
        ids << linked.id;
    for (const ImportedPerson &p : people) {
        const std::optional<qint64> id
            = PersonRepository::idByKlantnummer(session.store().database(), p.klantnummer,
                                                PersonRepository::Anonymised::Excluded, &failure);
        if (!id || *id == 0) {
            *error = QStringLiteral("no person %1: %2").arg(p.klantnummer, failure.message);
            return std::nullopt;
        }
        ids << *id;
    }
    if (!BreachService(session).linkPersons(number, ids, &failure)) {
        *error = failure.message;
        return std::nullopt;
    }
    return ids;
}

} // namespace pd::test
