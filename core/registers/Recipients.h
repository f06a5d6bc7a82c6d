#pragma once

#include "cases/CaseService.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace pd {

class UnitOfWork;

class Store;

// Who receives personal data from the corporation (domain.md, "Third-party disclosures").
enum class RecipientCategory {
    Aannemer, // aannemer / onderhoud
    Deurwaarder,
    Advocaat,
    Bouwbedrijf,
    Gemeente,
    PolitieJustitie,
    Zorginstelling,
    Belastingdienst,
    Woningzoekendensysteem,
    Bewindvoerder,
    Schuldhulpverlening,
    CollegaCorporatie,
    Incassobureau,
    Verwerker,
    Overig,
};

// A recipient receives data for its own purposes (ontvanger/derde); a processor works on the
// corporation's behalf under a verwerkersovereenkomst (art. 28 AVG).
enum class RecipientRole { Ontvanger, Verwerker };

// Stable codes (command line, JSON, database) and translated labels, like pd::Codes.
class RecipientCodes final
{
    Q_DECLARE_TR_FUNCTIONS(pd::RecipientCodes)
public:
    static QString code(RecipientCategory value);
    static QString code(RecipientRole value);
    static QString label(RecipientCategory value);
    static QString label(RecipientRole value);
    // The category as a document describes a recipient: a processor as "Verwerker", without
    // the examples of the catalogue's label ("software, hosting, back-ups"), which need not be
    // what this processor does.
    static QString describedLabel(RecipientCategory value);
    static std::optional<RecipientCategory> category(QStringView code);
    static std::optional<RecipientRole> role(QStringView code);
    static QList<RecipientCategory> categories();
    static QList<RecipientRole> roles();
};

// A processor's verwerkersovereenkomst. Empty for other recipients.
struct ProcessorAgreement
{
    QDate signedOn;
    QDate reviewOn; // when the agreement is due for review
    QString processes; // what the processor processes
    std::optional<bool> inEu; // in the EEA (EU included); unknown when not set
    QString country; // e.g. "NL", "US"

    // "EU", "EER" or "EEA" → in the EEA; an EEA country (code or name, core/registers/Eea) →
    // in the EEA with that country; anything else → outside the EEA in that country, a
    // transfer under chapter V AVG. Empty text: unknown.
    static ProcessorAgreement withLocation(const QString &location);
    QString locationText() const; // "EU", "EU (NL)", "US", or empty
    bool operator==(const ProcessorAgreement &other) const = default;
};

struct Recipient
{
    qint64 id = 0;
    QString name;
    RecipientCategory category = RecipientCategory::Overig;
    RecipientRole role = RecipientRole::Ontvanger;
    QString contact;
    ProcessorAgreement agreement; // role Verwerker only
    bool archived = false;

    bool isProcessor() const { return role == RecipientRole::Verwerker; }
    // A processor whose agreement is missing or whose review date has passed.
    bool agreementOverdue(QDate today) const;
};

QJsonObject recipientToJson(const Recipient &recipient, QDate today);

// The recipients catalogue. Small (tens to hundreds of rows), so list() reads it whole. Every
// change is a UnitOfWork: the role check, the BSN guard and one audit event (entity "recipient")
// in one transaction.
class RecipientService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::RecipientService)
public:
    explicit RecipientService(const Session &session);

    // A read that fails is an error (Storage), never an empty catalogue or "no such
    // recipient": *error (when given) says which.
    // The categories the store was seeded with, in their order.
    QList<RecipientCategory> storedCategories(ServiceError *error = nullptr) const;

    // Reads need Permission::ViewRegisters ("recipient.read"): refused, they return nothing and
    // leave one user.denied event (error, where there is one, says why).
    QList<Recipient> list(bool includeArchived = false,
                          ServiceError *error = nullptr) const; // sorted by name
    // Nothing: *error is NotFound when there is no such recipient, Storage when it could not be
    // read.
    std::optional<Recipient> find(qint64 id, ServiceError *error = nullptr) const;
    // Case-insensitive, active recipients only.
    std::optional<Recipient> findByName(const QString &name, ServiceError *error = nullptr) const;
    // A number finds by id, anything else by name.
    std::optional<Recipient> findByNameOrId(const QString &nameOrId,
                                            ServiceError *error = nullptr) const;

    // The first problem with these values (translated), or empty: for dialogs as you type.
    static QString validate(const Recipient &recipient);

    std::optional<Recipient> add(const Recipient &recipient, bool bsnOverride, ServiceError *error);
    bool update(const Recipient &recipient, bool bsnOverride, ServiceError *error);
    // Deletes a recipient nobody received data through; archives one with disclosures.
    bool remove(qint64 id, ServiceError *error);

private:
    // The checks, the BSN guard and the row with its event, through unit (its role checked).
    bool write(UnitOfWork &unit, const Recipient &recipient, bool bsnOverride, qint64 *id,
               ServiceError *error);
    // The acting user with the role read once, for every read and write of this service.
    Session m_session;
};

} // namespace pd
