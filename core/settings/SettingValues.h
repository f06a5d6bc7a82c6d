#pragma once

#include "cases/CaseService.h"
#include "session/Session.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

class Store;

// The organisation's settings as one flat list of keys with text values, for what a script or an
// installer sets up (`privacydesk-cli settings show|set`). The key names are a contract
// with scripts outside the project. Every change goes through the service the desk's settings
// dialog uses (OrganisationSettings::save, CaseService::setPolicy, saveSecurity), so the same
// checks, role, audit events and BSN guard apply.
//
//   organisation.name, .address ("Stationsplein 1, 3511 AB Utrecht"), .email, .phone,
//   .fg_name, .fg_email                       who the organisation is
//   organisation.signature_role               the title under the signature of its letters
//                                             (default "functionaris gegevensbescherming")
//   organisation.officer_phone, .officer_email the privacy officer's own contact, in the
//                                             letters' contact line when set
//   organisation.automated_decisions          its statement on automated decision-making
//                                             (art. 22 GDPR) for the inzage report; empty:
//                                             none
//   policy.period ("30d", "4w", "1m"), policy.extension ("0", "30d", "2m"),
//   policy.working_day_move ("ja"/"nee")      the organisation's own deadline
//   identification.model ("pause"/"restart"), identification.within_days
//   lock.minutes, backup.reminder_days, attachments.store_limit_mb
//   reader.seconds, reader.memory_mb          how long and how much memory a file from outside
//                                             may take to be read (10, 512)
class SettingValues final
{
    Q_DECLARE_TR_FUNCTIONS(pd::SettingValues)
public:
    explicit SettingValues(const Session &session);

    static QStringList keys();
    // Every key with its value as text (empty when not set); nothing, with *error set, when the
    // stored deadline policy could not be read.
    std::optional<QJsonObject> all(ServiceError *error) const;
    // Changes one key. Invalid: an unknown key or a value of the wrong form (the message says
    // which forms are accepted).
    bool set(const QString &key, const QString &value, bool bsnOverride, ServiceError *error);

    // "30d", "4w", "1m" (and "0" for no extension) ↔ a Period.
    static QString periodText(const Period &period);
    static std::optional<Period> parsePeriod(const QString &text);
    // "Street 1, 1234 AB City": street line, postcode, city; nullopt when not of that form.
    struct Address
    {
        QString street;
        QString postcode;
        QString city;
    };
    static std::optional<Address> parseAddress(const QString &text);

private:
    // set() for the keys of one group: the organisation's details (bsnOverride: the officer
    // confirmed a false BSN finding), the deadline policy, the security policy; v trimmed.
    bool setOrganisation(const QString &key, const QString &v, bool bsnOverride,
                         ServiceError *error);
    bool setPolicy(const QString &key, const QString &v, ServiceError *error);
    bool setSecurity(const QString &key, const QString &v, ServiceError *error);
    Session m_session;
};

} // namespace pd
