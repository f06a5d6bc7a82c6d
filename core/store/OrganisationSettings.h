#pragma once

#include "cases/CaseService.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pd {

class Store;

// Who the organisation is, as letters and the AP complaint dossier name it.
struct OrganisationDetails
{
    QString name;
    QString privacyEmail;
    QString street; // street and house number, one line
    QString postcode;
    QString city;

    friend bool operator==(const OrganisationDetails &, const OrganisationDetails &) = default;
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

    explicit OrganisationSettings(const Store &store, const Clock &clock = systemClock());

    // The stored details; the name falls back to the one given when the store was created.
    OrganisationDetails details() const;
    // When and by whom a key was last changed; invalid/empty when never.
    QDateTime changedAt(const char *key) const;
    QString changedBy(const char *key) const;

    // Why the e-mail address is not acceptable (translated), or empty. Empty is acceptable.
    static QString checkEmail(const QString &email);
    // Why the postcode is not a Dutch postcode, or empty. Empty is acceptable.
    static QString checkPostcode(const QString &postcode);

    // Writes the values that changed (trimmed; postcode as "1234 AB"). Nothing changed: true
    // without an event. bsnOverride is the user's "this is not a BSN", logged as bsn.override.
    bool save(const OrganisationDetails &details, bool bsnOverride, ServiceError *error);

private:
    const Store &m_store;
    const Clock &m_clock;
};

} // namespace pd
