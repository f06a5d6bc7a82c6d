// libFuzzer target: OutlookMessage::parse and OutlookMessage::scan on arbitrary bytes (a .msg is
// a compound file whose sector chains, directory and property streams come from outside), and the
// RTF readers on their own (compressed RTF, RTF as text). Nothing may crash, hang or read out of
// bounds; a refusal always says why, and what is read stays within the documented limits.
#include "mail/MailFile.h"
#include "mail/OutlookMessage.h"
#include "mail/OutlookParts.h"

#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)pd::OutlookMessage::isOutlookMessage(bytes);

    QString error;
    const std::optional<pd::MailMessage> mail = pd::OutlookMessage::parse(bytes, &error);
    if (mail) {
        // Every attachment's bytes are a stream of the file: never more than it holds (an
        // embedded message's are a new file made of its storage).
        qsizetype attached = 0;
        for (const pd::MailAttachment &attachment : mail->attachments) {
            if (attachment.contentType != QLatin1StringView("application/vnd.ms-outlook"))
                attached += attachment.content.size();
        }
        if (mail->attachments.size() > pd::mail::maxParts || attached > bytes.size())
            std::abort();
    } else if (error.isEmpty()) {
        std::abort();
    }
    const pd::MailScan scan = pd::OutlookMessage::scan(bytes);
    if (!scan.complete && scan.items.isEmpty() && scan.problem.isEmpty() && !mail)
        std::abort();
    (void)pd::MailFile::parse(bytes);

    // The RTF readers: the bytes as a PidTagRtfCompressed value and as RTF.
    if (const auto rtf = pd::mail::outlook::decompressRtf(bytes, 1 << 20)) {
        if (rtf->size() > (1 << 20))
            std::abort();
        (void)pd::mail::outlook::rtfToText(*rtf);
    }
    QString html;
    (void)pd::mail::outlook::rtfToText(bytes, &html);
    return 0;
}
