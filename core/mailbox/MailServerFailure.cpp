#include "mailbox/MailServerFailure.h"

#include "net/Curl.h"

namespace pd {

QString MailServerFailure::text(CURLcode code, const QString &where, const QString &login)
{
    if (code == CURLE_USE_SSL_FAILED)
        //: Dutch: "De mailserver %1 biedt geen STARTTLS: Privacydesk meldt zich niet aan
        //: zonder versleuteling."
        return tr("The mail server %1 does not offer STARTTLS: Privacydesk does not sign in "
                  "without encryption.")
            .arg(where);
    if (code == CURLE_LOGIN_DENIED)
        //: Dutch: "De mailserver %1 weigert de aanmelding van %2: controleer het wachtwoord
        //: of het token."
        return tr("The mail server %1 refused the login of %2: check the password or the "
                  "token.")
            .arg(where, login);
    const QString detail = net::failureReason(code);
    switch (net::failureOf(code)) {
    case net::Failure::Certificate:
        //: Dutch: "De mailserver %1 toont geen certificaat dat te vertrouwen is (%2): de
        //: verbinding is geweigerd en er is niets verstuurd."
        return tr("The mail server %1 does not show a certificate that can be trusted (%2): "
                  "the connection was refused and nothing was sent.")
            .arg(where, detail);
    case net::Failure::Unreachable:
        //: Dutch: "De mailserver %1 is niet bereikbaar (%2). Probeer het later opnieuw."
        return tr("The mail server %1 cannot be reached (%2). Try again later.").arg(where, detail);
    case net::Failure::Other:
        break;
    }
    //: Dutch: "De mailserver %1 gaf een fout: %2"
    return tr("The mail server %1 gave an error: %2").arg(where, detail);
}

} // namespace pd
