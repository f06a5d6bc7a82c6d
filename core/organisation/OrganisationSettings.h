#pragma once

#include "session/Session.h"
#include "util/Clock.h"
#include "util/ServiceError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <tuple>

namespace pd {

class UnitOfWork;

struct OrganisationDetails
{
    QString name;
    QString privacyEmail;
    QString street; // street and house number, one line
    QString postcode;
    QString city;
    QString phone; // where a tenant can call about a request
    QString fgName;
    QString fgEmail;
    // The organisation has no FG (art. 37 AVG) and says so: its register reads "none", where an
    // FG's name left empty reads "not filled in". Never set with an FG's name or e-mail.
    bool noFg = false;
    // An organisation without an FG (art. 37 AVG) must not appear to claim one: empty until the
    // organisation chooses it, and no letter is signed without.
    QString signatureRole;
    QString officerPhone;
    QString officerEmail;
    // Only when the officer is not an FG: an FG's name is fgName.
    QString officerName;
    QString portalName;
    // Only a portal that shows who tenants are is offered in the identification letter: a contact
    // form identifies nobody.
    std::optional<bool> portalIdentifies;
    // Art. 15(1)(h) and 22 GDPR; empty: there is none, and the report says so.
    QString automatedDecisions;

    // The deadline policy is chosen (CaseService::setPolicy stored it); until then the store
    // counts with the law alone and makes no letter. Read with the details, never saved by them.
    bool deadlinePolicyChosen = false;

    // A suggestion for the field, never printed unless the organisation chose it.
    static constexpr auto suggestedSignatureRole = "functionaris gegevensbescherming";
    QString signatureRoleText() const;
    QString portalText() const;
    bool portalOffered() const;

    QString automatedDecisionsText() const;

    // A phone number alone is not enough: letters say where to send what, by e-mail and by post.
    QStringList missingForLetters() const;
    // Where the choice of deadline is made while it is missing, else empty.
    QString deadlineChoiceHint() const;
    // The choice of deadline is all a first letter still waits for: its page (Termijnen) is the
    // one to open, not the organisation's.
    bool lettersWaitOnlyForDeadline() const;

    friend bool operator==(const OrganisationDetails &, const OrganisationDetails &) = default;
};

struct SecurityPolicy
{
    static constexpr int minimumAutoLockMinutes = 1;
    static constexpr int maximumAutoLockMinutes = 60;
    static constexpr int maximumBackupReminderDays = 365;

    int autoLockMinutes = 5; // the desk locks after this long without keyboard or mouse
    int backupReminderDays = 7; // remind when the last backup is older; 0: never remind
    // So that a store stays small enough to back up.
    static constexpr int minimumAttachmentStoreLimitMb = 25;
    static constexpr int maximumAttachmentStoreLimitMb = 100 * 1024;
    int attachmentStoreLimitMb = 2048;
    // A corporation whose scanners make large PDFs on a slow machine may give more.
    static constexpr int minimumReaderSeconds = 2;
    static constexpr int maximumReaderSeconds = 300;
    static constexpr int minimumReaderMemoryMb = 128;
    static constexpr int maximumReaderMemoryMb = 8192;
    int readerSeconds = 10;
    int readerMemoryMb = 512;
    friend bool operator==(const SecurityPolicy &, const SecurityPolicy &) = default;
};

// The deadline policy is CaseService's: it also moves open requests' deadlines. The UI language
// belongs to the machine (QSettings), not to the store.
class OrganisationSettings final
{
    Q_DECLARE_TR_FUNCTIONS(pd::OrganisationSettings)
public:
    // A contract with the CLI.
    static constexpr auto keyName = "organisation.name";
    static constexpr auto keyPrivacyEmail = "organisation.privacy_email";
    static constexpr auto keyStreet = "organisation.street";
    static constexpr auto keyPostcode = "organisation.postcode";
    static constexpr auto keyCity = "organisation.city";
    static constexpr auto keyPhone = "organisation.phone";
    static constexpr auto keyFgName = "organisation.fg_name";
    static constexpr auto keyFgEmail = "organisation.fg_email";
    static constexpr auto keyNoFg = "organisation.no_fg";
    static constexpr auto keySignatureRole = "organisation.signature_role";
    static constexpr auto keyOfficerPhone = "organisation.officer_phone";
    static constexpr auto keyOfficerEmail = "organisation.officer_email";
    static constexpr auto keyOfficerName = "organisation.officer_name";
    static constexpr auto keyPortalName = "organisation.portal_name";
    static constexpr auto keyPortalIdentifies = "organisation.portal_identifies";
    static constexpr auto keyAutomatedDecisions = "organisation.automated_decisions";
    // Written by CaseService::setPolicy, the policy's one writer: a store holding it has chosen.
    static constexpr auto keyDeadlineBase = "deadline.base";
    static constexpr int maxAutomatedDecisionsLength = 2000;
    static constexpr auto keyAutoLockMinutes = "security.auto_lock_minutes";
    static constexpr auto keyBackupReminderDays = "security.backup_reminder_days";
    static constexpr auto keyAttachmentStoreLimitMb = "attachments.store_limit_mb";
    static constexpr auto keyReaderSeconds = "reader.seconds";
    static constexpr auto keyReaderMemoryMb = "reader.memory_mb";

    explicit OrganisationSettings(const Session &session);

    // A read that fails gives the defaults and says why in *error.
    OrganisationDetails details(ServiceError *error = nullptr) const;
    QDateTime changedAt(const char *key) const;
    QString changedBy(const char *key) const;

    static QString checkEmail(const QString &email);
    static QString checkPostcode(const QString &postcode);
    static QString checkPhone(const QString &phone);

    // Nothing changed: true, no event.
    bool save(const OrganisationDetails &details, BsnCheck bsnCheck, ServiceError *error);

    SecurityPolicy security(ServiceError *error = nullptr) const;
    bool saveSecurity(const SecurityPolicy &policy, ServiceError *error);

private:
    static QString shapeProblem(const OrganisationDetails &details);
    using Change = std::tuple<const char *, QString, QString>;
    bool writeChanged(UnitOfWork &unit, const QList<Change> &values, const QString &overrideTarget,
                      ServiceError *error);
    Session m_session;
};

} // namespace pd
