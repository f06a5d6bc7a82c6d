#pragma once

#include <QCoreApplication>
#include <QString>

#include <curl/curl.h>

namespace pd {

// What a person reads when a mail server could not be used, for IMAP and SMTP alike: where, and
// what to do about it.
class MailServerFailure final
{
    Q_DECLARE_TR_FUNCTIONS(pd::MailServerFailure)
public:
    MailServerFailure() = delete;
    // where: "host:port". What went wrong is said from the code (net::failureReason), never in
    // libcurl's English words.
    static QString text(CURLcode code, const QString &where, const QString &login);
};

} // namespace pd
