// libFuzzer target: MailMessage::parse and MailMessage::scan on arbitrary bytes (an .eml is
// whatever a sender or a mail program made of it). It must never crash, hang or read out of bounds;
// a message it reads stays within the documented limits, and a refusal always says why.
#include "mail/MailMessage.h"

#include <QByteArrayView>
#include <QString>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)pd::MailMessage::looksLikeMail(QString(), bytes);

    QString error;
    const std::optional<pd::MailMessage> mail = pd::MailMessage::parse(bytes, &error);
    if (mail) {
        // Attachments are decoded from disjoint parts of the input: never more bytes than it has.
        qsizetype attached = 0;
        for (const pd::MailAttachment &attachment : mail->attachments)
            attached += attachment.content.size();
        if (mail->attachments.size() > pd::mail::maxParts || attached > bytes.size()
            || mail->text.contains(QChar(u'\0')))
            std::abort();
    } else if (error.isEmpty()) {
        std::abort();
    }

    // The scan for the guards: bounded in parts, whatever it reads.
    const pd::MailScan scan = pd::MailMessage::scan(bytes);
    if (scan.items.size() > 4 * pd::mail::maxScanParts)
        std::abort();

    // The helpers on their own, as a header value, a body and a charset name plus its text.
    (void)pd::mail::decodeHeader(bytes);
    (void)pd::mail::parseDate(bytes);
    (void)pd::mail::parseAddresses(bytes);
    (void)pd::mail::decodeQuotedPrintable(bytes, size % 2 == 0);
    if (!bytes.isEmpty()) {
        const qsizetype nameLength
            = std::min<qsizetype>(static_cast<unsigned char>(bytes.front()) % 24, bytes.size() - 1);
        (void)pd::mail::decodeCharset(bytes.sliced(1 + nameLength), bytes.sliced(1, nameLength));
    }
    return 0;
}
