#pragma once

#include "mail/MailMessage.h"

namespace pd {

// An e-mail as Outlook saves it (.msg): an OLE2 compound file (MS-CFB) holding the message's MAPI
// properties (MS-OXMSG), read with libgsf. Read into the same MailMessage and MailScan as an .eml,
// so that the intake, the checks and the viewer need not know which it was. Reading never throws,
// never reads outside the given bytes and never follows a chain of sectors forever: a damaged
// file or a compound file that is not a message (a Word .doc) is refused with a reason.
struct OutlookMessage
{
    // The subject (PidTagSubject); the sender's name and SMTP address (PidTagSenderName and
    // PidTagSenderEmailAddress, or when Exchange stored an X.500 address ("EX"):
    // PidTagSenderSmtpAddress, PidTagSentRepresentingSmtpAddress, else the From of the transport
    // headers); the To recipients; the moment of delivery (PidTagMessageDeliveryTime, else
    // PidTagClientSubmitTime) in UTC; the plain text body, else the HTML body as text, else the
    // compressed RTF body (MS-OXRTFCP) as text; every attachment with its name (long, else short,
    // else display name), an embedded message (a forwarded .msg) as an attachment named
    // "<its subject>.msg" whose bytes are that message as a .msg of its own (left empty past a
    // copy budget of twice the file). 8-bit strings are read in the message's code
    // page (PidTagMessageCodepage, else PidTagInternetCodepage, else windows-1252). At most
    // mail::maxParts objects and mail::maxDepth embedded messages are read.
    static std::optional<MailMessage> parse(QByteArrayView raw, QString *error = nullptr);

    // Everything readable, as MailMessage::scan() gives it for an .eml: at every level (embedded
    // messages, attached .msg and .eml files) the subject, the body, the HTML body as text and as
    // source, the RTF body as text, every attachment's names and the text of attached text files
    // (*.txt, *.csv, *.htm, *.html). Within mail::maxScanDepth, mail::maxScanParts and
    // mail::maxScanBytes; past a limit, or for a file that cannot be read, complete is false (and
    // problem says why a file could not be read).
    static MailScan scan(QByteArrayView raw);

    // A compound file whose root holds MAPI property streams.
    static bool isOutlookMessage(QByteArrayView raw);
};

} // namespace pd
