#pragma once

#include "mail/MailMessage.h"

namespace pd {

// An e-mail original of either format, told apart by its bytes: what the callers use.
struct MailFile
{
    // Whether the file is an Outlook message: a compound file named *.msg or holding MAPI streams
    // (a damaged .msg too, which parse() then refuses).
    static bool isOutlook(const QString &fileName, QByteArrayView content);
    // OutlookMessage::parse() for a compound file, else MailMessage::parse().
    static std::optional<MailMessage> parse(QByteArrayView raw, QString *error = nullptr);
    // OutlookMessage::scan() for a compound file, else MailMessage::scan().
    static MailScan scan(QByteArrayView raw);
};

} // namespace pd
