#pragma once

#include "cases/CaseService.h"
#include "domain/CodeTable.h"
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

// A recipient uses the data for its own purposes; a processor works on our behalf (art. 28 AVG).
enum class RecipientRole { Ontvanger, Verwerker };

template<> const codes::Vocabulary<RecipientCategory> &codes::vocabulary<RecipientCategory>();
template<> const codes::Vocabulary<RecipientRole> &codes::vocabulary<RecipientRole>();

class RecipientCodes final
{
    Q_DECLARE_TR_FUNCTIONS(pd::RecipientCodes)
public:
    // A processor as "Verwerker", without the label's examples, which need not be what it does.
    static QString describedLabel(RecipientCategory value);
};

struct ProcessorAgreement
{
    QDate signedOn;
    QDate reviewOn; // when the agreement is due for review
    QString processes; // what the processor processes
    std::optional<bool> inEu; // in the EEA (EU included); unknown when not set
    QString country; // e.g. "NL", "US"

    // "EU", "EER", "EEA" or an EEA country: in the EEA; anything else: a transfer (chapter V AVG).
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
    bool agreementOverdue(QDate today) const;
};

QJsonObject recipientToJson(const Recipient &recipient, QDate today);

// Small (tens to hundreds of rows), so list() reads it whole.
class RecipientService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::RecipientService)
public:
    explicit RecipientService(const Session &session);

    QList<RecipientCategory> storedCategories(ServiceError *error = nullptr) const;

    // Reads need Permission::ViewRegisters.
    QList<Recipient> list(bool includeArchived = false,
                          ServiceError *error = nullptr) const; // sorted by name
    std::optional<Recipient> find(qint64 id, ServiceError *error = nullptr) const;
    // Case-insensitive, active recipients only.
    std::optional<Recipient> findByName(const QString &name, ServiceError *error = nullptr) const;
    std::optional<Recipient> findByNameOrId(const QString &nameOrId,
                                            ServiceError *error = nullptr) const;

    static QString validate(const Recipient &recipient);

    std::optional<Recipient> add(const Recipient &recipient, BsnCheck bsnCheck,
                                 ServiceError *error);
    bool update(const Recipient &recipient, BsnCheck bsnCheck, ServiceError *error);
    // Archives, rather than deletes, one someone received data through.
    bool remove(qint64 id, ServiceError *error);

private:
    // The role check of a read of the catalogue (target: a recipient's id, or none).
    bool permitRead(const QString &target, ServiceError *error) const;
    bool write(UnitOfWork &unit, const Recipient &recipient, BsnCheck bsnCheck, qint64 *id,
               ServiceError *error);
    Session m_session;
};

} // namespace pd
