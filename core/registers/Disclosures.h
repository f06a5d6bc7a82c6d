#pragma once

#include "cases/CaseService.h"
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

class Store;
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

// Whether the data subject was told of the disclosure.
enum class InformedStatus {
    Informed, // on a date
    Prohibited, // the law forbids telling (e.g. a criminal investigation); with the reason
    Pending, // still to do
};

class DisclosureCodes final
{
    Q_DECLARE_TR_FUNCTIONS(pd::DisclosureCodes)
public:
    // The data categories' codes and labels: DataCategoryCodes's (domain/DataCategory.h).
    static QString code(DataCategory value); // "naw", "contact", ...
    static QString code(LegalBasis value); // "a" .. "f"
    static QString code(InformedStatus value); // "geinformeerd", "verboden", "nog-te-doen"
    static QString label(DataCategory value);
    static QString label(LegalBasis value); // "Art. 6(1)(c) legal obligation"
    static QString label(InformedStatus value);
    static std::optional<DataCategory> dataCategory(QStringView code);
    static std::optional<LegalBasis> legalBasis(QStringView code);
    static std::optional<InformedStatus> informedStatus(QStringView code);
    static QList<DataCategory> dataCategories();
    static QList<LegalBasis> legalBases();
    static QList<InformedStatus> informedStatuses();
    // Special (art. 9) or criminal (art. 10) data: shown with a warning.
    static bool isSpecial(DataCategory value);
};

// A person a disclosure concerned, as the list shows them.
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
    // Persons it named whose data has since been destroyed: no longer in persons,
    // counted here ("1 betrokkene, vernietigd"). Read only; set by RetentionService.
    int destroyedPersons = 0;
    // The covenant it was made under (0: none).
    qint64 covenantId = 0;
    // Writing only: the customer numbers of a list (DisclosurePersonList) that named nobody,
    // left out with the officer's explicit confirmation; their count goes into the event.
    int unknownLeftOut = 0;

    // Filled when reading.
    QString covenantName;
    QString recipientName;
    RecipientCategory recipientCategory = RecipientCategory::Overig;
    RecipientRole recipientRole = RecipientRole::Ontvanger;
    // What the catalogue says the recipient does for us (a processor's "processes"): the
    // documents describe it by this text, see recipientDescription().
    QString recipientProcesses;

    // The recipient as the inzage report and the AP dossier describe it (ieder1: every
    // processor was "Verwerker (software, hosting, back-ups)"): a processor by what the
    // catalogue records it processes ("Verwerker: hosting van het klantportaal"), or as
    // "Verwerker" when nothing is recorded; another recipient by its category.
    QString recipientDescription() const;
};

// The JSON that `disclosure list --json` prints (see its help for the keys).
QJsonObject disclosureToJson(const Disclosure &disclosure);

// The persons a CSV list of customer numbers names (a disclosure of many persons at once, issue
// 40): every number is accounted for, none silently skipped.
struct DisclosurePersonList
{
    QList<DisclosurePerson> persons; // found, in the order of the list, each once
    QStringList unknown; // numbers no (not anonymised) person has, in the order of the list
    QStringList ambiguous; // numbers more than one person has
    QStringList unreadable; // "line N: why" for the records the CSV reader rejected
    int repeated = 0; // numbers listed more than once (counted once)

    // Nothing was left out: every number named exactly one person.
    bool complete() const
    {
        return unknown.isEmpty() && ambiguous.isEmpty() && unreadable.isEmpty();
    }
    // What was left out, in translated lines (for the refusal and the preview).
    QStringList problems() const;
};

// What the disclosure list shows: every condition set here must hold.
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
    // valid: disclosed on or before that day and the data subject had not been told then (still
    // to do, or told only later); a legally prohibited notice is not "to inform".
    QDate pendingOn {};

    bool operator==(const DisclosureFilter &other) const = default;
};

// One recipient that must be told of a rectification, erasure or restriction (art. 19 AVG),
// because it received the person's data before the request was completed; or, when the request
// recorded the data that changed, one that received the person's data but none of those
// (notApplicable).
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
    // A disclosure to it may not be told to the data subject (InformedStatus::Prohibited): it
    // is told of the change like any other, but never named in what the data subject receives.
    bool withheld = false;
    // Art. 19 "tenzij dit onmogelijk blijkt of onevenredig veel inspanning vergt": recorded as
    // not to be told, with the reason (empty once the request files were destroyed).
    bool exempt = false;
    QString exemptReason;
    // None of its disclosures of the person included the data that changed (Case::changedData):
    // art. 19 does not ask it to be told ("niet van toepassing"). Never for a request
    // that did not record the data that changed.
    bool notApplicable = false;
    // The data the request changed (Case::changedData), for the sentence that says why.
    QList<DataCategory> changedData;
    // Marked "niet van toepassing" by the officer with this reason of her own
    // (DisclosureService::markNotApplicable): the window cleaner only ever had the current
    // address. Then notApplicable is set and exempt is not. Empty: not marked so by hand.
    QString notApplicableReason;

    bool done() const { return notifiedOn.isValid() || exempt || notApplicable; }
    // "geinformeerd", "onmogelijk-of-onevenredig", "niet-van-toepassing" or "nog-te-doen": what
    // was recorded comes first.
    QString statusCode() const;
};

// The JSON that `disclosure art19 --json` prints for one recipient (see its help for the keys).
QJsonObject art19NotificationToJson(const Art19Notification &notification);

// The disclosure register (verstrekkingen): every change is a UnitOfWork (the role check, the
// BSN guard, one audit event in one transaction); the list is counted and paged in SQL (newest
// first) for lazy models. The SQL is DisclosureRepository's.
class DisclosureService final
{
    Q_DECLARE_TR_FUNCTIONS(pd::DisclosureService)
public:
    explicit DisclosureService(const Session &session);

    // The first problem with the values (translated), or empty; checks what can be checked
    // without the store, for dialogs that validate as the user types.
    static QString validate(const Disclosure &disclosure, QDate today);

    std::optional<Disclosure> add(const Disclosure &disclosure, bool bsnOverride,
                                  ServiceError *error);
    // NotFound ("no longer exists") only when the disclosure is really gone; a failed read of
    // it is a Storage error and nothing is changed.
    bool update(const Disclosure &disclosure, bool bsnOverride, ServiceError *error);
    bool remove(qint64 id, ServiceError *error);
    // Reads need Permission::ViewRegisters ("disclosure.read"): refused, they return nothing
    // and leave one user.denied event (error, where there is one, says why).
    // A read that fails is an error (Storage), never an empty list or 0: the lists
    // are read whole, persons and data categories included, or not at all.
    std::optional<Disclosure> find(qint64 id, ServiceError *error = nullptr) const;

    int count(const DisclosureFilter &filter, ServiceError *error = nullptr) const;
    // Newest first (date, then id); descending = false for oldest first.
    QList<Disclosure> page(const DisclosureFilter &filter, int offset, int limit,
                           bool newestFirst = true, ServiceError *error = nullptr) const;
    // The person a new disclosure names (the dialog's "add this person"): not anonymised. A
    // person that is gone is NotFound, a failed read a Storage error, never "nobody".
    std::optional<DisclosurePerson> person(qint64 personId, ServiceError *error = nullptr) const;
    // Everything disclosed about one person, newest first (for the case tab and inzage).
    QList<Disclosure> forPerson(qint64 personId, ServiceError *error = nullptr) const;

    // The persons of a CSV list of customer numbers (CsvReader: its encodings and separators):
    // the column headed klantnummer (klantnr, customer number), else the first; a first line
    // that holds a digit and no such heading is a number too. Needs ViewRegisters. A file
    // that cannot be read, or a failed read of the persons, is an error.
    std::optional<DisclosurePersonList> personsFromCsv(const QString &path,
                                                       ServiceError *error) const;
    std::optional<DisclosurePersonList> personsFromCsv(QIODevice *device,
                                                       ServiceError *error) const;

    // Art. 19: whether the case is a completed (partly) granted rectification, erasure or
    // restriction, and then which recipients must be told and whether they were. A request that
    // could not be read is an error (*error, Storage), never "art. 19 does not apply"; one that
    // does not exist does not apply (no error).
    bool art19Applies(const QString &caseNumber, ServiceError *error = nullptr) const;
    // A failed read sets *error (when given) and returns what was read so far. When the request
    // recorded the data that changed (Case::changedData), a recipient none of whose disclosures
    // of the person included one of those categories is notApplicable; it cannot be recorded
    // as told or as exempt.
    QList<Art19Notification> art19Notifications(const QString &caseNumber,
                                                ServiceError *error = nullptr) const;
    // The requests with a recipient still to be told on the clock's today, by id (the "Vandaag"
    // strip): those whose art19Notifications has one not done. Needs
    // Permission::ViewRegisters ("disclosure.read").
    QList<qint64> art19Pending(ServiceError *error = nullptr) const;
    // Why a notApplicable recipient is not told, in one translated sentence that names the
    // data that changed.
    static QString notApplicableText(const QList<DataCategory> &changed);
    // Records that the recipient was told on date; replaces an earlier date or exemption.
    bool markNotified(const QString &caseNumber, qint64 recipientId, QDate date,
                      ServiceError *error);
    // Records that telling the recipient proved impossible or would take disproportionate
    // effort (art. 19 AVG), with the reason in words (required, BSN guard, at most
    // InputLimits::maxShortText); replaces an earlier date or reason. Audit: case.art19_exempted.
    bool markExempt(const QString &caseNumber, qint64 recipientId, const QString &reason,
                    bool bsnOverride, ServiceError *error);
    // Records that art. 19 does not apply to the recipient, with the officer's own reason in
    // words (required, BSN guard, at most InputLimits::maxShortText): it never had the data the
    // change concerns. Never "onmogelijk of onevenredig"; the letter names it with the reason.
    // Replaces an earlier date or reason. Audit: case.art19_not_applicable.
    bool markNotApplicable(const QString &caseNumber, qint64 recipientId, const QString &reason,
                           bool bsnOverride, ServiceError *error);

    // The condition of DisclosureFilter::pendingOn over disclosures d; binds the day 3 times.
    static QString pendingOnSql(const QSqlDatabase &db);

private:
    // The steps of add() and update(), through unit (its role checked): the checks, the BSN
    // guard, then the rows with their one event.
    bool write(UnitOfWork &unit, const Disclosure &disclosure, bool bsnOverride, qint64 *id,
               ServiceError *error);
    // The recipient (in the catalogue; archived only when an update keeps it) and, for an
    // update, the disclosure as it was.
    bool readRecipientAndOld(const Disclosure &d, std::optional<Recipient> *recipient,
                             std::optional<Disclosure> *old, ServiceError *error) const;
    // Inside the unit: the request it names and its persons checked, the row and its details
    // written (a new one gets its id, the request number is stored normalised).
    bool writeRows(Disclosure *disclosure, bool replacing, const QString &actor,
                   ServiceError *error) const;
    // markNotified (valid date), markExempt or markNotApplicable (reason; notApplicable): the
    // checks they share and the write, through unit (its role checked).
    bool recordArt19(UnitOfWork &unit, const QString &caseNumber, qint64 recipientId, QDate date,
                     const QString &reason, bool notApplicable, bool bsnOverride,
                     ServiceError *error);
    struct Where;
    Where where(const DisclosureFilter &filter) const;
    Session m_session;
};

} // namespace pd
