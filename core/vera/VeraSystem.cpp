#include "vera/VeraSystem.h"

#include "domain/InputLimits.h"

#include <QRegularExpression>
#include <QUrl>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

constexpr codes::Entry<VeraDomain> domainTable[] = {
    { VeraDomain::Relaties, "relaties", QT_TRANSLATE_NOOP("pd::VeraCodes", "Relaties") },
    { VeraDomain::Overeenkomsten, "overeenkomsten",
      QT_TRANSLATE_NOOP("pd::VeraCodes", "Overeenkomsten") },
    { VeraDomain::Financien, "financien", QT_TRANSLATE_NOOP("pd::VeraCodes", "Financiën") },
    { VeraDomain::Dossier, "dossier", QT_TRANSLATE_NOOP("pd::VeraCodes", "Dossier") },
    { VeraDomain::Woonruimteverdeling, "woonruimteverdeling",
      QT_TRANSLATE_NOOP("pd::VeraCodes", "Woonruimteverdeling") },
    { VeraDomain::Onderhoud, "onderhoud", QT_TRANSLATE_NOOP("pd::VeraCodes", "Onderhoud") },
    { VeraDomain::Vastgoed, "vastgoed", QT_TRANSLATE_NOOP("pd::VeraCodes", "Vastgoed") },
    { VeraDomain::Kwaliteit, "kwaliteit", QT_TRANSLATE_NOOP("pd::VeraCodes", "Kwaliteit") },
    { VeraDomain::Organisatie, "organisatie", QT_TRANSLATE_NOOP("pd::VeraCodes", "Organisatie") },
    { VeraDomain::Algemeen, "algemeen", QT_TRANSLATE_NOOP("pd::VeraCodes", "Algemeen") },
    { VeraDomain::Energie, "energie", QT_TRANSLATE_NOOP("pd::VeraCodes", "Energie") },
    { VeraDomain::Projectontwikkeling, "projectontwikkeling",
      QT_TRANSLATE_NOOP("pd::VeraCodes", "Projectontwikkeling") },
};

constexpr codes::Entry<VeraSystem::Auth> authTable[] = {
    { VeraSystem::Auth::ApiKey, "api-key", nullptr },
    { VeraSystem::Auth::ClientCredentials, "client-credentials", nullptr },
};

bool hasLineBreakOrNul(const QByteArray &bytes)
{
    return bytes.contains('\n') || bytes.contains('\r') || bytes.contains('\0');
}

} // namespace

// The domain is typed as the specifications name it ("Relaties", "relaties").
template<> const codes::Vocabulary<VeraDomain> &codes::vocabulary<VeraDomain>()
{
    static constexpr codes::Vocabulary<VeraDomain> v { domainTable, "pd::VeraCodes", {}, true };
    return v;
}

template<> const codes::Vocabulary<VeraSystem::Auth> &codes::vocabulary<VeraSystem::Auth>()
{
    static constexpr codes::Vocabulary<VeraSystem::Auth> v { authTable, nullptr };
    return v;
}

const QStringList &VeraCodes::customerFields()
{
    static const QStringList fields { u"code"_s,          u"id"_s,
                                      u"idExtern"_s,      u"idGegevensbeheerder"_s,
                                      u"idOrganisatie"_s, u"idAdministratie"_s };
    return fields;
}

bool VeraCodes::acceptableUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery()
        || url.hasFragment())
        return false;
    if (url.scheme() == u"https"_s)
        return true;
    // No secret crosses a network in clear: plain HTTP only to this machine.
    if (url.scheme() != u"http"_s)
        return false;
    static const QRegularExpression loopback(u"^(localhost|127(\\.\\d{1,3}){3}|::1)$"_s);
    return loopback.match(url.host()).hasMatch();
}

QString VeraCodes::validate(const VeraSystem &s)
{
    if (s.name.trimmed().isEmpty() || s.name.size() > InputLimits::maxShortText)
        //: Dutch: "Geef het systeem een naam, zoals de systemencontrole het noemt."
        return tr("Give the system a name, as the systems checklist calls it.");
    if (!acceptableUrl(s.baseUrl))
        //: Dutch: "Het adres van het systeem moet met https:// beginnen (http:// alleen naar
        //: deze computer zelf), zonder gebruikersnaam, vraag of #."
        return tr("The system's address must begin with https:// (http:// only to this computer "
                  "itself), without a user name, query or #.");
    if (s.auth == VeraSystem::Auth::ClientCredentials) {
        if (!acceptableUrl(s.tokenUrl))
            //: Dutch: "Het tokenadres moet met https:// beginnen (http:// alleen naar deze
            //: computer zelf)."
            return tr("The token address must begin with https:// (http:// only to this computer "
                      "itself).");
        if (s.clientId.trimmed().isEmpty() || s.clientId.size() > InputLimits::maxShortText
            || hasLineBreakOrNul(s.clientId.toUtf8()))
            //: Dutch: "Geef de client-id die de leverancier voor Privacydesk heeft aangemaakt."
            return tr("Give the client id the vendor made for Privacydesk.");
    }
    if (s.secret.isEmpty())
        return s.auth == VeraSystem::Auth::ApiKey
            //: Dutch: "Geef de API-sleutel van het systeem."
            ? tr("Give the system's API key.")
            //: Dutch: "Geef het client secret van het systeem."
            : tr("Give the system's client secret.");
    if (hasLineBreakOrNul(s.secret) || s.secret.size() > 4096)
        //: Dutch: "De sleutel of het secret bevat een regeleinde of is te lang: het is niet
        //: goed ingelezen."
        return tr("The key or secret contains a line break or is too long: it was not read "
                  "correctly.");
    if (!s.caPem.isEmpty() && !s.caPem.contains("-----BEGIN CERTIFICATE-----"))
        //: Dutch: "Het CA-bestand is geen PEM-certificaat."
        return tr("The CA file is not a PEM certificate.");
    if (!customerFields().contains(s.customerField))
        //: Dutch: "Het klantnummer kan alleen in een van deze velden van de relatie staan: %1."
        return tr("The customer number can only be in one of these fields of the relation: %1.")
            .arg(customerFields().join(u", "_s));
    return {};
}

bool VeraCodes::within(const QString &uri, const VeraSystem &system)
{
    QString base = system.baseUrl;
    if (!base.endsWith(u'/'))
        base += u'/';
    return uri.startsWith(base);
}

} // namespace pd
