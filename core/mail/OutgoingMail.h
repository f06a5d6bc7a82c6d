#pragma once

#include "mail/MailMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd {

struct OutgoingAttachment
{
    QString fileName; // "Besluit AVG-2026-0001.pdf"
    QString mediaType; // "application/pdf"
    QByteArray bytes;
};

// What Privacydesk sends from the privacy mailbox: a text in UTF-8 and its attachments. The
// message's bytes are composed once and kept: what is sent, appended to Sent and stored as the
// request's outgoing original are those same bytes.
struct OutgoingMail
{
    MailAddress from;
    MailAddress to;
    QString subject;
    QString text; // lines end in \n; written with CRLF
    QList<OutgoingAttachment> attachments;
    QString messageId; // without the angle brackets
    QString inReplyTo; // the Message-ID answered, without the angle brackets; empty when none
    QStringList references; // without the angle brackets
    QDateTime date; // written in the organisation's time with its offset
};

namespace outgoing {

// Random, with the sender's domain: unique without asking the server.
QString newMessageId(const QString &fromAddress);
// A plain address: local part and domain in ASCII, no display name, no comment, no spaces.
bool validAddress(const QString &address);
// RFC 5322 with MIME: CRLF line ends, 7-bit (headers as RFC 2047 words, the text quoted-printable,
// attachments base64), so the bytes pass any server unchanged.
QByteArray compose(const OutgoingMail &mail);
// The Message-ID compose() wrote into message (without the angle brackets); empty when none.
QString messageIdIn(const QByteArray &message);
// "Sat, 28 Nov 2026 19:40:00 +0100"
QByteArray dateHeader(const QDateTime &moment);

} // namespace outgoing

} // namespace pd
