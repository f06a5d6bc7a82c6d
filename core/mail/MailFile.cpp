#include "mail/MailFile.h"

#include "mail/OutlookMessage.h"
#include "mail/OutlookParts.h"

namespace pd {

bool MailFile::isOutlook(const QString &fileName, QByteArrayView content)
{
    return mail::outlook::hasCompoundMagic(content)
        && (fileName.endsWith(QLatin1StringView(".msg"), Qt::CaseInsensitive)
            || OutlookMessage::isOutlookMessage(content));
}

std::optional<MailMessage> MailFile::parse(QByteArrayView raw, QString *error)
{
    if (mail::outlook::hasCompoundMagic(raw))
        return OutlookMessage::parse(raw, error);
    return MailMessage::parse(raw, error);
}

MailScan MailFile::scan(QByteArrayView raw)
{
    if (mail::outlook::hasCompoundMagic(raw))
        return OutlookMessage::scan(raw);
    return MailMessage::scan(raw);
}

} // namespace pd
