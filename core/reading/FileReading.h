#pragma once

#include "mail/MailMessage.h"
#include "pdf/PdfText.h"

#include <QByteArrayView>
#include <QDataStream>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

struct ReadPdf
{
    QString fileName;
    int level = 0; // as MailReadable::level
    QString messageSubject; // level > 0: the forwarded message it is attached to
    PdfText text;
};

// Made by the reader child process, never by the desk itself: a hostile file can then hang, exhaust
// or crash only that child.
struct FileReading
{
    QString mediaType; // as mediaTypeOf(), a compound file holding MAPI streams as Outlook's
    bool isMail = false; // an .eml or an Outlook .msg
    std::optional<MailScan> scan;
    std::optional<MailMessage> message;
    QString messageError;
    QList<ReadPdf> pdfs;
    QStringList innerNames;
    // false: a list of names could not be read whole, and the file is refused.
    bool namesComplete = true;
    QString unreadArchive;

    // Only the reader calls it (and tests of what it reads).
    static FileReading readHere(const QString &name, QByteArrayView content);

    // From the name and the first 4 KiB, never parsing the file: the desk calls it.
    static QString mediaTypeOf(const QString &name, QByteArrayView content);

    static QString fileNameOnly(const QString &name);
};

// Both ends are the same build.
QDataStream &operator<<(QDataStream &out, const FileReading &reading);
QDataStream &operator>>(QDataStream &in, FileReading &reading);

} // namespace pd
