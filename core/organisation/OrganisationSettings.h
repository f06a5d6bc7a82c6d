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

class Store;

// Who the organisation is, as letters and the AP complaint dossier name it.
struct OrganisationDetails
{
    QString name;
    QString privacyEmail;
    QString street; // street and house number, one line
    QString postcode;
    QString city;
    QString phone; // where a tenant can call about a request
    // The functionaris gegevensbescherming (art. 37-39 AVG), as the register of processing
    // activities (art. 30 lid 1 sub a) and letters name them.
    QString fgName;
    QString fgEmail;
    // The title the organisation gives whoever signs its letters, printed under the
    // name: "functionaris gegevensbescherming" (empty: that default), "Privacy Officer", ... An
    // organisation without an FG (art. 37 AVG) must not appear to claim one.
    QString signatureRole;
    // The privacy officer's (or FG's) own phone number and e-mail beside the organisation's:
    // the letters' contact line names them when set.
    QString officerPhone;
    QString officerEmail;
    // The privacy officer's name when the officer is not an FG and not the user with
    // the functionaris role (a beheerder who is the organisation's Privacy Officer): letters made
    // by the user of that display name are signed with the title, never "namens"; the breach
    // texts name them as the one to contact. Never an FG's name: that is fgName.
    QString officerName;
    // The tenants' portal as the organisation calls it ("mijn ieder1"), in
    // the identification letter; empty: "het huurdersportaal".
    QString portalName;
    // Whether tenants log in to that portal, so that it shows who they are: only then does the
    // identification letter offer it (a contact form identifies nobody). Never set: a portal
    // whose name is set identifies (the name was set for that letter).
    std::optional<bool> portalIdentifies;
    // What the organisation says about automated decision-making, profiling included (art.
    // 15(1)(h) and 22 GDPR), as the inzage report prints it. Empty: there is none, and the
    // report says so in its own words (automatedDecisionsText()).
    QString automatedDecisions;

    static constexpr auto defaultSignatureRole = "functionaris gegevensbescherming";
    // signatureRole, or the default when it is empty.
    QString signatureRoleText() const;
    // portalName, or "het huurdersportaal" when it is empty (Dutch: letters are Dutch).
    QString portalText() const;
    // The organisation has a portal that identifies (portalIdentifies, or its default).
    bool portalOffered() const;

    // The statement the inzage report prints: automatedDecisions, or that there is none.
    QString automatedDecisionsText() const;

    // What a letter needs before it may be sent: the name, the postal address and the
    // privacy e-mail address (letters say where to send what, by e-mail and by post;
    // a phone number alone is not enough). Translated names of what is missing.
    QStringList missingForLetters() const;

    friend bool operator==(const OrganisationDetails &, const OrganisationDetails &) = default;
};

// How the desk protects itself, for the whole organisation: the beheerder sets it.
struct SecurityPolicy
{
    static constexpr int minimumAutoLockMinutes = 1;
    static constexpr int maximumAutoLockMinutes = 60;
    static constexpr int maximumBackupReminderDays = 365;

    int autoLockMinutes = 5; // the desk locks after this long without keyboard or mouse
    int backupReminderDays = 7; // remind when the last backup is older; 0: never remind
    // The files kept with requests (originals, mandates) together may take at most this much of
    // the store, so that a store stays small enough to back up.
    static constexpr int minimumAttachmentStoreLimitMb = 25;
    static constexpr int maximumAttachmentStoreLimitMb = 100 * 1024;
    int attachmentStoreLimitMb = 2048;
    // How long and how much memory the reader process may take for one file from outside
    // (ReaderLimits, core/reading): a hostile file meets them and is refused. A corporation
    // whose scanners make large PDFs on a slow machine may give more.
    static constexpr int minimumReaderSeconds = 2;
    static constexpr int maximumReaderSeconds = 300;
    static constexpr int minimumReaderMemoryMb = 128;
    static constexpr int maximumReaderMemoryMb = 8192;
    int readerSeconds = 10;
    int readerMemoryMb = 512;
    friend bool operator==(const SecurityPolicy &, const SecurityPolicy &) = default;
};

// The organisation's details in the store's settings table (key, value, changed_at,
// changed_by), one audit event per changed value in the same transaction, and the BSN guard on
// every free text. The deadline policy lives beside them but is CaseService::policy() /
// setPolicy(): it also moves open requests' deadlines. The UI language is not here: it belongs
// to the machine (QSettings "ui/language"), not to the store.
class OrganisationSettings final
{
    Q_DECLARE_TR_FUNCTIONS(pd::OrganisationSettings)
public:
    // Settings keys; a contract with the CLI and future imports.
    static constexpr auto keyName = "organisation.name";
    static constexpr auto keyPrivacyEmail = "organisation.privacy_email";
    static constexpr auto keyStreet = "organisation.street";
    static constexpr auto keyPostcode = "organisation.postcode";
    static constexpr auto keyCity = "organisation.city";
    static constexpr auto keyPhone = "organisation.phone";
    static constexpr auto keyFgName = "organisation.fg_name";
    static constexpr auto keyFgEmail = "organisation.fg_email";
    static constexpr auto keySignatureRole = "organisation.signature_role";
    static constexpr auto keyOfficerPhone = "organisation.officer_phone";
    static constexpr auto keyOfficerEmail = "organisation.officer_email";
    static constexpr auto keyOfficerName = "organisation.officer_name";
    static constexpr auto keyPortalName = "organisation.portal_name";
    static constexpr auto keyPortalIdentifies = "organisation.portal_identifies";
    static constexpr auto keyAutomatedDecisions = "organisation.automated_decisions";
    static constexpr int maxAutomatedDecisionsLength = 2000;
    static constexpr auto keyAutoLockMinutes = "security.auto_lock_minutes";
    static constexpr auto keyBackupReminderDays = "security.backup_reminder_days";
    static constexpr auto keyAttachmentStoreLimitMb = "attachments.store_limit_mb";
    static constexpr auto keyReaderSeconds = "reader.seconds";
    static constexpr auto keyReaderMemoryMb = "reader.memory_mb";

    explicit OrganisationSettings(const Session &session);

    // The stored details; the name falls back to the one given when the store was created. A
    // read that fails gives the defaults and says why in *error (when given).
    OrganisationDetails details(ServiceError *error = nullptr) const;
    // When and by whom a key was last changed; invalid/empty when never.
    QDateTime changedAt(const char *key) const;
    QString changedBy(const char *key) const;

    // Why the e-mail address is not acceptable (translated), or empty. Empty is acceptable.
    static QString checkEmail(const QString &email);
    // Why the postcode is not a Dutch postcode, or empty. Empty is acceptable.
    static QString checkPostcode(const QString &postcode);
    // Why the phone number is not one (digits, spaces, '+', '-', '(', ')'; 10 to 15 digits), or
    // empty. Empty is acceptable.
    static QString checkPhone(const QString &phone);

    // Writes the values that changed (trimmed; postcode as "1234 AB"). Nothing changed: true
    // without an event. bsnOverride is the user's "this is not a BSN", logged as bsn.override.
    bool save(const OrganisationDetails &details, bool bsnOverride, ServiceError *error);

    // The security policy; defaults (5 minutes, 7 days) for what was never set or is out of range,
    // and for what could not be read (said in *error, when given).
    SecurityPolicy security(ServiceError *error = nullptr) const;
    // Beheerder only (ChangeSettings); one settings.changed event per changed value.
    bool saveSecurity(const SecurityPolicy &policy, ServiceError *error);

private:
    // (key, value stored now, value wanted)
    using Change = std::tuple<const char *, QString, QString>;
    // Writes the values that changed, each with a settings.changed event, through unit (the
    // role checked, the BSN guard passed); a confirmed override is recorded about
    // ("settings", overrideTarget). Nothing changed: true, no transaction, no event.
    bool writeChanged(UnitOfWork &unit, const QList<Change> &values, const QString &overrideTarget,
                      ServiceError *error);
    Session m_session;
};

} // namespace pd
