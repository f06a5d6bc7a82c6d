#pragma once

#include "domain/DataCategory.h"
#include "registers/Disclosures.h"
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

class Store;
class UnitOfWork;

// The signed document of a covenant as it is kept: inside the store, never beside it (as a
// request's files, cases/AttachmentService).
struct CovenantDocument
{
    QString name;
    QString mediaType;
    qint64 size = 0;
    QString sha256;
    bool present() const { return !sha256.isEmpty(); }
};

// A covenant (samenwerkingsconvenant): with whom the corporation shares data, why, on
// which legal basis, which data, for how long, and when it is reviewed.
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

    // The review date has come (on or before today) while the covenant still runs.
    bool reviewDue(QDate today) const;
    // In force on today: from it began, and it has not ended.
    bool inForce(QDate today) const;
};

// The JSON that `covenant list --json` and `covenant show --json` print (see their help).
QJsonObject covenantToJson(const Covenant &covenant, QDate today);

// The covenant register: reads need Permission::ViewRegisters ("covenant.read"), every change
// Permission::EditRegisters through a UnitOfWork (the role check, the BSN guard, its audit
// event in one transaction). The SQL is CovenantRepository's.
class CovenantService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::CovenantService)
public:
    explicit CovenantService(const Session &session);

    // The first problem with the values (translated), or empty: for dialogs as you type.
    static QString validate(const Covenant &covenant);

    // A read that fails is an error (Storage), never an empty register or "no such covenant".
    QList<Covenant> list(ServiceError *error = nullptr) const; // by name
    std::optional<Covenant> find(qint64 id, ServiceError *error = nullptr) const;
    // The covenants whose review is due on today (Covenant::reviewDue), by review date.
    QList<Covenant> reviewDue(ServiceError *error = nullptr) const;

    // Adds the covenant and, when given, its signed document in the same unit (events
    // covenant.created and covenant.document_added).
    std::optional<Covenant> add(const Covenant &covenant, const NewAttachment *document,
                                bool bsnOverride, ServiceError *error);
    bool update(const Covenant &covenant, bool bsnOverride, ServiceError *error);
    // Keeps (or replaces) the signed document: a file read with AttachmentService::readFile,
    // within AttachmentService::maxFileBytes. Audit: covenant.document_added.
    bool setDocument(qint64 id, const NewAttachment &document, ServiceError *error);
    // The document's bytes, checked against the stored fingerprint (a mismatch is an error).
    std::optional<QByteArray> documentContent(qint64 id, ServiceError *error) const;
    // Writes a copy to path (OutputFile: never over a file unless overwrite, never into the
    // store's folder) and records covenant.document_exported with its fingerprint.
    bool exportDocument(qint64 id, const QString &path, bool overwrite, ServiceError *error);

private:
    bool write(UnitOfWork &unit, const Covenant &covenant, const NewAttachment *document,
               bool bsnOverride, qint64 *id, ServiceError *error);
    Session m_session;
};

} // namespace pd
