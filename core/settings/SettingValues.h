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

// The settings as flat text keys for scripts (`privacydesk-cli settings`): the key names are a
// contract with them. Every change goes through the desk's own services, so that the same checks,
// role, audit events and BSN guard apply.
class SettingValues final
{
    Q_DECLARE_TR_FUNCTIONS(pd::SettingValues)
public:
    explicit SettingValues(const Session &session);

    static QStringList keys();
    std::optional<QJsonObject> all(ServiceError *error) const;
    // Invalid: an unknown key or a value of the wrong form.
    bool set(const QString &key, const QString &value, BsnCheck bsnCheck, ServiceError *error);

    static QString periodText(const Period &period);
    static std::optional<Period> parsePeriod(const QString &text);
    struct Address
    {
        QString street;
        QString postcode;
        QString city;
    };
    static std::optional<Address> parseAddress(const QString &text);

private:
    bool setOrganisation(const QString &key, const QString &v, BsnCheck bsnCheck,
                         ServiceError *error);
    bool setPolicy(const QString &key, const QString &v, ServiceError *error);
    bool setSecurity(const QString &key, const QString &v, ServiceError *error);
    Session m_session;
};

} // namespace pd
