#pragma once

#include "registers/Covenants.h"
#include "util/ServiceError.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd {

// The only code that writes SQL naming covenants, covenant_parties and covenant_data.
class CovenantRepository final
{
public:
    // Without the document's bytes.
    static std::optional<QList<Covenant>> all(const QSqlDatabase &db, ServiceError *error);
    static bool byId(const QSqlDatabase &db, qint64 id, std::optional<Covenant> *found,
                     ServiceError *error);
    static bool document(const QSqlDatabase &db, qint64 id, QByteArray *content, QString *sha256,
                         ServiceError *error);

    static std::optional<qint64> insert(const QSqlDatabase &db, const Covenant &c,
                                        const QString &now, const QString &actor,
                                        ServiceError *error);
    static bool update(const QSqlDatabase &db, const Covenant &c, const QString &now,
                       ServiceError *error);
    static bool writeDetails(const QSqlDatabase &db, const Covenant &c, bool replacing,
                             ServiceError *error);
    static bool setDocument(const QSqlDatabase &db, qint64 id, const CovenantDocument &meta,
                            const QByteArray &content, const QString &now, ServiceError *error);

    static QString leftJoinSql(const QString &alias, const QString &key);
};

} // namespace pd
