#pragma once

#include "mail/MailMessage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

// The readers the Outlook files share (not part of the mail API): the compound file and its MAPI
// property streams (OutlookFile.cpp, over libgsf), compressed RTF and RTF as text
// (OutlookRtf.cpp). OutlookMessage.cpp makes a MailMessage and a MailScan of what they read.
namespace pd::mail::outlook {

// MAPI property types (MS-OXCDATA 2.11.1) that Privacydesk reads.
enum PropertyType : quint16 {
    PtInteger32 = 0x0003,
    PtBoolean = 0x000B,
    PtObject = 0x000D,
    PtString8 = 0x001E,
    PtUnicode = 0x001F,
    PtSystime = 0x0040,
    PtBinary = 0x0102,
};

// One property of a message, an attachment or a recipient: fixed-size values (integers, times)
// from the __properties_version1.0 stream, variable-size ones from their __substg1.0_ stream.
struct Property
{
    quint16 type = 0;
    quint64 fixed = 0;
    QByteArray bytes;
};

// A MAPI object as MS-OXMSG stores it in a storage of the compound file: a message (the file, or
// an embedded message), an attachment or a recipient.
struct MapiObject
{
    QHash<quint16, Property> properties; // by property id
    std::vector<MapiObject> recipients;
    std::vector<MapiObject> attachments;
    std::vector<MapiObject> embedded; // an attachment's embedded message (0x3701 000D): 0 or 1
    QByteArray file; // an embedded message as a .msg of its own (ReadLimits::embeddedFiles)

    const Property *find(quint16 id) const
    {
        const auto it = properties.constFind(id);
        return it == properties.constEnd() ? nullptr : &*it;
    }
    std::optional<qint64> integer(quint16 id) const;
    QByteArray binary(quint16 id) const;
    // A string property: PT_UNICODE (UTF-16LE) or PT_STRING8 in codePage; trailing NULs dropped.
    QString string(quint16 id, int codePage) const;
};

// Why a file could not be read, or what limit it reached.
struct ReadResult
{
    std::optional<MapiObject> message;
    QString problem; // empty when message is set and complete
    bool complete = true; // false: a limit was reached, parts were left out
};

// The compound file's magic: D0 CF 11 E0 A1 B1 1A E1 (MS-CFB 2.2).
bool hasCompoundMagic(QByteArrayView raw);
// A compound file whose root storage holds MAPI property streams (__properties_version1.0 and
// __substg1.0_ streams): an Outlook item.
bool isOutlookFile(QByteArrayView raw);
// The number of storages and streams under the root of a compound file whose structure is
// whole: its header's sizes, its FAT, every entry in its directory's tree and every stream's
// chain of sectors (MS-CFB). nullopt when some of it is damaged.
std::optional<int> compoundEntries(QByteArrayView raw);

// How much readOutlookFile() reads: at most maxObjects objects, maxBytes bytes of streams in
// all, maxDepth embedded messages deep; embeddedFiles: each embedded message copied into a .msg
// of its own too (MapiObject::file).
struct ReadLimits
{
    int maxDepth = 0;
    int maxObjects = 0;
    qsizetype maxBytes = 0;
    bool embeddedFiles = false;
};

// The message with its recipients, attachments and embedded messages.
ReadResult readOutlookFile(QByteArrayView raw, const ReadLimits &limits);

// OutlookMessage::scan() of a message found depth levels down in another (a .msg attached to an
// .eml), so that the limits count from the outermost file.
MailScan scanOutlook(QByteArrayView raw, int depth);

// The Windows code page of 8-bit strings as a charset name for mail::decodeCharset
// ("windows-1252").
QByteArray charsetOfCodePage(int codePage);
// 8-bit text in a Windows code page (1252 when unknown or 0).
QString decodeCodePage(QByteArrayView bytes, int codePage);

// MS-OXRTFCP: the RTF of a PidTagRtfCompressed value (compressed "LZFu" or uncompressed "MELA"),
// at most maxBytes long; nullopt when the value is damaged.
std::optional<QByteArray> decompressRtf(QByteArrayView value, qsizetype maxBytes);

// What an RTF document says as plain text; *html set to the HTML when the RTF encapsulates HTML
// (\fromhtml1, MS-OXRTFEX), the text is then that HTML's text.
QString rtfToText(QByteArrayView rtf, QString *html = nullptr);

} // namespace pd::mail::outlook
