#pragma once

#include "audit/AuditLog.h"
#include "cases/CaseService.h"
#include "registers/Dpia.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

class UnitOfWork;

// The fields whose values changed, as {field: {old, new}} (ids and the created/updated stamps
// left out): the payload of a register's change event.
QJsonObject jsonDifference(const QJsonObject &before, const QJsonObject &after);

class Store;

// A category of personal data in an activity, with flags as codes (see
// ProcessingRegister::specialCategoryCodes()): the special categories of art. 9 AVG, criminal
// data of art. 10 AVG ("strafrechtelijk") and nuisance reports ("overlast"), which are neither
// but sensitive data. The three are stored in one list (codes kept as they always were, so no
// migration), and never counted together: art9Categories(), hasCriminalData() and
// hasNuisanceReports() keep them apart, and every printed or exported register gives each its
// own row or column.
struct PersonalDataCategory
{
    QString name;
    QStringList special;

    bool isSpecial() const { return !special.isEmpty(); } // any flag
    bool operator==(const PersonalDataCategory &) const = default;
};

// One processing activity of the register of art. 30 AVG, numbered the way the privacy
// statements do: main purpose "A" (Leveren van diensten), sub-purpose "A.1".
struct ProcessingActivity
{
    qint64 id = 0;
    QString purposeCode; // "A"
    QString purpose; // "Leveren van diensten"
    QString subCode; // "A.1"; empty on add: the next free number under purposeCode
    QString subPurpose; // "Inschrijven in onze systemen"
    QString name;
    QString description;
    QStringList legalBases; // art. 6(1) letters "a".."f"
    QString legalBasisText; // the statute or covenant, e.g. "Huisvestingswet 2014, art. 10"
    QStringList subjects; // huurders, woningzoekenden, ...
    QList<PersonalDataCategory> dataCategories;
    QStringList sources; // BRP via gemeente, Entree, betrokkene zelf, ...
    QStringList recipients; // recipient CATEGORY codes of the recipients catalogue, as text
    QStringList processors; // names
    // The systems that hold the activity's data (ERP, mailbox, camera system, ...):
    // the systems a request of one of its data subjects searches (SystemChecklist).
    QStringList systems;
    // Its DPIA assessment, read with the register by list(); never written with the
    // activity (DpiaRegister writes it).
    std::optional<Dpia> dpia;
    QString specialException; // art. 9 lid 2 AVG letter "a".."j"; needed with art. 9 data
    QString criminalBasis; // art. 10 AVG basis (e.g. art. 33 UAVG); needed with criminal data
    bool outsideEu = false; // outside the EEA; never false with a non-EEA transferCountry
    QString transferCountry; // where processors or recipients hold the data, if not NL
    QString transferSafeguard;
    QString retention;
    QString security;
    // The answers (of a survey) are processed anonymously: they cannot be traced back to a
    // person; the inzage report says so for the activities that concern the person.
    bool anonymous = false;

    QDateTime createdAt; // UTC
    QString createdBy;
    QDateTime updatedAt; // UTC
    QString updatedBy;

    bool hasSpecialData() const; // any flag, overlast included
    QStringList specialCategories() const; // the union over the data categories, sorted
    QStringList art9Categories() const; // the art. 9 codes among them
    bool hasCriminalData() const; // art. 10 AVG
    bool hasNuisanceReports() const; // overlast: neither art. 9 nor art. 10
    // Art. 9 data without the art. 9 lid 2 exception, criminal data without the art. 10 basis:
    // an activity registered before schema 14 gave these their own fields. Shown as such, and
    // refused by validate() until filled in when it is next saved.
    bool lacksArt9Exception() const;
    bool lacksCriminalBasis() const;
    // True when data go outside the EEA, from the flag or from a non-EEA transferCountry.
    bool transfersOutsideEea() const;
};

// The register of processing activities (art. 30 AVG): what the organisation does with
// personal data, why and on what basis. Every change is a UnitOfWork: one transaction with its
// audit event (entity "processing", id = the activity's id), every free text passes the BSN
// guard; the SQL is ProcessingRegisterRepository's. A new
// store's register is empty: the organisation fills in its own; seedExample() is for the demo.
class ProcessingRegister final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ProcessingRegister)
public:
    explicit ProcessingRegister(const Session &session);

    // In register order: by main purpose code, then sub-purpose number (A.2 before A.10).
    // Reads need Permission::ViewRegisters ("processing.read"): refused, they return nothing
    // and leave one user.denied event (error, where there is one, says why).
    // A read that fails is an error (Storage), never an empty register, "not found",
    // 0, "no purposes", a fresh sub-code or "no history": *error (when given) says which.
    QList<ProcessingActivity> list(ServiceError *error = nullptr) const;
    // Nothing: *error is NotFound when there is no such activity, Storage when it could not be
    // read.
    std::optional<ProcessingActivity> find(qint64 id, ServiceError *error = nullptr) const;
    std::optional<ProcessingActivity> findByCode(const QString &subCode,
                                                 ServiceError *error = nullptr) const;
    int count(ServiceError *error = nullptr) const; // 0 with *error set when not read

    // The main purposes in use: code → name, in code order.
    QList<QPair<QString, QString>> purposes(ServiceError *error = nullptr) const;
    // "A.7" when A.1..A.6 exist (the highest number plus one); empty when not read.
    QString nextSubCode(const QString &purposeCode, ServiceError *error = nullptr) const;

    std::optional<ProcessingActivity> add(const ProcessingActivity &activity, bool bsnOverride,
                                          ServiceError *error);
    bool update(const ProcessingActivity &activity, bool bsnOverride, ServiceError *error);
    bool remove(qint64 id, ServiceError *error);
    QList<AuditEvent> history(qint64 id, ServiceError *error = nullptr) const;

    // Fictitious but realistic activities after the purposes of the seeds' privacy statements
    // (Jutphaas' A-D, ieder1's cameratoezicht and enquêtes). Only for demo stores: refuses
    // (Invalid) on a real store, so that nothing fictitious enters a real register.
    bool seedExample(ServiceError *error);

    // Problems a form can show while the user types (translated, one sentence each); empty
    // when the activity may be saved as far as its own fields go. The service also checks
    // what needs the store: a sub-code in use, a main purpose code with another name.
    static QStringList validate(const ProcessingActivity &activity);

    static QStringList legalBasisCodes(); // "a".."f"
    static QString legalBasisLabel(const QString &code); // "Toestemming (art. 6 lid 1 sub a)"
    static QString legalBasisShortLabel(const QString &code); // "Toestemming"
    static QStringList specialCategoryCodes(); // "gezondheid", "strafrechtelijk", "overlast", ...
    static QString specialCategoryLabel(const QString &code);
    static QStringList art9CategoryCodes(); // the codes of art. 9 lid 1 AVG only
    static QStringList art9ExceptionCodes(); // "a".."j"
    static QString art9ExceptionLabel(const QString &code); // "... (art. 9 lid 2 sub h AVG)"
    static QString art9ExceptionShortLabel(const QString &code); // "Health or social care"
    // The article notation of the register's output, Dutch: "art. 6 lid 1 sub b AVG".
    static QString article(int article, int paragraph = 0, const QString &letter = {});

    static QJsonObject toJson(const ProcessingActivity &activity);

private:
    // The demo's example register, in the order seedExample adds it
    // (ProcessingRegisterExamples.cpp).
    static QList<ProcessingActivity> examples();
    // The checks, the BSN guard and the rows with their event, through unit (its role checked).
    bool write(UnitOfWork &unit, ProcessingActivity activity, bool isNew, bool bsnOverride,
               ServiceError *error, qint64 *newId);
    // The name main purpose purposeCode has on another activity than exceptId; empty: none.
    // nullopt (and *error) when that could not be read.
    std::optional<QString> nameOfPurpose(const QString &purposeCode, qint64 exceptId,
                                         ServiceError *error) const;
    Session m_session;
};

} // namespace pd
