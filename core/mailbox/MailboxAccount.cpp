#include "mailbox/MailboxAccount.h"

#include "domain/InputLimits.h"
#include "mail/OutgoingMail.h"

#include <QRegularExpression>

#include <algorithm>

namespace pd {

using namespace Qt::StringLiterals;

namespace {

constexpr codes::Entry<MailboxAccount::Security> securityTable[] = {
    { MailboxAccount::Security::Imaps, "imaps", nullptr },
    { MailboxAccount::Security::StartTls, "starttls", nullptr },
};

constexpr codes::Entry<MailboxAccount::Auth> authTable[] = {
    { MailboxAccount::Auth::Password, "password", nullptr },
    { MailboxAccount::Auth::XOAuth2, "xoauth2", nullptr },
};

constexpr codes::Entry<MailboxAccount::Submission> submissionTable[] = {
    { MailboxAccount::Submission::StartTls, "starttls", nullptr },
    { MailboxAccount::Submission::Tls, "tls", nullptr },
};

constexpr codes::Entry<MailboxAccount::SentCopy> sentCopyTable[] = {
    { MailboxAccount::SentCopy::Privacydesk, "privacydesk", nullptr },
    { MailboxAccount::SentCopy::Server, "server", nullptr },
};

const QRegularExpression &hostName()
{
    static const QRegularExpression host(u"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"_s);
    return host;
}

} // namespace

template<>
const codes::Vocabulary<MailboxAccount::Submission> &codes::vocabulary<MailboxAccount::Submission>()
{
    static constexpr codes::Vocabulary<MailboxAccount::Submission> v { submissionTable, nullptr };
    return v;
}

template<>
const codes::Vocabulary<MailboxAccount::SentCopy> &codes::vocabulary<MailboxAccount::SentCopy>()
{
    static constexpr codes::Vocabulary<MailboxAccount::SentCopy> v { sentCopyTable, nullptr };
    return v;
}

MailboxAccount::SentCopy MailboxCodes::defaultSentCopy(const QString &smtpServer)
{
    // Microsoft documents that what SMTP AUTH submits is stored in the mailbox's Sent Items.
    const QString host = smtpServer.trimmed().toLower();
    return host == u"smtp.office365.com"_s || host.endsWith(u".smtp.office365.com"_s)
        ? MailboxAccount::SentCopy::Server
        : MailboxAccount::SentCopy::Privacydesk;
}

template<>
const codes::Vocabulary<MailboxAccount::Security> &codes::vocabulary<MailboxAccount::Security>()
{
    static constexpr codes::Vocabulary<MailboxAccount::Security> v { securityTable, nullptr };
    return v;
}

template<> const codes::Vocabulary<MailboxAccount::Auth> &codes::vocabulary<MailboxAccount::Auth>()
{
    static constexpr codes::Vocabulary<MailboxAccount::Auth> v { authTable, nullptr };
    return v;
}

bool MailboxCodes::validFolder(const QString &folder)
{
    if (folder.trimmed().isEmpty() || folder.size() > 200)
        return false;
    return std::all_of(folder.cbegin(), folder.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    });
}

QString MailboxCodes::validate(const MailboxAccount &a, bool withSecret)
{
    if (!hostName().match(a.server).hasMatch() || a.server.size() > 253)
        //: Dutch: "Vul de naam van de mailserver in, bijvoorbeeld outlook.office365.com."
        return tr("Enter the mail server's name, for example outlook.office365.com.");
    if (a.port < 1 || a.port > 65535)
        //: Dutch: "Het poortnummer moet tussen 1 en 65535 liggen."
        return tr("The port must be between 1 and 65535.");
    if (a.login.trimmed().isEmpty() || a.login.size() > InputLimits::maxShortText)
        //: Dutch: "Vul de gebruikersnaam van het postvak in."
        return tr("Enter the mailbox's user name.");
    if (withSecret && a.secret.isEmpty())
        return a.auth == MailboxAccount::Auth::XOAuth2
            //: Dutch: "Geef het OAuth2-toegangstoken van het postvak."
            ? tr("Give the mailbox's OAuth2 access token.")
            //: Dutch: "Geef het wachtwoord van het postvak."
            : tr("Give the mailbox's password.");
    if (a.secret.contains('\n') || a.secret.contains('\r') || a.secret.contains('\0'))
        //: Dutch: "Het wachtwoord of token bevat een regeleinde: het is niet goed ingelezen."
        return tr("The password or token contains a line break: it was not read correctly.");
    for (const QString &folder : { a.folder, a.doneFolder, a.dismissFolder }) {
        if (!validFolder(folder))
            //: Dutch: "De mapnaam ‘%1’ kan niet: gebruik letters, cijfers, spaties en
            //: leestekens zonder aanhalingstekens."
            return tr("The folder name '%1' cannot be used: use letters, digits, spaces and "
                      "punctuation without quotes.")
                .arg(folder);
    }
    if (a.folder == a.doneFolder || a.folder == a.dismissFolder)
        //: Dutch: "Kies voor geregistreerde en afgewezen berichten een andere map dan die van
        //: de nieuwe berichten."
        return tr("Choose another folder for registered and dismissed messages than the one new "
                  "messages arrive in.");
    if (!a.caPem.isEmpty() && !a.caPem.contains("-----BEGIN CERTIFICATE-----"))
        //: Dutch: "Het CA-bestand is geen PEM-certificaat."
        return tr("The CA file is not a PEM certificate.");
    return validateSending(a);
}

QString MailboxCodes::validateSending(const MailboxAccount &a)
{
    if (!a.sends())
        return {};
    if (!hostName().match(a.smtpServer).hasMatch() || a.smtpServer.size() > 253)
        //: Dutch: "Vul de naam van de server voor versturen in, bijvoorbeeld
        //: smtp.office365.com."
        return tr("Enter the name of the server for sending, for example smtp.office365.com.");
    if (a.smtpPort < 1 || a.smtpPort > 65535)
        return tr("The port must be between 1 and 65535.");
    if (!outgoing::validAddress(a.fromAddress()))
        //: Dutch: "Het afzenderadres ‘%1’ is geen e-mailadres: vul het adres van het
        //: privacypostvak in."
        return tr("The sender's address '%1' is not an e-mail address: enter the privacy "
                  "mailbox's address.")
            .arg(a.fromAddress());
    if (!validFolder(a.sentFolder))
        return tr("The folder name '%1' cannot be used: use letters, digits, spaces and "
                  "punctuation without quotes.")
            .arg(a.sentFolder);
    return {};
}

} // namespace pd
