#pragma once

#include "registers/Covenants.h"
#include "util/ServiceError.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

// The one place that writes SQL naming the tables `covenants`, `covenant_parties` and
// `covenant_data`. Every function runs on the connection it is given, inside the
// caller's unit of work, and reports a failed read as an error (ServiceError::fromSql), never
// as an empty register or "no such covenant".
class CovenantRepository final
{
public:
    // Every covenant with its parties and data categories, without the document's bytes.
    static std::optional<QList<Covenant>> all(const QSqlDatabase &db, ServiceError *error);
    // The covenant with this id: false when the read failed, true with *found empty when there
    // is none.
    static bool byId(const QSqlDatabase &db, qint64 id, std::optional<Covenant> *found,
                     ServiceError *error);
    // The kept document's bytes with its fingerprint (empty when none is kept).
    static bool document(const QSqlDatabase &db, qint64 id, QByteArray *content, QString *sha256,
                         ServiceError *error);

    static std::optional<qint64> insert(const QSqlDatabase &db, const Covenant &c,
                                        const QString &now, const QString &actor,
                                        ServiceError *error);
    static bool update(const QSqlDatabase &db, const Covenant &c, const QString &now,
                       ServiceError *error);
    // The parties and data categories of c.id as c lists them (replacing: the old ones go).
    static bool writeDetails(const QSqlDatabase &db, const Covenant &c, bool replacing,
                             ServiceError *error);
    static bool setDocument(const QSqlDatabase &db, qint64 id, const CovenantDocument &meta,
                            const QByteArray &content, const QString &now, ServiceError *error);

    // For the disclosures: the name of the covenant a disclosure names, "LEFT JOIN covenants
    // <alias> ON <alias>.id = <key>".
    static QString leftJoinSql(const QString &alias, const QString &key);
};

} // namespace pd
