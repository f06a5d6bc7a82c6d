#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <vector>

// Outlook .msg files for the tests, built from known values with libgsf's compound file writer
// (GsfOutfileMSOle): the storages and MAPI property streams of MS-OXMSG, so that the reader is
// tested against files it did not write itself.
namespace pd::test {

struct MsgProperty
{
    quint16 id = 0;
    quint16 type = 0;
    QByteArray bytes; // variable-size types: the stream's content
    quint64 fixed = 0; // fixed-size types: the value in __properties_version1.0
};

// A message, an attachment or a recipient.
struct MsgObject
{
    QList<MsgProperty> properties;
    std::vector<MsgObject> recipients;
    std::vector<MsgObject> attachments;
    std::vector<MsgObject> embedded; // an attachment's embedded message (at most one)

    MsgObject &unicode(quint16 id, const QString &text); // PT_UNICODE 001F, UTF-16LE
    MsgObject &ansi(quint16 id, const QByteArray &bytes); // PT_STRING8 001E, as given
    MsgObject &binary(quint16 id, const QByteArray &bytes); // PT_BINARY 0102
    MsgObject &integer(quint16 id, qint32 value); // PT_LONG 0003
    MsgObject &time(quint16 id, const QDateTime &moment); // PT_SYSTIME 0040, FILETIME
};

// A request as Outlook saves one that came through Exchange: the sender's address an X.500 one,
// the SMTP address in PidTagSenderSmtpAddress; delivered at that moment, with a plain text body.
MsgObject exchangeRequest(const QString &subject, const QString &senderName,
                          const QString &smtpAddress, const QDateTime &delivered,
                          const QString &body);

// The compound file of message (512-byte sectors, as Outlook writes them).
QByteArray writeMsg(const MsgObject &message);
// A compound file with the given streams in its root: an Office file that is not a message.
QByteArray writeCompound(const QList<std::pair<QByteArray, QByteArray>> &streams);

// MS-OXRTFCP values: rtf stored uncompressed ("MELA"), and compressed ("LZFu") with literal
// tokens only (a reader must handle both; the references are tested with the spec's example).
QByteArray uncompressedRtf(const QByteArray &rtf);
QByteArray literalCompressedRtf(const QByteArray &rtf);

} // namespace pd::test
