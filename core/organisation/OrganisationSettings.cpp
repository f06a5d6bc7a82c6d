#include "organisation/OrganisationSettings.h"

#include "audit/AuditLog.h"
#include "domain/BsnGuard.h"
#include "domain/InputLimits.h"
#include "session/Access.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <tuple>

namespace pd {

namespace {

const QString settingsEntity = QStringLiteral("settings");

QString stored(const QSqlDatabase &db, const QString &key, int column = 0)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT value, changed_at, changed_by FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(column).toString();
}

} // namespace

OrganisationSettings::OrganisationSettings(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

OrganisationDetails OrganisationSettings::details() const
{
    OrganisationDetails details;
    QSqlQuery query(m_store.database());
    if (query.exec(
            QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'organisation.%'"))) {
        while (query.next()) {
            const QString key = query.value(0).toString();
            const QString value = query.value(1).toString();
            if (key == QLatin1StringView(keyName))
                details.name = value;
            else if (key == QLatin1StringView(keyPrivacyEmail))
                details.privacyEmail = value;
            else if (key == QLatin1StringView(keyStreet))
                details.street = value;
            else if (key == QLatin1StringView(keyPostcode))
                details.postcode = value;
            else if (key == QLatin1StringView(keyCity))
                details.city = value;
            else if (key == QLatin1StringView(keyPhone))
                details.phone = value;
            else if (key == QLatin1StringView(keyFgName))
                details.fgName = value;
            else if (key == QLatin1StringView(keyFgEmail))
                details.fgEmail = value;
            else if (key == QLatin1StringView(keyAutomatedDecisions))
                details.automatedDecisions = value;
        }
    }
    if (details.name.isEmpty())
        details.name = m_store.info().organisationName;
    return details;
}

QDateTime OrganisationSettings::changedAt(const char *key) const
{
    return QDateTime::fromString(stored(m_store.database(), QLatin1StringView(key), 1),
                                 Qt::ISODateWithMs);
}

QString OrganisationSettings::changedBy(const char *key) const
{
    return stored(m_store.database(), QLatin1StringView(key), 2);
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
    // Every letter tells the tenant where to send what: by e-mail and by post (issue 18).
    if (privacyEmail.trimmed().isEmpty())
        missing << OrganisationSettings::tr("the privacy e-mail address");
    return missing;
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

bool OrganisationSettings::save(const OrganisationDetails &details, bool bsnOverride,
                                ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::ChangeSettings,
                   QStringLiteral("settings.organisation"), {}, error))
        return false;
    *error = {};
    if (const QString reason = checkEmail(details.privacyEmail); !reason.isEmpty()) {
        *error = { ServiceError::Code::Invalid, reason };
        return false;
    }
    if (const QString reason = checkPostcode(details.postcode); !reason.isEmpty()) {
        *error = { ServiceError::Code::Invalid, reason };
        return false;
    }
    if (const QString reason = checkPhone(details.phone); !reason.isEmpty()) {
        *error = { ServiceError::Code::Invalid, reason };
        return false;
    }
    if (const QString reason = checkEmail(details.fgEmail); !reason.isEmpty()) {
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
                InputLimits::maxShortText } });
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
    const BsnGuard::GuardResult guard
        = BsnGuard::checkFields({ { tr("Organisation name"), details.name },
                                  { tr("Privacy e-mail"), details.privacyEmail },
                                  { tr("Street"), details.street },
                                  { tr("Postcode"), details.postcode },
                                  { tr("City"), details.city },
                                  { tr("Phone"), details.phone },
                                  { tr("Data protection officer"), details.fgName },
                                  { tr("E-mail of the data protection officer"), details.fgEmail },
                                  { tr("Automated decisions"), details.automatedDecisions } },
                                bsnOverride);
    if (!guard.allowed) {
        *error = { ServiceError::Code::BsnRefused, guard.message, guard.findings };
        return false;
    }

    const OrganisationDetails before = this->details();
    const QList<std::tuple<const char *, QString, QString>> values {
        { keyName, before.name, details.name.trimmed() },
        { keyPrivacyEmail, before.privacyEmail, details.privacyEmail.trimmed() },
        { keyStreet, before.street, details.street.trimmed() },
        { keyPostcode, before.postcode, InputLimits::normalisedPostcode(details.postcode) },
        { keyCity, before.city, details.city.trimmed() },
        { keyPhone, before.phone, details.phone.trimmed() },
        { keyFgName, before.fgName, details.fgName.trimmed() },
        { keyFgEmail, before.fgEmail, details.fgEmail.trimmed() },
        { keyAutomatedDecisions, before.automatedDecisions, details.automatedDecisions.trimmed() },
    };

    return writeChanged(values, guard.overridden ? guard.auditPayload() : QJsonObject(),
                        QStringLiteral("organisation"), error);
}

SecurityPolicy OrganisationSettings::security() const
{
    SecurityPolicy policy;
    bool ok = false;
    const int lock = stored(m_store.database(), QLatin1StringView(keyAutoLockMinutes)).toInt(&ok);
    if (ok && lock >= SecurityPolicy::minimumAutoLockMinutes
        && lock <= SecurityPolicy::maximumAutoLockMinutes)
        policy.autoLockMinutes = lock;
    const int backup
        = stored(m_store.database(), QLatin1StringView(keyBackupReminderDays)).toInt(&ok);
    if (ok && backup >= 0 && backup <= SecurityPolicy::maximumBackupReminderDays)
        policy.backupReminderDays = backup;
    const int limit
        = stored(m_store.database(), QLatin1StringView(keyAttachmentStoreLimitMb)).toInt(&ok);
    if (ok && limit >= SecurityPolicy::minimumAttachmentStoreLimitMb
        && limit <= SecurityPolicy::maximumAttachmentStoreLimitMb)
        policy.attachmentStoreLimitMb = limit;
    return policy;
}

bool OrganisationSettings::saveSecurity(const SecurityPolicy &policy, ServiceError *error)
{
    if (!permitted(m_store, m_clock, Permission::ChangeSettings,
                   QStringLiteral("settings.security"), {}, error))
        return false;
    *error = {};
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
    const SecurityPolicy before = security();
    return writeChanged(
        { { keyAutoLockMinutes, QString::number(before.autoLockMinutes),
            QString::number(policy.autoLockMinutes) },
          { keyBackupReminderDays, QString::number(before.backupReminderDays),
            QString::number(policy.backupReminderDays) },
          { keyAttachmentStoreLimitMb, QString::number(before.attachmentStoreLimitMb),
            QString::number(policy.attachmentStoreLimitMb) } },
        {}, QString(), error);
}

bool OrganisationSettings::writeChanged(
    const QList<std::tuple<const char *, QString, QString>> &values, const QJsonObject &bsnOverride,
    const QString &overrideTarget, ServiceError *error)
{
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    AuditLog log(db, m_store.storeId().toString(QUuid::WithoutBraces), m_clock);
    const QString actor = m_store.userName();
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    QString auditError;
    QSqlQuery query(db);
    bool changed = false;
    for (const auto &[key, oldValue, newValue] : values) {
        const QString keyText = QLatin1StringView(key);
        // The name falls back to the store's own: the same name again is no change.
        if (oldValue == newValue)
            continue;
        query.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
        query.addBindValue(keyText);
        bool ok = query.exec();
        query.prepare(QStringLiteral("INSERT INTO settings (key, value, changed_at, changed_by) "
                                     "VALUES (?, coalesce(?, ''), ?, ?)"));
        query.addBindValue(keyText);
        query.addBindValue(newValue);
        query.addBindValue(now);
        query.addBindValue(actor);
        ok = ok && query.exec();
        if (!ok) {
            *error = ServiceError::fromSql(query.lastError());
            return false;
        }
        if (!log.append(actor, settingsEntity, keyText, QStringLiteral("settings.changed"),
                        QJsonObject { { QStringLiteral("old"), oldValue },
                                      { QStringLiteral("new"), newValue } },
                        &auditError)) {
            *error = { ServiceError::Code::Storage, auditError };
            return false;
        }
        changed = true;
    }
    if (!changed)
        return true;
    if (!bsnOverride.isEmpty()) {
        if (!log.append(actor, settingsEntity, overrideTarget, QStringLiteral("bsn.override"),
                        bsnOverride, &auditError)) {
            *error = { ServiceError::Code::Storage, auditError };
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = ServiceError::fromTransaction(transaction);
        return false;
    }
    return true;
}

} // namespace pd
