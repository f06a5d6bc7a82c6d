#include "organisation/OrganisationSettings.h"

#include "domain/InputLimits.h"
#include "session/Session.h"
#include "session/UnitOfWork.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <tuple>

namespace pd {

namespace {

const QString settingsEntity = QStringLiteral("settings");

// A yes/no setting that may be unset: "1", "0", or "" (never set, the default applies).
QString flagText(std::optional<bool> flag)
{
    return flag ? (*flag ? QStringLiteral("1") : QStringLiteral("0")) : QString();
}

} // namespace

OrganisationSettings::OrganisationSettings(const Session &session)
    : m_session(session)
{ }

OrganisationDetails OrganisationSettings::details(ServiceError *error) const
{
    OrganisationDetails details;
    ServiceError failure;
    const auto values = SettingsRepository::startingWith(m_session.store().database(),
                                                         QStringLiteral("organisation."), &failure);
    if (error)
        *error = failure;
    if (values) {
        const auto value = [&values](const char *key) {
            return values->value(QLatin1StringView(key));
        };
        details.name = value(keyName);
        details.privacyEmail = value(keyPrivacyEmail);
        details.street = value(keyStreet);
        details.postcode = value(keyPostcode);
        details.city = value(keyCity);
        details.phone = value(keyPhone);
        details.fgName = value(keyFgName);
        details.fgEmail = value(keyFgEmail);
        details.noFg = value(keyNoFg) == QLatin1StringView("1");
        details.signatureRole = value(keySignatureRole);
        details.officerPhone = value(keyOfficerPhone);
        details.officerEmail = value(keyOfficerEmail);
        details.officerName = value(keyOfficerName);
        details.portalName = value(keyPortalName);
        const QString identifies = value(keyPortalIdentifies);
        if (!identifies.isEmpty())
            details.portalIdentifies = identifies == QLatin1StringView("1");
        details.automatedDecisions = value(keyAutomatedDecisions);
    }
    ServiceError baseFailure;
    const auto base = SettingsRepository::entry(m_session.store().database(),
                                                QLatin1StringView(keyDeadlineBase), &baseFailure);
    if (!base && error && !error->isError())
        *error = baseFailure;
    details.deadlinePolicyChosen = base && !base->value.isEmpty();
    if (details.name.isEmpty())
        details.name = m_session.store().info().organisationName;
    return details;
}

QDateTime OrganisationSettings::changedAt(const char *key) const
{
    ServiceError error;
    const auto entry
        = SettingsRepository::entry(m_session.store().database(), QLatin1StringView(key), &error);
    return entry ? entry->changedAt : QDateTime();
}

QString OrganisationSettings::changedBy(const char *key) const
{
    ServiceError error;
    const auto entry
        = SettingsRepository::entry(m_session.store().database(), QLatin1StringView(key), &error);
    return entry ? entry->changedBy : QString();
}

QString OrganisationSettings::checkEmail(const QString &email)
{
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return {};
    // Deliberately simple: one @, a dot in the domain, no spaces. The real test is a letter
    // that arrives.
    static const QRegularExpression shape(
        QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)*\\.[A-Za-z]{2,}$"));
    if (!shape.match(trimmed).hasMatch())
        return tr("Enter an e-mail address such as privacy@woonstichting.nl.");
    return {};
}

QString OrganisationSettings::checkPostcode(const QString &postcode)
{
    return InputLimits::checkPostcode(postcode);
}

QStringList OrganisationDetails::missingForLetters() const
{
    QStringList missing;
    if (name.trimmed().isEmpty())
        missing << OrganisationSettings::tr("the organisation's name");
    if (street.trimmed().isEmpty() || postcode.trimmed().isEmpty() || city.trimmed().isEmpty())
        missing << OrganisationSettings::tr("the postal address (street and number, postcode and "
                                            "city)");
    // Every letter tells the tenant where to send what: by e-mail and by post.
    if (privacyEmail.trimmed().isEmpty())
        missing << OrganisationSettings::tr("the privacy e-mail address");
    // Letters promise a term and sign with a title: only what the organisation chose.
    if (!deadlinePolicyChosen)
        //: Dutch: "de termijnkeuze (alleen de wet of een eigen termijn)"
        missing << OrganisationSettings::tr("the choice of deadline (the law alone or an own "
                                            "term)");
    if (signatureRole.simplified().isEmpty())
        //: Dutch: "de functie onder de ondertekening"
        missing << OrganisationSettings::tr("the title under the signature");
    return missing;
}

bool OrganisationDetails::lettersWaitOnlyForDeadline() const
{
    return !deadlinePolicyChosen && missingForLetters().size() == 1;
}

QString OrganisationDetails::deadlineChoiceHint() const
{
    if (deadlinePolicyChosen)
        return {};
    //: Dutch: "Kies de termijn onder Extra → Instellingen → Termijnen (of met privacydesk-cli
    //: settings set policy.period; 1m is alleen de wet)."
    return OrganisationSettings::tr("Choose the deadline under Extra → Settings → Deadlines (or "
                                    "with privacydesk-cli settings set policy.period; 1m is the "
                                    "law alone).");
}

QString OrganisationDetails::signatureRoleText() const
{
    return signatureRole.simplified();
}

QString OrganisationDetails::portalText() const
{
    const QString portal = portalName.simplified();
    return portal.isEmpty() ? QStringLiteral("het huurdersportaal") : portal;
}

bool OrganisationDetails::portalOffered() const
{
    return portalIdentifies.value_or(!portalName.simplified().isEmpty());
}

QString OrganisationDetails::automatedDecisionsText() const
{
    return automatedDecisions.trimmed().isEmpty()
        ? OrganisationSettings::tr("We take no decisions about you based solely on automated "
                                   "processing, profiling included (article 22 GDPR): a person "
                                   "always decides.")
        : automatedDecisions.trimmed();
}

QString OrganisationSettings::checkPhone(const QString &phone)
{
    return InputLimits::checkPhone(phone);
}

// The addresses, numbers and the FG as they must be shaped, in the order the form shows them;
// empty when all are.
QString OrganisationSettings::shapeProblem(const OrganisationDetails &details)
{
    for (const QString &reason :
         { checkEmail(details.privacyEmail), checkPostcode(details.postcode),
           checkPhone(details.phone), checkEmail(details.fgEmail),
           checkEmail(details.officerEmail) }) {
        if (!reason.isEmpty())
            return reason;
    }
    if (details.noFg
        && !(details.fgName.trimmed().isEmpty() && details.fgEmail.trimmed().isEmpty()))
        //: Dutch: "Een organisatie zonder functionaris gegevensbescherming noemt er geen: maak
        //: de naam en het e-mailadres van de FG leeg."
        return tr("An organisation without a data protection officer names none: empty the "
                  "FG's name and e-mail address.");
    return checkPhone(details.officerPhone);
}

bool OrganisationSettings::save(const OrganisationDetails &details, BsnCheck bsnCheck,
                                ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::ChangeSettings, QStringLiteral("settings.organisation"));
    if (!unit.permit(error))
        return false;
    if (const QString reason = shapeProblem(details); !reason.isEmpty()) {
        *error = { ServiceError::Code::Invalid, reason };
        return false;
    }
    if (const QString why = InputLimits::checkLengths(
            { { tr("Organisation name"), details.name, InputLimits::maxName },
              { tr("Privacy e-mail"), details.privacyEmail, InputLimits::maxShortText },
              { tr("Street"), details.street, InputLimits::maxShortText },
              { tr("City"), details.city, InputLimits::maxShortText },
              { tr("Data protection officer"), details.fgName, InputLimits::maxName },
              { tr("E-mail of the data protection officer"), details.fgEmail,
                InputLimits::maxShortText },
              //: Dutch: "Functie onder de ondertekening"
              { tr("Title under the signature"), details.signatureRole, InputLimits::maxName },
              //: Dutch: "E-mail van de privacy officer"
              { tr("E-mail of the privacy officer"), details.officerEmail,
                InputLimits::maxShortText },
              //: Dutch: "Naam van de privacy officer"
              { tr("Name of the privacy officer"), details.officerName, InputLimits::maxName },
              //: Dutch: "Naam van het huurdersportaal"
              { tr("Name of the tenants' portal"), details.portalName, InputLimits::maxName } });
        !why.isEmpty()) {
        *error = { ServiceError::Code::Invalid, why };
        return false;
    }
    if (details.automatedDecisions.trimmed().size() > maxAutomatedDecisionsLength) {
        *error = { ServiceError::Code::Invalid,
                   tr("Keep the statement on automated decisions to at most %n character(s).",
                      nullptr, maxAutomatedDecisionsLength) };
        return false;
    }
    if (!unit.guard({ { tr("Organisation name"), details.name },
                      { tr("Privacy e-mail"), details.privacyEmail },
                      { tr("Street"), details.street },
                      { tr("Postcode"), details.postcode },
                      { tr("City"), details.city },
                      { tr("Phone"), details.phone },
                      { tr("Data protection officer"), details.fgName },
                      { tr("E-mail of the data protection officer"), details.fgEmail },
                      { tr("Title under the signature"), details.signatureRole },
                      //: Dutch: "Telefoon van de privacy officer"
                      { tr("Phone of the privacy officer"), details.officerPhone },
                      { tr("E-mail of the privacy officer"), details.officerEmail },
                      { tr("Name of the privacy officer"), details.officerName },
                      { tr("Name of the tenants' portal"), details.portalName },
                      { tr("Automated decisions"), details.automatedDecisions } },
                    bsnCheck, error))
        return false;

    // What is stored now, to write only what changed: a failed read writes nothing.
    const OrganisationDetails before = this->details(error);
    if (error->isError())
        return false;
    const QList<Change> values {
        { keyName, before.name, details.name.trimmed() },
        { keyPrivacyEmail, before.privacyEmail, details.privacyEmail.trimmed() },
        { keyStreet, before.street, details.street.trimmed() },
        { keyPostcode, before.postcode, InputLimits::normalisedPostcode(details.postcode) },
        { keyCity, before.city, details.city.trimmed() },
        { keyPhone, before.phone, details.phone.trimmed() },
        { keyFgName, before.fgName, details.fgName.trimmed() },
        { keyFgEmail, before.fgEmail, details.fgEmail.trimmed() },
        { keyNoFg, before.noFg ? QStringLiteral("1") : QString(),
          details.noFg ? QStringLiteral("1") : QString() },
        { keySignatureRole, before.signatureRole, details.signatureRole.simplified() },
        { keyOfficerPhone, before.officerPhone, details.officerPhone.trimmed() },
        { keyOfficerEmail, before.officerEmail, details.officerEmail.trimmed() },
        { keyOfficerName, before.officerName, details.officerName.simplified() },
        { keyPortalName, before.portalName, details.portalName.simplified() },
        { keyPortalIdentifies, flagText(before.portalIdentifies),
          flagText(details.portalIdentifies) },
        { keyAutomatedDecisions, before.automatedDecisions, details.automatedDecisions.trimmed() },
    };
    // The server's guard looks for the override about the organisation's details as a whole.
    return writeChanged(unit, values, QStringLiteral("organisation"), error);
}

SecurityPolicy OrganisationSettings::security(ServiceError *error) const
{
    SecurityPolicy policy;
    ServiceError failure;
    const auto number = [this, &failure](const char *key, bool *ok) {
        if (failure.isError()) {
            *ok = false;
            return 0;
        }
        const auto entry = SettingsRepository::entry(m_session.store().database(),
                                                     QLatin1StringView(key), &failure);
        if (!entry) {
            *ok = false;
            return 0;
        }
        return entry->value.toInt(ok);
    };
    bool ok = false;
    const int lock = number(keyAutoLockMinutes, &ok);
    if (ok && lock >= SecurityPolicy::minimumAutoLockMinutes
        && lock <= SecurityPolicy::maximumAutoLockMinutes)
        policy.autoLockMinutes = lock;
    const int backup = number(keyBackupReminderDays, &ok);
    if (ok && backup >= 0 && backup <= SecurityPolicy::maximumBackupReminderDays)
        policy.backupReminderDays = backup;
    const int limit = number(keyAttachmentStoreLimitMb, &ok);
    if (ok && limit >= SecurityPolicy::minimumAttachmentStoreLimitMb
        && limit <= SecurityPolicy::maximumAttachmentStoreLimitMb)
        policy.attachmentStoreLimitMb = limit;
    const int seconds = number(keyReaderSeconds, &ok);
    if (ok && seconds >= SecurityPolicy::minimumReaderSeconds
        && seconds <= SecurityPolicy::maximumReaderSeconds)
        policy.readerSeconds = seconds;
    const int memory = number(keyReaderMemoryMb, &ok);
    if (ok && memory >= SecurityPolicy::minimumReaderMemoryMb
        && memory <= SecurityPolicy::maximumReaderMemoryMb)
        policy.readerMemoryMb = memory;
    if (error)
        *error = failure;
    return policy;
}

bool OrganisationSettings::saveSecurity(const SecurityPolicy &policy, ServiceError *error)
{
    UnitOfWork unit(m_session, Permission::ChangeSettings, QStringLiteral("settings.security"));
    if (!unit.permit(error))
        return false;
    if (policy.autoLockMinutes < SecurityPolicy::minimumAutoLockMinutes
        || policy.autoLockMinutes > SecurityPolicy::maximumAutoLockMinutes) {
        *error = { ServiceError::Code::Invalid,
                   tr("The desk locks after 1 to %n minute(s) without use.", nullptr,
                      SecurityPolicy::maximumAutoLockMinutes) };
        return false;
    }
    if (policy.backupReminderDays < 0
        || policy.backupReminderDays > SecurityPolicy::maximumBackupReminderDays) {
        *error = { ServiceError::Code::Invalid,
                   tr("The backup reminder comes after 1 to %n day(s) (0: never).", nullptr,
                      SecurityPolicy::maximumBackupReminderDays) };
        return false;
    }
    if (policy.attachmentStoreLimitMb < SecurityPolicy::minimumAttachmentStoreLimitMb
        || policy.attachmentStoreLimitMb > SecurityPolicy::maximumAttachmentStoreLimitMb) {
        *error = { ServiceError::Code::Invalid,
                   tr("The files of all requests together may take %1 to %2 MB.")
                       .arg(SecurityPolicy::minimumAttachmentStoreLimitMb)
                       .arg(SecurityPolicy::maximumAttachmentStoreLimitMb) };
        return false;
    }
    if (policy.readerSeconds < SecurityPolicy::minimumReaderSeconds
        || policy.readerSeconds > SecurityPolicy::maximumReaderSeconds
        || policy.readerMemoryMb < SecurityPolicy::minimumReaderMemoryMb
        || policy.readerMemoryMb > SecurityPolicy::maximumReaderMemoryMb) {
        //: Dutch: "Een bestand van buiten wordt gelezen met een tijdslimiet van %1 tot %2 s en
        //: een geheugenlimiet van %3 tot %4 MB."
        *error = { ServiceError::Code::Invalid,
                   tr("A file from outside is read with a time limit of %1 to %2 s and a memory "
                      "limit of %3 to %4 MB.")
                       .arg(SecurityPolicy::minimumReaderSeconds)
                       .arg(SecurityPolicy::maximumReaderSeconds)
                       .arg(SecurityPolicy::minimumReaderMemoryMb)
                       .arg(SecurityPolicy::maximumReaderMemoryMb) };
        return false;
    }
    const SecurityPolicy before = security(error);
    if (error->isError())
        return false;
    return writeChanged(
        unit,
        { { keyAutoLockMinutes, QString::number(before.autoLockMinutes),
            QString::number(policy.autoLockMinutes) },
          { keyBackupReminderDays, QString::number(before.backupReminderDays),
            QString::number(policy.backupReminderDays) },
          { keyAttachmentStoreLimitMb, QString::number(before.attachmentStoreLimitMb),
            QString::number(policy.attachmentStoreLimitMb) },
          { keyReaderSeconds, QString::number(before.readerSeconds),
            QString::number(policy.readerSeconds) },
          { keyReaderMemoryMb, QString::number(before.readerMemoryMb),
            QString::number(policy.readerMemoryMb) } },
        QString(), error);
}

bool OrganisationSettings::writeChanged(UnitOfWork &unit, const QList<Change> &values,
                                        const QString &overrideTarget, ServiceError *error)
{
    QList<Change> changed;
    for (const Change &change : values)
        // The name falls back to the store's own: the same name again is no change.
        if (std::get<1>(change) != std::get<2>(change))
            changed.append(change);
    if (changed.isEmpty())
        return true; // nothing to write, nothing to record
    const QDateTime now = m_session.clock().now();
    return unit.commit(
        [&](UnitOfWork::Write &write, ServiceError *why) {
            for (const auto &[key, oldValue, newValue] : std::as_const(changed)) {
                const QString keyText = QLatin1StringView(key);
                if (!SettingsRepository::put(write.database(), keyText, newValue, now,
                                             write.session().userName(), why))
                    return false;
                write.record(settingsEntity, keyText, QStringLiteral("settings.changed"),
                             QJsonObject { { QStringLiteral("old"), oldValue },
                                           { QStringLiteral("new"), newValue } });
            }
            if (!overrideTarget.isEmpty())
                write.overrideAbout(settingsEntity, overrideTarget);
            return true;
        },
        error);
}

} // namespace pd
