#pragma once

#include "mail/MailMessage.h"

namespace pd {

// An e-mail original of either format, told apart by its bytes.
struct MailFile
{
    // A damaged .msg is one too, which parse() then refuses.
    static bool isOutlook(const QString &fileName, QByteArrayView content);
    static std::optional<MailMessage> parse(QByteArrayView raw, QString *error = nullptr);
    static MailScan scan(QByteArrayView raw);
};

} // namespace pd
