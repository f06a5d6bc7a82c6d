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

// ids and the created/updated stamps left out.
QJsonObject jsonDifference(const QJsonObject &before, const QJsonObject &after);

// Special (art. 9), criminal (art. 10) and nuisance-report ("overlast") codes share one list but
// are never counted together: every output gives each its own row or column.
struct PersonalDataCategory
{
    QString name;
    QStringList special;

    bool isSpecial() const { return !special.isEmpty(); } // any flag
    bool operator==(const PersonalDataCategory &) const = default;
};

// Numbered as the privacy statements do: main purpose "A", sub-purpose "A.1".
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
    // The systems a request of one of its data subjects searches (SystemChecklist).
    QStringList systems;
    // Read with the register; never written with the activity (DpiaRegister writes it).
    std::optional<Dpia> dpia;
    QString specialException; // art. 9 lid 2 AVG letter "a".."j"; needed with art. 9 data
    QString criminalBasis; // art. 10 AVG basis (e.g. art. 33 UAVG); needed with criminal data
    bool outsideEu = false; // outside the EEA; never false with a non-EEA transferCountry
    QString transferCountry; // where processors or recipients hold the data, if not NL
    QString transferSafeguard;
    QString retention;
    QString security;
    // The answers cannot be traced back to a person; the inzage report says so.
    bool anonymous = false;

    QDateTime createdAt; // UTC
    QString createdBy;
    QDateTime updatedAt; // UTC
    QString updatedBy;

    QStringList specialCategories() const; // the union over the data categories, sorted
    QStringList art9Categories() const; // the art. 9 codes among them
    bool hasCriminalData() const; // art. 10 AVG
    bool hasNuisanceReports() const; // overlast: neither art. 9 nor art. 10
    // Registered before schema 14 gave these their own fields: refused by validate() until filled
    // in when next saved.
    bool lacksArt9Exception() const;
    bool lacksCriminalBasis() const;
    bool transfersOutsideEea() const;
};

// A new store's register is empty: the organisation fills in its own.
class ProcessingRegister final
{
    Q_DECLARE_TR_FUNCTIONS(pd::ProcessingRegister)
public:
    explicit ProcessingRegister(const Session &session);

    // In register order (A.2 before A.10). Reads need Permission::ViewRegisters.
    QList<ProcessingActivity> list(ServiceError *error = nullptr) const;
    std::optional<ProcessingActivity> find(qint64 id, ServiceError *error = nullptr) const;
    std::optional<ProcessingActivity> findByCode(const QString &subCode,
                                                 ServiceError *error = nullptr) const;
    int count(ServiceError *error = nullptr) const; // 0 with *error set when not read

    QList<QPair<QString, QString>> purposes(ServiceError *error = nullptr) const;
    QString nextSubCode(const QString &purposeCode, ServiceError *error = nullptr) const;

    std::optional<ProcessingActivity> add(const ProcessingActivity &activity, BsnCheck bsnCheck,
                                          ServiceError *error);
    bool update(const ProcessingActivity &activity, BsnCheck bsnCheck, ServiceError *error);
    bool remove(qint64 id, ServiceError *error);
    QList<AuditEvent> history(qint64 id, ServiceError *error = nullptr) const;

    // Refused on a real store, so that nothing fictitious enters a real register.
    bool seedExample(ServiceError *error);

    // The service also checks what needs the store (a sub-code in use, a purpose with another
    // name).
    static QStringList validate(const ProcessingActivity &activity);

    static QStringList legalBasisCodes(); // "a".."f"
    static QString legalBasisLabel(const QString &code); // "Consent (art. 6(1)(a) GDPR)"
    static QString legalBasisShortLabel(const QString &code); // "Toestemming"
    static QStringList specialCategoryCodes(); // "gezondheid", "strafrechtelijk", "overlast", ...
    static QString specialCategoryLabel(const QString &code);
    static QStringList art9CategoryCodes(); // the codes of art. 9 lid 1 AVG only
    static QStringList art9ExceptionCodes(); // "a".."j"
    static QString art9ExceptionLabel(const QString &code); // "... (art. 9(2)(h) GDPR)"
    static QString art9ExceptionShortLabel(const QString &code); // "Health or social care"
    // In the UI's language: "art. 9(2)(h) GDPR", in Dutch "art. 9 lid 2 sub h AVG".
    static QString citation(int article, int paragraph = 0, const QString &letter = {});
    // Always Dutch, for the CSV that Dutch offices read whatever the UI language.
    static QString article(int article, int paragraph = 0, const QString &letter = {});

    static QJsonObject toJson(const ProcessingActivity &activity);

private:
    static QList<ProcessingActivity> examples();
    bool write(UnitOfWork &unit, ProcessingActivity activity, bool isNew, BsnCheck bsnCheck,
               ServiceError *error, qint64 *newId);
    std::optional<QString> nameOfPurpose(const QString &purposeCode, qint64 exceptId,
                                         ServiceError *error) const;
    Session m_session;
};

} // namespace pd
