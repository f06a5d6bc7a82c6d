#pragma once

#include "mail/MailMessage.h"

namespace pd {

// An Outlook .msg (an OLE2 compound file, MS-OXMSG) read with libgsf into the same MailMessage and
// MailScan as an .eml. Never follows a chain of sectors forever; a damaged file or one that is no
// message (a Word .doc) is refused.
struct OutlookMessage
{
    // An embedded message becomes an attachment "<subject>.msg", left empty past a copy budget of
    // twice the file.
    static std::optional<MailMessage> parse(QByteArrayView raw, QString *error = nullptr);

    static MailScan scan(QByteArrayView raw);

    static bool isOutlookMessage(QByteArrayView raw);
};

} // namespace pd
