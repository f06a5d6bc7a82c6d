#pragma once

#include "mail/MailMessage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

// Shared by the Outlook readers, not part of the mail API.
namespace pd::mail::outlook {

enum PropertyType : quint16 {
    PtInteger32 = 0x0003,
    PtBoolean = 0x000B,
    PtObject = 0x000D,
    PtString8 = 0x001E,
    PtUnicode = 0x001F,
    PtSystime = 0x0040,
    PtBinary = 0x0102,
};

struct Property
{
    quint16 type = 0;
    quint64 fixed = 0;
    QByteArray bytes;
};

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
    QString string(quint16 id, int codePage) const;
};

struct ReadResult
{
    std::optional<MapiObject> message;
    QString problem; // empty when message is set and complete
    bool complete = true; // false: a limit was reached, parts were left out
};

bool hasCompoundMagic(QByteArrayView raw);
bool isOutlookFile(QByteArrayView raw);
// nullopt when any of the structure is damaged.
std::optional<int> compoundEntries(QByteArrayView raw);

struct ReadLimits
{
    int maxDepth = 0;
    int maxObjects = 0;
    qsizetype maxBytes = 0;
    bool embeddedFiles = false;
};

ReadResult readOutlookFile(QByteArrayView raw, const ReadLimits &limits);

MailScan scanOutlook(QByteArrayView raw, int depth);

QByteArray charsetOfCodePage(int codePage);
QString decodeCodePage(QByteArrayView bytes, int codePage);

std::optional<QByteArray> decompressRtf(QByteArrayView value, qsizetype maxBytes);

QString rtfToText(QByteArrayView rtf, QString *html = nullptr);

} // namespace pd::mail::outlook
