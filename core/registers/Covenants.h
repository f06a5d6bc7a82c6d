#pragma once

#include "domain/DataCategory.h"
#include "registers/Disclosures.h"
#include "registers/KeptDocument.h"
#include "session/Session.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

class UnitOfWork;

using CovenantDocument = KeptDocument;

// A samenwerkingsconvenant: with whom the corporation shares data, why and on which basis.
struct Covenant
{
    qint64 id = 0;
    QString name;
    QStringList parties; // in the order given, at least one
    QString purpose;
    LegalBasis basis = LegalBasis::PublicTask; // the letter of art. 6(1) AVG
    QString basisText; // the statute or the covenant's own article
    QList<DataCategory> data;
    QString dataText;
    QDate from;
    QDate until; // invalid: no end
    QDate reviewOn; // invalid: none planned
    CovenantDocument document; // read only: set through CovenantService::setDocument

    bool reviewDue(QDate today) const;
    bool inForce(QDate today) const;
};

QJsonObject covenantToJson(const Covenant &covenant, QDate today);

// Reads need Permission::ViewRegisters, changes EditRegisters.
class CovenantService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::CovenantService)
public:
    explicit CovenantService(const Session &session);

    static QString validate(const Covenant &covenant);

    QList<Covenant> list(ServiceError *error = nullptr) const; // by name
    std::optional<Covenant> find(qint64 id, ServiceError *error = nullptr) const;
    QList<Covenant> reviewDue(ServiceError *error = nullptr) const;

    std::optional<Covenant> add(const Covenant &covenant, const NewAttachment *document,
                                BsnCheck bsnCheck, ServiceError *error);
    bool update(const Covenant &covenant, BsnCheck bsnCheck, ServiceError *error);
    bool setDocument(qint64 id, const NewAttachment &document, ServiceError *error);
    // A mismatch with the stored fingerprint is an error.
    std::optional<QByteArray> documentContent(qint64 id, ServiceError *error) const;
    // Never over a file unless overwrite, never into the store's folder.
    bool exportDocument(qint64 id, const QString &path, bool overwrite, ServiceError *error);

private:
    bool write(UnitOfWork &unit, const Covenant &covenant, const NewAttachment *document,
               BsnCheck bsnCheck, qint64 *id, ServiceError *error);
    Session m_session;
};

} // namespace pd
