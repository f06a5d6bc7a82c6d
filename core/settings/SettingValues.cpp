#include "settings/SettingValues.h"

#include "organisation/OrganisationSettings.h"

#include <QRegularExpression>

namespace pd {

namespace {

const QString nameKey = QStringLiteral("organisation.name");
const QString addressKey = QStringLiteral("organisation.address");
const QString emailKey = QStringLiteral("organisation.email");
const QString phoneKey = QStringLiteral("organisation.phone");
const QString fgNameKey = QStringLiteral("organisation.fg_name");
const QString fgEmailKey = QStringLiteral("organisation.fg_email");
const QString noFgKey = QStringLiteral("organisation.no_fg");
const QString automatedKey = QStringLiteral("organisation.automated_decisions");
const QString signatureRoleKey = QStringLiteral("organisation.signature_role");
const QString officerPhoneKey = QStringLiteral("organisation.officer_phone");
const QString officerEmailKey = QStringLiteral("organisation.officer_email");
const QString officerNameKey = QStringLiteral("organisation.officer_name");
const QString portalNameKey = QStringLiteral("organisation.portal_name");
const QString portalIdentifiesKey = QStringLiteral("organisation.portal_identifies");
const QString periodKey = QStringLiteral("policy.period");
const QString extensionKey = QStringLiteral("policy.extension");
const QString moveKey = QStringLiteral("policy.working_day_move");
const QString modelKey = QStringLiteral("identification.model");
const QString withinKey = QStringLiteral("identification.within_days");
const QString lockKey = QStringLiteral("lock.minutes");
const QString backupKey = QStringLiteral("backup.reminder_days");
const QString filesKey = QStringLiteral("attachments.store_limit_mb");
const QString readerSecondsKey = QStringLiteral("reader.seconds");
const QString readerMemoryKey = QStringLiteral("reader.memory_mb");

ServiceError invalid(const QString &message)
{
    return { ServiceError::Code::Invalid, message, {} };
}

// "ja"/"nee" (also "yes"/"no", "1"/"0"), any case.
std::optional<bool> yesNo(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == u"ja" || lower == u"yes" || lower == u"1")
        return true;
    if (lower == u"nee" || lower == u"no" || lower == u"0")
        return false;
    return std::nullopt;
}

QString yesNoText(bool yes)
{
    return yes ? QStringLiteral("ja") : QStringLiteral("nee");
}

std::optional<int> wholeNumber(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

} // namespace

SettingValues::SettingValues(const Session &session)
    : m_session(session)
{ }

QStringList SettingValues::keys()
{
    return { nameKey,
             addressKey,
             emailKey,
             phoneKey,
             fgNameKey,
             fgEmailKey,
             signatureRoleKey,
             officerPhoneKey,
             officerEmailKey,
             periodKey,
             extensionKey,
             moveKey,
             modelKey,
             withinKey,
             lockKey,
             backupKey,
             filesKey,
             automatedKey,
             officerNameKey,
             portalNameKey,
             readerSecondsKey,
             readerMemoryKey,
             portalIdentifiesKey,
             noFgKey };
}

QString SettingValues::periodText(const Period &period)
{
    if (period.amount == 0)
        return QStringLiteral("0");
    const char unit = period.unit == PeriodUnit::Days ? 'd'
        : period.unit == PeriodUnit::Weeks            ? 'w'
                                                      : 'm';
    return QString::number(period.amount) + QLatin1Char(unit);
}

std::optional<Period> SettingValues::parsePeriod(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,3})\\s*([dwm]?)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int amount = match.captured(1).toInt();
    const QString unit = match.captured(2).toLower();
    if (unit.isEmpty())
        return amount == 0 ? std::optional<Period>(Period { 0, PeriodUnit::Days }) : std::nullopt;
    return Period { amount,
                    unit == u'd'       ? PeriodUnit::Days
                        : unit == u'w' ? PeriodUnit::Weeks
                                       : PeriodUnit::Months };
}

std::optional<SettingValues::Address> SettingValues::parseAddress(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Address {};
    const std::optional<PostalLine> line = parsePostalLine(text);
    if (!line)
        return std::nullopt;
    return Address { line->streetLine, line->postcode, line->city };
}

std::optional<QJsonObject> SettingValues::all(ServiceError *error) const
{
    const OrganisationDetails o = OrganisationSettings(m_session).details();
    const SecurityPolicy security = OrganisationSettings(m_session).security();
    const std::optional<DeadlinePolicy> stored = CaseService(m_session).policy(error);
    if (!stored)
        return std::nullopt; // never the default policy shown as the store's
    const DeadlinePolicy &policy = *stored;
    QString address;
    if (!o.street.isEmpty() || !o.postcode.isEmpty() || !o.city.isEmpty())
        address = QStringLiteral("%1, %2 %3").arg(o.street, o.postcode, o.city).trimmed();
    return QJsonObject { { nameKey, o.name },
                         { addressKey, address },
                         { emailKey, o.privacyEmail },
                         { phoneKey, o.phone },
                         { fgNameKey, o.fgName },
                         { fgEmailKey, o.fgEmail },
                         { noFgKey, yesNoText(o.noFg) },
                         { signatureRoleKey, o.signatureRoleText() },
                         { officerPhoneKey, o.officerPhone },
                         { officerEmailKey, o.officerEmail },
                         { officerNameKey, o.officerName },
                         { portalNameKey, o.portalName },
                         { portalIdentifiesKey, yesNoText(o.portalOffered()) },
                         { periodKey, periodText(policy.base) },
                         { extensionKey, periodText(policy.extension) },
                         { moveKey, yesNoText(policy.moveToWorkingDay) },
                         { modelKey, identificationModelCode(policy.identificationModel) },
                         { withinKey, QString::number(policy.identificationRequestWithinDays) },
                         { lockKey, QString::number(security.autoLockMinutes) },
                         { backupKey, QString::number(security.backupReminderDays) },
                         { filesKey, QString::number(security.attachmentStoreLimitMb) },
                         { readerSecondsKey, QString::number(security.readerSeconds) },
                         { readerMemoryKey, QString::number(security.readerMemoryMb) },
                         { automatedKey, o.automatedDecisions } };
}

bool SettingValues::set(const QString &key, const QString &value, BsnCheck bsnCheck,
                        ServiceError *error)
{
    *error = {};
    const QString v = value.trimmed();
    if (key.startsWith(QLatin1StringView("organisation.")))
        return setOrganisation(key, v, bsnCheck, error);
    if (key == periodKey || key == extensionKey || key == moveKey || key == modelKey
        || key == withinKey)
        return setPolicy(key, v, error);
    if (key == lockKey || key == backupKey || key == filesKey || key == readerSecondsKey
        || key == readerMemoryKey)
        return setSecurity(key, v, error);
    *error = invalid(tr("Unknown setting '%1'. Known settings: %2.")
                         .arg(key, keys().join(QStringLiteral(", "))));
    return false;
}

bool SettingValues::setOrganisation(const QString &key, const QString &v, BsnCheck bsnCheck,
                                    ServiceError *error)
{
    OrganisationSettings organisation(m_session);
    OrganisationDetails details = organisation.details();
    if (key == nameKey) {
        if (v.isEmpty()) {
            *error = invalid(tr("The organisation needs a name."));
            return false;
        }
        details.name = v;
    } else if (key == addressKey) {
        const auto address = parseAddress(v);
        if (!address) {
            *error = invalid(tr("Give the address as 'street and number, postcode city', "
                                "for example 'Stationsplein 1, 3511 AB Utrecht'."));
            return false;
        }
        details.street = address->street;
        details.postcode = address->postcode;
        details.city = address->city;
    } else if (key == emailKey) {
        details.privacyEmail = v;
    } else if (key == phoneKey) {
        details.phone = v;
    } else if (key == fgNameKey) {
        details.fgName = v;
    } else if (key == fgEmailKey) {
        details.fgEmail = v;
    } else if (key == noFgKey) {
        const std::optional<bool> none = yesNo(v);
        if (!none) {
            *error = invalid(tr("Give 'ja' or 'nee'."));
            return false;
        }
        details.noFg = *none;
    } else if (key == signatureRoleKey) {
        details.signatureRole = v;
    } else if (key == officerPhoneKey) {
        details.officerPhone = v;
    } else if (key == officerEmailKey) {
        details.officerEmail = v;
    } else if (key == officerNameKey) {
        details.officerName = v;
    } else if (key == portalNameKey) {
        details.portalName = v;
    } else if (key == portalIdentifiesKey) {
        const std::optional<bool> identifies = yesNo(v);
        if (!identifies) {
            *error = invalid(tr("Give 'ja' or 'nee'."));
            return false;
        }
        details.portalIdentifies = identifies;
    } else if (key == automatedKey) {
        details.automatedDecisions = v;
    } else {
        *error = invalid(tr("Unknown setting '%1'.").arg(key));
        return false;
    }
    return organisation.save(details, bsnCheck, error);
}

bool SettingValues::setPolicy(const QString &key, const QString &v, ServiceError *error)
{
    CaseService cases(m_session);
    const std::optional<DeadlinePolicy> stored = cases.policy(error);
    if (!stored)
        return false; // one value changed on top of defaults would overwrite the rest
    DeadlinePolicy policy = *stored;
    if (key == periodKey || key == extensionKey) {
        const auto period = parsePeriod(v);
        if (!period || (key == periodKey && period->amount == 0)) {
            *error = invalid(key == periodKey
                                 ? tr("Give the term as days, weeks or months: '30d', '4w' or "
                                      "'1m'.")
                                 : tr("Give the extension as '0' (none), days, weeks or "
                                      "months: '30d', '4w' or '2m'."));
            return false;
        }
        (key == periodKey ? policy.base : policy.extension) = *period;
    } else if (key == moveKey) {
        const std::optional<bool> move = yesNo(v);
        if (!move) {
            *error = invalid(tr("Give 'ja' or 'nee'."));
            return false;
        }
        policy.moveToWorkingDay = *move;
    } else if (key == modelKey) {
        const auto model = parseIdentificationModel(v.toLower());
        if (!model) {
            *error = invalid(tr("Give 'pause' or 'restart'."));
            return false;
        }
        policy.identificationModel = *model;
    } else {
        const auto days = wholeNumber(v);
        if (!days || *days < 0 || *days > 31) {
            *error = invalid(tr("Give a number of days from 0 to 31."));
            return false;
        }
        policy.identificationRequestWithinDays = *days;
    }
    return cases.setPolicy(policy, error);
}

bool SettingValues::setSecurity(const QString &key, const QString &v, ServiceError *error)
{
    OrganisationSettings organisation(m_session);
    SecurityPolicy security = organisation.security();
    const auto number = wholeNumber(v);
    if (!number) {
        *error = invalid(tr("Give a whole number."));
        return false;
    }
    int *const value = key == lockKey ? &security.autoLockMinutes
        : key == backupKey            ? &security.backupReminderDays
        : key == readerSecondsKey     ? &security.readerSeconds
        : key == readerMemoryKey      ? &security.readerMemoryMb
                                      : &security.attachmentStoreLimitMb;
    *value = *number;
    return organisation.saveSecurity(security, error);
}

} // namespace pd
