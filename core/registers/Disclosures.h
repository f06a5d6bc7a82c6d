#pragma once

#include "cases/CaseService.h"
#include "domain/CodeTable.h"
#include "domain/DataCategory.h"
#include "registers/Recipients.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

#include <optional>

class QIODevice;

namespace pd {

class UnitOfWork;

// Art. 6(1)(a)–(f) AVG.
enum class LegalBasis {
    Consent,
    Contract,
    LegalObligation,
    VitalInterest,
    PublicTask,
    LegitimateInterest
};

enum class InformedStatus {
    Informed, // on a date
    Prohibited, // the law forbids telling (e.g. a criminal investigation); with the reason
    Pending, // still to do
};

template<> const codes::Vocabulary<LegalBasis> &codes::vocabulary<LegalBasis>();
template<> const codes::Vocabulary<InformedStatus> &codes::vocabulary<InformedStatus>();

struct DisclosurePerson
{
    qint64 id = 0;
    QString name;
    QString klantnummer;
    bool operator==(const DisclosurePerson &other) const = default;
};

struct Disclosure
{
    qint64 id = 0;
    QDate date;
    qint64 recipientId = 0;
    QList<DisclosurePerson> persons; // writing: only the ids count
    QList<DataCategory> data;
    QString dataText;
    QString purpose;
    LegalBasis basis = LegalBasis::LegalObligation;
    QString basisText; // the covenant or statute
    QString requestedBy;
    QString caseNumber; // optional
    InformedStatus informed = InformedStatus::Pending;
    QDate informedOn; // Informed
    QString notInformedReason; // Prohibited
    // Persons since destroyed: counted here, no longer in persons. Set by RetentionService.
    int destroyedPersons = 0;
    qint64 covenantId = 0; // 0: none
    // Writing only: numbers of the list that named nobody, left out with the officer's
    // confirmation.
    int unknownLeftOut = 0;

    // Filled when reading.
    QString covenantName;
    QString recipientName;
    RecipientCategory recipientCategory = RecipientCategory::Overig;
    RecipientRole recipientRole = RecipientRole::Ontvanger;
    QString recipientProcesses;

    // A processor by what it processes, not the bare "Verwerker"; another recipient by its
    // category.
    QString recipientDescription() const;
};

QJsonObject disclosureToJson(const Disclosure &disclosure);

// Every number is accounted for, none silently skipped.
struct DisclosurePersonList
{
    QList<DisclosurePerson> persons; // found, in the order of the list, each once
    QStringList unknown; // numbers no (not anonymised) person has, in the order of the list
    QStringList ambiguous; // numbers more than one person has
    QStringList unreadable; // "line N: why" for the records the CSV reader rejected
    int repeated = 0; // numbers listed more than once (counted once)

    bool complete() const
    {
        return unknown.isEmpty() && ambiguous.isEmpty() && unreadable.isEmpty();
    }
    QStringList problems() const;
};

struct DisclosureFilter
{
    std::optional<RecipientCategory> category;
    std::optional<qint64> recipientId;
    std::optional<LegalBasis> basis;
    std::optional<InformedStatus> informed;
    QDate from; // inclusive; invalid: open
    QDate to; // inclusive; invalid: open
    qint64 personId = 0; // 0: everybody
    QString search; // on the recipient's name, case- and diacritics-insensitive
    // valid: not yet told of by that day; a legally prohibited notice is not pending.
    QDate pendingOn {};

    bool operator==(const DisclosureFilter &other) const = default;
};

// Art. 19 AVG; notApplicable: it received none of the data that changed.
struct Art19Notification
{
    qint64 recipientId = 0;
    QString recipientName;
    RecipientCategory category = RecipientCategory::Overig;
    QString contact;
    int disclosures = 0; // concerning the person, up to the answer date
    QDate lastDisclosed;
    QDate notifiedOn; // invalid: not yet told
    QString notifiedBy; // who recorded the notification or the exemption
    // Told of the change like any other, but never named in what the data subject receives.
    bool withheld = false;
    // Art. 19's "onmogelijk of onevenredig": not told, with the reason.
    bool exempt = false;
    QString exemptReason;
    // Never for a request that did not record the data that changed.
    bool notApplicable = false;
    QList<DataCategory> changedData;
    // The officer's own reason; then notApplicable is set and exempt is not.
    QString notApplicableReason;

    bool done() const { return notifiedOn.isValid() || exempt || notApplicable; }
    QString statusCode() const;
};

QJsonObject art19NotificationToJson(const Art19Notification &notification);

// The list is counted and paged in SQL for lazy models.
class DisclosureService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::DisclosureService)
public:
    explicit DisclosureService(const Session &session);

    static QString validate(const Disclosure &disclosure, QDate today);

    std::optional<Disclosure> add(const Disclosure &disclosure, BsnCheck bsnCheck,
                                  ServiceError *error);
    // NotFound only when really gone; a failed read changes nothing.
    bool update(const Disclosure &disclosure, BsnCheck bsnCheck, ServiceError *error);
    bool remove(qint64 id, ServiceError *error);
    // Reads need Permission::ViewRegisters; the lists are read whole or not at all.
    std::optional<Disclosure> find(qint64 id, ServiceError *error = nullptr) const;

    int count(const DisclosureFilter &filter, ServiceError *error = nullptr) const;
    QList<Disclosure> page(const DisclosureFilter &filter, int offset, int limit,
                           bool newestFirst = true, ServiceError *error = nullptr) const;
    std::optional<DisclosurePerson> person(qint64 personId, ServiceError *error = nullptr) const;
    QList<Disclosure> forPerson(qint64 personId, ServiceError *error = nullptr) const;

    // The column headed klantnummer, else the first; a first line with a digit and no such heading
    // is a number too.
    std::optional<DisclosurePersonList> personsFromCsv(const QString &path,
                                                       ServiceError *error) const;
    std::optional<DisclosurePersonList> personsFromCsv(QIODevice *device,
                                                       ServiceError *error) const;

    // One that does not exist does not apply (no error).
    bool art19Applies(const QString &caseNumber, ServiceError *error = nullptr) const;
    // Returns what was read so far when a read fails.
    QList<Art19Notification> art19Notifications(const QString &caseNumber,
                                                ServiceError *error = nullptr) const;
    QList<qint64> art19Pending(ServiceError *error = nullptr) const;
    static QString notApplicableText(const QList<DataCategory> &changed);
    // Replaces an earlier date or exemption.
    bool markNotified(const QString &caseNumber, qint64 recipientId, QDate date,
                      ServiceError *error);
    // Reason required and BSN-guarded; replaces an earlier date or reason.
    bool markExempt(const QString &caseNumber, qint64 recipientId, const QString &reason,
                    BsnCheck bsnCheck, ServiceError *error);
    // The recipient never had the data the change concerns: never "onmogelijk of onevenredig".
    bool markNotApplicable(const QString &caseNumber, qint64 recipientId, const QString &reason,
                           BsnCheck bsnCheck, ServiceError *error);

private:
    bool write(UnitOfWork &unit, const Disclosure &disclosure, BsnCheck bsnCheck, qint64 *id,
               ServiceError *error);
    bool readRecipientAndOld(const Disclosure &d, std::optional<Recipient> *recipient,
                             std::optional<Disclosure> *old, ServiceError *error) const;
    bool writeRows(Disclosure *disclosure, bool replacing, const QString &actor,
                   ServiceError *error) const;
    bool recordArt19(UnitOfWork &unit, const QString &caseNumber, qint64 recipientId, QDate date,
                     const QString &reason, bool notApplicable, BsnCheck bsnCheck,
                     ServiceError *error);
    struct Where;
    Where where(const DisclosureFilter &filter) const;
    Session m_session;
};

} // namespace pd
